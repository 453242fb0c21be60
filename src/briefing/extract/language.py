"""Whether a text is English, and if not which language its little words are.

briefing reads English copy: its speech verbs, figures' units and number forms, stop words
and stemmer are English. A feed in French, German or Russian is read apart: the summarizer
gives its lead and its quotes without speakers (English rules found "HDMI-2.1-Funktionen"
speaking, and read "35.000 US-Dollar" as a count of 35), and stories read its words with
that language's stop words and stemmer (see stories/languages.py). An item is in another
language when its opening holds ENOUGH of that language's stop words (the `stop-words`
package's lists) and more of them than English function words; the summarizer also reads
apart copy written mostly in other scripts than Latin (Chinese or Japanese, which write no
spaces between words).
"""

from __future__ import annotations

import functools

LANGUAGES = (
    *("french", "german", "spanish", "portuguese", "italian", "dutch", "russian", "polish"),
    *("swedish", "norwegian", "danish", "finnish", "turkish", "romanian", "hungarian"),
    *("indonesian", "czech", "slovak", "ukrainian", "bulgarian", "catalan", "greek"),
    *("arabic", "persian", "hindi"),
)
"""Languages read apart from English, most widely read first (a tie between two that share
their little words, as Spanish and Portuguese do, goes to the first): those the stop-words
package has lists for and whose words are separated by spaces."""
ENOUGH = 3
"""Distinct stop words of another language an item's opening must hold, more than English
function words, for the item to be read in that language."""
OPENING = 240
"""Characters of an item (headline and text) in which English's commonest words are sought..."""
_WORDS = 160
"""...and of those, the ones whose words are looked up in other languages' stop words."""
_ENGLISH = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its just me more
    most my no nor not now of off on once only or other our out over own same she should so some
    such than that the their them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your
"""
ENGLISH_WORDS = frozenset(_ENGLISH.split())
_ENGLISH_MARKS = (" the ", " of ", " and ", " to ", " for ", " with ", " that ", " said ")
"""English function words: a text holding more of them than of another language's stop
words is English ("die", "war" or "come" in English copy are outweighed)."""


@functools.cache
def _telling() -> dict[str, tuple[str, ...]]:
    """A word → the languages whose stop words hold it, for words English has not."""
    from stop_words import get_stop_words  # lazily: most texts are told English without it

    languages: dict[str, list[str]] = {}
    for name in LANGUAGES:
        for word in get_stop_words(name):
            low = word.lower()
            if low not in ENGLISH_WORDS and len(low) > 1:
                languages.setdefault(low, []).append(name)
    return {word: tuple(names) for word, names in languages.items()}


def foreign_hits(opening: str) -> dict[str, int] | None:
    """How many stop words of each language other than English an opening (headline and
    text, OPENING characters) holds, if it holds ENOUGH of one and more than English
    function words; else None (English)."""
    opening = opening.lower()
    # Most items are English: three of these words, which no other language read here
    # writes between spaces, say so before any look-up (" the " alone, mostly: the words
    # are counted one at a time, and the counting stops at three).
    marks = 0
    for mark in _ENGLISH_MARKS:
        marks += opening.count(mark)
        if marks >= 3:
            return None
    # Little words seldom touch punctuation, so the words between spaces are looked up as
    # they are (str.translate() cost more than the rest of the reading), in C. Distinct words
    # count: an earnings table's "vs" ("vous" in French) comes eight times.
    words = opening[:_WORDS].split()
    telling = _telling()
    found = telling.keys() & set(words)
    if len(found) < ENOUGH:
        return None
    hits: dict[str, int] = {}
    for word in found:
        for name in telling[word]:
            hits[name] = hits.get(name, 0) + 1
    english = sum(word in ENGLISH_WORDS for word in words)
    most = max(hits.values())
    return hits if most >= ENOUGH and most > english else None


def likeliest(hits: dict[str, int]) -> str:
    """The language of the most stop words (the more widely read of a tie)."""
    return max(hits, key=lambda name: (hits[name], -LANGUAGES.index(name)))


def is_english(text: str) -> bool:
    """Whether a text (plain, one paragraph a line) reads as English (see foreign_hits), and
    is written mostly in Latin letters: Chinese, Japanese or Thai copy writes no spaces
    between its words, so no stop word of any language is found in it."""
    opening = text[:OPENING]
    if not opening.isascii():
        letters = [c for c in opening if c.isalpha()]
        if sum(c > _LATIN_END for c in letters) * 2 > len(letters):
            return False
    return foreign_hits(opening) is None


_LATIN_END = "\u024f"
"""The last letter of the Latin blocks (accented letters included)."""
