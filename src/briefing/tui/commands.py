"""The command palette's provider of every action bound to a key on the current screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from textual.binding import ActiveBinding
from textual.command import DiscoveryHit, Hit, Hits, Provider


class BindingCommands(Provider):
    """Offers each described binding of the screen (and the app) as a palette command."""

    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        seen: set[tuple[int, str]] = set()
        for key, active in self.screen.active_bindings.items():
            binding = active.binding
            identity = (id(active.node), binding.action)
            if not binding.description or identity in seen or not active.enabled:
                continue
            seen.add(identity)
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
