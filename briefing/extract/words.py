"""Small helpers for word lists written as whitespace-separated strings."""

from __future__ import annotations


def wordset(words: str) -> frozenset[str]:
    """The set of whitespace-separated words in a string (word lists read better that way)."""
    return frozenset(words.split())
