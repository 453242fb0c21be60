"""A full-screen list of the day's quotes or figures whose entries lead to their stories."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from briefing.models import Briefing


class ListingScreen(Screen[str | None]):
    """Lists entries under headers; Enter dismisses with the chosen entry's story id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back", id="listing.back"),
        Binding("j", "cursor_down", "Down", show=False, id="listing.down"),
        Binding("k", "cursor_up", "Up", show=False, id="listing.up"),
        Binding("g", "first", "First", show=False, id="listing.first"),
        Binding("G", "last", "Last", show=False, id="listing.last"),
    ]
    EMPTY = "Nothing today."

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing
        self.targets: list[str | None] = []
        """Story id of each option (None for a header)."""

    def compose(self) -> ComposeResult:
        yield Static(id="view-bar", markup=False)
        yield OptionList(id="listing")
        yield Footer()

    def title_text(self) -> Text:
        """The bar above the list (subclasses name what they list)."""
        return Text(f"{self.briefing.date:%A %d %B %Y}")

    def entries(self) -> Sequence[tuple[RenderableType, str | None]]:
        """(prompt, story id) of each line; a None id makes a header.

        Subclasses list quotes or figures; the base lists nothing and shows EMPTY.
        """
        return []

    def on_mount(self) -> None:
        entries = self.entries()
        self.targets = [target for _, target in entries]
        options = [Option(prompt, disabled=target is None) for prompt, target in entries]
        self.query_one("#view-bar", Static).update(self.title_text())
        listing = self.query_one(OptionList)
        listing.set_options(options or [Option(Text(self.EMPTY), disabled=True)])
        first = next((n for n, t in enumerate(self.targets) if t is not None), None)
        listing.highlighted = first
        listing.focus()

    @on(OptionList.OptionSelected)
    def jump_to_story(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.targets):
            self.dismiss(self.targets[event.option_index])

    def action_close(self) -> None:
        self.dismiss(None)

    def action_cursor_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_first(self) -> None:
        self.query_one(OptionList).action_first()

    def action_last(self) -> None:
        self.query_one(OptionList).action_last()
