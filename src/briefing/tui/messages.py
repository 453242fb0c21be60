"""Messages shared between the TUI's screens and workers."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing.tui.data import DayView


@dataclass
class DayLoaded(Message):
    """A worker has built a day's view from the store."""

    view: DayView


@dataclass
class RefreshProgress(Message):
    """A refresh has finished one more feed."""

    feed: str
    done: int
    total: int


@dataclass
class Refreshed(Message):
    """A refresh has ended; the day is reloaded next."""

    new_items: int
    failed: int
    error: str | None = None
    """Why the refresh as a whole failed, when it did."""
