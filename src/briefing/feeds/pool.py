"""Parsing feeds off the event loop: worker processes over the machine's cores, each parse
under a CPU budget.

A refresh hands every fetched body to `ParsePool.parse`. Small bodies are parsed in the
calling process while little has been parsed, because starting workers costs more than
parsing a few ordinary feeds (the demo and a refresh of a handful of feeds never start
one); a refresh of more than `INLINE_FEEDS` feeds parses only in its workers, so its
parent, which holds the fetches and the batches being stored, never loads the parsers.
A large body, or every body once enough bytes have been parsed, goes to a worker
process: the event loop keeps fetching, and a huge or hostile feed (issue #13: 330,000
tiny items took 142 s on the event loop, and every other feed timed out meanwhile) uses
one core for at most `cpu_seconds` of CPU, then fails alone with one line.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime
from types import FrameType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast, overload

from briefing.errors import FetchError
from briefing.feeds.parsed import ParsedFeed

if TYPE_CHECKING:
    from briefing.feeds.fetch import FetchRequest, FetchResult
    from briefing.feeds.settings import FetchSettings

PARSE_CPU_SECONDS = 15.0
"""CPU a worker may spend on one document. After the item cap the fast path reads
10 MB of 300,000 tiny items in 0.25 s and feedparser's path in 1 s (benchmarks/parse.py);
a real feed of 4,000 full-text items takes feedparser a few seconds."""
INLINE_BYTES = 256 * 1024
"""A body larger than this always goes to a worker. Below it, after the item cap, even
feedparser's path takes well under a second."""
BACKLOG_BYTES = 2 * 1024 * 1024
"""Bytes of fetched bodies waiting for a parser beyond which no new fetch starts. The
wire outruns two busy cores: without a bound, bodies piled up behind the workers
(peak RSS 120 MB against 83 when storing also held the fetching back). 8 MB still
made 12 MB of a 1,000-feed refresh's peak; 2 MB (about 30 ordinary feeds) keeps
both workers fed."""
INLINE_TOTAL_BYTES = 2 * 1024 * 1024
"""Bytes parsed in the calling process before the workers start: about 35 ordinary
feeds, 0.1 s of parsing. Below that the workers buy nothing: a feed sent to one costs
about 0.7 ms more CPU (pickling, pipes) than one parsed here (benchmarks/parse.py)."""
INLINE_FEEDS = 64
"""A refresh of more feeds than this parses nothing in the calling process: its workers
start at its first body. It would start them soon anyway, and the parent then never
loads the parsers (about 8 MB) nor builds their trees: 7 MB of a 1,000-feed refresh's
peak RSS (77 MB against 70)."""
WORKER_NICENESS = 5
"""How much lower the workers' CPU priority is than their parent's (`os.nice`): a cold
refresh waits on the parent's loop and store thread, so they run first and the workers
take the rest (1,000 feeds on 2 cores: 3.42 s against 3.65; 5.17 against 5.26 beside a
process using a core). The CPU budget counts CPU time: a busy machine fails no feed."""

Fetcher = Callable[..., Awaitable[object]]
"""`fetch_all`'s signature: (requests, settings, *, on_result, keep_bodies, admit)."""
R = TypeVar("R")
"""What a parse hands back: a `ParsedFeed`, or what the pool's `prepare` makes of one."""


@dataclass(frozen=True)
class ParseJob:
    """One fetched document to parse (the arguments of `parse_feed`)."""

    body: bytes
    url: str
    feed_name: str
    now: datetime
    headers: Mapping[str, str]
    max_items: int | None = None


