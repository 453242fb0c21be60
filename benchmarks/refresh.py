"""Time `briefing refresh` against newsboat on the same loopback feeds, in one run.

    python benchmarks/refresh.py                 # 1,000 feeds x 30 items, 100 ms latency
    python benchmarks/refresh.py --feeds 200 --latency-ms 0

Drives ../shared/bench/newsboat_reload.py (see its README): cold, warm (304s),
warm again, then a churn round. newsboat runs with `reload-threads 32` (its
best measured setting; its default is 1). briefing runs with its default
global cap of 100 requests in flight; every bench feed lives on one loopback
host, so its per-host cap (6 by default, to be polite to real sites) is
raised to that global cap with `--per-host 100`.
Needs newsboat (`apt-get install newsboat time`) and briefing installed on PATH.

`--fulltext` times the full-text step instead (article pages of teaser feeds,
read with trafilatura): it runs benchmarks/fulltext.py and prints pages per
second; newsboat has no such step to compare with.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HARNESS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "newsboat_reload.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", default="1000")
    parser.add_argument("--latency-ms", default="100")
    parser.add_argument("--threads", default="32")
    parser.add_argument("--repeat", default="1")
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
    stem = f"refresh-{args.feeds}-{args.latency_ms}ms".replace(",", "_")
    command = [
        sys.executable,
        str(HARNESS),
        "--clients",
        "newsboat,briefing",
        "--client",
        "briefing=briefing --config {toml} refresh --per-host 100",
        "--feeds",
        args.feeds,
        "--latency-ms",
        args.latency_ms,
        "--threads",
        args.threads,
        "--repeat",
        args.repeat,
        "--jsonl",
        str(out / f"{stem}.jsonl"),
        "--markdown",
        str(out / f"{stem}.md"),
    ]
    print("$", " ".join(command), flush=True)
    sys.exit(subprocess.call(command))


if __name__ == "__main__":
    main()
