"""The help screen: every key binding of every view, with what it does."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def _bindings(entries: Iterable[BindingType]) -> list[Binding]:
    return [b if isinstance(b, Binding) else Binding(*b) for b in entries]


PALETTE = Binding("ctrl+p", "command_palette", "Command palette", id="app.palette")
"""Textual's own binding, listed with ours."""


def binding_sections() -> list[tuple[str, list[Binding]]]:
    """(view, its bindings) for every view and widget that binds keys."""
    from briefing.tui.app import BriefingApp
    from briefing.tui.screens.briefing import BriefingScreen
    from briefing.tui.screens.feeds import FeedsScreen
    from briefing.tui.screens.listing import ListingScreen
    from briefing.tui.screens.search import SearchScreen
    from briefing.tui.screens.story import StoryScreen
    from briefing.tui.widgets.story_card import StoryCard
    from briefing.tui.widgets.story_list import StoryList

    return [
        (
            "Everywhere",
            [*_bindings(BriefingApp.BINDINGS), PALETTE],
        ),
        ("Briefing", _bindings(BriefingScreen.BINDINGS)),
        ("Story list", _bindings(StoryList.BINDINGS)),
        ("Story card", _bindings(StoryCard.BINDINGS)),
        ("Article reader", _bindings(StoryScreen.BINDINGS)),
        ("Quotes and figures", _bindings(ListingScreen.BINDINGS)),
        ("Feeds", _bindings(FeedsScreen.BINDINGS)),
        ("Search", _bindings(SearchScreen.BINDINGS)),
    ]


def _keys(binding: Binding) -> str:
    names = {
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "slash": "/",
        "question_mark": "?",
        "escape": "Esc",
        "enter": "Enter",
        "tab": "Tab",
        "shift+tab": "Shift+Tab",
        "space": "Space",
    }
    return " ".join(names.get(key, key) for key in binding.key.split(","))


class HelpScreen(ModalScreen[None]):
    """Lists every binding; any of Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "app.pop_screen", "Close help", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="bold")
        table.add_column()
        for title, bindings in binding_sections():
            table.add_row(Text(title, style="underline"), Text(""))
            for binding in bindings:
                table.add_row(Text(_keys(binding)), Text(binding.description))
            table.add_row(Text(""), Text(""))
        with VerticalScroll(id="help-body"):
            yield Static(Text("Keys", style="bold"), id="help-title")
            yield Static(table, id="help-table")
            yield Static(
                Text("The mouse works too; ctrl+p lists every action. Esc closes this."),
                id="help-note",
            )
