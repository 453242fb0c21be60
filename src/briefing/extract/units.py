"""Units and currencies as written after or before a number, with their canonical names."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.extract.tables import table_sums
from briefing.extract.unit_names import AFTER as _AFTER
from briefing.extract.words import by_first_letter, wordset

if TYPE_CHECKING:
    from briefing.models import Figure

CURRENCY_CODES = sorted(
    wordset(
        """USD EUR RUB GBP CNY KZT UZS TJS KGS TMT AZN JPY INR TRY CHF UAH BYN GEL AMD AUD HKD CAD
        NZD SGD TWD KRW ZAR BRL MXN SEK NOK DKK PLN IDR PKR NGN EGP SAR AED ILS THB MYR HUF BDT
        KES VND CLP ARS QAR KWD LKR NPR GHS"""
    )
)
"""ISO codes read before or after a number (KZT 361bn, 500 EUR)."""

_CODES = {c.lower(): (c, 1.0) for c in CURRENCY_CODES}
_ALL_AFTER = {**_AFTER, **_CODES}
_SEPARATORS = re.compile(r"[\s-]+")
_NORMALISED = {_SEPARATORS.sub(" ", k): v for k, v in _ALL_AFTER.items()}
"""Units keyed with spaces for hyphens: 1.5-percentage-point, 17 billion kilowatt hours."""


def _unit_pattern(name: str) -> str:
    """A unit as a regex: any run of spaces and hyphens may stand for a space or hyphen in it."""
    return re.escape(name).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")


# Longest first; grouped by first character (all lower case), so a unit is tried only where
# its first character stands.
_AFTER_ALT = by_first_letter(sorted(_ALL_AFTER, key=len, reverse=True), _unit_pattern)
UNIT_AFTER = re.compile(
    rf"(?:\s*-\s*|\s*)(?:U\.?S\.?\s+(?=cents?\b))?(?P<unit>{_AFTER_ALT})(?![\w²³^])", re.IGNORECASE
)
"""A unit just after a number (or its multiplier): 5%, 12 tonnes, 13-kilometre, 4 KZT, a currency's
65.12 US cents."""

_UNIT_GAP = re.compile(r"\s*(?:-\s*)?")
"""What may stand between a number and its unit: spaces, or a hyphen with spaces."""
_UNIT_HEADS = frozenset(k[:1] if k[1:2] in (" ", "-") else k[:2] for k in _ALL_AFTER) | {"us", "u."}
"""How units begin: their first two characters (one, when a space or hyphen follows it), and
how UNIT_AFTER's "US" before cents does."""

