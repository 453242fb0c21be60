"""The real `python -m briefing --demo` in a pseudo-terminal, read back through pyte.

Keys go in as a user types them; the screen is what a VT100-style terminal would show.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

pyte = pytest.importorskip("pyte")

COLUMNS, LINES = 100, 30
ROOT = REPO


class Terminal:
    """A child process on a pty, with a pyte screen fed from its output."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.screen = pyte.Screen(COLUMNS, LINES)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.process = subprocess.Popen(
            args,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=ROOT,
            start_new_session=True,
        )
        os.close(slave)
        self.master = master

    def read(self, timeout: float = 0.1) -> None:
        while True:
            ready, _, _ = select.select([self.master], [], [], timeout)
            if not ready:
                return
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self.raw += data
            self.stream.feed(data)
            timeout = 0.02

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, needle: str, timeout: float = 15.0, gone: str | None = None) -> str:
        """Read until `needle` is on screen (and `gone`, if given, is not): a screen is
        drawn in several writes, so one read can catch it half-repainted."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.read()
            shown = self.text()
            if needle in shown and (gone is None or gone not in shown):
                return shown
        raise AssertionError(f"{needle!r} never appeared; the screen was:\n{self.text()}")

    def send(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        os.close(self.master)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "TERM": "xterm-256color",
        "COLUMNS": str(COLUMNS),
        "LINES": str(LINES),
        "PYTHONPATH": str(ROOT),
        "LANG": "C.UTF-8",
    }
    term = Terminal([sys.executable, "-m", "briefing", "--demo"], env)
    yield term
    term.close()


def test_demo_runs_in_a_real_terminal_and_exits_cleanly(terminal: Terminal) -> None:
    shown = terminal.wait_for("unread")
    assert "Briefing ·" in shown and "outlet" in shown
    terminal.send("\r")
    assert "Source 1 of" in terminal.wait_for("Source 1 of")
    terminal.send("j")
    terminal.send("\x1b")
    shown = terminal.wait_for("Refresh", gone="Source 1 of")
    assert "Briefing ·" in shown
    terminal.send("/")
    terminal.wait_for("Search every stored article")
    terminal.send("Kestrania")
    assert "hit" in terminal.wait_for(" hit")
    terminal.send("\x1b")
    terminal.wait_for("Refresh")
    time.sleep(0.3)
    terminal.send("q")
    deadline = time.monotonic() + 15
    while terminal.process.poll() is None and time.monotonic() < deadline:
        terminal.read()
    terminal.read()
    assert terminal.process.returncode == 0
    tail = bytes(terminal.raw[-400:])
    assert b"\x1b[?1049l" in tail  # left the alternate screen
    assert b"\x1b[?25h" in tail  # cursor shown again
