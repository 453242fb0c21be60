"""What a count counts, as news copy writes it: two adjectives joined by "and" or "or" before
the noun.

Every sentence here is written for this file (none comes from a corpus or the demo feeds).
"""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures


def _counts(text: str) -> list[str]:
    return [f.text for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Gunmen seized 14 local and foreign engineers.", ["14 local and foreign engineers"]),
        (
            "The war left over 9,000 combat and civilian deaths.",
            ["over 9,000 combat and civilian deaths"],
        ),
        ("The county runs 11 public or private clinics.", ["11 public or private clinics"]),
        # a plural before "and" ends the noun; so does a number after it
        ("Police held six fishermen and two farmers.", ["six fishermen", "two farmers"]),
        ("It sold 4 red and two blue vans.", ["4 red", "two blue vans"]),
    ],
)
def test_adjectives_joined_by_and_before_the_noun(text: str, counts: list[str]) -> None:
    assert _counts(text) == counts
