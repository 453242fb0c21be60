"""An item that carries only its headline shows it once: no lead repeating the title."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

from tests.clirun import run
from tests.conftest import earlier_today, write_config

TITLE = "Harbour bridge reopens after a week of repairs"


def _feed() -> str:
    when = format_datetime(earlier_today(timedelta(minutes=30)))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Quay Post</title><link>https://quay.example/</link>
<item><title>{TITLE}</title><link>https://quay.example/1</link><guid>q-1</guid>
<pubDate>{when}</pubDate></item>
</channel></rss>"""


def test_a_title_only_item_shows_its_headline_once(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "quay.xml").write_text(_feed(), encoding="utf-8")
    config = write_config(
        tmp_path / "config.toml", [("Quay Post", serve_dir(site) + "quay.xml")], tmp_path / "d"
    )
    for args in (("today",), ("digest",)):
        code, out, _ = run(config, *args)
        assert code == 0, out
        assert out.count(TITLE) == 1, (args, out)
    code, out, _ = run(config, "today", "--format", "markdown")
    assert code == 0, out
    # the heading and the source's link text, never a lead paragraph between them
    assert out.count(TITLE) == 2 and f"\n{TITLE}\n" not in out, out
