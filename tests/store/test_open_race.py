"""Two first runs at once (cron's refresh and the app) both open the store they race to create."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from briefing.store import database
from briefing.store.database import open_store


def _busy() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("database is locked")
    error.sqlite_errorcode = sqlite3.SQLITE_BUSY
    return error


def test_a_store_busy_while_another_run_creates_it_is_opened_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = database._prepare
    calls: list[int] = []

    def busy_once(db: sqlite3.Connection, path: Path) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise _busy()  # what SQLite answers the loser of the switch to WAL
        real(db, path)

    monkeypatch.setattr(database, "_prepare", busy_once)
    with open_store(tmp_path / "briefing.sqlite3") as store:
        assert store.feed_rows() == []
    assert len(calls) == 2


def test_eight_first_runs_at_once_all_open_the_one_new_store(tmp_path: Path) -> None:
    path = tmp_path / "data" / "briefing.sqlite3"
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def first_run() -> None:
        start.wait()
        try:
            with open_store(path) as store:
                store.set_meta("seen", "yes")
        except BaseException as exc:  # collected: the test fails on any of them
            errors.append(exc)

    threads = [threading.Thread(target=first_run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
