"""The floor of a refresh of 304s: a bare asyncio client on the benchmark's own server.

    python benchmarks/refresh_floor.py                 # 1,000 feeds, 100 hosts, 100 ms
    python benchmarks/refresh_floor.py --in-flight 100 --per-host 6   # the defaults before 200, 2

Starts ../shared/bench/feedserver.py as `benchmarks/refresh.py` does, reads every feed once
for its ETag, then times rounds of conditional GETs (all 304) with a client that does
nothing but write each request and read each answer's head over kept-alive connections,
as many in flight as briefing's default `concurrency` (200), at most `per_host` (2) to a
host. Its wall time is what the server's latency and the number in flight allow any
client; its CPU is next to nothing. Compare briefing's first re-run with it.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.loopback import add_server_options, feed_urls, served


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_server_options(parser)
    parser.add_argument("--in-flight", type=int, default=200)
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with served("refresh_floor.py", args, max_seconds=600) as port:
        rounds = asyncio.run(_run(port, args))
    walls = [wall for wall, _ in rounds[1:]]
    cpus = [cpu for _, cpu in rounds[1:]]
    print(f"{args.feeds} conditional GETs, {args.in_flight} in flight, {args.hosts} hosts:")
    print(f"  wall median {statistics.median(walls):.2f} s (best {min(walls):.2f})")
    print(f"  CPU median {statistics.median(cpus):.3f} s")


async def _run(port: int, args: argparse.Namespace) -> list[tuple[float, float]]:
    urls = feed_urls(port, args.feeds)
    etags: dict[str, str] = {}
    rounds = []
    for _ in range(args.rounds + 1):  # the first round reads the feeds for their ETags
        start, cpu = time.perf_counter(), time.process_time()
        await _round(urls, etags, args)
        rounds.append((time.perf_counter() - start, time.process_time() - cpu))
    return rounds


async def _round(urls: list[str], etags: dict[str, str], args: argparse.Namespace) -> None:
    in_flight = asyncio.Semaphore(args.in_flight)
    hosts: dict[str, asyncio.Semaphore] = collections.defaultdict(
        lambda: asyncio.Semaphore(args.per_host)
    )
    idle: dict[str, list[tuple[asyncio.StreamReader, asyncio.StreamWriter]]] = (
        collections.defaultdict(list)
    )

    async def get(url: str) -> None:
        parts = urlsplit(url)
        host = parts.hostname or ""
        async with hosts[host], in_flight:
            if idle[host]:
                reader, writer = idle[host].pop()
            else:
                reader, writer = await asyncio.open_connection(host, parts.port)
            validator = f"If-None-Match: {etags[url]}\r\n" if url in etags else ""
            writer.write(
                f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n{validator}\r\n".encode()
            )
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            fields = dict(line.split(": ", 1) for line in head.split("\r\n")[1:] if ": " in line)
            lowered = {name.lower(): value for name, value in fields.items()}
            await reader.readexactly(int(lowered.get("content-length", "0")))
            if "etag" in lowered:
                etags[url] = lowered["etag"]
            idle[host].append((reader, writer))

    await asyncio.gather(*(get(url) for url in urls))
    for connections in idle.values():
        for _, writer in connections:
            writer.close()


if __name__ == "__main__":
    main()
