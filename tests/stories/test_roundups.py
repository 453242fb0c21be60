"""A page of several events (a live page of timed entries, an evening briefing) joins the
story of the event it is mainly about, but its words place no brief of another event in that
story: the markets' live page names a takeover, a dock strike and a satellite launch, and a
brief on the strike, whose words it holds, is the strike's (see stories/roundups.py)."""

from __future__ import annotations

import pytest

from briefing.stories.roundups import is_roundup
from tests.stories.test_teasers import _item, _stories


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        (
            "Markets live: Varnel soars",
            "13:50 - Varnel up.\n\n13:10 - Ferries slip.\n\n12:30 - Flat.",
        ),
        ("Vote count", "9.30pm: polls close.\n\n10.15pm: first result.\n\n11.02pm: turnout 61%."),
        ("Storm", "21:30 BST — gusts of 90mph\n21:05 BST — roads shut\n20:40 BST — warning"),
        ("Evening briefing: a verdict, a storm and a bank", "Good evening."),
        ("Morning digest | What you need to know today", "Good morning."),
    ],
)
def test_a_page_of_timed_entries_or_a_briefing_is_a_roundup(headline: str, text: str) -> None:
    assert is_roundup(headline, text)


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        # One index's close under a live page's label: one event's line.
        ("Markets live: Tolland index closes at a record", "The index rose 1.2% to 23,900."),
        # Times and figures inside sentences open no entry.
        ("Bank holds rates", "At 14:05 the bank said rates would stay at 3.5 - 3.75%.\n\n12.5 - 3"),
        ("Live music returns to the quays", "Bands play from 19:30 until late on Saturday."),
        ("Ferry operator briefing on delays", "The operator briefed reporters on Monday."),
    ],
)
def test_a_report_is_no_roundup(headline: str, text: str) -> None:
    assert not is_roundup(headline, text)


WIRE = _item(
    "deal-wire",
    1.0,
    "Kestrel Soft to buy Varnel for $4.2 billion",
    "TOLLAND, June 3 (Coastline) - Kestrel Soft agreed on Wednesday to buy the payments firm "
    "Varnel for $4.2 billion in cash, or $31 a share, a 28% premium, the companies said.\n\n"
    "Kestrel chief executive Anna Brisk said the deal would close by the end of the year.\n\n"
    "(Reporting by Ola Venn; Editing by Piet Dorr)",
    feed="Coastline",
)
BRIEF = _item(
    "deal-brief",
    2.0,
    "Varnel holders get a 28% premium",
    "Kestrel Soft will pay $31 a share in cash for Varnel, valuing the payments group at "
    "$4.2 billion.",
    feed="Money Desk",
)
LIVE = _item(
    "deal-live",
    5.0,
    "Markets live: Varnel soars on takeover",
    "13:50 - Varnel is up 26% at $30.40, just under Kestrel Soft's $31 offer.\n\n"
    "13:10 - Ferry operators slip as Brannock's dockers walk out for 48 hours over pay; the "
    "port's cranes are idle and ships queue off the harbour wall.\n\n"
    "12:30 - Orsa Space is up 3% before tonight's launch of its first weather satellite from "
    "Keld.\n\n"
    "11:45 - The morning's big deal: Kestrel Soft pays $4.2 billion for Varnel.\n\n"
    "11:00 - Good morning and welcome to the live page.",
    feed="Ticker Page",
)
DOCK = _item(
    "dock",
    6.0,
    "Brannock's cranes stand idle",
    "Dockers walked out for 48 hours over pay, and ships queue off the harbour wall as the "
    "port falls silent, the union said on Wednesday.",
    feed="Harbour Gazette",
)


def test_a_live_page_joins_its_main_event_and_places_no_other_events_brief() -> None:
    # The strike's brief shares its words with the live page's entry on the strike and a word
    # or two with the takeover's wire: read as the story's reports between them, they held
    # half of the brief, which joined the takeover.
    assert _stories(WIRE, BRIEF, LIVE, DOCK) == [
        {"deal-brief", "deal-live", "deal-wire"},
        {"dock"},
    ]
