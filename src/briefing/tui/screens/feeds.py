"""Each feed's health: status, last fetch, last error, items; `r` refreshes the one selected.

The last error takes the width the other columns leave and wraps there, its row growing,
so a long error is read in full rather than cut at the terminal's edge.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from briefing.errors import BriefingError
from briefing.models import FeedStatus
from briefing.tui.data import Library
from briefing.tui.messages import Refreshed

STATUS_STYLES = {"ok": "green", "new": "dim", "error": "bold red", "gone": "red"}
COLUMNS = ("Feed", "Status", "Last fetch", "Items")
"""The columns before "Last error", which are as wide as their widest cell."""
MIN_ERROR_WIDTH = 24


class FeedsScreen(Screen[None]):
    """A table of the configured feeds as the store knows them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "app.pop_screen", "Back", id="feeds.back"),
        Binding("r", "refresh_feed", "Refresh feed", id="feeds.refresh"),
        Binding("j", "cursor_down", "Down", show=False, id="feeds.down"),
        Binding("k", "cursor_up", "Up", show=False, id="feeds.up"),
        Binding("g", "first", "First", show=False, id="feeds.first"),
        Binding("G", "last", "Last", show=False, id="feeds.last"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.statuses: list[FeedStatus] = []
        self.busy: str | None = None
        """The feed being refreshed."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Feeds", style="bold"), id="view-bar")
        yield DataTable(id="feed-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.fill()
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        if self.statuses:
            self.fill()

    def fill(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        try:
            self.statuses = self.library.feed_statuses()
        except BriefingError as exc:
            self.notify(str(exc), severity="error")
            return
        rows = [self._cells(feed) for feed in self.statuses]
        table.clear(columns=True)
        widths = [
            max([cell_len(title)] + [cells[n].cell_len for cells in rows])
            for n, title in enumerate(COLUMNS)
        ]
        for title, width in zip(COLUMNS, widths, strict=True):
            table.add_column(title, width=width)
        # What the other columns, every column's padding and a scrollbar leave.
        used = sum(widths) + 2 * table.cell_padding * (len(COLUMNS) + 1) + 1
        table.add_column("Last error", width=max(MIN_ERROR_WIDTH, self.app.size.width - used))
        for feed, cells in zip(self.statuses, rows, strict=True):
            error = Text(feed.error or "", style="red", overflow="fold")
            table.add_row(*cells, error, height=None)
        if self.statuses:
            table.move_cursor(row=min(row, len(self.statuses) - 1))
        failing = sum(1 for f in self.statuses if f.status in ("error", "gone"))
        bar = Text(f"Feeds · {len(self.statuses)} configured", style="bold")
        if failing:
            bar.append(f" · {failing} failing", "bold red")
        if self.busy:
            bar.append(" · refreshing ")
            bar.append(self.busy)
        self.query_one("#view-bar", Static).update(bar)

    @staticmethod
    def _cells(feed: FeedStatus) -> list[Text]:
        """The cells of a feed's row before its last error."""
        fetched = f"{feed.last_fetched:%Y-%m-%d %H:%M}" if feed.last_fetched else "never"
        status = Text(feed.status, style=STATUS_STYLES.get(feed.status, ""))
        if feed.consecutive_failures > 1:
            status.append(f" ×{feed.consecutive_failures}")
        return [Text(feed.name), status, Text(fetched), Text(str(feed.items), justify="right")]

    @property
    def selected(self) -> FeedStatus | None:
        row = self.query_one(DataTable).cursor_row
        return self.statuses[row] if 0 <= row < len(self.statuses) else None

    def action_refresh_feed(self) -> None:
        feed = self.selected
        if feed is None or self.busy is not None:
            return
        self.busy = feed.name
        self.fill()
        self.refresh_one(feed.name)

    @work(thread=True, exclusive=True, group="refresh")
    def refresh_one(self, name: str) -> None:
        """Fetch one feed now, due or not."""
        try:
            report = self.library.refresh(only=[name])
        except BriefingError as exc:
            self.post_message(Refreshed(0, 0, error=str(exc)))
            return
        self.post_message(Refreshed(report.new_items, len(report.failed)))

    @on(Refreshed)
    def show_result(self, message: Refreshed) -> None:
        name, self.busy = self.busy, None
        self.fill()
        if message.error or message.failed:
            self.notify(message.error or f"{name}: fetch failed", severity="error")
        else:
            self.notify(f"{name}: {message.new_items} new", title="Refreshed")

    def action_cursor_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_first(self) -> None:
        self.query_one(DataTable).move_cursor(row=0)

    def action_last(self) -> None:
        self.query_one(DataTable).move_cursor(row=len(self.statuses) - 1)
