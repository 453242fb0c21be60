"""Units and currencies as written after or before a number, with their canonical names."""

from __future__ import annotations

import functools
import re

from briefing.extract.words import by_first_letter, wordset

CURRENCY_CODES = sorted(
    wordset(
        """USD EUR RUB GBP CNY KZT UZS TJS KGS TMT AZN JPY INR TRY CHF UAH BYN GEL AMD AUD HKD CAD
        NZD SGD TWD KRW ZAR BRL MXN SEK NOK DKK PLN IDR PKR NGN EGP SAR AED ILS"""
    )
)
"""ISO codes read before or after a number (KZT 361bn, 500 EUR)."""

_AFTER: dict[str, tuple[str, float]] = {
    "%": ("percent", 1),
    "percent": ("percent", 1),
    "per cent": ("percent", 1),
    "pct": ("percent", 1),
    "percentage points": ("percentage_points", 1),
    "percentage point": ("percentage_points", 1),
    "pp": ("percentage_points", 1),
    "basis points": ("basis_points", 1),
    "basis point": ("basis_points", 1),
    "bps": ("basis_points", 1),
    "bp": ("basis_points", 1),
    "index points": ("index_points", 1),
    "points": ("index_points", 1),
    "us dollars": ("USD", 1),
    "u.s. dollars": ("USD", 1),
    "australian dollars": ("AUD", 1),
    "canadian dollars": ("CAD", 1),
    "hong kong dollars": ("HKD", 1),
    "new zealand dollars": ("NZD", 1),
    "singapore dollars": ("SGD", 1),
    "taiwan dollars": ("TWD", 1),
    "dlrs": ("USD", 1),
    "dlr": ("USD", 1),
    "cts": ("USD", 0.01),
    "dollars": ("USD", 1),
    "dollar": ("USD", 1),
    "euros": ("EUR", 1),
    "euro": ("EUR", 1),
    "rubles": ("RUB", 1),
    "ruble": ("RUB", 1),
    "roubles": ("RUB", 1),
    "rouble": ("RUB", 1),
    "pounds": ("GBP", 1),
    "pounds sterling": ("GBP", 1),
    "yuan": ("CNY", 1),
    "renminbi": ("CNY", 1),
    "tenge": ("KZT", 1),
    "sums": ("UZS", 1),
    "sum": ("UZS", 1),
    "soums": ("UZS", 1),
    "soum": ("UZS", 1),
    "somoni": ("TJS", 1),
    "soms": ("KGS", 1),
    "som": ("KGS", 1),
    "manat": ("AZN", 1),
    "lira": ("TRY", 1),
    "rupees": ("INR", 1),
    "yen": ("JPY", 1),
    "hryvnias": ("UAH", 1),
    "hryvnia": ("UAH", 1),
    "cents": ("USD", 0.01),
    "cent": ("USD", 0.01),
    "kopecks": ("RUB", 0.01),
    "kopeks": ("RUB", 0.01),
    "dirams": ("TJS", 0.01),
    "tiyn": ("KZT", 0.01),
    "metric tons": ("tonnes", 1),
    "metric tonnes": ("tonnes", 1),
    "tonnes": ("tonnes", 1),
    "tonne": ("tonnes", 1),
    "tons": ("tonnes", 1),
    "ton": ("tonnes", 1),
    "barrels per day": ("barrels_per_day", 1),
    "barrels a day": ("barrels_per_day", 1),
    "bpd": ("barrels_per_day", 1),
    "b/d": ("barrels_per_day", 1),
    "barrels": ("barrels", 1),
    "barrel": ("barrels", 1),
    "bbl": ("barrels", 1),
    "bbls": ("barrels", 1),
    "cubic metres": ("cubic_metres", 1),
    "cubic meters": ("cubic_metres", 1),
    "cubic metre": ("cubic_metres", 1),
    "cubic meter": ("cubic_metres", 1),
    "cu m": ("cubic_metres", 1),
    "m3": ("cubic_metres", 1),
    "bcm": ("cubic_metres", 1e9),
    "square kilometres": ("square_km", 1),
    "square kilometers": ("square_km", 1),
    "square kilometre": ("square_km", 1),
    "square kilometer": ("square_km", 1),
    "sq km": ("square_km", 1),
    "km2": ("square_km", 1),
    "km²": ("square_km", 1),
    "kilometres": ("km", 1),
    "kilometers": ("km", 1),
    "kilometre": ("km", 1),
    "kilometer": ("km", 1),
    "km/h": ("km_per_hour", 1),
    "kilometres per hour": ("km_per_hour", 1),
    "kilometers per hour": ("km_per_hour", 1),
    "kilometres an hour": ("km_per_hour", 1),
    "kilometers an hour": ("km_per_hour", 1),
    "square km": ("square_km", 1),
    "square metres": ("square_km", 1e-6),
    "square meters": ("square_km", 1e-6),
    "sq m": ("square_km", 1e-6),
    "m²": ("square_km", 1e-6),
    "centimetres": ("metres", 0.01),
    "centimeters": ("metres", 0.01),
    "centimetre": ("metres", 0.01),
    "centimeter": ("metres", 0.01),
    "cm": ("metres", 0.01),
    "millimetres": ("metres", 0.001),
    "millimeters": ("metres", 0.001),
    "millimetre": ("metres", 0.001),
    "millimeter": ("metres", 0.001),
    "mm": ("metres", 0.001),
    "km": ("km", 1),
    "metres": ("metres", 1),
    "meters": ("metres", 1),
    "metre": ("metres", 1),
    "meter": ("metres", 1),
    "hectares": ("hectares", 1),
    "hectare": ("hectares", 1),
    "ha": ("hectares", 1),
    "kilowatt-hours": ("watt_hours", 1e3),
    "kilowatt hours": ("watt_hours", 1e3),
    "kwh": ("watt_hours", 1e3),
    "megawatt-hours": ("watt_hours", 1e6),
    "mwh": ("watt_hours", 1e6),
    "gigawatt-hours": ("watt_hours", 1e9),
    "gwh": ("watt_hours", 1e9),
    "terawatt-hours": ("watt_hours", 1e12),
    "twh": ("watt_hours", 1e12),
    "megawatts": ("watts", 1e6),
    "megawatt": ("watts", 1e6),
    "mw": ("watts", 1e6),
    "gigawatts": ("watts", 1e9),
    "gigawatt": ("watts", 1e9),
    "gw": ("watts", 1e9),
    "kilowatts": ("watts", 1e3),
    "kw": ("watts", 1e3),
    "watts": ("watts", 1),
    "teu": ("teu", 1),
    "twenty-foot equivalent units": ("teu", 1),
    "teus": ("teu", 1),
    "degrees celsius": ("celsius", 1),
    "°c": ("celsius", 1),
    "degrees fahrenheit": ("fahrenheit", 1),
    "°f": ("fahrenheit", 1),
    "degrees": ("celsius", 1),
    "ounces": ("ounces", 1),
    "troy ounces": ("ounces", 1),
    "oz": ("ounces", 1),
    "miles": ("miles", 1),
    "mile": ("miles", 1),
    "mi": ("miles", 1),
    "miles per hour": ("mph", 1),
    "miles an hour": ("mph", 1),
    "mph": ("mph", 1),
    "knots": ("knots", 1),
    "yards": ("yards", 1),
    "yard": ("yards", 1),
    "yds": ("yards", 1),
    "feet": ("feet", 1),
    "foot": ("feet", 1),
    "ft": ("feet", 1),
    "inches": ("inches", 1),
    "inch": ("inches", 1),
    "square miles": ("square_miles", 1),
    "square mile": ("square_miles", 1),
    "sq mi": ("square_miles", 1),
    "square feet": ("square_feet", 1),
    "square foot": ("square_feet", 1),
    "sq ft": ("square_feet", 1),
    "acres": ("acres", 1),
    "acre": ("acres", 1),
    "cubic kilometres": ("cubic_km", 1),
    "cubic kilometers": ("cubic_km", 1),
    "cubic kilometre": ("cubic_km", 1),
    "cubic kilometer": ("cubic_km", 1),
    "km3": ("cubic_km", 1),
    "km³": ("cubic_km", 1),
    "km^3": ("cubic_km", 1),
    "km^2": ("square_km", 1),
    "litres": ("litres", 1),
    "liters": ("litres", 1),
    "litre": ("litres", 1),
    "liter": ("litres", 1),
    "millilitres": ("litres", 0.001),
    "milliliters": ("litres", 0.001),
    "ml": ("litres", 0.001),
    "cl": ("litres", 0.01),
    "gallons": ("gallons", 1),
    "gallon": ("gallons", 1),
    "kilograms": ("kg", 1),
    "kilogram": ("kg", 1),
    "kilos": ("kg", 1),
    "kg": ("kg", 1),
    "grams": ("kg", 0.001),
    "gram": ("kg", 0.001),
    "milligrams": ("kg", 1e-6),
    "milligram": ("kg", 1e-6),
    "mg": ("kg", 1e-6),
    "lbs": ("pounds", 1),
    "lb": ("pounds", 1),
    "pound-feet": ("pound_feet", 1),
    "lb-ft": ("pound_feet", 1),
    "horsepower": ("horsepower", 1),
    "hp": ("horsepower", 1),
    "rpm": ("rpm", 1),
    "wh": ("watt_hours", 1),
    "ghz": ("hertz", 1e9),
    "mhz": ("hertz", 1e6),
    "khz": ("hertz", 1e3),
    "terabytes": ("bytes", 1e12),
    "tb": ("bytes", 1e12),
    "gigabytes": ("bytes", 1e9),
    "gb": ("bytes", 1e9),
    "megabytes": ("bytes", 1e6),
    "mb": ("bytes", 1e6),
    "bytes": ("bytes", 1),
    "nanometres": ("metres", 1e-9),
    "nanometers": ("metres", 1e-9),
    "nm": ("metres", 1e-9),
    "mt": ("tonnes", 1),
    "t": ("tonnes", 1),
    "l": ("litres", 1),
    "€": ("EUR", 1),
    "£": ("GBP", 1),
    "₽": ("RUB", 1),
    "₸": ("KZT", 1),
}
"""Units as written after a number. Single letters (t, l) are safe only there: "278,000 t".
"mt" is the metric tonne of commodity wires (500,000 mt of wheat), not the megatonne."""
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
UNIT_AFTER = re.compile(rf"(?:\s*-\s*|\s*)(?P<unit>{_AFTER_ALT})(?![\w²³^])", re.IGNORECASE)
"""A unit just after a number (or its multiplier): 5%, 12 tonnes, 13-kilometre, 4 KZT."""

