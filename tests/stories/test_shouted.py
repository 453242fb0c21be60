"""A tabloid's headline set all in capitals weighs as a word of its text: its lead tells
which event it reports ("FROM BILLIONAIRE TO THE DOCK" over the founder's charge)."""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Skater Lena Kors suspended after positive test for banned stimulant",
    "LINDPORT, March 3 (Northwire) - Olympic skating champion Lena Kors has been "
    "provisionally suspended after a sample she gave in January tested positive for the "
    "banned stimulant fenorex, the national anti-doping agency said on Tuesday.",
)
PAPER = _item(
    "paper",
    2.0,
    "Olympic champion Lena Kors fails drugs test",
    "Lena Kors, who won gold in the 1,000 metres two years ago, tested positive for fenorex "
    "and has been suspended while the anti-doping agency investigates.",
)


def test_a_shouted_tabloid_headline_joins_the_reports_its_lead_tells() -> None:
    tabloid = _item(
        "tabloid",
        3.0,
        "SHAME OF THE ICE QUEEN WHO FOOLED A WHOLE NATION",
        "Golden girl Lena Kors is out. Friends say she is devastated and will fight.",
    )
    assert _stories(WIRE, PAPER, tabloid) == [{"paper", "tabloid", "wire"}]


def test_a_shouted_headline_of_another_event_stays_apart() -> None:
    other = _item(
        "other",
        3.0,
        "ICE QUEEN'S NEW LOVE",
        "Skating star Mira Holm has been spotted holding hands with a footballer at a "
        "Lindport restaurant, friends say.",
    )
    assert _stories(WIRE, PAPER, other) == [{"other"}, {"paper", "wire"}]
