"""What a figure measures in forms of sentence the clause rules (context.py) misread: an age
("He was 38."), a count whose noun a count before it in the sentence gives ("200 people in the
city and 15 in the suburbs"), a survey's share in brackets ("Three in ten (30%) nurses said")
and a second value of one thing ("worth $50m, but ... it is worth $19m"); a score's or a vote's
result ("a 2-1 win over ...", "passed the bill by a 52-48 vote": vote on the bill); a figure's
earlier level or another time's figure of one measure ("up from 6.4% in May", "compared with
$3 million in January").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.extract.clause import ORDINALS, YEAR, is_time, parse
from briefing.extract.context_rules import MAX_WORDS
from briefing.extract.figure_words import count_noun, right_tokens
from briefing.extract.phrase import (
    DETS,
    NOT_NOUN,
    PREPS,
    is_verb,
    noun_phrase,
    np_before,
    tokens,
)
from briefing.extract.ranges import CHANGE_NOUNS, basis_end
from briefing.extract.words import wordset

if TYPE_CHECKING:
    from briefing.models import Figure

_AGE_LIMIT = wordset("under over above below aged")


def age(c: list[str], r: list[str]) -> list[str] | None:
    """ "children under the age of 10", "men aged 40", "He was 38.": an age, said as whose age
    it is.

    Without this the phrase after the number ("within six weeks") was taken for its measure.
    """
    if c[-2:] and [w.lower() for w in c[-2:]] == ["age", "of"]:
        k = len(c) - 2
        k -= 1 if k and c[k - 1].lower() == "the" else 0
        k -= 1 if k and c[k - 1].lower() in _AGE_LIMIT else 0
    elif c and c[-1].lower() in ("aged", "ages"):
        k = len(c) - 1
    elif [w.lower() for w in c] in (["he", "was"], ["she", "was"]):
        return None if r[:1] not in ([], ["when"]) else ["age"]  # He was 38 (when ...).
    else:
        return None
    whose = np_before(c, k, limit=4)
    whose = [w for w in whose if w != "#"]
    return ["age", "of", *whose] if whose else ["age"]


def bracketed_share(text: str, s_start: int, f_start: int, f_end: int, s_end: int) -> list[str]:
    """What a share in brackets after "N in M" is of: the noun phrase after the bracket ("Three
    in ten (30%) nurses polled said ...": nurses)."""
    if _IN_EVERY.search(text, max(s_start, f_start - 30), f_start) is None:
        return []
    return noun_phrase(right_tokens(text, f_end + 1, s_end), 0, limit=MAX_WORDS, pps=1)


_IN_EVERY = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s*\(\s*$",
    re.IGNORECASE,
)
"""A share told as a ratio before its percentage in brackets: three in ten (30%)."""


def worth_again(c: list[str], earlier: Figure, s_start: int, unit: str) -> str | None:
    """The context of the sentence's figure before, when this one is what "it is worth" after
    it: "says the course is worth $50m, but the assessor says it is worth $19m"."""
    if [w.lower() for w in c[-3:]] not in (["it", "is", "worth"], ["it", "was", "worth"]):
        return None
    return earlier.context if earlier.end >= s_start and earlier.unit == unit else None


def bracketed_after(text: str, s_start: int, f_start: int) -> list[str]:
    """What a figure in brackets or between dashes follows when its sentence says nothing else:
    "in Ardenne (about $90,000)", "Lee (68)", "voters – 55 percent – named", "(normally $90)"."""
    window = text[max(s_start, f_start - 80) : f_start]
    opened = window.rfind("(")
    near = opened > window.rfind(")") and len(window) - opened <= 20  # (normally $90)
    if not (near or set(window[-3:]) & set("(–—")):
        return []
    cut = max(opened, window.rfind("–"), window.rfind("—"))
    before = tokens(window[:cut] if cut >= 0 else window)
    return np_before(before, len(before))


def labelled(text: str, s_start: int, f_start: int, f_end: int, s_end: int) -> str | None:
    """The label of a line that holds only it and its figure: "Counted: 640.", "Ann Lee:
    2,480." (a results box's lines), or of a run of such pairs: "Fee: £9 Total: £90"."""
    rest = text[f_end:s_end].strip()
    line = _LABEL_LINE.fullmatch(text, s_start, f_start)
    if line is not None and _LABEL_REST.match(rest) and line.group(1).count(" ") < 4:
        return line.group(1)  # Total payable: £980 in 10 payments
    if rest not in ("", ".") and _LABEL_NEXT.match(rest) is None:
        return None
    m = line or _LABEL_AFTER.search(text, s_start, f_start)
    return None if m is None else m.group(1)


_LABEL = r"([A-Z][\w’'.\- ]{0,40}?):"
"""A label: a capitalised word or a few, then a colon (Counted:, Ann Lee:, Total payable:)."""
_LABEL_LINE = re.compile(rf"\s*{_LABEL}\s*")
_LABEL_AFTER = re.compile(rf"(?<=[\d%):])\s+{_LABEL}\s*\Z")
"""A label just after the figure of the pair before it (the Total of Fee: £9 Total: £90), or
after a label of a label (Example: Credit limit: £1,200)."""
_LABEL_REST = re.compile(r"(?:in|for|per|a|an|over|from|to|at|\()\b")
"""What may follow a labelled figure on its line and leave the label what it measures."""
_LABEL_NEXT = re.compile(rf"{_LABEL}\s")
"""The next pair's label after a figure (Fee: £9 Total: £90)."""


_VOTE_VERBS = wordset(
    """passed approved adopted backed rejected voted endorsed ratified cleared supported
    defeated pass approve adopt back reject"""
)


def vote(c: list[str], noun: list[str]) -> list[str] | None:
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


_RESULTS = wordset(
    """win victory defeat loss draw lead vote decision ruling verdict majority margin triumph
    upset rout"""
)
"""What a score or a tally qualifies ("a 2-1 win", "by a 52-48 vote", "a 5-4 ruling")."""


def score_result(c: list[str], r: list[str]) -> list[str] | None:
    """ "gave Kestrania a 2-1 win over Duvane in the final": a score or a tally measures the
    result it qualifies, the noun after it with what follows (not the clause's subject, a
    goal's scorer); a vote is the vote on what the clause passed ("passed the bill by a
    52-48 vote": vote on the bill)."""
    if not r or r[0].lower() not in _RESULTS:
        return None
    words = noun_phrase(r, 0, limit=MAX_WORDS, pps=2)
    while len(words) > 2 and words[-2].lower() in PREPS and is_time(words[-1]):
        words = words[:-2]  # "... in the final on Friday": when, not what
    if [w.lower() for w in words] == ["vote"]:
        return vote(c, words) or words
    return words or None


_COMPARED_WITH = (["compared", "with"], ["compared", "to"])


def from_previous(c: list[str], r: list[str], ends: bool = False) -> bool:
    """ "... to 3,870 from", "..., down (slightly) from": a figure's earlier level; and a
    figure "compared with" one, or after "from 2.9 billion a month earlier and", when a time
    follows it or its clause `ends` after it: the same measure at another time ("compared
    with $58 million in April", "compared with $38 million, or 74 cents a share, in ...")."""
    low = [w.lower() for w in c[-8:]]
    k = max((i for i, w in enumerate(low[:-1]) if w == "#"), default=0)
    compared = low[-2:] in _COMPARED_WITH or (
        low[-1:] == ["and"]
        and k > 1
        and k >= len(low) - 6
        and (low[k - 1] in ("from", "against") or low[k - 2 : k] in _COMPARED_WITH)
    )
    if compared:
        return _at_a_time(r) if r else ends
    if len(c) < 2 or low[-1] != "from":
        return False
    if len(c) > 2 and low[-3] in ("up", "down") and low[-2].endswith("ly"):
        return True  # down slightly from
    between = low[k + 1 : -1] if low[k : k + 1] == ["#"] else []
    timed = any(is_time(w) or YEAR.fullmatch(w) for w in between)
    if timed and between[0] in ("in", "on", "at", "by") and len(between) <= 6:
        return True  # rose to 5.1% in May from, fell to 80 mln by the close of 2024 from
    return c[-2] == "#" or low[-2] in ("up", "down") or (len(c) > 2 and c[-3] == "#")


def change_of(c: list[str]) -> list[str] | None:
    """ "a 13% rise in net income to $2 billion" (PTI: "at Rs 4,567 crore"): the level the thing
    that changed reached."""
    if len(c) < 5 or c[-1].lower() not in ("to", "at"):
        return None
    for k in range(len(c) - 3, 1, -1):
        if c[k].lower() in ("in", "of") and c[k - 1].lower() in CHANGE_NOUNS and c[k - 2] == "#":
            thing = c[k + 1 : -1]
            if 0 < len(thing) <= 6 and not any(w == "#" or _verb(w) for w in thing):
                return thing
            return None
    return None


def _verb(word: str) -> bool:
    """A verb that is no adjective before a noun (consolidated net profit, revised sales)."""
    return is_verb(word) and not word.lower().endswith("ed")


def _at_a_time(r: list[str]) -> bool:
    """Whether what follows a figure compared with another is a time ("in January", "on
    Tuesday", "a year earlier", "in the prior-year period"): the same measure then, not
    another's ("compared with 25% for rivals")."""
    k = 1 if r[0].lower() in ("in", "at", "on", "during", "by", "for") else 0
    while k < len(r) and r[k].lower() in _BEFORE_TIME:
        k += 1
    return k < len(r) and bool(is_time(r[k]) or YEAR.fullmatch(r[k]) or r[k] == "period")


_BEFORE_TIME = ORDINALS | wordset("the a same prior corresponding comparable")
_THAN_WORDS = wordset("the a record previous earlier prior year-earlier year-ago")
_COMPARED = wordset("higher lower more less above below bigger smaller larger greater up down")


def than_previous(c: list[str]) -> bool:
    """ "9 pct above the earlier 3.02 dlrs a share": the figure a comparison is made with
    measures what the figure before it does, at its own time."""
    low = [w.lower() for w in c[-6:]]
    k = max((i for i, w in enumerate(low) if w == "than"), default=-1)
    if k < 1 or any(w not in _THAN_WORDS for w in low[k + 1 :]):
        return False
    return low[k - 1] in _COMPARED and "#" in c[-8:]


def compared_measure(before: list[str], r: list[str]) -> list[str]:
    """The measure of the figure compared with: the earlier figure's, its own times left out
    ("1987 earnings", "sales this year"), this figure's time after it ("reported for 1986",
    "of 1986", "harvested in 1986")."""
    timed = [is_time(w) or bool(YEAR.fullmatch(w)) for w in before]
    kept = [
        w
        for i, w in enumerate(before)
        if not timed[i] and not (i + 1 < len(timed) and timed[i + 1] and w.lower() in _THIS)
    ]
    when = next((j for j, w in enumerate(r[:4]) if is_time(w) or YEAR.fullmatch(w)), None)
    if when is None or not all(w.lower() in PREPS or w.endswith("ed") for w in r[:when]):
        return kept or before
    return [*(kept or before), *r[: when + 1]]


_THIS = wordset("this last next the same")


def level_reached(c: list[str], change: Figure) -> bool:
    """ "fell 3.5% to $45.20", "jumped 12% from a year earlier to 2.6 million", "gained 310
    points, or 0.7%, to 44,293": the level a change just read reached measures the same."""
    if change.change is None or len(c) < 2 or c[-1].lower() != "to":
        return False
    k = len(c) - 2 - (c[-2] == ",")  # (or 0.7%, to)
    if c[k] == "#":
        return True
    figure = max((i for i in range(max(0, len(c) - 8), len(c) - 1) if c[i] == "#"), default=-1)
    return figure >= 0 and basis_end(c, figure + 1) == len(c) - 1  # (from a year earlier) to


def time_before(r: list[str]) -> list[str]:
    """ "38% a year earlier", "5.1% a month ago": the earlier figure's own time, which post()
    passes over as a change's basis (ranges.basis_end)."""
    end = basis_end(r, 0) if r and r[0].lower() == "a" else 0
    return r[:end]


_TIME_FRAME = wordset("at in the end start beginning middle close")


def same_measure(before: list[str], post: list[str]) -> list[str]:
    """ "down from 6.4% in May": the earlier figure's measure, its time replaced by this one's
    ("in the third quarter", not by "a year earlier": that one's the same quarter's)."""
    relative = any(w.lower() in _RELATIVE for w in post)
    cut = None  # where the earlier figure's time starts: "for the third quarter of 2026"
    for i in range(len(before) - 2, 0, -1) if post else ():
        if before[i].lower() in PREPS and (
            is_time(before[i + 1])
            or YEAR.fullmatch(before[i + 1])
            or (not relative and _at_a_time(before[i:]))
        ):
            cut = i
        elif cut is not None and before[i].lower() in PREPS:
            break
    if cut is None:
        return [*before, *post]
    while cut > 1 and before[cut - 1].lower() in _TIME_FRAME:
        cut -= 1  # by the close of 2024: the whole time goes
    return [*before[:cut], *post]


_RELATIVE = wordset("earlier ago before prior previous")
_ONE_TICKER = r"(?:[A-Z][A-Za-z]{1,8}\s*:\s*)?[A-Z]{1,6}(?:\.[A-Z]{1,3})?"
_TICKER = re.compile(rf"\s*\({_ONE_TICKER}(?:[,;]\s*{_ONE_TICKER})*\)")
"""A company's tickers in brackets: (NYSE: ACME), (TSX: AC) (OTCQX: ACF), (ACME.O)."""


def mask_figures(text: str, start: int, end: int, figures: list[Figure]) -> str:
    """text[start:end] with each earlier figure replaced by # (a count keeps its noun), and a
    company's tickers dropped (`Acme (NYSE: ACM) had sales of`: the sales are Acme's)."""
    pieces: list[str] = []
    pos = start
    for f in figures:
        if f.start < pos or f.end > end:
            continue
        pieces.append(text[pos : f.start])
        if _incidental(f):
            pieces.append(f.text)  # "trade between Russia and the five countries" stays whole
        else:
            pieces.append(f" # {count_noun(f.text)} " if f.unit == "count" else " # ")
        pos = f.end
    pieces.append(text[pos:end])
    masked = "".join(pieces)
    return _TICKER.sub("", masked) if "(" in masked else masked


def _incidental(f: Figure) -> bool:
    """A small count in words with its noun (the five countries): part of a phrase, not a mark."""
    return (
        f.unit == "count"
        and f.qualifier is None
        and f.value <= 20
        and f.text[:1].isalpha()
        and " " in f.text
    )


_DIMENSION = {
    "km": ["length", "of"],
    "miles": ["length", "of"],
    "metres": ["length", "of"],
    "watts": ["capacity", "of"],
    "square_km": ["area", "of"],
    "hectares": ["area", "of"],
}
"""What a physical quantity before a noun gives of it: a 13-kilometre dam, a 640 MW wind farm."""
_PERCENT_NOUNS = wordset(
    """capacity interest certainty confidence probability chance occupancy efficiency accuracy
    humidity stake ownership tariff tax discount commission margin yield markup levy duty
    turnout inflation unemployment growth tariffs taxes discounts commissions margins yields
    markups levies duties stakes"""
)
"""What a percentage measures when the noun follows it with no article: "runs at 80 percent
capacity", "with 90 percent certainty", "offers 3% interest", "25 pct tariffs on steel" (not a
poll's "45 percent support", whose context is who has it)."""


_SIZES = {"high": "height", "tall": "height", "long": "length", "wide": "width", "deep": "depth"}


def attributive(c: list[str], r: list[str], unit: str) -> list[str] | None:
    """ "a 13-kilometre dam", "a 13% rise in net income", "the utility's 640 MW wind farm", "at
    80 percent capacity": the figure describes the noun after it."""
    owner = bool(c) and c[-1].lower().endswith(("'s", "’s"))
    # (Not after "of": "forecasts of 3 pct growth" measures the forecasts.)
    measure = unit == "percent" and c[-1:] != ["of"] and bool(r) and r[0].lower() in _PERCENT_NOUNS
    if not (measure or (c and (c[-1].lower() in DETS or owner) and r)):
        return None
    if (size := _SIZES.get(r[0].lower().lstrip("-"))) and (np := noun_phrase(r, 1, limit=8)):
        return [size, "of", *np]  # a 6,200-foot-high pass: height of pass
    if r[0].lower() in NOT_NOUN:
        return None
    np = noun_phrase(r, 0, limit=8, pps=1)
    if not np:
        return None
    return [*_DIMENSION.get(unit, []), *np]
