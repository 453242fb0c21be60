"""The language an item is written in, for reading its words as tokens.

A day's feeds are mostly in English, and the clustering reads words with English stop
words and an English stemmer. A feed in French, German or Russian would have its little
words ("le", "de", "und", "и") read as content words, and since the English items never
use them the day's IDF takes them for rare: that feed's unrelated items joined one another
on them (across ../shared's real feeds, French, German, Portuguese and Russian sites' items
on unrelated subjects became stories of two and three). An item whose opening words are mostly
another language's stop words (see extract/language.py) is read with that language's stop
words (the `stop-words` package's lists) and its Snowball stemmer (PyStemmer's, as for
English).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

import Stemmer

from briefing.extract.language import LANGUAGES, OPENING, foreign_hits, likeliest
from briefing.stories.words import STOP, fold, stem

Words = tuple[tuple[str, str, float, str], ...]
"""The content words of a run of text: each its lower-case form ("" for a number), token,
weight factor and the word as written (see tokens.read_tokens)."""


@dataclass(frozen=True)
class Language:
    """How one language's words become tokens."""

    name: str
    stop: frozenset[str]
    """Its stop words (and English's: copy quotes English), accents folded."""
    stem: Callable[[str], str]
    """A lower-case word (accents folded) → its token."""
    cache: dict[str, Words] = field(default_factory=dict, compare=False)
    """A run of text between spaces → its content words (see tokens.read_tokens)."""


ENGLISH = Language("english", STOP, stem)
_MADE: dict[str, Language] = {"english": ENGLISH}
"""The languages made so far (their stop words loaded, their caches), by name."""


def clear_caches() -> None:
    """Forget the words read so far in every language (benchmarks start from cold)."""
    for language in _MADE.values():
        language.cache.clear()
        forget = getattr(language.stem, "cache_clear", None)  # the stemmers' lru_caches
        if forget is not None:
            forget()


def _language(name: str) -> Language:
    language = _MADE.get(name)
    if language is None:
        from stop_words import get_stop_words  # lazily: most days have no such item

        # Snowball has no Slovak, Ukrainian or Bulgarian: their words are read unstemmed.
        stemmer = Stemmer.Stemmer(name) if name in Stemmer.algorithms() else None
        if stemmer is not None:
            stemmer.maxCacheSize = 0  # stem_word's lru_cache is the one (see words._SNOWBALL)
        words = frozenset(fold(word.lower()) for word in get_stop_words(name))

        @functools.lru_cache(maxsize=65536)
        def stem_word(word: str) -> str:
            return stemmer.stemWord(word) if stemmer is not None else word

        language = _MADE[name] = Language(name, words | STOP, stem_word)
    return language


def language_of(headline: str, text: str) -> Language:
    """The language to read an item in: English unless its opening holds ENOUGH stop
    words of another language and more of them than English stop words."""
    hits = foreign_hits(f"{headline}\n{text[:OPENING]}")
    return ENGLISH if hits is None else _language(likeliest(hits))


class FeedLanguages:
    """The languages a day's items are read in, each feed's kept steady.

    Languages that share most of their little words (Czech and Slovak, Spanish and
    Portuguese, the Scandinavian ones) are told apart by a few words, so one feed's items
    would be read now in one, now in the other, with other stemmers: its reports of one
    event would share fewer tokens. Of the languages an item holds at least half as many
    stop words of as of its likeliest, the one most of its feed's earlier items were read
    in is taken.
    """

    def __init__(self) -> None:
        self._read: dict[str, dict[str, int]] = {}
        """Feed → language → how many of its items were read in it so far."""

    def read(self, feed: str, headline: str, text: str) -> Language:
        """The language to read a feed's next item in."""
        hits = foreign_hits(f"{headline}\n{text[:OPENING]}")
        if hits is None:
            return ENGLISH
        most = max(hits.values())
        read = self._read.setdefault(feed, {})
        name = max(
            (name for name, count in hits.items() if 2 * count >= most),
            key=lambda name: (read.get(name, 0), hits[name], -LANGUAGES.index(name)),
        )
        read[name] = read.get(name, 0) + 1
        return _language(name)
