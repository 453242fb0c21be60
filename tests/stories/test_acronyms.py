"""A body one outlet names in full and another by its initials is one name (see
stories/acronyms.py). Every headline and text here is invented for the test."""

from __future__ import annotations

from datetime import timedelta

from briefing.stories.build import StoryIndex, build_stories
from briefing.summarize import summarize
from tests.stories.test_teasers import T0, _item, _stories

# The two headlines share no word but the body's name, one in full and one by its initials.
FULL = "Kestrian Harbour Safety Board inquiry blames the crew for the fire"
SHORT = "KHSB report faults sailors over engine-room blaze"


def test_a_body_named_in_full_and_by_its_initials_joins() -> None:
    stories = _stories(
        _item("full", 1.0, FULL, FULL, feed="Ledger"),
        _item("short", 1.5, SHORT, SHORT, feed="Courier"),
    )
    assert stories == [{"full", "short"}]


def test_the_initials_read_before_the_full_name_join_it_too() -> None:
    stories = _stories(
        _item("short", 1.0, SHORT, SHORT, feed="Courier"),
        _item("full", 1.5, FULL, FULL, feed="Ledger"),
    )
    assert stories == [{"full", "short"}]


def test_initials_no_item_spells_out_add_nothing() -> None:
    # "KHSB" is met, but no full name with those initials: two events stay two.
    other = "Varsk council votes to rebuild its old market hall before the winter fair"
    stories = _stories(
        _item("short", 1.0, SHORT, SHORT, feed="Courier"),
        _item("other", 1.5, other, other, feed="Ledger"),
    )
    assert stories == [{"other"}, {"short"}]


def test_initials_met_in_a_later_batch_give_what_building_at_once_gives() -> None:
    items = [
        _item("full", 1.0, FULL, FULL, feed="Ledger"),
        _item("other", 1.2, "Varsk council votes to rebuild its market hall", "", feed="Post"),
        _item("short", 1.5, SHORT, SHORT, feed="Courier"),
    ]
    entries = [(item, summarize(item.text)) for item in items]
    index = StoryIndex(entries[:1])
    index.add(entries[1:])
    now = T0 + timedelta(days=1)
    assert index.stories(now=now) == build_stories(entries, now=now)
