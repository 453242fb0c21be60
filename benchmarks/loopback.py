"""The loopback feed server of ../shared/bench (feedserver.py), started for a benchmark.

    with feed_server("refresh_floor.py", "--feeds", "1000", "--hosts", "100") as port:
        ...

The benchmarks that time fetching run it the same way: on a free port, its port read from
the file it writes once it listens, stopped when the benchmark ends. Those that time the
requests alone take the server's options from `add_server_options`, start it with
`served` and read its feeds' addresses with `feed_urls`.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

SERVER = Path(__file__).resolve().parents[2] / "shared" / "bench" / "feedserver.py"


@contextlib.contextmanager
def feed_server(script: str, *options: str) -> Iterator[int]:
    """Run feedserver.py with `options` (its port is chosen here) and yield its port once it
    listens; `script` names the benchmark in the one-line errors that stop it."""
    if not SERVER.exists():
        sys.exit(f"benchmarks/{script}: {SERVER} not found (../shared/bench is needed)")
    with tempfile.TemporaryDirectory() as tmp:
        port_file = Path(tmp) / "port"
        command = [sys.executable, str(SERVER), *options, "--port", "0"]
        server = subprocess.Popen(
            [*command, "--port-file", str(port_file)], stdout=subprocess.DEVNULL
        )
        try:
            while not port_file.exists() or not port_file.read_text().strip():
                if server.poll() is not None:
                    sys.exit(f"benchmarks/{script}: the feed server did not start")
                time.sleep(0.1)
            time.sleep(0.5)  # the port file comes just before the server is ready
            yield int(port_file.read_text())
        finally:
            server.terminate()
            server.wait(10)


def add_server_options(parser: argparse.ArgumentParser) -> None:
    """The server's options a benchmark passes on: feeds, hosts and latency."""
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--latency-ms", type=float, default=100)


def served(
    script: str, args: argparse.Namespace, max_seconds: int
) -> contextlib.AbstractContextManager[int]:
    """`feed_server` with the options of `add_server_options`, for at most `max_seconds`."""
    options = ["--feeds", str(args.feeds), "--hosts", str(args.hosts)]
    options += ["--latency-ms", str(args.latency_ms), "--max-seconds", str(max_seconds)]
    return feed_server(script, *options)


def feed_urls(port: int, feeds: int) -> list[str]:
    """The addresses of the server's first `feeds` feeds (from the config it serves)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/toml?n={feeds}") as answer:
        return [line.split('"')[1] for line in answer.read().decode().splitlines() if "url" in line]
