"""Time loading and editing a config of many feeds, as a big OPML import leaves one.

    python benchmarks/config_load.py [FEEDS ...]     # default 10000 20000 40000 70000

For each size: `import-opml` of a generated list into an empty config, `load_config`
(what every command does first), and a `feeds add` and a `feeds remove` on the
result. Prints seconds only (no pass/fail). Loading should grow linearly: twice the
feeds, about twice the time (a 70,000-feed config took 57 s to load when the
duplicate-name check scanned the names before each one; it takes about 1 s now).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from briefing.config import load_config
from briefing.config_edit import add_feeds, remove_feed
from briefing.feeds.opml import read_opml
from briefing.models import Feed


def _opml(count: int) -> bytes:
    body = "\n".join(f'<outline text="F{n}" xmlUrl="https://e.example/{n}"/>' for n in range(count))
    return f'<?xml version="1.0"?><opml version="2.0"><body>{body}</body></opml>'.encode()


def _run(count: int, folder: Path) -> tuple[float, float, float, float]:
    config = folder / f"config-{count}.toml"
    config.write_text(f'data_dir = "{folder / "data"}"\n')
    start = time.perf_counter()
    add_feeds(config, read_opml(_opml(count), "generated"), skip_known=True)
    imported = time.perf_counter()
    assert len(load_config(config).feeds) == count
    loaded = time.perf_counter()
    add_feeds(config, [Feed("Late", "https://late.example/")])
    added = time.perf_counter()
    remove_feed(config, "F1")
    removed = time.perf_counter()
    return imported - start, loaded - imported, added - loaded, removed - added


def main(sizes: list[int]) -> None:
    print(f"{'feeds':>7} {'import':>8} {'load':>8} {'add':>8} {'remove':>8}  (seconds)")
    with tempfile.TemporaryDirectory(prefix="briefing-config-") as name:
        for count in sizes:
            times = _run(count, Path(name))
            print(f"{count:>7} " + " ".join(f"{t:>8.2f}" for t in times))


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [10_000, 20_000, 40_000, 70_000])
