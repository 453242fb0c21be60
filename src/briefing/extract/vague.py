"""Round amounts in words: "tens of millions of dollars", "hundreds of thousands of people".

Wire copy gives an order of magnitude where it has no number. The figure's value is the
least the words allow (tens of millions → 10 million), and its qualifier says so ("tens of"),
so a reader never takes it for an exact number.
"""

from __future__ import annotations

import re

from briefing.extract.amounts import count_noun_end
from briefing.extract.ranges import Raw
from briefing.extract.units import unit_after

_SIZE = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}
_MAGNITUDE = {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
VAGUE = re.compile(
    r"\b(?P<size>tens|hundreds|dozens)\s+of\s+(?P<mag>thousands|millions|billions|trillions)"
    r"(?:\s+of\s+(?:(?P<money>dollars|euros|pounds|yuan|yen|rubles|roubles|rupees|tenge)\b|"
    r"(?=[a-z])))?",
    re.IGNORECASE,
)
"""The size, the magnitude, and what follows: a currency, or the noun counted ("of people")."""


def may_hold_vague(low: str) -> bool:
    """Whether a lower-cased sentence can hold VAGUE (most do not: skip the scan)."""
    return "s of " in low and ("tens" in low or "hundreds" in low or "dozens" in low)


def vague_amounts(text: str, start: int, end: int) -> list[Raw]:
    """Every round amount in words in text[start:end], as Raw figures."""
    out: list[Raw] = []
    for m in VAGUE.finditer(text, start, end):
        value = _SIZE[m.group("size").lower()] * _MAGNITUDE[m.group("mag").lower()]
        raw = Raw(m.start(), m.start(), m.end(), value, None, words=True)
        raw.qualifier = f"{m.group('size')} of"
        money = m.group("money")
        if money is not None:
            raw.unit = unit_after(money)[0]
        else:
            raw.end = m.start() + len(m.group(0).rstrip())
            count_noun_end(text, raw)  # "tens of thousands of people": the people counted
            if raw.noun_end is None:
                continue  # "hundreds of millions were spent": of what, the words do not say
        out.append(raw)
    return out
