"""Many feeds' writes in one transaction: a refresh commits in batches, not feed by feed.

A COMMIT costs a WAL append and a page flush; 1,000 of them (one per feed) took
0.62 s of a 1,000-feed refresh, and indexing the text for search as one
30,000-row statement at the end took another 0.8 s. A batch commits its feeds
together, every `MAX_WRITES` feeds or once its first feed has waited
`MAX_SECONDS`, and indexes their new items in the same transaction, so search is
fed as items are stored and a kill still loses nothing committed: each feed is
in a committed batch whole or not at all.

Inside an event loop a batch commits on a worker thread (SQLite lets go of the
GIL while it works), so the loop goes on fetching meanwhile; one batch at a time,
in order, and the results are reported back on the loop's thread.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

from briefing.store.database import Store
from briefing.store.queries import index_pending

T = TypeVar("T")

MAX_WRITES = 64
"""Feeds a batch holds before it commits."""
MAX_COST = 500
"""Items (the cost the caller gives each write) a batch holds before it commits. What
a batch holds waits in memory twice, as parsed feeds and as SQLite's pending search
index, and a second full batch waits behind the one committing: 64 feeds of 30 items
made 17 MB of a 1,000-feed refresh's 104 MB peak. 500 items (about 16 ordinary
feeds) mean at most about 45 more commits in a cold refresh of 1,000 feeds; storing
and indexing 30,000 items took the same CPU in batches of 16 feeds as of 64. A 304
costs 1, so a warm refresh still commits 64 feeds at a time."""
MAX_SECONDS = 0.1
"""Longest a feed waits in a batch before it commits (unless the batch before it is
still committing)."""


class WriteBatch(Generic[T]):
    """Writes queued with `add` and run together in one transaction.

    A batch commits when it is full or its oldest write has waited `max_seconds`
    (a timer sees to it when no other write follows). Without a running event loop
    it commits in `add` itself; in one, on a worker thread, while the next batch
    fills. Each write runs inside the batch's transaction (`Store.write` nests)
    and its result is handed to `done` after the commit, in the order the writes
    were added, on the thread that added them. Await `drain()` before the loop
    ends and call `flush()` at the end. An error from a commit is raised by the
    next `add`, `drain` or `flush`.
    """

    def __init__(
        self,
        store: Store,
        done: Callable[[T], None],
        *,
        max_writes: int | None = None,
        max_cost: int | None = None,
        max_seconds: float | None = None,
    ) -> None:
        self._store = store
        self._done = done
        self._writes: list[Callable[[], T]] = []
        self._first = 0.0
        self._cost = 0
        """The summed cost of the queued writes."""
        self.max_writes = MAX_WRITES if max_writes is None else max_writes
        self.max_cost = MAX_COST if max_cost is None else max_cost
        self.max_seconds = MAX_SECONDS if max_seconds is None else max_seconds
        self.commits = 0
        """Transactions committed so far."""
        self._timer: asyncio.TimerHandle | None = None
        self._running: Future[list[T]] | None = None
        self._thread: ThreadPoolExecutor | None = None
        self._failed: BaseException | None = None

    def __len__(self) -> int:
        return len(self._writes)

    def add(self, write: Callable[[], T], cost: int = 1) -> None:
        """Queue `write`; `cost` is what it weighs in the batch (say, the items it stores)."""
        self._raise_failure()
        if not self._writes:
            self._first = time.monotonic()
        self._writes.append(write)
        self._cost += max(1, cost)
        if self._running is not None and self._full():
            # Never more than one full batch waits behind a commit: parsed feeds would
            # pile up in memory while a slow disk commits (139 MB against 83 at the
            # peak of a 1,000-feed refresh). The loop waits here instead.
            self._running.exception()  # blocks until the commit is done
            self._committed(self._running)
            return
        self._next()

    def due(self) -> bool:
        """True when the batch is full or its oldest write has waited long enough."""
        if not self._writes:
            return False
        return self._full() or time.monotonic() - self._first >= self.max_seconds

    def _full(self) -> bool:
        return len(self._writes) >= self.max_writes or self._cost >= self.max_cost

    def flush(self) -> None:
        """Commit what is queued now, on this thread (no batch may be committing)."""
        self._raise_failure()
        if self._running is not None:
            raise RuntimeError("a batch is still committing: await drain() first")
        self._cancel_timer()
        writes, self._writes, self._cost = self._writes, [], 0
        if writes:
            self._report(self._commit(writes))

    async def drain(self) -> None:
        """Commit everything queued, waiting for the batch committing now."""
        try:
            while self._running is not None or self._writes:
                if self._running is None:
                    self._start()
                running = self._running
                if running is not None:
                    await asyncio.wrap_future(running)
                    self._committed(running)
                self._raise_failure()
        finally:
            if self._thread is not None:
                self._thread.shutdown(wait=True)
                self._thread = None
        self._raise_failure()

    def _next(self) -> None:
        """Start a commit if one is due and none is running, else make sure one will be."""
        if self._running is not None or not self._writes:
            return
        if self.due():
            self._start()
            return
        if self._timer is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # no event loop: the owner flushes
                return
            wait = self.max_seconds - (time.monotonic() - self._first)
            self._timer = loop.call_later(max(0.0, wait), self._on_timer)

    def _on_timer(self) -> None:
        self._timer = None
        if self._running is None and self._writes:
            self._start()

    def _start(self) -> None:
        self._cancel_timer()
        writes, self._writes, self._cost = self._writes, [], 0
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._report(self._commit(writes))
            return
        if self._thread is None:  # one thread: batches commit one at a time, in order
            self._thread = ThreadPoolExecutor(1, thread_name_prefix="briefing-store")
        running = self._running = self._thread.submit(self._commit, writes)
        # Back on the loop's thread once committed (unless `add` or `drain` saw to it).
        running.add_done_callback(lambda done: loop.call_soon_threadsafe(self._committed, done))

    def _committed(self, future: Future[list[T]]) -> None:
        if future is not self._running:
            return  # already seen to
        self._running = None
        if future.cancelled():
            return
        error = future.exception()
        if error is not None:
            self._failed = error
            return
        self._report(future.result())
        self._next()

    def _commit(self, writes: list[Callable[[], T]]) -> list[T]:
        with self._store.write():
            results = [write() for write in writes]
            index_pending(self._store)
        self.commits += 1
        return results

    def _report(self, results: list[T]) -> None:
        for result in results:
            self._done(result)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _raise_failure(self) -> None:
        failed, self._failed = self._failed, None
        if failed is not None:
            raise failed
