"""Sentence splitting: abbreviations, initials, decimals, dotted names and quotations."""

from __future__ import annotations

import pytest

from briefing.extract.sentences import paragraphs, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill opened. It closed.", ["The mill opened.", "It closed."]),
        (
            "Mr. Orlov met Dr. Vance in St. Louis on Oct. 12. They talked.",
            ["Mr. Orlov met Dr. Vance in St. Louis on Oct. 12.", "They talked."],
        ),
        ("Output rose 3.75 percent. Prices fell.", ["Output rose 3.75 percent.", "Prices fell."]),
        (
            "Shares of Kapital.kz jumped. Bonds slid.",
            ["Shares of Kapital.kz jumped.", "Bonds slid."],
        ),
        (
            "He met U.S. Secretary Jane Roe. Talks went on.",
            ["He met U.S. Secretary Jane Roe.", "Talks went on."],
        ),
        (
            "Oil talks stalled with the U.S. Negotiators left.",
            ["Oil talks stalled with the U.S.", "Negotiators left."],
        ),
        (
            "Farmers wrote to U.S. Sen. Ann Roe about the dam. She replied.",
            ["Farmers wrote to U.S. Sen. Ann Roe about the dam.", "She replied."],
        ),
        (
            "The bill of U.S. Rep. Tom Ash passed. It goes to the Senate.",
            ["The bill of U.S. Rep. Tom Ash passed.", "It goes to the Senate."],
        ),
        ("The road is No. 4 on the list. Next.", ["The road is No. 4 on the list.", "Next."]),
        ("Author J. K. Rowan spoke. Then left.", ["Author J. K. Rowan spoke.", "Then left."]),
        (
            "“Who will pay?” the mayor asked on Monday. Nobody knew.",
            ["“Who will pay?” the mayor asked on Monday.", "Nobody knew."],
        ),
        (
            "“The plan is dead.” The council voted anyway.",
            ["“The plan is dead.”", "The council voted anyway."],
        ),
        ("Wait! It works? Yes.", ["Wait!", "It works?", "Yes."]),
        ("Prices rose in 2024. 30 firms closed.", ["Prices rose in 2024.", "30 firms closed."]),
        ("No terminal stop", ["No terminal stop"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_sentences_never_cross_paragraphs() -> None:
    text = "First line without stop\nSecond line. Third one."
    assert _sentences(text) == ["First line without stop", "Second line.", "Third one."]


def test_paragraph_spans_skip_blank_lines_and_strip() -> None:
    text = "  One.  \n\n\nTwo.\n   \n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two."]


def test_split_from_offset() -> None:
    text = "HEAD (Wire). Body one. Body two."
    assert [text[a:b] for a, b in split_sentences(text, 13)] == ["Body one.", "Body two."]


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore vs. Kelby ends 2-2 at the harbour ground.",
        "The Lind v. Harbor Board ruling was overturned on Friday.",
        "The case, Arno vs. Tesk Mutual, was heard on Monday.",
    ],
)
def test_versus_precedes_the_second_party(text: str) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The market opens at 9.15 am.Traders expect a quiet day.",
            "The market opens at 9.15 am.",
        ),
        (
            "The fund closed its books in May.Meanwhile, the bank kept lending.",
            "The fund closed its books in May.",
        ),
    ],
)
def test_sentences_glued_without_a_space_are_two(text: str, first: str) -> None:
    spans = split_sentences(text)
    assert text[spans[0][0] : spans[0][1]] == first
    assert len(spans) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the U.S.Army left the base on Monday.",
        "She flew to St.Louis on Monday.",
        "The deal was announced on livemint.com today.",
        "Readers of Hardware.Info voted for the card.",
        "The Linux.Encoder.1 malware locks files.",
        "Arsenal vs.Chelsea ended in a draw.",
    ],
)
def test_a_dotted_name_without_a_space_goes_on(text: str) -> None:
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize("title", ["Rev.", "Hon.", "Fr.", "Adm.", "Cmdr.", "Amb."])
def test_a_title_abbreviation_before_a_name_ends_no_sentence(title: str) -> None:
    text = f"The new envoy, {title} Ann Roe, will open the hall on Monday. Crowds are due."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        f"The new envoy, {title} Ann Roe, will open the hall on Monday.",
        "Crowds are due.",
    ]
