"""Time the full-text step: article pages fetched on loopback and read with trafilatura.

    python benchmarks/fulltext.py                      # 50 feeds x 10 items, 0 ms latency
    python benchmarks/fulltext.py --feeds 100 --latency-ms 50 --body-words 400

Serves teaser feeds with ../shared/bench/feedserver.py (its /article/<i>/<j>.html
pages), refreshes the feeds into a fresh store (pages not yet due), then times
`fulltext.refresh_pages` over every item's page: with the default executor (one
thread below `PROCESS_POOL_PAGES` pages, else a process pool, started inside the
timing), one thread, N threads and N prestarted processes; prints pages per second.
`--body-words` sets the words of each page's story; the feeds carry the lead only
(their content:encoded is dropped before parsing) and are marked `fulltext = true`.

Measured on 2 CPUs, 400-word pages: 50 feeds x 10 items, 0 ms latency: default 284
pages/s, 1 thread 195, 2 threads 173, 2 processes 298; 100 x 10 at 50 ms latency:
default 214, 1 thread 190, 2 threads 125, 2 processes 336.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SERVER = Path(__file__).resolve().parents[2] / "shared" / "bench" / "feedserver.py"
BASE_TIME = datetime(2025, 1, 6, tzinfo=UTC)
"""feedserver.py dates its items from here."""


@contextlib.contextmanager
def feed_server(args: argparse.Namespace, folder: Path) -> Iterator[str]:
    port_file = folder / "port"
    command = [
        sys.executable,
        str(SERVER),
        "--feeds",
        str(args.feeds),
        "--items",
        str(args.items),
        "--latency-ms",
        str(args.latency_ms),
        "--body-words",
        str(args.body_words),
        "--port",
        "0",
        "--port-file",
        str(port_file),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            if port_file.exists():
                break
            time.sleep(0.05)
        else:
            sys.exit("benchmarks/fulltext.py: the feed server did not start")
        yield f"http://127.0.0.1:{port_file.read_text().strip()}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def summary_only(body: bytes) -> bytes:
    """The feed without its content:encoded / Atom content: the lead is all it carries."""
    import re

    body = re.sub(rb"<content:encoded>.*?</content:encoded>", b"", body, flags=re.S)
    return re.sub(rb"<content type=\"html\">.*?</content>", b"", body, flags=re.S)


def run(
    args: argparse.Namespace, base: str, folder: Path, label: str, pool: Executor | None
) -> None:
    from briefing.config import load_config
    from briefing.pages.fulltext import refresh_pages
    from briefing.paths import store_path
    from briefing.pipeline import fetch_settings, refresh
    from briefing.store.database import open_store

    data = folder / label
    lines = [f'data_dir = "{data}"', "per_host = 100", "concurrency = 100"]
    for i in range(args.feeds):
        lines += ["[[feeds]]", f'name = "bench {i}"', f'url = "{base}/feed/{i}.xml"']
        lines += ["fulltext = true"]
    config_file = folder / f"{label}.toml"
    config_file.write_text("\n".join(lines) + "\n")
    config = load_config(config_file)
    with open_store(store_path(config.data_dir)) as store:
        # Stored "now": the items are two years old by then, so no page is due yet.
        refresh(config, store)
        feeds = {f.name: f for f in config.feeds}
        when = BASE_TIME + timedelta(days=1)
        started = time.perf_counter()
        report = refresh_pages(
            store, feeds, fetch_settings(config), now=when, limit=10**9, executor=pool
        )
        elapsed = time.perf_counter() - started
    pages = report.read + report.failed
    print(
        f"{label:>14}: {pages} pages in {elapsed:.2f} s = {pages / elapsed:,.0f} pages/s"
        f" ({report.read} read, {report.failed} failed)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=10)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--body-words", type=int, default=400)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    if not SERVER.exists():
        sys.exit(f"benchmarks/fulltext.py: {SERVER} not found (../shared/bench is needed)")
    import briefing.feeds.parse as parse

    # The bench feeds carry the whole story in content:encoded; drop it so each item
    # carries the lead only, as a teaser feed does.
    original = parse.parse_feed
    parse.parse_feed = lambda body, **kw: original(summary_only(body), **kw)
    print(
        f"{args.feeds} feeds x {args.items} items, {args.body_words}-word pages,"
        f" {args.latency_ms:g} ms latency, {args.workers} workers",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp, feed_server(args, Path(tmp)) as base:
        run(args, base, Path(tmp), "default", None)
        with ThreadPoolExecutor(max_workers=1) as pool:
            run(args, base, Path(tmp), "1 thread", pool)
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            run(args, base, Path(tmp), f"{args.workers} threads", pool)
        with ProcessPoolExecutor(max_workers=args.workers) as processes:
            for _ in range(args.workers):  # start the workers (and import) before timing
                processes.submit(exec, "import trafilatura").result()
            run(args, base, Path(tmp), f"{args.workers} processes", processes)


if __name__ == "__main__":
    main()
