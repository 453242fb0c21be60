"""How a fetch sends its requests: the fetcher's own client goes straight to its per-host
pools (`HostClient.send_stream`), and keeps what httpx's `send` did that a fetch relies on:
cookies, and a bad redirect Location failing the same way."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from briefing.feeds.client import new_client
from briefing.feeds.fetch import FetchRequest, fetch_all, fetch_sync
from briefing.feeds.hosts import HostClient
from briefing.feeds.settings import FetchSettings
from tests.servers import FEED, FeedServer, feed_server

__all__ = ["feed_server"]

FAST = FetchSettings(connect_timeout=1.0, read_timeout=1.0, deadline=2.0, trust_env=False)


def _refuse_send(calls: list[str]) -> Any:
    async def send(self: httpx.AsyncClient, request: httpx.Request, **_: Any) -> httpx.Response:
        calls.append(str(request.url))
        raise httpx.ConnectError("AsyncClient.send was used")

    return send


def test_the_fetchers_own_client_sends_without_httpx_client_layers(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx's send (auth, hooks, redirect bookkeeping, a cookie jar run on every
    # response) cost a tenth of a 304 re-run's CPU: the fetcher's client skips it.
    calls: list[str] = []
    monkeypatch.setattr(httpx.AsyncClient, "send", _refuse_send(calls))
    (result,) = fetch_sync([FetchRequest("f", feed_server.url("/r/302/feed"))], FAST)
    assert (result.outcome, result.body, result.error) == ("ok", FEED, None)
    assert calls == []


def test_a_client_given_by_the_caller_still_goes_through_its_send(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A caller's client may carry hooks, auth or mounts: it is used as httpx means it.
    calls: list[str] = []
    monkeypatch.setattr(httpx.AsyncClient, "send", _refuse_send(calls))

    async def run() -> str | None:
        async with httpx.AsyncClient(trust_env=False) as client:
            request = FetchRequest("f", feed_server.url("/feed"))
            (result,) = await fetch_all([request], FAST, client=client)
            return result.error

    assert asyncio.run(run()) == "could not connect: AsyncClient.send was used"
    assert calls == [feed_server.url("/feed")]


def test_new_client_is_a_host_client_without_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    proxied = new_client(FetchSettings())
    monkeypatch.delenv("http_proxy")
    direct = new_client(FetchSettings())
    try:
        assert not isinstance(proxied, HostClient)  # httpx's own transport honours proxies
        assert isinstance(direct, HostClient)
    finally:
        asyncio.run(proxied.aclose())
        asyncio.run(direct.aclose())


class _CookieSite(BaseHTTPRequestHandler):
    """/login sets a cookie and redirects to /feed; /set sets one and serves the feed;
    /feed serves the feed. Every request's Cookie header is recorded."""

    cookies: list[tuple[str, str | None]]

    def do_GET(self) -> None:
        self.cookies.append((self.path, self.headers.get("Cookie")))
        if self.path == "/login":
            self.send_response(302)
            self.send_header("Set-Cookie", "session=s1; Path=/")
            self.send_header("Location", "/feed")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        if self.path == "/set":
            self.send_header("Set-Cookie", "seen=yes; Path=/")
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def cookie_site() -> Iterator[tuple[str, list[tuple[str, str | None]]]]:
    seen: list[tuple[str, str | None]] = []
    handler = type("Handler", (_CookieSite,), {"cookies": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def test_a_cookie_set_by_a_redirect_goes_with_the_next_hop(
    cookie_site: tuple[str, list[tuple[str, str | None]]],
) -> None:
    # Some sites set a session cookie on a redirect and want it back on the next hop.
    base, seen = cookie_site
    (result,) = fetch_sync([FetchRequest("f", f"{base}/login")], FAST)
    assert (result.outcome, result.body) == ("ok", FEED)
    assert seen == [("/login", None), ("/feed", "session=s1")]


def test_a_cookie_set_by_one_feed_goes_to_the_next_feed_of_its_site(
    cookie_site: tuple[str, list[tuple[str, str | None]]],
) -> None:
    base, seen = cookie_site
    one_at_a_time = FetchSettings(
        concurrency=1, per_host=1, connect_timeout=1.0, read_timeout=1.0, deadline=2.0
    )
    requests = [FetchRequest("a", f"{base}/set"), FetchRequest("b", f"{base}/feed")]
    results = fetch_sync(requests, one_at_a_time)
    assert [r.outcome for r in results] == ["ok", "ok"]
    assert seen == [("/set", None), ("/feed", "seen=yes")]


@pytest.mark.parametrize(
    ("location", "error"),
    [
        ("javascript:alert(1)", "redirect to an invalid URL refused"),
        ("http://[::1", "malformed HTTP response: Invalid URL in location header"),
    ],
)
def test_a_bad_location_fails_as_httpx_send_fails_it(
    feed_server: FeedServer, location: str, error: str
) -> None:
    url = feed_server.url(f"/to?code=302&loc={location}")
    (result,) = fetch_sync([FetchRequest("f", url)], FAST)
    assert result.outcome == "error"
    assert result.error is not None and result.error.startswith(error), result.error


def test_certificates_are_loaded_for_the_first_https_pool_only(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Loading them takes about 30 ms on the way to the first request: an http refresh
    # skips it, and an https one still gets the verifying context, once.
    made: list[ssl.SSLContext] = []
    real = httpx.create_ssl_context

    def create_ssl_context(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(httpx, "create_ssl_context", create_ssl_context)
    plain = [FetchRequest(str(i), feed_server.url(f"/feed?i={i}")) for i in range(3)]
    assert [r.outcome for r in fetch_sync(plain, FAST)] == ["ok"] * 3
    assert made == []
    # TLS to the plain-HTTP server: the handshake fails, after the context was made.
    secure = [
        FetchRequest(str(i), feed_server.url(f"/feed?i={i}").replace("http:", "https:"))
        for i in range(2)
    ]
    assert [r.outcome for r in fetch_sync(secure, FAST)] == ["error"] * 2
    assert len(made) == 1
    assert made[0].verify_mode == ssl.CERT_REQUIRED and made[0].check_hostname


def test_unloadable_certificates_fail_the_https_feeds_with_one_line(
    feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    settings = FetchSettings(connect_timeout=1.0, read_timeout=1.0, deadline=2.0)  # trust_env
    secure = feed_server.url("/feed?s=1").replace("http:", "https:")
    requests = [FetchRequest("plain", feed_server.url("/feed")), FetchRequest("tls", secure)]
    plain, tls = fetch_sync(requests, settings)
    assert (plain.outcome, plain.body) == ("ok", FEED)
    assert tls.outcome == "error"
    assert tls.error == "cannot load the TLS certificates: [Errno 2] No such file or directory"


@pytest.mark.parametrize(
    "conditional",
    [{}, {"If-None-Match": '"v1"'}, {"If-None-Match": '"v2"', "If-Modified-Since": "Mon, 06 Jan"}],
)
@pytest.mark.parametrize("cookie", [False, True])
def test_the_host_clients_get_is_the_request_build_request_makes(
    conditional: dict[str, str], cookie: bool
) -> None:
    # Its headers merged once, not per request: still the same request on the wire.
    from briefing.feeds.hosts import get_request

    client = new_client(FAST)
    assert isinstance(client, HostClient)
    if cookie:
        client.cookies.set("session", "s1", domain="news.example")
    fixed = {"User-Agent": "briefing-test", "Accept": "application/rss+xml"}
    url = httpx.URL("http://news.example:8080/feed.xml")
    try:
        for _ in range(2):  # the second from the headers merged at the first
            ours = get_request(client, url, fixed, conditional, {"slot": 1})
            theirs = client.build_request(
                "GET", url, headers={**fixed, **conditional}, extensions={"slot": 1}
            )
            assert (ours.method, ours.url) == (theirs.method, theirs.url)
            assert ours.headers.raw == theirs.headers.raw
            assert ours.extensions == theirs.extensions
            assert ("cookie" in ours.headers) == cookie
    finally:
        asyncio.run(client.aclose())
