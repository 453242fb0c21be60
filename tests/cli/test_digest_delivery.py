"""A digest counts as sent only once it is written: no story is lost to a full device, a
closed pipe or a SIGKILL (issue #13, finding 4).

`briefing digest` runs as a real process writing to a real file descriptor. Its
pipe is shrunk to one page (Linux's F_SETPIPE_SZ), so a digest longer than that
blocks in `write` until the test reads: the test chooses each moment by how many
bytes it has read, not by a timer, and the result is the same on any machine.
After each fault every story is either sent in full and marked, or unmarked and
sent in full by the next digest.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefing.cli.main import main
from tests.conftest import REPO, write_config

FEEDS = 4
ITEMS = 25
PAGE = 4096
SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]


def _word(chooser: random.Random) -> str:
    return "".join(chooser.choice(SYLLABLES) for _ in range(3))


def _write_site(folder: Path) -> None:
    """`FEEDS` feeds of `ITEMS` stories each, every story about different made-up names.

    Each story stands alone (no two share words to cluster on), so the digest lists
    a hundred stories and is several pages long.
    """
    # Published in the last day: a first digest sends what the last 24 hours brought.
    start = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=14)
    chooser = random.Random(13)
    folder.mkdir()
    for index in range(FEEDS):
        entries = []
        for n in range(ITEMS):
            place, person, surname, thing = (_word(chooser).title() for _ in range(4))
            body = (
                f"{place.upper()} (Test Wire {index}). The council of {place} voted on the "
                f"{thing} plan on Friday, {n + 3} votes to {n + 1}, said {person} {surname}."
            )
            entries.append(
                f"<item><title>{place} council backs {thing} plan</title>"
                f"<link>https://wire{index}.example/story/{n}</link>"
                f'<guid isPermaLink="false">wire{index}-{n}</guid>'
                f"<pubDate>{format_datetime(start + timedelta(minutes=61 * (n % 12) + n))}"
                "</pubDate>"
                f"<description>{body}</description></item>"
            )
        (folder / f"feed-{index:03d}.xml").write_text(
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test Wire {index}</title><link>https://wire{index}.example/</link>"
            + "".join(entries)
            + "</channel></rss>\n",
            encoding="utf-8",
        )


def run(config: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--config", str(config), *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@dataclass(frozen=True)
class Stores:
    """A refreshed store no digest has touched, copied afresh for each round."""

    pristine: Path
    site: str
    root: Path

    def fresh(self, name: str) -> tuple[Path, Path]:
        """A config and its store, a copy of the pristine one; returns (config, database)."""
        data = self.root / name
        data.mkdir()
        database = data / "briefing.sqlite3"
        with (
            contextlib.closing(sqlite3.connect(self.pristine)) as source,
            contextlib.closing(sqlite3.connect(database)) as target,
        ):
            source.backup(target)
        pairs = [(f"Test Wire {n}", f"{self.site}feed-{n:03d}.xml") for n in range(FEEDS)]
        return write_config(self.root / f"{name}.toml", pairs, data), database


@pytest.fixture
def stores(tmp_path: Path, serve_dir: Callable[[Path], str]) -> Stores:
    _write_site(tmp_path / "site")
    site = serve_dir(tmp_path / "site")
    pairs = [(f"Test Wire {n}", f"{site}feed-{n:03d}.xml") for n in range(FEEDS)]
    config = write_config(tmp_path / "first.toml", pairs, tmp_path / "first")
    code, _, err = run(config, "refresh")
    assert code == 0, err
    return Stores(tmp_path / "first" / "briefing.sqlite3", site, tmp_path)


def _digest(config: Path, stdout: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "briefing", "--config", str(config), "digest"],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
    )


def _marked(database: Path) -> int:
    """Items marked sent by a digest that finished writing (not claims still pending)."""
    with contextlib.closing(sqlite3.connect(database)) as db:
        return int(
            db.execute(
                "SELECT count(*) FROM digest_sent WHERE sent_at NOT LIKE 'pending %'"
            ).fetchone()[0]
        )


def _integrity(database: Path) -> str:
    with contextlib.closing(sqlite3.connect(database)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


def _body(text: str) -> str:
    """A digest without its first line, which carries the minute it was made."""
    return text.partition("\n")[2]


@pytest.fixture
def expected(stores: Stores) -> str:
    """The whole digest of the pristine store, as a digest that nothing disturbed writes it."""
    config, database = stores.fresh("reference")
    code, out, err = run(config, "digest")
    assert code == 0, err
    assert len(out.encode()) > 3 * PAGE, "the digest must outgrow the pipe for the test to bite"
    assert _marked(database) > 0
    return out


@contextlib.contextmanager
def _small_pipe() -> Iterator[tuple[int, int]]:
    """A pipe holding one page, so a writer blocks until the test reads."""
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_SETPIPE_SZ"):
        pytest.skip("F_SETPIPE_SZ is Linux's")
    read_end, write_end = os.pipe()
    try:
        fcntl.fcntl(read_end, fcntl.F_SETPIPE_SZ, PAGE)
        yield read_end, write_end
    finally:
        for fd in (read_end, write_end):
            with contextlib.suppress(OSError):
                os.close(fd)


def _read(fd: int, count: int) -> bytes:
    """Exactly `count` bytes from `fd` (fewer only at end of file)."""
    got = b""
    while len(got) < count:
        chunk = os.read(fd, count - len(got))
        if not chunk:
            break
        got += chunk
    return got


def _one_line(stderr: bytes) -> str:
    text = stderr.decode()
    assert text.count("\n") == 1 and text.startswith("briefing: "), text
    return text


def _next_digest_sends_it_all(config: Path, database: Path, expected: str) -> None:
    code, out, err = run(config, "digest")
    assert code == 0, err
    assert _body(out) == _body(expected)
    assert _integrity(database) == "ok"


def test_a_digest_to_a_full_device_marks_nothing(stores: Stores, expected: str) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    config, database = stores.fresh("full")
    with open("/dev/full", "wb") as full:
        process = _digest(config, full.fileno())
        _, err = process.communicate(timeout=120)
    assert process.returncode == 1
    line = _one_line(err)
    assert "cannot write the digest" in line and "No space left" in line
    assert _marked(database) == 0
    _next_digest_sends_it_all(config, database, expected)


def test_a_digest_whose_reader_stops_early_marks_nothing(stores: Stores, expected: str) -> None:
    config, database = stores.fresh("head")
    with _small_pipe() as (read_end, write_end):
        process = _digest(config, write_end)
        try:
            os.close(write_end)
            got = _read(read_end, 100)  # `| head -c 100`
            os.close(read_end)
            _, err = process.communicate(timeout=120)
        finally:
            if process.poll() is None:  # a failed assert above must not leave it running
                process.kill()
                process.communicate()
    # The first line carries the minute the digest was made, which may have turned since
    # the reference digest was.
    head, _, rest = got.partition(b"\n")
    assert head.startswith(b"briefing digest, "), got
    assert rest == _body(expected).encode()[: len(rest)]
    assert process.returncode == 1, err
    assert "closed the pipe" in _one_line(err)
    assert _marked(database) == 0
    _next_digest_sends_it_all(config, database, expected)


def _kill_after(config: Path, count: int) -> tuple[bytes, bytes]:
    """Run a digest, read `count` bytes of it (0: wait until it starts writing), SIGKILL it.

    Returns what was read before the kill and what was left in the pipe after it.
    """
    with _small_pipe() as (read_end, write_end):
        process = _digest(config, write_end)
        os.close(write_end)
        if count == 0:
            select.select([read_end], [], [], 120)
            got = b""
        else:
            got = _read(read_end, count)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        rest = _read(read_end, 1 << 24)
    return got, rest


def test_a_digest_killed_at_any_moment_loses_no_story(stores: Stores, expected: str) -> None:
    whole = expected.encode()
    moments = [0, PAGE // 2, len(whole) // 2, len(whole) - 2 * PAGE, len(whole) - 1, len(whole)]
    for number, count in enumerate(moments):
        config, database = stores.fresh(f"kill{number}")
        got, rest = _kill_after(config, count)
        assert len(got) == count
        assert _integrity(database) == "ok"
        marked = _marked(database)
        if count + PAGE < len(whole):
            # More than the pipe holds is still unwritten: not one story may count as sent.
            assert marked == 0, (count, marked)
        if marked:
            # Killed after the last byte was written: the reader has it all, once.
            assert _body((got + rest).decode()) == _body(expected)
            assert run(config, "digest")[:2] == (0, "")
        else:
            # Whatever the reader got, the next digest sends every story again.
            _next_digest_sends_it_all(config, database, expected)


def test_a_full_store_during_a_digest_prints_and_marks_nothing(
    stores: Stores, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    config, database = stores.fresh("fullstore")
    real = sqlite3.connect

    def connect(path: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        db: sqlite3.Connection = real(path, *args, **kwargs)
        if Path(path) == database:
            # Summaries already cached, so marking the stories sent is what needs room.
            db.execute("PRAGMA max_page_count = 1")
        return db

    run(config, "today", "--no-refresh", "--date", "2026-11-27")  # warms the summary cache
    monkeypatch.setattr(sqlite3, "connect", connect)
    code, out, err = run(config, "digest")
    monkeypatch.undo()
    assert (code, out) == (2, "")
    assert "full" in err and "corrupt" not in err
    assert _marked(database) == 0
    _next_digest_sends_it_all(config, database, expected)
