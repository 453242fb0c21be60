"""A day's stories kept in the store, so `today` need not cluster an unchanged day again.

The cache is keyed by a signature of everything the stories are built from:
the day's items and their content hashes, the feeds' names, weights and tags,
and the summarizer and stories versions. Any change rebuilds the day.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from briefing.errors import StoreError
from briefing.models import Feed, Story
from briefing.store.database import Store
from briefing.store.queries import StoredItem
from briefing.store.schema import dump_figures, dump_quotes, load_figures, load_quotes


def day_signature(stored: Sequence[StoredItem], feeds: Mapping[str, Feed], versions: str) -> str:
    """A digest of the inputs of a day's stories."""
    digest = hashlib.sha1(versions.encode())
    for feed in sorted(feeds.values(), key=lambda f: f.name):
        digest.update(f"{feed.name}\x1f{feed.weight}\x1f{','.join(feed.tags)}\x1e".encode())
    for entry in sorted(stored, key=lambda s: s.id):
        digest.update(f"{entry.id}:{entry.hash}\x1e".encode())
    return digest.hexdigest()


def load_stories(
    store: Store, day: date, signature: str, stored: Sequence[StoredItem]
) -> tuple[Story, ...] | None:
    """The cached stories of `day`, or None when there are none for this signature."""
    row = store.db.execute(
        "SELECT data FROM briefings WHERE day = ? AND signature = ?", (day.isoformat(), signature)
    ).fetchone()
    if row is None:
        return None
    items = {(s.item.feed, s.item.key): s.item for s in stored}
    try:
        return tuple(_load_story(raw, items) for raw in json.loads(row[0]))
    except (KeyError, TypeError, ValueError):
        return None


def save_stories(store: Store, day: date, signature: str, stories: Sequence[Story]) -> None:
    """Cache a day's stories; a read-only or busy store just keeps no cache."""
    data = json.dumps([_dump_story(story) for story in stories], ensure_ascii=False)
    with contextlib.suppress(StoreError, sqlite3.Error), store.write() as db:
        db.execute(
            "INSERT INTO briefings(day, signature, data) VALUES (?, ?, ?) ON CONFLICT(day)"
            " DO UPDATE SET signature = excluded.signature, data = excluded.data",
            (day.isoformat(), signature, data),
        )


def _dump_story(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "lead": story.lead,
        "dateline": story.dateline,
        "source": story.source,
        "quotes": dump_quotes(story.quotes),
        "figures": dump_figures(story.figures),
        "items": [[item.feed, item.key] for item in story.items],
        "tags": list(story.tags),
        "disagreements": list(story.disagreements),
        "why": list(story.why),
        "outlets": story.outlets,
        "quote_sources": [list(s) for s in story.quote_sources],
        "figure_sources": [list(s) for s in story.figure_sources],
    }


def _load_story(raw: dict[str, Any], items: Mapping[tuple[str, str], Any]) -> Story:
    return Story(
        id=raw["id"],
        title=raw["title"],
        lead=raw["lead"],
        dateline=raw["dateline"],
        source=raw["source"],
        quotes=load_quotes(raw["quotes"]),
        figures=load_figures(raw["figures"]),
        items=tuple(items[(feed, key)] for feed, key in raw["items"]),
        tags=tuple(raw["tags"]),
        disagreements=tuple(raw["disagreements"]),
        why=tuple(raw["why"]),
        outlets=raw["outlets"],
        quote_sources=tuple(tuple(s) for s in raw["quote_sources"]),
        figure_sources=tuple(tuple(s) for s in raw["figure_sources"]),
    )
