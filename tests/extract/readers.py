"""What the summarizer's readers give for a text, in the shapes the extract tests compare."""

from __future__ import annotations

from briefing.extract.attribution import extract_quotes
from briefing.extract.figures import extract_figures


def pairs_of(text: str) -> list[tuple[str, str | None]]:
    """Each quote's words and its speaker, in order."""
    return [(q.text, q.speaker) for q in extract_quotes(text)]


def speakers_of(text: str) -> list[str | None]:
    """Each quote's speaker, in order."""
    return [q.speaker for q in extract_quotes(text)]


def figures_of(text: str) -> list[str]:
    """Each figure's text, in order."""
    return [f.text for f in extract_figures(text)]


def contexts_of(text: str) -> dict[str, str]:
    """Each figure's text and what it measures."""
    return {f.text: f.context for f in extract_figures(text)}


def context_of(text: str, figure: str) -> str:
    """What the figure written `figure` in the text measures (an error names the figures found)."""
    for f in extract_figures(text):
        if f.text == figure:
            return f.context
    raise AssertionError(f"{figure!r} not among {[f.text for f in extract_figures(text)]}")
