"""The card of one story: place and time, lead, figures, quotes and sources.

Everything from the feeds goes into rich `Text` objects, never markup strings,
so a headline like "[bold]x[/]" is shown exactly as typed.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing import models
from briefing.changes import change_lines
from briefing.models import Changes, Figure, Story, shown_quotes

MAX_FIGURES = 12
"""Figures shown on a card; the reader and the Figures view have them all."""
FIGURE_WIDTH = 18
"""Widest figure column; longer figures push their context along."""
MAX_QUOTES = 8
MAX_SOURCES = 12
MAX_NOTES = 4


def figure_label(figure: Figure) -> str:
    """A figure as the TUI shows it (the card and the Figures view): its sign and direction
    as the copy wrote them ("minus 14 degrees", "down 3.2%"), see models.figure_label."""
    return models.figure_label(figure)


def shown_context(figure: Figure) -> str:
    """What the figure measures, without the words its label already shows ("60 grain
    wagons — stranded"); "—" when the summarizer found nothing."""
    if not figure.context:
        return "—"
    return models.figure_line(figure).partition(" — ")[2]


def figure_line(
    label: Text, context: str, column: int, width: int, console: Console | None
) -> Text:
    """`label` then `context` from `column` on; a context that wraps keeps that column.

    `width` is the cells the line may take (0 or a `console` of None: not known yet, the
    line is left to wrap where it will). A label wider than the column pushes the first line
    of its context along; one that leaves no room puts the context on the next line.
    """
    gap = max(2, column - label.cell_len)
    room = width - column
    line = label.copy()
    if console is None or room < 12:
        line.append(" " * gap + context)
        return line
    start = label.cell_len + gap - column
    """Cells the context's first line starts past the column."""
    if start > room - 8:
        line.append("\n")
        start = 0
    else:
        line.append(" " * gap)
    wrapped = Text(" " * start + context).wrap(console, room)
    for number, part in enumerate(wrapped):
        text = part.plain.rstrip()
        if number == 0:
            line.append(text[start:])
        else:
            line.append("\n" + " " * column + text)
    return line


def place_line(story: Story) -> str:
    """DATELINE · Source · 14:05 UTC (the parts the story has)."""
    parts = [story.dateline, story.source, f"{story.published:%H:%M} UTC"]
    return " · ".join(p for p in parts if p)


class StoryCard(VerticalScroll):
    """Shows one story in full; scrolls when it is longer than the pane."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="card.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="card.up"),
        Binding("g", "scroll_home", "Top", show=False, id="card.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="card.bottom"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "story-card--title",
        "story-card--place",
        "story-card--heading",
        "story-card--figure",
        "story-card--quote",
        "story-card--speaker",
        "story-card--warning",
        "story-card--meta",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.story: Story | None = None
        self.changes: Changes | None = None
        """What grew since the reader opened the story: the card opens on it ("What's new")."""
        self._body = Static("", id="card-body", markup=False)
        self._wrap_width = 0
        """The width the figures were wrapped to (a resize past it draws the card again)."""

    def compose(self) -> ComposeResult:
        yield self._body

    def show(
        self,
        story: Story | None,
        *,
        empty: str = "No story selected.",
        changes: Changes | None = None,
    ) -> None:
        """Display `story` (or the `empty` note) from the top, opening on its `changes`."""
        self.story = story
        self.changes = changes
        if story is None:
            self._body.update(Text(empty, style=self._style("story-card--meta")))
        else:
            self._body.update(self._render_story(story))
        self.scroll_home(animate=False, immediate=True)

    def on_resize(self) -> None:
        if self.story is not None and self._text_width() != self._wrap_width:
            self._body.update(self._render_story(self.story))

    def _text_width(self) -> int:
        """Cells a line of the card may take: its width less padding and the scrollbar."""
        return max(0, self.content_size.width - self.styles.scrollbar_size_vertical)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def _heading(self, label: str) -> Text:
        return Text(f"\n{label}", style=self._style("story-card--heading"))

    def _render_story(self, story: Story) -> Text:
        """The whole card as one Text: Textual draws that natively, far faster than a Group."""
        parts: list[Text] = [
            Text(story.title, style=self._style("story-card--title")),
            Text(place_line(story), style=self._style("story-card--place")),
        ]
        if self.changes:
            parts.append(self._heading("What's new"))
            self._wrap_width = width = self._text_width()
            console = self.app.console if width else None
            sign = Text("•", style=self._style("story-card--figure"))
            for change in change_lines(self.changes):  # wrapped lines hang under the text
                parts.append(figure_line(sign, change, 3, width, console))
        parts += [
            Text(""),
            Text(models.shown_lead(story.title, story.lead) or "(the feed gave only a headline)"),
        ]
        if story.figures:
            parts.append(self._heading("Figures"))
            every = models.shown_figures(story.figures)
            shown = every[:MAX_FIGURES]
            labels = [figure_label(f) for f in shown]
            column = min(FIGURE_WIDTH, max(cell_len(label) for label in labels)) + 2
            self._wrap_width = width = self._text_width()
            console = self.app.console if width else None
            style = self._style("story-card--figure")
            for figure, label in zip(shown, labels, strict=True):
                parts.append(
                    figure_line(
                        Text(label, style=style), shown_context(figure), column, width, console
                    )
                )
            parts += self._more(len(every) - MAX_FIGURES, "figures")
        for note in story.disagreements[:MAX_NOTES]:
            line = Text()
            line.append("⚠ outlets disagree: ", self._style("story-card--warning"))
            line.append(note)
            parts.append(line)
        parts += self._more(len(story.disagreements) - MAX_NOTES, "disagreements")
        if quotes := shown_quotes(story.quotes):
            parts.append(self._heading("Quotes"))
            for quote in quotes[:MAX_QUOTES]:
                line = Text()
                line.append(f"“{quote.text.strip()}”", self._style("story-card--quote"))
                line.append(" — ")
                line.append(quote.speaker or "unattributed", self._style("story-card--speaker"))
                parts.append(line)
            parts += self._more(len(quotes) - MAX_QUOTES, "quotes")
        parts.append(self._heading("Sources"))
        for number, item in enumerate(story.items[:MAX_SOURCES], start=1):
            line = Text(f"{number}. ")
            line.append(item.feed, "bold")
            line.append(f" · {item.published:%H:%M} · ", self._style("story-card--meta"))
            line.append(item.title)
            parts.append(line)
            if item.link:
                # Links are http(s) only (the sanitizer refused the rest); `o` opens one.
                link = Text(f"   {item.link}", style=self._style("story-card--meta"))
                link.stylize(Style(link=item.link))
                parts.append(link)
        parts += self._more(len(story.items) - MAX_SOURCES, "sources")
        return Text("\n").join(parts)

    def _more(self, hidden: int, what: str) -> list[Text]:
        if hidden <= 0:
            return []
        return [
            Text(
                f"… {hidden} more {what}: Enter opens the reader",
                style=self._style("story-card--meta"),
            )
        ]
