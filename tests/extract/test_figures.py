"""Figures: currencies, multipliers, units, words, fractions, ranges, signs, what is skipped."""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures
from briefing.extract.numbers import parse_digits, parse_words
from briefing.summarize import summarize


def _values(text: str) -> list[tuple[float, str]]:
    return [(round(f.value, 3), f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The port cost $12 billion.", [(12e9, "USD")]),
        ("Profit reached KZT 48bn.", [(48e9, "KZT")]),
        ("Debt stood at ₽3.1 trln.", [(3.1e12, "RUB")]),
        ("It paid €450 million.", [(450e6, "EUR")]),
        ("Loans hit 2.5 trillion tenge.", [(2.5e12, "KZT")]),
        ("Wages rose to 3.2 million sums.", [(3.2e6, "UZS")]),
        ("The fine is 40,000 som.", [(40000, "KGS")]),
        ("Aid of 15 million somoni came.", [(15e6, "TJS")]),
        ("Bread costs 45 kopecks more.", [(0.45, "RUB")]),
        ("A quarter of 2 000 workers left.", [(25, "percent"), (2000, "count")]),
        ("Inflation was 7,4% in May.", [(7.4, "percent")]),
        ("Reserves total 12 400,5 billion tenge.", [(12400.5e9, "KZT")]),
        ("Output was 1 250 MW.", [(1.25e9, "watts")]),
        ("A 2.2 GW plant and 40 kWh.", [(2.2e9, "watts"), (40e3, "watt_hours")]),
        ("Shipments reached 7.5 mln tonnes.", [(7.5e6, "tonnes")]),
        ("Pumping 210,000 bpd.", [(210000, "barrels_per_day")]),
        ("Flows of 9 bcm a year.", [(9e9, "cubic_metres")]),
        ("A 42-kilometre road.", [(42, "km")]),
        ("Forests on 600 hectares.", [(600, "hectares")]),
        ("It handled 80,000 TEU.", [(80000, "teu")]),
        ("The town has 14,500 residents.", [(14500, "count")]),
        ("Nearly three thousand people signed.", [(3000, "count")]),
        ("Turnout was about a third.", [(33.333, "percent")]),
        ("One in five voters stayed home.", [(20, "percent")]),
        ("More than half of the wells.", [(50, "percent")]),
        ("Spending shrank by a quarter.", [(-25, "percent")]),
        ("Sales fell 4.2% to $310 million.", [(-4.2, "percent"), (310e6, "USD")]),
        ("The bank cut rates by 25 basis points.", [(-25, "basis_points")]),
        ("Support was 3 percentage points lower.", [(-3, "percentage_points")]),
        ("Imports were down 1.1% on the month.", [(-1.1, "percent")]),
        ("It posted an 8% drop in sales.", [(-8, "percent")]),
        ("Night frost hit minus 20 degrees.", [(-20, "celsius")]),
        ("Growth eased (-0.3%).", [(-0.3, "percent")]),
        ("A rate of 92.4 per dollar for the som.", [(92.4, "KGS")]),
        ("Aid of 9,000 tenge ($17) per family.", [(9000, "KZT"), (17, "USD")]),
        ("Costs of $2-3 billion.", [(2e9, "USD"), (3e9, "USD")]),
        ("A share of between 40 and 45 percent.", [(40, "percent"), (45, "percent")]),
        ("Output went from 5 to 8 million tonnes.", [(5e6, "tonnes"), (8e6, "tonnes")]),
        ("Rates rose from 5% to 7%.", [(5, "percent"), (7, "percent")]),
        ("Gold rose to $2,400 an ounce.", [(2400, "USD")]),
        ("Prices were $5 and later $5 again.", [(5, "USD")]),
        ("A 1.5-percentage-point rise.", [(1.5, "percentage_points")]),
        ("The quake measured 5.4 on Monday.", [(5.4, "count")]),
    ],
)
def test_figure_values(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == [(round(v, 3), u) for v, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        "The plan runs from 2025 to 2030.",
        "It opened on October 14 and on 3 May.",
        "Aliya Serikova, 34, and Dmitry Orlov, 41, were hurt, as was a 29-year-old.",
        "The Kambarata-1 dam and the Su-35 jet.",
        "It took 18 to 23 days and 10 minutes.",
        "Its third unit and the 25th anniversary.",
        "The first half of the year was calm.",
        "One of the firms had two-tier pricing.",
        "A five-year bond for 18- to 29-year-olds.",
        "Sometimes two.",
        "Trucks wait at Terminal 2 on Route 66 under Article 5.",
    ],
)
def test_not_figures(text: str) -> None:
    assert extract_figures(text) == []


def test_qualifier_text_and_span() -> None:
    text = "Exports reached more than $4.5 billion last year."
    (fig,) = extract_figures(text)
    assert fig.qualifier == "more than"
    assert fig.text == "more than $4.5 billion" == text[fig.start : fig.end]


