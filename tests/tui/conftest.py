"""Fixtures of the TUI tests: a store under tmp_path with fixed items, and an app over it.

The app runs on the real pipeline: its day is built by `load_day` (clustering,
merging, ranking, the day cache, DayView) from the items below, stored in a real
store. Only the summarizer's part is fixed: the items' summaries were made once by
the real summarizer (`python -m tests.tui.freeze` writes data/summaries.json) and
are stored with the items, under the current SUMMARIZER_VERSION, as a store that
has already summarized its items holds them. So the snapshots do not move when the
summarizer improves; they move when clustering, ranking or the TUI do, which is
what they are there to show.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from briefing.codec import load_summary
from briefing.config import Config
from briefing.models import Feed, Item, Summary
from briefing.paths import store_path
from briefing.store.database import open_store
from briefing.store.queries import items_between, save_summaries
from briefing.stories.build import story_id
from briefing.tui.app import BriefingApp
from briefing.versions import SUMMARIZER_VERSION

DAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
HOSTILE_TITLE = "[bold]x[/] [@click=app.quit]quit[/] \x1b[2J end"

FEEDS = (
    Feed("Realist English", "https://realist.example/feed", ("world",)),
    Feed("Meridian Wire", "https://meridian.example/feed", ("world",)),
    Feed("Harbour Ledger", "https://harbour.example/feed", ("business",)),
    Feed("東京ニュース", "https://tokyo.example/feed", ("asia",)),
)

DUSHANBE_TEXT = (
    "DUSHANBE (Realist English). Russian President Vladimir Putin attended a summit of "
    "Central Asian leaders on Thursday. Trade between Russia and the five countries reached "
    "$45 billion last year, he said.\n"
    "“Russia remains one of the leading investors in the region,” Putin said, adding that "
    "more than 212,000 students from Central Asia study in Russia.\n"
    "Tajik President Emomali Rahmon called the meeting “a continuation of the close "
    "partnership among our countries”."
)
MERIDIAN_TEXT = (
    "DUSHANBE (Meridian Wire). Leaders of Russia and Central Asia met in the Tajik capital. "
    "Trade between Russia and the region was $44 billion last year, officials said."
)
PORT_TEXT = (
    "ROTTERDAM (Harbour Ledger). Container volumes rose 4.5 percent in October, the port "
    "authority said. “We expect a record year,” chief executive Anna Visser said."
)
TOKYO_TEXT = "東京で新しい駅が開業した。乗客数は1日5万人の見込み。"
LONG_TEXT = "A story with a very long headline, to show that titles wrap instead of breaking."
HOSTILE_TEXT = "Text with [red]markup[/red] and [@click=app.quit]a click[/] kept literal."
OLD_TEXT = "Yesterday's news, for moving between days."


def _at(hour: int, minute: int = 0, day: int = 27) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


ITEMS: dict[str, list[Item]] = {
    "Realist English": [
        Item(
            "Realist English",
            "re-1",
            "re-1",
            "Putin meets Central Asian leaders in Dushanbe",
            "https://realist.example/1",
            _at(9, 5),
            DUSHANBE_TEXT,
            author="Staff",
        ),
        Item(
            "Realist English",
            "re-2",
            "re-2",
            HOSTILE_TITLE,
            "https://realist.example/2",
            _at(8),
            HOSTILE_TEXT,
        ),
        Item(
            "Realist English",
            "re-3",
            "re-3",
            "Yesterday: ministers prepare the summit",
            "https://realist.example/3",
            _at(15, day=26),
            OLD_TEXT,
        ),
    ],
    "Meridian Wire": [
        Item(
            "Meridian Wire",
            "mw-1",
            "mw-1",
            "Russia and Central Asia leaders meet",
            "https://meridian.example/1",
            _at(10, 30),
            MERIDIAN_TEXT,
        ),
        Item(
            "Meridian Wire",
            "mw-2",
            "mw-2",
            "An extraordinarily long headline about a regional council meeting that goes on "
            "and on well past the width of any story list pane on a small terminal window",
            None,
            _at(7, 45),
            LONG_TEXT,
        ),
    ],
    "Harbour Ledger": [
        Item(
            "Harbour Ledger",
            "hl-1",
            "hl-1",
            "Port volumes rise 4.5% in October",
            "https://harbour.example/1",
            _at(11, 15),
            PORT_TEXT,
        ),
    ],
    "東京ニュース": [
        Item(
            "東京ニュース",
            "tk-1",
            "tk-1",
            "東京で新しい駅が開業 🚄 乗客数は1日5万人",
            "https://tokyo.example/1",
            _at(6, 20),
            TOKYO_TEXT,
        ),
    ],
}


SUMMARIES_FILE = Path(__file__).with_name("data") / "summaries.json"
"""The real summarizer's reading of ITEMS, made by `python -m tests.tui.freeze`."""


def summary_key(item: Item) -> str:
    return f"{item.feed}/{item.key}"


def frozen_summaries() -> dict[str, Summary]:
    rows = json.loads(SUMMARIES_FILE.read_text(encoding="utf-8"))
    return {key: load_summary(json.dumps(row)) for key, row in rows.items()}


def _item(feed: str, key: str) -> Item:
    return next(i for i in ITEMS[feed] if i.key == key)


ID = {
    name: story_id(_item(feed, key))
    for name, feed, key in (
        ("dushanbe", "Realist English", "re-1"),
        ("port", "Harbour Ledger", "hl-1"),
        ("tokyo", "東京ニュース", "tk-1"),
        ("hostile", "Realist English", "re-2"),
        ("long", "Meridian Wire", "mw-2"),
        ("yesterday", "Realist English", "re-3"),
    )
}
"""The id the real pipeline gives each story of the fixed days, by a name tests can read."""


def fill_store(path: Path) -> None:
    with open_store(path) as store:
        store.sync_feeds(FEEDS)
        for name, items in ITEMS.items():
            store.save_items(name, items, now=_at(12), etag=None, last_modified=None)
        summaries = frozen_summaries()
        stored = items_between(store, _at(0, day=1), _at(0, day=30))
        save_summaries(
            store, {s.id: summaries[summary_key(s.item)] for s in stored}, SUMMARIZER_VERSION
        )
        store.save_failure("東京ニュース", "HTTP 503 Service Unavailable", now=_at(12, 30))
        store.set_meta("last_refresh", "2026-11-27T12:30:00+00:00")


@pytest.fixture
def config(tmp_path: Path) -> Config:
    data_dir = tmp_path / "data"
    fill_store(store_path(data_dir))
    return Config(feeds=FEEDS, data_dir=data_dir)


@pytest.fixture
def make_app(config: Config) -> Callable[..., BriefingApp]:
    def make(day: date = DAY) -> BriefingApp:
        return BriefingApp(config, day=day, clock=lambda: NOW)

    return make


@pytest.fixture
def app(make_app: Callable[..., BriefingApp]) -> BriefingApp:
    return make_app()


@pytest.fixture
def anyio_backend() -> str:
    """The async tests run on asyncio (anyio's pytest plugin drives them)."""
    return "asyncio"
