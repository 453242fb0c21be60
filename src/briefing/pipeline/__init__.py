"""The one flow every front end calls: refresh the feeds (`update.py`), then build a day's
briefing, the digest and the quote archive from the store (`days.py`).

May import every layer below the front ends; the front ends import only what is named here.
"""

from __future__ import annotations

from briefing.pipeline.days import (
    build_briefing,
    build_digest,
    day_bounds,
    mark_seen,
    quote_archive,
    story_changes,
    summaries_for,
    summarize_item,
)
from briefing.pipeline.update import fetch_settings, refresh, shift_demo_items

__all__ = [
    "build_briefing",
    "build_digest",
    "day_bounds",
    "fetch_settings",
    "mark_seen",
    "quote_archive",
    "refresh",
    "shift_demo_items",
    "story_changes",
    "summaries_for",
    "summarize_item",
]
