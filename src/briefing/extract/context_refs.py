"""What a figure measures by what the sentence named before it: the security a price is of
(`a bond ... priced at 99-1/4 pct`), the things an earlier count counted (`120 people, of
whom 40 were children`, `12 people died and 40 were hurt`), or a later one (`cut 850 of its
3,400 jobs`), and the one a cost falls to or is of (`costs the budget`, `expected to cost`)."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING

from briefing.extract.clause import consumed, drop_possessive, parse, post
from briefing.extract.context_rules import MAX_WORDS
from briefing.extract.figure_words import count_noun
from briefing.extract.participles import participle
from briefing.extract.phrase import (
    AUX,
    PREPS,
    PRONOUNS,
    is_verb,
    noun_phrase,
    possessive,
    tokens,
)
from briefing.extract.ranges import CHANGE_NOUNS
from briefing.extract.words import wordset

if TYPE_CHECKING:
    from briefing.models import Figure


_PRICED = wordset(
    """bond bonds note notes issue shares share stock offering debentures debenture eurobond
    eurobonds paper certificates warrants units tickets"""
)


def priced(c: list[str], sentence: list[str]) -> list[str] | None:
    """ "a bond ... with a coupon and priced at 98-1/2 pct", "shares priced at 12 dlrs":
    the price of the security the sentence names last before, not the clause's subject."""
    if [w.lower() for w in c[-2:]] != ["priced", "at"]:
        return None
    named = next((w for w in reversed(sentence[:-2]) if w.lower() in _PRICED), None)
    return None if named is None else ["price", "of", named.lower()]  # (the car: its subject)


def of_which(c: list[str], r: list[str], earlier: Figure) -> list[str] | None:
    """ "3.4 million visitors, of which 1.1 million were from abroad": the earlier figure's
    things from abroad; "120 people, of whom 40 were children": children among them."""
    if len(c) < 2 or c[-2].lower() != "of" or c[-1].lower() not in ("which", "whom"):
        return None
    things = count_noun(earlier.text).split() if earlier.unit == "count" else []
    things = things or earlier.context.split()
    rest = r[1:] if r and r[0].lower() in AUX else r
    cut = next(
        (i for i, w in enumerate(rest) if w == "," or (i and w.lower() in _OF_WHICH_END)), len(rest)
    )
    rest = rest[:cut]
    if not things or not rest:
        return None
    if rest[0].lower() in PREPS:
        return [*things, *rest]  # visitors from abroad
    if is_verb(rest[0]):
        return None  # (went to farmers: what the figure did, said by the rules after)
    return [*rest, "among", *things]  # children among people


_OF_WHICH_END = wordset("and while but whereas")


def part_of(rest: list[str], r: list[str]) -> tuple[list[str], list[str]]:
    """ "cut 850 of its 3,400 jobs": a bare first count counts the second one's noun.

    Returns that noun and the words after it (else no noun and r as it was).
    """
    i = 1
    if rest[:1] != ["of"]:
        return [], r
    while i < len(rest) and rest[i].lower() in ("its", "their", "the", "his", "her", "our"):
        i += 1
    # "40 of the state's 75 districts", "30 of the European Union's 27 members": an owner
    owner = next((k for k in range(i, min(i + 3, len(rest))) if possessive(rest[k])), -1)
    if owner >= 0 and all(w[:1].isupper() for w in rest[i:owner]):
        i = owner + 1
    if i >= len(rest) or not (rest[i][:1].isdigit() or rest[i].lower() in _SMALL_NUMBERS):
        return [], r
    if rest[i].lower() in _SMALL_NUMBERS:
        i += 1
    while i < len(rest) and (rest[i][:1].isdigit() or rest[i] in (",", ".")):
        i += 1  # the number, as tokens splits it (3 , 400)
    if i >= len(rest) or rest[i].lower().endswith("ing"):
        return [], r  # "12 of 21 expecting a cut": no noun to share
    noun = [w for w in noun_phrase(rest, i, limit=3, pps=0) if w.isalpha()]
    if not noun:
        return [], r
    k = i + consumed(rest, i, noun)
    after: list[str] = []
    for w in rest[k:]:
        if w == "," or w[:1].isdigit():
            break
        after.append(w)
    return noun, after


def marks(c: list[str], r: list[str]) -> bool:
    """Whether a change marks the figure before it: "N1.2 trillion, representing a 28 per cent
    increase over ...", "$4 billion, marking a 12% rise", "... an increase of 28%"."""
    low = [w.lower() for w in c[-4:]]
    if r and low[-2:-1] and low[-2] in _MARKING and low[-1] in ("a", "an"):
        return r[0].lower() in CHANGE_NOUNS  # representing a | 28% increase
    return (
        len(low) == 4
        and low[0] in _MARKING
        and low[1] in ("a", "an")
        and (low[2] in CHANGE_NOUNS and low[3] == "of")
    )  # representing an increase of | 28%


_MARKING = wordset("representing marking reflecting signalling signaling")
_SMALL_NUMBERS = wordset("two three four five six seven eight nine ten eleven twelve dozen")