_UNIT_GAP = re.compile(r"\s*(?:-\s*)?")
"""What may stand between a number and its unit: spaces, or a hyphen with spaces."""
_UNIT_HEADS = frozenset(k[:1] if k[1:2] in (" ", "-") else k[:2] for k in _ALL_AFTER)
"""How units begin: their first two characters (one, when a space or hyphen follows it)."""

_SYMBOLS = {
    "US$": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "HK$": "HKD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "€": "EUR",
    "₽": "RUB",
    "£": "GBP",
    "¥": "CNY",
    "₸": "KZT",
    "₹": "INR",
    "₩": "KRW",
    "Rs": "INR",
    "Rs.": "INR",
}
CURRENCY_BEFORE = re.compile(
    r"(?:(?P<sym>(?<![A-Za-z])(?:US|AU|A|HK|CA|C|NZ|S|NT|R)\$|\$|€|₽|£|¥|₸|₹|₩)"
    r"|(?<![A-Za-z])(?P<rs>Rs\.?)\s?|(?P<code>" + "|".join(CURRENCY_CODES) + r")\s?)$"
)
"""A currency sign or ISO code just before a number: $45, A$3, HK$12, Rs. 500, KZT 361bn."""

MULTIPLIER_AFTER = re.compile(
    r"(?:\s+|-)?(?P<mult>thousand|millions?|billion|trillion|mln|mn|bn|bln|trn|trln|tn|crores?|"
    r"lakhs?|lacs?)\b"
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

    Every sign but $ is non-ASCII and every code is in capitals, so ASCII text with no $ and
    no capital letter holds neither; most numbers have no currency.
    """
    tail = before[-5:]
    if tail.isascii() and "$" not in tail and tail.lower() == tail:
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


def currency_unit(m: re.Match[str]) -> str:
    """The ISO code a CURRENCY_BEFORE match names."""
    if m.group("sym"):
        return _SYMBOLS[m.group("sym")]
    if m.group("rs"):
        return "INR"
    return m.group("code")


def local_currency(sentence: str) -> str | None:
    """The non-dollar currency a sentence talks about (for rates quoted per dollar)."""
    m = LOCAL_CURRENCY.search(sentence)
    return None if m is None else unit_after(m.group(1))[0]
