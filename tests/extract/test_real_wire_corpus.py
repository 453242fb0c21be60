"""Dateline, lead and source on real Reuters copy of 1987, scored by shared/'s own scorer.

The stories belong to their publisher and stay in ../shared/corpus/real; the test reads them by
path and skips when the folder is absent.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import SHARED

SCORER = SHARED / "corpus" / "real" / "score_wire.py"
DATA = SHARED / "corpus" / "real" / "reuters-dev"

THRESHOLDS = {"dateline": 0.98, "lead_prose": 0.95, "source": 0.95}
"""The bar of issue 12."""

pytestmark = pytest.mark.shared


def test_reuters_wire_scores() -> None:
    if not SCORER.is_file() or not DATA.is_dir():
        pytest.skip("../shared/corpus/real is not present")
    run = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--cmd",
            f"{sys.executable} -m briefing summarize --format json",
            "--no-baselines",
            "-v",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    last = run.stdout.strip().splitlines()[-1]
    scores = {k: float(v) for k, v in (part.split("=") for part in last.split())}
    low = {k: scores[k] for k, bar in THRESHOLDS.items() if scores[k] < bar}
    assert not low, f"{last}\n{run.stderr[-4000:]}"
