"""The demo's stories are moved to the current days with a real store: whatever the hour the
demo is read, none lies in the future, and the day's stories keep the order they were told in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.config import demo_config
from briefing.paths import store_path
from briefing.pipeline import refresh, shift_demo_items
from briefing.store.database import open_store


def _published(data_dir: Path, now: datetime) -> list[tuple[str, datetime]]:
    """Each demo item's key and publication time after a demo refresh at `now`."""
    config = demo_config(data_dir)
    with open_store(store_path(data_dir)) as store:
        refresh(config, store, now=now)
        shift_demo_items(store, now)
        rows = store.db.execute("SELECT key, published FROM items ORDER BY key").fetchall()
    return [(key, datetime.fromisoformat(when)) for key, when in rows]


@pytest.mark.parametrize("hour", [0, 9, 23])
def test_the_demo_read_at_any_hour_has_no_story_in_the_future_and_keeps_its_order(
    tmp_path: Path, hour: int
) -> None:
    now = datetime(2031, 3, 9, hour, 10, tzinfo=UTC)
    moved = _published(tmp_path / "moved", now)
    # The order the feeds tell them in: read late in the day, nothing needs squeezing.
    told = _published(tmp_path / "told", datetime(2031, 3, 9, 23, 59, tzinfo=UTC))
    assert all(when <= now for _, when in moved)
    assert any(when.date() == now.date() for _, when in moved)  # `today` has news
    order = [key for key, _ in sorted(told, key=lambda row: (row[1], row[0]))]
    assert [key for key, _ in sorted(moved, key=lambda row: (row[1], row[0]))] == order
    # The day's stories are not stacked on one moment (they were all dated `now`).
    today = [when for _, when in moved if when.date() == now.date()]
    assert len(set(today)) > len(today) // 2
