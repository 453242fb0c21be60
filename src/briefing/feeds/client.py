"""The httpx side of fetching: a connection pool per host, bounded decompression, keep-alive.

`briefing.feeds.fetch` decides what to fetch and what a response means; this module moves the
bytes and says in one line what went wrong with a server. Both phrase their failures as
`FetchError` so no httpx exception leaves them. A public-only client (`new_client(...,
public_only=True)`) connects only to public addresses (`briefing.feeds.guard`).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import zlib
from collections.abc import AsyncGenerator, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.request import getproxies

import httpcore
import httpx

from briefing.errors import FetchError
from briefing.feeds.guard import PublicOnlyBackend, public_addresses
from briefing.feeds.streams import SocketBackend
from briefing.sanitize import clean_line

if TYPE_CHECKING:
    from briefing.feeds.settings import FetchSettings

ACCEPT_ENCODING = "gzip, deflate"
"""Only what `read_body` decodes: httpx would add br and zstd when those are installed."""
_INFLATE_STEP = 64 * 1024
"""Most bytes one decompression step may produce, so a gzip bomb never expands at once."""
_POOL_SIZE = 8
"""Most connections in one pool of `_HostPools`."""
SLOT = "briefing.slot"
"""The request extension carrying the fetcher's per-host slot number (see `_HostPools`)."""
_DRAIN_LIMIT = 64 * 1024
"""Largest unread body read anyway to keep its connection alive."""
_UNSUPPORTED_ENCODINGS = frozenset({"br", "zstd", "compress", "x-compress"})


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):g} MB"
    return f"{n / 1024:g} KB" if n >= 1024 else f"{n} bytes"


class _Inflater:
    """Decompresses a gzip or deflate body in bounded steps."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        # gzip accepts a zlib stream too (+32 detects the header): servers mislabel them.
        self._wbits = zlib.MAX_WBITS if self._deflate else zlib.MAX_WBITS | 32
        self._obj = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        while data:
            try:
                out = self._obj.decompress(data, _INFLATE_STEP)
            except zlib.error:
                # "deflate" is often raw deflate without the zlib header, as httpx also allows.
                if not self._deflate or self._started:
                    raise
                self._wbits = -zlib.MAX_WBITS
                self._obj = zlib.decompressobj(self._wbits)
                out = self._obj.decompress(data, _INFLATE_STEP)
            self._started = True
            if out:
                yield out
            if self._obj.eof:
                data = self._obj.unused_data
                if data and not self._deflate:  # another gzip member follows
                    self._obj = zlib.decompressobj(self._wbits)
                    continue
                return  # bytes after the end of a deflate stream are ignored
            if not out and self._obj.unconsumed_tail == data:
                return
            data = self._obj.unconsumed_tail

    def flush(self) -> bytes:
        return self._obj.flush()


async def read_body(response: httpx.Response, max_bytes: int) -> bytes:
    """Read the body, decompressing as it streams; stop as soon as it passes `max_bytes`."""
    codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",")]
    compressed = [c for c in codings if c in ("gzip", "x-gzip", "deflate")]
    unsupported = [c for c in codings if c in _UNSUPPORTED_ENCODINGS]
    if unsupported or len(compressed) > 1:
        raise FetchError(f"unsupported Content-Encoding: {clean_line(', '.join(codings))[:40]}")
    inflater = _Inflater(compressed[0]) if compressed else None
    too_large = FetchError(f"response larger than {_size(max_bytes)}")
    length = response.headers.get("content-length", "")
    if inflater is None and length.strip().isdigit() and int(length) > max_bytes:
        raise too_large
    body = bytearray()
    async for chunk in response.aiter_raw():
        for piece in inflater.feed(chunk) if inflater else (chunk,):
            body += piece
            if len(body) > max_bytes:
                raise too_large
    if inflater is not None:
        body += inflater.flush()
        if len(body) > max_bytes:
            raise too_large
    return bytes(body)


async def drain(response: httpx.Response) -> None:
    """Read what is left of a small body (304, redirect, error page) so that the connection
    is kept alive for the next feed; httpx closes a connection whose body was not read."""
    length = response.headers.get("content-length", "0").strip()
    if response.is_stream_consumed or not length.isdigit() or int(length) > _DRAIN_LIMIT:
        return
    chunks = cast(AsyncGenerator[bytes, None], response.aiter_raw())
    with contextlib.suppress(httpx.HTTPError, TimeoutError):
        async with asyncio.timeout(1.0), contextlib.aclosing(chunks):
            size = 0
            async for chunk in chunks:
                size += len(chunk)
                if size > _DRAIN_LIMIT:
                    break


class _HostPools(httpx.AsyncBaseTransport):
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
    """The client `new_client` makes when no proxy is used: its transport is `_HostPools`.

    `send` goes through every layer of httpx's client: auth, event hooks, redirect
    bookkeeping, a wrapper around the body stream, and a cookie jar that builds urllib
    request and response objects for every response, cookies or not. With 1,000 feeds
    all answering 304 those layers cost a tenth of the refresh's CPU on the event loop,
    which is what bounds a re-run (benchmarks/refresh_floor.py). `send_stream` sends a
    built request straight to the pools and keeps what a fetch relies on.
    """

    def __init__(self, pools: _HostPools, **kwargs: Any) -> None:
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


async def _public_target(request: httpx.Request) -> None:
    """Behind a proxy, which resolves names itself: refuse a URL whose host is not public.

    A name this machine cannot resolve is left to the proxy (behind many proxies only the
    proxy can resolve outside names), and the proxy may resolve a name again and get
    another answer: a best effort, where a direct connection has no such gap.
    """
    url = request.url
    with contextlib.suppress(httpcore.ConnectError):
        await public_addresses(url.host, url.port or (443 if url.scheme == "https" else 80))


def new_client(settings: FetchSettings, *, public_only: bool = False) -> httpx.AsyncClient:
    """The client `fetch_all` uses when given none: HTTP/1.1 with keep-alive, one pool
    per host (`_HostPools`), proxies and certificates from the environment when trusted.

    A `public_only` client connects only to public addresses (`briefing.feeds.guard`);
    through a proxy, it refuses a URL whose host resolves to any other.
    """
    timeout = httpx.Timeout(
        connect=settings.connect_timeout,
        read=settings.read_timeout,
        write=settings.read_timeout,
        pool=None,  # never reached: the semaphores admit at most `concurrency` requests
    )
    # getproxies() also reports NO_PROXY as "no": that alone names no proxy to use.
    proxies = {scheme: url for scheme, url in getproxies().items() if scheme != "no"}
    if settings.trust_env and proxies:
        # httpx honours HTTP(S)_PROXY and NO_PROXY only with its own transport.
        limits = httpx.Limits(
            max_connections=settings.concurrency, max_keepalive_connections=settings.concurrency
        )
        return httpx.AsyncClient(
            http1=True,
            http2=False,
            limits=limits,
            timeout=timeout,
            follow_redirects=False,
            event_hooks={"request": [_public_target] if public_only else []},
        )
    # With no proxy in the environment, httpx's client would mount none either.
    return HostClient(
        _HostPools(settings, public_only=public_only),
        timeout=timeout,
        follow_redirects=False,
        trust_env=settings.trust_env,
    )


def parse_retry_after(value: str, now: datetime) -> datetime | None:
    """Read a Retry-After value (delay in seconds, or an HTTP-date) as a UTC time.

    Returns None when the value is neither. A date in the past gives `now`.
    """
    value = value.strip()
    try:
        if value.isascii() and value.isdigit():
            return now.astimezone(UTC) + timedelta(seconds=int(value))
        when = parsedate_to_datetime(value)
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return max(when, now.astimezone(UTC))


def _seconds(value: float) -> str:
    return f"{value:g} s"


def status_line(status: int, reason: str) -> str:
    """'HTTP 404 Not Found': the status and its standard phrase, else the server's own."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = clean_line(reason)[:60]
    return f"HTTP {status} {phrase}".rstrip()


