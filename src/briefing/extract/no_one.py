"""One-word "names" that name no one: words that open sentences (Sure, Meanwhile), nationalities,
adverbs and plural abstract nouns opening a sentence (Aptly, Conversations), a thing's name
(storm Fiona), and the one surname in -ed a quote may still be credited to."""

from __future__ import annotations

import re

from briefing.extract.vocab import FIRST_NAMES, NATIONALITIES, SPEECH_VERBS, THINGS
from briefing.extract.words import wordset


def names_no_one(name: str) -> bool:
    """Whether a one-word speaker is a word that names no one: a nationality (Egyptian), a
    word that opens sentences (Sure, One, No) or a blogger's adjective opening a link post's
    line (Great piece by ...:). A party (Republicans) may speak as a body."""
    if " " in name:
        return False
    low = name.lower()
    if name[1:2] in ("'", "’") and low[:1] in ("l", "d") and name[2:3].islower():
        return True  # L'opzione, D’une: an elided article of French or Italian copy (not D'Souza)
    if "_" in name or (_CAMEL.search(name) and _DOT_LOWER.search(name)):
        return True  # URL_PATH, FontManager.process: a program's names (not Booking.com)
    if name in ("U.S.", "US"):
        return False  # the country ("the U.S. said"), though "U.S. officials" is an adjective
    return (low in NATIONALITIES and low != "host") or low in _NOT_NAMES


def nation_adjective(word: str) -> bool:
    """Whether a capitalised word names a country as an adjective does (Canadian, Japanese,
    British, Icelandic, Israeli, U.S, EU): by our lists or a demonym's ending."""
    if word in ("U.S", "U.K", "EU", "US", "UK"):
        return True
    low = word.lower()
    return word[:1].isupper() and (low in NATIONALITIES or low.endswith(_DEMONYM_ENDS))


_DEMONYM_ENDS = ("ian", "ese", "ish", "can", "ic", "i")
_CAMEL = re.compile(r"[a-z][A-Z]")
_DOT_LOWER = re.compile(r"\.[a-z]")
_NOT_NAMES = wordset(
    """sure one no yes well so now still yet also then here there today soon shortly later
    earlier afterward afterwards meanwhile moments minutes hours days weeks months egyptian mexican
    israeli palestinian syrian iraqi saudi cuban canadian brazilian spanish dutch swiss
    polish greek irish scottish australian african asian arab great good new big best bad
    nice interesting fascinating excellent terrific wonderful funny sad please come turn
    together indeed thus hence perhaps maybe however therefore instead otherwise overall
    separately elsewhere contrary unlike regardless besides whatever despite amid nobody first
    celsius fahrenheit
    oh ah ok okay yeah hey wow alas
    une un le la les des du mais outre pour dans cette selon ainsi aussi apres après avant il elle
    ils el los las una uno gli della delle dei pero para uma"""
)
"""One-word "speakers" that are no one: words that open sentences, nationalities, a link post's
adjective, and the articles and conjunctions that open sentences of French, Spanish, Italian
and Portuguese feeds (which the summarizer reads as English)."""


def after_a_thing(text: str, pos: int) -> bool:
    """Whether the word before text[pos] makes the name there a thing's (storm Fiona)."""
    before = text[max(0, pos - 20) : pos].split()
    return bool(before) and before[-1].lower() in THINGS


def lower_words(text: str) -> set[str]:
    """The words a text writes in lower case (see opens_no_one)."""
    return set(_LOWER_WORD.findall(text))


_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z]+(?![\w’'])")
_NOUN_ENDINGS = ("tions", "sions", "ments", "nesses", "ities")
"""Endings of plural abstract nouns, which open sentences and are no one's surname."""


def opens_no_one(name: str, lower: set[str], borne: bool) -> bool:
    """Whether a one-word "name" opening a sentence names no one: a plural abstract noun
    (Conversations, Signs of ...), a word the article also writes in lower case (Partial
    transcript follows:, Multiple outlets reported), or an adverb (Simply, Truly, Hastily)
    that no one in the article bears (`borne`: a title went before it or a full name holds
    it) and that is no first name (Kelly, Emily)."""
    low = name.lower()
    if low.endswith(_NOUN_ENDINGS) or low in lower:
        return True
    return low.endswith("ly") and not borne and low not in FIRST_NAMES


def lone_name(np: str) -> str | None:
    """A surname alone after a quote (“...,” Husted said) that resolve() took for a word:
    capitalised words in -ed open sentences as participles (Horrified, Asked), so only one
    that stands mid-sentence, where only a name is capitalised, is a name (the caller knows
    where it stands)."""
    word = np.strip()
    low = word.lower()
    if not (word.isalpha() and word.istitle() and low.endswith("ed")) or low in SPEECH_VERBS:
        return None
    return word
