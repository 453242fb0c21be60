"""The TUI driven with Pilot: every view and binding, asserting on state and on the screen."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from briefing.config import Config, demo_config
from briefing.models import FeedOutcome, Item, ProgressCallback, RefreshReport
from briefing.paths import store_path
from briefing.store.database import open_store
from briefing.stories.build import story_id
from briefing.tui.app import BriefingApp
from briefing.tui.data import Library
from briefing.tui.keymap import binding_sections
from briefing.tui.screens.briefing import BriefingScreen
from briefing.tui.screens.feeds import FeedsScreen
from briefing.tui.screens.figures import FiguresScreen
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.quotes import QuotesScreen
from briefing.tui.screens.search import SearchScreen
from briefing.tui.screens.story import StoryScreen
from briefing.tui.widgets.article import ArticleView
from briefing.tui.widgets.story_card import StoryCard
from briefing.tui.widgets.story_list import StoryList

from .conftest import DAY, HOSTILE_TITLE, ID, NOW
from .screen import screen_text

pytestmark = pytest.mark.anyio

MakeApp = Callable[..., BriefingApp]


async def settle(pilot: Pilot[None]) -> None:
    """Let the workers finish and their messages be handled."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def main_screen(app: BriefingApp) -> BriefingScreen:
    screen = app.screen
    assert isinstance(screen, BriefingScreen)
    return screen


def read_flags(config: Config) -> dict[str, bool]:
    db = sqlite3.connect(store_path(config.data_dir))
    try:
        return {key: bool(read) for key, read in db.execute("SELECT key, read FROM items")}
    finally:
        db.close()


