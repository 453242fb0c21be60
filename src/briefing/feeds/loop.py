"""The event loop a refresh runs on: uvloop's where it is installed, asyncio's elsewhere.

A re-run of a refresh whose feeds all answer 304 is bound by the event loop's CPU
(benchmarks/refresh_floor.py). uvloop (libuv under asyncio's interface) took 12 % off
the CPU of 1,000 conditional GETs through `fetch_all` (0.57 to 0.50 s, medians of 15,
the same run) and about 5 % off their wall time. It is a dependency on the platforms it
has wheels for (see pyproject.toml); elsewhere, or if it fails to import, asyncio's own
loop runs the same code.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop]:
    """What makes a new event loop: uvloop's when it can be imported, else asyncio's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.new_event_loop
    return uvloop.new_event_loop


def run(coro: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(coro)` on the loop `loop_factory` makes."""
    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        return runner.run(coro)
