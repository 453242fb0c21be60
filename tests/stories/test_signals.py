"""Item signals: how signals.py reads words, names and stems, and that its quick paths hold.

Words are read through a cache of space-separated runs (checked against a table of
readings, and for giving the same reading cold or warm); names use a pattern that opens
on the capital rather than on a word boundary (checked against the plain pattern on any
text).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.stories import dates, languages
from briefing.stories.names import _MID_CAPITAL, _NAME
from briefing.stories.tokens import read_tokens

PLAIN_MID_CAPITAL = re.compile(r"(?<=[^\W_] )[A-Z][^\W\d_]++")
"""A capitalised word after a word and a space, the look-behind first."""
PLAIN_NAME = re.compile(r"\b[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)+")
"""Full names as first written: capitalised words joined by a space or a hyphen."""

WIRE_ALPHABET = st.sampled_from(
    list("abcdeinorstuyzAKNOSTZ  \n.,;:'’“”\"-—()$€%0123456789_ÉéžİßΣ½²")
)
wire_text = st.text(WIRE_ALPHABET, max_size=200) | st.text(max_size=200)


READINGS = [
    (
        "Officials of Port Anselm said trade rose 3.5% to $1,200,000 in 2025.",
        # "rose" is read as the plain verb other outlets use for the move (rise).
        {"port": "Port", "anselm": "Anselm", "trade": "trade", "rise": "rose"},
        {"#3.5%": "3.5%", "#$1200000": "$1,200,000", "#2025": "2025"},
    ),
    (
        "“We will,” said Osk — the harbour’s dredging (ministry) «talks» ended.",
        # "talks" is read as the word it stands for in news copy (negotiations), and a
        # British spelling as the American one (harbor).
        {"osk": "Osk", "harbor": "harbour’s", "dredg": "dredging", "ministri": "ministry"}
        | {"negoti": "talks", "end": "ended"},
        {},
    ),
    (
        # A sum with a multiplier is the same figure as its digits written out.
        "Shares fell below $6K; the deal, $1.2bn, beat the $6,000 floor and $1,200,000,000.",
        {"share": "Shares", "fall": "fell", "agreement": "deal", "beat": "beat", "floor": "floor"},
        {"#$6000": "$6,000", "#$1200000000": "$1,200,000,000"},
    ),
    (
        # A possessive is its word: "the year's" and "Monday's" are times, as "year" and
        # "Monday" are, and so is an eve; a name's possessive is the name.
        "On the eve of the year's last vote, Monday's crowd cheered Tessaly's chief.",
        {"elect": "vote", "crowd": "crowd", "cheer": "cheered", "tessali": "Tessaly's"}
        | {"chief": "chief"},
        {},
    ),
    (
        # The last spelling of a word is the one remembered.
        "KORVAN, Oct 9 (Korvan Post) - 12 ships",
        {"korvan": "Korvan", "post": "Post", "ship": "ships"},
        {"#9": "9", "#12": "12"},
    ),
]
"""(text, content words with the word each was read from, numbers with theirs)."""


@pytest.mark.parametrize(("text", "words", "numbers"), READINGS)
def test_a_text_is_read_into_stemmed_words_and_normalised_numbers(
    text: str, words: dict[str, str], numbers: dict[str, str]
) -> None:
    weights: dict[str, float] = {}
    surface: dict[str, str] = {}
    read_tokens(
        text,
        1.5,
        frozenset({"the", "said", "we", "will", "of", "to", "in", "oct"}),
        weights,
        surface,
    )
    assert {t: w for t, w in surface.items() if not t.startswith("#")} == words
    assert {t: w for t, w in surface.items() if t.startswith("#")} == numbers
    assert all(weights[t] == 1.5 for t in words)
    # A figure weighs more than a word, a year or a small count less.
    assert all(weights[t] > 1.5 for t in numbers if t in ("#3.5%", "#$1200000"))
    assert all(weights[t] < 1.5 for t in numbers if t in ("#2025", "#9", "#12"))


@settings(max_examples=300)
@given(wire_text, wire_text, st.sets(st.sampled_from(["the", "said", "korvan", "osk", "tass"])))
@example("“We will,” said Osk. U.S. trade rose 3.5% to $1,200,000 in 2025 — don't.", "", set())
@example("KORVAN, Oct 9 (Korvan Post) - Mirela Osk's (ministry) «talks» ended.", "Osk", {"korvan"})
def test_what_was_read_before_never_changes_how_a_text_is_read(
    text: str, before: str, stop: set[str]
) -> None:
    """Words are read through a cache of space-separated runs: cold, warm or after other
    texts, the reading of a text is the same."""
    readings = []
    for warm_up in ("", before, text):
        languages.clear_caches()
        if warm_up:
            read_tokens(warm_up, 1.0, frozenset(), {}, {})
        weights: dict[str, float] = {}
        surface: dict[str, str] = {}
        read_tokens(text, 1.5, frozenset(stop), weights, surface)
        readings.append((list(weights.items()), surface))
    assert readings[0] == readings[1] == readings[2]
    # Stop words are never read, whatever the cache holds.
    assert not {word.lower() for word in readings[0][1].values()} & stop


@settings(max_examples=300)
@given(wire_text)
@example("Talks between Aibek Nurmatov and Temir-Zholy officials; ex-President Osk left.")
@example("McDonald Osk_Ann Lee Σίσυφος Καλός x-Ray Ray")
def test_names_are_found_as_the_word_boundary_pattern_finds_them(text: str) -> None:
    assert _NAME.findall(text) == PLAIN_NAME.findall(text)


@settings(max_examples=300)
@given(wire_text)
@example("Talks between Aibek Nurmatov and Temir-Zholy officials; ex-President Osk left.")
@example("A b, Cd e_ Fg 1 Hi Éa x Σίσυφος")
def test_names_inside_sentences_are_found_as_the_plain_pattern_finds_them(text: str) -> None:
    assert _MID_CAPITAL.findall(text) == PLAIN_MID_CAPITAL.findall(text)


@pytest.mark.parametrize(
    ("lead", "days"),
    [
        ("Rovers won on Saturday, their first win since Monday.", ["Saturday"]),
        ("Since Monday, 40 ships have waited; the port reopened Friday.", ["Friday"]),
        ("Shares jumped Thursday, a premium of 28 pct to Wednesday's close.", ["Thursday"]),
        ("Oil fell on Friday, below Tuesday's high and Monday's session low.", ["Friday"]),
        ("The talks, which began last Friday, ended on Tuesday.", ["Tuesday"]),
        ("Polls open Sunday; results are due after Tuesday or before next Friday.", ["Sunday"]),
        ("Friday's vote was called off on Thursday.", ["Friday", "Thursday"]),
    ],
)
def test_a_lead_dates_its_event_by_the_days_it_does_not_measure_from(
    lead: str, days: list[str]
) -> None:
    assert dates._WEEKDAY.findall(lead) == days


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Wikipédia", "Wikipedia"),
        ("Erdoğan", "Erdogan"),
        ("Zürich's", "Zurich"),
        ("ÉCOLE", "ecole"),
    ],
)
def test_a_name_with_or_without_its_accents_is_one_word(one: str, other: str) -> None:
    read: list[set[str]] = []
    for text in (f"Talks with {one} ended.", f"Talks with {other} ended."):
        weights: dict[str, float] = {}
        read_tokens(text, 1.0, frozenset({"with"}), weights, {})
        read.append(set(weights))
    assert read[0] == read[1]
