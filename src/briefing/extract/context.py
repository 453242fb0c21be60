"""What a figure measures: a short phrase built from the sentence's structure around the number.

The number itself never appears in the phrase and no phrase has a hole where it stood: the
phrase is the noun the number counts, the "of"/"for" complement, the subject of "X rose to N",
the object of "cut X by N", or the noun before "X of N", with the modifiers that follow.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.extract.clause import SKIP_BEFORE, clause_of, content_verb, parse, post, verb_before
from briefing.extract.context_forms import (
    age,
    attributive,
    bracketed_after,
    bracketed_share,
    change_of,
    compared_measure,
    from_previous,
    labelled,
    level_reached,
    mask_figures,
    same_measure,
    score_result,
    than_previous,
    time_before,
    vote,
    worth_again,
)
from briefing.extract.context_refs import (
    VAGUE,
    cost,
    ellipsis,
    fine,
    marks,
    of_which,
    part_of,
    priced,
    rival_share,
    same_unit,
)
from briefing.extract.context_rules import (
    MAX_WORDS,
    counted,
    for_after,
    left_tail,
    of_after,
    of_before,
    share,
    subject_rule,
)
from briefing.extract.figure_words import count_noun, figure_qualifier, right_tokens
from briefing.extract.participles import participle
from briefing.extract.phrase import (
    AUX,
    CONJ,
    LEVEL,
    MOSTLY_NOUNS,
    NOT_NOUN,
    PREPS,
    PRONOUNS,
    TIME_WORDS,
    WEEKDAYS,
    is_verb,
    noun_phrase,
    strip_ends,
    tokens,
)
from briefing.extract.words import is_manner_adverb, wordset

if TYPE_CHECKING:
    from briefing.models import Figure


WINDOW = 400
"""Characters either side of a figure that its context may come from."""

_CLAUSE_REACH = 40
"""Tokens before a figure its clause is looked for in."""
_SUBJECT_REACH = 24
"""Tokens at the head of a sentence its subject is looked for in."""
_HARD_CUT = re.compile(r"[;:]\s|\s[—–]\s|\(")
_SCORE = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")
"""A score or a tally (2-1, 52-48): both ends are figures of one text."""
_VERSUS = re.compile(r"[^\S\n]+(?:vs?\.?|versus)[^\S\n]+")
"""Between two figures set against each other: "48% v 38%", "13p vs 12p"."""
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,]*,")
_SUBJECT_POSITION = wordset("and or but while whereas with that")
_VP_END = CONJ | wordset("before after until since")
_AUX_PREP = AUX | PREPS
_MONEY = wordset(
    """crowns crown marks francs dinars dirhams riyals rand pesos zloty forints kroner kronor
    krona lei leva lari denars shillings naira cedis dong baht ringgit rupiah won"""
)


_CHANGE_OF_PREVIOUS = re.compile(
    r"[^,;.\d]{0,40},\s*(?:up|down|rising|falling|increasing|decreasing|growing|"
    r"an?\s+(?:increase|rise|drop|decline|fall|gain|jump|decrease)\s+of)\s+",
    re.IGNORECASE,
)
"""What stands between a figure and the size of its change: ", up ", " this year, down "."""
_COMPARED = re.compile(r"\s+(?:more|less|higher|lower|above|below)\s+than\b", re.IGNORECASE)
_JUST_A_COMMA = re.compile(
    r"(?:\s+(?:in|on|during)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+\d{4})?)?"  # (4.2 million in May,)
    r",\s*(?:about|around|roughly|some|nearly|almost|over)?\s*"
)
_AFTER_HOW = wordset("by to worth")
_AFTER_WHAT = wordset("after before following with from despite amid since")
"""Words opening a phrase, not a clause with its own subject ("after rises of 0.4%")."""


def _only(result: str, noun: list[str]) -> bool:
    """Whether a context says nothing but the noun its figure already shows."""
    said = {w.casefold() for w in result.split()} - _WHEN
    return said <= {w.casefold() for w in noun}


_WHEN = TIME_WORDS | wordset("this last next")
"""Words of a time ("journeys last year" says no more of the journeys than "journeys")."""


_RELATIVE_AFTER = re.compile(r",\s+(?:which|who|that)\s+[^,;.]{3,80}")


def _said_of(text: str, after: int, s_end: int, c: list[str], r: list[str], noun: list[str]) -> str:
    """What the sentence says of a count's things, when its context would only repeat them:
    "30 climbers were rescued", "the two grids, which have never been connected", "ridership
    rose 9% to 142 million journeys" (the subject that reached it). Else ""."""
    if r and (is_verb(r[0]) or r[0].lower() in AUX):
        cut = next((i for i, w in enumerate(r) if i and w.lower() in _VP_END), len(r))
        return _finish([*noun, *r[: min(cut, 8)]])
    relative = _RELATIVE_AFTER.match(text, after, s_end)
    if relative is not None:
        return _finish([*noun, *tokens(relative.group(0))[:8]], done_to=True)
    if len(c) >= 3 and c[-1].lower() == "to" and c[-2] == "#":
        subject = parse(c)[0]
        if subject and subject[0].lower() not in PRONOUNS:
            return _finish(subject)  # "ridership rose 9% to 142 million journeys"
    return ""


