"""The date a wire dateline files its copy on tells two events of one running topic
apart when publication times cannot: a feed's backlog stored at one refresh, a long
span of coverage read as one day's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Item
from briefing.stories.build import build_stories
from briefing.stories.dates import days_adjoin, days_apart, days_named, filed_on, weekdays
from briefing.summarize import summarize
from tests.stories.coverage import outlet_item

STORED = datetime(2031, 6, 2, 9, 0, tzinfo=UTC)
"""When a first refresh stored a wire feed's backlog (its items undated)."""


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("RIVERTON, March 3 (Coastline) - Workers at the mill", 63),
        ("RIVERTON, Mar. 3 (Coastline) -- Workers at the mill", 63),
        ("ST. ALBIN, 3 March (Coastline) - Workers at the mill", 63),
        ("NORTH HAVEN, Sept 15 /Coastline/ - Workers at the mill", 259),
        ("NORTH HAVEN, September 15. /Coastline/. Workers at the mill", 259),
        ("North Haven [Ardal], Feb 29 (CNA): Workers at the mill", 60),
        ("Riverton, Dec 31, 2030 /Coastline/ -- Workers at the mill", 366),
        ("RIVERTON, 3rd March, 2031 (Coastline) -- Workers at the mill", 63),
        ("RIVERTON, Ardal, Mar.3. Workers at the mill went on strike", 63),
        ("RIVERTON (Coastline) - Workers at the mill went on strike", None),
        ("The Mayor, March 3 said the mill would close", None),
        ("Mill workers, March 3 was the day the strike began", None),
        ("RIVERTON, Feb 30 (Coastline) - Workers at the mill", None),
    ],
)
def test_a_dateline_files_its_copy_on_its_date(text: str, day: int | None) -> None:
    assert filed_on(text) == day


@pytest.mark.parametrize(
    ("lead", "days"),
    [
        ("The ferry sank on Tuesday, the coastguard said on Wednesday.", {"Tuesday", "Wednesday"}),
        ("Fares will rise from Monday, the operator said on Friday.", {"Friday"}),
        ("The app is back from Wednesday after a court lifted its ban.", set()),
        ("Lawmakers must pass the budget by Friday, the minister said.", set()),
        ("Prices have doubled since Monday and will hold until Sunday.", set()),
        # A day the clause looks ahead to is not the news's day ...
        ("The Senate voted on Thursday; the judge will be sworn in on Monday.", {"Thursday"}),
        ("Talks are due to resume on Friday, both sides said.", set()),
        ("Flags would fly at half-mast on Sunday.", set()),
        # ... but the day of the saying is, however far the clause looked ahead before it,
        ("Tolls will rise by a tenth from June, the ministry said on Monday.", {"Monday"}),
        # and a sentence that looked ahead does not carry into the next.
        ("Few saw what would come next. On Tuesday the dam broke.", {"Tuesday"}),
    ],
)
def test_a_lead_dates_its_event_to_days_it_says_it_happened_on(lead: str, days: set[str]) -> None:
    """A day a period starts from or a deadline falls by is not the event's day: a ruling's
    report and "the app is back from Wednesday" are one event."""
    assert weekdays(lead) == days


def test_days_apart_counts_round_the_turn_of_the_year() -> None:
    assert days_apart(filed_on("OSLA, Dec 30 (Coastline) - x") or 0, 2) == 3
    assert days_apart(62, 83) == 21


def _report(key: str, title: str, text: str, minutes: int) -> Item:
    return outlet_item(key, title, text, STORED + timedelta(minutes=minutes))


START = _report(
    "start",
    "Riverton mill workers strike over pay",
    "RIVERTON, March 3 (Coastline) - About 900 workers at the Riverton steel mill walked "
    "out on Monday over pay, their union said, halting the furnaces of Ardal's largest "
    "steelworks.\nThe union wants a 10% rise for the Riverton mill workers this year.",
    0,
)
END = _report(
    "end",
    "Riverton mill workers end strike over pay",
    "RIVERTON, March 24 (Coastline) - The 900 workers at the Riverton steel mill voted on "
    "Monday to end their strike over pay, their union said, and the furnaces of Ardal's "
    "largest steelworks will be lit again.\nThe Riverton mill workers accepted a 7% rise.",
    20,
)
NEXT_DAY = _report(
    "next",
    "Riverton mill strike enters second day",
    "RIVERTON, March 4 (Coastline) - The strike by about 900 workers at the Riverton steel "
    "mill entered its second day on Tuesday, with the furnaces of Ardal's largest "
    "steelworks still cold, their union said.\nThe Riverton mill workers want a 10% rise.",
    40,
)


