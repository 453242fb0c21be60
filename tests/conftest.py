"""Shared fixtures: every test runs isolated from the user's config and data dirs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
"""The project's shared folder (corpus, real and hostile feeds), beside the checkout."""


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point XDG dirs and briefing's env at a private temp dir; no test sees real user files."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
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


@pytest.fixture
def shared() -> Iterator[Path]:
    """The shared folder; the test is skipped when the checkout has none beside it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside this checkout")
    yield SHARED
