"""Time the summarizer: articles per second over the dev corpus, and 1 MB pathological inputs.

    python benchmarks/summarize.py [CORPUS_DIR]

Runs on one core in this process; prints figures only (no pass/fail). The throughput
run is repeated ROUNDS times, and the best and the median are printed: other work on
a shared machine only ever slows a round down.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from briefing.summarize import summarize

ARTICLES = 3000
"""How many articles the throughput run summarises (the dev corpus repeated)."""

ROUNDS = 3
MEGABYTE = 1_000_000


def _corpus(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def _pathological() -> dict[str, str]:
    """Inputs built to make a careless regex backtrack: runs of marks, digits and dots."""
    n = MEGABYTE
    return {
        'quotes "': '"' * n,
        "curly quotes": "“" * (n // 2) + "”" * (n // 2),
        "digits 1,": ("1," * n)[:n],
        "dots . ": (". " * n)[:n],
        "digits": "9" * n,
        "spaced digits": ("123 " * n)[:n],
        "capital words": ("Said Minister Alexander " * n)[:n],
        "mixed": ('He said "1,2 3.4% $5 bn" U.S. St. No. 7 «a» ‘b’ - ' * n)[:n],
        "long sentence": ("the ministry said that about 5 percent of " * n)[:n],
        "quoted pronouns": ("she “a” " * n)[:n],
        "numbers in words": ("two million and a third of nearly half " * n)[:n],
        "quote runs": ("“a” “b” " * n)[:n],
        "many names": _many_names(n),
    }


def _many_names(n: int) -> str:
    """Thousands of two-word names no list knows, with a quote among them: each name's
    surname is looked for speaking alone (see extract.cues.speaks_alone), which must stay
    within its reach and not read the whole text for every name."""

    def name(i: int) -> str:
        return "Q" + "".join("abcdefghijklmnopqrstuvwxyz"[(i // 26**k) % 26] for k in range(4))

    lines = [f"{name(2 * i)} {name(2 * i + 1)} met them. " for i in range(n // 24)]
    half = len(lines) // 20  # the quote inside the first 100,000 characters that are read
    return ("".join(lines[:half]) + "\n“We are done,” Qaaaa said.\n" + "".join(lines[half:]))[:n]


def main(argv: list[str]) -> int:
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
    folder = Path(argv[1]) if len(argv) > 1 else default
    texts = _corpus(folder)
    if texts:
        batch = (texts * (ARTICLES // len(texts) + 1))[:ARTICLES]
        summarize(texts[0])
        rates: list[float] = []
        for _ in range(ROUNDS):
            t0 = time.process_time()
            for text in batch:
                summarize(text)
            # CPU time is what one core spends; wall time would count other processes' turns.
            rates.append(len(batch) / (time.process_time() - t0))
        print(
            f"throughput: {len(batch)} articles x {ROUNDS} rounds: {max(rates):.0f} articles/s "
            f"per core best, {statistics.median(rates):.0f} median"
        )
    else:
        print(f"throughput: no articles in {folder}", file=sys.stderr)
    worst = 0.0
    for name, text in _pathological().items():
        t0 = time.process_time()
        summarize(text)
        elapsed = time.process_time() - t0
        worst = max(worst, elapsed)
        print(f"1 MB {name:16s}: {elapsed:.3f} s")
    print(f"1 MB worst case: {worst:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
