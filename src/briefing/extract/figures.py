"""Figures: numbers with units, currencies, qualifiers and signs, and what they measure."""

from __future__ import annotations

import bisect
import re

from briefing.extract.amounts import after_number, count_noun_end, qualify, rate_basis_end
from briefing.extract.context import figure_context
from briefing.extract.named import named
from briefing.extract.numbered import numbers_a_line
from briefing.extract.numbers import (
    CODE,
    DIGITS,
    FRACTION,
    VULGAR_VALUES,
    WORDS,
    YEAR_SPAN_BEFORE,
    parse_digits,
    year_cut,
)
from briefing.extract.ranges import Raw, apply_sign, elided_unit, merge_ranges
from briefing.extract.respectively import respectively, sides
from briefing.extract.sentences import split_sentences
from briefing.extract.spelled import (
    NUMBER_LABELS,
    SLASH_FRACTION,
    fraction_words,
    is_pence,
    may_hold_fraction,
    one_unit,
    proportion,
    slash_fraction,
    vulgar_fractions,
    word_number,
)
from briefing.extract.units import (
    currency_before,
    currency_unit,
    multiplier_at,
    needs_multiplier,
    settle_units,
)
from briefing.extract.vague import may_hold_vague, vague_amounts
from briefing.extract.words import lower_aligned, wordset
from briefing.models import Figure

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(
    rf"\b{_MONTHS}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*)?$"
)
_MONTH_AFTER = re.compile(
    rf"^(?:\s*(?:-|–|to|and|or|through|until)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+{_MONTHS}\b"
)
"""A month just before or after a number, or with a first or last day and a join between (Nov
1-30, June 5 to 9, 14 and 15 March): the number is a day."""
_MONTH_INITIALS = frozenset("JFMASOND-–taou")  # a month's first letter, or a join's
_AGE_BEFORE = re.compile(r"(?:[A-Z][\w’'\-]+,\s*|\baged\s+|\b(?:died|dies|dead)\s+at\s+)$")
"""An age: after a name and its comma (Ann Lee, 54,), "aged" or a death (died at 77.)."""
_AGE_ENDS = frozenset((",", ";", ".", "\n", ""))
"""What follows an age: a stop, a comma, a line's end (a headline's "dies at 77")."""
_NOT_AMOUNT_AFTER = re.compile(
    r"(?:st|nd|rd|th|s)\b|/\d|:\d|\s*[ap]\.?m\b|\s*(?:GMT|UTC|[ECMP][SD]?T)\b|\.\)"
    r"|[-–]\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|[-–]\d{1,2}:\d\d"
)
"""Ordinals, decades, 2025/26, times of day (9 a.m., 2pm, 2.30 pm) and a ranking's place
last time in brackets ("4. Ann Roe (6.)")."""
_POWER = re.compile(
    r"[eE](?P<e1>[−-]?\d{1,3})(?![\w.])|\s?[×x]\s?10\s?(?:\^|\*\*)?(?P<e2>[−-]?\d{1,3})(?![\d.])"
)
"""A power of ten after a number's digits: 4e14, 9.83e-3, 2.48×10−5, 1.5 x 10^6."""
_AND_A_HALF = re.compile(
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred|"
    r"dozen|thousand|million|billion|year|decade|century|hour|day|week|month|mile)s?\s+and\s+$"
    r"|\ban?\s+(?!quarter|third|fifth|tenth|half)[a-z]+\s+and\s+$"
)
"""A number or a span and "and" before "a half": two and a half, a week (a term) and a half."""
_SAME_CHANGE = re.compile(r",?\s*(?:or|\()\s*")
"""Between a change and the same change in other terms: "rose 45 cents, or 0.6%", "(2%)"."""
_VULGAR_CHAR = re.compile("[½⅓⅔¼¾⅛⅜⅝⅞]")
"""Whether a sentence holds a fraction in one character (few do: skip VULGAR's scan)."""
_CODE_AFTER = re.compile(r"\([a-z]\)|-[A-Z][a-z]")
"""A letter in brackets after a number makes it a code, 401(k), 501(c)(3); a capitalised word
joined to it by a hyphen a name, 7-Eleven, 4-Star Motors."""
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?i:pass[-\s]?code|pin|access code|(?:conference|meeting|webinar|event) id|"
    r"confirmation|extension)(?:\s+(?i:number|no\.|code))?(?:\s+is)?\s*[:#]?\s*$"
)
"""A conference call's or a meeting's identifier before its digits, no quantity."""
_DIGIT_GROUPS = re.compile(r"\d+(?:[^\S\n]?-?[^\S\n]?\d+)*")
_ADDRESS = re.compile(  # capitalised words and a street's kind after a house's number
    r"(?:[-–]\d{1,5})?[^\S\n]+(?:[A-Z][\w’'.-]*[^\S\n]+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|"
    r"Lane|Way|Place|Square|Drive|Boulevard|Blvd|Terrace|Crescent|Close|Row|Gardens|Walk|Mews|Parade)\b"
)
_PHYSICAL = wordset(
    """tonnes barrels_per_day barrels cubic_metres km metres square_km hectares acres watts
    watt_hours teu ounces miles"""
)
"""Units a bare "38 billion" later in the sentence may carry over from an earlier figure."""


