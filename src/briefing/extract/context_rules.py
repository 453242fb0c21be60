"""The rules that read what a figure measures from the words around it (see context.py).

Each rule looks at the clause before the figure (c, with figures shown as #) and at the
words after it (r), and returns the measure's words, or None when its construction is not
there.
"""

from __future__ import annotations

from briefing.extract.clause import (
    ORDINALS,
    REPORT,
    YEAR,
    consumed,
    content_verb,
    drop_possessive,
    is_time,
    parse,
    post,
    split_head,
    verb_before,
)
from briefing.extract.numbers import NUMBER_WORDS
from briefing.extract.participles import participle
from briefing.extract.phrase import (
    ADVERB,
    AUX,
    DETS,
    LEVEL,
    NOT_NOUN,
    POSSESSIVE,
    PREPS,
    PRONOUNS,
    TIME_WORDS,
    VERBS,
    is_nounish,
    is_verb,
    noun_phrase,
    np_before,
    verb_at,
)
from briefing.extract.ranges import CHANGE_WORDS
from briefing.extract.words import wordset

MAX_WORDS = 12
"""A context is a phrase, not a sentence (the scorer's limit too)."""
_TAIL_CUT = PREPS | {"minus", "#"} | wordset("unchanged steady stable flat")
"""Words a clause's end loses before its object is read (kept its key rate unchanged at)."""
_TAIL_DET = _TAIL_CUT | DETS
_CONTAIN = wordset(
    """foresees foresee foresaw includes include included provides provide envisages envisage
    contains contain plans earmarks earmarked sets"""
)
_ESTIMATE = wordset("projected estimated expected forecast planned seen")
_AREA = wordset("square_km hectares")
_COPULA = wordset(
    """is are was were be been stood stand stands remain remains remained reach reached reaches
    account accounts accounted made make makes stay stays stayed put set projected estimated
    expected seen peak peaked push pushes pushed hit topped exceeded fell fallen rose risen"""
)
_HAVE = wordset("have has had having")
_KNOWN = VERBS | NOT_NOUN
_HOLD = _HAVE | wordset("counts numbers includes include included")
"""Verbs by which a subject holds what a count counts (the club has 800 members)."""


def counted(
    c: list[str], r: list[str], noun: list[str], opening: bool, subject: list[str]
) -> list[str]:
    """The noun a count counts, with what the sentence says of it ("stranded", "of the yard").

    `subject` is the sentence's subject, the owner of "its" when the clause's own is a pronoun.
    """
    pre = [c[-1]] if c and c[-1].lower().endswith("'s") else []
    after = post(r)
    # "cut 850 of its 3,400 jobs over the next year (after ...)": when, not what is counted
    clause = next((i for i, w in enumerate(after) if i and w.lower() in _SUBORDINATORS), None)
    told = [] if after and _all_time(after[:clause]) else after
    if len(c) >= 2 and c[-1].lower() in ("of", "for", "to") and is_nounish(c[-2]):
        head = np_before(c, len(c) - 1, limit=3)
        after_prep = len(c) > len(head) + 1 and c[-len(head) - 2].lower() in PREPS
        if head and c[-1].lower() == "to" and _changed(c, len(c) - 2 - len(head)):
            return [*head, *told]  # "raised its fleet to 40 planes": the fleet's new size
        if head and (not after_prep or c[-1].lower() == "of"):
            return [*head, c[-1], *noun, *told]  # "(with) radar surveys of 112 glaciers"
    if len(c) >= 2 and c[-1].lower() in _PARTICLES and is_verb(c[-2]) and not told:
        return [*noun, f"{participle(c[-2])} {c[-1]}"]  # "lay off 850 workers": workers laid off
    if c and c[-1].lower() in _OWNERS and not told:
        subj, _, _ = parse(c)
        owner = subj if subj and subj[0].lower() not in PRONOUNS else subject
        if owner and owner[0].lower() not in PRONOUNS:
            the = ["the"] if owner[0][:1].islower() else []
            return [*noun, "of", *the, *owner[:5]]  # "the yard will close one of its two docks"
    if not after and opening and r and (is_verb(r[0]) or r[0].lower() in AUX or _present(r)):
        cut = next((i for i, w in enumerate(r) if i and w.lower() in _CLAUSE_OPENERS), 9)
        return [*noun, *r[: min(cut, 9)]]  # "2,500 jobs would be created during construction"
    if opening and after and len(after) < len(r) and r[: len(after)] == after:
        rest = r[len(after) :]
        while rest and rest[0].lower() in ADVERB:
            rest = rest[1:]  # "students from Central Asia currently study in Russia"
        if rest and (is_verb(rest[0]) or _present(rest)):
            return [*noun, *after, *rest[:6]]
    verb = verb_before(c, modal=True)
    if c[-1:] in (["to"], ["from"]) and verb is not None and verb.lower() in CHANGE_WORDS:
        subj, _, _ = parse(c)
        if subj and subj[0].lower() not in PRONOUNS:
            return [*subj, *told]  # "the death toll rose to 45 people": not "people risen"
    if not told and verb is not None and verb.lower() not in REPORT and _does(verb):
        done = participle(verb)  # "opened six shelters": shelters opened (once: "jobs cut")
        return [*pre, *noun] if noun[-1:] == [done] else [*pre, *noun, done]
    if not pre and not told and verb is not None and verb.lower() in _HOLD:
        subj, _, _ = parse(c)
        if subj and subj[0].lower() not in PRONOUNS:
            the = ["the"] if subj[0][:1].islower() else []
            return [*noun, "of", *the, *subj]  # "the school has 1,200 students": not "students"
    if not pre and not told:
        return _enclosing(c, noun) or noun
    return [*pre, *noun, *told]


