"""The event loop a refresh runs on (briefing.feeds.loop): uvloop's where it is installed,
asyncio's where it is not, the same feeds stored either way."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import briefing.feeds.fetch as fetch_module
from briefing.config import load_config
from briefing.feeds.loop import loop_factory, run
from briefing.paths import store_path
from briefing.pipeline import refresh
from briefing.store.database import open_store
from tests.conftest import write_config
from tests.feedgen import write_feeds

NOW = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)


def _refresh_on(
    tmp_path: Path, serve_dir: Callable[[Path], str], monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], list[str]]:
    """Refresh three loopback feeds; the loop classes their fetches ran on, and outcomes."""
    pairs = write_feeds(tmp_path / "site", 3, items=4)
    base = serve_dir(tmp_path / "site")
    feeds = [(name, base + file) for name, file in pairs]
    config = load_config(write_config(tmp_path / "c.toml", feeds, tmp_path / "data"))
    loops: list[str] = []
    real_fetch_all = fetch_module.fetch_all

    async def fetch_all(*args: Any, **kwargs: Any) -> Any:
        loops.append(type(asyncio.get_running_loop()).__module__)
        return await real_fetch_all(*args, **kwargs)

    monkeypatch.setattr(fetch_module, "fetch_all", fetch_all)
    with open_store(store_path(config.data_dir)) as store:
        report = refresh(config, store, now=NOW)
    return loops, [o.outcome for o in report.outcomes]


def test_a_refresh_runs_on_uvloop_where_it_is_installed(
    tmp_path: Path, serve_dir: Callable[[Path], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("uvloop")
    loops, outcomes = _refresh_on(tmp_path, serve_dir, monkeypatch)
    assert loops == ["uvloop"]
    assert outcomes == ["updated"] * 3


def test_without_uvloop_a_refresh_runs_on_asyncios_loop(
    tmp_path: Path, serve_dir: Callable[[Path], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "uvloop", None)  # import uvloop now raises ImportError
    loops, outcomes = _refresh_on(tmp_path, serve_dir, monkeypatch)
    assert loops == ["asyncio.unix_events" if sys.platform != "win32" else "asyncio.windows_events"]
    assert outcomes == ["updated"] * 3


def test_run_returns_the_coroutines_value_and_closes_its_loop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made: list[asyncio.AbstractEventLoop] = []
    factory = loop_factory()

    def tracked() -> asyncio.AbstractEventLoop:
        made.append(factory())
        return made[-1]

    monkeypatch.setattr("briefing.feeds.loop.loop_factory", lambda: tracked)

    async def answer() -> int:
        await asyncio.sleep(0)
        return 42

    assert run(answer()) == 42
    assert len(made) == 1 and made[0].is_closed()


@pytest.mark.parametrize("host", ["10.1.2.3", "localhost", "169.254.169.254"])
def test_the_public_address_guard_holds_on_uvloop(host: str) -> None:
    # The guard tests stub name lookups and connections on asyncio's loop; a refresh runs
    # on uvloop, which resolves inside libuv. The guard resolves on the running loop and
    # checks before it connects, so on uvloop too a non-public address is refused before
    # any connection is opened (`localhost` resolves locally, 10.1.2.3 is a literal).
    uvloop = pytest.importorskip("uvloop")
    from briefing.errors import FetchError
    from briefing.feeds.guard import PublicOnlyBackend

    async def connect() -> None:
        assert isinstance(asyncio.get_running_loop(), uvloop.Loop)
        await PublicOnlyBackend().connect_tcp(host, 80, timeout=2.0)

    with (
        pytest.raises(FetchError, match="refused"),
        asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner,
    ):
        runner.run(connect())


def test_a_loop_collects_garbage_less_often_while_it_runs() -> None:
    # The app refreshes in a worker thread: two loops may run at once, in two threads,
    # and the thresholds come back only when the last of them ends.
    import gc
    import threading

    from briefing.feeds.loop import GC_THRESHOLD

    before = gc.get_threshold()
    raised = (max(before[0], GC_THRESHOLD), *before[1:])
    started, first_ended = threading.Event(), threading.Event()
    seen: dict[str, tuple[int, int, int]] = {}

    async def second() -> None:
        started.set()
        await asyncio.to_thread(first_ended.wait, 5)
        seen["second, after the first ended"] = gc.get_threshold()

    async def first() -> None:
        await asyncio.to_thread(started.wait, 5)
        seen["first"] = gc.get_threshold()

    other = threading.Thread(target=run, args=(second(),))
    other.start()
    run(first())
    seen["between"] = gc.get_threshold()
    first_ended.set()
    other.join(5)
    assert seen == {
        "first": raised,
        "between": raised,
        "second, after the first ended": raised,
    }
    assert gc.get_threshold() == before
