"""A number's surroundings as read in figures.py: multiplier, unit and rate basis after it,
the noun a bare count counts, and the qualifier before it (more than, about, up to)."""

from __future__ import annotations

import re

from briefing.extract.numbers import NUMBER_WORDS
from briefing.extract.numerals import MULTIPLIERS
from briefing.extract.phrase import is_verb
from briefing.extract.ranges import Raw
from briefing.extract.units import local_currency, multiplier_at, unit_after, unit_at
from briefing.extract.words import wordset

QUALIFIERS = wordset(
    """more_than fewer_than less_than over about around nearly almost roughly some approximately
    at_least at_most up_to as_much_as as_many_as under just_over just_under exceeding
    an_estimated estimated close_to upwards_of plus_or_minus between below above only"""
)
"""Words before a number that qualify it (multi-word ones joined by underscores)."""
_GOING_UP = wordset(
    """ticked ticks tick edged edges edge inched inches inch crept creeps creep went goes go
    going moved moves move shot shoots jumped jumps climbed climbs pushed pushes bumped bumps
    ratcheted ratchets revised revises stepped steps marked marks picked picks ramped ramps
    rounded rounds added adds came comes come"""
)
"""Verbs whose "up" before "to" rises to a level (ticked up to 4.2%), no "up to" (at most)."""
_QUALIFIER_LAST = frozenset(q.rsplit("_", 1)[-1] for q in QUALIFIERS)
_QUALIFIER_WORDS = max(q.count("_") + 1 for q in QUALIFIERS)
"""How many words the longest qualifier has."""

_TIME_AFTER = re.compile(
    r"^(?:(?:\s+|-)(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|"
    r"centur(?:y|ies)|nights|winters|summers|seasons|fold|year-olds?|quarters?|"
    r"mths|mos|yrs|wks|qtrs?|hrs?|mins?|secs?)|-(?:night|winter|summer|season))\b",
    re.IGNORECASE,
)
"""Durations, spelt out or as 1980s wire tables abbreviate them (Nine mths, 12 mos). A season
or a night is one only in the plural or joined by a hyphen (20 summers, a 3-night stay): "20
summer interns" counts interns."""
_JOINED = re.compile(r"-([a-z]{3,})(?=\s+[A-Za-z])")
"""A noun joined to a count by a hyphen, before the thing it describes: 200-page report."""
_NEXT_WORD = re.compile(r"[^\S\n]+([A-Za-z][\w’'\-]*)")
"""The next word on the same line (a table's next row is no noun: 596,354 vs 795,009)."""
_PER_DOLLAR = re.compile(r"\s+(?:per|to\s+the|against\s+the|a)\s+(?:U\.?S\.?\s+)?dollar\b")
_PER = re.compile(
    r"(?:\s+(?:a|an|per)\s+(?:(?:fully\s+)?diluted\s+|basic\s+|ordinary\s+)?|\s*/\s*)"
    r"(?:(?<=per )\d[\d,.]*\d\s+[a-z]+\b(?:\s+(?:feet|metres|meters)\b)?|(?<=per )\d\s+[a-z]+\b"
    r"|(?:barrel|tonne|ton|share|kilogram|kg|litre|liter|gallon|"
    r"ounce|person|head|capita|unit|megawatt-hour|kilowatt-hour|cubic\s+metre|cubic\s+meter|"
    r"square\s+metre|square\s+meter|hectare|mmbtu|million\s+btu|bushel|pound|lb|seat|"
    r"passenger|vehicle|car|ticket|dose|acre|mile|troy\s+ounce)\b"
    r"|(?:year|month|week|day|hour|night)\b(?!\s+(?:earlier|ago|before|later|on(?!\s+average))\b))",
    re.IGNORECASE,
)
"""The basis of a rate after an amount ($58.24 per barrel, 25 cts a share, $3 a gallon, Rs 78,500
per 10 grams, $2 per 1,000 cubic feet). A time
basis followed by "earlier", "ago" ... is a date instead ($4 a year earlier), while any other
basis is one whatever follows ($58.24 per barrel on Friday)."""
_NOUN_STOP = wordset(
    """is are was were be been being have has had will would can could may might of in on at to
    from by for with and or a an the per than as that which who this these those its their his
    her our said say says each year years a.m. p.m. it they we he she since last next within
    tomorrow today tonight yesterday morning afternoon evening vs vs. versus against now also
    still already just currently even ever never only won over under into through during
    after before until about across between among when while where whom whose if but so
    because though although then too again back do does did not should must shall
    respectively compared including excluding remain remained remains"""
)
_PLURALS = wordset("people children men women police staff personnel cattle sheep fish")
_SINGULAR_S = ("ss", "us")
"""Endings of singular nouns in -s (bus, campus, virus, glass) that describe a noun after them."""


