"""Last guard for feed text on screen: control characters are shown, never sent.

The store holds sanitized text already; this catches whatever slips past (an old
store, a future parser bug). Each control character becomes U+FFFD, one for one, so
quote and figure spans that index the text still line up.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.models import Briefing, FeedStatus, Figure, Item, Quote, Story, Summary
from briefing.sanitize import replace_unsafe


def inert(text: str) -> str:
    """`text` with every control or bidi-override character replaced by U+FFFD."""
    return replace_unsafe(text, "\ufffd")


def inert_item(item: Item) -> Item:
    return replace(
        item,
        feed=inert(item.feed),
        title=inert(item.title),
        text=inert(item.text),
        author=None if item.author is None else inert(item.author),
    )


def inert_quote(quote: Quote) -> Quote:
    speaker = None if quote.speaker is None else inert(quote.speaker)
    return replace(quote, text=inert(quote.text), speaker=speaker)


def inert_figure(figure: Figure) -> Figure:
    qualifier = None if figure.qualifier is None else inert(figure.qualifier)
    return replace(
        figure, text=inert(figure.text), context=inert(figure.context), qualifier=qualifier
    )


def inert_summary(summary: Summary) -> Summary:
    return replace(
        summary,
        dateline=None if summary.dateline is None else inert(summary.dateline),
        source=None if summary.source is None else inert(summary.source),
        lead=inert(summary.lead),
        quotes=tuple(inert_quote(q) for q in summary.quotes),
        figures=tuple(inert_figure(f) for f in summary.figures),
    )


def inert_story(story: Story) -> Story:
    return replace(
        story,
        title=inert(story.title),
        lead=inert(story.lead),
        dateline=None if story.dateline is None else inert(story.dateline),
        source=None if story.source is None else inert(story.source),
        quotes=tuple(inert_quote(q) for q in story.quotes),
        figures=tuple(inert_figure(f) for f in story.figures),
        items=tuple(inert_item(i) for i in story.items),
        tags=tuple(inert(t) for t in story.tags),
        disagreements=tuple(inert(d) for d in story.disagreements),
    )


def inert_feed(feed: FeedStatus) -> FeedStatus:
    return replace(
        feed, name=inert(feed.name), error=None if feed.error is None else inert(feed.error)
    )


def inert_briefing(briefing: Briefing) -> Briefing:
    """The briefing with every string from a feed made inert (one for one, see `inert`)."""
    return replace(
        briefing,
        stories=tuple(inert_story(s) for s in briefing.stories),
        feeds=tuple(inert_feed(f) for f in briefing.feeds),
    )
