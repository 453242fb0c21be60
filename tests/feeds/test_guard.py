"""The public-address guard at the fetch level (briefing.feeds.guard, issue 13, #1).

Which addresses count as public, that a public-only fetch connects to the very address
it checked (a name is resolved once, so it cannot answer a public address for the check
and a loopback one for the connection), that the feed's own origin is exempt hop by
hop, and that behind a proxy a private target is refused before the proxy is asked.
Names are resolved by `tests/netstub.py`; nothing is sent beyond 127.0.0.1.
"""

from __future__ import annotations

import ipaddress

import pytest

from briefing.feeds.fetch import FetchRequest, FetchResult, fetch_sync
from briefing.feeds.guard import non_public
from briefing.feeds.settings import FetchSettings
from tests.netstub import Network, network
from tests.servers import FeedServer, feed_server

__all__ = ["feed_server", "network"]  # the fixtures, imported for this module's tests

FAST = FetchSettings(connect_timeout=1.0, read_timeout=1.0, deadline=2.0, trust_env=False)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.0.9", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.254", "private"),
        ("192.168.0.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("fc00::1", "unique-local"),
        ("fdff:ffff::1", "unique-local"),
        ("100.64.0.1", "shared (CGNAT)"),
        ("100.127.255.254", "shared (CGNAT)"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:192.168.1.1", "private"),
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("2002:7f00:1::", "loopback"),  # 6to4 of 127.0.0.1
        ("224.0.0.251", "multicast"),
        ("192.0.2.7", "reserved"),  # documentation
        ("240.0.0.1", "reserved"),
        ("8.8.8.8", None),
        ("172.32.0.1", None),
        ("100.128.0.1", None),
        ("2606:4700:4700::1111", None),
        ("::ffff:8.8.8.8", None),
    ],
)
def test_non_public(address: str, kind: str | None) -> None:
    assert non_public(ipaddress.ip_address(address)) == kind


def page(server: FeedServer, path: str, host: str = "127.0.0.1", *, home: str) -> FetchResult:
    request = FetchRequest("page", server.url(path, host), public_only=True, home=home)
    return fetch_sync([request], FAST)[0]


def test_the_feeds_origin_is_exempt_and_other_origins_are_not(
    feed_server: FeedServer, network: Network
) -> None:
    own = feed_server.url("/feed.xml")
    assert page(feed_server, "/feed", home=own).outcome == "ok"
    other_port = f"http://127.0.0.1:{feed_server.port + 1}/feed.xml"
    refused = page(feed_server, "/feed", home=other_port)
    assert refused.outcome == "error"
    assert refused.error is not None and refused.error.startswith(
        "refused: 127.0.0.1 is not a public address (loopback)"
    )
    https = feed_server.url("/feed.xml").replace("http:", "https:")  # another scheme
    assert page(feed_server, "/feed", home=https).outcome == "error"
    assert len(feed_server.seen("/feed")) == 1
    # A redirect back onto the feed's origin is followed; one leaving it is refused.
    assert page(feed_server, "/r/302/feed", home=own).outcome == "ok"
    away = page(feed_server, f"/to?code=302&loc=http://localhost:{feed_server.port}/feed", home=own)
    assert away.error is not None and "not a public address (loopback)" in away.error
    assert away.final_url == f"http://localhost:{feed_server.port}/feed"
    assert network.blocked == []


def test_a_name_is_resolved_once_and_the_checked_address_is_the_one_connected(
    feed_server: FeedServer, network: Network
) -> None:
    # DNS rebinding: the first answer is public, every later one loopback. A check that
    # resolved the name and let the connection resolve it again would reach 127.0.0.1.
    answers = iter([["203.0.114.9"]])
    network.names["rebind.example"] = lambda: next(answers, ["127.0.0.1"])
    result = page(feed_server, "/feed", "rebind.example", home="http://feeds.example/")
    assert result.outcome == "error"
    assert network.lookups["rebind.example"] == 1
    assert network.blocked == ["203.0.114.9"]  # the tripwire stood in for the public server
    assert feed_server.seen("/feed") == []


def test_any_private_answer_refuses_the_name(feed_server: FeedServer, network: Network) -> None:
    network.names["mixed.example"] = ["203.0.114.9", "10.0.0.1"]
    result = page(feed_server, "/feed", "mixed.example", home="http://feeds.example/")
    assert result.error is not None
    assert result.error.startswith("refused: mixed.example resolves to 10.0.0.1")
    assert network.blocked == []


def test_an_unknown_name_is_host_not_found(feed_server: FeedServer, network: Network) -> None:
    result = page(feed_server, "/feed", "nowhere.example", home="http://feeds.example/")
    assert result.error == "host not found"


def test_behind_a_proxy_a_private_target_is_refused_before_the_proxy_is_asked(
    feed_server: FeedServer, network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The feed server stands in for the proxy: it must see no request for the page.
    monkeypatch.setenv("HTTP_PROXY", feed_server.url(""))
    monkeypatch.setenv("NO_PROXY", "")
    network.names["news.example"] = ["10.0.0.1"]
    request = FetchRequest(
        "page", "http://news.example/story", public_only=True, home="http://feeds.example/"
    )
    settings = FetchSettings(connect_timeout=1.0, read_timeout=1.0, deadline=2.0)
    (result,) = fetch_sync([request], settings)
    assert result.error is not None
    assert result.error.startswith("refused: news.example resolves to 10.0.0.1")
    assert feed_server.requests == []
    assert network.blocked == []


def test_feeds_are_fetched_from_any_address(feed_server: FeedServer, network: Network) -> None:
    network.names["intranet.example"] = ["127.0.0.1"]
    request = FetchRequest("feed", feed_server.url("/feed", "intranet.example"))
    (result,) = fetch_sync([request], FAST)
    assert result.outcome == "ok"
