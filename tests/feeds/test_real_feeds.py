"""Every real-world feed of ../shared/feeds/real, served on loopback and refreshed for real.

Each is either stored (with the item count MANIFEST.tsv gives, but for the
documented exceptions) or reported as one clear error line, never a traceback.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.test_hostile import run_cli
from tests.conftest import SHARED, write_config
from tests.feeds.test_parse_real import COUNT_EXCEPTIONS

REAL = SHARED / "feeds" / "real"
pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/feeds/real is absent")


def test_every_real_feed_is_stored_or_reported_in_one_line(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    with (REAL / "MANIFEST.tsv").open(encoding="utf-8") as manifest:
        rows = {row["file"]: row for row in csv.DictReader(manifest, delimiter="\t")}
    base = serve_dir(REAL)
    # The saved feeds are years old: keep them all rather than prune them at once.
    config = write_config(
        tmp_path / "c.toml",
        [(f, base + f) for f in sorted(rows)],
        tmp_path / "data",
        retention_days=36500,
    )
    code, _, err = run_cli(config, "refresh")
    assert code == 0, err
    assert "Traceback" not in err
    code, out, err = run_cli(config, "feeds", "list", "--format", "json")
    feeds = {feed["name"]: feed for feed in json.loads(out)}
    assert set(feeds) == set(rows)
    error_lines = [line for line in err.splitlines() if not line.startswith("briefing: refreshed")]
    failed = [name for name, feed in feeds.items() if feed["status"] != "ok"]
    for name in failed:
        assert feeds[name]["error"] and "\n" not in feeds[name]["error"]
        _, refresh_err = run_cli(config, "refresh", "--feed", name)[1:]
        assert f"briefing: {name}: {feeds[name]['error']}" in refresh_err
    stored = {name: feed["items"] for name, feed in feeds.items() if feed["status"] == "ok"}
    for name, count in stored.items():
        listed = int(rows[name]["items"])
        if listed == 0:
            continue
        expected = COUNT_EXCEPTIONS.get(name, (listed, ""))[0]
        assert count == expected, f"{name}: stored {count}, MANIFEST lists {listed}"
    assert len(stored) >= 100, failed
    assert error_lines == [] or all(line.startswith("briefing: ") for line in error_lines)
