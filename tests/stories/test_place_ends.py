"""The last word of a place's name is no subject (names.subject_name, extract.vocab.PLACE_ENDS).

A name both headlines give tells one event where their texts share more (Evidence._title_name),
but "Island" of one island and "Islands" of another are no one's name: a missile that came down
off one island and a quake in an island chain on the same day shared it, and the kilometres
their reports give, and the quake joined the missile. The quake's own report still joins its
listing on the place and the magnitude.
"""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

MISSILE = _item(
    "missile",
    1.0,
    "Darvania fires missile into sea east of Harlan's Corrin Island",
    "TESKA, May 14 (Harbor Wire) - Darvania fired a ballistic missile early on Wednesday that "
    "came down in the sea about 180 km (112 miles) east of Harlan's Corrin Island, Harlan's "
    "defence ministry said, the first launch this year.\n"
    "The missile flew for 17 minutes and reached an altitude of some 800 km, the ministry "
    "said. No ships or aircraft were hit.",
)
LISTING = _item(
    "listing",
    2.0,
    "M 5.4 - 12 km NE of Port Alva, Veskar Islands",
    "2031-05-14 06:12:09 UTC. Depth 20.0 km. Review status: automatic.",
)
QUAKE = _item(
    "quake",
    4.0,
    "Quake kills three in Veskar Islands",
    "PORT ALVA, Veskar Islands (Coast Press) - A magnitude 5.4 earthquake shook the Veskar "
    "Islands on Wednesday, killing three people when a sea wall gave way, officials said. "
    "The quake struck at sea about 12 kilometres north-east of Port Alva.",
)


def test_an_island_and_another_islands_quake_stay_apart() -> None:
    assert _stories(MISSILE, LISTING) == [{"listing"}, {"missile"}]


def test_the_quakes_report_joins_its_listing_and_not_the_missile() -> None:
    assert _stories(MISSILE, LISTING, QUAKE) == [{"listing", "quake"}, {"missile"}]
