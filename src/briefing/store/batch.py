"""Many feeds' writes in one transaction: a refresh commits in batches, not feed by feed.

A COMMIT costs a WAL append and an fsync-free but still real page flush; 1,000 of
them (one per feed) took 0.62 s of a 1,000-feed refresh, and indexing the text
for search as one 30,000-row statement at the end took another 0.8 s. A batch
commits its feeds together, every `max_writes` feeds or once its first feed has
waited `max_seconds`, and indexes their new items in the same transaction, so
search is fed as items are stored and a kill still loses nothing committed:
each feed is in a committed batch whole or not at all.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from briefing.store.database import Store
from briefing.store.queries import index_pending

T = TypeVar("T")

MAX_WRITES = 64
"""Feeds a batch holds before it commits."""
MAX_SECONDS = 0.1
"""Longest a feed waits in a batch before it commits."""


class WriteBatch(Generic[T]):
    """Writes queued with `add` and run together in one transaction by `flush`.

    `add` commits the batch when it is full or its oldest write has waited
    `max_seconds`; called from a running event loop, it also sets a timer for
    then, so a write is committed in time even when no other follows. The owner
    calls `flush` at the end. Each write runs inside the batch's transaction
    (`Store.write` nests) and its result is handed to `done` after the commit, in
    the order the writes were added. An error from a flush on the timer is raised
    by the next `add` or `flush`.
    """

    def __init__(
        self,
        store: Store,
        done: Callable[[T], None],
        *,
        max_writes: int | None = None,
        max_seconds: float | None = None,
    ) -> None:
        self._store = store
        self._done = done
        self._writes: list[Callable[[], T]] = []
        self._first = 0.0
        self.max_writes = MAX_WRITES if max_writes is None else max_writes
        self.max_seconds = MAX_SECONDS if max_seconds is None else max_seconds
        self.commits = 0
        """Transactions committed so far."""
        self._timer: asyncio.TimerHandle | None = None
        self._failed: BaseException | None = None

    def __len__(self) -> int:
        return len(self._writes)

    def add(self, write: Callable[[], T]) -> None:
        self._raise_failure()
        if not self._writes:
            self._first = time.monotonic()
        self._writes.append(write)
        if self.due():
            self.flush()
        elif self._timer is None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # no event loop: the owner flushes
                return
            self._timer = loop.call_later(self.max_seconds, self._flush_on_timer)

    def due(self) -> bool:
        """True when the batch is full or its oldest write has waited long enough."""
        if not self._writes:
            return False
        full = len(self._writes) >= self.max_writes
        return full or time.monotonic() - self._first >= self.max_seconds

    def flush(self) -> None:
        """Run the queued writes and index their new items in one transaction."""
        self._raise_failure()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        writes, self._writes = self._writes, []
        if not writes:
            return
        with self._store.write():
            results = [write() for write in writes]
            index_pending(self._store)
        self.commits += 1
        for result in results:
            self._done(result)

    def _flush_on_timer(self) -> None:
        self._timer = None
        try:
            self.flush()
        except BaseException as exc:  # raised to the owner by the next add or flush
            self._failed = exc

    def _raise_failure(self) -> None:
        failed, self._failed = self._failed, None
        if failed is not None:
            raise failed
