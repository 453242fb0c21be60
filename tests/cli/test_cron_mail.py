"""Issue 18 through the real command: old days, a first digest, and cron mail about failures.

Feeds are served on loopback; their items are dated relative to the real clock, since
`today` and `digest` read it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tests.clirun import run
from tests.conftest import write_config

PLACES = ["Halvik", "Oromir", "Linnet Bay", "Port Anselm", "Marrowgate", "Tessaly", "Vennmark"]
THINGS = ["ferry timetable", "school roof", "grain silo", "tram depot", "harbour crane", "museum"]


def dated_feed(title: str, stamps: list[datetime], tag: str) -> str:
    """RSS whose items are published at `stamps`, each story about something of its own."""
    items = []
    for n, when in enumerate(stamps):
        place, thing = PLACES[n % len(PLACES)], THINGS[(n * 5 + len(tag)) % len(THINGS)]
        body = f"{place.upper()} ({title}). The {thing} of {place} reopened on {tag} day {n}."
        items.append(
            f"<item><title>{escape(f'{place} reopens its {thing} ({tag}{n})')}</title>"
            f"<link>https://{tag}.example/{n}</link><guid>{tag}-{n}</guid>"
            f"<pubDate>{format_datetime(when)}</pubDate>"
            f"<description>{escape(body)}</description></item>"
        )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        + "".join(items)
        + "</channel></rss>\n"
    )


@pytest.fixture
def site(tmp_path: Path, serve_dir: Callable[[Path], str]) -> tuple[Path, str]:
    folder = tmp_path / "site"
    folder.mkdir()
    return folder, serve_dir(folder)


def two_feeds(tmp_path: Path, base: str) -> Path:
    return write_config(
        tmp_path / "c.toml",
        [("Alpha", base + "alpha.xml"), ("Beta", base + "beta.xml")],
        tmp_path / "data",
    )


# Item 4: a full store does not look empty.


def test_today_says_where_the_latest_stories_are(tmp_path: Path, site: tuple[Path, str]) -> None:
    folder, base = site
    old = datetime(2024, 3, 2, 9, 30, tzinfo=UTC)
    (folder / "alpha.xml").write_text(dated_feed("Alpha", [old, old - timedelta(days=40)], "a"))
    (folder / "beta.xml").write_text(dated_feed("Beta", [old - timedelta(days=3)], "b"))
    config = two_feeds(tmp_path, base)
    code, out, _ = run(config, "today", "--format", "text")
    assert code == 0
    assert (
        "No stories today; the latest are from 2024-03-02: `briefing today --date 2024-03-02`"
        in out
    )
    code, out, _ = run(config, "today", "--no-refresh", "--format", "markdown", "--date", "-1")
    assert "the latest are from 2024-03-02" in out
    code, out, _ = run(config, "today", "--no-refresh", "--format", "text", "--date", "2024-03-02")
    assert "Alpha reopens" in out.replace("\n    ", " ") or "Halvik reopens" in out


def test_date_yesterday_and_days_ago(tmp_path: Path, site: tuple[Path, str]) -> None:
    folder, base = site
    now = datetime.now(UTC)
    yesterday = datetime.combine(now.date() - timedelta(days=1), datetime.min.time(), UTC)
    two_ago = yesterday - timedelta(days=1)
    stamps = [yesterday + timedelta(hours=12), two_ago + timedelta(hours=12)]
    (folder / "alpha.xml").write_text(dated_feed("Alpha", stamps, "a"))
    (folder / "beta.xml").write_text(dated_feed("Beta", [], "b"))
    config = two_feeds(tmp_path, base)
    assert run(config, "refresh")[0] == 0
    for flag, guid in (("yesterday", "a-0"), ("-1", "a-0"), ("-2", "a-1")):
        code, out, err = run(config, "today", "--no-refresh", "--format", "json", "--date", flag)
        assert code == 0, err
        data = json.loads(out)
        assert [i["guid"] for s in data["stories"] for i in s["items"]] == [guid], flag
    code, _, err = run(config, "today", "--date", "-x")
    assert code == 2 and "yesterday or -2" in err


# Item 5: the first digest does not flood.


def test_first_digest_covers_the_last_day_and_marks_older_items_seen(
    tmp_path: Path, site: tuple[Path, str]
) -> None:
    folder, base = site
    now = datetime.now(UTC)
    recent = [now - timedelta(hours=3), now - timedelta(hours=20)]
    archive = [now - timedelta(days=d) for d in (2, 30, 400, 3000)]
    (folder / "alpha.xml").write_text(dated_feed("Alpha", recent + archive, "a"))
    (folder / "beta.xml").write_text(dated_feed("Beta", archive, "b"))
    config = two_feeds(tmp_path, base)
    assert run(config, "refresh")[0] == 0
    code, out, _ = run(config, "digest", "--format", "json")
    assert code == 0
    sent = [i for s in json.loads(out)["stories"] for i in s["new_items"]]
    assert sorted(sent) == ["a-0", "a-1"]
    # The archive was marked as seen: the next digest does not send it either.
    assert run(config, "digest")[1] == ""


def test_first_digest_since_a_week_and_a_story_of_another_day_shows_its_date(
    tmp_path: Path, site: tuple[Path, str]
) -> None:
    folder, base = site
    now = datetime.now(UTC)
    earlier = (now - timedelta(days=3)).replace(hour=8, minute=15, second=0, microsecond=0)
    (folder / "alpha.xml").write_text(dated_feed("Alpha", [earlier], "a"))
    (folder / "beta.xml").write_text(dated_feed("Beta", [now - timedelta(days=30)], "b"))
    config = two_feeds(tmp_path, base)
    assert run(config, "refresh")[0] == 0
    code, out, _ = run(config, "digest", "--since", "7d")
    assert code == 0
    assert f"{earlier:%Y-%m-%d} 08:15 UTC" in out
    assert "b-0" not in out and "https://b.example/0" not in out


# Item 6: cron mails once per failure.


def test_a_failure_is_named_when_it_starts_and_when_it_recovers(
    tmp_path: Path, site: tuple[Path, str]
) -> None:
    folder, base = site
    now = datetime.now(UTC)
    alpha = dated_feed("Alpha", [now - timedelta(hours=1)], "a")
    (folder / "alpha.xml").write_text(alpha)
    (folder / "beta.xml").write_text(dated_feed("Beta", [now - timedelta(hours=2)], "b"))
    config = two_feeds(tmp_path, base)
    assert run(config, "refresh", "--quiet") == (0, "", "")
    (folder / "alpha.xml").unlink()
    assert run(config, "refresh", "--quiet", "--force") == (
        0,
        "",
        "briefing: Alpha: HTTP 404 Not Found\n",
    )
    # Still failing: cron has nothing to mail.
    assert run(config, "refresh", "--quiet", "--force") == (0, "", "")
    code, _, err = run(config, "refresh", "--force")
    assert code == 0
    assert err.splitlines() == ["briefing: refreshed 2 feeds: 0 new items, 1 failed"]
    # Asked for by name, a feed has its failure named every time.
    assert run(config, "refresh", "--quiet", "--feed", "Alpha") == (
        1,
        "",
        "briefing: Alpha: HTTP 404 Not Found\n",
    )
    (folder / "alpha.xml").write_text(alpha)
    assert run(config, "refresh", "--quiet", "--force") == (
        0,
        "",
        "briefing: Alpha: recovered, fetched again\n",
    )


def test_the_digest_footer_says_still_failing_since_and_names_nothing_twice(
    tmp_path: Path, site: tuple[Path, str]
) -> None:
    folder, base = site
    now = datetime.now(UTC)
    (folder / "beta.xml").write_text(dated_feed("Beta", [now - timedelta(hours=2)], "b"))
    config = two_feeds(tmp_path, base)  # alpha.xml is missing from the start
    code, out, err = run(config, "digest", "--refresh")
    # Named once, on stderr, as it starts failing; not again in the footer.
    assert code == 0
    assert err == "briefing: Alpha: HTTP 404 Not Found\n"
    assert "Beta" in out and "Alpha" not in out
    (folder / "beta.xml").write_text(
        dated_feed("Beta", [now - timedelta(hours=2), now - timedelta(minutes=5)], "b")
    )
    later = now.timestamp() + 60  # past the Last-Modified of the first fetch
    os.utime(folder / "beta.xml", (later, later))
    code, out, err = run(config, "digest", "--refresh")
    assert (code, err) == (0, "")
    footer = out[out.index("Feeds with problems:") :].splitlines()
    assert footer[1].startswith("  ! Alpha: still failing since 20")
    assert footer[1].endswith("UTC: HTTP 404 Not Found")
    # Nothing new: nothing on stdout or stderr, so cron sends no mail.
    assert run(config, "digest", "--refresh") == (0, "", "")


def test_every_feed_failing_exits_1_for_today_and_digest_refresh(
    tmp_path: Path, site: tuple[Path, str]
) -> None:
    _, base = site
    config = two_feeds(tmp_path, base)  # neither file exists
    code, out, err = run(config, "today", "--format", "text")
    assert code == 1
    assert err == ""  # the printout lists them; stderr does not repeat them
    assert out.count("Alpha: HTTP 404") == 1 and out.count("Beta: HTTP 404") == 1
    code, out, err = run(config, "digest", "--refresh")
    assert code == 1 and out == ""
    assert err.count("HTTP 404") == 0  # both were named when they started failing
