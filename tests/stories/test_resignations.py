"""A resignation and the charges that follow it are two events of one affair.

A minister who quits over a contract and is charged over it months later is named with the same
contract, the same sums and the same firm in both events' reports; squashed into one day only
the act tells them apart (see words.ACTS). A headline that tells both ("quits amid corruption
charges") opposes neither. The sentences here are our own.
"""

from __future__ import annotations

from briefing.stories.headlines import acts
from briefing.stories.opposites import opposed
from briefing.stories.words import stem
from tests.stories.test_teasers import _item, _stories

QUITS = _item(
    "quits",
    1.0,
    "Ostland transport minister Eero Vaskinen quits over tram contract",
    "Ostland's transport minister Eero Vaskinen resigned after reports that a 40-million-mark "
    "tram contract went to a firm run by his brother-in-law. Vaskinen said he had done nothing "
    "wrong but would not let the affair distract the government.",
    feed="Harbour Wire",
)
RESIGNS = _item(
    "resigns",
    2.0,
    "Vaskinen resigns as tram contract row grows",
    "Eero Vaskinen has resigned as Ostland's transport minister over the 40-million-mark tram "
    "contract awarded to Linjaväli, a company headed by his brother-in-law.",
    feed="Baltic Courier",
)
CHARGED = _item(
    "charged",
    6.0,
    "Former Ostland minister Vaskinen charged over tram contract",
    "Prosecutors in Ostland charged former transport minister Eero Vaskinen with abuse of "
    "office, saying he steered the tram deal to Linjaväli. His lawyer said he would plead not "
    "guilty.",
    feed="Capital Ledger",
)


def _acts(headline: str) -> tuple[int, ...]:
    return acts(frozenset(stem(word.lower()) for word in headline.split()))


def test_a_resignation_and_a_charge_are_opposite_acts() -> None:
    assert opposed(_acts("Minister quits over contract"), _acts("Minister charged over contract"))
    assert opposed(_acts("Minister resigns"), _acts("Former minister charged"))
    assert not opposed(
        _acts("Minister quits amid corruption charges"), _acts("Minister charged over contract")
    )


def test_a_resignation_and_the_charges_months_later_are_two_stories_read_as_one_day() -> None:
    assert _stories(QUITS, RESIGNS, CHARGED) == [{"charged"}, {"quits", "resigns"}]
