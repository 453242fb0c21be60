"""A story's figures agree: two items that give one measure values far apart (a coin at
$6,000 and at $9,400) tell two events of one topic, read on one day; reports of one event
give its figures alike ($6,000 and about $6,050) and join."""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

FALL = _item(
    "fall",
    1.0,
    "Velo coin at $6,000 as Ardal regulator warns exchanges",
    "The Velo coin traded at $6,000 on Wednesday after Ardal's markets regulator said "
    "trading platforms would need a licence by June.\n"
    "Traders said the warning weighed on smaller tokens too.",
    feed="Ledger Times",
)
RALLY = _item(
    "rally",
    3.0,
    "Velo coin at $9,400 as funds pile in",
    "The Velo coin traded at $9,400 on Wednesday as investment funds piled into digital "
    "tokens after the first coin fund opened in Ardal.\n"
    "Dealers said smaller tokens gained too.",
    feed="Chain Wire",
)
SAME = _item(
    "same",
    2.0,
    "Velo near $6,000 after licence warning",
    "The Velo coin was trading at about $6,050 on Wednesday after Ardal's markets regulator "
    "told trading platforms they would need a licence by June.",
    feed="Daily Chain",
)


def test_one_measure_far_apart_is_two_events() -> None:
    assert _stories(FALL, RALLY) == [{"fall"}, {"rally"}]


def test_one_measure_alike_is_one_event() -> None:
    assert _stories(FALL, SAME) == [{"fall", "same"}]


PENALTY = _item(
    "penalty",
    1.0,
    "Harrowgate Bank to pay record $640m fine over unreported deposits",
    "Harrowgate Bank will pay a record $640 million fine for failing to tell the financial "
    "intelligence agency about 23,000 cash deposits on time, the agency said on Tuesday.\n"
    "Every cash deposit of $10,000 or more must be reported within ten days.",
    feed="Coast Wire",
)
RULING = _item(
    "ruling",
    3.0,
    "'Serious and long-running': judge signs off on lender's settlement",
    "A federal judge approved the $640 million cash settlement over unreported deposits that "
    "Harrowgate reached last month, saying the lender's failures had gone on for years.",
    feed="Morning Courier",
)


def test_values_thousands_of_times_apart_are_two_quantities_not_one_measure() -> None:
    # Both give the $640 million penalty; the wire gives the $10,000 of each deposit too,
    # near "cash" as the ruling's $640 million is: a penalty and a deposit are two
    # quantities, not one measure's two values, and the reports join.
    assert _stories(PENALTY, RULING) == [{"penalty", "ruling"}]
