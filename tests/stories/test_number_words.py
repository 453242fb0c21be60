"""A number written in words is its figure: one outlet's "Seventy hours in the dark" and
"Fourteen men" are another's "70 hours" and "all 14 miners"."""

from __future__ import annotations

from briefing.stories.tokens import read_tokens
from briefing.stories.words import STOP
from tests.stories.test_teasers import _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Rescuers free miners trapped for 70 hours in flooded Dunmore pit",
    "DUNMORE, Oct 3 (Coastline) - Rescuers on Friday brought out all 14 miners trapped for 70 "
    "hours after water flooded a shaft at the Dunmore colliery, the mine's operator said.\n"
    "The men were taken to hospital in Carrick for checks; none was badly hurt, a doctor said.",
    feed="Coastline",
)
PAPER = _item(
    "paper",
    2.0,
    "Seventy hours in the dark",
    "Fourteen men came up into the floodlights at the pithead shortly after dawn. Their wives "
    "had kept a fire going by the gate since Tuesday night, and cheered each one.",
    feed="Carrick Courier",
)


def test_numbers_in_words_and_in_figures_tell_one_event() -> None:
    assert _stories(WIRE, PAPER) == [{"paper", "wire"}]


def _tokens(text: str) -> dict[str, float]:
    weights: dict[str, float] = {}
    read_tokens(text, 1.0, STOP, weights, {})
    return weights


def test_numbers_in_words_are_read_as_their_figures() -> None:
    assert _tokens("Seventy hours, forty-three hurt").keys() == _tokens("70 hours, 43 hurt").keys()
    # Written out, a number is mostly a round count: weighed as a word, not as a figure.
    assert _tokens("Eleven dead") == {"#11": 1.0, "dead": 1.0}
    assert _tokens("Seventy")["#70"] == 1.0 < _tokens("70")["#70"]
    assert _tokens("SEVENTY, Forty-Three") == _tokens("seventy forty-three")
    # One to ten say little, in words as in figures... and "twenty-one" is one number.
    assert _tokens("three men") == _tokens("men")
    assert _tokens("twenty-one") == {"#21": 1.0}
