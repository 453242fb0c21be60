"""The subject that speaks a quote: past a place's state and a day in the
introductory phrase, through two descriptions of one person joined by "and", and an age
that stands for the person named before; a body named after "of" ("Ann Lee of the Harbour
Trust told ...") is part of the speaker's phrase, no speaker that he or she could stand for.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.extract.readers import speakers_of


@pytest.mark.parametrize(
    "opening",
    [
        "Speaking to farmers in Dover, N.H., on Tuesday,",
        "At a town hall in Dover, N.H.,",
        "Outside a school in Yuma, Ariz., late last week,",
        "In Charleston, W. Va., on Jan. 3,",
        "Speaking in Salem, on Tuesday,",
    ],
)
def test_a_state_or_a_day_after_the_introductory_place_is_no_speaker(opening: str) -> None:
    text = (
        f"{opening} Governor Ann Roe backed the harbour plan, saying it would ''pay for itself "
        "within ten years.''"
    )
    assert speakers_of(text) == ["Ann Roe"]


@pytest.mark.parametrize(
    "opening",
    [
        "On Tuesday, answering a claim that she had agreed to sell the paper,",
        "In Harwick, speaking after the vote,",
        "Late on Friday, questioned about the missing funds,",
        "Early last week,",
    ],
)
def test_a_participle_phrase_after_the_introductory_phrase_is_no_speaker(opening: str) -> None:
    text = (
        f"{opening} the Courier's owner, Marta Kell, rejected the claim and said \"at no point "
        'have I offered to sell the paper," according to two reporters at the scene.'
    )
    assert speakers_of(text) == ["Marta Kell"]


def test_a_surname_like_a_time_word_still_speaks() -> None:
    text = 'Bo Early, the county chairman, said "we will count every ballot twice."'
    assert speakers_of(text) == ["Bo Early"]


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Retired judge and former harbour commissioner Bo Lind", "Bo Lind"),
        ("Radio host and former council member Ida Marsh", "Ida Marsh"),
        ("Former diplomat and Harbour City Mayor Tom Veld", "Tom Veld"),
    ],
)
def test_two_descriptions_of_one_person_before_the_name_give_the_name(
    subject: str, speaker: str
) -> None:
    text = f'{subject} wrote to the council on Friday, calling the scheme a "giveaway".'
    assert speakers_of(text) == [speaker]


def test_and_between_a_name_or_an_article_and_another_name_joins_two_people() -> None:
    """Only the first of two people joined by "and" is the subject's speaker, as before."""
    assert speakers_of('Ann Lee and Bo Lind criticised the plan, calling it a "giveaway".') == [
        "Ann Lee"
    ]
    text = 'The governor and Mayor Tom Veld criticised the plan, calling it a "giveaway".'
    assert speakers_of(text) != ["Tom Veld"]


def test_a_state_written_out_before_a_day_is_no_speaker() -> None:
    text = (
        "Visiting a dairy farm near Boone, Iowa, on Sunday, Mrs. Lee defended the tariff, saying "
        "farmers would ''come out ahead by spring.''"
    )
    assert speakers_of(text) == ["Lee"]


def test_a_name_then_its_relative_clause_is_still_the_speaker() -> None:
    text = (
        "At the rally, Lee, who had flown in from the coast, urged calm, saying the count was "
        '"nearly done."'
    )
    assert speakers_of(text) == ["Lee"]


