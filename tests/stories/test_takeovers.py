"""An offer to buy a firm and the ruling on it are two events of one takeover.

A firm's offer for another and the regulator's decision months later (blocked or cleared)
give the same firms and the same price, so squashed into one day only the act tells them
apart (see words.ACTS). A headline that tells both ("board rejects offer to buy it") opposes
neither, and a "bid" is no offer to buy where it is an attempt ("bid to repeal the tax").
The sentences here are our own.
"""

from __future__ import annotations

from briefing.stories.headlines import acts
from briefing.stories.opposites import opposed
from briefing.stories.words import stem
from tests.stories.test_teasers import _item, _stories

BID = _item(
    "bid",
    1.0,
    "Tarnholm Mills offers $3.1 billion to buy rival baker Oaklea",
    "Tarnholm Mills offered $3.1 billion for Oaklea Bakeries, the country's second-largest "
    "bread maker, in a deal that would put two of every three loaves sold under one roof. "
    "Oaklea's board said it would study the offer.",
    feed="Harbour Wire",
)
TO_BUY = _item(
    "to-buy",
    2.0,
    "Tarnholm to buy Oaklea Bakeries in $3.1 bln deal",
    "Tarnholm Mills will buy Oaklea Bakeries for $3.1 billion, the companies said, creating a "
    "baker with two thirds of the country's bread market.",
    feed="Ledger Markets",
)
BLOCKED = _item(
    "blocked",
    6.0,
    "Competition watchdog blocks Tarnholm's $3.1 billion Oaklea deal",
    "The competition authority blocked Tarnholm Mills' purchase of Oaklea Bakeries, saying "
    "shoppers would pay more for bread if two thirds of the market sat with one baker. "
    "Tarnholm said it was disappointed and would consider its options.",
    feed="Capital Ledger",
)


def _acts(headline: str) -> tuple[int, ...]:
    return acts(frozenset(stem(word.lower()) for word in headline.split()))


def test_an_offer_to_buy_and_the_ruling_on_it_are_opposite_acts() -> None:
    assert opposed(_acts("Miller to buy rival baker"), _acts("Watchdog blocks miller's deal"))
    assert opposed(_acts("Miller to buy rival baker"), _acts("Regulator clears miller's deal"))
    assert opposed(_acts("Miller to acquire baker"), _acts("Minister vetoes baker sale"))
    # A court's ruling is one too, a ban imposed, and an inquiry opened into the deal.
    assert opposed(_acts("Miller to buy baker"), _acts("Watchdog opens probe into baker deal"))
    assert opposed(_acts("Miller to buy baker"), _acts("Court upholds block on miller"))
    assert opposed(_acts("Miller to buy baker"), _acts("Watchdog bans miller's merger"))
    # The target's board turning an offer down tells the offer too, and a ban on buying.
    assert not opposed(_acts("Baker rejects offer to buy it"), _acts("Miller to buy baker"))
    assert not opposed(_acts("Minister bans firms buying bakers"), _acts("Miller to buy baker"))
    # A bid that is mostly an attempt tells no offer (and so opposes no rejection).
    assert _acts("Senator's bid to repeal tax fails") == ()
    # A board that accepts the offer tells the deal, not a ruling on it.
    assert not opposed(_acts("Baker accepts miller's offer"), _acts("Miller to buy baker"))


def test_an_offer_and_its_blocking_months_later_are_two_stories_read_as_one_day() -> None:
    assert _stories(BID, TO_BUY, BLOCKED) == [{"bid", "to-buy"}, {"blocked"}]
