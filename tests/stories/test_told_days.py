"""A report that dates its news to another day than its story's, but tells the story's day
too, is a later report of the story: the fire's second day, the flood's morning after.

A story whose reports date it to Monday and an item that dates its news to Tuesday are two
events of a topic when the item knows nothing of Monday (a strike and its end); when the
item itself tells what happened on Monday, it is the same event told a day on, as a pair of
items already was (see evidence.Evidence.score).
"""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

FIRST = _item(
    "first",
    1.0,
    "Landslide cuts Pellow coast road, cars trapped",
    "A hillside above the Pellow coast road gave way on Monday after three days of rain, "
    "burying two cars and cutting the only road between Pellow and Sarn, police said. "
    "Rescuers freed both drivers, who were taken to hospital in Sarn.",
)
LATER = _item(
    "later",
    7.0,
    "Diggers work through the night at Pellow landslide",
    "Teams with diggers kept working into Tuesday to reopen the coast road near Pellow, a day "
    "after Monday's slip, though fresh downpours hampered them, the highways agency said.",
)
STRIKE = _item(
    "strike",
    1.0,
    "Pellow bus drivers walk out over pay",
    "Bus drivers in Pellow stopped work on Monday in a dispute over pay, leaving the town's "
    "routes to Sarn without a service, their union said.",
)
OTHER_DAY = _item(
    "other",
    7.0,
    "Pellow bus drivers return to work",
    "Bus drivers in Pellow went back to work on Tuesday after their union accepted a pay "
    "offer, restoring the town's routes to Sarn, the company said.",
)


def test_a_report_that_tells_the_story_s_day_too_joins_it() -> None:
    assert _stories(FIRST, LATER) == [{"first", "later"}]


def test_a_report_of_another_day_that_knows_nothing_of_the_story_s_stays_apart() -> None:
    assert _stories(STRIKE, OTHER_DAY) == [{"other"}, {"strike"}]


HOURS_LATER = _item(
    "hours-later",
    11.0,
    "Pellow bus drivers return to work",
    "Bus drivers in Pellow went back to work on Tuesday after their union accepted a pay "
    "offer, restoring the town's routes to Sarn, the company said.",
)
NEXT_MORNING = _item(
    "next-morning",
    14.5,
    "Pellow coast road stays shut as rain goes on",
    "The coast road between Pellow and Sarn stayed closed on Tuesday where a hillside buried "
    "two cars, and the highways agency said rescuers and diggers faced more rain.",
)


def test_reports_half_a_day_apart_that_date_two_days_are_two_events() -> None:
    """Ten hours apart, the strike and the return to work are still two events."""
    assert _stories(STRIKE, HOURS_LATER) == [{"hours-later"}, {"strike"}]


def test_the_next_morning_s_report_dated_a_day_on_is_the_story_s() -> None:
    """More than half a day on, a report dates its news a day later as a matter of course: the
    road still shut the next morning is the landslide's story."""
    assert _stories(FIRST, NEXT_MORNING) == [{"first", "next-morning"}]


FOUND = _item(
    "found",
    1.0,
    "Two found unconscious at Pellow harbour, police seal off quay",
    "Police sealed off the north quay at Pellow harbour on Tuesday and said they were "
    "treating the illness of a man and a woman found unconscious on a bench as unexplained. "
    "Both are in hospital in Sarn in a critical condition.",
)
POLICE = _item(
    "police",
    3.0,
    "Update on the incident at Pellow harbour",
    "Pellow Police can confirm that a man and a woman remain in a critical condition in "
    "hospital in Sarn after they were found unconscious on the north quay at about 5pm "
    "yesterday (Monday). The quay will stay closed while our inquiries continue.",
)


def test_a_text_that_says_yesterday_knows_the_day_after_the_days_it_names() -> None:
    """The police's update dates the finding to "yesterday (Monday)": it was written on
    Tuesday, the day the report dates the sealed quay to."""
    assert _stories(FOUND, POLICE) == [{"found", "police"}]
