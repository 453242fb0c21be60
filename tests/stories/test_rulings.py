"""A ruling on a penalty, and a repayment after an incident, read for what they did.

A tribunal that overturns athletes' bans clears them, and one that upholds their bans does
not: the ruling's verb tells the opposite of its act when its object is a penalty (a ban, a
sanction, a suspension, a conviction). A hacked exchange that will repay its customers tells
the repayment, not the hack. The sentences here are our own.
"""

from __future__ import annotations

from briefing.stories.headlines import acts
from briefing.stories.words import stem
from tests.stories.test_teasers import _item, _stories

OVERTURN = _item(
    "overturn",
    1.0,
    "Appeals panel overturns life bans on 12 Brenlander rowers",
    "The Court of Sport Appeals on Tuesday overturned the life bans handed to 12 Brenlander "
    "rowers over the Ostmark doping scheme, saying the evidence against them was too thin.",
    feed="Harbour Wire",
)
CLEAR = _item(
    "clear",
    3.0,
    "Court of Sport Appeals clears 12 Brenlander rowers",
    "The 12 Brenlander rowers banned for life over the Ostmark doping scheme were cleared by "
    "the Court of Sport Appeals, which found the evidence too thin to uphold the bans.",
    feed="Oarsman Daily",
)
UPHOLD = _item(
    "uphold",
    5.0,
    "Appeals panel upholds bans on 12 Brenlander rowers",
    "The Court of Sport Appeals upheld the life bans handed to 12 Brenlander rowers over the "
    "Ostmark doping scheme, saying the evidence against them was strong.",
    feed="Capital Ledger",
)


def _act(headline: str) -> tuple[int, ...]:
    return acts({stem(word.lower()) for word in headline.split()})


def test_a_ruling_on_a_penalty_tells_the_opposite_of_its_verb() -> None:
    assert _act("Panel overturns bans") == _act("Panel clears rowers")
    assert _act("Panel upholds bans") == _act("Panel overturns ruling")
    assert _act("Panel upholds bans") != _act("Panel clears rowers")


def test_bans_overturned_and_athletes_cleared_are_one_ruling() -> None:
    # Before, "overturns" and "clears" were opposite acts and the two stood apart.
    assert _stories(OVERTURN, CLEAR) == [{"clear", "overturn"}]


def test_athletes_cleared_and_bans_upheld_are_two_rulings() -> None:
    # Before, "upholds" and "clears" were one act and the two joined.
    assert _stories(CLEAR, UPHOLD) == [{"clear"}, {"uphold"}]


def test_a_hacked_exchange_that_repays_tells_the_repayment() -> None:
    # "Hacked" names the incident, "repay" what came of it: the headline tells both, so it
    # opposes neither another outlet's "compensate" nor the hack. Before, apart.
    repay = _item(
        "repay",
        3.0,
        "Pellcoin to repay hacked customers 40 bln yen",
        "Pellcoin, which lost 40 billion yen in coins to hackers, said it would repay every "
        "affected customer in yen.",
        feed="Capital Ledger",
    )
    compensate = _item(
        "compensate",
        4.0,
        "Pellcoin to compensate clients 40 billion yen",
        "Customers of the Pellcoin exchange will get their money back, the firm said, paying "
        "out 40 billion yen in cash.",
        feed="Coin Desk Daily",
    )
    assert _stories(repay, compensate) == [{"compensate", "repay"}]
