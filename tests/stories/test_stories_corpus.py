"""Story clustering on the shared dev day, graded by the corpus's own scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefing.feeds.parse import parse_feed
from briefing.stories.build import build_stories
from briefing.summarize import summarize
from tests.conftest import SHARED

CORPUS = SHARED / "corpus"
DAY = CORPUS / "clusters-dev"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not DAY.is_dir(), reason="../shared/corpus is not here"),
]


def _feed_name(path: Path) -> str:
    """`pamir-post.atom.xml` → `Pamir Post`."""
    return path.name.split(".")[0].replace("-", " ").title()


def _scores(line: str) -> dict[str, float]:
    return {key: float(value) for key, value in (part.split("=") for part in line.split())}


def test_dev_day_clusters_reach_the_bar(tmp_path: Path) -> None:
    gold_path = DAY / "clusters.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    day = datetime.fromisoformat(gold["date"]).replace(tzinfo=UTC)
    now = day + timedelta(days=1)
    entries = []
    for path in sorted(DAY.iterdir()):
        if path.name == "clusters.json":
            continue
        parsed = parse_feed(
            path.read_bytes(),
            url=f"http://127.0.0.1/{path.name}",
            feed_name=_feed_name(path),
            now=now,
        )
        for item in parsed.items:
            if item.published.astimezone(UTC).date() == day.date():
                entries.append((item, summarize(item.text)))
    stories = build_stories(entries, now=now)
    pred = {
        "date": gold["date"],
        "stories": [{"items": [{"guid": item.guid} for item in s.items]} for s in stories],
    }
    pred_path = tmp_path / "pred.json"
    pred_path.write_text(json.dumps(pred), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(CORPUS / "score_clusters.py"), str(gold_path), str(pred_path), "-v"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = _scores(done.stdout.strip().splitlines()[-1])
    assert scores["coverage"] == 1.0, done.stderr
    assert scores["pair_f1"] >= 0.95, done.stderr
    assert scores["bcubed_f1"] >= 0.95, done.stderr
