"""Numbers that are not plain digits, for figures.py: numbers in words (twenty-five, two of
them, two to three million), fractions in words (a third, half a point), in digits (2 1/2
miles) and in one character (2½), and pence glued to the number (256p).

Each reader takes one match and gives a Raw (ranges.py) or None when the words are no figure.
"""

from __future__ import annotations

import re

from briefing.extract.amounts import after_number, count_noun_end, qualify
from briefing.extract.numbers import (
    VULGAR,
    VULGAR_VALUES,
    fraction_value,
    group_size,
    parse_words,
    share_percent,
)
from briefing.extract.ranges import Raw
from briefing.extract.units import currency_before, currency_unit, unit_after, unit_at
from briefing.extract.words import wordset

SLASH_FRACTION = re.compile(
    r"(?:(?P<whole>[-\s])(?P<num>[1-9]))?/(?P<den>2|3|4|8|16|32|64|[1-9]\d?(?=\s+of\s))(?![\d/])"
)
"""A fraction in digits after a number: 1/4 (the number is its numerator), 1-3/4, 2 1/2; any
denominator below 100 before "of" (1/40 of the wavelength)."""
_OF_AFTER = re.compile(r"\s+of\s+(?!an?\s)")
"""A share of a group (3/4 of the votes), not part of one thing (3/4 of a share)."""
_POINT_AFTER = re.compile(r"(?:\s+of)?(?:\s+a)?[\s-]+(?:percentage[\s-]+)?points?\b", re.IGNORECASE)
"""What makes a fraction a size in points: a quarter point, half a percentage point."""
_MIXED_BEFORE = re.compile(r"\d[-\s]$")
_FRACTION_END = re.compile(r"\s+of\b|[.,;:!?”\"»)]|\s*$")
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|the)\s+$", re.IGNORECASE)
_FRACTION_QUALIFIER = re.compile(
    r"(?:\babout|\bnearly|\balmost|\broughly|\baround|\bthan|\bover|\bsome|\bby|\bjust|"
    r"\bapproximately|\bonly)\s+$",
    re.IGNORECASE,
)

_SPAN = r"(?:percent|per\s+cent|days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b"
"""What follows a proportion's second number when it is none (six in 10 days, 5 in 10
percent): a span of time or a percentage."""
_SPAN_AFTER = re.compile(rf"\s+{_SPAN}", re.I)
_PROPORTION_WORDS = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s"
)
"""What a proportion in words holds: one in four, nine out of ten."""


def may_hold_fraction(low: str) -> bool:
    """Whether a lower-cased sentence holds what every fraction FRACTION reads holds.

    That is a part (half, third ...) or "one in"; sentences without any (most) skip the scan,
    which tries FRACTION at every offset. Plain `in` tests are the cheapest.
    """
    return (
        "half" in low
        or "third" in low
        or "quarter" in low
        or "fifth" in low
        or "tenth" in low
        or "sixth" in low
        or "eighth" in low
        or (("in" in low or "out" in low) and _PROPORTION_WORDS.search(low) is not None)
    )


def _hyphen(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i] in "-‐"


_VIDEO_LINES = frozenset({240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})
"""Numbers before a glued "p" that are a video format (1080p), not pence."""


def is_pence(text: str, e: int, value: float) -> bool:
    """Whether the "p" glued to the number ending at e is pence (256p, 4.5p)."""
    return text[e] == "p" and not text[e + 1 : e + 2].isalnum() and value not in _VIDEO_LINES


