"""Small helpers for word lists written as whitespace-separated strings."""

from __future__ import annotations

import re
from collections.abc import Callable


def wordset(words: str) -> frozenset[str]:
    """The set of whitespace-separated words in a string (word lists read better that way)."""
    return frozenset(words.split())


def at_word_start(words: list[str]) -> str:
    r"""A regex alternation of words that must start a word, like ``\b(?:he|she)``, but faster.

    Each word is a pattern opening with a plain letter. A pattern opening with ``\b`` is tried
    at every offset of the text; opening with the letters lets re skip to where one stands,
    and the look-behind after the first letter checks the word boundary there instead.
    """
    return "|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}" for w in words)


def by_first_letter(words: list[str], pattern: Callable[[str], str] = re.escape) -> str:
    """A regex alternation of words, in their order, grouped by first letter.

    re tries the branches of an alternation one by one; grouped, it tries only the words that
    begin with the letter at hand, in the same order, so it matches exactly the same text.
    (With re.IGNORECASE that holds while no two first letters are one letter in two cases.)
    `pattern` writes a piece of a word as a regex.
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(pattern(w[1:]))
    return "|".join(f"{pattern(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def lower_aligned(text: str) -> str:
    """The text lower-cased with every character kept at its offset.

    Lower-case patterns scan several times faster than case-insensitive ones; str.lower is
    used unless it would change the length (U+0130 becomes two characters).
    """
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


_LY_NOT_ADVERBS = wordset(
    """supply family rally assembly anomaly monopoly reply apply italy quarterly monthly weekly
    daily yearly early ally belly jelly bully holly"""
)


def is_manner_adverb(word: str) -> bool:
    """Whether a word is an adverb of how in lower case (sharply, unexpectedly, slightly) that
    may stand between a change's verb and its size: "rose sharply by 4%" is "rose by 4%"."""
    return len(word) >= 6 and word.endswith("ly") and word.islower() and word not in _LY_NOT_ADVERBS


def looks_plural(word: str) -> bool:
    """Whether a lower-case noun looks plural by its ending: voters, aides (not boss, bus,
    analysis)."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))
