"""Full-text search over every stored item (the FTS index); choosing a hit opens its story."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.errors import BriefingError
from briefing.tui.data import Library, SearchHit

MARK_STYLE = "bold underline"
"""The query's words in a hit's snippet."""


class SearchScreen(ModalScreen[SearchHit | None]):
    """Type words, Enter or ↓ to reach the hits, Enter on a hit to go to its story."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close search", id="search.close"),
        Binding("down", "focus_hits", "To the hits", show=False, id="search.hits"),
    ]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.hits: list[SearchHit] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(placeholder="Search every stored article…", id="search-input")
            yield Static(id="search-status", markup=False)
            yield OptionList(id="search-hits")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed)
    def run_search(self, event: Input.Changed) -> None:
        query = event.value.strip()
        try:
            self.hits = self.library.search(query) if query else []
        except BriefingError as exc:
            self.notify(str(exc), severity="error")
            self.hits = []
        options = [Option(self._prompt(hit)) for hit in self.hits]
        self.query_one(OptionList).set_options(options)
        count = len(self.hits)
        note = f"{count} hit{'s' if count != 1 else ''}, newest first" if query else ""
        self.query_one("#search-status", Static).update(Text(note))

    def _prompt(self, hit: SearchHit) -> Group:
        """Headline; under it, indented, outlet and date and the words around the match."""
        body = Text(f"{hit.feed} · {hit.published:%Y-%m-%d %H:%M}", "dim")
        if hit.snippet:
            found = Text(hit.snippet)
            for start, end in hit.marks:
                found.stylize(MARK_STYLE, start, end)
            body.append("\n")
            body.append_text(found)
        grid = Table.grid(expand=True)
        grid.add_column(width=2)
        grid.add_column(ratio=1)
        grid.add_row("", body)
        return Group(Text(hit.title, style="bold"), grid)

    @on(Input.Submitted)
    def enter_hits(self) -> None:
        if len(self.hits) == 1:
            self.dismiss(self.hits[0])
        else:
            self.action_focus_hits()

    @on(OptionList.OptionSelected)
    def choose_hit(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.hits[event.option_index])

    def action_focus_hits(self) -> None:
        hits = self.query_one(OptionList)
        if self.hits:
            hits.focus()
            if hits.highlighted is None:
                hits.highlighted = 0

    def action_cancel(self) -> None:
        self.dismiss(None)
