"""The quote archive on a real SQLite file: speakers' name forms, pruning, corrections,
a store upgraded with its cached summaries."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.models import Item, Quote, Summary
from briefing.paths import store_path
from briefing.pipeline import summarize_item
from briefing.store.database import APPLICATION_ID, open_store
from briefing.store.queries import prune, save_summaries
from briefing.store.quotes import find_quotes
from briefing.store.schema import MIGRATIONS, dump_summary
from briefing.store.speakers import name_form, same_person
from briefing.versions import SUMMARIZER_VERSION
from tests.clirun import run
from tests.quotefeeds import quote_config, write_site

FEEDS = ["Harbour Ledger", "Meridian Wire"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Putin", "Vladimir Putin"),
        ("President Putin", "Vladimir Putin"),
        ("Russian President Vladimir Putin", "Putin"),
        ("V. Putin", "Vladimir Putin"),
        ("Ursula von der Leyen", "von der Leyen"),
        ("José Ramos-Horta", "Jose Ramos-Horta"),
        ("Martin Luther King Jr.", "Martin Luther King"),
        ("opposition leader Tom Harrow", "Tom Harrow"),
    ],
)
def test_forms_of_one_name_are_one_speaker(one: str, other: str) -> None:
    assert same_person(name_form(one), name_form(other))


@pytest.mark.parametrize(
    ("one", "other"),
    [("Jane Harrow", "Tom Harrow"), ("Anselm Kade", "Mira Kade"), ("Brisk", "Kade")],
)
def test_different_people_are_kept_apart(one: str, other: str) -> None:
    assert not same_person(name_form(one), name_form(other))


def test_name_forms_drop_titles_but_keep_a_lone_description() -> None:
    assert name_form("Russian President Vladimir Putin").display == "Vladimir Putin"
    assert name_form("President Putin").key == name_form("Putin").key == "putin"
    assert name_form("spokesman").display == "spokesman"


@pytest.fixture
def refreshed(tmp_path: Path, serve_dir: Callable[[Path], str]) -> Path:
    """A store refreshed from the loopback feeds, its quotes archived by `briefing quotes`."""
    write_site(tmp_path / "site")
    config = quote_config(tmp_path, serve_dir(tmp_path / "site"), retention_days=36500)
    for command in ("refresh", "quotes"):
        code, _, err = run(config, command)
        assert code == 0, err
    return store_path(tmp_path / "data")


def counts(path: Path) -> tuple[int, int]:
    """Rows of the archive and of its full-text index."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
        indexed = db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'will'")
        return int(quotes), int(indexed.fetchone()[0])


def test_pruning_an_item_removes_its_quotes(refreshed: Path) -> None:
    assert counts(refreshed) == (7, 4)
    with open_store(refreshed) as store:
        # Keep each feed's newest item: the ferry, fares and grain stories go.
        removed = prune(
            store, now=datetime(2026, 12, 1, tzinfo=UTC), max_age_days=36500, max_per_feed=1
        )
        assert removed == 4
        left = find_quotes(store, feeds=FEEDS)
        assert [q.text for q in left] == ["Trams will run all night", "Investors were cautious"]
        assert find_quotes(store, feeds=FEEDS, speaker="Anselm Kade") == []
        assert find_quotes(store, feeds=FEEDS, words="harbour") == []
    assert counts(refreshed) == (2, 1)


def test_a_corrected_item_loses_its_old_quotes_until_summarised_again(
    refreshed: Path, tmp_path: Path
) -> None:
    with open_store(refreshed) as store:
        (stored,) = [
            s
            for s in find_quotes(store, feeds=FEEDS, speaker="Brisk")
            if s.sources[0].feed == "Meridian Wire"
        ]
        item_id = stored.sources[0].item_id
        fixed = Item(
            "Meridian Wire",
            "mw-trams",
            "mw-trams",
            "Night trams return to Linnet Bay",
            "https://meridian.example/mw-trams",
            datetime(2026, 11, 26, 14, tzinfo=UTC),
            "LINNET BAY (Meridian Wire). “Trams will run until two,” Minister Brisk said.",
        )
        store.save_items(
            "Meridian Wire", [fixed], now=datetime.now(UTC), etag=None, last_modified=None
        )
        assert [q.text for q in find_quotes(store, feeds=FEEDS, words="trams")] == []
        save_summaries(store, {item_id: summarize_item(fixed)}, SUMMARIZER_VERSION)
        assert [q.text for q in find_quotes(store, feeds=FEEDS, words="trams")] == [
            "Trams will run until two"
        ]


def test_a_new_summary_replaces_the_items_quotes(refreshed: Path) -> None:
    with open_store(refreshed) as store:
        (entry,) = find_quotes(store, feeds=FEEDS, words="farmer")
        item_id = entry.sources[0].item_id
        summary = Summary(None, None, "", quotes=(Quote("Silos are full", "Mira Kade", 0, 14),))
        save_summaries(store, {item_id: summary}, SUMMARIZER_VERSION + 1)
        assert find_quotes(store, feeds=FEEDS, words="farmer") == []
        (moved,) = find_quotes(store, feeds=FEEDS, words="silos")
        assert moved.speaker == "Mira Kade"