async def fetch_and_parse(
    requests: Sequence[FetchRequest],
    settings: FetchSettings,
    *,
    now: datetime,
    max_items: int | None,
    on_parsed: Callable[[FetchResult, R | FetchError | None], None],
    fetcher: Fetcher | None = None,
    prepare: Callable[[ParsedFeed], R] | None = None,
) -> None:
    """Fetch `requests` and parse each body in a `ParsePool` while the other fetches go on.

    Every document a refresh reads is parsed here (the demo's bundled files too, through
    a `fetcher` of its own), under one CPU budget.

    Args:
        requests: the feeds to fetch (see `fetch_all`).
        settings: the fetcher's limits.
        now: first-seen time for undated items.
        max_items: items read from each end of a document (see `parse_feed`).
        on_parsed: called on the event loop's thread, one call at a time, with each
            result (without its body, which is dropped once parsed) and its parse as
            the parse ends: a `ParsedFeed`, the `FetchError`
            saying why it could not be read, or None when the fetch brought no body.
            An exception it raises stops the run at the next fetch result and is raised.
        fetcher: what fetches (`fetch_all` unless given); it is called with
            `on_result`, `keep_bodies=False` and `admit` (which holds fetches back while
            more than `BACKLOG_BYTES` of bodies wait for a parser) as keywords.
        prepare: what `on_parsed` gets instead of each `ParsedFeed`, made where the
            feed was parsed (in a worker, so its CPU is not the parent's), under the
            same CPU budget. It must be picklable (a module-level function or a
            `functools.partial` of one) where workers are spawned, not forked.
    """
    from briefing.feeds.fetch import fetch_all

    fetch = fetcher or fetch_all

    tasks: set[asyncio.Task[None]] = set()
    failed: list[BaseException] = []
    waiting = 0
    """Bytes of the bodies not parsed yet."""
    room = asyncio.Event()
    room.set()

    def backlog(change: int) -> None:
        nonlocal waiting
        waiting += change
        if waiting > BACKLOG_BYTES:
            room.clear()
        else:
            room.set()

    async def parse(pool: ParsePool[Any], result: FetchResult, body: bytes) -> None:
        size = len(body)
        headers = dict(result.headers)
        job = ParseJob(body, result.final_url, result.request.name, now, headers, max_items)
        del body
        # Only the job holds the body now: it goes as soon as the parse is done.
        result = dataclasses.replace(result, body=None)
        parsed: R | FetchError
        try:
            parsed = cast(R, await pool.parse(job))
        except FetchError as exc:
            # Its traceback holds the frames that hold the job: kept, it would keep the
            # body alive until the next garbage collection.
            parsed = exc.with_traceback(None)
        finally:
            del job
            backlog(-size)  # also on an error, or the fetches held back would wait forever
        on_parsed(result, parsed)

    def finished(task: asyncio.Task[None]) -> None:
        tasks.discard(task)
        error = None if task.cancelled() else task.exception()
        if error is not None:
            failed.append(error)

    inline = INLINE_TOTAL_BYTES if len(requests) <= INLINE_FEEDS else 0
    with ParsePool(inline_total=inline, prepare=prepare) as pool:

        def arrived(result: FetchResult) -> None:
            if failed:
                raise failed[0]
            if result.outcome != "ok" or result.body is None:
                on_parsed(result, None)
                return
            backlog(len(result.body))
            task = asyncio.create_task(parse(pool, result, result.body))
            tasks.add(task)
            task.add_done_callback(finished)

        await fetch(requests, settings, on_result=arrived, keep_bodies=False, admit=room.wait)
        while tasks:
            await asyncio.wait(set(tasks))
        if failed:
            raise failed[0]


class ParsePool(Generic[R]):
    """Parses documents inline while there is little to parse, then in worker processes.

    The workers start at the first parse that needs them and stop at `close()` (or the
    end of a `with` block). Use one pool per refresh, from one event loop. With
    `prepare`, a parse hands back what `prepare` makes of the `ParsedFeed`, made in the
    process that parsed it.
    """

    @overload
    def __init__(
        self: ParsePool[ParsedFeed],
        *,
        cpu_seconds: float | None = None,
        inline_bytes: int = INLINE_BYTES,
        inline_total: int = INLINE_TOTAL_BYTES,
        workers: int | None = None,
        prepare: None = None,
    ) -> None: ...

    @overload
    def __init__(
        self: ParsePool[R],
        *,
        cpu_seconds: float | None = None,
        inline_bytes: int = INLINE_BYTES,
        inline_total: int = INLINE_TOTAL_BYTES,
        workers: int | None = None,
        prepare: Callable[[ParsedFeed], R] | None = None,
    ) -> None: ...

    def __init__(
        self,
        *,
        cpu_seconds: float | None = None,
        inline_bytes: int = INLINE_BYTES,
        inline_total: int = INLINE_TOTAL_BYTES,
        workers: int | None = None,
        prepare: Callable[[ParsedFeed], Any] | None = None,
    ) -> None:
        self._prepare = prepare
        self.cpu_seconds = PARSE_CPU_SECONDS if cpu_seconds is None else cpu_seconds
        self._inline_bytes = inline_bytes
        self._inline_left = inline_total
        self._workers = workers or _cores()
        self._executor: ProcessPoolExecutor | None = None
        self.started = 0
        """Worker pools started (more than one only after a worker died)."""

    def __enter__(self) -> ParsePool[R]:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self.close(cancel=kind is not None)

    async def parse(self, job: ParseJob) -> R:
        """The document's `ParsedFeed` (or what `prepare` makes of it).

        Raises:
            FetchError: not a feed, over the CPU budget, or the worker process died.
        """
        size = len(job.body)
        if size <= self._inline_bytes and size <= self._inline_left:
            self._inline_left -= size
            inline = _parse(job)
            return cast(R, inline if self._prepare is None else self._prepare(inline))
        self._inline_left = 0  # from now on every parse goes to the workers
        executor = self._start()
        loop = asyncio.get_running_loop()
        try:
            made = await loop.run_in_executor(executor, _parse_in_worker, job, self.cpu_seconds)
            return cast(R, made)
        except BrokenProcessPool:
            # A worker died (a crash in a C parser, the OOM killer): this feed fails, and
            # the next parse starts fresh workers.
            if self._executor is executor:
                self._executor = None
                executor.shutdown(wait=False, cancel_futures=True)
            raise FetchError("the parser process stopped while reading this feed") from None

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers; with `cancel`, drop queued parses and do not wait."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=not cancel, cancel_futures=cancel)

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self._workers,
                mp_context=_context(),
                initializer=_start_worker,
                initargs=(os.getpid(), self._prepare),
            )
            self.started += 1
        return self._executor


