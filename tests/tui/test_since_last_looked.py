"""Since you last looked, in the app: a story that grew since the reader opened it carries a
mark in the list, and its card opens on "What's new" (feeds in two rounds, tests/sincefeeds.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

from briefing.config import Config, load_config
from briefing.tui.app import BriefingApp
from briefing.tui.screens.story import StoryScreen
from briefing.tui.widgets.story_list import UPDATED_MARK
from tests.clirun import run
from tests.sincefeeds import FERRY_TITLE, NEW_QUOTE, Rounds

from .screen import screen_text

pytestmark = pytest.mark.anyio


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(0.2)  # the card is drawn once the cursor rests (CARD_DELAY)


async def _refresh(rounds: Rounds) -> None:
    # In a thread: the command runs its own event loop, and the test's is running.
    code, _, err = await asyncio.to_thread(run, rounds.config, "refresh", "--force")
    assert code == 0, err


def _app(rounds: Rounds) -> BriefingApp:
    return BriefingApp(load_config(rounds.config), day=date.fromisoformat(rounds.day))


def _line_of(text: str, words: str) -> str:
    """The first line showing `words`: the story list's, left of the card."""
    return next(line for line in text.splitlines() if words in line)


async def test_a_story_grown_since_it_was_opened_is_marked_and_opens_on_whats_new(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    rounds = Rounds(tmp_path, serve_dir)
    await _refresh(rounds)
    app = _app(rounds)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert UPDATED_MARK not in text and "What's new" not in text
        for _ in range(2):  # the reader opens both stories
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, StoryScreen)
            await pilot.press("escape")
            await pilot.press("j")
            await settle(pilot)

    rounds.round(2)
    await _refresh(rounds)
    app = _app(rounds)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert UPDATED_MARK in _line_of(text, FERRY_TITLE[:30])
        assert text.count(UPDATED_MARK) == 1  # the chess story did not grow
        card = [line.split("▕")[-1].strip() for line in text.splitlines()]
        start = card.index("What's new")
        assert card[start + 1 : start + 5] == [
            "•  +1 outlet: Harbour Ledger",
            "•  people died: At least 12 people → At least 19 people",
            f"•  new quote: Tomas Reyl: “{NEW_QUOTE}”",
            "",
        ]
        assert card.index("What's new") < card.index("Figures")  # the card opens on it
        # Opened, the story's changes are seen: the mark goes, in this session and the next.
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert UPDATED_MARK not in screen_text(app)

    app = _app(rounds)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert UPDATED_MARK not in text and "What's new" not in text


def test_whats_new_on_the_card_at_120x40(snap_compare: Callable[..., bool], config: Config) -> None:
    """The fixed day (conftest) after the reader opened an older Dushanbe story: one outlet,
    trade at $41 billion, Putin's quote only. Its card opens on what grew since."""
    from briefing.models import Figure, Story
    from briefing.paths import store_path
    from briefing.store.database import open_store
    from briefing.store.seen import record_marks

    from .conftest import DAY, ID, ITEMS, NOW, frozen_summaries

    summary = frozen_summaries()["Realist English/re-1"]
    trade, students = (f for f in summary.figures if f.text[:1] in "$m")  # $45 billion, 212,000
    older = Story(
        id=ID["dushanbe"],
        title="Putin meets Central Asian leaders in Dushanbe",
        lead=summary.lead,
        dateline=None,
        source=None,
        quotes=summary.quotes[:1],
        figures=(Figure("$41 billion", 41e9, "USD", trade.context, 0, 0), students),
        items=(ITEMS["Realist English"][0],),
    )
    with open_store(store_path(config.data_dir)) as store:
        record_marks(store, "app", [older], NOW)

    async def loaded(pilot: Pilot[None]) -> None:
        await settle(pilot)

    app = BriefingApp(config, day=DAY, clock=lambda: NOW)
    assert snap_compare(app, terminal_size=(120, 40), run_before=loaded)