def _store_at_version_4(path: Path, items: list[Item], summaries: list[Summary]) -> None:
    """A store as briefing wrote it before the archive, with cached summaries."""
    path.parent.mkdir(parents=True)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        for target, script in MIGRATIONS:
            if target <= 4:
                for statement in script:
                    db.execute(statement)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("PRAGMA user_version = 4")
        db.execute("INSERT INTO feeds(id, name, url, config_url) VALUES (1, 'Old Wire', 'u', 'u')")
        for n, (item, summary) in enumerate(zip(items, summaries, strict=True), 1):
            db.execute(
                "INSERT INTO items(id, feed_id, key, guid, title, link, published, first_seen,"
                " text, hash) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 'h')",
                (
                    n,
                    item.key,
                    item.guid,
                    item.title,
                    item.link,
                    "2026-11-20T08:00:00Z",
                    "2026-11-20T08:00:00Z",
                    item.text,
                ),
            )
            db.execute(
                "INSERT INTO summaries(item_id, version, data) VALUES (?, ?, ?)",
                (n, SUMMARIZER_VERSION, dump_summary(summary)),
            )


def test_an_upgraded_store_archives_the_summaries_it_had_cached(tmp_path: Path) -> None:
    item = Item(
        "Old Wire",
        "ow-1",
        "ow-1",
        "Old story",
        "https://old.example/1",
        datetime(2026, 11, 20, 8, tzinfo=UTC),
        "A story summarised by an older briefing.",
    )
    # The cached summary holds a quote the text does not: the archive can only have read it
    # from the cache, not from summarising the item again.
    cached = Summary(None, None, "", quotes=(Quote("Only the cache knows this", "Ida Lund", 0, 5),))
    data = tmp_path / "data"
    _store_at_version_4(store_path(data), [item], [cached])
    config = tmp_path / "config.toml"
    config.write_text(
        f'data_dir = "{data}"\n\n[[feeds]]\nname = "Old Wire"\nurl = "https://old.example/feed"\n'
    )
    code, out, err = run(config, "quotes", "--speaker", "Lund", "--format", "json")
    assert code == 0, err
    (quote,) = json.loads(out)["quotes"]
    assert (quote["text"], quote["speaker"], quote["link"]) == (
        "Only the cache knows this",
        "Ida Lund",
        "https://old.example/1",
    )
    with contextlib.closing(sqlite3.connect(store_path(data))) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] >= 5


def test_quotes_of_unsummarised_items_are_archived_on_first_use(refreshed: Path) -> None:
    # `refreshed` ran only `refresh` and `quotes`: no day was ever built, yet every
    # item's quotes are on record.
    with open_store(refreshed) as store:
        assert len(find_quotes(store, feeds=FEEDS)) == 6
        assert find_quotes(store, feeds=["Harbour Ledger"], speaker="Brisk")[0].sources[0].feed == (
            "Harbour Ledger"
        )


def test_search_words_never_reach_fts_syntax(refreshed: Path) -> None:
    harbour = ["The harbour will never close again"]
    with open_store(refreshed) as store:
        # Operators are words like the others: every one of them must be in the quote.
        assert find_quotes(store, feeds=FEEDS, words='harbour" OR "farmer') == []
        assert find_quotes(store, feeds=FEEDS, words="NEAR(harbour farmer)") == []
        for words in ("-harbour", "harb*", "HARBOUR:", "harbour)"):
            assert [q.text for q in find_quotes(store, feeds=FEEDS, words=words)] == harbour


def test_a_stored_summary_that_does_not_read_is_made_again(refreshed: Path, tmp_path: Path) -> None:
    from briefing.store.queries import load_summaries

    with contextlib.closing(sqlite3.connect(refreshed)) as db:
        ids = [row[0] for row in db.execute("SELECT item_id FROM summaries ORDER BY item_id")]
        db.execute("UPDATE summaries SET data = '{\"lead\": 3}' WHERE item_id = ?", (ids[0],))
        db.commit()
    with open_store(refreshed) as store:
        found = load_summaries(store, ids, SUMMARIZER_VERSION)
    assert sorted(found) == ids[1:]  # the broken row is left out, the others read

    # The briefing of its day summarises the item again and replaces the row.
    with contextlib.closing(sqlite3.connect(refreshed)) as db:
        (published,) = db.execute("SELECT published FROM items WHERE id = ?", (ids[0],)).fetchone()
    day = str(published)[:10]
    code, _, err = run(tmp_path / "config.toml", "today", "--date", day, "--no-refresh")
    assert code == 0, err
    with open_store(refreshed) as store:
        assert sorted(load_summaries(store, ids, SUMMARIZER_VERSION)) == ids