_SYMBOLS = {
    "US$": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "HK$": "HKD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "$A": "AUD",  # Australian copy: $A1.1 billion, $US500 million
    "$US": "USD",
    "$NZ": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "Mex$": "MXN",
    "MX$": "MXN",
    "GH¢": "GHS",
    "GH₵": "GHS",
    "€": "EUR",
    "₽": "RUB",
    "£": "GBP",
    "¥": "JPY",
    "CN¥": "CNY",
    "₸": "KZT",
    "₹": "INR",
    "₩": "KRW",
    "Rs": "INR",
    "Rs.": "INR",
    "₺": "TRY",
    "₴": "UAH",
    "₦": "NGN",
    "₱": "PHP",
    "E£": "EGP",
    "₫": "VND",
    "₪": "ILS",
    "৳": "BDT",
}
_PREFIXES = {
    "RM": "MYR",
    "Rp": "IDR",
    "Tk": "BDT",
    "KSh": "KES",
    "Ksh": "KES",
    "Sh": "KES",
    "Dh": "AED",
    "Dhs": "AED",
    "TL": "TRY",
    "N": "NGN",
    "R": "ZAR",
    "P": "PHP",
    "QR": "QAR",
    "SR": "SAR",
    "KD": "KWD",
    "BD": "BHD",
    "RO": "OMR",
    "JD": "JOD",
    "LE": "EGP",
    "Shs": "KES",
    "USh": "UGX",
    "Ush": "UGX",
    "UShs": "UGX",
    "TSh": "TZS",
    "Tsh": "TZS",
    "SFr": "CHF",
    "Birr": "ETB",
}
"""Local abbreviations written before an amount: RM2.5 billion (ringgit), Rp 5 trillion
(rupiah), Tk. 500 crore (taka), KSh 2 billion or Kenyan papers' Sh2 billion, Dh500, TL 200
billion (lira); Nigerian and South African papers' N500bn (naira) and R5bn (rand), read only
against the number and with a multiplier after it (see figures._digits): a road's N1 or a
form's R5 is no money, nor is a paper size's P4 (Philippine papers' P850 million is pesos);
Gulf and Arab papers' QR 3 billion and SR2.3 trillion (riyals), KD, BD and JD (dinars), RO
(rials) and LE (Egyptian pounds), read only with a multiplier after the number: a state
route's SR 520 is none; East African shillings (Shs, USh, TSh: see settle_units), Swiss
francs (SFr) and birr (Birr 12 billion)."""
CURRENCY_BEFORE = re.compile(
    r"(?:(?P<sym>(?<![A-Za-z])(?:US|AU|A|HK|CA|C|NZ|S|NT|R|Mex|MX|US[^\S\n])\$|\$(?:US|NZ|A)?|€|₽"
    r"|(?<![A-Za-z])E£|£"
    r"|(?<![A-Za-z])CN¥|¥|₸|₹|₩|₺|₴|₦|₱|₫|₪|৳"
    r"|(?<![A-Za-z])GH[¢₵])[^\S\n]?"
    # A grave accent and a space: the rupee sign as Indian papers' old rupee font writes it
    # (` 62,500 crore); a code span's backtick has no space after it (`5`).
    r"|(?P<grave>`)[^\S\n]"
    r"|(?<![A-Za-z])(?P<rs>Rs\.?)\s?"
    r"|(?<![A-Za-z])(?P<pre>RM|Rp|Tk|KSh|Ksh|UShs|USh|Ush|TSh|Tsh|Shs|Sh|Dhs?|TL|SFr|Birr)\.?\s?"
    r"|(?<![A-Za-z])(?P<letter>[NRP])|(?<![A-Za-z])(?P<riyal>QR|SR|KD|BD|RO|JD|LE)[^\S\n]?"
    r"|(?<![A-Za-z])(?P<code>" + "|".join(CURRENCY_CODES) + r")\s?)$"
)
"""A currency sign, abbreviation or ISO code just before a number: $45, A$3, $A3, HK$12, R$ 35,
Rs. 500, RM2.5, KZT 361bn (not the end of a word in capitals: YEARS 5 holds no ARS)."""

MULTIPLIER_AFTER = re.compile(
    r"(?:\s+|-)?(?P<mult>(?:lakhs?|lacs?|thousand)[^\S\n]crores?|"
    r"thousand|millions?|billion|trillion|mln|mn|bn|bln|trn|trln|tn|tr|crores?|lakhs?|lacs?)\b"
    r"|(?P<short>[kmb]|bn|tn)\b",
    re.IGNORECASE,
)
_MULTIPLIER_FIRST = ("t", "m", "b", "k", "c", "l")
LOCAL_CURRENCY = re.compile(
    r"\b(tenge|roubles?|rubles?|yuan|renminbi|sums?|soums?|soms?|somoni|manat|lira|hryvnias?|"
    r"rupees?|yen)\b",
    re.IGNORECASE,
)


def currency_before(before: str) -> re.Match[str] | None:
    """CURRENCY_BEFORE.search(before[-5:]), skipped when no sign or code can stand there.

    Every sign but $ and the old rupee font's ` is non-ASCII and every code is in capitals, so
    ASCII text with neither of those two and no capital letter holds none; most numbers have
    no currency.
    """
    tail = before[-5:]
    if tail.isascii() and "$" not in tail and "`" not in tail and tail.lower() == tail:
        return None
    return CURRENCY_BEFORE.search(tail)


_SPACES = re.compile(r"\s*")


def multiplier_at(text: str, pos: int) -> re.Match[str] | None:
    """MULTIPLIER_AFTER.match(text, pos), skipped when no multiplier can begin there.

    A multiplier begins at pos, after a hyphen there or after the spaces there; every one
    begins with t, m, b, k, c (crore) or l (lakh), which an ASCII character there (case-folded)
    must be.
    """
    if text[pos : pos + 1] == "-":
        at = pos + 1
    else:
        spaces = _SPACES.match(text, pos)
        at = pos if spaces is None else spaces.end()
    first = text[at : at + 1]
    if first.isascii() and first.lower() not in _MULTIPLIER_FIRST:
        return None
    return MULTIPLIER_AFTER.match(text, pos)


