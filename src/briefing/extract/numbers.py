"""Numbers as written in news copy: digits with either separator, words, fractions."""

from __future__ import annotations

import re

from briefing.extract.numerals import MULTIPLIERS, WORD_VALUES

DIGITS = re.compile(
    r"\d(?:(?<![\w.,]\d)|(?<=[Mpkhs]\d)(?<=(?:RM|Rp|Tk|Sh|Dh|hs|Rs)\d)|(?<=[NRP]\d)(?<![\w.,][NRP]\d)"
    r"|(?<=\$A\d)"
    r"|(?<=[A-Z]{2}\d)(?<![\w.,][A-Z]{2}\d)|(?<=[A-Z]{3}\d)(?<![\w.,][A-Z]{3}\d))"
    r"(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d*(?:[.,]\d+)*)"
)
"""A number in digits; space-grouped thousands only in groups of three.

The first digit is matched before the look-behind (nothing word-like, no dot or comma before
it) so that re skips straight to the digits: a pattern opening with a look-behind is tried at
every offset of the text, several times slower. The one exception to "nothing word-like
before": a local currency abbreviation written against the number (RM2.5, Tk500, Dh5,000,
KSh70, Rs500), whose last two letters the second look-behind lists; Australian copy's $A7.45;
the naira's, the rand's or
the Philippine peso's letter alone (N500bn, R5bn, P850 million), and a word of two or three
capitals (QR12 billion, KD3 billion, VND120 trillion); figures.py checks that a currency stands
there (and, for all but the first kind, a multiplier after the number: MH17 is a flight)."""

_UNITS = WORD_VALUES
_SMALL = "|".join(sorted(_UNITS, key=len, reverse=True))
NUMBER_WORDS = frozenset(_UNITS) | {"hundred", "thousand", "million", "billion"}
"""Words that are numbers (the one-word ones of WORDS and the multipliers)."""
_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
_BELOW_HUNDRED = (
    rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-|\s+)(?:{_DIGIT_WORD})\b"
    rf"|(?:{_SMALL})(?:-(?:{_DIGIT_WORD}))?)"
)
"""A number in words below a hundred: twenty-five (or forty six, as some copy writes it)."""
WORDS = re.compile(
    rf"\b(?=[otfsenzadh])(?:(?:two|three|four|five|six)\s+dozen\b|{_BELOW_HUNDRED}"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?)?|a\s+hundred(?:\s+and\s+{_BELOW_HUNDRED})?"
    r"|(?:half\s+)?a(?=\s+(?:thousand|million|billion|trillion)\b))"
    r"(?:\s+and\s+a\s+half)?\b"
)
"""A number in words below a thousand, searched in lower-cased text (words.lower_aligned):
twenty-five, two hundred and ten, a hundred and two, two and a half; and the "a" of "a
million", "half a billion" (the multiplier after it is read as after any number)."""

_FRACTION_WORDS = {
    "half": 50.0,
    "third": 100 / 3,
    "thirds": 100 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "tenth": 10.0,
    "tenths": 10.0,
    "sixth": 100 / 6,
    "sixths": 100 / 6,
    "eighth": 12.5,
    "eighths": 12.5,
}
FRACTION = re.compile(
    r"\b(?=[aotfhqse])(?:(?P<count>a|one|two|three|four|five|seven)(?:\s+|-))?"
    r"(?P<part>half|thirds?|quarters?|fifths?|tenths?|sixths?|eighths?)\b"
    r"|\b(?P<one>one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<out>in|out\s+of)"
    r"\s+(?:every\s+)?(?P<every>two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,3}(?:,\d{3})+(?!\d|[.,]\d)|\d{1,7}(?!\d|[.,]\d)|a(?=\s+(?:thousand|million|billion)\b))\b"
    r"(?:\s+(?P<mult>thousand|million|billion)\b)?"
)
"""A share in words: a third, two-fifths, half; one in four, nine out of ten, six out of 10,
odds of one in 10,000, one in 16 million or one in a million."""

VULGAR_VALUES = {
    "½": 0.5,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 0.25,
    "¾": 0.75,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}
VULGAR = re.compile(r"(?:(?<![\d.,])(?P<whole>\d{1,4})[ \u00a0]?)?(?P<part>[½⅓⅔¼¾⅛⅜⅝⅞])")
"""A fraction in one character, maybe after a whole number: 2½ miles, ¼ point, 3 ¾ percent."""


