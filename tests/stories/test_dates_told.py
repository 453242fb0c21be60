"""A date a text names is another event's day: wire and newspaper style gives a day of the week
for a day within a week of the copy and a date for one further off. The report of a bank's sale
that names the day the state seized it ("on 14 May") is not of the seizure, whose wire report
was filed that day, even squashed into one day with it (see dates.dates_told, Doc.dated and
Evidence.score). The sentences here are our own.
"""

from __future__ import annotations

import pytest

from briefing.stories.dates import dates_told
from tests.stories.test_teasers import _item, _stories

MAY_14 = 135
"""14 May's day of the year (the reader counts in a leap year, so that 29 February is one)."""
MARCH_9 = 69


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The state took the bank over on 14 May after a run.", {MAY_14}),
        ("The state took the bank over on May 14 after a run.", {MAY_14}),
        ("Talks began on the 14th of May and ended on March 9.", {MAY_14, MARCH_9}),
        ("Signed on Sept. 3, the deal closes later.", {247}),
        # A month with a year or a count is no date; "Maybe" is no May.
        ("In May 2031 the bank grew; March 3,000 people marched. Maybe 4 more.", set()),
        # Nor is a day that no month has.
        ("The fee falls due on 31 June.", set()),
        # A statement's own date under it, with its place, is no other event's day.
        ("The merger agreed on 14 May is ended.\nTarvel, 9 March 2032", {MAY_14}),
    ],
)
def test_the_days_a_text_names_by_date(text: str, days: set[int]) -> None:
    assert dates_told(text, None) == days


def test_the_day_a_dateline_files_on_is_the_item_s_own() -> None:
    assert dates_told("TARVEL, May 14 (Northwire) - On 14 May the bank fell.", MAY_14) == set()


SEIZED = _item(
    "seized",
    1.0,
    "Ostland seizes Pellam Savings Bank as savers queue",
    "TARVEL, May 14 (Northwire) - Ostland's government took control of Pellam Savings Bank on "
    "Wednesday after savers withdrew 2 billion crowns in two days, the finance ministry said. "
    "Branches of the lender stayed shut while administrators counted its loans.",
    feed="Northwire",
)
QUEUES = _item(
    "queues",
    2.0,
    "Pellam savers locked out as state takes over the bank",
    "Hundreds of Pellam Savings Bank customers queued in the rain outside shuttered branches "
    "after the government seized the lender. Pensioners said they had come at dawn to take "
    "out their savings.",
    feed="Tarvel Evening",
)
SOLD = _item(
    "sold",
    6.0,
    "Harlow Bank to buy Pellam Savings for one crown",
    "Harlow Bank agreed to buy the deposits, branches and loans of Pellam Savings Bank, which the "
    "state took control of on 14 May after a run by savers, for one crown, the finance ministry "
    "said. The administrators will keep the bank's worst loans.",
    feed="Market Desk",
)
SALE_TOLD = _item(
    "sale-told",
    7.0,
    "Pellam Savings goes to Harlow for a single crown",
    "The finance ministry has sold Pellam Savings Bank, whose branches and loans the state took "
    "control of on 14 May, to Harlow Bank for one crown. The administrators keep the worst loans.",
    feed="Tarvel Evening",
)


def test_a_seizure_and_the_sale_that_dates_it_are_two_stories_read_as_one_day() -> None:
    assert _stories(SEIZED, QUEUES, SOLD, SALE_TOLD) == [
        {"queues", "seized"},
        {"sale-told", "sold"},
    ]