def unit_at(text: str, pos: int) -> re.Match[str] | None:
    """UNIT_AFTER.match(text, pos), without trying its ~170 units where none can begin.

    Matching the case-insensitive alternation costs microseconds even when it fails, and most
    numbers have no unit. The unit begins right after the gap; when its first two characters
    are ASCII (case-folded like str.lower) and begin no unit, the match would fail.
    """
    gap = _UNIT_GAP.match(text, pos)
    head = text[gap.end() : gap.end() + 2] if gap is not None else ""
    if head.isascii() and head.lower() not in _UNIT_HEADS and head[:1].lower() not in _UNIT_HEADS:
        return None
    return UNIT_AFTER.match(text, pos)


@functools.lru_cache(maxsize=1024)
def unit_after(name: str) -> tuple[str, float]:
    """Canonical unit and scale for a unit as written after a number.

    Cached: units come from a short list, and normalising one costs a regex substitution.
    """
    return _NORMALISED[_SEPARATORS.sub(" ", name.lower())]


def needs_multiplier(m: re.Match[str]) -> bool:
    """Whether a CURRENCY_BEFORE match is money only with a multiplier after the number: the
    naira's N and the rand's R (a road's N1, a form's R5), the riyals' QR and SR (a state
    route's SR 520)."""
    return bool(m.group("letter") or m.group("riyal"))


def currency_unit(m: re.Match[str]) -> str:
    """The ISO code a CURRENCY_BEFORE match names."""
    if m.group("sym"):
        return _SYMBOLS["".join(m.group("sym").split())]  # (US $5: US$)
    if m.group("rs") or m.group("grave"):
        return "INR"
    prefix = m.group("pre") or m.group("letter") or m.group("riyal")
    if prefix:
        return _PREFIXES[prefix]
    return m.group("code")


def local_currency(sentence: str) -> str | None:
    """The non-dollar currency a sentence talks about (for rates quoted per dollar)."""
    m = LOCAL_CURRENCY.search(sentence)
    return None if m is None else unit_after(m.group(1))[0]


_BARE_DEGREES = re.compile(r"degrees?$", re.IGNORECASE)
_CROWN_LANDS = {
    "SEK": ("sweden", "swedish", "stockholm"),
    "NOK": ("norway", "norwegian", "oslo"),
    "DKK": ("denmark", "danish", "copenhagen"),
    "CZK": ("czech", "prague"),
    "ISK": ("iceland", "icelandic", "reykjavik"),
}
"""The countries whose money is written "crowns" in English copy, by their names."""
_RUPEE_LANDS = {
    "PKR": ("pakistan", "islamabad", "karachi", "lahore", "peshawar", "rawalpindi", "quetta"),
    "LKR": ("sri lanka", "colombo", "kandy", "jaffna"),
    "NPR": ("nepal", "kathmandu", "pokhara"),
    "MUR": ("mauritius", "port louis"),
    "INR": ("india", "delhi", "mumbai", "kolkata", "chennai", "bengaluru"),
}
"""The countries whose money is written "Rs" or "rupees", by their names and main cities: a
story that names one of them alone (a Karachi story's Rs 20 billion) is in its rupees. Not
Hyderabad, a city of India and of Pakistan."""
_SHILLING_LANDS = {
    "KES": ("kenya", "nairobi", "mombasa", "kisumu", "nakuru", "eldoret"),
    "UGX": ("uganda", "kampala", "entebbe", "gulu", "jinja"),
    "TZS": ("tanzania", "dar es salaam", "dodoma", "zanzibar", "arusha", "mwanza"),
    "SOS": ("somalia", "mogadishu"),
}
"""...and "Sh", "Shs" or shillings: East African papers write their own shillings so."""
_DOLLAR_LANDS = {
    "CAD": ("canada", "ottawa", "toronto", "montreal", "vancouver", "calgary", "edmonton"),
    "AUD": ("australia", "canberra", "sydney", "melbourne", "brisbane", "adelaide", "hobart"),
    "NZD": ("new zealand", "wellington", "auckland", "christchurch"),
    "SGD": ("singapore",),
    "HKD": ("hong kong",),
    "TWD": ("taiwan", "taipei"),
}
"""...and "$" in a story that writes the American dollar US$: a Canadian, Australian or Hong
Kong paper's own dollars (see _in_local_dollars)."""
HOME_DOLLARS = {"CP": "CAD", "AAP": "AUD"}
"""Agencies (as summaries name their source) whose bare "$" is their country's dollar."""


