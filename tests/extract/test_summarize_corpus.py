"""The summarizer against the hand-checked dev corpus, scored by the project's own scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.summarize import summarize, summary_to_dict
from tests.conftest import SHARED

DEV = SHARED / "corpus" / "dev"
SCORER = SHARED / "corpus" / "score_summaries.py"

THRESHOLDS = {
    "lead": 1.0,
    "dateline": 1.0,
    "quote_f1": 0.95,
    "speaker": 0.95,
    "fig_f1": 0.95,
    "context": 0.90,
}
"""The bar of issue 3."""

pytestmark = pytest.mark.shared


def test_dev_corpus_scores(tmp_path: Path) -> None:
    if not DEV.is_dir() or not SCORER.is_file():
        pytest.skip("../shared/corpus is not present")
    for article in sorted(DEV.glob("*.txt")):
        summary = summary_to_dict(summarize(article.read_text(encoding="utf-8")))
        out = tmp_path / f"{article.stem}.pred.json"
        out.write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(DEV), "--pred", str(tmp_path), "-v"],
        capture_output=True,
        text=True,
        check=True,
    )
    last = run.stdout.strip().splitlines()[-1]
    scores = {k: float(v) for k, v in (part.split("=") for part in last.split())}
    low = {k: scores[k] for k, bar in THRESHOLDS.items() if scores[k] < bar}
    assert not low, f"{last}\n{run.stderr}"
