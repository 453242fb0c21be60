"""Names and the titles before them. A person named after a title in lower case, the title
opening a description ("The columnist Nadia Ferris", "the Harbor Gazette columnist Nadia
Ferris", "Republican pollster Ida Marsh"), newspapers' and the wires' commonest way to
introduce someone: the name is the person, and a later "she" or "he" is that person, not the
description. A name after kin and its comma; two given names before a surname; "As X puts it,".

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import pytest

from tests.extract.readers import speakers_of

_TAX = "“The tax is not fair,” {pronoun} wrote."


@pytest.mark.parametrize(
    ("opening", "pronoun", "speaker"),
    [
        # The description's article opens the sentence: before, "The" joined the name's run
        # of capitals and the description ("columnist") was the one who wrote.
        ("The columnist Mary Smith has opposed the tax.", "she", "Mary Smith"),
        ("The economist John Hall has opposed the tax.", "he", "John Hall"),
        ("The Ohio senator John Hall has opposed the tax.", "he", "John Hall"),
        # The paper before the title; a first name no list holds, which the title vouches for.
        ("The Harbor Gazette columnist Nadia Ferris has opposed the tax.", "she", "Nadia Ferris"),
        ("On Monday the Harbor Gazette columnist Tova Brell opposed the tax.", "she", "Tova Brell"),
        # No article: the run of capitals holds the paper, the title and the name.
        ("Harbor Gazette columnist Nadia Ferris has opposed the tax.", "she", "Nadia Ferris"),
        ("Republican pollster Ida Marsh found the race tight.", "she", "Ida Marsh"),
        # A title of a name's own after a description (guard: passes before too).
        ("The winner came from Mayor Ann Lee’s district.", "she", "Ann Lee"),
    ],
)
def test_a_name_after_its_title_is_the_one_a_pronoun_means(
    opening: str, pronoun: str, speaker: str
) -> None:
    assert speakers_of(f"{opening} {_TAX.format(pronoun=pronoun)}") == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A description with no name after it still speaks (guards: pass before too).
        ("The columnist has opposed the tax. “The tax is not fair,” she wrote.", "columnist"),
        ("Residents of Harbor Street opposed it. “It is not fair,” a neighbour said.", "neighbour"),
        # A plural title before capitals is no one's title: the day is no name.
        ("The analysts Tuesday cut their forecasts. “Growth is slowing,” he said.", None),
    ],
)
def test_a_description_without_a_name_after_it(text: str, speaker: str | None) -> None:
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Kin before a name and its comma: the name is a person's, whatever the first name, and
        # the one a later pronoun means (before, the senator or no one).
        (
            "On the final night, the senator’s husband, Teodor, is due to speak. At a dinner last"
            " month, he called his wife “the hardest worker I know.”",
            "Teodor",
        ),
        (
            "The senator’s husband, Teodor Vance, is due to speak. At a dinner last month, he"
            " called his wife “the hardest worker I know.”",
            "Teodor Vance",
        ),
        (
            "The driver’s mother, Dana Orr, spoke outside the court. “He was kind,” she said.",
            "Dana Orr",
        ),
        # Kin alone speaks as written (guard: passes before too).
        ("“He was kind,” his mother said outside the court.", "his mother"),
    ],
)
def test_a_name_after_kin_and_its_comma_is_a_person(text: str, speaker: str | None) -> None:
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Two given names before a surname: the first is no title we do not know (before,
        # "Maria Dalvento" and "Jean Holt").
        ("“Both builder and preacher,” said Giovanni Maria Dalvento.", "Giovanni Maria Dalvento"),
        ("Billie Jean Holt, the coach, said the team was “ready.”", "Billie Jean Holt"),
        # A word that is no given name before a first name is a title (guard: passes before).
        ("“Both builder and preacher,” said Recorder Helen Purcell.", "Helen Purcell"),
    ],
)
def test_a_given_name_before_a_first_name_is_part_of_the_name(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "As X puts it," opening a sentence: the rest is X's account in X's words (before,
        # the words went to the sentence's subject).
        (
            "As the Gazette’s Nadia Ferris puts it, the mayor is trying to make the council “an"
            " offer it cannot refuse.”",
            "Nadia Ferris",
        ),
        ("As Tova Brell put it, the plan was “dead on arrival.”", "Tova Brell"),
        # A speech verb after the opening gives the words to its subject (guard: passes before).
        ("As Tova Brell put it, the mayor said the plan was “dead on arrival.”", "mayor"),
        ("As the Gazette reported, the mayor called the plan “dead on arrival.”", "mayor"),
    ],
)
def test_the_sentence_after_as_someone_puts_it_is_theirs(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]
