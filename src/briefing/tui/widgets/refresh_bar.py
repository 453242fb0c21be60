"""The bar under the story list while feeds are fetched: a count, the last feed, a gauge."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class RefreshBar(Horizontal):
    """Hidden until a refresh starts (the -busy class shows it; see app.tcss)."""

    def compose(self) -> ComposeResult:
        yield Label("Refreshing", id="refresh-label", markup=False)
        yield ProgressBar(id="refresh-progress", show_eta=False)

    def start(self) -> None:
        """Show the bar with a gauge that waits for the first feed."""
        self.add_class("-busy")
        self.query_one(ProgressBar).update(total=None, progress=0)

    def advance(self, done: int, total: int, feed: str) -> None:
        """A feed has landed: count it and name it (as text, never as markup)."""
        self.query_one(ProgressBar).update(total=total, progress=done)
        label = Text(f"Refreshing {done}/{total} · ")
        label.append(feed)
        self.query_one("#refresh-label", Label).update(label)

    def finish(self) -> None:
        self.remove_class("-busy")
