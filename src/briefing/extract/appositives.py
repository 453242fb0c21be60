"""The phrase that names a speaker just before a speech verb, and the appositives round it.

Read by attribution.py (np_before: `Ann Lee, an aide to the mayor, said:`) and subjects.py
(appositive_name); split from cues.py, whose phrase tests (np_ok, run_words) these use.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.extract.cues import (
    APPOSITION,
    ARTICLES,
    CAPS,
    INTRO,
    np_ok,
    run_words,
)
from briefing.extract.names import bare, is_place, not_a_name, np_words, split_title
from briefing.extract.vocab import (
    BODY_HEADS,
    FEMALE_NAMES,
    MALE_NAMES,
    PERSON_TITLES,
    TITLE_PROPER,
    TITLE_WORDS,
)
from briefing.extract.words import wordset


def _title_of_place(words: list[tuple[str, int]]) -> bool:
    """Whether a segment is a title or party of a place and no name (Republican of Ohio,
    Director of the Institute), unlike Secretary of State Ann Lee."""
    if not not_a_name(words[0][0]) or all(w.lower() != "of" for w, _ in words):
        return False
    return not any(bare(w) in MALE_NAMES or bare(w) in FEMALE_NAMES for w, _ in words)


def appositive_name(appos: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The name in an appositive, without an age before it or a place after it: the
    defendant, 58-year-old Tom Bell of Alexandria, said: Tom Bell."""
    if appos and appos[0][0].endswith("year-old"):  # (np_words leaves the age's digits out)
        appos = appos[1:]
    cut = next((i for i, (x, _) in enumerate(appos) if i > 1 and x in ("of", "from")), None)
    return appos[:cut] if cut is not None else appos


def _before_appositive(head: str, s: int) -> tuple[str, int] | None:
    """In "Ann Lee, a former aide to the mayor," the name that the appositive describes.

    Segments between commas are read back from the verb; an appositive opens with an article
    or a number (a former aide, 30), a place phrase with a preposition (of Gainesville).
    """
    segments = head.split(",")[:-1]
    offsets = [0]
    for segment in segments[:-1]:
        offsets.append(offsets[-1] + len(segment) + 1)
    relative = False
    for segment, offset in zip(reversed(segments), reversed(offsets), strict=True):
        words = appositive_name(np_words(segment))
        if words and relative and not offset and words[0][0].lower() in ARTICLES and np_ok(segment):
            # A union official, who briefed us under a rule of silence, said: the description
            return segment.strip(), s + offset + words[0][1]
        relative = bool(words) and words[0][0].lower() in ("who", "whose")
        if len(words) > 1 and words[0][0] == "As" and words[1][0][:1].isupper() and not offset:
            words = words[1:]  # As Ann Lee, a judge, put it:
        if not words or words[0][0].lower() in INTRO or words[0][0].lower() in APPOSITION:
            continue
        if words[0][0][:1].islower() or (len(segments) > 1 and _title_of_place(words)):
            # Ann Lee, communications director for the campaign, said; Ann Lee, Republican
            # of Ohio, said: the name, not its description
            continue
        named = " ".join(w for w, _ in words)
        if any(not not_a_name(w) and w[:1].isupper() for w, _ in words) and np_ok(named):
            return named, s + offset + words[0][1]
    return None


def _name_before_title(head: str, cut: int, s: int) -> tuple[str, int] | None:
    """In "Ann Lee, chairman and CEO said" (the appositive's closing comma left out) the
    person the bare title after the comma describes: a title with no article and no name of
    its own (maybe of a body: CEO of Orlen Mills), after two or three capitalised words that
    are a person's name (not a body's: Orlen Bank). "..., the spokesman said" and "analysts
    said" are speakers."""
    after = [w for w, _ in np_words(head[cut + 1 :])]
    of = next((i for i, w in enumerate(after) if w in ("of", "at")), len(after))
    if 0 < of < len(after) - 1 and all(w[:1].isupper() for w in after[of + 1 :]):
        after = after[:of]  # chief executive of Orlen Mills said: the title before its body
    if not after or head[cut] != "," or after[-1].lower() not in TITLE_WORDS:
        return None
    title, name = split_title(after)
    if name or any(w.lower() not in TITLE_WORDS and w.lower() != "and" for w in title):
        return None
    runs_before = list(CAPS.finditer(head, 0, cut))
    if not runs_before or runs_before[-1].end() != len(head[:cut].rstrip()):
        return None
    run = runs_before[-1]
    words = run.group().split()
    plain = all(w[1:].islower() and not not_a_name(w) for w in words)
    if not 2 <= len(words) <= 3 or words[-1].lower() in BODY_HEADS:
        return None
    if not plain and not run_words(run.group())[1]:
        return None
    return run.group(), s + run.start()


