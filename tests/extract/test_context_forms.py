"""What a figure measures in forms of sentence feed copy uses and the clause rules misread: an
age at the end of an obituary's sentence, a count whose noun the count before it gives, a
survey's share in brackets after its ratio, a second value of one thing, an adverb before
"worth", days of a month joined to the month's last day, and a count's noun that is a clause
word.

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import pytest

from tests.extract.readers import contexts_of


@pytest.mark.parametrize(
    "text",
    [
        "The singer Ann Lee has died in a car crash near Lyon. She was 41.",
        "The singer Ann Lee has died in a car crash near Lyon. She was 41 when she won.",
    ],
)
def test_an_age_at_the_end_of_a_sentence_is_an_age(text: str) -> None:
    assert contexts_of(text) == {"41": "age"}


def test_a_number_after_he_was_with_a_noun_is_no_age() -> None:
    assert contexts_of("He was 41 points clear of the field.")["41 points"] != "age"


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The storm destroyed 300 homes on the coast and 40 in the hills.",
            "40",
            "homes in the hills",
        ),
        (
            "The fire injured 25 firefighters, including 4 who were taken to hospital by "
            "helicopter.",
            "4",
            "firefighters taken to hospital by helicopter",
        ),
    ],
)
def test_a_bare_count_takes_the_noun_of_the_count_before_it(
    text: str, figure: str, context: str
) -> None:
    assert contexts_of(text)[figure] == context


@pytest.mark.parametrize("ratio", ["Three in ten (30%)", "Two in three (67%)", "7 out of 10 (70%)"])
def test_a_share_in_brackets_after_its_ratio_restates_it(ratio: str) -> None:
    text = f"{ratio} nurses polled want to leave the profession."
    assert contexts_of(text) == {ratio.split(" (")[0]: "nurses polled want to leave the profession"}


def test_a_share_in_brackets_without_a_ratio_is_left_to_the_clause_rules() -> None:
    text = "The mayor (62%) easily beat the challenger in the city's vote."
    assert contexts_of(text)["62%"] != "easily"


def test_a_second_value_of_one_thing_measures_the_same() -> None:
    text = (
        "The club values its stadium at $80m, but the city's surveyor says it is actually "
        "worth $31m."
    )
    assert contexts_of(text) == {
        "$80m": "club values its stadium",
        "$31m": "club values its stadium",
    }


def test_an_adverb_before_worth_is_not_what_is_measured() -> None:
    assert contexts_of("The assessor says the hotel is actually worth $31m.") == {"$31m": "hotel"}


@pytest.mark.parametrize(
    "text",
    [
        "On 14 and 15 March 2025 farmers marched in the capital.",
        "The talks ran from 3 to 5 June in Geneva.",
        "The fair is open 12-28 June on the common.",
    ],
)
def test_the_first_day_of_a_span_of_days_is_a_date(text: str) -> None:
    assert contexts_of(text) == {}


def test_a_clause_word_after_a_count_is_not_its_noun() -> None:
    assert list(contexts_of("She was 17 when she left home.")) == ["17"]


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "The seasonally adjusted jobless rate rose to 5.2 pct in March.",
            "5.2 pct",
            "seasonally adjusted jobless rate in March",
        ),
        ("Seasonally adjusted exports rose 4.1 pct.", "4.1 pct", "Seasonally adjusted exports"),
    ],
)
def test_a_participle_after_an_opening_adverb_describes_the_subject(
    text: str, figure: str, context: str
) -> None:
    assert contexts_of(text)[figure] == context


def test_a_participle_after_a_noun_and_an_adverb_is_the_verb() -> None:
    text = "The index narrowly missed forecasts of 3 pct growth."
    assert contexts_of(text)["3 pct"] == "forecasts"


def test_an_age_after_a_name_and_before_a_semicolon_is_no_figure() -> None:
    assert contexts_of("She has three sons: Tom, 41; Sam, 37; and Ben, 29.") == {
        "three sons": "sons"
    }


def test_a_number_alone_on_its_line_is_a_list_mark() -> None:
    assert contexts_of("Top stories\n3\nThe mayor resigned on Monday.") == {}


def test_to_the_tune_of_measures_what_comes_before_it() -> None:
    text = "Road projects to the tune of 300 crore rupees will start next year."
    assert contexts_of(text) == {"300 crore rupees": "Road projects"}


def test_a_figure_in_brackets_measures_what_the_bracket_follows() -> None:
    text = "Turnout was highest in Ardenne (71 percent) and lowest in Velmor (48 percent)."
    assert contexts_of(text) == {"71 percent": "Ardenne", "48 percent": "Velmor"}


def test_a_share_in_brackets_after_a_group_is_the_groups() -> None:
    assert contexts_of("Support is higher among older farmers (64%).") == {"64%": "older farmers"}


@pytest.mark.parametrize(
    ("text", "figure", "context"),
    [
        (
            "About 38 percent of likely voters favored Mr. Varga in the latest poll.",
            "About 38 percent",
            "likely voters favored Mr Varga in the latest poll",
        ),
        (
            "Lee drew 3 million viewers on Monday, against 2 million for Ms. Chen.",
            "2 million",
            "viewers for Ms Chen",
        ),
    ],
)
def test_an_honorifics_full_stop_does_not_end_what_a_figure_measures(
    text: str, figure: str, context: str
) -> None:
    assert contexts_of(text)[figure] == context


@pytest.mark.parametrize(
    "text",
    [
        "The mill stood empty after a decade and a half of neglect.",
        "He has led the side through a year and a half of steady progress.",
    ],
)
def test_a_span_and_a_half_is_no_share(text: str) -> None:
    assert contexts_of(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports rose 4 percent and imports fell 2 percent.",
            {"4 percent": "Exports", "2 percent": "imports"},
        ),
        (
            "Acme shares rose 3 percent, Zenith fell 2 percent and Borex was flat.",
            {"3 percent": "Acme shares", "2 percent": "Zenith"},
        ),
        (
            "The index closed up 1.2 percent, after rising 2.8 percent on Thursday.",
            {"1.2 percent": "index", "2.8 percent": "index"},
        ),
        (
            "Shares of Acme closed up $2, to stand at $41 each.",
            {"$2": "Shares of Acme", "$41": "Shares of Acme"},
        ),
    ],
)
def test_each_clause_of_a_sentence_measures_its_own_subject(
    text: str, expected: dict[str, str]
) -> None:
    assert contexts_of(text) == expected


def test_a_verb_and_its_object_after_a_count_are_what_it_did() -> None:
    text = "Police said about 9,000 joined the vigil outside the town hall."
    assert contexts_of(text) == {"about 9,000": "joined the vigil outside the town hall"}


def test_a_state_after_a_count_is_its_noun() -> None:
    assert list(contexts_of("The blast left 300 injured in the capital.")) == ["300 injured"]


def test_a_tally_line_measures_its_label() -> None:
    text = "Results so far.\nAnn Lee: 2,480.\nBo Chen: 2,115."
    assert contexts_of(text) == {"2,480": "Ann Lee", "2,115": "Bo Chen"}


def test_a_label_before_a_sentence_is_not_what_it_measures() -> None:
    assert contexts_of("Update: 12 people were killed in the blast.") == {
        "12 people": "people were killed in the blast"
    }
