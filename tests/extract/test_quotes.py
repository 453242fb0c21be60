"""Quotations and who said them: marks, nesting, splits, labels, pronouns, titles, surnames."""

from __future__ import annotations

import pytest

from briefing.extract.attribution import extract_quotes
from briefing.extract.quotes import find_quote_spans, is_label
from tests.extract.readers import pairs_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The harvest is late,” Farm Minister Bolat Nurov said.",
            [("The harvest is late", "Bolat Nurov")],
        ),
        (
            '"Rates will hold," said Ana Dobreva, an analyst at a Sofia bank.',
            [("Rates will hold", "Ana Dobreva")],
        ),
        (
            "«The bridge opens in May», Transport Minister Erlan Sadykov told reporters.",
            [("The bridge opens in May", "Erlan Sadykov")],
        ),
        (
            "“We will finish,” Governor Arman Seitov said, “before the frost.”",
            [("We will finish", "Arman Seitov"), ("before the frost.", "Arman Seitov")],
        ),
        (
            "Mayor Dina Kasymova said the city would “never give up the river.”",
            [("never give up the river.", "Dina Kasymova")],
        ),
        (
            "Chief executive Timur Abenov said: “Sales doubled.”",
            [("Sales doubled.", "Timur Abenov")],
        ),
        (
            "“Prices are stable,” the central bank said in a statement.",
            [("Prices are stable", "central bank")],
        ),
        (
            "The National Bank of Georgia held rates. “Inflation is easing,” the bank said.",
            [("Inflation is easing", "National Bank of Georgia")],
        ),
        (
            "“I saw the flood,” said a farmer in Naryn who gave only his first name.",
            [("I saw the flood", "farmer in Naryn")],
        ),
        (
            "The plan, according to the finance ministry, is “fully funded.”",
            [("fully funded.", "finance ministry")],
        ),
        (
            "“He told me, ‘Keep the receipts,’ and I did,” said Olim Rashidov.",
            [("He told me, ‘Keep the receipts,’ and I did", "Olim Rashidov")],
        ),
        ("The talks ended with a call for “restraint” on all sides.", [("restraint", None)]),
        (
            "“The line opens in 2029,” Mayor Gela Abashidze, who chaired the meeting, said.",
            [("The line opens in 2029", "Gela Abashidze")],
        ),
        (
            "“Is it worth it?” asked Tamar Lomidze, a banker. “I doubt it,” she said.",
            [("Is it worth it?", "Tamar Lomidze"), ("I doubt it", "Tamar Lomidze")],
        ),
        (
            "Minister Oleg Ruban called the plan “a provocation” on Monday.",
            [("a provocation", "Oleg Ruban")],
        ),
    ],
)
def test_quotes_and_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert pairs_of(text) == expected


def test_pronoun_and_role_resolve_to_named_people() -> None:
    text = (
        "Energy Minister Rustam Karimov opened the plant on Monday.\n"
        "Deputy Governor Aliya Nurlanova attended the ceremony.\n"
        "“This is a good day,” he said.\n"
        "“We waited a decade,” she added.\n"
        "The minister later said the grid was “ready for winter.”"
    )
    assert pairs_of(text) == [
        ("This is a good day", "Rustam Karimov"),
        ("We waited a decade", "Aliya Nurlanova"),
        ("ready for winter.", "Rustam Karimov"),
    ]


def test_surname_and_title_resolve_to_the_full_name() -> None:
    text = (
        "Host president Sadyr Japarov welcomed the guests.\n“The road will be built,” Japarov said."
    )
    assert pairs_of(text) == [("The road will be built", "Sadyr Japarov")]


def test_quote_continued_into_next_paragraph() -> None:
    text = (
        "Bank chairman Marat Iskakov spoke at the forum.\n"
        "“Lending grew fast this year. Deposits did not.\n"
        "“So we raised rates,” he said."
    )
    assert pairs_of(text) == [
        ("Lending grew fast this year. Deposits did not.", "Marat Iskakov"),
        ("So we raised rates", "Marat Iskakov"),
    ]


