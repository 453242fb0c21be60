"""What a story's reports say together: each quote once with the outlets that carry it, each
figure once with its outlets, and the measures on which outlets give different values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing.models import Figure, Quote
from briefing.stories.copies import quotes_match
from briefing.stories.signals import Doc, normalize_quote
from briefing.stories.words import measure_words

SAME_VALUE = 0.005
"""Relative difference under which two figures are the same value."""
DISAGREE = 0.15
"""Relative difference up to which two values of one measure are a disagreement."""
CLOSE = 0.05
"""Distinctive values this close are taken as one measure even when the contexts differ."""

_CONTEXT_WORDS = "a an the of in on at to for from by with and or its their this that last year \
years than more over about nearly almost some"
_CONTEXT_STOP = frozenset(_CONTEXT_WORDS.split())


def merge_quotes(docs: Sequence[Doc]) -> tuple[tuple[Quote, ...], tuple[tuple[str, ...], ...]]:
    """Every distinct quote once, the best source's wording first, with the feeds that carry it."""
    merged: list[tuple[str, Quote, list[str]]] = []
    for doc in docs:
        for quote in doc.summary.quotes if doc.summary is not None else ():
            key = normalize_quote(quote.text)
            if not key:
                continue
            for position, (other_key, kept, feeds) in enumerate(merged):
                if quotes_match(key, other_key):
                    if doc.item.feed not in feeds:
                        feeds.append(doc.item.feed)
                    if kept.speaker is None and quote.speaker is not None:
                        merged[position] = (other_key, replace(kept, speaker=quote.speaker), feeds)
                    elif len(key) > len(other_key) + 10:
                        speaker = kept.speaker or quote.speaker
                        merged[position] = (key, replace(quote, speaker=speaker), feeds)
                    break
            else:
                merged.append((key, quote, [doc.item.feed]))
    return tuple(q for _, q, _ in merged), tuple(tuple(f) for _, _, f in merged)


def _relative(a: float, b: float) -> float:
    scale = max(abs(a), abs(b))
    return abs(a - b) / scale if scale else 0.0


@dataclass
class _Merged:
    figure: Figure
    words: set[str]
    feeds: list[str]
    values: set[float]
    """Every value the figure's feeds give in their articles (to tell a disagreement)."""


def merge_figures(
    docs: Sequence[Doc],
) -> tuple[tuple[Figure, ...], tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """Merge equal figures across reports and note where outlets differ on one measure."""
    merged: list[_Merged] = []
    for doc in docs:
        figures = doc.summary.figures if doc.summary is not None else ()
        own_values = {(f.unit, f.value) for f in figures}
        for figure in figures:
            words = measure_words(figure.context, _CONTEXT_STOP)
            for entry in merged:
                same_value = _relative(entry.figure.value, figure.value) <= SAME_VALUE
                if (
                    entry.figure.unit == figure.unit
                    and same_value
                    and (
                        not words or not entry.words or words & entry.words or _distinctive(figure)
                    )
                ):
                    if doc.item.feed not in entry.feeds:
                        entry.feeds.append(doc.item.feed)
                    entry.words |= words
                    entry.values |= {v for u, v in own_values if u == figure.unit}
                    break
            else:
                values = {v for u, v in own_values if u == figure.unit}
                merged.append(_Merged(figure, words, [doc.item.feed], values))
    notes: list[str] = []
    for position, first in enumerate(merged):
        for second in merged[position + 1 :]:
            note = _disagreement(first, second)
            if note is not None and note not in notes:
                notes.append(note)
    return (
        tuple(m.figure for m in merged),
        tuple(tuple(m.feeds) for m in merged),
        tuple(notes),
    )


def _distinctive(figure: Figure) -> bool:
    """A value unlikely to recur in one story by chance: money, a measured quantity, or a
    count in the thousands. Two outlets giving it describe the same thing, in whatever words."""
    return figure.unit != "count" or abs(figure.value) >= 1000


def _disagreement(a: _Merged, b: _Merged) -> str | None:
    """A note when two outlets give close but different values for one measure.

    The measure is the same when the contexts share a word, or, for sums of money
    and physical quantities (not counts or rates, which recur by chance), when the
    values are within a few percent: outlets word the same sum differently.
    """
    if a.figure.unit != b.figure.unit:
        return None
    related = bool(a.words & b.words) or (
        a.figure.unit not in ("count", "percent", "percentage_points", "basis_points")
        and _relative(a.figure.value, b.figure.value) <= CLOSE
    )
    if not related:
        return None
    if set(a.feeds) & set(b.feeds):
        return None
    difference = _relative(a.figure.value, b.figure.value)
    if not SAME_VALUE < difference <= DISAGREE:
        return None
    if any(_relative(v, b.figure.value) <= SAME_VALUE for v in a.values) or any(
        _relative(v, a.figure.value) <= SAME_VALUE for v in b.values
    ):
        # One outlet gives both values (a level and its old value, say): no dispute.
        return None
    words = a.figure.context.split()
    label = " ".join(words[:6]) + (" …" if len(words) > 6 else "")
    label = label[:1].upper() + label[1:] if label else a.figure.unit
    return (
        f"{label}: {a.figure.text} ({', '.join(a.feeds)}) vs {b.figure.text} ({', '.join(b.feeds)})"
    )