def _changed(c: list[str], k: int) -> bool:
    """Whether an owner or an article stands at c[k] after a verb of change ("cut its", "raised
    the"): what follows is what changed, not where something went ("flights to 40 cities")."""
    owner = k > 0 and (c[k].lower() in POSSESSIVE or c[k].lower() in DETS)
    return owner and c[k - 1].lower() in _CHANGED


_CHANGED = CHANGE_WORDS | wordset(
    "raised raises raise raising lifted lifts slashed slashes trimmed trims doubled halved tripled"
)


_COUNT_LEVEL = wordset(
    """is are was were be been being remained remains remain stood stand stands totalled totaled
    totals total amounted amounts averaged averages average numbered numbers went go goes gone"""
)
"""Verbs that give a count as a level (staff numbered 400), not a thing done to its objects."""


def _does(verb: str) -> bool:
    """Whether a verb before a count says what was done to the things counted (opened six
    shelters, hit 400 homes), which a verb of level alone does not (staff totalled 400)."""
    low = verb.lower()
    return content_verb(verb) or (low in LEVEL and low not in _COUNT_LEVEL and low not in AUX)


_SUBORDINATORS = wordset("when while as because where after before since until")
_CLAUSE_OPENERS = _SUBORDINATORS | wordset("and but")
"""Words that open another clause after a count's verb: "12 people died | when fire swept"."""
_PARTICLES = wordset("off up out down back")
"""Particles of phrasal verbs before a count (lay off, set up, pay out, shut down)."""
_OWNERS = wordset("its their")


def _enclosing(c: list[str], noun: list[str]) -> list[str] | None:
    """The phrase a count stands in after a preposition, rather than its bare noun again.

    "trade between Russia and the five countries" → "trade between Russia and the countries".
    """
    for k in range(len(c) - 1, max(0, len(c) - 6), -1):
        if c[k].lower() in PREPS:
            head = np_before(c, k, limit=4)
            tail = c[k:]
            at = k - len(head) - 1  # what stands before the head: no preposition, no article
            free = at < 0 or (c[at].lower() not in PREPS and c[at].lower() not in DETS)
            if head and "#" not in tail and is_nounish(head[-1]) and free:
                return [*head, *tail, *noun]
            return None
    return None


def _present(r: list[str]) -> bool:
    """Whether r opens with a verb the word lists do not know: "branches operate across the".

    After a plural count noun, a lower-case word that is no noun-phrase word and is followed
    by a preposition or an article is the count's verb in the present tense.
    """
    return (
        len(r) > 1
        and r[0].islower()
        and r[0] not in NOT_NOUN
        and not r[0].endswith("s")
        and (r[1].lower() in PREPS or r[1].lower() in DETS)
    )


def share(c: list[str], r: list[str], opening: bool) -> list[str] | None:
    """N% of X: X and what it does, or the subject's share of X."""
    x = drop_possessive(noun_phrase(r, 1, limit=8, pps=2))
    if "to" in x[1:] and x[-1].endswith(("'s", "’s")):
        x = x[: x.index("to", 1)]  # 52% of the vote | to Brennan's 46%: the rival's share
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
    if tail[:1] == ["of"] and not any(w.lower() in PREPS for w in tail[1:]):
        head, tail = x, []  # the summer flow of the river | supplied by meltwater
    by = ["by", *split_head(subj)[0][:4]] if subj else []
    return ["share", "of", *the, *head, participle(verb), *tail, *by]


