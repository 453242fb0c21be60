"""A story's figures agree: two items that give one measure values far apart (a coin at
$6,000 and at $9,400) tell two events of one topic, read on one day; reports of one event
give its figures alike ($6,000 and about $6,050) and join."""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

FALL = _item(
    "fall",
    1.0,
    "Velo coin at $6,000 as Ardal regulator warns exchanges",
    "The Velo coin traded at $6,000 on Wednesday after Ardal's markets regulator said "
    "trading platforms would need a licence by June.\n"
    "Traders said the warning weighed on smaller tokens too.",
    feed="Ledger Times",
)
RALLY = _item(
    "rally",
    3.0,
    "Velo coin at $9,400 as funds pile in",
    "The Velo coin traded at $9,400 on Wednesday as investment funds piled into digital "
    "tokens after the first coin fund opened in Ardal.\n"
    "Dealers said smaller tokens gained too.",
    feed="Chain Wire",
)
SAME = _item(
    "same",
    2.0,
    "Velo near $6,000 after licence warning",
    "The Velo coin was trading at about $6,050 on Wednesday after Ardal's markets regulator "
    "told trading platforms they would need a licence by June.",
    feed="Daily Chain",
)


def test_one_measure_far_apart_is_two_events() -> None:
    assert _stories(FALL, RALLY) == [{"fall"}, {"rally"}]


def test_one_measure_alike_is_one_event() -> None:
    assert _stories(FALL, SAME) == [{"fall", "same"}]
