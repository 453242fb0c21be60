"""The command palette's provider: briefing's own actions bound on the current screen.

The app lists only this provider, so the palette offers what the help screen lists
(tui/keymap.py), not Textual's own commands (screenshot, maximize, the keys panel) nor the
bindings Textual's widgets bring (copy, focus next); moving the cursor is not a command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.binding import ActiveBinding
from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing.tui.keymap import binding_sections

MOVES = frozenset(
    {
        "cursor_down",
        "cursor_up",
        "first",
        "last",
        "scroll_down",
        "scroll_up",
        "scroll_home",
        "scroll_end",
        "scroll_top",
        "scroll_bottom",
        "page_down",
        "page_up",
        "command_palette",
    }
)
"""Actions of ours that move the cursor or the view, or open the palette itself."""


class BindingCommands(Provider):
    """Offers each described binding of the screen (and the app) as a palette command."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        ours = {
            binding.id
            for _, bindings in binding_sections(self.app.BINDINGS)
            for binding in bindings
            if binding.action not in MOVES
        }
        seen: set[str] = set()
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            # One command a title: `q` on the screen and ctrl+q on the app both quit.
            if binding.id not in ours or binding.description in seen or not active.enabled:
                continue
            seen.add(binding.description)
            keys = binding.key_display or self.app.get_key_display(binding)
            yield binding.description, f"key: {keys or key}", partial(self._run, active)

    async def _run(self, active: ActiveBinding) -> None:
        await self.app.run_action(active.binding.action, active.node)

    async def discover(self) -> Hits:
        for title, help_text, callback in sorted(self._commands(), key=lambda c: c[0]):
            yield DiscoveryHit(title, callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title, help=help_text)
