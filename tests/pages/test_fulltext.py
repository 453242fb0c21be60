"""Full text for teaser-only feeds: which pages are read, what is kept, faults and backoff."""

from __future__ import annotations

import html
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefing.cli.main import main
from briefing.config import load_config
from briefing.models import Summary
from briefing.pages.fulltext import (
    MAX_ATTEMPTS,
    PageJob,
    is_teaser,
    needs_page,
    read_page,
    retry_delay,
    save_page,
)
from briefing.pages.reader import extract_article, extract_main_text
from briefing.paths import store_path
from briefing.pipeline import refresh, summaries_for
from briefing.store.database import APPLICATION_ID, Store, open_store
from briefing.store.queries import items_between, load_summaries, save_summaries, search
from briefing.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.pages.sites import Site

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

TRAM = [
    "VELMORA (Northgate Post). The Velmora city council on Wednesday approved a 14-kilometre"
    " tram line linking the river port to the university district, ending a decade of debate"
    " over how to ease traffic on the city's two bridges.",
    "The line will cost 612 million euros, of which the national government will pay 40%,"
    " and is due to carry 58,000 passengers a day when it opens in 2031, the council said.",
    "\u201cWe have talked about this tram for ten years, and tonight we finally stopped"
    " talking,\u201d Mayor Ilsa Varnholt said after the vote, which passed 31 to 12.",
    "Shop owners along Canal Street, where the tracks will run, have asked for compensation"
    " during three years of works. Their association said 140 businesses could be affected.",
    "\u201cNobody is against the tram, but nobody has told us how we survive the building"
    " site,\u201d said Petra Lindqvist, who chairs the Canal Street traders' association.",
]
"""Our own article: its quotes and figures are only on the page, never in the feed."""

QUOTA = [
    "KESTREL BAY (Northgate Post). Fishing crews in Kestrel Bay will be allowed to land 18%"
    " less cod next year under quotas agreed by regional ministers late on Monday.",
    "The cut brings the bay's cod quota to 9,200 tonnes, its lowest since records began in"
    " 1974, after a survey found young fish numbers had fallen for a fifth year running.",
    "\u201cIt is painful, but the alternative is a bay with no cod at all,\u201d fisheries"
    " minister Oskar Hellberg told reporters.",
    "Boat owners said the decision would cost the fleet about 23 million euros in lost"
    " income and warned that some of the 310 boats registered in the bay would be sold.",
]

FERRY = [
    "PORTHAVEN (Tideline Review). The Porthaven harbour authority on Tuesday approved a new"
    " ferry terminal worth $310 million, the largest investment in the port since it opened"
    " in 1962, after a year of public hearings and two rejected designs.",
    "The terminal will handle up to 4.2 million passengers a year, nearly double the"
    " 2.3 million who passed through the old building last year, the authority said.",
    "\u201cThis terminal will carry Porthaven into the next fifty years,\u201d said harbour"
    " master Elin Sorvik, who chaired the vote.",
    "Construction is due to start in September and to take 30 months. About 1,400 jobs will"
    " be created during the building phase, according to the authority.",
]

CHROME_TOP = """<div id="cookie-banner" class="cookie-consent"><p>We use cookies to
improve your experience. By continuing to browse you accept our use of cookies.</p>
<button>Accept all</button><button>Manage settings</button></div>
<header class="site-header"><a href="/">Northgate Post</a><nav><ul><li><a href="/world">
World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav></header>"""
CHROME_BOTTOM = """<section id="comments" class="comments"><h2>Comments (2)</h2>
<div class="comment"><p>About time this city did something about the bridges.</p></div>
<div class="comment"><p>Who pays when it runs over budget? We do.</p></div></section>
<footer><p>Copyright 2026 Northgate Post. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>"""


