"""A report that pairs with one of a story's reports and shares its headline's words joins it.

A story of two reports, the wire's and another outlet's explainer, has two vocabularies: the
event's (who died where) and the explainer's (why the rain fell). A third outlet's short
report of the event pairs well with the wire's report and barely with the explainer, so it
links to one member, not two; when its headline shares the wire's rare word and another
(the town and its dead), it is a report of the story all the same. Another event of one
kind on the day (a second town's flood) pairs with the wire's report on the words of
floods, but its headline names its own town: it stays apart.
"""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Five dead as River Adran floods the town of Kelmby",
    "KELMBY, Sept 10 (Harbor Wire) - Five people died and hundreds left their homes on "
    "Wednesday after the River Adran burst its banks in the town of Kelmby, the regional fire "
    "service said. Water rose two metres in the old town overnight, and crews in boats took "
    "families from upper windows.\n"
    "The fire service said two of the dead were found in a flooded underpass.",
)
EXPLAINER = _item(
    "explainer",
    3.0,
    "Why a month of rain fell on the Adran valley in one day",
    "The River Adran burst its banks overnight because a slow band of thunderstorms stalled "
    "over the Tarn hills for eighteen hours, the regional fire service and forecasters said, "
    "dropping as much rain as the valley usually sees in September. The ground, soaked by a wet "
    "winter, could take none of it, and the valley's steep sides funnelled the water into "
    "the river within hours.\n"
    "Forecasters at the national weather office said such stalled storms were becoming more "
    "common as the seas warm, and that their models had seen the rain coming two days ahead.",
)

LOCAL = _item(
    "local",
    5.0,
    "Kelmby counts its dead",
    "Five dead, the old town under water and a mayor close to tears: Kelmby woke up to mud in "
    "every street on Wednesday. Crews in boats searched homes until dawn.",
)


def test_a_report_that_shares_the_wires_headline_words_joins_the_story() -> None:
    assert _stories(WIRE, EXPLAINER, LOCAL) == [{"wire", "explainer", "local"}]


def test_another_towns_flood_on_the_day_stays_apart() -> None:
    other = _item(
        "other",
        5.0,
        "Two dead as River Sollen floods Dunmarsh",
        "DUNMARSH, Sept 10 (Coast Press) - Two people died on Wednesday after the River Sollen "
        "burst its banks in Dunmarsh, the fire service said. Crews in boats took families "
        "from their homes overnight.",
    )
    assert {"other"} in _stories(WIRE, EXPLAINER, other)


def test_it_joins_a_larger_story_whose_other_reports_it_barely_shares_words_with() -> None:
    insurers = _item(
        "insurers",
        4.0,
        "Insurers brace for a wave of claims from the Adran valley floods",
        "Insurers expect thousands of claims after the River Adran burst its banks overnight, "
        "their trade body said, with early estimates of the damage near 40 million crowns. "
        "Forecasters and the regional fire service said the water rose faster than in any flood "
        "since records began in the valley.",
    )
    stories = _stories(WIRE, EXPLAINER, insurers, LOCAL)
    assert {"wire", "explainer", "insurers", "local"} in stories


def test_a_report_that_came_before_the_wire_is_taken_in_when_the_wire_joins() -> None:
    # Published in the other order: the explainer first, then the local report, which pairs
    # with neither yet, then the wire's report, which joins the explainer's story.
    early = [
        _item(item.key, hours, item.title, item.text or "")
        for item, hours in ((EXPLAINER, 1.0), (LOCAL, 2.0), (WIRE, 3.0))
    ]
    assert _stories(*early) == [{"wire", "explainer", "local"}]
