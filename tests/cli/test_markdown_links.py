"""Markdown output read back by a real CommonMark parser holds exactly the links we meant.

A feed on 127.0.0.1 carries links and titles built to break out of a Markdown
link: `>)` closing the `(<...>)` wrapper, then a tracking image and a phishing
link; a backslash escape; parentheses; `<`; character references. `today
--format markdown` and `digest --format markdown` are run through the real
command and parsed with markdown-it-py's CommonMark preset: one link per item,
to the item's own page, with its title as text, and no image or raw HTML at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import unquote
from xml.sax.saxutils import escape

from click.testing import CliRunner
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.cli.main import main
from tests.conftest import earlier_today, write_config

BREAKOUT = (
    "https://news.example/story>)![pixel](https://track.example/p.gif)"
    "[Log_in_to_keep_reading](https://phish.example/login"
)
LINKS = [
    BREAKOUT,
    "https://news.example/a>)<img/src=x/onerror=alert(1)>",
    "https://news.example/b\\>)[x](https://phish.example/)",
    "https://news.example/c_(wire)_report?q=1&lt;2&amp;r=%3E",
    "https://news.example/d)](https://phish.example/)",
    "https://news.example/e/ümlaut",
]
TITLES = [
    "Harbour dredging begins](https://phish.example/) ![x](https://track.example/t.gif)",
    "Grain tariffs <b>raised</b> &amp; & &lt;lowered&gt;",
    "Tram fares [frozen] \\ for *winter*",
    "Wind auction `clears` at ![record](x) prices",
    "Bond sale <https://phish.example/> closes",
    "Ferry strike ends",
]


def _feed() -> str:
    items = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f'<guid isPermaLink="false">item-{n}</guid>'
        f"<pubDate>{format_datetime(earlier_today(timedelta(minutes=5 + n)))}</pubDate>"
        f"<description>{escape(f'Story {n} of the wire, told in one line.')}</description></item>"
        for n, (title, link) in enumerate(zip(TITLES, LINKS, strict=True))
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Wire</title><link>https://news.example/</link>{items}</channel></rss>\n"
    )


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def links_in(markdown: str) -> list[tuple[str, str]]:
    """(href, text) of every link; fails on any image or raw HTML in the document."""
    tokens = list(_walk(MarkdownIt("commonmark").parse(markdown)))
    kinds = {token.type for token in tokens}
    assert not kinds & {"image", "html_inline", "html_block"}, kinds
    links = []
    for n, token in enumerate(tokens):
        if token.type == "link_open":
            text = []
            for inner in tokens[n + 1 :]:
                if inner.type == "link_close":
                    break
                text.append(inner.content)
            links.append((str(token.attrs["href"]), "".join(text)))
    return links


def run(config: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    assert result.exit_code == 0, (result.stderr, result.exception)
    return result.stdout


def test_markdown_of_today_and_digest_holds_exactly_the_item_links(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "wire.xml").write_text(_feed(), encoding="utf-8")
    config = write_config(
        tmp_path / "config.toml", [("Wire", serve_dir(site) + "wire.xml")], tmp_path / "data"
    )
    run(config, "refresh")
    stored = json.loads(run(config, "today", "--no-refresh", "--format", "json"))
    items = {item["link"]: item["title"] for s in stored["stories"] for item in s["items"]}
    # Every hostile link was stored as the feed gave it; the renderer is what is tested.
    assert sorted(items) == sorted(LINKS), items
    for command in (("today", "--no-refresh"), ("digest",)):
        markdown = run(config, *command, "--format", "markdown")
        found = links_in(markdown)
        # A browser reads a percent-encoded character as the character itself.
        assert sorted((unquote(href), text) for href, text in found) == sorted(
            (unquote(link), title) for link, title in items.items()
        ), markdown
