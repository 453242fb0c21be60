"""Whether two items' figures agree: issue #16's "its figures must agree". One event's
reports give its figures alike; a running topic's events months apart, read as one day,
give each their own (a coin "at $6,000" and "at $9,400")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from briefing.stories.signals import Doc

_K = TypeVar("_K")

FIGURE_RATIO = 1.5
"""How far apart two values of one measure are two events' (a toll climbs within one event,
so counts are never compared: see Doc.sums)."""
FIGURE_SPAN = 1000.0
"""How far apart two values with a word of context in common are two quantities, not one
measure's two values: a bank's record $880m penalty and the $10,000 cash deposits it failed
to report are both "cash" in a report of the penalty."""


def figures_clash(doc: Doc, other: Doc) -> bool:
    """Whether the two give one measure values FIGURE_RATIO apart (not FIGURE_SPAN) and none
    in common: a sum or a price in one unit with a word of what it measures in both (the coin
    "at $6,000" and "at $9,400"; see Doc.sums). One event's reports agree on its figures; a
    running topic's events months apart, read as one day, give each their own.

    Or their headlines, sharing no word, give sums of money in one currency so far apart: a
    club's sale of its forward for €22m and a rival's record €96m signing, on one transfer
    day, whose texts name both clubs and both players. (Headlines that share a word may give
    two measures of one event: a carmaker's revenue and its net income, a lottery's jackpot and
    its smaller prizes.)"""
    if (
        doc.headline_sums
        and other.headline_sums
        and all(token[0] == "#" for token in doc.title_tokens & other.title_tokens)
        and _apart(doc.headline_sums, other.headline_sums)
    ):
        return True
    return bool(doc.sums and other.sums) and _apart(doc.sums, other.sums)


def _apart(ours: Mapping[_K, set[float]], theirs: Mapping[_K, set[float]]) -> bool:
    """Whether one measure (or unit) of both has values far apart and none in common."""
    for measure, values in ours.items():
        other_values = theirs.get(measure)
        if (
            other_values is not None
            and values.isdisjoint(other_values)
            and all(_far_apart(x, y) for x in values for y in other_values)
        ):
            return True
    return False


def _far_apart(x: float, y: float) -> bool:
    low, high = sorted((abs(x), abs(y)))
    return (x < 0) != (y < 0) or FIGURE_RATIO * low <= high < FIGURE_SPAN * low


def shared_figures(doc: Doc, other: Doc) -> int:
    """How many figures two items share: a value and unit, and for a share (a percentage)
    a word of what it measures too (see Doc.measures)."""
    count = len(doc.figures & other.figures) if doc.figures and other.figures else 0
    if doc.measures and other.measures:
        count += len({measure[:2] for measure in doc.measures & other.measures})
    return count
