"""Local money as Gulf, Arab, African, Asian, Australian and Canadian copy writes it:
abbreviations against the number, shillings and dollars by the country a story names, a news
agency's own dollar, its last line and its dateline without a dash. One test per rule.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from briefing.extract.dateline import extract_dateline
from briefing.extract.figures import extract_figures
from briefing.extract.signoff import extract_signoff
from briefing.summarize import summarize


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The emirate's fund booked a QR14.2 billion gain.", "QR14.2 billion", "QAR"),
        ("The utility will borrow SR3.5 billion from banks.", "SR3.5 billion", "SAR"),
        ("The refinery cost KD2.6 billion to build.", "KD2.6 billion", "KWD"),
        ("The airline lost BD120 million last year.", "BD120 million", "BHD"),
        ("The port expansion will cost RO300 million.", "RO300 million", "OMR"),
        ("The water project was given JD75 million.", "JD75 million", "JOD"),
        ("The canal authority earned LE42 billion.", "LE42 billion", "EGP"),
        ("The province borrowed P640 million for bridges.", "P640 million", "PHP"),
        ("The exporters shipped VND95 trillion of coffee.", "VND95 trillion", "VND"),
        ("The central bank sold TL2.5 billion of bonds.", "TL2.5 billion", "TRY"),
        ("The cement maker raised Mex$8 billion in bonds.", "Mex$8 billion", "MXN"),
        ("The insurer paid SFr 90 million in claims.", "SFr 90 million", "CHF"),
        ("The dam will cost Birr 30 billion more.", "Birr 30 billion", "ETB"),
        ("The fair's ticket office took E£40 million.", "E£40 million", "EGP"),
        # Australian copy writes the dollar's country after the sign
        ("The miner earned $A2.3 billion in the year.", "$A2.3 billion", "AUD"),
        ("Its shares closed at $A14.02.", "$A14.02", "AUD"),
        ("The contract is worth $US640 million.", "$US640 million", "USD"),
        ("Growers were paid $NZ95 million.", "$NZ95 million", "NZD"),
        ("Milk costs $NZ3.20 there.", "$NZ3.20", "NZD"),
        # the European Community's unit of account, spelled out as 1987 copy did
        (
            "The EC set aside 1.2 billion European Currency Units.",
            "1.2 billion European Currency Units",
            "XEU",
        ),
    ],
)
def test_local_money_written_before_the_number(text: str, figure: str, unit: str) -> None:
    assert [(f.text, f.unit) for f in extract_figures(text)] == [(figure, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "Flight MH17 came down in 2014.",  # two capitals and no multiplier: a flight
        "The SR520 bridge reopened on Monday.",  # a state route
        "The P4 sheets were sold out.",  # a paper size
        "The VND100 note is rarely seen.",  # a code without a multiplier stays no figure
        "The A4 sheets and the A380 jets came in May.",  # a paper size, a plane
    ],
)
def test_letters_against_a_number_without_a_multiplier_are_no_money(text: str) -> None:
    assert [f.unit for f in extract_figures(text) if f.unit not in ("count",)] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("KAMPALA - The council approved a Shs2.4 trillion budget.", "UGX"),
        ("ARUSHA - The park will spend Sh90 billion on roads.", "TZS"),
        ("MOMBASA - The port raised Sh12 billion from the bond.", "KES"),
        # A story that names no shilling country keeps Kenya's, the most reported.
        ("The lender raised Sh12 billion from the bond.", "KES"),
        ("ARUSHA - The park paid KSh 90 million to a Kenyan firm.", "KES"),  # Kenya's own
    ],
)
def test_shillings_are_the_money_of_the_one_shilling_country_the_story_names(
    text: str, unit: str
) -> None:
    assert [f.unit for f in extract_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # A paper's copy that writes the American dollar US$ writes its own country's as $.
        (
            "BRISBANE - The rail line will cost $4.8 billion, or about US$3.1 billion.",
            ["AUD", "USD"],
        ),
        ("The mall in Toronto sold for $900 million, about US$650 million.", ["CAD", "USD"]),
        # Without US$, or naming no dollar country, $ stays the American dollar.
        ("BRISBANE - The rail line will cost $4.8 billion.", ["USD"]),
        ("The mall sold for $900 million, about US$650 million.", ["USD", "USD"]),
        # A wire writes its own style: a Reuters story from Sydney writes A$ for Australia's.
        (
            "SYDNEY, May 4 (Reuters) - The miner paid $70 million in fines, US$ figures showed.",
            ["USD"],
        ),
    ],
)
def test_bare_dollars_beside_us_dollars_are_the_dollar_country_s(
    text: str, units: list[str]
) -> None:
    assert [f.unit for f in summarize(text).figures] == units


def test_the_canadian_press_signs_its_last_line_and_writes_canadian_dollars() -> None:
    text = (
        "HALIFAX — The province will spend $310 million on ferries over four years.\n"
        "“The boats are older than most of their crews,” the minister said.\n"
        "This report by The Canadian Press was first published March 3, 2026."
    )
    assert extract_signoff(text) == "CP"
    summary = summarize(text)
    assert summary.source == "CP"
    assert [(f.text, f.unit) for f in summary.figures] == [("$310 million", "CAD")]


def test_an_agency_named_in_full_in_brackets_ends_a_dateline_without_a_dash() -> None:
    text = "Holguin, May 4 (Prensa Latina) The harbour reopened after the storm."
    line = extract_dateline(text)
    assert (line.place, line.source) == ("Holguin", "Prensa Latina")
    assert text[line.end :].startswith("The harbour")
    # A firm's initials in brackets after its name open no dateline.
    assert extract_dateline("Varna Shipyards Ltd (VSL) Chairman Ivo Petrov resigned.").place is None


def test_the_subject_of_a_verb_read_as_a_noun_keeps_only_its_owner() -> None:
    text = "Estonia's reserve fund holds 2 billion euros."
    assert [f.context for f in extract_figures(text)] == ["held by Estonia's reserve fund"]
