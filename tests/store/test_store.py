"""The SQLite store, on a real file: items, validators, failures, search, digest claims, safety."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefing.errors import StoreError
from briefing.models import Feed, Item
from briefing.store.database import APPLICATION_ID, Store, open_store
from briefing.store.queries import claim_unsent, items_between, prune, search, sent_ids, set_read
from briefing.store.schema import MIGRATIONS, SCHEMA_VERSION

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def make_item(
    key: str, title: str = "Title", text: str = "Body text.", hours: int = 0, feed: str = "Wire"
) -> Item:
    return Item(
        feed=feed,
        guid=key,
        key=key,
        title=title,
        link=f"https://w.example/{key}",
        published=NOW - timedelta(hours=hours),
        text=text,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path / "data" / "briefing.sqlite3")
    opened.sync_feeds(
        [Feed("Wire", "https://w.example/feed"), Feed("Other", "https://o.example/feed")]
    )
    yield opened
    opened.close()


def test_rows_made_from_items_store_what_the_items_store(store: Store) -> None:
    # A refresh makes its rows in the parse workers (item_rows) and stores them with
    # save_rows; an item stored either way must read back the same and hash the same,
    # or every stored item would count as corrected at its feed's next change.
    from briefing.store.rows import item_rows

    items = [make_item("a", text="One.\nTwo."), make_item("b", text="Zürich — “Ja”.", hours=3)]
    first = store.save_rows("Wire", item_rows(items), now=NOW, etag=None, last_modified=None)
    assert (first.new, first.updated) == (2, 0)
    again = store.save_items("Wire", items, now=NOW, etag=None, last_modified=None)
    assert (again.new, again.updated) == (0, 0)
    stored = items_between(store, NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert sorted((s.item.key, s.item.text, s.item.published) for s in stored) == [
        ("a", "One.\nTwo.", NOW),
        ("b", "Zürich — “Ja”.", NOW - timedelta(hours=3)),
    ]
    # The text goes to SQLite as UTF-8 bytes: it must be stored, and searched, as text.
    types = store.db.execute("SELECT DISTINCT typeof(title), typeof(text) FROM items")
    assert types.fetchall() == [("text", "text")]
    assert search(store, "zürich") == [s.id for s in stored if s.item.key == "b"]
    changed = store.save_rows(
        "Wire", item_rows([make_item("a", text="Three.")]), now=NOW, etag=None, last_modified=None
    )
    assert (changed.new, changed.updated) == (0, 1)


def test_new_store_is_wal_with_schema(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_save_items_counts_new_updated_and_unchanged(store: Store) -> None:
    first = store.save_items(
        "Wire",
        [make_item("a"), make_item("b")],
        now=NOW,
        etag='"v1"',
        last_modified="Fri, 27 Nov 2026 10:00:00 GMT",
    )
    assert (first.new, first.updated) == (2, 0)
    again = store.save_items(
        "Wire",
        [make_item("a"), make_item("b", text="Corrected.")],
        now=NOW,
        etag='"v2"',
        last_modified=None,
    )
    assert (again.new, again.updated) == (0, 1)
    row = store.feed_rows()[0]
    assert row.etag == '"v2"' and row.status == "ok" and row.last_fetched == NOW
    texts = {
        s.item.key: s.item.text
        for s in items_between(store, NOW - timedelta(days=1), NOW + timedelta(days=1))
    }
    assert texts == {"a": "Body text.", "b": "Corrected."}


def test_validators_are_kept_from_the_first_fetch_and_updated_on_304(store: Store) -> None:
    store.save_items("Wire", [make_item("a")], now=NOW, etag='"v1"', last_modified="L1")
    assert (store.feed_rows()[0].etag, store.feed_rows()[0].last_modified) == ('"v1"', "L1")
    store.save_not_modified("Wire", now=NOW, etag='"v2"', last_modified="L2")
    assert (store.feed_rows()[0].etag, store.feed_rows()[0].last_modified) == ('"v2"', "L2")


def test_failures_count_up_and_success_resets(store: Store) -> None:
    later = NOW + timedelta(hours=1)
    store.save_failure("Wire", "HTTP 503 Service Unavailable", now=NOW, retry_after=later)
    store.save_failure("Wire", "HTTP 503 Service Unavailable", now=NOW, retry_after=later)
    row = store.feed_rows()[0]
    assert (row.status, row.failures, row.retry_after) == ("error", 2, later)
    store.save_failure("Wire", "HTTP 410 Gone", now=NOW, gone=True)
    assert store.feed_rows()[0].status == "gone"
    store.save_items("Wire", [], now=NOW, etag=None, last_modified=None)
    row = store.feed_rows()[0]
    assert (row.status, row.failures, row.error, row.retry_after) == ("ok", 0, None, None)


def test_permanent_move_updates_the_url_and_config_change_resets_it(store: Store) -> None:
    store.save_items(
        "Wire", [], now=NOW, etag='"e"', last_modified=None, url="https://w.example/new-feed"
    )
    assert store.feed_rows()[0].url == "https://w.example/new-feed"
    store.sync_feeds([Feed("Wire", "https://elsewhere.example/feed")])
    row = store.feed_rows()[0]
    assert (row.url, row.etag) == ("https://elsewhere.example/feed", None)


def test_full_text_search_finds_words_and_ignores_syntax(store: Store) -> None:
    store.save_items(
        "Wire",
        [
            make_item("a", "Harbour strike ends", "Dockers return."),
            make_item("b", "Budget passes", "Spending on bridges."),
        ],
        now=NOW,
        etag=None,
        last_modified=None,
    )
    ids = {s.item.key: s.id for s in items_between(store, NOW - timedelta(1), NOW + timedelta(1))}
    assert search(store, "bridge") == [ids["b"]]
    assert search(store, "harbour dockers") == [ids["a"]]
    assert search(store, 'AND OR "( NEAR') == []


def test_read_state_persists_across_connections(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with open_store(path) as first:
        first.sync_feeds([Feed("Wire", "https://w.example/feed")])
        first.save_items("Wire", [make_item("a")], now=NOW, etag=None, last_modified=None)
        item_id = items_between(first, NOW - timedelta(1), NOW + timedelta(1))[0].id
        set_read(first, [item_id])
    with open_store(path) as second:
        assert items_between(second, NOW - timedelta(1), NOW + timedelta(1))[0].read


def test_two_claims_of_the_same_items_are_disjoint(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with open_store(path) as one, open_store(path) as two:
        one.sync_feeds([Feed("Wire", "https://w.example/feed")])
        one.save_items(
            "Wire", [make_item(k) for k in "abc"], now=NOW, etag=None, last_modified=None
        )
        ids = [s.id for s in items_between(one, NOW - timedelta(1), NOW + timedelta(1))]
        story_of = dict.fromkeys(ids, "story")
        first = claim_unsent(one, ids, story_of, NOW)
        second = claim_unsent(two, ids, story_of, NOW)
        assert first == set(ids) and second == set()
        assert sent_ids(two, ids) == set(ids)


def test_prune_keeps_items_a_digest_has_not_sent(store: Store) -> None:
    old = [make_item(f"old{n}", hours=24 * 100) for n in range(3)]
    store.save_items("Wire", [*old, make_item("fresh")], now=NOW, etag=None, last_modified=None)
    everything = items_between(store, NOW - timedelta(days=365), NOW + timedelta(1))
    ids = {s.item.key: s.id for s in everything}
    claim_unsent(store, [ids["old0"]], {ids["old0"]: "s"}, NOW)
    assert prune(store, now=NOW, max_age_days=90, max_per_feed=100) == 0  # stored just now
    removed = prune(store, now=NOW + timedelta(days=91), max_age_days=90, max_per_feed=100)
    left = {s.item.key for s in items_between(store, NOW - timedelta(days=365), NOW + timedelta(1))}
    assert removed == 1 and left == {"old1", "old2", "fresh"}


def test_prune_drops_an_unsent_backlog_no_digest_will_send(store: Store) -> None:
    # Items refreshed for days before the first digest: that digest sends only what was
    # first seen in its last 24 hours, and later digests look back from the last one,
    # so the older ones are never sent. They must not be kept unsent forever.
    backlog = [make_item(f"old{n}", hours=24 * 100) for n in range(3)]
    store.save_items("Wire", backlog, now=NOW, etag=None, last_modified=None)
    claim_unsent(store, [], {}, NOW + timedelta(days=2))  # the first digest: none of them
    later = NOW + timedelta(days=91)
    late = make_item("late", hours=-24 * 91)
    store.save_items("Wire", [late], now=later, etag=None, last_modified=None)
    removed = prune(store, now=later, max_age_days=90, max_per_feed=100)
    left = {s.item.key for s in items_between(store, NOW - timedelta(365), later + timedelta(1))}
    assert removed == 3 and left == {"late"}
    # The late one, not sent yet, waits for the next digest even beyond the count cap.
    assert prune(store, now=later, max_age_days=90, max_per_feed=0) == 0


def test_prune_caps_items_per_feed(store: Store) -> None:
    store.save_items(
        "Wire",
        [make_item(f"i{n}", hours=n) for n in range(10)],
        now=NOW,
        etag=None,
        last_modified=None,
    )
    assert prune(store, now=NOW, max_age_days=90, max_per_feed=4) == 6
    left = items_between(store, NOW - timedelta(days=2), NOW + timedelta(1))
    assert [s.item.key for s in left] == ["i0", "i1", "i2", "i3"]


def test_corrupt_store_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "briefing.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(StoreError, match=r"corrupt.*moved it aside") as caught:
        open_store(path)
    assert "\n" not in str(caught.value)
    aside = list(tmp_path.glob("briefing.sqlite3.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    with open_store(path) as fresh:
        assert fresh.feed_rows() == []


def test_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "briefing.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos(id INTEGER)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a briefing store"):
        open_store(path)
    assert path.read_bytes() == before


def test_unwritable_data_dir_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the data dir"):
        open_store(blocker / "sub" / "briefing.sqlite3")


def test_an_older_store_is_migrated_in_order_and_keeps_its_items(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    for statement in MIGRATIONS[0][1]:
        old.execute(statement)
    old.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.execute("PRAGMA user_version = 1")
    old.execute(
        "INSERT INTO feeds(name, url, config_url) VALUES ('Wire', 'https://w/', 'https://w/')"
    )
    old.commit()
    old.close()
    with open_store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [row.name for row in store.feed_rows()] == ["Wire"]
        assert store.db.execute("SELECT count(*) FROM briefings").fetchone()[0] == 0


def test_a_store_from_a_newer_briefing_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with open_store(path) as store:
        store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer briefing"):
        open_store(path)