def of_after(c: list[str], r: list[str], unit: str) -> list[str] | None:
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


_TIME_SPANS = TIME_WORDS | wordset("half halves period periods term terms")
_HEAD_ENDS = PREPS | DETS | wordset("last next previous past coming")
"""Words after a noun phrase's head (revenue | this year, revenue | last week)."""


def for_after(c: list[str], r: list[str]) -> list[str] | None:
    if len(r) < 2 or r[1].lower() in TIME_WORDS or YEAR.fullmatch(r[1]):
        return None
    if r[1].lower() in DETS and len(r) > 2 and r[2].lower() in TIME_WORDS:
        return None
    x = noun_phrase(r, 1, limit=10, pps=2)
    if not x or x[0].lower() in TIME_WORDS or all(w.lower() in ORDINALS for w in x):
        return None  # "in the first 11 months": a span of time, cut at its number
    head = next((i for i, w in enumerate(x) if i and w.lower() in _HEAD_ENDS), len(x))
    if x[head - 1].lower() in _TIME_SPANS:
        return None  # "in the first ten months of the year", "in the second half": when
    verb = verb_before(c)
    if content_verb(verb) and verb is not None:
        return [participle(verb), r[0], *x]
    return x


def of_before(c: list[str], r: list[str]) -> list[str] | None:
    np = np_before(c, len(c) - 1)
    if not np and len(c) >= 3 and c[-3].lower() in DETS and c[-2].isalpha():
        np = [c[-2]]  # "a cut of": a word of the verb list, a noun after its article
    after_article = len(c) > len(np) + 1 and c[-len(np) - 2].lower() in DETS
    if not np or not (after_article or any(is_nounish(w) for w in np)):
        return None  # "a cut of 25 basis points": after an article, "cut" is a noun
    after = post(r[2:] if r[:1] == ["of"] and len(r) > 1 else r)
    subj, verbs, _ = parse([*c[: len(c) - 1 - len(np)], "#"])
    if subj and verbs and np[-1].lower() in _EXTREMES:
        return [*subj, *after]  # "Gold hit a record high of $2,135": gold's price, not "high"
    if subj and verbs and verbs[-1].lower() in _HAVE:
        return [*np, "of", *subj, *after]
    if subj and verbs and verbs[-1].lower() in _CONTAIN:
        return [*np, "in", *subj, *after]
    return [*np, *after]


_EXTREMES = wordset("high low peak trough record highs lows peaks")
"""A level's word that names no measure: the subject's (hit a 33-year low of 151.9 per dollar)."""
_NO_OBJECT = NOT_NOUN | wordset("up down flat higher lower firmer weaker stronger softer")
"""After a copula, a direction or a state, not what is measured (silver was flat at $31)."""


def _before_verb(who: list[str]) -> list[str]:
    """A subject read up to its verb (`Orlen's fund holds`, `the raids that killed`) without
    it, unless the verb was a noun after all (`services and supplies`, `current plans`)."""
    cut = who[:-1][:-1] if who[-2:-1] in (["that"], ["which"], ["who"]) else who[:-1]
    keep = cut and (cut[-1].lower() in ("and", "or") or (len(cut) == 1 and cut[0].islower()))
    return who if keep else cut


