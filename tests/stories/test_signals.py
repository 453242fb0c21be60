"""Item signals: the quick paths of signals.py read text exactly as the plain ones would.

Reading words goes through a cache of space-separated runs, names use a pattern that
opens on the capital rather than on a word boundary, and stems look up suffixes by the
word's last letter. Each is checked here against the plain version on any text.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefing.stories import signals
from briefing.stories.signals import _NAME, _WORD, SUFFIX_ORDER, _read_tokens, _token, strip_suffix

PLAIN_NAME = re.compile(r"\b[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)+")
"""Full names as first written: capitalised words joined by a space or a hyphen."""

WIRE_ALPHABET = st.sampled_from(
    list("abcdeinorstuyzAKNOSTZ  \n.,;:'’“”\"-—()$€%0123456789_ÉéžİßΣ½²")
)
wire_text = st.text(WIRE_ALPHABET, max_size=200) | st.text(max_size=200)


def plain_read(text: str, stop: frozenset[str]) -> tuple[dict[str, float], dict[str, str]]:
    """_read_tokens as one pass of the word pattern over the whole text."""
    weights: dict[str, float] = {}
    surface: dict[str, str] = {}
    for raw in _WORD.findall(text):
        low, token, factor = _token(raw)
        if token is not None and low not in stop:
            weights[token] = 1.5 * factor
            surface[token] = raw
    return weights, surface


@settings(max_examples=300)
@given(wire_text, st.sets(st.sampled_from(["the", "said", "korvan", "osk", "tass"])))
@example("“We will,” said Osk. U.S. trade rose 3.5% to $1,200,000 in 2025 — don't.", set())
@example("KORVAN, Oct 9 (Korvan Post) - Mirela Osk's (ministry) «talks» ended.", {"korvan"})
def test_words_are_read_as_the_word_pattern_reads_them(text: str, stop: set[str]) -> None:
    signals.clear_token_cache()
    for _ in range(2):  # from a cold and from a warm cache
        weights: dict[str, float] = {}
        surface: dict[str, str] = {}
        _read_tokens(text, 1.5, frozenset(stop), weights, surface)
        expected_weights, expected_surface = plain_read(text, frozenset(stop))
        assert list(weights.items()) == list(expected_weights.items())
        assert surface == expected_surface


@settings(max_examples=300)
@given(wire_text)
@example("Talks between Aibek Nurmatov and Temir-Zholy officials; ex-President Osk left.")
@example("McDonald Osk_Ann Lee Σίσυφος Καλός x-Ray Ray")
def test_names_are_found_as_the_word_boundary_pattern_finds_them(text: str) -> None:
    assert _NAME.findall(text) == PLAIN_NAME.findall(text)


@given(st.text(st.sampled_from(list("aeinsgdtuk'’")), max_size=14))
@example("kazakhs")
@example("companies")
@example("analysis")
@example("indians")
def test_suffixes_looked_up_by_last_letter_are_those_of_the_plain_walk(word: str) -> None:
    by_letter = signals._SUFFIXES.get(word[-1:], ())
    assert strip_suffix(word, by_letter) == strip_suffix(word, SUFFIX_ORDER)
