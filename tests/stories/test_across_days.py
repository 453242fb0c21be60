"""Stories followed across days: an event reported over two days is one story.

A day's briefing clusters its items with the day before's as context: the running
story keeps the id its first item gave it and shows only the day's items. Checked on
build_stories and through the real `briefing today --format json` on feeds served
on 127.0.0.1.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing.stories.build import build_stories, story_id
from tests.cli.test_hostile import run_cli
from tests.conftest import write_config
from tests.feedgen import news_rss
from tests.stories.test_stories import NOW, chess, dam, dam_next, plain

DAY_TWO = datetime(2031, 3, 4, tzinfo=UTC)
"""The day after test_stories' T0, when dam_next() is published."""


def test_a_day_shows_the_running_story_with_that_days_items_under_its_first_id() -> None:
    stories = build_stories(plain(dam(), chess(), dam_next()), now=NOW, since=DAY_TWO)
    (story,) = stories
    assert [item.key for item in story.items] == [dam_next().key]
    assert story.id == story_id(dam())
    assert story.why and "Northline Herald" in story.why[0]


def test_without_since_every_item_is_shown() -> None:
    stories = build_stories(plain(dam(), chess(), dam_next()), now=NOW)
    assert sorted(len(s.items) for s in stories) == [1, 2]


FLOOD_ONE = (
    "KORVAN (Northline Herald). Engineers opened the floodgates of the Veltra dam on Monday "
    "after the Sarn river rose two metres overnight, the regional water agency said. About "
    "1,200 residents of low-lying villages were moved to shelters."
)
FLOOD_TWO = (
    "KORVAN (Northline Herald). Engineers closed the floodgates of the Veltra dam on Tuesday as "
    "the Sarn river fell back, and the 1,200 residents moved from low-lying villages began "
    "returning home, the regional water agency said."
)
CHESS = (
    "LISMORE (Valley Post). A 14-year-old from Dunmarra won the national chess championship on "
    "Tuesday after a tense final game that lasted more than six hours."
)


def _day(config: Path, day: str) -> dict[str, list[str]]:
    """Story id → its items' guids, from `today --date DAY --format json`."""
    code, out, err = run_cli(config, "today", "--date", day, "--format", "json", "--no-refresh")
    assert code == 0, err
    return {s["id"]: [i["guid"] for i in s["items"]] for s in json.loads(out)["stories"]}


def test_today_shows_an_event_of_two_days_as_one_story_each_day(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    monday = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "herald.xml").write_text(
        news_rss(
            "Northline Herald",
            [
                ("flood-1", "Floodgates opened at Veltra dam as Sarn rises", FLOOD_ONE, monday),
                (
                    "flood-2",
                    "Veltra dam floodgates closed as Sarn river recedes",
                    FLOOD_TWO,
                    monday + timedelta(hours=25),
                ),
            ],
        ),
        encoding="utf-8",
    )
    (feeds / "post.xml").write_text(
        news_rss(
            "Valley Post",
            [
                (
                    "chess-1",
                    "Dunmarra teenager wins chess title",
                    CHESS,
                    monday + timedelta(hours=26),
                )
            ],
        ),
        encoding="utf-8",
    )
    base = serve_dir(feeds)
    config = write_config(
        tmp_path / "c.toml",
        [("Northline Herald", base + "herald.xml"), ("Valley Post", base + "post.xml")],
        tmp_path / "data",
    )
    code, _, err = run_cli(config, "refresh")
    assert code == 0, err
    (first,) = _day(config, "2025-03-03")
    second = _day(config, "2025-03-04")
    # The flood's story of Tuesday is Monday's, with Tuesday's item only.
    assert second[first] == ["flood-2"], second
    assert sorted(second.values()) == [["chess-1"], ["flood-2"]]
