"""A number as read from an article, and what its neighbours say of it: ranges, signs and a
change's basis (year-on-year, from a month earlier)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from briefing.extract.numbers import DIGITS, WORDS
from briefing.extract.numerals import MULTIPLIERS
from briefing.extract.units import MULTIPLIER_AFTER
from briefing.extract.words import is_manner_adverb, wordset

_DECREASE = (
    r"fell|fallen|falls?|falling|down|lost|loses?|losing|shrank|shrunk|shrinks?|dropped|drops?|"
    r"declined|declines?|decreased|decreases?|slid|slides|slipped|slips|plunged|plummeted|"
    r"tumbled|sank|sunk|contracted|contracts|cut|cuts|lowered|lowers|reduced|reduces|weakened|"
    r"dipped|retreated|slumped|eased|eases|skidded|skids|sagged|tanked|shed|sheds|dived|dove|"
    r"crashed|slumps|narrowed|narrows"
)
_DECREASE_WORDS = frozenset(  # "falls?" is "fall" and "falls"
    form for word in _DECREASE.split("|") for form in (word.rstrip("?"), word.replace("s?", ""))
)
_UP_VERBS = wordset(
    """set sets setting put puts putting make makes making made take takes taking took taken
    sign signs signed signing snap snaps snapped buy buys bought buying rack racks racked open
    opens opened opening build builds built building give gives gave
    given free frees freed cough coughs coughed chalk chalks chalked line lines lined"""
)
"""Verbs whose "up" is no rise (set up 100 units, made up 30%, snapped up 5 million shares)."""
_INCREASE_WORDS = wordset(
    """rose risen rise rises rising grew grown grow grows growing gained gaining
    increased increase increases increasing jumped jumps jumping climbed climbs climbing surged
    surges surging soared soars soaring up added adds rallied rallies advanced advances
    expanded expands hiked hikes boosted boosts spiked spikes leapt leaped leaps rebounded
    rebounds accelerated firmed strengthened strengthens widened widens"""
)
"""Words just before a number that make it the size of a rise (rose 5%, up 2 cents).