def ellipsis(earlier: Figure, s_start: int, r: list[str], c: list[str]) -> list[str] | None:
    """A bare count after a count of one sentence, its noun left out: "killed 200 people in
    the city and 15 in the suburbs", "at least 40 people, including 9 who were swept away",
    "killing 12 people and injuring 40" (`c`: the clause before the count)."""
    if earlier.unit != "count" or earlier.end < s_start:
        return None
    noun = tokens(count_noun(earlier.text))
    harm = participle(c[-1]) if c and c[-1].lower().endswith("ing") else ""
    if noun and _HARMED.match(harm):
        return [*noun, harm]
    if not r:
        return None
    if r[0].lower() in ("who", "that") and len(r) > 2 and r[1].lower() in AUX:
        qualified = r[2 : 2 + MAX_WORDS - len(noun)]  # who were swept away by a river
    elif r[0].lower() in ("in", "at", "on", "from", "across", "among", "for", "against", "with"):
        qualified = post(r)
    elif (harmed := _harmed_at(r)) is not None:
        qualified = r[: harmed + 1]  # "23 killed and 40 wounded", "and 40 had been hurt"
    else:
        return None
    return [*noun, *qualified] if noun and qualified else None


_HARMED = re.compile(r"(?i:wounded|injured|hurt|killed|dead|missing|arrested|detained|rescued)$")
"""What a bare count after a count of people may be of its own: "and 40 wounded"."""
_BEFORE_HARMED = wordset("were was had have has been are remain remained")


def _harmed_at(r: list[str]) -> int | None:
    """Where the harm word stands after at most two auxiliaries ("had been injured")."""
    k = 0
    while k < 2 and k < len(r) and r[k].lower() in _BEFORE_HARMED:
        k += 1
    return k if k < len(r) and _HARMED.match(r[k]) else None


def rival_share(c: list[str], r: list[str], earlier: Figure) -> list[str] | None:
    """ "won 52% of the vote to 46% for Brennan", "to Brennan's 46%", ", against 46% for
    Brennan": the share the earlier figure measures, the rival's."""
    words = earlier.context.split()
    if earlier.unit != "percent" or "share" not in words[:-1]:
        return None
    words = words[words.index("share") :]  # (Lee, ) share of the vote (won by Lee)
    if words[1] != "of":
        return None
    k = next(
        (i for i, w in enumerate(words) if i > 2 and (w == "by" or is_verb(w) or w.endswith("en"))),
        len(words),
    )
    if len(c) >= 2 and c[-2].lower() == "to" and c[-1][:1].isupper():
        return [c[-1], *words[:k]] if c[-1].endswith(("'s", "’s")) else None  # to Vidal's 46%
    who = list(takewhile(lambda w: w[:1].isupper(), r[1:4])) if r[:1] == ["for"] else []
    if who and c[-1:] and c[-1].lower() in ("to", "against"):
        return [*words[:k], "for", *who]  # to 46% for Vidal
    return None


VAGUE = frozenset(("number", "figure", "total", "tally", "count", "estimate"))
"""What a figure's own words may say it measures that says nothing (put the number at 10,000)."""


def same_unit(previous: list[Figure], unit: str, start: int) -> Figure | None:
    """The sentence's last figure before this one in its unit (the measure it is compared with)."""
    return next((p for p in reversed(previous) if p.unit == unit and p.start >= start), None)


_COST = wordset("cost costs costing")


def _costs(c: list[str], i: int) -> bool:
    """Whether c[i] is the verb cost (not a figure's, nor the noun of "fuel costs fell")."""
    return "#" not in c[i:] and not (i + 1 < len(c) and is_verb(c[i + 1]))


def cost(c: list[str], subject: list[str]) -> list[str] | None:
    """ "expected to cost N" → cost of the subject; "costs the budget N" → cost to the budget."""
    # "estimated to cost #, will run 420 km": a cost word followed by a figure is that one's
    ks = [i for i in range(max(0, len(c) - 5), len(c)) if c[i].lower() in _COST and _costs(c, i)]
    if not ks:
        return None
    k = ks[-1]
    obj = drop_possessive(noun_phrase(c, k + 1, limit=5, pps=0))
    if obj and obj[0].lower() not in PRONOUNS:
        return ["cost", "to", *obj]
    subj, _, _ = parse(c[:k])
    who = subj or subject
    return ["cost", "of", *who] if who else None


def fine(c: list[str], r: list[str]) -> list[str] | None:
    """ "fined the bank N", "the bank was fined N (for ...)" → fine on the bank (for ...): the
    penalty, on whom, and what for."""
    k = next((i for i in range(len(c) - 1, max(-1, len(c) - 7), -1) if c[i] == "fined"), None)
    if k is None or "#" in c[k:]:
        return None
    why = r[: next((i for i, w in enumerate(r) if i and w.lower() in PREPS), len(r))]
    why = why if why[:1] == ["for"] else []  # fined ... for price fixing
    obj = noun_phrase(c, k + 1, limit=5, pps=0)
    if obj and obj[0].lower() not in _OBJECT_PRONOUNS:
        return ["fine", "on", *obj, *why]  # the court fined the bank
    who = parse(c[:k])[0] if k and c[k - 1].lower() in _PASSIVE else []
    return ["fine", "on", *who, *why] if who else ["fine", *why]  # the bank was fined


_PASSIVE = wordset("was were been be is are being")
_OBJECT_PRONOUNS = PRONOUNS | wordset("him her them us me")
