"""A feed cannot make briefing fetch pages on the reader's own network (issue 13, #1).

Every feed here is served from one loopback origin. A page on that origin is read, as the
feed is; a page, or a redirect hop, on any other origin must reach a public address, so
another loopback port, and a public-looking name that resolves to a loopback or private
address, are refused: the item keeps its teaser, the reason is recorded, and the other
server sees no request. `tests/netstub.py` resolves the names and refuses any connection
beyond 127.0.0.1 unsent, so these tests never leave the machine even when the guard fails.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.config import load_config
from briefing.models import RefreshReport
from briefing.paths import store_path
from briefing.pipeline import refresh
from briefing.store.database import open_store
from briefing.store.queries import search
from tests.netstub import Network, network
from tests.pages.sites import Site
from tests.pages.test_fulltext import (
    NOW,
    TRAM,
    article_page,
    page_rows,
    rss,
    stored_items,
    write_config,
)

__all__ = ["network"]  # the fixture, imported for this module's tests

ADMIN = [
    "REBOOT (Router Admin). The router will restart in ten seconds and every device on the"
    " network will lose its connection while the firmware reloads from flash storage.",
    "Firmware version 4.2.1 was installed on the router, with 312 settings kept from the"
    " previous version and 14 reset to their factory values by the upgrade process.",
]
"""What an intranet page would say: a word of it found by search means it was fetched."""
ADMIN_PATH = "/admin/reboot?confirm=1"
LOOPBACK_REFUSED = "refused: 127.0.0.1 is not a public address (loopback)"


def feed_linking(feed_site: Site, tmp_path: Path, links: list[str]) -> Path:
    """A teaser feed on `feed_site` whose items link to `links`; its config file."""
    items = [
        (f"Story {n}", link, f"Story {n} begins here and goes on \u2026")
        for n, link in enumerate(links)
    ]
    feed_site.page("/feed.xml", rss(items), "application/rss+xml")
    return write_config(tmp_path / "config.toml", feed_site, [("Wire", "/feed.xml", False)])


def run_refresh(config_path: Path) -> RefreshReport:
    config = load_config(config_path)
    with open_store(store_path(config.data_dir)) as store:
        return refresh(config, store, now=NOW)


def admin_words_found(config_path: Path) -> bool:
    config = load_config(config_path)
    with open_store(store_path(config.data_dir)) as store:
        return bool(search(store, "firmware"))


@pytest.fixture
def intranet(start_site: Callable[[], Site]) -> Site:
    """Another loopback origin, serving an admin page that must never be requested."""
    site = start_site()
    site.page(ADMIN_PATH, article_page("Rebooting", ADMIN))
    return site


def test_a_page_on_another_loopback_origin_is_refused_and_the_feeds_own_is_read(
    start_site: Callable[[], Site], intranet: Site, tmp_path: Path, network: Network
) -> None:
    feed_site = start_site()
    own = feed_site.page("/news/tram.html", article_page("Tram", TRAM))
    config = feed_linking(feed_site, tmp_path, [own, intranet.base + ADMIN_PATH])
    report = run_refresh(config)
    assert (report.pages_read, report.pages_failed) == (1, 1)
    assert sum(intranet.hits.values()) == 0
    status, error, attempts, _, text = page_rows(config)[intranet.base + ADMIN_PATH]
    assert (status, attempts, text) == ("failed", 1, None)
    assert error.startswith(LOOPBACK_REFUSED)
    found = stored_items(config)
    assert found["Story 1"][0].item.text == "Story 1 begins here and goes on \u2026"
    assert found["Story 1"][0].item.is_excerpt
    assert found["Story 0"][0].item.text == "\n".join(TRAM)
    assert not admin_words_found(config)
    assert network.blocked == []


def test_a_redirect_off_the_feeds_origin_is_refused_at_that_hop(
    start_site: Callable[[], Site], intranet: Site, tmp_path: Path, network: Network
) -> None:
    feed_site = start_site()
    feed_site.routes["/go/1"] = (302, {"Location": intranet.base + ADMIN_PATH}, b"")
    feed_site.routes["/go/2"] = (302, {"Location": "/go/1"}, b"")  # on the origin: followed
    config = feed_linking(feed_site, tmp_path, [feed_site.base + "/go/2"])
    report = run_refresh(config)
    assert (report.pages_read, report.pages_failed) == (0, 1)
    assert (feed_site.hits["/go/2"], feed_site.hits["/go/1"]) == (1, 1)
    assert sum(intranet.hits.values()) == 0
    assert page_rows(config)[feed_site.base + "/go/2"][1].startswith(LOOPBACK_REFUSED)
    assert not admin_words_found(config)


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.0.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("100.64.0.1", "shared (CGNAT)"),
        ("0.0.0.0", "unspecified"),
        ("fd12:3456::1", "unique-local"),
        ("fe80::1", "link-local"),
        ("::ffff:10.0.0.1", "private"),
    ],
)
def test_a_public_looking_name_on_a_private_address_is_refused(
    start_site: Callable[[], Site],
    intranet: Site,
    tmp_path: Path,
    network: Network,
    address: str,
    kind: str,
) -> None:
    network.names["news.example"] = [address]
    port = intranet.base.rsplit(":", 1)[1]
    link = f"http://news.example:{port}{ADMIN_PATH}"
    feed_site = start_site()
    config = feed_linking(feed_site, tmp_path, [link])
    report = run_refresh(config)
    assert (report.pages_read, report.pages_failed) == (0, 1)
    error = page_rows(config)[link][1]
    shown = ipaddress.ip_address(address)  # ::ffff:10.0.0.1 is shown ::ffff:a00:1
    assert error.startswith(
        f"refused: news.example resolves to {shown}, not a public address ({kind})"
    )
    assert sum(intranet.hits.values()) == 0
    assert network.blocked == []  # refused before any connection was tried
    assert not admin_words_found(config)


def test_a_redirect_from_the_feeds_origin_to_a_name_on_loopback_is_refused(
    start_site: Callable[[], Site], intranet: Site, tmp_path: Path, network: Network
) -> None:
    network.names["cdn.example"] = ["127.0.0.1"]
    port = intranet.base.rsplit(":", 1)[1]
    feed_site = start_site()
    feed_site.routes["/story"] = (302, {"Location": f"http://cdn.example:{port}{ADMIN_PATH}"}, b"")
    config = feed_linking(feed_site, tmp_path, [feed_site.base + "/story"])
    report = run_refresh(config)
    assert (report.pages_read, report.pages_failed) == (0, 1)
    assert feed_site.hits["/story"] == 1
    assert sum(intranet.hits.values()) == 0
    error = page_rows(config)[feed_site.base + "/story"][1]
    assert error.startswith(
        "refused: cdn.example resolves to 127.0.0.1, not a public address (loopback)"
    )


def test_feeds_themselves_are_not_restricted(
    start_site: Callable[[], Site], tmp_path: Path, network: Network
) -> None:
    # The user chose the feed's URL: it may be on loopback and redirect to another port.
    moved = start_site()
    moved.page("/feed.xml", rss([("Only item", moved.base + "/x", "Whole text.")]), "text/xml")
    first = start_site()
    first.routes["/feed.xml"] = (302, {"Location": moved.base + "/feed.xml"}, b"")
    config = write_config(tmp_path / "config.toml", first, [("Wire", "/feed.xml", False)])
    report = run_refresh(config)
    assert [o.outcome for o in report.outcomes] == ["updated"]
    assert moved.hits["/feed.xml"] == 1
