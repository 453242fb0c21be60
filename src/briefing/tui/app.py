"""BriefingApp: the screens, the global bindings, the themes; opens on the day's briefing."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.theme import Theme

from briefing.config import Config
from briefing.tui.commands import BindingCommands
from briefing.tui.data import Clock, DayLoader, Library, load_day
from briefing.tui.keymap import binding_sections
from briefing.tui.screens.briefing import BriefingScreen
from briefing.tui.screens.help import HelpScreen

DARK = Theme(
    name="briefing-dark",
    primary="#5fafd7",
    secondary="#87afaf",
    accent="#ffaf5f",
    warning="#ffaf5f",
    error="#ff5f5f",
    success="#87d787",
    foreground="#d7d7d7",
    background="#121212",
    surface="#1c1c1c",
    panel="#262626",
    dark=True,
)
"""The default theme."""
LIGHT = Theme(
    name="briefing-light",
    primary="#005f87",
    secondary="#5f8787",
    accent="#af5f00",
    warning="#af5f00",
    error="#af0000",
    success="#005f00",
    foreground="#1c1c1c",
    background="#fafafa",
    surface="#eeeeee",
    panel="#e4e4e4",
    dark=False,
)
"""The light theme (ctrl+t switches)."""


class BriefingApp(App[None]):
    """The interactive briefing a reader keeps open all day."""

    TITLE = "briefing"
    CSS_PATH = "app.tcss"
    COMMANDS: ClassVar = {BindingCommands}
    """Only briefing's own commands: Textual's (screenshot, maximize, keys panel) are not ours."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
        Binding("ctrl+t", "toggle_theme", "Dark/light", show=False, id="app.theme"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit"),
    ]

    def __init__(
        self,
        config: Config,
        day: date,
        *,
        loader: DayLoader = load_day,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.library = (
            Library(config, loader=loader)
            if clock is None
            else Library(config, loader=loader, clock=clock)
        )
        self.day = day

    def on_mount(self) -> None:
        self.register_theme(DARK)
        self.register_theme(LIGHT)
        self.theme = DARK.name
        self.push_screen(BriefingScreen(self.library, self.day))

    def on_unmount(self) -> None:
        self.library.close()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(binding_sections(self.BINDINGS)))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT.name if self.theme == DARK.name else DARK.name
