"""What a figure measures: a short phrase built from the sentence's structure around the number.

The number itself never appears in the phrase and no phrase has a hole where it stood: the
phrase is the noun the number counts, the "of"/"for" complement, the subject of "X rose to N",
the object of "cut X by N", or the noun before "X of N", with the modifiers that follow.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.extract.clause import (
    PRONOUNS,
    REPORT,
    SKIP_BEFORE,
    YEAR,
    clause_of,
    consumed,
    content_verb,
    count_noun,
    drop_possessive,
    is_time,
    parse,
    post,
    right_tokens,
    split_head,
    verb_before,
)
from briefing.extract.phrase import (
    AUX,
    CONJ,
    DETS,
    LEVEL,
    NOT_NOUN,
    PREPS,
    TIME_WORDS,
    VERBS,
    WEEKDAYS,
    is_nounish,
    is_verb,
    noun_phrase,
    np_before,
    participle,
    strip_ends,
    tokens,
    verb_at,
)
from briefing.extract.words import wordset

if TYPE_CHECKING:
    from briefing.models import Figure

MAX_WORDS = 12
"""A context is a phrase, not a sentence (the scorer's limit too)."""

WINDOW = 400
"""Characters either side of a figure that its context may come from."""

_CLAUSE_REACH = 40
"""Tokens before a figure its clause is looked for in."""
_SUBJECT_REACH = 24
"""Tokens at the head of a sentence its subject is looked for in."""
_HARD_CUT = re.compile(r"[;:]\s|\s[—–]\s|\(")
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,]*,")
_VOTE_VERBS = wordset(
    """passed approved adopted backed rejected voted endorsed ratified cleared supported
    defeated pass approve adopt back reject"""
)
_CONTAIN = wordset(
    """foresees foresee foresaw includes include included provides provide envisages envisage
    contains contain plans earmarks earmarked sets"""
)
_SUBJECT_POSITION = wordset("and or but while whereas with that")
_ESTIMATE = wordset("projected estimated expected forecast planned seen")
_AREA = wordset("square_km hectares")
_DIMENSION = {
    "km": ["length", "of"],
    "miles": ["length", "of"],
    "metres": ["length", "of"],
    "watts": ["capacity", "of"],
    "square_km": ["area", "of"],
    "hectares": ["area", "of"],
}
"""What a physical quantity before a noun gives of it: a 13-kilometre dam, a 640 MW wind farm."""
_COPULA = wordset(
    """is are was were be been stood stand stands remain remains remained reach reached reaches
    account accounts accounted made make makes stay stays stayed put set projected estimated
    expected seen peak peaked push pushes pushed hit topped exceeded fell fallen rose risen"""
)
_HAVE = wordset("have has had having")
_VP_END = CONJ | wordset("before after until since")
_AUX_PREP = AUX | PREPS
_TAIL_CUT = PREPS | {"minus", "#"}
_KNOWN = VERBS | NOT_NOUN
_TAIL_DET = _TAIL_CUT | DETS
_COST = wordset("cost costs costing")
_MONEY = wordset(
    """crowns crown marks francs dinars dirhams riyals rand pesos zloty forints kroner kronor
    krona lei leva lari denars shillings naira cedis dong baht ringgit rupiah won"""
)


def _mask(text: str, start: int, end: int, figures: list[Figure]) -> str:
    """text[start:end] with each earlier figure replaced by # (a count keeps its noun)."""
    pieces: list[str] = []
    pos = start
    for f in figures:
        if f.start < pos or f.end > end:
            continue
        pieces.append(text[pos : f.start])
        pieces.append(f" # {count_noun(f.text)} " if f.unit == "count" else " # ")
        pos = f.end
    pieces.append(text[pos:end])
    return "".join(pieces)


def _vote(c: list[str], noun: list[str]) -> list[str] | None:
    votes = bool(noun) and noun[-1].lower() in ("votes", "vote")
    against = len(c) >= 3 and c[-1] == "to" and c[-2].lower() == "votes" and c[-3] == "#"
    if not (votes or against):
        return None
    for k, w in enumerate(c):
        if w.lower() in _VOTE_VERBS:
            obj = noun_phrase(c, k + 1, limit=6, pps=1)
            subj, _, _ = parse(c[:k])
            what = obj or subj
            return ["vote", "on", *what] if what else ["vote"]
    return None


