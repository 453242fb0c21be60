"""Real copy's quotes and speakers: apostrophes, titles without their comma, dashes.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from briefing.extract.cues import person_evidence
from tests.extract.readers import pairs_of, speakers_of


@pytest.mark.parametrize(
    "text",
    [
        # Word processors turn the apostrophe of '80s into an opening single mark.
        "We sailed the lakes in the early ‘80s, as we crossed the north. We said ‘farewell’ then.",
        "That is a whole ‘nother story, as we crossed the north. We said ‘farewell’ then.",
        "That is a whole 'nother story, as we crossed the north. We said 'farewell' then.",
    ],
)
def test_a_turned_mark_before_a_cut_word_is_an_apostrophe(text: str) -> None:
    assert pairs_of(text) == [("farewell", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Margins rose. Petra Novak, Chairman and CEO said: “We keep investing in the mills.”",
        "Margins rose. Petra Novak, chief executive said: “We keep investing in the mills.”",
        "Margins rose. Petra Novak, president and CEO of Orlen Mills stated, “We keep investing "
        "in the mills.”",
    ],
)
def test_a_name_before_a_bare_title_speaks_when_the_closing_comma_is_left_out(text: str) -> None:
    assert pairs_of(text) == [("We keep investing in the mills.", "Petra Novak")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A new subject after the comma speaks, not a name before it.
        ("Asked about Petra Novak, the spokesman said: “We keep investing.”", "spokesman"),
        ("Shares of Orlen Mills rose, analysts said: “We keep investing.”", "analysts"),
    ],
)
def test_a_speaker_after_a_comma_with_an_article_or_no_title_is_kept(
    text: str, speaker: str
) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


def test_a_quote_inside_a_sentence_that_goes_on_past_a_dash_is_the_sentence_s_subject_s() -> None:
    text = (
        "Sen. Omar Felt (D-OR) said on Friday that his party had failed to “localize” the "
        "race — but he insisted the defeat was no verdict on the governor."
    )
    assert pairs_of(text) == [("localize", "Omar Felt")]


@pytest.mark.parametrize("word", ["Oh", "Okay", "Wow", "Yeah"])
def test_an_interjection_opening_a_sentence_is_no_one(word: str) -> None:
    text = f"{word}, you must hear “the slow one near the end” before the tour."
    assert pairs_of(text) == [("the slow one near the end", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The accused, 61-year-old Lev Ostrov of Harlow, told the court: “I am sorry.”",
            "Lev Ostrov",
        ),
        ("The coach, 39-year-old Ines Vale, said: “I am sorry.”", "Ines Vale"),
        ("The owner, Kestrel Foods of Leeds, said: “I am sorry.”", "Kestrel Foods"),
    ],
)
def test_the_name_in_an_appositive_with_an_age_or_a_place_speaks(text: str, speaker: str) -> None:
    assert pairs_of(text) == [("I am sorry.", speaker)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The WHO said: “Cases are rising in the north.”", "WHO"),
        ("“Cases are rising in the north,” the WHO said on Monday.", "WHO"),
        ("“Cases are rising in the north,” WHO chief Ana Ruiz told reporters.", "Ana Ruiz"),
    ],
)
def test_who_in_capitals_is_the_health_body_not_a_pronoun(text: str, speaker: str) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A union official, who briefed us under the rule of silence to be frank, said: "
            "“Nobody wants a strike.”",
            "union official",
        ),
        (
            "Edda Lund, a nurse in Harlow, who joined the union in May, said: “Nobody wants a "
            "strike.”",
            "Edda Lund",
        ),
    ],
)
def test_a_description_before_a_relative_clause_speaks(text: str, speaker: str) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The paper cut it short. Lund's full quote: “Yes, the tablet replaces a laptop.”",
            "Lund",
        ),
        (
            "Asked again, she would not budge. Ines Lund's reply: “Yes, the tablet will do.”",
            "Ines Lund",
        ),
    ],
)
def test_a_name_s_words_announced_by_its_possessive_are_its(text: str, speaker: str) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We called him before he boarded,” his nephew Omar el Saleh added.", "Omar el Saleh"),
        ("“We must go,” her cousin Luis de la Vega said.", "Luis de la Vega"),
        ("“We must go,” said Khalid ibn Rashid, the envoy.", "Khalid ibn Rashid"),
    ],
)
def test_a_name_with_a_particle_after_a_description_speaks_whole(text: str, speaker: str) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The rise doesn’t surprise party pollster Dana Shaw: “Outsiders often surge early.”",
            "Dana Shaw",
        ),
        ("Asked about the rise, spokesman Tom Reed: “Outsiders often surge early.”", "Tom Reed"),
        # A name without a title before the colon is no speaker announced.
        ("The band played for Dana Shaw: “Happy birthday to you.”", None),
    ],
)
def test_a_titled_name_before_a_colon_announces_the_quote(text: str, speaker: str | None) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # An appositive of the opening phrase's object is no subject: the pronoun after it is.
        "Tom Marsh took the tablet further. Unveiling the iPad Zeta, a larger tablet, he "
        "remarked that people would “never need a laptop again.”",
        # ... and the capital inside iPad names no one "he" could be.
        "Tom Marsh took the iPad further. Unveiling the iPad Zeta, a larger tablet that worked "
        "with a pen, he remarked that people would “never need a laptop again.”",
    ],
)
def test_a_capital_inside_a_word_or_an_object_s_appositive_speaks_for_no_one(text: str) -> None:
    assert [s for _, s in pairs_of(text)] == ["Tom Marsh"]


def test_a_name_that_owns_the_subject_is_no_he_after_it() -> None:
    # Mr. Holm's heir is the subject; Holm only owns him.
    text = (
        "Years on, Mr. Holm’s heir, Tom Marsh, took the tablet further. He remarked that "
        "people would “never need a laptop again.”"
    )
    assert pairs_of(text) == [("never need a laptop again.", "Tom Marsh")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "As Kestria builds islands in the North Amber Sea, a waterway others long held, his "
            "task, he said, was to warn partners of the risk.\n“There is a natural tension here,” "
            "he said.",
            None,
        ),
        (
            "Adm. Ray Holt spoke in Hawaii. As Kestria builds islands in the Amber Sea, his task, "
            "he said, was to warn partners. “There is a natural tension here,” he said.",
            "Ray Holt",
        ),
    ],
)
def test_a_sea_or_a_river_is_no_he(text: str, speaker: str | None) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


def test_a_first_name_only_the_census_knows_shows_a_person() -> None:
    text = "Ida Kell arrived first. Later she said: “The quay is a miracle of steel.”"
    assert speakers_of(text) == ["Ida Kell"]


def _census_evidence(text: str, run: str, known: tuple[str, ...] = ()) -> bool:
    a = text.index(run)
    return person_evidence(text, a, a + len(run), {w: w for w in known}.get, lambda w, i: False)


@pytest.mark.parametrize(
    ("text", "run", "known", "person"),
    [
        ("Ida Kell arrived first.", "Ida Kell", (), True),
        ("Yesterday, Ida Kell arrived first.", "Ida Kell", (), False),  # (June 4, Concord, ...)
        ("The keys went to Ida Kell at noon.", "Ida Kell", (), True),
        # After a word of the sentence, an article or an adjective: no name
        ("They passed a 1930s-era Art Deco cinema.", "Art Deco", (), False),
        # A known person's surname opening a run names a thing of theirs
        ("Clinton Pier opened.", "Clinton Pier", ("Clinton",), False),
        ("Clinton Pier opened.", "Clinton Pier", (), True),
        # A place, or a body's word at the end
        ("Georgia Marsh opened.", "Georgia Marsh", (), False),
        ("Chase Bank opened.", "Chase Bank", (), False),
    ],
)
def test_where_a_census_first_name_shows_a_person(
    text: str, run: str, known: tuple[str, ...], person: bool
) -> None:
    assert _census_evidence(text, run, known) is person


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A body's officer, the body named first: the officer speaks, not the body's first word
        (
            "“We will march on the capitol,” Rise for Rent field director Dana Orrin told a radio "
            "station.",
            "Dana Orrin",
        ),
        (
            "“We will march on the capitol,” Homes for All press secretary Lu Vance said.",
            "Lu Vance",
        ),
        # A name with a place after it is still cut there
        ("“We will march on the capitol,” Ted Lane of Ohio told a radio station.", "Ted Lane"),
    ],
)
def test_an_officer_named_after_a_body_with_a_preposition_speaks(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A description, then its name with a lower-case role before it
        (
            "“It is time the city had a woman in charge,” said her friend, actress Jo Marr.",
            "Jo Marr",
        ),
        (
            "“It is time the city had a woman in charge,” said the mayor's friend, the retired "
            "nurse Jo Marr.",
            "Jo Marr",
        ),
        # What follows the description is no appositive of a name
        (
            "“It is time the city had a woman in charge,” said the minister, calling Jo Marr a "
            "liar.",
            "minister",
        ),
        ("“It is time the city had a woman in charge,” said Marr, a Jo Tull supporter.", "Marr"),
    ],
)
def test_a_name_after_a_description_with_a_role_before_it_speaks(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "verb", ["echoed", "gushed", "grumbled", "marveled", "agrees", "retorts", "proclaims"]
)
def test_more_verbs_of_speech_credit_the_quote_they_announce(verb: str) -> None:
    text = f"17-year-old Dale Pott {verb}:\n“The fair brings the whole town out to the river.”"
    assert speakers_of(text) == ["Dale Pott"]


@pytest.mark.parametrize(
    "text",
    [
        # The comma closing the appositive stands inside the title's marks
        'Ann Vole, the author of "The Quiet Court," said: "A deal today beats a fight later."',
        "As Ann Vole, professor of law at Brill and author of ''The Quiet Court,'' put it, ''A "
        "deal today beats a fight later.''",
        'As Ann Vole, a judge at Brill, put it, "A deal today beats a fight later."',
    ],
)
def test_an_appositive_that_ends_in_a_title_in_marks_still_names_its_person(text: str) -> None:
    assert speakers_of(text) == ["Ann Vole"]


def test_a_speech_verb_in_the_present_after_the_quote_credits_the_name_after_it() -> None:
    text = "“Our town is not what it was,” agrees Mia Stone, 30, of Dover."
    assert speakers_of(text) == ["Mia Stone"]


def test_according_to_before_a_colon_credits_the_quote_after_it() -> None:
    text = "According to the Daily Bell: “Senator Ann Lee has long been cool on farm subsidies.”"
    assert speakers_of(text) == ["Daily Bell"]


@pytest.mark.parametrize(
    "text",
    [
        "The row began after Ann Lee, asked about the strike, had said, “The port stays shut.”",
        "The row began after Ann Lee, a former aide, had said: “The port stays shut.”",
    ],
)
def test_a_name_before_an_aside_and_an_auxiliary_speaks(text: str) -> None:
    assert speakers_of(text) == ["Ann Lee"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A capitalised word, then lower-case words ending in a speaker's noun: a description
        ("Kell supporters have been chanting: “Lock him up!”", "Kell supporters"),
        (
            "Nuclear safety experts have doubted it, warning: “The plant cannot make it.”",
            "Nuclear safety experts",
        ),
        # Two descriptions of one person joined by "and" still lead to the name
        ("Radio host and council member Ida Marsh said: “We are ahead.”", "Ida Marsh"),
        # A name after the noun is the speaker, as before
        ("Kell campaign aide Bo Lind said: “We are ahead.”", "Bo Lind"),
    ],
)
def test_a_capitalised_word_before_a_speakers_noun_qualifies_it(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“It is all about the port,” said one aide with knowledge of the plan for the city "
            "and the KPA.",
            "one aide with knowledge",
        ),
        ("“It is all about the port,” said a source close to Ann Lee.", "source close to Ann Lee"),
    ],
)
def test_a_source_described_by_what_it_knows_is_no_one_it_names(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A pronoun and its verb after "said" report words; the speaker is the sentence's
        (
            "Tom Pike, who filmed it and called the visit “the best day of my life,” said he "
            "wasn’t going to miss it.",
            "Tom Pike",
        ),
        # A cleft sentence names its speaker after "It was"
        ("It was Confucius who said that “a long road starts with one step.”", "Confucius"),
    ],
)
def test_a_reported_clause_and_a_cleft_sentence(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lind said he quit, but an unnamed City Hall aide told reporters that Lind “did not "
            "quit.”",
            "unnamed City Hall aide",
        ),
        ("A retired general said: “We lost the war.”", "retired general"),
        # a verb in -ed after the article's noun is still the verb
        ("The memo released on Monday said: “We lost.”", "memo"),
    ],
)
def test_a_word_in_ed_after_an_article_qualifies_the_speaker(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Still, the fact that the vote “is too close to call,” as Kell said on a radio show "
            "on Monday, only raises the stakes.",
            "Kell",
        ),
        (
            "Of course, as Ann Roe of the Dover Times observed, the prize went to the hosts:\n"
            "“The clear winner of the night was the network that ran it.”",
            "Ann Roe",
        ),
    ],
)
def test_as_x_said_after_a_quote_or_before_the_colon_announcing_it(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_a_names_possessive_before_a_quote_and_a_noun_of_words_said_credits_it() -> None:
    text = "It is the pull of Ann Lee's “keep the ferry running, keep the town alive” pledge."
    assert speakers_of(text) == ["Ann Lee"]
