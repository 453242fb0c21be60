"""Speakers in the forms other wire services and press releases credit words with.

Every sentence here is invented for the test; none is taken from a corpus or a feed.
"""

from __future__ import annotations

import pytest

from briefing.extract.attribution import extract_quotes
from briefing.summarize import summarize
from tests.extract.readers import speakers_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Words another outlet reported: the one quoted speaks, not the outlet.
        ("“Talks are over,” Varga was quoted as saying by the Pravik agency.", "Varga"),
        ("“We will win,” Hale was quoted by the Tarn news agency as saying.", "Hale"),
        ("“Stocks are low,” the Tarn agency quoted trader Ilse Moor as saying.", "Ilse Moor"),
        ("The Norvik agency quoted Lisa Varga as saying: “Talks are over.”", "Lisa Varga"),
        ("Tarn quoted Foreign Minister Olek Brandt as saying, “We stay.”", "Olek Brandt"),
        ("The minister was quoted by Pravik as saying: “Supplies are stable.”", "minister"),
        # ... and "cited X as saying", Russian and Chinese copy's other form of it
        ("The Norvik agency cited Deputy Minister Ivo Lenk as saying: “Gas is ample.”", "Ivo Lenk"),
        ("“Gas is ample,” Norvik cited Energy Minister Ivo Lenk as saying.", "Ivo Lenk"),
        # In the words of someone: that one speaks.
        ("The bridge was, in the words of one engineer, “a miracle of cables.”", "one engineer"),
        ("The bridge was, in Mayor Ida Kell's words, “a miracle of cables.”", "Ida Kell"),
        ("The fair moved because, in the Courier's words, “the quay is too small.”", "Courier"),
        (
            "Ida Kell spoke first. The bridge was, in her own words, “a miracle of steel.”",
            "Ida Kell",
        ),
        # A press release's pull quote, signed after a dash.
        ("“We are thrilled with the results.” — Dana Whitfield, chief executive", "Dana Whitfield"),
        ("“It simply works.” — Gale T. Shallon, former futurist", "Gale T. Shallon"),
    ],
)
def test_wire_speaker(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_a_run_of_signed_blurbs_credits_each_its_signer() -> None:
    text = (
        "“A compelling and thoughtful book.” — Dan Ortiz, plant expert\n"
        "“A muddle of a book, unsure of its own purpose.” — Carmen Hale, author\n"
        "“Every kitchen should have it.” — Gale T. Shallon, former futurist"
    )
    assert speakers_of(text) == ["Dan Ortiz", "Carmen Hale", "Gale T. Shallon"]


def test_a_dash_after_a_quote_before_a_description_signs_nothing() -> None:
    text = "“We will fight on to the very end” — Union Hall’s old motto — was on every wall."
    assert speakers_of(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Honorifics of Indian, Malaysian and Nigerian copy go; the name stays.
        ("“Roads will be built,” said Shri Ravi Mehta.", "Ravi Mehta"),
        ("“We will act,” Smt. Lata Iyer said.", "Lata Iyer"),
        ("“Growth is strong,” said Datuk Seri Azlan Rahim.", "Azlan Rahim"),
        ("“Investors are welcome,” Tan Sri Hamid Osman said.", "Hamid Osman"),
        ("“The state is safe,” said Alhaji Musa Danjuma.", "Musa Danjuma"),
        ("“Power will improve,” Engr. Tunde Adeyemi said.", "Tunde Adeyemi"),
        # ... but Sri and Tan open names of their own.
        ("“Rates will hold,” said Sri Wahyuni Pratiwi.", "Sri Wahyuni Pratiwi"),
        ("“Rates will hold,” Tan Wei Ming said.", "Tan Wei Ming"),
        # Particles inside a name, one or two of them.
        ("“We stand firm,” Khalid bin Nasser said.", "Khalid bin Nasser"),
        ("“Europe will act,” Anke von der Heide said.", "Anke von der Heide"),
        # Park, a common Korean surname, is a name in either order, not a place's word.
        ("“Orders are up,” said Hyejin Park, a shipbroker.", "Hyejin Park"),
        ("“Orders are up,” Park Sung-ho told reporters.", "Park Sung-ho"),
        ("Mills fell.\n“Orders are up,” said Tom Park.", "Tom Park"),
        # A three-word name after a title proper is the name, whatever its second word
        # would open (a Vietnamese name, its surname first; not an honorific).
        ("“Rice is plentiful,” said Prime Minister Vo Van Thuong.", "Vo Van Thuong"),
        ("“Costs will fall,” said Chancellor Sir Alan Bryce.", "Alan Bryce"),
        # Two given names before two surnames (Spanish and Portuguese copy), accents or not.
        ("“We will not yield,” said President José Luis Marín Prieto.", "José Luis Marín Prieto"),
        ("“Prices will hold,” Juan Carlos Vega Ruiz said.", "Juan Carlos Vega Ruiz"),
        # A particle opening a surname stays with it, and Al opens a first name's name.
        ("“We will win,” De Varga said.", "De Varga"),
        ("“Sorry,” Mayor de Varga said.", "de Varga"),
        ("Lina de Varga arrived late. “Sorry,” De Varga said.", "Lina de Varga"),
        ("“The count is done,” Al Brandt told reporters.", "Al Brandt"),
        ("“Prices are up,” La Gazzetta reported.", "La Gazzetta"),
        # Titles of Indian and British civil services and of American prosecutors
        ("Anil Rao, Principal Secretary, said, “All districts are covered.”", "Anil Rao"),
        ("“The rules are clear,” said Joint Secretary Anil Rao.", "Anil Rao"),
        ("“Charges will follow,” Special Counsel Tom Hale said.", "Tom Hale"),
        # A word that can be a title is a surname after Mr., Ms. or Dr.
        ("“The vote is close,” Mr. King said.", "King"),
        ("“The vote is close,” said Ms Bishop, a pollster.", "Bishop"),
    ],
)
def test_names_of_other_countries_copy(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # An apostrophe for letters left out opens no quotation.
        "Our hosts tried six new racers and rank 'em! Two of them win, he said.",
        "It was a hit in the '90s and still is, she said.",
        "The band played rock 'n' roll all night, fans said.",
        # A token of code in quotation marks is nobody's words.
        'Set the "$TERM_PROGRAM" variable first, the guide says.',
        'Print it with "%02X" to see the bytes.',
    ],
)
def test_no_quotation_in(text: str) -> None:
    assert extract_quotes(text) == []


