"""Datelines, sources and leads of the wire services' own forms, on sentences written here."""

from __future__ import annotations

import pytest

from briefing.extract.dateline import extract_dateline
from briefing.extract.signoff import extract_signoff
from briefing.summarize import summarize


@pytest.mark.parametrize(
    ("text", "place", "source", "lead"),
    [
        # Reuters of the 1980s: state abbreviations with full stops, no outlet in the dateline.
        (
            "SAN MATEO, Calif., March 2 - Widgetco Inc said it sold its pump unit.",
            "SAN MATEO",
            None,
            "Widgetco Inc said it sold its pump unit.",
        ),
        ("BECKLEY, W. Va., Nov 3 - Shr 52 cts vs 38 cts", "BECKLEY", None, "Shr 52 cts vs 38 cts"),
        ("ALBANY, N.Y., Marc 3 - Lakeco said it filed a plan.", "ALBANY", None, "Lakeco said"),
        ("HALIFAX, Nova Scotia, April 7 - A mill shut.", "HALIFAX", None, "A mill shut."),
        ("ELMTOWN, Ohio, June 1 - Gearco said it hired staff.", "ELMTOWN", None, "Gearco said"),
        ("DENVER, Colo., Oct 20- Oreco said it cut jobs.", "DENVER", None, "Oreco said"),
        ("Hamilton, Aug 14 - quarter ended June 30", "Hamilton", None, "quarter ended"),
        # Trend (Azerbaijan): a place in mixed case, a date, the outlet and a colon.
        (
            "Baku, March 3 (Trend): Corvia's output grew 2 percent.",
            "Baku",
            "Trend",
            "Corvia's output grew 2 percent.",
        ),
        # AP.
        (
            "FORT LAUDERDALE, Fla. (AP) — A ferry ran aground off the beach on Sunday.",
            "FORT LAUDERDALE",
            "AP",
            "A ferry ran aground off the beach on Sunday.",
        ),
        ("KYIV, Ukraine (AP) — Sirens sounded twice overnight.", "KYIV", "AP", "Sirens sounded"),
        ("THE HAGUE, Netherlands (AP) — Judges met.", "THE HAGUE", "AP", "Judges met."),
        # Reuters today, Xinhua, TASS, PTI, Yonhap, UPI, Kyodo.
        ("LONDON, Oct 3 (Reuters) - Sterling edged up.", "LONDON", "Reuters", "Sterling edged"),
        ("BEIJING, Dec. 4 (Xinhua) -- A rail line opened.", "BEIJING", "Xinhua", "A rail line"),
        ("MOSCOW, December 4. /TASS/. The talks went on.", "MOSCOW", "TASS", "The talks"),
        ("NEW DELHI, Dec 4 (PTI) The council met on Friday.", "NEW DELHI", "PTI", "The council"),
        ("SEOUL, Dec. 4 (Yonhap) -- Exports rose in November.", "SEOUL", "Yonhap", "Exports"),
        ("DENVER, Colo., Dec. 4 (UPI) -- Snow closed roads.", "DENVER", "UPI", "Snow closed"),
        ("TOKYO, Dec. 4 Kyodo - Rice prices fell.", "TOKYO", "Kyodo", "Rice prices"),
        ("MOSCOW. Dec 4 (Interfax) - Oil output rose.", "MOSCOW", "Interfax", "Oil output"),
        ("New Delhi, Dec 4 (PTI) The panel met.", "New Delhi", "PTI", "The panel met."),
        ("Madrid, Dec 4 (EFE).- Rain fell.", "Madrid", "EFE", "Rain fell."),
        ("(ANSA) - ROME, DEC 4 - The Senate met.", "ROME", "ANSA", "The Senate met."),
        ("WASHINGTON (AP) _ The House voted.", "WASHINGTON", "AP", "The House voted."),
        # AFP and Anadolu: mixed-case or capital places, the outlet in brackets.
        ("Paris (AFP) - Bakers went on strike.", "Paris", "AFP", "Bakers went"),
        ("Rio de Janeiro (AFP) – Rain flooded streets.", "Rio de Janeiro", "AFP", "Rain flooded"),
        ("ANKARA (AA) - A new bridge opened.", "ANKARA", "AA", "A new bridge"),
        # Press-release wires.
        (
            "SAN FRANCISCO, Dec. 4, 2025 /PRNewswire/ -- Examplesoft Inc. today launched a tool.",
            "SAN FRANCISCO",
            "PRNewswire",
            "Examplesoft Inc. today launched a tool.",
        ),
        (
            "SAN JOSE, Calif.--(BUSINESS WIRE)--Chipco Corp. (NYSE: CHP) today reported results.",
            "SAN JOSE",
            "BUSINESS WIRE",
            "Chipco Corp. (NYSE: CHP) today reported results.",
        ),
        (
            "AUSTIN, Texas, Dec. 04, 2025 (GLOBE NEWSWIRE) -- Foo Ltd. named a chief.",
            "AUSTIN",
            "GLOBE NEWSWIRE",
            "Foo Ltd. named a chief.",
        ),
        # A colon after a bracketed outlet (APP) or after a date; no place, only a date
        # (Reuters' national stories); the dash ending the first line, the lead on the next.
        ("KARACHI, Dec 4 (APP): Port traffic rose in November.", "KARACHI", "APP", "Port"),
        ("CHENNAI, Dec 4: Rain shut the schools.", "CHENNAI", None, "Rain shut"),
        ("Dec 4 (Reuters) - U.S. factory orders rose.", None, "Reuters", "U.S. factory"),
        ("March 9, 2026 (Reuters) - Gold slipped.", None, "Reuters", "Gold slipped."),
        ("OSLO, Dec 4 (Reuters) -\nNorway's fund grew.", "OSLO", "Reuters", "\nNorway's"),
        # Newspapers: a place and a dash, in any case; an outlet without a place.
        ("Pittsburgh - The old mill reopened on Tuesday.", "Pittsburgh", None, "The old mill"),
        ("WASHINGTON—The committee voted late.", "WASHINGTON", None, "The committee"),
        ("ST. PAUL, Minn. -- Lakes froze early.", "ST. PAUL", None, "Lakes froze"),
        ("(Bloomberg) -- Bonds slid. Stocks rose.", None, "Bloomberg", "Bonds slid."),
        # No dateline: the lead is the first sentence, untouched.
        ("General Gadgets Corp (GGC) Chairman Ann Roe said sales rose.", None, None, "General"),
        ("Acme Inc. said on Monday it would buy back shares.", None, None, "Acme Inc. said"),
        ("The Hague court ruled on Friday.", None, None, "The Hague court"),
        ("Rep. Jane Roe (R-Ore.): We will vote no.", None, None, "Rep. Jane Roe"),
        ("ROE: We will vote no.", None, None, "ROE: We"),
        ("Senator Roe (Ore.): We will vote no.", None, None, "Senator Roe"),
        ("Stocks rallied - and then fell.", None, None, "Stocks rallied"),
        # ANI: the country in brackets after a mixed-case place.
        ("New Delhi [India], Dec 4 (ANI): The panel met.", "New Delhi", "ANI", "The panel met."),
        # EFE: the country in parentheses before the comma; an outlet's are not one.
        ("Tarvel (Ostland), Dec 4 (EFE).- Rain fell.", "Tarvel", "EFE", "Rain fell."),
        ("TARVEL (Northwire) - Rain fell.", "TARVEL", "Northwire", "Rain fell."),
        # Business Wire's date after the outlet, between dashes; the place keeps no dash.
        (
            "OAKDALE--(BUSINESS WIRE)--Dec. 4, 2026-- Pumpco Inc. today bought a plant.",
            "OAKDALE",
            "BUSINESS WIRE",
            "Pumpco Inc. today bought a plant.",
        ),
        ("WILKES-BARRE, Pa. - A bridge closed.", "WILKES-BARRE", None, "A bridge closed."),
        # ACCESSWIRE's outlet and date between spaced slashes.
        (
            "DENVER, CO / ACCESSWIRE / December 4, 2026 / Orecraft Inc. reported sales.",
            "DENVER",
            "ACCESSWIRE",
            "Orecraft Inc. reported sales.",
        ),
        # Indian papers: the place and a colon, in capitals or in mixed case.
        ("NEW DELHI: The council met on Friday.", "NEW DELHI", None, "The council met"),
        ("Mumbai: Shares closed higher after a late rally.", "Mumbai", None, "Shares closed"),
        ("KOLKATA: Two bridges reopened.", "KOLKATA", None, "Two bridges"),
        ("ABU DHABI: The port will reopen.", "ABU DHABI", None, "The port"),
        ("PUNE: “I will stay on,” the mayor said.", "PUNE", None, "“I will stay on,”"),
        # ... but a transcript's line, a label, a firm or a question is no dateline.
        ("HARGROVE: Well, the vote is close.", None, None, "HARGROVE: Well"),
        ("NEW DELHI: The council met.\nVERMA: It did.\nROE: No.", None, None, "NEW DELHI:"),
        ("UPDATE: The road reopened.", None, None, "UPDATE:"),
        ("Background: The talks began in May.", None, None, "Background:"),
        ("Widgetco Corp: Results for the quarter", None, None, "Widgetco Corp:"),
        # In mixed case the copy after the colon must read as a news sentence: a show's, a
        # column's or a headline's label is followed by a title, a heading or a fragment.
        ("Skyline: Runaway rocket to fall to Earth", None, None, "Skyline:"),
        ("WDG Stock: Widgetco Beats Targets But Misses Badly", None, None, "WDG Stock:"),
        ("Weeknote: The U.S. Blues.", None, None, "Weeknote:"),
        ("SEN. ROE: The bill fails.", None, None, "SEN. ROE:"),
        ("WASHINGTON: Will the bill pass?", None, None, "WASHINGTON:"),
    ],
)
def test_wire_dateline(text: str, place: str | None, source: str | None, lead: str) -> None:
    d = extract_dateline(text)
    assert (d.place, d.source) == (place, source)
    assert text[d.end :].startswith(lead)


