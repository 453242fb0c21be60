"""What a figure measures: short, hole-free phrases built from the sentence around it.

Every sentence here is written for this file (none comes from the corpus or the demo feeds).
"""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures
from briefing.extract.participles import participle
from briefing.extract.phrase import tokens
from tests.extract.readers import contexts_of


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        # the noun a count counts, with what qualifies it
        (
            "Flooding left about 4,200 families without drinking water on Monday.",
            "about 4,200 families",
            "families without drinking water",
        ),
        ("The storm killed at least 9 people.", "at least 9 people", "people killed"),
        # "N of X": the stuff measured, with the verb as a participle
        (
            "The mill processed 2.3 million tonnes of sugar beet this season.",
            "2.3 million tonnes",
            "sugar beet processed this season",
        ),
        # "N for X": what the money is for
        (
            "The council approved $85 million for a new water treatment plant.",
            "$85 million",
            "approved for new water treatment plant",
        ),
        # the subject of "X rose/fell/reached N"
        (
            "Retail sales in the capital rose 4.5% in March.",
            "4.5%",
            "Retail sales in the capital in March",
        ),
        ("Wind gusts reached 110 km/h along the coast.", "110 km/h", "Wind gusts along the coast"),
        # the object of "cut X by N"
        (
            "The regulator cut its benchmark rate by 75 basis points.",
            "75 basis points",
            "benchmark rate",
        ),
        # "X of N": the noun before "of"
        (
            "The airline reported a quarterly loss of $310 million.",
            "$310 million",
            "quarterly loss",
        ),
        # a share of something, and whose share it is
        (
            "The trade deficit is estimated at 2.4% of national output.",
            "2.4%",
            "estimated trade deficit, share of national output",
        ),
        (
            "Solar panels supply 12% of the island's electricity.",
            "12%",
            "share of the island's electricity supplied by Solar panels",
        ),
        # a share that opens its clause: what the part does
        (
            "In the survey, 38% of farmers said they would plant less maize.",
            "38%",
            "farmers said they would plant less maize",
        ),
        # a count's time is when, not what it counts; its verb is said once
        (
            "Acme Works said on Friday it would cut 850 of its 3,400 jobs over the next year "
            "after losing orders.",
            "3,400 jobs",
            "jobs of Acme Works",
        ),
        ("Acme Works said on Friday it would cut 850 of its 3,400 jobs.", "850", "jobs cut"),
        (
            "The coalition won 11 straight races in March.",
            "11 straight races",
            "straight races won",
        ),
        # a rate is part of what is measured
        ("The county lost 90 residents a day to the cities.", "90 residents", "residents a day"),
        # a share of a thing "of" another: the participle after both
        (
            "Officials said rain currently supplies about 30% of the yearly flow of the Mire.",
            "about 30%",
            "share of the yearly flow of the Mire supplied by rain",
        ),
        # a votes tally: one figure, told once
        (
            "The assembly adopted the new mining code by 74 votes to 20.",
            "74 votes to 20",
            "vote on new mining code",
        ),
        # a relative clause and "cost"
        (
            "Work began on the tunnel, which is expected to cost $900 million.",
            "$900 million",
            "cost of tunnel",
        ),
        # a figure before its noun
        (
            "Engineers finished a 48-kilometre canal last year.",
            "48-kilometre",
            "length of canal last year",
        ),
        # "down from N": the same measure as the figure before
        (
            "Unemployment eased to 6.1% in June, down from 6.4% in May.",
            "6.4%",
            "Unemployment in May",
        ),
        # An abbreviation keeps its last full stop (tokens cut it): U.S., not U.S
        ("U.S. grain stocks fell 4% last month.", "4%", "U.S. grain stocks last month"),
        # A span of time cut at its number is no measure: "in the first 10 months".
        (
            "Port traffic rose 3% to 8.1 million tonnes in the first 10 months.",
            "8.1 million tonnes",
            "Port traffic",
        ),
        ("Sales could grow 2 pct over the next 5 years.", "2 pct", "Sales"),
        # After "said", a possessive opens the reported clause: its subject is the measure.
        ("The bureau said Norland's output fell 3% in May.", "3%", "Norland's output in May"),
        # A figure between dashes measures the phrase it follows.
        (
            "Asked for a favourite, the diners – 61 percent – named the soup.",
            "61 percent",
            "diners",
        ),
        # "up" or "down" after the copula is the change's direction, not what it measures.
        ("Ferry bookings were up by 9 percent in May.", "9 percent", "Ferry bookings in May"),
        ("The mill's shares were down 12p at 340p.", "340p", "mill's shares"),
        # A percentage before the noun it measures, with no article.
        ("The smelter runs at 70 percent capacity.", "70 percent", "capacity"),
        ("Savers are offered 4% interest on deposits.", "4%", "interest on deposits"),
        ("Engineers say, with 90% confidence, that the dam will hold.", "90%", "confidence"),
        # A subject's last word that opens the verb's phrase too is written once.
        ("As the heir, Lee is set to gain $40 million.", "$40 million", "Lee is set to gain"),
    ],
)
def test_context_phrase(text: str, figure: str, context: str) -> None:
    assert contexts_of(text)[figure] == context