def slash_fraction(text: str, m: re.Match[str], frac: re.Match[str], sentence: str) -> Raw | None:
    """1/4 pct, 1-3/4 pct, 2 1/2 miles: a fraction in digits, read with the unit after it.

    A bare fraction with no unit after it (1/2, 3/4) is left out: it is as often a score or a
    date as a quantity; but a part "of" something (3/4 of the votes) is a share, in percent.
    """
    token = m.group(0)
    if not token.isdigit():
        return None
    if frac.group("whole") is None and _MIXED_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return None  # the 3/4 of 1-3/4, read with its whole number
    whole = 0 if frac.group("whole") is None else int(token)
    num = int(frac.group("num") or token)
    den = int(frac.group("den"))
    if num >= den:
        return None
    s = m.start()
    raw = Raw(s, s, m.end() + frac.end(), whole + num / den, None)
    cur = currency_before(text[max(0, s - 5) : s])
    if cur is not None:
        raw.unit = currency_unit(cur)
        raw.start -= len(cur.group(0))
    after_number(text, raw, sentence)
    if raw.unit is None and whole == 0 and not raw.skip and _OF_AFTER.match(text, raw.end):
        raw.unit, raw.value = "percent", round(100 * num / den, 3)
    if raw.unit is None or raw.skip:
        return None
    qualify(text, raw)
    return raw


def vulgar_fractions(text: str, start: int, end: int, sentence: str) -> list[Raw]:
    """Fractions in one character (2½ miles, ¼ point): read with the unit after them.

    Without a unit only a mixed number (2½) is kept; a lone ½ is as often a score or a label.
    """
    out = []
    for m in VULGAR.finditer(text, start, end):
        value = VULGAR_VALUES[m.group("part")] + float(m.group("whole") or 0)
        raw = Raw(m.start(), m.start(), m.end(), value, None)
        cur = currency_before(text[max(0, m.start() - 5) : m.start()])
        if cur is not None:
            raw.unit = currency_unit(cur)
            raw.start -= len(cur.group(0))
        after_number(text, raw, sentence)
        if raw.skip or (raw.unit is None and m.group("whole") is None):
            continue
        if raw.unit is None:
            count_noun_end(text, raw)  # 2½ games
        qualify(text, raw)
        out.append(raw)
    return out


def word_number(text: str, m: re.Match[str], sentence: str) -> Raw | None:
    s, e = m.start(), m.end()
    token = m.group(0)
    if _hyphen(text, s - 1) or _hyphen(text, e):
        return None  # two-chamber, seven-year
    if text[s].isupper() and (
        _NAME_BEFORE.search(text, max(0, s - 30), s) is not None
        or (_INSIDE_SENTENCE.search(text, max(0, s - 30), s) and _NAME_AFTER.match(text, e))
    ):
        return None  # Base Ten Systems, Channel Four, the Two Holy Mosques: inside a name
    if token == "ten" and _NAME_AFTER.match(text, e) and _NAME_BEFORE.search(text, s - 30, s):
        return None  # Erik ten Hag: a Dutch name's particle
    if (
        text[s:e] == "Ten"
        and (after := _NAME_AFTER.match(text, e))
        and f"ten {after[0].strip()}" in text
    ):
        return None  # "Ten Hag told": that particle opening a sentence, the text names ten Hag
    label = text[max(0, s - 12) : s].split()[-1:]
    if (
        label
        and label[0].lower() in NUMBER_LABELS
        and (label[0][0].isupper() or _LABEL_END.match(text, e))
    ):
        return None  # Day two brings rain; Game three; in round two, Lee won: a number's name
    if token.lower() in ("two", "three") and _ONE_OR.search(text, max(0, s - 40), s):
        return None  # a task or two, an hour or three: a few, no count
    value = parse_words(token)
    raw = Raw(s, s, e, value, None, words=True)
    after_number(text, raw, sentence)
    if raw.skip or (value <= 1 and not raw.mult):
        return None
    if raw.unit is None:
        count_noun_end(text, raw)
        if raw.noun_end is None and not (raw.mult or value >= 100):
            if _PART_OF.match(text, raw.end) is not None:
                pass  # five of the seven judges: five counts judges too
            elif _RANGE_NEXT.match(text, raw.end) is not None:
                raw.bare = True  # two to three million: kept if a range is made of it
            else:
                return None
    qualify(text, raw)
    return raw