def _plural(word: str) -> bool:
    """Whether a lower-case word is a plural noun (a count's noun ends there): jobs, people,
    fishermen; not bus or campus."""
    return (
        (word.endswith("s") and not word.endswith(_SINGULAR_S))
        or word.endswith("men")
        or (word in _PLURALS)
    )


_TRILLION = re.compile(r"T(?!\w)")
_SIGNED = frozenset({"USD", "EUR", "GBP", "AUD", "HKD", "CAD", "NZD", "SGD", "CNY", "INR", "JPY"})
"""Currencies a sign before the number can give ($, €, £, A$, ¥, ₹...)."""


_INCHES = re.compile(
    r" ?in\b(?=\.?(?:\s+(?:thick|long|wide|tall|high|deep|across|in\s+diameter|"
    r"of\s+(?:rain|snow))\b|[^\S\n]*(?:\n|$)))"
)
"""The inch abbreviated "in": before a dimension (2 in thick, 6 in of snow) or at the end of
a paragraph (is 2 in.); anywhere else "in" is the preposition (5 in 10)."""


_TIMES = re.compile(
    r"\s+times\b(?:\s+(?:a|an|per|each)\s+(?:day|week|month|year|season|night|hour|minute)\b"
    r"(?!\s+(?:earlier|ago|before|later)))?",  # (not "2.1 times a year earlier": a time)
    re.IGNORECASE,
)
"""How often or how many-fold (three times a week, 1.5 times as much): unit "times", a
multiplier the house convention lists as optional."""


def after_number(text: str, raw: Raw, sentence: str) -> None:
    """Read the multiplier and unit after a number and decide whether it is a figure at all."""
    pos = raw.end
    m = multiplier_at(text, pos)
    if m is None and raw.unit in _SIGNED and _TRILLION.match(text, pos):
        raw.value *= 1e12  # $2.1T: a glued T is a trillion only after a currency sign
        raw.mult = True
        pos += 1
    if m is not None:
        word = " ".join((m.group("mult") or m.group("short")).lower().split())
        raw.value = float(f"{raw.value * MULTIPLIERS[word]:.15g}")  # 2.3 lakh is whole: 230000
        raw.mult = True
        pos = m.end()
    rest = text[pos : pos + 40]
    if raw.unit is None and (times := _TIMES.match(rest)) is not None:
        raw.unit, raw.end = "times", pos + times.end()  # three times, 1.5 times a year
        return
    if _TIME_AFTER.match(rest):
        raw.skip = True
        return
    u = unit_at(text, pos)
    if u is not None and _ambiguous_unit(text, raw, u):
        if raw.unit == "pounds":
            pos = u.end()
        u = None
    if u is not None and (raw.unit is None or raw.unit == unit_after(u.group("unit"))[0]):
        unit, scale = unit_after(u.group("unit"))
        if raw.unit is None or unit == raw.unit:
            raw.unit, raw.value, raw.scale = unit, raw.value * scale, scale
            pos = u.end()
    if raw.unit is None and text[pos : pos + 4].lstrip(" ").startswith("in"):
        inch = _INCHES.match(text, pos)
        if inch is not None:  # 2 in thick: "in" is inches only where nothing else can be meant
            raw.unit, pos = "inches", inch.end()
    if raw.unit is not None and (basis := rate_basis_end(text, pos)) > pos:
        pos = basis  # $57 a barrel, KZT 850 per share: the rate's basis is part of the figure
    elif raw.unit is None and (d := _PER_DOLLAR.match(text, pos)) is not None:
        local = local_currency(text[max(0, pos - 300) : pos + 100])
        if local is not None:
            raw.unit = local
            pos = d.end()
    raw.end = pos


