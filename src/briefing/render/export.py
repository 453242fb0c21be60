"""Briefings and digests as JSON-ready dicts (the contract in DESIGN.md)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from briefing.models import Briefing, Changes, FeedStatus, Figure, Quote, Story


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")


def quote_dict(quote: Quote) -> dict[str, Any]:
    return {"text": quote.text, "speaker": quote.speaker}


def figure_dict(figure: Figure) -> dict[str, Any]:
    return {
        "text": figure.text,
        "value": figure.value,
        "unit": figure.unit,
        "context": figure.context,
        "qualifier": figure.qualifier,
        "change": figure.change,
    }


def _sources(sources: tuple[tuple[str, ...], ...], index: int) -> tuple[str, ...]:
    """The feeds carrying the quote or figure at `index` (empty when not recorded)."""
    return sources[index] if index < len(sources) else ()


def story_dict(story: Story) -> dict[str, Any]:
    """Every field of a story: JSON never abridges."""
    return {
        "id": story.id,
        "title": story.title,
        "lead": story.lead,
        "dateline": story.dateline,
        "source": story.source,
        "published": _time(story.published),
        "tags": list(story.tags),
        "outlets": story.outlets,
        "quotes": [
            quote_dict(q) | {"feeds": list(_sources(story.quote_sources, n))}
            for n, q in enumerate(story.quotes)
        ],
        "figures": [
            figure_dict(f) | {"feeds": list(_sources(story.figure_sources, n))}
            for n, f in enumerate(story.figures)
        ],
        "disagreements": list(story.disagreements),
        "why": list(story.why),
        "sources": [
            {"feed": s.feed, "title": s.title, "link": s.link, "published": _time(s.published)}
            for s in story.sources
        ],
        "items": [
            {
                "guid": i.guid,
                "feed": i.feed,
                "title": i.title,
                "link": i.link,
                "published": _time(i.published),
            }
            for i in story.items
        ],
    }


def feed_dict(feed: FeedStatus) -> dict[str, Any]:
    """A feed's health; `error` (for `today`) and `last_error` (for `feeds list`) agree."""
    return {
        "name": feed.name,
        "url": feed.url,
        "status": feed.status,
        "error": feed.error,
        "last_error": feed.error,
        "items": feed.items,
        "last_fetched": _time(feed.last_fetched),
        "consecutive_failures": feed.consecutive_failures,
    }


def changes_dict(changes: Changes) -> dict[str, Any]:
    """How a story grew since it was last shown (see briefing.changes)."""
    return {
        "new_outlets": list(changes.new_outlets),
        "moved_figures": [
            {
                "context": m.figure.context,
                "unit": m.figure.unit,
                "from": {"text": m.before, "value": m.before_value},
                "to": figure_dict(m.figure),
            }
            for m in changes.moved_figures
        ],
        "new_figures": [figure_dict(f) for f in changes.new_figures],
        "new_quotes": [quote_dict(q) for q in changes.new_quotes],
    }


def briefing_dict(
    briefing: Briefing, changes: Mapping[str, Changes] | None = None
) -> dict[str, Any]:
    """The briefing; with `changes`, each story has its `changes` (null: never shown before)."""
    with_changes = changes is not None
    known = changes or {}

    def story(s: Story) -> dict[str, Any]:
        if not with_changes:
            return story_dict(s)
        grew = known.get(s.id)
        return story_dict(s) | {"changes": None if grew is None else changes_dict(grew)}

    return {
        "date": briefing.date.isoformat(),
        "generated_at": _time(briefing.generated_at),
        "stories": [story(s) for s in briefing.stories],
        "feeds": [feed_dict(f) for f in briefing.feeds],
    }
