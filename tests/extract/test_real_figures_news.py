"""Figures of news copy, second pass: units beyond the first pass, pence, weights in pounds,
numbers in words without a noun, units copy leaves out, fractions of a unit.

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures


def _values(text: str) -> list[tuple[float, str]]:
    return [(round(f.value, 6), f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units written the way wire and newspaper copy abbreviates them
        ("The bus was doing 90 kph on the bend.", [(90, "km_per_hour")]),
        ("Gusts hit 110 km per hour overnight.", [(110, "km_per_hour")]),
        ("The reserve spans 800 sq. km of marsh.", [(800, "square_km")]),
        ("The flat has 650 sq. ft of floor.", [(650, "square_feet")]),
        ("Readings touched 101 degrees F at noon.", [(101, "fahrenheit")]),
        ("The lake froze at minus 4 degrees C.", [(-4, "celsius")]),
        ("About 9,000 cubic feet of gas escaped.", [(9000, "cubic_feet")]),
        ("The co-op sold 2 million bushels of oats.", [(2e6, "bushels")]),
        ("The plant's first unit gives 1 kilowatt.", [(1000, "watts")]),
        ("It shipped 40,000 metric ton of rice.", [(40000, "tonnes")]),
    ],
)
def test_more_units(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares in the grocer rose 3p to 212p.", [(0.03, "GBP"), (2.12, "GBP")]),
        ("A stamp now costs 4.5p more.", [(0.045, "GBP")]),
        # a video format, not pence
        ("The camera records 1080p video.", []),
    ],
)
def test_pence_glued_to_the_number(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The calf weighed 90 pounds at birth.", [(90, "pounds")]),
        ("Agents found 12 pounds of heroin in the van.", [(12, "pounds")]),
        ("A 250-pound tackle blocked the kick.", [(250, "pounds")]),
        # money stays money: no weighing, or pounds of money
        ("The ticket cost 40 pounds.", [(40, "GBP")]),
        ("It spent 3 million pounds of public money.", [(3e6, "GBP")]),
    ],
)
def test_pounds_as_weight(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


def test_glued_trillion_only_after_a_currency_sign() -> None:
    assert _values("The fund's assets reached $1.4T last year.") == [(1.4e12, "USD")]
    assert _values("Crews moved 300T of rubble.") == [(300, "tonnes")]  # T alone: tonnes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number in words counting part of a group, with no noun after it
        ("Four of the nine jurors were absent.", [(4, "count"), (9, "count")]),
        ("Two of them were later freed.", [(2, "count")]),
        # a number in words with a multiplier and no noun
        ("The city grew by about two million.", [(2e6, "count")]),
        # hundreds in words, with or without a noun
        ("She counted one hundred and five.", [(105, "count")]),
        # a range in words whose first bound has no multiplier of its own
        ("Two to three million people fled.", [(2e6, "count"), (3e6, "count")]),
        ("Between five and six thousand troops left.", [(5000, "count"), (6000, "count")]),
        # a bare number in words no range takes in stays out
        ("They met two or three times.", [(2, "times"), (3, "times")]),
        ("The two or so who stayed were tired.", []),
        # a heading in capitals before a dash is no range
        ("RATES SEVEN - 6.75", [(6.75, "count")]),
    ],
)
def test_numbers_in_words_without_a_noun(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales rose to 2.5 billion euros from 2.1 billion.",
            [(2.5e9, "EUR"), (2.1e9, "EUR")],
        ),
        (
            "The jobless rate fell to 4.1 percent from 4.4 in May.",
            [(4.1, "percent"), (4.4, "percent")],
        ),
        ("Net 7.5 mln dlrs vs 6.2 mln.", [(7.5e6, "USD"), (6.2e6, "USD")]),
        ("Shr 31 cts vs 28.", [(0.31, "USD"), (0.28, "USD")]),
        # after a change, the number after "to" is a level in its own terms
        ("The index fell 1.8 pct to 2,345.6.", [(-1.8, "percent"), (2345.6, "count")]),
        # the basis of a rate lends no unit (nor is it a figure of its own), nor does a
        # figure to a number with a unit we do not know (a capitalised word after it)
        (
            "It paid 12.5 Florins per 100 kilos, up from 11.9 Florins.",
            [(12.5, "count"), (11.9, "count")],
        ),
        # the multipliers must agree
        ("It earned $4.2 billion, against 310 in fines.", [(4.2e9, "USD"), (310, "count")]),
    ],
)
def test_unit_left_out_after_a_level(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pond is half a mile across.", [(0.5, "miles")]),
        ("She ran a quarter mile in the rain.", [(0.25, "miles")]),
        ("The camp sits three-quarters of a mile away.", [(0.75, "miles")]),
        ("They hauled half a tonne of scrap.", [(0.5, "tonnes")]),
        # a fraction of a group stays in percent; half a million is read with its multiplier
        ("Nearly half of the voters stayed home.", [(50, "percent")]),
        ("About half a million people moved.", [(5e5, "count")]),
    ],
)
def test_fraction_of_a_unit(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number in words counting part of a named group
        ("Three of Acme's plants shut.", [(3, "count")]),
        # a minus after the currency sign
        ("The fund's result was $-12.50 a unit.", [(-12.5, "USD")]),
        # "in" as the inch: before a dimension, or ending a paragraph
        ("The slab is 4 in thick.", [(4, "inches")]),
        ("The gap measured 3 in", [(3, "inches")]),
        ("They won 3 in a row.", [(3, "count")]),
        # coins
        ("The toll is 3 dimes.", [(0.3, "USD")]),
        ("The rupee weakened to 290 per dollar.", [(290, "INR")]),
    ],
)
def test_more_forms(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The coin fell below $25,000.", None),
        ("Inflation rose above 4% in June.", None),
        ("Shares fell more than 6%.", "down"),
    ],
)
def test_level_crossed_is_no_change(text: str, change: str | None) -> None:
    assert [f.change for f in extract_figures(text)] == [change]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The smelter processes 1,200 tpd of ore.", [(1200, "tonnes_per_day")]),
        ("The mine yields 80 tonnes a day.", [(80, "tonnes_per_day")]),
        ("The archive holds 3 exabytes.", [(3e18, "bytes")]),
        ("The collider reached 6.8 TeV per beam.", [(6.8e12, "electronvolts")]),
        ("Workers got 20 millisieverts a year.", [(0.02, "sieverts")]),
        # EV is an electric vehicle in news copy, never read as electronvolts
        ("Dealers sold 40 EV models.", [(40, "count")]),
    ],
)
def test_rates_and_science_units(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # a capitalised plural is the noun counted when no other noun follows it
        ("The raid killed three Canadians, officials said.", "three Canadians"),
        ("He pardoned 9,000 Ohioans last year.", "9,000 Ohioans"),
        # after a plural name only a plural noun goes on, never a verb
        ("Six Belgians arrived by train.", "Six Belgians"),
        ("Two Nevada ranches were sold.", "Two Nevada ranches"),
        # but a capitalised word before a noun still gives way to the noun
        ("Four Dutch cyclists finished.", "Four Dutch cyclists"),
        # an -ing word before "a"/"an" is a verb; before another word it may be an adjective
        ("A study by two visiting academic lawyers found it.", "two visiting academic lawyers"),
    ],
)
def test_count_nouns(text: str, noun: str) -> None:
    assert [f.text for f in extract_figures(text)] == [noun]


def test_count_noun_stops_at_a_verb_before_an_article() -> None:
    texts = [f.text for f in extract_figures("Economists said 14 of 25 expecting a hike.")]
    assert texts == ["14", "25"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half a dozen of the donors left.", [(6, "count")]),
        ("About half a dozen aides quit.", [(6, "count")]),
        ("A half-dozen states voted.", [(6, "count")]),
        ("A dozen states voted.", [(12, "count")]),
    ],
)
def test_half_a_dozen(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


def test_number_in_words_inside_a_name() -> None:
    assert _values("The deal went to Harbor Nine Holdings on Friday.") == []
    assert _values("Nine Canadians were hurt.") == [(9, "count")]
    assert _values("FERRY SINKS Nine Canadians were hurt.") == [(9, "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The camp lies less than a mile from the river.", [(1, "miles")]),
        ("They bought an acre of orchard.", [(1, "acres")]),
        ("A gallon of milk went missing.", [(1, "gallons")]),
        ("Pump prices rose a penny overnight.", [(0.01, "USD")]),
        # the basis of a rate stays with its figure
        ("Diesel sold for $4.10 a gallon.", [(4.1, "USD")]),
        # a unit joined by a hyphen is an adjective; a yard is a garden
        ("A mile-long convoy waited.", []),
        ("They played in a yard nearby.", []),
    ],
)
def test_one_unit_with_the_article(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stir in 2 cups of rice and 1 tbsp of oil.", [(2, "cups"), (1, "tablespoons")]),
        ("Add ½ tsp of salt.", [(0.5, "teaspoons")]),
        # a fraction in digits before "of" is a share; bare, it may be a date or a score
        ("Roughly 2/3 of the seats changed hands.", [(66.667, "percent")]),
        ("Only 1/25 of the samples failed.", [(4, "percent")]),
        ("The final was played on 3/4 at home.", []),
        ("The bond fell to 1/2 of a point.", []),
    ],
)
def test_kitchen_units_and_fractions_of(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank hired 20 summer interns.", [(20, "count")]),
        ("He spent 20 summers on the farm.", []),
        ("They booked a 3-night stay.", []),
    ],
)
def test_a_season_is_a_duration_only_in_the_plural(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local currencies of Asian, African and Middle Eastern copy, spaced or glued
        ("The utility earned RM2.5 billion.", [(2.5e9, "MYR")]),
        ("The state budget is Rp 3,100 trillion.", [(3.1e15, "IDR")]),
        ("Dhaka set aside Tk 800 crore.", [(8e9, "BDT")]),
        ("The telco made KSh70 billion.", [(7e10, "KES")]),
        ("A flat rents for Dh9,000 a month.", [(9000, "AED")]),
        ("Fares rose to Rs450.", [(450, "INR")]),
        ("The fine was ₺40,000, or ₦9 million.", [(40000, "TRY"), (9e6, "NGN")]),
        ("Exports reached BDT 5 billion.", [(5e9, "BDT")]),
        # letters glued to digits are still a name or a code
        ("Leaders of the G20 and the paths5 group met.", []),
        # a code at the end of a word in capitals is none (YEARS holds ARS)
        ("FIVE YEARS 5 HELD", [(5, "count")]),
    ],
)
def test_local_currencies(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how often and how many-fold: unit "times" (the house lists multipliers as optional)
        ("Trade grew 1.5 times in the 1990s.", [(1.5, "times")]),
        ("The ferry sails four times a week.", [(4, "times")]),
        ("He was questioned three times.", [(3, "times")]),
        ("Rents rose 2½ times in a decade.", [(2.5, "times")]),
        # "Times" in a name is no multiplier
        ("The Seattle Times said 5 people died.", [(5, "count")]),
    ],
)
def test_times(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Halvik crude settled at $58.24 per barrel on Friday.", "$58.24 per barrel"),
        ("Gas for March fell to $2.24 per mmBtu on Tuesday.", "$2.24 per mmBtu"),
        ("Rents in Oromir rose to $900 a month on average.", "$900 a month"),
        ("Sales were $4 a year earlier.", "$4"),
    ],
)
def test_a_rate_keeps_its_basis_whatever_follows_it(text: str, figure: str) -> None:
    # A time basis followed by "earlier", "ago" ... dates the figure instead.
    assert [f.text for f in extract_figures(text)] == [figure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Indian papers set in an old rupee font write the sign as a grave accent.
        ("The lender will lift its book to ` 2,40,000 crore by 2029.", [(2.4e12, "INR")]),
        ("It paid ` 450 for each share.", [(450.0, "INR")]),
        # A code span's backtick is no currency.
        ("Set the `retries` option to `3` and restart.", [(3.0, "count")]),
    ],
)
def test_a_grave_accent_before_a_number_is_the_rupee_sign(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year written without its century is no quantity.
        ("“In ’09, the mill employed 400 people,” she said.", [400.0]),
        ("The class of '97 raised $8,000 for the library.", [8000.0]),
        ("He won in ’04 and ’08 before retiring.", []),
        ("The ’07 model sold 3,000 units.", [3000.0]),
        # An opening single quote before a count, or a rate, is a figure.
        ("'30 people were hurt,' the mayor said.", [30.0]),
        ("'40 per cent of the staff left,' he said.", [40.0]),
    ],
)
def test_a_year_cut_to_two_digits_is_no_figure(text: str, expected: list[float]) -> None:
    assert [f.value for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scrolling on my first 12.9″ tablet looks choppy now.", [(12.9, "inches")]),
        ("The 14″ laptop weighs 1.6 kg.", [(14.0, "inches"), (1.6, "kg")]),
        # A double prime closing a quotation after a year is no inch.
        ("The firm “hopes to sell the robots sometime in 2031″, it said.", []),
    ],
)
def test_a_double_prime_after_a_size_is_inches(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "For an invitation call the forum on 050 7213348 before Friday.",
        "The 0730 ferry to the island was cancelled.",
        "The guide is ISBN 978–1234567897 in the catalogue.",
    ],
)
def test_digits_after_a_leading_zero_or_an_isbn_are_no_figure(text: str) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Mozilla released version 3.5 of its browser.", []),
        ("The update brings the engine to release 2.2.", []),
        ("The song reached the top 20 in a week.", []),
        ("She finished in the top 5 of her class.", []),
        ("The top 10 firms paid $2 billion.", ["10 firms", "$2 billion"]),
        # one of the top ten is a rank, whatever follows the number
        ("The country counts as one of the planet's top 10 grain exporters.", []),
        ("The port ranks among the country's top 25 in tonnage.", []),
        ("Its airport sits among the top 20 busiest anywhere.", []),
        ("The region's top 5 employers cut 900 jobs.", ["5 employers", "900 jobs"]),
    ],
)
def test_a_version_s_number_and_a_rank_in_the_top_are_no_figures(
    text: str, figures: list[str]
) -> None:
    assert [f.text for f in extract_figures(text)] == figures


def test_pence_a_litre_are_one_rate() -> None:
    text = "Diesel rose by 3p a litre to 151.2p last week."
    assert [(f.text, round(f.value, 4), f.unit) for f in extract_figures(text)] == [
        ("3p a litre", 0.03, "GBP"),
        ("151.2p", 1.512, "GBP"),
    ]


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The kiwi fell 0.3 per cent to 58.41 US cents.", "58.41 US cents", 0.5841),
        ("The loonie traded at 72.90 U.S. cents.", "72.90 U.S. cents", 0.729),
    ],
)
def test_a_currency_quoted_in_us_cents_is_dollars(text: str, figure: str, value: float) -> None:
    found = {f.text: (round(f.value, 4), f.unit) for f in extract_figures(text)}
    assert found[figure] == (value, "USD")
