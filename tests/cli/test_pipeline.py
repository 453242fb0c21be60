"""The whole path over loopback HTTP: refresh, store, briefing, digest, and the CLI contract."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli.main import main
from briefing.config import load_config
from briefing.paths import store_path
from briefing.pipeline import build_briefing, refresh
from briefing.store.database import open_store
from tests.conftest import DEMO, DEMO_DAY, DEMO_FEEDS, DEMO_NOW, write_config

DEMO_FILES = DEMO_FEEDS
DAY, NOW = DEMO_DAY, DEMO_NOW


@pytest.fixture
def feeds_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    for _, file in DEMO_FILES:
        shutil.copy(DEMO / file, folder / file)
    return folder


@pytest.fixture
def config_file(tmp_path: Path, feeds_dir: Path, serve_dir: Callable[[Path], str]) -> Path:
    base = serve_dir(feeds_dir)
    return write_config(
        tmp_path / "config.toml", [(n, base + f) for n, f in DEMO_FILES], tmp_path / "data"
    )


def run(args: list[str], config: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_refresh_stores_every_feed_then_revalidates(config_file: Path) -> None:
    config = load_config(config_file)
    with open_store(store_path(config.data_dir)) as store:
        first = refresh(config, store, now=NOW)
        assert [o.outcome for o in first.outcomes] == ["updated"] * 3
        assert first.new_items == 27
        assert all(row.last_modified for row in store.feed_rows())
        second = refresh(config, store, now=NOW)
        assert [o.outcome for o in second.outcomes] == ["unchanged"] * 3
        assert sum(s.items for s in store.feed_statuses()) == 27


def test_briefing_folds_outlets_into_stories(config_file: Path) -> None:
    config = load_config(config_file)
    with open_store(store_path(config.data_dir)) as store:
        refresh(config, store, now=NOW)
        briefing = build_briefing(config, store, DAY, now=NOW)
    assert len({i.guid for s in briefing.stories for i in s.items}) == 19
    biggest = briefing.stories[0]
    assert len({i.feed for i in biggest.items}) == 3
    assert all(s.lead for s in briefing.stories)
    assert [f.status for f in briefing.feeds] == ["ok"] * 3


def test_today_json_follows_the_contract(config_file: Path) -> None:
    code, out, _ = run(["today", "--date", "2026-11-27", "--format", "json"], config_file)
    assert code == 0
    data = json.loads(out)
    assert data["date"] == "2026-11-27"
    assert set(data) >= {"date", "generated_at", "stories", "feeds"}
    story = data["stories"][0]
    assert set(story) >= {"title", "lead", "dateline", "quotes", "figures", "sources", "items"}
    assert set(story["items"][0]) >= {"guid", "feed", "title", "link", "published"}
    guids = {i["guid"] for s in data["stories"] for i in s["items"]}
    assert "mw-20261127-0305" in guids and "urn:harbour-ledger:2026-11-27:7731" in guids
    assert {f["name"]: f["status"] for f in data["feeds"]} == dict.fromkeys(
        [n for n, _ in DEMO_FILES], "ok"
    )


def test_today_text_is_plain_when_piped(config_file: Path) -> None:
    code, out, err = run(["today", "--date", "2026-11-27"], config_file)
    assert code == 0
    assert out.startswith("Briefing for Friday 27 November 2026")
    assert "\x1b" not in out
    assert err == ""  # the refresh before it says nothing when every feed is well


def test_digest_sends_each_story_once_then_nothing(config_file: Path) -> None:
    run(["refresh"], config_file)
    code, first, _ = run(["digest", "--since", "3650d"], config_file)
    assert code == 0 and "new" in first.splitlines()[0]
    code, second, _ = run(["digest"], config_file)
    assert (code, second) == (0, "")


def test_digest_reports_a_story_again_when_a_new_outlet_joins(
    tmp_path: Path, feeds_dir: Path, serve_dir: Callable[[Path], str]
) -> None:
    base = serve_dir(feeds_dir)
    two = write_config(
        tmp_path / "two.toml", [(n, base + f) for n, f in DEMO_FILES[:2]], tmp_path / "data"
    )
    run(["refresh"], two)
    _, first, _ = run(["digest", "--since", "3650d"], two)
    assert "Northbank Dispatch" not in first
    three = write_config(
        tmp_path / "three.toml", [(n, base + f) for n, f in DEMO_FILES], tmp_path / "data"
    )
    run(["refresh"], three)
    _, update, _ = run(["digest", "--since", "3650d"], three)
    assert "Updated stories" in update
    assert "Northbank Dispatch (new)" in update


def test_every_feed_failing_exits_1(tmp_path: Path, serve_dir: Callable[[Path], str]) -> None:
    base = serve_dir(tmp_path)
    config = write_config(
        tmp_path / "c.toml", [("Missing", base + "nothing.xml")], tmp_path / "data"
    )
    code, _, err = run(["refresh"], config)
    assert code == 1
    assert "Missing: HTTP 404" in err


def test_bad_config_exits_2_with_one_line(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("refresh_minutes = 'x'\n")
    code, out, err = run(["today"], config)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "c.toml:1: refresh_minutes must be an integer" in err


def test_bad_date_and_duration_exit_2(config_file: Path) -> None:
    assert run(["today", "--date", "last week"], config_file)[0] == 2
    assert run(["digest", "--since", "soon"], config_file)[0] == 2


def test_demo_today_works_offline_and_shows_todays_stories() -> None:
    result = CliRunner().invoke(main, ["--demo", "today", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["date"] == datetime.now(UTC).date().isoformat()
    assert len(data["stories"]) >= 8
    assert max(len(s["sources"]) for s in data["stories"]) == 3


def test_feeds_list_json(config_file: Path) -> None:
    run(["refresh"], config_file)
    code, out, _ = run(["feeds", "list", "--format", "json"], config_file)
    rows = json.loads(out)
    assert code == 0
    assert [r["name"] for r in rows] == [n for n, _ in DEMO_FILES]
    assert set(rows[0]) >= {"name", "url", "status", "items", "error", "last_error", "last_fetched"}
    assert rows[0]["items"] == 10


def test_digest_waits_for_a_refresh_transaction_instead_of_failing(config_file: Path) -> None:
    run(["refresh"], config_file)
    database = store_path(load_config(config_file).data_dir)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"db = sqlite3.connect({str(database)!r}, isolation_level=None)\n"
            "db.execute('BEGIN IMMEDIATE')\n"
            "db.execute(\"INSERT INTO meta(key, value) VALUES ('holder', 'x')\")\n"
            "print('locked', flush=True)\n"
            "time.sleep(2)\n"
            "db.execute('COMMIT')\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    code, out, err = run(["digest", "--since", "3650d"], config_file)
    holder.wait(10)
    holder.stdout.close()
    assert code == 0, err
    # It waited for the lock (busy timeout) instead of failing with "database is locked".
    assert "locked" not in err and out
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_an_unchanged_day_is_read_from_the_story_cache(config_file: Path) -> None:
    config = load_config(config_file)
    with open_store(store_path(config.data_dir)) as store:
        refresh(config, store, now=NOW)
        first = build_briefing(config, store, DAY, now=NOW)
        cached = store.db.execute("SELECT signature FROM briefings").fetchall()
        assert len(cached) == 1
        store.db.execute(
            "UPDATE briefings SET data = replace(data, ?, ?)",
            (first.stories[0].title, "Cached headline"),
        )
        assert build_briefing(config, store, DAY, now=NOW).stories[0].title == "Cached headline"
        store.db.execute(
            "UPDATE items SET hash = 'changed' WHERE id ="
            " (SELECT min(id) FROM items WHERE published >= '2026-11-27')"
        )
        rebuilt = build_briefing(config, store, DAY, now=NOW)
    assert rebuilt.stories == first.stories


def test_refresh_prunes_items_stored_longer_than_the_retention_window(
    tmp_path: Path, feeds_dir: Path, serve_dir: Callable[[Path], str]
) -> None:
    base = serve_dir(feeds_dir)
    config_file = write_config(
        tmp_path / "c.toml",
        [(n, base + f) for n, f in DEMO_FILES],
        tmp_path / "data",
        retention_days=2,
    )
    config = load_config(config_file)
    with open_store(store_path(config.data_dir)) as store:
        # Old items are stored on first sight: a past day can still be briefed.
        assert refresh(config, store, now=NOW + timedelta(days=30)).new_items == 27
        kept = refresh(config, store, now=NOW + timedelta(days=31))
        assert sum(s.items for s in store.feed_statuses()) == 27
        refresh(config, store, now=NOW + timedelta(days=33))
        assert sum(s.items for s in store.feed_statuses()) == 0
    assert kept.new_items == 0


def test_ttl_and_minimum_interval_are_respected_unless_forced(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "ttl.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><ttl>60</ttl>'
        "<item><title>One</title><guid>t1</guid></item></channel></rss>"
    )
    shutil.copy(DEMO / "meridian-wire.xml", site / "plain.xml")
    base = serve_dir(site)
    path = tmp_path / "c.toml"
    path.write_text(
        f'data_dir = "{tmp_path / "data"}"\n\n[[feeds]]\nname = "TTL"\nurl = "{base}ttl.xml"\n'
        f'\n[[feeds]]\nname = "Slow"\nurl = "{base}plain.xml"\nmin_interval_minutes = 30\n'
        f'\n[[feeds]]\nname = "Free"\nurl = "{base}plain.xml"\n'
    )
    config = load_config(path)
    with open_store(store_path(config.data_dir)) as store:
        refresh(config, store, now=NOW)
        later = NOW + timedelta(minutes=20)
        outcomes = {o.name: o for o in refresh(config, store, now=later).outcomes}
        assert outcomes["TTL"].outcome == "skipped" and "60 min" in (outcomes["TTL"].note or "")
        assert outcomes["Slow"].outcome == "skipped"
        assert outcomes["Free"].outcome == "unchanged"
        forced = {o.name: o.outcome for o in refresh(config, store, now=later, force=True).outcomes}
        assert forced == {"TTL": "unchanged", "Slow": "unchanged", "Free": "unchanged"}
        hour_later = {
            o.name: o.outcome
            for o in refresh(config, store, now=later + timedelta(minutes=61)).outcomes
        }
        assert "skipped" not in hour_later.values()


def test_today_json_says_which_outlets_carry_each_quote_and_why_items_joined(
    config_file: Path,
) -> None:
    _, out, _ = run(["today", "--date", "2026-11-27", "--format", "json"], config_file)
    story = json.loads(out)["stories"][0]
    assert story["outlets"] == 3
    assert len(story["why"]) == len(story["items"]) - 1
    shared = [q for q in story["quotes"] if len(q["feeds"]) > 1]
    assert shared, story["quotes"]
    assert all(set(q["feeds"]) <= {i["feed"] for i in story["items"]} for q in story["quotes"])
