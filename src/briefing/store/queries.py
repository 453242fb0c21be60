"""Reading items back from the store: by time, by search; summaries, read and digest state."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import socket
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from briefing.errors import StoreError
from briefing.models import Item, Summary
from briefing.store.database import Store
from briefing.store.quotes import archive_quotes
from briefing.store.schema import dump_summary, dump_time, load_summary, load_time

_PAGE = "FROM pages p WHERE p.item_id = i.id AND p.status = 'ok'"
_ITEM_COLUMNS = (
    "i.id, f.name, i.guid, i.key, i.title, i.link, i.published, i.text, i.author,"
    " i.is_excerpt, i.read, i.first_seen,"
    # The hash changes when a page's full text arrives, so cached stories are rebuilt.
    f" i.hash || coalesce((SELECT ':' || p.fetched {_PAGE}), ''),"
    f" (SELECT p.text {_PAGE}), (SELECT p.url {_PAGE})"
)


@dataclass(frozen=True)
class StoredItem:
    """An item with the store's bookkeeping beside it."""

    id: int
    item: Item
    read: bool
    first_seen: datetime
    hash: str = ""
    """Hash of the stored content; it changes when the feed corrects the item or when
    its page's full text arrives."""
    full_text_url: str | None = None
    """The page `item.text` was read from, when the feed had only a teaser and the page
    was fetched (see `briefing.pages.fulltext`); None when `item.text` is the feed's text."""


def _row_to_stored(row: Sequence[object]) -> StoredItem:
    published = load_time(str(row[6]))
    first_seen = load_time(str(row[11]))
    assert published is not None and first_seen is not None
    item = Item(
        feed=str(row[1]),
        guid=str(row[2]),
        key=str(row[3]),
        title=str(row[4]),
        link=None if row[5] is None else str(row[5]),
        published=published,
        # An item whose page was read carries the page's story as its text, so the
        # summary, the clusters and the reader all see the same text; the feed's
        # teaser stays in the items table.
        text=str(row[7]) if row[13] is None else str(row[13]),
        author=None if row[8] is None else str(row[8]),
        is_excerpt=bool(row[9]) and row[13] is None,
    )
    return StoredItem(
        id=int(str(row[0])),
        item=item,
        read=bool(row[10]),
        first_seen=first_seen,
        hash=str(row[12]),
        full_text_url=None if row[14] is None else str(row[14]),
    )


def _feed_filter(feeds: Sequence[str] | None) -> tuple[str, list[object]]:
    """The condition keeping rows of the named feeds (none: all), and its parameters."""
    if feeds is None:
        return "", []
    return f" AND f.name IN ({','.join('?' * len(feeds))})", list(feeds)


# The item queries read `items CROSS JOIN feeds`: SQLite then walks items by the
# time index and looks each one's feed up by id. With a plain JOIN and the feed
# names as an IN list, it walked the (feed_id, key) index over every item of every
# feed instead, so `today` slowed as the store grew (38 ms at 200,000 items, 0.7
# ms this way). tests/store/test_query_plans.py checks every plan.
_ITEMS_AND_FEEDS = "FROM items i CROSS JOIN feeds f ON f.id = i.feed_id"


def items_between(
    store: Store, start: datetime, end: datetime, feeds: Sequence[str] | None = None
) -> list[StoredItem]:
    """Items published in [start, end), newest first, optionally only from some feeds."""
    where, names = _feed_filter(feeds)
    rows = store.db.execute(
        f"SELECT {_ITEM_COLUMNS} {_ITEMS_AND_FEEDS}"
        f" WHERE i.published >= ? AND i.published < ?{where}"
        " ORDER BY i.published DESC, i.id",
        [dump_time(start), dump_time(end), *names],
    ).fetchall()
    return [_row_to_stored(row) for row in rows]


