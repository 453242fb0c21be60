"""Where a quote's speaker is read from: the patterns before, after and around a quotation.

attribution.py walks the quotes of an article and tries these in turn; speakers.py then says
who a phrase they find refers to. Every pattern runs over masked text (mask_quotes): quoted
words blanked, honorifics' full stops (Sen.) and party tags (D-Nev.) kept from ending a phrase.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from briefing.extract.names import (
    ABBREVIATION_DOT,
    PARTICLES,
    bare,
    census_person,
    is_place,
    lookup_form,
    mark_abbreviations,
    not_a_name,
    np_words,
    of_a_body,
    split_title,
)
from briefing.extract.phrase import AUX, PREPS, is_verb
from briefing.extract.quotes import QuoteSpan
from briefing.extract.vocab import (
    BODY_HEADS,
    FEMALE_NAMES,
    KIN,
    MALE_NAMES,
    NATIONALITIES,
    PARTICIPLES,
    PERSON_HEADS,
    PERSON_TITLES,
    ROLE_HEADS,
    SPEECH_VERBS,
    TITLE_PROPER,
    TITLE_WORDS,
)
from briefing.extract.words import at_word_start, by_first_letter, wordset

FINITE = by_first_letter(sorted(SPEECH_VERBS - PARTICIPLES - {"according"}, key=len, reverse=True))
SPEAKING_BODIES = wordset(
    """ministry company bank government agency committee office institute association regulator
    council embassy statement authorities administration group fund service"""
)
HEADS = by_first_letter(sorted(PERSON_HEADS | ROLE_HEADS | SPEAKING_BODIES, key=len, reverse=True))
"""Nouns that head a description of a speaker (an official at ..., the ministry)."""
NPCHARS = r"[^,.;:!?“”\"«»~()\n]"

_JOINERS = "|".join(sorted(PARTICLES | {"of", "for"}, key=len, reverse=True))
CAPS = re.compile(
    rf"[A-Z](?:[\w’'\-\u2024]|&(?=[A-Z]))*"
    rf"(?:\s+(?:(?:{_JOINERS})\s+){{0,2}}[A-Z](?:[\w’'\-\u2024]|&(?=[A-Z]))*)*"
)
"""A run of capitalised words, with a name's particles (Omar el Saleh) and "of" or "for" (the
Bank of Ghana) inside."""
LOW_WORD = re.compile(r"([a-z][\w’'\-]*)\s+$")


def runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of capitalised words, with lower-case titles inside (Association chairman X)."""
    runs: list[tuple[int, int]] = []
    for m in CAPS.finditer(text, start, end):
        a, b = m.start(), m.end()
        if a > start and text[a - 1].isalpha():
            continue  # the capital inside a word (iPad Pro, eBay): no name starts there
        # Reach back over lower-case title words: "chief executive Daniyar Seitkaliyev".
        while a - 2 >= start and text[a - 2].islower() and text[a - 1] == " ":
            # The word ends at a - 1: it cannot start before the last space ahead of it.
            lo = max(start, a - 24)
            w = LOW_WORD.search(text, max(lo, text.rfind(" ", lo, a - 1) + 1), a)
            if w is None or w.group(1) not in TITLE_WORDS:
                break
            a = w.start()
        # Join the previous run when only title words lay between (Association chairman X).
        touching = runs and runs[-1][0] < a <= runs[-1][1] + 1
        bridged = runs and a != m.start() and text[runs[-1][1] : a].strip() == ""
        # A body named by what it is of goes on after "and": the Department of Fisheries and
        # Ocean Resources, the Ministry of Transport and Public Works.
        joined = runs and text[runs[-1][1] : a] in (" and ", " & ")
        joined = joined and of_a_body(text[runs[-1][0] : runs[-1][1]].split())
        # A title of the body it heads: Chancellor of the Exchequer Rupert Vane
        joined = joined or (
            runs and text[runs[-1][1] : a] == " of the " and _ends_in_title(text, *runs[-1])
        )
        if touching or bridged or joined:
            a = runs.pop()[0]
        runs.append((a, b))
    return runs


DESC = re.compile(
    rf"(?:{at_word_start(['an?', 'one', 'another', 'the', 'its', 'their', 'his', 'her'])})"
    rf"\s+(?:[\w’'\-]+\s+){{0,3}}?"
    rf"(?:{HEADS})\b(?:\s+(?:in|at|of|from|with)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){{0,3}})?"
)
_PEOPLE = by_first_letter(sorted(PERSON_HEADS | ROLE_HEADS, key=len, reverse=True))
_OWNED_DESC = re.compile(rf"([\w\-]+)(?:’s|'s)\s+(?:[\w’'\-]+\s+){{0,3}}?(?:{_PEOPLE})\b(?![’'\-])")
"""A person described by a place's name, searched in the lower-cased text: France's prime
minister (not France's statement)."""


