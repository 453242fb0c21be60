"""How well briefing reads: every scorer of ../shared/corpus in one table, and the time it takes.

    python benchmarks/quality.py [--shared PATH] [--figures PATH/quantities.json]

Runs, each with the scorer the corpus ships (nothing here re-scores):
  - the house dev set (`corpus/dev`, score_summaries.py): lead, dateline, source, quotes,
    speakers, figures and their contexts;
  - the dev day of clusters (`corpus/clusters-dev`, score_clusters.py), served on 127.0.0.1,
    refreshed and printed by `briefing today --format json` as a user would;
  - real Reuters copy of 1987 (`corpus/real/reuters-dev`, score_wire.py): dateline, lead, source;
  - real US political news of 2016 (`corpus/real/polnear-train`, score_quotes.py): quotes and
    speakers;
  - real news sentences with gold quantities (quantulum3's test set, MIT; see
    benchmarks/figures_real.py for where to put it): figure values and units, when present;
  - our own labelled multi-outlet coverage (tests/stories/coverage.py, coverage_wire.py,
    coverage_days.py, and coverage_real4.py to coverage_real30.py, the
    "blind" sets, written without reading the clustering code, the second a third whole
    articles, the third in other wire services' forms; scored by coverage.score): stories
    at the items' own times and squashed into one day; for the days and blind sets, also
    each publication day clustered alone, as issue #16's real set is scored (the mean and
    the worst day's pair F1, the worst day's precision);
  - the real PolNeAR articles labelled by event by hand (tests/stories/polnear.py): stories at
    their own times, squashed into one day and, as "per day", one calendar week at a time
    (a day holds at most nine articles).
Each row shows the issue's bar beside the score. The time per article is summarize() alone,
in this process on one core, over every article of the sets above. Prints figures only.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import importlib
import json
import shlex
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from briefing.summarize import summarize

ROOT = Path(__file__).resolve().parents[1]
COMMAND = f"{shlex.quote(sys.executable)} -m briefing summarize --format json"

_SET_MODULES = (
    ("own", "coverage"),
    ("wire", "coverage_wire"),
    ("days", "coverage_days"),
    *((f"blind {n - 3}" if n > 4 else "blind", f"coverage_real{n}") for n in range(4, 31)),
)
"""Each labelled set of our own coverage and its module in tests/stories."""
COVERAGE_SETS = (*(name for name, _ in _SET_MODULES), "PolNeAR events")
"""The labelled coverage sets stories are scored on (see own_coverage)."""
DAY_SETS = COVERAGE_SETS[2:]
"""Those over several days, also scored one day (PolNeAR: one week) at a time."""

BARS: dict[tuple[str, str], float] = {
    ("house dev", "lead"): 1.0,
    ("house dev", "dateline"): 1.0,
    ("house dev", "source"): 0.95,
    ("house dev", "quote_f1"): 0.95,
    ("house dev", "speaker"): 0.95,
    ("house dev", "fig_f1"): 0.95,
    ("house dev", "context"): 0.90,
    ("clusters dev", "pair_f1"): 0.95,
    ("clusters dev", "bcubed_f1"): 0.95,
    ("Reuters 1987", "dateline"): 0.98,
    ("Reuters 1987", "lead_prose"): 0.95,
    ("Reuters 1987", "source"): 0.95,
    ("PolNeAR 2016", "quote_f1"): 0.97,
    ("PolNeAR 2016", "speaker_usable"): 0.80,
    ("quantulum3 sentences", "value_f1"): 0.90,
    ("quantulum3 sentences", "unit_f1_strict"): 0.80,
    **{
        (f"{name} coverage{suffix}", field): bar
        for name in COVERAGE_SETS
        for suffix, field, bar in (
            ("", "pair_p", 0.95),
            ("", "pair_f1", 0.95),
            (", 1 day", "pair_f1", 0.85),
            (", 1 day", "bcubed_f1", 0.92),
        )
    },
    **{
        (f"{name} coverage, per day", field): bar
        for name in DAY_SETS
        for field, bar in (("pair_p_min", 0.95), ("pair_f1_mean", 0.95), ("pair_f1_min", 0.85))
    },
}
"""The bar issue #12 sets for each field it names (house dev: 1.00 on lead and dateline),
and issue #16's for stories (its real days and its heavy day) on our own coverage."""

