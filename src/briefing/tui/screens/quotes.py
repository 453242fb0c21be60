"""The quotes board: the day's quotes by speaker, and the archive of every quote on record.

With no filter it lists the day's quotes from the briefing, and choosing one jumps to its
story. A speaker's name, words to search for, or a wider range of days ask the archive
(`pipeline.quote_archive`, in a worker thread); choosing a quote found there goes to its
story on its own day, and choosing a speaker's line opens all their quotes on record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sized
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.errors import BriefingError
from briefing.models import Briefing, shown_quotes
from briefing.pipeline import day_bounds
from briefing.store.quotes import ArchivedQuote
from briefing.tui.data import Library, SearchHit

UNATTRIBUTED = "Unattributed"
RANGES: tuple[tuple[str, int | None], ...] = (
    ("this day", 1),
    ("7 days", 7),
    ("30 days", 30),
    ("all days", None),
)
"""The ranges of days `r` steps through: label, days up to the briefing's day (None: all)."""


@dataclass(frozen=True)
class SpeakerLine:
    """A speaker's header line: choosing it opens their quotes across the archive."""

    name: str


Target = str | SearchHit | SpeakerLine | None
"""What a line leads to: a story of the day (its id), an archived quote's item, a speaker."""


class QuotesScreen(Screen[str | SearchHit | None]):
    """Quotes by speaker, the most quoted first; filters by speaker, words and days."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="quotes.back"),
        Binding("q", "close", "Back", show=False, id="quotes.back-q"),
        Binding("s", "focus_speaker", "Speaker", id="quotes.speaker"),
        Binding("slash", "focus_search", "Search quotes", key_display="/", id="quotes.search"),
        Binding("r", "next_range", "Range of days", id="quotes.range"),
        Binding("j", "cursor_down", "Down", show=False, id="quotes.down"),
        Binding("k", "cursor_up", "Up", show=False, id="quotes.up"),
        Binding("g", "first", "First", show=False, id="quotes.first"),
        Binding("G", "last", "Last", show=False, id="quotes.last"),
    ]
    EMPTY = "No quotes today."

    def __init__(self, briefing: Briefing, library: Library) -> None:
        super().__init__()
        self.briefing = briefing
        self.library = library
        self.range = 0
        """Index into RANGES."""
        self.targets: list[Target] = []
        self.archived: list[ArchivedQuote] | None = None
        """The archive's answer, None while the board shows the day's briefing."""

    def compose(self) -> ComposeResult:
        yield Static(id="view-bar", markup=False)
        with Horizontal(id="quotes-filters"):
            yield Input(placeholder="Speaker (s)", id="quotes-speaker")
            yield Input(placeholder="Words in the quote (/)", id="quotes-search")
            yield Static(id="quotes-range", markup=False)
        yield OptionList(id="listing")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(OptionList).focus()

    @property
    def speaker(self) -> str:
        return self.query_one("#quotes-speaker", Input).value.strip()

    @property
    def words(self) -> str:
        return self.query_one("#quotes-search", Input).value.strip()

    def reload(self) -> None:
        """Show the day's quotes, or ask the archive when a filter or a wider range is set."""
        label, days = RANGES[self.range]
        self.query_one("#quotes-range", Static).update(Text(f"Days: {label} (r)"))
        speaker, words = self.speaker, self.words
        if days == 1 and not speaker and not words:
            self.archived = None
            self._show(self._day_entries(), self._day_title())
            return
        end = day_bounds(self.briefing.date)[1]
        start = None if days is None else end - timedelta(days=days)
        self._ask_archive(speaker or None, words or None, start, end if days else None)

    @work(thread=True, exclusive=True, group="quotes")
    def _ask_archive(
        self, speaker: str | None, words: str | None, start: datetime | None, end: datetime | None
    ) -> None:
        try:
            found = self.library.quotes(speaker=speaker, words=words, start=start, end=end)
        except BriefingError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="error")
            found = []
        self.app.call_from_thread(self._show_archive, found)

    def _show_archive(self, found: list[ArchivedQuote]) -> None:
        self.archived = found
        by_speaker: dict[str, list[ArchivedQuote]] = {}
        for quote in found:
            by_speaker.setdefault(quote.speaker or UNATTRIBUTED, []).append(quote)
        lines: list[tuple[Text, Target]] = []
        for speaker in _order(by_speaker):
            lines.append(_header(speaker, len(by_speaker[speaker])))
            for quote in by_speaker[speaker]:
                first = quote.sources[0]
                outlets = ", ".join(dict.fromkeys(s.feed for s in quote.sources))
                prompt = Text(f"  “{quote.text.strip()}”", style="italic")
                prompt.append(f"\n    {quote.published:%Y-%m-%d %H:%M} · {outlets} · ", "dim")
                prompt.append(first.title, "dim")
                hit = SearchHit(first.item_id, first.feed, first.title, first.published)
                lines.append((prompt, hit))
        filters = [f"by {self.speaker}"] if self.speaker else []
        filters += [f"with “{self.words}”"] if self.words else []
        title = Text(
            f"Quotes on record · {RANGES[self.range][0]} · {_count(len(found), 'quote')} from "
            f"{_count(len(by_speaker), 'speaker')}" + "".join(f" · {f}" for f in filters),
            style="bold",
        )
        self._show(lines, title, empty="No quotes on record match.")

    def _day_entries(self) -> list[tuple[Text, Target]]:
        by_speaker: dict[str, list[tuple[str, str, str]]] = {}
        for story in self.briefing.stories:
            for quote in shown_quotes(story.quotes):
                speaker = quote.speaker or UNATTRIBUTED
                by_speaker.setdefault(speaker, []).append((quote.text, story.id, story.title))
        lines: list[tuple[Text, Target]] = []
        for speaker in _order(by_speaker):
            lines.append(_header(speaker, len(by_speaker[speaker])))
            for text, story_id, title in by_speaker[speaker]:
                prompt = Text(f"  “{text.strip()}”", style="italic")
                prompt.append("\n    ")
                prompt.append(title, "dim")
                lines.append((prompt, story_id))
        return lines

    def _day_title(self) -> Text:
        count = sum(len(shown_quotes(s.quotes)) for s in self.briefing.stories)
        speakers = {q.speaker or UNATTRIBUTED for s in self.briefing.stories for q in s.quotes}
        return Text(
            f"Quotes · {self.briefing.date:%a %d %b %Y} · {count} quotes from "
            f"{len(speakers)} speakers",
            style="bold",
        )

    def _show(
        self, entries: list[tuple[Text, Target]], title: Text, empty: str | None = None
    ) -> None:
        self.targets = [target for _, target in entries]
        options = [
            Option(prompt, disabled=target == SpeakerLine(UNATTRIBUTED))
            for prompt, target in entries
        ]
        self.query_one("#view-bar", Static).update(title)
        listing = self.query_one(OptionList)
        listing.set_options(options or [Option(Text(empty or self.EMPTY), disabled=True)])
        listing.highlighted = self._first_quote()

    def _first_quote(self) -> int | None:
        return next(
            (n for n, t in enumerate(self.targets) if t is not None and not _is_speaker(t)), None
        )

    @on(OptionList.OptionSelected, "#listing")
    def open_line(self, event: OptionList.OptionSelected) -> None:
        if event.option_index >= len(self.targets):
            return
        target = self.targets[event.option_index]
        if isinstance(target, SpeakerLine):
            self.query_one("#quotes-speaker", Input).value = target.name
            self.range = len(RANGES) - 1
            self.reload()
        elif target is not None:
            self.dismiss(target)

    @on(Input.Changed)
    def filter_quotes(self) -> None:
        self.reload()

    @on(Input.Submitted)
    def to_the_list(self) -> None:
        self.query_one(OptionList).focus()

    def action_close(self) -> None:
        if isinstance(self.focused, Input):
            self.query_one(OptionList).focus()
        else:
            self.dismiss(None)

    def action_focus_speaker(self) -> None:
        self.query_one("#quotes-speaker", Input).focus()

    def action_focus_search(self) -> None:
        self.query_one("#quotes-search", Input).focus()

    def action_next_range(self) -> None:
        self.range = (self.range + 1) % len(RANGES)
        self.reload()

    def action_cursor_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_first(self) -> None:
        self.query_one(OptionList).highlighted = self._first_quote()

    def action_last(self) -> None:
        self.query_one(OptionList).action_last()


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' if number != 1 else ''}"


def _is_speaker(target: Target) -> bool:
    return isinstance(target, SpeakerLine)


def _order(by_speaker: Mapping[str, Sized]) -> list[str]:
    """Speakers, the most quoted first, the unattributed last."""
    return sorted(by_speaker, key=lambda s: (s == UNATTRIBUTED, -len(by_speaker[s]), s))


def _header(speaker: str, count: int) -> tuple[Text, Target]:
    header = Text(speaker, style="bold")
    header.append(f"  {count}", "dim")
    return header, SpeakerLine(speaker)
