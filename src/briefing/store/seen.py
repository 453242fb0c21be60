"""What each front end last showed of a story (since you last looked, briefing/changes.py).

One row per (front end, story id): the app's mark is the reader's, `today` and `digest`
keep their own. A row points at the story's newest stored item when it was shown, and
goes with it (a foreign key, schema migration 7): what was seen is forgotten with the
story when retention prunes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from briefing.changes import Seen, dump_seen, load_seen, seen_of
from briefing.models import Story
from briefing.store.database import Store
from briefing.store.schema import dump_time

_CHUNK = 500


def load_marks(store: Store, front: str, story_ids: Sequence[str]) -> dict[str, Seen]:
    """What `front` showed of these stories, by story id (stories it never showed are absent)."""
    found: dict[str, Seen] = {}
    for story_id, (_, data) in _rows(store, front, story_ids).items():
        seen = load_seen(data)
        if seen is not None:
            found[story_id] = seen
    return found


def record_marks(store: Store, front: str, stories: Iterable[Story], now: datetime) -> None:
    """Record that `front` showed these stories, added to what it showed of them before.

    Only marks that changed are written: a `today` run again over an unchanged day writes
    nothing. A story none of whose items is stored (pruned meanwhile) is not recorded.
    """
    stories = list(stories)
    if not stories:
        return
    before = _rows(store, front, [s.id for s in stories])
    rows = []
    for story in stories:
        item_id = _newest_item(store, story)
        if item_id is None:
            continue
        old = before.get(story.id)
        data = dump_seen(seen_of(story, load_seen(old[1]) if old else None))
        if old != (item_id, data):
            rows.append((front, story.id, item_id, dump_time(now), data))
    if not rows:
        return
    with store.write() as db:
        db.executemany(
            "INSERT INTO seen(front, story_id, item_id, seen_at, data) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(front, story_id) DO UPDATE SET item_id = excluded.item_id,"
            " seen_at = excluded.seen_at, data = excluded.data",
            rows,
        )


def _rows(store: Store, front: str, story_ids: Sequence[str]) -> dict[str, tuple[int, str]]:
    """Story id → (item id, data) of the marks `front` holds for these stories."""
    found: dict[str, tuple[int, str]] = {}
    for offset in range(0, len(story_ids), _CHUNK):
        chunk = list(story_ids[offset : offset + _CHUNK])
        rows = store.db.execute(
            f"SELECT story_id, item_id, data FROM seen WHERE front = ?"
            f" AND story_id IN ({','.join('?' * len(chunk))})",
            [front, *chunk],
        ).fetchall()
        found.update((story_id, (item_id, data)) for story_id, item_id, data in rows)
    return found


def _newest_item(store: Store, story: Story) -> int | None:
    """The row id of the story's newest stored item."""
    for item in sorted(story.items, key=lambda i: i.published, reverse=True):
        row = store.db.execute(
            "SELECT i.id FROM items i JOIN feeds f ON f.id = i.feed_id"
            " WHERE f.name = ? AND i.key = ?",
            (item.feed, item.key),
        ).fetchone()
        if row is not None:
            return int(row[0])
    return None
