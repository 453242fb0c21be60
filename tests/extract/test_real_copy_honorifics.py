"""Honorifics of West African, Indian and Philippine copy (Engr., Barr., Hon., Atty.) and a
title's appositive whose first name no list knows. One test per rule.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from briefing.extract.sentences import split_sentences
from briefing.summarize import summarize


@pytest.mark.parametrize("title", ["Engr.", "Barr.", "Atty.", "Comr.", "Alh.", "Supt.", "Smt."])
def test_an_honorific_before_a_name_ends_no_sentence(title: str) -> None:
    text = f"The director of roads, {title} Tunde Ajayi, said the bridge would reopen in May."
    assert len(split_sentences(text)) == 1


def test_a_speaker_with_an_honorific_is_named_without_it() -> None:
    text = (
        "TAMALE - The member for Nkwanta East, Hon. Yaw Boateng, has asked for a new clinic.\n"
        "“The nearest one is two hours away,” Hon. Boateng said."
    )
    assert [q.speaker for q in summarize(text).quotes] == ["Yaw Boateng"]


@pytest.mark.parametrize(
    "appositive",
    [
        "the Commissioner for Health, Barr. Ngozi Eze,",
        "the commissioner, Ngozi Eze,",
        "Health Commissioner, Ngozi Eze,",
    ],
)
def test_a_title_s_appositive_names_a_person_whose_first_name_no_list_knows(
    appositive: str,
) -> None:
    # Ngozi is in no list of first names, so only the title shows her a person; without her,
    # "she" went to the man named before.
    text = (
        "ENUGU - The governor, Emeka Nwosu, opened the ward on Monday.\n"
        "“It has 40 beds,” Nwosu said.\n"
        f"Speaking at the event, {appositive} said more nurses would be hired.\n"
        "“We have advertised 120 posts,” she said."
    )
    assert [q.speaker for q in summarize(text).quotes] == ["Emeka Nwosu", "Ngozi Eze"]
