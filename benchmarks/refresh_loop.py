"""The event loop's CPU for a re-run of 304s: `fetch_all` in-process on the benchmark's server.

    python benchmarks/refresh_loop.py                    # 1,000 feeds, 100 hosts, 100 ms
    python benchmarks/refresh_loop.py --rounds 20 --against /path/to/other/checkout/src

Starts ../shared/bench/feedserver.py as `benchmarks/refresh_floor.py` does, reads every
feed once for its validators, then times rounds of `fetch_all` over the same 1,000
conditional GETs (all 304) in this process: wall time, CPU (`time.process_time`) and the
time the cyclic garbage collector took (gc.callbacks). A whole `briefing refresh` adds
its start (imports, config, store: about 0.2 s) and its end; this is the part that
scales with the feeds. With `--against`, rounds alternate with the briefing package of
another source tree (say the base commit's `src`, from `git archive`), loaded under its
own name, so a change to the fetch path is timed beside the code before it in one
process, on a machine whose load varies: compare the medians.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.loopback import add_server_options, feed_urls, served


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_server_options(parser)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--against", type=Path, help="another tree's src directory")
    args = parser.parse_args()
    variants = {"this": _package(None)}
    if args.against:
        variants["against"] = _package(args.against)
    with served("refresh_loop.py", args, max_seconds=900) as port:
        figures = _run(port, args, variants)
    print(f"{args.feeds} conditional GETs through fetch_all, {args.rounds} rounds each:")
    for name, rounds in figures.items():
        wall, cpu, collect = (statistics.median(values) for values in zip(*rounds, strict=True))
        print(f"  {name}: wall {wall:.3f} s, CPU {cpu:.3f} s, GC {collect * 1000:.0f} ms (medians)")


def _package(src: Path | None) -> dict[str, ModuleType]:
    """fetch and loop modules of this checkout's briefing, or of the one under `src`."""
    if src is None:
        names = ("briefing.feeds.fetch", "briefing.feeds.loop")
        return {name.rsplit(".", 1)[-1]: importlib.import_module(name) for name in names}
    # The other tree's package, imported on its own: its modules replace this one's in
    # sys.modules only while they load, then this checkout's come back.
    saved = {name: module for name, module in sys.modules.items() if name.startswith("briefing")}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(src.resolve()))
    try:
        fetch = importlib.import_module("briefing.feeds.fetch")
        loop = importlib.import_module("briefing.feeds.loop")
    finally:
        sys.path.pop(0)
        for name in [name for name in sys.modules if name.startswith("briefing")]:
            del sys.modules[name]
        sys.modules.update(saved)
    return {"fetch": fetch, "loop": loop}


def _run(
    port: int, args: argparse.Namespace, variants: dict[str, dict[str, ModuleType]]
) -> dict[str, list[tuple[float, float, float]]]:
    urls = feed_urls(port, args.feeds)
    collecting = [0.0, 0.0]  # start of the collection running, total

    def timed(phase: str, _: dict[str, Any]) -> None:
        if phase == "start":
            collecting[0] = time.perf_counter()
        else:
            collecting[1] += time.perf_counter() - collecting[0]

    gc.callbacks.append(timed)
    figures: dict[str, list[tuple[float, float, float]]] = {name: [] for name in variants}
    requests: dict[str, list[Any]] = {}
    for name, modules in variants.items():
        fetch, loop = modules["fetch"], modules["loop"]
        first = [fetch.FetchRequest(str(i), url) for i, url in enumerate(urls)]
        results = loop.run(fetch.fetch_all(first, keep_bodies=False))
        requests[name] = [
            fetch.FetchRequest(r.request.name, r.request.url, r.etag, r.last_modified)
            for r in results
        ]
    for index in range(args.rounds):
        order = list(variants) if index % 2 == 0 else list(reversed(variants))
        for name in order:
            fetch, loop = variants[name]["fetch"], variants[name]["loop"]
            collecting[1] = 0.0
            start, cpu = time.perf_counter(), time.process_time()
            results = loop.run(fetch.fetch_all(requests[name], keep_bodies=False))
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
            unchanged = sum(result.outcome == "not_modified" for result in results)
            if unchanged != len(results):
                sys.exit(f"benchmarks/refresh_loop.py: {len(results) - unchanged} feeds not 304")
            figures[name].append((wall, cpu, collecting[1]))
    gc.callbacks.remove(timed)
    return figures


if __name__ == "__main__":
    main()