def subject_rule(c: list[str], r: list[str], subject: list[str]) -> list[str] | None:
    end = len(c)
    while end and (c[end - 1].lower() in _TAIL_CUT or c[end - 1] == ","):
        end -= 1
    if len(c) >= 2 and c[-2].lower() == "to" and c[-1].lower() not in _KNOWN:
        return left_tail(c)  # "notes priced to yield"
    if len(c) >= 3 and c[-2].lower() == "to" and c[-1].lower() in LEVEL:
        end = len(c) - 2  # "expected its key rate to average"
    last = _last_verb(c, end) if end < len(c) else -1
    if last >= 0:
        first = last + 1 + (last + 1 < end and c[last + 1].lower() in _PARTICLES)  # scaled back
        obj = drop_possessive(noun_phrase(c[:end], first, limit=7, pps=1))
        inner = np_before(c, end)
        after_prep = len(inner) < end and c[end - len(inner) - 1].lower() in PREPS
        itself = end - len(inner) <= last and c[end : end + 1] == ["to"]  # "will amount to"
        if (
            inner
            and not itself
            and not after_prep
            and (not obj or len(obj) >= 7 or "#" in c[last:end])
        ):
            obj = drop_possessive(inner)  # "... and its container throughput to"
        if obj and obj[0].lower() in PRONOUNS:
            obj = subject  # "officials estimated it at": it is the sentence's subject
        # ("was up by 12%": up is the change's direction, no object)
        if obj and any(w.lower() not in _NO_OBJECT for w in obj) and not _only_time(obj):
            return [*obj, *post(r)]
    subj, verbs, _ = parse(c)
    verb = verb_before(c)
    if c == [verb] and c[0][:1].isupper() and r[:1] == ["vs"]:
        return c  # a table's line: "Operating 37.6 billion vs ...", no verb
    if end == len(c) and content_verb(verb) and verb is not None:
        kv = max(i for i, w in enumerate(c) if w == verb)
        obj = drop_possessive(noun_phrase(c, kv + 1, limit=5, pps=0))
        if obj:
            return [verb, *obj, *post(r)]  # double object: "save the average family"
        who = subj or subject
        if who and who[-1] == verb:
            who = _before_verb(who)
        if len(c) >= 3 and c[-2].lower() == "to":
            tail = c[-3:]  # "the bank planned to sell"; "Lee is set to gain": "set" once
            shared = next((k for k in (2, 1) if who[:5][-k:] == tail[:k]), 0)
            return [*who[:5], *tail[shared:], *post(r)]
        told = post(r) or _purpose(verb, r)
        return [participle(verb), *(["by", *who[:5]] if who else []), *told]
    if end and c[end - 1].lower().endswith("'s") and subj:
        owner = c[end - 1][:-2]
        return [*subj, owner] if owner.lower() in TIME_WORDS else [c[end - 1], *subj]
    who = subj or subject
    moved = bool(verbs) and verbs[0].lower() in CHANGE_WORDS  # (said) exports rose
    if who and (any(is_nounish(w) for w in who) or (subj and (subj[0][:1].isupper() or moved))):
        return [*who, *post(r)]  # "Exports reached": a verb's form, but here the subject
    return None


def _all_time(words: list[str]) -> bool:
    """Whether every word says when ("over the next year", "in July", "last Tuesday"), not
    how often ("a day", "per month": a rate is part of what is measured)."""
    if words[0].lower() not in _WHEN_FIRST:
        return False  # "a day", "per month", "at a time", "of the year": how often, which
    return any(
        (is_time(w) or YEAR.fullmatch(w)) and w.lower() not in _SPANS for w in words
    ) and all(
        is_time(w) or w.lower() in PREPS or w.lower() in _TIME_DETS or w.isdigit() for w in words
    )


def _only_time(words: list[str]) -> bool:
    """Whether an object is a time and nothing more ("this year", "the previous month", "in
    May"); "forecast for growth this year" and "its forecast for the year" end with one but
    measure the forecast."""
    k = len(words)
    while k and (is_time(words[k - 1]) or words[k - 1].lower() in _TIME_PARTS):
        k -= 1  # "the first nine months of the year": every word a time's
    return k == 0


_TIME_DETS = DETS | wordset("this last next previous same")
_TIME_PARTS = _TIME_DETS | PREPS | ORDINALS | NUMBER_WORDS
_WHEN_FIRST = wordset("in during over last this next since on until through earlier later")
"""How a phrase of time opens ("over the next year", "last week"); "a day", "per month", "at
a time" and "of the year" say how often or which, part of what is measured."""
_SPANS = wordset("time times season seasons")
"""Time words that are no date: "hits on the season" counts the season's hits."""


def _last_verb(c: list[str], end: int) -> int:
    """Where the last verb or auxiliary before c[end] stands, or -1."""
    k = end - 1
    while k >= 0 and not (c[k].lower() in AUX or verb_at(c, k)):
        k -= 1
    return k


def left_tail(c: list[str]) -> list[str]:
    k = max((i for i, w in enumerate(c) if w in ("#", ",")), default=-1)
    tail = c[k + 1 :]
    while tail and (tail[-1].lower() in _TAIL_DET):
        tail = tail[:-1]
    return tail[-MAX_WORDS:]


def _purpose(verb: str, r: list[str]) -> list[str]:
    """What money spent or put in went on, a gerund's phrase: "spent $5 million fixing the
    pier" (fixing the pier), "invested 40 mln dlrs upgrading its mills"."""
    if verb.lower() not in _SPENDING or not r or not r[0].endswith("ing") or not r[0].islower():
        return []
    return [r[0], *noun_phrase(r, 1, limit=5, pps=1)]


_SPENDING = wordset("spent spend spends spending invested invest invests investing used wasted")
