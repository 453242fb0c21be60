"""Since you last looked: what a front end showed of a story, and how the story grew since.

Pure: a `Seen` is what was shown (outlet names, figures by measure, quote keys), kept
as compact JSON by `store/seen.py` per front end and story; `changes_since` compares a
story with it. A figure is matched by its measure (its context, folded), its unit and
whether it is a level or the size of a change, never by its text: "12 deaths" and
"19 deaths" are one measure that moved, "$4.1 billion" and "$4.2 billion" of one
context too. Outlets are the feeds carrying the story; quotes are matched by their
words, folded, so two outlets' copies of one quote are one quote.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from briefing.models import Changes, Figure, MovedFigure, Story, figure_label, shown_figures

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Seen:
    """What a front end showed of one story."""

    outlets: frozenset[str] = frozenset()
    figures: dict[str, tuple[float, str]] = field(default_factory=dict)
    """Figure key (measure, unit, level or change) → (value, text) of its leading figure."""
    quotes: frozenset[str] = frozenset()
    values: dict[str, frozenset[float]] = field(default_factory=dict)
    """Figure key → every value shown for it (outlets that disagree give several)."""


def figure_key(figure: Figure) -> str:
    """The measure a figure gives: its context folded, its unit, level or change.

    A figure with no context measures nothing named: its key is its text, so it is
    never taken for another figure that moved.
    """
    context = " ".join(_WORD.findall(figure.context.casefold()))
    kind = "change" if figure.change else "level"
    if not context:
        context = "=" + " ".join(figure.text.casefold().split())
    return f"{context}|{figure.unit}|{kind}"


def quote_key(text: str) -> str:
    """A quote's words, folded (as store/quotes.py keys the archive)."""
    return " ".join(_WORD.findall(text.casefold()))


def outlets_of(story: Story) -> list[str]:
    """The feeds carrying the story, in the story's order, each once."""
    return list(dict.fromkeys(item.feed for item in story.items))


def _figures_by_key(story: Story) -> dict[str, Figure]:
    """The story's figures, the first (best-sourced) of each measure."""
    found: dict[str, Figure] = {}
    for figure in shown_figures(story.figures):
        found.setdefault(figure_key(figure), figure)
    return found


def _value(figure: Figure) -> float:
    return round(figure.value, 6)


def seen_of(story: Story, before: Seen | None = None) -> Seen:
    """What showing `story` shows, added to what was seen `before` (values as shown now)."""
    figures = dict(before.figures) if before else {}
    for key, figure in _figures_by_key(story).items():
        figures[key] = (figure.value, figure_label(figure))
    values = dict(before.values) if before else {}
    for figure in shown_figures(story.figures):
        key = figure_key(figure)
        values[key] = values.get(key, frozenset()) | {_value(figure)}
    return Seen(
        outlets=(before.outlets if before else frozenset()) | set(outlets_of(story)),
        figures=figures,
        quotes=(before.quotes if before else frozenset())
        | {quote_key(q.text) for q in story.quotes},
        values=values,
    )


def changes_since(seen: Seen, story: Story) -> Changes:
    """How `story` grew since `seen` was shown: new outlets, moved and new figures, new quotes."""
    moved: list[MovedFigure] = []
    new_figures: list[Figure] = []
    for key, figure in _figures_by_key(story).items():
        was = seen.figures.get(key)
        if was is None:
            new_figures.append(figure)
        elif _value(figure) not in seen.values.get(key, {round(was[0], 6)}):
            # A value already shown (one of two outlets that disagreed) did not move.
            moved.append(MovedFigure(before=was[1], before_value=was[0], figure=figure))
    quotes = []
    keys = set(seen.quotes)
    for quote in story.quotes:
        key = quote_key(quote.text)
        if key not in keys:
            quotes.append(quote)
            keys.add(key)
    return Changes(
        new_outlets=tuple(o for o in outlets_of(story) if o not in seen.outlets),
        moved_figures=tuple(moved),
        new_figures=tuple(new_figures),
        new_quotes=tuple(quotes),
    )


def dump_seen(seen: Seen) -> str:
    """A `Seen` as the compact JSON the store keeps."""
    return json.dumps(
        {
            "o": sorted(seen.outlets),
            "f": {key: [value, text] for key, (value, text) in sorted(seen.figures.items())},
            "q": sorted(seen.quotes),
            "v": {key: sorted(values) for key, values in sorted(seen.values.items())},
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def load_seen(data: str) -> Seen | None:
    """The `Seen` kept as `data`; None when it cannot be read (then nothing counts as seen)."""
    try:
        raw = json.loads(data)
        return Seen(
            outlets=frozenset(str(o) for o in raw["o"]),
            figures={str(k): (float(v[0]), str(v[1])) for k, v in raw["f"].items()},
            quotes=frozenset(str(q) for q in raw["q"]),
            values={str(k): frozenset(float(x) for x in v) for k, v in raw.get("v", {}).items()},
        )
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def change_lines(changes: Changes) -> list[str]:
    """The changes as a reader reads them, one line each ("+2 outlets: A, B", "deaths 12 → 19")."""
    lines = []
    if changes.new_outlets:
        count = len(changes.new_outlets)
        names = ", ".join(changes.new_outlets)
        lines.append(f"+{count} outlet{'s' if count != 1 else ''}: {names}")
    for moved in changes.moved_figures:
        after = figure_label(moved.figure)
        measure = _measure(moved.figure.context, f"{moved.before} {after}")
        lines.append(f"{measure + ': ' if measure else ''}{moved.before} → {after}")
    for figure in changes.new_figures:
        measure = figure.context.strip().rstrip(",;:")
        lines.append(f"new figure: {figure_label(figure)}{' — ' + measure if measure else ''}")
    for quote in changes.new_quotes:
        who = f"{quote.speaker}: " if quote.speaker else ""
        lines.append(f"new quote: {who}“{quote.text.strip()}”")
    return lines


def _measure(context: str, shown: str) -> str:
    """The context worth naming beside figures: none when the figures' text already says it
    ("At least 12 people → At least 19 people" needs no "people")."""
    words = set(_WORD.findall(shown.casefold()))
    said = _WORD.findall(context.casefold())
    return "" if all(w in words for w in said) else context.strip().rstrip(",;:")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def folded_line(story: Story, changes: Changes) -> str:
    """The one line standing for what was already shown of an updated story."""
    outlets = len(outlets_of(story)) - len(changes.new_outlets)
    figures = len(_figures_by_key(story)) - len(changes.new_figures)
    quotes = len({quote_key(q.text) for q in story.quotes}) - len(changes.new_quotes)
    parts = [plural(outlets, "outlet"), plural(figures, "figure"), plural(quotes, "quote")]
    return f"already sent: {', '.join(parts)}"
