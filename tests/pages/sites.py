"""Loopback web servers for page tests: as many as a test needs, each its own origin.

Each server is a `Site` (path -> status, headers, body; hits
counted per path). A route with status 0 hangs: the server reads the request and never
answers, until the test ends.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Site:
    """A loopback web server: path -> (status, headers, body); counts hits per path."""

    base: str = ""
    routes: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)

    def page(self, path: str, body: bytes, kind: str = "text/html; charset=utf-8") -> str:
        self.routes[path] = (200, {"Content-Type": kind}, body)
        return self.base + path


HANG: tuple[int, dict[str, str], bytes] = (0, {}, b"")
"""A route that never answers."""