def _name_before_aside(head: str, s: int) -> tuple[str, int] | None:
    """In "The row grew after Ann Lee, asked about it, had said," the name that ends the
    clause before an aside (a participle's or an appositive's) and an auxiliary after it."""
    segments = head.split(",")
    aside = segments[-2].split()
    if not aside or not (aside[0].endswith(("ed", "ing")) or aside[0] in APPOSITION):
        return None
    before = segments[-3]
    found = list(CAPS.finditer(before))
    if not found or found[-1].end() != len(before.rstrip()):
        return None
    name = found[-1].group()
    if not np_ok(name) or all(not_a_name(w) for w in name.split()):
        return None
    return name, s + sum(len(x) + 1 for x in segments[:-3]) + found[-1].start()


ADVERBS_BEFORE_VERB = wordset(
    "also then later earlier only just simply quickly even once first again still never"
)
"""Adverbs between a speaker and a speech verb (the clerk first said): no part of the speaker."""
BEFORE_VERB = ADVERBS_BEFORE_VERB | wordset(
    "had has have was to on goes went go could would can will did does prompted"
)
"""Words between a speaker and a speech verb (Lee could only quip:, the memo goes on to say:)."""


def np_before(masked: str, s: int, verb: int) -> tuple[str, int] | None:
    """The phrase naming the speaker just before a speech verb."""
    head = masked[s:verb]
    paren = head.rfind("(")
    bracketed = paren != -1 and ")" not in head[paren:]
    if bracketed:
        # (Ann Lee, who founded it, once said, “...”): the bracket opens the speaker's clause
        s, head = s + paren + 1, head[paren + 1 :]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind("("))
    # (Ann Lee, an aide, once said:) in brackets, an adverb after the appositive is no speaker
    tail = [w.lower() for w in head[cut + 1 :].split()]
    adverbs = all(w in BEFORE_VERB for w in tail)
    if cut != -1 and tail and adverbs and not bracketed and head.count(",") >= 2:
        found = _name_before_aside(head, s)  # after Ann Lee, asked about it, had said:
        if found is not None:
            return found
    if cut != -1 and tail and not (bracketed and adverbs):
        named = _name_before_title(head, cut, s)
        if named is not None:
            return named
        # "..., de Blasio said," — the speaker stands after the last comma before the verb.
        s, head = s + cut + 1, head[cut + 1 :]
    elif cut != -1 and head.count(",") >= 2:
        # "Ann Lee, an aide to the mayor, said:" — the name before the appositive.
        found = _before_appositive(head, s)
        if found is not None:
            return found
    words = np_words(head)
    out: list[tuple[str, int]] = []
    for w, p in reversed(words):
        low = w.lower()
        if not out and low in BEFORE_VERB:
            continue
        if (
            low in ("that", "and", "but", "so", "yet", "while", "as", "because", "when", "after")
            or len(out) > 6
        ):
            break
        out.insert(0, (w, p))
    if not out or not np_ok(" ".join(w for w, _ in out)):
        return None
    return " ".join(w for w, _ in out), s + out[0][1]