_ONE_OR = re.compile(r"\b(?:[Aa]|[Aa]n)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+or\s+$")
"""A thing in the singular and "or" before "two": "an important task or two" is a few."""
NUMBER_LABELS = wordset(
    """route line article section chapter page terminal gate unit block zone phase stage level
    flight highway road platform building room lot category class type model item resolution
    rule decree paragraph no. no number grade track lane pier berth runway s&p ftse cac dax
    nikkei russell fortune stoxx nifty kospi poor's poor’s s.&p. part episode season day game
    round week act volume leg heat"""
)
"""Words after which a number names a thing rather than measuring it (Route 66, Article 5, No.
4, Day two, Game three); a number in words only after one in capitals or before a comma or
"of" (see word_number: "the first day two people were hurt" counts)."""
_LABEL_END = re.compile(r"\s*(?:[,.;:!?)]|of\b|$)")
"""What may follow a number that names a thing when its label is in lower case (in round two,)."""
_NAME_BEFORE = re.compile(r"\b[A-Z][\w&'’-]*[a-z] $")
"""A capitalised word just before a capitalised number in words: the number is in a name
(Big Four, Unit Two). Not a word in capitals: a headline may end just before the copy."""
_INSIDE_SENTENCE = re.compile(r"[a-z,][^\S\n]+$")
"""A lower-case word or a comma just before: the capitalised number is no sentence's first word."""
_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z]")
"""A capitalised word after a capitalised number inside a sentence: both are in a name (the
Two Holy Mosques, the Three Gorges Dam, the Five Eyes alliance)."""
_PART_OF = re.compile(
    r"\s+of\s+(?:(?:the|them|those|these|us|you|its|his|her|their|our|whom|which)\b|\d|"
    r"[A-Z][\w.&-]*['’]s?\b)",
    re.IGNORECASE,
)
"""After a number in words with no noun: it counts part of a group (three of them, two of
the victims, four of Acme's plants)."""
_RANGE_NEXT = re.compile(
    r"\s+(?:to|or|and)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)",
    re.IGNORECASE,
)
"""After a number in words with no noun: another number, that may end a range with it."""


def fraction_words(text: str, m: re.Match[str]) -> Raw | None:
    s, e = m.start(), m.end()
    if _hyphen(text, s - 1):
        return None  # third-quarter
    point = _POINT_AFTER.match(text, e) if m.group("part") else None
    if point is not None:  # a quarter point, half a percentage point: 0.25, 0.5 points
        raw = Raw(s, s, point.end(), round(fraction_value(m) / 100, 6), "percentage_points")
        qualify(text, raw)
        return raw
    if _A_MULTIPLIER.match(text, e) is not None:
        return None  # half a million, half a dozen: WORDS reads them
    measure = _fraction_of_unit(text, m) if m.group("part") else None
    if measure is not None:
        return measure
    if _hyphen(text, e):
        return None
    if m.group("one") is not None and (
        fraction_value(m) > 100
        or _SPAN_AFTER.match(text, e) is not None
        or text[m.start("out")].isupper()
        or (m.group("every").isdigit() and 1800 <= int(m.group("every")) <= 2100)
    ):
        return None  # ten in two, six in 10 days: no share of a group; Two Out Of Three: a
        # title; one in 2025: a year
    before = text[max(0, s - 30) : s]
    qualified = _FRACTION_QUALIFIER.search(before[-15:]) is not None
    followed = _FRACTION_END.match(text[e : e + 5]) is not None
    if m.group("one") is None and m.group("count") is None and not qualified:
        return None
    if not (qualified or followed or m.group("one")):
        return None
    if _ORDINAL_BEFORE.search(before[-8:]) and not qualified:
        return None
    raw = Raw(s, s, e, share_percent(fraction_value(m)), "percent")
    qualify(text, raw)
    return raw


