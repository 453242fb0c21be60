"""The base of the briefing screen: refreshing the feeds in a worker, its progress bar, and
noticing a refresh made by another process (cron, the CLI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on, work
from textual.screen import Screen

from briefing.errors import BriefingError
from briefing.tui.data import Library
from briefing.tui.messages import Refreshed, RefreshProgress
from briefing.tui.widgets.refresh_bar import RefreshBar

if TYPE_CHECKING:
    from briefing.models import FeedOutcome

EXTERNAL_CHECK_SECONDS = 10.0
"""How often the screen looks for a refresh made by another process (cron, the CLI)."""


class RefreshingScreen(Screen[None]):
    """Refreshes with `r` and reloads its day after; a subclass composes a RefreshBar and
    calls `check_external_refresh` every EXTERNAL_CHECK_SECONDS.

    `reload` builds the day again from the store (the subclass's worker); `shown` says
    whether a day is shown yet (before, there is nothing to reload).
    """

    def __init__(
        self, library: Library, *, reload: Callable[[], object], shown: Callable[[], bool]
    ) -> None:
        super().__init__()
        self.library = library
        self.refreshing = False
        self._reload = reload
        self._shown = shown
        self.seen_refresh: str | None = None
        """The store's last refresh when the day shown was loaded."""

    def action_refresh(self) -> None:
        if self.refreshing:
            self.notify("A refresh is already running.")
            return
        self.refreshing = True
        self.query_one(RefreshBar).start()
        self.refresh_feeds()

    @work(thread=True, exclusive=True, group="refresh")
    def refresh_feeds(self) -> None:
        """Fetch every due feed in a thread, reporting each one as it lands."""

        def progress(outcome: FeedOutcome, done: int, total: int) -> None:
            self.post_message(RefreshProgress(outcome.name, done, total))

        try:
            report = self.library.refresh(progress=progress)
        except BriefingError as exc:
            self.post_message(Refreshed(0, 0, error=str(exc)))
            return
        self.post_message(Refreshed(report.new_items, len(report.failed)))

    @on(RefreshProgress)
    def show_progress(self, message: RefreshProgress) -> None:
        self.query_one(RefreshBar).advance(message.done, message.total, message.feed)

    @on(Refreshed)
    def finish_refresh(self, message: Refreshed) -> None:
        self.refreshing = False
        self.query_one(RefreshBar).finish()
        if message.error:
            self.notify(message.error, title="Refresh failed", severity="error")
            return
        note = f"{message.new_items} new item{'s' if message.new_items != 1 else ''}"
        if message.failed:
            note += f"; {message.failed} feed{'s' if message.failed != 1 else ''} failed (4)"
        self.notify(
            note, title="Refreshed", severity="warning" if message.failed else "information"
        )
        self._reload()

    def check_external_refresh(self) -> None:
        """Reload when a cron job or another briefing has refreshed the store."""
        if self.refreshing or not self._shown():
            return
        try:
            stamp = self.library.last_refresh()
        except BriefingError:
            return
        if stamp != self.seen_refresh:
            self._reload()
