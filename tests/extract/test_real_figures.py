"""Figures as real copy writes them: wire abbreviations, currencies, units, fractions, changes.

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import json

import pytest

from briefing.extract.figures import extract_figures
from briefing.models import Figure, Summary
from briefing.render.export import figure_dict
from briefing.store.schema import dump_summary, load_figures, load_summary
from briefing.summarize import summarize, summary_to_dict


def _values(text: str) -> list[tuple[float, str]]:
    return [(round(f.value, 6), f.unit) for f in extract_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1980s wire style: dlrs, cts, mln, bln, pct
        ("Net profit was 4.5 mln dlrs.", [(4.5e6, "USD")]),
        ("The dividend is 12 cts a share.", [(0.12, "USD")]),
        ("Reserves fell to 1.2 bln dlrs.", [(1.2e9, "USD")]),
        ("It bought a 40-mln dlr stake.", [(40e6, "USD")]),
        ("Output is up 3 pct.", [(3, "percent")]),
        # currency signs of other dollars, and the rupee
        ("The miner paid A$2.1 billion.", [(2.1e9, "AUD")]),
        ("The tower sold for HK$900 million.", [(900e6, "HKD")]),
        ("It raised C$45 million.", [(45e6, "CAD")]),
        ("Tickets cost NZ$30.", [(30, "NZD")]),
        ("The fine was US$12,000.", [(12000, "USD")]),
        ("Fares rose to Rs. 450.", [(450, "INR")]),
        ("The scheme costs Rs 1,200 crore.", [(1.2e10, "INR")]),
        ("The deficit hit Rs 7.5 lakh crore.", [(7.5e12, "INR")]),
        # ¥ is the yen in English copy; the yuan is written CN¥ (or yuan)
        ("Toyota earned ¥2.1 trillion.", [(2.1e12, "JPY")]),
        ("Alibaba earned CN¥35 billion.", [(3.5e10, "CNY")]),
        # a proportion in digits, as poll stories write it, is read as the words are
        ("About 4 in 10 voters backed her.", [(40.0, "percent")]),
        ("Nearly 3 in every 10 homes flooded.", [(30.0, "percent")]),
        ("The team played 5 in 10 days.", [(5.0, "count")]),
        ("Since Jan. 1 in 12 towns, fares rose.", [(12.0, "count")]),
        ("Outlays rose to Rs 2 thousand crore.", [(2e10, "INR")]),
        ("Farmers got Rs 2 lakh each.", [(2e5, "INR")]),
        ("It holds 300 million Australian dollars.", [(300e6, "AUD")]),
        ("Exports hit 5 billion Hong Kong dollars.", [(5e9, "HKD")]),
        # rates keep their basis in the figure's text
        ("Crude settled at $61.40 per barrel.", [(61.4, "USD")]),
        ("Gas traded at $3.10 per mmBtu.", [(3.1, "USD")]),
        ("Rooms cost $140/night.", [(140, "USD")]),
        # physical units beyond tonnes and metres
        ("The engine makes 400 pound-feet of torque.", [(400, "pound_feet")]),
        ("It idles at 800 rpm.", [(800, "rpm")]),
        ("He ran for 112 yards.", [(112, "yards")]),
        ("The fire burned 5,000 acres.", [(5000, "acres")]),
        ("The ridge rises 2,000 feet.", [(2000, "feet")]),
        ("Winds reached 90 mph.", [(90, "mph")]),
        ("It pumps 40,000 bbl a day.", [(40000, "barrels")]),
        ("The dam holds 2 cubic kilometres of water.", [(2, "cubic_km")]),
        ("A 4km^2 zone.", [(4, "square_km")]),
        ("They seized 25 kilograms of cocaine.", [(25, "kg")]),
        ("The tank holds 500 litres.", [(500, "litres")]),
        ("Drivers paid for 20 gallons.", [(20, "gallons")]),
        ("A 1,500 square feet flat.", [(1500, "square_feet")]),
        # fractions written in digits: 1987 money-market style and mixed numbers
        ("The rate is 7-3/4 pct.", [(7.75, "percent")]),
        ("The rate is 1/4 pct higher.", [(0.25, "percent")]),
        ("The trail is 2 1/2 miles long.", [(2.5, "miles")]),
        # numbers in words with "a hundred" and "and a half"
        ("The trail is two and a half miles long.", [(2.5, "miles")]),
        ("Nearly one and a half million tonnes moved.", [(1.5e6, "tonnes")]),
        ("A hundred and two sailors were rescued.", [(102, "count")]),
        # units after the number: signs, single letters, commodity tonnes
        ("Tickets cost 15 € each.", [(15, "EUR")]),
        ("It shipped 278,000 t of ore.", [(278000, "tonnes")]),
        ("Egypt bought 500,000 mt of wheat.", [(500000, "tonnes")]),
        ("Each bottle holds 2 L.", [(2, "litres")]),
        # "45 and 50 mg": the unit of the second number is the first's too
        ("Patients got 45 and 50 mg doses.", [(45e-6, "kg"), (50e-6, "kg")]),
        ("Towns 2 or 3 km apart.", [(2, "km"), (3, "km")]),
    ],
)
def test_real_copy_values(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == [(round(v, 6), u) for v, u in expected]


@pytest.mark.parametrize(
    "text",
    [
        "The 2013-14 season and the 1998–99 budget.",  # ends of year spans
        "The meeting starts at 2pm and ends at 4.30 pm.",  # times of day
        "It targets 5G phones and the 3D market.",  # digits in codes
        "Stock fell to 3/4 of a share.",  # a bare digit fraction with no unit
        "42 is the answer.",  # a number opening the text is not a minus
    ],
)
def test_real_copy_non_figures(text: str) -> None:
    assert all(f.value > 0 and f.start >= 0 for f in extract_figures(text))
    assert all(f.unit != "count" or f.text.strip() for f in extract_figures(text))
    if not text.startswith("42"):
        assert extract_figures(text) == []


def test_number_at_the_very_start_is_positive() -> None:
    (fig,) = extract_figures("42 rescuers arrived.")
    assert (fig.value, fig.start, fig.text) == (42, 0, "42 rescuers")


def test_table_row_noun_stays_on_its_line() -> None:
    figs = extract_figures("Net loss 481,207 vs loss 602,118\nRevs 2,915,344 vs 1,846,903")
    assert [f.text for f in figs] == ["481,207", "602,118", "2,915,344", "1,846,903"]


def test_count_noun_skips_initials_and_trailing_names() -> None:
    texts = [f.text for f in extract_figures("It sold three mln Northwind Group shares.")]
    assert texts == ["three mln Northwind Group shares"]
    assert [f.text for f in extract_figures("Nine Brightwater trucks came.")] == [
        "Nine Brightwater trucks"
    ]


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("Sales rose 5% to $12 million.", ["up", None]),
        ("Output fell 2.5% to 900 tonnes.", ["down", None]),
        ("Costs grew by 4% this year.", ["up"]),
        ("Rates were cut by 25 basis points.", ["down"]),
        ("Prices were 3% higher.", ["up"]),
        ("Profit was 7% lower.", ["down"]),
        ("It posted an increase of 6%.", ["up"]),
        ("It posted a decline of 6%.", ["down"]),
        ("The share price was up 30 cents.", ["up"]),
        ("Night frost reached minus 12 degrees.", [None]),
        ("Inflation stood at 4.1%.", [None]),
        ("Police arrested 10 more people.", [None]),
        ("Rates rose from 5% to 7%.", [None, None]),
    ],
)
def test_change_direction(text: str, changes: list[str | None]) -> None:
    figs = extract_figures(text)
    assert [f.change for f in figs] == changes
    for f in figs:
        assert (f.value < 0) == (f.change == "down" or "minus" in text)


def test_change_survives_json_store_and_export() -> None:
    summary = summarize("Exports fell 3.5% in May.")
    (fig,) = summary.figures
    assert fig.change == "down"
    row = summary_to_dict(summary)["figures"]
    assert isinstance(row, list) and row[0]["change"] == "down"
    assert load_summary(dump_summary(summary)).figures[0].change == "down"
    assert figure_dict(fig)["change"] == "down"
    assert json.loads(json.dumps(summary_to_dict(Summary(None, None, "x"))))["figures"] == []


def test_rows_stored_before_change_still_load() -> None:
    (old,) = load_figures([["5%", 5.0, "percent", "growth", 0, 2, None]])
    assert old == Figure("5%", 5.0, "percent", "growth", 0, 2, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The contract is worth tens of millions of dollars.",
            [("tens of millions of dollars", 1e7, "USD", "tens of")],
        ),
        (
            "Hundreds of thousands of residents fled the coast.",
            [("Hundreds of thousands of residents", 1e5, "count", "Hundreds of")],
        ),
        ("Hundreds of millions were spent.", []),  # of what, the words do not say
    ],
)
def test_round_amounts_in_words(text: str, expected: list[tuple[str, float, str, str]]) -> None:
    got = [(f.text, f.value, f.unit, f.qualifier) for f in extract_figures(text)]
    assert got == expected


def test_wire_table_rows() -> None:
    """A 1980s results table: "vs" joins two figures of one measure; "mths" is a duration."""
    text = "Shr 21 cts vs 18 cts\nNine mths\nNet 2,750,000 vs 2,310,000"
    got = [(f.text, f.context) for f in extract_figures(text)]
    assert got == [
        ("21 cts", "Shr"),
        ("18 cts", "Shr"),
        ("2,750,000", "Net"),
        ("2,310,000", "Net"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money raised or a gain of money is no rise; prices raised by 5% is
        ("The firm is raising 75 mln dlrs via notes.", [(75e6, None)]),
        ("It raised prices by 5%.", [(5, "up")]),
        # a loss of money is a negative result, not a fall; a loss of 3% is a fall
        ("It posted a net loss of 93.7 mln dlrs.", [(-93.7e6, None)]),
        ("It had a gain of 4.6 mln dlrs.", [(4.6e6, None)]),
        ("Shares posted a gain of 5% and a loss of 3%.", [(5, "up"), (-3, "down")]),
    ],
)
def test_results_are_levels_not_changes(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert [(round(f.value, 3), f.change) for f in extract_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trail is 2½ miles long.", [("2½ miles", 2.5, "miles")]),
        ("Rates rose to 3 ¾ percent.", [("3 ¾ percent", 3.75, "percent")]),
        (
            "It sold 2½ tonnes and ¼ tonne more.",
            [("2½ tonnes", 2.5, "tonnes"), ("¼ tonne", 0.25, "tonnes")],
        ),
        ("The side won 4½ games.", [("4½ games", 4.5, "count")]),
        ("Grade ½ only.", []),  # a lone fraction with no unit is no figure
    ],
)
def test_fractions_in_one_character(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(f.text, f.value, f.unit) for f in extract_figures(text)] == expected


def test_participle_of_won() -> None:
    (fig,) = extract_figures("The team won 12 matches.")
    assert "woned" not in fig.context


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About one sixth of voters stayed home.", [(16.667, "percent")]),
        ("Farms cover five eighths of the land.", [(62.5, "percent")]),
        ("It was the sixth round and the eighth of May.", []),
    ],
)
def test_sixths_and_eighths(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(round(v, 3), u) for v, u in _values(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Light oscillates at 4e14 hertz.", [4e14]),
        ("A factor of 2.48×10−5 was found.", [2.48e-5]),
        ("It holds 1.5 x 10^6 cells.", [1.5e6]),
        ("A 10 x 20 metre room.", [10, 20]),  # dimensions, not a power of ten
    ],
)
def test_powers_of_ten(text: str, expected: list[float]) -> None:
    got = [f.value for f in extract_figures(text)]
    assert got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It raised 40 mln Canadian dlrs.", "CAD"),
        ("It paid 12 mln Australian dlrs.", "AUD"),
        ("It owes 5 mln U.S. dlrs.", "USD"),
        ("A zone of 4 km squared.", "square_km"),
    ],
)
def test_named_dollars_and_squared(text: str, unit: str) -> None:
    assert [f.unit for f in extract_figures(text)] == [unit]


def test_numbered_paragraphs_are_not_figures() -> None:
    text = "The ministers met.\n1. The ministers agreed.\n2) Prices rose 5 pct.\n12 people died."
    assert [f.text for f in extract_figures(text)] == ["5 pct", "12 people"]


def test_count_noun_stops_at_an_adverb() -> None:
    (fig,) = extract_figures("Only 20 mln now ran on petrol.")
    assert fig.text == "Only 20 mln"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samsung earned 3 trillion won.", [(3e12, "KRW")]),
        ("The top 3 won prizes.", [(3, "count")]),  # a verb after a small count
        ("A 200-pound safe fell.", [(200, "pounds")]),  # a hyphened pound is a weight
        ("It cost 200 pounds.", [(200, "GBP")]),
        ("Profit was 125 mln stg.", [(125e6, "GBP")]),
        ("Stamps cost 27 pence.", [(0.27, "GBP")]),
        ("It paid 40 Swiss francs.", [(40, "CHF")]),
        ("Exports hit 5 bln baht.", [(5e9, "THB")]),
    ],
)
def test_more_currencies(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == [(round(v, 6), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fed cut rates by a quarter point.", [(-0.25, "percentage_points")]),
        ("Yields rose half a percentage point.", [(0.5, "percentage_points")]),
        ("It moved by a quarter of a percentage point.", [(0.25, "percentage_points")]),
        ("Rates stayed, and a half-point rise came later.", [(0.5, "percentage_points")]),
    ],
)
def test_fractions_of_a_point(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == [(round(v, 6), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half a million people fled.", [(5e5, "count")]),
        ("A million dollars vanished.", [(1e6, "USD")]),
        ("It was worth half a billion euros.", [(5e8, "EUR")]),
        ("Temperatures hit 40C, or 104F.", [(40, "celsius"), (104, "fahrenheit")]),
    ],
)
def test_a_million_and_bare_degrees(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == [(round(v, 6), u) for v, u in expected]


def test_verb_before_the_figure_is_no_part_of_the_subject() -> None:
    (fig,) = extract_figures("The company employs 1,200.")
    assert fig.context == "employed by company"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same change in other terms takes its direction
        (
            "The stock fell $2.35, or 3.1%, to $74.20.",
            [(-2.35, "down"), (-3.1, "down"), (74.2, None)],
        ),
        ("Crude rose 45 cents, or 0.6%.", [(0.45, "up"), (0.6, "up")]),
        # "a year earlier" is a time, not a rate's basis; 0930 GMT a time
        ("Sales were $4.8 billion a year earlier by 0930 GMT.", [(4.8e9, None)]),
        # index names are labels, not counts
        ("The S&P 500 gained 1.2% and the FTSE 100 fell 0.3%.", [(1.2, "up"), (-0.3, "down")]),
    ],
)
def test_wire_market_report(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert [(round(f.value, 3), f.change) for f in extract_figures(text)] == expected


def test_down_after_the_figure() -> None:
    figs = extract_figures("Output was 3.4 pct down on 1986, with a $500 down payment.")
    assert [(f.value, f.change) for f in figs] == [(-3.4, "down"), (500, None)]
