"""Numbered items of one feed for store tests: item k published k steps before `now`."""

from __future__ import annotations

from datetime import datetime, timedelta

from briefing.models import Item


def numbered_items(
    feed: str, count: int, *, now: datetime, step: timedelta, first: int = 0
) -> list[Item]:
    """Items `first` to `first + count - 1` of `feed`, the lowest number the newest."""
    return [
        Item(
            feed=feed,
            guid=f"{feed}-{k}",
            key=f"{feed}-{k}",
            title=f"Ferry {k} leaves on time",
            link=None,
            published=now - step * k,
            text=f"Ferry {k} of {feed} left on time on Monday.",
        )
        for k in range(first, first + count)
    ]