def _stories(*items: Item) -> list[list[str]]:
    stories = build_stories(
        [(item, summarize(item.text)) for item in items], now=STORED + timedelta(days=1)
    )
    return sorted(sorted(item.key for item in story.items) for story in stories)


def test_a_strike_and_its_end_three_weeks_later_stay_apart_though_stored_together() -> None:
    assert _stories(START, END) == [["end"], ["start"]]


def test_a_follow_up_filed_the_next_day_joins_its_story() -> None:
    assert _stories(START, NEXT_DAY, END) == [["end"], ["next", "start"]]


def test_a_dated_report_whose_lead_names_no_day_joins_a_story_whose_leads_do() -> None:
    """Its lead gives no day of the week, so it gives no other day than the story's."""
    reports = [
        outlet_item(
            "wire",
            "Tallis Line halts Orrin ferry crossings after engine fire",
            "PELLOW, Sept 10 (Coastline) - Tallis Line suspended all sailings between Pellow "
            "and the island of Orrin on Wednesday after a fire broke out in the engine room "
            "of its ferry Marisol, the company said.",
            STORED,
        ),
        outlet_item(
            "divers",
            "Divers check fire-hit Marisol",
            "PELLOW, Sept 10 (Harbour Press) - Divers inspected the hull of the ferry Marisol "
            "in Pellow harbour after the engine-room blaze, the coastguard said, and found no "
            "leak.",
            STORED + timedelta(hours=3),
        ),
    ]
    assert _stories(*reports) == [["divers", "wire"]]


def test_a_text_that_says_yesterday_names_the_day_after_too() -> None:
    assert days_named("found at about 5pm yesterday (Monday)") == {"Monday", "Tuesday"}
    assert days_named("Yesterday's vote, held on Sunday") == {"Sunday", "Monday"}
    assert days_named("found on Monday") == {"Monday"}


def test_days_adjoin_round_the_turn_of_the_week() -> None:
    assert days_adjoin(frozenset({"Sunday"}), frozenset({"Monday"}))
    assert days_adjoin(frozenset({"Wednesday"}), frozenset({"Friday", "Tuesday"}))
    assert not days_adjoin(frozenset({"Monday"}), frozenset({"Wednesday", "Saturday"}))


VOTE = _report(
    "vote",
    "Sandmere council votes to shut Harlow Road library",
    "SANDMERE (Coastline) - Sandmere council voted on Monday to shut the Harlow Road library, "
    "the town's oldest, to save 400,000 crowns a year, despite a petition signed by 6,000 "
    "residents.\nCouncil leader Petra Voss said the library's books would move to the central "
    "branch.",
    0,
)


def _sit_in(day: str) -> Item:
    return _report(
        "sit-in",
        "Residents occupy Harlow Road library in Sandmere",
        "SANDMERE (Harbour Press) - Dozens of residents occupied the Harlow Road library in "
        f"Sandmere on {day}, vowing to stay until the council reverses its decision to shut it "
        "to save 400,000 crowns a year.\nCouncil leader Petra Voss said the library's books "
        "would still move to the central branch.",
        30,
    )


def test_a_topic_s_events_days_apart_stay_apart_though_stored_together() -> None:
    """A vote dated to Monday and a sit-in dated to Wednesday, read together, are two events
    of one topic; a report dated to the day after may be the next morning's of the same news
    (a lead that dates it "on Tuesday" to a vote late on Monday), so that clash weighs less."""
    assert _stories(VOTE, _sit_in("Wednesday")) == [["sit-in"], ["vote"]]
    assert _stories(VOTE, _sit_in("Thursday")) == [["sit-in"], ["vote"]]
    assert _stories(VOTE, _sit_in("Tuesday")) == [["sit-in", "vote"]]