def test_an_age_as_the_speaker_is_the_person_named_before() -> None:
    """ "said the 46-year-old": the age tells who only with the person the story just named
    (it had been read as a speaker called "year-old")."""
    text = (
        "Ann Lee, a retired swimmer, took the stage last.\n\n"
        '"Nobody trains harder than my brother," said the 46-year-old. "He has earned this."'
    )
    assert speakers_of(text) == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize(
    "body",
    ["the Coastal Diocese of Marrow", "Quill Valley Water", "the Tessaly Rowing Club"],
)
def test_a_body_after_of_in_the_speakers_phrase_is_no_antecedent_for_he(body: str) -> None:
    """The phrase's verb is the person's: "he added" goes on with the person, not with the
    body named after "of" (which had been taken for a person who spoke)."""
    text = (
        "The council put off its vote on the ferry route again on Monday.\n\n"
        f"But as Bishop Tomas Reyl of {body} told the Harbour Gazette, "
        "“We have waited long enough for this crossing.” He added, “The town must decide now.”"
    )
    assert speakers_of(text) == ["Tomas Reyl", "Tomas Reyl"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "When Tom Kirk reached the pier, Dan Voss was already aboard.\n\n"
            "“He kept the whole crew waiting,” he said.",
            "Dan Voss",
        ),
        (
            "Ann Rowe runs the depot’s security. “We lost four cranes last spring,” Rowe said.\n\n"
            "In the months since Ida Kell promised a crackdown, Rowe’s team has caught most of "
            "the thieves. “We got three of the cranes back,” she says.",
            "Ann Rowe",
        ),
        (
            "Dan Voss runs the yard. “Nothing leaves without a docket,” Voss said.\n\n"
            "Since Tom Kirk bought the firm, Voss’s crew has doubled. “We hired ten people,” he "
            "says.",
            "Dan Voss",
        ),
    ],
)
def test_a_pronoun_means_the_main_clause_s_subject_not_a_name_in_the_clause_before_it(
    text: str, speaker: str
) -> None:
    """A sentence that opens on a conjunction's clause (`When ...,`, `In the months since
    ...,`) names its subject after the comma; a name inside that clause is no antecedent for
    the next quote's pronoun, even when the subject is a possessive of someone named before
    (it had gone to the name in the clause)."""
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The dock clerk first said he had seen nothing, then spoke of an “awful” night.",
            "dock clerk",
        ),
        ("The clerk repeatedly said “no comment” to the crowd.", "clerk"),
        ("The former first lady said she had the “duty gene.”", "former first lady"),
        ("One early backer, Ana Tull, said on air: “He will win.”", "Ana Tull"),
    ],
)
def test_an_adverb_before_the_verb_of_speech_is_no_part_of_the_subject(
    text: str, speaker: str
) -> None:
    """`The clerk first said`: "first" was read into the description (employee first); an
    adverb there ends the subject when a verb follows it, while an adjective stays (the
    first lady, one early backer)."""
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But the engineer, who once said, “Luck is mostly work,” would have liked the bridge.",
            "engineer",
        ),
        ("So the mayor told them, “Go home.”", "mayor"),
        ("Yet the mayor told them, “Stay calm.”", "mayor"),
    ],
)
def test_a_conjunction_opening_the_sentence_is_no_part_of_the_subject(
    text: str, speaker: str
) -> None:
    """`But the engineer, who once said, “...”` had no speaker (only a conjunction before a
    capitalised subject was passed over), and `So the mayor told them` credited "So the mayor"."""
    assert speakers_of(text) == [speaker]


def test_the_other_one_is_not_the_one_named_before() -> None:
    """`The other man there, his brother Jim Yorke, ...` had resolved "the other man" to the man
    named in the sentence before (the head noun's last bearer), and the next "he" with it."""
    text = (
        "One of the men, Jed Elkin, 70, said he feared the worst. The other man there, his "
        "brother Jim Yorke, 40, cited the rival's temper as a danger. ''He is all talk,'' he "
        "said."
    )
    assert speakers_of(text) == ["Jim Yorke"]


def test_his_argument_is_his_words() -> None:
    """`His assumption was that “...”` credited a speaker called "His assumption"."""
    text = (
        "Tom Lee told the paper the race was close. His assumption, stated on air, was "
        "that “as voters learn more,” they would switch."
    )
    assert speakers_of(text) == ["Tom Lee"]
