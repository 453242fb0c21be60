"""Figures that measure one each of the things a sentence sets side by side.

`Exports and imports rose 5.2% and 3.1%, respectively`: the first figure is the exports', the
second the imports' (wire copy, Xinhua's above all, lists regions, sectors and months so).
`Lee led Roe 47% to 39%`: the first share is Lee's, the second Roe's (polls, races, games).
The contexts read figure by figure gave both the whole list, or its first word.
"""

from __future__ import annotations

import dataclasses
import re

from briefing.extract.cues import ARTICLES
from briefing.extract.participles import participle
from briefing.extract.phrase import AUX, LEVEL, PREPS, is_verb
from briefing.models import Figure

_RESPECTIVELY = re.compile(r"[^\S\n]*,?[^\S\n]*respectively\b")
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
"""What joins the figures of the list: a comma, "and", or both."""
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_OPENER = re.compile(r"^(?:(?:In|On|During|For|Last|This|By|At)\b[^,]{0,40},\s*)")
"""A phrase of time opening the sentence (`In November,`): no subject."""


def respectively(text: str, s_start: int, figures: list[Figure]) -> list[Figure]:
    """The sentence's figures (from s_start, in order), each of a list told "respectively"
    given its own subject when the subject before the verb lists as many as the figures."""
    for k, last in enumerate(figures):
        told = _RESPECTIVELY.match(text, last.end)
        if told is None:
            continue
        run = [k]
        while run[0] > 0:
            before = figures[run[0] - 1]
            if before.unit != last.unit or not _BETWEEN.fullmatch(
                text, before.end, figures[run[0]].start
            ):
                break
            run.insert(0, run[0] - 1)
        subjects = _subjects(text[s_start : figures[run[0]].start], len(run))
        if subjects is None:
            return figures
        out, head = list(figures), figures[run[0]]
        for i, subject in zip(run, subjects, strict=True):
            f = figures[i]
            if head.change is not None and f.change is None:
                # fell 3%, 5% and 8%: the one verb's change is each one's
                value = -abs(f.value) if head.value < 0 else f.value
                f = dataclasses.replace(f, change=head.change, value=value)
            out[i] = dataclasses.replace(f, context=subject)
        return out
    return figures


def _subjects(before: str, count: int) -> list[str] | None:
    """The count subjects listed before the verb, or None unless there are just so many."""
    before = _OPENER.sub("", before.strip())
    words = [(m.group(0), m.start()) for m in _WORD.finditer(before)]
    verb = len(words)
    while verb > 0 and words[verb - 1][0].lower() in PREPS:
        verb -= 1  # stood at, rose by
    if verb == 0 or not (words[verb - 1][0].lower() in LEVEL or is_verb(words[verb - 1][0])):
        return None
    verb -= 1
    action = words[verb][0].lower()  # raised, won: the figures are what the subjects did
    done = "" if action in LEVEL else f"{participle(action)} by "
    while verb > 0 and words[verb - 1][0].lower() in AUX:
        verb -= 1  # have risen, were up
    if verb == 0:
        return None
    if any(w.lower() in AUX or (is_verb(w) and not w.endswith("s")) for w, _ in words[:verb]):
        return None  # Shanghai and Beijing saw prices rise: no list of subjects (a noun in
        # -s may be a verb's too: exports, imports)
    parts = [p.split() for p in _JOIN.split(before[: words[verb][1]].strip())]
    if len(parts) != count or any(not p for p in parts):
        return None
    parts = [p[1:] if p[0].lower() in ARTICLES and len(p) > 1 else p for p in parts]
    if len(parts[0]) > 1 and all(len(p) == 1 and p[0][:1].isupper() for p in parts[1:]):
        # Exports to Japan, Korea and China: what the first says of each
        parts = [parts[0]] + [[*parts[0][:-1], *p] for p in parts[1:]]
    elif len(parts[-1]) > 1 and all(len(p) == 1 for p in parts[:-1]):
        # the eastern, central and western regions: the last one's noun is each one's
        parts = [[*p, *parts[-1][1:]] for p in parts[:-1]] + [parts[-1]]
    return [done + " ".join(p) for p in parts]


_WORD = re.compile(r"[\w’'.%$-]+")


_SIDES = re.compile(
    r"(?P<one>(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})\s+(?:led|leads|lead|trailed|"
    r"trails|trail|beat|beats|defeated|defeats|edged|edges|tops|topped|outpolled)\s+"
    r"(?P<other>(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})\s+(?:by\s+)?\Z"
)
"""One side, the verb of a lead or a win, the other side, just before a pair of figures."""


def sides(text: str, s_start: int, figures: list[Figure]) -> list[Figure]:
    """A pair of figures of one text (`46 percent to 38 percent`, `24-7`) after "X led Y": the
    first X's, the second Y's, with where or among whom (in Ohio, among young voters); a pair
    after it joined by "and" (`... and 41 percent to 37 percent in Iowa`) the same sides'."""
    out, named, last_end = list(figures), None, -1
    for k in range(len(figures) - 1):
        first, second = figures[k], figures[k + 1]
        if first.text != second.text or first.start != second.start:
            continue
        m = _SIDES.search(text, max(s_start, first.start - 120), first.start)
        if m is not None:
            named = (_name(m.group("one")), _name(m.group("other")))
        elif named is None or not _AND_PAIR.fullmatch(text, last_end, first.start):
            continue
        after = _WHERE.match(text, second.end)
        where = after.group(1).strip() if after is not None else ""
        if after is not None and _CUT_WORD.match(text, after.end(1)):
            where = where.rsplit(None, 1)[0]  # cut in a word, or before a number (ages 18 to 39)
        rest = f" {where}" if " " in where else ""
        out[k] = dataclasses.replace(first, context=named[0] + rest)
        out[k + 1] = dataclasses.replace(second, context=named[1] + rest)
        last_end = second.end
    return out


_WHERE = re.compile(r"[^\S\n]+((?:in|among)[^\S\n]+(?:(?![^\S\n]+and\b)[^,.;\n\d]){1,40})")
_CUT_WORD = re.compile(r"\w|[^\S\n]+\d")
_AND_PAIR = re.compile(r"[^,.;\n]{0,40}?\band\s+")
"""Between one pair and the next of the same sides (in Ohio and ...)."""


def _name(side: str) -> str:
    return side.removeprefix("the ").removeprefix("The ")
