"""Contexts as a reader would write them: whole phrases, never verb fragments or bare repeats.

Every sentence here is written for this file (none comes from a corpus or the demo feeds).
"""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures
from tests.extract.readers import context_of


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        # a small count in words inside the measured phrase stays in it
        (
            "Trade between Austria and the three republics reached $12 billion last year.",
            "$12 billion",
            "Trade between Austria and the three republics last year",
        ),
        (
            "He said trade between Austria and the three republics exceeded $12 billion.",
            "$12 billion",
            "trade between Austria and the three republics",
        ),
        # an age says whose age it is, not the phrase after it
        (
            "Nurses will vaccinate 30,000 children under the age of 5 within a month.",
            "5",
            "age of children",
        ),
        ("The scheme covers women aged 60 and over.", "60", "age of women"),
        # "expects to handle": a verb and its infinitive, not part of the subject
        (
            "The harbour expects to handle a record 900,000 tonnes this year.",
            "900,000 tonnes",
            "handled by harbour this year",
        ),
        # ", up 4.5%" after a figure is the change of that figure's measure
        (
            "The harbour expects to handle a record 900,000 tonnes this year, up 4.5% from 2024.",
            "4.5%",
            "handled by harbour this year",
        ),
        (
            "The firm reported an order book worth 2 billion crowns, down 12% on the year.",
            "12%",
            "order book",
        ),
        # a plural subject that looks like a verb (exports, imports) is the subject
        ("Exports reached $4 billion last year.", "$4 billion", "Exports last year"),
        ("Imports will reach $2 billion.", "$2 billion", "Imports"),
        # a change with no subject of its own measures what the figure before it does
        (
            "Shares in the utility closed up 1.5% on Friday, after rising 2.8% on Thursday.",
            "2.8%",
            "Shares in the utility",
        ),
        # a count held by the subject says whose, not the bare noun again
        ("The school has 1,200 students.", "1,200 students", "students of the school"),
        ("Kestrel Air has 5,300 workers.", "5,300 workers", "workers of Kestrel Air"),
        # a count opening its clause takes its verb, even one the word lists do not know
        (
            "Officials said 40,000 pupils from the islands currently study on the mainland.",
            "40,000 pupils",
            "pupils from the islands study on the mainland",
        ),
        (
            "The firm grew, while 14 regional depots operate across the north.",
            "14 regional depots",
            "regional depots operate across the north",
        ),
        # an incidental count says the phrase it stands in, not its bare noun again
        (
            "Trade between Austria and the three republics reached $12 billion.",
            "three republics",
            "Trade between Austria and the republics",
        ),
        # but not a phrase the preposition does not belong to
        ("He had not scored for his club in 31 matches.", "31 matches", "matches"),
        # no fragment of a verb at either end
        (
            "The city's budget is earmarked $4 million for parks.",
            "$4 million",
            "earmarked for parks",
        ),
        (
            "Temperatures in the valley fell to 12 degrees.",
            "12 degrees",
            "Temperatures in the valley",
        ),
        (
            "Rescuers said 73 had been treated in hospital.",
            "73",
            "treated in hospital",
        ),
    ],
)
def test_context_reads_as_a_phrase(text: str, figure: str, context: str) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    "text",
    [
        "The school has 1,200 students.",
        "Exports reached $4 billion last year.",
        "Shares closed up 1.5% on Friday, after rising 2.8% on Thursday.",
    ],
)
def test_no_bare_repeat_nor_verb_fragment(text: str) -> None:
    for f in extract_figures(text):
        words = f.context.split()
        noun = f.text.split()[1:]
        assert words and words != noun, (f.text, f.context)
        assert words[-1].lower() not in ("reached", "rising", "expects", "has"), f.context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("The rate was 2.5 pct, down from three pct.", "2.5 pct", "rate"),
        (
            "Initial crude oil runs were 20,000 barrels per day.",
            "20,000 barrels per day",
            "Initial crude oil runs",
        ),
    ],
)
def test_context_keeps_plural_heads_and_drops_earlier_levels(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "context"),
    [
        # a score or a tally measures the result it qualifies, not the clause's subject
        (
            "A late header by Ivo Marsh gave Dunmore a 2-1 win over Kelby in the cup final on "
            "Sunday.",
            "win over Kelby in the cup final",
        ),
        ("An early goal handed the visitors a 3-0 victory at Ashgrove.", "victory at Ashgrove"),
        ("The assembly passed the water bill by a 61-39 vote on Thursday.", "vote on water bill"),
        ("In a 5-4 ruling, the court struck down the levy.", "ruling"),
    ],
)
def test_a_score_measures_the_result_it_qualifies(text: str, context: str) -> None:
    figures = [f for f in extract_figures(text) if "-" in f.text]
    assert len(figures) == 2  # both ends, one text
    assert {f.context for f in figures} == {context}


