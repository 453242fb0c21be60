"""Every figure of the day with what it measures, under its story; choosing one jumps there."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from briefing.models import shown_figures
from briefing.tui.screens.listing import ListingScreen
from briefing.tui.widgets.story_card import FIGURE_WIDTH, figure_label, shown_context


class FiguresScreen(ListingScreen):
    """The day's figures, story by story in briefing order."""

    EMPTY = "No figures today."

    def title_text(self) -> Text:
        count = sum(len(story.figures) for story in self.briefing.stories)
        return Text(f"Figures · {self.briefing.date:%a %d %b %Y} · {count} figures", style="bold")

    def entries(self) -> Sequence[tuple[RenderableType, str | None]]:
        lines: list[tuple[RenderableType, str | None]] = []
        for story in self.briefing.stories:
            if not story.figures:
                continue
            lines.append((Text(story.title, style="bold"), None))
            figures = shown_figures(story.figures)
            labels = [figure_label(f) for f in figures]
            width = min(FIGURE_WIDTH, max(cell_len(label) for label in labels))
            for figure, label in zip(figures, labels, strict=True):
                lines.append((_row(Text(label, "bold"), shown_context(figure), width), story.id))
            for note in story.disagreements:
                lines.append((_row(None, f"⚠ outlets disagree: {note}", width), story.id))
        return lines


def _row(label: Text | None, context: str, width: int) -> Table:
    """Indent, label and context in columns, so a context that wraps keeps its place.

    A row without a label (a disagreement) starts its text at the label's column.
    """
    grid = Table.grid(expand=True)
    grid.add_column(width=2)
    if label is not None:
        grid.add_column(width=width + 2, overflow="fold")
    grid.add_column(ratio=1)
    cells = [Text(context or "—")] if label is None else [label, Text(context or "—")]
    grid.add_row("", *cells)
    return grid