def _cores() -> int:
    with contextlib.suppress(AttributeError, OSError):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _context() -> multiprocessing.context.BaseContext:
    # fork starts a worker in milliseconds with the parsers already imported; spawn
    # (the only method on Windows) re-imports them, about 0.4 s a worker.
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _parse(job: ParseJob) -> ParsedFeed:
    # The parsers (lxml, fastfeedparser, feedparser: about 8 MB and 35 ms) are imported
    # at the first parse, not with this module: a refresh that gets only 304s never
    # needs them, and one whose parses all run in workers needs them there only.
    from briefing.feeds.parse import parse_feed

    return parse_feed(
        job.body,
        url=job.url,
        feed_name=job.feed_name,
        now=job.now,
        headers=job.headers,
        max_items=job.max_items,
    )


def _parse_prepared(job: ParseJob) -> object:
    parsed = _parse(job)
    return parsed if _prepare is None else _prepare(parsed)


_HAS_TIMER = hasattr(signal, "setitimer") and hasattr(signal, "SIGPROF")


_RETRIGGER_SECONDS = 0.05
"""Once over budget, SIGPROF comes again this often until the parse has stopped."""
_armed = False
"""True while a parse runs under the timer in this worker."""
_prepare: Callable[[ParsedFeed], object] | None = None
"""The pool's `prepare`, in a worker: given once when the worker starts, not with each job."""


class _OverBudget(BaseException):
    """Raised in a worker by SIGPROF: the parse used up its CPU budget.

    A BaseException, so a parser's `except Exception` cannot swallow it (feedparser
    records what it catches as a bozo feed and reads on); a bare `except:` might, so
    the signal repeats until the parse is out.
    """


def _over_budget(signum: int, frame: FrameType | None) -> None:
    if _armed:
        raise _OverBudget


def _start_worker(parent: int, prepare: Callable[[ParsedFeed], object] | None = None) -> None:
    """Set up one worker process (it runs nothing but `_parse_in_worker`)."""
    global _prepare
    _prepare = prepare
    # Ctrl-C reaches the whole process group: the parent handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):  # not on Windows
        with contextlib.suppress(OSError):
            os.nice(WORKER_NICENESS)
    if _HAS_TIMER:
        signal.signal(signal.SIGPROF, _over_budget)
    # A worker never writes to the terminal, and must not hold the parent's output pipe
    # open (a caller reading it to its end would wait for the worker).
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    # Imported now, so a parse's budget is spent on parsing (the parent may never have
    # imported them: see `_parse`).
    import fastfeedparser  # noqa: F401
    import feedparser  # noqa: F401

    import briefing.feeds.parse  # noqa: F401


def _exit_with(parent: int) -> None:
    """End this worker once its parent is gone (a SIGKILLed refresh leaves no orphans)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _parse_in_worker(job: ParseJob, cpu_seconds: float) -> object:
    """`parse_feed` in a worker, stopped by SIGPROF after `cpu_seconds` of CPU."""
    try:
        return _parse_timed(job, cpu_seconds)
    except _OverBudget:
        # Also when the signal lands as the timer is disarmed: the parse was at its limit.
        raise FetchError(
            f"feed too slow to parse: stopped after {cpu_seconds:g} s of CPU"
        ) from None


def _parse_timed(job: ParseJob, cpu_seconds: float) -> object:
    # ITIMER_PROF counts this process's CPU time (user and system), not the wall clock,
    # so a busy machine does not fail a feed that would parse in time.
    if not _HAS_TIMER:
        return _parse_prepared(job)  # Windows: no CPU timer; the item cap still bounds it
    global _armed
    _armed = True
    signal.setitimer(signal.ITIMER_PROF, cpu_seconds, _RETRIGGER_SECONDS)
    try:
        return _parse_prepared(job)
    finally:
        # Disarmed first: a signal still pending after this is ignored.
        _armed = False
        signal.setitimer(signal.ITIMER_PROF, 0)
