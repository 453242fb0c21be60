"""Datelines of governments' and international bodies' releases: a place and its date on a line
of their own above the lead.

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import pytest

from briefing.extract.dateline import extract_dateline
from briefing.summarize import summarize

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


@pytest.mark.parametrize(
    "first_line",
    [
        "Mar 3, 2026, 10:32 AM ET",
        "Updated: Tuesday, March 3, 2026 at 9:15 a.m. EST",
        "Tidal power plan cleared",
    ],
)
def test_a_dateline_with_no_outlet_below_a_stamp_or_a_title(first_line: str) -> None:
    # A page's time stamp or title above "PLACE -- ..." in capitals: the place is the dateline.
    text = f"{first_line}\nHARWICH -- {_LEAD}"
    d = extract_dateline(text)
    assert (d.place, text[d.end :]) == ("HARWICH", _LEAD)


@pytest.mark.parametrize(
    "stamp", ["Mar 3, 2026, 10:32 AM ET", "3 March 2026 14:05", "Updated: March 3, 2026 9:15 EST"]
)
def test_a_page_s_time_stamp_above_the_dateline_is_furniture(stamp: str) -> None:
    # The stamp is no part of the article, so a place in mixed case below it opens the copy.
    summary = summarize(f"{stamp}\nHarwich - {_LEAD}")
    assert (summary.dateline, summary.lead) == ("Harwich", _LEAD)


def test_a_place_in_mixed_case_below_a_title_is_no_dateline() -> None:
    # (guard: passes before too) it may open the headline's own text.
    assert extract_dateline(f"Tidal power plan cleared\nHarwich - {_LEAD}").place is None


@pytest.mark.parametrize("label", ["EXCLUSIVE", "OPINION", "WATCH"])
def test_a_label_before_a_dash_is_no_place(label: str) -> None:
    # `EXCLUSIVE - ...` opening the copy is a label: no dateline, and the lead after it.
    d = extract_dateline(f"{label} - {_LEAD}")
    assert d.place is None
