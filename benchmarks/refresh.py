"""Time `briefing refresh` against newsboat on the same loopback feeds, in one run.

    python benchmarks/refresh.py                        # 1,000 feeds x 30 items, 100 hosts, 100 ms
    python benchmarks/refresh.py --baseline /tmp/venv/bin/briefing --repeat 3
    python benchmarks/refresh.py --feeds 200 --latency-ms 0 --hosts 1

Drives ../shared/bench/newsboat_reload.py (see its README): cold, warm (304s),
warm again, then a churn round, for newsboat, briefing and, with `--baseline`,
another briefing (say main's, to compare a change on a noisy machine: the two
run back to back in the same cells). newsboat runs with `reload-threads 32`
(its best measured setting; its default is 1); `--newsboat-analyze` runs
SQLite's ANALYZE on its cache after each phase (untimed), which newsboat 2.21
never does. briefing runs with its defaults; on one host (`--hosts 1`) its
per-host cap (2, to be polite to real sites) is raised to 100.

After the harness's table this prints, per client and phase, the median wall
time, its ratio to newsboat's, the peak RSS and the connections the server saw
opened (per host). Needs newsboat (`apt-get install newsboat time`) and
briefing: the one beside the Python that runs this script (a venv's), else the
one on PATH, or `--briefing PATH`; the command line it prints names it.

`--fulltext` times the full-text step instead (article pages of teaser feeds,
read with trafilatura): it runs benchmarks/fulltext.py and prints pages per
second; newsboat has no such step to compare with.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HARNESS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "newsboat_reload.py"
PHASES = ("cold", "warm1", "warm2", "churn")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", default="1000")
    parser.add_argument("--latency-ms", default="100")
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--threads", default="32")
    parser.add_argument("--repeat", default="1")
    # The briefing beside this Python (a venv's, this checkout when installed with -e)
    # before one on PATH, which may be another install of older code.
    beside = Path(sys.executable).with_name("briefing")
    default = str(beside) if beside.exists() else shutil.which("briefing") or "briefing"
    parser.add_argument("--briefing", default=default)
    parser.add_argument("--baseline", help="another briefing executable to time beside")
    parser.add_argument("--newsboat-analyze", action="store_true")
    parser.add_argument("--out", default=str(Path(__file__).parent / "results"))
    parser.add_argument("--fulltext", action="store_true", help="time the full-text step")
    args = parser.parse_args()
    if args.fulltext:
        script = Path(__file__).with_name("fulltext.py")
        sys.exit(subprocess.call([sys.executable, str(script)]))
    if not HARNESS.exists():
        sys.exit(f"benchmarks/refresh.py: {HARNESS} not found (../shared/bench is needed)")
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    stem = f"refresh-{args.feeds}-{args.latency_ms}ms-{args.hosts}h".replace(",", "_")
    jsonl = out / f"{stem}.jsonl"
    jsonl.unlink(missing_ok=True)
    per_host = " --per-host 100" if args.hosts == 1 else ""
    clients = {"briefing": args.briefing}
    if args.baseline:
        clients["baseline"] = args.baseline
    command = [sys.executable, str(HARNESS), "--clients", ",".join(["newsboat", *clients])]
    for name, program in clients.items():
        command += ["--client", f"{name}={program} --config {{toml}} refresh{per_host}"]
    command += ["--feeds", args.feeds, "--latency-ms", args.latency_ms, "--hosts", str(args.hosts)]
    command += ["--threads", args.threads, "--repeat", args.repeat]
    command += ["--jsonl", str(jsonl), "--markdown", str(out / f"{stem}.md")]
    if args.newsboat_analyze:
        command.append("--newsboat-analyze")
    print("$", " ".join(command), flush=True)
    # An installed briefing has its bytecode compiled; with PYTHONDONTWRITEBYTECODE set
    # (some shells and CI set it) every run would compile the package again, about
    # 0.1 s of each warm run that no user pays.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    code = subprocess.call(command, env=env)
    if jsonl.exists():
        summarize(jsonl, args.hosts)
    sys.exit(code)


def summarize(jsonl: Path, hosts: int) -> None:
    """Medians per client and phase, with ratios to newsboat's and to the baseline's."""
    rows = [json.loads(line) for line in jsonl.read_text().splitlines() if line.strip()]
    cells: dict[tuple[str, str], list[dict[str, float]]] = defaultdict(list)
    for row in rows:
        cells[(row["client"], row["phase"])].append(row)

    def median(client: str, phase: str, key: str) -> float | None:
        values = [r[key] for r in cells.get((client, phase), []) if r.get(key) is not None]
        return statistics.median(values) if values else None

    # CPU (user + system of the client's process tree) varies less than wall time on a
    # shared machine; "others" is the CPU other processes used meanwhile (the load).
    print(
        "\nclient    phase   wall s  vs newsboat  vs baseline   cpu s  cpu vs base"
        "  peak MB  conns/host  others s"
    )
    for client in sorted({c for c, _ in cells}, key=lambda c: c != "newsboat"):
        for phase in PHASES:
            wall = median(client, phase, "wall_s")
            if wall is None:
                continue
            boat = median("newsboat", phase, "wall_s")
            base = median("baseline", phase, "wall_s")
            cpu = median(client, phase, "cpu_s") or 0.0
            base_cpu = median("baseline", phase, "cpu_s")
            rss = median(client, phase, "maxrss_mb")
            conns = median(client, phase, "connections")
            others = median(client, phase, "other_cpu_s") or 0.0
            print(
                f"{client:9} {phase:6} {wall:7.2f}  {_ratio(wall, boat):>11}  "
                f"{_ratio(wall, base):>11}  {cpu:6.2f}  {_ratio(cpu, base_cpu):>11}  "
                f"{rss or 0:7.0f}  {(conns or 0) / hosts:10.1f}  {others:8.1f}"
            )


def _ratio(value: float, other: float | None) -> str:
    return f"{value / other:.2f}x" if other else "-"


if __name__ == "__main__":
    main()
