"""A title in a headline names no one (Evidence.names_a_stranger leaves out names.TITLE_TOKENS).

Two headlines that each name someone the other item never mentions tell two events of one
topic (Evidence.score). State media tell the talks their country holds without its name and
with its envoy's rank, capitalised: "Delegation led by First Vice-Premier arrives in Torsby".
The rank is no one the wire's report lacks, so the two stay one story; another country's talks
that day, whose headline names that country, still stay apart.
"""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Varkesh sits down with Coastal Union envoys in first talks since missile test",
    "TORSBY (Harbor Wire) - Envoys from Varkesh and the Coastal Union met in Torsby on Tuesday "
    "for their first talks since Varkesh's missile test in March, opening negotiations that "
    "could ease an oil embargo on the country.\n"
    "The two delegations met for four hours at the Union's lakeside guest house. Neither "
    "side gave details of the talks.",
)
STATE = _item(
    "state",
    3.0,
    "Delegation led by First Vice-Premier arrives in Torsby",
    "A delegation of the Republic led by First Vice-Premier Adon Meshkel arrived in Torsby on "
    "Tuesday for negotiations with the Coastal Union on lifting the illegal oil embargo. The "
    "delegation will defend the nation's dignity.",
)


def test_state_medias_brief_joins_the_wires_report_of_the_talks() -> None:
    assert _stories(WIRE, STATE) == [{"state", "wire"}]


def test_another_countrys_talks_that_day_stay_apart() -> None:
    other = _item(
        "other",
        4.0,
        "Delegation led by Vice-Premier Halden opens Ostmark border talks with Pellia",
        "A delegation led by Vice-Premier Orsa Halden opened negotiations with Pellia in "
        "Kessby on Tuesday on reopening the Ostmark border crossings, closed since January.",
    )
    assert _stories(WIRE, STATE, other) == [{"other"}, {"state", "wire"}]
