"""A figure is one token however it is written: a wire's "12.5 pct" and "1.4 bln dlrs" are a
paper's "12.5%" and "$1.4bn", and the report that gives them is one event's."""

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
