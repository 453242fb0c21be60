"""The line above the story list: the day, how many stories show of how many, the filters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Static

if TYPE_CHECKING:
    from briefing.models import Story
    from briefing.tui.data import DayView


class DayBar(Static):
    """Briefing · Sat 28 Nov 2026 · 5 of 11 stories · 3 unread · tag: world.

    It is given rich Text only, so nothing in a tag or a date is read as markup.
    """

    def describe(
        self,
        day: date,
        view: DayView | None,
        shown: Sequence[str],
        tag: str | None,
        unread_only: bool,
    ) -> None:
        """Say what the list shows: `shown` are the ids of the stories in it."""
        text = Text(f"Briefing · {day:%a %d %b %Y}", style="bold")
        if view is None:
            text.append(" · loading…")
        else:
            stories: Sequence[Story] = view.briefing.stories
            total = len(stories)
            if not total:
                text.append(" · no stories")
                if view.latest is not None and view.latest != day:
                    text.append(f" · latest: {view.latest:%a %d %b %Y} (L)", "bold")
            else:
                count = f"{len(shown)} of {total}" if len(shown) != total else str(total)
                text.append(f" · {count} stor{'y' if total == 1 else 'ies'}")
                unread = sum(1 for s in stories if view.is_unread(s))
                text.append(f" · {unread} unread")
        if tag is not None:
            text.append(" · tag: ")
            text.append(tag, "bold")
        if unread_only:
            text.append(" · unread only")
        self.update(text)