def settle_units(figures: list[Figure], text: str, source: str | None = None) -> list[Figure]:
    """Units a story's own words settle. Bare degrees (read as Celsius, the house style's
    scale) in a story that writes another temperature in Fahrenheit are Fahrenheit too
    ("highs of 95 degrees Fahrenheit ... lows near 70 degrees"). Money that several countries
    call by one name is the money of the one such country the story names: sums in bare crowns
    (a thousand or more; a Stockholm story's "40 billion crowns" is SEK, and stays a count when
    it names none or several), in "Rs" or rupees (else India's), in "Sh" or shillings (else
    Kenya's), and in "$" when a paper's copy writes the American dollar "US$" beside it (a
    wire's "$" is its style's: Reuters' Sydney copy writes A$), or when the story's source is
    an agency of HOME_DOLLARS (the Canadian Press's $)."""
    figures = table_sums(figures, text)
    fahrenheit = any(f.unit == "fahrenheit" for f in figures)
    settled: list[tuple[Callable[[Figure], bool], str]] = []
    low = ""  # the text lower-cased, once, when a country's names are looked for
    for named, lands, default in _SHARED_NAMES:
        if not any(named(f) for f in figures):
            continue
        if named is _in_local_dollars and (source or "US$" not in text):
            land = HOME_DOLLARS.get(source or "")
        else:
            low = low or text[:_LAND_CHARS].lower()
            named_lands = [code for code, pattern in lands.items() if pattern.search(low)]
            land = named_lands[0] if len(named_lands) == 1 else None
        if land is not None and land != default:
            settled.append((named, land))
    if not fahrenheit and not settled:
        return figures
    out = []
    for f in figures:
        if fahrenheit and f.unit == "celsius" and _BARE_DEGREES.search(f.text):
            f = dataclasses.replace(f, unit="fahrenheit")
        for named, land in settled:
            if named(f):
                f = dataclasses.replace(f, unit=land)
                break
        out.append(f)
    return out


def _in_crowns(figure: Figure) -> bool:
    """A sum (a thousand or more) in bare crowns, which the unit list leaves a count."""
    return figure.unit == "count" and abs(figure.value) >= 1000 and figure.text.endswith("crowns")


def _in_rupees(figure: Figure) -> bool:
    """A sum in rupees written with no sign of whose (Rs, rupees; not ₹, India's own)."""
    return figure.unit == "INR" and "₹" not in figure.text and "`" not in figure.text


def _in_shillings(figure: Figure) -> bool:
    """A sum in shillings written with no sign of whose (Sh, Shs, shillings; not KSh, Ksh or
    Kenyan shillings)."""
    written = figure.text.lower()
    return figure.unit == "KES" and "ksh" not in written and "kenyan" not in written


def _in_local_dollars(figure: Figure) -> bool:
    """A sum written with a bare "$" (not US$, C$ or A$)."""
    return figure.unit == "USD" and figure.text.lstrip("-−(~≈").startswith("$")


def _named_by(lands: dict[str, tuple[str, ...]]) -> dict[str, re.Pattern[str]]:
    """Each country's names as one pattern of whole words (the Indian Ocean names no India)."""
    return {
        code: re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")
        for code, words in lands.items()
    }


_LAND_CHARS = 100_000
"""Characters of a story searched for a country's names (the summarizer reads no figure past
them)."""
_Named = tuple[Callable[["Figure"], bool], dict[str, re.Pattern[str]], str | None]
_SHARED_NAMES: tuple[_Named, ...] = (
    (_in_crowns, _named_by(_CROWN_LANDS), None),
    (_in_rupees, _named_by(_RUPEE_LANDS), "INR"),
    (_in_shillings, _named_by(_SHILLING_LANDS), "KES"),
    (_in_local_dollars, _named_by(_DOLLAR_LANDS), "USD"),
)
"""Sums in a money several countries call by one name, their countries' names, and the one it
is when the story names none of them."""
