"""The kept forms: how the store keeps summaries (`summaries`) and a day's stories (`briefings`).

A quote or figure is a row read by position, so a row only ever grows at its end, with a
default (figures stored before `change` existed have seven items and still read). Any
other change bumps `SUMMARIZER_VERSION` (summaries) or `STORIES_VERSION` (the day cache)
in `versions.py`, so old rows are rebuilt, never misread. A row that does not decode as
these Structs is a ValueError to the caller (the day cache then builds the day again).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import msgspec

from briefing.models import Figure, Item, Quote, Story, Summary


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