def _counted(c: list[str], r: list[str], noun: list[str], opening: bool) -> list[str]:
    pre = [c[-1]] if c and c[-1].lower().endswith("'s") else []
    after = post(r)
    if len(c) >= 2 and c[-1].lower() in ("of", "for", "to") and is_nounish(c[-2]):
        head = np_before(c, len(c) - 1, limit=3)
        if head and not (len(c) > len(head) + 1 and c[-len(head) - 2].lower() in PREPS):
            return [*head, c[-1], *noun, *after]
    if not after and opening and r and (is_verb(r[0]) or r[0].lower() in AUX):
        return [*noun, *r[:9]]  # "2,500 jobs would be created during construction"
    verb = verb_before(c)
    if not after and content_verb(verb) and verb is not None and verb.lower() not in REPORT:
        return [*pre, *noun, participle(verb)]
    return [*pre, *noun, *after]


def _attributive(c: list[str], r: list[str], unit: str) -> list[str] | None:
    """ "a 13-kilometre dam", "a 13% rise in net income": the figure describes the noun after it."""
    if not (c and c[-1].lower() in DETS and r and r[0].lower() not in NOT_NOUN):
        return None
    np = noun_phrase(r, 0, limit=8, pps=1)
    if not np:
        return None
    return [*_DIMENSION.get(unit, []), *np]


def _share(c: list[str], r: list[str], opening: bool) -> list[str] | None:
    """N% of X: X and what it does, or the subject's share of X."""
    x = drop_possessive(noun_phrase(r, 1, limit=8, pps=2))
    if not x:
        return None
    the = ["the"] if len(r) > 1 and r[1].lower() == "the" else []
    j = 1 + consumed(r, 1, x)
    if opening:
        rest: list[str] = []
        for w in r[j:]:
            if w in ("#", ","):
                break
            rest.append(w)
        return [*x, *rest] if rest else ["share", "of", *the, *x]
    subj, verbs, k = parse(c)
    verb = verb_before(c)
    level = (
        verb is None or verb.lower() in _COPULA or c[-1].lower() in ("at", "to", "below", "above")
    )
    if level:
        pre = [v.lower() for v in verbs if v.lower() in _ESTIMATE][:1]
        who = subj or drop_possessive(noun_phrase(c, k, limit=5))
        return [*pre, *who, ",", "share", "of", *the, *x] if who else ["share", "of", *x]
    assert verb is not None
    head, tail = split_head(x)
    by = ["by", *split_head(subj)[0][:4]] if subj else []
    return ["share", "of", *the, *head, participle(verb), *tail, *by]


def _of_after(c: list[str], r: list[str], unit: str) -> list[str] | None:
    x = drop_possessive(noun_phrase(r, 1, limit=9, pps=2))
    if not x:
        return None
    head, tail = split_head(x)
    if unit in _AREA and head[0][:1].isupper():
        head = ["area", "of", *head]
    verb = verb_before(c)
    if content_verb(verb) and verb is not None:
        return [*head, participle(verb), *tail]
    subj, _, _ = parse(c)
    if verb is not None and subj:
        return [*subj, ",", *x]
    return x


def _for_after(c: list[str], r: list[str]) -> list[str] | None:
    if len(r) < 2 or r[1].lower() in TIME_WORDS or YEAR.fullmatch(r[1]):
        return None
    if r[1].lower() in DETS and len(r) > 2 and r[2].lower() in TIME_WORDS:
        return None
    x = noun_phrase(r, 1, limit=10, pps=2)
    if not x or x[0].lower() in TIME_WORDS:
        return None
    verb = verb_before(c)
    if content_verb(verb) and verb is not None:
        return [participle(verb), r[0], *x]
    return x


def _of_before(c: list[str], r: list[str]) -> list[str] | None:
    np = np_before(c, len(c) - 1)
    if not np or not any(is_nounish(w) for w in np):
        return None
    after = post(r[2:] if r[:1] == ["of"] and len(r) > 1 else r)
    subj, verbs, _ = parse([*c[: len(c) - 1 - len(np)], "#"])
    if subj and verbs and verbs[-1].lower() in _HAVE:
        return [*np, "of", *subj, *after]
    if subj and verbs and verbs[-1].lower() in _CONTAIN:
        return [*np, "in", *subj, *after]
    return [*np, *after]