def test_count_keeps_its_noun_and_context_names_the_measure() -> None:
    text = "The republic now has 57 vocational colleges across its regions."
    (fig,) = extract_figures(text)
    assert fig.text == "57 vocational colleges"
    assert "colleges" in fig.context


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("Wheat exports rose 9% to 8.1 million tonnes in the season.", "exports"),
        ("The mine, which opened in 1998, produced 12 tonnes of gold.", "gold"),
        ("Officials said 64% of households had heating.", "households"),
        ("Kazakhstan raised the minimum wage to 85,000 tenge.", "wage"),
    ],
)
def test_context_says_what_is_measured(text: str, keyword: str) -> None:
    for fig in extract_figures(text):
        assert keyword in fig.context
        assert len(fig.context.split()) <= 12


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("1,234", 1234),
        ("1,234,567", 1234567),
        ("6,5", 6.5),
        ("12,25", 12.25),
        ("3.75", 3.75),
        ("1 860", 1860),
        ("12 400,5", 12400.5),
        ("1.234.567", 1234567),
    ],
)
def test_parse_digits(token: str, value: float) -> None:
    assert parse_digits(token) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [("seven", 7), ("twenty-five", 25), ("two hundred", 200), ("three hundred and ten", 310)],
)
def test_parse_words(words: str, value: float) -> None:
    assert parse_words(words) == value


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The council passed the harbour levy by 31 votes to 12 on Monday.",
            "31 votes to 12",
            "vote on harbour levy",
        ),
        ("The Greens won 14 seats to 11 for the Liberals.", "14 seats to 11", None),
    ],
)
def test_a_tally_written_out_is_one_figure(text: str, figure: str, context: str | None) -> None:
    """ "by 31 votes to 12" is the vote, as "31-12" is: not 31 votes and a bare 12."""
    figures = summarize(text).figures
    assert {f.text for f in figures} == {figure}
    if context is not None:
        assert {f.context for f in figures} == {context}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The group paid 350 mln French francs for the stake.", "FRF"),
        ("The fund holds 5 mln Belgian francs in bonds.", "BEF"),
        ("Profit rose to 1.2 billion German marks last year.", "DEM"),
        ("The brewer paid 300 mln guilders for the plant.", "NLG"),
        ("The bank raised 2.5 billion lire in the offer.", "ITL"),
        ("The budget set aside 40 billion pesetas for roads.", "ESP"),
        ("The bonds were sold for 100 mln Ecus.", "XEU"),
    ],
)
def test_the_currencies_the_euro_replaced_are_currencies(text: str, unit: str) -> None:
    assert [f.unit for f in extract_figures(text)] == [unit]


def test_marks_alone_are_no_currency() -> None:
    assert [f.unit for f in extract_figures("She scored 95 marks in the maths exam.")] == ["count"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Forty six percent of the members voted for the plan.", 46.0),
        ("Two hundred and forty five people came to the hearing.", 245.0),
        ("A hundred and twenty three boats sank in the storm.", 123.0),
    ],
)
def test_tens_and_units_written_apart_are_one_number(text: str, value: float) -> None:
    assert [f.value for f in extract_figures(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("More than two dozen mayors signed the letter.", 24.0),
        ("About three dozen volunteers cleared the beach.", 36.0),
        ("Half a dozen people came to the meeting.", 6.0),
    ],
)
def test_dozens_multiply(text: str, value: float) -> None:
    assert [f.value for f in extract_figures(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A decimal times its multiplier is the number written, not the float's nearest miss
        # (4.1 * 1e6 is 4099999.9999999995 in binary floating point).
        ("The town counted 4.1 million visitors.", 4_100_000),
        ("The board approved Rs 2.3 lakh for repairs.", 230_000),
        ("Exports reached 8.2 bln dlrs.", 8_200_000_000),
    ],
)
def test_a_multiplied_decimal_is_the_number_written(text: str, value: int) -> None:
    assert [f.value for f in extract_figures(text)] == [value]


def test_a_multiplied_decimal_count_takes_its_noun() -> None:
    # 4.1 million is a whole number of things, so the noun after it is what it counts
    (figure,) = extract_figures("The scheme reached 4.1 million households in its first year.")
    assert figure.text == "4.1 million households"


def test_a_verb_and_a_named_object_after_a_count_are_not_what_it_counts() -> None:
    # "discussed" takes an object (a possessive name): it is the verb, not the counted noun
    texts = [f.text for f in extract_figures("The 12 reviewed Marrow's budget over lunch.")]
    assert not any("reviewed" in t for t in texts)


@pytest.mark.parametrize(
    "text",
    [
        "The scheme will set up 80 cold stores in the hills.",
        "Retirees make up 23% of the town's voters.",
        "The clip racked up 4 million views in a day.",
    ],
)
def test_up_after_a_phrasal_verb_is_no_rise(text: str) -> None:
    assert [f.change for f in extract_figures(text)] == [None]


