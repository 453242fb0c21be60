"""A number that belongs to a name, not a figure: a product's, a mission's or a version's
(iOS 11, Pixel 7, Artemis 1, Apollo 11 landed), told from a score or a range after a team, a
table's line, a tally and a headline's verb (Storm Kills 12)."""

from __future__ import annotations

import re

from briefing.extract.names import FUNCTION_WORDS
from briefing.extract.phrase import PREPS, WEEKDAYS, is_verb
from briefing.extract.words import wordset

_NAME_NUMBER = re.compile(r"[^\s.!?:;\"“”'’(\[]\s+([a-z]*[A-Z][\w’'&]*(?:-[A-Z][\w’'&]*)*)\s$")
"""A word with a capital (iOS, PlayStation, Sea-Eye) inside a sentence, just before a number."""
_NAME_OPENING = re.compile(r"(?:^|[.!?”\n]\s*)([a-z]*[A-Z][\w’'&]*)\s$")
"""The same word opening a sentence: a name when a verb follows its number (Apollo 11 landed)."""
_FOLLOWING_WORD = re.compile(r"\s+([a-z]+)\b")
_VERSION = re.compile(r"\b(?:[Vv]ersions?|[Vv]er\.|[Rr]elease)\s$")
"""A version's number is its name (version 3.5 of the browser)."""
_TOP = re.compile(r"\b(?:the|a|[\w’']+[’']s?)\s+top\s$")
"""After "the top 10" a lower-case word that is no preposition is what the top ten are (the
top 10 firms), so the number counts them; else the number is a rank."""
_ONE_OF_TOP = re.compile(
    r"\b(?:(?:one|some)\s+of|among)\s+(?:the\s+)?(?:[\w’']+[’']s?\s+)?top\s$", re.I
)
"""One of the planet's top 10 exporters: a rank, whatever follows."""
_RANGE_ON = re.compile(r"\s*[-–]\s*\d|\s+(?:to|and|vs\.?)\s+\d")
"""A range, a score or a table's comparison goes on after a number: Duvane 2-1, Trump 46 to
40 percent, Net 1,900 vs 1,600."""
_TALLY = re.compile(
    r"(?:,|;|\sand)\s+(?:[A-Z][\w.’'-]*\s+){1,3}\d[\d.]*(?:,|;|\s+and\b)|[A-Z][\w’'-]*\s+\d+,\s+\S*$"
)
"""Another name and number beside a number: a tally (Trump 384, Cruz 300, Rubio 151); each
of its numbers is followed by the next one's comma (not two versions of one name in a list: a
map pack, GameBox 4 GameBox 2 ports)."""
_NOT_NAMING = (
    WEEKDAYS
    | PREPS
    | wordset(
        """about some nearly only over almost around roughly more fewer less just up down all
    another least most than"""
    )
)
"""Capitalised words before a number that are no name: a day, a preposition opening a
sentence after a quotation, a qualifier (On Monday 40 people, For 14 years, AT LEAST 10)."""


def named(before: str, after: str) -> bool:
    """Whether the number between `before` and `after` belongs to a name: a product's, a
    mission's or a version's (iOS 11, Pixel 7, Artemis 1; Apollo 11 landed, opening a
    sentence, when a verb follows). Not a headline's verb (Storm Kills 12), a score or a
    range after a team (Duvane 2-1), a table's line (Net 1,900 vs 1,600), a tally (Trump 384,
    Cruz 300), a possessive's count (Cruz's 538); a month, a currency, a label word were read
    before."""
    counted = (nxt := _FOLLOWING_WORD.match(after)) is not None and nxt.group(1) not in PREPS
    if (
        _VERSION.search(before)
        or (_TOP.search(before) and not counted)
        or _ONE_OF_TOP.search(before)
    ):
        return True  # version 3.5 of the browser; into the top 10 without (a rank, no count)
    m = _NAME_NUMBER.search(before)
    if m is None:
        # Apollo 11 landed, Windows 10 was: a name opening the sentence, a verb after it
        m = _NAME_OPENING.search(before)
        verb = _FOLLOWING_WORD.match(after)
        if m is None or verb is None or not is_verb(verb.group(1)):
            return False
        if m.group(1).lower() in FUNCTION_WORDS:
            return False  # Those 3 were freed
    word = m.group(1)
    if word.lower() in _NOT_NAMING or (word.endswith("s") and word[1:].islower() and is_verb(word)):
        return False  # (a headline's verb: Storm Kills 12; not Uncharted 3, Left 4 Dead)
    if word.isupper() and len(word) > 3:
        return False  # a line in capitals: FIVE YEARS 5 HELD (AM 970, ABC 7 are names)
    if word.endswith(("’s", "'s", "’", "'")) or _RANGE_ON.match(after):
        return False
    return _TALLY.search(before, 0, m.start(1)) is None and _TALLY.match(after) is None
