"""How the clustering reads an item: its own words, as the day's items so far tell them.

An outlet's name in its datelines and credits, its repeated paragraphs and headline furniture,
and links and captions of other stories are no words of its event; its language is its feed's;
a body it names by its initials or in full is read in both forms once both have been met. Each
of these is learnt from the items read before, in publication order, so an item is read the
same way whenever it is read after them.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.extract.furniture import article_only
from briefing.models import Item, Summary
from briefing.stories.acronyms import Acronyms
from briefing.stories.boilerplate import Boilerplate, OutletNames
from briefing.stories.languages import FeedLanguages
from briefing.stories.signals import Doc, make_doc
from briefing.stories.words import fold


class Reader:
    """Items → Docs, with what the items read so far taught (see the module's text)."""

    def __init__(self, stop_words: Iterable[str] = ()) -> None:
        self._stop = frozenset(fold(w.lower()) for w in stop_words)
        self._outlets: dict[tuple[str, str], OutletNames | None] = {}
        """An item's feed and source → their names, taken out of its copy."""
        self._boilerplate = Boilerplate()
        self._acronyms = Acronyms()
        """A body's initials and its full name, as met so far."""
        self._languages = FeedLanguages()
        """The language each item is read in, steady within a feed."""

    def read(self, index: int, item: Item, summary: Summary | None) -> Doc:
        """The item as the `index`-th of the clustering."""
        # An outlet's name in its own datelines and footers says nothing about the event.
        names = (item.feed, (summary.source or "") if summary is not None else "")
        if names in self._outlets:
            outlet = self._outlets[names]
        else:
            outlet = self._outlets[names] = OutletNames.of(names)
        boilerplate = self._boilerplate
        # Links to other stories ("Related: ...", "Read more: ...") and captions are
        # another event's words.
        own, headline = article_only(boilerplate.own_text(item)), boilerplate.headline(item)
        language = self._languages.read(item.feed, headline, own)
        doc = make_doc(index, item, summary, self._stop, own, headline, language, outlet)
        self._acronyms.read(doc, headline, own, language)
        return doc
