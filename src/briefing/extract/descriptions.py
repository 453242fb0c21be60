"""The words of a speaker's phrase: a description cut at its clause, its head noun, the words
of a name's phrase with its initials' stops (see resolve() in speakers.py)."""

from __future__ import annotations

import functools
import re

from briefing.extract.names import (
    ABBREVIATION_DOT,
    FUNCTION_WORDS,
    PHRASE_WORD,
    cut_after_name,
    lookup_form,
    of_a_body,
)
from briefing.extract.vocab import BODY_HEADS, PERSON_HEADS, ROLE_HEADS, SPEECH_VERBS
from briefing.extract.words import wordset

PREPS = wordset("in at of from for with on to")
_STOP_NP = wordset("who which that whose whom where when")
HEAD_NOUNS = BODY_HEADS | PERSON_HEADS


def head_noun(words: list[str]) -> str | None:
    """The noun heading a description: the last word before a preposition or clause."""
    head = known = None
    for w in words:
        low = lookup_form(w)
        if low in PREPS or low in _STOP_NP:
            break
        head = low
        if low in HEAD_NOUNS:
            known = low  # one Republican involved in ...: the head is Republican
    return known or head


_LOOSE_ENDS = PREPS | wordset("a an the its his her their our")
"""Words a description never ends with."""


def describe(words: list[str]) -> list[str]:
    """Cut a description at its relative clause or after a short prepositional phrase."""
    out: list[str] = []
    prep = False
    for i, w in enumerate(words):
        low = lookup_form(w)
        if low == "and" and of_a_body(out) and words[i + 1 : i + 2] and words[i + 1].istitle():
            out.append(w)  # the Ministry of Agriculture and Rural Development: one body's name
            continue
        if (
            low in _STOP_NP
            or low in SPEECH_VERBS
            or (out and low in FUNCTION_WORDS and low not in PREPS and low != "the")
        ):
            break
        if low in PREPS:
            if prep:
                break
            prep = True
        out.append(w)
        if len(out) >= 8:
            break
    while out and out[-1].lower() in _LOOSE_ENDS:
        out.pop()
    return out


def for_someone(words: list[str]) -> bool:
    """Whether a lower-case person noun is followed by for or to (an aide to, a spokesman
    for): the phrase describes someone who works for the person named after it; or by what
    makes it a source (a person with knowledge of, familiar with, close to the talks)."""
    return any(
        w.islower() and w in _PERSON_OR_ROLE and words[i + 1] in _SOURCED
        for i, w in enumerate(words[:-1])
    )


_SOURCED = wordset("for to with familiar close briefed knowledgeable")


_PERSON_OR_ROLE = PERSON_HEADS | ROLE_HEADS


@functools.lru_cache(maxsize=4096)
def phrase_words(np: str) -> tuple[str, ...]:
    """The words of a phrase, abbreviations' stops restored, cut after a name. Pure, and
    cached: register() resolves the same runs sentence after sentence (about a quarter of
    resolve's time on real copy)."""
    if "." in np:  # James B. Comey keeps his initial's stop, the U.N. its last one
        np = _STOPS.sub(ABBREVIATION_DOT, np)
    return tuple(
        cut_after_name([w.replace(ABBREVIATION_DOT, ".") for w in PHRASE_WORD.findall(np)])
    )


_STOPS = re.compile(r"(?<=\b[A-Z])\.(?=\s+[A-Z]|[A-Z]\.)|(?<=\.[A-Z])\.")
