"""Fetching over HTTP against a real server on 127.0.0.1 (briefing.feeds.fetch)."""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import tracemalloc
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from briefing.feeds.client import parse_retry_after
from briefing.feeds.fetch import (
    FetchRequest,
    FetchResult,
    fetch_all,
    fetch_sync,
)
from briefing.feeds.settings import FetchSettings
from tests.servers import (
    CHARSET_BODY,
    ETAG,
    FEED,
    HTML,
    LAST_MODIFIED,
    FeedServer,
    feed_server,
    gzip_bomb,
)

__all__ = ["feed_server"]  # the fixture, imported so this module also runs on its own

FAST = FetchSettings(connect_timeout=1.0, read_timeout=1.0, deadline=2.0, trust_env=False)
"""Short limits so the whole file runs in seconds."""


def fetch(
    server: FeedServer, path: str, settings: FetchSettings = FAST, **request: Any
) -> FetchResult:
    """Fetch one path of the server."""
    req = FetchRequest(name=path, url=server.url(path), **request)
    return fetch_sync([req], settings)[0]


def test_ok_returns_body_headers_and_validators(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/feed")
    assert result.outcome == "ok"
    assert (result.status, result.body, result.error) == (200, FEED, None)
    assert (result.etag, result.last_modified) == (ETAG, LAST_MODIFIED)
    assert result.headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert result.final_url == feed_server.url("/feed")
    assert result.permanent_url is None and result.retry_after is None
    (seen,) = feed_server.seen("/feed")
    assert seen.headers["user-agent"].startswith("briefing/")
    assert "github.com/briefing-wire/briefing" in seen.headers["user-agent"]
    assert seen.headers["accept-encoding"] == "gzip, deflate"
    assert "application/rss+xml" in seen.headers["accept"]
    assert "if-none-match" not in seen.headers and "if-modified-since" not in seen.headers


def test_304_sends_validators_and_keeps_or_updates_them(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/feed", etag=ETAG, last_modified=LAST_MODIFIED)
    assert (result.outcome, result.status, result.body) == ("not_modified", 304, None)
    (seen,) = feed_server.seen("/feed")
    assert seen.headers["if-none-match"] == ETAG
    assert seen.headers["if-modified-since"] == LAST_MODIFIED
    updated = fetch(feed_server, "/feed?etag304=v2", etag=ETAG)
    assert (updated.outcome, updated.etag, updated.last_modified) == (
        "not_modified",
        '"v2"',
        LAST_MODIFIED,
    )
    bare = fetch(feed_server, "/feed?bare=1", etag=ETAG, last_modified="kept")
    assert (bare.outcome, bare.etag, bare.last_modified) == ("not_modified", ETAG, "kept")
    by_date = fetch(feed_server, "/feed", last_modified=LAST_MODIFIED)
    assert by_date.outcome == "not_modified"


def test_changed_feed_returns_new_validators(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/feed?etag=v9", etag=ETAG, last_modified=LAST_MODIFIED)
    assert (result.outcome, result.body, result.etag) == ("ok", FEED, '"v9"')


def test_keep_alive_reuses_one_connection(feed_server: FeedServer) -> None:
    settings = FetchSettings(concurrency=1, per_host=1, deadline=2.0, trust_env=False)
    requests = [FetchRequest(str(i), feed_server.url(f"/feed?n={i}")) for i in range(5)]
    assert all(r.outcome == "ok" for r in fetch_sync(requests, settings))
    assert feed_server.connections == 1


@pytest.mark.parametrize(
    ("path", "permanent"),
    [
        ("/r/301/feed", True),
        ("/r/301/r/308/feed", True),
        ("/r/301/r/302/feed", False),
        ("/r/307/r/308/feed", False),
        ("/r/303/feed", False),
    ],
)
def test_redirects_mark_permanent_only_when_every_hop_is(
    feed_server: FeedServer, path: str, permanent: bool
) -> None:
    result = fetch(feed_server, path, etag='"old"')
    assert (result.outcome, result.body) == ("ok", FEED)
    assert result.final_url == feed_server.url("/feed")
    assert result.permanent_url == (feed_server.url("/feed") if permanent else None)
    # validators go with every hop: they belong to the feed, not to one address
    assert all(r.headers.get("if-none-match") == '"old"' for r in feed_server.requests)


def test_permanent_redirect_to_another_host(feed_server: FeedServer) -> None:
    target = feed_server.url("/feed", host="localhost")
    result = fetch(feed_server, f"/to?code=308&loc={target}")
    assert (result.outcome, result.final_url, result.permanent_url) == ("ok", target, target)


def test_permanent_redirect_to_an_error_is_not_a_new_url(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/r/301/status/404")
    assert (result.outcome, result.error, result.permanent_url) == (
        "error",
        "HTTP 404 Not Found",
        None,
    )
    assert result.final_url == feed_server.url("/status/404")


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/loop/a", "redirect loop"),
        ("/r/302/loop/a", "redirect loop"),
        ("/r/302/r/302/r/302/r/302/r/302/r/302/feed", "too many redirects"),
        ("/to?code=302&loc=file:///etc/passwd", "redirect to a non-http(s) URL refused (file:)"),
        ("/to?code=301&loc=javascript:alert(1)", "redirect to an invalid URL refused"),
        ("/to?code=302&loc=ftp://127.0.0.1/feed", "redirect to a non-http(s) URL refused (ftp:)"),
        ("/to?code=302&loc=", "HTTP 302 Found without a Location"),
    ],
)
def test_bad_redirects_are_errors(feed_server: FeedServer, path: str, error: str) -> None:
    result = fetch(feed_server, path)
    assert result.outcome == "error"
    assert result.error is not None and result.error.startswith(error)
    assert result.body is None and result.permanent_url is None


def test_five_redirects_are_allowed(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/r/302/r/302/r/302/r/302/r/302/feed")
    assert (result.outcome, result.body) == ("ok", FEED)


@pytest.mark.parametrize(
    ("code", "outcome", "error"),
    [
        (404, "error", "HTTP 404 Not Found"),
        (500, "error", "HTTP 500 Internal Server Error"),
        (410, "gone", "HTTP 410 Gone"),
        (403, "error", "HTTP 403 Forbidden"),
        (599, "error", "HTTP 599 Odd"),  # no standard phrase: the server's
    ],
)
def test_http_errors(feed_server: FeedServer, code: int, outcome: str, error: str) -> None:
    result = fetch(feed_server, f"/status/{code}", etag=ETAG, last_modified=LAST_MODIFIED)
    assert (result.outcome, result.status, result.error, result.body) == (
        outcome,
        code,
        error,
        None,
    )
    # a failed fetch leaves the stored validators as they were
    assert (result.etag, result.last_modified) == (ETAG, LAST_MODIFIED)


def test_429_with_retry_after_seconds(feed_server: FeedServer) -> None:
    before = datetime.now(UTC)
    result = fetch(feed_server, "/status/429?retry_after=120")
    assert (result.outcome, result.status) == ("error", 429)
    assert result.retry_after is not None
    assert before + timedelta(seconds=119) <= result.retry_after
    assert result.retry_after <= datetime.now(UTC) + timedelta(seconds=120)
    assert result.error is not None
    assert result.error.startswith("HTTP 429 Too Many Requests, retry after ")


def test_503_with_retry_after_date(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/status/503?retry_after=Wed, 21 Oct 2099 07:28:00 GMT")
    assert result.outcome == "error"
    # a week at most: a server cannot switch a feed off for decades
    assert result.retry_after is not None
    assert result.retry_after <= datetime.now(UTC) + timedelta(days=7)
    long_ok = FetchSettings(deadline=2.0, trust_env=False, max_retry_after=1e10)
    result = fetch(feed_server, "/status/503?retry_after=Wed, 21 Oct 2099 07:28:00 GMT", long_ok)
    assert result.retry_after == datetime(2099, 10, 21, 7, 28, tzinfo=UTC)
    assert result.error == "HTTP 503 Service Unavailable, retry after 2099-10-21 07:28:00 UTC"


def test_429_without_or_with_junk_retry_after(feed_server: FeedServer) -> None:
    assert fetch(feed_server, "/status/429").retry_after is None
    junk = fetch(feed_server, "/status/429?retry_after=soon")
    assert (junk.retry_after, junk.error) == (None, "HTTP 429 Too Many Requests")


NOW = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", NOW + timedelta(seconds=120)),
        (" 0 ", NOW),
        ("Mon, 06 Jan 2025 13:00:00 GMT", datetime(2025, 1, 6, 13, 0, tzinfo=UTC)),
        ("Monday, 06-Jan-25 13:00:00 GMT", datetime(2025, 1, 6, 13, 0, tzinfo=UTC)),
        ("Mon Jan  6 13:00:00 2025", datetime(2025, 1, 6, 13, 0, tzinfo=UTC)),
        ("Mon, 06 Jan 2025 10:00:00 GMT", NOW),  # in the past: retry now
        ("-5", None),
        ("1.5", None),
        ("soon", None),
        ("", None),
        ("9" * 30, None),
        ("\u0661\u0662", None),  # Arabic-Indic digits are digits to str.isdigit
    ],
)
def test_parse_retry_after(value: str, expected: datetime | None) -> None:
    assert parse_retry_after(value, NOW) == expected


def test_connection_reset(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/reset")
    assert (result.outcome, result.status, result.error) == ("error", None, "connection reset")


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = fetch_sync([FetchRequest("x", f"http://127.0.0.1:{port}/feed")], FAST)[0]
    assert (result.outcome, result.error) == ("error", "connection refused")


def test_hang_is_a_read_timeout(feed_server: FeedServer) -> None:
    settings = FetchSettings(read_timeout=0.3, deadline=2.0, trust_env=False)
    for path in ("/hang", "/hang-body"):
        result = fetch(feed_server, path, settings)
        assert (result.outcome, result.error) == ("error", "read timed out (no data for 0.3 s)")


def test_hang_is_cut_by_the_deadline(feed_server: FeedServer) -> None:
    settings = FetchSettings(read_timeout=10.0, deadline=0.5, trust_env=False)
    result = fetch(feed_server, "/hang", settings)
    assert (result.outcome, result.error) == ("error", "timed out after 0.5 s")


def test_trickle_is_cut_by_the_deadline(feed_server: FeedServer) -> None:
    settings = FetchSettings(read_timeout=1.0, deadline=1.5, trust_env=False)
    result = fetch(feed_server, "/trickle?interval=0.2", settings)
    # Each byte comes within the read timeout: only the whole-feed deadline can stop it.
    assert (result.outcome, result.status, result.error) == ("error", 200, "timed out after 1.5 s")


def test_truncated_body(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/truncated")
    assert (result.outcome, result.body) == ("error", None)
    assert result.error == "response truncated (connection closed before the body was complete)"


def test_content_length_shorter_than_body_does_not_spill_into_the_next_feed(
    feed_server: FeedServer,
) -> None:
    settings = FetchSettings(concurrency=1, per_host=1, deadline=2.0, trust_env=False)
    paths = ["/short-cl", "/feed", "/feed?x=1"]
    results = fetch_sync([FetchRequest(p, feed_server.url(p)) for p in paths], settings)
    assert results[0].body == FEED[:10]
    assert [r.body for r in results[1:]] == [FEED, FEED]


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/deflate-raw", "/gzip-chunked"])
def test_compressed_bodies_are_decoded(feed_server: FeedServer, path: str) -> None:
    result = fetch(feed_server, path)
    assert (result.outcome, result.body) == ("ok", FEED)
    assert result.headers["content-encoding"] in ("gzip", "deflate")


def test_gzip_bomb_is_cut_off_without_expanding_it(feed_server: FeedServer) -> None:
    settings = FetchSettings(max_bytes=2 * 1024 * 1024, deadline=5.0, trust_env=False)
    fetch(feed_server, "/feed")  # warm up imports and the server's bomb outside the trace
    assert len(gzip_bomb(20)) < 100_000
    tracemalloc.start()
    try:
        result = fetch(feed_server, "/bomb?mb=20", settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (result.outcome, result.error) == ("error", "response larger than 2 MB")
    assert peak < 8 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB while reading a 20 MB bomb"


def test_50_mb_body_with_length_is_refused_before_reading(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/big?mb=50")
    assert (result.outcome, result.error, result.body) == (
        "error",
        "response larger than 10 MB",
        None,
    )


def test_50_mb_body_without_length_is_cut_off_while_streaming(feed_server: FeedServer) -> None:
    settings = FetchSettings(deadline=10.0, trust_env=False)
    result = fetch(feed_server, "/big?mb=50&nolength=1", settings)
    assert (result.outcome, result.error) == ("error", "response larger than 10 MB")


def test_wrong_charset_passes_bytes_through(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/charset")
    assert (result.outcome, result.body) == ("ok", CHARSET_BODY)
    assert result.headers["content-type"] == "application/rss+xml; charset=utf-8"


def test_empty_body(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/empty")
    assert (result.outcome, result.status, result.body) == ("ok", 200, b"")


def test_html_instead_of_a_feed_is_fetched_as_is(feed_server: FeedServer) -> None:
    result = fetch(feed_server, "/html")
    assert (result.outcome, result.body) == ("ok", HTML)
    assert result.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    "url", ["ftp://127.0.0.1/feed", "file:///etc/passwd", "not a url", "http://", ""]
)
def test_unusable_urls_are_errors(url: str) -> None:
    result = fetch_sync([FetchRequest("x", url)], FAST)[0]
    assert (result.outcome, result.status, result.final_url) == ("error", None, url)
    assert result.error in ("not an http(s) URL", "network error: invalid URL")


def test_on_result_sees_each_result_once_in_finishing_order(feed_server: FeedServer) -> None:
    paths = ["/feed?delay=0.3", "/status/404", "/feed?delay=0.1"]
    requests = [FetchRequest(p, feed_server.url(p)) for p in paths]
    seen: list[str] = []

    async def record(result: FetchResult) -> None:
        await asyncio.sleep(0)
        seen.append(result.request.name)

    results = asyncio.run(fetch_all(requests, FAST, on_result=record))
    assert [r.request for r in results] == requests  # results in request order
    assert seen == ["/status/404", "/feed?delay=0.1", "/feed?delay=0.3"]
    plain: list[FetchResult] = []  # a plain function works too
    again = fetch_sync(requests, FAST, on_result=plain.append)
    assert sorted(map(id, plain)) == sorted(map(id, again))


def test_on_result_error_propagates_and_cancels_the_rest(feed_server: FeedServer) -> None:
    requests = [FetchRequest("quick", feed_server.url("/feed"))]
    requests += [FetchRequest(f"h{i}", feed_server.url(f"/hang?{i}")) for i in range(3)]

    def explode(result: FetchResult) -> None:
        raise RuntimeError(f"boom on {result.request.name}")

    with pytest.raises(RuntimeError, match="boom on quick"):
        asyncio.run(fetch_all(requests, FAST, on_result=explode))


def test_given_client_is_used_and_left_open(feed_server: FeedServer) -> None:
    async def run() -> tuple[list[FetchResult], bool]:
        async with httpx.AsyncClient(trust_env=False) as client:
            results = await fetch_all([FetchRequest("f", feed_server.url("/gzip"))], client=client)
            return results, client.is_closed

    results, closed = asyncio.run(run())
    assert (results[0].body, closed) == (FEED, False)


def test_global_cap_holds(feed_server: FeedServer) -> None:
    settings = FetchSettings(concurrency=3, per_host=50, deadline=5.0, trust_env=False)
    requests = [FetchRequest(str(i), feed_server.url(f"/feed?delay=0.1&i={i}")) for i in range(12)]
    results = fetch_sync(requests, settings)
    assert all(r.outcome == "ok" for r in results)
    assert feed_server.inflight_max == 3


def test_per_host_cap_holds(feed_server: FeedServer) -> None:
    settings = FetchSettings(concurrency=3, per_host=2, deadline=5.0, trust_env=False)
    requests = [
        FetchRequest(f"{host}{i}", feed_server.url(f"/feed?delay=0.1&i={i}", host=host))
        for i in range(6)
        for host in ("127.0.0.1", "localhost")
    ]
    results = fetch_sync(requests, settings)
    assert all(r.outcome == "ok" for r in results)
    assert feed_server.inflight_max_by_host == {"127.0.0.1": 2, "localhost": 2}
    assert feed_server.inflight_max == 3


def test_a_hosts_feeds_share_its_kept_alive_connections(feed_server: FeedServer) -> None:
    # Twenty feeds on each of two hosts, at most two in flight to a host: a pool per host
    # opens two connections to each and reuses them, wherever the feeds' paths point.
    settings = FetchSettings(concurrency=100, per_host=2, deadline=5.0, trust_env=False)
    requests = [
        FetchRequest(f"{host}{i}", feed_server.url(f"/feed?delay=0.05&i={i}", host=host))
        for i in range(20)
        for host in ("127.0.0.1", "localhost")
    ]
    results = fetch_sync(requests, settings)
    assert all(r.outcome == "ok" for r in results)
    assert feed_server.inflight_max_by_host == {"127.0.0.1": 2, "localhost": 2}
    assert feed_server.connections <= 4


BAD = {
    "/hang": "timed out after 2 s",
    "/hang-body": "timed out after 2 s",
    "/trickle?interval=0.5": "timed out after 2 s",
    "/reset": "connection reset",
    "/truncated": "response truncated (connection closed before the body was complete)",
    "/loop/a": "redirect loop",
    "/status/429?retry_after=60": "HTTP 429 Too Many Requests, retry after",
    "/status/503?retry_after=60": "HTTP 503 Service Unavailable, retry after",
    "/status/500": "HTTP 500 Internal Server Error",
    "/big?mb=50": "response larger than 10 MB",
    "/bomb": "response larger than 10 MB",
}


def test_a_third_misbehaving_still_finishes_within_the_deadline(feed_server: FeedServer) -> None:
    # All on one loopback host, so the per-host cap is raised to the global one (as in bench).
    settings = FetchSettings(
        concurrency=100, per_host=100, read_timeout=5.0, deadline=2.0, trust_env=False
    )
    bad = list(BAD) * 3
    paths = [bad[i // 3] if i % 3 == 0 else f"/feed?delay=0.05&i={i}" for i in range(99)]
    requests = [FetchRequest(f"feed {i}", feed_server.url(p)) for i, p in enumerate(paths)]
    results = fetch_sync(requests, settings)
    assert [r.request for r in results] == requests
    for path, result in zip(paths, results, strict=True):
        if path.startswith("/feed"):
            assert (result.outcome, result.body) == ("ok", FEED), result.error
        else:
            assert result.outcome == "error", path
            assert result.error is not None and result.error.startswith(BAD[path]), result.error


def test_proxy_from_the_environment_is_used(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", feed_server.url(""))
    monkeypatch.setenv("NO_PROXY", "")
    monkeypatch.delenv("no_proxy", raising=False)
    settings = FetchSettings(deadline=2.0)  # trust_env is the default
    result = fetch_sync([FetchRequest("p", "http://feeds.invalid/feed")], settings)[0]
    assert (result.outcome, result.body) == ("ok", FEED)
    (seen,) = feed_server.requests
    assert seen.path == "http://feeds.invalid/feed"  # absolute form: sent to a proxy


def _mock(handler: httpx.MockTransport) -> FetchResult:
    async def run() -> FetchResult:
        async with httpx.AsyncClient(transport=handler) as client:
            request = FetchRequest("m", "https://feeds.example/rss")
            return (await fetch_all([request], FAST, client=client))[0]

    return asyncio.run(run())


def test_tls_failure_is_one_line() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        import ssl

        cause = ssl.SSLCertVerificationError(1, "certificate verify failed")
        cause.verify_message = "certificate has expired"
        raise httpx.ConnectError("[SSL] ...", request=request) from cause

    result = _mock(httpx.MockTransport(handler))
    assert (result.outcome, result.error) == ("error", "TLS error: certificate has expired")


def test_unexpected_exception_is_a_result_not_a_crash() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("bug in a transport")

    result = _mock(httpx.MockTransport(handler))
    assert (result.outcome, result.error) == (
        "error",
        "unexpected error: RuntimeError: bug in a transport",
    )


@pytest.mark.parametrize(
    ("encoding", "error"),
    [
        ("br", "unsupported Content-Encoding: br"),
        ("gzip, gzip", "unsupported Content-Encoding: gzip, gzip"),
        ("gzip", "corrupt compressed body"),
    ],
)
def test_unusable_content_encodings(encoding: str, error: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        junk = httpx.ByteStream(b"\x00junk")
        return httpx.Response(200, headers={"Content-Encoding": encoding}, stream=junk)

    assert _mock(httpx.MockTransport(handler)).error == error


def test_unknown_content_encoding_is_passed_through() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        feed = httpx.ByteStream(FEED)
        return httpx.Response(200, headers={"Content-Encoding": "utf-8"}, stream=feed)

    assert _mock(httpx.MockTransport(handler)).body == FEED


def test_settings_are_validated() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        FetchSettings(concurrency=0)
    with pytest.raises(ValueError, match="timeouts"):
        FetchSettings(deadline=0)


def test_no_proxy_alone_keeps_the_per_host_pools(monkeypatch: pytest.MonkeyPatch) -> None:
    # The bench harness (and many shells) set only NO_PROXY: that names no proxy, and
    # must not drop briefing onto httpx's single pool, which is slow at high concurrency.
    from briefing.feeds.client import new_client
    from briefing.feeds.hosts import HostPools

    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    client = new_client(FetchSettings())
    try:
        assert isinstance(client._transport, HostPools)
    finally:
        asyncio.run(client.aclose())


def test_requests_that_will_bring_a_body_are_fewer_in_flight(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without a validator a feed comes whole: at most BODIES_IN_FLIGHT of those at once
    # (memory), while conditional requests, most of them 304s, use the whole concurrency.
    monkeypatch.setattr("briefing.feeds.fetch.BODIES_IN_FLIGHT", 2)
    settings = FetchSettings(concurrency=4, per_host=50, deadline=5.0, trust_env=False)
    fresh = [FetchRequest(str(i), feed_server.url(f"/feed?delay=0.1&i={i}")) for i in range(8)]
    assert all(r.outcome == "ok" for r in fetch_sync(fresh, settings))
    assert feed_server.inflight_max == 2
    feed_server.reset_stats()
    known = [dataclasses.replace(r, etag=ETAG) for r in fresh]
    assert all(r.outcome == "not_modified" for r in fetch_sync(known, settings))
    assert feed_server.inflight_max == 4


def test_by_default_at_most_two_connections_go_to_a_host(feed_server: FeedServer) -> None:
    requests = [
        FetchRequest(str(i), feed_server.url(f"/feed?delay=0.05&i={i}"), etag=ETAG)
        for i in range(20)
    ]
    results = fetch_sync(requests, FetchSettings(trust_env=False))
    assert all(r.outcome == "not_modified" for r in results)
    assert feed_server.inflight_max_by_host == {"127.0.0.1": 2}
    assert feed_server.connections == 2