_TITLE_OF = re.compile(
    r"(?<![\w’'-])(?P<title>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s*(?:\((?P<initials>[A-Z]{2,5})\)\s*)?"
    r"(?:of|at|for)\s+[^,;:“”\"()]{2,80}?(?:\s*\((?P<after>[A-Z]{2,5})\))?,\s*$"
)
"""A title of a body or place and its comma, just before a name, with the title's initials in
brackets after it or the body: "Chief District Officer (CDO) of Marsyang, ", "Inspector-General of
Police (IGP), ", "The Director-General of the Flood Relief Agency, "."""


def title_before(text: str, start: int, end: int, run_end: int = 0) -> list[str]:
    """The head of the title written before a name and its comma, and its initials: "Chief
    District Officer (CDO) of Marsyang, Hari Thapa": officer and cdo (South Asian and African
    agencies' form, whose later "the CDO said" is Hari Thapa). None after anything else.

    With `run_end`, also the title and its initials that open the name's run with no comma
    before the name: "Officer-in-Charge (OC) of Kalia Police Station Rafiq Hasan" (UNB's form).
    """
    if not text[max(start, end - 3) : end].rstrip().endswith(","):
        inside = _TITLE_INSIDE.match(text, end, run_end) if "(" in text[end:run_end] else None
        return _title_words(inside) if inside is not None else []
    m = _TITLE_OF.search(text, max(start, end - 160), end)
    if m is None:
        return []
    return _title_words(m)


_TITLE_INSIDE = re.compile(
    r"(?P<title>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s*(?:of\s+(?:[A-Z][\w’'-]*\s+){1,3})?"
    r"\((?P<initials>[A-Z]{2,5})\)\s*(?:of|at|for)\s+(?P<after>)"
)
"""A title, maybe the body it is of, its initials in brackets, and the place or body it serves:
"Superintendent of Police (SP) of Khulna", "Officer-in-Charge (OC) of Kalia Police Station"."""


def _title_words(m: re.Match[str]) -> list[str]:
    """A title's head, its first word when hyphenated, and its initials, as title_before gives."""
    head = m.group("title").split()[-1].lower()
    first = head.split("-")[0]  # director of Director-General, officer of Officer-in-charge
    if first not in TITLE_WORDS:
        return []  # a place or a body before the comma: "Voters in Marsyang, Hari Thapa"
    initials = m.group("initials") or m.group("after")
    return [head, *([first] if first != head else []), *([initials.lower()] if initials else [])]


def title_into_name(
    m: str, d_end: int, r_start: int, r_end: int, evidence: Callable[[int, int], bool]
) -> int | None:
    """Where a person's name starts, with its title, in a run of capitals (m[r_start:r_end])
    that a description ending at d_end runs into, when the description ends on the name's
    title: "the winner came from Mayor Ann Lee" (at Mayor: a title of a name's own, with
    the run's `evidence` of a person), "The columnist Mary Smith", "the Harbor Gazette
    columnist Nadia Ferris" (at columnist: the title is the evidence). The name is the
    person, the description its title. None when the description is no name's title (it
    ends past the run, or on a word that is no title)."""
    if d_end <= r_start:
        return None  # no description runs into the run
    overlap = m[r_start:d_end].lower()
    if overlap in TITLE_PROPER:
        return r_start if evidence(r_start, r_end) else None
    head = overlap.rsplit(None, 1)[-1:]
    if not head or head[0] not in PERSON_TITLES:
        return None  # (a person's title: cues.person_evidence takes it as evidence of a name)
    if d_end >= r_end or m[d_end : d_end + 1] != " " or not m[d_end + 1 : d_end + 2].isupper():
        return None
    return d_end - len(head[0])


def named_after(after: list[str]) -> tuple[str, int] | None:
    """The name between a description's phrase and its verb, set off by commas, and where it
    starts in its segment (after[0]): ", Jon Reed, warned" (not a place: ", New Mexico, said")."""
    if len(after) < 2 or not after[1][:1].isspace():
        return None
    appos = appositive_name(np_words(after[0]))
    name = " ".join(w for w, _ in appos)
    if not 1 < len(appos) <= 4 or not all(w[:1].isupper() for w, _ in appos) or is_place(name):
        return None
    return name, appos[0][1]
