"""The main screen: the day's story list beside the highlighted story's card."""

from __future__ import annotations

from datetime import date, timedelta
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Footer
from textual.worker import get_current_worker

from briefing.errors import BriefingError
from briefing.models import Story
from briefing.tui.browser import open_link
from briefing.tui.data import DayView, Library, SearchHit
from briefing.tui.messages import DayLoaded
from briefing.tui.screens.refreshing import EXTERNAL_CHECK_SECONDS, RefreshingScreen
from briefing.tui.widgets.day_bar import DayBar
from briefing.tui.widgets.refresh_bar import RefreshBar
from briefing.tui.widgets.story_card import StoryCard
from briefing.tui.widgets.story_list import StoryList, section_of

CARD_DELAY = 0.04
"""Seconds the cursor rests on a story before its card is drawn."""

WIDE_AT = 100
"""Columns from which the list sits beside the card; below, it sits above it, a line a story."""


class BriefingScreen(RefreshingScreen):
    """The day's briefing: stories by section, the card of the highlighted one."""

    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (Textual declares it without ClassVar)
        (0, "-narrow"),
        (WIDE_AT, "-wide"),
    ]
    """The class Textual sets on the screen by its width (app.tcss lays the panes out by it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "read", "Read the story", show=False, id="briefing.read"),
        Binding("r", "refresh", "Refresh", id="briefing.refresh"),
        Binding("slash", "search", "Search", key_display="/", id="briefing.search"),
        Binding("t", "next_tag", "Filter by tag", show=False, id="briefing.tag"),
        Binding("u", "unread_only", "Unread only", show=False, id="briefing.unread"),
        Binding("m", "toggle_read", "Mark read and go on", show=False, id="briefing.mark"),
        Binding("o", "open_link", "Open link", show=False, id="briefing.open"),
        Binding(
            "left_square_bracket",
            "previous_day",
            "Prev day",
            show=False,
            key_display="[",
            id="briefing.previous-day",
        ),
        Binding(
            "right_square_bracket",
            "next_day",
            "Next day",
            show=False,
            key_display="]",
            id="briefing.next-day",
        ),
        Binding("L", "latest_day", "Latest stories", show=False, id="briefing.latest-day"),
        Binding("h", "focus_list", "Story list", show=False, id="briefing.focus-list"),
        Binding("l", "focus_card", "Story card", show=False, id="briefing.focus-card"),
        Binding("tab", "switch_pane", "Switch pane", show=False, id="briefing.switch-pane"),
        Binding("2", "quotes", "Quotes", id="briefing.quotes"),
        Binding("3", "figures", "Figures", id="briefing.figures"),
        Binding("4", "feeds", "Feeds", id="briefing.feeds"),
        Binding("escape", "clear_filters", "Clear filters", show=False, id="briefing.clear"),
        Binding("q", "app.quit", "Quit", id="briefing.quit"),
    ]

    def __init__(self, library: Library, day: date) -> None:
        super().__init__(library, reload=self.load_day, shown=lambda: self.view is not None)
        self.day = day
        self.view: DayView | None = None
        self.tag: str | None = None
        """Only stories of this section are listed (None: all)."""
        self.unread_only = False
        self._pending_item: int | None = None
        """A search hit to select once its day has loaded."""
        self._card_timer: Timer | None = None
        self._prepared = False

    def compose(self) -> ComposeResult:
        yield DayBar(id="day-bar", markup=False)
        with Horizontal(id="panes"):
            yield StoryList(id="story-list")
            yield StoryCard(id="story-card")
        yield RefreshBar(id="refresh-bar")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(StoryList).loading = True
        self._update_day_bar()
        # Paint first, then build the day: the worker's Python work competes for the GIL.
        self.call_after_refresh(self.load_day)
        self.set_interval(EXTERNAL_CHECK_SECONDS, self.check_external_refresh)
        self.app.theme_changed_signal.subscribe(self, self.restyle)

    def on_resize(self) -> None:
        """Crossing WIDE_AT switches the list between one line and two lines a story."""
        compact = self.size.width < WIDE_AT
        if compact != self.story_list.compact:
            self.story_list.compact = compact
            if self.view is not None:
                self._fill_list()

    def restyle(self, _: object) -> None:
        """Redraw what was drawn with the old theme's colours."""
        if self.view is not None:
            self._fill_list()
            self.card.show(self.card.story, empty=self._empty_note(), changes=self.card.changes)

    @property
    def story_list(self) -> StoryList:
        return self.query_one(StoryList)

    @property
    def card(self) -> StoryCard:
        return self.query_one(StoryCard)

    @property
    def current_story(self) -> Story | None:
        """The story under the list's cursor (the card may still be catching up)."""
        story_id = self.story_list.highlighted_story
        if story_id is not None and self.view is not None:
            return self.view.story(story_id) or self.card.story
        return self.card.story

    # Loading

    @work(thread=True, exclusive=True, group="load")
    def load_day(self) -> None:
        """Build the day from the store in a thread; the screen stays responsive."""
        worker = get_current_worker()
        try:
            if not self._prepared:
                self.library.prepare()
                self._prepared = True
            view = self.library.load(self.day)
        except BriefingError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            return
        if not worker.is_cancelled:
            self.post_message(DayLoaded(view))

    @on(DayLoaded)
    def show_day(self, message: DayLoaded) -> None:
        if message.view.day != self.day:
            return
        self.view = message.view
        self.seen_refresh = message.view.stamp
        self.story_list.loading = False
        self._fill_list()
        if self._pending_item is not None:
            story = self.view.story_of_item(self._pending_item)
            self._pending_item = None
            if story is not None:
                self._select(story.id)

    def _visible_stories(self) -> list[Story]:
        if self.view is None:
            return []
        view = self.view
        return [
            s
            for s in view.briefing.stories
            if (self.tag is None or section_of(s) == self.tag)
            and (not self.unread_only or view.is_unread(s))
        ]

    def _fill_list(self, keep: str | None = None) -> None:
        if self.view is None:
            return
        stories = self._visible_stories()
        view = self.view
        self.story_list.show(stories, view.is_unread, keep=keep, is_updated=view.is_updated)
        if not stories:
            self.card.show(None, empty=self._empty_note())
        self._update_day_bar()

    def _empty_note(self) -> str:
        view = self.view
        if view is not None and view.briefing.stories:
            return "No story matches the filter (Esc clears it)."
        if view is not None and view.latest is not None and view.latest != self.day:
            # A store full of older items must not look empty (issue 18, 4).
            return (
                f"No stories on {self.day:%a %d %b %Y}. The latest stories are from "
                f"{view.latest:%a %d %b %Y}: press L to go there, r to refresh."
            )
        if view is not None and view.latest is None:
            return "No stories stored yet. Press r to refresh."
        return "No stories for this day yet. Press r to refresh, [ for the day before."

    def _update_day_bar(self) -> None:
        ids = self.story_list.story_ids
        self.query_one(DayBar).describe(self.day, self.view, ids, self.tag, self.unread_only)

    def _select(self, story_id: str) -> None:
        if not self.story_list.select_story(story_id):
            self.tag = None
            self.unread_only = False
            self._fill_list(keep=story_id)
        self.story_list.focus()

    @on(StoryList.Highlighted)
    def show_story(self, message: StoryList.Highlighted) -> None:
        # The card is drawn a moment after the cursor stops: holding j repaints only
        # the list, and the card catches up once, instead of being laid out per key.
        if self._card_timer is not None:
            self._card_timer.stop()
        self._card_timer = self.set_timer(CARD_DELAY, lambda: self._show_card(message.story_id))

    def _show_card(self, story_id: str | None) -> None:
        self._card_timer = None
        story = None
        if self.view is not None and story_id is not None:
            story = self.view.story(story_id)
        if story is not None or self.view is None or not self._visible_stories():
            changes = self.view.changes.get(story.id) if story and self.view else None
            self.card.show(story, empty=self._empty_note(), changes=changes)

    @on(StoryList.Chosen)
    def open_story(self, message: StoryList.Chosen) -> None:
        self.action_read()

    def on_screen_resume(self) -> None:
        if self.view is not None:
            self._fill_list()
            self.check_external_refresh()

    # Actions

    def action_read(self) -> None:
        from briefing.tui.screens.story import StoryScreen

        story = self.current_story
        if story is None or self.view is None:
            return
        self.view.changes.pop(story.id, None)  # opened: what it shows now is what was seen
        if self._set_read(story, True):
            self.library.mark_seen(story)
        self.app.push_screen(StoryScreen(story, self.view))

    def _set_read(self, story: Story, read: bool) -> bool:
        """Mark the story's items; False (and a note) when the store refused."""
        if self.view is None:
            return False
        ids = self.view.story_item_ids(story)
        try:
            self.library.set_read(ids, read)
        except BriefingError as exc:
            self.notify(str(exc), severity="error")
            return False
        self.view.read.update(dict.fromkeys(ids, read))
        self.story_list.mark(story, self.view.is_unread(story))
        self._update_day_bar()
        return True

    def action_toggle_read(self) -> None:
        """Mark the story read and move on to the next one, or unread again and stay."""
        story = self.current_story
        if story is None or self.view is None:
            return
        unread = self.view.is_unread(story)
        if (
            self._set_read(story, unread)
            and unread
            and self.story_list.highlighted_story == story.id
        ):
            self.story_list.action_cursor_down()

    def action_unread_only(self) -> None:
        self.unread_only = not self.unread_only
        self._fill_list()

    def action_next_tag(self) -> None:
        if self.view is None:
            return
        tags = list(dict.fromkeys(section_of(s) for s in self.view.briefing.stories))
        if not tags:
            return
        if self.tag not in tags:
            self.tag = tags[0]
        else:
            index = tags.index(self.tag) + 1
            self.tag = tags[index] if index < len(tags) else None
        self._fill_list()

    def action_clear_filters(self) -> None:
        if self.tag is not None or self.unread_only:
            self.tag = None
            self.unread_only = False
            self._fill_list()

    def action_open_link(self) -> None:
        story = self.current_story
        links = [item.link for item in story.items if item.link] if story else []
        if not links or not open_link(links[0]):
            self.notify("This story has no web link.", severity="warning")

    def _go_to_day(self, day: date) -> None:
        self.day = day
        self.view = None
        self.story_list.clear_options()
        self.story_list.loading = True
        self.card.show(None, empty="Loading…")
        self._update_day_bar()
        self.load_day()

    def action_previous_day(self) -> None:
        self._go_to_day(self.day - timedelta(days=1))

    def action_next_day(self) -> None:
        if self.day >= self.library.clock().date():
            self.notify("There is no briefing for tomorrow yet.")
            return
        self._go_to_day(self.day + timedelta(days=1))

    def action_latest_day(self) -> None:
        """Go to the newest day that has stories, however far back it is."""
        latest = self.view.latest if self.view is not None else None
        if latest is None:
            try:
                latest = self.library.latest_day()
            except BriefingError as exc:
                self.notify(str(exc), severity="error")
                return
        if latest is None:
            self.notify("No stories stored yet. Press r to refresh.")
        elif latest == self.day:
            self.notify("These are the latest stories.")
        else:
            self._go_to_day(latest)

    def action_focus_list(self) -> None:
        self.story_list.focus()

    def action_focus_card(self) -> None:
        self.card.focus()

    def action_switch_pane(self) -> None:
        (self.card if self.story_list.has_focus else self.story_list).focus()

    def action_search(self) -> None:
        from briefing.tui.screens.search import SearchScreen

        self.app.push_screen(SearchScreen(self.library), self._go_to_hit)

    def _go_to_hit(self, hit: SearchHit | None) -> None:
        if hit is None:
            return
        story = self.view.story_of_item(hit.id) if self.view is not None else None
        if story is not None:
            self._select(story.id)
            return
        self._pending_item = hit.id
        self.tag = None
        self.unread_only = False
        self._go_to_day(hit.published.date())

    def action_quotes(self) -> None:
        from briefing.tui.screens.quotes import QuotesScreen

        if self.view is not None:
            self.app.push_screen(QuotesScreen(self.view.briefing, self.library), self._go_to_quote)

    def _go_to_quote(self, target: str | SearchHit | None) -> None:
        """A quote of the day leads to its story; one from the archive to its item's day."""
        if isinstance(target, SearchHit):
            self._go_to_hit(target)
        else:
            self._jump(target)

    def action_figures(self) -> None:
        from briefing.tui.screens.figures import FiguresScreen

        if self.view is not None:
            self.app.push_screen(FiguresScreen(self.view.briefing), self._jump)

    def action_feeds(self) -> None:
        from briefing.tui.screens.feeds import FeedsScreen

        self.app.push_screen(FeedsScreen(self.library))

    def _jump(self, story_id: str | None) -> None:
        if story_id is not None:
            self._select(story_id)
