"""The extractors' shortcuts around costly regexes must give exactly the regexes' answers.

Each gate skips a regex where a cheap test shows it cannot match; each rewritten pattern is a
faster spelling of the same one. Here they are checked against the plain patterns on edge
cases and on seeded random text, so that a word added to a list cannot silently break them.
"""

from __future__ import annotations

import random
import re

from briefing.extract import figures, numbers, quotes, spelled, units
from briefing.extract.words import at_word_start, by_first_letter

_NOISE = [*"abkmtyzTMBKJO -\n\t\u00a0\x1c$€₽.,'’0123456789İſé", "\u212a"]


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pieces + _NOISE) for _ in range(rng.randint(0, 8))) for _ in range(count)
    ]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groupdict() == b.groupdict()


def test_unit_at_answers_like_the_unit_pattern() -> None:
    variants = []
    for name in units._ALL_AFTER:
        for v in (name, name.upper(), name.title(), name.replace(" ", "-"), name[:-1]):
            variants += [f" {v}", f"-{v}", f" - {v} of", f"{v}s", f"{v}²"]
    for text in variants + _random_texts(variants[:200], 5000, 1):
        for pos in (0, 1):
            assert _same(units.unit_at(text, pos), units.UNIT_AFTER.match(text, pos)), text


def test_multiplier_at_answers_like_the_multiplier_pattern() -> None:
    pieces = ["billion", "Billion", "mln", "bn", "tn", "k", "m", " thousand", "-million", "  trn"]
    for text in _random_texts(pieces, 20000, 2):
        for pos in range(len(text) + 1):
            expected = units.MULTIPLIER_AFTER.match(text, pos)
            assert _same(units.multiplier_at(text, pos), expected), (text, pos)


def test_currency_before_answers_like_the_currency_pattern() -> None:
    pieces = ["USD", "$", "US$", "€", "KZT ", "KZT\n", "kzt", "rose "]
    for text in _random_texts(pieces, 20000, 3):
        assert _same(units.currency_before(text), units.CURRENCY_BEFORE.search(text[-5:])), text


def test_month_near_answers_like_the_month_patterns() -> None:
    pieces = ["Oct. ", "October ", "May", " June", "\nJan", "jan ", "on "]
    for text in _random_texts(pieces, 20000, 4):
        before, after = text[: len(text) // 2], text[len(text) // 2 :]
        expected = bool(
            figures._MONTH_BEFORE.search(before[-12:]) or figures._MONTH_AFTER.match(after)
        )
        assert figures._month_near(before, after) == expected, text


def test_label_before_answers_like_the_label_pattern() -> None:
    pieces = ["so-called ", "dubbed", "known as ", "code-named", "labelled", "calls the "]
    pieces += ["the word", "slogan ", "SLOGAN", "ſlogan", "said", "a", "an ", "\n"]
    for text in _random_texts(pieces, 20000, 5):
        assert quotes._label_before(text) == bool(quotes._LABEL_BEFORE.search(text)), text


def test_sentences_skipped_for_fractions_hold_none() -> None:
    pieces = ["half", "a third", "two-thirds", "one in five", "one\tin four", "quarters", "one"]
    pieces += ["nine out of ten", "six out\nof 10", "two in 5", "in", "out"]
    for text in _random_texts(pieces, 20000, 6):
        low = text.lower()
        if numbers.FRACTION.search(low):
            assert spelled.may_hold_fraction(low), text


def test_rewritten_alternations_match_alike() -> None:
    words = ["the", "their", "a", "an", "he", "she", "hers", "one", "on"]
    grouped = re.compile(f"(?:{by_first_letter(words)})\\b")
    plain = re.compile(f"(?:{'|'.join(map(re.escape, words))})\\b")
    started = re.compile(f"(?:{at_word_start(words)})")
    bounded = re.compile(f"\\b(?:{'|'.join(words)})")
    for text in _random_texts([*words, " ", "-", "x"], 20000, 7):
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        assert [m.span() for m in started.finditer(text, 1)] == [
            m.span() for m in bounded.finditer(text, 1)
        ]
