"""A store that cannot be used right now is reported and left as it was; only damage moves it.

Issue #13, finding 2: on a full disk, opening a healthy store failed with a
disk I/O error that `_prepare` hid behind "cannot commit - no transaction is
active"; the store was taken for corrupt and moved aside, a second run in the
same second overwrote that copy, and the new empty store re-sent a digest. Here
the same faults are made without privileges, on a real SQLite file: a FIFO in
place of the -shm file (SQLite's own SQLITE_IOERR_SHMOPEN, what the full tmpfs
gave), `PRAGMA max_page_count` (SQLite's own SQLITE_FULL), and errors injected
at the store's connection for the codes no file trick gives. A real full tmpfs
runs too where one can be mounted.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from briefing.store.database import open_store
from tests.clirun import one_line, run, tmpfs
from tests.conftest import write_config
from tests.feedgen import write_feeds

REAL_CONNECT = sqlite3.connect


def _integrity(database: Path) -> str:
    with contextlib.closing(REAL_CONNECT(database)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def _aside(database: Path) -> list[Path]:
    return sorted(database.parent.glob(f"{database.name}.corrupt-*"))


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """A config whose feed is never fetched (`--no-refresh`, `digest` without refresh)."""
    return write_config(
        tmp_path / "c.toml", [("Quiet", "http://127.0.0.1:9/quiet.xml")], tmp_path / "data"
    )


@pytest.fixture
def database(config: Path, tmp_path: Path) -> Path:
    """A healthy store with some meta, closed."""
    path = tmp_path / "data" / "briefing.sqlite3"
    with open_store(path) as store:
        store.set_meta("kept", "yes")
    return path


COMMANDS = [
    ("today", "--no-refresh", "--format", "json", "--date", "2026-11-27"),
    ("digest",),
    ("feeds", "list"),
]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_io_error_at_open_leaves_a_healthy_store_in_place(database: Path, config: Path) -> None:
    # SQLite cannot map a FIFO as its shared-memory file: the SQLITE_IOERR_SHMOPEN a
    # full disk gives when the -shm file cannot grow.
    shm = Path(f"{database}-shm")
    os.mkfifo(shm)
    before = database.read_bytes()
    for args in COMMANDS * 2:  # twice: a second run must find the store where it was
        code, out, err = run(config, *args)
        assert (code, out) == (2, "")
        line = one_line(err)
        assert "disk I/O error" in line and "left as it was" in line
        assert "corrupt" not in line
    assert _aside(database) == []
    assert database.read_bytes() == before
    shm.unlink()
    assert _integrity(database) == "ok"
    with open_store(database) as store:
        assert store.get_meta("kept") == "yes"


def _limit_pages(monkeypatch: pytest.MonkeyPatch, database: Path) -> None:
    """Every connection to `database` may not grow it: SQLite's own SQLITE_FULL."""

    def connect(path: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        db: sqlite3.Connection = REAL_CONNECT(path, *args, **kwargs)
        if Path(path) == database:
            db.execute("PRAGMA max_page_count = 1")
        return db

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_a_full_disk_while_creating_the_store_moves_nothing(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "data" / "briefing.sqlite3"
    _limit_pages(monkeypatch, database)
    for _ in range(2):
        code, out, err = run(config, *COMMANDS[0])
        assert (code, out) == (2, "")
        line = one_line(err)
        assert "full" in line and "corrupt" not in line
    assert _aside(database) == []
    monkeypatch.undo()
    code, _, err = run(config, *COMMANDS[0])
    assert code == 0, err
    assert _integrity(database) == "ok"


class _Faulty(sqlite3.Connection):
    """A connection whose first read of the store's header fails with `error`."""

    error: sqlite3.Error | None = None

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "PRAGMA application_id" and _Faulty.error is not None:
            raise _Faulty.error
        return super().execute(sql, *args)


def _fail_with(
    monkeypatch: pytest.MonkeyPatch, database: Path, kind: type[sqlite3.Error], code: int, text: str
) -> None:
    error = kind(text)
    error.sqlite_errorcode = code
    monkeypatch.setattr(_Faulty, "error", error)

    def connect(path: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if Path(path) == database:
            kwargs["factory"] = _Faulty
        db: sqlite3.Connection = REAL_CONNECT(path, *args, **kwargs)
        return db

    monkeypatch.setattr(sqlite3, "connect", connect)


FAULTS = [
    (sqlite3.OperationalError, sqlite3.SQLITE_FULL, "database or disk is full"),
    (sqlite3.OperationalError, sqlite3.SQLITE_IOERR_READ, "disk I/O error"),
    (sqlite3.OperationalError, sqlite3.SQLITE_IOERR_SHMSIZE, "disk I/O error"),
    (sqlite3.OperationalError, sqlite3.SQLITE_READONLY, "attempt to write a readonly database"),
    (sqlite3.OperationalError, sqlite3.SQLITE_BUSY, "database is locked"),
    (sqlite3.OperationalError, sqlite3.SQLITE_CANTOPEN, "unable to open database file"),
    # A report of damage that `PRAGMA integrity_check` does not confirm (a failing
    # read that looked like a bad page) is not enough to move the store either.
    (sqlite3.DatabaseError, sqlite3.SQLITE_CORRUPT, "database disk image is malformed"),
]


@pytest.mark.parametrize(
    ("kind", "code", "text"),
    FAULTS,
    ids=["full", "ioerr", "shm", "readonly", "busy", "cantopen", "corrupt-unconfirmed"],
)
def test_an_error_at_open_is_one_line_and_never_moves_a_sound_store(
    database: Path,
    config: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: type[sqlite3.Error],
    code: int,
    text: str,
) -> None:
    before = database.read_bytes()
    _fail_with(monkeypatch, database, kind, code, text)
    for args in COMMANDS:
        result, out, err = run(config, *args)
        assert (result, out) == (2, "")
        line = one_line(err)
        assert text in line and "left as it was" in line
    assert _aside(database) == []
    assert database.read_bytes() == before


def test_a_corrupt_store_is_moved_to_a_name_no_file_has(database: Path, config: Path) -> None:
    # Copies moved aside earlier, named for every second around now: none is replaced.
    now = datetime.now(UTC)
    decoys = [
        database.with_name(f"{database.name}.corrupt-{now + timedelta(seconds=s):%Y%m%dT%H%M%SZ}")
        for s in range(-2, 30)
    ]
    for decoy in decoys:
        decoy.write_bytes(b"an earlier copy")
    for round_no in range(2):
        database.write_bytes(f"garbage {round_no}, not SQLite ".encode() * 500)
        code, out, err = run(config, "feeds", "list")
        assert (code, out) == (2, "")
        assert "corrupt" in one_line(err) and "moved it aside" in err
    assert all(decoy.read_bytes() == b"an earlier copy" for decoy in decoys)
    moved = [p for p in _aside(database) if p not in decoys]
    assert sorted(p.read_bytes()[:9] for p in moved) == [b"garbage 0", b"garbage 1"]


def test_a_really_full_disk_keeps_the_store_and_its_digest_state(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    pairs = write_feeds(tmp_path / "site", 3, items=5)
    base = serve_dir(tmp_path / "site")
    with tmpfs(tmp_path / "disk", "1m") as disk:
        config = write_config(
            tmp_path / "c.toml",
            [(name, base + file) for name, file in pairs],
            disk / "data",
            retention_days=36500,
        )
        assert run(config, "refresh")[0] == 0
        code, sent, _ = run(config, "digest", "--since", "3650d")
        assert code == 0 and sent
        database = disk / "data" / "briefing.sqlite3"
        filler = disk / "filler"
        with filler.open("wb", buffering=0) as handle, contextlib.suppress(OSError):
            while True:
                handle.write(b"\0" * 4096)
        for args in (*COMMANDS, *COMMANDS):
            code, out, err = run(config, *args)
            # Reading may still work; what fails says so in one line and moves nothing.
            if code != 0:
                assert code in (1, 2) and out == ""
                assert "corrupt" not in one_line(err)
            assert _aside(database) == []
        filler.unlink()
        assert _integrity(database) == "ok"
        # The digest already sent is not sent again once space is back.
        assert run(config, "digest") == (0, "", "")