def test_a_figure_shouted_in_quotation_marks_is_still_a_quote() -> None:
    assert [q.text for q in extract_quotes("“15%!” the runner shouted at the line.")] == ["15%!"]


def test_a_link_posts_opening_adjective_is_no_speaker() -> None:
    text = (
        "Great investigative piece by Tara Voss looking into an app named “Guard Plus” (sic), "
        "from a developer named Bo Tran:\n“Full Virus scanner”: What? It cannot scan."
    )
    assert speakers_of(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        # French and Italian feeds: an elided article or a sentence's first word is no one.
        "L'opérateur a publié ses résultats.\n« Une baisse d'activité dans la voix », dit-il.",
        "Outre le prix, la loi change.\n« Cette affaire pose le débat », selon l'avocat.",
    ],
)
def test_romance_copy_credits_no_article(text: str) -> None:
    assert all(s not in {"L'opérateur", "Outre", "Cette"} for s in speakers_of(text))


def test_an_irish_or_indian_name_with_an_apostrophe_still_speaks() -> None:
    assert speakers_of("“I would bet on it,” D’Souza said.") == ["D’Souza"]
    assert speakers_of("“We will win,” said Dana O'Brien.") == ["Dana O'Brien"]


def test_an_address_in_quotation_marks_is_nobody_s_words() -> None:
    assert extract_quotes('Follow "https://example.org/news" for updates, he said.') == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A description, then the name it introduces, then the verb: the name speaks.
        ("“The dam will hold,” the district's engineer, Mara Olsen, said.", "Mara Olsen"),
        ("“Fares stay,” the transit agency spokesman, Idris Kamau, said.", "Idris Kamau"),
        ("“Fares stay,” Tarnby's treasurer, Idris Kamau, said on Friday.", "Idris Kamau"),
        # The name first, its description between commas: still the name.
        ("“The dam will hold,” Mara Olsen, the district's engineer, said.", "Mara Olsen"),
        # A clause between the commas is no name.
        ("“We lost,” the coach, who had been ill, said.", "coach"),
    ],
)
def test_a_description_and_the_name_it_introduces(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_a_surname_that_speaks_alone_is_read_back_to_its_full_name() -> None:
    # Neither Olek nor the trust's title marks "Olek Brandt" as a person; "Brandt noted" does.
    text = (
        "Olek Brandt spoke to the harbour trust on Monday.\n\n"
        "“We see no grounds for a new levy,” Brandt noted."
    )
    assert speakers_of(text) == ["Olek Brandt"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A body named by a dotted acronym keeps its last stop, before its words or after.
        ("The U.N. says the ceasefire talks are “over for now”.", "U.N."),
        ("“The ceasefire talks are over for now,” the U.N. said on Monday.", "U.N."),
        # The country speaks, though U.S. before a noun is an adjective (U.S. officials).
        ("The U.S. says 31 sailors are “still unaccounted for” after the collision.", "U.S."),
        ("“The strait stays open,” the U.S. said in a statement.", "U.S."),
        ("“The strait stays open,” the US said in a statement.", "US"),
        ("“The strait stays open,” U.S. officials said on Friday.", "U.S. officials"),
        ("The U.K. government said it would “act at once” on the report.", "U.K. government"),
    ],
)
def test_a_body_named_by_an_acronym_speaks_by_its_whole_name(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_the_pronoun_us_is_no_one() -> None:
    assert speakers_of("“We are ready,” the mayor told us.") == ["mayor"]
    assert speakers_of("“We are ready,” he told us. “We have boats.”") == [None, None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The attribution inverted in a sentence of its own after the quote.
        (
            "“The mill stays open.” So said Calvania's premier, Ines Marr, on Monday.",
            "Ines Marr",
        ),
        ("“The river is rising.” So says Olek Brandt, who keeps the lock.", "Olek Brandt"),
        # A description with a country's or a firm's name, then the name it describes.
        ("“We will rebuild,” said Calvanian prime minister, Ines Marr, on Monday.", "Ines Marr"),
        ("“Orders are up,” said Tarrow Mills' chief executive, Olek Brandt.", "Olek Brandt"),
        ("“We are ready,” said the U.S. ambassador, Dana Whit.", "Dana Whit"),
    ],
)
def test_the_name_after_a_description_speaks(text: str, speaker: str) -> None:
    assert speakers_of(text) == [speaker]