def _cost(c: list[str], subject: list[str]) -> list[str] | None:
    """ "expected to cost N" → cost of the subject; "costs the budget N" → cost to the budget."""
    ks = [i for i in range(max(0, len(c) - 5), len(c)) if c[i].lower() in _COST]
    if not ks:
        return None
    k = ks[-1]
    obj = drop_possessive(noun_phrase(c, k + 1, limit=5, pps=0))
    if obj and obj[0].lower() not in PRONOUNS:
        return ["cost", "to", *obj]
    subj, _, _ = parse(c[:k])
    who = subj or subject
    return ["cost", "of", *who] if who else None


def _subject_rule(c: list[str], r: list[str], subject: list[str]) -> list[str] | None:
    end = len(c)
    while end and (c[end - 1].lower() in _TAIL_CUT or c[end - 1] == ","):
        end -= 1
    if len(c) >= 2 and c[-2].lower() == "to" and c[-1].lower() not in _KNOWN:
        return _left_tail(c)  # "notes priced to yield"
    if len(c) >= 3 and c[-2].lower() == "to" and c[-1].lower() in LEVEL:
        end = len(c) - 2  # "expected its key rate to average"
    last = _last_verb(c, end) if end < len(c) else -1
    if last >= 0:
        obj = drop_possessive(noun_phrase(c[:end], last + 1, limit=7, pps=1))
        inner = np_before(c, end)
        after_prep = len(inner) < end and c[end - len(inner) - 1].lower() in PREPS
        if inner and not after_prep and (not obj or len(obj) >= 7 or "#" in c[last:end]):
            obj = drop_possessive(inner)  # "... and its container throughput to"
        if obj and obj[0].lower() in PRONOUNS:
            obj = subject  # "officials estimated it at": it is the sentence's subject
        if obj and any(w.lower() not in NOT_NOUN for w in obj) and not is_time(obj[-1]):
            return [*obj, *post(r)]
    subj, _, _ = parse(c)
    verb = verb_before(c)
    if end == len(c) and content_verb(verb) and verb is not None:
        kv = max(i for i, w in enumerate(c) if w == verb)
        obj = drop_possessive(noun_phrase(c, kv + 1, limit=5, pps=0))
        if obj:
            return [verb, *obj, *post(r)]  # double object: "save the average family"
        who = subj or subject
        if len(c) >= 3 and c[-2].lower() == "to":
            return [*who[:5], *c[-3:], *post(r)]  # "the bank planned to sell"
        return [participle(verb), *(["by", *who[:5]] if who else []), *post(r)]
    if end and c[end - 1].lower().endswith("'s") and subj:
        owner = c[end - 1][:-2]
        return [*subj, owner] if owner.lower() in TIME_WORDS else [c[end - 1], *subj]
    who = subj or subject
    if who and any(is_nounish(w) for w in who):
        return [*who, *post(r)]
    return None


def _last_verb(c: list[str], end: int) -> int:
    """Where the last verb or auxiliary before c[end] stands, or -1."""
    k = end - 1
    while k >= 0 and not (c[k].lower() in AUX or verb_at(c, k)):
        k -= 1
    return k


def _from_previous(c: list[str]) -> bool:
    """ "... to 3,870 from", "..., down from": a figure's earlier level."""
    if len(c) < 2 or c[-1].lower() != "from":
        return False
    return c[-2] == "#" or c[-2].lower() in ("up", "down") or (len(c) > 2 and c[-3] == "#")


def _same_measure(before: list[str], post: list[str]) -> list[str]:
    """ "down from 6.4% in May": the earlier figure's measure, its time replaced by this one's."""
    if post:
        for i in range(len(before) - 2, 0, -1):
            if before[i].lower() in PREPS and (
                is_time(before[i + 1]) or YEAR.fullmatch(before[i + 1])
            ):
                return [*before[:i], *post]
    return [*before, *post]


def _left_tail(c: list[str]) -> list[str]:
    k = max((i for i, w in enumerate(c) if w in ("#", ",")), default=-1)
    tail = c[k + 1 :]
    while tail and (tail[-1].lower() in _TAIL_DET):
        tail = tail[:-1]
    return tail[-MAX_WORDS:]