_OR_AGAIN = re.compile(r",[^\S\n]*or[^\S\n]+(?:about[^\S\n]+|nearly[^\S\n]+|roughly[^\S\n]+)?")
"""", or" between two figures: the second gives the first's measure in other terms."""


def _as_before(text: str, last_end: int, f_start: int, f_end: int) -> bool:
    """Whether a figure measures what the figure just before it (ending at last_end) does:
    its change ("1.2 million TEU this year, up 9.5%"), a comparison after a comma ("cost
    14.5 billion crowns, about 8% more than planned"), the other side of one ("(48% v 38%)")
    or the same in other terms ("earned $8 million, or 40 cents a share"; not ", or 9% of its
    stock", a share of its own)."""
    if last_end >= f_start - 60 and _CHANGE_OF_PREVIOUS.fullmatch(text, last_end, f_start):
        return True
    if _COMPARED.match(text, f_end) and _JUST_A_COMMA.fullmatch(text, last_end, f_start):
        return True
    if _VERSUS.fullmatch(text, last_end, f_start):
        return True
    return bool(_OR_AGAIN.fullmatch(text, last_end, f_start)) and text[f_end : f_end + 4] != " of "


def _finish(words: list[str], done_to: bool = False) -> str:
    """The phrase as shown: marks, pronouns and weekdays dropped, verb ends trimmed (but not
    the participle of what was done to counted things, `done_to`: "shelters opened")."""
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
        if w == "#" or w in _LIST_MARKS or (w == "," and (not out or out[-1] == ",")):
            continue
        if lw in PRONOUNS and i == 0:
            continue
        out.append(w)
    out = strip_ends(out) if done_to else _trim_verbs(strip_ends(out))
    if len(out) > MAX_WORDS:
        out = _trim_verbs(strip_ends(out[:MAX_WORDS]))
    phrase = " ".join(out)
    if "." in phrase:
        # Words keep their inner full stops only (tokens): U.S and U.K get their last one back.
        phrase = " ".join(f"{w}." if _DOTTED.fullmatch(w) else w for w in out)
    return phrase.replace(" ,", ",") if "," in phrase else phrase


_LIST_MARKS = frozenset("-–—•*·`")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
"""An abbreviation written with full stops, its last one cut off by tokens (U.S, U.K)."""


_LEADING_AUX = wordset("is are was were has have had been be being")
"""Auxiliaries a context may not open with before its participle ("is earmarked for")."""


