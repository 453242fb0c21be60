"""Which addresses an article page may be fetched from: public ones, checked where we connect.

A feed is fetched from wherever the config says: the user chose that server. The pages
its items link to were chosen by whoever writes the feed, and without a check a feed
could make briefing request `http://127.0.0.1:8002/admin/reboot?confirm=1` or a router's
page on the reader's own network, and store what came back as the story. So an article
page, and every redirect hop that leaves its feed's origin, must reach a public address
(`briefing.feeds.fetch` decides which hops; this module checks them). Browsers block
public pages from reaching private addresses for the same reason, and newsboat never
fetches a page by itself.

The check is made on the address the connection is opened to, not on the URL:
`PublicOnlyBackend` resolves the name itself, refuses it when any address it resolves to
is not public, and connects to an address it checked (TLS still verifies the certificate
against the name, and the Host header is the URL's). A name therefore cannot resolve to
a public address for the check and to 10.0.0.1 for the connection (DNS rebinding).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable

import httpcore

from briefing.errors import FetchError
from briefing.feeds.streams import SocketBackend
from briefing.sanitize import clean_line

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_RFC1918 = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
"""IPv6 addresses that a NAT64 gateway turns into the IPv4 address in their last 32 bits."""
_WHY = "pages off their feed's own site must be on a public address"


def non_public(address: IPAddress) -> str | None:
    """What kind of non-public address this is ("loopback", "private", ...); None when public.

    Public is what the standard library's `is_global` calls global (its table follows
    IANA's special-purpose registries), less multicast. An IPv6 address that carries an
    IPv4 one (mapped, 6to4, NAT64) is judged by the IPv4 address it reaches.
    """
    if isinstance(address, ipaddress.IPv6Address):
        inner = address.ipv4_mapped or address.sixtofour
        if inner is None and address in _NAT64:
            inner = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if inner is not None:
            return non_public(inner)
    if address.is_unspecified:
        return "unspecified"
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if isinstance(address, ipaddress.IPv4Address):
        if any(address in network for network in _RFC1918):
            return "private"
        if address in _CGNAT:
            return "shared (CGNAT)"
    elif address in _UNIQUE_LOCAL:
        return "unique-local"
    if address.is_multicast:
        return "multicast"
    return None if address.is_global else "reserved"


def _refusal(host: str, address: IPAddress, kind: str) -> FetchError:
    """'refused: news.example resolves to 10.0.0.1, not a public address (private); ...'"""
    shown = clean_line(host)[:80]
    where = f"{address} is" if shown == str(address) else f"{shown} resolves to {address},"
    return FetchError(f"refused: {where} not a public address ({kind}); {_WHY}")


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


async def public_addresses(host: str, port: int) -> list[IPAddress]:
    """The addresses `host` resolves to, in the resolver's order, when every one is public.

    Raises:
        FetchError: an address is not public (one line naming it and its kind).
        httpcore.ConnectError: the name does not resolve (its cause is the `gaierror`).
    """
    literal = _literal(host)
    if literal is not None:
        found: Iterable[IPAddress] = [literal]
    else:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port, type=socket.SOCK_STREAM
            )
        except OSError as exc:  # socket.gaierror: "host not found"
            raise httpcore.ConnectError(str(exc)) from exc
        found = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    addresses = list(dict.fromkeys(found))
    for address in addresses:
        kind = non_public(address)
        if kind is not None:
            raise _refusal(host, address, kind)
    if not addresses:
        raise httpcore.ConnectError(f"{host} has no address")
    return addresses


class PublicOnlyBackend(httpcore.AsyncNetworkBackend):
    """httpcore's network backend for public-only pools: resolve, check, then connect.

    The connection is opened to the checked address itself, so nothing resolves the
    name again between the check and the connection.
    """

    def __init__(self) -> None:
        self._backend = SocketBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                addresses = await public_addresses(host, port)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from exc
        failure: Exception | None = None
        for address in addresses:  # in the resolver's order, as a plain connect would
            try:
                return await self._backend.connect_tcp(
                    str(address),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None  # public_addresses never returns an empty list
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise FetchError("refused: a Unix socket is not a public address")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)
