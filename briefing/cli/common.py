"""What every command of `briefing` shares: its state, errors, dates and durations."""

from __future__ import annotations

import functools
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from briefing.errors import BriefingError, ConfigError, StoreError, UsageError

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.store.database import Store

F = TypeVar("F", bound=Callable[..., Any])
_DURATION = re.compile(r"(\d+)\s*([mhdw])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


class State:
    """What the group's options decide, shared with every subcommand."""

    def __init__(self, config_path: Path | None, demo: bool) -> None:
        self.config_path = config_path
        self.demo = demo
        self._config: Config | None = None
        self._demo_dir: tempfile.TemporaryDirectory[str] | None = None

    def config(self) -> Config:
        if self._config is None:
            from briefing.config import demo_config, load_config

            if self.demo:
                self._demo_dir = tempfile.TemporaryDirectory(prefix="briefing-demo-")
                self._config = demo_config(Path(self._demo_dir.name))
            else:
                self._config = load_config(self.config_path)
                if self._config.first_run:
                    _first_run_hint()
        return self._config

    def close(self) -> None:
        if self._demo_dir is not None:
            self._demo_dir.cleanup()

    @contextmanager
    def store(self, *, create: bool = True) -> Iterator[Store]:
        from briefing.paths import store_path
        from briefing.store.database import open_store, usage_error

        config = self.config()
        with open_store(store_path(config.data_dir), create=create) as store:
            try:
                if config.demo and store.get_meta("last_refresh") is None:
                    _demo_refresh(config, store)
                yield store
            except sqlite3.DatabaseError as exc:
                # Damage past the header shows only when a page is read: one line, not
                # a traceback (and a corrupt store is moved aside, as at open).
                store.close()
                error = usage_error(store.path, exc)
                if error is None:
                    raise
                raise error from None


def _first_run_hint() -> None:
    from briefing.paths import config_path

    say(
        f"no config at {config_path()}: using a starter set of feeds. "
        "Run `briefing feeds add URL` or copy config.example.toml there to choose your own."
    )


def _demo_refresh(config: Config, store: Store) -> None:
    from briefing.pipeline import refresh, shift_demo_items

    now = datetime.now(UTC)
    refresh(config, store, now=now)
    shift_demo_items(store, now)


def say(message: str) -> None:
    """A diagnostic line on stderr (stdout carries only the briefing or digest)."""
    click.echo(f"briefing: {message}", err=True)


def parse_date(value: str | None) -> date:
    if value is None:
        return datetime.now(UTC).date()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date: {value!r} is not a date like 2026-11-28") from None


def parse_duration(value: str) -> timedelta:
    """'90m', '24h', '7d', '1w', '1d12h' as a timedelta."""
    text = value.strip().lower()
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip():
        raise UsageError(f"--since: {value!r} is not a duration like 90m, 24h or 7d")
    return sum((timedelta(**{_UNITS[u]: int(n)}) for n, u in parts), timedelta())


def handle_errors(func: F) -> F:
    """Turn BriefingError into one stderr line and the exit codes of DESIGN.md."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (ConfigError, UsageError, StoreError) as exc:
            say(str(exc))
            sys.exit(2)
        except BriefingError as exc:
            say(str(exc))
            sys.exit(1)
        except KeyboardInterrupt:
            say("interrupted")
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper  # type: ignore[return-value]