def test_a_colon_dateline_is_nobody_speaking() -> None:
    summary = summarize("NEW DELHI: Rice exports rose 8 per cent in October, officials said.")
    assert (summary.dateline, summary.quotes) == ("NEW DELHI", ())
    assert summary.lead == "Rice exports rose 8 per cent in October, officials said."


def test_business_wire_dateline_gives_its_date() -> None:
    text = "OAKDALE--(BUSINESS WIRE)--Dec. 4, 2026-- Pumpco Inc. today bought a plant."
    assert extract_dateline(text).date == "Dec. 4, 2026"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("By The Associated Press\nThe dam held.", "AP"),
        ("By Reuters Staff\nThe dam held.", "Reuters"),
        ("By ANN ROE and BO LEE Associated Press\nThe dam held.", "AP"),
        ("By Ann Roe, Bloomberg News\nThe dam held.", "Bloomberg"),
        ("By Ann Roe | Reuters\nThe dam held.", "Reuters"),
        ("By Xinhua news agency\nThe dam held.", "Xinhua"),
        ("By John Ani\nThe dam held.", None),
    ],
)
def test_an_agency_in_the_byline_is_the_source(text: str, source: str | None) -> None:
    summary = summarize(text)
    assert (summary.source, summary.lead) == (source, "The dam held.")


