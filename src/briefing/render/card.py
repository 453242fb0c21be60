"""A readable plain-text card of one article's summary (`briefing summarize --format text`)."""

from __future__ import annotations

from briefing.models import Summary, figure_line, shown_figures, shown_quotes
from briefing.render.digest import wrap


def summary_text(summary: Summary, *, title: str | None = None) -> str:
    """Lead, figures and quotes of one article, wrapped for a terminal or a mail."""
    lines: list[str] = []
    if title:
        lines += [title, "=" * min(len(title), 78)]
    place = " · ".join(p for p in (summary.dateline, summary.source) if p)
    lines += wrap(f"{place} — {summary.lead}" if place else summary.lead or "(no lead found)", "")
    if summary.figures:
        lines += ["", "Figures:"]
        for figure in shown_figures(summary.figures):
            lines += wrap(
                figure_line(figure),
                "      ",
                "  # ",
            )
    if summary.quotes:
        lines += ["", "Quotes:"]
        for quote in shown_quotes(summary.quotes):
            who = quote.speaker or "(unattributed)"
            lines += wrap(f"{who}: “{quote.text.strip()}”", "      ", "  > ")
    return "\n".join(lines) + "\n"