def descriptions(text: str, low: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The descriptions in text[start:end] (see DESC), and a person's that a place's name
    opens with no article ("France's prime minister"), in order, none overlapping."""
    found = [(d.start(), d.end(), "desc") for d in DESC.finditer(low, start, end)]
    if "'s " not in low[start:end] and "’s " not in low[start:end]:
        return found
    taken = [(a, b) for a, b, _ in found]
    for d in _OWNED_DESC.finditer(low, start, end):
        a, b = d.start(), d.end()
        # (not an appositive: "Robby Vale, Lee's campaign manager was asked")
        whole = (a == start or not text[a - 1].isalnum()) and text[a - 2 : a] != ", "
        alone = not any(x < b and a < y for x, y in taken)
        # A place's only: a person's or a body's name is a mention of its own to keep.
        place = is_place(d.group(1))
        if whole and place and alone and _ends_description(text, b):
            found.append((a, b, "desc"))
    return sorted(found)


def _ends_description(text: str, end: int) -> bool:
    """Whether an owned description's head ends it: a verb, a preposition or a stop follows,
    not a name ("Clinton's campaign manager, Robby Mook") or more of a noun ("Lee's delegate
    lead")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return True
    word = after.group(1)
    return word.islower() and (is_verb(word) or word in PREPS or word in _AFTER_HEAD)


_NEXT_WORD = re.compile(r"\s*,?\s*([\w’']+)")
_AFTER_HEAD = wordset("who has had is was will would also and")


PRONOUN = re.compile(rf"(?:{at_word_start(['he', 'she'])})\b")
"""DESC and PRONOUN are searched in the lower-cased text."""
VERB_NEAR = re.compile(rf"^\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?(?:{FINITE})\b")
OF_BEFORE = re.compile(r"(?<![\w’'])of\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a name, what makes it part of the phrase before it: in "Bishop Ann Lee of the
Harbour Diocese told ...", Lee tells, not the diocese (searched in the 8 characters before)."""
SAID_BEFORE = wordset(
    "said says added adds noted explained stressed wrote continued recalled warned"
)
ALL_HEADS = PERSON_HEADS | ROLE_HEADS | BODY_HEADS
_BEFORE_COMMA = ALL_HEADS | KIN
"""A head or kin before a name and its comma: the park's director, Ann Lee; his wife, Ann."""
APPOSITIVE = re.compile(
    r"^\s*(?:,\s*(?:an?\b|the\b|who\b|whose\b|his\b|her\b|\d|[A-Z][\w\-]*(?:’s|'s)\s+[a-z])|\(\d)"
)
"""After a name, what shows it is a person's: an appositive (, a former aide) or an age."""
_TITLE_AFTER = re.compile(r",\s*([A-Za-z][a-z]+|CEO)\b(?:\s+([A-Z][a-z]+|CEO)\b)?")
"""...or a title after its comma (", Chairman of ...", ", Managing Director", ", minister for")."""

WHEN = r"(?:on\s+[A-Z][a-z]+day\s+|last\s+(?:week|month|year)\s+)?"
"""A time between a subject and its verb: Lee on Monday said, Lee last week called."""
CLAUSE_SUBJECT = re.compile(
    rf"(?<![\w’'])(?P<np>[Hh]e|[Ss]he|[A-Z][\w’'\-\u2024]*(?:\s+[A-Z][\w’'\-\u2024]*){{0,3}})"
    rf"\s+(?:\w+ly\s+|also\s+|later\s+|then\s+|had\s+|has\s+|would\s+|will\s+)?{WHEN}"
    rf"(?:{FINITE}|[a-z]+ed)\b"
)
"""A clause's subject and verb inside a sentence: in which he pledged that ... “...”."""
INTRO = wordset(
    """in at on speaking following opening addressing asked after before during without since
    despite under like unlike earlier later separately meanwhile however also responding
    commenting referring answering by for with although though while because if when whereas
    unless once even as between among amid amidst around across behind beyond near over
    through toward towards upon within outside inside against along above below beside
    besides back"""
)
LEADING = INTRO | {"the", "a", "an", "its", "his", "her"}
"""Words a capitalised run may open with that belong to no name (In Astana, The minister)."""
APPOSITION = wordset("a an the one who whose which of from")
"""Words an appositive or a relative clause opens with (Ann Lee, a former aide, said)."""
ARTICLES = wordset("the a an another")
NP_PREPS = wordset("in at of from with for")
CLAUSE_WORDS = wordset("that which who whom whose when while because if is was are were has had")
"""Words that show a phrase is a clause, not a speaker's name and description."""
NP_OK = frozenset(
    {"he", "she", "the", "a", "an", "its", "his", "her", "their", "also", "then", "later", "one"}
    | {"another"}
)


DETERMINERS = ARTICLES | wordset("one his her its their")
"""Words opening a description of a speaker (One intelligence source, Her economic plan)."""
WINDOW = 400
"""Characters around a quotation that its attribution may come from."""


def mask_quotes(text: str, spans: list[QuoteSpan]) -> str:
    """The text with every quotation's inside blanked: words quoted never attribute words.

    Honorifics' and initials' full stops are masked too (mark_abbreviations), so that
    Sen. Ann Lee reads as one phrase.
    """
    pieces: list[str] = []
    pos = 0
    for s in spans:  # a quotation never crosses a paragraph, so holds no newline
        pieces.append(text[pos : s.start])
        # A title's comma inside its marks closes the phrase round it: Ann Lee, the author of
        # "The Dam," said: an appositive
        comma = text[s.end - 1 : s.end] == "," and s.end - s.start > 1
        pieces.append("~" * (s.end - s.start - comma) + "," * comma)
        pos = s.end
    pieces.append(text[pos:])
    masked = "".join(pieces)
    if _SHOUTED.search(masked) is not None:
        masked = _SHOUTED.sub(_spoken, masked)
    return mark_abbreviations(masked)


_SHOUTED = re.compile(r"(?<![\w’'])[A-Z]{3,}(?![\w’'])")


def _spoken(m: re.Match[str]) -> str:
    """A verb of speech in capitals (Ann Lee DENIES that: “...”, a post's emphasis) read as
    written in lower case; any other word in capitals as it is."""
    word = m.group(0).lower()
    return word if word in SPEECH_VERBS or word in _SHOUTED_TOO else m.group(0)


_SHOUTED_TOO = wordset("denies denied slams slammed blasts blasted claims vows rejects rejected")
"""Verbs a post shouts before a quote that are no verbs of speech in our lists."""


def _ends_in_title(text: str, a: int, b: int) -> bool:
    """Whether the run text[a:b] ends in a title's word (Chancellor, Speaker, Secretary)."""
    return text[a:b].rsplit(None, 1)[-1].lower() in TITLE_WORDS


def _joins_names(words: list[str], k: int) -> bool:
    """Whether the "and" at words[k] joins two capitalised words after "of" (a firm's name)."""
    return words[k + 1][:1].isupper() and words[k - 1][:1].isupper() and "of" in words[:k]


def np_ok(np: str) -> bool:
    """Whether a phrase before a speech verb can be a speaker (he, Putin, the ministry ...)."""
    words = [w for w, _ in np_words(np)]
    if "and" in words[2:-1] or "&" in words[2:-1]:  # a firm's name: ... of Marsh Barlow and Kent
        words = [
            w for k, w in enumerate(words) if not (w in ("and", "&") and _joins_names(words, k))
        ]
    if not words or len(words) > 7:
        return False
    if any(lookup_form(w) in CLAUSE_WORDS for w in words):
        return False  # (but WHO, the health body, is a name: see lookup_form)
    named = [w for w in words if bare(w) not in PARTICLES]  # Omar el Saleh: a name
    if len(words) > 2 and all(w[:1].isupper() for w in named[-2:]) and words[-1][:1].isupper():
        return True  # a name at the end carries any description before it (super PAC aide Ann Lee)
    prep = next((i for i, w in enumerate(words) if w.lower() in NP_PREPS), len(words))
    if 0 < prep < len(words) - 1:
        words = words[:prep]  # a staffer in the room: the phrase after its head is free
    if len(words) <= 4 and bare(words[-1]) in ALL_HEADS:
        return True  # federal prosecutors, a Democratic staffer
    if len(words) <= 3 and words[0].lower() in DETERMINERS and words[-1].replace("-", "").isalpha():
        return True  # the tabloid, his colleague, the 24-year-old: a short description
    if (
        len(words) == 4
        and words[0].lower() in DETERMINERS
        and all(w.isalpha() and w.islower() and w not in AUX for w in words[1:])
    ):
        return True  # the state weather forecaster (not "the two-term president will")
    if words[0].lower() in ARTICLES and bare(words[-1]) in ALL_HEADS:
        return True  # the presumptive Republican presidential nominee
    for w in words:
        low = bare(w)
        if not (
            w[:1].isupper()
            or low in NP_OK
            or low in PARTICLES  # Mohammed bin Salman, Ursula von der Leyen
            or low in TITLE_WORDS
            or low in PERSON_HEADS
            or low in ROLE_HEADS
            or low in BODY_HEADS
            or low in NATIONALITIES
            or low.endswith(("’s", "'s"))
        ):
            return False
    return True


@functools.lru_cache(maxsize=4096)
def run_words(run: str) -> tuple[str, bool]:
    """A capitalised run's last word ("" if it has no capital) and whether its own words
    show a person: a proper title before a name, or a first name we know (Donald Trump).

    Pure, so cached: register() meets the same runs in sentence after sentence (a third of
    _person_evidence's time on real copy before it was cached).
    """
    words = run.replace(ABBREVIATION_DOT, ".").split()
    if words and words[0].lower() in LEADING:
        words = words[1:]
    if not any(w[0].isupper() for w in words):  # (split() gives no empty word)
        return "", False
    title, name = split_title(words)
    if name and any(w.lower().rstrip(".") in TITLE_PROPER for w in title):
        return words[-1], True  # (Secretary of State Ann Lee: the title's first word)
    first = bare(name[0]) if len(name) > 1 else ""
    return words[-1], first in MALE_NAMES or first in FEMALE_NAMES


_SPEAK_REACH = 20_000
"""How far after a full name its surname is looked for speaking alone (a bound that keeps a
text of thousands of names linear)."""


def speaks_alone(masked: str, word: str, start: int) -> bool:
    """Whether a capitalised word speaks alone within _SPEAK_REACH after start (Brandt said,
    said Brandt.): a surname, which makes a run of two or three capitalised words that ends in
    it a person's name (Olek Brandt), whatever its first name. (Each occurrence is found with
    str.find and only its neighbours read: a pattern over the whole text was 5% of a summary.)"""
    end = min(len(masked), start + _SPEAK_REACH)
    i = masked.find(word, start, end)
    while i != -1:
        e = i + len(word)
        if (i == 0 or not masked[i - 1].isalnum()) and not masked[e : e + 1].isalnum():
            if VERB_NEAR.match(masked[e : e + 40]):
                return True
            before = masked[max(0, i - 12) : i].split()[-1:]
            if masked[e : e + 1] in (".", ",") and before and before[0].lower() in SAID_BEFORE:
                return True  # said Brandt.
        i = masked.find(word, e, end)
    return False


def person_evidence(
    m: str,
    a: int,
    b: int,
    lookup: Callable[[str], object | None],
    alone: Callable[[str, int], bool],
    role: str = "",
) -> bool:
    """Whether the capitalised run m[a:b] names a person: a title or first name of its own, a
    person already known, a speech verb or an appositive next to it, or a surname that speaks
    alone elsewhere in the text. A known person's possessive counts only as the subject after
    an opening clause (role, see clause_role: `Since Tom Kirk took over, Rowe’s team grew`)."""
    if role == "subject" and m[a:b].endswith(("’s", "'s")) and " " not in m[a:b]:
        return lookup(m[a : b - 2]) is not None
    last, named = run_words(m[a:b])
    if not last:
        return False
    if named or lookup(last) is not None:
        return True
    words = m[a:b].split()
    low = max((i for i, w in enumerate(words) if w.islower()), default=-1)
    if low >= 0 and words[low] in PERSON_TITLES and 0 < len(words) - low - 1 < 4:
        return True  # "columnist Nadia Ferris" (runs() reaches back over title words)
    if 1 < len(words) < 4 and not not_a_name(words[0]) and alone(last, b):
        return True  # "Olek Brandt spoke on Monday." ... "Brandt said": a person
    after, before = m[b : b + 40], m[max(0, a - 40) : a]
    if APPOSITIVE.match(after) or (VERB_NEAR.match(after) and not OF_BEFORE.search(before)):
        return True
    if census_person(m[a:b].split(), before, lookup):
        return True  # "Ida Kell arrived first.": a first name only the census knows
    title = _TITLE_AFTER.match(after) if 1 < len(m[a:b].split()) < 4 else None
    if title is not None and any((w or "").lower() in TITLE_PROPER for w in title.groups()):
        return True  # "Lena Park, Chairman and CEO said"
    previous = before.rsplit(None, 1)[-1:]
    if previous and before[-1:].isspace():
        word = previous[0].lower()
        # "said Aigul Temirbekova" / "the park's director, Yerbol Dzhumabekov"
        if word in SAID_BEFORE or (word.endswith(",") and word[:-1] in _BEFORE_COMMA):
            return True
        if word.endswith(",") and _TITLE_BEFORE_COMMA.search(before):
            return True  # "the Commissioner for Finance, Ada Obi": a title's appositive
    return False


_TITLE_BEFORE_COMMA = re.compile(
    rf"(?:^|[.!?\n,;(”\"]\s*|\b(?i:the)\s+)(?:[A-Z][\w\-]*\s+)?(?i:{'|'.join(sorted(TITLE_PROPER))})"
    r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w\-]*){1,3})?,\s*$"
)
"""A title proper, maybe of or for a body, just before a comma (`the Commissioner for Finance,`,
`the minister,`, `Works Minister,`): the capitalised run after the comma is the one titled."""
