"""Real copy's shares, labels and units: one test per rule.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures
from tests.extract.readers import contexts_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the survey 3 out of 4 farmers backed the levy.", [("3 out of 4", 75.0)]),
        ("Seven out of ten parents want longer breaks.", [("Seven out of ten", 70.0)]),
        ("Only two out of 5 buses ran on time.", [("Only two out of 5", 40.0)]),
        ("The striker scored in 12 out of 12 matches.", [("12 out of 12", 100.0)]),
        ("Three in four tenants pay more than before.", [("Three in four", 75.0)]),
        ("One in 20 homes lost power.", [("One in 20", 5.0)]),
        # Odds, in percent to six figures.
        ("The odds of a win were 1 in 30 million.", [("1 in 30 million", 3.33333e-06)]),
        ("A 1 in 4,000 chance of a hit.", [("1 in 4,000", 0.025)]),
    ],
)
def test_a_proportion_is_one_share_in_percent(text: str, expected: list[tuple[str, float]]) -> None:
    figures = extract_figures(text)
    assert [(f.text, f.value) for f in figures] == expected
    assert {f.unit for f in figures} == {"percent"}


@pytest.mark.parametrize(
    "text",
    [
        "The police held six in 10 days of raids.",  # a span of time, no share
        "Ten in two rows sat down.",  # more than all
        "The band closed with Two Out Of Three at the fair.",  # a song's title
    ],
)
def test_a_proportion_that_is_no_share_is_left(text: str) -> None:
    assert all(f.unit != "percent" for f in extract_figures(text))


def test_a_proportion_after_its_verb_measures_a_share_of_its_group() -> None:
    assert contexts_of("The club has won 8 out of 10 derbies this decade.") == {
        "8 out of 10": "share of derbies won this decade by club"
    }
    assert contexts_of("Four out of five pupils walk to school.") == {
        "Four out of five": "pupils walk to school"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Part 2: The long road home, told by the guide.",
        "Episode 6 follows the crew to the coast.",
        "Season 3 opens with the flood.",
    ],
)
def test_the_number_of_a_part_episode_or_season_is_no_figure(text: str) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel refreshes at 144 Hz.", (144.0, "hertz")),
        ("Mains power here runs at 50Hz.", (50.0, "hertz")),
        ("The station moved to 101.3 megahertz.", (101_300_000.0, "hertz")),
        ("The handset packs a 5,000mAh cell.", (5000.0, "milliamp_hours")),
        ("A 220 kV cable crosses the strait.", (220_000.0, "volts")),
        ("The charger gives 12 volts.", (12.0, "volts")),
        ("The pump draws 3 amps.", (3.0, "amperes")),
    ],
)
def test_hertz_volts_and_amps_are_units(text: str, expected: tuple[float, str]) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The Kestra share average fell 1.4 percent on Friday.", "Kestra share average"),
        ("The blue-chip average rose 2 percent.", "blue-chip average"),
        ("The running total rose to 40 on Monday.", "running total"),
        # A verb after "to": no part of the subject.
        ("Output is expected to average 2 million barrels a day.", "Output"),
    ],
)
def test_an_index_s_average_or_a_total_ends_its_subject(text: str, context: str) -> None:
    assert next(iter(contexts_of(text).values())) == context


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The coach spoke after the 3-1 loss at Harlow.", [3.0, 1.0]),
        ("The coach spoke after the 2-0 defeat at Harlow.", [2.0, 0.0]),
    ],
)
def test_a_score_before_a_loss_is_no_decrease(text: str, values: list[float]) -> None:
    figures = extract_figures(text)
    assert [f.value for f in figures] == values
    assert all(str(f.value)[0] != "-" for f in figures)  # nor a zero written -0.0


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("The jobless rate ticked up to 5.1% in May.", "5.1%", "jobless rate in May"),
        ("Mortgage rates crept up to 6.4% this week.", "6.4%", "Mortgage rates this week"),
        ("Copper was flat at $9,100 a tonne.", "$9,100 a tonne", "Copper"),
        ("Tin was higher at $30,500 a tonne.", "$30,500 a tonne", "Tin"),
        # "up to" after a verb that does not rise is at most: a qualifier.
        ("Officials said up to 40 people were missing.", "up to 40 people", "people were missing"),
        ("The flat costs £450,000.", "£450,000", "cost of flat"),
    ],
)
def test_a_verb_s_up_and_a_state_after_a_copula_are_no_measure(
    text: str, figure: str, context: str
) -> None:
    assert contexts_of(text) == {figure: context}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister drove back to 11 Harrow Street on Monday.", []),
        ("A fire at 52 Linden Way destroyed 9 flats.", [(9.0, "count")]),
        ("Guards closed 800 East Orchard Avenue after 4 arrests.", [(4.0, "count")]),
        ("He ran 10 miles along Harrow Road.", [(10.0, "miles")]),
        ("The cafe at 113-119 Leather Lane has 40 seats.", [(40.0, "count")]),
    ],
)
def test_a_house_number_before_its_street_is_no_figure(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected
