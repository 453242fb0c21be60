"""A brief's full names are most of what it says: they count for more there.

A tabloid's or a radio's few lines about a charge, a ban or a verdict shout a headline of
their own ("FROM PENTHOUSE TO THE DOCK") and share little with the wire's report but the
person's full name. Each full name two items share adds evidence.BRIEF_NAMED to their
score where either is a brief (under signals.BRIEF_CHARS of text), NAMED between two longer
items, whose names are more often the background's; a place's name (after "in", "at"...)
counts NAMED whatever the items' length.
"""

from __future__ import annotations

from briefing.models import Item
from tests.stories.test_teasers import _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Property developer charged with defrauding pension savers",
    "HARLOW BAY, May 6 (Coastline) - Prosecutors charged property developer Corvin Aldwell "
    "on Tuesday with 14 counts of fraud, saying his firm Brightmoor Homes took deposits from "
    "some 900 retired savers for flats that were never built.\n"
    "Aldwell, 58, was released on bail and is due to appear before magistrates next month. "
    "His lawyers said he would contest every charge.",
)
PAPER = _item(
    "paper",
    2.0,
    "Brightmoor founder faces fraud counts over unbuilt flats",
    "Corvin Aldwell, who built Brightmoor Homes into one of the coast's best-known developers, "
    "was charged with fraud after an inquiry into deposits paid by pensioners.\n"
    "Savers who lost money said they had waited years for keys to flats that only existed "
    "on brochures.",
)


def _brief(who: str) -> Item:
    return _item(
        "tabloid",
        3.0,
        "FROM PENTHOUSE TO THE DOCK",
        f"Flash {who}, who threw champagne parties on his yacht, was last night facing jail. "
        'Widow Maureen, 81, said: "He took my life savings with a smile."',
    )


def test_a_brief_that_names_the_accused_joins_the_reports_of_the_charge() -> None:
    assert _stories(WIRE, PAPER, _brief("tycoon Corvin Aldwell")) == [{"paper", "tabloid", "wire"}]


def test_the_same_brief_without_the_name_stays_apart() -> None:
    assert _stories(WIRE, PAPER, _brief("tycoon")) == [{"paper", "wire"}, {"tabloid"}]


def test_a_brief_that_shares_only_a_citys_name_stays_apart() -> None:
    """A town's name is a full name too, but a place's: the mayor's resignation and the
    fire in the town's harbour are two events."""
    fire = _item(
        "fire",
        1.0,
        "Blaze destroys boatyard in Port Ellery harbour",
        "A fire destroyed a boatyard and three moored yachts in Port Ellery overnight, the "
        "fire service said. Nobody was hurt; the cause is not yet known.\n"
        "Crews from four stations fought the flames for six hours before the blaze was out.",
    )
    mayor = _item(
        "mayor",
        2.0,
        "CHAIN GANG CHIEF QUITS",
        "Port Ellery's mayor walked out of the town hall last night after a row over "
        "parking fines. Locals said good riddance.",
    )
    assert _stories(fire, mayor) == [{"fire"}, {"mayor"}]
