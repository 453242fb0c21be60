"""Figures of other wire services' forms: the days of a period, a change and the level it
reached, a number word inside a name.

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
        # A period's days are dates, not figures (Malaysian cargo surveyors, poll field dates).
        ("Tin exports for Nov 1-30 rose 4.5 per cent.", [(4.5, "percent")]),
        ("Shipments over Jan. 1-20 fell 3%.", [(-3, "percent")]),
        ("The poll was taken March 11 to 14 among 900 adults.", [(900, "count")]),
        ("Sales between June 1 and 15 rose 2%.", [(2, "percent")]),
        ("The fair runs May 3-9 in Harlow.", []),
        # A change's verb, then the level it reached: two figures, not a range.
        ("The crown firmed 0.4% to 21.35 per euro.", [(0.4, "percent"), (21.35, "count")]),
        ("The index eased 0.3% to 7,512 points.", [(-0.3, "percent"), (7512, "index_points")]),
        ("Prices may rise 2% to 3% next year.", [(2, "percent"), (3, "percent")]),
        # A capitalised number word inside a sentence, before a capitalised word, is a name's.
        ("He met the Custodian of the Two Holy Mosques on Friday.", []),
        ("Officials said Three Rivers Bank would close 12 branches.", [(12, "count")]),
        ("Two ferries sank on Friday.", [(2, "count")]),
        # British papers write percent "pc"; in capitals it is a computer.
        ("Fares rose 4pc in May.", [(4, "percent")]),
        ("Fares rose 4 pc in May.", [(4, "percent")]),
        ("The school bought 40 PC units.", [(40, "count")]),
        # African and Turkish papers' currencies: naira and rand against the number with a
        # multiplier after it (a road's N1 is no money), the lira's TL.
        ("Lagos borrowed N500bn from banks.", [(5e11, "NGN")]),
        ("The utility needs R2.5 billion.", [(2.5e9, "ZAR")]),
        ("Ankara spent TL 200 billion.", [(2e11, "TRY")]),
        ("Take the N1 to the port.", []),
        ("Form R5 is due in May.", []),
        # Kenyan papers' Sh, Ghana's cedi sign, Brazil's R$ and a sign spaced from its number,
        # Gulf papers' riyals with a multiplier (a state route's SR 520 is none), Pakistani
        # papers' "tr".
        ("The county spent Sh450 million on roads.", [(4.5e8, "KES")]),
        ("The county spent Sh 450 million on roads.", [(4.5e8, "KES")]),
        ("The board set aside GH¢ 2.5 billion for farmers.", [(2.5e9, "GHS")]),
        ("The miner earned R$ 35 billion last year.", [(3.5e10, "BRL")]),
        ("The firm sold US$ 500 million of bonds.", [(5e8, "USD")]),
        ("The port deal is worth QR 3 billion.", [(3e9, "QAR")]),
        ("The fund holds SR 2.3 trillion.", [(2.3e12, "SAR")]),
        ("Crews shut SR 520 overnight.", []),
        ("Debt rose to Rs2.1tr in June.", [(2.1e12, "INR")]),
        # Currencies written after the number: a name several countries use, alone, is its
        # most reported one; a country's adjective says which.
        ("The budget sets aside 90 billion reais.", [(9e10, "BRL")]),
        ("Stockholm will spend 6 billion kronor.", [(6e9, "SEK")]),
        ("Bucharest borrowed 3 billion lei.", [(3e9, "RON")]),
        ("The tower cost 40,000 dirhams a month.", [(4e4, "AED")]),
        ("The port deal is 3 billion Qatari riyals.", [(3e9, "QAR")]),
        ("The plan costs 5 billion Egyptian pounds.", [(5e9, "EGP")]),
        ("Nairobi will raise 20 billion shillings.", [(2e10, "KES")]),
        ("Manila set aside 2 billion Philippine pesos.", [(2e9, "PHP")]),
        # An earthquake's magnitude, before or after its number; a mine's million tonnes a
        # year; a stone's carats.
        ("A magnitude 6.2 earthquake struck the coast.", [(6.2, "magnitude")]),
        ("A 5.8-magnitude quake shook the valley.", [(5.8, "magnitude")]),
        ("The new pit will produce 5 mtpa of ore.", [(5e6, "tonnes_per_year")]),
        ("The stone weighs 1,111 carats.", [(1111, "carats")]),
        # The S&P 500 is a name however it is written; the Nasdaq's change is a figure.
        ("Traders said Standard & Poor's 500-stock index futures gained 0.4%.", [(0.4, "percent")]),
        ("The Standard and Poor's 500 index fell 1.1 pct.", [(-1.1, "percent")]),
        ("Shares in the S.&P. 500 ended flat.", []),
        ("The Nasdaq 1.2 percent higher.", [(1.2, "percent")]),
        # A ranking's places, this week's and last week's in brackets, are no figures.
        ("3. Ann Roe (8.) 4. Bo Lee (7.) 5. Cy Dunn (Last week: 2.)", []),
        # A telephone number is no figure.
        ("Call 703-555-0142 to book; about 40 people came.", [(40, "count")]),
        ("Call (301) 555-0100 for tickets.", []),
        # A number joined to a capitalised word by a hyphen is a firm's name.
        ("7-Eleven will shut 444 stores.", [(444, "count")]),
    ],
)
def test_wire_figures(text: str, expected: list[tuple[float, str]]) -> None:
    assert _values(text) == expected


def test_a_change_after_firmed_is_up_and_its_context_the_measure() -> None:
    (change, _level) = extract_figures("The crown firmed 0.4% to 21.35 per euro on Friday.")
    assert (change.change, change.context) == ("up", "crown")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # "house" is a noun in house prices and the White House, not a verb that ends a subject.
        ("Delvan house prices rose 1.2% in March.", "Delvan house prices in March"),
        ("Orlo raised $9 million for his White House bid.", "raised for White House bid"),
        # An adverb of how between the change's verb and its size is not what is measured.
        ("Delvan factory orders rose unexpectedly by 2.9% in May.", "Delvan factory orders in May"),
        ("Tin stocks fell slightly to 628 tonnes.", "Tin stocks"),
        # "more" before a plural counts that plural.
        ("The navy will send 300 more sailors to the base.", "more sailors sent"),
        # A preposition after a count begins what follows, not what it counts.
        (
            "Group operating profits fell to 117 mln after 139 mln a year earlier.",
            "Group operating profits",
        ),
    ],
)
def test_wire_figure_context(text: str, context: str) -> None:
    assert extract_figures(text)[0].context == context


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("Orders rose sharply by 4% in May.", "4%", "up"),
        ("Orders fell unexpectedly 4% in May.", "4%", "down"),
        ("The navy will send 300 more sailors.", "300 more sailors", None),
        ("Another 14 more ready to serve.", "14 more", None),
    ],
)
def test_wire_figure_text_and_change(text: str, figure: str, change: str | None) -> None:
    (found,) = extract_figures(text)
    assert (found.text, found.change) == (figure, change)


def test_the_level_a_change_reached_measures_what_changed() -> None:
    change, level = extract_figures("Shares of Orlo fell 3.5% to $45.20 in early trade.")
    assert (change.context, level.context) == ("Shares of Orlo", "Shares of Orlo in early trade")


def test_figures_set_against_each_other_in_brackets_measure_the_clause_before() -> None:
    text = "Older drivers are likelier to own a car (61% v 44%), the survey found."
    assert [f.context for f in extract_figures(text)] == ["Older drivers", "Older drivers"]


def test_a_figure_spent_keeps_its_verb_as_written() -> None:
    (figure,) = extract_figures("The Orlo fund is spending $2 million on ads.")
    assert figure.context == "spent by Orlo fund on ads"


def test_a_results_tables_bare_sums_are_in_its_per_share_lines_money() -> None:
    table = (
        "HARWICK, March 3 - Shr 41 cts vs 36 cts\n"
        "Net 2,450,000 vs 2,110,000\n"
        "Revs 58.4 mln vs 52.6 mln\n"
        "Avg shrs 6.1 mln vs 5.9 mln\n"
    )
    units = {f.text: f.unit for f in extract_figures(table)}
    assert units["2,450,000"] == units["58.4 mln"] == "USD"
    assert units["6.1 mln"] == "count"  # shares, not money
    pounds = "KELMOUTH, March 3 - Shr 9.2p vs 8.1p\nTurnover 212 mln vs 198 mln\n"
    assert {f.text: f.unit for f in extract_figures(pounds)}["212 mln"] == "GBP"


def test_every_sum_in_millions_on_a_results_tables_line_is_in_its_money() -> None:
    """Lines of any label, not only net, revenues and turnover: a results table's sums in
    millions are its money (a pretax profit, a segment's profit, deposits), but not shares,
    passengers or units."""
    table = (
        "KELMOUTH, March 3 - Shr 9.2p vs 8.1p\n"
        "Pretax profit 41.2 mln vs 36.0 mln\n"
        "Ferries 12.5 mln vs 11.0 mln\n"
        "Deposits 1.2 billion vs 1.1 billion\n"
        "Passengers carried 3.4 mln vs 3.1 mln\n"
        "Avg shrs 60.2 mln vs 58.7 mln\n"
    )
    units = {f.text: f.unit for f in extract_figures(table)}
    assert units["41.2 mln"] == units["12.5 mln"] == units["1.2 billion"] == "GBP"
    assert units["3.4 mln"] == units["60.2 mln"] == "count"


def test_a_japanese_groups_table_is_in_its_group_per_share_lines_money() -> None:
    table = (
        "OSAKA, May 20 - Year ended March 31\n"
        "Group shr 21.40 yen vs 19.95\n"
        "Net 14.22 billion vs 13.10 billion\n"
        "Operating 30.81 billion vs 28.47 billion\n"
        "Sales 512.6 billion vs 498.3 billion\n"
    )
    figures = {f.text: f for f in extract_figures(table)}
    assert {figures[t].unit for t in ("14.22 billion", "30.81 billion", "512.6 billion")} == {"JPY"}
    assert figures["30.81 billion"].context == "Operating"  # a line's label, not "operated"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # A country's dollar in the singular, before the thing it prices
        ("Orlen will look for a new site for its 90 mln U.S. Dlr dye plant.", "USD"),
        ("It floated a 75 mln Canadian dlr bond due 1992.", "CAD"),
        ("The two signed a 3 billion Australian dollar supply deal.", "AUD"),
    ],
)
def test_a_countrys_dollar_before_a_noun_is_money(text: str, unit: str) -> None:
    assert [f.unit for f in extract_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        # A capitalised word opening the reported clause qualifies its subject
        (
            "An official of the board said Kestrian tin output reached 4,120 tonnes in 1996, "
            "down slightly from 4,390 tonnes in 1995.",
            ["Kestrian tin output in 1996", "Kestrian tin output in 1995"],
        ),
        # An adverb between "down" and "from" leaves the earlier level's measure as it was
        (
            "Tin output reached 4,120 tonnes in 1986, up sharply from 2,390 tonnes in 1985.",
            ["Tin output in 1986", "Tin output in 1985"],
        ),
    ],
)
def test_the_reported_clause_and_an_earlier_level_measure_the_same(
    text: str, contexts: list[str]
) -> None:
    assert [f.context for f in extract_figures(text)] == contexts


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Acme expects 1988 profit to be about 15 pct higher than the record 2.10 dlrs a share "
            "posted for 1987.",
            "profit posted for 1987",
        ),
        (
            "The 1988 harvest is put at 3.1 mln tonnes, more than the 2.9 mln tonnes of 1987.",
            "harvest of 1987",
        ),
    ],
)
def test_the_figure_a_comparison_is_made_with_measures_the_same_at_its_own_time(
    text: str, context: str
) -> None:
    assert extract_figures(text)[-1].context == context


def test_a_clause_after_an_inserted_said_is_what_its_figure_measures() -> None:
    text = "Counting only old shops, the chain said, sales grew six pct."
    assert [f.context for f in extract_figures(text)] == ["sales"]


@pytest.mark.parametrize(
    "text",
    [
        "Total tin output, including scrap and ore, rose to 14.1 mln tonnes.",
        "Total tin output, excluding scrap, rose to 14.1 mln tonnes.",
    ],
)
def test_a_phrase_inserted_between_commas_leaves_the_subject_measured(text: str) -> None:
    assert [f.context for f in extract_figures(text)] == ["Total tin output"]


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        (
            "So far this year, ferry crossings totaled 41.2 mln, compared to 38.5 mln.",
            ["ferry crossings", "ferry crossings"],
        ),
        (
            "Ferry crossings in June totaled 4.1 mln, compared to 3.9 mln in June 1996.",
            ["Ferry crossings in June", "Ferry crossings in June 1996"],
        ),
    ],
)
def test_so_far_opens_no_subject_and_compared_to_is_compared_with(
    text: str, contexts: list[str]
) -> None:
    assert [f.context for f in extract_figures(text)] == contexts


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Tallis Marine (NYSE: TLM) had sales of $4 billion in 2024.", "sales of Tallis Marine"),
        (
            "Tallis Marine (TSX: TM) (OTCQX: TLMF) had sales of $4 billion.",
            "sales of Tallis Marine",
        ),
        ("Shares of Tallis Marine (TLM.N) fell 3% on the news.", "Shares of Tallis Marine"),
        ("The Harbour Trust (HT) said gross tonnage rose 4% last year.", "gross tonnage"),
    ],
)
def test_a_companys_tickers_in_brackets_are_no_part_of_what_is_measured(
    text: str, context: str
) -> None:
    """A press release's `(NYSE: TLM)` or an agency's `(TLM.N)` after a company's name had
    become what its sales measured ("TLM in 2024")."""
    assert extract_figures(text)[0].context.startswith(context)


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("Tallis Marine had sales of US $4 billion in 2024.", "US $4 billion", "sales of"),
        ("The fund is worth US $120 million, its manager said.", "US $120 million", "fund"),
    ],
)
def test_us_and_a_space_before_the_dollar_sign_is_part_of_the_money(
    text: str, figure: str, context: str
) -> None:
    f = extract_figures(text)[0]
    assert (f.text, f.unit) == (figure, "USD")
    assert f.context.startswith(context)


def test_a_single_a_before_a_dollar_sign_is_still_the_article() -> None:
    assert [(f.text, f.unit) for f in extract_figures("A $5 fee applies.")] == [("$5", "USD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's verb in title case before a count: the count is news, not a name
        ("Ferry Fire Kills 12 Off Tallis Coast", [(12, "count")]),
        ("Harbour Board Tops 40 Members For First Time", [(40, "count")]),
        # a name opening a sentence, its number, then a verb: the number is the name's
        ("Orbiter 3 landed on the far side in May.", []),
        ("Quillsoft 11 is out for testers this week.", []),
        ("Those 3 were freed on Monday.", [(3, "count")]),
        ("About 40 died in the fire.", [(40, "count")]),
        # a sequel or version inside a name, as before: no figure (a verb ends the name there)
        ("Critics said Uncharted 3 sold well.", []),
    ],
)
def test_a_number_beside_a_capitalised_word_in_a_headline_or_opening_a_sentence(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Analysts may dial 1-800-555-0100, passcode 771302, for the call.",
        "Join the webinar with meeting ID 840 2271 9035 and PIN: 5512.",
        "The confirmation number is 60418 and the access code is 3390.",
    ],
)
def test_a_calls_or_a_meetings_identifier_is_no_figure(text: str) -> None:
    """A press release's conference call gives a passcode and a meeting ID: digits that
    identify, not a count (the passcode had been read as a count of a "dial-in number")."""
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        (
            "Coal and gas output rose 2.1 percent and 4.4 percent, respectively, in May.",
            ["Coal output", "gas output"],
        ),
        (
            "The northern, coastal and inland districts grew 3.2 percent, 4.0 percent and "
            "5.5 percent respectively.",
            ["northern districts", "coastal districts", "inland districts"],
        ),
        (
            "In May, shipments to Oslo, Riga and Tallinn fell 3%, 5% and 8%, respectively.",
            ["shipments to Oslo", "shipments to Riga", "shipments to Tallinn"],
        ),
        (
            "Ada Brun and Sen. Ivo Tal raised $4 million and $3 million, respectively.",
            ["raised by Ada Brun", "raised by Sen. Ivo Tal"],
        ),
        (
            "The Larks and the Owls scored 88 points and 79 points, respectively.",
            ["scored by Larks", "scored by Owls"],
        ),
    ],
)
def test_figures_told_respectively_measure_their_own_subjects(
    text: str, contexts: list[str]
) -> None:
    """Wire copy lists subjects before one verb and their figures after it, "respectively":
    each figure is its own subject's (every one had been the whole list's, or its first's)."""
    assert [f.context for f in extract_figures(text)] == contexts


def test_a_list_told_respectively_keeps_its_verbs_change_for_each_figure() -> None:
    text = "In May, shipments to Oslo, Riga and Tallinn fell 3%, 5% and 8%, respectively."
    assert [(f.value, f.change) for f in extract_figures(text)] == [
        (-3, "down"),
        (-5, "down"),
        (-8, "down"),
    ]


def test_respectively_without_a_list_of_subjects_splits_nothing() -> None:
    text = "Oslo and Riga saw prices rise 2% and 3% respectively."
    assert [f.context for f in extract_figures(text)] == ["Oslo and Riga", "Oslo and Riga"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Bookings fell to 190,300 compared with 201,800 a year earlier.", "190,300"),
        ("Tolls came to 41,500 including the bridge.", "41,500"),
    ],
)
def test_compared_and_including_are_no_nouns_a_count_counts(text: str, figure: str) -> None:
    assert extract_figures(text)[0].text == figure