def test_byline_before_dateline_is_skipped() -> None:
    text = "By Jane Roe and John Doe\nLONDON, Dec 4 (Reuters) - Gilts fell. Yields rose."
    summary = summarize(text)
    assert (summary.dateline, summary.source, summary.lead) == ("LONDON", "Reuters", "Gilts fell.")


def test_sentence_opening_with_by_is_no_byline() -> None:
    summary = summarize("By Friday the river had crested. Crews stayed.")
    assert (summary.dateline, summary.lead) == (None, "By Friday the river had crested.")


@pytest.mark.parametrize(
    ("last_lines", "source"),
    [
        ("Reuter", "Reuters"),
        ("REUTER...", "Reuters"),
        ("(Reporting by Jane Roe; Editing by John Doe)", "Reuters"),
        ("(Reporting by Jane Roe in Oslo)", "Reuters"),
        ("(Additional reporting by Ann Lee; Writing by Bo Kim; Editing by Al Fox.)", "Reuters"),
        ("— The Associated Press", "AP"),
        ("Associated Press writer Jane Roe contributed to this report.\nMore later.", "AP"),
        ("Copyright 2025 The Associated Press. All rights reserved.", "AP"),
        ("-- AFP", "AFP"),
        ("(AFP)", "AFP"),
        ("/Xinhua/", "Xinhua"),
        ("(Rollco)", None),
        ("© 2026 Thomson Reuters. All rights reserved.", "Reuters"),
        ("© Copyright 2026 The Associated Press.", "AP"),
        ("© 2026 The Associated Press. All rights reserved.", "AP"),
        ("AP writer Jane Roe in Lisbon contributed.", "AP"),
        ("PTI KR RT", "PTI"),
        ("PTI is a news agency", None),
        # Indian agencies' credit after the last sentence, and papers' credit for agency copy.
        ("Brokers said shares rose. (ANI)", "ANI"),
        ("The fair opens on Monday. -- IANS", "IANS"),
        ("(With inputs from PTI)", "PTI"),
        ("With inputs from agencies", None),
        ("The Sensex rose 900 points on Tuesday. (With inputs from PTI)", "PTI"),
        ("Canada added 40,000 jobs in May. — With files from The Canadian Press", "CP"),
        ("The mayor spoke on Monday. (With inputs from agencies)", None),
        # Xinhua's end mark; Canadian papers' and others' credit for agency copy.
        ("Work on the dam resumes in May. Enditem", "Xinhua"),
        ("Enditem", "Xinhua"),
        ("==Kyodo", "Kyodo"),
        ("Exports rose 12 percent in May. dpa", "dpa"),
        ("dpa ab cd", "dpa"),
        ("Prices rose. dpa reported it first", None),
        ("== a note", None),
        ("— With files from The Canadian Press", "CP"),
        ("Source: Xinhua", "Xinhua"),
        ("Source: company filings", None),
        ("He spoke to the Federal Reserve (Fed)", None),
        ("Viewers saw it first. (Mills TV)", None),
        ("The mayor thanked Reuters and the AP for coming.", None),
        ("Reuters reported the figures first.", None),
        ("", None),
    ],
)
def test_signoff(last_lines: str, source: str | None) -> None:
    assert extract_signoff(f"Mills closed on Monday.\nWorkers left.\n{last_lines}\n") == source


