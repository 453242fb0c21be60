"""Shared fixtures: every test runs isolated from the user's config and data dirs."""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
"""The checkout: src/briefing/, tests/, config.example.toml."""
SHARED = REPO.parent / "shared"
"""The project's shared folder (corpus, real and hostile feeds), beside the checkout."""
DEMO = REPO / "src" / "briefing" / "demo"
DEMO_FEEDS = [
    ("Meridian Wire", "meridian-wire.xml"),
    ("Harbour Ledger", "harbour-ledger.atom"),
    ("Northbank Dispatch", "northbank-dispatch.json"),
]
"""The bundled demo feeds: (name, file in DEMO)."""
DEMO_DAY = date(2026, 11, 27)
DEMO_NOW = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
"""The demo's day, and a clock at its evening."""


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point XDG dirs and briefing's env at a private temp dir; no test sees real user files."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("BRIEFING_CONFIG", raising=False)
    monkeypatch.delenv("BRIEFING_DATA_DIR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def now() -> datetime:
    """A fixed clock for tests that pass `now` into the domain."""
    return datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def earlier_today(ago: timedelta) -> datetime:
    """`ago` before now, but never before the start of today's UTC date, the day `today`
    shows: a test that runs `today` on items of the last minutes passes in the first
    minutes after midnight too (dated `ago` before, they fell on yesterday)."""
    now = datetime.now(UTC)
    return max(now - ago, now.replace(hour=0, minute=0, second=0, microsecond=0))


@pytest.fixture
def shared() -> Iterator[Path]:
    """The shared folder; the test is skipped when the checkout has none beside it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside this checkout")
    yield SHARED


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files with Last-Modified and 304s, as a static web server does; logs nothing."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        name = str(path)
        if name.endswith((".xml", ".rss", ".rdf", ".atom")):
            return "application/xml"
        if name.endswith(".json"):
            return "application/feed+json"
        return super().guess_type(path)


class _QuietServer(ThreadingHTTPServer):
    """A static server that says nothing when a client hangs up mid-response.

    A refresh stopped by a store error cancels the fetches in flight on purpose; the
    server's traceback for each would land in the stderr a CLI test reads.
    """

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture
def serve_dir() -> Iterator[Callable[[Path], str]]:
    """Serve a folder over HTTP on 127.0.0.1; returns its base URL (ending in /)."""
    servers: list[_QuietServer] = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = _QuietServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def write_config(path: Path, feeds: list[tuple[str, str]], data_dir: Path, **keys: object) -> Path:
    """A config file with these (name, url) feeds; extra top-level keys as given."""
    lines = [f'data_dir = "{data_dir}"']
    lines += [f"{key} = {value!r}".replace("'", '"') for key, value in keys.items()]
    for name, url in feeds:
        lines += ["", "[[feeds]]", f"name = {name!r}".replace("'", '"'), f'url = "{url}"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many tests were skipped for want of ../shared, so a green run cannot hide them."""
    skipped = terminalreporter.stats.get("skipped", [])
    wanting = sum(
        "../shared" in str(getattr(report, "longrepr", "")) or "shared" in report.keywords
        for report in skipped
    )
    where = "present" if SHARED.is_dir() else f"absent (looked for {SHARED})"
    terminalreporter.write_line(
        f"briefing: {wanting} of {len(skipped)} skipped tests need ../shared, which is {where}"
    )
