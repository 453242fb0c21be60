"""What every command of `briefing` shares: its state, errors, output, dates and durations."""

from __future__ import annotations

import contextlib
import functools
import os
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
_DAYS_AGO = re.compile(r"-\d{1,7}")
"""`--date -2`: two days ago (seven digits reach back past the year 1, an error)."""
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


class State:
    """What the group's options decide, shared with every subcommand."""

    def __init__(self, config_path: Path | None, demo: bool) -> None:
        self.config_path = config_path
        self.demo = demo
        self._config: Config | None = None
        self._demo_dir: tempfile.TemporaryDirectory[str] | None = None

    def config(self, *, hint: bool = True) -> Config:
        """The config; without a config file, stderr says how to start (unless not `hint`)."""
        config = self._load()
        if config.first_run and hint:
            say(first_run_hint())
        return config

    def feeds_config(self) -> Config:
        """The config of a command that needs feeds to follow (`today`, `digest`, `refresh`).

        Raises:
            ConfigError: there is no config file yet; the message says how to start.
        """
        config = self._load()
        if config.first_run:
            raise ConfigError(first_run_hint())
        return config

    def reload(self) -> Config:
        """The config read again, after this command edited it."""
        self._config = None
        return self._load()

    def _load(self) -> Config:
        if self._config is None:
            from briefing.config import demo_config, load_config

            if self.demo:
                self._demo_dir = tempfile.TemporaryDirectory(prefix="briefing-demo-")
                self._config = demo_config(Path(self._demo_dir.name))
            else:
                self._config = load_config(self.config_path)
        return self._config

    def close(self) -> None:
        if self._demo_dir is not None:
            self._demo_dir.cleanup()

    @contextmanager
    def store(self, *, create: bool = True) -> Iterator[Store]:
        from briefing.paths import store_path
        from briefing.store.damage import usage_error
        from briefing.store.database import open_store

        config = self._load()
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


def first_run_hint() -> str:
    """How to start, for a user without a config: briefing follows nothing unasked."""
    from briefing.config import example_config_path
    from briefing.paths import config_path

    return (
        f"no config at {config_path()}, so no feeds to follow. Start with "
        "`briefing feeds add URL`, `briefing import-opml FILE`, or `briefing init --starter world` "
        "(five world-news feeds, written as a config to read and edit); "
        f"{example_config_path()} documents every key; `briefing --demo today` is an offline tour."
    )


def _demo_refresh(config: Config, store: Store) -> None:
    from briefing.pipeline import refresh, shift_demo_items

    now = datetime.now(UTC)
    refresh(config, store, now=now)
    shift_demo_items(store, now)


def say(message: str) -> None:
    """A diagnostic line on stderr (stdout carries only the briefing or digest).

    Messages echo what the user gave (file names, feed names, paths): each control
    or bidi character in them is shown as its escape, never sent to the terminal,
    and a newline cannot split the line.
    """
    from briefing.sanitize import shown

    click.echo(f"briefing: {shown(message)}", err=True)


def parse_date(value: str | None) -> date:
    """`--date`: YYYY-MM-DD, `today`, `yesterday`, or `-N` for N days ago (UTC days)."""
    today = datetime.now(UTC).date()
    if value is None:
        return today
    text = value.strip().lower()
    back = {"today": 0, "yesterday": 1}.get(text)
    if back is None and _DAYS_AGO.fullmatch(text):
        back = int(text[1:])
    if back is not None:
        try:
            return today - timedelta(days=back)
        except OverflowError:
            raise UsageError(f"--date: {value!r} reaches back before the year 1") from None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"--date: {value!r} is not a date like 2026-11-28, today, yesterday or -2"
        ) from None
    if day == date.max:  # the day's end, the next midnight, is past datetime's range
        raise UsageError(f"--date: {value!r} is out of range")
    return day


def parse_duration(value: str) -> timedelta:
    """'90m', '24h', '7d', '1w', '1d12h' as a timedelta."""
    text = value.strip().lower()
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip():
        raise UsageError(f"--since: {value!r} is not a duration like 90m, 24h or 7d")
    try:
        return sum((timedelta(**{_UNITS[u]: int(n)}) for n, u in parts), timedelta())
    except (OverflowError, ValueError):  # past timedelta's 999,999,999 days, or int's digits
        raise UsageError(f"--since: {value!r} is longer than any duration can be") from None


def parse_since(value: str, now: datetime) -> datetime | None:
    """`--since` as the moment it names before `now`; None for "last" (the last digest)."""
    if value == "last":
        return None
    window = parse_duration(value)
    try:
        return now - window
    except OverflowError:
        raise UsageError(f"--since: {value!r} reaches back before the year 1") from None


def write_out(text: str, *, what: str) -> None:
    """Write `text` to stdout and flush it, or fail with one line (exit 1).

    A full device (`> /dev/full`) or a reader gone (`| head -c 100`) is a
    BriefingError naming `what` could not be written; the caller learns it
    before it records anything as delivered (see `build_digest`).
    """
    if not text:
        return
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):  # not a file: click's test runner
        fd = None
    try:
        if fd is None:
            click.echo(text, nl=False)
            sys.stdout.flush()
        else:
            sys.stdout.flush()
            _write_all(
                fd, text.encode(sys.stdout.encoding or "utf-8", sys.stdout.errors or "strict")
            )
    except OSError as exc:
        _silence_stdout()
        reason = "its reader closed the pipe" if isinstance(exc, BrokenPipeError) else exc
        raise BriefingError(f"cannot write {what}: {reason}") from None


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of `data` to `fd`, or raise.

    Not through `sys.stdout`: when a pipe's reader went away mid-write, the kernel
    returned a short count for a 16 KB write, and CPython 3.11's buffered stdout
    then reported success with the rest unwritten (seen with strace), so the
    digest would have been marked sent. Writing again after a short count gets
    the EPIPE.
    """
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _silence_stdout() -> None:
    """Point stdout at /dev/null after a failed write.

    What is still buffered is then flushed there at exit, instead of failing
    again and printing the interpreter's own "Exception ignored" traceback.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def handle_errors(func: F) -> F:
    """Turn BriefingError into one stderr line and the exit codes of DESIGN.md.

    Nothing else is expected here. Anything else is a bug: it gets one line too,
    naming a report with the full traceback (`crash_report`), and exit 1.
    """

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
            _silence_stdout()
            sys.exit(0)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own: usage errors and exits it reports itself
        except Exception as exc:
            summary = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
            say(f"internal error ({summary}); {crash_report(exc)}")
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def crash_report(exc: BaseException) -> str:
    """Write `exc`'s traceback to a new file in the XDG state dir; say where, for the user.

    The file names the version, the command line and the Python, so the report
    can be attached to an issue as it is.
    """
    import platform
    import traceback

    from platformdirs import user_state_path

    from briefing import __version__
    from briefing.paths import APP_NAME

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    text = (
        f"briefing {__version__}, Python {platform.python_version()} on {platform.platform()}\n"
        f"command: {sys.argv!r}\n\n" + "".join(traceback.format_exception(exc))
    )
    try:
        folder = user_state_path(APP_NAME) / "crashes"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}-{os.getpid()}.txt"
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as error:
        return f"the report could not be written ({error})"
    return f"please report it with {path}"
