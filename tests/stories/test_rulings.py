"""A ruling on a penalty, a penalty, and a repayment after an incident, read for what they did.

A tribunal that overturns athletes' bans clears them, and one that upholds their bans does
not: the ruling's verb tells the opposite of its act when its object is a penalty (a ban, a
sanction, a suspension, curbs); a penalty imposed with no ruling's verb ("banned from the
Games") blocks. A hacked exchange that will repay its customers tells the repayment, not the
hack. The sentences here are our own.
"""

from __future__ import annotations

from briefing.stories.opposites import opposed
from briefing.stories.signals import make_doc
from tests.stories.coverage import T0, outlet_item
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
    """The acts an item under this headline is read to tell (see Doc.acts)."""
    return make_doc(0, outlet_item("k", headline, "", T0), None, frozenset()).acts


def test_a_ruling_on_a_penalty_tells_the_opposite_of_its_verb() -> None:
    assert _act("Panel overturns bans") == _act("Panel clears rowers")
    assert _act("Panel upholds bans") == _act("Panel overturns ruling")
    assert _act("Panel upholds bans") != _act("Panel clears rowers")
    assert _act("Rowers banned from regatta") == _act("Panel upholds bans")


def test_a_verdict_is_no_penalty_a_ruling_turns() -> None:
    # "Judges reject his defence" rejects the defence, not the conviction: the verdict's
    # headline and the wire's "convicted" tell no opposite acts.
    assert not opposed(_act("GUILTY: judges reject star's defence"), _act("Star convicted"))


def test_bans_overturned_and_athletes_cleared_are_one_ruling() -> None:
    # Before, "overturns" and "clears" were opposite acts and the two stood apart.
    assert _stories(OVERTURN, CLEAR) == [{"clear", "overturn"}]


def test_athletes_cleared_and_bans_upheld_are_two_rulings() -> None:
    # Before, "upholds" and "clears" were one act and the two joined.
    assert _stories(CLEAR, UPHOLD) == [{"clear"}, {"uphold"}]


def test_a_ban_and_the_ruling_that_overturns_it_are_two_events() -> None:
    # Months apart, read as one day: the ban and its overturning share the rowers, the
    # scheme and the figure, not the act. Before, one story.
    ban = _item(
        "ban",
        1.0,
        "Brenlander rowers handed life bans over Ostmark doping scheme",
        "Twelve Brenlander rowers were handed life bans on Monday over the Ostmark doping "
        "scheme, the sport's governing body said, citing evidence from samples that showed a "
        "banned steroid. The rowers can appeal to the Court of Sport Appeals.",
        feed="Oarsman Daily",
    )
    assert _stories(ban, OVERTURN) == [{"ban"}, {"overturn"}]


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
