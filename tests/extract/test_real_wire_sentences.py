"""Sentence ends in wire copy: dotted acronyms, initials, company and state abbreviations, and
old wire copy that capitalised the word after every full stop (sentences written here)."""

from __future__ import annotations

import pytest

from briefing.extract.sentences import capitalises_after_stops, split_sentences


def _first(text: str) -> str:
    a, b = split_sentences(text)[0]
    return text[a:b]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # A name goes on after U.S.: a run of capitalised words.
        (
            "Lakeco said it asked the U.S. District Court to halt the sale. It waits.",
            "Lakeco said it asked the U.S. District Court to halt the sale.",
        ),
        # Too short to be a sentence: "A U.S." / "The U.K.".
        ("A U.S. Judge threw out the suit. Appeals follow.", "A U.S. Judge threw out the suit."),
        ("The U.K. Jobless rate fell. Wages rose.", "The U.K. Jobless rate fell."),
        # Function words capitalised after U.S. by old copy.
        (
            "Talks between the U.S. And Japan stalled again. Both sides left.",
            "Talks between the U.S. And Japan stalled again.",
        ),
        (
            "Aides doubted the U.S. Was ready to act. Nobody spoke.",
            "Aides doubted the U.S. Was ready to act.",
        ),
        # Initials are not sentence ends.
        ("Shares of E.F. Hutton rose. Bonds fell.", "Shares of E.F. Hutton rose."),
        (
            "Bank chief A.W. Clausen resigned. A successor waits.",
            "Bank chief A.W. Clausen resigned.",
        ),
        # But a word that opens a sentence still ends one, after U.S. or initials alike.
        ("Oil talks went on with the U.S. The envoy left.", "Oil talks went on with the U.S."),
        ("The firm moved to Albany, N.Y. It kept its staff.", "The firm moved to Albany, N.Y."),
        # Company and state abbreviations.
        ("The plant belongs to Gearco Inc. The deal closed.", "The plant belongs to Gearco Inc."),
        ("Gearco Inc. Chairman Bo Lee quit. Shares fell.", "Gearco Inc. Chairman Bo Lee quit."),
        (
            "The mill in Lowell, Mass. Employs 300 people. It grew.",
            "The mill in Lowell, Mass. Employs 300 people.",
        ),
        ("It moved to Fresno, Calif. The move cost little.", "It moved to Fresno, Calif."),
        ("He fell ill. Doctors came.", "He fell ill."),
        ("The road is No. 9. It is long.", "The road is No. 9."),
        ("Gov. Ann Roe signed it. Aides cheered.", "Gov. Ann Roe signed it."),
    ],
)
def test_first_sentence(text: str, first: str) -> None:
    assert _first(text) == first


def test_old_wire_copy_keeps_acronym_before_a_capitalised_noun() -> None:
    old = "Exports rose five pct as rivals backed the U.S. Position on grain. Prices held."
    new = "Exports rose as rivals backed the U.S. Position papers came later."
    assert _first(old) == "Exports rose five pct as rivals backed the U.S. Position on grain."
    assert _first(new) == "Exports rose as rivals backed the U.S."


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("Profit rose to 12 mln dlrs.", True),
        ("Acme said sales rose.\nReuter\n", True),
        ("Acme said sales rose, he told Reuters.", False),
        ("Profit rose to $12 million.", False),
        ("The mlnx chip shipped.", False),
    ],
)
def test_capitalises_after_stops(text: str, old: bool) -> None:
    assert capitalises_after_stops(text) is old