_A_MULTIPLIER = re.compile(
    r"\s+a\s+(?:thousand|million|billion|trillion|dozen)\b|-dozen\b", re.IGNORECASE
)
_OF_A = re.compile(r"(?:\s+of)?\s+an?(?=\s)")
"""Between a fraction and its unit: half a mile, three-quarters of a mile."""
_MEASURES = wordset(
    """miles km metres feet yards inches acres hectares square_km square_miles square_feet
    tonnes kg pounds ounces litres gallons barrels cubic_metres cubic_feet"""
)
"""Units a fraction in words may be a part of (not money, percent or time)."""


def _fraction_of_unit(text: str, m: re.Match[str]) -> Raw | None:
    """A fraction of a unit: half a mile, a quarter mile, three-quarters of a tonne (0.5 miles).

    Its value is in the unit (not in percent, as a fraction of a group is).
    """
    e = m.end()
    of_a = _OF_A.match(text, e)
    u = unit_at(text, e if of_a is None else of_a.end())
    if u is None:
        return None
    unit, scale = unit_after(u.group("unit"))
    if unit not in _MEASURES:
        return None
    raw = Raw(m.start(), m.start(), u.end(), round(fraction_value(m) / 100 * scale, 6), unit)
    qualify(text, raw)
    return raw


ONE_UNIT = re.compile(
    r"a(?<!\wa)n?[ \u00a0](?P<unit>mile|kilometre|kilometer|metre|meter|foot|inch|acre|hectare|"
    r"gallon|litre|liter|tonne|kilogram|kilo|ounce|square\s+mile|square\s+foot|cubic\s+metre|"
    r"penny|cent)"
    r"(?![\w-])"
)
"""One of a unit written with the article (a mile from the border, an acre of land; prices
rose a penny, a cent), searched
in lower-cased text; it opens with the letter, not \\b, so re skips from "a" to "a". Not "a
yard" (a garden), "a ton of" or "a pound" (idioms, money), "a barrel" (barrel bombs), nor a
unit joined by a hyphen (a mile-long queue: an adjective)."""


def one_unit(text: str, low: str, start: int, end: int, raws: list[Raw]) -> list[Raw]:
    """Every "a mile", "an acre" in text[start:end] that no figure already holds.

    The basis of a rate ($3 a gallon, 50 cents a mile) is part of the figure before it, whose
    span covers it; those are skipped. `low` is the lower-cased text (words.lower_aligned).
    """
    out: list[Raw] = []
    for m in ONE_UNIT.finditer(low, start, end):
        if any(r.start <= m.start() < r.end for r in raws):
            continue
        unit, scale = unit_after(m.group("unit"))
        raw = Raw(m.start(), m.start(), m.end(), float(scale), unit)
        qualify(text, raw)
        out.append(raw)
    return out


_PROPORTION = re.compile(
    r"[^\S\n]+(?P<out>in|out[^\S\n]+of)[^\S\n]+(?:every[^\S\n]+)?"
    r"(?P<of>\d{1,3}(?:,\d{3})+|\d{1,7})(?![\d.,/:%])"
    r"(?:[^\S\n]+(?P<mult>thousand|million|billion)\b)?"
    rf"(?!\s*{_SPAN})"
)
"""The rest of a proportion in digits: 1 in 5 adults, 3 in every 10, 4 out of 5, odds of 1 in
10,000 or 1 in 16 million (not 5 in 10 days)."""


def proportion(text: str, s: int, e: int, token: str, value: float) -> Raw | None:
    """ "1 in 5 adults", "4 out of 5" as 20 and 80 percent, as words are read (else None)."""
    if not token.isdigit() or not 1 <= value < 100 or text[e : e + 1] not in (" ", "\u00a0"):
        return None
    m = _PROPORTION.match(text, e)
    if m is None:
        return None
    of = group_size(m.group("of"), m.group("mult"))
    plain = "," not in m.group("of") and m.group("mult") is None
    if of < value or (of == value and m.group("out") == "in") or (plain and 1800 <= of <= 2100):
        return None  # "2 in 2025", "5 in 3": no proportion (but 17 out of 17 is all)
    raw = Raw(s, s, m.end(), share_percent(value / of * 100), "percent")
    qualify(text, raw)
    return raw
