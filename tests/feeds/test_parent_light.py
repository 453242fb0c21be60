"""A refresh's parent process stays light: what it imports, where its parses run.

The parent holds the fetches, the bodies in flight and the batches being stored; a
large refresh's parses all run in the workers, so the parent never loads the parsers
nor builds their trees (peak RSS, benchmarks/refresh.py). A subprocess shows what the
refresh modules import; the loopback server shows where each parse ran.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from briefing.errors import FetchError
from briefing.feeds.fetch import FetchRequest, FetchResult
from briefing.feeds.parse import ParsedFeed, parse_feed
from briefing.feeds.pool import WORKER_NICENESS, fetch_and_parse
from briefing.feeds.settings import FetchSettings
from tests.servers import FeedServer, feed_server

__all__ = ["feed_server"]

NOW = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)
SETTINGS = FetchSettings(concurrency=20, per_host=20, deadline=20.0, trust_env=False)


def test_the_refresh_modules_load_no_parser_and_not_httpx_command_line_tool() -> None:
    code = (
        "import sys\n"
        "import briefing.pipeline.update, briefing.feeds.pool, briefing.feeds.fetch\n"
        "import httpx\n"
        "heavy = ('lxml', 'feedparser', 'fastfeedparser', 'httpx._main', 'pygments')\n"
        "print(sorted(m for m in heavy if sys.modules.get(m) is not None))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def parse_naming_its_process(body: bytes, **kwargs: object) -> ParsedFeed:
    """Stands in for parse_feed (fork copies the patch): the title is the parsing pid."""
    parsed = parse_feed(body, **kwargs)  # type: ignore[arg-type]
    return dataclasses.replace(parsed, title=str(os.getpid()))


# 70 feeds: more than `INLINE_FEEDS`, few enough bytes that all would parse inline.
@pytest.mark.parametrize(("feeds", "inline"), [(3, True), (70, False)])
def test_a_small_refresh_parses_inline_and_a_large_one_only_in_workers(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch, feeds: int, inline: bool
) -> None:
    monkeypatch.setattr("briefing.feeds.parse.parse_feed", parse_naming_its_process)
    requests = [FetchRequest(str(n), feed_server.url(f"/feed/{n}")) for n in range(feeds)]
    pids: list[str | None] = []

    def on_parsed(result: FetchResult, parsed: ParsedFeed | FetchError | None) -> None:
        assert isinstance(parsed, ParsedFeed), parsed
        pids.append(parsed.title)

    asyncio.run(fetch_and_parse(requests, SETTINGS, now=NOW, max_items=None, on_parsed=on_parsed))
    assert len(pids) == feeds
    assert all(pid is not None and pid.isdigit() for pid in pids)  # every parse was ours
    here = str(os.getpid())
    assert all((pid == here) == inline for pid in pids), (here, sorted(set(map(str, pids))))


def _prepared(
    feed_server: FeedServer, feeds: int, prepare: Callable[[ParsedFeed], tuple[int, int]]
) -> list[tuple[int, int]]:
    """What `prepare` made of each of `feeds` feeds a `fetch_and_parse` parsed."""
    requests = [FetchRequest(str(n), feed_server.url(f"/feed/{n}")) for n in range(feeds)]
    made: list[tuple[int, int]] = []

    def on_parsed(result: FetchResult, parsed: tuple[int, int] | FetchError | None) -> None:
        assert isinstance(parsed, tuple), parsed
        made.append(parsed)

    run = fetch_and_parse(
        requests, SETTINGS, now=NOW, max_items=None, on_parsed=on_parsed, prepare=prepare
    )
    asyncio.run(run)
    return made


def pid_and_items(parsed: ParsedFeed) -> tuple[int, int]:
    """A `prepare` that tells where it ran and what it was given."""
    return os.getpid(), len(parsed.items)


@pytest.mark.parametrize(("feeds", "inline"), [(3, True), (70, False)])
def test_prepare_runs_where_each_feed_was_parsed_and_its_result_is_handed_on(
    feed_server: FeedServer, feeds: int, inline: bool
) -> None:
    # A refresh makes the store's rows in its workers this way (pipeline.update.stored_feed).
    made = _prepared(feed_server, feeds, pid_and_items)
    assert len(made) == feeds
    assert all(count > 0 for _, count in made)  # each got its feed's items
    here = os.getpid()
    assert all((pid == here) == inline for pid, _ in made), (here, sorted({p for p, _ in made}))


def niceness(parsed: ParsedFeed) -> tuple[int, int]:
    """A `prepare` that tells where it ran and at what CPU priority."""
    return os.getpid(), os.nice(0)


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process priorities")
def test_the_workers_parse_at_a_lower_cpu_priority_than_the_refresh(
    feed_server: FeedServer,
) -> None:
    # The parent's loop and store thread are what a cold refresh waits on: the workers
    # yield the CPU to them (WORKER_NICENESS).
    made = _prepared(feed_server, 70, niceness)
    here = os.nice(0)
    assert here < 19  # the test itself is not at the lowest priority already
    assert len(made) == 70 and all(pid != os.getpid() for pid, _ in made)
    assert {nice for _, nice in made} == {min(19, here + WORKER_NICENESS)}
