"""How a figure is written, read alike: a wire's "45 bln dlrs", Xinhua's "45 billion U.S.
dollars", a paper's "$45bn" and a regulator's "USD45bn" are one token (see tokens.read_tokens),
as the summarizer reads them as one figure (extract.figures); and the sums of money a headline
gives (see figures.figures_clash)."""

from __future__ import annotations

import re

from briefing.extract.numerals import MULTIPLIERS


def number_token(token: str) -> str:
    """Normalise a number token: no thousands commas, a currency sign kept, $6K as $6000, 1.2m
    as 1200000 and 3.5pc as 3.5%."""
    suffix = token.lstrip("$€£₽0123456789.,")
    if suffix:
        if suffix == "pc":  # a British paper's per cent
            return f"#{token[:-2]}%"
        multiplier = MULTIPLIERS.get(suffix.lower())  # $6K, $1.2bn, 1.2m
        if multiplier is not None:
            sign = token[0] if not token[0].isdigit() else ""
            value = float(token[len(sign) : -len(suffix)].replace(",", "")) * multiplier
            return f"#{sign}{value:.6g}" if value < 1e6 else f"#{sign}{value:.0f}"
    if re.fullmatch(r"[$€£₽]?\d{1,3}(?:,\d{3})+%?", token):
        token = token.replace(",", "")
    return "#" + token.replace(",", ".")


_CURRENCIES = {
    **dict.fromkeys(("$", "us$", "usd", "dlrs", "dollars", "dollar"), "USD"),
    **dict.fromkeys(("€", "eur", "euros", "euro"), "EUR"),
    **dict.fromkeys(("£", "gbp", "pounds", "stg"), "GBP"),
    **dict.fromkeys(("¥", "jpy", "yen"), "JPY"),
    **dict.fromkeys(("₽", "rub", "roubles", "rubles"), "RUB"),
    **dict.fromkeys(("₹", "rs", "inr", "rupees"), "INR"),
}
"""Currency signs, codes and words a sum is written in, and the currency each is (see
headline_sums and figure_words)."""
_SCALES = sorted((word for word in MULTIPLIERS if len(word) > 1), key=len, reverse=True)
"""Words of scale a figure is written with apart from its number ("45 billion", "3 mln", "5
crore"): the summarizer's (extract.numerals), but its letters ("5 m" may be metres)."""
_SIGN_OF = {code: sign for sign, code in _CURRENCIES.items() if sign in "$€£₽"}
"""A currency → the sign tokens read before a number (tokens._WORD)."""
_SIGNS = {
    word: _SIGN_OF[code]
    for word, code in _CURRENCIES.items()
    if word.isalpha() and code in _SIGN_OF
}
"""Currencies written after a sum ("45 bln dlrs", "40 million euros"), and their signs."""
FIGURE_WORDS = frozenset({*_SCALES, *_SIGNS, "pct", "percent", "per", "u.s", "us"})
"""Words that may follow a number as part of its figure (see figure_words)."""
_US = r"(?:u\.?s\.?\s)?"
"""The country Xinhua and other wires name before their dollars ("45 billion U.S. dollars")."""
_FIGURE_PHRASE = re.compile(
    r"(?<![\w.,])([$€£₽]?)(\d[\d,]*(?:\.\d+)?)"
    rf"(?:\s(pct|percent|per\scent)\b"
    rf"|\s({'|'.join(_SCALES)})\b(?:\s{_US}({'|'.join(_SIGNS)})\b)?"
    rf"|\s{_US}({'|'.join(_SIGNS)})\b)",
    re.IGNORECASE,
)


