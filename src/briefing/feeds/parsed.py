"""`ParsedFeed`, what a parse hands back, in a module of its own that imports no parser.

A refresh's parent process unpickles the `ParsedFeed`s its parse workers send back;
pickle imports the module that defines the class. Kept here, that import is this
small module, not `briefing.feeds.parse` with lxml, fastfeedparser and feedparser
(about 8 MB and 35 ms that a refresh whose parses all ran in workers, or that had
nothing to parse, never needs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from briefing.models import Item


@dataclass(frozen=True)
class ParsedFeed:
    """What one feed document says about itself and its items."""

    title: str | None
    link: str | None
    """The site's link, safe http(s) only."""
    ttl_minutes: int | None
    """RSS <ttl>, else sy:updatePeriod/updateFrequency, else None."""
    items: tuple[Item, ...]
    parser: Literal["fast", "feedparser", "json"]
    """Which path read the document."""
    unread: int = 0
    """Items of the document left unread: those past `max_items` from either end."""
