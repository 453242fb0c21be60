"""The fetcher's network streams (briefing.feeds.streams): an idle connection the server
has closed is still seen as closed, and never reused."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator

import pytest

from briefing.feeds.client import new_client
from briefing.feeds.hosts import HostClient
from briefing.feeds.settings import FetchSettings
from briefing.feeds.streams import is_readable

BODY = b"<rss version='2.0'><channel><title>Closing Wire</title></channel></rss>"


def test_a_socket_is_readable_once_its_peer_writes_or_closes() -> None:
    ours, theirs = socket.socketpair()
    try:
        assert not is_readable(ours)
        theirs.sendall(b"x")
        assert is_readable(ours)
        ours.recv(1)
        assert not is_readable(ours)
        theirs.close()
        assert is_readable(ours)  # the end of the stream: a read returns b"" at once
    finally:
        ours.close()
    assert is_readable(ours)  # closed: its connection must be dropped, not reused
    assert is_readable(None)


@pytest.fixture
def closing_server() -> Iterator[tuple[int, list[int], threading.Semaphore]]:
    """Answers one request per connection with keep-alive headers, then closes it (and
    releases the semaphore once it has)."""
    listener = socket.create_server(("127.0.0.1", 0))
    connections: list[int] = []
    closed = threading.Semaphore(0)

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            connections.append(1)
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(BODY)}\r\n"
                conn.sendall(head.encode() + b"Connection: keep-alive\r\n\r\n" + BODY)
            closed.release()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], connections, closed
    finally:
        listener.close()


def test_an_idle_connection_the_server_closed_is_not_reused(
    closing_server: tuple[int, list[int], threading.Semaphore],
) -> None:
    # Sent without the fetcher's retry: a dead connection reused would fail the second.
    port, connections, closed = closing_server
    settings = FetchSettings(connect_timeout=1.0, read_timeout=1.0, deadline=2.0, trust_env=False)

    async def run() -> list[bytes]:
        client = new_client(settings)
        assert isinstance(client, HostClient)
        bodies = []
        async with client:
            for _ in range(3):
                request = client.build_request("GET", f"http://127.0.0.1:{port}/feed")
                response = await client.send_stream(request)
                bodies.append(await response.aread())
                # The server has closed it: the pool must see that before the next request.
                assert await asyncio.to_thread(closed.acquire, True, 5.0)
        return bodies

    assert asyncio.run(run()) == [BODY, BODY, BODY]
    assert len(connections) == 3
