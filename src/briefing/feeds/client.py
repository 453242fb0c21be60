"""The httpx side of fetching: the client (its pools per host in `briefing.feeds.hosts`),
bounded decompression, keep-alive.

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
from collections.abc import AsyncGenerator, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, cast
from urllib.request import getproxies

import httpcore
import httpx

from briefing.errors import FetchError
from briefing.feeds.guard import public_addresses
from briefing.feeds.hosts import HostClient, HostPools
from briefing.sanitize import clean_line

if TYPE_CHECKING:
    from briefing.feeds.settings import FetchSettings

ACCEPT_ENCODING = "gzip, deflate"
"""Only what `read_body` decodes: httpx would add br and zstd when those are installed."""
_INFLATE_STEP = 64 * 1024
"""Most bytes one decompression step may produce, so a gzip bomb never expands at once."""
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
    per host (`HostPools`), proxies and certificates from the environment when trusted.

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
        HostPools(settings, public_only=public_only),
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
