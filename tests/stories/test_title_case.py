"""A headline-only item in title case names no one by its capitals.

Aggregators and headline-only feeds give an item's headline as its text too, and many
outlets write headlines in title case ("Lumo Visor 2 Price Rise Worries Analysts"):
there every word is capitalised, so read as names, each of two outlets' headlines of one
event would name "strangers" the other never mentions (Worries, Holiday; Thinking, Order) and the
pair would count as two events of one topic. Such a text's capitals are no names; a text of
its own under a title-case headline still names whom it capitalises inside its sentences.
"""

from __future__ import annotations

from briefing.stories.languages import ENGLISH
from briefing.stories.signals import make_doc
from tests.stories.test_teasers import _item, _stories

BACKGROUND = [
    "Storm Warning Issued For Northern Coast As Winds Strengthen",
    "City Council Approves New Budget After Late-Night Vote",
    "Local Team Wins Championship In Overtime Thriller",
    "Museum Unveils Restored Painting After Decade Of Work",
    "School Board Delays Decision On Later Start Times",
    "Airport Expansion Plan Faces Fresh Legal Challenge",
    "Housing Prices Cool For Third Straight Month",
    "Farmers Brace For Dry Summer As Reservoirs Fall",
    "Hospital Opens New Wing For Children's Care",
    "Tech Startup Raises Funds To Expand Delivery Robots",
    "Singer Announces Farewell Tour Dates For Next Year",
    "Police Investigate Break-In At Downtown Jewelry Store",
]
"""Other outlets' headline-only items of the hour, in title case: the day's other words."""


def test_two_outlets_title_case_headlines_of_one_event_join() -> None:
    day = [
        _item(f"other{n}", 0.1 * n, title, title, feed=f"Desk {n}")
        for n, title in enumerate(BACKGROUND)
    ]
    one = "Lumo Visor 2 Price Rise Worries Analysts Ahead Of Holiday Sales"
    two = "Thinking Of Getting A Lumo Visor 2? Order One This Week"
    stories = _stories(
        *day,
        _item("one", 2.0, one, one, feed="Ledger"),
        _item("two", 2.5, two, two, feed="Courier"),
    )
    assert {"one", "two"} in stories


def _names(title: str, text: str) -> frozenset[str]:
    item = _item("x", 1.0, title, text)
    return make_doc(0, item, None, frozenset(), text, title, ENGLISH, None).name_tokens


def test_a_title_case_text_that_is_its_headline_names_no_one() -> None:
    title = "Lumo Visor 2 Price Rise Worries Analysts Ahead Of Holiday Sales"
    assert _names(title, title) == frozenset()


def test_a_text_of_its_own_still_names_whom_it_capitalises() -> None:
    title = "Lumo Visor 2 Price Rise Worries Analysts Ahead Of Holiday Sales"
    text = (
        "The maker of the Lumo Visor raised its price by a fifth, said Dana Okafor of Brightline."
    )
    assert {"okafor", "brightlin"} <= _names(title, text)
