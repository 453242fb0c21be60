"""The store's schema, its ordered migrations, and how values are kept in rows."""

from __future__ import annotations

from datetime import UTC, datetime

# How summaries, quotes and figures are kept in rows is briefing.codec's, with every other
# JSON form of the models; the store's modules take them from here.
from briefing.codec import dump_summary as dump_summary
from briefing.codec import load_figures as load_figures
from briefing.codec import load_quotes as load_quotes
from briefing.codec import load_summary as load_summary

SCHEMA_VERSION = 9
"""The schema this briefing writes; `PRAGMA user_version` of a current store."""

MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (
        1,
        (
            """CREATE TABLE feeds (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                url TEXT NOT NULL,
                config_url TEXT NOT NULL,
                etag TEXT,
                last_modified TEXT,
                status TEXT NOT NULL DEFAULT 'new',
                error TEXT,
                failures INTEGER NOT NULL DEFAULT 0,
                last_fetched TEXT,
                retry_after TEXT,
                ttl_minutes INTEGER
            )""",
            """CREATE TABLE items (
                id INTEGER PRIMARY KEY,
                feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
                key TEXT NOT NULL,
                guid TEXT NOT NULL,
                title TEXT NOT NULL,
                link TEXT,
                published TEXT NOT NULL,
                first_seen TEXT NOT NULL,
                author TEXT,
                text TEXT NOT NULL,
                is_excerpt INTEGER NOT NULL DEFAULT 0,
                hash TEXT NOT NULL,
                read INTEGER NOT NULL DEFAULT 0,
                UNIQUE (feed_id, key)
            )""",
            "CREATE INDEX items_published ON items(published)",
            "CREATE INDEX items_first_seen ON items(first_seen)",
            """CREATE TABLE summaries (
                item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                data TEXT NOT NULL
            )""",
            """CREATE TABLE digest_sent (
                item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                story_id TEXT NOT NULL,
                sent_at TEXT NOT NULL
            )""",
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            """CREATE VIRTUAL TABLE items_fts USING fts5(
                title, text, content='items', content_rowid='id'
            )""",
            # Items are indexed in one batch after a refresh (see items.index_pending):
            # an FTS5 segment written per feed transaction cost more than the rest of
            # storing. Rows above `fts_upto` are not in the index yet, so the triggers
            # that remove old text from the index skip them.
            "INSERT INTO meta(key, value) VALUES ('fts_upto', '0')",
            """CREATE TRIGGER items_fts_delete AFTER DELETE ON items
            WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto')
            BEGIN
                INSERT INTO items_fts(items_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
            END""",
            """CREATE TRIGGER items_fts_update AFTER UPDATE OF title, text ON items
            WHEN old.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_upto')
            BEGIN
                INSERT INTO items_fts(items_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
                INSERT INTO items_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
            END""",
        ),
    ),
    (
        2,
        (
            """CREATE TABLE briefings (
                day TEXT PRIMARY KEY,
                signature TEXT NOT NULL,
                data TEXT NOT NULL
            )""",
        ),
    ),
    (
        3,
        (
            # The article page of an item whose feed carries only a teaser (see
            # briefing.pages.fulltext). No row: not tried yet. 'ok': `text` is the story as
            # read from `url`. 'failed': the teaser stays, `error` says why, and the
            # page is tried again at `next_try` (NULL once the attempts are used up).
            """CREATE TABLE pages (
                item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                url TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
                text TEXT,
                error TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                fetched TEXT NOT NULL,
                next_try TEXT
            )""",
            "CREATE INDEX pages_next_try ON pages(next_try) WHERE next_try IS NOT NULL",
        ),
    ),
    (
        4,
        (
            # The text of article pages read, searched beside items_fts. Only 'ok' rows
            # hold text; the triggers give FTS5 the exact old text it needs to delete.
            """CREATE VIRTUAL TABLE pages_fts USING fts5(
                text, content='pages', content_rowid='item_id'
            )""",
            """INSERT INTO pages_fts(rowid, text)
            SELECT item_id, text FROM pages WHERE status = 'ok' AND text IS NOT NULL""",
            """CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages
            WHEN new.status = 'ok' AND new.text IS NOT NULL
            BEGIN
                INSERT INTO pages_fts(rowid, text) VALUES (new.item_id, new.text);
            END""",
            """CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages
            WHEN old.status = 'ok' AND old.text IS NOT NULL
            BEGIN
                INSERT INTO pages_fts(pages_fts, rowid, text)
                VALUES ('delete', old.item_id, old.text);
            END""",
            """CREATE TRIGGER pages_fts_update AFTER UPDATE OF status, text ON pages
            BEGIN
                INSERT INTO pages_fts(pages_fts, rowid, text)
                SELECT 'delete', old.item_id, old.text
                WHERE old.status = 'ok' AND old.text IS NOT NULL;
                INSERT INTO pages_fts(rowid, text)
                SELECT new.item_id, new.text WHERE new.status = 'ok' AND new.text IS NOT NULL;
            END""",
        ),
    ),
    (
        5,
        (
            # The quote archive (see store/quotes.py): every quote of every stored item's
            # summary, its speaker kept once by the key of their name (store/speakers.py).
            # It is filled where summaries are saved; summaries cached before this
            # migration are archived by `quotes.archive_pending` on the archive's first use.
            """CREATE TABLE speakers (
                id INTEGER PRIMARY KEY,
                key TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                surname TEXT NOT NULL,
                given TEXT NOT NULL
            )""",
            "CREATE INDEX speakers_surname ON speakers(surname)",
            """CREATE TABLE quotes (
                id INTEGER PRIMARY KEY,
                item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                pos INTEGER NOT NULL,
                speaker_id INTEGER REFERENCES speakers(id),
                text TEXT NOT NULL,
                norm TEXT NOT NULL
            )""",
            "CREATE INDEX quotes_item ON quotes(item_id)",
            "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
            # Which summary version each item's archived quotes come from.
            """CREATE TABLE quoted_items (
                item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
                version INTEGER NOT NULL
            )""",
            """CREATE VIRTUAL TABLE quotes_fts USING fts5(
                text, content='quotes', content_rowid='id'
            )""",
            # Rows are indexed in one statement after each batch (quotes.archive_quotes):
            # a trigger indexing row by row made saving summaries three times slower.
            """CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
                INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
            END""",
            # A summary dropped (its item corrected, or pruned) takes its quotes with it.
            """CREATE TRIGGER summaries_quotes_delete AFTER DELETE ON summaries BEGIN
                DELETE FROM quotes WHERE item_id = old.item_id;
                DELETE FROM quoted_items WHERE item_id = old.item_id;
            END""",
        ),
    ),
    (
        6,
        (
            # When a feed's current run of failures began, so a cron job can report a
            # failure once, when it starts, and a digest can say "still failing since".
            # Kept by a trigger on every change of status, so the fetch code need not.
            "ALTER TABLE feeds ADD COLUMN failing_since TEXT",
            """UPDATE feeds SET failing_since = last_fetched
            WHERE status IN ('error', 'gone')""",
            """CREATE TRIGGER feeds_failing_since AFTER UPDATE OF status ON feeds
            BEGIN
                UPDATE feeds SET failing_since = CASE
                    WHEN new.status IN ('error', 'gone')
                    THEN coalesce(old.failing_since, new.last_fetched)
                    ELSE NULL END
                WHERE id = new.id;
            END""",
        ),
    ),
    (
        7,
        (
            # Each feed's item count, kept by triggers: `today`, the app and the digest
            # show it for every feed, and counting the items each time took longer as
            # the store grew (see tests/store/test_query_plans.py).
            "ALTER TABLE feeds ADD COLUMN item_count INTEGER NOT NULL DEFAULT 0",
            "UPDATE feeds SET item_count = (SELECT count(*) FROM items WHERE feed_id = feeds.id)",
            """CREATE TRIGGER items_count_insert AFTER INSERT ON items
            BEGIN
                UPDATE feeds SET item_count = item_count + 1 WHERE id = new.feed_id;
            END""",
            """CREATE TRIGGER items_count_delete AFTER DELETE ON items
            BEGIN
                UPDATE feeds SET item_count = item_count - 1 WHERE id = old.feed_id;
            END""",
            # A digest finds its pending claims, and confirms them, by `sent_at`.
            "CREATE INDEX digest_sent_sent_at ON digest_sent(sent_at)",
        ),
    ),
    (
        8,
        (
            # Since you last looked (see store/seen.py and briefing/changes.py): what each
            # front end showed of a story, as compact JSON. `item_id` is the newest item of
            # the story when it was shown: the row is forgotten with it, that is with the
            # story, when retention prunes it.
            """CREATE TABLE seen (
                front TEXT NOT NULL,
                story_id TEXT NOT NULL,
                item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
                seen_at TEXT NOT NULL,
                data TEXT NOT NULL,
                PRIMARY KEY (front, story_id)
            )""",
            "CREATE INDEX seen_item ON seen(item_id)",
        ),
    ),
    (
        9,
        (
            # A refresh indexes items for search in each batch it commits, and each commit
            # writes a segment of the index. FTS5 merges segments four at a time by
            # default: a cold refresh of 1,000 feeds (about 60 batches) rewrote its index
            # three times over. Sixteen at a time costs a quarter of its indexing CPU less
            # (0.78 s against 1.05 for 30,000 items); a search reads a few more segments.
            # The index holds the same rows either way.
            "INSERT INTO items_fts(items_fts, rank) VALUES ('automerge', 16)",
        ),
    ),
)
"""(version, statements) in order; a store at version N runs every script above N."""


def dump_time(moment: datetime | None) -> str | None:
    """A UTC timestamp as stored: ISO 8601, seconds, so text order is time order."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def load_time(text: str | None) -> datetime | None:
    """A stored timestamp (`dump_time`'s form) as an aware UTC datetime.

    fromisoformat reads the "...Z" form (Python 3.11) about forty times faster than
    strptime did: a refresh reads two of them for each feed row, three times over,
    which was 25 ms of a re-run of 1,000 feeds before its first request.
    """
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)
