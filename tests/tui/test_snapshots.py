"""How the main views look on fixed data, at 80x24, 120x40 and 200x50 (SVGs in __snapshots__/)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from textual.pilot import Pilot

from briefing.tui.app import BriefingApp

Snap = Callable[..., bool]
MakeApp = Callable[..., BriefingApp]
SMALL = (80, 24)
LARGE = (120, 40)
HUGE = (200, 50)


def _after_load(*keys: str) -> Callable[[Pilot[Any]], Any]:
    """Wait for the day to load, then press `keys` and let their workers finish too."""

    async def run(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

    return run


def _check(snap: Snap, app: BriefingApp, size: tuple[int, int], keys: Iterable[str] = ()) -> None:
    assert snap(app, terminal_size=size, run_before=_after_load(*keys))


def test_briefing_fits_80x24(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), SMALL)


def test_briefing_at_200x50(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), HUGE)


def test_figures_fit_80x24(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), SMALL, ["3"])


def test_briefing_with_sections_cjk_and_long_titles_at_120x40(
    snap_compare: Snap, make_app: MakeApp
) -> None:
    _check(snap_compare, make_app(), LARGE)


def test_hostile_title_is_literal_in_list_and_card(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), LARGE, ["j"])


def test_reader_highlights_quotes_and_figures(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), LARGE, ["enter"])


def test_reader_fits_80x24(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), SMALL, ["enter"])


def test_quotes_by_speaker(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), SMALL, ["2"])


def test_figures_with_context_and_story(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), LARGE, ["3"])


def test_feeds_health(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), LARGE, ["4"])


def test_light_theme(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), LARGE, ["ctrl+t"])


def test_help_lists_bindings(snap_compare: Snap, make_app: MakeApp) -> None:
    _check(snap_compare, make_app(), SMALL, ["question_mark"])
