"""The article reader: one source of a story in full, its quotes and figures highlighted."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing.models import Item, Story
from briefing.tui.browser import open_link
from briefing.tui.data import DayView
from briefing.tui.widgets.article import ArticleView


class StoryScreen(Screen[None]):
    """Reads a story source by source; n/p (or Tab) switch between its outlets."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", key_display="q", id="reader.back"),
        Binding("n,tab", "next_source", "Next source", key_display="n", id="reader.next"),
        Binding(
            "p,shift+tab", "previous_source", "Prev source", key_display="p", id="reader.previous"
        ),
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("g,home", "scroll_top", "Top", show=False, id="reader.top"),
        Binding("G,end", "scroll_bottom", "Bottom", show=False, id="reader.bottom"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="reader.page-down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="reader.page-up"),
        Binding("o", "open_link", "Open link", id="reader.open"),
    ]

    def __init__(self, story: Story, view: DayView) -> None:
        super().__init__()
        self.story = story
        self.view = view
        self.index = 0
        """Which of the story's items is shown."""

    def compose(self) -> ComposeResult:
        yield Static(id="reader-bar", markup=False)
        yield ArticleView(id="article")
        yield Footer()

    def on_mount(self) -> None:
        self._show()
        self.query_one(ArticleView).focus()
        self.app.theme_changed_signal.subscribe(self, lambda _: self._show())

    @property
    def item(self) -> Item:
        return self.story.items[self.index]

    def _show(self) -> None:
        item = self.item
        item_id = self.view.item_id(item)
        summary = self.view.summaries.get(item_id) if item_id is not None else None
        total = len(self.story.items)
        self.query_one(ArticleView).show(item, summary, self.index + 1, total)
        bar = Text(self.story.title, style="bold")
        if total > 1:
            bar.append(f"  ·  {total} sources: n/p to switch")
        self.query_one("#reader-bar", Static).update(bar)

    def action_next_source(self) -> None:
        self.index = (self.index + 1) % len(self.story.items)
        self._show()

    def action_previous_source(self) -> None:
        self.index = (self.index - 1) % len(self.story.items)
        self._show()

    def action_scroll_down(self) -> None:
        self.query_one(ArticleView).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one(ArticleView).scroll_up(animate=False)

    def action_scroll_top(self) -> None:
        self.query_one(ArticleView).scroll_home(animate=False)

    def action_scroll_bottom(self) -> None:
        self.query_one(ArticleView).scroll_end(animate=False)

    def action_page_down(self) -> None:
        self.query_one(ArticleView).scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.query_one(ArticleView).scroll_page_up(animate=False)

    def action_open_link(self) -> None:
        if not open_link(self.item.link):
            self.notify("This source has no web link.", severity="warning")
