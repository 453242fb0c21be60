"""A stub resolver and a connect tripwire: tests of the public-address guard stay on 127.0.0.1.

`network` makes `socket.getaddrinfo` answer the names a test gives it (any name not given
fails as unknown, so no DNS query leaves the machine), and makes every asyncio connection
to an address other than 127.0.0.1 or ::1 fail before a packet is sent, recording the
address. So a guard that lets a page through to 10.0.0.1 fails its test, and sends nothing.
"""

from __future__ import annotations

import asyncio.selector_events
import ipaddress
import socket
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

LOOPBACK = frozenset({"127.0.0.1", "::1"})


@dataclass
class Network:
    """What the stub resolver answers, and what it and the tripwire saw."""

    names: dict[str, list[str] | Callable[[], list[str]]] = field(default_factory=dict)
    """Name -> its addresses (or a function giving them afresh at each lookup)."""
    lookups: Counter[str] = field(default_factory=Counter)
    blocked: list[str] = field(default_factory=list)
    """Addresses beyond loopback that something tried to connect to (refused unsent)."""


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> Network:
    state = Network()
    real_getaddrinfo = socket.getaddrinfo
    real_connect = asyncio.selector_events.BaseSelectorEventLoop.sock_connect

    def getaddrinfo(host: Any, port: Any, family: int = 0, type: int = 0, *args: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name in state.names:
            state.lookups[name] += 1
            answer = state.names[name]
            addresses = answer() if callable(answer) else answer
            number = int(port or 0)
            return [
                (socket.AF_INET6, socket.SOCK_STREAM, 6, "", (a, number, 0, 0))
                if ":" in a
                else (socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, number))
                for a in addresses
            ]
        try:
            ipaddress.ip_address(name)
        except ValueError:
            if name != "localhost":
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None
        return real_getaddrinfo(host, port, family, type, *args)

    async def sock_connect(self: Any, sock: socket.socket, address: Any) -> None:
        if address[0] not in LOOPBACK:
            state.blocked.append(address[0])
            raise ConnectionRefusedError("test tripwire: no connection beyond loopback")
        await real_connect(self, sock, address)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(asyncio.selector_events.BaseSelectorEventLoop, "sock_connect", sock_connect)
    # Both hooks are asyncio's own loop's: uvloop resolves and connects inside libuv, out
    # of their reach, so fetches run on asyncio's loop while the stub is in place.
    monkeypatch.setattr("briefing.feeds.loop.loop_factory", lambda: asyncio.new_event_loop)
    return state