def describe_failure(exc: Exception, settings: FetchSettings) -> str:
    """One line for an exception raised while talking to a server."""
    if isinstance(exc, FetchError):  # already phrased for the user
        return str(exc)
    if isinstance(exc, TimeoutError):  # asyncio.timeout: the per-feed deadline
        return f"timed out after {_seconds(settings.deadline)}"
    if isinstance(exc, httpx.ConnectTimeout):
        return f"connection timed out after {_seconds(settings.connect_timeout)}"
    if isinstance(exc, httpx.ReadTimeout):
        return f"read timed out (no data for {_seconds(settings.read_timeout)})"
    if isinstance(exc, httpx.TimeoutException):
        return "timed out sending the request"
    if isinstance(exc, zlib.error):
        return "corrupt compressed body"
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS error: {clean_line(str(cause.verify_message or cause.reason))}"
        if isinstance(cause, ssl.SSLError):
            return f"TLS error: {clean_line(str(cause.reason or cause))}"
        if isinstance(cause, ConnectionResetError):
            return "connection reset"
        if isinstance(cause, ConnectionRefusedError):
            return "connection refused"
        if isinstance(cause, socket.gaierror):
            return "host not found"
        cause = cause.__cause__ or cause.__context__
    message = clean_line(str(exc))[:200]
    if isinstance(exc, httpx.RemoteProtocolError):
        if "complete message body" in message or "incomplete" in message.lower():
            return "response truncated (connection closed before the body was complete)"
        if "without sending a response" in message:
            return "connection closed without a response"
        return f"malformed HTTP response: {message}"
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect: {message or 'connection failed'}"
    if isinstance(exc, httpx.HTTPError):
        return f"network error: {message or type(exc).__name__}"
    return f"unexpected error: {type(exc).__name__}: {message}"
