"""The loopback feed server of ../shared/bench (feedserver.py), started for a benchmark.

    with feed_server("refresh_floor.py", "--feeds", "1000", "--hosts", "100") as port:
        ...

The benchmarks that time fetching run it the same way: on a free port, its port read from
the file it writes once it listens, stopped when the benchmark ends.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
import time
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