SHOWN = {
    "house dev": ("lead", "dateline", "source", "quote_f1", "speaker", "fig_f1", "context"),
    "clusters dev": ("pair_f1", "bcubed_f1", "coverage"),
    "Reuters 1987": ("dateline", "lead_prose", "lead_all", "source"),
    "PolNeAR 2016": ("quote_p", "quote_r", "quote_f1", "speaker_usable"),
    "quantulum3 sentences": ("value_p", "value_r", "value_f1", "unit_f1_strict"),
    **{
        f"{name} coverage{suffix}": fields
        for name in COVERAGE_SETS
        for suffix, fields in (
            ("", ("pair_p", "pair_r", "pair_f1", "bcubed_f1")),
            (", per day", ("pair_p_min", "pair_f1_mean", "pair_f1_min")),
            (", 1 day", ("pair_p", "pair_r", "pair_f1", "bcubed_f1")),
        )
        if suffix != ", per day" or name in DAY_SETS
    },
    "Google News groups": ("pair_p", "pair_r", "pair_f1", "bcubed_f1"),
}


def _last_line_scores(output: str) -> dict[str, float]:
    """The machine-readable last line every scorer prints: `key=value key=value ...`."""
    last = [line for line in output.strip().splitlines() if "=" in line][-1]
    scores: dict[str, float] = {}
    for part in last.split():
        key, _, value = part.partition("=")
        try:
            scores[key] = float(value)
        except ValueError:
            continue
    return scores


def _run(args: list[str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:3])} failed: {done.stderr.strip()[-600:]}")
    return done.stdout


def house_dev(corpus: Path) -> dict[str, float]:
    scorer = corpus / "score_summaries.py"
    return _last_line_scores(
        _run([sys.executable, str(scorer), str(corpus / "dev"), "--cmd", COMMAND])
    )


def reuters(corpus: Path) -> dict[str, float]:
    scorer = corpus / "real" / "score_wire.py"
    data = corpus / "real" / "reuters-dev"
    return _last_line_scores(
        _run([sys.executable, str(scorer), "--cmd", COMMAND, "--data", str(data), "--no-baselines"])
    )


def polnear(corpus: Path) -> dict[str, float]:
    scorer = corpus / "real" / "score_quotes.py"
    data = corpus / "real" / "polnear-train"
    return _last_line_scores(
        _run([sys.executable, str(scorer), "--data", str(data), "--cmd", COMMAND])
    )


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def clusters(corpus: Path) -> dict[str, float]:
    """Serve the dev day's feeds on 127.0.0.1, refresh them, score `today --format json`."""
    folder = corpus / "clusters-dev"
    gold = folder / "clusters.json"
    day = json.loads(gold.read_text(encoding="utf-8"))["date"]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with tempfile.TemporaryDirectory() as temp:
            config = Path(temp) / "config.toml"
            lines = [f'data_dir = "{Path(temp) / "data"}"']
            for path in sorted(folder.iterdir()):
                if path.name != "clusters.json":
                    lines += [
                        "",
                        "[[feeds]]",
                        f'name = "{path.name}"',
                        f'url = "{base}{path.name}"',
                    ]
            config.write_text("\n".join(lines) + "\n", encoding="utf-8")
            cli = [sys.executable, "-m", "briefing", "--config", str(config)]
            _run([*cli, "refresh"])
            prediction = Path(temp) / "today.json"
            prediction.write_text(
                _run([*cli, "today", "--date", day, "--format", "json", "--no-refresh"]),
                encoding="utf-8",
            )
            scorer = corpus / "score_clusters.py"
            return _last_line_scores(
                _run([sys.executable, str(scorer), str(gold), str(prediction)])
            )
    finally:
        server.shutdown()


def figures(quantities: Path | None) -> dict[str, float] | None:
    script = ROOT / "benchmarks" / "figures_real.py"
    if not script.exists():
        return None
    args = [sys.executable, str(script)]
    if quantities is not None:
        args.append(str(quantities))
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    # The script prints the house convention (years and durations optional, as the dev
    # set's gold has them) and then all gold as required; the first is the measure.
    house = [line for line in done.stdout.splitlines() if line.startswith("house convention:")]
    if done.returncode != 0 or not house:
        print(f"(figures: {(done.stderr or done.stdout).strip().splitlines()[-1:]})")
        return None
    return _last_line_scores(house[0])


