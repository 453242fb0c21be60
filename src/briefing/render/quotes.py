"""The quote archive (`briefing quotes`) as plain text, Markdown and JSON.

Stable bytes like the digest: fixed width, times in UTC, Markdown escaped. Every
entry names its speaker, when it was first reported, the story's title and link
(the first report's), and every outlet that carried it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from briefing.render.digest import elide, wrap
from briefing.render.markdown import markdown_link, markdown_text
from briefing.store.quotes import ArchivedQuote

UNATTRIBUTED = "(unattributed)"


@dataclass(frozen=True)
class QuoteQuery:
    """What the reader asked the archive for, echoed above the answer."""

    speaker: str | None = None
    words: str | None = None
    start: datetime | None = None
    end: datetime | None = None


def _time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")


def _heading(query: QuoteQuery, count: int) -> str:
    parts = [f"{count} quote{'s' if count != 1 else ''} on record"]
    if query.speaker:
        parts.append(f"by {query.speaker}")
    if query.words:
        parts.append(f"with “{query.words}”")
    if query.start is not None:
        parts.append(f"from {query.start:%Y-%m-%d %H:%M} UTC")
    if query.end is not None:
        parts.append(f"until {query.end:%Y-%m-%d %H:%M} UTC")
    return " ".join(parts)


def quotes_text(quotes: Sequence[ArchivedQuote], query: QuoteQuery) -> str:
    """The archive's answer as plain text, newest quote first."""
    lines = [_heading(query, len(quotes)), ""]
    for quote in quotes:
        first = quote.sources[0]
        lines += wrap(
            f"{quote.published:%Y-%m-%d %H:%M} UTC · {quote.speaker or UNATTRIBUTED}", "    ", ""
        )
        lines += wrap(f"“{quote.text.strip()}”", "    ")
        lines += wrap(elide(first.title), "    ")
        for source in quote.sources:
            lines += wrap(
                f"{source.feed}: {source.link or elide(source.title)}", "        ", "    - "
            )
        lines.append("")
    return "\n".join(lines)


def quotes_markdown(quotes: Sequence[ArchivedQuote], query: QuoteQuery) -> str:
    """The archive's answer as Markdown, newest quote first."""
    lines = [f"# {markdown_text(_heading(query, len(quotes)))}", ""]
    for quote in quotes:
        first = quote.sources[0]
        who = markdown_text(quote.speaker or UNATTRIBUTED)
        lines += [
            f"## {who} · {quote.published:%Y-%m-%d %H:%M} UTC",
            "",
            f"> “{markdown_text(quote.text.strip())}”",
            "",
            markdown_link(elide(first.title), first.link)
            if first.link
            else markdown_text(elide(first.title)),
            "",
        ]
        for source in quote.sources:
            title = elide(source.title)
            shown = markdown_link(title, source.link) if source.link else markdown_text(title)
            lines.append(f"- {markdown_text(source.feed)}: {shown}")
        lines.append("")
    return "\n".join(lines)


def quotes_dict(
    quotes: Sequence[ArchivedQuote], query: QuoteQuery, generated_at: datetime
) -> dict[str, Any]:
    """The archive's answer for `--format json` (its shape is documented in README.md)."""
    return {
        "speaker": query.speaker,
        "search": query.words,
        "from": _time(query.start),
        "until": _time(query.end),
        "generated_at": _time(generated_at),
        "quotes": [
            {
                "text": quote.text,
                "speaker": quote.speaker,
                "date": _time(quote.published),
                "title": quote.sources[0].title,
                "link": quote.sources[0].link,
                "outlets": [
                    {
                        "feed": source.feed,
                        "title": source.title,
                        "link": source.link,
                        "published": _time(source.published),
                    }
                    for source in quote.sources
                ],
            }
            for quote in quotes
        ],
    }
