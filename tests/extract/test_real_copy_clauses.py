"""What a figure measures in market and company copy: a repeated figure is no subject, a
clause's subject may open with a participle or "average", and "costs" before a verb is a
noun. One test per rule.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures
from briefing.extract.participles import participle


def _contexts(text: str) -> dict[str, str]:
    return {f.text: f.context for f in extract_figures(text)}


def test_a_repeated_figure_is_not_what_the_next_one_measures() -> None:
    # The second 0.4% is listed once, but it still stands between the price and its subject.
    text = "Palm oil futures were up 12 ringgit, or 0.4%, at 3,410 ringgit, or 0.4%, at $98.10."
    assert _contexts(text)["$98.10"] == "Palm oil futures"


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("Turnover rose 6%, while operating expenses fell 3%.", "3%", "operating expenses"),
        (
            "Deliveries rose to 9,000 cars, while average selling prices slipped 2%.",
            "2%",
            "average selling prices",
        ),
        ("Orders grew 4% and outstanding loans shrank 1%.", "1%", "outstanding loans"),
    ],
)
def test_a_clause_s_subject_may_open_with_a_participle(
    text: str, figure: str, context: str
) -> None:
    assert _contexts(text)[figure] == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("Freight costs fell 8%.", "8%", "Freight costs"),
        ("The new terminal will cost $450 million.", "$450 million", "cost of new terminal"),
    ],
)
def test_costs_before_a_verb_is_a_noun(text: str, figure: str, context: str) -> None:
    assert _contexts(text)[figure] == context


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The death toll rose to 31 people on Sunday.", "death toll"),
        ("Tanker bookings climbed to 640 voyages from 590 voyages.", "Tanker bookings"),
    ],
)
def test_a_count_a_measure_rose_or_fell_to_is_that_measure_s(text: str, context: str) -> None:
    assert {f.context for f in extract_figures(text)} == {context}


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The central bank kept its deposit rate unchanged at 2.75%.", "deposit rate"),
        ("The reserve bank left its cash rate steady at 3.6%.", "cash rate"),
    ],
)
def test_a_rate_kept_unchanged_at_a_level_is_what_the_level_measures(
    text: str, context: str
) -> None:
    assert [f.context for f in extract_figures(text)] == [context]


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "At least 14 people were killed and 30 wounded in the blast.",
            "30 wounded",
            "people wounded",
        ),
        ("Three miners died and 12 were injured.", "12", "miners were injured"),
    ],
)
def test_a_bare_count_of_the_harmed_keeps_the_noun_and_takes_its_own_verb(
    text: str, figure: str, context: str
) -> None:
    assert _contexts(text)[figure] == context


def test_a_share_someone_had_is_had_by_them() -> None:
    text = "The incumbent had 54% of the vote."
    assert _contexts(text)["54%"] == "share of the vote had by incumbent"


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The odds of a match are one in 10,000.", "one in 10,000", 0.01),
        ("Its crash rate is one in 8 million flights.", "one in 8 million", 1.25e-05),
        ("Such a find is one in a million.", "one in a million", 0.0001),
        ("Nine out of 10.", "Nine out of 10", 90.0),
    ],
)
def test_odds_in_words_are_a_share_in_percent(text: str, figure: str, value: float) -> None:
    assert [(f.text, f.value, f.unit) for f in extract_figures(text)] == [
        (figure, value, "percent")
    ]


def test_a_loss_ratio_is_no_decrease() -> None:
    text = "The insurer's loss ratio was 62%, a one in 50 loss ratio year."
    assert [f.value for f in extract_figures(text)] == [62.0, 2.0]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The ministry trimmed its growth forecast to 2.4%.", "growth forecast"),
        ("The retailer scaled back its profit target to $90 million.", "profit target"),
    ],
)
def test_a_noun_after_an_owner_s_noun_is_no_verb(text: str, context: str) -> None:
    assert [f.context for f in extract_figures(text)] == [context]


@pytest.mark.parametrize(
    ("verb", "done"),
    [("carrying", "carried"), ("studying", "studied"), ("flies", "flown"), ("had", "had")],
)
def test_participles_of_verbs_in_y_and_of_have(verb: str, done: str) -> None:
    assert participle(verb) == done


def test_a_count_carried_reads_carried() -> None:
    assert [f.context for f in extract_figures("The crew was carrying 30 passengers.")] == [
        "passengers carried"
    ]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The agency said that exports rose 4.2%.", "exports"),
        ("Customs data showed imports fell 1.5%.", "imports"),
    ],
)
def test_a_reported_clause_s_plural_subject_is_what_its_change_measures(
    text: str, context: str
) -> None:
    assert [f.context for f in extract_figures(text)] == [context]


def test_a_subject_with_a_relative_clause_is_the_noun_before_it() -> None:
    text = "The toll from a ferry that capsized off Lisk on Tuesday has risen to 40."
    assert [f.context for f in extract_figures(text)] == ["toll from a ferry"]
