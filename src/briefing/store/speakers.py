"""Speakers' names in one form: the quote archive finds a person by any form of their name.

"Putin", "Vladimir Putin", "President Putin" and "Russian President Vladimir Putin" are
one speaker; "Joe Smith" and "Anna Smith" are two. A name is kept once, under its key
(titles and nationalities dropped, accents folded, lower case); a query matches by
surname and then by given name (see `same_person`), so a bare surname finds everyone of
that name and a full name finds only its person.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from briefing.extract.vocab import NATIONALITIES, TITLE_WORDS
from briefing.extract.words import wordset

_TOKEN = re.compile(r"\w+(?:[-.]\w+)*")
_PARTICLES = wordset("de van von der den da del della di du la le bin ibn al el")
"""Name particles: part of a surname ("von der Leyen"), never a given name."""
_SUFFIXES = wordset("jr sr ii iii iv")
_LEADING = TITLE_WORDS | NATIONALITIES | wordset("former late then acting")
"""Words a summarizer's speaker may carry before the name itself."""


@dataclass(frozen=True)
class NameForm:
    """A speaker's name as the archive compares it."""

    display: str
    """The name as shown: the speaker's words without a leading title."""
    key: str
    """Folded words of the name (without title); one speaker row per key."""
    surname: str
    """The last word of the name (folded); what every form of a person's name shares."""
    given: str
    """The first given name (folded), or '' when only the surname is known."""


def _fold(word: str) -> str:
    """Lower case without accents or apostrophes, so "Ó Ríordáin" meets "O Riordain"."""
    plain = word.casefold()
    if not plain.isascii():
        decomposed = unicodedata.normalize("NFKD", plain)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("’", "").replace("'", "").strip(".")


def _described(words: list[str]) -> bool:
    """A lower-case word before a capitalised name describes the speaker ("opposition leader")."""
    return words[0][:1].islower() and any(w[:1].isupper() for w in words[1:])


@functools.lru_cache(maxsize=8192)
def name_form(name: str) -> NameForm:
    """The archive's form of a speaker's name as the summarizer gave it (or a reader typed it)."""
    words = [w for w in name.split() if _TOKEN.search(_fold(w))]
    # A title leads only when a name follows it: "spokesman" alone stays a speaker.
    while len(words) > 1 and (_fold(words[0]) in _LEADING or _described(words)):
        words.pop(0)
    while len(words) > 1 and _fold(words[-1]).strip(",") in _SUFFIXES:
        words.pop()
    tokens = [t for w in words for t in _TOKEN.findall(_fold(w))]
    if not tokens:
        folded = " ".join(name.casefold().split())
        return NameForm(display=" ".join(name.split()), key=folded, surname=folded, given="")
    given = [t for t in tokens[:-1] if t not in _PARTICLES]
    return NameForm(
        display=" ".join(words).strip(","),
        key=" ".join(tokens),
        surname=tokens[-1],
        given=given[0] if given else "",
    )


def same_person(one: NameForm, other: NameForm) -> bool:
    """Whether two forms may name one person: one surname, and given names that agree.

    A missing given name agrees with any; an initial ("V. Putin") agrees with the names
    it begins.
    """
    if one.surname != other.surname:
        return False
    if not one.given or not other.given:
        return True
    if len(one.given) == 1 or len(other.given) == 1:
        return one.given[0] == other.given[0]
    return one.given == other.given


def speakers_meant(query: NameForm, known: list[tuple[int, NameForm]]) -> list[int]:
    """Which of the `known` speakers (id, form) sharing `query`'s surname it names.

    A bare surname names everyone of that surname. A full name names its person, and
    the speakers recorded by surname alone only while no one else of that surname is
    on record (otherwise "Smith" might be either Smith, and is left out).
    """
    if not query.given:
        return [i for i, form in known if form.surname == query.surname]
    full = [(i, form) for i, form in known if form.surname == query.surname and form.given]
    meant = [i for i, form in full if same_person(query, form)]
    if len(meant) == len(full):
        meant += [i for i, form in known if form.surname == query.surname and not form.given]
    return meant
