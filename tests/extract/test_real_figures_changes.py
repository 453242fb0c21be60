"""What the figures of a change measure, as wire and results copy write them: the thing a verb
of change set to a new level, a figure compared with another at another time, levies given
in percent.

Every sentence here is written for this file (none comes from a corpus or the demo feeds).
"""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures
from tests.extract.readers import context_of


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        # a forecast of several words, or with the period it covers, is what was cut
        (
            "Brannock Mining cut its annual copper output forecast to 310,000 tonnes.",
            "310,000 tonnes",
            "annual copper output forecast",
        ),
        (
            "Orvane Foods trimmed its sales forecast for the year to 2.5 percent.",
            "2.5 percent",
            "sales forecast for the year",
        ),
        # a count after "cut its fleet to" is the fleet's new size, not where it went
        ("Pelham Air cut its fleet to 36 aircraft.", "36 aircraft", "fleet"),
        ("The council raised its housing target to 9,000 homes.", "9,000 homes", "housing target"),
        ("The carrier added routes to 12 cities.", "12 cities", "routes to cities"),
        # a noun that may be a verb, after its article, then the verb
        (
            "The cut brings its posted price for light crude to 16.25 dlrs a barrel.",
            "16.25 dlrs a barrel",
            "posted price for light crude",
        ),
        ("The rise takes their stake to 21.5 pct.", "21.5 pct", "stake"),
    ],
)
def test_a_verb_of_change_measures_its_object(text: str, figure: str, context: str) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "Bullion stocks stood at 41.2 billion crowns, compared with 39.8 billion in March.",
            "39.8 billion",
            "Bullion stocks in March",
        ),
        (
            "Heating oil rose to $2.41 a gallon on Thursday, compared with $2.36 on Wednesday.",
            "$2.36",
            "Heating oil",
        ),
        # the earlier figure given twice, its time after both
        (
            "The group reported net profit of $12.4 million, or 31 cents a share, compared"
            " with $9.8 million, or 25 cents a share, in the same quarter a year ago.",
            "$9.8 million",
            "net profit",
        ),
        # a results release's change between them: the money compared is the money's measure,
        # its time the later one's
        (
            "Pellan Bio reported revenue of $96.4 million for the second quarter of 2026, an"
            " increase of 12% compared to $86.1 million in the second quarter of 2025.",
            "$86.1 million",
            "revenue in the second quarter of 2025",
        ),
        # another group's figure is not the same measure
        ("Its margin was 40 percent, compared with 25 percent for rivals.", "25 percent", "rivals"),
        ("Rents went up by 4.2 percent last year.", "4.2 percent", "Rents last year"),
    ],
)
def test_a_figure_compared_with_another_measures_the_same(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The ministry will impose 15 pct tariffs on tyre imports.",
            "15 pct",
            "tariffs on tyre imports",
        ),
        ("Exporters face 8 percent duties on frozen fish.", "8 percent", "duties on frozen fish"),
    ],
)
def test_a_percentage_before_a_levy_measures_the_levy(text: str, figure: str, context: str) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "Copper exports rose 6.4% on an annual basis to $3.1 billion in March.",
            "$3.1 billion",
            "Copper exports in March",
        ),
        (
            "Imports fell 2.1% on a year-on-year basis to 840 million euros.",
            "840 million euros",
            "Imports",
        ),
        ("Orders rose 3% year-over-year in the quarter.", "3%", "Orders in the quarter"),
        ("Rents rose 0.3% on a monthly basis in June.", "0.3%", "Rents in June"),
    ],
)
def test_the_basis_of_a_change_is_not_what_it_measures(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("Palladium advanced 2.1% to $1,012 an ounce.", "$1,012 an ounce", "Palladium"),
        ("The Brill index skidded 80 points to 14,020.", "80 points", "Brill index"),
        ("Tin rallied 3 percent on Friday.", "3 percent", "Tin"),
    ],
)
def test_markets_copy_s_verbs_of_change_leave_their_subject_measured(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


def test_a_figure_compared_with_another_quarter_s_takes_that_quarter() -> None:
    text = (
        "Sales were $84.2 million, an increase of 14% compared to $73.9 million in the"
        " fourth quarter of 2023."
    )
    assert context_of(text, "$73.9 million") == "Sales in the fourth quarter of 2023"


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The grocer reported a 13% rise in annual net profit to $410 million.",
            "$410 million",
            "annual net profit",
        ),
        (
            "Orvane posted a 58 per cent jump in consolidated profit to Rs 700 crore.",
            "58 per cent",
            "jump in consolidated profit",
        ),
        ("Brent fell 3% on increased supply from Norway.", "3%", "Brent"),
    ],
)
def test_a_change_written_as_a_noun_leaves_what_changed_its_level(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("Temperatures will climb to 39C in Orlova on Friday.", "39C", "Temperatures in Orlova"),
        (
            "The treasury expects output to grow 2.5% next year, down from an earlier forecast"
            " of 3.1%.",
            "3.1%",
            "earlier forecast",
        ),
        ("Yields will ease to 4.1% in June.", "4.1%", "Yields in June"),
    ],
)
def test_a_change_s_bare_verb_after_a_modal_and_an_earlier_forecast(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "With 98% of precincts reporting, Orsen had 52.4% of the vote to Vidal's 46.1%.",
            "46.1%",
            "Vidal's share of the vote",
        ),
        (
            "With 98% of precincts reporting, Orsen had 52.4% of the vote to Vidal's 46.1%.",
            "52.4%",
            "share of the vote had by Orsen",
        ),
        ("Orsen won 52% of the vote to 46% for Vidal.", "46%", "share of the vote for Vidal"),
        (
            "Orsen took 52% of the vote, against 46% for Vidal.",
            "46%",
            "share of the vote for Vidal",
        ),
    ],
)
def test_a_rival_s_share_after_the_winner_s_is_the_same_share(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("Spending rose 3% in May.", "3%", "Spending in May"),
        ("Household spending rose 3% in May, while lending fell 2%.", "2%", "lending"),
        ("The krona slipped 0.3% to 11.42, while sterling was flat at $1.27.", "$1.27", "sterling"),
    ],
)
def test_a_noun_in_ing_before_its_verb_is_the_subject(text: str, figure: str, context: str) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The carrier flew 2.3 million passengers in June, 9% more than a year earlier.",
            "9%",
            "passengers",
        ),
        (
            "Leverage stood at 1.8 times core earnings in June, compared with 2.1 times a year"
            " earlier.",
            "2.1 times",
            "Leverage a year earlier",
        ),
    ],
)
def test_a_comparison_after_a_month_and_a_multiple_a_year_earlier(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


def test_a_price_a_thing_fetched_is_the_thing_s() -> None:
    text = "The painting fetched $4.2 million at auction."
    assert context_of(text, "$4.2 million") == "painting at auction"


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "Revenue in the cloud unit more than doubled to $3.5 billion.",
            "$3.5 billion",
            "Revenue in the cloud unit",
        ),
        (
            "Output at the smelter less than halved to 40,000 tonnes.",
            "40,000 tonnes",
            "Output at the smelter",
        ),
    ],
)
def test_more_than_before_a_verb_of_change_ends_the_subject(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a change and the level it reached, not a range: the change is the count's fall
        (
            "Employment fell by 14,000 to 2.87 million in the quarter.",
            [("14,000", -14000.0), ("2.87 million", 2870000.0)],
        ),
        ("Jobless claims fell by 300 to 6,100.", [("300", -300.0), ("6,100", 6100.0)]),
        # a number written whole takes no multiplier from the other end of a range
        (
            "Between 400,000 and 1 million people left the coast.",
            [("Between 400,000 and 1 million", 4e5), ("Between 400,000 and 1 million", 1e6)],
        ),
        # a short number does, and a close one after "by" is still a range's end
        (
            "Harvests will grow by 2 to 3 million tonnes.",
            [("2 to 3 million tonnes", 2e6), ("2 to 3 million tonnes", 3e6)],
        ),
        # a ratio is one figure
        ("The rebels were outnumbered by 40 to 1.", [("40 to 1", 40.0), ("40 to 1", 1.0)]),
    ],
)
def test_ranges_against_a_change_and_the_level_it_reached(
    text: str, figures: list[tuple[str, float]]
) -> None:
    assert [(f.text, f.value) for f in extract_figures(text)] == figures


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        # another's count of the same crowd
        (
            "About 3,000 nurses marched in Lyon on Friday, police said, while the union put the"
            " number at 8,000.",
            "8,000",
            "nurses marched in Lyon",
        ),
        (
            "Police said 200 people gathered; organisers put the figure at 900.",
            "900",
            "people gathered",
        ),
        # with no earlier figure of its unit, the word stays
        ("The number rose to 14.", "14", "number"),
    ],
)
def test_a_vague_number_is_the_measure_of_the_figure_before(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # the level a change was "from" is in the sentence's level's terms, and an expected
        # figure after it too
        (
            "Farmers sowed 41.2 mln acres of wheat, down 8 pct from 44.8 mln last year and below"
            " trade forecasts of 42.5 mln.",
            "44.8 mln",
            "acres",
        ),
        (
            "Farmers sowed 41.2 mln acres of wheat, down 8 pct from 44.8 mln last year and below"
            " trade forecasts of 42.5 mln.",
            "42.5 mln",
            "acres",
        ),
        # a market's close after its opening level
        ("The dollar opened at 151.20 yen and closed at 150.85.", "150.85", "JPY"),
        # with no level before the change, the number stays bare
        ("The index fell 2.3 pct from 1,234.5.", "1,234.5", "count"),
        # a change in money reaches a level of money; a change in percent does not
        ("Business loans fell 180 mln dlrs to 51.20 billion.", "51.20 billion", "USD"),
        ("Imports rose 2.3 pct to 1,234.5 mln.", "1,234.5 mln", "count"),
    ],
)
def test_a_bare_number_takes_the_unit_of_the_level_it_goes_with(
    text: str, figure: str, unit: str
) -> None:
    (found,) = [f for f in extract_figures(text) if f.text == figure]
    assert found.unit == unit


def test_a_level_after_a_change_in_cents_is_in_dollars() -> None:
    level = next(f for f in extract_figures("Shares rose 15 cents to 7.85.") if f.text == "7.85")
    assert (level.unit, level.value) == ("USD", 7.85)


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("Copper hit a record high of $11,240 a tonne.", "$11,240 a tonne", "Copper"),
        (
            "Pellmark's imports reached an all-time high of $88.2 billion in 2024.",
            "$88.2 billion",
            "Pellmark's imports in 2024",
        ),
        ("The yen touched a 34-year low of 160.2 per dollar.", "160.2 per dollar", "yen"),
        # a measure's own noun before "of" stays
        ("The mill has a capacity of 40,000 tonnes.", "40,000 tonnes", "capacity of mill"),
    ],
)
def test_a_high_or_a_low_of_a_figure_is_the_subject_s(text: str, figure: str, context: str) -> None:
    assert context_of(text, figure) == context
