"""The words of a subject's phrase before its verb: a description that goes on to a name
(talk host Rush Lindell), a capitalised word that qualifies a speaker's noun (Trump
supporters), two descriptions of one person joined by "and" (Former judge and city mayor Bo
Lind), and where a verb ends the phrase (The report accuses Ann Lee of ...).

subjects.subject() reads a sentence's subject word by word and asks these at each step.
"""

from __future__ import annotations

from briefing.extract.appositives import BEFORE_VERB
from briefing.extract.cues import ALL_HEADS, CLAUSE_WORDS, DETERMINERS, NP_OK, NP_PREPS
from briefing.extract.names import not_a_name
from briefing.extract.phrase import PREPS, is_verb
from briefing.extract.vocab import SPEECH_VERBS, TITLE_WORDS
from briefing.extract.words import looks_plural


def before_a_name(words: list[tuple[str, int]], i: int) -> bool:
    """Whether lower-case words from i on lead to a capitalised word within three words, none
    a verb: the description before a name (talk host Rush Limbaugh)."""
    for k, (w, _) in enumerate(words[i : i + 3]):
        if w[:1].isupper():
            return True
        low = w.lower()
        if k == 0 and i and _third_person(low, words[i - 1][0].lower()):
            return False  # The report accuses Ann Lee of ...: a verb after the head noun
        if _breaks_phrase(low) or low in NP_OK:
            return False
    return False


def _breaks_phrase(low: str) -> bool:
    """Whether a lower-case word ends a description on its way to a name: a speech verb, a
    past form, no word, a clause's word, a preposition (also "Dana Roe went after Lee": a
    verb's preposition) or a conjunction."""
    return (
        low in SPEECH_VERBS
        or low.endswith("ed")
        or not low.isalpha()
        or low in CLAUSE_WORDS
        or low in PREPS
        or low in ("and", "or", "but", "to")
    )


def _third_person(low: str, before: str) -> bool:
    """Whether a lower-case word in -s after a speaker's head noun is its verb (the report
    accuses, the company thanks), not a plural that goes on describing (campaign aides)."""
    return (
        looks_plural(low)
        and before in ALL_HEADS
        and low not in ALL_HEADS
        and low not in TITLE_WORDS
    )


def to_a_head(out: list[tuple[str, int]], words: list[tuple[str, int]], i: int) -> int:
    """How many lower-case words from i on end in a speaker's noun after one capitalised
    word (Trump supporters, Nuclear safety experts, Kell campaign aides): a description the
    word qualifies, not a name. 0 if none does, or if a name follows (campaign aide Bo Li)."""
    if len(out) != 1 or not out[0][0][:1].isupper() or not_a_name(out[0][0]):
        return 0
    found = 0
    for k, (w, _) in enumerate(words[i : i + 3]):
        low = w.lower()
        if not (low.isalpha() and w.islower()) or low in SPEECH_VERBS or is_verb(low):
            break
        if low in CLAUSE_WORDS or low in NP_PREPS or low in BEFORE_VERB or low in NP_OK:
            break
        if low in ALL_HEADS:
            found = k + 1
    after = words[i + found][0] if found and i + found < len(words) else ""
    return 0 if after[:1].isupper() or after.lower() in NP_PREPS | {"and", "or"} else found


def described_twice(out: list[tuple[str, int]], words: list[tuple[str, int]], i: int) -> bool:
    """Whether "and" at i joins two descriptions of one person before the name: a title
    without an article that ends in a lower-case noun ("Former judge", "Radio host"), then
    words that reach a capital within six, none a verb ("and city mayor Bo Lind"). With an
    article ("the governor and Mayor Ann Lee") or after a name ("Ann Lee and Bo Lind") the
    "and" joins two people."""
    if not out or out[0][0].lower() in DETERMINERS or not out[-1][0].islower():
        return False
    for w, _ in words[i + 1 : i + 7]:
        if w[:1].isupper():
            return True
        if _breaks_phrase(w.lower()):
            return False
    return False
