"""Huge feeds and greedy ttls (issue #13, findings 3 and 9): the item cap, the parse pool's
CPU budget and its isolation, and the cap on a feed's <ttl>."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.errors import FetchError
from briefing.feeds.parse import ParsedFeed, parse_feed
from briefing.feeds.pool import ParseJob, ParsePool
from briefing.feeds.scan import MAX_TTL_MINUTES, cut_items
from tests.conftest import REPO
from tests.feeds.tinyfeeds import tiny_atom, tiny_json, tiny_rss

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
URL = "http://127.0.0.1:8000/feed.xml"


def titles(parsed: ParsedFeed) -> list[str]:
    return [item.title for item in parsed.items]


ENDS = [str(k) for k in range(10)] + [str(k) for k in range(990, 1000)]
"""The first and last ten of a thousand items."""


@pytest.mark.parametrize(
    ("body", "parser"),
    [
        (tiny_rss(1000), "fast"),
        (tiny_rss(1000, closed=False), "feedparser"),
        (tiny_atom(1000), "fast"),
        (tiny_json(1000), "json"),
    ],
    ids=["rss", "malformed-rss", "atom", "json-feed"],
)
def test_only_max_items_from_each_end_are_read(body: bytes, parser: str) -> None:
    parsed = parse_feed(body, url=URL, feed_name="Huge", now=NOW, max_items=10)
    assert parsed.parser == parser
    assert titles(parsed) == ENDS
    assert parsed.unread == 980


def test_a_feed_within_the_cap_is_read_whole() -> None:
    body = tiny_rss(20)
    assert cut_items(body, 10) == (body, 0)
    parsed = parse_feed(body, url=URL, feed_name="Small", now=NOW, max_items=10)
    assert len(parsed.items) == 20 and parsed.unread == 0


@pytest.mark.parametrize(
    ("ttl", "minutes"),
    [("60", 60), ("1440", 1440), ("1441", 1440), ("999999", 1440), (str(10**9), 1440)],
)
def test_a_ttl_is_capped_at_a_day(ttl: str, minutes: int) -> None:
    parsed = parse_feed(tiny_rss(1, ttl=ttl), url=URL, feed_name="T", now=NOW)
    assert parsed.ttl_minutes == minutes <= MAX_TTL_MINUTES


def test_a_yearly_update_period_is_capped_at_a_day() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/'
        b'syndication/"><channel><title>Y</title><sy:updatePeriod>yearly</sy:updatePeriod>'
        b"<item><title>a</title></item></channel></rss>"
    )
    assert parse_feed(body, url=URL, feed_name="Y", now=NOW).ttl_minutes == MAX_TTL_MINUTES


def job(body: bytes, max_items: int | None = None) -> ParseJob:
    return ParseJob(body, URL, "Huge", NOW, {"content-type": "application/xml"}, max_items)


def test_a_parse_past_its_cpu_budget_fails_alone_and_the_pool_goes_on() -> None:
    # 60,000 items in malformed XML: feedparser would spend seconds on them (no cap
    # here), against a budget of a fraction of a second.
    huge = job(tiny_rss(60_000, closed=False))

    async def run() -> tuple[BaseException | ParsedFeed, ...]:
        with ParsePool(cpu_seconds=0.3, inline_bytes=0) as pool:
            results = await asyncio.gather(
                pool.parse(huge), pool.parse(job(tiny_rss(3))), return_exceptions=True
            )
            after = await pool.parse(job(tiny_rss(2)))
            assert pool.started == 1
            return (*results, after)

    failed, small, after = asyncio.run(run())
    assert isinstance(failed, FetchError)
    assert str(failed) == "feed too slow to parse: stopped after 0.3 s of CPU"
    assert isinstance(small, ParsedFeed) and titles(small) == ["0", "1", "2"]
    assert isinstance(after, ParsedFeed) and titles(after) == ["0", "1"]


def test_a_large_body_is_parsed_in_a_worker_and_small_ones_inline() -> None:
    async def run(bodies: list[bytes]) -> tuple[int, list[int]]:
        with ParsePool() as pool:
            parsed = [await pool.parse(job(body, max_items=100)) for body in bodies]
            return pool.started, [len(p.items) for p in parsed]

    assert asyncio.run(run([tiny_rss(3)] * 5)) == (0, [3] * 5)
    huge = tiny_rss(60_000)  # about 2 MB, past the inline limit
    assert len(huge) > 1024 * 1024
    assert asyncio.run(run([tiny_rss(3), huge])) == (1, [3, 200])


def crash_on_purpose(body: bytes, **kwargs: object) -> ParsedFeed:
    """Stands in for parse_feed in a worker (fork copies the patch): the worker dies."""
    if kwargs.get("feed_name") == "Crash":
        os._exit(1)
    return parse_feed(body, **kwargs)  # type: ignore[arg-type]


def test_a_worker_that_dies_fails_its_feed_and_fresh_workers_take_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("briefing.feeds.parse.parse_feed", crash_on_purpose)
    crash = dataclasses.replace(job(tiny_rss(3)), feed_name="Crash")

    async def run() -> tuple[BaseException | ParsedFeed, ParsedFeed, int]:
        with ParsePool(inline_bytes=0, workers=1) as pool:
            try:
                first: BaseException | ParsedFeed = await pool.parse(crash)
            except FetchError as exc:
                first = exc
            after = await pool.parse(job(tiny_rss(2)))
            return first, after, pool.started

    failed, after, started = asyncio.run(run())
    assert isinstance(failed, FetchError)
    assert str(failed) == "the parser process stopped while reading this feed"
    assert titles(after) == ["0", "1"] and started == 2


ORPHAN_SCRIPT = """
import asyncio
import contextlib
from datetime import UTC, datetime
from pathlib import Path
from briefing.feeds.pool import ParseJob, ParsePool

async def main() -> None:
    pool = ParsePool(inline_bytes=0, workers=2)
    body = b'<rss version="2.0"><channel><item><title>a</title></item></channel></rss>'
    await pool.parse(ParseJob(body, "http://127.0.0.1/", "x", datetime.now(UTC), {}))
    print("ready", flush=True)
    await asyncio.sleep(120)

asyncio.run(main())
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its parent's reaping is left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_end_when_their_refresh_is_killed() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with subprocess.Popen(
        [sys.executable, "-c", ORPHAN_SCRIPT], stdout=subprocess.PIPE, env=env
    ) as parent:
        try:
            assert parent.stdout is not None and parent.stdout.readline() == b"ready\n"
            workers = _children(parent.pid)
            assert workers
        finally:
            parent.kill()
            parent.wait(timeout=30)
    deadline = time.monotonic() + 30  # a bound on the wait, not a timed assertion
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def swallow_everything(body: bytes, **kwargs: object) -> ParsedFeed:
    """A parser that catches every Exception and reads on, as feedparser does, for
    many times the budget; it fails the test if it is not stopped."""
    for _ in range(50_000):
        try:
            sum(range(10_000))
        except Exception:
            continue
    raise FetchError("never stopped")


def test_a_parser_that_swallows_exceptions_is_still_stopped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("briefing.feeds.parse.parse_feed", swallow_everything)

    async def run() -> FetchError:
        with ParsePool(cpu_seconds=0.2, inline_bytes=0, workers=1) as pool:
            with pytest.raises(FetchError) as caught:
                await pool.parse(job(tiny_rss(1)))
            return caught.value

    assert str(asyncio.run(run())) == "feed too slow to parse: stopped after 0.2 s of CPU"
