"""Fetching feeds over HTTP: one async client, bounded concurrency, conditional GET, hard limits.

Nothing here parses or stores. `fetch_all` hands each `FetchResult` to the caller as it
arrives, and every failure (HTTP status, timeout, reset, oversized body, bad redirect) comes
back as a result with one clear line in `error`; no httpx exception leaves this module.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import inspect
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import httpx

from briefing.errors import FetchError
from briefing.feeds.client import (
    ACCEPT_ENCODING,
    describe_failure,
    drain,
    new_client,
    parse_retry_after,
    read_body,
    status_line,
)
from briefing.feeds.hosts import SLOT, get_request, send
from briefing.feeds.loop import run
from briefing.feeds.settings import FetchSettings
from briefing.sanitize import clean_line

BODIES_IN_FLIGHT = 100
"""Most requests without a validator (each most likely a whole body) in flight at once:
bodies in flight are most of a cold refresh's memory (1,000 feeds of 60 KB: peak RSS
75 MB with 200, 66 MB with 100; newsboat 71). A re-run's 304s use all of `concurrency`."""
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})


@dataclass(frozen=True)
class FetchRequest:
    """One feed to fetch, with the validators stored from its last fetch."""

    name: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    public_only: bool = False
    """Every hop must reach a public address (`briefing.feeds.guard`) unless it is on the
    origin of `home`: set for an article page, whose link the feed's author chose, never
    for a feed, which the user chose."""
    home: str | None = None
    """The URL of the feed an article page came from: the one origin (scheme, host, port)
    exempt from `public_only`, since it is the server the user subscribed to."""


FetchOutcome = Literal["ok", "not_modified", "gone", "error"]
"""ok: a body to parse; not_modified: 304; gone: 410; error: see `FetchResult.error`."""


@dataclass(frozen=True)
class FetchResult:
    """What became of one `FetchRequest`."""

    request: FetchRequest
    outcome: FetchOutcome
    status: int | None
    """Final HTTP status, None when no response arrived."""
    body: bytes | None
    """Decompressed body bytes, untouched otherwise; set only for "ok"."""
    headers: Mapping[str, str]
    """Final response headers with lower-case names (empty when no response arrived)."""
    etag: str | None
    """Validator to store: the response's on "ok", the response's or else the request's on
    "not_modified", the request's unchanged on "gone" and "error"."""
    last_modified: str | None
    final_url: str
    """URL of the last response, after redirects."""
    permanent_url: str | None
    """The final URL when every redirect hop was permanent (301/308) and the fetch succeeded
    ("ok" or "not_modified"): the caller should store it as the feed's new URL."""
    retry_after: datetime | None
    """When a 429/503 asked to be retried (UTC), None otherwise."""
    error: str | None
    """One line saying what went wrong, for "gone" and "error"."""
    elapsed: float
    """Seconds from the first request sent (not counting the queue) to the result."""


def _origin(url: httpx.URL) -> tuple[str, bytes, int | None]:
    """Scheme, host and port (None for the scheme's default), as httpx normalises them."""
    return url.scheme, url.raw_host.lower(), url.port


def _home_origin(request: FetchRequest) -> tuple[str, bytes, int | None] | None:
    try:
        return _origin(httpx.URL(request.home)) if request.home else None
    except httpx.InvalidURL:
        return None


def _next_url(current: httpx.URL, location: str) -> httpx.URL:
    try:
        target = current.join(location.strip())
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchError("redirect to an invalid URL") from exc
    if target.scheme not in ("http", "https") or not target.host:
        scheme = clean_line(target.scheme)[:20] or "relative"
        raise FetchError(f"redirect to a non-http(s) URL refused ({scheme}:)")
    return target.copy_with(fragment=None)


class _Progress:
    """What is known so far about one feed's fetch, to build its result from."""

    def __init__(self, request: FetchRequest) -> None:
        self.request = request
        self.url = request.url
        self.hops: list[int] = []
        """Statuses of the redirects followed."""
        self.status: int | None = None
        self.headers: dict[str, str] = {}
        self.started: float | None = None
        self.deadline_at: float | None = None
        """Event-loop time the whole fetch must end by, set when the first request is sent."""

    def result(self, outcome: FetchOutcome, **changes: Any) -> FetchResult:
        elapsed = 0.0 if self.started is None else time.monotonic() - self.started
        base = FetchResult(
            request=self.request,
            outcome=outcome,
            status=self.status,
            body=None,
            headers=self.headers,
            etag=self.request.etag,
            last_modified=self.request.last_modified,
            final_url=self.url,
            permanent_url=None,
            retry_after=None,
            error=None,
            elapsed=elapsed,
        )
        return dataclasses.replace(base, **changes)