def test_up_after_a_verb_of_movement_is_a_rise() -> None:
    assert [f.change for f in extract_figures("Fares went up 6% in May.")] == ["up"]


@pytest.mark.parametrize(
    "text",
    [
        "Call the helpline on 1-800-555-0199 before noon.",
        "Dial +44 20 7946 0321 for the desk.",
        "The filing is dated 2026-11-30 in the register.",
        "Its ISBN is 978-0-00-000000-2 in the catalogue.",
    ],
)
def test_telephone_numbers_dates_and_isbns_are_no_figures(text: str) -> None:
    assert extract_figures(text) == []


def test_a_change_and_the_level_it_reached_are_two_figures() -> None:
    figures = extract_figures("The Tarn share index rose 14.2 to 3,615.8 on Friday.")
    assert [(f.text, f.value, f.change) for f in figures] == [
        ("14.2", 14.2, "up"),
        ("3,615.8", 3615.8, None),
    ]


def test_a_rise_from_one_level_to_another_far_above_keeps_its_unit() -> None:
    figures = extract_figures("He lifted sales from 12.5 mln to 210.4 mln dlrs in a decade.")
    assert {f.unit for f in figures} == {"USD"}


def test_a_per_share_figure_keeps_the_kind_of_share() -> None:
    figures = extract_figures("The mill earned $2.4 million, or 31 cents per diluted share.")
    assert [f.text for f in figures] == ["$2.4 million", "31 cents per diluted share"]


def test_bare_degrees_take_the_scale_the_story_writes_elsewhere() -> None:
    text = "The valley hit 104 degrees Fahrenheit on Sunday; by night it was still 88 degrees."
    assert [f.unit for f in extract_figures(text)] == ["fahrenheit", "fahrenheit"]
    assert [f.unit for f in extract_figures("Lows fell to minus 9 degrees.")] == ["celsius"]


@pytest.mark.parametrize(
    "text", ["The two did not answer the letter.", "The three does not count."]
)
def test_an_auxiliary_after_a_count_is_no_noun_it_counts(text: str) -> None:
    assert not any(" did" in f.text or " does" in f.text for f in extract_figures(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # Bare crowns are the money of the one crown country a story names ...
        ("COPENHAGEN - The ferry line lost 2.4 billion crowns last year.", "DKK"),
        ("Icelandic trawlers landed fish worth 9 billion crowns.", "ISK"),
        # ... and stay a count where it names none, or several.
        ("Kestrania's budget holds 212 billion crowns for roads.", "count"),
        ("Sweden and Norway pooled 3 billion crowns for the bridge.", "count"),
    ],
)
def test_bare_crowns_take_the_country_the_story_names(text: str, unit: str) -> None:
    (figure,) = extract_figures(text)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Tarn 40 skidded 31.5 points to 4,102.6 on Friday.", -31.5),
        ("The yard shed 420 jobs in the spring.", -420),
        ("Copper futures tanked 7% in an hour.", -7),
    ],
)
def test_more_verbs_of_a_fall(text: str, value: float) -> None:
    assert extract_figures(text)[0].value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number whose hyphen waits for the next number's unit has that unit ...
        ("Stores sold 3- and 5-litre tins of paint.", [(3, "litres"), (5, "litres")]),
        ("Both the 11.6- or 14.2-inch screens are sharp.", [(11.6, "inches"), (14.2, "inches")]),
        # ... and is no figure when the next one is none (a bond's term, as 20-year is).
        ("The 10- and 20-year bonds of Kestrania fell.", []),
    ],
)
def test_a_number_whose_hyphen_waits_for_the_next_ones_unit(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Later the Lark-Wing 4 crew pulled nine people from the sea.", [9]),
        ("Fans of the Star-Rider 2 game waited a decade.", []),
    ],
)
def test_a_number_after_a_hyphenated_name_is_part_of_the_name(
    text: str, values: list[float]
) -> None:
    assert [f.value for f in extract_figures(text)] == values


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two bus stops near the quay stay shut.", "Two bus stops"),
        ("Three campus halls were closed.", "Three campus halls"),
        ("Four famous painters lived on the street.", "Four famous painters"),
        ("The two previous owners sold it.", "two previous owners"),
    ],
)
def test_a_singular_noun_or_an_adjective_in_s_goes_on_to_what_is_counted(
    text: str, figure: str
) -> None:
    assert [f.text for f in extract_figures(text)] == [figure]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Day two brings rain to the coast.", []),
        ("Game three of the final is on Friday.", []),
        ("In round two, Lee won.", []),
        # A lower-case label before a count is no label: the day's two people are counted.
        ("On the first day two people were hurt.", [2]),
    ],
)
def test_a_number_in_words_after_a_label_names_a_thing(text: str, values: list[float]) -> None:
    assert [f.value for f in extract_figures(text)] == values
