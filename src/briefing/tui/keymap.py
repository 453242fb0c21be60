"""Every key binding of the app by view, as the help screen lists them."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding, BindingType

from briefing.tui.screens.briefing import BriefingScreen
from briefing.tui.screens.feeds import FeedsScreen
from briefing.tui.screens.listing import ListingScreen
from briefing.tui.screens.quotes import QuotesScreen
from briefing.tui.screens.search import SearchScreen
from briefing.tui.screens.story import StoryScreen
from briefing.tui.widgets.story_card import StoryCard
from briefing.tui.widgets.story_list import StoryList


def _bindings(entries: Iterable[BindingType]) -> list[Binding]:
    return [b if isinstance(b, Binding) else Binding(*b) for b in entries]


PALETTE = Binding("ctrl+p", "command_palette", "Command palette", id="app.palette")
"""Textual's own binding, listed with ours."""


def binding_sections(app_bindings: Iterable[BindingType]) -> list[tuple[str, list[Binding]]]:
    """(view, its bindings) for the app (whose `app_bindings` are given) and every view and
    widget that binds keys."""
    return [
        ("Everywhere", [*_bindings(app_bindings), PALETTE]),
        ("Briefing", _bindings(BriefingScreen.BINDINGS)),
        ("Story list", _bindings(StoryList.BINDINGS)),
        ("Story card", _bindings(StoryCard.BINDINGS)),
        ("Article reader", _bindings(StoryScreen.BINDINGS)),
        ("Quotes", _bindings(QuotesScreen.BINDINGS)),
        ("Figures", _bindings(ListingScreen.BINDINGS)),
        ("Feeds", _bindings(FeedsScreen.BINDINGS)),
        ("Search", _bindings(SearchScreen.BINDINGS)),
    ]
