"""Speakers in the forms of news agencies the corpora lack (South Asian state agencies and
papers): a weekday written after the name, a title's initials before the surname, a surname
that is also a shortened title.

Every sentence here is written for this file (none comes from a corpus or a feed).
"""

from __future__ import annotations

import pytest

from tests.extract.readers import speakers_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A weekday after the name, with no "on" (Pakistani and Indian copy), is when, not
        # part of the name.
        ("Minister for Ports Rafiq Dar Tuesday said: “The berths are ready.”", "Rafiq Dar"),
        ("“The berths are ready,” Rafiq Dar Tuesday said.", "Rafiq Dar"),
        ("“The berths are ready,” said Senator Nadia Qasim Friday.", "Nadia Qasim"),
        # The initials of a title before the surname point back to the person named in full.
        (
            "Prime Minister Anil Thapa met the envoys. “Elections will be held,” PM Thapa said.",
            "Anil Thapa",
        ),
        (
            "Chief Minister Rekha Das opened the dam. “It will feed 40 villages,” CM Das said.",
            "Rekha Das",
        ),
        # A shortened title without its stop, last after a name, is a surname (Bengali,
        # Cambodian names: Sen); before a name it is still the title (guard: passes before too).
        ("“The dam will hold,” Tapan Sen said.", "Tapan Sen"),
        ("Premier Sok Sen opened the dam. “It will hold,” he said.", "Sok Sen"),
        ("“The dam will hold,” Mitali Sen, an engineer, said.", "Mitali Sen"),
        ("“The dam will hold,” said Sen Ora Vance.", "Ora Vance"),
        # A knight's or a dame's style is a title: "Sir Alan" and "Dame Ines" are the people
        # named in full before.
        ("Sir Alan Prowse spoke first. “The port will grow,” Sir Alan said.", "Alan Prowse"),
        ("Dame Ines Rook opened the fair. “Buy local,” Dame Ines said.", "Ines Rook"),
        ("“The port will grow,” said Sir Alan Prowse.", "Alan Prowse"),  # (passes before too)
        # A time between the subject and its verb ("Lee on Monday called", wire copy's
        # order) leaves the subject speaking.
        ("The levy, which Mara Holt on Monday called “a tax on work,” was cut.", "Mara Holt"),
        ("He blamed Dunn, who Mara Holt last week called “a menace.”", "Mara Holt"),
        ("Holt later Thursday told reporters: “The vote stands.”", "Holt"),
        # A title, its initials and the body it serves before the name with no comma
        # (Bangladeshi and Nepali agencies' form): the name speaks, and "the OC" is that person.
        (
            "Officer-in-Charge (OC) of Dolan Police Station Rafiq Hasan said two were held."
            " “We are questioning them,” the OC said.",
            "Rafiq Hasan",
        ),
        (
            "Superintendent of Police (SP) of Meerpur Mohammad Nasir visited the site."
            " “The road is closed,” the SP said.",
            "Mohammad Nasir",
        ),
        (
            "“Two were held,” said Officer-in-Charge of Dolan Police Station Rafiq Hasan.",
            "Rafiq Hasan",
        ),
        # The wires' other names for a head of state and for a pope.
        (
            "President Ali Veran spoke first. “We will not yield,” the head of state said.",
            "Ali Veran",
        ),
        ("Pope Linus met pilgrims. “Peace is near,” the pontiff said.", "Pope Linus"),
    ],
)
def test_an_agency_speaker(text: str, speaker: str) -> None:
    assert speakers_of(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A country's title for a person, with no article (AFP's and Reuters' "France's prime
        # minister"), is the one "he" or "she" points back to.
        (
            "Norway's finance minister resigned on Friday. “I leave proud,” she told reporters.",
            "Norway's finance minister",
        ),
        # ... but not as an appositive after a name (guard: passes before too).
        (
            "Ivo Marsh, Norway's finance minister was asked about it. “We will see,” he said.",
            "Ivo Marsh",
        ),
    ],
)
def test_a_place_s_title_is_an_antecedent(text: str, speaker: str) -> None:
    assert speakers_of(text)[-1] == speaker


def test_a_code_sample_s_keys_and_values_are_no_quotes() -> None:
    # A tech blog's configuration file: "name": "value" pairs and lists of strings.
    text = 'Save it as { "mode": "strict", "files": ["a.txt", "b.txt"], "retries": 3 } first.'
    assert speakers_of(text) == []


def test_a_quote_followed_by_a_colon_and_more_words_is_still_speech() -> None:
    # (guard: passes before too) a columnist's two quotations joined by a colon.
    text = 'Ada Voss calls it "a plan with no map": "It goes nowhere fast," she wrote.'
    assert len(speakers_of(text)) == 2
