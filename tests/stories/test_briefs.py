"""A short report that pairs with one of a story's two reports joins it, by that one alone.

A story of two reports, the wire's and another outlet's piece from the families' side, has
two vocabularies: the event's (who was rescued where, how) and the families' (the wait, the
songs, the soup). A tabloid's brief in its own words shares the families' details and barely
a word of the wire's, so it links to one member, not two, and a story of two is too small
for its fit to show: it is a report of the story all the same. A brief whose headline names
someone neither report mentions keeps the two links a story of two asks for, as whole
articles do (see Clusterer._brief_of_a_pair).
"""

from __future__ import annotations

from dataclasses import replace

from tests.stories.test_teasers import _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Two climbers lifted off Mount Veldt after three nights on a ledge",
    "ARNHOLT, Sept 10 (Harbor Wire) - Mountain rescuers lifted two climbers off a narrow ledge "
    "on the north face of Mount Veldt on Wednesday after three nights in the open, the regional "
    "rescue service said. A helicopter reached them once the wind dropped below forty knots.\n"
    "Both men were flown to hospital in Arnholt with frostbite, the service said.",
)
FAMILIES = _item(
    "families",
    2.0,
    "'They sang to stay awake': the wait at the Veldt hut is over",
    "For three nights their mothers kept a pot of soup warm at the Veldt hut and listened to "
    "the rescue service on the radio. On Wednesday the helicopter came down from the north "
    "face of Mount Veldt with both climbers aboard, "
    "and the hut's guardian rang the old bell. The two friends told rescuers they had sung "
    "every song they knew to stay awake on the ledge.",
)
BRIEF = _item(
    "brief",
    3.0,
    "SAVED!",
    "Our brave boys sang all night long on a freezing rock, while their mums waited and "
    "prayed at the Veldt hut. Now they are coming home.",
)


def test_a_brief_that_pairs_with_one_report_of_two_joins_the_story() -> None:
    assert _stories(WIRE, FAMILIES, BRIEF) == [{"brief", "families", "wire"}]


def test_a_brief_naming_someone_neither_report_mentions_stays_apart() -> None:
    """The brief headlined with a village neither report mentions, which it names again: the
    home of another pair of climbers, whose mothers waited at the Veldt hut too."""
    other = replace(
        BRIEF,
        title="Tollerby boys sang all night",
        text=BRIEF.text.replace("Now they are", "Now the Tollerby boys are"),
    )
    assert {"brief"} in _stories(WIRE, FAMILIES, other)