def items_by_id(store: Store, ids: Sequence[int]) -> dict[int, StoredItem]:
    """The stored items with these ids (those that still exist)."""
    found: dict[int, StoredItem] = {}
    for offset in range(0, len(ids), 500):
        chunk = list(ids[offset : offset + 500])
        rows = store.db.execute(
            # The ids drive the loop, each looked up by its key: with `i.id IN (...)`
            # SQLite without statistics scanned every item for a long list.
            f"WITH wanted(id) AS (VALUES {','.join(['(?)'] * len(chunk))})"
            f" SELECT {_ITEM_COLUMNS} FROM wanted CROSS JOIN items i ON i.id = wanted.id"
            " CROSS JOIN feeds f ON f.id = i.feed_id",
            chunk,
        ).fetchall()
        found.update((stored.id, stored) for stored in map(_row_to_stored, rows))
    return found


def items_seen_since(store: Store, since: datetime, feeds: Sequence[str]) -> list[StoredItem]:
    """Items first stored at or after `since` (what a digest considers new)."""
    where, names = _feed_filter(feeds)
    rows = store.db.execute(
        f"SELECT {_ITEM_COLUMNS} {_ITEMS_AND_FEEDS} WHERE i.first_seen >= ?{where}"
        " ORDER BY i.published DESC, i.id",
        [dump_time(since), *names],
    ).fetchall()
    return [_row_to_stored(row) for row in rows]


def latest_published(store: Store, feeds: Sequence[str]) -> datetime | None:
    """Publication time of the newest item of these feeds."""
    where, names = _feed_filter(feeds)
    # Newest first down the time index, to the first item of one of these feeds.
    row = store.db.execute(
        f"SELECT i.published {_ITEMS_AND_FEEDS} WHERE 1{where} ORDER BY i.published DESC LIMIT 1",
        names,
    ).fetchone()
    return load_time(row[0]) if row else None


def load_summaries(store: Store, ids: Iterable[int], version: int) -> dict[int, Summary]:
    """Cached summaries of these items made by this summarizer version; a row that does not
    read as one is left out, so the caller summarises the item again and replaces it."""
    found: dict[int, Summary] = {}
    id_list = list(ids)
    for offset in range(0, len(id_list), 500):
        chunk = id_list[offset : offset + 500]
        rows = store.db.execute(
            f"SELECT item_id, data FROM summaries WHERE version = ?"
            f" AND item_id IN ({','.join('?' * len(chunk))})",
            [version, *chunk],
        )
        for item_id, data in rows:
            with contextlib.suppress(ValueError):
                found[int(item_id)] = load_summary(data)
    return found


def save_summaries(store: Store, summaries: Mapping[int, Summary], version: int) -> None:
    """Cache summaries, and their quotes in the archive; an older version's row is replaced."""
    if not summaries:
        return
    with store.write() as db:
        db.executemany(
            "INSERT INTO summaries(item_id, version, data) VALUES (?, ?, ?)"
            " ON CONFLICT(item_id) DO UPDATE SET version = excluded.version, data = excluded.data",
            [(item_id, version, dump_summary(s)) for item_id, s in summaries.items()],
        )
        archive_quotes(db, summaries, version)  # the quote archive follows its summaries


def set_read(store: Store, ids: Iterable[int], read: bool = True) -> None:
    """Mark items read (or unread again)."""
    id_list = list(ids)
    with store.write() as db:
        db.executemany("UPDATE items SET read = ? WHERE id = ?", [(int(read), i) for i in id_list])


def index_pending(store: Store) -> int:
    """Add items stored since the last call to the full-text index; return how many."""
    with store.write() as db:
        upto = int(db.execute("SELECT value FROM meta WHERE key = 'fts_upto'").fetchone()[0])
        top = db.execute("SELECT max(id) FROM items").fetchone()[0]
        if top is None or top <= upto:
            return 0
        added = db.execute(
            "INSERT INTO items_fts(rowid, title, text) SELECT id, title, text FROM items"
            " WHERE id > ? ORDER BY id",
            (upto,),
        ).rowcount
        db.execute("UPDATE meta SET value = ? WHERE key = 'fts_upto'", (str(top),))
    return added


