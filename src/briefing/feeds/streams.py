"""httpcore's network backend for the fetcher's pools, with a cheaper check of idle connections.

Before every request a pool starts or ends, httpcore asks each idle connection of the pool
whether the server has closed it (`get_extra_info("is_readable")`, httpcore 1.0). Its anyio
stream answers by looking up the raw socket through anyio's typed attributes, which build
a dict of every attribute of the socket (its peer name among them) on each call: 4 % of a
re-run's CPU on the event loop, more than the poll itself. `SocketStream` looks the socket
up once per connection and polls it the same way; everything else is the inner stream's.
"""

from __future__ import annotations

import select
import socket
import ssl
import sys
from collections.abc import Iterable
from typing import Any

import httpcore


def is_readable(sock: socket.socket | None) -> bool:
    """True when a read would not wait: data, or the end a server sends as it closes.

    As httpcore's own check: a socket gone (None, or closed) counts as readable, so its
    connection is dropped rather than reused.
    """
    fd = -1 if sock is None else sock.fileno()
    if fd < 0:
        return True
    if sys.platform == "win32" or not hasattr(select, "poll"):
        ready, _, _ = select.select([fd], [], [], 0)
        return bool(ready)
    poll = select.poll()
    poll.register(fd, select.POLLIN)
    return bool(poll.poll(0))


class SocketStream(httpcore.AsyncNetworkStream):
    """A network stream that knows its socket: everything but `is_readable` is `inner`'s."""

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._socket: socket.socket | None = inner.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return SocketStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return is_readable(self._socket)
        return self._inner.get_extra_info(info)


class SocketBackend(httpcore.AsyncNetworkBackend):
    """httpcore's anyio backend, its streams wrapped in `SocketStream`."""

    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        return SocketStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(
            path, timeout=timeout, socket_options=socket_options
        )
        return SocketStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)
