"""Telling a damaged store from a store that cannot be used right now, and moving one aside.

A full disk, an I/O error, a read-only directory or another process's lock make
SQLite fail in ways that can look like damage: on a full tmpfs, opening a
healthy store failed with "disk I/O error" (its shared-memory file could not
grow) and was once taken for corrupt and moved aside, and the next run began an
empty store that sent a digest again. So an error is only a reason to move the
store when the file is not SQLite at all or `PRAGMA integrity_check` fails on a
fresh connection; every other error is reported and the store left as it was.
A store moved aside keeps a name no other file has, so nothing is overwritten.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from briefing.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
"""The first bytes of every SQLite database file (an empty file is a new database)."""
_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code of `exc` (SQLITE_IOERR for SQLITE_IOERR_SHMOPEN ...)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_damaged(path: Path) -> bool:
    """True only when `path` is not an SQLite file or fails `PRAGMA integrity_check`.

    Any other failure while checking (the disk is full, the file is locked or
    cannot be read) proves nothing, and gives False: the store stays where it is.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if head and head != SQLITE_HEADER[: len(head)]:
        return True
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=5)) as db:
            rows = db.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return primary_code(exc) in _DAMAGE_CODES
    return [tuple(row) for row in rows] != [("ok",)]


def store_failure(path: Path, exc: sqlite3.DatabaseError, doing: str) -> StoreError:
    """The one-line error for `exc`, met while `doing` ("open", "use") the closed store.

    A store proven damaged is moved aside (see `is_damaged`); any other error
    leaves it untouched and says so, so the user knows nothing was lost.
    """
    if primary_code(exc) in _DAMAGE_CODES and is_damaged(path):
        moved = move_aside(path)
        return StoreError(
            f"{path}: the store is corrupt ({exc}); moved it aside to {moved.name},"
            " the next run starts a new one"
        )
    # SQLite says only "disk I/O error" when a full disk stops its -shm file growing.
    hint = " (is the disk full?)" if primary_code(exc) == sqlite3.SQLITE_IOERR else ""
    return StoreError(f"{path}: cannot {doing} the store: {exc}{hint}; it is left as it was")


def move_aside(path: Path) -> Path:
    """Rename the store and its -wal and -shm files to a name no file has; return it.

    The name is claimed with a hard link, which fails rather than replace a file,
    so two runs in the same second never overwrite each other's copy.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for attempt in range(1, 1000):
        suffix = "" if attempt == 1 else f"-{attempt}"
        target = path.with_name(f"{path.name}.corrupt-{stamp}{suffix}")
        if any(Path(f"{target}{end}").exists() for end in ("", "-wal", "-shm")):
            continue
        if _claim(path, target):
            break
    else:
        raise StoreError(f"{path}: the store is corrupt, and no free name was left to move it to")
    for end in ("-wal", "-shm"):
        source = Path(f"{path}{end}")
        if source.exists():
            source.rename(Path(f"{target}{end}"))
    return target


def _claim(path: Path, target: Path) -> bool:
    """Move `path` to `target` unless `target` exists; False when it does."""
    try:
        os.link(path, target)
    except FileExistsError:
        return False
    except OSError:
        # A file system without hard links: a rename after the existence check,
        # which only a second run in the same instant could race.
        if target.exists():
            return False
        path.rename(target)
        return True
    path.unlink()
    return True


def usage_error(path: Path, exc: sqlite3.DatabaseError) -> StoreError | None:
    """The one-line error for a SQLite error met while using the store, None for a bug.

    A store proven damaged only now (its header was sound when it was opened) is
    moved aside, never deleted, as `open_store` does; close it first. A full disk,
    an I/O error or a lock leaves it where it is (see `briefing.store.damage`).
    """
    code = primary_code(exc)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or isinstance(
        exc, sqlite3.OperationalError
    ):
        return store_failure(path, exc, "use")
    return None
