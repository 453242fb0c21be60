"""A British spelling and the American one are one word to the story rules (breame's list).

A wire in British English and a paper in American English tell one event in one word:
"defence programme" and "defense program", "harbour" and "harbor", "organised" and
"organized"; Snowball stemmed each spelling apart. The sentences here are our own.
"""

from __future__ import annotations

import pytest

from briefing.stories.words import stem
from tests.stories.test_teasers import _item, _stories


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("centre", "center"),
        ("harbour", "harbor"),
        ("defence", "defense"),
        ("programme", "program"),
        ("organised", "organized"),
        ("travelling", "traveling"),
        ("labour", "labor"),
        ("kilometres", "kilometers"),
    ],
)
def test_a_british_spelling_and_the_american_share_a_stem(british: str, american: str) -> None:
    assert stem(british) == stem(american)


def test_a_british_spelling_is_read_as_the_american_words_synonym_too() -> None:
    # "gaoled" is "jailed", which the tabloid table reads as "prison"; before, the British
    # spelling stopped at "jail".
    assert stem("gaoled") == stem("jailed") == stem("prison")


def test_reports_in_british_and_american_spelling_join() -> None:
    # The wire's "defence programme" and "harbour" are the paper's "defense program" and
    # "harbor": one blast, one story. Before, the two stood apart.
    wire = _item(
        "wire",
        1.0,
        "Defence programme shelved after harbour blast",
        "Talvori suspended its defence programme on Monday after a test vehicle broke apart "
        "over the harbour at Sennet.",
        feed="Harbour Wire",
    )
    paper = _item(
        "paper",
        9.0,
        "Harbor explosion puts defense program on hold",
        "Officials froze the program when a prototype blew up above the harbor, officials said "
        "on Monday.",
        feed="Capital Ledger",
    )
    assert _stories(wire, paper) == [{"paper", "wire"}]
