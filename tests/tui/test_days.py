"""A full store whose stories are all older than today must not look empty (issue 18, 4)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing.config import Config
from briefing.models import Item
from briefing.paths import store_path
from briefing.store.database import open_store
from briefing.stories.build import story_id
from briefing.tui.app import BriefingApp
from briefing.tui.screens.briefing import BriefingScreen
from briefing.tui.screens.help import HelpScreen

from .conftest import DAY, FEEDS, NOW
from .screen import screen_text

pytestmark = pytest.mark.anyio

LATEST = date(2024, 3, 2)


def _item(key: str, title: str, when: datetime) -> Item:
    return Item("Harbour Ledger", key, key, title, None, when, f"{title}. Text of our own.")


@pytest.fixture
def old_config(tmp_path: Path) -> Config:
    """A store of 40 items, the newest on 2 March 2024, none since."""
    data_dir = tmp_path / "data"
    items = [
        _item(f"old-{n}", f"Harbour report number {n}", datetime(2023, 1 + n % 12, 5, tzinfo=UTC))
        for n in range(38)
    ]
    items += [
        _item("last-1", "Quay cranes return to service", datetime(2024, 3, 2, 9, tzinfo=UTC)),
        _item("last-2", "Ferry timetable changes", datetime(2024, 3, 2, 17, tzinfo=UTC)),
    ]
    with open_store(store_path(data_dir)) as store:
        store.sync_feeds(FEEDS)
        store.save_items("Harbour Ledger", items, now=NOW, etag=None, last_modified=None)
        store.set_meta("last_refresh", NOW.isoformat())
    return Config(feeds=FEEDS, data_dir=data_dir)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def main_screen(app: BriefingApp) -> BriefingScreen:
    assert isinstance(app.screen, BriefingScreen)
    return app.screen


async def test_an_old_store_says_when_the_latest_stories_are_and_l_goes_there(
    old_config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes: list[str] = []
    monkeypatch.setattr(BriefingScreen, "notify", lambda self, message, **kw: notes.append(message))
    app = BriefingApp(old_config, day=DAY, clock=lambda: NOW)
    async with app.run_test(size=(200, 30)) as pilot:
        await settle(pilot)
        shown = screen_text(app)
        assert "The latest stories are from Sat 02 Mar 2024: press L to go there" in shown
        assert "no stories · latest: Sat 02 Mar 2024 (L)" in shown.splitlines()[0]
        await pilot.press("L")
        await settle(pilot)
        screen = main_screen(app)
        assert screen.day == LATEST
        assert screen.story_list.story_ids == [
            story_id(_item(key, "", datetime(2024, 3, 2, tzinfo=UTC)))
            for key in ("last-2", "last-1")
        ]
        shown = screen_text(app)
        assert "Briefing · Sat 02 Mar 2024 · 2 stories" in shown
        assert "Quay cranes return to service" in shown and "latest:" not in shown
        # From an empty day in between, L comes back to the latest day as well.
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.day == date(2024, 3, 3) and not screen.story_list.story_ids
        assert "The latest stories are from Sat 02 Mar 2024" in screen_text(app)
        await pilot.press("L")
        await settle(pilot)
        assert screen.day == LATEST
        await pilot.press("L")
        await settle(pilot)
        assert screen.day == LATEST and notes == ["These are the latest stories."]


async def test_an_empty_store_says_so(tmp_path: Path) -> None:
    config = Config(feeds=FEEDS, data_dir=tmp_path / "data")
    app = BriefingApp(config, day=DAY, clock=lambda: NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "No stories stored yet. Press r to refresh." in screen_text(app)
        await pilot.press("L")
        await settle(pilot)
        assert main_screen(app).day == DAY


async def test_help_lists_the_latest_day_key(app: BriefingApp) -> None:
    async with app.run_test(size=(120, 110)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        lines = screen_text(app).splitlines()
        # The words inside the help box (the card may show beside it).
        rows = [line.split("│")[1].split() for line in lines if line.count("│") >= 2]
        assert ["L", "Latest", "stories"] in rows