def search(store: Store, query: str, limit: int = 200) -> list[int]:
    """Ids of items whose title, text or article page match the words of `query`, best first."""
    words = re.findall(r"\w+", query)
    if not words:
        return []
    # A refresh killed before it indexed leaves rows behind; a read-only store
    # searches what is indexed.
    with contextlib.suppress(StoreError):
        index_pending(store)
    # Each word becomes a quoted prefix term, so user input never reaches FTS5 syntax.
    match = " ".join(f'"{word}"*' for word in words)
    rows = store.db.execute(
        "SELECT id FROM (SELECT rowid AS id, rank FROM items_fts WHERE items_fts MATCH ?1"
        " UNION ALL SELECT rowid AS id, rank FROM pages_fts WHERE pages_fts MATCH ?1)"
        " GROUP BY id ORDER BY min(rank), id LIMIT ?2",
        (match, limit),
    )
    return [int(row[0]) for row in rows]


def claim_unsent(
    store: Store, ids: Sequence[int], story_of: Mapping[int, str], now: datetime
) -> set[int]:
    """Atomically mark items as sent by a digest; return those no digest had sent before.

    Two digests running at once each get a disjoint set, so no story is sent twice.
    """
    with store.write() as db:
        claimed = _insert_sent(db, ids, story_of, dump_time(now) or "")
        _set_last_digest(db, now)
    return claimed


PENDING = "pending "
"""How `digest_sent.sent_at` begins while the digest sending the item is still being
written: `pending HOST PID CLAIMED-AT NONCE`. The row keeps other digests off the item;
it becomes a send time once the digest is written, and goes if the writing fails."""


def claim_pending(
    store: Store,
    stored: Sequence[int],
    candidates: Sequence[int],
    story_of: Mapping[int, str],
    now: datetime,
) -> tuple[str, set[int], set[int]]:
    """Claim items for a digest about to be written; return (token, already, claimed).

    In one write transaction: the claims of digests that died while writing are
    released (their items are unsent again), `already` is which of `stored` a
    digest sent or is sending, and `claimed` which of `candidates` this digest
    now holds. Settle the token with `confirm_pending` once the digest is written
    or `release_pending` when it could not be.
    """
    # The nonce tells apart two digests of one process made in the same second.
    token = f"{PENDING}{socket.gethostname()} {os.getpid()} {dump_time(now)} {secrets.token_hex(4)}"
    with store.write() as db:
        # A range rather than LIKE, so the sent_at index finds the claims (LIKE is
        # case-insensitive and cannot use it).
        rows = db.execute(
            "SELECT DISTINCT sent_at FROM digest_sent WHERE sent_at >= ? AND sent_at < ?",
            (PENDING, _after(PENDING)),
        ).fetchall()
        for (other,) in rows:
            if _abandoned(str(other), now):
                db.execute("DELETE FROM digest_sent WHERE sent_at = ?", (other,))
        already = sent_ids(store, stored)
        fresh = [i for i in candidates if i not in already]
        claimed = _insert_sent(db, fresh, story_of, token)
    return token, already, claimed