def article_page(title: str, paragraphs: list[str], *, split_dateline: bool = False) -> bytes:
    """A news page around `paragraphs`: banner, navigation, byline, share bar, caption,
    related stories, newsletter box, comments and footer."""
    body = [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    if split_dateline:  # the place and outlet in an element of their own
        place, rest = paragraphs[0].split(". ", 1)
        body[0] = f'<span class="dateline">{html.escape(place)}.</span><p>{html.escape(rest)}</p>'
    related = (
        '<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Bridge repairs'
        ' delayed again</a></li><li><a href="/b">Council budget passes</a></li></ul></aside>'
    )
    body.insert(2, related)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | Northgate Post</title></head><body>{CHROME_TOP}
<main><article><h1>{html.escape(title)}</h1>
<div class="byline">By Anneli Marsk, City Correspondent · 27 November 2026</div>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a>
<a href="#">Email this story</a></div>
<figure><img src="/img/1.jpg" alt=""><figcaption>A model of the proposal on show at the
town hall. Photo: Northgate Post</figcaption></figure>
{"".join(body)}
<div class="newsletter-signup"><p>Get the Post's morning briefing in your inbox.</p>
<form><input type="email"><button>Sign up</button></form></div>
</article></main>{CHROME_BOTTOM}</body></html>""".encode()


LOGIN_PAGE = b"""<!DOCTYPE html><html><head><title>Sign in</title></head><body>
<header><a href="/">Northgate Post</a></header><main><h1>Subscribe to continue reading</h1>
<p>This story is for subscribers only. Log in to read the full article.</p>
<form action="/login"><input type="text" name="user"><input type="password" name="pw">
<button>Log in</button></form></main></body></html>"""


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS feed of (title, link, description) items, an hour apart before NOW."""
    entries = "".join(
        f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link>"
        f"<guid>{html.escape(link)}</guid>"
        f"<pubDate>{format_datetime(NOW - timedelta(hours=n + 1))}</pubDate>"
        f"<description>{html.escape(d)}</description></item>"
        for n, (t, link, d) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test</title><link>http://127.0.0.1/</link>{entries}</channel></rss>"
    ).encode()


def teaser(paragraphs: list[str], ending: str = " \u2026") -> str:
    return paragraphs[0].split(", ")[0] + ending


def write_config(path: Path, site: Site, feeds: list[tuple[str, str, bool]]) -> Path:
    lines = [f'data_dir = "{path.parent / "data"}"', "timeout_seconds = 5", "max_feed_mb = 1"]
    for name, route, fulltext in feeds:
        lines += ["[[feeds]]", f'name = "{name}"', f'url = "{site.base}{route}"']
        lines += [f"fulltext = {'true' if fulltext else 'false'}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def news(site: Site, tmp_path: Path) -> Path:
    """Two teaser feeds (one marked fulltext) and their article pages; the config file."""
    tram = site.page("/news/tram.html", article_page("Velmora approves tram line", TRAM))
    quota = site.page("/news/quota.html", article_page("Cod quota cut", QUOTA, split_dateline=True))
    ferry = site.page("/review/ferry.html", article_page("Ferry terminal approved", FERRY))
    site.page(
        "/post.xml",
        rss(
            [
                ("Velmora approves tram line", tram, teaser(TRAM)),
                ("Kestrel Bay cod quota cut", quota, teaser(QUOTA, " Read more")),
            ]
        ),
        "application/rss+xml",
    )
    # A long excerpt with no ellipsis: read only because the feed is marked fulltext.
    site.page(
        "/review.xml",
        rss([("Ferry terminal approved", ferry, " ".join(FERRY[:2]))]),
        "application/rss+xml",
    )
    feeds = [("Northgate Post", "/post.xml", False), ("Tideline Review", "/review.xml", True)]
    return write_config(tmp_path / "config.toml", site, feeds)


def stored_items(config_path: Path) -> dict[str, Any]:
    config = load_config(config_path)
    with open_store(store_path(config.data_dir)) as store:
        items = items_between(store, NOW - timedelta(days=1), NOW)
        summaries = summaries_for(store, items)
    return {s.item.title: (s, summaries[s.id]) for s in items}


def test_refresh_stores_the_pages_paragraphs_and_summarizes_them(news: Path, site: Site) -> None:
    config = load_config(news)
    with open_store(store_path(config.data_dir)) as store:
        report = refresh(config, store, now=NOW)
    assert (report.pages_read, report.pages_failed, report.pages_left) == (3, 0, 0)
    found = stored_items(news)
    for title, paragraphs in [
        ("Velmora approves tram line", TRAM),
        ("Kestrel Bay cod quota cut", QUOTA),
        ("Ferry terminal approved", FERRY),
    ]:
        stored, _ = found[title]
        assert stored.item.text == "\n".join(paragraphs)
        assert not stored.item.is_excerpt
        assert stored.full_text_url is not None and stored.full_text_url.startswith(site.base)
    _, tram = found["Velmora approves tram line"]
    assert tram.dateline == "VELMORA"
    speakers = {q.speaker for q in tram.quotes}
    assert {"Ilsa Varnholt", "Petra Lindqvist"} <= speakers
    figures = {f.text for f in tram.figures}
    assert any("612 million" in f for f in figures)
    assert any("58,000" in f for f in figures)
    _, quota = found["Kestrel Bay cod quota cut"]
    assert quota.dateline == "KESTREL BAY"
    assert any("9,200 tonnes" in f.text for f in quota.figures)


def test_a_page_is_read_once(news: Path, site: Site) -> None:
    config = load_config(news)
    with open_store(store_path(config.data_dir)) as store:
        refresh(config, store, now=NOW)
        again = refresh(config, store, now=NOW + timedelta(hours=2), force=True)
    assert (again.pages_read, again.pages_failed) == (0, 0)
    assert site.hits["/news/tram.html"] == 1


FAULTS = {
    "/huge.html": "larger",
    "/report.pdf": "not an HTML page (application/pdf)",
    "/data.json": "not an HTML page (application/json)",
    "/loop/a": "redirect loop",
    "/missing.html": "HTTP 404",
    "/login.html": "login or subscription wall",
}


@pytest.fixture
def faulty(site: Site, tmp_path: Path) -> Path:
    site.page("/huge.html", b"<html><body><p>" + b"word " * 400_000 + b"</p></body></html>")
    site.page("/report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "application/pdf")
    site.page("/data.json", b'{"story": "not here"}', "application/json")
    site.routes["/loop/a"] = (302, {"Location": "/loop/b"}, b"")
    site.routes["/loop/b"] = (302, {"Location": "/loop/a"}, b"")
    site.page("/login.html", LOGIN_PAGE)
    items = [
        (f"Story {n}", site.base + path, f"Short teaser {n} \u2026")
        for n, path in enumerate(FAULTS)
    ]
    site.page("/faulty.xml", rss(items), "application/rss+xml")
    return write_config(tmp_path / "config.toml", site, [("Faulty Wire", "/faulty.xml", False)])


def page_rows(config_path: Path) -> dict[str, tuple[Any, ...]]:
    config = load_config(config_path)
    with open_store(store_path(config.data_dir)) as store:
        rows = store.db.execute(
            "SELECT url, status, error, attempts, next_try, text FROM pages"
        ).fetchall()
    return {row[0]: row[1:] for row in rows}


def test_faulty_pages_keep_the_teaser_and_record_why(faulty: Path, site: Site) -> None:
    config = load_config(faulty)
    with open_store(store_path(config.data_dir)) as store:
        report = refresh(config, store, now=NOW)
    assert [o.outcome for o in report.outcomes] == ["updated"]
    assert (report.pages_read, report.pages_failed) == (0, len(FAULTS))
    rows = page_rows(faulty)
    for path, why in FAULTS.items():
        status, error, attempts, next_try, text = rows[site.base + path]
        assert (status, attempts, text) == ("failed", 1, None)
        assert why in error, (path, error)
        assert next_try == "2026-11-27T13:00:00Z"
    found = stored_items(faulty)
    assert found["Story 5"][0].item.text == "Short teaser 5 \u2026"
    assert found["Story 5"][0].item.is_excerpt


def test_failed_pages_are_retried_after_the_backoff(faulty: Path, site: Site) -> None:
    config = load_config(faulty)
    with open_store(store_path(config.data_dir)) as store:
        refresh(config, store, now=NOW)
        soon = refresh(config, store, now=NOW + timedelta(minutes=10), force=True)
        assert (soon.pages_read, soon.pages_failed) == (0, 0)
        assert site.hits["/missing.html"] == 1
        site.page("/missing.html", article_page("Velmora approves tram line", TRAM))
        later = refresh(config, store, now=NOW + timedelta(minutes=61), force=True)
    assert site.hits["/missing.html"] == 2
    assert (later.pages_read, later.pages_failed) == (1, len(FAULTS) - 1)
    rows = page_rows(faulty)
    assert rows[site.base + "/missing.html"][:2] == ("ok", None)
    status, _, attempts, next_try, _ = rows[site.base + "/login.html"]
    assert (status, attempts, next_try) == ("failed", 2, "2026-11-27T15:01:00Z")


@pytest.mark.parametrize(
    ("text", "teaser"),
    [
        ("VELMORA (Northgate Post). The council approved a tram line \u2026", True),
        ("VELMORA (Northgate Post). The council approved a tram line [\u2026]", True),
        ("x" * 900 + " and then the council voted ...", True),
        ("x" * 900 + "\nContinue reading Velmora approves tram line \u2192", True),
        ("x" * 900 + " Read more", True),
        ("The council on Tuesday approved a plan to extend the", True),
        ("A short summary of the day's news.", False),
        ("\u201cWe stopped talking,\u201d the mayor said.", False),
        ("", False),
        ("x" * 900 + " and the council voted.", False),
        ("x" * 3000 + " \u2026", False),
    ],
)
def test_is_teaser(text: str, teaser: bool) -> None:
    assert is_teaser(text) is teaser
    assert is_teaser(text[-300:], len(text)) is teaser


def test_needs_page_by_default_only_for_clear_teasers() -> None:
    long_excerpt = "x" * 900 + " and the council voted."
    assert not needs_page(long_excerpt, is_excerpt=True, fulltext=False)
    assert needs_page(long_excerpt, is_excerpt=True, fulltext=True)
    assert not needs_page("Short but complete.", is_excerpt=True, fulltext=False)
    assert needs_page("Short but complete.", is_excerpt=False, fulltext=True)
    assert needs_page("Cut off in the", is_excerpt=True, fulltext=False)
    assert not needs_page("Cut off in the", is_excerpt=False, fulltext=False)
    assert not needs_page("x" * 900 + " and it ends.", is_excerpt=False, fulltext=True)


def test_retry_delay_doubles_up_to_a_cap_then_stops() -> None:
    delays = [retry_delay(n) for n in range(1, MAX_ATTEMPTS + 1)]
    hours = [d.total_seconds() / 3600 for d in delays if d is not None]
    assert hours == [1, 2, 4, 8, 16]
    assert delays[-1] is None


def test_read_page_trims_a_paywall_prompt_after_the_lead() -> None:
    page = article_page("Tram", TRAM[:2]).replace(
        b"</article>", b"<p>Subscribe to continue reading this story.</p></article>"
    )
    text, error = read_page(page, "text/html", 50)
    assert error is None
    assert text == "\n".join(TRAM[:2])


def test_read_page_strips_terminal_escapes() -> None:
    page = article_page("Tram", TRAM[:2]).replace(b"VELMORA", b"VEL\x1b[31mMORA\x07")
    text, error = read_page(page, "text/html; charset=utf-8", 50)
    assert error is None and text is not None
    assert text.startswith("VEL[31mMORA (Northgate Post).")
    assert "\x1b" not in text and "\x07" not in text


def test_read_page_refuses_a_page_shorter_than_the_teaser() -> None:
    text, error = read_page(article_page("Tram", TRAM[:1]), "", 5000)
    assert text is None
    assert error == "the page holds less text than the feed"


@pytest.mark.parametrize(
    ("lead_html", "lead"),
    [
        (
            '<span class="dateline">OSTRAVIK (Fjord Times).</span><p>The port reopened.</p>',
            "OSTRAVIK (Fjord Times). The port reopened.",
        ),
        (
            '<div class="dateline">OSTRAVIK</div><p>(Fjord Times). The port reopened.</p>',
            "OSTRAVIK (Fjord Times). The port reopened.",
        ),
        (
            '<p class="dateline">OSTRAVIK, March 3 \u2014</p><p>The port reopened.</p>',
            "OSTRAVIK, March 3 \u2014 The port reopened.",
        ),
        (
            "<p><strong>OSTRAVIK</strong> (Fjord Times). The port reopened.</p>",
            "OSTRAVIK (Fjord Times). The port reopened.",
        ),
    ],
)
def test_extraction_keeps_the_dateline_line(lead_html: str, lead: str) -> None:
    rest = "".join(f"<p>{html.escape(p)}</p>" for p in QUOTA[1:])
    page = article_page("Port", ["X. placeholder"]).decode()
    page = page.replace("<p>X. placeholder</p>", lead_html + rest)
    assert extract_main_text(page).split("\n") == [lead, *QUOTA[1:]]


def test_extract_article_falls_back_to_the_page_text() -> None:
    assert extract_main_text("<p>Just a fragment.</p>") == ""
    assert extract_article("<p>Just a fragment.</p>") == "Just a fragment."


def test_summarize_html_reads_the_story_from_a_saved_page(tmp_path: Path) -> None:
    path = tmp_path / "tram.html"
    path.write_bytes(article_page("Velmora approves tram line", TRAM))
    result = CliRunner().invoke(main, ["summarize", "--html", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    assert '"dateline": "VELMORA"' in result.stdout
    assert "Ilsa Varnholt" in result.stdout
    assert "cookies" not in result.stdout


def test_extraction_runs_in_the_executor(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    from briefing.pages.fulltext import due_pages, fetch_pages
    from briefing.pipeline import fetch_settings

    class Counting(ThreadPoolExecutor):
        calls = 0

        def submit(self, *args: Any, **kwargs: Any) -> Any:
            Counting.calls += 1
            return super().submit(*args, **kwargs)

    config = load_config(news)
    with open_store(store_path(config.data_dir)) as store, Counting(max_workers=2) as pool:
        monkeypatch.setattr("briefing.pipeline.update._read_pages", lambda *args: None)
        refresh(config, store, now=NOW)  # the feeds only
        monkeypatch.undo()
        jobs, left = due_pages(store, config.feed_index, now=NOW)
        report = asyncio.run(
            fetch_pages(store, jobs, fetch_settings(config), now=NOW, executor=pool)
        )
    assert (len(jobs), left, report.read) == (3, 0, 3)
    assert Counting.calls == 3


def _store_with_a_teaser(path: Path) -> Store:
    store = open_store(path)
    with store.write() as db:
        db.execute("INSERT INTO feeds(name, url, config_url) VALUES ('F', 'u', 'u')")
        db.execute(
            "INSERT INTO items(feed_id, key, guid, title, link, published, first_seen,"
            " text, is_excerpt, hash) VALUES (1, 'k', 'k', 'Port talks', 'http://x/1',"
            " '2026-11-27T10:00:00Z', '2026-11-27T10:00:00Z', 'Teaser \u2026', 1, 'h')"
        )
    return store


def test_search_finds_words_of_a_read_page_and_forgets_replaced_ones(tmp_path: Path) -> None:
    job = PageJob(1, "F", "http://x/1", 8)
    with _store_with_a_teaser(tmp_path / "store.db") as store:
        assert search(store, "dredging") == []
        save_page(store, job, now=NOW, text="The dredging of the harbour starts.", error=None)
        assert search(store, "dredging") == [1] and search(store, "port") == [1]
        save_page(store, job, now=NOW, text="Cranes arrive in spring.", error=None)
        assert search(store, "dredging") == [] and search(store, "cranes") == [1]
        save_page(store, job, now=NOW, text=None, error="HTTP 404 Not Found")
        assert search(store, "cranes") == []
        save_page(store, job, now=NOW, text="Cranes again.", error=None)
        store.db.execute("DELETE FROM items")  # the page goes with its item, and its words
        assert search(store, "cranes") == []
        # FTS5 checks its index against the pages table, and raises if they differ.
        store.db.execute("INSERT INTO pages_fts(pages_fts, rank) VALUES ('integrity-check', 1)")


def _old_store(path: Path, *, version: int) -> sqlite3.Connection:
    """A store as schema `version` left it, holding one feed and one teaser item."""
    db = sqlite3.connect(path, isolation_level=None)
    for target, script in MIGRATIONS:
        if target <= version:
            for statement in script:
                db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO feeds(name, url, config_url) VALUES ('F', 'u', 'u')")
    db.execute(
        "INSERT INTO items(feed_id, key, guid, title, link, published, first_seen, text, hash)"
        " VALUES (1, 'k', 'k', 'T', 'http://x/1', '2026-11-27T10:00:00Z',"
        " '2026-11-27T10:00:00Z', 'Teaser', 'h')"
    )
    return db


def test_migration_4_indexes_pages_read_before_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = _old_store(path, version=3)
    db.execute(
        "INSERT INTO pages(item_id, url, status, text, attempts, fetched)"
        " VALUES (1, 'http://x/1', 'ok', 'Dredging starts.', 1, '2026-11-27T11:00:00Z')"
    )
    db.close()
    with open_store(path) as store:
        assert search(store, "dredging") == [1]


def test_a_read_page_drops_the_cached_summary(tmp_path: Path) -> None:
    with _store_with_a_teaser(tmp_path / "store.db") as store:
        save_summaries(store, {1: Summary(None, None, "Teaser", (), ())}, 1)
        save_page(store, PageJob(1, "F", "http://x/1", 8), now=NOW, text="Full.", error=None)
        assert load_summaries(store, [1], 1) == {}
        (stored,) = items_between(store, NOW - timedelta(days=1), NOW)
    assert (stored.item.text, stored.full_text_url) == ("Full.", "http://x/1")


def test_migration_3_adds_pages_to_a_version_2_store(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = _old_store(path, version=2)
    db.close()
    with open_store(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = [r[1] for r in store.db.execute("PRAGMA table_info(pages)")]
        assert columns == [
            "item_id",
            "url",
            "status",
            "text",
            "error",
            "attempts",
            "fetched",
            "next_try",
        ]
        (stored,) = items_between(store, NOW - timedelta(days=1), NOW)
        assert (stored.item.text, stored.full_text_url) == ("Teaser", None)
        store.db.execute("DELETE FROM items")  # pages go with their item
