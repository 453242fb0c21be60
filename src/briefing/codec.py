"""The JSON forms of the models, each written once as a msgspec Struct.

Two families, one module, so a field added to a model is added here once:

- **Kept** (the store's own, compact): a quote or figure is a row read by
  position; `StoredSummary` is a row of the `summaries` table, `CachedStory` a
  story of the day cache. A row only ever grows at its end, with a default
  (figures stored before `change` existed have seven items and still read).
  Any other change to a kept form bumps `SUMMARIZER_VERSION` (summaries) or
  `STORIES_VERSION` (the day cache) in `versions.py`, so old rows are rebuilt,
  never misread; a row that does not decode is a `ValueError` to the caller.
- **Shown** (the JSON contract of README.md and DESIGN.md): `summarize
  --format json`, and the stories, figures, quotes, changes and feeds that
  `today`, `digest` and `feeds list` print (render/export.py assembles those
  documents). They are handed out as plain dicts and lists, so the front ends
  keep writing them with `json.dumps` and their bytes do not change.

msgspec decodes a kept row straight into typed Structs (and checks it),
which is what `today` spends its time on when it reads a cached day: see
benchmarks/serialisation.py for its figures beside the json module's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import msgspec

from briefing.models import Changes, FeedState, FeedStatus, Figure, Item, Quote, Story, Summary

# -- kept forms ------------------------------------------------------------------------------


class QuoteRow(msgspec.Struct, array_like=True):
    """A quote as the store keeps it: [text, speaker, start, end]."""

    text: str
    speaker: str | None
    start: int
    end: int


class FigureRow(msgspec.Struct, array_like=True):
    """A figure as the store keeps it: [text, value, unit, context, start, end, qualifier,
    change]; the last two were added later, hence their defaults."""

    text: str
    value: float
    unit: str
    context: str
    start: int
    end: int
    qualifier: str | None = None
    change: str | None = None


class StoredSummary(msgspec.Struct):
    """A row of the `summaries` table."""

    dateline: str | None
    source: str | None
    lead: str
    quotes: list[QuoteRow]
    figures: list[FigureRow]


class CachedStory(msgspec.Struct):
    """A story of the day cache; its items are (feed, key) pairs, read back from the store."""

    id: str
    title: str
    lead: str
    dateline: str | None
    source: str | None
    quotes: list[QuoteRow]
    figures: list[FigureRow]
    items: list[tuple[str, str]]
    tags: list[str]
    disagreements: list[str]
    why: list[str]
    outlets: int
    quote_sources: list[list[str]]
    figure_sources: list[list[str]]


_ENCODER = msgspec.json.Encoder()
_SUMMARY = msgspec.json.Decoder(StoredSummary)
_STORIES = msgspec.json.Decoder(list[CachedStory])
_QUOTE_ROWS = list[QuoteRow]
_FIGURE_ROWS = list[FigureRow]


def _quote_row(q: Quote) -> QuoteRow:
    return QuoteRow(q.text, q.speaker, q.start, q.end)


def _figure_row(f: Figure) -> FigureRow:
    return FigureRow(f.text, f.value, f.unit, f.context, f.start, f.end, f.qualifier, f.change)


def _quote(row: QuoteRow) -> Quote:
    return Quote(row.text, row.speaker, row.start, row.end)


def _figure(row: FigureRow) -> Figure:
    return Figure(
        row.text, row.value, row.unit, row.context, row.start, row.end, row.qualifier, row.change
    )


def load_quotes(rows: Any) -> tuple[Quote, ...]:
    """Quotes from kept rows already parsed from JSON (ValueError when they are not rows)."""
    return tuple(_quote(r) for r in msgspec.convert(rows, _QUOTE_ROWS))


def load_figures(rows: Any) -> tuple[Figure, ...]:
    """Figures from kept rows already parsed from JSON (seven-item rows read too)."""
    return tuple(_figure(r) for r in msgspec.convert(rows, _FIGURE_ROWS))


def dump_summary(summary: Summary) -> str:
    """A summary as the JSON kept in the `summaries` table."""
    row = StoredSummary(
        dateline=summary.dateline,
        source=summary.source,
        lead=summary.lead,
        quotes=[_quote_row(q) for q in summary.quotes],
        figures=[_figure_row(f) for f in summary.figures],
    )
    return _ENCODER.encode(row).decode()


def load_summary(data: str | bytes) -> Summary:
    """A kept summary (ValueError when `data` is not one)."""
    row = _SUMMARY.decode(data)
    return Summary(
        dateline=row.dateline,
        source=row.source,
        lead=row.lead,
        quotes=tuple(_quote(q) for q in row.quotes),
        figures=tuple(_figure(f) for f in row.figures),
    )


def dump_stories(stories: Iterable[Story]) -> str:
    """A day's stories as the day cache keeps them."""
    return _ENCODER.encode(
        [
            CachedStory(
                id=s.id,
                title=s.title,
                lead=s.lead,
                dateline=s.dateline,
                source=s.source,
                quotes=[_quote_row(q) for q in s.quotes],
                figures=[_figure_row(f) for f in s.figures],
                items=[(item.feed, item.key) for item in s.items],
                tags=list(s.tags),
                disagreements=list(s.disagreements),
                why=list(s.why),
                outlets=s.outlets,
                quote_sources=[list(feeds) for feeds in s.quote_sources],
                figure_sources=[list(feeds) for feeds in s.figure_sources],
            )
            for s in stories
        ]
    ).decode()


