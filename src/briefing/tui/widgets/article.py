"""One source's full text with its quotes and figures highlighted by their spans."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing.models import Item, Summary


def highlighted_text(
    text: str, summary: Summary | None, quote_style: Style, figure_style: Style
) -> Text:
    """The article text with quote and figure spans styled, paragraphs a blank line apart."""
    body = Text(text)
    if summary is not None:
        size = len(text)
        for quote in summary.quotes:
            if 0 <= quote.start < quote.end <= size:
                body.stylize(quote_style, quote.start, quote.end)
        for figure in summary.figures:
            if 0 <= figure.start < figure.end <= size:
                body.stylize(figure_style, figure.start, figure.end)
    # Split after styling: the spans index the text as summarized, one paragraph a line.
    return Text("\n\n").join(body.split("\n", allow_blank=False))


class ArticleView(VerticalScroll):
    """The text of one item, scrollable, with a header naming the source."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--title",
        "article--meta",
        "article--quote",
        "article--figure",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._body = Static("", id="article-body", markup=False)

    def compose(self) -> ComposeResult:
        yield self._body

    def show(self, item: Item, summary: Summary | None, position: int, total: int) -> None:
        """Display `item` (source `position` of `total`) from the top."""
        meta_style = self.get_component_rich_style("article--meta", partial=True)
        meta = Text(f"Source {position} of {total} · ", style=meta_style)
        meta.append(item.feed, "bold")
        meta.append(f" · {item.published:%Y-%m-%d %H:%M} UTC")
        if item.author:
            meta.append(f" · {item.author}")
        parts = [
            Text(item.title, style=self.get_component_rich_style("article--title", partial=True)),
            meta,
        ]
        if item.link:
            link = Text(item.link, style=meta_style)
            link.stylize(Style(link=item.link))
            parts.append(link)
        if item.is_excerpt:
            # The store swaps in the page's full text when it could be read, so an
            # excerpt here means the page was not (yet) available.
            note = "Only the feed's teaser was available"
            parts.append(Text(note + (": o opens the page." if item.link else "."), meta_style))
        parts.append(Text(""))
        parts.append(
            highlighted_text(
                item.text or item.title,
                summary,
                self.get_component_rich_style("article--quote", partial=True),
                self.get_component_rich_style("article--figure", partial=True),
            )
        )
        self._body.update(Text("\n").join(parts))
        self.scroll_home(animate=False, immediate=True)