def _finish(words: list[str]) -> str:
    out: list[str] = []
    skip_part = False
    for i, w in enumerate(words):
        lw = w.lower()
        if skip_part and lw in ("morning", "afternoon", "evening", "night"):
            continue
        skip_part = False
        if lw in WEEKDAYS and out and out[-1].lower() == "on":
            out.pop()
            skip_part = True
            continue
        if w == "#" or (w == "," and (not out or out[-1] == ",")):
            continue
        if lw in PRONOUNS and i == 0:
            continue
        out.append(w)
    out = strip_ends(out)
    if len(out) > MAX_WORDS:
        out = strip_ends(out[:MAX_WORDS])
    return " ".join(out).replace(" ,", ",")


def figure_context(
    text: str,
    s_start: int,
    s_end: int,
    f_start: int,
    f_end: int,
    previous: list[Figure],
    unit: str = "count",
    noun_end: int | None = None,
) -> str:
    """A phrase of at most MAX_WORDS words saying what the figure at text[f_start:f_end] measures.

    `noun_end`, for a count, is where the noun it counts ends (212,000 students).
    """
    lead_in = text[max(s_start, f_start - 3) : f_start]
    if "(" in lead_in and previous and previous[-1].end >= f_start - 4:
        return previous[-1].context  # a conversion in brackets measures the same thing
    # A clause is never longer than WINDOW characters; bounding it keeps huge inputs linear.
    s_start = max(s_start, f_start - WINDOW)
    s_end = min(s_end, f_end + WINDOW)
    full = _mask(text, s_start, f_start, previous)
    hard = 0
    # Most clauses hold none of the marks: plain `in` tests save scanning them with the regex.
    if ";" in full or ":" in full or "(" in full or "—" in full or "–" in full:
        for m in _HARD_CUT.finditer(full):
            if m.group(0) == "(" and ")" in full[m.end() :]:
                continue
            hard = m.end()
    clause_text = full[hard:]
    if "wh" in clause_text:
        clause_text = _RELATIVE.sub("", clause_text)
    sentence = tokens(clause_text)
    c = clause_of(sentence[-_CLAUSE_REACH:])
    noun = tokens(text[f_end:noun_end]) if noun_end and noun_end > f_end else []
    after = noun_end if noun_end and noun_end > f_end else f_end
    r = right_tokens(text, after, s_end)
    first = r[0].lower() if r else ""
    opening = (
        not c
        or c[-1].lower() in _SUBJECT_POSITION
        or c[-1] == ","
        or all(w.lower() in SKIP_BEFORE for w in c[-3:])  # "said a further 20-30 cm could"
    )
    if noun and len(noun) == 1 and noun[0].lower() in _MONEY:
        noun = []  # 212 billion crowns: a currency the unit list does not know
    words: list[str] | None = _vote(c, noun)
    if words is None and previous and _from_previous(c):
        words = _same_measure(previous[-1].context.split(), post(r))
    if words is None and noun:
        words = _counted(c, r, noun, opening)
    if words is None and unit != "count":
        words = _attributive(c, r, unit)
    if words is None and first == "of" and unit == "percent":
        words = _share(c, r, opening)
    if words is None and opening and r and (is_verb(r[0]) or r[0].lower() in _AUX_PREP):
        cut = next((i for i, w in enumerate(r) if i and w.lower() in _VP_END), len(r))
        words = r[: min(cut, 9)]  # "could fall on the highlands | before the storm moves"
    if words is None and c and c[-1].lower() in ("of", "worth"):
        words = _of_before(c, r)
    if words is None and first == "of" and unit != "count":
        words = _of_after(c, r, unit)
    proper = len(r) > 1 and r[1][:1].isupper()
    if words is None and first in ("for", "in") and unit not in ("percent", "count") and not proper:
        words = _for_after(c, r)
    subject = parse(sentence[:_SUBJECT_REACH])[0] if words is None else []
    if words is None:
        words = _cost(c, subject)
    if words is None and c:
        words = _subject_rule(c, r, subject)
    if not words or not strip_ends(words):
        words = _left_tail(c) or r[:MAX_WORDS]
    result = _finish(words)
    if not result and not subject:
        subject = parse(sentence[:_SUBJECT_REACH])[0]
    return result or _finish(subject) or _finish([w for w in c if w.lower() not in NOT_NOUN][-6:])