def test_respectively_is_no_noun_a_count_counts() -> None:
    text = "The two ports will take 12 mln and 30 mln respectively."
    assert [f.text for f in extract_figures(text)] == ["two ports", "12 mln", "30 mln"]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry bookings jumped 12 percent from a year earlier to 2.6 million, a record.",
        "Ferry bookings rose 8% year-on-year to 2.6 million.",
        "Ferry bookings fell 2% on the week to 2.6 million.",
    ],
)
def test_the_level_a_change_reached_after_what_it_is_from_measures_the_same(text: str) -> None:
    """The change's base between it and the level (`from a year earlier`) had made the
    level's context "year earlier to"."""
    contexts = [f.context for f in extract_figures(text)]
    assert len(contexts) == 2 and contexts[1] == contexts[0]
    assert contexts[0].startswith("Ferry bookings")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Silver rose to Rs 91,200 per 10 grams in Pune.", ["Rs 91,200 per 10 grams"]),
        ("The levy is $2 per 1,000 cubic feet of gas.", ["$2 per 1,000 cubic feet"]),
        ("Flu killed 32 people per 100,000 residents last winter.", ["32 people"]),
    ],
)
def test_the_numbered_basis_of_a_rate_is_part_of_it_not_a_figure(
    text: str, figures: list[str]
) -> None:
    """`per 10 grams` after a price is the price's basis, as `per barrel` is; it had been a
    figure of its own (10 grams, measuring the metal)."""
    assert [f.text for f in extract_figures(text)] == figures


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "Tarn Bank is placing a 40 mln dlr bond due 1999 with a coupon of 6-1/2 pct, "
            "priced at 98-1/4 pct, the lead manager said.",
            "98-1/4 pct",
            "price of bond",
        ),
        ("The firm sold 3 mln shares priced at 14 dlrs.", "14 dlrs", "price of shares"),
        ("The new ferry is priced at $30,000 a seat.", "$30,000 a seat", "new ferry"),
    ],
)
def test_a_securitys_price_is_the_price_of_the_security_named_before(
    text: str, figure: str, context: str
) -> None:
    """`... carrying a coupon and priced at 99-1/4 pct`: the bond's price, not the issuer
    (the clause's subject); with no security named, the subject as before."""
    assert {f.text: f.context for f in extract_figures(text)}[figure] == context


