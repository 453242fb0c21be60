"""The event loop a refresh runs on: uvloop's where it is installed, asyncio's elsewhere.

A re-run of a refresh whose feeds all answer 304 is bound by the event loop's CPU
(benchmarks/refresh_floor.py). uvloop (libuv under asyncio's interface) took 12 % off
the CPU of 1,000 conditional GETs through `fetch_all` (0.57 to 0.50 s, medians of 15,
the same run) and about 5 % off their wall time. It is a dependency on the platforms it
has wheels for (see pyproject.toml); elsewhere, or if it fails to import, asyncio's own
loop runs the same code.

While it runs, the cyclic garbage collector looks at the youngest objects every
`GC_THRESHOLD` allocations instead of Python's 700 (see `fewer_collections`).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import threading
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

GC_THRESHOLD = 10_000
"""Allocations of container objects between two collections of the youngest generation
while a loop of `run` runs (Python's default is 700). A refresh keeps a task, its
coroutine and its futures alive for each feed, so each of the 200-odd collections of
a re-run of 1,000 feeds walked thousands of young objects that were all still in use:
62 ms of its CPU on the event loop (gc.callbacks), 160-300 ms of a cold refresh's.
With 10,000: 8-18 ms, and the same peak RSS (66-69 MB a cold refresh, either way).
What it costs is cyclic garbage living a little longer: at most 10,000 more objects."""
_raised = 0
"""Loops of `run` running now, in any thread (the app refreshes in a worker thread)."""
_saved: tuple[int, int, int] | None = None
_lock = threading.Lock()


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop]:
    """What makes a new event loop: uvloop's when it can be imported, else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop
    return uvloop.new_event_loop


def run(coro: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(coro)` on the loop `loop_factory` makes, with `fewer_collections`."""
    with fewer_collections(), asyncio.Runner(loop_factory=loop_factory()) as runner:
        return runner.run(coro)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """The youngest generation collected every `GC_THRESHOLD` allocations (unless it is
    already rarer) until the last of the blocks running at once, in any thread, ends;
    then the thresholds are what they were before the first began."""
    global _raised, _saved
    with _lock:
        if _raised == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(max(_saved[0], GC_THRESHOLD), *_saved[1:])
        _raised += 1
    try:
        yield
    finally:
        with _lock:
            _raised -= 1
            if _raised == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
