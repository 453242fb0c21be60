"""The words around a figure that its context is read from: those after it up to its phrase's
end, the noun a count carries, and the words just before it that qualify it."""

from __future__ import annotations

import functools
import re

from briefing.extract.clause import YEAR
from briefing.extract.numbers import NUMBER_WORDS
from briefing.extract.phrase import tokens
from briefing.extract.ranges import TALLY_NOUNS
from briefing.extract.sentences import TITLE_ABBREVIATIONS
from briefing.extract.words import is_manner_adverb, wordset

_RIGHT_REACH = 160
"""Characters after a figure its qualifying phrase may come from (it ends at the next comma)."""
_RIGHT_CUT = re.compile(
    r"[,;:!?()]|\s[—–]\s|"
    + "".join(rf"(?<!\b{t.capitalize()})" for t in sorted(TITLE_ABBREVIATIONS))
    + r"(?<!\.[A-Z])\.(?:\s|$)"
)
"""Where the words after a figure stop: a mark, a dash, a full stop that ends no title's
abbreviation (the sentence splitter's: "2 million for Ms. Chen" goes on to her name) nor
initials ($4 billion from U.S. equity funds)."""
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_NUMBER = re.compile(r"\d")
_MULTIPLIER = wordset("thousand million millions billion trillion mln bn bln trn trln")


@functools.lru_cache(maxsize=1024)
def count_noun(figure: str) -> str:
    """The noun a count figure carries (88 votes → votes), kept when the number is masked."""
    digits = [i for i, c in enumerate(figure) if c.isdigit()]
    tail = tokens(figure[digits[-1] + 1 :]) if digits else _after_words(tokens(figure))
    if digits and not tail and (tally := _TALLY_NOUN.match(figure, digits[0])) is not None:
        return tally.group(1)  # 88 votes to 61: the votes
    return " ".join(w for w in tail if w.lower() not in _MULTIPLIER)


def _after_words(words: list[str]) -> list[str]:
    """The words after a number in words (at least two people: people)."""
    last = max((i for i, w in enumerate(words) if w.lower() in NUMBER_WORDS), default=-1)
    return words[last + 1 :] if last >= 0 else []


_TALLY_NOUN = re.compile(rf"[\d.,]+\s+({TALLY_NOUNS})\s+to\s+\d", re.IGNORECASE)


def figure_qualifier(words: list[str]) -> int:
    """Where the words just before a figure start to qualify it rather than the clause: an
    article and a participle ("from a revised $950 million", "an upwardly revised 4%", "the
    estimated 300 people"); len(words) when they do not, or when they open the clause ("The
    planned 300 new stations ...": the clause has nothing else before the figure)."""
    j = len(words) - (3 if len(words) > 2 and is_manner_adverb(words[-2]) else 2)
    if j > 0 and words[-1].endswith("ed") and words[j].lower() in ("a", "an", "the"):
        return j
    return len(words)


def right_tokens(text: str, f_end: int, s_end: int) -> list[str]:
    """The words after a figure up to the end of its phrase (a comma, a bracket, a number)."""
    rest = text[f_end : min(s_end, f_end + _RIGHT_REACH)]
    if "(" in rest:
        rest = _BRACKETS.sub("", rest)
    m = _RIGHT_CUT.search(rest)
    if m is not None:
        rest = rest[: m.start()]
    words = tokens(rest)
    if _NUMBER.search(rest) is None:
        return words  # no number to stop at (the usual case)
    out: list[str] = []
    for w in words:
        if not w.isalpha() and _NUMBER.search(w) and not YEAR.fullmatch(w):
            del out[figure_qualifier(out) :]  # "to $1.1 billion from a revised $950 million"
            break
        out.append(w)
    return out