def rate_basis_end(text: str, pos: int) -> int:
    """Where a rate's basis after a sum at pos ends (2p a litre, 50 cents per share), or pos."""
    per = _PER.match(text, pos)
    return pos if per is None else per.end()


def count_noun_end(text: str, raw: Raw) -> None:
    """For a bare count, extend it over the noun it counts (212,000 students), or over the
    noun it is joined to before what it describes (a 200-page report, the 27-nation bloc)."""
    pos = raw.end
    joined = _JOINED.match(text, pos)
    if joined is not None and joined.group(1).lower() not in _NOUN_STOP:
        raw.noun_end = joined.end()
        return
    end = last = proper = None
    previous = ""  # the last lower-case word taken
    joins = 0  # "and" or "or" between two adjectives: 40 local and foreign journalists
    for n, m in enumerate(_NEXT_WORD.finditer(text[pos : pos + 80])):
        if m.start() != (0 if end is None else end - pos):
            break
        word = m.group(1).lower()
        if word in ("and", "or") and previous and not joins and not _plural(previous):
            end, joins = pos + m.end(), 1
            continue
        n -= joins
        if word in _NOUN_STOP or (joins and word in NUMBER_WORDS):
            break  # (not 4 red and two blue cars)
        if word.endswith("ing") and _ARTICLE_NEXT.match(text, pos + m.end()):
            break  # "12 of 21 expecting a cut": a verb, not a noun
        if word.endswith("ed") and _OBJECT_NEXT.match(text, pos + m.end()):
            break  # "180,000 joined the march": a verb and its object (not "300 injured")
        if len(word) == 1 and not word.isdigit():
            break  # four U.S. destroyers: an initial, not a noun
        named = m.group(1)[0].isupper() or word in _PLURALS  # five Dallas police, Caesars Hotel
        if proper is not None and last is None and not word.endswith("s") and not named:
            break  # four Americans died: after a plural name only a plural noun goes on
        end = pos + m.end()
        if m.group(1)[0].isupper():
            if last is not None and _PROPER_PLURAL.fullmatch(m.group(1)) and not is_verb(previous):
                last = end  # 12 major DMAs: the plural after an adjective (not 19 support Sanders)
                break
            if proper is None and _PROPER_PLURAL.fullmatch(m.group(1)):
                proper = end  # four Americans: the noun, if no other follows it
            continue  # five Chinese tourists: a capitalised word needs a noun after it
        last, previous = end, word
        if word == "more" and not _COUNTED_NEXT.match(text, pos + m.end()):
            break  # "14 more ready to", "a thousand more cheered": more is what is counted
        if _plural(word) or n == 2:
            break  # (two bus stops, three campus buildings: a singular in -s goes on)
    raw.noun_end = last if last is not None else proper


_ARTICLE_NEXT = re.compile(r" an? ")
_OBJECT_NEXT = re.compile(r" (?:an?|the|his|her|their|its|our|my|[A-Z][\w.-]*[’']s) ")
_COUNTED_NEXT = re.compile(r" (?:[A-Z][\w-]*|[a-z][\w-]*s)\b(?<!ss)")
"""After "more", what it counts: a plural (300 more troops) or a name (five more GOP seats)."""
_PROPER_PLURAL = re.compile(r"[A-Z][a-z]{2,}[a-rt-z]s|[A-Z]{2,}s")
"""A capitalised plural that can be what a number counts: Americans, Democrats, Virginians
(not Texas, nor a possessive)."""


