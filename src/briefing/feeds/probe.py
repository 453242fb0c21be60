"""One fetch of a URL a user is about to subscribe to: is it a feed, and what is it called?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from briefing.errors import FetchError
from briefing.feeds.fetch import FetchRequest, fetch_sync
from briefing.feeds.parse import parse_feed
from briefing.feeds.settings import FetchSettings


@dataclass(frozen=True)
class FeedProbe:
    """What one fetch of a URL says about it, for `feeds add`."""

    title: str | None
    """The feed's own title, cleaned at the door (None when it has none or is no feed)."""
    items: int
    """Items the document holds."""
    error: str | None
    """Why the URL could not be read as a feed; None when it is one."""


def probe_feed(url: str, settings: FetchSettings, *, now: datetime, max_items: int) -> FeedProbe:
    """Fetch and parse `url` once, storing nothing (the first refresh fetches it again)."""
    (result,) = fetch_sync([FetchRequest("new feed", url)], settings)
    if result.outcome != "ok" or result.body is None:
        return FeedProbe(None, 0, result.error or "the fetch failed")
    try:
        parsed = parse_feed(
            result.body,
            url=result.final_url,
            feed_name="new feed",
            now=now,
            headers=result.headers,
            max_items=max_items,
        )
    except FetchError as exc:
        return FeedProbe(None, 0, str(exc))
    return FeedProbe(parsed.title, len(parsed.items) + parsed.unread, None)