def test_summary_source_from_signoff_when_dateline_names_none() -> None:
    summary = summarize("TROY, Mich., March 5 - Rollco said sales rose.\nMore text.\nReuter\n")
    assert (summary.dateline, summary.source) == ("TROY", "Reuters")


def test_dateline_outlet_wins_over_signoff() -> None:
    summary = summarize("KYIV, Ukraine (AP) — A depot burned.\n(Reporting by Ann Lee)")
    assert summary.source == "AP"


def test_lead_after_a_dateline_that_ends_its_line() -> None:
    summary = summarize("OSLO, Dec 4 (Reuters) -\nNorway's fund grew. It bought bonds.\n")
    assert (summary.dateline, summary.source) == ("OSLO", "Reuters")
    assert summary.lead == "Norway's fund grew."


def test_lead_after_a_date_only_dateline_keeps_its_acronym() -> None:
    summary = summarize("Dec 4 (Reuters) - U.S. factory orders rose in October. Shares fell.\n")
    assert (summary.dateline, summary.source) == (None, "Reuters")
    assert summary.lead == "U.S. factory orders rose in October."


@pytest.mark.parametrize(
    ("text", "place", "source", "lead"),
    [
        ("Tin prices climb\nLIMA, Dec 4 (Reuters) - Tin rose.", "LIMA", "Reuters", "Tin rose."),
        ("Tin prices climb\n\nBy Ann Lee\n\nLIMA (AP) — Tin rose.", "LIMA", "AP", "Tin rose."),
        ("Dec 4, 2026 9:14 AM UTC\nDec 4 (Reuters) - Tin rose.", None, "Reuters", "Tin rose."),
        # Prose before: the article has begun, and what follows is no dateline of its own.
        ("Tin rose on Friday.\nLIMA, Dec 4 (Reuters) - More.", None, None, "Tin rose"),
        # From a later line, a dateline that names its outlet, or a place in capitals; not
        # one in mixed case, nor a label in capitals (`EXCLUSIVE - `).
        ("Tin prices climb\nLIMA - Tin rose.", "LIMA", None, "Tin rose."),
        ("Tin prices climb\nLima - Tin rose.", None, None, "Tin prices climb"),
        ("Tin prices climb\nEXCLUSIVE - Tin rose.", None, None, "Tin prices climb"),
    ],
)
def test_dateline_after_headline_lines(
    text: str, place: str | None, source: str | None, lead: str
) -> None:
    d = extract_dateline(text)
    assert (d.place, d.source) == (place, source)
    assert text[d.end :].startswith(lead)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("LONDON, Oct 3 (Reuters) - Sterling edged up.", "Oct 3"),
        ("MOSCOW, December 4. /TASS/. The talks went on.", "December 4"),
        ("ALBANY, N.Y., Marc 3 - Lakeco said it filed a plan.", "Marc 3"),
        ("LONDON, 3 January (IPS) - Talks resumed.", "3 January"),
        ("Dec 4 (Reuters) - Oil rose.", "Dec 4"),
        ("New Delhi [India], Dec 4 (ANI): The panel met.", "Dec 4"),
        ("Tarvel (Ostland), 4 Dec (EFE).- Rain fell.", "4 Dec"),
        ("KYIV, Ukraine (AP) — Sirens sounded twice overnight.", None),
    ],
)
def test_a_dateline_gives_its_date_as_printed(text: str, date: str | None) -> None:
    """Stories read the day a dateline files its copy on (stories.dates.filed_on)."""
    assert extract_dateline(text).date == date