def own_coverage() -> dict[str, dict[str, float] | None]:
    """Stories over our own labelled coverage, at the items' times and squashed into a day."""
    sys.path.insert(0, str(ROOT))
    from tests.stories import coverage, google_news, polnear

    results: dict[str, dict[str, float] | None] = {}
    sets = [
        (name, importlib.import_module(f"tests.stories.{module}").PIECES)
        for name, module in _SET_MODULES
    ]
    # Scored as the sets' tests score them (tests/stories/coverage.py), so the table and the
    # floors there are one measurement.
    for name, pieces in sets:
        for suffix, items in (
            ("", coverage.items(pieces=pieces)),
            (", 1 day", coverage.heavy(pieces)),
        ):
            scores = coverage.scores(items, pieces)
            results[f"{name} coverage{suffix}"] = dataclasses.asdict(scores)
        if name not in DAY_SETS:
            continue
        days = coverage.per_day(pieces)
        results[f"{name} coverage, per day"] = {
            "pair_p_min": days.worst_p,
            "pair_f1_mean": days.mean_f1,
            "pair_f1_min": days.worst_f1,
        }
    # The PolNeAR articles labelled by event (tests/stories/polnear.py): a day holds at most
    # nine, so its "per day" row is one calendar week at a time (the weeks with a true pair).
    pieces = polnear.pieces()
    if pieces:
        for suffix, scores in (
            ("", polnear.at_own_times(pieces)),
            (", 1 day", polnear.heavy(pieces)),
        ):
            results[f"PolNeAR events coverage{suffix}"] = dataclasses.asdict(scores)
        weeks = polnear.per_week(pieces)
        results["PolNeAR events coverage, per day"] = {
            "pair_p_min": weeks.worst_p.scores.pair_p,
            "pair_f1_mean": weeks.mean_f1,
            "pair_f1_min": weeks.worst_f1.scores.pair_f1,
        }
    # Real headlines of one event from several outlets: the real Google News feed's groups,
    # read as headline-only items (tests/stories/google_news.py). No bar: its groups are
    # broader than one event now and then.
    if google_news.FEED.is_file():
        results["Google News groups"] = dataclasses.asdict(google_news.scores())
    return results


def time_per_article(corpus: Path) -> tuple[int, float]:
    """(articles, best ms per article of three rounds) for summarize() over every text."""
    folders = [corpus / "dev", corpus / "real" / "reuters-dev", corpus / "real" / "polnear-train"]
    texts = [p.read_text(encoding="utf-8") for f in folders if f.is_dir() for p in f.glob("*.txt")]
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            summarize(text)
        best = min(best, time.perf_counter() - started)
    return len(texts), 1000 * best / max(len(texts), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--figures", type=Path, default=None, help="quantulum3's quantities.json")
    args = parser.parse_args()
    corpus = args.shared / "corpus"
    if not corpus.is_dir():
        raise SystemExit(f"no corpus at {corpus}: put ../shared beside the checkout")
    results: dict[str, dict[str, float] | None] = {
        "house dev": house_dev(corpus),
        "clusters dev": clusters(corpus),
        "Reuters 1987": reuters(corpus),
        "PolNeAR 2016": polnear(corpus),
        "quantulum3 sentences": figures(args.figures),
        **own_coverage(),
    }
    articles, per_article = time_per_article(corpus)
    print(f"{'set':25} {'field':16} {'score':>7} {'bar':>6}")
    for name, scores in results.items():
        if scores is None:
            print(f"{name:25} {'(not run: its data is absent)':>31}")
            continue
        for field in SHOWN[name]:
            if field not in scores:
                continue
            bar = BARS.get((name, field))
            mark = "" if bar is None else f"{bar:6.2f}" + ("" if scores[field] >= bar else " !")
            print(f"{name:25} {field:16} {scores[field]:7.3f} {mark}")
    print(
        f"summarize(): {per_article:.3f} ms per article ({articles} articles, best of 3, one core)"
    )


if __name__ == "__main__":
    main()