Not "raised" (raised $75 million is money found, not a rise: "raised prices by 5%" is read
through "by") nor "gain" (a gain of $4 million is a profit)."""
CHANGE_WORDS = _INCREASE_WORDS | _DECREASE_WORDS
"""Words of a rise or a fall (rose, fell, up, down)."""
_INCREASE_BY = _INCREASE_WORDS | wordset("raised raises raising raise gain gains")
"""Verbs of a rise when "by" gives its size (raised prices by 5%)."""
_INCREASE_NOUNS = wordset("increase rise gain jump growth hike surge climb boost")
_UP_AFTER = re.compile(
    r"\s*(?:higher|more|increase|rise|gain|jump|hike|growth|surge|up)\b", re.IGNORECASE
)
TALLY_NOUNS = r"votes?|seats?|goals?|runs?"
"""What the first of a tally's two counts counts, written out: "88 votes to 61"."""
_TALLY = re.compile(rf"\s+(?:{TALLY_NOUNS})\s+to\s+", re.IGNORECASE)
"""Between the two counts of a vote or a score written out: "88 votes to 61"."""
_RANGE_JOIN = re.compile(r"\s*-?\s*(?:-|–|—|to)\s*")
_CHANGE_BEFORE = _INCREASE_BY | _DECREASE_WORDS | {"from", "by"}
"""A change's word just before a number: `rose 5% to 7%`, `firmed 0.4% to 18.05` are a change
and the level it reached, not a range."""
_DECREASE_NOUNS = wordset("decline drop fall decrease cut reduction loss contraction")
CHANGE_NOUNS = _INCREASE_NOUNS | _DECREASE_NOUNS
"""Nouns of a rise or a fall (a rise, a jump, a decline)."""
_RESULT_NOUNS = wordset("loss gain")
"""A loss or gain of money is a result (a level); of a rate (a gain of 5%) it is a change."""
_RATES = frozenset({"percent", "percentage_points", "basis_points", "index_points", None})
_SIGN_AFTER = re.compile(
    r"\s*(?:lower|fewer|less|drop|decline|decrease|fall|cut|reduction|loss|contraction|slump|"
    r"down(?!\s+payment))\b(?!\s+(?:ratios?|rates?)\b)",
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
    change: str | None = None
    bare: bool = False
    """A number in words with no noun, kept only as the first bound of a range (two to three
    million)."""


_LEVEL_QUALIFIERS = frozenset({"below", "above"})
"""Qualifiers after which a number is a level, even after a verb of change."""


def apply_sign(text: str, raw: Raw, sent_start: int) -> None:
    """Read whether the number is the size of a change, and make a decrease negative.

    Decreases: fell 3%, cut by 50 basis points, 5 points lower, a decline of 5% (value
    negative, change "down"). Rises: rose 5%, up 2 cents, grew by 4%, an increase of 3%,
    3% higher (change "up"). "minus 12 degrees" is a level below zero: negative, no change.
    A level reached by a change (fell 21% to 651.7 billion) is neither.
    """
    before = text[max(sent_start, raw.start - 60) : raw.start]
    written = before.split() if before[-1:].isspace() else []
    while written and is_manner_adverb(written[-1]):
        written.pop()  # rose unexpectedly by 2.9%, fell sharply 4%: the verb tells
    words = [w.lower() for w in written]
    last = words[-1] if words else ""
    change: str | None = None
    if raw.qualifier is not None and raw.qualifier.lower() in _LEVEL_QUALIFIERS:
        return  # fell below $30,000, rose above 5%: the level crossed, not the change
    if last == "minus":
        if raw.qualifier != "plus or minus":
            raw.sign = -1
            # the sign is part of the figure as written: "minus 14 degrees", never "14 degrees"
            raw.start = max(sent_start, raw.start - 60) + before.lower().rindex("minus")
        return
    if last in _DECREASE_WORDS:
        change = "down"  # fell 3.2%, down $9
    elif last in _INCREASE_WORDS and not (last == "up" and words[-2:-1] and words[-2] in _UP_VERBS):
        change = "up"
    elif last == "by":
        # fell by 4%, or cut its key rate by 50 basis points (the verb a few words back)
        change = _direction(words[-7:-1], _DECREASE_WORDS, _INCREASE_BY)
    elif last == "of" and len(words) > 1:
        change = _direction(words[-2:-1], _DECREASE_NOUNS, _INCREASE_NOUNS)  # a decline of 5%
        if words[-2] in _RESULT_NOUNS and raw.unit not in _RATES:
            if change == "down":
                raw.sign = -1  # a net loss of $118 million: a negative result, not a change
            change = None
    score = raw.unit is None and _SCORE_BEFORE.search(
        text, max(0, raw.num_start - 6), raw.num_start
    )
    if change is None and not score:
        if _SIGN_AFTER.match(text, raw.end):
            change = "down"
        elif (up := _UP_AFTER.match(text, raw.end)) is not None and (
            raw.unit is not None or not up.group(0).lower().endswith("more")
        ):
            change = "up"  # 5% higher, $3 more; but "10 more people" counts people
    raw.change = change
    if change == "down":
        raw.sign = -1


_SCORE_BEFORE = re.compile(r"\b\d{1,3}[-–]$")
"""The first number of a score just before a second (the 2-0 loss): a result, no change."""


def _direction(words: list[str], down: frozenset[str], up: frozenset[str]) -> str | None:
    """The direction of the change verb or noun nearest the end of `words`, if any."""
    for word in reversed(words):
        if word in down:
            return "down"
        if word in up:
            return "up"
    return None


_SUSPENDED = re.compile(r"-[^\S\n]+(?:and|or)[^\S\n]+")
"""A number whose hyphen waits for the unit of the next: 3- and 5-litre, 12.9- or 10.5-inch."""
_TIMES = re.compile(r"[^\S\n]*[x×][^\S\n]*")
"""Between a size's two sides (12 x 14 feet): the first has the second's unit."""
_ROUND_THE_CLOCK = re.compile(
    r"\b(?:open|opens|available|runs|run|operates|operate|staffed|works|work)\s+$", re.IGNORECASE
)
"""Words before "24-7" that make it round the clock, not a score."""


def merge_ranges(text: str, raws: list[Raw]) -> None:
    """Give both ends of a range ($3-4 billion, between 10 and 12 percent) the range's unit,
    and a number whose hyphen waits for the next one's unit (3- and 5-litre) that unit."""
    starts = {r.start for r in raws}
    for a in raws:
        waits = _SUSPENDED.match(text, a.end)
        if waits is None or not text[waits.end() : waits.end() + 1].isdigit():
            continue
        if waits.end() not in starts and a.unit is None and not a.mult:
            a.skip = True  # the 10- of "10- and 20-year bonds": no figure, as 20-year is none
    for a, b in reversed(list(itertools.pairwise(raws))):  # 6 x 0.5 x 3 feet: from the end
        if _TIMES.fullmatch(text, a.end, b.start) is not None and a.unit is None and not a.mult:
            if (a.value, b.value) == (24, 7) and b.unit is None:
                a.skip = b.skip = True  # open 24 x 7: round the clock, no figure
            a.unit, a.value = b.unit, a.value * b.scale  # a room 12 x 14 feet
    for a, b in itertools.pairwise(raws):
        between = text[a.end : b.start]
        if _SUSPENDED.fullmatch(between) is not None and a.unit is None and not a.mult:
            a.skip = a.skip or b.skip
            a.unit, a.value = b.unit, a.value * b.scale
            continue
        before = text[max(0, a.start - 16) : a.start]
        if _TIMES.fullmatch(between) is not None:
            continue  # the sides of a size, read above
        if between == "-" and (a.value, b.value) == (24, 7) and _ROUND_THE_CLOCK.search(before):
            a.skip = b.skip = True  # open 24-7 (but a 24-7 win is a score)
            continue
        dash = len(between) < 8 and _RANGE_JOIN.fullmatch(between) is not None
        last = before.split()[-1].lower() if before[-1:].isspace() and before.strip() else ""
        change = last in _CHANGE_BEFORE
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            continue
        between_and = a.qualifier is not None and a.qualifier.lower() == "between"
        if between.strip() in ("and", "or") and not between_and and a.unit is None and b.unit:
            if a.noun_end is None and (a.bare or not a.words) and not a.mult:
                a.unit, a.value = b.unit, a.value * b.scale  # 45 and 50 mg, 2 or 3 km
            continue
        to = between.strip() == "to"
        # "from 5 to 8 million tonnes" lends the unit on, but "rose 5% to 7%" are two levels,
        # and "rose 14.2 to 3,615.8" or "fell by 12,000 to 2.91 million" a change and the level
        # it reached (far apart). Only a number written short shares the multiplier (2 to 3
        # million; 12,000 is written whole).
        shares = not a.mult and b.mult and a.value < 1000
        low = a.value * _scale_of(text, b) if shares else a.value
        far = last != "from" and min(low, b.value) * 5 < max(low, b.value)
        far = far and not (b.value == 1 and b.unit is None)  # outnumbered by 80 to 1: a ratio
        is_range = (
            (dash and not (to and change and (a.unit is not None or far)))
            or (
                a.qualifier is not None
                and a.qualifier.lower() == "between"
                and between.strip() == "and"
            )
            # A tally written out, "by 88 votes to 61": one figure, as "88-61" is.
            or (a.unit is None and b.unit is None and _TALLY.fullmatch(between) is not None)
        )
        if not is_range:
            continue
        if b.skip or a.skip:
            a.skip = b.skip = True
            continue
        if shares:
            a.value = low
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
    return MULTIPLIERS[" ".join((m.group("mult") or m.group("short")).lower().split())]


def _number_end(text: str, raw: Raw) -> int:
    if raw.words:  # three million: WORDS reads lower-cased text, offsets kept
        w = WORDS.match(text[raw.num_start : raw.num_start + 60].lower())
        return raw.num_start if w is None else raw.num_start + w.end()
    m = DIGITS.match(text, raw.num_start)
    return raw.num_start if m is None else m.end()


_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_ELIDED_JOIN = re.compile(
    r"(?:\s+in\s+[A-Z][a-z]+\.?(?:\s+\d{4})?)?"
    r"\s*,?\s*(?:(?:up|down)\s+from|from|vs\.?|versus|against|compared\s+(?:with|to)|to|and|or"
    r"|(?:and|before)\s+(?:closed|closing|ended|ending|finished|settled|stood)\s+(?:at|near))\s+",
    re.IGNORECASE,
)
"""Between a figure with a unit and a bare number that shares it (rose to 5.2 percent from
4.9; 1.5 billion euros from 1.2 billion; 12.5 mln dlrs vs 9.8 mln; opened at 145.20 yen and
closed at 144.85), maybe after the month of the first (3.9 billion dlrs in May and 3.2 billion
in June)."""


_PER_BEFORE = re.compile(r"\b(?:per|a|an)\s+$")
_CAPITAL_NEXT = re.compile(r"[^\S\n]+[A-Z][a-z]")


def elided_unit(text: str, last: Raw, r: Raw, level: Raw | None) -> None:
    """Give a bare number the unit of the figure just before it when copy leaves it out.

    Only a level lends its unit: after a change (fell 2.3 pct to 1,234.5) the number after
    "to" is the level reached, in its own terms, unless the change is money (fell 180 mln dlrs
    to 51.20 billion, rose 10 cents to 5.40: dollars); the number "from" which it changed is
    the sentence's last level's (62.4 mln acres, down 12 pct from 71.0 mln). A multiplier
    must agree too: "$1.5 billion from 1.2" says too little to tell.
    """
    if last.change is not None and level is not None and _FROM.fullmatch(text, last.end, r.start):
        last = level
    elif (
        last.change is not None
        and (last.unit or "").isupper()
        and _TO.fullmatch(text, last.end, r.start)
    ):
        if last.mult == r.mult and _CAPITAL_NEXT.match(text, r.end) is None:
            r.unit = last.unit  # (the level in the money's own terms: 5.40, not 5.40 cents)
        return
    elif last.change is not None or not _ELIDED_JOIN.fullmatch(text, last.end, r.start):
        return
    if last.unit is None or last.mult != r.mult:
        return
    if _PER_BEFORE.search(text, max(0, last.start - 5), last.start) is not None:
        return  # the basis of a rate (52 francs per 100 kilos, up from 50): not the level
    if _CAPITAL_NEXT.match(text, r.end) is not None:
        return  # 45.678 Ecus: the number has a unit of its own, known to us or not
    r.unit = last.unit
    r.value *= last.scale


_ON_BASIS = re.compile(
    r"(?:(?:year|month|quarter|week)-)?(?:on|over)-(?:year|month|quarter|week)|y/y|yoy"
)
_BASES = (
    "year on year, year over year, a year earlier, a year ago, a year before, a month earlier, a "
    "month ago, a month before, a week earlier, a week ago, a quarter earlier, on the week, on the "
    "month, on the day, on an annual basis, on a yearly basis, on a monthly basis, on a quarterly "
    "basis, on a weekly basis, on a year-on-year basis, on a year-over-year basis, on a month-on-"
    "month basis"
)
_BASIS = [tuple(basis.split()) for basis in _BASES.split(", ")]


def basis_end(r: list[str], i: int) -> int:
    """Where the basis of a change at r[i] ends (year-on-year, (from) a year earlier), or i."""
    if _ON_BASIS.fullmatch(r[i].lower()):
        return i + 1
    j = i + 1 if r[i].lower() == "from" else i
    for words in _BASIS:
        if tuple(w.lower() for w in r[j : j + len(words)]) == words:
            return j + len(words)
    return i
