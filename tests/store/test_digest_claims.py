"""Pending digest claims, on a real store: what a digest holds while it is being written.

A claim keeps a second digest off the items; confirming it marks them sent;
releasing it (the write failed) or the death of its digest makes them unsent
again, for the next digest to send (issue #13, finding 4).
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefing.models import Feed, Item
from briefing.store.database import Store, open_store
from briefing.store.queries import (
    PENDING,
    claim_pending,
    confirm_pending,
    items_between,
    release_pending,
    sent_ids,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "briefing.sqlite3") as opened:
        opened.sync_feeds([Feed("Wire", "https://w.example/feed")])
        items = [
            Item("Wire", k, k, f"Story {k}", f"https://w.example/{k}", NOW, "Body.") for k in "abcd"
        ]
        opened.save_items("Wire", items, now=NOW, etag=None, last_modified=None)
        yield opened


def _ids(store: Store) -> list[int]:
    return sorted(s.id for s in items_between(store, NOW - timedelta(1), NOW + timedelta(1)))


def _confirmed(store: Store) -> set[int]:
    rows = store.db.execute(
        "SELECT item_id FROM digest_sent WHERE sent_at NOT LIKE ?", (PENDING + "%",)
    )
    return {int(row[0]) for row in rows}


def test_a_pending_claim_keeps_a_second_digest_off_its_items(store: Store) -> None:
    ids = _ids(store)
    story_of = dict.fromkeys(ids, "s")
    token, already, first = claim_pending(store, ids, ids[:2], story_of, NOW)
    assert already == set() and first == set(ids[:2])
    _, already, second = claim_pending(store, ids, ids, story_of, NOW)
    assert already == set(ids[:2]) and second == set(ids[2:])
    assert _confirmed(store) == set()
    confirm_pending(store, token, NOW)
    assert _confirmed(store) == set(ids[:2])
    assert store.get_meta("last_digest") is not None


def test_a_released_claim_leaves_its_items_unsent(store: Store) -> None:
    ids = _ids(store)
    token, _, claimed = claim_pending(store, ids, ids, dict.fromkeys(ids, "s"), NOW)
    assert claimed == set(ids)
    release_pending(store, token)
    assert sent_ids(store, ids) == set()
    assert store.get_meta("last_digest") is None  # the next digest looks as far back


def test_the_claim_of_a_digest_that_died_is_released_by_the_next(store: Store) -> None:
    ids = _ids(store)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    pid = int(dead.stdout)  # a process that has exited: its claim is abandoned
    stamp = NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.write() as db:
        db.execute(
            "INSERT INTO digest_sent(item_id, story_id, sent_at) VALUES (?, 's', ?)",
            (ids[0], f"{PENDING}{socket.gethostname()} {pid} {stamp}"),
        )
    _, already, claimed = claim_pending(store, ids, ids, dict.fromkeys(ids, "s"), NOW)
    assert already == set() and claimed == set(ids)


def test_a_claim_past_any_sane_run_is_released_even_if_its_pid_lives(store: Store) -> None:
    ids = _ids(store)
    old = (NOW - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.write() as db:
        db.execute(
            "INSERT INTO digest_sent(item_id, story_id, sent_at) VALUES (?, 's', ?)",
            (ids[0], f"{PENDING}{socket.gethostname()} 1 {old}"),
        )
    _, _, claimed = claim_pending(store, ids, ids, dict.fromkeys(ids, "s"), NOW)
    assert claimed == set(ids)
