"""A share (a percentage) counts as a shared figure only with what it measures in common.

Two polls of one week give 41% of different things (a candidate's lead in one state, a
rival's approval); two reports of one poll give 41% of the same thing. Other figures (sums
of money, counts, distances) count on their value and unit alone: they rarely coincide.
"""

from __future__ import annotations

from datetime import UTC, datetime

from briefing.models import Item
from briefing.stories.figures import shared_figures
from briefing.stories.signals import Doc, make_doc
from briefing.summarize import summarize

T0 = datetime(2031, 6, 2, 9, 0, tzinfo=UTC)


def _doc(key: str, title: str, text: str) -> Doc:
    item = Item(f"Outlet {key}", key, key, title, None, T0, text)
    return make_doc(0, item, summarize(text), frozenset())


HARLOW = _doc(
    "harlow",
    "Vance leads Okoro in Tesk poll",
    "Mara Vance leads Tomas Okoro by 44 percent to 41 percent among likely voters in Tesk, "
    "a Harlow University poll showed on Monday.",
)
HARLOW_AGAIN = _doc(
    "again",
    "Vance ahead in Tesk",
    "A Harlow University survey gives Mara Vance 44 percent of likely voters in Tesk to 41 "
    "percent for Tomas Okoro.",
)
APPROVAL = _doc(
    "approval",
    "Okoro's approval slips",
    "Only 41 percent of adults approve of the way Tomas Okoro handles the economy, a "
    "Meridian survey found on Tuesday.",
)


def test_a_share_of_the_same_measure_is_shared() -> None:
    assert shared_figures(HARLOW, HARLOW_AGAIN) >= 1


def test_a_share_of_another_measure_is_not() -> None:
    assert HARLOW.measures and APPROVAL.measures
    assert {m[:2] for m in HARLOW.measures} & {m[:2] for m in APPROVAL.measures}  # 41 percent
    assert shared_figures(HARLOW, APPROVAL) == 0


def test_a_sum_of_money_counts_on_its_value() -> None:
    one = _doc("one", "Port deal", "Kestra Ports agreed to buy the Alda terminal for $4.3 billion.")
    two = _doc(
        "two", "Terminal sold", "The Alda terminal goes to Kestra Ports in a $4.3 billion deal."
    )
    assert shared_figures(one, two) == 1
