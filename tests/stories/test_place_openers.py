"""A headline that opens with a place's name names that place (headlines._PLACE_NAME).

In a headline in sentence case a capital after the first word shows a name, but the first
word is capitalised whatever it is, and is read as a name only where the text writes it so.
A short report may give its town and never its valley: "Tamsel Valley fire: ..." over lines
on Orlen. The capital of "Valley" shows that "Tamsel" is a name all the same, so that a fire
in another valley that day, whose headline names its own, is told apart from it, while the
wire's report of the Tamsel fire still joins.
"""

from __future__ import annotations

from briefing.stories.headlines import headline_names
from tests.stories.test_teasers import _item, _stories

BRENMOOR = _item(
    "brenmoor",
    1.0,
    "Brenmoor Valley residents ordered out as forest fire spreads",
    "Civil protection officials ordered 900 homes in the Brenmoor Valley evacuated on "
    "Wednesday as a forest fire burned towards the village of Askeby. About 1,200 hectares "
    "of pine have burned, firefighters said.",
)
TAMSEL = _item(
    "tamsel",
    3.0,
    "Tamsel Valley fire: 3,100 hectares burned, evacuation zone widened",
    "Crews widened the evacuation zone around Orlen on Wednesday evening as the fire's "
    "northern edge crossed the main road. Smoke warnings now cover the whole valley.",
)
TAMSEL_WIRE = _item(
    "tamsel-wire",
    5.0,
    "Wildfire forces thousands from homes in Tamsel Valley",
    "ORLEN (Coast Press) - A wildfire driven by dry winds forced thousands of people from "
    "their homes in the Tamsel Valley on Wednesday, burning some 3,100 hectares around the "
    "town of Orlen, the fire service said.",
)


def test_a_place_that_opens_a_headline_is_a_name() -> None:
    assert headline_names(TAMSEL.title, TAMSEL.text) == ["Tamsel"]
    # Not a word before a common noun, nor a headline in title case.
    assert headline_names("Forest fire spreads in the valley", "Forest fire.") == []
    assert headline_names("Tamsel Valley Fire Forces Thousands Out", "") == []


def test_two_valleys_fires_of_one_day_stay_apart() -> None:
    assert _stories(BRENMOOR, TAMSEL) == [{"brenmoor"}, {"tamsel"}]


def test_the_wires_report_joins_its_valleys_fire() -> None:
    assert _stories(BRENMOOR, TAMSEL, TAMSEL_WIRE) == [{"brenmoor"}, {"tamsel", "tamsel-wire"}]
