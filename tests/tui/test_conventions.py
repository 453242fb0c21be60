"""The app's conventions a newcomer expects (issue 18, 10): briefing's own command palette,
search hits with their words and newest first, `m` that moves on, feed errors read in full."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from textual.pilot import Pilot

from briefing.config import Config
from briefing.models import Item
from briefing.paths import store_path
from briefing.store.database import open_store
from briefing.stories.build import story_id
from briefing.tui.app import BriefingApp
from briefing.tui.screens.briefing import BriefingScreen
from briefing.tui.screens.feeds import FeedsScreen
from briefing.tui.screens.search import SearchScreen
from briefing.tui.snippet import snippet

from .conftest import ID, NOW
from .screen import screen_text

pytestmark = pytest.mark.anyio


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def main_screen(app: BriefingApp) -> BriefingScreen:
    assert isinstance(app.screen, BriefingScreen)
    return app.screen


def palette_lines(shown: str) -> list[str]:
    """The titles the palette lists, one a line (the "key: x" lines dropped)."""
    return [line.strip() for line in shown.splitlines() if line.startswith("  ")]


async def test_the_palette_lists_briefings_commands_not_textuals(app: BriefingApp) -> None:
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        titles = palette_lines(screen_text(app))
        for ours in ("Refresh", "Quotes", "Figures", "Latest stories", "Help", "Dark/light"):
            assert ours in titles, ours
        for theirs in (
            "Theme",
            "Screenshot",
            "Maximize",
            "Keys",
            "Copy selected text",
            "Focus Previous",
            "Down",
        ):
            assert theirs not in titles, theirs
        assert titles.count("Quit") == 1
        await pilot.press(*"latest", "enter")
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)


def _saved(config: Config, *items: Item) -> None:
    with open_store(store_path(config.data_dir)) as store:
        for item in items:
            store.save_items(item.feed, [item], now=NOW, etag=None, last_modified=None)


OPENING = "The harbour board met on Monday morning to go through a long agenda."
QUAYSIDE = (
    OPENING + " Members heard reports on dredging, on the ferry timetable, on the budget for "
    "next spring and on the state of the old warehouses by the river. Late in the meeting "
    "the chair turned to the quayside cranes, which have stood idle since the storm, and "
    "asked for a repair plan by the end of the month. The rest of the session went to "
    "questions from residents about parking."
)


async def test_search_hits_show_their_words_and_come_newest_first(
    app: BriefingApp, config: Config
) -> None:
    # The older item says "quayside" thrice in a short text: the index ranks it first.
    older = Item(
        "Harbour Ledger",
        "hl-old",
        "hl-old",
        "Quayside, quayside, quayside",
        None,
        datetime(2026, 11, 20, 9, tzinfo=UTC),
        "Quayside works.",
    )
    newer = Item(
        "Meridian Wire",
        "mw-new",
        "mw-new",
        "Harbour board meets",
        None,
        datetime(2026, 11, 27, 14, tzinfo=UTC),
        QUAYSIDE,
    )
    _saved(config, older, newer)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"quaysid")
        search = app.screen
        assert isinstance(search, SearchScreen)
        assert [hit.title for hit in search.hits] == [
            "Harbour board meets",
            "Quayside, quayside, quayside",
        ]
        lines = screen_text(app).splitlines()
        shown = "\n".join(lines)
        assert "2 hits, newest first" in shown
        # In the search box: the newer hit first; under its headline, indented, the outlet
        # and date, then the words around the match.
        board = next(n for n, line in enumerate(lines) if "│ Harbour board meets" in line)
        older_hit = next(n for n, line in enumerate(lines) if "│ Quayside, quayside" in line)
        assert board < older_hit
        assert "Meridian Wire · 2026-11-27 14:00" in lines[board + 1]
        inside = [line.split("│")[1] for line in lines[board + 2 : board + 4]]
        words = " ".join(" ".join(inside).split())
        assert "the chair turned to the quayside cranes" in words
        assert words.startswith("…") and "Monday morning" not in words
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert main_screen(app).story_list.highlighted_story == story_id(newer)


def test_snippet_marks_the_words_of_the_query() -> None:
    text, marks = snippet(QUAYSIDE, "quayside CRANES")
    assert [text[start:end] for start, end in marks] == ["quayside", "cranes"]
    assert text.endswith("…") and len(text) <= 170
    accented, marks = snippet("Le café du port ouvre.", "cafe")
    assert [accented[start:end] for start, end in marks] == ["café"]
    assert snippet("  Short\n\ntext.  ", "absent") == ("Short text.", [])


async def test_m_marks_read_and_moves_on_and_unmarks_in_place(app: BriefingApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("m")
        assert screen.story_list.highlighted_story == ID["hostile"]
        assert "4 unread" in screen_text(app).splitlines()[0]
        await pilot.press("m")
        assert screen.story_list.highlighted_story == ID["long"]
        lines = screen_text(app).splitlines()
        assert "3 unread" in lines[0]
        assert not any(line.startswith("● Russia and Central Asia") for line in lines)
        await pilot.press("k")
        await pilot.press("m")  # a read story is marked unread again, and the cursor stays
        assert screen.story_list.highlighted_story == ID["hostile"]
        assert "4 unread" in screen_text(app).splitlines()[0]


async def test_feed_errors_wrap_instead_of_being_cut(app: BriefingApp, config: Config) -> None:
    error = (
        "TLS handshake failed: certificate verify failed: unable to get local issuer "
        "certificate (the server sent an incomplete chain)"
    )
    with open_store(store_path(config.data_dir)) as store:
        store.save_failure("Harbour Ledger", error, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        assert isinstance(app.screen, FeedsScreen)
        lines = screen_text(app).splitlines()
        row = next(n for n, line in enumerate(lines) if line.startswith(" Harbour Ledger"))
        column = lines[row].index("TLS handshake")
        wrapped = [line[column:].strip() for line in lines[row : row + 6]]
        assert " ".join(" ".join(wrapped).split()).startswith(error)
        assert all(len(line) <= 80 for line in lines)
