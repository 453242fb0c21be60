"""One huge feed beside healthy ones, through `briefing refresh` (issue #13, finding 3).

The huge feed is built at test time (60,000 tiny items, about 2 MB) and served over
loopback with three healthy feeds: the healthy ones are stored, and the huge one is
capped or fails alone, with one line on stderr and its error in `feeds list`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli.main import main
from tests.conftest import write_config
from tests.feedgen import rss_feed
from tests.feeds.tinyfeeds import tiny_rss

HEALTHY = ["Alpha Wire", "Bravo Wire", "Charlie Wire"]


def serve_feeds(
    tmp_path: Path, serve_dir: Callable[[Path], str], huge: bytes, **keys: object
) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "huge.xml").write_bytes(huge)
    for n in range(len(HEALTHY)):
        (site / f"feed-{n}.xml").write_text(rss_feed(n), encoding="utf-8")
    base = serve_dir(site)
    feeds = [("Huge", f"{base}huge.xml")]
    feeds += [(name, f"{base}feed-{n}.xml") for n, name in enumerate(HEALTHY)]
    return write_config(tmp_path / "config.toml", feeds, tmp_path / "data", **keys)


def run(config: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_a_huge_feed_is_capped_with_one_line_and_the_others_are_stored(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    config = serve_feeds(tmp_path, serve_dir, tiny_rss(60_000), retention_items=50)
    code, _, err = run(config, "refresh")
    assert code == 0, err
    assert [line for line in err.splitlines() if "Huge" in line] == [
        "briefing: Huge: read the first and last 50 of its 60,000 items"
    ]
    # Each healthy feed's 30 items, and the huge feed's newest 50 (undated: all "now").
    assert "refreshed 4 feeds: 140 new items, 0 failed" in err
    code, out, _ = run(config, "feeds", "list")
    assert code == 0 and out.count("ok ") == 4


def test_a_feed_past_its_cpu_budget_fails_alone_with_one_line(
    tmp_path: Path, serve_dir: Callable[[Path], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Malformed, so feedparser reads it: seconds of CPU for 60,000 items, with no cap
    # (retention_items above the count), against a budget of a fraction of one.
    monkeypatch.setattr("briefing.feeds.pool.PARSE_CPU_SECONDS", 0.3)
    huge = tiny_rss(60_000, closed=False)
    config = serve_feeds(tmp_path, serve_dir, huge, retention_items=100_000)
    code, _, err = run(config, "refresh")
    assert code == 0, err
    assert [line for line in err.splitlines() if "Huge" in line] == [
        "briefing: Huge: feed too slow to parse: stopped after 0.3 s of CPU"
    ]
    assert "refreshed 4 feeds: 90 new items, 1 failed" in err
    code, out, _ = run(config, "feeds", "list")
    assert code == 0
    assert "feed too slow to parse: stopped after 0.3 s of CPU" in out
    assert out.count("ok ") == 3 and out.count("error ") == 1
