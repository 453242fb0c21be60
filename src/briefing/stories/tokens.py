"""How a text's words become tokens: numbers normalised (a figure written in words as in
signs), words stemmed, stop words dropped, each space-separated run read once per language
and remembered.

Every field of an item (headline, lead, body) is read here (see signals.make_doc), as are the
words of a body's initials (see acronyms.py), so that one word is one token wherever it is met.
"""

from __future__ import annotations

import re

from briefing.stories.figure_forms import FIGURE_WORDS, currency_signs, figure_words, number_token
from briefing.stories.languages import ENGLISH, Language, Words
from briefing.stories.words import (
    AS_WRITTEN,
    FIGURE,
    MONTHS,
    SMALL_NUMBER,
    fold,
    short_forms,
    weighed,
)

# Possessive: nothing after a run of digits or letters can match inside it, and not
# backtracking into the run saves time on every word.
_WORD = re.compile(
    r"[$€£₽]\d++(?:[.,]\d+)*+(?:[kKmMbB]|[bBmMtT][nN])(?![^\W\d_])"
    # Without a sign, millions, billions and a British paper's per cent ("1.2m homes", "3.5pc"),
    # not metres ("a 10m-high wave"); not "5k" or "4K" (a race, a screen).
    r"|\d++(?:[.,]\d+)*+(?:[mM][nN]?|[bBtT][nN]|pc)(?![^\W\d_]|-)"
    r"|[$€£₽]?+\d++(?:[.,]\d+)*+%?|[^\W\d_]++(?:['’][^\W\d_]+)*+"
)


_CHUNK_CACHE_SIZE = 200_000
"""Runs of text a language's cache of their words holds at most (see read_tokens)."""


def _token(raw: str, language: Language) -> tuple[str, str | None, float]:
    """Read one word of text: numbers normalised, words stemmed, stop words dropped.

    Returns the lower-case word ("" for a number), its token and a factor on its
    weight: small numbers and years say little about an event, other figures a lot.
    """
    if raw[0].isdigit() or raw[0] in "$€£₽":
        token = number_token(raw)
        digits = token.strip("#$€£₽%")
        small = digits.isdecimal() and (int(digits) < 13 or 1900 <= int(digits) <= 2100)
        return "", token, SMALL_NUMBER if small else FIGURE
    low = raw.lower()
    low = low if low.isascii() else fold(low)  # fold's own test, spared its call
    # A possessive is its word: "the year's", "Monday's" and "Reuters'" are stop words
    # (and outlet names) as "year", "Monday" and "Reuters" are.
    if low[-2:] in ("'s", "’s"):
        low = low[:-2]
    if low in language.stop or len(low) < 2 or raw in MONTHS:
        return low, None, 1.0
    return low, language.stem(low), 1.0


def token_of(raw: str, language: Language) -> str | None:
    """The token a word of text is read as (None for a stop word), as every field reads it."""
    return _token(raw, language)[1]


_EDGE_MARKS = ".,;:!?\"'“”‘’«»„()[]—–-/"
"""Marks that may stand around a word; none is a letter, a digit or a currency sign."""


def _chunk_words(chunk: str, language: Language) -> Words:
    """The content words of a run of text without spaces."""
    # A run of letters alone (most) has no marks nor possessive to take off, and is one word,
    # read without the regex and the marks' tests (a tenth of a day's reading of new runs).
    plain = chunk.isalpha()
    core = chunk if plain else chunk.strip(_EDGE_MARKS)
    bare = core if plain else (core[:-2] if core[-2:] in ("'s", "’s") else core).rstrip(".")
    # "U.S.", "US", "Fed", "Seventy", "forty-three" (which _WORD reads as two words): see
    # words.AS_WRITTEN. A number in words is its figure, weighed as a word: written out, it is
    # mostly a round count ("forty years") rather than a measure of the event.
    short = AS_WRITTEN.get(bare)
    if short is not None:
        return ((core.lower(), short, 1.0, core),)
    if plain:
        low, token, factor = _token(core, language)
        return () if token is None else ((low, token, factor, core),)
    if core.isalpha():
        # A word between marks ("word," "(word") is read as the bare word is, once.
        cache = language.cache
        words = cache.get(core)
        if words is None:
            words = cache[core] = _chunk_words(core, language)
        return words
    read = []
    for raw in _WORD.findall(chunk):
        low, token, factor = _token(raw, language)
        if token is not None:
            read.append((low, token, factor, raw))
    return tuple(read)


def read_tokens(
    text: str,
    weight: float,
    stop: frozenset[str],
    weights: dict[str, float],
    surface: dict[str, str],
    language: Language = ENGLISH,
) -> None:
    """Give the content tokens of a text a field weight, and note the words they come from.

    Fields are read from the lightest to the heaviest, so a token takes the weight of
    the heaviest field it appears in. No word of _WORD holds a space, so the words of a
    text are those of its space-separated runs, which are read once and remembered.
    """
    cache = language.cache
    if len(cache) > _CHUNK_CACHE_SIZE:
        cache.clear()
    scaled, get = weighed(weight), cache.get
    runs = currency_signs(short_forms(text)).split()
    skip = 0
    for at, chunk in enumerate(runs):
        if skip:
            skip -= 1
            continue
        # A number the next run's word makes a figure of ("3.5 pct", "$45 billion"): read as the
        # one run it is written as elsewhere (figure_forms.figure_words; tested first for a run that
        # ends in a digit, then for the next run's word, as most runs are neither: reading a
        # 2,000-item day's words takes 5.7 % fewer instructions than with the next run's test
        # first).
        if (
            chunk[-1].isdigit()
            and at + 1 < len(runs)
            and runs[at + 1].rstrip(".,;:)").lower() in FIGURE_WORDS
            and (figure := figure_words(runs, at)) is not None
        ):
            chunk, taken = figure
            skip = taken - 1
        words = get(chunk)
        if words is None:
            words = cache[chunk] = _chunk_words(chunk, language)
        for low, token, factor, raw in words:
            if low not in stop:
                weights[token] = scaled[factor]
                surface[token] = raw
