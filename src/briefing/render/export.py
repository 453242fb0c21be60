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
from briefing.models import Briefing, Changes, Story


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