def _trim_verbs(out: list[str]) -> list[str]:
    """Drop verb ends that make a phrase a fragment: "Temperatures in the city fell" keeps
    its subject, "is earmarked for transport" its participle, "after failing" goes. A word in
    -s at the end is left: more often a plural noun (crude oil runs) than a verb."""
    while len(out) > 2 and out[0].lower() in _LEADING_AUX and is_verb(out[1]):
        out = out[1:]
    if len(out) > 2 and out[-1].lower().endswith("ing") and out[-2].lower() in PREPS:
        out = strip_ends(out[:-2])
    if len(out) > 2 and out[-1].lower() in ("up", "down") and out[-2].lower() in LEVEL:
        out = out[:-1]  # "rates ticked up": the particle goes with its verb
    last = out[-1].lower() if out else ""
    if len(out) > 2 and last in LEVEL and last not in NOT_NOUN and not last.endswith("s"):
        prev = out[-2].lower()
        if last in ("average", "total") and not prev.endswith("s") and prev not in NOT_NOUN:
            return out  # the Nikkei share average, a running total: no verb after one thing
        if last in MOSTLY_NOUNS and (prev == "sales" or not prev.endswith("s")):
            return out  # "annual production forecast" (not "analysts forecast")
        out = strip_ends(out[:-1])
    return out


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
    if ":" in lead_in and (label := labelled(text, s_start, f_start, f_end, s_end)):
        return label  # Counted: 640. / Fee: £9 Total: £90
    if "(" in lead_in and text[f_end : f_end + 1] == ")" and unit == "percent":
        share_of = bracketed_share(text, s_start, f_start, f_end, s_end)
        if share_of:
            return _finish(share_of)  # "Three in ten (30%) nurses said"
    if previous and previous[-1].context and _as_before(text, previous[-1].end, f_start, f_end):
        return previous[-1].context
    # A clause is never longer than WINDOW characters; bounding it keeps huge inputs linear.
    s_start = max(s_start, f_start - WINDOW)
    s_end = min(s_end, f_end + WINDOW)
    full = mask_figures(text, s_start, f_start, previous)
    hard = 0
    # Most clauses hold none of the marks: plain `in` tests save scanning them with the regex.
    if ";" in full or ":" in full or "(" in full or "—" in full or "–" in full:
        versus = _VERSUS.match(text, f_end)
        compared = versus is not None and text[versus.end() : versus.end() + 1] in "$£€0123456789"
        before = 0
        for m in _HARD_CUT.finditer(full):
            opens = compared and not full[m.end() :].strip()
            if m.group(0) == "(" and (")" in full[m.end() :] or opens):
                if opens:  # "(48% v 38%)": the clause before the bracket says what of
                    s_end = min(s_end, f_end)
                continue
            before, hard = hard, m.end()
        rest = text[f_end:s_end].strip(" .;")
        ends = not rest or (rest[:1] == "," and full[:hard].rstrip()[-1:] in "—–")
        if ends and not full[hard:].strip() and full[:hard].rstrip()[-1:] in ":—–":
            hard = before  # "... as a share of family income: 36%.", "... is wider — 64% to 27%"
    clause_text = full[hard:]
    if "wh" in clause_text:
        clause_text = _RELATIVE.sub("", clause_text)
    sentence = tokens(clause_text)
    if "#" in sentence:  # "the 15-member council voted": an earlier figure's "-member" goes too
        sentence = [
            w for k, w in enumerate(sentence) if not (w[:1] == "-" and sentence[k - 1] == "#")
        ]
    # "rose sharply by 4%" is "rose by 4%" (and "grew slightly to", "is actually worth"): the
    # adverb is how, not what is measured.
    while len(sentence) > 1 and sentence[-1] in _AFTER_HOW and is_manner_adverb(sentence[-2]):
        del sentence[-2]
    while sentence and is_manner_adverb(sentence[-1]):
        sentence.pop()
    if [w.lower() for w in sentence[-4:]] == ["to", "the", "tune", "of"]:
        del sentence[-4:]  # "projects to the tune of $3 million": the projects
    del sentence[figure_qualifier(sentence) :]  # "from a revised $950 million": no verb
    c = clause_of(sentence[-_CLAUSE_REACH:])
    noun = tokens(text[f_end:noun_end]) if noun_end and noun_end > f_end else []
    if not noun and unit == "count" and " to " in text[f_start:f_end]:
        noun = tokens(count_noun(text[f_start:f_end]))  # a tally: 88 votes to 61
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
    if not noun and unit == "count":
        noun, r = part_of(tokens(text[after : min(s_end, after + 80)]), r)
        first = r[0].lower() if r else ""
        verb = verb_before(c) if noun else None
        if verb is not None and content_verb(verb):
            noun = [*noun, participle(verb)]  # "cut 850 of its 3,400 jobs": jobs cut
    words: list[str] | None = vote(c, noun) or age(c, r)
    if words is None and previous and not noun:
        words = of_which(sentence, r, previous[-1])  # 3.4 million visitors, of which 1.1 million
    # "compared with 68 billion in April", "compared with $38 million, or ..."
    earlier = bool(previous) and from_previous(c, r, text[after : after + 1] in ",.")
    if words is None and unit == "count" and previous and len(noun) < 2 and not earlier:
        words = ellipsis(previous[-1], s_start, [*noun, *r], [] if noun else c)  # 40 wounded
    if words is None and len(noun) == 1 and noun[0].startswith("-"):
        words = noun_phrase(r, 0, limit=MAX_WORDS, pps=1) or None  # a 200-page | report
    if words is None and _SCORE.fullmatch(text, f_start, f_end):
        words = score_result(c, r)
    if words is None and previous and than_previous(c):
        words = compared_measure(previous[-1].context.split(), r)
    if words is None and previous and (thing := change_of(c)):
        words = [*thing, *post(r)]  # "a 13% rise in net income to $2 billion": net income
    if words is None and previous and (earlier or level_reached(c, previous[-1]) or marks(c, r)):
        # "$412 million, an increase of 18% compared to $350 million": the sentence's money
        like = (same_unit(previous, unit, s_start) if earlier else None) or previous[-1]
        words = same_measure(like.context.split(), post(r) or time_before(r))
    done_to = False
    if words is None and noun:
        owner = c[-1:] and c[-1].lower() in ("its", "their")
        words = counted(c, r, noun, opening, parse(sentence[:_SUBJECT_REACH])[0] if owner else [])
        done_to = len(words) == len(noun) + 1 and words[: len(noun)] == noun
    if words is None and unit != "count":
        words = attributive(c, r, unit)
    if words is None and unit == "percent" and previous:
        words = rival_share(c, r, previous[-1])  # 52% of the vote to 46% for Brennan
    if words is None and first == "of" and unit == "percent":
        words = share(c, r, opening)
    if words is None and unit == "percent" and r and _PROPORTION.search(text, f_start, f_end):
        # 9 out of 10 | drivers slow down; he won 9 out of 10 | races: a share of races
        words = r[:MAX_WORDS] if opening else share(c, ["of", *r], opening)
    if words is None and opening and r and (is_verb(r[0]) or r[0].lower() in _AUX_PREP):
        cut = next((i for i, w in enumerate(r) if i and w.lower() in _VP_END), len(r))
        words = r[: min(cut, 9)]  # "could fall on the highlands | before the storm moves"
    if words is None and previous and (worth := worth_again(c, previous[-1], s_start, unit)):
        return worth  # "worth $50m, but the assessor says it is worth $19m"
    if words is None and c and c[-1] == "at":
        words = priced(c, sentence)
    if words is None and c and c[-1].lower() in ("of", "worth"):
        words = of_before(c, r)
    if words is None and first == "of" and unit != "count":
        words = of_after(c, r, unit)
    if words is None:
        words = fine(c, r)  # "fined the bank $2 million for ...": the fine, not "for ..."
    proper = len(r) > 1 and r[1][:1].isupper()
    if words is None and first in ("for", "in") and unit not in ("percent", "count") and not proper:
        words = for_after(c, r)
    subject = parse(sentence[:_SUBJECT_REACH])[0] if words is None else []
    if words is None:
        words = cost(c, subject)
    if words is None and c:
        words = subject_rule(c, r, subject)
    if not words or not strip_ends(words):
        words = left_tail(c) or r[:MAX_WORDS]
    result = _finish(words, done_to)
    if noun and _only(result, noun):
        result = _said_of(text, after, s_end, c, r, noun) or result
    if result in VAGUE and (other := same_unit(previous, unit, s_start)) is not None:
        return other.context  # 4,000 farmers, while the union put the number at 10,000
    if previous and result and all(is_verb(w) or w.lower() in NOT_NOUN for w in result.split()):
        own = parse(c)[0] if c and c[0].lower() not in _AFTER_WHAT else []
        if not own or own[-1].lower().endswith("ing") or own[-1] not in result.split():
            return previous[-1].context  # "..., after rising 2.8% on Thursday": the same measure
        result = _finish(own)  # "and imports fell 2%": a noun that may be a verb, the subject
    if not result and not subject:
        subject = parse(sentence[:_SUBJECT_REACH])[0]
    result = result or _finish(subject) or _finish([w for w in c if w.lower() not in NOT_NOUN][-6:])
    if not result:
        result = _finish(bracketed_after(text, s_start, f_start))  # Ohio (79 percent)
    if not result and unit in ("celsius", "fahrenheit"):
        result = "temperature"  # It is 70°F (18°C).
    # The words round the figure, not the whole article: linear however many figures it has.
    return _common_case(result, text, max(0, f_start - 4000), f_end + 4000)


_PROPORTION = re.compile(r"\s(?:in|out\s+of)\s")
"""Inside a share written as a proportion (one in five, 9 out of 10): what follows is its group."""


def _common_case(phrase: str, text: str, lo: int, hi: int) -> str:
    """ "Temperatures in the city" → "temperatures in the city": a word capitalised only
    because it opened its sentence, which text[lo:hi] writes in lower case elsewhere."""
    first, _, rest = phrase.partition(" ")
    if first[:1].isupper() and first[1:].islower() and text.find(f" {first.lower()}", lo, hi) >= 0:
        return f"{first.lower()} {rest}" if rest else first.lower()
    return phrase
