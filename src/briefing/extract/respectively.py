"""Figures told "respectively": each measures its own one of the subjects listed before the verb.

`Exports and imports rose 5.2% and 3.1%, respectively`: the first figure is the exports', the
second the imports' (wire copy, Xinhua's above all, lists regions, sectors and months so). The
contexts read figure by figure gave both the whole list, or its first word.
"""

from __future__ import annotations

import dataclasses
import re

from briefing.extract.phrase import AUX, LEVEL, PREPS, is_verb, participle
from briefing.models import Figure

_RESPECTIVELY = re.compile(r"[^\S\n]*,?[^\S\n]*respectively\b")
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
"""What joins the figures of the list: a comma, "and", or both."""
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_OPENER = re.compile(r"^(?:(?:In|On|During|For|Last|This|By|At)\b[^,]{0,40},\s*)")
"""A phrase of time opening the sentence (`In November,`): no subject."""
_ARTICLES = frozenset(("the", "a", "an"))


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
    parts = [p[1:] if p[0].lower() in _ARTICLES and len(p) > 1 else p for p in parts]
    if len(parts[0]) > 1 and all(len(p) == 1 and p[0][:1].isupper() for p in parts[1:]):
        # Exports to Japan, Korea and China: what the first says of each
        parts = [parts[0]] + [[*parts[0][:-1], *p] for p in parts[1:]]
    elif len(parts[-1]) > 1 and all(len(p) == 1 for p in parts[:-1]):
        # the eastern, central and western regions: the last one's noun is each one's
        parts = [[*p, *parts[-1][1:]] for p in parts[:-1]] + [parts[-1]]
    return [done + " ".join(p) for p in parts]


_WORD = re.compile(r"[\w’'.%$-]+")
