"""A story's figures agree: two items that give one measure values far apart (a coin at
$6,000 and at $9,400) tell two events of one topic, read on one day; reports of one event
give its figures alike ($6,000 and about $6,050) and join."""

from __future__ import annotations

import math

import pytest

from briefing.models import Item
from briefing.stories import signals
from briefing.stories.figure_forms import headline_sums
from briefing.stories.figures import figures_clash
from briefing.stories.signals import Doc, make_doc
from briefing.summarize import summarize
from tests.stories.test_teasers import _item, _stories

FALL = _item(
    "fall",
    1.0,
    "Velo coin at $6,000 as Ardal regulator warns exchanges",
    "The Velo coin traded at $6,000 on Wednesday after Ardal's markets regulator said "
    "trading platforms would need a licence by June.\n"
    "Traders said the warning weighed on smaller tokens too.",
    feed="Ledger Times",
)
RALLY = _item(
    "rally",
    3.0,
    "Velo coin at $9,400 as funds pile in",
    "The Velo coin traded at $9,400 on Wednesday as investment funds piled into digital "
    "tokens after the first coin fund opened in Ardal.\n"
    "Dealers said smaller tokens gained too.",
    feed="Chain Wire",
)
SAME = _item(
    "same",
    2.0,
    "Velo near $6,000 after licence warning",
    "The Velo coin was trading at about $6,050 on Wednesday after Ardal's markets regulator "
    "told trading platforms they would need a licence by June.",
    feed="Daily Chain",
)


def test_one_measure_far_apart_is_two_events() -> None:
    assert _stories(FALL, RALLY) == [{"fall"}, {"rally"}]


def test_one_measure_alike_is_one_event() -> None:
    assert _stories(FALL, SAME) == [{"fall", "same"}]


PENALTY = _item(
    "penalty",
    1.0,
    "Harrowgate Bank to pay record $640m fine over unreported deposits",
    "Harrowgate Bank will pay a record $640 million fine for failing to tell the financial "
    "intelligence agency about 23,000 cash deposits on time, the agency said on Tuesday.\n"
    "Every cash deposit of $10,000 or more must be reported within ten days.",
    feed="Coast Wire",
)
RULING = _item(
    "ruling",
    3.0,
    "'Serious and long-running': judge signs off on lender's settlement",
    "A federal judge approved the $640 million cash settlement over unreported deposits that "
    "Harrowgate reached last month, saying the lender's failures had gone on for years.",
    feed="Morning Courier",
)


def test_values_thousands_of_times_apart_are_two_quantities_not_one_measure() -> None:
    # Both give the $640 million penalty; the wire gives the $10,000 of each deposit too,
    # near "cash" as the ruling's $640 million is: a penalty and a deposit are two
    # quantities, not one measure's two values, and the reports join.
    assert _stories(PENALTY, RULING) == [{"penalty", "ruling"}]


# Two deals of one transfer day: each report names both clubs and both players, its headline
# its own deal's sum.
SALE = _item(
    "sale",
    1.0,
    "Harlow sell Okafor to Vantage for €20m",
    "Harlow Town have sold their top scorer Dele Okafor to Vantage Rovers for 20 million euros, "
    "the club said on Monday, the largest fee the club has ever received. The forward, 25, "
    "scored 14 league goals last season. Vantage needed a striker after losing Ivo Berisha to "
    "Castlebay.",
    feed="Coast Wire",
)
SIGNING = _item(
    "signing",
    2.0,
    "Record €90m move takes Berisha to Castlebay",
    "Castlebay United have signed Ivo Berisha for a club record of 90 million, ending a month "
    "of talks with Vantage Rovers. The winger, 24, had asked to leave after Vantage missed out "
    "on the title. Vantage moved quickly to replace him with Dele Okafor.",
    feed="Morning Courier",
)


def test_headlines_that_share_no_word_and_give_sums_far_apart_are_two_deals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The texts share the clubs and the players; the headlines nothing but euros, €20m and
    €90m. (Without the headlines' sums, they join.)"""
    assert _stories(SALE, SIGNING) == [{"sale"}, {"signing"}]
    monkeypatch.setattr(signals, "HEADLINE_SUM_MIN", math.inf)
    assert _stories(SALE, SIGNING) == [{"sale", "signing"}]


def _doc(item: Item) -> Doc:
    return make_doc(0, item, summarize(item.text), frozenset())


def test_headlines_that_share_a_word_may_give_two_measures_of_one_event() -> None:
    """A carmaker's revenue and its net income: two sums of one quarter's results, whose
    headlines both name the carmaker."""
    revenue = _item(
        "revenue",
        1.0,
        "Norvik Motors revenue tops $40 billion as truck sales climb",
        "Norvik Motors said on Thursday that second-quarter revenue rose 18 percent to "
        "$40.2 billion as buyers paid more for its pickup trucks and vans.",
    )
    profit = _item(
        "profit",
        2.0,
        "Norvik Motors earns $667 million in quarter, shares jump",
        "Shares of Norvik Motors jumped on Thursday after the carmaker said it earned "
        "$667 million in the three months to June, more than analysts had expected.",
    )
    ours, theirs = _doc(revenue), _doc(profit)
    assert ours.headline_sums == {"USD": {40e9}} and theirs.headline_sums == {"USD": {667e6}}
    assert not figures_clash(ours, theirs)
    assert _stories(revenue, profit) == [{"profit", "revenue"}]


@pytest.mark.parametrize(
    ("headline", "sums"),
    [
        ("Tarvo sells its port arm for €96m", {"EUR": {96e6}}),
        ("Fund approves $6.2 billion loan; bonds rally", {"USD": {6.2e9}}),
        ("Grell bids 2.4 bln dlrs for Ostby Air", {"USD": {2.4e9}}),
        ("Lender fined 40 million euros", {"EUR": {40e6}}),
        ("Rs 2,000 crore plan for ports", {"INR": {2e10}}),
        ("₹450 crore for the port, ₹9 lakh a berth", {"INR": {4.5e9}}),
        ("Jackpot passes $1B after a $830M draw", {"USD": {1e9, 830e6}}),
        ("Regulator fines shipping line EUR38m", {"EUR": {38e6}}),
        ("Watchdog fines bank GBP 1.2bn", {"GBP": {1.2e9}}),
        ("Trade hits 45 billion U.S. dollars", {"USD": {45e9}}),
        ("Coin sinks below 3,000 dlrs", {}),
        ("Fares up 5% in 3 years", {}),
    ],
)
def test_a_headline_s_sums_of_money_are_read_in_their_forms(
    headline: str, sums: dict[str, set[float]]
) -> None:
    """A sign or a word for the currency, a suffix or a word for the scale; a price under a
    million is no deal's sum (see signals.HEADLINE_SUM_MIN)."""
    assert headline_sums(headline, signals.HEADLINE_SUM_MIN) == sums
