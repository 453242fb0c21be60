"""rich renderables for `briefing today` and the refresh progress on a terminal.

Everything built from feed data is a `Text` object, never a markup string, so
`[bold]` in a title is shown as typed; the console is made with markup, emoji
and highlighting off for the same reason.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, TextIO

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from briefing.changes import change_lines
from briefing.models import (
    Briefing,
    Changes,
    Story,
    figure_line,
    shown_figures,
    shown_lead,
    shown_quotes,
)
from briefing.render.digest import MAX_FIGURES, MAX_QUOTES, WHATS_NEW, elide, empty_day_note

if TYPE_CHECKING:
    from briefing.models import FeedOutcome, ProgressCallback


def make_console(file: TextIO | None = None, *, stderr: bool = False) -> Console:
    """A console that never interprets feed text; styles only on a terminal without NO_COLOR.

    Where NO_COLOR is set the text is plain: rich's own `no_color` drops colours but
    keeps bold and italics, which some terminals then show as colours anyway.
    """
    stream = file or (sys.stderr if stderr else sys.stdout)
    plain = bool(os.environ.get("NO_COLOR"))
    return Console(
        file=stream,
        markup=False,
        emoji=False,
        highlight=False,
        no_color=plain,
        color_system=None if plain else "auto",
    )


def story_renderable(story: Story, number: int, changes: Changes | None = None) -> RenderableType:
    """One story: headline, what grew since it was last printed, place and lead, figures,
    quotes, sources."""
    outlets = len({item.feed for item in story.items})
    head = Text.assemble(
        (f"{number:>2}. ", "dim"),
        (elide(story.title), "bold"),
        (f"  {outlets} outlet{'s' if outlets != 1 else ''} · {story.published:%H:%M} UTC", "dim"),
    )
    parts: list[RenderableType] = [head]
    if changes:
        parts.append(Padding(Text(f"{WHATS_NEW}:", "bold green"), (0, 0, 0, 4)))
        for change in change_lines(changes):
            parts.append(Padding(Text.assemble(("+ ", "green"), change), (0, 0, 0, 4)))
    lead = Text()
    place = " · ".join(p for p in (story.dateline, story.source) if p)
    shown = shown_lead(story.title, story.lead)
    if place:
        lead.append(place, "bold cyan")
        lead.append(" — " if shown else "")
    lead.append(shown)
    if lead:
        parts.append(Padding(lead, (0, 0, 0, 4)))
    if story.figures:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold yellow", no_wrap=True)
        table.add_column()
        for figure in shown_figures(story.figures)[:MAX_FIGURES]:
            label, _, context = figure_line(figure).partition(" — ")
            table.add_row(Text(label), Text(context))
        parts.append(Padding(table, (0, 0, 0, 4)))
    for note in story.disagreements:
        parts.append(Padding(Text.assemble(("outlets disagree: ", "bold red"), note), (0, 0, 0, 4)))
    for quote in shown_quotes(story.quotes)[:MAX_QUOTES]:
        line = Text("“", "italic")
        line.append(quote.text.strip(), "italic")
        line.append("”", "italic")
        if quote.speaker:
            line.append(f" — {quote.speaker}", "green")
        parts.append(Padding(line, (0, 0, 0, 4)))
    sources = Text("", "dim")
    for n, item in enumerate(story.items):
        if n:
            sources.append(" · ")
        # Links are http(s) only (the sanitizer refused the rest), so OSC 8 is safe here.
        sources.append(item.feed, f"link {item.link}" if item.link else "")
    parts.append(Padding(sources, (0, 0, 0, 4)))
    return Group(*parts)


def briefing_renderable(
    briefing: Briefing, *, latest: date | None = None, changes: Mapping[str, Changes] | None = None
) -> RenderableType:
    """The whole briefing for a terminal; `latest` is the newest day with stories, `changes`
    how stories printed before have grown, by story id."""
    grew = changes or {}
    parts: list[RenderableType] = [
        Rule(
            Text(f"Briefing · {briefing.date:%A %d %B %Y} · {len(briefing.stories)} stories"),
            style="cyan",
        ),
    ]
    for number, story in enumerate(briefing.stories, start=1):
        parts += [story_renderable(story, number, grew.get(story.id)), Text()]
    if not briefing.stories:
        note, command = empty_day_note(briefing, latest)
        parts.append(Text.assemble((note, "dim"), (f" {command}" if command else "", "bold")))
    failing = [f for f in briefing.feeds if f.status in ("error", "gone")]
    if failing:
        parts.append(Text("Feeds with problems:", "bold red"))
        for feed in failing:
            parts.append(Text.assemble(f"  {feed.name}: ", (feed.error or feed.status, "red")))
    return Group(*parts)


@contextmanager
def refresh_progress(total: int) -> Iterator[ProgressCallback]:
    """A progress bar on stderr for a refresh; yields the callback `pipeline.refresh` takes."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("refreshing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[last]}", markup=False),
        console=make_console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("refresh", total=total, last="")

        def advance(outcome: FeedOutcome, done: int, total: int) -> None:
            # The name column has markup off: "[bold]" in a feed's name is shown as typed.
            bar.update(task, completed=done, total=total, last=outcome.name[:40])

        yield advance
