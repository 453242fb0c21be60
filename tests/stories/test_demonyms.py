"""A country, its people and its short form are one word to the story rules.

Outlets write "North Korean missile" and "North Korea fires", "Chinese" and "China", "U.S.",
"US" and "United States", "the Fed" and "the Federal Reserve" for one thing; Snowball's stems
of most demonyms are not their countries' ("korean", "korea"), "U.S." was no word at all
(its letters are one each) and "US" was the pronoun "us". The sentences here are our own.
"""

from __future__ import annotations

import pytest

from briefing.stories.signals import make_doc
from briefing.stories.words import stem
from tests.stories.coverage import T0, outlet_item
from tests.stories.test_teasers import _item, _stories


@pytest.mark.parametrize(
    ("people", "country"),
    [
        ("korean", "korea"),
        ("koreans", "korea"),
        ("chinese", "china"),
        ("japanese", "japan"),
        ("israelis", "israel"),
        ("iraqi", "iraq"),
        ("pakistani", "pakistan"),
        ("french", "france"),
        ("german", "germany"),
        ("british", "britain"),
        ("turkish", "turkey"),
        ("mexican", "mexico"),
        ("italian", "italy"),
        ("canadian", "canada"),
        ("filipinos", "philippines"),
        ("dutch", "netherlands"),
        ("lebanese", "lebanon"),
        ("russian", "russia"),
        ("afghan", "afghanistan"),
    ],
)
def test_a_people_and_its_country_share_a_stem(people: str, country: str) -> None:
    assert stem(people) == stem(country)


def test_american_is_not_read_as_a_country() -> None:
    # "American Airlines", "Latin American": the Americas' and firms' word as much as one
    # country's, so it keeps its own stem.
    assert stem("american") != stem("america")


@pytest.mark.parametrize(
    ("people", "country"),
    [
        ("nigerians", "nigeria"),
        ("liberian", "liberia"),
        ("georgian", "georgia"),
        ("syrians", "syria"),
    ],
)
def test_a_people_in_ian_and_its_country_in_ia_share_a_stem(people: str, country: str) -> None:
    assert stem(people) == stem(country)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("civilians", "civil"),
        ("guardian", "guards"),
        ("physicians", "physics"),
        ("technician", "technical"),
        ("mania", "man"),
        ("media", "meds"),
        ("nigeria", "niger"),
        ("liberia", "liberal"),
        ("georgia", "george"),
        ("romanian", "roman"),
        ("virginia", "virgin"),
    ],
)
def test_a_word_in_ia_or_ian_is_no_other_word_without_its_ending(word: str, other: str) -> None:
    # The ending is cut for a country and its people only: a civilian is no civil servant,
    # and Nigeria is not Niger.
    assert stem(word) != stem(other)


@pytest.mark.parametrize("word", ["militia", "civilian", "guardian", "physician", "nigerian"])
def test_a_word_in_ia_or_ian_and_its_plural_share_a_stem(word: str) -> None:
    assert stem(word) == stem(word + "s")


def _tokens(text: str) -> set[str]:
    """The tokens an item of this text under a plain headline is read into."""
    item = outlet_item("k", "Headline", text, T0)
    return set(make_doc(0, item, None, frozenset()).weights)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The U.S. envoy arrives", "The US envoy arrives"),
        ("The United States envoy arrives", "The USA envoy arrives"),
        ("The U.S.'s envoy arrives", "The US envoy arrives"),
        ("The UK envoy arrives", "The British envoy arrives"),
        ("The U.N. envoy arrives", "The United Nations envoy arrives"),
        ("The EU envoy arrives", "The European Union envoy arrives"),
        ("A Fed governor arrives", "A Federal Reserve governor arrives"),
    ],
)
def test_a_short_form_and_its_full_name_are_one_token(first: str, second: str) -> None:
    assert _tokens(first) == _tokens(second)


def test_the_pronoun_us_is_no_country() -> None:
    assert _tokens("They told us the envoy arrives") == _tokens("They told the envoy arrives")
    assert _tokens("The US envoy arrives") != _tokens("The envoy arrives")


def test_reports_that_name_a_country_and_its_people_join() -> None:
    # One missile over one island, told with the people's word ("North Korean", "Japanese"),
    # the capital's and the country's, and "U.S." and "United States" and "US": one story.
    # Before, the first report stood alone.
    first = _item(
        "first",
        1.0,
        "North Korean missile flies over Japanese island, Tokyo says",
        "A ballistic missile fired by North Korea passed over the northern island of Hokkaido "
        "early on Tuesday before falling into the Pacific, the Japanese government said. "
        "Residents were told to take shelter as sirens sounded in several towns.",
        feed="Harbour Wire",
    )
    second = _item(
        "second",
        3.0,
        "U.S. urges restraint after Pyongyang rocket crosses Japan",
        "The United States called on North Korea to halt its launches after a rocket crossed "
        "Japan on Tuesday. Washington said it was consulting Tokyo and Seoul, and the U.N. "
        "Security Council was expected to meet.",
        feed="Capital Ledger",
    )
    third = _item(
        "third",
        4.0,
        "Missile over Japan prompts US call for calm",
        "Washington asked Pyongyang to stop testing after a missile flew over Hokkaido. The US "
        "envoy to the UN said the council would discuss the launch.",
        feed="Daily Courier",
    )
    assert _stories(first, second, third) == [{"first", "second", "third"}]