def parse_digits(token: str) -> float:
    """Read a digit token, telling decimal commas from thousands separators."""
    if token.isdecimal():
        return float(token)  # plain digits, the usual case
    t = token.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in t:
        t = t.replace(" ", "").replace(",", ".")
        return float(t)
    if "," in t and "." in t:
        return float(t.replace(",", ""))
    if "," in t:
        groups = t.split(",")
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            return float("".join(groups))
        if len(groups) == 2:
            return float(groups[0] + "." + groups[1])
        return float("".join(groups))
    if t.count(".") > 1:
        groups = t.split(".")
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return float(groups[0] + "." + "".join(groups[1:]))
    return float(t)


def parse_words(token: str) -> float:
    """Read a number written in words (twenty-five, two hundred and ten)."""
    low = token.lower()
    if low in _UNITS:
        return float(_UNITS[low])  # one word, or half a dozen
    if low == "a" or low.startswith("half"):
        return 1.0 if low == "a" else 0.5  # a million, half a billion: the multiplier follows
    total = 0.0
    current = 0.0
    for part in re.split(r"[\s-]+", low):
        if part in ("and", "a"):
            continue
        if part == "hundred":
            current = (current or 1) * 100
        elif part == "dozen":
            current = (current or 1) * 12  # two dozen
        elif part in _UNITS:
            current += _UNITS[part]
        elif part == "half":
            current += 0.5  # two and a half
    return total + current


def fraction_value(m: re.Match[str]) -> float:
    """Percent value of a fraction (a third → 33.33, three quarters → 75, one in four → 25,
    nine out of ten → 90)."""
    if m.group("one"):
        every = m.group("every")
        of = parse_words(every) if every.isalpha() and every != "a" else None
        return parse_words(m.group("one")) * 100.0 / (of or group_size(every, m.group("mult")))
    count = (m.group("count") or "a").lower()
    n = 1.0 if count in ("a", "one") else parse_words(count)
    return n * _FRACTION_WORDS[m.group("part").lower()]


def group_size(written: str, mult: str | None) -> float:
    """The size of a proportion's group as written in digits: 10,000, 16 million, a million."""
    return (1 if written == "a" else int(written.replace(",", ""))) * MULTIPLIERS.get(mult or "", 1)


def share_percent(share: float) -> float:
    """A share in percent as figures give it: to three decimals, and odds below one percent to
    six significant figures (one in 16 million: 6.25e-06)."""
    return round(share, 3) if share >= 1 else float(f"{share:.6g}")


CODE = re.compile(
    r"\d{3}(?:[-.]|\)[^\S\n]?)\d{3}[-.]\d{4}(?!\d)"  # 703-858-8857, (301) 231-0008
    r"|1-\d{3}-\d{3}-\d{4}(?!\d)"  # 1-800-555-0100
    r"|\+\d{1,3}(?:[^\S\n]?\(?\d{1,4}\)?[-.]?){2,5}(?!\d)"  # +44 20 7946 0958
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)"  # 2026-12-03
    r"|97[89]-\d{1,5}-\d{1,7}-\d{1,7}-[\dX]\b|97[89][-–]?\d{9}[\dX]\b"  # an ISBN
    r"|0\d{2,}(?:[^\S\n]?\d{3,})*(?![\d.,])"  # 050 7576238, 0800: a leading zero is a code's
)
"""Digits that are a code, no quantity: telephone numbers, dates written as ISO does, ISBNs,
digits after a leading zero (a dialling code, a flight's 0800)."""

_YEAR_CUT = re.compile(r"[’']\d\d(?:(?=[,.;:)])(?![.,]\d)|[^\S\n]+[a-z]+\b)")
_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|until|till|by|from|to|and|the|class)[^\S\n]+$", re.I)


YEAR_SPAN_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d[-–/]$")
"""A year and a dash just before a number: its two digits end a span (2013-14, 1998–99)."""


def year_cut(text: str, at: int) -> bool:
    """Whether the apostrophe at `at` and two digits after it are a year written without its
    century (in ’09, the class of '97, the ’07 model), no quantity: after a word that takes a
    year, before punctuation or a word, and never an opening quote's count ('20 people were
    hurt,' he said: no word before) nor a rate ('50 per cent')."""
    if text[at : at + 1] not in ("’", "'"):
        return False  # most numbers: no apostrophe before them
    m = _YEAR_CUT.match(text, at)
    if m is None or (text[at - 1 : at].isalnum() if at else False):
        return False
    if m.group(0).endswith(("per", "percent")):
        return False
    return _YEAR_BEFORE.search(text, max(0, at - 12), at) is not None