class _Fetcher:
    """Fetches one feed at a time per call, sharing the client and the concurrency limits."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        settings: FetchSettings,
        public: httpx.AsyncClient | None = None,
        admit: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self._client = client
        self._admit = admit
        """Awaited once a feed holds its slots, before its first request (see fetch_all)."""
        self._public = public
        """The client for hops that must reach a public address (None: no request has any)."""
        self._settings = settings
        self._global = asyncio.Semaphore(settings.concurrency)
        self._bodies = asyncio.Semaphore(BODIES_IN_FLIGHT)  # held by a request without validator
        self._hosts: dict[str, asyncio.Queue[int]] = {}
        """Each host's free slot numbers."""
        self._headers = {
            "User-Agent": settings.user_agent,
            "Accept": settings.accept,
            "Accept-Encoding": ACCEPT_ENCODING,
        }

    @contextlib.asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[int]:
        """Hold one of the host's `per_host` numbered slots, then a global one.

        The host's slot first, so feeds queued behind a busy host never hold global
        slots that other hosts could use. A slot is held per hop, never two at once,
        so redirects between hosts cannot deadlock. Its number picks the host's
        connection pool (`briefing.feeds.client.SLOT`): a slot's requests reuse
        the connections of its pool.
        """
        free = self._hosts.get(host)
        if free is None:
            free = self._hosts[host] = asyncio.Queue()
            for number in range(self._settings.per_host):
                free.put_nowait(number)
        slot = await free.get()  # waiters are served first come, first served
        try:
            async with self._global:
                yield slot
        finally:
            free.put_nowait(slot)

    @staticmethod
    def _conditional(request: FetchRequest) -> dict[str, str]:
        headers = {}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        return headers

    async def fetch(self, request: FetchRequest) -> FetchResult:
        """Fetch one feed, following redirects; never raises except on cancellation."""
        if request.etag or request.last_modified:
            return await self._fetch(request)
        async with self._bodies:  # taken before any slot, so it cannot deadlock with them
            return await self._fetch(request)

    async def _fetch(self, request: FetchRequest) -> FetchResult:
        state = _Progress(request)
        home = _home_origin(request) if request.public_only else None
        retried = False
        try:
            try:
                url = httpx.URL(request.url)
            except httpx.InvalidURL as exc:
                raise FetchError("invalid URL") from exc
            if url.scheme not in ("http", "https") or not url.host:
                raise FetchError("not an http(s) URL")
            seen = {str(url)}
            while True:
                try:
                    public = request.public_only and _origin(url) != home
                    step = await self._hop(url, state, public=public)
                except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
                    # A kept-alive connection can fail before any answer: the server closed
                    # it as we sent, or its last response left junk on it. Retry a GET once.
                    if state.status is not None or retried:
                        raise
                    retried = True
                    continue
                if isinstance(step, FetchResult):
                    return step
                state.hops.append(step[0])
                if len(state.hops) > self._settings.max_redirects:
                    raise FetchError("too many redirects")
                url = _next_url(url, step[1])
                if str(url) in seen:
                    raise FetchError("redirect loop")
                seen.add(str(url))
        except Exception as exc:  # one feed's failure must never stop the others
            return state.result("error", error=describe_failure(exc, self._settings))

    async def _hop(
        self, url: httpx.URL, state: _Progress, *, public: bool
    ) -> FetchResult | tuple[int, str]:
        """Send one request: a final result, or a redirect's status and Location.

        A `public` hop goes through the public-only client, whose connections are all
        opened to checked public addresses (`briefing.feeds.guard`).
        """
        client = self._public if public else self._client
        if client is None:  # fetch_all makes the public client whenever a request needs it
            raise FetchError("no public-only client to fetch this page with")
        state.status, state.headers, state.url = None, {}, str(url)
        async with asyncio.timeout_at(state.deadline_at) as scope, self._slot(url.host) as slot:
            if state.deadline_at is None:  # the deadline runs from the first request sent
                if self._admit is not None:
                    # Holding its slots: the feeds queued behind it stay queued meanwhile.
                    await self._admit()
                state.started = time.monotonic()
                state.deadline_at = asyncio.get_running_loop().time() + self._settings.deadline
                scope.reschedule(state.deadline_at)
            conditional = self._conditional(state.request)
            sent = get_request(client, url, self._headers, conditional, {SLOT: slot})
            try:
                response = await send(client, sent)
            except httpx.InvalidURL as exc:
                # httpx reads a redirect's Location even when not following it.
                raise FetchError("redirect to an invalid URL refused") from exc
            try:
                state.status = response.status_code
                state.headers = {k.lower(): v for k, v in response.headers.items()}
                location = state.headers.get("location", "").strip()
                if response.status_code in _REDIRECTS and location:
                    return response.status_code, location
                return await self._finish(response, state)
            finally:
                await drain(response)
                await response.aclose()

    async def _finish(self, response: httpx.Response, state: _Progress) -> FetchResult:
        request, result, hops = state.request, state.result, state.hops
        status = response.status_code
        permanent = state.url if hops and all(h in _PERMANENT for h in hops) else None
        etag = response.headers.get("etag")
        modified = response.headers.get("last-modified")
        if status == 304:
            return result(
                "not_modified",
                etag=etag or request.etag,
                last_modified=modified or request.last_modified,
                permanent_url=permanent,
            )
        if 200 <= status < 300:
            body = await read_body(response, self._settings.max_bytes)
            return result(
                "ok", body=body, etag=etag, last_modified=modified, permanent_url=permanent
            )
        line = status_line(status, response.reason_phrase)
        if status == 410:
            return result("gone", error=line)
        if status in _REDIRECTS:
            return result("error", error=f"{line} without a Location")
        retry_after = None
        if status in (429, 503) and "retry-after" in response.headers:
            now = datetime.now(UTC)
            retry_after = parse_retry_after(response.headers["retry-after"], now)
            if retry_after is not None:
                latest = now + timedelta(seconds=self._settings.max_retry_after)
                retry_after = min(retry_after, latest)
                line += f", retry after {retry_after:%Y-%m-%d %H:%M:%S} UTC"
        return result("error", error=line, retry_after=retry_after)


