"""Hostile feeds (../shared/feeds/hostile) through refresh, today, digest and feeds list: inert.

Every front end prints them with no raw control character or escape sequence
from feed data, no markup taking effect and no link other than http(s),
whether stdout is a pipe or a terminal.
"""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED, write_config

HOSTILE = SHARED / "feeds" / "hostile"
pytestmark = pytest.mark.skipif(not HOSTILE.is_dir(), reason="../shared/feeds/hostile is absent")

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SGR = re.compile(r"\x1b\[[0-9;]*m")
OSC8 = re.compile(r"\x1b\]8;[^;\x07\x1b]*;([^\x07\x1b]*)\x1b\\")
MARKDOWN_LINK = re.compile(r"\]\(<([^>]*)>\)")


def run_cli(config: Path, *args: str, tty: bool = False) -> tuple[int, str, str]:
    """Run `python -m briefing` for real, stdout to a pipe or to a pseudo-terminal."""
    command = [sys.executable, "-m", "briefing", "--config", str(config), *args]
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "100", "TERM": "xterm-256color"}
    if not tty:
        done = subprocess.run(command, capture_output=True, env=env, timeout=120)
        return done.returncode, done.stdout.decode(), done.stderr.decode()
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdout=follower, stderr=subprocess.PIPE, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    assert process.stderr is not None
    err = process.stderr.read().decode()
    process.stderr.close()
    return process.wait(60), b"".join(chunks).decode(), err


def assert_inert(output: str) -> None:
    """No control characters but those a terminal printout itself uses (SGR, OSC 8)."""
    for match in OSC8.finditer(output):
        assert match.group(1) == "" or match.group(1).startswith(("http://", "https://")), match
    plain = OSC8.sub("", SGR.sub("", output)).replace("\r\n", "\n")
    found = CONTROL.search(plain)
    assert found is None, (
        f"control character {found.group()!r} near "
        f"{plain[max(0, found.start() - 40) : found.end() + 40]!r}"
    )


def assert_links_safe(output: str) -> None:
    """Every link a reader could follow (Markdown targets, terminal hyperlinks) is http(s).

    An id such as a guid of "javascript:..." may still be printed, as inert text.
    """
    targets = [m.group(1) for m in MARKDOWN_LINK.finditer(output)]
    targets += [m.group(1) for m in OSC8.finditer(output) if m.group(1)]
    for target in targets:
        assert target.startswith(("http://", "https://")), target


@pytest.fixture
def refreshed(tmp_path: Path, serve_dir: Callable[[Path], str]) -> Path:
    base = serve_dir(HOSTILE)
    files = sorted(p.name for p in HOSTILE.iterdir() if p.suffix in (".xml", ".json", ".atom"))
    config = write_config(
        tmp_path / "c.toml", [(f, base + f) for f in files], tmp_path / "data", retention_days=36500
    )
    code, _, err = run_cli(config, "refresh")
    assert code == 0, err
    assert "Traceback" not in err
    return config


def _days(config: Path) -> list[str]:
    """The UTC days the refreshed items fall on."""
    import sqlite3

    database = config.parent / "data" / "briefing.sqlite3"
    with sqlite3.connect(database) as db:
        days = [d for (d,) in db.execute("SELECT DISTINCT substr(published, 1, 10) FROM items")]
    db.close()
    return days


def test_hostile_feeds_print_inert_everywhere(refreshed: Path) -> None:
    outputs = []
    for day in _days(refreshed):
        for fmt in ("text", "markdown", "json", "rich"):
            code, out, err = run_cli(
                refreshed, "today", "--no-refresh", "--date", day, "--format", fmt
            )
            assert code == 0, err
            outputs.append(out)
        code, out, err = run_cli(
            refreshed, "today", "--no-refresh", "--date", day, "--format", "rich", tty=True
        )
        assert code == 0, err
        outputs.append(out)
    for args in (
        ("digest", "--since", "36500d"),
        ("feeds", "list"),
        ("feeds", "list", "--format", "json"),
        ("export-opml",),
    ):
        code, out, err = run_cli(refreshed, *args)
        assert code == 0, err
        outputs.append(out)
    assert sum(len(o) for o in outputs) > 10_000
    for output in outputs:
        assert_inert(output)
        assert_links_safe(output)


def test_rich_markup_in_titles_is_shown_as_typed(refreshed: Path) -> None:
    days = _days(refreshed)
    shown = "".join(
        run_cli(refreshed, "today", "--no-refresh", "--date", d, "--format", "rich", tty=True)[1]
        for d in days
    )
    assert SGR.search(shown), "the pseudo-terminal run printed no colour: not a terminal run"
    plain = SGR.sub("", OSC8.sub("", shown))
    assert "[bold red]" in plain
    assert "[@click=app.quit]" in plain or "[@click" in plain


def test_json_links_are_http_only(refreshed: Path) -> None:
    for day in _days(refreshed):
        _, out, _ = run_cli(refreshed, "today", "--no-refresh", "--date", day, "--format", "json")
        for story in json.loads(out)["stories"]:
            for item in story["items"]:
                assert item["link"] is None or item["link"].startswith(("http://", "https://"))
