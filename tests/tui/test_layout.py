"""The app on a narrow terminal and wrapped figures, read off the screen (issue 18, 7)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.screens.briefing import BriefingScreen
from briefing.tui.screens.story import StoryScreen

from .conftest import ID
from .screen import screen_text

pytestmark = pytest.mark.anyio

MakeApp = Callable[..., BriefingApp]
LONG_START = "An extraordinarily long headline"


async def settle(pilot: Pilot[None]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def line_with(lines: list[str], part: str) -> int:
    found = [n for n, line in enumerate(lines) if part in line]
    assert len(found) == 1, (part, found, "\n".join(lines))
    return found[0]


async def test_80_columns_list_one_line_a_story_above_the_card(app: BriefingApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        putin = line_with(lines, "● Russia and Central Asia leaders meet")
        # Outlets and time sit on the headline's line, right-aligned in columns.
        assert lines[putin].rstrip().endswith("2 outlets  10:30")
        port = line_with(lines, "● Port volumes rise 4.5% in October")
        assert lines[port].rstrip().endswith("1 outlet  11:15")
        assert lines[port].index("1 outlet") == lines[putin].index("2 outlets") + 1
        # The long headline is cut with an ellipsis on its one line; the next story follows.
        long = line_with(lines, LONG_START)
        assert lines[long].rstrip().endswith("1 outlet  07:45")
        assert "…" in lines[long] and "small terminal window" not in "\n".join(lines)
        assert lines[long + 1].strip() == "BUSINESS"
        # Every story of the day is listed, and the card is below the list, full width.
        assert sum(line.startswith("● ") for line in lines) == 5
        title = line_with(lines, "DUSHANBE · Realist English · 10:30 UTC") - 1
        assert title > port and lines[title].startswith(" Russia and Central Asia")
        assert "$45 billion" in "\n".join(lines[title:])


async def test_enter_reads_the_story_on_a_narrow_terminal(app: BriefingApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        assert "Port volumes rise 4.5% in October" in screen_text(app)
        assert "Container volumes rose 4.5 percent" in screen_text(app)


async def test_resizing_switches_between_one_and_two_lines(app: BriefingApp) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        putin = line_with(lines, "● Russia and Central Asia")
        assert "2 outlets" not in lines[putin]
        assert "2 outlets · 10:30" in "\n".join(lines[putin : putin + 3])
        await pilot.press("j")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        lines = screen_text(app).splitlines()
        hostile = line_with(lines, "● [bold]x[/]")
        assert lines[hostile].rstrip().endswith("1 outlet  08:00")
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.story_list.highlighted_story == ID["hostile"]
        await pilot.resize_terminal(120, 30)
        await settle(pilot)
        lines = screen_text(app).splitlines()
        hostile = line_with(lines, "● [bold]x[/]")
        assert "1 outlet" not in lines[hostile]
        assert "1 outlet · 08:00" in "\n".join(lines[hostile : hostile + 3])


async def test_a_wrapped_figure_measure_keeps_its_column(app: BriefingApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        first = line_with(lines, "$45 billion  ")
        column = lines[first].index("Trade between Russia")
        assert lines[first].index("$45 billion") < column
        # The measure goes on under itself, not under the figure.
        assert lines[first + 1].index("countries last year") == column
        assert lines[first + 1][:column].split("▕")[-1].strip() == ""
        second = line_with(lines, "$44 billion  ")
        assert lines[second].index("Trade between Russia and the region") == column


async def test_figures_view_wraps_under_the_measure(app: BriefingApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("3")
        lines = screen_text(app).splitlines()
        note = line_with(lines, "⚠ outlets disagree")
        # The note goes on under its sign.
        rest = lines[note + 1]
        assert len(rest) - len(rest.lstrip()) == lines[note].index("⚠")
        figure = line_with(lines, "  $45 billion  ")
        measure = lines[figure].index("Trade between")
        assert lines[line_with(lines, "$44 billion  ")].index("Trade between") == measure
        # A figure too wide for its column wraps in it; its measure keeps the column.
        wide = line_with(lines, "more than 212,000")
        assert lines[wide].index("from Central Asia") == measure
        assert lines[wide + 1].strip() == "students"
        assert lines[wide + 1].index("students") == lines[wide].index("more than")
