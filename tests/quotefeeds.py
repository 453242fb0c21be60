"""Two small wire feeds of our own words whose quotes test the quote archive.

Who says what (as the summarizer reads it):
- Anselm Kade (a governor) and Mira Kade (a union chair) share a surname: two people.
  Anselm's harbour quote is carried by both outlets (one archive entry, two outlets);
  a later story names only "Governor Kade", which may be either of them.
- Olen Brisk is named in full once and as "Minister Brisk" in another outlet's story:
  one person.
- A treasury official is described, never named.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import write_config
from tests.feedgen import news_rss

Story = tuple[str, str, datetime, str]
"""(guid, title, published, text) of one item."""


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC)


HARBOUR: list[Story] = [
    (
        "hl-ferry",
        "Ferry terminal opens in Port Anselm",
        _at(23, 9),
        "PORT ANSELM (Harbour Ledger). Governor Anselm Kade opened the new ferry terminal on "
        "Monday. “The harbour will never close again,” Kade said. Mira Kade, who chairs the "
        "dockworkers' union, was less sure. “We have heard promises before,” Mira Kade said.",
    ),
    (
        "hl-fares",
        "Tram fares to rise in March",
        _at(24, 10),
        "LINNET BAY (Harbour Ledger). Transport Minister Olen Brisk said tram fares would rise "
        "in March. “Fares have not moved in ten years,” Brisk said.",
    ),
    (
        "hl-bonds",
        "Bond sale falls short",
        _at(25, 8),
        "OROMIR (Harbour Ledger). The bond sale raised less than hoped. “Investors were "
        "cautious,” said a treasury official.",
    ),
]
MERIDIAN: list[Story] = [
    (
        "mw-ferry",
        "Port Anselm gets its ferry terminal",
        _at(23, 11),
        "PORT ANSELM (Meridian Wire). The new ferry terminal opened on Monday. “The harbour "
        "will never close again,” Governor Anselm Kade told the crowd.",
    ),
    (
        "mw-grain",
        "Governor visits Halvik grain silos",
        _at(26, 9),
        "HALVIK (Meridian Wire). Governor Kade visited the grain silos on Tuesday. “Every "
        "farmer will be paid by Friday,” Governor Kade said.",
    ),
    (
        "mw-trams",
        "Night trams return to Linnet Bay",
        _at(26, 14),
        "LINNET BAY (Meridian Wire). Night trams return next month. “Trams will run all "
        "night,” Minister Brisk said on Wednesday.",
    ),
]


def _rss(name: str, site: str, stories: list[Story]) -> str:
    return news_rss(name, [(guid, title, text, when) for guid, title, when, text in stories], site)


def write_site(
    folder: Path, harbour: list[Story] = HARBOUR, meridian: list[Story] = MERIDIAN
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "harbour.xml").write_text(_rss("Harbour Ledger", "harbour.example", harbour), "utf-8")
    (folder / "meridian.xml").write_text(
        _rss("Meridian Wire", "meridian.example", meridian), "utf-8"
    )


def quote_config(tmp_path: Path, base: str, **keys: object) -> Path:
    """A config of the two feeds served at `base`, its data dir under `tmp_path`."""
    feeds = [("Harbour Ledger", f"{base}harbour.xml"), ("Meridian Wire", f"{base}meridian.xml")]
    return write_config(tmp_path / "config.toml", feeds, tmp_path / "data", **keys)
