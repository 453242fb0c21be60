"""The cluster scorer on ../shared/corpus/clusters-dev, the way a user gets there.

Its feed files are served on 127.0.0.1, `briefing refresh` stores them, and
`briefing today --date <gold date> --format json` is scored with the corpus's
own score_clusters.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.test_hostile import run_cli
from tests.conftest import SHARED, write_config

CLUSTERS = SHARED / "corpus" / "clusters-dev"
pytestmark = pytest.mark.skipif(not CLUSTERS.is_dir(), reason="../shared/corpus is absent")


def test_today_json_clusters_the_dev_day(tmp_path: Path, serve_dir: Callable[[Path], str]) -> None:
    gold = CLUSTERS / "clusters.json"
    day = json.loads(gold.read_text())["date"]
    feeds = sorted(p.name for p in CLUSTERS.iterdir() if p.name != "clusters.json")
    base = serve_dir(CLUSTERS)
    config = write_config(tmp_path / "c.toml", [(f, base + f) for f in feeds], tmp_path / "data")
    code, _, err = run_cli(config, "refresh")
    assert code == 0, err
    code, out, err = run_cli(config, "today", "--date", day, "--format", "json", "--no-refresh")
    assert code == 0, err
    prediction = tmp_path / "pred.json"
    prediction.write_text(out)
    scored = subprocess.run(
        [sys.executable, str(SHARED / "corpus" / "score_clusters.py"), str(gold), str(prediction)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    scores = dict(pair.split("=") for pair in scored.stdout.strip().splitlines()[-1].split())
    assert float(scores["pair_f1"]) >= 0.95, scored.stdout
    assert float(scores["bcubed_f1"]) >= 0.95, scored.stdout
    assert float(scores["coverage"]) == 1.0, scored.stdout