async def fetch_all(
    requests: Sequence[FetchRequest],
    settings: FetchSettings | None = None,
    *,
    on_result: Callable[[FetchResult], Awaitable[None] | None] | None = None,
    client: httpx.AsyncClient | None = None,
    keep_bodies: bool = True,
    admit: Callable[[], Awaitable[object]] | None = None,
) -> list[FetchResult]:
    """Fetch every request concurrently, bounded globally and per host.

    Args:
        requests: the feeds to fetch.
        settings: limits and timeouts (the defaults when None).
        on_result: called with each result as it arrives, one call at a time in the order
            the fetches finish, so the caller can parse and commit feed by feed while the
            other fetches go on. A coroutine it returns is awaited.
        client: an httpx client to use (and leave open); by default one is made and closed.
            Hops of `public_only` requests off their home origin never use it: they go
            through a public-only client made (and closed) here.
        keep_bodies: False to return the results without their bodies, which then live
            only as long as `on_result` keeps them (a refresh parses each and lets it go,
            so its peak memory is the bodies in flight, not all of them).
        admit: awaited by each fetch once it holds its slots, before its first request
            (not counted in its deadline), so the caller can hold the fetches back while
            it has too much on its hands.

    Returns:
        One result per request, in the order of `requests`. A feed's failure is a result
        with outcome "error"; only an exception raised by `on_result` propagates (the
        fetches still running are then cancelled).
    """
    settings = settings or FetchSettings()
    async with contextlib.AsyncExitStack() as stack:
        if client is None:
            client = await stack.enter_async_context(new_client(settings))
        public = None
        if any(request.public_only for request in requests):
            public = await stack.enter_async_context(new_client(settings, public_only=True))
        fetcher = _Fetcher(client, settings, public, admit)
        done: asyncio.Queue[tuple[int, FetchResult]] = asyncio.Queue()

        async def run(index: int, request: FetchRequest) -> None:
            done.put_nowait((index, await fetcher.fetch(request)))

        tasks = [asyncio.create_task(run(i, r)) for i, r in enumerate(requests)]
        results: dict[int, FetchResult] = {}
        try:
            while len(results) < len(tasks):
                index, result = await done.get()
                results[index] = result if keep_bodies else dataclasses.replace(result, body=None)
                if on_result is not None:
                    pending = on_result(result)
                    del result  # without keep_bodies, on_result holds the only reference
                    if inspect.isawaitable(pending):
                        await pending
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
    return [results[i] for i in range(len(tasks))]


def fetch_sync(
    requests: Sequence[FetchRequest],
    settings: FetchSettings | None = None,
    *,
    on_result: Callable[[FetchResult], Awaitable[None] | None] | None = None,
) -> list[FetchResult]:
    """Run `fetch_all` on a fresh event loop (for callers that are not async): uvloop's
    where it is installed (`briefing.feeds.loop`)."""
    return run(fetch_all(requests, settings, on_result=on_result))