def test_a_month_between_two_sums_does_not_stop_the_second_taking_the_firsts_money() -> None:
    """`3.9 billion dlrs in May and 3.2 billion in June`: the second sum is in dollars too."""
    text = "Exports were 4.1 billion dlrs, against 3.9 billion in May and 3.2 billion in June."
    assert [f.unit for f in extract_figures(text)] == ["USD", "USD", "USD"]


def test_against_a_figure_and_another_at_another_time_measure_the_same() -> None:
    text = "Tin stocks were 2.76 mln tonnes against 2.31 mln in May and 2.57 mln in June."
    contexts = [f.context for f in extract_figures(text)]
    assert contexts[2] == "Tin stocks in June"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Five MPs and 30 NGOs signed the letter.", ["Five MPs", "30 NGOs"]),
        ("The firm sells in 12 major DMAs and 40 cities.", ["12 major DMAs", "40 cities"]),
        ("The raid killed four brave Marines.", ["four brave Marines"]),
        ("Five Chinese tourists were hurt.", ["Five Chinese tourists"]),
    ],
)
def test_a_capitalised_plural_after_an_adjective_or_in_initials_is_what_a_count_counts(
    text: str, figures: list[str]
) -> None:
    assert [f.text for f in extract_figures(text)] == figures


@pytest.mark.parametrize(
    "text",
    [
        "The clinic is open Thursdays, 10-11 a.m., at the church.",
        "A blood drive runs Friday, 3-8 p.m. at the hall.",
        "The talk is on Monday, 1-1:30 p.m. in the garden.",
    ],
)
def test_a_range_of_hours_is_no_figure(text: str) -> None:
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        (
            "Typical example: Credit limit: £900. Total payable: £980 in 10 monthly payments.",
            ["Credit limit", "Total payable", "monthly payments"],
        ),
        ("It is 64°F (18°C) on the pier this morning.", ["temperature", "temperature"]),
    ],
)
def test_a_label_after_a_label_and_before_a_phrase_and_a_bare_temperature(
    text: str, contexts: list[str]
) -> None:
    """A credit ad's `Example: Credit limit: £900.` and `Total payable: £980 in 10 ...` had
    no context (a label was read only alone on its line); a temperature whose subject is
    "it" had none either."""
    assert [f.context for f in extract_figures(text)] == contexts


