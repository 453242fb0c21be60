"""Briefings and digests as JSON-ready dicts (the contract in DESIGN.md).

The forms of their stories, quotes, figures, changes and feeds are briefing.codec's, the
one place that writes the models as JSON; this module puts them together into the
documents the front ends print.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from briefing.codec import changes_dict as changes_dict
from briefing.codec import feed_dict as feed_dict
from briefing.codec import figure_dict as figure_dict
from briefing.codec import quote_dict as quote_dict
from briefing.codec import story_dict as story_dict
from briefing.models import Briefing, Changes, Digest, Story


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
        "generated_at": briefing.generated_at.isoformat().replace("+00:00", "Z"),
        "stories": [story(s) for s in briefing.stories],
        "feeds": [feed_dict(f) for f in briefing.feeds],
    }


def digest_dict(digest: Digest) -> dict[str, Any]:
    """A digest: each story whole, with what kind of entry it is, the guids of the items new
    since it was last sent, and its `changes` (null: never sent, or not recorded)."""
    return {
        "since": digest.since.isoformat(),
        "generated_at": digest.generated_at.isoformat(),
        "stories": [
            story_dict(e.story)
            | {
                "digest": e.kind,
                "new_items": [i.guid for i in e.new_items],
                "changes": None if e.changes is None else changes_dict(e.changes),
            }
            for e in digest.entries
        ],
    }
