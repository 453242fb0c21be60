"""Speakers as sports, crime, blog and South Asian and African agency copy write them: a pronoun
with its verb's contraction (I’d, She’d), an age for the person named before (the 24-year-old
said), a title written before the name and its comma, and its initials (the CDO said), a
ministry's or a firm's name with "and" in it, a title "of the" body before the name; and a
ticker or a call sign in quotation marks, which nobody said.

Every sentence here is written for this file (none comes from a corpus or the demo feeds).
"""

from __future__ import annotations

import pytest

from tests.extract.readers import pairs_of, speakers_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the writer, whom the briefing cannot name: no speaker, not "I’d"
        (
            "I’d get carried away on the night, saying “you will love the next act!” to all.",
            None,
        ),
        ("I'm told it was “a total mess from the first minute,” and nobody argued.", None),
        # a pronoun with its contraction points back as the pronoun does
        (
            "Dana Roe arrived at the gala late. She’d told friends it would be “the best night"
            " of the season.”",
            "Dana Roe",
        ),
        (
            "Omar Lind spoke last. He's said more than once that the plan is “dead on arrival.”",
            "Omar Lind",
        ),
    ],
)
def test_a_contracted_pronoun_is_the_pronoun(text: str, speaker: str | None) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Varga beat Mia Torres in straight sets on Thursday. “My serve was working,” the"
        " 24-year-old said.",
        "Lena Varga beat Mia Torres in straight sets on Thursday. The 24-year-old said: “My"
        " serve was working.”",
    ],
)
def test_an_age_for_a_speaker_is_the_person_named_before(text: str) -> None:
    assert speakers_of(text) == ["Lena Varga"]


@pytest.mark.parametrize(
    "text",
    [
        "Pellow Robotics will list on the Nasdaq under the symbol “PLRB.” At the top of the"
        " range it would be worth $640 million.",
        'Shares of Corva Foods, which trade under the ticker "CRVF", rose 4% on Monday.',
        "The pilot gave the call sign “Heron Two” before the radio went quiet.",
    ],
)
def test_a_ticker_or_a_call_sign_in_quotation_marks_is_no_quote(text: str) -> None:
    assert pairs_of(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chief District Officer (CDO) of Marsyang, Hari Bahadur Thapa, said 31 houses were"
            " damaged. “Relief teams have reached every ward,” the CDO said.",
            "Hari Bahadur Thapa",
        ),
        (
            "The Director-General (DG) of the Flood Relief Agency, Mrs Ngozi Adeyemi, on Monday"
            " said 80,000 people had left their homes. The DG said, “Tents are on their way.”",
            "Ngozi Adeyemi",
        ),
        # the initials after the body, and the title spelled out again
        (
            "Inspector-General of Police (IGP), Musa Danladi, ordered more patrols. “Nobody is"
            " above the law,” the IGP said.",
            "Musa Danladi",
        ),
        (
            "The Director-General of the Flood Relief Agency, Mrs Ngozi Adeyemi, said 80,000"
            " people had left. “Tents are on their way,” the Director-General said.",
            "Ngozi Adeyemi",
        ),
        # a place before the comma gives the name no title
        (
            "Voters in Marsyang, Hari Bahadur Thapa among them, queued early. “It is a long"
            " day,” the officer said.",
            "officer",
        ),
    ],
)
def test_a_title_before_the_name_and_its_comma_is_the_person_s(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Stocks are adequate,” the Department of Fisheries and Ocean Resources said.",
            "Department of Fisheries and Ocean Resources",
        ),
        (
            "The Ministry of Transport and Public Works said “the bridge will reopen in May.”",
            "Ministry of Transport and Public Works",
        ),
        # a person titled by such a body is still the person
        (
            "Office of Planning and Budget director Lars Eklund said “we will not cut schools.”",
            "Lars Eklund",
        ),
        (
            "Bank of Corvia general manager Tomas Rehn said “rates will stay where they are.”",
            "Tomas Rehn",
        ),
    ],
)
def test_a_body_s_name_goes_on_after_and(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a firm's name with "and" after the speaker's own name
        (
            "“Memory chips cost more this month,” analyst Lena Holm of Marsh Barlow and Kent said.",
            "Lena Holm",
        ),
        # a title "of the" body it heads, before the name
        (
            "The budget gap shrank last year, Chancellor of the Exchequer Rupert Vane said."
            " “Output is rising,” Vane said.",
            "Rupert Vane",
        ),
        (
            "Speaker of the Assembly Omar Lind said “the bill is dead.”",
            "Omar Lind",
        ),
    ],
)
def test_a_firm_s_name_and_a_title_of_the_body_around_the_name(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_a_verb_s_preposition_before_a_name_ends_the_subject() -> None:
    text = (
        "Dana Roe went after Omar Lind on Friday over his silence, calling it “cowardly” and"
        " saying voters deserve “a straight answer.”"
    )
    assert speakers_of(text) == ["Dana Roe", "Dana Roe"]
