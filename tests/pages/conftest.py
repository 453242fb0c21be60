"""Fixtures of the page tests: loopback web servers, each its own origin (see sites.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.pages.sites import Site


@pytest.fixture
def start_site() -> Iterator[Callable[[], Site]]:
    """Start a loopback server on a port of its own; all are stopped when the test ends."""
    release = threading.Event()
    servers: list[tuple[ThreadingHTTPServer, threading.Thread]] = []

    def start() -> Site:
        state = Site()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                state.hits[self.path] += 1
                status, headers, body = state.routes.get(
                    self.path, (404, {"Content-Type": "text/plain"}, b"not found")
                )
                if status == 0:
                    release.wait(60)
                    return
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        servers.append((server, thread))
        state.base = f"http://127.0.0.1:{server.server_address[1]}"
        return state

    yield start
    release.set()
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def site(start_site: Callable[[], Site]) -> Site:
    """One loopback web server for the test."""
    return start_site()
