"""The shown forms: the JSON the commands print (the contract of README.md and DESIGN.md).

Handed out as plain dicts and lists, so the front ends keep writing them with
`json.dumps` and their bytes do not change; render/export.py puts them together into
the `today` and `digest` documents.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

from briefing.models import Changes, FeedState, FeedStatus, Figure, Quote, Story, Summary


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
