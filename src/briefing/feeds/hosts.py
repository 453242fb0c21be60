"""Connections per host, and the lean way the fetcher sends through them.

`HostPools` keeps a pool of kept-alive connections per origin (and per eight of its
slots); `HostClient` is the httpx client over them that `briefing.feeds.client.new_client`
makes when no proxy is used, and `get_request` and `send` build and send one hop of a
fetch through any client, straight to the pools on a `HostClient`.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from briefing.errors import FetchError
from briefing.feeds.guard import PublicOnlyBackend
from briefing.feeds.streams import SocketBackend
from briefing.sanitize import clean_line

if TYPE_CHECKING:
    from briefing.feeds.settings import FetchSettings

_POOL_SIZE = 8
"""Most connections in one pool of `HostPools`."""
SLOT = "briefing.slot"
"""The request extension carrying the fetcher's per-host slot number (see `HostPools`)."""


class HostPools(httpx.AsyncBaseTransport):
    """Connection pools per origin (scheme, host, port), made at their first request.

    A host's feeds share its pools' kept-alive connections, so a refresh opens at most
    `per_host` connections to a host however many of its feeds there are: 1,000 feeds
    on 100 loopback hosts opened about 910 connections when pools were chosen by URL
    path. A host with many slots (`per_host` raised for one big server) gets a pool for
    every eight, picked by the request's slot number (`SLOT`, set by the fetcher,
    which never lets two requests hold one slot): httpcore's pool does work in
    proportion to its connections squared on every request it starts and ends
    (httpcore 1.0.9: `_assign_requests_to_connections`), which made 64 connections in
    one pool cost 10 ms of CPU per feed, and one pool of 100 took 18 of a 400-feed
    refresh's 53 profiled seconds.
    """

    def __init__(self, settings: FetchSettings, *, public_only: bool = False) -> None:
        self._trust_env = settings.trust_env
        self._tls: ssl.SSLContext | None = None
        """Made for the first https pool: loading the certificates takes about 30 ms on
        the way to the first request, which a refresh of http feeds never needs."""
        self._plain: ssl.SSLContext | None = None
        # Never queue in a pool: the fetcher's slots already bound what reaches one.
        size = min(settings.per_host, _POOL_SIZE)
        self._limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
        self._public_only = public_only
        self._pools: dict[tuple[bytes, bytes, int | None, int], httpx.AsyncHTTPTransport] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        slot = request.extensions.get(SLOT, 0)
        key = (url.raw_scheme, url.raw_host.lower(), url.port, slot // _POOL_SIZE)
        pool = self._pools.get(key)
        if pool is None:
            tls = self._context(url.raw_scheme)
            pool = self._pools[key] = _pool(tls, self._limits, self._public_only)
        return await pool.handle_async_request(request)

    def _context(self, scheme: bytes) -> ssl.SSLContext:
        if scheme == b"https":
            if self._tls is None:
                try:
                    self._tls = httpx.create_ssl_context(trust_env=self._trust_env)
                except (OSError, ssl.SSLError) as exc:  # SSL_CERT_FILE names no certificates
                    reason = clean_line(str(exc))[:120]
                    raise FetchError(f"cannot load the TLS certificates: {reason}") from None
            return self._tls
        if self._plain is None:
            # Never used: a pool serves one scheme. With no certificate loaded, it would
            # refuse every server if it were.
            self._plain = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return self._plain

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()


class HostClient(httpx.AsyncClient):
    """The client `new_client` makes when no proxy is used: its transport is `HostPools`.

    `send` goes through every layer of httpx's client: auth, event hooks, redirect
    bookkeeping, a wrapper around the body stream, and a cookie jar that builds urllib
    request and response objects for every response, cookies or not. With 1,000 feeds
    all answering 304 those layers cost a tenth of the refresh's CPU on the event loop,
    which is what bounds a re-run (benchmarks/refresh_floor.py). `send_stream` sends a
    built request straight to the pools and keeps what a fetch relies on.
    """

    def __init__(self, pools: HostPools, **kwargs: Any) -> None:
        super().__init__(transport=pools, **kwargs)
        self._pools = pools
        self._fixed: Mapping[str, str] | None = None
        self._base = httpx.Headers()
        """The client's headers updated with `_fixed`, made once for all requests."""

    def get_request(
        self,
        url: httpx.URL,
        fixed: Mapping[str, str],
        conditional: Mapping[str, str],
        extensions: dict[str, Any],
    ) -> httpx.Request:
        """`build_request("GET", url, headers={**fixed, **conditional}, ...)` with less work:
        the same headers in the same order, but the client's and the `fixed` ones (the
        same mapping on every call) merged once. With cookies in the jar, `build_request`
        itself makes the request, so they go with it as they always did."""
        if self.cookies:
            headers = {**fixed, **conditional}
            return self.build_request("GET", url, headers=headers, extensions=extensions)
        if fixed is not self._fixed:
            self._base = httpx.Headers(self.headers)
            self._base.update(fixed)
            self._fixed = fixed
        merged = httpx.Headers(self._base)
        if conditional:
            merged.update(conditional)
        extensions = {**extensions, "timeout": self.timeout.as_dict()}
        return httpx.Request("GET", url, headers=merged, extensions=extensions)

    async def send_stream(self, request: httpx.Request) -> httpx.Response:
        """`send(request, stream=True, follow_redirects=False)` for a request from
        `build_request`, without the layers a feed fetch does not use.

        Kept as `send` does them (httpx 0.27 to 0.29): cookies a response sets go into
        the client's jar (`build_request` sends them on the next request to their site,
        a redirect's next hop too), and a redirect's Location fails as `send` fails it
        when it reads it. Left out: auth and event hooks (this client has none), the
        `elapsed` timing and httpx's "HTTP Request" log line.
        """
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        response = await self._pools.handle_async_request(request)
        response.request = request
        try:
            if "set-cookie" in response.headers:
                self.cookies.extract_cookies(response)
            if response.has_redirect_location:
                _redirect_target(request.url, response.headers["location"])
        except BaseException:
            await response.aclose()
            raise
        return response


def _redirect_target(url: httpx.URL, location: str) -> httpx.URL:
    """Where a redirect leads, failing as httpx's `send` fails when it reads a Location
    (`AsyncClient._redirect_url`), so a fetch reports a bad Location the same way."""
    try:
        target = httpx.URL(location)
    except httpx.InvalidURL as exc:
        raise httpx.RemoteProtocolError(f"Invalid URL in location header: {exc}.") from None
    if target.scheme and not target.host:
        target = target.copy_with(host=url.host)  # InvalidURL: "javascript:alert(1)"
    return target


def get_request(
    client: httpx.AsyncClient,
    url: httpx.URL,
    fixed: Mapping[str, str],
    conditional: Mapping[str, str],
    extensions: dict[str, Any],
) -> httpx.Request:
    """A GET of `url` built by `client` with these headers (see `HostClient.get_request`)."""
    if isinstance(client, HostClient):
        return client.get_request(url, fixed, conditional, extensions)
    headers = {**fixed, **conditional}
    return client.build_request("GET", url, headers=headers, extensions=extensions)


async def send(client: httpx.AsyncClient, request: httpx.Request) -> httpx.Response:
    """Send one request of a fetch (no redirects followed, the body left to stream):
    straight to the pools on a `HostClient`, through `client.send` on any other."""
    if isinstance(client, HostClient):
        return await client.send_stream(request)
    return await client.send(request, stream=True, follow_redirects=False)


def _pool(tls: ssl.SSLContext, limits: httpx.Limits, public_only: bool) -> httpx.AsyncHTTPTransport:
    """One pool of HTTP/1.1 connections, opened with `SocketBackend` (a cheaper check of
    idle connections), or with `PublicOnlyBackend` in a public-only pool.

    httpx takes no network backend, so the pool replaces the httpcore pool it wraps
    (`_pool`, httpx 0.27 to 0.29) with one made the same way but for the backend. If a
    later httpx keeps its pool elsewhere, this raises rather than connect unchecked.
    """
    transport = httpx.AsyncHTTPTransport(verify=tls, http1=True, http2=False, limits=limits)
    if not isinstance(getattr(transport, "_pool", None), httpcore.AsyncConnectionPool):
        raise RuntimeError("httpx changed: cannot give its transport a network backend")
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=tls,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        http1=True,
        http2=False,
        network_backend=PublicOnlyBackend() if public_only else SocketBackend(),
    )
    return transport