def test_so_opening_another_sentence_credits_no_one() -> None:
    assert speakers_of("“The dam will hold.” So the council voted on Monday to wait.") == [None]


@pytest.mark.parametrize(
    ("text", "no_one"),
    [
        # A unit, an ordinal or "nobody" opening the sentence before the quote is no one.
        (
            "The sea warmed by 1.5 degrees Celsius.\nCelsius said “the reef will not recover.”",
            "Celsius",
        ),
        (
            "The first taste of the show is a coin on a screen, calling them “cheapskates”.",
            "first",
        ),
        ("Nobody asked about the dam, so the minister called it “a national treasure.”", "Nobody"),
    ],
)
def test_a_word_that_names_no_one_is_no_speaker(text: str, no_one: str) -> None:
    assert no_one not in speakers_of(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbour chief Ray Ston DENIES that: “I never offered to sell the yard.”", "Ray Ston"),
        ("“We are ready,” Ann Lee SAID on Monday.", "Ann Lee"),
        ("The minister WARNS: “Prices will rise.”", "minister"),
        ("“We will grow,” said one P&G plant worker.", "one P&G plant worker"),
        ("The AT&T board SAYS: “No sale.”", "AT&T board"),
    ],
)
def test_a_verb_in_capitals_and_a_name_with_an_ampersand(text: str, speaker: str) -> None:
    """A post's verb in capitals (`DENIES that:`) is the verb it would be in lower case, and
    a name written with an ampersand (P&G, AT&T) is one word, not two ("P G")."""
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A statement from the Ministry of Shipping said: “The ferry is safe.”",
            "Ministry of Shipping",
        ),
        ("“We regret the delay,” said a statement from the Harbour Board.", "Harbour Board"),
        ("The release by Tallis Marine said: “Output will rise.”", "Tallis Marine"),
        ("A statement from the family said: “He was loved.”", "statement from the family"),
    ],
)
def test_a_statement_from_a_body_is_the_bodys_words(text: str, speaker: str) -> None:
    """`A statement from the Ministry of Shipping said:` credited "statement from the Ministry",
    cut at the name's "of"; a body's statement or release is the body speaking."""
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dovering bid for the fair to shed what Garnet called “an image problem.”", "Garnet"),
        ("The board approved what critics described as “a giveaway.”", "critics"),
        ("She felt part of what Ann Roe once called “the great tide of strangers”.", "Ann Roe"),
        (
            "The eclipse, which the space agency has dubbed a “triple moon,” comes at dawn.",
            "space agency",
        ),
        ("The board passed the plan, which critics called “a giveaway.”", "critics"),
    ],
)
def test_what_someone_called_a_thing_is_their_words(text: str, speaker: str) -> None:
    """`... shedding what Garnet called “...”` credited the sentence's subject when the one who
    called it so was a surname not met before, or a plural noun (critics)."""
    assert speakers_of(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Veldish Foreign Minister Aino Kask has said talks remain open. “We never left the"
            " table,” the top Veldish diplomat stressed.",
            "Aino Kask",
        ),
        (
            "Prime Minister Tran Van Loc urged ministries to spend faster. “Delay is a cost,”"
            " the Government leader stressed.",
            "Tran Van Loc",
        ),
        # another country's diplomat, or a leader of another office, is not the one named
        (
            "Veldish Foreign Minister Aino Kask spoke first. “No,” the Marrish diplomat said.",
            "Marrish diplomat",
        ),
        (
            "Mayor Ann Lee unveiled the plan. “A disaster,” the opposition leader said.",
            "opposition leader",
        ),
    ],
)
def test_the_wires_other_name_for_an_office_is_the_person_who_holds_it(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in summarize(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Prices rose,” the National Statistics Bureau (NSB) said.", "National Statistics Bureau"),
        ("“Rates stay,” the Bank of Osterland (BoO) said in a statement.", "Bank of Osterland"),
        ("The Bank of Osterland (BoO) said: “Rates stay.”", "Bank of Osterland"),
        (
            "“We are ready,” the Joint Chiefs of Staff (JCS) said in a text message.",
            "Joint Chiefs of Staff",
        ),
    ],
)
def test_a_body_s_initials_after_its_name_leave_the_name_the_speaker(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in summarize(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Absolutely not,” was the reply from Kremlin spokesman Ivan Dorn when asked about"
            " the reports.",
            "Ivan Dorn",
        ),
        ("“Never,” was the answer from the minister.", "minister"),
    ],
)
def test_a_quote_that_was_someone_s_reply_or_answer_is_theirs(text: str, speaker: str) -> None:
    assert [q.speaker for q in summarize(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "According to a police report seen by the Courier, the driver told officers he “did"
            " not see the cyclist.”",
            "driver",
        ),
        ("According to the mayor, residents said they were “terrified.”", "residents"),
        ("According to Lee, the plan is “dead on arrival.”", "Lee"),
    ],
)
def test_a_speech_verb_after_an_according_phrase_names_the_speaker(text: str, speaker: str) -> None:
    assert [q.speaker for q in summarize(text).quotes] == [speaker]
