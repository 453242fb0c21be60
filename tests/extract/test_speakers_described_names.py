"""A description of a body's officer with the name after it ("The leader of the Harbor Civic
League, Jonathan Reed, warned that ..."), the wires' and the papers' usual way to bring in a
group's spokesperson: the name speaks, a later "he" is that person, and the body's name is no
person's.

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import pytest

from tests.extract.readers import speakers_of

_GROUPS = "Lawmakers condemned it. “It is a danger,” said Omar Frej, a member of parliament. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The name between the description's phrase and its verb (before, the description).
        (
            "The leader of the league, Jonathan Reed, warned that the ban would be “unfair.”",
            "Jonathan Reed",
        ),
        (
            "The head of Harbor Civic League, Jonathan Reed, said the ban would be “unfair.”",
            "Jonathan Reed",
        ),
        # A place set off by commas is no name (guard: passes before too).
        ("The mayor of Santa Fe, New Mexico, said the ban would be “unfair.”", "mayor of Santa Fe"),
        # A body's last word (League, Federation, Club...) ends a body's name, no person's: the
        # description speaks (before, a person named "Harbor Civic League").
        (
            "The leader of the Harbor Civic League warned that the ban would be “unfair.”",
            "leader of the Harbor Civic League",
        ),
    ],
)
def test_the_name_after_a_description_and_its_comma_speaks(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_a_later_he_is_the_named_officer_not_a_person_named_before() -> None:
    # "the leader of" a body named there points back to no one named before it (before, the
    # second quote went to the body, then to the member of parliament).
    text = (
        _GROUPS + "The leader of the Harbor Civic League, Jonathan Reed, warned that the ban"
        " would be “unfair.” He said residents “know what can happen” next."
    )
    assert speakers_of(text) == ["Omar Frej", "Jonathan Reed", "Jonathan Reed"]


def test_a_role_alone_still_points_back_to_the_person_named_before() -> None:
    # (guard: passes before too)
    text = "President Ali Veran spoke first. “We will not yield,” the leader said."
    assert speakers_of(text) == ["Ali Veran"]