def test_a_clause_before_a_colon_is_no_label_of_the_figure_after_it() -> None:
    text = "The levy made fuel dearer: A litre of petrol costs 9 cents more."
    assert [f.context for f in extract_figures(text)] == ["petrol costs", "cost of petrol"]


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        (
            "The port handled 3.2 million visitors, of which 1.4 million were from abroad.",
            ["visitors handled", "visitors from abroad"],
        ),
        (
            "The flood killed 90 people, of whom 30 were children.",
            ["people killed", "children among people"],
        ),
    ],
)
def test_of_which_and_of_whom_count_the_earlier_figures_things(
    text: str, contexts: list[str]
) -> None:
    """`..., of which 1.4 million were from abroad` gave the second figure "were from abroad"
    and `of whom 30 were children` the subject of the sentence."""
    assert [f.context for f in extract_figures(text)] == contexts


def test_the_level_after_a_change_given_twice_measures_the_same() -> None:
    """`gained 31 points, or 0.7%, to 4,293`: the level came after the change's second form
    and a comma, and took the sentence's first subject."""
    text = (
        "The Larch index rose 1.1% to 5,870, while the Tarn index gained 31 points, or 0.7%, "
        "to 4,293."
    )
    contexts = [f.context for f in extract_figures(text)]
    assert contexts[-1] == contexts[-2] == "Tarn index"


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        (
            "Ferry traffic reached a record 41% in 2024, up from 38% a year earlier.",
            ["Ferry traffic in 2024", "Ferry traffic a year earlier"],
        ),
        (
            "Bus fares rose to 5.1% in May from 4.8% a month earlier.",
            ["Bus fares in May", "Bus fares a month earlier"],
        ),
    ],
)
def test_the_earlier_figure_takes_its_own_time(text: str, contexts: list[str]) -> None:
    """`up from 38% a year earlier`: the earlier figure had the later one's time ("in 2024")
    or none, "a year earlier" being read as a change's basis."""
    assert [f.context for f in extract_figures(text)] == contexts


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        (
            "In the survey, Lind led Roe 46 percent to 38 percent among young voters.",
            ["Lind among young voters", "Roe among young voters"],
        ),
        (
            "Lind leads Roe 44 percent to 40 percent in Ohio and 41 percent to 37 percent in Iowa.",
            ["Lind in Ohio", "Roe in Ohio", "Lind in Iowa", "Roe in Iowa"],
        ),
        ("The Larks beat the Owls 24-7 on Sunday.", ["Larks", "Owls"]),
    ],
)
def test_a_pair_after_one_side_led_the_other_gives_each_side_its_figure(
    text: str, contexts: list[str]
) -> None:
    """`Lind led Roe 46 percent to 38 percent`: both shares had "Lind led Roe" or the poll's
    name; the first is the leader's, the second the other's."""
    assert [f.context for f in extract_figures(text)] == contexts


def test_ages_before_a_range_is_the_age_of_the_group_before() -> None:
    text = "The clinic sees children ages 5 to 12 on weekdays."
    assert [f.context for f in extract_figures(text)] == ["age of children"] * 2


def test_an_earlier_level_after_a_time_of_several_words_measures_the_same() -> None:
    """`fell to 4.8 trillion cubic metres at the close of 2024 from 5.1 trillion at the end of
    2023`: the earlier level had the later one's time for its context."""
    text = (
        "Total gas reserves fell to 4.8 trillion cubic metres at the close of 2024 from 5.1 "
        "trillion at the end of 2023."
    )
    contexts = [f.context for f in extract_figures(text)]
    assert contexts[1] == "Total gas reserves at the end of 2023"
