"""An outlet's boilerplate: the paragraphs its items carry again and again.

A newsletter pitch, a follow-us line or a standing credit says nothing of the event, and
two unrelated stories of one outlet must not join on it. Items are read in publication
order (the clustering's), so a paragraph an earlier item of the same outlet carried is
boilerplate in every later one; an outlet's update of its own story keeps its new lead and
title, which is enough to join the story it updates.
"""

from __future__ import annotations

from briefing.models import Item

MIN_CHARS = 40
"""Paragraphs shorter than this ("Reuters", "Photo: AP") are never taken for boilerplate."""


class Boilerplate:
    """Each outlet's paragraphs seen so far."""

    def __init__(self) -> None:
        self._seen: dict[str, set[str]] = {}

    def own_text(self, item: Item) -> str:
        """The item's text without the paragraphs an earlier item of its outlet carried."""
        seen = self._seen.setdefault(item.feed, set())
        kept = []
        for line in item.text.split("\n"):
            key = " ".join(line.split()).casefold()
            if len(key) < MIN_CHARS:
                kept.append(line)
            elif key not in seen:
                seen.add(key)
                kept.append(line)
        return "\n".join(kept)
