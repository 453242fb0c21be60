"""Speaker phrases as feed copy writes them: a person's place after "of" (House Speaker Ann Lee
of Marrowshire), an age before a description (the 31-year-old fisherman), one of several
after a possessive (one of the country's biggest charities), an initialism with "of" (the
B of E), what a crowd chants, and words reported inside what someone else said ("Rebels said
troops from Vastria launched a ..."), which are not the troops'.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from tests.extract.readers import speakers_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The hearing turned on Thursday when Senate leader Ann Lee of Marrowshire attacked "
            "the “costly mistake that nobody in the valley ever asked for”.",
            "Ann Lee",
        ),
        (
            "The vote was close after Bishop Tomas Rell of the Coastal Diocese of Marrow "
            "condemned the “cruel and pointless cuts to the winter shelters this year”.",
            "Tomas Rell",
        ),
    ],
)
def test_a_place_or_body_after_of_is_part_of_the_subject_not_the_speaker(
    text: str, speaker: str
) -> None:
    assert speakers_of(text) == [speaker]


def test_a_name_after_secretary_of_state_is_still_the_speaker() -> None:
    text = (
        "The talks stalled on Monday when Secretary of State Bo Chen rejected the "
        "“one-sided and unworkable proposal from the other delegation”."
    )
    assert speakers_of(text) == ["Bo Chen"]


def test_an_age_before_a_description_keeps_its_number() -> None:
    text = "“I have never seen the river this high,” says the 31-year-old fisherman."
    assert speakers_of(text) == ["31-year-old fisherman"]


def test_one_of_several_after_a_possessive_is_the_whole_description() -> None:
    text = (
        "One of the region’s oldest football clubs has conceded it “misjudged the mood of "
        "the fans” over ticket prices."
    )
    assert speakers_of(text) == ["One of the region’s oldest football clubs"]


def test_an_initialism_with_of_is_not_cut_to_its_first_letter() -> None:
    text = (
        "The B of E said in a note that “nothing in the lending rules has changed” since "
        "March. It added that “the review will end in June”."
    )
    assert speakers_of(text) == ["B of E", "B of E"]


def test_a_chant_is_the_crowds_not_the_sentence_subjects() -> None:
    text = (
        "The match was halted when a knot of away fans chanting “sack the board” ran onto "
        "the pitch."
    )
    assert speakers_of(text) == ["knot of away fans"]


def test_a_quote_inside_what_someone_said_is_not_the_reported_subjects() -> None:
    text = (
        "Government forces took the town in May. Forces loyal to the council said fighters "
        "crossing from Vastria staged a “major assault” overnight."
    )
    assert speakers_of(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The budget dominated the hour-long, “tense but useful” meeting of the two mayors, "
            "Ann Lee and Bo Chen, in Lyon on Friday, a council aide told reporters.",
            "council aide",
        ),
        (
            "The plan was “dead on arrival” in the upper house, a senior aide told Reuters.",
            "senior aide",
        ),
    ],
)
def test_a_description_that_told_reporters_later_in_the_sentence_speaks(
    text: str, speaker: str
) -> None:
    assert speakers_of(text) == [speaker]


def test_a_bare_attribution_after_a_quote_closed_by_a_full_stop_speaks_it() -> None:
    text = (
        "The leader left the podium early. “We will find out who did this and we will not "
        "rest.” Lee said. The hall fell silent."
    )
    assert speakers_of(text) == ["Lee"]


def test_a_full_sentence_after_a_quote_is_not_its_attribution() -> None:
    text = "Ann Lee spoke first. “We are done here.” Bo Chen said nothing more that day."
    assert speakers_of(text) != ["Bo Chen"]


def test_an_adverb_of_habit_before_the_verb_keeps_the_speaker() -> None:
    text = "“The plan has never worked,” Lee often says. “It never will.”"
    assert speakers_of(text) == ["Lee", "Lee"]


def test_what_someone_had_written_is_theirs() -> None:
    text = (
        "As the critic Ann Lee had written in her last column, “The theatre is poorer without him.”"
    )
    assert speakers_of(text) == ["Ann Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "As the Herald's Ann Lee puts it, “The council has run out of road.”",
        "As Ann Lee of the Herald reported from the flooded valley town late on Sunday night:\n"
        "“The inquiry raised more questions than it answered.”",
    ],
)
def test_as_someone_puts_it_or_reported_their_words_follow(text: str) -> None:
    assert speakers_of(text) == ["Ann Lee"]


def test_an_adverb_opening_a_sentence_is_no_speaker() -> None:
    text = "Early on Monday, Lee wrote that the plan was “a failed experiment”."
    assert speakers_of(text) == ["Lee"]


def test_a_first_name_in_ly_opening_a_sentence_still_speaks() -> None:
    text = "Kelly smiled at the crowd. “We did it,” Kelly said."
    assert speakers_of(text) == ["Kelly"]


@pytest.mark.parametrize(
    "text",
    [
        "Please note the change. Please read what the board wrote: “The fund is closed.”",
        "The app crashed at launch. LayoutEngine.render logged “no font found” twice.",
        "The script failed. CONFIG_PATH printed “file missing” before it stopped.",
    ],
)
def test_an_imperative_or_a_programs_name_is_no_speaker(text: str) -> None:
    assert speakers_of(text) == [None]


def test_a_site_with_a_dotted_name_may_speak() -> None:
    text = "Booking.com said the change was “a step towards fairer prices for hotels”."
    assert speakers_of(text) == ["Booking.com"]


def test_said_before_a_quote_outweighs_according_to_after_it() -> None:
    text = "Ann Lee said “we have never offered to sell the paper,” according to the Herald."
    assert speakers_of(text) == ["Ann Lee"]


def test_according_to_after_a_quote_without_a_speech_verb_credits_its_source() -> None:
    text = "The fire was “out of control for hours,” according to the fire service."
    assert speakers_of(text) == ["fire service"]


@pytest.mark.parametrize(
    "text",
    [
        # A participle's own subject after "with", an adverb and a comma between them ...
        "The crowd pushed a heckler, with Tom Veld reportedly yelling: “Get him out of here!”",
        "The crowd pushed a heckler, with Tom Veld shouting, “Get him out of here!”",
        # ... and a speaker whose clause opens in brackets, an adverb after the appositive.
        "The quay was new (Tom Veld, who built it, once said, “It began with nine boats”).",
    ],
)
def test_a_speaker_named_inside_the_sentence_before_a_participle_or_in_brackets(
    text: str,
) -> None:
    assert speakers_of(text) == ["Tom Veld"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A span of time opening the sentence is no one, whoever it names.
        (
            "Ten minutes after Tom Veld was named, Ann Lee called the new chief "
            '"the most reckless pick in a generation".',
            "Ann Lee",
        ),
        # A description's relative clause is no part of it, and its name no speaker.
        (
            "“If I were a donor, I would want answers,” said a senior party official who "
            "backs Veld, asking not to be named.",
            "senior party official",
        ),
        # A sentence adverb or an interjection is no one.
        ('Wait, it gets better:\n"By law, the mayor sets the number of berths."', None),
        ('Often, nobody read the rules:\n"We had no idea what the forms meant."', None),
        # A sentence that says someone agreed announces the quote after it ...
        (
            'Lisk College\'s Dana Orme agreed. "Centrist parties are running out of time."',
            "Dana Orme",
        ),
        # ... and a conjunction opening a sentence is no part of its subject.
        (
            'And then Veld went on the attack, saying, "Will the mayor admit the plan failed?"',
            "Veld",
        ),
        # A name's response announced with "was" and a colon is its words.
        ("Lee's aide wrote in May. Lee's response was: “Is the quay shop open on Sundays?”", "Lee"),
    ],
)
def test_no_speaker_from_an_opening_span_a_relative_clause_or_an_adverb(
    text: str, speaker: str | None
) -> None:
    assert speakers_of(text) == [speaker]
