"""Numbers' words as plain tables, with no pattern to compile: the words a number is written
in and the words that multiply one. numbers.py reads numbers with them; the stories read
numbers in words and headlines' sums with them too, without loading numbers.py's patterns
(several milliseconds on every start that builds a day's stories)."""

from __future__ import annotations

WORD_VALUES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a dozen": 12,
    "dozen": 12,
    "half a dozen": 6,
    "a half-dozen": 6,
    "half-dozen": 6,
}
"""A number written as a word or a few (the one-word ones, and dozens), and its value."""

MULTIPLIERS = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trn": 1e12,
    "trln": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "crore": 1e7,
    "crores": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
}
MULTIPLIERS |= {
    f"{small} {crore}": MULTIPLIERS[small] * 1e7
    for small in ("lakh", "lakhs", "lac", "lacs", "thousand")
    for crore in ("crore", "crores")
}
"""Words after a number that multiply it; crore and lakh are South Asia's 10^7 and 10^5, and
Indian copy writes large sums in both (Rs 7.2 lakh crore is 7.2 trillion rupees)."""