async def test_opens_on_the_day_with_sections_and_the_first_card(app: BriefingApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.story_list.story_ids == [
            ID["dushanbe"],
            ID["hostile"],
            ID["long"],
            ID["port"],
            ID["tokyo"],
        ]
        assert screen.card.story is not None and screen.card.story.id == ID["dushanbe"]
        shown = screen_text(app)
        for expected in (
            "Briefing · Fri 27 Nov 2026 · 5 stories · 5 unread",
            "WORLD",
            "BUSINESS",
            "2 outlets · 10:30",
            "DUSHANBE · Realist English · 10:30 UTC",
            "$45 billion",
            "from Central Asia study in Russia",
            "outlets disagree",
            "Vladimir Putin",
            "Emomali Rahmon",
            "https://realist.example/1",
        ):
            assert expected in shown, expected
        assert "Yesterday" not in shown


async def test_feed_text_is_shown_literally(app: BriefingApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        screen = main_screen(app)
        assert screen.card.story is not None and screen.card.story.id == ID["hostile"]
        shown = screen_text(app)
        assert "[bold]x[/] [@click=app.quit]quit[/]" in shown
        assert "\x1b" not in shown and "\ufffd[2J end" in shown
        assert "[red]markup[/red]" in shown or "[@click" in shown
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)
        shown = screen_text(app)
        assert "Text with [red]markup[/red] and [@click=app.quit]a click[/] kept literal." in shown
        assert app.is_running
    assert HOSTILE_TITLE.count("\x1b") == 1


async def test_cursor_keys_move_and_the_card_follows(app: BriefingApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = main_screen(app)

        def current() -> str | None:
            return screen.card.story.id if screen.card.story else None

        await pilot.press("j")
        assert current() == ID["hostile"]
        await pilot.press("down", "down")
        assert current() == ID["port"]
        await pilot.press("k")
        assert current() == ID["long"]
        await pilot.press("up")
        assert current() == ID["hostile"]
        await pilot.press("G")
        assert current() == ID["tokyo"]
        await pilot.press("g")
        assert current() == ID["dushanbe"]


async def test_panes_switch_with_h_l_and_tab(app: BriefingApp) -> None:
    async with app.run_test() as pilot:
        await settle(pilot)
        assert isinstance(app.focused, StoryList)
        await pilot.press("l")
        assert isinstance(app.focused, StoryCard)
        await pilot.press("h")
        assert isinstance(app.focused, StoryList)
        await pilot.press("tab")
        assert isinstance(app.focused, StoryCard)
        await pilot.press("j")  # scrolls the card, not the list
        assert main_screen(app).story_list.highlighted_story == ID["dushanbe"]
        await pilot.press("tab")
        assert isinstance(app.focused, StoryList)


async def test_reader_shows_one_source_with_spans_and_switches(
    app: BriefingApp, config: Config
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, StoryScreen)
        assert reader.item.feed == "Realist English"
        shown = screen_text(app)
        assert "Source 1 of 2" in shown and "Staff" in shown
        assert "Russia remains one of the leading investors" in shown
        assert "$45 billion" in shown
        await pilot.press("n")
        assert reader.item.feed == "Meridian Wire"
        assert "Source 2 of 2" in screen_text(app)
        await pilot.press("n")
        assert reader.item.feed == "Realist English"
        await pilot.press("p")
        assert reader.item.feed == "Meridian Wire"
        await pilot.press("tab")
        assert reader.item.feed == "Realist English"
        await pilot.press("j", "G", "g", "space", "b")
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("enter")
        await pilot.press("q")
        assert isinstance(app.screen, BriefingScreen)
        assert app.is_running
    flags = read_flags(config)
    assert flags["re-1"] and flags["mw-1"] and not flags["hl-1"]


async def test_reader_highlights_quote_and_figure_spans(app: BriefingApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        quote_style = article.get_component_rich_style("article--quote")
        figure_style = article.get_component_rich_style("article--figure")
        from briefing.tui.widgets.article import highlighted_text

        reader = app.screen
        assert isinstance(reader, StoryScreen)
        item_id = reader.view.item_id(reader.item)
        assert item_id is not None
        text = highlighted_text(
            reader.item.text, reader.view.summaries[item_id], quote_style, figure_style
        )
        styled = {text.plain[s.start : s.end]: s.style for s in text.spans}
        assert styled["$45 billion"] == figure_style
        assert styled["Russia remains one of the leading investors in the region"] == quote_style


async def test_mark_read_persists_across_restarts(make_app: MakeApp, config: Config) -> None:
    app = make_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j", "m")
        screen = main_screen(app)
        assert screen.view is not None
        port = screen.view.story(ID["port"])
        assert port is not None and not screen.view.is_unread(port)
        assert "4 unread" in screen_text(app)
    assert read_flags(config)["hl-1"]
    again = make_app()
    async with again.run_test() as pilot:
        await settle(pilot)
        screen = main_screen(again)
        assert "4 unread" in screen_text(again)
        screen.story_list.select_story(ID["port"])
        await pilot.press("m")
    assert not read_flags(config)["hl-1"]


async def test_unread_only_and_tag_filters(app: BriefingApp) -> None:
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("m", "u")
        assert screen.unread_only
        assert screen.story_list.story_ids == [ID["port"], ID["hostile"], ID["long"], ID["tokyo"]]
        assert "unread only" in screen_text(app)
        await pilot.press("u")
        assert ID["dushanbe"] in screen.story_list.story_ids
        await pilot.press("t")
        assert screen.tag == "world"
        assert screen.story_list.story_ids == [ID["dushanbe"], ID["hostile"], ID["long"]]
        await pilot.press("t")
        assert screen.tag == "business" and screen.story_list.story_ids == [ID["port"]]
        assert "tag: business" in screen_text(app)
        await pilot.press("t", "t")
        assert screen.tag is None and len(screen.story_list.story_ids) == 5
        await pilot.press("t", "u", "escape")
        assert screen.tag is None and not screen.unread_only


async def test_brackets_move_between_days(app: BriefingApp) -> None:
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert screen.day == date(2026, 11, 26)
        assert screen.story_list.story_ids == [ID["yesterday"]]
        assert "Thu 26 Nov 2026" in screen_text(app)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert screen.story_list.story_ids == []
        shown = screen_text(app)
        assert "No stories on Wed 25 Nov 2026" in shown and "latest: Fri 27 Nov 2026 (L)" in shown
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert screen.day == DAY and len(screen.story_list.story_ids) == 5
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.day == DAY


async def test_search_jumps_to_the_story_even_on_another_day(app: BriefingApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"container")
        assert "1 hit" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        screen = main_screen(app)
        assert screen.story_list.highlighted_story == ID["port"]
        await pilot.press("slash", *"ministers", "enter")
        await settle(pilot)
        assert screen.day == date(2026, 11, 26)
        assert screen.story_list.highlighted_story == ID["yesterday"]
        await pilot.press("slash", *"summit")
        search = app.screen
        assert isinstance(search, SearchScreen) and len(search.hits) == 2
        await pilot.press("enter")
        assert app.focused is not None and not isinstance(app.focused, Input)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("slash", *"zzzz", "escape")
        assert isinstance(app.screen, BriefingScreen)


async def test_quotes_view_groups_by_speaker_and_jumps(app: BriefingApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        assert isinstance(app.screen, QuotesScreen)
        shown = screen_text(app)
        assert "3 quotes from 3 speakers" in shown
        assert shown.index("Anna Visser") < shown.index("Emomali Rahmon")
        assert "“We expect a record year”" in shown
        await pilot.press("j", "k", "G", "g")
        await pilot.press("enter")
        assert isinstance(app.screen, BriefingScreen)
        assert main_screen(app).story_list.highlighted_story == ID["port"]
        await pilot.press("2", "q")
        assert isinstance(app.screen, BriefingScreen)


async def test_figures_view_lists_figures_with_context_and_jumps(app: BriefingApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("t", "t")  # the business filter hides the Dushanbe story
        await pilot.press("3")
        assert isinstance(app.screen, FiguresScreen)
        shown = screen_text(app)
        assert "5 figures" in shown and "Trade between Russia and the region last year" in shown
        assert "up 4.5 percent" in shown  # "rose 4.5 percent": the direction is shown
        await pilot.press("enter")
        screen = main_screen(app)
        assert screen.story_list.highlighted_story == ID["dushanbe"]
        assert screen.tag is None
        await pilot.press("3", "escape")
        assert isinstance(app.screen, BriefingScreen)


class FakeRefresh:
    """Stands in for the network: saves `items` to the store as a refresh would."""

    def __init__(self, items: Sequence[Item] = ()) -> None:
        self.items = items
        self.calls: list[Sequence[str] | None] = []

    def __call__(
        self,
        library: Library,
        *,
        only: Sequence[str] | None = None,
        progress: ProgressCallback | None = None,
    ) -> RefreshReport:
        self.calls.append(only)
        names = list(only) if only is not None else [f.name for f in library.config.feeds]
        outcomes = []
        with open_store(library.path) as store:
            for n, name in enumerate(names, start=1):
                mine = [i for i in self.items if i.feed == name]
                saved = store.save_items(name, mine, now=NOW, etag=None, last_modified=None)
                outcome = FeedOutcome(name, "updated", new=saved.new)
                outcomes.append(outcome)
                if progress:
                    progress(outcome, n, len(names))
            store.set_meta("last_refresh", NOW.isoformat())
        return RefreshReport(tuple(outcomes))


async def test_refresh_adds_stories_without_moving_the_cursor(
    app: BriefingApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = Item(
        "Meridian Wire",
        "mw-9",
        "mw-9",
        "Breaking: a new story arrives",
        "https://meridian.example/9",
        datetime(2026, 11, 27, 17, tzinfo=UTC),
        "Fresh text.",
    )
    fake = FakeRefresh([fresh])
    monkeypatch.setattr(Library, "refresh", lambda library, **kw: fake(library, **kw))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        await pilot.press("j", "j", "j")
        assert screen.story_list.highlighted_story == ID["port"]
        await pilot.press("r")
        await settle(pilot)
        assert fake.calls == [None]
        assert story_id(fresh) in screen.story_list.story_ids
        assert screen.story_list.highlighted_story == ID["port"]
        assert screen.card.story is not None and screen.card.story.id == ID["port"]
        assert not screen.refreshing
        assert "Breaking: a new story arrives" in screen_text(app)


async def test_progress_bar_shows_while_refreshing(app: BriefingApp) -> None:
    from briefing.tui.messages import RefreshProgress

    async with app.run_test() as pilot:
        await settle(pilot)
        screen = main_screen(app)
        screen.refreshing = True
        screen.query_one("#refresh-bar").add_class("-busy")
        screen.post_message(RefreshProgress("Harbour Ledger", 2, 4))
        await pilot.pause()
        assert "Refreshing 2/4 · Harbour Ledger" in screen_text(app)
        assert "50%" in screen_text(app)


async def test_a_refresh_by_another_process_is_picked_up(app: BriefingApp, config: Config) -> None:
    async with app.run_test() as pilot:
        await settle(pilot)
        screen = main_screen(app)
        cron = Item(
            "Harbour Ledger",
            "hl-2",
            "hl-2",
            "Cron brought this in",
            None,
            datetime(2026, 11, 27, 16, tzinfo=UTC),
            "Text.",
        )
        with open_store(store_path(config.data_dir)) as store:
            store.save_items(
                "Harbour Ledger",
                [cron],
                now=NOW,
                etag=None,
                last_modified=None,
            )
            store.set_meta("last_refresh", NOW.isoformat())
        screen.check_external_refresh()
        await settle(pilot)
        assert story_id(cron) in screen.story_list.story_ids
        assert screen.story_list.highlighted_story == ID["dushanbe"]


async def test_feeds_view_shows_health_and_refreshes_one_feed(
    app: BriefingApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeRefresh()
    monkeypatch.setattr(Library, "refresh", lambda library, **kw: fake(library, **kw))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        assert isinstance(app.screen, FeedsScreen)
        shown = screen_text(app)
        assert "HTTP 503 Service Unavailable" in shown and "1 failing" in shown
        assert "2026-11-27 12:00" in shown
        await pilot.press("G")
        table = app.screen.query_one(DataTable)
        assert table.cursor_row == 3
        await pilot.press("r")
        await settle(pilot)
        assert fake.calls == [["東京ニュース"]]
        assert "1 failing" not in screen_text(app)
        await pilot.press("g", "j", "k", "escape")
        assert isinstance(app.screen, BriefingScreen)


async def test_open_link_uses_the_browser_for_http_only(
    app: BriefingApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def fake_open(url: str, new: int = 0) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr("webbrowser.open", fake_open)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("o")
        assert opened == ["https://realist.example/1"]
        await pilot.press("enter", "n", "o")
        assert opened[-1] == "https://meridian.example/1"
    from briefing.tui.browser import open_link

    assert not open_link("javascript:alert(1)") and not open_link("file:///etc/passwd")
    assert not open_link(None)
    assert len(opened) == 2


async def test_help_lists_every_binding(app: BriefingApp) -> None:
    async with app.run_test(size=(120, 110)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        body = screen_text(app)
        for _, bindings in binding_sections(BriefingApp.BINDINGS):
            for binding in bindings:
                assert binding.description in body
        await pilot.press("escape")
        assert isinstance(app.screen, BriefingScreen)


def test_every_binding_has_a_description_and_an_id() -> None:
    ids = []
    for _, bindings in binding_sections(BriefingApp.BINDINGS):
        for binding in bindings:
            assert binding.description, binding
            assert binding.id, binding
            ids.append(binding.id)
    assert len(ids) == len(set(ids))


async def test_command_palette_runs_screen_actions(app: BriefingApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Quotes")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuotesScreen)


async def test_theme_switches_between_dark_and_light(app: BriefingApp) -> None:
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.theme == "briefing-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "briefing-light"
        assert not app.current_theme.dark


async def test_small_terminal_shows_list_card_and_footer(app: BriefingApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert len(lines) == 24 and all(len(line) <= 80 for line in lines)
        assert "Russia and Central Asia" in lines[2] and "DUSHANBE" in "\n".join(lines[8:])
        assert "Search" in lines[-1]


async def test_demo_opens_through_the_real_pipeline(tmp_path: Path, now: datetime) -> None:
    config = demo_config(tmp_path)
    app = BriefingApp(config, day=now.date(), clock=lambda: now)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        assert screen.view is not None and screen.view.briefing.stories
        assert screen.story_list.story_ids
        assert screen.card.story is not None
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StoryScreen)


async def test_a_quote_its_attribution_interrupts_is_one_on_the_card_and_board(
    tmp_path: Path, now: datetime
) -> None:
    # The demo's blizzard report: "The snow will stop," the mayor says, "but the cold ...".
    app = BriefingApp(demo_config(tmp_path), day=now.date(), clock=lambda: now)
    async with app.run_test(size=(160, 60)) as pilot:
        await settle(pilot)
        screen = main_screen(app)
        stories = screen.view.briefing.stories if screen.view is not None else ()
        blizzard = next(s for s in stories if "Marrowgate snowed in" in s.title)
        # As a reader does: down the list until the card shows the blizzard (the demo's
        # first load may still be placing the cursor when the screen opens).
        await pilot.press("g")
        await settle(pilot)
        for _ in range(len(stories) + 5):
            if screen.card.story is not None and screen.card.story.id == blizzard.id:
                break
            if screen.story_list.highlighted_story == blizzard.id:
                await pilot.pause(0.05)
                continue
            await pilot.press("j")
            await settle(pilot)
        assert screen.card.story is not None and screen.card.story.id == blizzard.id
        card = screen_text(app)
        assert "“The snow will stop … but the cold will stay with us for days.”" in card
        assert "“The snow will stop”" not in card
        await pilot.press("2")
        await settle(pilot)
        board = screen_text(app)
        assert "The snow will stop … but the cold" in board
        assert "“The snow will stop”" not in board
