"""The quotes board (`2`) over a store refreshed from loopback feeds: speaker filter, search
box, range of days, a speaker's line opening their quotes across the archive."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing.config import load_config
from briefing.tui.app import BriefingApp
from briefing.tui.screens.briefing import BriefingScreen
from briefing.tui.screens.quotes import QuotesScreen
from tests.clirun import run
from tests.quotefeeds import quote_config, write_site

from .screen import screen_text

pytestmark = pytest.mark.anyio

DAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 18, 0, tzinfo=UTC)


@pytest.fixture
def app(tmp_path: Path, serve_dir: Callable[[Path], str]) -> BriefingApp:
    write_site(tmp_path / "site")
    path = quote_config(tmp_path, serve_dir(tmp_path / "site"), retention_days=36500)
    code, _, err = run(path, "refresh")
    assert code == 0, err
    return BriefingApp(load_config(path), day=DAY, clock=lambda: NOW)


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_board(pilot: Pilot[None]) -> QuotesScreen:
    await settle(pilot)
    await pilot.press("2")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, QuotesScreen)
    return screen


async def test_the_range_of_days_reaches_back_through_the_archive(app: BriefingApp) -> None:
    async with app.run_test(size=(110, 40)) as pilot:
        await open_board(pilot)
        shown = screen_text(app)
        assert "Quotes · Thu 26 Nov 2026 · 2 quotes from 2 speakers" in shown
        assert "Every farmer will be paid by Friday" in shown
        assert "Fares have not moved" not in shown
        await pilot.press("r")  # 7 days up to the briefing's day
        await settle(pilot)
        shown = screen_text(app)
        assert "Quotes on record · 7 days · 6 quotes" in shown and "Days: 7 days" in shown
        assert "Fares have not moved in ten years" in shown
        assert "Harbour Ledger, Meridian Wire" in shown  # one quote, both outlets


async def test_a_speakers_line_opens_their_quotes_across_the_archive(app: BriefingApp) -> None:
    async with app.run_test(size=(110, 40)) as pilot:
        screen = await open_board(pilot)
        # The day's first speaker (by name, both quoted once) is the Brisk of the trams story.
        await pilot.press("g", "k", "enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "Quotes on record · all days · 2 quotes from 1 speaker · by Brisk" in shown
        assert "Olen Brisk" in shown  # the bare surname shown under the one person of it
        assert "Trams will run all night" in shown and "Fares have not moved" in shown
        assert "Every farmer" not in shown
        assert screen.speaker == "Brisk"


async def test_speaker_filter_and_search_box(app: BriefingApp) -> None:
    async with app.run_test(size=(110, 40)) as pilot:
        screen = await open_board(pilot)
        await pilot.press("r", "r", "r")  # all days
        await pilot.press("s", *"Anselm Kade")
        await settle(pilot)
        shown = screen_text(app)
        assert "The harbour will never close again" in shown
        # Mira Kade shares the surname, not the person.
        assert "We have heard promises" not in shown and "Every farmer" not in shown
        await pilot.press(*" x")
        await settle(pilot)
        assert "No quotes on record match." in screen_text(app)
        await pilot.press("backspace", "backspace", "escape", "slash", *"promises")
        await settle(pilot)
        assert "No quotes on record match." in screen_text(app)
        # Focus selects the box's text: "Kade" replaces "Anselm Kade", and may be either.
        await pilot.press("escape", "s", *"Kade")
        await settle(pilot)
        assert screen.speaker == "Kade" and screen.words == "promises"
        shown = screen_text(app)
        assert "We have heard promises before" in shown and "harbour" not in shown


async def test_an_archived_quote_opens_its_story_on_its_day(app: BriefingApp) -> None:
    async with app.run_test(size=(110, 40)) as pilot:
        await open_board(pilot)
        await pilot.press("slash", *"harbour", "enter")
        await pilot.press("r", "r", "r")
        await settle(pilot)
        assert "The harbour will never close again" in screen_text(app)
        await pilot.press("g", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.day == date(2026, 11, 23)
        story_id = screen.story_list.highlighted_story
        assert screen.view is not None and story_id is not None
        story = screen.view.story(story_id)
        assert story is not None and {i.feed for i in story.items} >= {"Harbour Ledger"}
        assert "The harbour will never close again" in {q.text for q in story.quotes}
