"""Speakers as real (American, wire and newspaper) copy credits them: one test per rule.

Every sentence here is invented for the test; none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from briefing.extract.names import cut_after_name, gender_of, mark_abbreviations, split_title
from briefing.extract.quotes import find_quote_spans, is_label, standard_marks
from briefing.extract.sentences import split_sentences
from tests.extract.readers import pairs_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The budget is late,” Mr. Hollis said.", "Hollis"),
        ("“The budget is late,” said Ms. Farrow.", "Farrow"),
        ("“The budget is late,” Sen. Dana Whitcomb said.", "Dana Whitcomb"),
        ("“The budget is late,” Gov Martin Oakes said.", "Martin Oakes"),
        ("“The budget is late,” Dr. Rhea Quint told reporters.", "Rhea Quint"),
    ],
)
def test_honorifics_do_not_end_the_speaker(text: str, speaker: str) -> None:
    assert pairs_of(text) == [("The budget is late", speaker)]


def test_an_initial_keeps_its_full_stop_inside_the_name() -> None:
    text = "“We will vote,” said Representative Arthur B. Kellerman."
    assert pairs_of(text) == [("We will vote", "Arthur B. Kellerman")]


def test_mark_abbreviations_keeps_offsets_and_leaves_sentence_ends() -> None:
    text = "Mr. Hollis met Iowa. Then J. R. Pike left."
    marked = mark_abbreviations(text)
    assert len(marked) == len(text)
    assert marked.count(".") == 2  # "Iowa." and "left." still end sentences
    assert marked.startswith("Mr\u2024 Hollis")


def test_surname_after_honorific_means_the_full_name_named_before() -> None:
    text = "Donald K. Pruitt toured the plant.\n“It was fine,” Mr. Pruitt said."
    assert pairs_of(text) == [("It was fine", "Donald K. Pruitt")]


def test_surname_means_the_person_of_that_gender() -> None:
    text = (
        "Bill Tarrant and his wife, Hillary Tarrant, campaigned in Ohio.\n"
        "“We are close,” Mrs. Tarrant said."
    )
    assert pairs_of(text) == [("We are close", "Hillary Tarrant")]


def test_surname_means_the_bearer_mentioned_last() -> None:
    text = (
        "Donald Pruitt spoke first.\n"
        "“We will win,” Pruitt said.\n"
        "His daughter Ivy Pruitt spoke next. “My father is tough,” Ivy Pruitt said."
    )
    assert pairs_of(text) == [
        ("We will win", "Donald Pruitt"),
        ("My father is tough", "Ivy Pruitt"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "''We won the county,'' Mr. Oakes said.",
        "``We won the county,'' Mr. Oakes said.",
    ],
)
def test_two_apostrophes_or_backticks_are_quotation_marks(text: str) -> None:
    assert pairs_of(text) == [("We won the county", "Oakes")]


def test_standard_marks_keeps_every_offset() -> None:
    text = "He said ''no,'' twice."
    marked = standard_marks(text)
    assert len(marked) == len(text)
    assert marked == 'He said  "no,"  twice.'


def test_three_apostrophes_close_a_single_quote_and_the_double_round_it() -> None:
    text = "''Nobody wants to hear 'Wait and see,''' Mr. Oakes said. ''We waited.''"
    marked = standard_marks(text)
    assert len(marked) == len(text)
    assert "'Wait and see,'\"  Mr. Oakes" in marked
    assert [s for _, s in pairs_of(text)] == ["Oakes", "Oakes"]


def test_a_straight_mark_closed_by_a_curly_one_does_not_swallow_the_next_quote() -> None:
    text = '"We are ready,” Ms. Farrow said. “The vote is Tuesday.”'
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [
        "We are ready,",
        "The vote is Tuesday.",
    ]


def test_a_closing_mark_set_the_wrong_way_round_closes() -> None:
    text = "“It is unusual,“ said Lena Marsh. “Very.”"
    assert pairs_of(text) == [("It is unusual", "Lena Marsh"), ("Very.", "Lena Marsh")]


@pytest.mark.parametrize(
    "verb",
    [
        *("responded", "tweeted", "implored", "quipped", "insisted"),
        # (guards: after a quote and a name any verb reads as speech; see the next test)
        *("jeered", "taunted", "muttered", "roared", "sneered", "bemoaned"),
    ],
)
def test_less_common_speech_verbs(verb: str) -> None:
    assert pairs_of(f"“Not today,” Tom Avery {verb}.") == [("Not today", "Tom Avery")]


def test_a_crowd_that_jeers_is_who_shouted() -> None:
    # (before, the jeer went to the sentence's subject)
    text = "Once, Tom Avery steered past the trawler as his friends jeered, “Goodbye!”"
    assert pairs_of(text) == [("Goodbye!", "his friends")]


def test_any_verb_in_ed_ends_the_attribution_after_a_question() -> None:
    text = "“Would you sign it?” Rowe pressed. “Maybe next year?”"
    assert pairs_of(text) == [("Would you sign it?", "Rowe"), ("Maybe next year?", "Rowe")]


def test_a_verb_before_the_name_in_ed() -> None:
    assert pairs_of("“Never,” reacted Paula Stone.") == [("Never", "Paula Stone")]


@pytest.mark.parametrize(
    ("words", "title", "name"),
    [
        (["Democrat", "Hillary", "Tarrant"], ["Democrat"], ["Hillary", "Tarrant"]),
        (["Although", "Scott"], ["Although"], ["Scott"]),
        (["Monday"], ["Monday"], []),
        (["What", "Sanders"], ["What"], ["Sanders"]),
        (["Given", "Sanders"], ["Given"], ["Sanders"]),
        (["Mayor", "Bill", "de", "Blasio"], ["Mayor"], ["Bill", "de", "Blasio"]),
        (["Republican", "candidate", "Ben", "Cole"], ["Republican", "candidate"], ["Ben", "Cole"]),
    ],
)
def test_split_title_keeps_only_the_name(
    words: list[str], title: list[str], name: list[str]
) -> None:
    assert split_title(words) == (title, name)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (["Sen.", "Ted", "Marsh", "of", "Texas"], ["Sen.", "Ted", "Marsh"]),
        (["Sean", "Lyle", "in", "a", "tweet"], ["Sean", "Lyle"]),
        (
            ["Secretary", "of", "State", "John", "Kerr"],
            ["Secretary", "of", "State", "John", "Kerr"],
        ),
        (["a", "farmer", "in", "Naryn"], ["a", "farmer", "in", "Naryn"]),
    ],
)
def test_cut_after_name(words: list[str], kept: list[str]) -> None:
    assert cut_after_name(words) == kept


def test_party_tags_are_not_part_of_the_name() -> None:
    text = (
        "“It is time,” said Senate Majority Leader Mitch Conley, R-Ky., who spoke first.\n"
        "“The law was broken,” Senate Minority Leader Harry M. Reece (D-Nev.) said."
    )
    assert pairs_of(text) == [
        ("It is time", "Mitch Conley"),
        ("The law was broken", "Harry M. Reece"),
    ]


def test_the_speaker_is_after_the_last_comma_before_the_verb() -> None:
    text = "Asked about the ferry plan, Mayor Bill de Blasio said, “We have not seen it yet.”"
    assert pairs_of(text) == [("We have not seen it yet.", "Bill de Blasio")]


def test_a_participle_clause_gives_the_sentence_subject() -> None:
    text = "Former Secretary of State Ann Albury urged calm, saying, “We can wait.”"
    assert pairs_of(text) == [("We can wait.", "Ann Albury")]


def test_a_participle_clause_with_the_quote_inside() -> None:
    text = "Lee Marsh asked for a pardon, calling the affair “a sad mistake.”"
    assert pairs_of(text) == [("a sad mistake.", "Lee Marsh")]


def test_and_added_gives_the_sentence_subject() -> None:
    text = "Owen Pike said he was glad and added, “I will plead guilty.”"
    assert pairs_of(text) == [("I will plead guilty.", "Owen Pike")]


def test_a_colon_at_the_end_of_the_paragraph_before_announces_the_quote() -> None:
    text = "Reporter Jane Karr says:\n“The roads are closed.”"
    assert pairs_of(text) == [("The roads are closed.", "Jane Karr")]


def test_the_clause_after_a_colon_has_its_own_subject() -> None:
    text = "Its backers sounded wary: Former Rep. Jan Harlow called it “the least bad option.”"
    assert pairs_of(text) == [("the least bad option.", "Jan Harlow")]


def test_according_to_after_the_quote() -> None:
    text = "“The pope was kind,” the cardinal told reporters, according to Reuters."
    assert pairs_of(text) == [("The pope was kind", "cardinal")]


def test_attribution_later_in_the_sentence() -> None:
    text = "“Boots on the ground” would be right, Republican candidate Ben Cole said."
    assert pairs_of(text) == [("Boots on the ground", "Ben Cole")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Prices will rise,” said a senior official.", "senior official"),
        ("“Prices will rise,” the spokesman said.", "spokesman"),
        ("“Prices will rise,” federal prosecutors wrote.", "federal prosecutors"),
        ("“Prices will rise,” the tabloid said.", "tabloid"),
        ("“Prices will rise,” said one former campaign staffer.", "one former campaign staffer"),
        (
            "“Can she win?” a Republican aide at the back asked aloud.",
            "Republican aide at the back",
        ),
    ],
)
def test_descriptions_stand_when_no_name_exists(text: str, speaker: str) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


def test_an_appositive_description_is_the_person_before_it() -> None:
    text = "Mark Walden, a former union leader, backed her on Sunday.\n“She is tested,” he said."
    assert pairs_of(text) == [("She is tested", "Mark Walden")]


def test_he_and_she_follow_gender_from_first_names() -> None:
    text = (
        "Hillary Tarrant met Mark Walden in Iowa.\n"
        "“We agree on trade,” she said.\n"
        "“We do not,” he said."
    )
    assert pairs_of(text) == [
        ("We agree on trade", "Hillary Tarrant"),
        ("We do not", "Mark Walden"),
    ]


def test_a_paragraph_opening_with_a_quote_goes_on_with_the_speaker_before() -> None:
    text = "“We will get there,” Chris Conway told the station.\n“So the best way is to vote.”"
    assert pairs_of(text) == [
        ("We will get there", "Chris Conway"),
        ("So the best way is to vote.", "Chris Conway"),
    ]


def test_a_quote_paragraph_after_reported_speech_takes_its_subject() -> None:
    text = "Tom Avery was quick to add that the plan stands.\n“Building it is not negotiable.”"
    assert pairs_of(text) == [("Building it is not negotiable.", "Tom Avery")]


@pytest.mark.parametrize(
    "credit", ["― Paula Stone", "— Paula Stone.", "Paula Stone, Acme Policy Institute."]
)
def test_a_credit_line_names_the_quote_before_it(credit: str) -> None:
    text = f"The report ended with a warning.\n“We will enter the next slump unready.”\n{credit}"
    assert pairs_of(text) == [("We will enter the next slump unready.", "Paula Stone")]


def test_nobody_credited_gives_no_speaker() -> None:
    text = "The hall was quiet.\nA banner read “Stay home” in red letters."
    assert [s for _, s in pairs_of(text)] in ([], [None])


def _label(text: str) -> bool:
    marked = standard_marks(text)
    span = find_quote_spans(marked)[0]
    sentence = split_sentences(marked)[0]
    return is_label(marked, span, sentence)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The ministry backed an “aggressive appeal” of the ruling.", True),
        ("Ann Lee said she expects an “aggressive appeal” of the ruling.", False),
        ("Locals call the lake “the blue eye” of the steppe.", True),
        ("Lee said voters call him “the quiet one” now.", False),
        ("Ann Lee blamed “a week of rain” for the late harvest.", False),
        ("Ann Lee dismissed the loans, calling it a “paperwork error” in May.", False),
        ("He starred in “The Long Road,” a drama, in 2004.", True),
        ("“The Long Road,” she said, “is my best film.”", False),
    ],
)
def test_a_short_phrase_is_a_quote_when_its_sentence_reports_speech(text: str, label: bool) -> None:
    assert _label(text) is label


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lowry, a former aide to the mayor and now a consultant, said: “We are ready.”",
        "In Maine, Ann Lowry, a former aide to the mayor, said: “We are ready.”",
        "After winning Ohio, in Berea, Sen. Ann Lowry (R-OH), said, “We are ready.”",
        "Ann Lowry, 30, of Gainesville, said: “We are ready.”",
    ],
)
def test_the_name_before_an_appositive_is_the_speaker(text: str) -> None:
    assert pairs_of(text) == [("We are ready.", "Ann Lowry")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“I can't vote for him,” said Concord resident Whit Sims.", "Whit Sims"),
        ("“I can't vote for him,” said actor Clint Hale.", "Clint Hale"),
        ("Said Dora Pyle, a neighbor, “We were proud.”", "Dora Pyle"),
        ("“We expect an appeal,” Gov. Phil Brant (R) said.", "Phil Brant"),
    ],
)
def test_words_of_the_language_are_not_part_of_a_name(text: str, speaker: str) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


def test_a_sentence_opening_participle_is_not_the_speaker() -> None:
    text = "Horrified at the prospect, Jorge Ramas believes in journalism that “takes sides.”"
    assert pairs_of(text) == [("takes sides.", "Jorge Ramas")]


def test_a_surname_prefers_the_bearer_known_to_be_of_the_gender() -> None:
    text = (
        "Ghazala Kahn said she stood beside Humayun Kahn's portrait.\n"
        "“He was brave,” Ms. Kahn said."
    )
    assert pairs_of(text) == [("He was brave", "Ghazala Kahn")]


def test_the_subject_of_the_last_clause_before_a_partial_quote() -> None:
    text = (
        "Sam Ortiz skipped the meeting.\n"
        "Instead he gave a speech in which he pledged to be “a friend to both sides.”"
    )
    assert pairs_of(text) == [("a friend to both sides.", "Sam Ortiz")]


def test_an_adverb_between_the_speaker_and_the_verb() -> None:
    text = "Sam Ortiz was glad.\n“The ones who took offence were the point,” he later said."
    assert pairs_of(text) == [("The ones who took offence were the point", "Sam Ortiz")]


def test_a_dotted_acronym_does_not_end_the_speaker_phrase() -> None:
    assert pairs_of("“Nobody called us,” the U.S. embassy said.") == [
        ("Nobody called us", "U.S. embassy")
    ]


def test_a_sentence_opening_word_the_article_writes_in_lower_case_is_no_name() -> None:
    text = (
        "The partial transcript was posted online.\n"
        "Partial transcript as follows: “We will not back down.”"
    )
    assert pairs_of(text) == [("We will not back down.", None)]


def test_a_name_suffix_does_not_count_among_its_three_words() -> None:
    text = "“We cannot wait for spring,” said Sen. Harold T. Brann Jr. (D-Ore.), a backer."
    assert pairs_of(text) == [("We cannot wait for spring", "Harold T. Brann Jr.")]


def test_a_hyphenated_title_is_not_part_of_the_name() -> None:
    text = "“He is unlike any candidate,” said Post Editor-in-Chief Martin Barron."
    assert pairs_of(text) == [("He is unlike any candidate", "Martin Barron")]


@pytest.mark.parametrize("opener", ["Specifically", "Rather", "Still"])
def test_an_adverb_and_a_comma_open_the_sentence_before_its_subject(opener: str) -> None:
    text = f"Ann Lee spoke on Monday.\n{opener}, she said the rates were “too low, too long.”"
    assert pairs_of(text) == [("too low, too long.", "Ann Lee")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The department said it will “add the data in January.”", "department"),
        ("The document says that leave is “unpaid.”", "document"),
        (
            "“We have to act,” the likely Green Party nominee told Sky.",
            "likely Green Party nominee",
        ),
        ("The talks ended with a call for “restraint” on all sides.", None),
    ],
)
def test_a_description_opening_the_sentence_speaks_before_a_speech_verb(
    text: str, speaker: str | None
) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]


def test_a_nationality_after_a_first_name_is_a_surname() -> None:
    text = "“This is an extreme revision,” said David French of the Retail Federation."
    assert pairs_of(text) == [("This is an extreme revision", "David French")]


def test_a_quote_opening_its_sentence_after_a_sentence_reporting_speech() -> None:
    text = "Sam Lau, the party's spokesman, said in a statement. “No ballots are left to count.”"
    assert pairs_of(text) == [("No ballots are left to count.", "Sam Lau")]


def test_a_quote_paragraph_after_a_paragraph_with_a_person_for_subject() -> None:
    text = "In her statement, Hillary Tarrant defended her record.\n“I championed the pivot.”"
    assert pairs_of(text) == [("I championed the pivot.", "Hillary Tarrant")]


def test_a_description_is_an_appositive_only_when_a_comma_closes_it() -> None:
    text = (
        "At a town hall in Dover, a young woman asked the senator about trade.\n"
        "“Will you vote for it?” she asked."
    )
    assert pairs_of(text) == [("Will you vote for it?", "young woman")]


def test_a_person_after_an_abbreviated_title_is_an_antecedent() -> None:
    text = (
        "In a statement on Thursday, Rep. Hakim Jeffers (D-N.Y.) answered the ruling.\n"
        "“It should shock every decent American,” he added."
    )
    assert pairs_of(text) == [("It should shock every decent American", "Hakim Jeffers")]


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Canova", None), ("Medina", None), ("Olga Ivanova", "f"), ("Tim Canova", "m")],
)
def test_a_surname_ending_gives_a_gender_only_with_a_first_name(
    name: str, gender: str | None
) -> None:
    assert gender_of(name, "") == gender


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Radio talk host Rush Lindell said the party was “in trouble.”", "Rush Lindell"),
        (
            "“It is over,” said Representative Ada L. Morrow, Democrat of Vermont.",
            "Ada L. Morrow",
        ),
        ("“We count every vote,” said Pima County Recorder Mary Winslow.", "Mary Winslow"),
        (
            "The Ledger technology columnist David Arnholt wrote that it was “a mess.”",
            "David Arnholt",
        ),
    ],
)
def test_title_words_and_descriptions_before_a_name(text: str, speaker: str) -> None:
    assert [s for _, s in pairs_of(text)] == [speaker]