@pytest.mark.parametrize(
    ("text", "place", "source", "lead"),
    [
        (
            "Dow Jones Newswires\nNEW YORK -- Treasury yields fell as investors bought bonds.",
            "NEW YORK",
            "Dow Jones",
            "Treasury yields fell",
        ),
        ("Associated Press\nWASHINGTON — The Senate passed the bill.", "WASHINGTON", "AP", "The"),
        ("Reuters\nThe company said its profit rose 5%.", None, "Reuters", "The company said"),
        ("Bloomberg News\nOil rose for a third day.", None, "Bloomberg", "Oil rose"),
        (
            "The Associated Press\nBy Ann Roe\nKYIV, Ukraine — Drones struck.",
            "KYIV",
            "AP",
            "Drones",
        ),
    ],
)
def test_an_agencys_name_on_the_first_line_is_the_source_and_no_lead(
    text: str, place: str | None, source: str, lead: str
) -> None:
    # Syndicated copy as papers post it: the agency's credit above the dateline (or the
    # text); it had been the lead, and a dateline without an outlet below it was not read.
    summary = summarize(text)
    assert (summary.dateline, summary.source) == (place, source)
    assert summary.lead.startswith(lead)


def test_a_sentence_that_opens_with_an_agencys_name_is_the_lead() -> None:
    summary = summarize("Reuters reported the deal on Monday.\nThe company said profit rose.")
    assert (summary.source, summary.lead) == (None, "Reuters reported the deal on Monday.")


def test_a_sign_off_after_a_table_is_no_heading() -> None:
    # An agency's name counts as the copy's heading on the first line only: a table's
    # sign-off below it (`Reuter`) leaves the table's figures to be read.
    summary = summarize("Shr 41 cts vs 33 cts Net 7.2 mln vs 5.9 mln\nReuter\n")
    assert summary.source == "Reuters"
    assert len(summary.figures) >= 4


@pytest.mark.parametrize(
    ("text", "place", "source", "lead"),
    [
        # A place in capitals on a line of its own above the lead, as Anadolu prints it.
        (
            "ANKARA\n\nThe ferry operator added four night crossings to its winter timetable.",
            "ANKARA",
            None,
            "The ferry operator added",
        ),
        (
            "SAO PAULO\nCoffee growers expect a smaller harvest after a dry spring.",
            "SAO PAULO",
            None,
            "Coffee",
        ),
        # An agency named where a region stands (IRNA's form) is the source.
        (
            "Tabriz, IRNA -- A new tram line opened to riders on Sunday.",
            "Tabriz",
            "IRNA",
            "A new tram",
        ),
    ],
)
def test_a_place_on_its_own_line_or_an_agency_after_it(
    text: str, place: str | None, source: str | None, lead: str
) -> None:
    summary = summarize(text)
    assert (summary.dateline, summary.source) == (place, source)
    assert summary.lead is not None and summary.lead.startswith(lead)


@pytest.mark.parametrize(
    "text",
    [
        # A section's heading or a label in capitals is no place ...
        "MARKETS\n\nShares in Asian exporters were mixed as traders waited for the data.",
        "BREAKING\nThe ferry operator added four night crossings to its winter timetable.",
        # ... nor is a line in capitals above a line that is no prose.
        "HARBOUR NOTES\nSMALL CRAFT WARNING FOR THE BAY",
        "SAO PAULO\nCoffee harvest",
    ],
)
def test_a_heading_in_capitals_is_no_dateline(text: str) -> None:
    assert extract_dateline(text).place is None
