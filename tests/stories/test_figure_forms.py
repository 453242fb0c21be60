"""A figure is one token however it is written: a wire's "12.5 pct" and "1.4 bln dlrs" are a
paper's "12.5%" and "$1.4bn", a regulator's "EUR38m" a wire's "38 million euros", a British
paper's "1.2m homes" and "3.5pc" another's "1.2 million homes" and "3.5 per cent", Xinhua's "45
billion U.S. dollars" Reuters' "$45 billion" (as the summarizer reads them all alike:
extract.figures); and the report that gives them is one event's."""

from __future__ import annotations

import pytest

from briefing.models import Item
from briefing.stories.tokens import read_tokens
from briefing.stories.words import STOP
from tests.stories.test_teasers import _item, _stories


def _tokens(text: str) -> dict[str, float]:
    weights: dict[str, float] = {}
    read_tokens(text, 1.0, STOP, weights, {})
    return weights


@pytest.mark.parametrize(
    ("written", "as_elsewhere"),
    [
        ("rates rose 3.5 pct.", "rates rose 3.5%."),
        ("rates rose 3.5 percent,", "rates rose 3.5%,"),
        ("rates rose 3.5 per cent in May", "rates rose 3.5% in May"),
        ("a $45 billion deal", "a $45bn deal"),
        ("a 45 bln dlrs deal", "a $45bn deal"),
        ("a US$45 billion deal", "a $45bn deal"),
        ("paid $11.2 million)", "paid $11.2M)"),
        ("paid 3 mln dlrs.", "paid $3m."),
        ("fined 500 dlrs", "fined $500"),
        ("paid 1.2 million euros", "paid €1.2m"),
        ("40 million voters", "40000000 voters"),
        # The summarizer's scales and the currencies a headline's sums are read in.
        ("a Rs 5 crore fine", "a Rs 50 million fine"),
        ("a fine of 40 million roubles", "a fine of ₽40m"),
        ("up 3 pct and 4 pct", "up 3% and 4%"),
        # A currency's code before the sum, the scale written on to a sum without a sign.
        ("fined EUR38m", "fined 38 million euros"),
        ("fined EUR 38m", "fined €38m"),
        ("a GBP1.2bn deal", "a £1.2bn deal"),
        ("will pay USD 2 billion", "will pay $2bn"),
        ("a 96m euros fee", "a €96m fee"),
        ("a 38mn euros fine", "a 38 million euros fine"),
        ("a 74M USD round", "a $74 million round"),
        ("trade of 45 billion U.S. dollars", "trade of $45 billion"),
        ("trade of 45 billion US dollars", "trade of 45 bln dlrs"),
        ("1.2m homes without power", "1.2 million homes without power"),
        ("2.5bn people", "2.5 billion people"),
        ("inflation at 3.5pc", "inflation at 3.5 per cent"),
    ],
)
def test_a_figure_written_in_words_is_read_as_written_in_signs(
    written: str, as_elsewhere: str
) -> None:
    assert _tokens(written) == _tokens(as_elsewhere)


def test_the_scale_and_the_currency_are_part_of_the_figure() -> None:
    assert _tokens("3 pct").keys() != _tokens("3").keys()
    assert _tokens("$45 billion").keys() != _tokens("$45 million").keys()
    assert _tokens("40 million voters").keys() != _tokens("$40 million voters").keys()
    # A sum of millions is a figure, weighed as one, as "$3m" is; "3" alone says little.
    assert _tokens("$3 million")["#$3000000"] > _tokens("3")["#3"]
    # The words are read as words where no number stands before them.
    assert _tokens("pct dlrs per cent") == {"pct": 1.0, "dlrs": 1.0}


@pytest.mark.parametrize(
    ("written", "not_as"),
    [
        # A length, not a sum: "m" before a hyphen is metres.
        ("a 10m-high wave", "a 10 million wave"),
        # A screen's and a race's "K" stay as written.
        ("a 4K screen", "a 4,000 screen"),
        # A code in a sentence's words is no currency without a number after it.
        ("EUR rates rose 3.5pc", "€3.5 rose"),
    ],
)
def test_what_is_not_such_a_figure_is_not_read_as_one(written: str, not_as: str) -> None:
    assert _tokens(written).keys() != _tokens(not_as).keys()


WIRE = _item(
    "wire",
    1.0,
    "Bank of Varnholt lifts benchmark rate to 4.25 pct, third rise this year",
    "SELBY, June 12 (Coastline) - The Bank of Varnholt raised its benchmark interest rate by a "
    "quarter point to 4.25 pct on Wednesday, its third increase this year, saying inflation was "
    "still running well above its target.\n"
    "Governor Alma Creed told reporters the bank was ready to act again if prices kept climbing.",
    feed="Coastline",
)


def _paper(share: str) -> Item:
    return _item(
        "paper",
        3.0,
        "Borrowers brace for dearer loans",
        "Homeowners on tracker deals will pay more each month after the central bank lifted its "
        f"benchmark to {share}. Lenders expect to follow within days.",
        feed="Daily Ledger",
    )


def test_a_paper_giving_the_wire_s_share_in_signs_tells_its_event() -> None:
    # The wire's "4.25 pct" is the paper's "4.25%": the one figure both give, and the
    # paper's only tie to the rise beside "central bank" and "benchmark".
    assert _stories(WIRE, _paper("4.25%")) == [{"paper", "wire"}]
    assert _stories(WIRE, _paper("4.5%")) == [{"paper"}, {"wire"}]


FINE = _item(
    "fine",
    1.0,
    "Brenmark regulator fines Quarrow Shipping 38 million euros over exposed customer files",
    "BRENMARK, May 6 (Coastline) - Brenmark's data protection board fined Quarrow Shipping 38 "
    "million euros on Wednesday after the ferry operator left the booking records of 4 million "
    "passengers on an open server for five weeks.\n"
    "Quarrow said it would appeal against the decision.",
    feed="Coastline",
)
NEWSLETTER = _item(
    "newsletter",
    6.0,
    "EUR38m: what an unlocked server cost a ferry line",
    "The board's ruling runs to ninety pages, but its finding is short: no password on the "
    "booking server, and a breach notice sent a month late.",
    feed="The Ledger",
)


def test_a_fine_written_with_the_currency_s_code_tells_its_event() -> None:
    """The newsletter's headline gives the fine as the regulator writes it, the wire's as wires
    do; its text names neither the firm nor the sum."""
    assert _stories(FINE, NEWSLETTER) == [{"fine", "newsletter"}]
