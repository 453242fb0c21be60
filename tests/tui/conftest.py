"""Fixtures of the TUI tests: a store under tmp_path with fixed items, and an app over it.

The briefing is built by hand from the stored items (`fixed_loader`), so what the
tests and snapshots see does not move when the summarizer or clustering improve;
read state, search and feed health still come from the real store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.models import Briefing, Feed, Figure, Item, Quote, Story, Summary
from briefing.paths import store_path
from briefing.pipeline import day_bounds
from briefing.store.database import Store, open_store
from briefing.store.queries import items_between
from briefing.tui.app import BriefingApp
from briefing.tui.data import DayView

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


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _quote(text: str, part: str, speaker: str | None) -> Quote:
    return Quote(part, speaker, *_span(text, part))


def _figure(
    text: str, part: str, value: float, unit: str, context: str, change: str | None = None
) -> Figure:
    return Figure(part, value, unit, context, *_span(text, part), change=change)


SUMMARIES: dict[tuple[str, str], Summary] = {
    ("Realist English", "re-1"): Summary(
        "DUSHANBE",
        "Realist English",
        "Russian President Vladimir Putin attended a summit of Central Asian leaders on Thursday.",
        quotes=(
            _quote(
                DUSHANBE_TEXT,
                "Russia remains one of the leading investors in the region",
                "Vladimir Putin",
            ),
            _quote(
                DUSHANBE_TEXT,
                "a continuation of the close partnership among our countries",
                "Emomali Rahmon",
            ),
        ),
        figures=(
            _figure(
                DUSHANBE_TEXT,
                "$45 billion",
                45e9,
                "USD",
                "trade between Russia and the five countries last year",
            ),
            _figure(
                DUSHANBE_TEXT,
                "more than 212,000",
                212_000,
                "count",
                "students from Central Asia in Russia",
            ),
        ),
    ),
    ("Meridian Wire", "mw-1"): Summary(
        "DUSHANBE",
        "Meridian Wire",
        "Leaders of Russia and Central Asia met in the Tajik capital.",
        figures=(
            _figure(
                MERIDIAN_TEXT,
                "$44 billion",
                44e9,
                "USD",
                "trade between Russia and the region last year",
            ),
        ),
    ),
    ("Harbour Ledger", "hl-1"): Summary(
        "ROTTERDAM",
        "Harbour Ledger",
        "Container volumes rose 4.5 percent in October.",
        quotes=(_quote(PORT_TEXT, "We expect a record year", "Anna Visser"),),
        figures=(
            _figure(PORT_TEXT, "4.5 percent", 4.5, "percent", "container volumes in October", "up"),
        ),
    ),
}

STORIES: tuple[tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]], ...] = (
    ("dushanbe", (("Realist English", "re-1"), ("Meridian Wire", "mw-1")), ("world",)),
    ("port", (("Harbour Ledger", "hl-1"),), ("business",)),
    ("tokyo", (("東京ニュース", "tk-1"),), ("asia",)),
    ("hostile", (("Realist English", "re-2"),), ("world",)),
    ("long", (("Meridian Wire", "mw-2"),), ("world",)),
    ("yesterday", (("Realist English", "re-3"),), ("world",)),
)
"""(story id, its items, its tags), in rank order."""


def fixed_loader(config: Config, store: Store, day: date, now: datetime) -> DayView:
    """Build the day's briefing by hand from the stored items (a stand-in for the pipeline)."""
    start, end = day_bounds(day)
    stored = items_between(store, start, end)
    by_key = {(s.item.feed, s.item.key): s for s in stored}
    stories = []
    known = {k for _, keys, _ in STORIES for k in keys}
    # Items the fixture does not know (a test's refresh added them) lead as stories of their own.
    for s in stored:
        if (s.item.feed, s.item.key) not in known:
            stories.append(
                Story(
                    id=f"new-{s.item.key}",
                    title=s.item.title,
                    lead=s.item.text,
                    dateline=None,
                    source=None,
                    quotes=(),
                    figures=(),
                    items=(s.item,),
                    tags=("world",),
                )
            )
    for story_id, keys, tags in STORIES:
        members = [by_key[k].item for k in keys if k in by_key]
        if not members:
            continue
        summary = SUMMARIES.get((members[0].feed, members[0].key))
        quotes = tuple(q for k in keys for q in (SUMMARIES[k].quotes if k in SUMMARIES else ()))
        figures = tuple(f for k in keys for f in (SUMMARIES[k].figures if k in SUMMARIES else ()))
        stories.append(
            Story(
                id=story_id,
                title=members[0].title,
                lead=summary.lead if summary else members[0].text.split("\n")[0],
                dateline=summary.dateline if summary else None,
                source=summary.source if summary else None,
                quotes=quotes,
                figures=figures,
                items=tuple(members),
                tags=tags,
                disagreements=(
                    "trade last year: $45 billion (Realist English) vs $44 billion (Meridian Wire)",
                )
                if story_id == "dushanbe"
                else (),
            )
        )
    summaries = {by_key[k].id: s for k, s in SUMMARIES.items() if k in by_key}
    briefing = Briefing(
        date=day, generated_at=now, stories=tuple(stories), feeds=tuple(store.feed_statuses())
    )
    return DayView.from_stored(briefing, stored, summaries)


def fill_store(path: Path) -> None:
    with open_store(path) as store:
        store.sync_feeds(FEEDS)
        for name, items in ITEMS.items():
            store.save_items(name, items, now=_at(12), etag=None, last_modified=None)
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
        return BriefingApp(config, day=day, loader=fixed_loader, clock=lambda: NOW)

    return make


@pytest.fixture
def app(make_app: Callable[..., BriefingApp]) -> BriefingApp:
    return make_app()


@pytest.fixture
def anyio_backend() -> str:
    """The async tests run on asyncio (anyio's pytest plugin drives them)."""
    return "asyncio"
