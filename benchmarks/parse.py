"""Time briefing.feeds.parse: the real corpus, then synthetic 60 KB feeds (fast path vs feedparser).

Run: python benchmarks/parse.py   (from the repository root; ../shared/feeds is optional)
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import contextlib

from briefing.errors import FetchError
from briefing.feeds.parse import ParsedFeed, parse_feed, parse_with_feedparser

REAL = Path(__file__).resolve().parents[2] / "shared" / "feeds" / "real"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
URL = "https://bench.example.org/feed.xml"


def synthetic_feed(items: int = 30, size: int = 60_000) -> bytes:
    """An RSS 2.0 feed of `items` items, about `size` bytes, like the refresh benchmark's."""
    per_item = max(200, size // items - 400)
    paragraph = "<p>" + "Lorem ipsum dolor sit amet, wire copy sentence. " * 8 + "</p>"
    body = (paragraph * (per_item // len(paragraph) + 1))[:per_item]
    entries = "".join(
        f"<item><title>Story {i}: officials meet in Veszna</title>"
        f"<link>https://bench.example.org/story/{i}?utm_source=rss</link>"
        f'<guid isPermaLink="false">bench-{i}</guid>'
        f"<pubDate>Tue, 03 Mar 2026 09:{i % 60:02d}:00 +0000</pubDate>"
        f"<description><![CDATA[{body}]]></description></item>"
        for i in range(items)
    )
    doc = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Bench</title><link>https://bench.example.org/</link>{entries}</channel></rss>"
    )
    return doc.encode()


def best_ms(parse: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        parse()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def main() -> None:
    if REAL.is_dir():
        per_parser: dict[str, list[float]] = {}
        for path in sorted(REAL.iterdir()):
            if path.name == "MANIFEST.tsv":
                continue
            body = path.read_bytes()
            parser: str
            try:
                parser = parse_feed(body, url=URL, feed_name="b", now=NOW).parser
            except FetchError:
                parser = "error"

            def run(body: bytes = body) -> None:
                with contextlib.suppress(FetchError):
                    parse_feed(body, url=URL, feed_name="b", now=NOW)

            per_parser.setdefault(parser, []).append(best_ms(run, repeat=3))
        every = [t for times in per_parser.values() for t in times]
        print(
            f"real corpus: {len(every)} files, total {sum(every):.0f} ms, "
            f"median {statistics.median(every):.2f} ms/feed"
        )
        for parser, times in sorted(per_parser.items()):
            print(
                f"  {parser:10} {len(times):3} files  median {statistics.median(times):7.2f} ms"
                f"  mean {statistics.mean(times):7.2f} ms"
            )
    else:
        print("real corpus: ../shared/feeds/real is absent, skipped")

    body = synthetic_feed()
    fast: ParsedFeed = parse_feed(body, url=URL, feed_name="b", now=NOW)
    assert fast.parser == "fast" and len(fast.items) == 30
    fast_ms = best_ms(lambda: parse_feed(body, url=URL, feed_name="b", now=NOW), repeat=20)
    slow_ms = best_ms(
        lambda: parse_with_feedparser(body, url=URL, feed_name="b", now=NOW), repeat=5
    )
    print(f"synthetic {len(body) // 1000} KB feed, 30 items:")
    print(f"  fast path (parse_feed)  {fast_ms:7.2f} ms/feed")
    print(f"  feedparser path         {slow_ms:7.2f} ms/feed  ({slow_ms / fast_ms:.0f}x slower)")
    print(
        f"  1,000 such feeds: fast {fast_ms:.1f} s... feedparser {slow_ms:.1f} s".replace(
            "s...", "s,"
        )
    )

    huge_feed()
    pool_against_inline()


def tiny_items(count: int, *, closed: bool = True) -> bytes:
    """The huge feed of issue #13: `count` items of about 30 bytes; unclosed = malformed."""
    items = "".join(f"<item><title>{k}</title></item>" for k in range(count))
    doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>{items}'
    return (doc + ("</channel></rss>" if closed else "")).encode()


def huge_feed() -> None:
    """300,000 tiny items (10 MB): whole, and capped at 2,000 from each end (the default)."""
    for closed, path in ((True, "fast path"), (False, "feedparser (malformed)")):
        body = tiny_items(300_000, closed=closed)

        def capped(body: bytes = body) -> None:
            parse_feed(body, url=URL, feed_name="b", now=NOW, max_items=2000)

        def whole(body: bytes = body) -> None:
            parse_feed(body, url=URL, feed_name="b", now=NOW)

        line = f"huge feed, 300,000 items, {path}: capped at 2 x 2,000 "
        line += f"{best_ms(capped, repeat=3) / 1000:.2f} s"
        if closed:  # feedparser on the whole document takes minutes
            line += f", whole {best_ms(whole, repeat=1) / 1000:.2f} s"
        print(line)


def pool_against_inline(feeds: int = 500) -> None:
    """`feeds` synthetic 60 KB feeds parsed in this process, then in a ParsePool."""
    import asyncio
    import resource

    from briefing.feeds.pool import ParseJob, ParsePool

    bodies = [synthetic_feed().replace(b"bench-", f"b{n}-".encode()) for n in range(feeds)]

    def cpu() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    async def in_pool(workers: int) -> None:
        with ParsePool(inline_bytes=0, workers=workers) as pool:
            jobs = [ParseJob(b, URL, "b", NOW, {}, 2000) for b in bodies]
            await asyncio.gather(*(pool.parse(job) for job in jobs))

    runs: list[tuple[str, Callable[[], object]]] = [
        ("inline", lambda: [parse_feed(b, url=URL, feed_name="b", now=NOW) for b in bodies]),
        ("pool, 1 worker", lambda: asyncio.run(in_pool(1))),
        ("pool, 2 workers", lambda: asyncio.run(in_pool(2))),
    ]
    print(f"{feeds} synthetic 60 KB feeds (wall / CPU, workers included):")
    for name, run in runs:
        start, used = time.perf_counter(), cpu()
        run()
        print(f"  {name:16} {time.perf_counter() - start:5.2f} s / {cpu() - used:5.2f} s")


if __name__ == "__main__":
    main()