def figure_words(runs: list[str], at: int) -> tuple[str, int] | None:
    """A figure written over several runs of text from runs[at] on, as one run, and how many
    runs it took: "3.5 pct", "3.5 percent" and "3.5 per cent" as "3.5%" (as "3.5%" is read);
    "$45 billion", "45 bln dlrs" and "45 billion U.S. dollars" as "$45000000000" (as "$45bn"
    is); "500 dlrs" as "$500". (A scale written on to its number, "45bn dollars", is read by
    currency_signs: runs[at] ends in a digit, see tokens.read_tokens.)

    Wires write "pct", "mln" and "dlrs" where papers write "%", "m" and "$": read apart, the
    figure two reports share was no token of both. None if runs[at] ends in no such figure.
    """
    phrase = " ".join(runs[at : at + 4])
    first = len(runs[at])
    for match in _FIGURE_PHRASE.finditer(phrase):
        if match.start() < first < match.end():
            break
    else:
        return None
    sign, number, share, scale, after, alone = match.groups()
    if share is not None:
        figure = f"{sign}{number}%"
    elif scale is None:
        figure = f"{sign or _SIGNS[alone.lower()]}{number}"
    else:
        sign = sign or _SIGNS.get((after or "").lower(), "")
        figure = f"{sign}{float(number.replace(',', '')) * MULTIPLIERS[scale.lower()]:.0f}"
    taken = phrase.count(" ", 0, match.end()) + 1
    rest = len(" ".join(runs[at : at + taken]))
    return phrase[: match.start()] + figure + phrase[match.end() : rest], taken


_CODE = re.compile(r"\b(USD|EUR|GBP)\s?(?=\d)")
"""A currency's code before a sum ("EUR38m", "USD 2 billion"), as some wires and regulators
write it where others write its sign."""
_SCALED = re.compile(r"(?<![\w.,$€£₽])(\d[\d,.]*(?i:mn?|bn|tn)) (euros|dollars|USD|EUR|GBP)\b")
"""A sum whose scale is written on to its number and its currency after it ("96m euros")."""


def currency_signs(text: str) -> str:
    """The text with a currency's code before a sum, or its word or code after a scale written
    on to the sum, as its sign: "EUR38m" and "38m euros" as "€38m", as "38 million euros" is
    read (substring tests first: most texts have none)."""
    if "EUR" in text or "USD" in text or "GBP" in text:
        text = _CODE.sub(lambda code: _SIGN_OF[code[1]], text)
    elif "euros" not in text and "dollars" not in text:
        return text
    return _SCALED.sub(lambda sum_: _SIGNS[sum_[2].lower()] + sum_[1], text)


_NUMBER = r"(\d[\d,]*(?:\.\d+)?)\s?(k|m|mn|b|bn|tn|mln|bln|million|billion|trillion|crore|lakh)?"
_SUM = re.compile(
    rf"(?<![\w.])(?:(us\$|[$€£¥₽₹]|rs\.?|usd|eur|gbp)\s?{_NUMBER}"
    rf"|{_NUMBER}\s{_US}(dlrs|dollars?|euros?|pounds|stg"
    r"|yen|roubles|rubles|rupees|usd|eur|gbp|jpy|rub|inr))(?![\w])",
)
"""A sum of money in a lower-cased headline: a sign, "Rs" or an ISO code before the number
("$6.2 billion", "€96m", "EUR38m"), or a word or an ISO code after it ("2.4 bln dlrs", "40
million euros", "45 billion U.S. dollars")."""
_DIGIT = re.compile(r"\d")


def headline_sums(headline: str, least: float) -> dict[str, set[float]]:
    """The sums of money of `least` or more a headline gives, by currency.

    The scales are the summarizer's (extract.numerals); the pattern and the currencies are
    our own, not its readers' (extract: figures.py reads these and much else, units.py every
    currency): building a day's stories loads none of their patterns, whose compiling would add
    a tenth of a second to every `briefing today` that builds a day (extract.figures; 9 ms for
    units.py alone, its ~170 units' pattern), for the few forms headlines write sums in. None,
    without a search, for a headline without a digit (most).
    """
    sums: dict[str, set[float]] = {}
    if not _DIGIT.search(headline):
        return sums
    for sign, number, scale, number_after, scale_after, word in _SUM.findall(headline.lower()):
        digits, suffix = (number, scale) if sign else (number_after, scale_after)
        currency = _CURRENCIES[(sign or word).rstrip(".")]
        value = float(digits.replace(",", "")) * MULTIPLIERS.get(suffix, 1.0)
        if value >= least:
            sums.setdefault(currency, set()).add(round(value, 6))
    return sums