def _ambiguous_unit(text: str, raw: Raw, u: re.Match[str]) -> bool:
    """Whether a unit word after this number means something else here.

    "won" is Korea's currency after an amount (3 trillion won) but a verb after a small count
    (the top 3 won prizes); "pc" is percent and "g" grams only in lower case (up 3pc, 40 PC
    makers; 250g of heroin, 5G phones); "pounds" joined by a hyphen is a weight (a 200-pound
    safe), never money; a double prime is inches after a size, not after a year (a closing
    quotation).
    """
    word = u.group("unit").lower()
    if word in ("pc", "g"):
        return u.group("unit") != word  # 12pc is 12 percent, 40 PC units are computers; 5G
    if word == "won":
        return not raw.mult and raw.value < 1000
    if word in ("points", "point"):
        return _SCORED.search(text, max(0, raw.start - 60), raw.start) is not None  # a player's
    if word == "″":
        return raw.value >= 1000  # a 14″ laptop; "ready by 2031″" closes a quotation
    if word in ("pound", "pounds") and raw.unit is None and _is_weight(text, raw, u):
        raw.unit = "pounds"  # a 200-pound safe, weighed 600 pounds, 20 pounds of cocaine
        return True
    return False


_SCORED = re.compile(
    r"\b(?:scored|scores|scoring|tallied|poured\s+in|finished\s+with)\s+"
    r"(?:a\s+(?:career|season|game)[- ]high\s+|an?\s+)?(?:[\d,.]+\s+points,?\s+(?:and\s+)?)*$"
)
"""Before a player's points (scored 32 points, a career-high 40 points, scored 88 points and 79
points): a count, no index's."""


def _is_weight(text: str, raw: Raw, u: re.Match[str]) -> bool:
    """Whether "pounds" after a bare number is a weight: joined by a hyphen (a 200-pound
    safe), after a verb of weighing (weighed 600 pounds), or pounds *of* a thing (20 pounds of
    cocaine; but "pounds of taxpayers' money" is money)."""
    if text[u.start() : u.start("unit")].strip() == "-":
        return True
    if _WEIGH_BEFORE.search(text, max(0, raw.start - 30), raw.start) is not None:
        return True
    of = _OF_WORD.match(text, u.end())
    return of is not None and of.group(1).lower() not in _MONEY_OF


_WEIGH_BEFORE = re.compile(r"\bweigh(?:s|ed|ing)?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_OF_WORD = re.compile(r"\s+of\s+([A-Za-z]+)")
_MONEY_OF = wordset(
    """taxpayers taxpayer public government state private investment funding money cash
    savings revenue their his her its our your my the this that new extra additional damages
    debt losses profit sales assets"""
)
"""Words after "pounds of" that make the pounds money (millions of pounds of public money)."""


def qualify(text: str, raw: Raw) -> None:
    before = text[max(0, raw.start - 30) : raw.start]
    if not before[-1:].isspace():
        return
    words = before.split()
    if not words or words[-1].lstrip('([“"«').lower() not in _QUALIFIER_LAST:
        return  # most numbers have no qualifier: skip building the phrases
    for n in range(min(_QUALIFIER_WORDS, len(words)), 0, -1):
        phrase = words[-n:]
        phrase[0] = phrase[0].lstrip('([“"«')
        joined = "_".join(phrase).lower()
        if joined == "up_to" and len(words) > n and words[-n - 1].lower() in _GOING_UP:
            return  # "ticked up to 4.2%": the verb's particle and the level reached
        if joined in QUALIFIERS:
            raw.qualifier = " ".join(phrase)
            at = before.rfind(phrase[0], 0, len(before) - len(" ".join(phrase[1:])))
            raw.start = raw.start - len(before) + at
            return
