"""Real copy's local money and datelines: rupees by country, abbreviated currencies with a
full stop, a state in brackets and dates with ordinals. One test per rule.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from briefing.extract.dateline import extract_dateline
from briefing.extract.figures import extract_figures
from briefing.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("KARACHI: The port trust approved Rs 12 billion for new berths.", "PKR"),
        ("The Colombo bourse raised Rs. 3 billion from the share sale.", "LKR"),
        # A country's names are whole words: the Indian Ocean names no India.
        ("COLOMBO: The port on the Indian Ocean raised Rs. 3 billion.", "LKR"),
        ("KATHMANDU: The budget gives Rs 40 billion to roads.", "NPR"),
        ("MUMBAI: The civic body set aside Rs 900 crore for drains.", "INR"),
        # A story that names two rupee countries keeps India's, the most reported.
        ("Delhi and Lahore traders moved Rs 7 billion of goods.", "INR"),
        ("The fund will spend ₹400 crore on schools in Lahore.", "INR"),  # India's own sign
    ],
)
def test_rupees_are_the_money_of_the_one_rupee_country_the_story_names(
    text: str, unit: str
) -> None:
    assert [f.unit for f in extract_figures(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The board injected Rs. 80 billion into the market.", "Rs. 80 billion", "INR"),
        ("The county will borrow Sh. 6 billion from banks.", "Sh. 6 billion", "KES"),
        ("The county will borrow Ksh. 6 billion from banks.", "Ksh. 6 billion", "KES"),
        ("The plan sets aside Tk. 450 crore for ferries.", "Tk. 450 crore", "BDT"),
    ],
)
def test_an_abbreviated_currency_with_a_full_stop_ends_no_sentence(
    text: str, figure: str, unit: str
) -> None:
    assert len(split_sentences(text)) == 1
    assert [(f.text, f.unit) for f in extract_figures(text)] == [(figure, unit)]


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        # A colon dateline may name its state or its agency in brackets.
        ("Thrissur (Kerala): The council met on Monday to plan the festival.", "Thrissur", None),
        ("PUNE (PTI): The council met on Monday to plan the festival.", "PUNE", "PTI"),
        # A date may have an ordinal, or its day run into its month.
        ("ABU DHABI, 3rd March 2026 (WAM) -- The council met.", "ABU DHABI", "WAM"),
        ("ACCRA, March 3rd, 2026 - The council met on Monday.", "ACCRA", None),
        ("GANJA, Azerbaijan, Nov.9. The council met on Monday.", "GANJA", None),
        # An outlet named by its address, or an agency after the place's full stop.
        ("Sumgait. 9 November. REPORT.AZ. The council met.", "Sumgait", "REPORT.AZ"),
        ("AKTOBE. KAZINFORM - The council met on Monday.", "AKTOBE", "Kazinform"),
    ],
)
def test_datelines_of_other_services_forms(text: str, place: str, source: str | None) -> None:
    line = extract_dateline(text)
    assert (line.place, line.source) == (place, source)
    assert text[line.end :].startswith("The council")


@pytest.mark.parametrize(
    "head",
    [
        "HIGHLIGHTS\n- Sales of $80 million, up 6%\n- Net income of $9 million, or 12 cents a "
        "share\n- Raises its outlook\n- Opens two plants\n",
        "Second-quarter highlights:\n• Sales of $80 million, up 6%\n• Raises its outlook\n",
    ],
)
def test_a_release_s_list_of_highlights_above_its_dateline(head: str) -> None:
    text = head + "OTTAWA, May 4, 2031 /Wirecast/ - Birch Rail Inc. today reported its results."
    line = extract_dateline(text)
    assert (line.place, line.source) == ("OTTAWA", "Wirecast")
    assert text[line.end :].startswith("Birch Rail")


def test_a_long_list_with_no_dateline_under_it_is_read_as_copy() -> None:
    text = "".join(f"- Item {n} of the list\n" for n in range(40)) + "OTTAWA (Wirecast) - Late."
    assert extract_dateline(text).place is None
