"""The names an item's lead and body give: its full names, of two capitalised words or more
("Aibek Nurmatov", "Temir Zholy": people, bodies and places), and the words it writes with a
capital inside a sentence. A single capitalised word is mostly a place, which unrelated
events share; a full name is much more specific, and two items that write one are likelier
to tell one event (see Evidence.score)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from briefing.stories.headlines import in_title_case

# The capital comes first and the look-behind checks the word boundary before it: a
# pattern opening with \b would be tried at every character of the text.
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[^\W\d_]++(?:[ -][A-Z][^\W\d_]++)++")
"""A run of two capitalised words or more, joined by spaces or hyphens."""
_MID_CAPITAL = re.compile(r"[A-Z](?<=[^\W_] [A-Z])[^\W\d_]++")
"""A capitalised word after a word of the sentence: a name, not a sentence's first word.
(The capital comes first, as in _NAME, so that the look-behind is tried only there.)"""


def full_names(prose: str, stop: AbstractSet[str]) -> frozenset[str]:
    """The full names of a text in lower case, but those opening with a stop word (a
    sentence's "The Harbour Board" is no name of "The")."""
    return frozenset(
        name.lower() for name in _NAME.findall(prose) if name.split()[0].lower() not in stop
    )


def capitals(prose: str, headline: str) -> list[str]:
    """The words the text writes with a capital after a word of its sentence: its names,
    unless the text is its headline written in title case ("Harbor Lines Ends Merger Talks With
    Talvin Air", as headline-only feeds and aggregators give it), which capitalises every word:
    there every word would be a name, and each of two outlets' headlines would name a
    stranger the other never mentions (see Evidence.score)."""
    capitals: list[str] = _MID_CAPITAL.findall(prose)
    words = prose.split()
    if capitals and words == headline.split() and in_title_case(words):
        return []
    return capitals
