"""Figures in the forms of news agencies the corpora lack (state and national agencies of
Asia, Europe, Africa and Latin America): an owner's noun that is also a verb, "will amount
to", a count of part of an owner's whole, a change that marks the figure before it.

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures
from tests.extract.readers import context_of, figures_of


@pytest.mark.parametrize(
    ("text", "figure", "measures"),
    [
        # After an owner ("Norland's"), a word that may be a verb ("export", "import",
        # "trade", "report") begins the owner's noun phrase; the subject goes on past it.
        (
            "Norland's export revenue for the first 10 months reached 41 billion USD.",
            "41 billion USD",
            "export revenue for the first 10 months",
        ),
        (
            "Brevia's import bill climbed to $7.2 billion in May.",
            "$7.2 billion",
            "Brevia's import bill in May",
        ),
        # An owner standing for its noun ("Lee's" share) is followed by its verb, not a noun
        # of its own, when a preposition comes next (guard: passes before too).
        (
            "Kim's share rose by two points while Lee's fell by three points.",
            "three points",
            "Lee's",
        ),
        # "will amount to", "could amount to": the subject, not "amount".
        (
            "Corvia's wheat crop this season will amount to 42 million tonnes, the ministry said.",
            "42 million tonnes",
            "Corvia's wheat crop this season",
        ),
        ("Losses could amount to 3 billion euros.", "3 billion euros", "Losses"),
        # A bare count "of" an owner's count counts that count's noun.
        ("Storms flooded 40 of the province's 62 towns.", "40", "towns flooded"),
        ("The alliance took 17 of the assembly's 30 seats.", "17", "seats taken"),
        # A change that marks the figure before it (Nigerian and Indian copy) measures what
        # that figure does.
        (
            "The port earned N840 billion in fees, representing a 19 per cent increase.",
            "19 per cent",
            "earned in fees",
        ),
        ("Turnover reached $3 billion, marking a 9% rise from 2024.", "9%", "Turnover"),
        ("Turnover reached $3 billion, representing an increase of 9%.", "9%", "Turnover"),
        # A verb's base form after a singular noun ends the phrase as its head: "plan", "buy",
        # "rise", "win" are nouns there.
        (
            "The council approved a $2.1 billion housing plan on Tuesday.",
            "$2.1 billion",
            "housing plan",
        ),
        ("The party booked a $3 million ad buy in Ohio.", "$3 million", "ad buy in Ohio"),
        ("Nurses won a 6% pay rise.", "6%", "pay rise"),
        # ... but not before "to" (guard: passes before too).
        ("All 60 members of the board get to vote.", "60 members", "members of the board"),
        # Asian agencies' and markets desks' short forms of "year-on-year" are how it changed,
        # not what reached the level.
        ("Shipments grew 6.1% y-o-y to US$2.3b in May.", "US$2.3b", "Shipments in May"),
        ("Orders rose 2% m/m to $8 billion.", "$8 billion", "Orders"),
        # A reported clause that opens with a plural and "for" has that plural as its subject,
        # not the one who said it.
        ("Voss said costs for a new mill are $40 million.", "$40 million", "costs for a new mill"),
        # A nation's adjective may open a subject before an adverb and its participle, and a
        # verb's base form before a verb of level is a compound's head ("money supply fell").
        (
            "Norlandic narrowly defined money supply fell $3 billion to $41 billion.",
            "$41 billion",
            "Norlandic narrowly defined money supply",
        ),
        ("The money supply rose 3% in June.", "3%", "money supply in June"),
        # "as" and a noun with no article before its verb of level open a clause of their own;
        # a singular's verb in -s just before the figure is the verb (headline-style copy).
        ("Lark earned $90 million as revenue jumped 40%.", "40%", "revenue"),
        ("Lark posts $90 million profit as revenue jumps 40%.", "40%", "revenue"),
        ("Her net worth exceeds $2 billion.", "$2 billion", "net worth"),
        # Court and regulators' copy: a figure after "fined" is the fine, on whom, and for what.
        ("A court fined the lender $3 million.", "$3 million", "fine on lender"),
        ("The lender was fined $3 million.", "$3 million", "fine on lender"),
        (
            "Regulators fined Brill Foods 9 million euros for price fixing.",
            "9 million euros",
            "fine on Brill Foods for price fixing",
        ),
        ("The judge jailed him and fined him $500.", "$500", "fine"),
        # "worth" ends the noun a quantity counts: what it is worth is another figure.
        ("Customs seized 2.1 tonnes of heroin worth $60 million.", "2.1 tonnes", "heroin seized"),
        # Indian copy (PTI): a change "in" a thing "at" the level it reached, and "touched"
        # for reached.
        (
            "Birla Cement reported a 9 per cent rise in net profit at Rs 812 crore.",
            "Rs 812 crore",
            "net profit",
        ),
        ("Rice procurement has touched 310 lakh tonnes.", "310 lakh tonnes", "Rice procurement"),
        # "current account" is a balance, not "account for".
        (
            "Sarvia's current account surplus widened to $4.1 billion in June.",
            "$4.1 billion",
            "Sarvia's current account surplus in June",
        ),
    ],
)
def test_what_an_agency_figure_measures(text: str, figure: str, measures: str) -> None:
    assert context_of(text, figure) == measures


def test_the_total_amount_stays_a_noun() -> None:
    # "amount" is a verb only after a modal or "to" and before "to" (guard: passes before too).
    assert context_of("The total amount of aid rose to $80 million.", "$80 million") == (
        "total amount of aid"
    )


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The trade gap narrowed 8.2% to $41 billion.", "down"),
        ("The gap widened by $3 billion.", "up"),
    ],
)
def test_a_gap_that_narrowed_fell(text: str, change: str) -> None:
    # A deficit that narrowed fell; a gap that widened grew (before, neither changed).
    assert extract_figures(text)[0].change == change


@pytest.mark.parametrize(
    "text",
    ["Flags help an urgent job or two stand out.", "A stray bug or three slip through."],
)
def test_a_thing_or_two_is_no_count(text: str) -> None:
    # "a task or two" means a few; before, "two" counted the verb after it.
    assert figures_of(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Okafor scored 31 points in the win.", "count"),
        ("Okafor finished with a career-high 44 points.", "count"),
        # (guard: passes before too) an index's points stay index points.
        ("The Nikkei fell 310 points.", "index_points"),
    ],
)
def test_a_player_s_points_are_a_count(text: str, unit: str) -> None:
    # Sports wires: points a player scored are no index's.
    assert extract_figures(text)[0].unit == unit


def test_paise_are_a_hundredth_of_a_rupee() -> None:
    # "settled 9 paise lower" (PTI's currency copy): before, a count of paise.
    first = extract_figures("The rupee settled 9 paise lower at 84.30 against the dollar.")[0]
    assert (first.value, first.unit) == (-0.09, "INR")
