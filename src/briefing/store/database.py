"""The SQLite store: feeds and their fetch state, items, summaries, read and digest state.

One file in the data dir, in WAL mode with a busy timeout, so the TUI, a cron
digest and a refresh can use it at once: readers never wait, writers queue.
Every write is one short `BEGIN IMMEDIATE` transaction (a refresh commits its
feeds in batches of a few dozen, `briefing.store.batch`), so a kill at any
moment loses nothing already committed.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from briefing.errors import StoreError
from briefing.models import Feed, FeedStatus, Item
from briefing.store.damage import primary_code, store_failure
from briefing.store.rows import FeedRow, ItemRow, SaveResult, item_rows
from briefing.store.schema import MIGRATIONS, SCHEMA_VERSION, dump_time, load_time

APPLICATION_ID = 0x42524946
"""`PRAGMA application_id` of a briefing store ("BRIF"), to tell it from other SQLite files."""
BUSY_TIMEOUT_MS = 30_000
"""How long a writer waits for another one before giving up."""


class Store:
    """An open briefing store. Use `open_store()`; close it, or use it as a context manager."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.db = connection
        self.path = path
        self._depth = 0
        """Open `write()` blocks: an inner one joins the outer one's transaction."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        # Statistics for the planner where a query would use them, cheap when nothing
        # changed (SQLite's advice for short-lived connections). A read-only store, or
        # one another process is writing to for more than a moment, is closed as is.
        # analysis_limit samples each index (SQLite's advice), so the first close
        # after a large refresh does not read 200,000 rows.
        with contextlib.suppress(sqlite3.Error):
            self.db.execute("PRAGMA busy_timeout = 200")
            self.db.execute("PRAGMA analysis_limit = 400")
            self.db.execute("PRAGMA optimize")
        self.db.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; committed on success, rolled back on error.

        Inside another `write()` block it joins that transaction (a batch of feeds,
        `briefing.store.batch`): the outer block commits, or rolls back everything.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self.db
            finally:
                self._depth -= 1
            return
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write the store: {exc}") from None
        self._depth = 1
        try:
            yield self.db
        except BaseException as exc:
            self._depth = 0
            # SQLite has already rolled back after some errors (a full disk, an I/O
            # error); a second ROLLBACK would hide the real error behind its own.
            if self.db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise StoreError(f"{self.path}: cannot write the store: {exc}") from None
            raise
        self._depth = 0
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            raise StoreError(f"{self.path}: cannot write the store: {exc}") from None

    # Feeds

    def sync_feeds(self, feeds: Sequence[Feed]) -> list[FeedRow]:
        """Make sure every configured feed has a row; a changed URL resets its fetch state.

        Returns every feed's row as stored after it (`feed_rows`), read again only when
        something changed.
        """
        rows = self.feed_rows()
        known = {row.name: row for row in rows}
        changes = [f for f in feeds if f.name not in known or known[f.name].config_url != f.url]
        if not changes:
            return rows
        with self.write() as db:
            for feed in changes:
                db.execute(
                    "INSERT INTO feeds(name, url, config_url) VALUES (?, ?, ?)"
                    " ON CONFLICT(name) DO UPDATE SET url = excluded.url,"
                    " config_url = excluded.config_url, etag = NULL, last_modified = NULL,"
                    " status = 'new', error = NULL, failures = 0, retry_after = NULL",
                    (feed.name, feed.url, feed.url),
                )
        return self.feed_rows()

    def feed_rows(self) -> list[FeedRow]:
        rows = self.db.execute(
            "SELECT id, name, url, config_url, etag, last_modified, status, error, failures,"
            " last_fetched, retry_after, ttl_minutes FROM feeds ORDER BY id"
        ).fetchall()
        return [
            FeedRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                load_time(r[9]),
                load_time(r[10]),
                r[11],
            )
            for r in rows
        ]

    def remove_feed(self, name: str) -> bool:
        """Delete a feed with its items; True when it existed."""
        with self.write() as db:
            return db.execute("DELETE FROM feeds WHERE name = ?", (name,)).rowcount > 0

    def save_items(
        self,
        name: str,
        items: Sequence[Item],
        *,
        now: datetime,
        etag: str | None,
        last_modified: str | None,
        url: str | None = None,
        ttl_minutes: int | None = None,
    ) -> SaveResult:
        """Store a fetched feed's items and its new validators in one transaction."""
        return self.save_rows(
            name,
            item_rows(items),
            now=now,
            etag=etag,
            last_modified=last_modified,
            url=url,
            ttl_minutes=ttl_minutes,
        )

    def save_rows(
        self,
        name: str,
        rows: Sequence[ItemRow],
        *,
        now: datetime,
        etag: str | None,
        last_modified: str | None,
        url: str | None = None,
        ttl_minutes: int | None = None,
    ) -> SaveResult:
        """`save_items` of items already made rows (`rows.item_rows`, built where they were
        parsed): stored in one transaction with the feed's new validators."""
        with self.write() as db:
            feed_id = self._feed_id(db, name)
            known = dict(db.execute("SELECT key, hash FROM items WHERE feed_id = ?", (feed_id,)))
            updated = 0
            stamp = dump_time(now)
            added: list[tuple[object, ...]] = []  # inserted together: one statement, many rows
            changes: list[tuple[object, ...]] = []
            for row in rows:
                key, digest = row[0], row[8]
                old = known.get(key)
                if old == digest:
                    continue
                if old is None:
                    added.append((feed_id, *row, stamp))
                    known[key] = digest
                    continue
                # A corrected story keeps its read state and first-seen time, but its
                # summary is recomputed from the new text. (A key twice in one document
                # with two texts: its first is inserted below, then updated to the second.)
                changes.append((*row[1:], feed_id, key))
            db.executemany(
                "INSERT INTO items(feed_id, key, guid, title, link, published, author, text,"
                " is_excerpt, hash, first_seen)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?, ?)",
                added,
            )
            for change in changes:
                db.execute(
                    "UPDATE items SET guid = ?, title = ?, link = ?, published = ?,"
                    " author = ?, text = CAST(? AS TEXT), is_excerpt = ?, hash = ?"
                    " WHERE feed_id = ? AND key = ?",
                    change,
                )
                db.execute(
                    "DELETE FROM summaries WHERE item_id ="
                    " (SELECT id FROM items WHERE feed_id = ? AND key = ?)",
                    change[-2:],
                )
                updated += 1
            new = len(added)
            db.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, status = 'ok', error = NULL,"
                " failures = 0, last_fetched = ?, retry_after = NULL, ttl_minutes = ?,"
                " url = coalesce(?, url) WHERE id = ?",
                (etag, last_modified, stamp, ttl_minutes, url, feed_id),
            )
        return SaveResult(new=new, updated=updated)

    def save_not_modified(
        self,
        name: str,
        *,
        now: datetime,
        etag: str | None,
        last_modified: str | None,
        url: str | None = None,
    ) -> None:
        """Record a 304: the validators are refreshed, the feed is healthy."""
        with self.write() as db:
            db.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, status = 'ok', error = NULL,"
                " failures = 0, last_fetched = ?, retry_after = NULL, url = coalesce(?, url)"
                " WHERE name = ?",
                (etag, last_modified, dump_time(now), url, name),
            )

    def save_failure(
        self,
        name: str,
        error: str,
        *,
        now: datetime,
        gone: bool = False,
        retry_after: datetime | None = None,
    ) -> None:
        """Record a failed fetch on the feed: status, error, one more consecutive failure."""
        with self.write() as db:
            db.execute(
                "UPDATE feeds SET status = ?, error = ?, failures = failures + 1,"
                " last_fetched = ?, retry_after = ? WHERE name = ?",
                ("gone" if gone else "error", error, dump_time(now), dump_time(retry_after), name),
            )

    def feed_statuses(self, names: Sequence[str] | None = None) -> list[FeedStatus]:
        """Health of the named feeds (all when None), in the given order."""
        rows = self.db.execute(
            "SELECT f.name, f.url, f.status, f.error, f.last_fetched, f.failures, f.item_count"
            " FROM feeds f ORDER BY f.id"
        ).fetchall()
        statuses = {
            r[0]: FeedStatus(
                name=r[0],
                url=r[1],
                status=r[2],
                error=r[3],
                items=r[6],
                last_fetched=load_time(r[4]),
                consecutive_failures=r[5],
            )
            for r in rows
        }
        order = list(statuses) if names is None else [n for n in names if n in statuses]
        return [statuses[n] for n in order]

    def _feed_id(self, db: sqlite3.Connection, name: str) -> int:
        row = db.execute("SELECT id FROM feeds WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise StoreError(f"{self.path}: no feed named {name!r} in the store")
        return int(row[0])

    # Meta

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.write() as db:
            db.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def open_store(path: Path, *, create: bool = True) -> Store:
    """Open (and create or migrate) the store at `path`.

    Raises:
        StoreError: the file is not a briefing store, is corrupt (it is moved aside,
            never deleted), or cannot be used now (a full disk, an I/O error, a lock,
            a read-only directory: it is left as it was).
    """
    if not path.exists():
        if not create:
            raise StoreError(f"{path}: no store yet: run `briefing refresh` first")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path.parent}: cannot create the data dir: {exc}") from None
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from None
        try:
            _prepare(db, path)
        except sqlite3.DatabaseError as exc:
            db.close()
            # Two first runs at once (cron's refresh and the app) race to create the
            # store and switch it to WAL; SQLite answers the loser SQLITE_BUSY at once,
            # without waiting on the busy timeout. Opening again finds the store made.
            if primary_code(exc) == sqlite3.SQLITE_BUSY and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            raise store_failure(path, exc, "open") from None
        except StoreError:
            db.close()
            raise
        return Store(db, path)


def _prepare(db: sqlite3.Connection, path: Path) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # One read transaction, so a store another process is creating right now is
    # seen either before its first migration or after it, never half-way.
    db.execute("BEGIN")
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except BaseException:
        _abandon(db)
        raise
    db.execute("COMMIT")
    if tables and app_id != APPLICATION_ID:
        raise StoreError(f"{path}: this SQLite file is not a briefing store; left it untouched")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: the store is from a newer briefing (schema {version}); upgrade briefing"
        )
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    if version == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while this one waited for the lock.
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for target, script in MIGRATIONS:
            if target > version:
                for statement in script:
                    db.execute(statement)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        _abandon(db)
        raise


def _abandon(db: sqlite3.Connection) -> None:
    """Roll back after an error, keeping that error the one reported.

    SQLite has already rolled back after some errors (a full disk, an I/O error);
    a second ROLLBACK would then fail with "no transaction is active" and hide
    the real cause, which is how a full disk once passed for a corrupt store.
    """
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