def _month_near(before: str, after: str) -> bool:
    """Whether a month's name stands just before or after a number (Oct. 9, 9 October).

    Month names are capitalised ASCII words, so ASCII text without a capital letter holds
    none; telling that is cheaper than trying the patterns.
    """
    tail = before[-24:]
    if (not tail.isascii() or tail.lower() != tail) and _MONTH_BEFORE.search(tail):
        return True
    first = after.lstrip()[:1]  # what _MONTH_AFTER reads after the spaces
    return first in _MONTH_INITIALS and _MONTH_AFTER.match(after) is not None


def _digits(text: str, m: re.Match[str], sentence: str) -> Raw | None:
    s, e = m.start(), m.end()
    token = m.group(0)
    before = text[max(0, s - 40) : s]
    after = text[e : e + 20]
    if before[-1:].isalpha() and before[-1] in "MpkhsASZ" and currency_before(before) is not None:
        pass  # RM2.5 billion, Tk500, Dh5,000, Rs500, $A7.45, $US5: a currency against the number
    elif before[-1:].isalpha() and multiplier_at(text, e) and currency_before(before):
        pass  # N500bn, R5 billion, QR12 billion, VND120 trillion: with a multiplier (not N1)
    elif before[-1:].isalpha() or (before[-1:] in "-‐" and before[-2:-1].isalpha()):
        return None  # part of a name: Kambarata-1, Su-35, G20
    frac = SLASH_FRACTION.match(after) if "/" in after[:3] else None
    if frac is not None:
        return slash_fraction(text, m, frac, sentence)
    if after[:1] in VULGAR_VALUES or (after[:1] == " " and after[1:2] in VULGAR_VALUES):
        return None  # the whole number of 2½, read with its fraction
    if _NOT_AMOUNT_AFTER.match(after) or before.endswith(("/", ":", "^")):
        return None  # ordinals, decades, 2025/26, times, the power of km^2
    if len(token) < 3 and numbers_a_line(text, s, e):
        return None  # "1. The ministers agreed", "2 Polling stations open": a list's number
    if len(token) == 2 and YEAR_SPAN_BEFORE.search(before):
        return None  # the end of a span of years: 2013-14
    if len(token) > 30:
        return None  # no wire copy writes a number this long; it is a run of digits
    if _CODE_AFTER.match(after):
        return None  # 401(k), 501(c)(3), 7-Eleven: a plan's, a section's or a firm's name
    if token.isdigit() and _ADDRESS.match(text, e):
        return None  # 10 Downing Street, 47 Wilton Way: an address
    if token.count(".") > 1 and any(len(g) != 3 for g in token.split(".")[1:]):
        return None  # a version, 10.13.1 (1.234.567 is a number with dots for commas)
    try:
        value = parse_digits(token)
    except ValueError:
        return None
    power = _POWER.match(after) if after[:1] in "eE×x " else None
    if power is not None:
        exponent = power.group("e1") or power.group("e2")
        value *= 10.0 ** int(exponent.replace("−", "-"))
        e += power.end()  # 4e14, 2.48×10−5, 1.5 x 10^6: the exponent's digits are no figure
    raw = Raw(s, s, e, value, None)
    if before[-1:] and before[-1] in "-−" and (len(before) < 2 or before[-2] in " (\n"):
        raw.sign, raw.start, before = -1, s - 1, before[:-1]
    elif (
        before[-1:] in ("-", "−")
        and before[-2:-1] in _SIGN_CHARS
        and currency_before(before[:-1]) is not None
    ):
        raw.sign, raw.start, before = -1, s - 1, before[:-1]  # $-99.99: sign after currency
    cur = currency_before(before)
    if cur is not None and needs_multiplier(cur) and not multiplier_at(text, e):
        cur = None  # QR 3 billion is riyals; a state route's SR 520 is no money
    if cur is not None:
        raw.unit = currency_unit(cur)
        raw.start -= len(cur.group(0))
        before = before[: len(before) - len(cur.group(0))]
    if raw.unit is None and _month_near(before, after):
        return None
    label = before.rsplit(None, 1)[-1:] if before[-1:] == " " else []
    if raw.unit is None and label and label[0].strip("(").lower() in NUMBER_LABELS:
        return None  # Route 66, Article 5, Terminal 2, No. 4
    if (
        raw.unit is None
        and label
        and label[0].lower() == "magnitude"
        and not before.lower().endswith("order of magnitude ")
    ):
        # A magnitude 6.2 earthquake: the word is the figure's unit, the quake its measure.
        raw.unit, raw.start = "magnitude", s - len(before) + before.lower().rindex("magnitude")
    if raw.unit is None and after.lstrip(" ")[:1] in _AGE_ENDS and _AGE_BEFORE.search(before):
        return None
    ratio = proportion(text, s, e, token, value) if raw.unit is None and raw.sign == 1 else None
    if ratio is not None:
        return ratio
    after_number(text, raw, sentence)
    if raw.unit is None and not raw.mult and raw.end == e and text[e : e + 1].isalpha():
        if is_pence(text, e, value):
            raw.unit, raw.value, raw.scale, raw.end = "GBP", value / 100, 0.01, e + 1
            raw.end = rate_basis_end(text, raw.end)  # 2p a litre: the rate's basis too
            qualify(text, raw)
            return raw  # 256p: pence, as British copy writes share prices and small sums
        weather = text[e : e + 1] in "CF" and -90 <= value <= 140
        if not weather or text[e + 1 : e + 2].isalnum():
            return None  # a code or a name: 06F6, 3D, 5G, 737MAX
        raw.unit = "celsius" if text[e] == "C" else "fahrenheit"  # 40C, 104F: no degree sign
        raw.end = e + 1
    plain = "," not in token and "." not in token and " " not in token
    if raw.unit is None and not raw.mult and plain and 1800 <= value <= 2100:
        return None  # a year
    if raw.unit is None and not raw.mult and "," not in token and named(before, after):
        return None  # iOS 11, Pixel 7, Windows 10, Artemis 1, PlayStation 5: part of a name
    qualify(text, raw)
    return raw


