"""Numbers that are no figures, and figures the clause rules misread, in obituary, factbox,
contents-page, drugs and markets copy: an age at a death, a list's numbers without their stop,
grams written "g", long and short tons, and a figure of a clause after "as" or a verb of
forecast.

Every sentence here is written for this file (none comes from a corpus or the demo feeds).
"""

from __future__ import annotations

import pytest

from briefing.extract.figures import extract_figures
from tests.extract.readers import context_of, contexts_of, figures_of


@pytest.mark.parametrize(
    "text",
    [
        "Harriet Olsen, who sang with the city choir for forty years, has died at 91, her"
        " daughter said on Tuesday.",
        "Folk singer Harriet Olsen dead at 91",
        "Folk singer Harriet Olsen dies at 91.",
        "Harriet Olsen, voice of the city choir, dies aged 91",
    ],
)
def test_an_age_at_a_death_is_no_figure(text: str) -> None:
    assert figures_of(text) == []


def test_a_figure_after_a_death_verb_is_kept() -> None:
    assert context_of("The index died at 77 points on Monday.", "77 points") == "index"


@pytest.mark.parametrize(
    "text",
    [
        "What is inside\n1 Why the river moved\n2 The first dredging\n3 Who pays now\n4 Endnotes",
        "What is inside\n\n1 Why the river moved\n\n2 The first dredging\n\n3 Who pays now",
    ],
)
def test_the_numbers_of_a_contents_page_are_no_figures(text: str) -> None:
    assert figures_of(text) == []


def test_a_factbox_keeps_its_figures_but_not_its_line_numbers() -> None:
    text = (
        "Some facts about Sunday's vote in Pellmark:\n"
        "1 About 4.1 million people may vote.\n"
        "2 Polling stations open at 8 a.m.\n"
        "3 The 120-seat assembly is elected by lists; parties need 4% to win seats.\n"
    )
    assert sorted(contexts_of(text)) == ["4%", "About 4.1 million people"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # amounts that count up once by chance are a list's amounts
        ("You need:\n2 eggs\n3 apples\n1 lemon", ["2 eggs", "3 apples", "1 lemon"]),
        # two lines numbered are too few to tell
        ("Top stories\n1 Rates go up\n2 Floods in the west", ["1 Rates", "2 Floods"]),
    ],
)
def test_amounts_at_lines_starts_stay_figures(text: str, figures: list[str]) -> None:
    assert figures_of(text) == figures


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Customs officers found 250 g of heroin in the van.", "250 g", 0.25),
        ("The bar weighs 180g.", "180g", 0.18),
    ],
)
def test_grams_written_g(text: str, figure: str, value: float) -> None:
    (found,) = extract_figures(text)
    assert (found.text, found.unit, found.value) == (figure, "kg", value)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The smelter produced 150,000 long tons of zinc.", "150,000 long tons", 152407.05),
        ("The mill shipped 40,000 short tons of steel.", "40,000 short tons", 36287.4),
    ],
)
def test_long_and_short_tons_are_tonnes(text: str, figure: str, value: float) -> None:
    (found,) = extract_figures(text)
    assert (found.text, found.unit, round(found.value, 2)) == (figure, "tonnes", value)


def test_5g_is_a_network_not_grams() -> None:
    assert figures_of("The carrier sells 5G phones and 4G routers.") == []


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "Families left their homes on Friday as the Kessel River rose to 4.1 metres.",
            "4.1 metres",
            "Kessel River",
        ),
        ("Shares fell on Monday as the dollar rose to 151.4 yen.", "151.4 yen", "dollar"),
        # "as" before no clause of its own leaves the sentence's subject
        ("Exports rose 4% as much as the year before.", "4%", "Exports"),
        # "that" before a time is a determiner, no clause's start
        (
            "Before the crash that year, shares slid nearly 11 per cent.",
            "nearly 11 per cent",
            "shares",
        ),
        (
            "The agency puts the town's population that year at 18,450.",
            "18,450",
            "town's population",
        ),
        # a forecast's object may be a clause with its own subject
        (
            "Economists had forecast retail sales would increase 0.6% in May.",
            "0.6%",
            "retail sales in May",
        ),
        ("Dealers predict the call rate will ease to 2.75 pct.", "2.75 pct", "call rate"),
        # but not a forecast that is a noun
        (
            "Its forecast for total wheat output rose to 9.2 mln tonnes.",
            "9.2 mln tonnes",
            "forecast for total wheat output",
        ),
    ],
)
def test_a_figure_of_a_clause_of_its_own_measures_its_subject(
    text: str, figure: str, context: str
) -> None:
    assert context_of(text, figure) == context
