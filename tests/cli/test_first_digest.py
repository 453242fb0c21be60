"""A first digest marks the backlog as seen without sending it; a story of the backlog that
grew since is new to the reader, not an update of something they were sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from tests.clirun import run
from tests.conftest import write_config

TITLE = "Ferry operator adds winter crossings to the Skerry islands"
TEXT = (
    "The Skerry ferry operator will add two winter crossings a week from December, it said, "
    "after islanders complained that storms had cut them off for days at a time last year. "
    "The extra sailings will use the smaller of its two boats."
)


def _feed(name: str, age: timedelta) -> str:
    when = format_datetime(datetime.now(UTC) - age)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{name}</title><link>https://{name}.example/</link>
<item><title>{TITLE}</title><link>https://{name}.example/ferry</link><guid>{name}-1</guid>
<pubDate>{when}</pubDate><description>{TEXT}</description></item>
</channel></rss>"""


def test_a_backlog_story_in_the_first_digest_is_new_not_updated(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.xml").write_text(_feed("harbourpost", timedelta(hours=30)), encoding="utf-8")
    (site / "new.xml").write_text(_feed("islandwire", timedelta(hours=1)), encoding="utf-8")
    base = serve_dir(site)
    config = write_config(
        tmp_path / "config.toml",
        [("Harbour Post", base + "old.xml"), ("Island Wire", base + "new.xml")],
        tmp_path / "data",
    )
    code, out, _ = run(config, "digest", "--refresh")
    assert code == 0, out
    assert ": 1 new, 0 updated" in out.splitlines()[0], out
    assert "Updated stories" not in out