_SIGN_CHARS = frozenset("$€£¥₹₽₩₸")
"""Currency signs a minus may follow ($-99.99)."""


def _same_change(text: str, last: Raw | None, r: Raw) -> bool:
    """Whether r gives the change just read in other terms ("rose 45 cents, or 0.6%")."""
    if r.change is not None or last is None or last.change is None:
        return False
    return _SAME_CHANGE.fullmatch(text, last.end, r.start) is not None


def _inside(taken: list[tuple[int, int]], starts: list[int], i: int) -> bool:
    """Whether offset i is inside one of the spans already read (taken, in order)."""
    at = bisect.bisect_right(starts, i) - 1
    return at >= 0 and i < taken[at][1]


def extract_figures(
    text: str, start: int = 0, spans: list[tuple[int, int]] | None = None, source: str | None = None
) -> list[Figure]:
    """Every figure after offset start, in order, each quantity once. `spans`: the sentences
    split_sentences(text, start) gives, when known; `source`: the story's agency, if known."""
    if spans is None:
        spans = split_sentences(text, start)
    lowered = lower_aligned(text)
    # Two hyphens are a dash (American papers' "voters -- 1.1 million -- ..."), one length kept.
    dashed = text.replace(" -- ", " —  ") if " -- " in text else text
    seen: set[tuple[str, float]] = set()
    figures: list[Figure] = []
    for s_start, s_end in spans:
        first, told = len(figures), list[Figure]()  # told: the sentence's figures, repeats too
        sentence = text[s_start:s_end]
        raws: list[Raw] = []
        taken: list[tuple[int, int]] = []
        low = lowered[s_start:s_end]
        fractions = may_hold_fraction(low)
        for m in FRACTION.finditer(lowered, s_start, s_end) if fractions else ():
            if m.group("count") == "a" and _AND_A_HALF.search(
                lowered, max(0, m.start() - 24), m.start()
            ):
                continue  # the half of "two and a half", read with its number
            r = fraction_words(text, m)
            if r is not None:
                raws.append(r)
                taken.append((m.start(), m.end()))
        read_to = s_start
        taken_starts = [a for a, _ in taken]  # in order: finditer gives them so
        for m in DIGITS.finditer(text, s_start, s_end):
            if m.start() < read_to or year_cut(text, m.start() - 1):
                continue  # digits inside a number already read (2.48×10−5); in ’09: a year
            if taken and _inside(taken, taken_starts, m.start()):
                continue  # the 10 of "nine out of 10", read with its share
            if code := CODE.match(text, m.start() - (text[m.start() - 1 : m.start()] == "+")):
                read_to = code.end()  # 703-858-8857, +44 20 7946 0958, 2026-12-03: no figure
                continue
            if raws and text[max(s_start, m.start() - 4) : m.start()] == "per ":
                continue  # 3.2 deaths per 100,000 people: the basis of the rate before it
            if _IDENTIFIER_BEFORE.search(text, max(s_start, m.start() - 30), m.start()):
                groups = _DIGIT_GROUPS.match(text, m.start())
                read_to = m.end() if groups is None else groups.end()
                continue  # passcode 884213, meeting ID 812 5531 9920: an identifier's digits
            r = _digits(text, m, sentence)
            if r is not None:
                raws.append(r)
                read_to = r.end
        if not sentence.isascii() and _VULGAR_CHAR.search(sentence) is not None:
            raws.extend(vulgar_fractions(text, s_start, s_end, sentence))
        for m in WORDS.finditer(lowered, s_start, s_end):
            if taken and _inside(taken, taken_starts, m.start()):
                continue  # inside a fraction already read
            r = word_number(text, m, sentence)
            if r is not None:
                raws.append(r)
        if may_hold_vague(low):
            raws.extend(vague_amounts(text, s_start, s_end))
        raws.extend(one_unit(text, lowered, s_start, s_end, raws))
        if not raws:
            continue  # most sentences hold no figure: nothing to sort, merge or read
        raws.sort(key=lambda r: r.num_start)
        merge_ranges(text, raws)
        previous: Raw | None = None
        last: Raw | None = None
        level: Raw | None = None  # the latest figure with a unit that is no change
        for r in raws:
            if r.skip or (r.bare and r.unit is None and r.noun_end is None and not r.mult):
                continue  # a number in words no range took in: "two or three times"
            if r.unit is None and r.mult and previous is not None and previous.unit in _PHYSICAL:
                r.unit = previous.unit  # "38.8 billion cubic metres, above ... 38 billion"
            if r.unit is None and r.noun_end is None and not r.words and r.value == int(r.value):
                count_noun_end(text, r)  # things are counted in whole numbers: 5.4 is a level
            if r.unit is None and r.noun_end is None and last is not None:
                elided_unit(text, last, r, level)
            apply_sign(text, r, s_start)
            if (
                last is not None
                and last.unit == r.unit == "percent"
                and text[last.end : r.start].strip() == "("
                and abs(last.value - r.value) < 1
            ):
                continue  # "Two in three (67%)": the share again, rounded
            if _same_change(text, last, r):
                assert last is not None
                r.change, r.sign = last.change, last.sign  # fell $2.35, or 3.1%
            last = r
            if r.unit is not None:
                previous = r
                level = r if r.change is None else level
            end = max(r.end, r.noun_end or 0)
            value = float(f"{r.sign * r.value:.15g}") + 0.0  # 4.1e6, not 4099999.99...; no -0.0
            unit, key = r.unit or "count", (r.unit or "count", round(value, 6))
            repeat = key in seen  # a quantity repeated later is listed once, its context unread
            span = (s_start, s_end, r.start, r.ctx_end or r.end)
            context = (
                "" if repeat else figure_context(dashed, *span, figures[first:], unit, r.noun_end)
            )
            if (
                not repeat
                and len(told) > len(figures) - first
                and not any(map(str.isalpha, context))
            ):
                # a repeat is no subject of the next ("..., or 0.7%, at $69.40": not "0.7%")
                context = figure_context(dashed, *span, told, unit, r.noun_end) or context
            figure = Figure(
                text=text[r.start : end],
                value=value,
                unit=unit,
                context=context,
                start=r.start,
                end=end,
                qualifier=r.qualifier,
                change=r.change,
            )
            told.append(figure)
            if not repeat:
                seen.add(key)
                figures.append(figure)
        if len(figures) - first > 1 and "respectively" in low:
            figures[first:] = respectively(text, s_start, figures[first:])
        if len(figures) - first > 1:
            figures[first:] = sides(text, s_start, figures[first:])
    return settle_units(figures, text, source)