def _after(prefix: str) -> str:
    """The first string after every string starting with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def confirm_pending(store: Store, token: str, now: datetime) -> None:
    """The digest holding `token` is written: its items are sent, at `now`."""
    with store.write() as db:
        db.execute("UPDATE digest_sent SET sent_at = ? WHERE sent_at = ?", (dump_time(now), token))
        _set_last_digest(db, now)


def release_pending(store: Store, token: str) -> None:
    """The digest holding `token` could not be written: its items are unsent again."""
    with store.write() as db:
        db.execute("DELETE FROM digest_sent WHERE sent_at = ?", (token,))


def _abandoned(token: str, now: datetime) -> bool:
    """Whether the digest that wrote claim `token` has died (or is past any sane run)."""
    _, host, pid, stamp = [*token.split(" "), "", "", ""][:4]
    claimed_at = load_time(stamp)
    if claimed_at is None or now - claimed_at > DIGEST_LOOKBACK:
        return True
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, another user's
        return False
    return False


def _insert_sent(
    db: sqlite3.Connection, ids: Sequence[int], story_of: Mapping[int, str], sent_at: str
) -> set[int]:
    claimed: set[int] = set()
    for item_id in ids:
        cursor = db.execute(
            "INSERT OR IGNORE INTO digest_sent(item_id, story_id, sent_at) VALUES (?, ?, ?)",
            (item_id, story_of[item_id], sent_at),
        )
        if cursor.rowcount:
            claimed.add(item_id)
    return claimed


def _set_last_digest(db: sqlite3.Connection, now: datetime) -> None:
    db.execute(
        "INSERT INTO meta(key, value) VALUES ('last_digest', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (dump_time(now),),
    )


def sent_ids(store: Store, ids: Sequence[int], *, shown_only: bool = False) -> set[int]:
    """Those of `ids` that a digest has already sent; with `shown_only`, only those it
    showed in a story (not the backlog a first digest marked as seen without sending)."""
    found: set[int] = set()
    for offset in range(0, len(ids), 500):
        chunk = ids[offset : offset + 500]
        rows = store.db.execute(
            # The ids drive the loop, each looked up by its key (see items_by_id).
            f"WITH wanted(id) AS (VALUES {','.join(['(?)'] * len(chunk))})"
            " SELECT d.item_id, d.story_id FROM wanted"
            " CROSS JOIN digest_sent d ON d.item_id = wanted.id",
            list(chunk),
        )
        found.update(int(row[0]) for row in rows if not shown_only or row[1])
    return found


_CONFIRMED = f"SELECT item_id FROM digest_sent WHERE sent_at NOT LIKE '{PENDING}%'"
"""Items a digest has sent and finished writing."""

DIGEST_LOOKBACK = timedelta(hours=6)
"""How far before the last digest `digest` (since last) looks for items no digest has sent:
longer than any refresh runs, so an item a refresh commits after a digest is never lost."""


def prune(store: Store, *, now: datetime, max_age_days: int, max_per_feed: int) -> int:
    """Delete old items; return how many.

    An item goes when it was both published and first stored more than `max_age_days` ago, or
    when it is beyond the newest `max_per_feed` of its feed, but never while a digest that has
    been used may still send it: an unsent item stays until the next digest has looked at it.
    (One stored before the last digest's look-back, as a first refresh's backlog, no digest
    will send; it goes like a sent one.) Only feeds over `max_per_feed` items are ranked.
    """
    cutoff = dump_time(now - timedelta(days=max_age_days))
    keep_unsent = ""
    unsent_params: tuple[str | None, ...] = ()
    if (stamp := store.get_meta("last_digest")) is not None:
        keep_unsent = f" AND id IN ({_CONFIRMED})"
        last_digest = load_time(stamp)
        if last_digest is not None:
            keep_unsent = f" AND (id IN ({_CONFIRMED}) OR first_seen < ?)"
            unsent_params = (dump_time(last_digest - DIGEST_LOOKBACK),)
    with store.write() as db:
        removed = db.execute(
            f"DELETE FROM items WHERE published < ? AND first_seen < ?{keep_unsent}",
            (cutoff, cutoff, *unsent_params),
        ).rowcount
        if db.execute("SELECT 1 FROM feeds WHERE item_count > ?", (max_per_feed,)).fetchone():
            removed += db.execute(
                "DELETE FROM items WHERE id IN (SELECT id FROM (SELECT i.id, row_number() OVER"
                " (PARTITION BY i.feed_id ORDER BY i.published DESC, i.id DESC) AS n FROM feeds"
                " f CROSS JOIN items i ON i.feed_id = f.id WHERE f.item_count > ?) WHERE n > ?)"
                f"{keep_unsent}",
                (max_per_feed, max_per_feed, *unsent_params),
            ).rowcount
    return removed


def newest_published(store: Store) -> datetime | None:
    """When the newest stored item was published, or None for an empty store."""
    return load_time(store.db.execute("SELECT max(published) FROM items").fetchone()[0])


def shift_published(store: Store, moved: Callable[[datetime], datetime]) -> None:
    """Set every item's publication time to what `moved` makes of it (the demo's days)."""
    rows = store.db.execute("SELECT id, published FROM items").fetchall()
    with store.write() as db:
        for item_id, published in rows:
            moment = load_time(published)
            assert moment is not None
            db.execute(
                "UPDATE items SET published = ? WHERE id = ?", (dump_time(moved(moment)), item_id)
            )
