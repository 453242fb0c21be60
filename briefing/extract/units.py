"""Units and currencies as written after or before a number, with their canonical names."""

from __future__ import annotations

import re

from briefing.extract.words import wordset

CURRENCY_CODES = sorted(
    wordset("USD EUR RUB GBP CNY KZT UZS TJS KGS TMT AZN JPY INR TRY CHF UAH BYN GEL AMD")
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
}
_CODES = {c.lower(): (c, 1.0) for c in CURRENCY_CODES}
_ALL_AFTER = {**_AFTER, **_CODES}
_SEPARATORS = re.compile(r"[\s-]+")
_NORMALISED = {_SEPARATORS.sub(" ", k): v for k, v in _ALL_AFTER.items()}
"""Units keyed with spaces for hyphens: 1.5-percentage-point, 17 billion kilowatt hours."""
_AFTER_ALT = "|".join(
    re.escape(k).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
    for k in sorted(_ALL_AFTER, key=len, reverse=True)
)
UNIT_AFTER = re.compile(rf"(?:\s*-\s*|\s*)(?P<unit>{_AFTER_ALT})(?![\w²³])", re.IGNORECASE)
"""A unit just after a number (or its multiplier): 5%, 12 tonnes, 13-kilometre, 4 KZT."""

_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "₽": "RUB", "£": "GBP", "¥": "CNY", "₸": "KZT"}
CURRENCY_BEFORE = re.compile(
    r"(?:(?P<sym>US\$|\$|€|₽|£|¥|₸)|(?P<code>" + "|".join(CURRENCY_CODES) + r")\s?)$"
)
"""A currency sign or ISO code just before a number: $45, KZT 361bn."""

MULTIPLIER_AFTER = re.compile(
    r"(?:\s+|-)?(?P<mult>thousand|millions?|billion|trillion|mln|mn|bn|bln|trn|trln|tn)\b"
    r"|(?P<short>[kmb]|bn|tn)\b",
    re.IGNORECASE,
)
LOCAL_CURRENCY = re.compile(
    r"\b(tenge|roubles?|rubles?|yuan|renminbi|sums?|soums?|soms?|somoni|manat|lira|hryvnias?|"
    r"rupees?|yen)\b",
    re.IGNORECASE,
)


def unit_after(name: str) -> tuple[str, float]:
    """Canonical unit and scale for a unit as written after a number."""
    return _NORMALISED[_SEPARATORS.sub(" ", name.lower())]


def currency_symbol(sym: str) -> str:
    return _SYMBOLS[sym]


def local_currency(sentence: str) -> str | None:
    """The non-dollar currency a sentence talks about (for rates quoted per dollar)."""
    m = LOCAL_CURRENCY.search(sentence)
    return None if m is None else unit_after(m.group(1))[0]