@pytest.mark.parametrize(
    "text",
    [
        "Lumo released tideOS 14.2 to its developers on Monday.",
        "The patch for veloOS 3.12.4 closes the flaw.",
        "Orrin showed the Comet 9 Pro and the Comet 9 at its launch.",
        "Support for Harbor 10 ends in March.",
        "The agency delayed the Skylark 2 launch again.",
        "Ferrow said the Voyant 3 headset now costs less.",
        "She listens to Radio Kestra 104 on the way to work.",
        "The firm matches what staff put into a 401(k) plan.",
        # two versions of one name side by side, after a list's comma: no tally
        "The show covers a new map pack, GameBox 4 GameBox 2 ports and more.",
    ],
)
def test_a_number_in_a_product_mission_or_version_name_is_no_figure(text: str) -> None:
    assert [f.text for f in extract_figures(text) if f.unit == "count"] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a score after a team, a table's line, a tally, a possessive's count stay figures
        ("Dunmore beat Kelby 2-1 in the final.", [2.0, 1.0]),
        ("Net 2,450,000 vs 1,730,000.", [2_450_000.0, 1_730_000.0]),
        ("The count stands at Vance 384, Okoro 300 and Lind 151.", [384.0, 300.0, 151.0]),
        ("The count: Vance 384, Okoro 300, Lind 151 and Abel 20.", [384.0, 300.0, 151.0, 20.0]),
        ("Vance has 538 delegates to Okoro's 412.", [538.0, 412.0]),
        ("Officials said on Monday 40 people had died.", [40.0]),
    ],
)
def test_numbers_after_names_that_are_figures(text: str, values: list[float]) -> None:
    assert [f.value for f in extract_figures(text)] == values


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Orrin sold 2 million on the first day.", "sold by Orrin on the first day"),
        ("The firm paid $5 million to settle the case.", "paid by firm"),
        ("The campaign spent $1.3 million on advertising.", "spent by campaign"),
    ],
)
def test_an_irregular_participle_is_written_as_it_is(text: str, context: str) -> None:
    assert extract_figures(text)[0].context == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("Officials released a 212-page report on the flood.", "212-page", "report on the flood"),
        ("The 27-nation bloc agreed new sanctions on Friday.", "27-nation", "bloc"),
        ("The 15-member council voted again on Friday.", "15-member", "council"),
        ("Voss now holds a 12-point lead over Okoro.", "12-point", "lead over Okoro"),
    ],
)
def test_a_count_joined_to_its_noun_describes_what_follows(
    text: str, figure: str, context: str
) -> None:
    # A 212-page report: what the count describes is the report, not the clause's subject.
    assert [(f.text, f.context) for f in extract_figures(text)] == [(figure, context)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the sides of a size take its unit
        ("The hall is 40 x 25 metres.", [(40.0, "metres"), (25.0, "metres")]),
        ("The crate is 6 x 0.5 x 3 feet.", [(6.0, "feet"), (0.5, "feet"), (3.0, "feet")]),
        # round the clock is no figure; a score of 24-7 is one
        ("The help line is staffed 24 x 7 and the ward is open 24-7.", []),
        ("The Hawks won 24-7 on Sunday.", [(24.0, "count"), (7.0, "count")]),
    ],
)
def test_sizes_and_round_the_clock(text: str, figures: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in extract_figures(text)] == figures


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("They camped below the 6,200-foot-high pass.", "height of pass"),
        ("Divers found a 12-metre-long wreck.", "length of wreck"),
        ("The town's 40-foot-tall clock tower fell.", "height of clock tower"),
        ("A 3-mile-wide crater opened.", "width of crater"),
    ],
)
def test_a_size_written_with_its_adjective_measures_the_noun_after_it(
    text: str, context: str
) -> None:
    assert extract_figures(text)[0].context == context


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The port spent $40 million dredging its channel.", "spent by port dredging channel"),
        (
            "Acme invested $2 billion building plants in Ohio.",
            "invested by Acme building plants in Ohio",
        ),
        # a place or a time after the sum is told as before
        ("The city spent $5 million on roads.", "spent by city on roads"),
    ],
)
def test_what_money_spent_went_on_is_its_gerunds_phrase(text: str, context: str) -> None:
    assert extract_figures(text)[0].context == context


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Overall, party groups spent $6 million on the race.",
            "spent by party groups on the race",
        ),
        ("Meanwhile, the city spent $5 million on roads.", "spent by city on roads"),
        ("Separately, exports rose 5 pct.", "exports"),
    ],
)
def test_a_sentence_adverb_and_its_comma_are_no_subject(text: str, context: str) -> None:
    assert extract_figures(text)[0].context == context


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The reform took a term and a half.", []),
        ("The coach stayed a season and a half.", []),
        # a fraction after another fraction is still one
        ("Turnout fell by between a fifth and a third.", [33.33]),
    ],
)
def test_a_noun_and_a_half_is_no_share(text: str, values: list[float]) -> None:
    assert [round(f.value, 2) for f in extract_figures(text)] == values


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        ("Entry: £9 Parking: £4", ["Entry", "Parking"]),
        ("Deposit: $200. Balance: $1,300.", ["Deposit", "Balance"]),
    ],
)
def test_a_run_of_labels_and_figures_gives_each_figure_its_own_label(
    text: str, contexts: list[str]
) -> None:
    assert [f.context for f in extract_figures(text)] == contexts


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        ("The 11-member panel voted 8-3 to approve the plan.", "8-3", "voted by panel"),
        ("The 48-page audit cost $90,000.", "$90,000", "cost of audit"),
    ],
)
def test_an_earlier_figure_s_hyphenated_noun_leaves_with_it(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The agency said 61 people had died and 230 had been injured in the floods.",
            "230",
            "people had been injured",
        ),
        (
            "Officials said 14 climbers were rescued and 12 remain missing.",
            "12",
            "climbers remain missing",
        ),
    ],
)
def test_a_bare_count_after_auxiliaries_and_a_harm_counts_the_earlier_noun(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The bank's key rate now stands at 4.25 percent after the rise.",
            "4.25 percent",
            "bank's key rate now stands",
        ),
        ("The toll currently stands at 26, officials said.", "26", "toll currently stands"),
        ("Its jobless rate still stands at 6.8%.", "6.8%", "jobless rate still stands"),
        # without the adverb, the subject was read so already
        ("The bank's key rate stands at 4.25 percent.", "4.25 percent", "bank's key rate stands"),
    ],
)
def test_a_level_after_an_adverb_and_its_verb_measures_the_subject(
    text: str, figure: str, context: str
) -> None:
    # "now stands": the adverb opens the verb, so "stands" is no plural noun of the subject
    # (the context was "stands" alone).
    assert context_of(text, figure) == context