def test_quote_after_attribution_in_same_paragraph_keeps_speaker() -> None:
    text = "“The well is dry,” said Nodira Yusupova. “We need trucks.”"
    assert pairs_of(text) == [
        ("The well is dry", "Nodira Yusupova"),
        ("We need trucks.", "Nodira Yusupova"),
    ]


def test_who_clause_does_not_steal_the_speaker() -> None:
    text = "Senator Ivan Petrov, who met Governor Oleg Sidorov, said the deal was “done.”"
    assert pairs_of(text) == [("done.", "Ivan Petrov")]


@pytest.mark.parametrize(
    "text",
    [
        "Tankers of the so-called “grey fleet” sailed on.",
        "The project, dubbed “Silk Wind”, was delayed.",
        "Locals call the lake “the blue eye” of the steppe.",
        "The ministry launched the “Digital Village” programme.",
        "It is part of the government’s “open doors” idea.",
        "A youth group nicknamed “the night owls” met.",
    ],
)
def test_labels_are_not_quotes(text: str) -> None:
    assert extract_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Exports won’t grow, it said.", []),
        ("The countries’ factories and Farg‘ona mills ran.", []),
        ("Officials said ‘the plan works’ and left.", ["the plan works"]),
        ("He wrote 'we are done' in a letter.", ["we are done"]),
        ("“Outer ‘inner’ outer,” she said.", ["Outer ‘inner’ outer,"]),
        ("«Outer „inner“ outer», he said.", ["Outer „inner“ outer"]),
        ("“Unclosed to the end", ["Unclosed to the end"]),
        ("Empty “” marks", []),
    ],
)
def test_quote_spans(text: str, inner: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == inner


def test_apostrophes_inside_a_double_quote_do_not_end_it() -> None:
    text = "“We won’t stop the workers’ pay,” Akhmedov said."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["We won’t stop the workers’ pay,"]
    assert not is_label(text, spans[0])


def test_no_speaker_is_read_from_the_middle_of_a_sentence_too_long_to_see_the_start_of() -> None:
    # The subject rule reads the head of the quote's sentence; when the sentence began
    # more than its window (400 characters) before the quote, the window would open on
    # whatever word stands there, here a country, which is no speaker.
    lead_in = "The ministry noted that output of wheat and barley rose in the north"
    window = ("Kazakhstan expects" + " more grain and more oil" * 20)[:399] + " "
    text = f"{lead_in} and {window}“we will grow.” The talks ended on Friday."
    quote = text.index("“")
    assert text[quote - 400 : quote - 400 + 10] == "Kazakhstan"
    assert [speaker for _, speaker in pairs_of(text)] != ["Kazakhstan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speech verb's own clause, not the sentence's first subject
        (
            "Bond prices fell 1.2%, while the port operator Kelso Docks, which is private,"
            " said in a statement that it was “open for business.”",
            [("open for business.", "Kelso Docks")],
        ),
        # an opening phrase whose figure has a thousands comma ("6,000") ends at its own comma
        (
            "Speaking to about 4,500 delegates in a tent, party chief Ines Moravec accused"
            " rivals of “selling the same bridge twice.”",
            [("selling the same bridge twice.", "Ines Moravec")],
        ),
        # sports titles are titles, not names
        (
            "Coach Pavel Dorn, who joined last year, called the draw “a fair result.”",
            [("a fair result.", "Pavel Dorn")],
        ),
    ],
)
def test_the_speaker_of_a_clause_and_after_an_opening_phrase(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description that runs on into a titled name gives way to the name, and a word like
        # "veteran" says nothing of who: the veteran defender is the defender named before
        (
            "The equaliser came from defender Ivo Marsh. “I just kept running,” the veteran"
            " defender said.",
            [("I just kept running", "Ivo Marsh")],
        ),
        # a name written with a possessive is the name
        (
            "The heart of Governor Paul Voss’s speech was water. He told the crowd: “Every"
            " tap matters.”",
            [("Every tap matters.", "Paul Voss")],
        ),
    ],
)
def test_descriptions_and_possessives_find_the_named_person(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs_of(text) == expected


def test_transcript_lines_are_quotes_of_their_speaker() -> None:
    text = (
        "Senator Ada Brennick spoke to host Tom Ravel on Sunday.\n"
        "TOM RAVEL: Will you back the bill?\n"
        "BRENNICK: Well, look, not in its present form.\n"
        "UPDATE: The interview was shortened.\n"
        "WATCH: The full exchange."
    )
    assert pairs_of(text) == [
        ("Will you back the bill?", "Tom Ravel"),
        ("Well, look, not in its present form.", "Ada Brennick"),
    ]


def test_a_lone_label_in_capitals_is_no_speaker() -> None:
    assert pairs_of("The market opened higher.\nEXCLUSIVE: Rates will hold, sources say.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme's or a book's title is no one's words
        ("She told ABC’s “Morning Round.” that talks would resume.", []),
        ("He spoke on “Sunday Forum.” about the budget.", []),
        ("The star of the cooking show “Pan Fried.” praised the bill.", []),
        ("In his 2019 book, “A Quiet Road.”, the senator set out his views.", []),
        # calling someone a “clown” is a characterisation: the caller's word
        (
            "In March, Dana Pike called the governor a “clown” on her show.",
            [("clown", "Dana Pike")],
        ),
    ],
)
def test_titles_are_not_quotes_but_name_calling_is(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs_of(text) == expected


def test_a_middle_initial_keeps_its_full_stop_when_the_speaker_leads_the_sentence() -> None:
    text = "Ruth K. Abara said the audit found no “missing funds” at the agency."
    assert pairs_of(text) == [("missing funds", "Ruth K. Abara")]


@pytest.mark.parametrize(
    "text",
    [
        "Sure, the council said the plan was “deficit neutral” in its report.",
        "One adviser later called the rule “distributionally neutral” in a memo.",
        "Japanese officials were asked to “renounce war” once more, the paper said.",
        "Contrary to “common wisdom”, river trout thrive in cold, fast water.",
    ],
)
def test_a_word_that_names_no_one_is_no_speaker(text: str) -> None:
    assert all(
        speaker not in ("Sure", "One", "Japanese", "Contrary") for _, speaker in pairs_of(text)
    )


def test_a_listings_headings_in_capitals_speak_nothing() -> None:
    # A what's-on column heads each event in capitals and a colon: no dialogue (no heading
    # comes twice), and nobody the text names.
    text = (
        "Things to do in Pellow this week.\n"
        "HARBOUR WALK: Explore the old docks with a guide who worked there for forty years.\n"
        "CHEESE MARKET: Taste a dozen cheeses from the island farms, free before noon.\n"
        "NIGHT SWIM: Bring a towel and a torch for the lido's late opening on Friday.\n"
    )
    assert pairs_of(text) == []


def test_a_listings_headings_that_name_their_event_speak_nothing() -> None:
    # Each entry names its own event in its words ("... the Pellow Regatta"), and one
    # heading ends with the town the text names: still a listing, no heading comes twice.
    text = (
        "What's on in Pellow this week.\n"
        "REGATTA: The Pellow Regatta brings forty yachts to the bay on Saturday.\n"
        "PRIDE IN PELLOW: Pride in Pellow marches from the quay to the park at noon.\n"
        "LANTERN NIGHT: Lantern Night lights the old town's lanes from dusk.\n"
        "CHEESE MARKET: The Cheese Market sells a dozen island cheeses, free before noon.\n"
        "Pellow's lido stays open late on Friday.\n"
    )
    assert pairs_of(text) == []


def test_a_transcript_naming_its_speakers_in_full_then_by_surname_is_a_dialogue() -> None:
    # Four labels, none twice as written: still an exchange, not a listing's headings.
    text = (
        "Senator Ada Brennick took questions from host Tom Ravel on Sunday.\n"
        "TOM RAVEL: Will you back the harbour bill?\n"
        "ADA BRENNICK: Not in its present form.\n"
        "RAVEL: What would change your mind?\n"
        "BRENNICK: A vote on the dredging first.\n"
    )
    assert [speaker for _, speaker in pairs_of(text)] == [
        "Tom Ravel",
        "Ada Brennick",
        "Tom Ravel",
        "Ada Brennick",
    ]


def test_two_lines_in_capitals_speak_when_the_text_names_both() -> None:
    text = (
        "Ada Brennick questioned Tom Ravel at the committee on Tuesday.\n"
        "BRENNICK: Will you back the harbour bill?\n"
        "TOM RAVEL: Not in its present form, no.\n"
    )
    assert pairs_of(text) == [
        ("Will you back the harbour bill?", "Ada Brennick"),
        ("Not in its present form, no.", "Tom Ravel"),
    ]


def test_a_dialogue_in_capitals_speaks() -> None:
    text = (
        "The minister faced the committee on Tuesday.\n"
        "ADA BRENNICK: Will you back the harbour bill?\n"
        "TOM RAVEL: Not in its present form, no.\n"
        "ADA BRENNICK: Then what would change your mind?\n"
    )
    assert [speaker for _, speaker in pairs_of(text)] == [
        "Ada Brennick",
        "Tom Ravel",
        "Ada Brennick",
    ]


def test_a_month_is_nobody_a_pronoun_stands_for() -> None:
    text = 'In July, the anonymous writer sent a letter.\n"We will leave," he said.'
    assert pairs_of(text) == [("We will leave", "anonymous writer")]


def test_british_copy_quotes_in_single_marks_around_a_double_quoted_phrase() -> None:
    text = (
        "Bakers in the valley will close on Monday in a row over flour prices.\n\n"
        "'We cannot sell at a loss,' said Ruth Kemble, who runs two shops.\n\n"
        "Tom Ashby, the guild's chairman, said: 'The mills call it a \"fair price\". "
        "It is not.'\n\n"
        "'Talks go on,' a spokesman for the mills added."
    )
    assert pairs_of(text) == [
        ("We cannot sell at a loss", "Ruth Kemble"),
        ('The mills call it a "fair price". It is not.', "Tom Ashby"),
        ("Talks go on", "spokesman for the mills"),
    ]


def test_an_american_story_keeps_its_double_marks_and_a_word_in_single_ones_inside() -> None:
    text = (
        "“She told me 'no' twice,” Ruth Kemble said. “That was the end of it,” Kemble added.\n\n"
        "The shop's sign read 'Closed' for a week, a neighbour said."
    )
    assert [q.text for q in extract_quotes(text)] == [
        "She told me 'no' twice",
        "That was the end of it",
    ]


def test_a_pronoun_skips_a_person_whose_first_name_is_of_the_other_sex() -> None:
    # Neither first name is on briefing's own short lists; the census list tells them apart.
    text = (
        "With her brother, Ambrose Kittle, a farmer, Rosalind Kittle ran the mill for a decade."
        "\n\n“We had no choice,” she said."
    )
    assert pairs_of(text) == [("We had no choice", "Rosalind Kittle")]


@pytest.mark.parametrize(
    "text",
    [
        # Reviews' headlines quoted by a link post: titles, nobody's words.
        "Olek Brandt, Tabletwire, “The 11.2-inch Slate Pro: Built to Last”:",
        "Gadget Ledger: “Slate Pro 11.2 Review: Too Much Tablet”.",
        "The Quay Post calls it “Harbour Board Keeps Its Promise With New North Quay Plan”.",
        "Reviewers loved the “iSlate Mini Is the Best Small Tablet” piece.",
        # A programme named with its host: "with" is a title's small word.
        "The mayor told “Morning Harbour with Ines Marr” that the quay would reopen.",
    ],
)
def test_a_headline_in_quotation_marks_is_no_quote(text: str) -> None:
    assert pairs_of(text) == []


def test_a_long_quotation_in_sentence_case_is_someones_words() -> None:
    text = "“We will keep the north quay open to cruise ships for another year,” Lee said."
    assert pairs_of(text) == [
        ("We will keep the north quay open to cruise ships for another year", "Lee")
    ]


def test_guillemets_set_off_with_spaces_give_the_words_alone() -> None:
    # French copy puts a space inside its guillemets: the quote is the words, and its offsets
    # point at them.
    text = "« Nous ne fermerons pas le port », a déclaré le maire, Ines Marr."
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["Nous ne fermerons pas le port"]
    assert all(text[q.start : q.end] == q.text for q in quotes)
