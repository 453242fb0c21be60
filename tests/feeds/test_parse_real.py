"""Differential and robustness tests over ../shared/feeds (real and hostile documents)."""

from __future__ import annotations

import csv
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.errors import FetchError
from briefing.feeds.parse import (
    ParsedFeed,
    parse_fast,
    parse_feed,
    parse_with_feedparser,
    prepare_body,
)
from briefing.models import Item
from tests.conftest import SHARED

REAL = SHARED / "feeds" / "real"
HOSTILE = SHARED / "feeds" / "hostile"
NOW = datetime(2030, 1, 1, tzinfo=UTC)
URL = "https://feeds.example.org/feed.xml"

pytestmark = pytest.mark.shared

COUNT_EXCEPTIONS = {
    "news-suspilne-ua.xml": (19, "two items share a link (no guid): deduplicated"),
    "fmt-rss-scriptingnews.xml": (48, "two pairs of items share a guid: deduplicated"),
    "fmt-rss092-winer.xml": (21, "two untitled, unlinked items have the same text: deduplicated"),
    "date-items-without-titles.atom": (3, "three entries share one Atom id: deduplicated"),
    "bad-illegally-nested-pcmag.xml": (10, "10 empty shells from illegal nesting are dropped"),
    "enc-undeclared-latin1-cerclepsy.xml": (9, "one item has no title, link, id or text: dropped"),
    "bad-incomplete-cdata.xml": (0, "its one item is cut off before any field: dropped"),
}
"""Files whose item count differs from MANIFEST.tsv, and why."""
DATE_EXCEPTIONS: dict[str, str] = {}
"""Files whose dates differ between the fast path and the feedparser path, and why."""
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _rows() -> list[dict[str, str]]:
    if not REAL.is_dir():
        return []
    with (REAL / "MANIFEST.tsv").open(encoding="utf-8") as manifest:
        return list(csv.DictReader(manifest, delimiter="\t"))


ROWS = _rows()


def _skip_without_shared() -> None:
    if not REAL.is_dir():
        pytest.skip("../shared/feeds is absent")


def _parse(path: Path) -> ParsedFeed:
    return parse_feed(path.read_bytes(), url=URL, feed_name="real", now=NOW)


def _view(item: Item, *, dates: bool) -> tuple[object, ...]:
    view = (item.key, item.guid, item.title, item.link, item.is_excerpt)
    return (*view, item.published) if dates else view


XML_ROWS = [r for r in ROWS if r["format"] in ("rss1", "rss2", "atom", "other")]
"""The files both XML paths read (JSON Feed has a reader of its own)."""


@pytest.mark.parametrize("row", XML_ROWS, ids=[r["file"] for r in XML_ROWS])
def test_fast_path_agrees_with_feedparser(row: dict[str, str]) -> None:
    _skip_without_shared()
    raw = (REAL / row["file"]).read_bytes()
    try:
        body = prepare_body(raw)
    except FetchError as exc:
        # A body no parser may see: parse_feed refuses it with the same error.
        with pytest.raises(FetchError, match=re.escape(str(exc))):
            _parse(REAL / row["file"])
        return
    try:
        slow = parse_with_feedparser(body, url=URL, feed_name="real", now=NOW)
    except FetchError as exc:
        # Not a feed to either path (an HTML page, RSS text inside JSON): refused as such.
        assert str(exc).startswith("not a feed")
        with pytest.raises(FetchError, match=r"^not a feed"):
            _parse(REAL / row["file"])
        return
    fast = parse_fast(body, url=URL, feed_name="real", now=NOW)
    if fast is None:
        # The fast path refused it, so parse_feed gives feedparser's reading.
        assert _parse(REAL / row["file"]).items == slow.items
        return
    dates = row["file"] not in DATE_EXCEPTIONS
    assert [_view(i, dates=dates) for i in fast.items] == [
        _view(i, dates=dates) for i in slow.items
    ]


def test_fast_path_reads_most_of_the_corpus() -> None:
    _skip_without_shared()
    parsers = []
    for row in ROWS:
        try:
            parsers.append(_parse(REAL / row["file"]).parser)
        except FetchError:
            continue
    assert parsers.count("fast") >= 60, parsers


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_every_real_file_gives_items_or_fetch_error(row: dict[str, str]) -> None:
    _skip_without_shared()
    try:
        parsed = _parse(REAL / row["file"])
    except FetchError as error:
        assert "\n" not in str(error)
        assert int(row["items"]) == 0, "feedparser found items here"
        return
    expected = int(row["items"])
    if row["file"] in COUNT_EXCEPTIONS:
        expected = COUNT_EXCEPTIONS[row["file"]][0]
    if int(row["items"]):
        assert len(parsed.items) == expected
    for item in parsed.items:
        assert item.published.tzinfo is not None
        assert item.link is None or item.link.startswith(("http://", "https://"))


HOSTILE_FILES = sorted(p.name for p in HOSTILE.glob("hostile-*")) if HOSTILE.is_dir() else []


@pytest.mark.parametrize("name", HOSTILE_FILES)
def test_hostile_files_come_out_inert(name: str) -> None:
    _skip_without_shared()
    try:
        parsed = _parse(HOSTILE / name)
    except FetchError as error:
        assert not _UNSAFE.search(str(error))
        return
    assert parsed.title is None or not _UNSAFE.search(parsed.title)
    for item in parsed.items:
        for text in (item.title, item.text, item.author or "", item.guid, item.key):
            assert not _UNSAFE.search(text), (name, text[:80])
        assert item.link is None or item.link.startswith(("http://", "https://"))
        assert len(item.text) < 1_000_000


def test_hostile_expectations() -> None:
    _skip_without_shared()
    xml_base = _parse(HOSTILE / "hostile-xml-base.atom")
    assert all(not (i.link or "").startswith(("javascript", "file")) for i in xml_base.items)
    deep = _parse(HOSTILE / "hostile-deep-nesting.xml")
    assert len(deep.items) == 3
    cyrillic = _parse(HOSTILE / "hostile-cp1251-declared-utf8-bytes.xml")
    assert any(re.search("[А-Яа-я]", i.title) for i in cyrillic.items)


def test_issue17_forms_in_real_feeds() -> None:
    """RSS in a default namespace keeps its channel; YouTube's media:group gives each text."""
    _skip_without_shared()
    for name in ("news-orenburg-cp1251.xml", "news-suspilne-ua.xml"):
        parsed = _parse(REAL / name)
        assert parsed.title, name
        assert parsed.link is not None and not parsed.link.endswith((".rss", ".rss?")), name
    youtube = _parse(REAL / "fmt-atom-youtube.atom")
    assert len(youtube.items) == 14
    assert all(item.text for item in youtube.items)