def load_stories(data: str | bytes, items: Mapping[tuple[str, str], Item]) -> tuple[Story, ...]:
    """The day cache's stories, their items taken from `items` by (feed, key).

    ValueError when `data` is not a day of stories, KeyError when an item is gone.
    """
    return tuple(
        Story(
            id=s.id,
            title=s.title,
            lead=s.lead,
            dateline=s.dateline,
            source=s.source,
            quotes=tuple(_quote(q) for q in s.quotes),
            figures=tuple(_figure(f) for f in s.figures),
            items=tuple(items[ref] for ref in s.items),
            tags=tuple(s.tags),
            disagreements=tuple(s.disagreements),
            why=tuple(s.why),
            outlets=s.outlets,
            quote_sources=tuple(tuple(feeds) for feeds in s.quote_sources),
            figure_sources=tuple(tuple(feeds) for feeds in s.figure_sources),
        )
        for s in _STORIES.decode(data)
    )


# -- shown forms ---------------------------------------------------------------------------


class ShownQuote(msgspec.Struct):
    """A quote as users read it; a story's adds the feeds carrying it, a summary's its span."""

    text: str
    speaker: str | None


class StoryQuote(ShownQuote):
    feeds: list[str]


class SummaryQuote(ShownQuote):
    start: int
    end: int


class ShownFigure(msgspec.Struct):
    """A figure as users read it; a story's adds the feeds giving it, a summary's its span."""

    text: str
    value: float
    unit: str
    context: str
    qualifier: str | None
    change: str | None


class StoryFigure(ShownFigure):
    feeds: list[str]


class SummaryFigure(ShownFigure):
    start: int
    end: int


class ShownSummary(msgspec.Struct):
    """`briefing summarize --format json`."""

    dateline: str | None
    source: str | None
    lead: str
    quotes: list[SummaryQuote]
    figures: list[SummaryFigure]


class ShownSource(msgspec.Struct):
    feed: str
    title: str
    link: str | None
    published: datetime


class ShownItem(msgspec.Struct):
    guid: str
    feed: str
    title: str
    link: str | None
    published: datetime


class ShownStory(msgspec.Struct):
    """Every field of a story: JSON never abridges."""

    id: str
    title: str
    lead: str
    dateline: str | None
    source: str | None
    published: datetime
    tags: list[str]
    outlets: int
    quotes: list[StoryQuote]
    figures: list[StoryFigure]
    disagreements: list[str]
    why: list[str]
    sources: list[ShownSource]
    items: list[ShownItem]


class FigureBefore(msgspec.Struct):
    text: str
    value: float


class ShownMove(msgspec.Struct):
    """A figure whose value moved: `from` what was shown `to` the figure now."""

    context: str
    unit: str
    before: FigureBefore = msgspec.field(name="from")
    to: ShownFigure = msgspec.field()


