"""A sentence read as clauses, by rules over word classes (phrase.py; no model, no tagger):
where the figure's clause starts, its subject, verb and object."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from itertools import compress

from briefing.extract.no_one import names_no_one, nation_adjective
from briefing.extract.numbers import NUMBER_WORDS
from briefing.extract.participles import participle
from briefing.extract.phrase import (
    ADVERB,
    AUX,
    CONJ,
    DETS,
    INTRO,
    LEVEL,
    POSSESSIVE,
    PREPS,
    PRONOUNS,
    TIME_WORDS,
    WEEKDAYS,
    compound_head,
    inserted_phrase,
    is_verb,
    names_a_noun,
    noun_phrase,
    np_before,
    strip_ends,
    verb_at,
)
from briefing.extract.ranges import basis_end
from briefing.extract.words import wordset

_OPENERS = wordset("and but while whereas with after although or compared followed as")
_SUBORDINATE = wordset("that while whereas though although because unless whether")
REPORT = wordset("said says noted added announced reported stated told showed")
_WHEN_CLAUSE = wordset("after before when once until")
"""Conjunctions that open a clause of their own when a verb follows (after the vote passed)."""
_FORECAST = wordset("forecast forecasts expected expect expects predicted predict projected")
"""Verbs of a forecast, whose object may be a clause (had forecast spending would rise 0.5%)."""
_AS_CLAUSE = wordset("the its their his her this these those")
"""What opens the subject of a clause after "as" (not as much as, such as, as part of)."""
_CLAUSE_MARKS = (
    _SUBORDINATE | REPORT | _WHEN_CLAUSE | _FORECAST | {",", "which", "who", "and", "as"}
)
"""The only tokens at which a clause may start."""
SKIP_BEFORE = wordset(
    """a an the record further additional another estimated total combined extra new net gross
    its their his her some"""
)
_POST_PREPS = wordset(
    """in on at for across over under without with of since during between among within near
    beneath off behind into via along from"""
)
_PARTICIPLE_POST = wordset("bound needed held owed due left")
LEADING = DETS | CONJ | PREPS
LEVEL_AUX = LEVEL | AUX
AUX_PREP = AUX | PREPS

YEAR = re.compile(r"(?:19|20)\d\d")


def clause_of(words: list[str]) -> list[str]:
    """The clause the figure stands in: after the last "that", ", and", "said the" ... before it.

    A relative clause (", which is expected to cost") starts with the noun it qualifies.
    """
    start = 0
    head: list[str] = []
    last = len(words) - 1
    lows = list(map(str.lower, words))
    cut = (0, -1)  # an inserted phrase: "Output, including scrap, rose" reads "Output rose"
    for i in compress(range(len(lows)), map(_CLAUSE_MARKS.__contains__, lows)):
        lw = lows[i]
        nxt = lows[i + 1] if i < last else ""
        if i <= cut[1]:
            continue
        if lw == "," and nxt.endswith("ing") and (j := inserted_phrase(words, i)):
            cut = (i, j)
        elif lw == "that" and nxt.isalpha() and is_time(nxt):
            continue  # "before that year": a determiner, no clause
        elif lw in _SUBORDINATE or (lw == "," and (nxt in _OPENERS or lows[i - 1] in REPORT)):
            start, head = i + 1, []  # (and "..., the company said, sales rose": after it)
        elif lw in ("which", "who") and i > 0:
            start = i + 1
            head = np_before(words, i - 1 if words[i - 1] == "," else i, limit=5)
        elif (lw == "," and nxt.endswith("ing") and nxt not in PREPS) or (
            lw in REPORT
            and i < last
            and (words[i + 1][:1].islower() or nxt.endswith("'s") or names_a_noun(words, i + 1))
            and nxt not in PREPS
        ):
            # ", trading at" / "said the ministry expected" / "said India's GDP grew"
            start, head = i + 1, []
        elif (lw == "and" or (lw == "," and words[i - 1] == "#" and _noun_at(words, i + 1))) and (
            _verb_follows(words, i + 1)
        ):
            # "exports rose 4% and imports fell", "Acme rose 3%, Zenith fell": a new clause
            if any(is_verb(w) for w in words[start + 1 : i]):
                start, head = i + 1, []
        elif lw in _WHEN_CLAUSE and _noun_at(words, i + 1) and _verb_follows(words, i + 1):
            start, head = i + 1, []  # "told reporters after the council voted 41-8"
        elif (
            lw in _FORECAST
            and nxt.isalpha()
            and nxt not in PREPS
            and (lows[i - 1] if i else "") not in SKIP_BEFORE  # (its forecast for: a noun)
            and _noun_at(words, i + 1)
            and _verb_follows(words, i + 1)
        ):
            start, head = i + 1, []  # "had forecast construction spending would rise 0.5%"
        elif (
            lw == "as"
            and (nxt in _AS_CLAUSE or _bare_subject(words, i + 1))
            and _verb_follows(words, i + 1)
        ):
            start, head = i + 1, []  # "shares fell as the dollar rose", "as revenue jumped"
        elif lw == "," and i < last and is_verb(words[i + 1]) and nxt.endswith("ed") and i > 0:
            start = i + 1  # ", estimated at": the noun before the comma
            j = max((k for k in range(i) if words[k] == ","), default=-1)
            appositive = j > 0 and lows[j + 1] in ("a", "an", "the")  # Lee, a senator from X,
            head = np_before(words, j if appositive else i, limit=5)
    kept = words[start:] if cut[0] < start else [*words[start : cut[0]], *words[cut[1] + 1 :]]
    clause = [*head, *kept]
    if clause and clause[-1].lower() in REPORT and clause[-1].lower() != "added":  # (a rise)
        return []  # "officials said 2,500 jobs ...": the figure opens the reported clause
    return clause


def _bare_subject(words: list[str], i: int) -> bool:
    """Whether a noun with no article and its verb of level open a clause at words[i] ("as
    revenue jumped 50%", "as prices rose"; not "as much as", "as part of")."""
    return (
        i + 1 < len(words)
        and words[i].isalpha()
        and words[i].islower()
        and not is_verb(words[i])
        and words[i + 1].lower() in LEVEL
        and is_verb(words[i + 1])
    )


def _noun_at(words: list[str], i: int) -> bool:
    """Whether a subject may start at words[i]: no verb, "to" or -ing (rose 3%, Zenith fell)."""
    w = words[i].lower() if i < len(words) else "to"
    return w != "to" and not w.endswith("ing") and not is_verb(w)


def _modifies_noun(c: Sequence[str], i: int) -> bool:
    """Whether a word before c[i] modifies it, a noun with its verb after (not "trading at")."""
    w = c[i].lower() if i < len(c) else ""
    if not w.isalpha() or w in PREPS or w in DETS or w in PRONOUNS:
        return False
    return _verb_follows(c, i + 1)


def _verb_follows(words: Sequence[str], i: int) -> bool:
    """Whether a new clause starts at words[i]: a verb follows before any comma."""
    for w in words[i:]:
        if w == ",":
            return False
        if is_verb(w):
            return True
    return False


def parse(c: list[str]) -> tuple[list[str], list[str], int]:
    """Subject, verb group and where the rest (object, preposition) starts in a clause."""
    subject, verbs, i = _parse_cached(tuple(c))
    return list(subject), list(verbs), i


_WHEN_OPENERS = wordset("in on during last this next early late")


@functools.lru_cache(maxsize=512)
def _parse_cached(c: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    i, n = 0, len(c)
    if n and (c[0].lower() in INTRO or c[1:2] == ("far",)) and "," in c:  # (So far this year,)
        i = c.index(",") + 1
    elif n > 2 and c[1] == "," and (names_no_one(c[0]) or c[0].endswith("ly")):
        i = 2  # Overall, groups spent: no one named Overall
    elif n > 3 and c[0].lower() in _WHEN_OPENERS:
        # "In 2024 the brewer earned", "Last year the firm": when, then the subject
        j = 1
        while j < min(n, 4) and (is_time(c[j]) or YEAR.fullmatch(c[j])):
            j += 1
        if 1 < j < n and c[j].lower() in DETS:
            i = j
    while i < n and (c[i] == "," or c[i].lower() in CONJ):
        i += 1
    subj: list[str] = []
    has_subject = False
    while i < n:
        w = c[i]
        lw = w.lower()
        nxt = c[i + 1] if i + 1 < n else ""
        if w == ",":
            close = c.index(",", i + 1) if "," in c[i + 1 : i + 14] else -1
            if close == -1 or not subj:
                i += 1 if subj and is_verb(nxt) else 0
                break
            i = close + 1  # an appositive: "Kazakhstan, the largest producer, generates"
            continue
        verb = verb_at(c, i) or lw in AUX
        # (Spending rose, while sterling was flat: a noun in -ing, its verb after it)
        noun = not verb and lw.endswith("ing") and nxt.lower() in LEVEL and not lw.endswith("thing")
        if not subj and not noun and (verb or (lw.endswith("ing") and len(lw) > 5)):
            modifier = (lw.endswith("ing") or lw == "average") and w[:1].islower()
            if not modifier or not _modifies_noun(c, i + 1):
                break  # a clause without its own subject: "trading at", "will generate"
            subj.append(w)  # "while operating costs fell", "and average selling prices declined"
            i += 1
            continue
        plural = lw.endswith("s") and (is_verb(nxt) or nxt.lower() in AUX_PREP)
        if plural and nxt.lower() == "to" and i + 2 < n and is_verb(c[i + 2]):
            plural = False  # "the port expects to handle": a verb, not "exports to China"
        if verb and _modifies(subj, lw, nxt):
            subj.append(w)  # "the seasonally adjusted jobless rate": a participle before a noun
            i += 1
            continue
        if has_subject and verb and not plural and not compound_head(lw, nxt):
            break  # "crude exports averaged", "gas exports to China": a noun before the verb
        subj.append(w)
        has_subject = has_subject or lw not in LEADING
        i += 1
    verbs: list[str] = []
    while i < n:
        lw = c[i].lower()
        if (
            lw in AUX
            or verb_at(c, i)
            or lw in ADVERB
            or lw.endswith(("ly", "ing"))
            or lw in ("to", "be")
        ):
            verbs.append(c[i])
            i += 1
        else:
            break
    subject = strip_ends(subj)
    relative = subj[:1] and subj[0].lower() in DETS  # (not "Lee argues that ...")
    cut = next((k for k, x in enumerate(subject) if k and x.lower() in _RELATIVES), None)
    cut = cut if relative else None
    subject = (subject if cut is None else strip_ends(subject[:cut]))[-7:]  # the toll from a
    # ferry that capsized off Lisk: the toll's, not the relative clause's
    if len(subject) == 1 and subject[0].lower() in PRONOUNS:
        subject = []
    return tuple(subject), tuple(verbs), i


def _modifies(subj: list[str], lw: str, nxt: str) -> bool:
    """Whether a participle after an adverb that opens a subject ("seasonally adjusted", "U.S.
    narrowly defined") describes the noun after it rather than being the clause's verb ("the
    index narrowly missed": a noun before the adverb makes it the verb)."""
    if not lw.endswith("ed") or not subj or not subj[-1].lower().endswith("ly"):
        return False
    if any(x.lower() not in LEADING and not nation_adjective(x) for x in subj[:-1]):
        return False
    return nxt[:1].isalnum() and nxt.lower() not in AUX_PREP and nxt.lower() not in AUX


_RELATIVES = wordset("that which")
_MODALS = wordset("will would can could may might shall should must to")
_NOT_VERBS = DETS | PREPS | PRONOUNS | wordset("be have not")


def verb_before(c: list[str], modal: bool = False) -> str | None:
    """The verb just before the figure, over articles and words like "record", "further"."""
    for k in range(len(c) - 1, max(-1, len(c) - 5), -1):
        lw = c[k].lower()
        if lw in SKIP_BEFORE or lw == "to":
            continue
        ing = lw.endswith("ing") and len(lw) > 5 and lw not in PREPS
        # with `modal`, for a count: any word after a modal is its verb (would benefit 300)
        after_modal = modal and k > 0 and c[k - 1].lower() in _MODALS and lw not in _NOT_VERBS
        return c[k] if is_verb(c[k]) or ing or (after_modal and c[k].islower()) else None
    return None


def content_verb(verb: str | None) -> bool:
    if verb is None or verb.lower() in LEVEL_AUX:
        return False
    return not (verb.lower().endswith("ing") and participle(verb) in LEVEL)  # "exceeding"


ORDINALS = wordset("first second third fourth fifth last past next previous final")
"""Words that, before a number, make a span of time of it (the first 11 months)."""


def post(r: list[str], start: int = 0) -> list[str]:
    """What follows a figure's noun and qualifies it: "without electricity", "bound for export"."""
    out: list[str] = []
    i = start
    while i < len(r) and len(out) < 9:
        lw = r[i].lower()
        nxt = r[i + 1].lower() if i + 1 < len(r) else ""
        if (basis := basis_end(r, i)) > i:
            i = basis  # "3.1% year-on-year in May", "4% from a year earlier": the change's basis
            continue
        if lw in ("last", "this", "next", "a", "per", "each") and nxt in TIME_WORDS:
            out += r[i : i + 2]
            i += 2
            continue
        if lw in _POST_PREPS or lw in _PARTICIPLE_POST or (lw.endswith("ed") and is_verb(r[i])):
            if lw == "on" and nxt in WEEKDAYS:
                i += 2
                continue
            if lw == "from" and nxt in NUMBER_WORDS:
                break  # "rate from three": an earlier level, not what the figure measures
            if nxt in ("and", "or", "but"):
                if lw.endswith("ed"):
                    out.append(r[i])  # "three people died and two others were missing": died
                break  # (the words after "and" are the next clause's)
            np = noun_phrase(r, i + 1, limit=8, pps=1)
            if not np or all(w.lower() in ORDINALS for w in np):
                break  # "in the first 11 months", cut at its number: a span of time
            out += [r[i], "the", *np] if nxt == "the" else [r[i], *np]
            i += 1 + consumed(r, i + 1, np)
            continue
        break
    return out


def consumed(r: list[str], i: int, np: list[str]) -> int:
    """How many tokens of r from i a stripped noun phrase covered (leading articles included)."""
    k = i
    while k < len(r) and r[k] != np[0]:
        k += 1
    return k - i + len(np)


def drop_possessive(words: list[str]) -> list[str]:
    return words[1:] if words and words[0].lower() in POSSESSIVE else words


def split_head(x: list[str]) -> tuple[list[str], list[str]]:
    """A noun phrase's head and what follows it (a preposition or a time: "grain | this year")."""
    for i, w in enumerate(x):
        if i and (w.lower() in PREPS or w.lower() in ("this", "last", "next")):
            return x[:i], x[i:]
    return x, []


def is_time(word: str) -> bool:
    w = word.lower()
    if "-" in w or "–" in w:
        return any(part in TIME_WORDS for part in w.replace("–", "-").split("-"))
    return w in TIME_WORDS
