"""Article pages read for teasers: which stored items are due a page, and each read or failure.

The decisions (which items need a page, when to retry) are `briefing.pages.fulltext`'s;
this module only keeps them in the `pages` table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from briefing.store.database import Store
from briefing.store.schema import dump_time


def page_candidates(
    store: Store, feeds: Sequence[str], *, since: datetime, now: datetime
) -> list[Any]:
    """Items of `feeds` published since `since` whose page is unread, failed and due, or stale.

    Each row: (item id, feed name, link, is_excerpt, text length, last 300 characters of the
    text, attempts so far), newest item first. A page is stale when the item's link changed.
    """
    return store.db.execute(
        "SELECT i.id, f.name, i.link, i.is_excerpt, length(i.text), substr(i.text, -300),"
        " coalesce(p.attempts, 0) FROM items i JOIN feeds f ON f.id = i.feed_id"
        " LEFT JOIN pages p ON p.item_id = i.id"
        " WHERE i.link IS NOT NULL AND i.published >= ?"
        f" AND f.name IN ({','.join('?' * len(feeds))})"
        " AND (p.item_id IS NULL OR p.url <> i.link"
        " OR (p.status = 'failed' AND p.next_try IS NOT NULL AND p.next_try <= ?))"
        " ORDER BY i.published DESC, i.id",
        [dump_time(since), *feeds, dump_time(now)],
    ).fetchall()


def save_page_text(
    store: Store, item_id: int, url: str, text: str, *, attempts: int, now: datetime
) -> None:
    """Keep a page's story for the item (if it still exists) and drop its cached summary."""
    with store.write() as db:
        db.execute(
            "INSERT INTO pages(item_id, url, status, text, error, attempts, fetched, next_try)"
            " SELECT ?, ?, 'ok', ?, NULL, ?, ?, NULL WHERE EXISTS"
            " (SELECT 1 FROM items WHERE id = ?) ON CONFLICT(item_id) DO UPDATE SET"
            " url = excluded.url, status = 'ok', text = excluded.text, error = NULL,"
            " attempts = excluded.attempts, fetched = excluded.fetched, next_try = NULL",
            (item_id, url, text, attempts, dump_time(now), item_id),
        )
        db.execute("DELETE FROM summaries WHERE item_id = ?", (item_id,))


def save_page_failure(
    store: Store,
    item_id: int,
    url: str,
    error: str | None,
    *,
    attempts: int,
    now: datetime,
    next_try: datetime | None,
) -> None:
    """Record a failed read; `next_try` None means the page is not tried again."""
    with store.write() as db:
        db.execute(
            "INSERT INTO pages(item_id, url, status, text, error, attempts, fetched, next_try)"
            " SELECT ?, ?, 'failed', NULL, ?, ?, ?, ? WHERE EXISTS"
            " (SELECT 1 FROM items WHERE id = ?) ON CONFLICT(item_id) DO UPDATE SET"
            " url = excluded.url, status = 'failed', text = NULL, error = excluded.error,"
            " attempts = excluded.attempts, fetched = excluded.fetched,"
            " next_try = excluded.next_try",
            (item_id, url, error, attempts, dump_time(now), dump_time(next_try), item_id),
        )