class ShownChanges(msgspec.Struct):
    """How a story grew since it was last shown (see briefing.changes)."""

    new_outlets: list[str]
    moved_figures: list[ShownMove]
    new_figures: list[ShownFigure]
    new_quotes: list[ShownQuote]


class ShownFeed(msgspec.Struct):
    """A feed's health; `error` (for `today`) and `last_error` (for `feeds list`) agree."""

    name: str
    url: str
    status: FeedState
    error: str | None
    last_error: str | None
    items: int
    last_fetched: datetime | None
    consecutive_failures: int


def _shown_figure(f: Figure) -> ShownFigure:
    return ShownFigure(f.text, f.value, f.unit, f.context, f.qualifier, f.change)


def _feeds(sources: tuple[tuple[str, ...], ...], index: int) -> list[str]:
    """The feeds carrying the quote or figure at `index` (empty when not recorded)."""
    return list(sources[index]) if index < len(sources) else []


def _dict(form: msgspec.Struct) -> dict[str, Any]:
    return msgspec.to_builtins(form)  # type: ignore[no-any-return]


def summary_dict(summary: Summary) -> dict[str, Any]:
    """The JSON of `briefing summarize --format json` (see DESIGN.md)."""
    return _dict(
        ShownSummary(
            dateline=summary.dateline,
            source=summary.source,
            lead=summary.lead,
            quotes=[SummaryQuote(q.text, q.speaker, q.start, q.end) for q in summary.quotes],
            figures=[
                SummaryFigure(
                    f.text, f.value, f.unit, f.context, f.qualifier, f.change, f.start, f.end
                )
                for f in summary.figures
            ],
        )
    )


def quote_dict(quote: Quote) -> dict[str, Any]:
    return _dict(ShownQuote(quote.text, quote.speaker))


def figure_dict(figure: Figure) -> dict[str, Any]:
    return _dict(_shown_figure(figure))


def story_dict(story: Story) -> dict[str, Any]:
    """Every field of a story: JSON never abridges."""
    return _dict(
        ShownStory(
            id=story.id,
            title=story.title,
            lead=story.lead,
            dateline=story.dateline,
            source=story.source,
            published=story.published,
            tags=list(story.tags),
            outlets=story.outlets,
            quotes=[
                StoryQuote(q.text, q.speaker, _feeds(story.quote_sources, n))
                for n, q in enumerate(story.quotes)
            ],
            figures=[
                StoryFigure(
                    f.text,
                    f.value,
                    f.unit,
                    f.context,
                    f.qualifier,
                    f.change,
                    _feeds(story.figure_sources, n),
                )
                for n, f in enumerate(story.figures)
            ],
            disagreements=list(story.disagreements),
            why=list(story.why),
            sources=[ShownSource(s.feed, s.title, s.link, s.published) for s in story.sources],
            items=[ShownItem(i.guid, i.feed, i.title, i.link, i.published) for i in story.items],
        )
    )


def changes_dict(changes: Changes) -> dict[str, Any]:
    """How a story grew since it was last shown (see briefing.changes)."""
    return _dict(
        ShownChanges(
            new_outlets=list(changes.new_outlets),
            moved_figures=[
                ShownMove(
                    context=m.figure.context,
                    unit=m.figure.unit,
                    before=FigureBefore(m.before, m.before_value),
                    to=_shown_figure(m.figure),
                )
                for m in changes.moved_figures
            ],
            new_figures=[_shown_figure(f) for f in changes.new_figures],
            new_quotes=[ShownQuote(q.text, q.speaker) for q in changes.new_quotes],
        )
    )


def feed_dict(feed: FeedStatus) -> dict[str, Any]:
    """A feed's health; `error` (for `today`) and `last_error` (for `feeds list`) agree."""
    return _dict(
        ShownFeed(
            name=feed.name,
            url=feed.url,
            status=feed.status,
            error=feed.error,
            last_error=feed.error,
            items=feed.items,
            last_fetched=feed.last_fetched,
            consecutive_failures=feed.consecutive_failures,
        )
    )
