"""`briefing summarize`: an article's lead, quotes and figures, from a file, stdin or a URL."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from briefing.cli.common import State, handle_errors, say
from briefing.errors import UsageError


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="PATH...|URL|-")
@click.option("--html", is_flag=True, help="The input is a web page, not plain text.")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
@handle_errors
def summarize(state: State, sources: tuple[str, ...], html: bool, fmt: str) -> None:
    """Read an article for its lead, quotes and figures.

    Give files, `-` for standard input, or one http(s) URL. Several files give
    JSON Lines with --format json.
    """
    from briefing.summarize import summarize as summarize_text
    from briefing.summarize import summary_to_dict

    if "-" in sources and sys.stdin.isatty():
        # Otherwise a user who typed `summarize -` sees a cursor that seems to hang.
        say("reading the article from standard input; end it with Ctrl-D")
    for source in sources:
        text = _read_article(source, html=html)
        summary = summarize_text(text)
        if fmt == "json":
            click.echo(json.dumps(summary_to_dict(summary), ensure_ascii=False))
        else:
            from briefing.render.card import summary_text
            from briefing.sanitize import shown

            # The title is the file name as given: a name can carry ESC ] 0; (set
            # the window title) or a bidi override, so it is echoed escaped.
            title = None if source == "-" else shown(source)
            click.echo(summary_text(summary, title=title))


def _read_article(source: str, *, html: bool) -> str:
    from briefing.sanitize import clean_paragraphs

    if source.startswith(("http://", "https://")):
        from briefing.pages.reader import fetch_article_text

        return fetch_article_text(source)
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise UsageError(f"{source}: cannot read: {exc.strerror or exc}") from None
    text = data.decode("utf-8", errors="replace")
    if html or source.lower().endswith((".html", ".htm")):
        from briefing.pages.reader import extract_article

        return extract_article(text)
    return clean_paragraphs(text)
