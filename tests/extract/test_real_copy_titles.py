"""Titles around a speaker's name as agency and release copy writes them: a title of a body
with no comma before the verb, a title in capitals after the name's comma, a chancellor or a
premier before the name, and a surname whose ending suggests a man. One test per rule.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from briefing.extract.subjects import clause_subject
from briefing.summarize import summarize


@pytest.mark.parametrize(
    "opening",
    [
        "Opening the session, Prof. Idris Kamal, Chancellor of Varne University said",
        "Ines Varga, Chairman and CEO said",
        "Ines Varga, chairman and CEO said",
        "Ines Varga, Managing Director of Kolt Freight said",
    ],
)
def test_a_title_after_a_name_without_its_closing_comma_is_the_name_s(opening: str) -> None:
    text = f'{opening} orders had doubled. "We hired forty people," {_pronoun(opening)} said.'
    assert [q.speaker for q in summarize(text).quotes] == [_name(opening)]


def _pronoun(opening: str) -> str:
    return "he" if "Idris" in opening else "she"


def _name(opening: str) -> str:
    return "Idris Kamal" if "Idris" in opening else "Ines Varga"


def test_a_title_of_a_body_after_and_is_another_person_s() -> None:
    text = (
        "The talks were opened by Premier Lo Wen and Secretary of State Ray Dunmore.\n"
        "“We have much to discuss,” Dunmore said."
    )
    assert [q.speaker for q in summarize(text).quotes] == ["Ray Dunmore"]


@pytest.mark.parametrize("title", ["German Chancellor", "Chancellor", "Ontario Premier"])
def test_a_chancellor_or_a_premier_is_a_title_not_a_name(title: str) -> None:
    text = f"{title} Erik Solberg has called for calm.\n“No cause for alarm,” Solberg said."
    assert [q.speaker for q in summarize(text).quotes] == ["Erik Solberg"]


def test_a_surname_alone_is_the_one_person_who_bears_it_whatever_its_ending() -> None:
    # A surname ending in -in or -ov reads as a man's (Putin); after Nadia Rubin it is hers.
    text = (
        "The budget chief, Nadia Rubin, said on Monday that spending would fall.\n"
        "“We have no room left,” Rubin told reporters."
    )
    assert [q.speaker for q in summarize(text).quotes] == ["Nadia Rubin"]


def test_a_dutch_name_s_ten_is_a_particle_not_a_number() -> None:
    text = (
        "“We lost our shape,” coach Pim ten Brink told reporters. “Ten minutes undid us.”\n"
        "His side conceded ten goals in three games."
    )
    summary = summarize(text)
    assert [q.speaker for q in summary.quotes] == ["Pim ten Brink", "Pim ten Brink"]
    assert [f.text for f in summary.figures] == ["ten goals", "three games"]


def test_the_object_of_a_preposition_is_no_clause_s_subject() -> None:
    # A scare quote in a clause with no speech verb is credited to the clause's subject;
    # Norvania, after "against", is none (its quote went to a country).
    text = "The duo's stance on the war against Norvania has sparked “dismay” in Lisk."
    assert clause_subject(text, 0, text.index("“")) is None
    text = "Critics of the plan say Mayor Ann Lee has vowed “a fight” over it."
    assert clause_subject(text, 0, text.index("“")) == ("Mayor Ann Lee", 24)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The dam will hold” — that was the message from engineer Rosa Quint on Monday.",
            "Rosa Quint",
        ),
        ("“Not a chance,” came the reply from the harbour master, Olof Brek.", "Olof Brek"),
        ("“We will be back,” was the verdict of coach Ilse Varn.", "Ilse Varn"),
        ("“Rates will fall,” according to governor Per Auden on Friday.", "Per Auden"),
    ],
)
def test_a_quote_whose_message_or_verdict_comes_from_someone(text: str, speaker: str) -> None:
    assert [q.speaker for q in summarize(text).quotes] == [speaker]


def test_a_country_may_speak_but_is_no_he() -> None:
    text = (
        "“We will reply in kind,” Norway said on Monday.\n"
        "Velmora's trade minister, Anton Brask, played down the worries. Norway may buy more "
        "of its fish, but that is good news, he says.\n"
        "“We want to sell where the buyers are,” he said."
    )
    assert [q.speaker for q in summarize(text).quotes] == ["Norway", "Anton Brask"]


def test_a_person_named_like_a_country_is_still_a_person() -> None:
    text = "Coach Paul Jordan praised the side. “They never gave up,” Jordan said."
    assert [q.speaker for q in summarize(text).quotes] == ["Paul Jordan"]


def test_a_long_title_of_a_body_before_a_name_goes_on_to_the_name() -> None:
    text = (
        "Kolt Freight Senior Director of Corporate Affairs Hilde Varga disputed the claims.\n"
        "“We ship every order we can,” she said."
    )
    assert [q.speaker for q in summarize(text).quotes] == ["Hilde Varga"]
    # A surname that is a title's word still ends the name: Lena T. King of Brill.
    text = "“We will vote no,” said Rep. Lena T. King of Brill."
    assert [q.speaker for q in summarize(text).quotes] == ["Lena T. King"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a portfolio in capitals between the title and a name none of our lists know
        (
            'Minister for Coastal Infrastructure Tevita Lomani said, "The wall will hold."',
            "Tevita Lomani",
        ),
        ('Minister for Fisheries and Ports Sione Vaka said: "The quota stays."', "Sione Vaka"),
        ('Minister for Fisheries Sione Vaka on Monday said, "The quota stays."', "Sione Vaka"),
        # a name of three words whose first ends in s is still whole
        ('Carlos Ruiz Zafra said: "We stay."', "Carlos Ruiz Zafra"),
        ('"We stay," the Treasury said.', "Treasury"),
    ],
)
def test_a_minister_s_portfolio_is_no_part_of_the_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in summarize(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a state alone in brackets after a politician's name, as a party tag is
        ('Sen. Dana Voss (Tex.) has said she would "fight it to the end."', "Dana Voss"),
        ('Rep. Ann Lee (N.Y.) said: "No."', "Ann Lee"),
        # a sentence adverb opening the sentence without its comma is no first name
        (
            "Interestingly Brandt, a wealthy grocer, became the face of the party. “We must be"
            " careful,” he said.",
            "Brandt",
        ),
        ("“No,” Connolly said.", "Connolly"),
    ],
)
def test_a_state_in_brackets_or_an_opening_adverb_is_no_part_of_a_name(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in summarize(text).quotes] == [speaker]


def test_the_particle_ten_opening_a_sentence_is_still_the_name_s() -> None:
    text = (
        "Coach Pim ten Brink blamed the pitch. “We lost our shape,” Ten Brink told reporters.\n"
        "Ten players were booked."
    )
    summary = summarize(text)
    assert [q.speaker for q in summary.quotes] == ["Pim ten Brink"]
    assert [f.text for f in summary.figures] == ["Ten players"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prime Minister Arun Mehra on Sunday said the plan would go ahead. Addressing a"
            " rally, the PM said, “Our resolve is firm.”",
            "Arun Mehra",
        ),
        (
            "Chief Minister Lata Rao said the state would act. “We will not wait,” the CM said.",
            "Lata Rao",
        ),
        ("“We will not wait,” the PM said.", "PM"),
    ],
)
def test_the_pm_and_the_cm_are_the_prime_and_chief_minister_named_before(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in summarize(text).quotes] == [speaker]
