"""Synthetic wire feeds for tests and soak runs: deterministic, our own words."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

START = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)
"""When the first story of a feed is published, unless a test asks for RECENT."""
RECENT = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(hours=20)
"""A start within the last day, fixed for the run: a first digest sends only the last
24 hours' news, so tests of digests use it."""
CITIES = ["PORT ANSELM", "HALVIK", "OROMIR", "MARROWGATE", "LINNET BAY"]
TOPICS = ["harbour dredging", "grain tariffs", "tram fares", "wind auction", "bond sale"]


def rss_feed(index: int, items: int = 30, first: int = 0, start: datetime = START) -> str:
    """An RSS 2.0 feed of `items` short wire stories numbered from `first`.

    Raising `first` by k gives the same feed k stories later: k new items, k gone.
    """
    entries = []
    for n in range(first, first + items):
        city = CITIES[(index + n) % len(CITIES)]
        topic = TOPICS[(index * 7 + n) % len(TOPICS)]
        when = start + timedelta(minutes=7 * n + index)
        body = (
            f"<p>{city} (Test Wire {index}). Officials in {city.title()} announced a plan on "
            f"{topic} worth {n + 2} million crowns on Friday.</p>"
            f"<p>“We expect {n + 10}% more traffic,” said planner Ada Brook {index}-{n}.</p>"
        )
        entries.append(
            f"<item><title>{escape(f'{city.title()} acts on {topic} ({index}-{n})')}</title>"
            f"<link>https://wire{index}.example/story/{n}</link>"
            f'<guid isPermaLink="false">wire{index}-{n}</guid>'
            f"<pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{escape(body)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test Wire {index}</title><link>https://wire{index}.example/</link>"
        + "".join(entries)
        + "</channel></rss>\n"
    )


def news_rss(
    name: str, entries: Iterable[tuple[str, str, str, datetime]], site: str = "x.example"
) -> str:
    """An RSS 2.0 document named `name` of (guid, title, text, published) entries, each
    linked at https://site/guid."""
    items = "".join(
        f"<item><title>{escape(title)}</title><link>https://{site}/{guid}</link>"
        f'<guid isPermaLink="false">{guid}</guid><pubDate>{format_datetime(when)}</pubDate>'
        f"<description>{escape(text)}</description></item>"
        for guid, title, text, when in entries
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{name}'
        f"</title><link>https://{site}/</link>{items}</channel></rss>\n"
    )


def write_feeds(
    folder: Path, count: int, items: int = 30, first: int = 0, start: datetime = START
) -> list[tuple[str, str]]:
    """Write `count` feeds into `folder`; return (name, file name) pairs."""
    folder.mkdir(parents=True, exist_ok=True)
    feeds = []
    for index in range(count):
        name = f"feed-{index:03d}.xml"
        (folder / name).write_text(rss_feed(index, items, first, start), encoding="utf-8")
        feeds.append((f"Test Wire {index}", name))
    return feeds
