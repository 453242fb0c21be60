"""The pages of one refresh share a time budget (issue 13, #7).

A site whose pages hang would otherwise hold a refresh for each page's whole deadline,
six at a time, up to 200 pages. Here the budget is cut to three seconds and the
pages' own limits are far longer: the refresh ends, the page read before the budget ran
out is kept, the hanging ones are neither read nor failed but left (no attempt counted),
and the next pass reads them once the site answers. Only outcomes are asserted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.config import load_config
from briefing.pages.fulltext import refresh_pages
from briefing.paths import store_path
from briefing.pipeline import fetch_settings, refresh
from briefing.store.database import open_store
from tests.pages.sites import HANG, Site
from tests.pages.test_fulltext import (
    FERRY,
    NOW,
    TRAM,
    article_page,
    page_rows,
    rss,
    teaser,
    write_config,
)

HANGING = 8
"""More than the six a host gets at once: some hang in flight, some wait their turn."""


def test_pages_past_the_budget_stay_due_for_the_next_refresh(
    start_site: Callable[[], Site], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = start_site()
    good = site.page("/news/tram.html", article_page("Tram", TRAM))
    slow = [site.base + f"/slow/{n}.html" for n in range(HANGING)]
    for url in slow:
        site.routes[url.removeprefix(site.base)] = HANG
    items = [("Tram", good, teaser(TRAM))]  # the newest item: its page is read first
    items += [(f"Slow {n}", url, teaser(FERRY)) for n, url in enumerate(slow)]
    site.page("/feed.xml", rss(items), "application/rss+xml")
    path = tmp_path / "config.toml"
    write_config(path, site, [("Wire", "/feed.xml", False)])
    path.write_text(path.read_text().replace("timeout_seconds = 5", "timeout_seconds = 600"))
    # raising=False: on a briefing without the budget, the test fails on its outcomes.
    monkeypatch.setattr("briefing.pages.fulltext.PAGES_TIME_BUDGET", 3.0, raising=False)
    config = load_config(path)
    with open_store(store_path(config.data_dir)) as store:
        report = refresh(config, store, now=NOW)
        assert [o.outcome for o in report.outcomes] == ["updated"]
        assert (report.pages_read, report.pages_failed, report.pages_left) == (1, 0, HANGING)
        rows = page_rows(path)
        assert rows[good][0] == "ok"
        assert not any(url in rows for url in slow)  # no attempt counted: still due

        again = refresh_pages(store, config.feed_index, fetch_settings(config), now=NOW)
        assert (again.read, again.failed, again.left) == (0, 0, HANGING)
        assert again.stopped == "time budget of 3 s for pages spent"

        for n, url in enumerate(slow):
            site.page(url.removeprefix(site.base), article_page(f"Slow {n}", FERRY))
        last = refresh_pages(store, config.feed_index, fetch_settings(config), now=NOW)
    assert (last.read, last.failed, last.left, last.stopped) == (HANGING, 0, 0, None)
    assert all(page_rows(path)[url][0] == "ok" for url in slow)
