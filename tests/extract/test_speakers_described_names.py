"""A description of a body's officer with the name after it ("The leader of the Harbor Civic
League, Jonathan Reed, warned that ..."), the wires' and the papers' usual way to bring in a
group's spokesperson: the name speaks, a later "he" is that person, and the body's name is no
person's. And a body that accuses or thanks a named person: the body's words, not the name's;
an age or an adjective before a subject's name ("Retired farmer Tom Bell, 76,"); a relative
clause with a subject of its own (", which Mara Holt once branded ... and vowed to “...”"); a
day after a speech verb ("said Wednesday, “...”"); a noun before a speaker's head ("A port
official who spoke anonymously said"); a title between the verb and the name ("..., said
spokesman Tom Bell, “...”").

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import pytest

from tests.extract.readers import speakers_of

_GROUPS = "Lawmakers condemned it. “It is a danger,” said Omar Frej, a member of parliament. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The name between the description's phrase and its verb (before, the description).
        (
            "The leader of the league, Jonathan Reed, warned that the ban would be “unfair.”",
            "Jonathan Reed",
        ),
        (
            "The head of Harbor Civic League, Jonathan Reed, said the ban would be “unfair.”",
            "Jonathan Reed",
        ),
        # A place set off by commas is no name (guard: passes before too).
        ("The mayor of Santa Fe, New Mexico, said the ban would be “unfair.”", "mayor of Santa Fe"),
        # A body's last word (League, Federation, Club...) ends a body's name, no person's: the
        # description speaks (before, a person named "Harbor Civic League").
        (
            "The leader of the Harbor Civic League warned that the ban would be “unfair.”",
            "leader of the Harbor Civic League",
        ),
    ],
)
def test_the_name_after_a_description_and_its_comma_speaks(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_a_later_he_is_the_named_officer_not_a_person_named_before() -> None:
    # "the leader of" a body named there points back to no one named before it (before, the
    # second quote went to the body, then to the member of parliament).
    text = (
        _GROUPS + "The leader of the Harbor Civic League, Jonathan Reed, warned that the ban"
        " would be “unfair.” He said residents “know what can happen” next."
    )
    assert speakers_of(text) == ["Omar Frej", "Jonathan Reed", "Jonathan Reed"]


def test_a_role_alone_still_points_back_to_the_person_named_before() -> None:
    # (guard: passes before too)
    text = "President Ali Veran spoke first. “We will not yield,” the leader said."
    assert speakers_of(text) == ["Ali Veran"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A speaker's head noun, a verb in -s and a name: the name is the verb's object, the
        # words the subject's (before, the name's).
        ("The report accuses Ann Lee of treating the guards like “hired hands.”", "report"),
        ("The company thanks Ann Lee for her “tireless work.”", "company"),
        # A plural that goes on describing is no verb (guards: pass before too).
        ("Campaign aides Ann Lee and Bo Chen said the race was “tight.”", "Ann Lee"),
        ("Radio talk host Rush Lindell said the party was “in trouble.”", "Rush Lindell"),
    ],
)
def test_a_verb_between_a_head_noun_and_a_name_ends_the_subject(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An age or an adjective in -ed before the name opens no introductory phrase: the name
        # after it is the subject (before, no one).
        (
            "76-year-old Tom Bell, a retired farmer, backed the governor on Monday, saying she “has"
            " shown real grit.”",
            "Tom Bell",
        ),
        (
            "Retired farmer Tom Bell, 76, backed the governor on Monday, saying she “has shown"
            " real grit.”",
            "Tom Bell",
        ),
        # A participle's phrase still opens the sentence (guards: pass before too).
        ("Asked about the deal, Ann Lee said it was “a fair one.”", "Ann Lee"),
        ("Decorated war hero Ann Lee told the crowd she was “proud to serve.”", "Ann Lee"),
        ("Retired. “We are done,” she said.", None),
    ],
)
def test_an_age_or_an_adjective_before_the_name_opens_no_phrase(
    text: str, speaker: str | None
) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A relative clause with a subject and a speech verb of its own: its words are its
        # subject's, not the sentence's (before, the deal's).
        (
            "The harbour deal, which Mara Holt once branded a mistake and vowed to “tear up at"
            " once”, was renewed.",
            "Mara Holt",
        ),
        ("Lee, whom critics called “a menace,” said he would stay.", "critics"),
        # A relative clause with no subject of its own leaves the sentence's (guards: pass
        # before too).
        ("The agency, which said it would review the plan, called it “a fair start.”", "agency"),
        ("The levy, which Mara Holt had called “a tax on work,” was cut on Monday.", "Mara Holt"),
        (
            "Fares rose, while the operator Kelso Lines, which is private, said in a statement"
            " that it was “open for business.”",
            "Kelso Lines",
        ),
    ],
)
def test_a_relative_clause_with_its_own_subject_speaks(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A day after the speech verb before the quote is when, not a name after the verb
        # (before, "Wednesday" spoke, and being no one, left the quote with no speaker).
        (
            "A City Hall official who spoke anonymously said Wednesday, “There are talks.”",
            "City Hall official",
        ),
        ("The mayor added Tuesday: “The vote stands.”", "mayor"),
        # A name after the verb still speaks (guards: pass before too).
        ("Ann Lee said Friday night, “We are ready.”", "Ann Lee"),
        ("The bill passed, said Ann Lee: “The vote stands.”", "Ann Lee"),
    ],
)
def test_a_day_after_the_verb_is_no_speaker(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A noun in no list before a speaker's head ("port", "harbour board") is part of the
        # description, which speaks through a relative clause after it (before, no one).
        (
            "A port official who spoke anonymously said Wednesday, “There are talks.”",
            "port official",
        ),
        (
            "A harbour board official who would not be named said, “There are talks.”",
            "harbour board official",
        ),
        # (guard: passes before too)
        ("The billionaire business mogul told reporters the deal was “done.”", "billionaire"),
    ],
)
def test_a_noun_before_a_speakers_head_is_part_of_the_description(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A title in lower case between the speech verb and the name before a quote (before,
        # the sentence's subject).
        ("The plant will close, said spokesman Tom Bell, “and nobody will reopen it.”", "Tom Bell"),
        # (guards: pass before too)
        ("The plant will close, said union chairman Tom Bell: “It is over.”", "Tom Bell"),
        (
            "“The plant will close,” said spokesman Tom Bell, “and nobody will reopen it.”",
            "Tom Bell",
        ),
        ("The plant will close, said Tom Bell, “and nobody will reopen it.”", "Tom Bell"),
    ],
)
def test_a_title_between_the_verb_and_the_name_before_a_quote(text: str, speaker: str) -> None:
    assert speakers_of(text)[-1] == speaker