@pytest.mark.parametrize(
    "text",
    [
        "A storm dropped up to 45 cm of snow on the passes, and 10-20 cm more could fall.",
        "The bank sold $2 billion of bonds, including $500 million of 10-year notes at 4.1%.",
        "Exports rose 7% to 3.2 million tonnes, while imports fell 2% to 900,000 tonnes.",
        "Officials said 1,300 homes were damaged and 60 bridges washed away.",
    ],
)
def test_context_has_no_holes(text: str) -> None:
    """No context is a clause with the number cut out: no figure text, no dangling words."""
    for fig in extract_figures(text):
        words = fig.context.split()
        assert words, fig
        assert len(words) <= 12
        assert not any(ch.isdigit() for w in words for ch in w if not w[:4].isdigit()), fig
        assert words[-1].lower() not in {"of", "to", "at", "by", "a", "the", "from", "in"}, fig


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Up to 70 cm of snow fell.", [(0.7, "metres")]),
        ("A further 20-30 cm could fall.", [(0.2, "metres"), (0.3, "metres")]),
        ("Rain of 15 mm was recorded.", [(0.015, "metres")]),
        ("The hall covers 2,500 square metres.", [(0.0025, "square_km")]),
        ("A second phase of 500-700 MW is planned.", [(5e8, "watts"), (7e8, "watts")]),
        ("The port moved 1.2 million twenty-foot equivalent units.", [(1.2e6, "teu")]),
    ],
)
def test_units(text: str, values: list[tuple[float, str]]) -> None:
    got = [(round(f.value, 6), f.unit) for f in extract_figures(text)]
    assert got == [(round(v, 6), u) for v, u in values]


def test_unknown_currency_keeps_its_noun_in_the_figure() -> None:
    (fig,) = extract_figures("The state budget foresees spending of 90 billion crowns.")
    assert fig.unit == "count"
    assert fig.text == "90 billion crowns"
    assert fig.context == "spending in state budget"


@pytest.mark.parametrize(
    ("verb", "form"),
    [
        ("supplies", "supplied"),
        ("holds", "held"),
        ("generates", "generated"),
        ("earning", "earned"),
        # -ing forms of irregular verbs, doubled consonants, silent e
        ("spending", "spent"),
        ("making", "made"),
        ("paying", "paid"),
        ("winning", "won"),
        ("getting", "got"),
        ("fleeing", "fled"),
        ("shipping", "shipped"),
        ("planning", "planned"),
        ("using", "used"),
        ("selling", "sold"),
        ("passing", "passed"),
    ],
)
def test_participle(verb: str, form: str) -> None:
    assert participle(verb) == form


def test_tokens_keep_inner_marks() -> None:
    assert tokens("the U.S. and Kestrania’s “new” plan, # votes") == [
        "the",
        "U.S",
        "and",
        "Kestrania's",
        "new",
        "plan",
        ",",
        "#",
        "votes",
    ]


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        # a count's noun is never the whole context: say whose, or what happened to them
        (
            "Northwind Rail said it would shut one of its three depots by June.",
            "three depots",
            "depots of Northwind Rail",
        ),
        (
            "The brewery will lay off 120 staff, its owners said.",
            "120 staff",
            "staff laid off",
        ),
        (
            "The study drew on field counts of 64 ponds across the valley.",
            "64 ponds",
            "field counts of ponds across the valley",
        ),
        # "N of its M things": the first number counts the second one's things
        (
            "Police said 7 of the 30 climbers were rescued by helicopter.",
            "7",
            "climbers were rescued by helicopter",
        ),
        # an object held at a level by a participle ("keeping X at N")
        (
            "The town froze parking charges, keeping a day pass at 9 crowns, after a row.",
            "9 crowns",
            "day pass",
        ),
        # a figure before an owner's noun describes that noun ("the utility's 90 MW plant")
        (
            "Brightwater Power's 90 MW Ketch Point solar plant opened on Tuesday.",
            "90 MW",
            "capacity of Ketch Point solar plant",
        ),
        # a short verb is a verb too, and the next clause is not the count's
        (
            "At least 9 people died when the footbridge collapsed on Friday.",
            "At least 9 people",
            "people died",
        ),
        # "saw" ends the place the crowd was in
        (
            "A crowd of 18,500 at the Eastfield Ground saw the hosts win.",
            "18,500",
            "crowd at the Eastfield Ground",
        ),
    ],
)
def test_counts_and_objects_say_what_they_measure(text: str, figure: str, context: str) -> None:
    assert contexts_of(text)[figure] == context


def test_minus_is_part_of_the_figure_as_written() -> None:
    (figure,) = extract_figures("Overnight lows reached minus 22 degrees Celsius in the valley.")
    assert figure.text == "minus 22 degrees Celsius"
    assert figure.value == -22


