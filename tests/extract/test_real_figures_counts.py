"""What a count counts, as news copy writes it: two adjectives joined by "and" or "or" before the
noun, a name in -s before it; what a figure that ends its sentence after a colon or a dash
measures; the subject of a clause after the appositive that describes it; two hyphens written
for a dash; initials after a figure (U.S., U.K.), which end no phrase; a count's verb before
"and" and another count, and a year after it, which says when, not what; a figure a word or two
inside a bracket.

Every sentence here is written for this file (none comes from a corpus or the demo feeds).
"""

from __future__ import annotations

import pytest

from tests.extract.readers import contexts_of, figures_of


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Gunmen seized 14 local and foreign engineers.", ["14 local and foreign engineers"]),
        (
            "The war left over 9,000 combat and civilian deaths.",
            ["over 9,000 combat and civilian deaths"],
        ),
        ("The county runs 11 public or private clinics.", ["11 public or private clinics"]),
        # a plural before "and" ends the noun; so does a number after it
        ("Police held six fishermen and two farmers.", ["six fishermen", "two farmers"]),
        ("It sold 4 red and two blue vans.", ["4 red", "two blue vans"]),
        # a city's or a firm's name in -s before what is counted; a plural name ends it
        ("A sniper shot five Memphis police officers.", ["five Memphis police"]),
        ("Brokers bought 2,400 Caesars Hotel shares.", ["2,400 Caesars Hotel shares"]),
        ("The blast left four Americans dead.", ["four Americans"]),
    ],
)
def test_adjectives_joined_by_and_before_the_noun(text: str, counts: list[str]) -> None:
    assert figures_of(text) == counts


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        (
            "Tuition at state colleges is the highest in Pellmark when compared as a share of"
            " family income: 38%.",
            {"38%": "Tuition at state colleges"},
        ),
        (
            "Among rural voters, his lead was wide: 61 percent to 33 percent.",
            {"61 percent to 33 percent": "rural voters"},
        ),
        # a dash before it, and only a comma's phrase after it
        (
            "The pair stood in a virtual tie -- 44% to 43%, inside the poll's error margin.",
            {"44% to 43%": "pair"},
        ),
        (
            "Ticket sales are down $41 million from a year ago — 6.2 percent.",
            {"$41 million": "Ticket sales", "6.2 percent": "Ticket sales"},
        ),
        # words after the figure still say what it measures
        ("Poll: 41% back the plan.", {"41%": "back the plan"}),
    ],
)
def test_a_figure_ending_its_sentence_after_a_colon_or_a_dash(
    text: str, contexts: dict[str, str]
) -> None:
    assert contexts_of(text) == contexts


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The all-share index, an average of 212 listed firms, closed at 1,204.6.",
            "1,204.6",
            "all-share index",
        ),
        (
            "Orla Quent, a former mayor of Dunmore, received support from about seven in 10"
            " farmers in the valley.",
            "about seven in 10",
            "Orla Quent, share of farmers in the valley",
        ),
        # a comma and a participle with no appositive before it: the noun before the comma
        ("Output, estimated at 4 mln tonnes, fell.", "4 mln tonnes", "Output"),
    ],
)
def test_the_subject_of_a_clause_after_an_appositive(text: str, figure: str, context: str) -> None:
    assert contexts_of(text)[figure] == context


@pytest.mark.parametrize(
    "text",
    [
        "Most of the voters -- 58 percent -- named jobs as their worry.",
        "Most of the voters — 58 percent — named jobs as their worry.",
    ],
)
def test_two_hyphens_are_a_dash(text: str) -> None:
    assert contexts_of(text) == {"58 percent": "voters"}


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "Savers pulled $3.1 billion from U.S. bond funds last week.",
            "$3.1 billion",
            "pulled by Savers from U.S. bond funds last week",
        ),
        ("The plant cut 240 jobs at its U.K. unit.", "240 jobs", "jobs at U.K. unit"),
    ],
)
def test_initials_after_a_figure_end_no_phrase(text: str, figure: str, context: str) -> None:
    assert contexts_of(text)[figure] == context


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        (
            "At least four people drowned and three others were missing, officials said.",
            {"At least four people": "people drowned", "three others": "others were missing"},
        ),
        ("The fever killed about 1,400 people in 2023.", {"about 1,400 people": "people killed"}),
        # a harm's gerund before a bare count after a count of people
        (
            "The roof gave way, killing 14 people and injuring about 60.",
            {"14 people": "people killed", "about 60": "people injured"},
        ),
        (
            "A gunman shot 30 people, killing 11, police said.",
            {"30 people": "people shot", "11": "people killed"},
        ),
    ],
)
def test_a_count_s_verb_before_another_count_and_its_year(
    text: str, contexts: dict[str, str]
) -> None:
    assert contexts_of(text) == contexts


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The app sells a yearly subscription (normally $120) for $40 this week.",
            "$120",
            "yearly subscription",
        ),
        ("The hotel (usually $250 a night) is half price.", "$250 a night", "hotel"),
    ],
)
def test_a_figure_a_word_inside_a_bracket(text: str, figure: str, context: str) -> None:
    assert contexts_of(text)[figure] == context
