"""Two central banks that raise rates on one day are two stories: their reports share the
words of a rate decision, and often each other's bank (a neighbour's bigger move), but
each gives the level its own bank set (see stories/rates.py). One bank's reports give one
level, however they write it, and join."""

from __future__ import annotations

import pytest

from briefing.stories.rates import policy_rates
from briefing.summarize import summarize
from tests.stories.test_teasers import _item, _stories


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("The Bank of Aldmark raised its key rate to 4.25 percent on Thursday.", {4.25}),
        ("The central bank lifted its benchmark interest rate to 3.75% on Monday.", {3.75}),
        ("Policymakers left the repo rate at 6.5 pct for a third meeting.", {6.5}),
        # Other rates a decision's report gives: inflation's, the jobless', a mortgage's.
        ("The inflation rate reached 8.1 percent in May, the statistics office said.", set()),
        ("The unemployment rate fell to 4.9 percent in the second quarter.", set()),
        ("Average mortgage rates climbed to 6.2% this week, the lenders' group said.", set()),
        # A move's size is no level.
        ("The bank raised its key rate by 0.5 percentage points on Thursday.", set()),
    ],
)
def test_a_policy_rate_is_a_level_a_central_bank_sets(text: str, levels: set[float]) -> None:
    assert policy_rates(summarize(text).figures) == levels


ALDMARK_WIRE = _item(
    "aldmark-wire",
    1.0,
    "Aldmark central bank raises key rate 50 bps to 4.25 pct",
    "VESTRA, March 12 (Coastline) - Aldmark's central bank raised its key interest rate by "
    "half a percentage point to 4.25 percent on Thursday, its largest step in a decade, as "
    "inflation held above 6 percent for a fifth month.\n"
    "Governor Ilse Marhoff said the bank would do what it took to bring prices under control.",
    feed="Coastline",
)
ALDMARK_BRIEF = _item(
    "aldmark-brief",
    3.0,
    "Borrowers brace as Marhoff moves by half a point",
    "Aldmark's policy rate now stands at 4.25%, after the central bank's biggest rise in ten "
    "years. Governor Ilse Marhoff said prices were rising too fast to wait.",
    feed="Vestra Evening News",
)
CORVIN_WIRE = _item(
    "corvin-wire",
    2.0,
    "Corvin central bank raises key rate 25 bps to 2.75 pct",
    "OSSEL, March 12 (Coastline) - Corvin's central bank raised its key interest rate by a "
    "quarter of a percentage point to 2.75 percent on Thursday, a smaller step than "
    "neighbouring Aldmark took hours earlier, as inflation held above 3 percent.\n"
    "Governor Tomas Vell said the bank would move gradually and watch the currency.",
    feed="Coastline",
)
CORVIN_BRIEF = _item(
    "corvin-brief",
    4.0,
    "Vell keeps to small steps as Aldmark goes big",
    "Corvin's central bank lifted its benchmark rate a quarter point to 2.75%, half the move "
    "Aldmark made in the morning. Governor Tomas Vell said further rises would be gradual.",
    feed="Ossel Ledger",
)


def test_two_banks_rate_rises_of_one_day_are_two_stories() -> None:
    # Each bank's reports give its own level; Corvin's name Aldmark's move too.
    assert _stories(ALDMARK_WIRE, ALDMARK_BRIEF, CORVIN_WIRE, CORVIN_BRIEF) == [
        {"aldmark-brief", "aldmark-wire"},
        {"corvin-brief", "corvin-wire"},
    ]


def test_one_banks_reports_give_its_level_and_join() -> None:
    again = _item(
        "aldmark-again",
        5.0,
        "Aldmark rate rise to 4.25% was needed, Marhoff says",
        "Governor Ilse Marhoff said raising the key rate to 4.25% from 3.75% was needed "
        "because inflation had stayed above 6% for five months.",
        feed="Aldmark Business Daily",
    )
    assert _stories(ALDMARK_WIRE, ALDMARK_BRIEF, again) == [
        {"aldmark-again", "aldmark-brief", "aldmark-wire"}
    ]