def test_a_cost_verb_belongs_to_the_figure_it_governs() -> None:
    contexts = contexts_of("The pipeline, expected to cost $900 million, will run 240 km inland.")
    assert contexts["$900 million"] == "cost of pipeline"
    assert contexts["240 km"].startswith("pipeline")  # its length, not its cost


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        # "in" and a span of time after a sum says when, not what: the subject is measured ...
        (
            "Orchard sales climbed to 640 million pesos in the first nine months of 2025.",
            "640 million pesos",
            "Orchard sales in the first nine months of 2025",
        ),
        (
            "Ferry fares brought in $12 million in the second half.",
            "$12 million",
            "Ferry fares in the second half",
        ),
        # ... but "in" and a thing is what the sum is in, even with a time after it.
        (
            "The mill paid $3 million in royalties last year.",
            "$3 million",
            "paid in royalties last year",
        ),
        ("The city gave $4 million in grants.", "$4 million", "given in grants"),
        # An article and a participle before a figure qualify it; they are not the clause's
        # verb, and the figure before them does not run on into them.
        (
            "Wool exports slipped to $410 million from a revised $430 million in May.",
            "$430 million",
            "Wool exports in May",
        ),
        (
            "Wool exports slipped to $410 million from a revised $430 million.",
            "$410 million",
            "Wool exports",
        ),
        ("Ticket sales rose to 9,100 from an upwardly revised 8,700.", "8,700", "Ticket sales"),
        # A time opening a sentence is not its subject.
        ("In 2023 the ferry line earned $4.2 million.", "$4.2 million", "earned by ferry line"),
        ("Last year the ferry line earned $4.2 million.", "$4.2 million", "earned by ferry line"),
        ("In August the ferry line earned $4.2 million.", "$4.2 million", "earned by ferry line"),
        # A clause opened by "after", "when" ... has its own subject ...
        ("The mayor spoke to reporters after the board voted 9-2.", "9-2", "voted by board"),
        ("Lee resigned when the trust paid $40 million.", "$40 million", "paid by trust"),
        # ... but "after" before a figure's own phrase is only a preposition.
        ("Shares slipped after a 4% jump.", "4%", "jump"),
        # "added" just before a figure is a rise, not a report whose clause the figure opens.
        ("The Kerrow index rose 0.8% and the Tarn 40 added 1.4%.", "1.4%", "Tarn 40"),
        # A list's mark is no word of a context.
        (
            "Quarter in brief:\n- Sales of $31.4 million, up 9%\n- Orders of 1,200",
            "$31.4 million",
            "Sales",
        ),
        # A compound in -ed is an adjective of the subject, not its verb ...
        (
            "Norland's state-owned rail freight fell to 40 mln tonnes.",
            "40 mln tonnes",
            "Norland's state-owned rail freight",
        ),
        # ... unless a verb's prefix opens it.
        ("The board re-elected 12 directors.", "12 directors", "directors re-elected"),
        # The basis of a change is no part of what it measures; the time after it is.
        ("Kelp exports fell 8% year-on-year in June.", "8%", "Kelp exports in June"),
        ("Kelp exports fell 8% from a year earlier in June.", "8%", "Kelp exports in June"),
        # A figure compared with one of the same measure at another time measures it then.
        (
            "Kelp exports reached $64 million in May, compared with $58 million in April"
            " and $41 million in May 2025.",
            "$41 million",
            "Kelp exports in May 2025",
        ),
        (
            "Kelp exports reached $64 million in May, compared with $58 million in April.",
            "$58 million",
            "Kelp exports in April",
        ),
        # A count after a modal's verb is what the verb does to it.
        ("The new line will employ 640 drivers.", "640 drivers", "drivers employed"),
        (
            "The grant could benefit about 9,000 growers.",
            "about 9,000 growers",
            "growers benefited",
        ),
        # A pronoun run on with its verb is a pronoun, no measure.
        ("They've spent $3 million on repairs.", "$3 million", "spent on repairs"),
    ],
)
def test_what_a_figure_measures_in_the_clauses_of_real_copy(
    text: str, figure: str, context: str
) -> None:
    assert contexts_of(text)[figure] == context


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The brewer earned $8 million, or 40 cents a share, in 2024.",
            "$8 million",
            "40 cents a share",
        ),
        ("Orders fell 300, or 6%, in the quarter to June.", "300", "6%"),
    ],
)
def test_a_figure_after_or_measures_the_one_before(text: str, first: str, second: str) -> None:
    # ", or" between two figures gives the first's measure in other terms
    contexts = contexts_of(text)
    assert contexts[first] and contexts[second] == contexts[first]


def test_a_share_after_or_measures_its_own_whole() -> None:
    contexts = contexts_of("The fund bought 120,000 shares, or 9% of the brewer's stock, in May.")
    assert contexts["9%"] == "share of the brewer's stock"


@pytest.mark.parametrize(
    "text",
    [
        "In March the mill said it’d raised $7 million from its owners.",
        "In November 2031 the mill said it had raised $7 million from its owners.",
        "Early 2031 the mill raised $7 million from its owners.",
    ],
)
def test_a_time_or_a_contracted_pronoun_is_no_subject_a_figure_measures(text: str) -> None:
    assert contexts_of(text)["$7 million"] == "raised by mill from owners"
