"""Peak memory of a cold `briefing refresh`, counted over its whole process tree.

    python benchmarks/refresh_memory.py                                  # 1,000 feeds, 100 hosts
    python benchmarks/refresh_memory.py --baseline /tmp/venv/bin/briefing --repeat 3

benchmarks/refresh.py reports peak RSS as GNU time does: the `ru_maxrss` of the
largest single process of the tree, which for briefing is the parent (its parse
workers are forked from it and smaller). That is the figure to hold beside
newsboat's, which is one process; it does not add the workers. This script samples
every process of the tree from /proc every 30 ms during a cold refresh and prints
the parent's peak, the largest worker's peak, and the peak of the tree's summed RSS
and summed PSS (shared pages split between the processes that share them: what the
refresh really costs the machine). newsboat's PSS is at most its RSS.

The feeds come from ../shared/bench/feedserver.py, started here; `--baseline` runs
another briefing (main's, say) on the same feeds, alternating with ours.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

SERVER = Path(__file__).resolve().parents[2] / "shared" / "bench" / "feedserver.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--latency-ms", default="100")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--briefing", default=shutil.which("briefing") or "briefing")
    parser.add_argument("--baseline", help="another briefing executable to measure beside")
    args = parser.parse_args()
    if not SERVER.exists():
        sys.exit(f"benchmarks/refresh_memory.py: {SERVER} not found (../shared/bench is needed)")
    clients = {"briefing": args.briefing}
    if args.baseline:
        clients["baseline"] = args.baseline
    with tempfile.TemporaryDirectory(prefix="refresh-memory-") as work:
        port_file = Path(work) / "port"
        command = [sys.executable, str(SERVER), "--feeds", str(args.feeds)]
        command += ["--hosts", str(args.hosts), "--latency-ms", args.latency_ms]
        command += ["--port", "0", "--port-file", str(port_file)]
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        try:
            toml = _feeds_toml(port_file, args.feeds)
            rows: dict[str, list[dict[str, float]]] = {name: [] for name in clients}
            for _ in range(args.repeat):
                for name, program in clients.items():
                    rows[name].append(_cold_run(program, toml, Path(work)))
        finally:
            server.terminate()
            server.wait()
    print("client    wall s  parent MB  worker MB  tree RSS MB  tree PSS MB  (medians)")
    for name, runs in rows.items():
        med = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        print(
            f"{name:9} {med['wall']:6.2f}  {med['parent']:9.0f}  {med['worker']:9.0f}  "
            f"{med['rss']:11.0f}  {med['pss']:11.0f}"
        )


def _feeds_toml(port_file: Path, feeds: int) -> bytes:
    deadline = time.monotonic() + 120
    while not port_file.exists() or not port_file.read_text().strip():
        if time.monotonic() > deadline:
            sys.exit("benchmarks/refresh_memory.py: the feed server did not start")
        time.sleep(0.2)
    port = int(port_file.read_text().strip())
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/toml?n={feeds}") as response:
        return bytes(response.read())


def _cold_run(program: str, toml: bytes, work: Path) -> dict[str, float]:
    home = Path(tempfile.mkdtemp(dir=work))
    config = home / "feeds.toml"
    config.write_bytes(toml)
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: see benchmarks/refresh.py
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), NO_PROXY="127.0.0.1")
    env.update(XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"))
    started = time.perf_counter()
    process = subprocess.Popen(
        [program, "--config", str(config), "refresh", "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(home / "stderr").open("wb"),
    )
    peak = {"parent": 0, "worker": 0, "rss": 0, "pss": 0}
    while process.poll() is None:
        rss = pss = 0
        for pid in _tree(process.pid):
            sample = _memory_kb(pid)
            if sample is None:
                continue
            key = "parent" if pid == process.pid else "worker"
            peak[key] = max(peak[key], sample[0])
            rss, pss = rss + sample[0], pss + sample[1]
        peak["rss"], peak["pss"] = max(peak["rss"], rss), max(peak["pss"], pss)
        time.sleep(0.03)
    wall = time.perf_counter() - started
    if process.returncode:
        said = (home / "stderr").read_text(errors="replace").strip().splitlines()[-1:]
        sys.exit(f"benchmarks/refresh_memory.py: {program} exited {process.returncode}: {said}")
    return {"wall": wall, **{key: value / 1024 for key, value in peak.items()}}


def _tree(root: int) -> list[int]:
    pids, index = [root], 0
    while index < len(pids):
        with_children = Path(f"/proc/{pids[index]}/task")
        try:
            for task in with_children.iterdir():
                pids += [int(pid) for pid in (task / "children").read_text().split()]
        except OSError:
            pass
        index += 1
    return pids


def _memory_kb(pid: int) -> tuple[int, int] | None:
    """(RSS, PSS) in kB from /proc/PID/smaps_rollup, None once the process is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    fields = {}
    for line in text.splitlines():
        name, _, value = line.partition(":")
        if name in ("Rss", "Pss"):
            fields[name] = int(value.split()[0])
    return fields.get("Rss", 0), fields.get("Pss", 0)


if __name__ == "__main__":
    main()
