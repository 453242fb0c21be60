"""A number as read from an article, and what its neighbours say of it: ranges and signs."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from briefing.extract.numbers import DIGITS, MULTIPLIERS
from briefing.extract.units import MULTIPLIER_AFTER
from briefing.extract.words import wordset

_DECREASE = (
    r"fell|fallen|falls?|falling|down|lost|loses?|losing|shrank|shrunk|shrinks?|dropped|drops?|"
    r"declined|declines?|decreased|decreases?|slid|slides|slipped|slips|plunged|plummeted|"
    r"tumbled|sank|sunk|contracted|contracts|cut|cuts|lowered|lowers|reduced|reduces|weakened|"
    r"dipped|retreated|slumped"
)
_DECREASE_WORDS = frozenset(_DECREASE.split("|")) | {"fall", "falls", "lose", "loses", "shrink"}
_RANGE_JOIN = re.compile(r"\s*-?\s*(?:-|–|—|to)\s*")
_CHANGE_BEFORE = re.compile(r"\b(?:from|by|rose|grew|fell|increased|decreased|jumped)\s+$", re.I)
_DECREASE_NOUNS = wordset("decline drop fall decrease cut reduction loss contraction")
_SIGN_AFTER = re.compile(
    r"\s*(?:lower|fewer|less|drop|decline|decrease|fall|cut|reduction|loss|contraction|slump)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Raw:
    """A number read from the text, before it becomes a Figure."""

    start: int
    num_start: int
    end: int
    value: float
    unit: str | None
    qualifier: str | None = None
    mult: bool = False
    sign: int = 1
    skip: bool = False
    words: bool = False
    noun_end: int | None = None
    ctx_end: int | None = None
    scale: float = 1.0


def apply_sign(text: str, raw: Raw, sent_start: int) -> None:
    """Make the size of a decrease negative (fell 3%, cut by 50 basis points, 5 points lower)."""
    before = text[max(sent_start, raw.start - 60) : raw.start]
    words = before.lower().split() if before[-1:].isspace() else []
    last = words[-1] if words else ""
    if last == "minus":
        negative = raw.qualifier != "plus or minus"
    elif last in _DECREASE_WORDS:
        negative = True  # fell 3.2%, down $9
    elif last == "by":
        # fell by 4%, or cut its key rate by 50 basis points (the verb a few words back)
        negative = any(w in _DECREASE_WORDS for w in words[-7:-1])
    elif last == "of":
        negative = len(words) > 1 and words[-2] in _DECREASE_NOUNS  # a decline of 5%
    else:
        negative = False
    if negative or _SIGN_AFTER.match(text, raw.end):
        raw.sign = -1


def merge_ranges(text: str, raws: list[Raw]) -> None:
    """Give both ends of a range ($3-4 billion, between 10 and 12 percent) the range's unit."""
    for a, b in itertools.pairwise(raws):
        between = text[a.end : b.start]
        dash = len(between) < 8 and _RANGE_JOIN.fullmatch(between) is not None
        change = _CHANGE_BEFORE.search(text[max(0, a.start - 12) : a.start])
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            continue
        to = between.strip() == "to"
        # "from 5 to 8 million tonnes" lends the unit on, but "rose 5% to 7%" are two levels.
        is_range = (dash and not (to and change is not None and a.unit is not None)) or (
            a.qualifier is not None
            and a.qualifier.lower() == "between"
            and between.strip() == "and"
        )
        if not is_range:
            continue
        if b.skip or a.skip:
            a.skip = b.skip = True
            continue
        if not a.mult and b.mult:
            a.value *= _scale_of(text, b)
            a.mult = True
        if a.unit is None:
            a.unit, a.value = b.unit, a.value * b.scale  # 20-30 cm, 500-700 MW
        if b.unit is None:
            b.unit = a.unit
        a.noun_end = b.noun_end = max(b.end, b.noun_end or 0)
        a.ctx_end = b.end
        b.start = a.start
        b.qualifier = b.qualifier or a.qualifier


def _scale_of(text: str, raw: Raw) -> float:
    m = MULTIPLIER_AFTER.match(text, _number_end(text, raw))
    if m is None:
        return 1.0
    return MULTIPLIERS[(m.group("mult") or m.group("short")).lower()]


def _number_end(text: str, raw: Raw) -> int:
    m = DIGITS.match(text, raw.num_start)
    return raw.num_start if m is None else m.end()
