"""A name in both headlines joins two reports when their texts share a word besides names
(see Evidence._title_name), but not a title's: a country's finance minister and its returned
museum treasures share the country and "minister", two events."""

from __future__ import annotations

from briefing.stories.names import TITLE_TOKENS
from briefing.stories.words import stem
from tests.stories.test_teasers import _item, _stories

TAX = _item(
    "tax",
    1.0,
    "Dalmor finance minister rules out new fuel levy",
    "BREVIK, May 14 (Northdesk) - Dalmor's finance minister Ivo Stenn said on Thursday the "
    "government would not raise the fuel levy to pay for the new bridges, adding that reserves "
    "would cover the first phase.",
    feed="Northdesk",
)
STATUES = _item(
    "statues",
    2.0,
    "Pellam museum returns carved panels to Dalmor",
    "The city museum in Pellam handed back six carved panels taken from Dalmor a century ago, "
    "in a ceremony attended by both countries' culture ministers.",
    feed="Pellam Herald",
)
LEVY = _item(
    "levy",
    3.0,
    "Dalmor will not raise fuel levy for bridges, says Stenn",
    "Ivo Stenn told reporters the fuel levy would stay where it is and the bridges would be "
    "paid for from reserves.",
    feed="Morning Courier",
)


def test_a_shared_name_and_a_title_are_not_one_event() -> None:
    assert _stories(TAX, STATUES) == [{"statues"}, {"tax"}]


def test_a_shared_name_and_the_event_s_words_are() -> None:
    assert _stories(TAX, STATUES, LEVY) == [{"levy", "tax"}, {"statues"}]


def test_titles_are_read_as_tokens() -> None:
    assert {stem("ministers"), stem("president"), stem("chairman")} <= TITLE_TOKENS
    assert stem("levy") not in TITLE_TOKENS
