"""A person named with a title or a word before the name, and without: one name.

A tabloid's "Tycoon Tobiah Quist", a wire's "Orrel Motors founder Tobiah Quist", a chief's
"Prime Minister Ada Holm" and a profile's "Ada Holm" are one person, but full names were
compared whole, so two items that gave one person so shared no name. Now a lead's name of
three words or more is read without the titles before the person's name, or without its
first word where that opens a sentence. The sentences here are our own.
"""

from __future__ import annotations

import pytest

from briefing.stories.names import full_names, named_alike
from briefing.stories.words import STOP
from tests.stories.test_teasers import _item, _stories


@pytest.mark.parametrize(
    ("lead", "bare"),
    [
        ("Prime Minister Ada Holm said on Monday the vote would go ahead.", "ada holm"),
        ("Lumen CEO Ada Holm will step down in May, the firm said.", "ada holm"),
        ("Tycoon Ada Holm bought the club on Friday.", "ada holm"),
        ("The vote, Senator Ada Holm said, was lost.", "ada holm"),
    ],
)
def test_a_leads_name_is_read_without_what_stands_before_the_person(lead: str, bare: str) -> None:
    names = full_names(lead, STOP, len(lead))
    assert bare in names
    assert any(name != bare and name.endswith(bare) for name in names)


@pytest.mark.parametrize(
    "lead",
    [
        # A body's name is no one's: the Democratic National Committee is not "National
        # Committee"; a name inside a sentence after no title keeps its first word.
        "The Democratic National Committee met on Monday.",
        "Voters in Upper Brenna Vale went to the polls.",
    ],
)
def test_a_bodys_name_or_a_place_keeps_its_words(lead: str) -> None:
    names = full_names(lead, STOP, len(lead))
    assert not any(
        name != other and name.endswith(" " + other) for name in names for other in names
    )


def test_only_the_leads_names_are_read_bare() -> None:
    # The body's names are more often the background's: an earlier event's chief.
    text = "The board met on Monday.\nFormer chief executive Prime Minister Ada Holm was absent."
    assert "ada holm" not in full_names(text, STOP, len("The board met on Monday."))


def test_a_name_shared_whole_and_bare_counts_once() -> None:
    shared = {"prime minister ada holm", "ada holm", "lumen motors"}
    assert named_alike(shared) == 2


def test_a_tabloid_that_names_the_tycoon_joins_the_wires_report() -> None:
    # The wire names him "Orrel Motors founder Tobiah Quist", the tabloid "Tycoon Tobiah
    # Quist": one name now, and the tabloid's three lines join the launch. Before, apart.
    wire = _item(
        "wire",
        1.0,
        "Kestrel Heavy rocket lifts off on first flight with founder's coupe",
        "CAPE MERRIN, June 3 (Harbour Wire) - Orrel Motors founder Tobiah Quist put his own "
        "silver coupe on top of the Kestrel Heavy, the most powerful rocket now flying, which "
        "lifted off on its first flight on Thursday. Two side boosters landed back at the cape "
        "minutes later.",
        feed="Harbour Wire",
    )
    tabloid = _item(
        "tabloid",
        2.0,
        "COUPE IN THE COSMOS!",
        "Tycoon Tobiah Quist fired his pride and joy skyward tonight, with a dummy in a flight "
        "suit at the wheel.",
        feed="Daily Trumpet",
    )
    assert _stories(wire, tabloid) == [{"tabloid", "wire"}]
