"""A product's launch and its recall are two events of one product.

The maker, the product's name and its price are in both events' reports, months apart; squashed
into one day only the act tells them apart (see words.ACTS). The sentences here are our own.
"""

from __future__ import annotations

from briefing.stories.headlines import acts
from briefing.stories.opposites import opposed
from briefing.stories.words import stem
from tests.stories.test_teasers import _item, _stories

UNVEILED = _item(
    "unveiled",
    1.0,
    "Pemberly unveils Halo X, a kettle that boils in 40 seconds",
    "Appliance maker Pemberly unveiled the Halo X, a 1.2-litre kettle it says boils water in "
    "40 seconds, priced at 89 pounds. The Halo X goes on sale in Pemberly's stores next month.",
    feed="Harbour Wire",
)
LAUNCHED = _item(
    "launched",
    2.0,
    "Pemberly launches 89-pound Halo X kettle",
    "Pemberly's Halo X kettle, which the company says boils a litre in 40 seconds, will cost "
    "89 pounds when it reaches shops.",
    feed="Gadget Ledger",
)
RECALLED = _item(
    "recalled",
    6.0,
    "Pemberly recalls every Halo X kettle after scalding reports",
    "Pemberly is recalling all 310,000 Halo X kettles sold after owners reported lids that flew "
    "open at the boil. Customers can return the 89-pound kettle to any Pemberly store.",
    feed="Capital Ledger",
)


def _acts(headline: str) -> tuple[int, ...]:
    return acts(frozenset(stem(word.lower()) for word in headline.split()))


def test_a_launch_and_a_recall_are_opposite_acts() -> None:
    assert opposed(_acts("Maker launches new kettle"), _acts("Maker recalls new kettle"))
    assert opposed(_acts("Maker unveils kettle"), _acts("Kettle recalled"))


def test_a_launch_and_its_recall_months_later_are_two_stories_read_as_one_day() -> None:
    assert _stories(UNVEILED, LAUNCHED, RECALLED) == [{"launched", "unveiled"}, {"recalled"}]
