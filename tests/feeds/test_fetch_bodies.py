"""A refresh lets each body go once it is parsed (briefing.feeds.pool.fetch_and_parse).

Against the real loopback server: of ten 1 MB bodies, those already parsed are no
longer in memory when the last one is handed on, and no result handed on carries
its body.
"""

from __future__ import annotations

import asyncio
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.config import demo_config
from briefing.errors import FetchError
from briefing.feeds import pool as pool_module
from briefing.feeds.fetch import FetchRequest, FetchResult, fetch_all
from briefing.feeds.parse import ParsedFeed
from briefing.feeds.pool import ParseJob, ParsePool, fetch_and_parse
from briefing.feeds.settings import FetchSettings
from briefing.paths import store_path
from briefing.pipeline import refresh
from briefing.store.database import open_store
from tests.servers import FeedServer, feed_server

__all__ = ["feed_server"]  # the fixture, imported so this module also runs on its own

NOW = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)
SERIAL = FetchSettings(concurrency=1, per_host=1, deadline=10.0, trust_env=False)


def test_bodies_are_dropped_once_parsed(feed_server: FeedServer) -> None:
    # /big is 1 MB of "a": not a feed, so each parse fails at once with one line.
    requests = [FetchRequest(str(n), feed_server.url(f"/big?mb=1&n={n}")) for n in range(10)]
    seen: list[tuple[str, bytes | None, str]] = []
    held: list[int] = []

    def on_parsed(result: FetchResult, parsed: ParsedFeed | FetchError | None) -> None:
        seen.append((result.outcome, result.body, type(parsed).__name__))
        held.append(tracemalloc.get_traced_memory()[0])

    def run() -> None:
        asyncio.run(fetch_and_parse(requests, SERIAL, now=NOW, max_items=None, on_parsed=on_parsed))

    run()  # imports and first-use caches, outside the trace
    seen.clear()
    tracemalloc.start()
    try:
        run()
    finally:
        tracemalloc.stop()
    assert seen == [("ok", None, "FetchError")] * 10
    # When the last parse is handed on, the nine bodies before it are gone (kept to
    # the end, they would be 9 MB).
    assert held[-1] < 4 * 1024 * 1024, f"{held[-1] / 2**20:.1f} MB held"


def test_fetch_all_can_hand_bodies_on_without_keeping_them(feed_server: FeedServer) -> None:
    requests = [FetchRequest(str(n), feed_server.url(f"/feed/{n}")) for n in range(3)]
    sizes: list[int] = []

    def on_result(result: FetchResult) -> None:
        sizes.append(len(result.body or b""))

    results = asyncio.run(fetch_all(requests, SERIAL, on_result=on_result, keep_bodies=False))
    assert [r.outcome for r in results] == ["ok"] * 3
    assert [r.body for r in results] == [None] * 3
    assert len(sizes) == 3 and min(sizes) > 100


def test_every_document_a_refresh_reads_goes_through_the_parse_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demo's bundled files too: one place parses, under one CPU budget.
    parsed: list[str] = []
    real = ParsePool.parse

    async def spy(self: ParsePool[ParsedFeed], job: ParseJob) -> ParsedFeed:
        parsed.append(job.feed_name)
        return await real(self, job)

    monkeypatch.setattr(ParsePool, "parse", spy)
    config = demo_config(tmp_path / "data")
    with open_store(store_path(config.data_dir)) as store:
        report = refresh(config, store, now=NOW)
    assert sorted(parsed) == sorted(feed.name for feed in config.feeds)
    assert [o.outcome for o in report.outcomes] == ["updated"] * len(config.feeds)


def test_fetches_wait_while_too_many_bodies_wait_for_a_parser(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two at a time, ten 1 MB bodies, and a backlog of at most 1 MB: once a body waits
    # for the (starting) workers, no new fetch starts until it is parsed.
    monkeypatch.setattr(pool_module, "BACKLOG_BYTES", 1024 * 1024)
    two = FetchSettings(concurrency=2, per_host=2, deadline=10.0, trust_env=False)
    requests = [FetchRequest(str(n), feed_server.url(f"/big?mb=1&n={n}")) for n in range(10)]
    seen: list[str] = []

    def on_parsed(result: FetchResult, parsed: ParsedFeed | FetchError | None) -> None:
        seen.append(type(parsed).__name__)

    def run() -> None:
        asyncio.run(fetch_and_parse(requests, two, now=NOW, max_items=None, on_parsed=on_parsed))

    run()  # imports and first-use caches, outside the trace
    seen.clear()
    tracemalloc.start()
    try:
        run()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == ["FetchError"] * 10
    # Unbounded, the fetches outran the workers' start and all ten were held (12.7 MB).
    assert peak < 9 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB"
