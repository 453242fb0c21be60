"""What a figure measures: a short phrase from the clause around it, the number left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.extract.words import wordset

if TYPE_CHECKING:
    from briefing.models import Figure

MAX_WORDS = 12
"""A context is a phrase, not a sentence (the scorer's limit too)."""

WINDOW = 400
"""Characters either side of a figure that its context may come from."""

KEEP_WHOLE = 11
"""A clause up to this many words is kept whole; a longer one is cut to subject … tail."""

_HARD_CUT = re.compile(r"[;:]\s|\s[—–]\s|\(")
_SOFT_CUT = re.compile(
    r",\s+(?:and|but|while|whereas|or|with|after|as|although|followed|compared)\b|\bthat\s|"
    r"\b(?:said|says|noted|added|announced|reported|stated)\s+(?=[a-z])",
    re.IGNORECASE,
)
_REPORT_END = re.compile(r"\b(?:said|says|noted|added|announced|reported|stated|that)\s+$", re.I)
_RIGHT_CUT = re.compile(r"[,;:!?()]|\.(?:\s|$)|\s[—–]\s")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_TRIM = "“”\"«»‘’'()[],.;:!?—–- "
_INTRO = wordset(
    """in under on at after before following opening speaking despite since for with during
    according addressing without unlike like once"""
)
_AUX = wordset(
    """is are was were has have had will would can could should may might remains remained rose
    fell grew said says plans plan expects expected"""
)
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,]*,")
_PRONOUN = re.compile(r"\b(?:it|them)\b")


def _words(text: str) -> list[str]:
    return [w.strip(_TRIM) for w in text.split() if w.strip(_TRIM)]


def _subject(words: list[str]) -> list[str]:
    """The head of a clause up to its verb (roughly): at most seven words."""
    out: list[str] = []
    for i, w in enumerate(words[:7]):
        low = w.lower()
        if i > 0 and (low in _AUX or (low.endswith("ed") and len(low) > 4)):
            break
        out.append(w)
    return out


def _compress(clause: str, limit: int) -> list[str]:
    words = _words(clause)
    if len(words) <= limit:
        return words
    first = clause.split(",", 1)
    if words and words[0].lower() in _INTRO and len(first) == 2:
        return _compress(first[1], limit)
    subject = _subject(_words(first[0]))[: max(1, limit - 4)]
    tail = words[-max(3, limit - 1 - len(subject)) :]
    return [*subject, "…", *tail]


def _left(full: str, right_words: int, of_follows: bool, limit: int) -> list[str]:
    hard = 0
    for m in _HARD_CUT.finditer(full):
        if m.group(0) == "(" and ")" in full[m.end() :]:
            continue
        hard = m.end()
    clause = _RELATIVE.sub("", full[hard:])
    cuts = [m.end() if m.group(0)[:1] != "," else m.start() + 1 for m in _SOFT_CUT.finditer(clause)]
    for cut in reversed(cuts):
        part = clause[cut:]
        n = len(_words(part))
        if _PRONOUN.search(part):
            break
        reported = _ends_report(clause, cut)
        if (n >= 3 or ((of_follows or reported) and n + right_words >= 4)) and n <= limit:
            return _words(part)
    return _compress(clause, limit)


def _ends_report(clause: str, cut: int) -> bool:
    """Whether a cut falls just after a reporting verb ("said an 8% drop ...")."""
    return _REPORT_END.search(clause, 0, cut) is not None


def _right(text: str, f_end: int, s_end: int) -> list[str]:
    rest = _BRACKETS.sub("", text[f_end:s_end])
    m = _RIGHT_CUT.search(rest)
    if m is not None:
        rest = rest[: m.start()]
    return _words(rest)


def figure_context(
    text: str,
    s_start: int,
    s_end: int,
    f_start: int,
    f_end: int,
    previous: list[Figure],
    share: bool = False,
    noun: int = 0,
) -> str:
    """A phrase of at most MAX_WORDS words saying what the figure at text[f_start:f_end] measures.

    `noun` is how many words after the number name what it counts (212,000 students); they
    are kept, with a few words after them, before the words leading up to the number.
    """
    lead_in = text[max(s_start, f_start - 3) : f_start]
    if "(" in lead_in and previous and previous[-1].end >= f_start - 4:
        return previous[-1].context  # a conversion in brackets measures the same thing
    # Earlier figures of the sentence are left out: the context names the measure, not numbers.
    # A clause is never longer than WINDOW characters; bounding it keeps huge inputs linear.
    s_start = max(s_start, f_start - WINDOW)
    s_end = min(s_end, f_end + WINDOW)
    pieces: list[str] = []
    pos = s_start
    nearby = []
    for f in reversed(previous):
        if f.end <= s_start:
            break
        nearby.append(f)
    for f in reversed(nearby):
        if f.unit == "count":
            continue  # counts carry their noun (12 countries), which may be what is measured
        if s_start <= f.start and f.end <= f_start and f.start >= pos:
            pieces.append(text[pos : f.start])
            pos = f.end
    pieces.append(text[pos:f_start])
    right = _right(text, f_end, s_end)
    # "22% of respondents": for a share, what follows "of" says what it measures.
    of_follows = share and bool(right) and right[0].lower() == "of"
    want = noun + 3 if noun else 5 if of_follows else 2
    limit = min(KEEP_WHOLE, MAX_WORDS - min(len(right), want))
    left = _left("".join(pieces), len(right), of_follows, limit)
    words = left + right[: max(0, MAX_WORDS - len(left))]
    while len(words) > MAX_WORDS:
        words.pop(0)
    return " ".join(words)
