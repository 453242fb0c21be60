"""Datelines of governments' and international bodies' releases: a place and its date on a line
of their own above the lead.

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import pytest

from briefing.extract.dateline import extract_dateline

_LEAD = "The commission has cleared a plan to fund tidal power along the coast."


@pytest.mark.parametrize(
    ("first_line", "place"),
    [
        ("Brussels, 3 March 2026", "Brussels"),
        ("Geneva, 3 March 2026.", "Geneva"),
        ("Washington, D.C., March 3, 2026", "Washington"),
    ],
)
def test_a_place_and_date_line_above_the_lead(first_line: str, place: str) -> None:
    text = f"{first_line}\n{_LEAD}"
    d = extract_dateline(text)
    assert d.place == place
    assert text[d.end :].lstrip().startswith(_LEAD)


@pytest.mark.parametrize("first_line", ["Tuesday, 3 March 2026", "Updated March 3, 2026"])
def test_a_weekday_or_a_stamp_s_label_is_no_place(first_line: str) -> None:
    # (guard: passes before too)
    assert extract_dateline(f"{first_line}\n{_LEAD}").place is None


def test_the_line_must_stand_above_prose() -> None:
    # A place and a date above a heading, not a lead, is no dateline (guard: passes before too).
    assert extract_dateline("Brussels, 3 March 2026\nTidal Power Plan\n").place is None
