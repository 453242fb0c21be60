"""Small helpers for word lists written as whitespace-separated strings."""

from __future__ import annotations


def wordset(words: str) -> frozenset[str]:
    """The set of whitespace-separated words in a string (word lists read better that way)."""
    return frozenset(words.split())


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def lower_aligned(text: str) -> str:
    """The text lower-cased with every character kept at its offset.

    Lower-case patterns scan several times faster than case-insensitive ones; str.lower is
    used unless it would change the length (U+0130 becomes two characters).
    """
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)
