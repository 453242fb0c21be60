"""A verb with its particle and the noun written from them are one word to the story rules:
"the government shuts down" and "the shutdown", "police crack down" and "the crackdown".
The particle is a stop word, so the verb alone was read, and the noun was a word of its own.
And a protest's "march" is a word, where the month's "March" is none. The sentences here are
our own."""

from __future__ import annotations

import pytest

from briefing.stories.words import stem
from tests.stories.test_demonyms import _tokens
from tests.stories.test_teasers import _item, _stories


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("shutdown", "shuts"),
        ("crackdown", "cracked"),
        ("lockdowns", "locking"),
        ("selloff", "selling"),
        ("walkout", "walked"),
        ("bailout", "bail"),
        ("slowdown", "slows"),
    ],
)
def test_the_noun_of_a_verb_and_its_particle_is_the_verb(noun: str, verb: str) -> None:
    assert stem(noun) == stem(verb)


@pytest.mark.parametrize(
    ("noun", "verb"), [("takeover", "take"), ("layoffs", "lay"), ("turnout", "turn")]
)
def test_a_noun_whose_verb_tells_nothing_alone_keeps_its_word(noun: str, verb: str) -> None:
    assert stem(noun) != stem(verb)


def test_a_shutdown_and_a_government_that_shuts_down_are_one_story() -> None:
    # Before, the two stood apart: the explainer's "shutdown" was not the wire's "shuts down".
    wire = _item(
        "wire",
        1.0,
        "Brevik government shuts down as funding lapses",
        "Federal agencies in Brevik began closing offices on Saturday after the Senate failed "
        "to pass a stopgap budget before midnight. About 400,000 workers were sent home.",
        feed="Harbour Wire",
    )
    explainer = _item(
        "explainer",
        3.0,
        "Brevik shutdown: what stays open",
        "Passport offices and national parks are closed, while hospitals and air traffic "
        "control are running as usual, the Brevik budget office said.",
        feed="Lowmere Post",
    )
    assert _stories(wire, explainer) == [{"explainer", "wire"}]


def test_a_march_is_a_word_and_the_month_of_march_is_not() -> None:
    # "march" was a stop word for the month, so a protest's "march" said nothing while its
    # "marched" did. Now the month, written with its capital, is the stop word.
    assert _tokens("Thousands march on the capital") == _tokens("Thousands marched on the capital")
    assert _tokens("The strike began on March 4") == _tokens("The strike began on 4")


def test_two_reports_of_one_march_join() -> None:
    # The wire's "Thousands march" and the local paper's "Miners' march": one protest, now one
    # story. Before, the two stood apart.
    wire = _item(
        "wire",
        1.0,
        "Thousands march in Bellport against pit closures",
        "BELLPORT, March 4 (Harbour Wire) - Thousands of miners and their families marched "
        "through Bellport on Saturday to protest against the closure of the last three pits in "
        "the valley.",
        feed="Harbour Wire",
    )
    local = _item(
        "local",
        4.0,
        "Miners' march fills town centre",
        "The march stretched from the station to the town hall, where union leaders spoke "
        "against the closures.",
        feed="Valley Courier",
    )
    assert _stories(wire, local) == [{"local", "wire"}]
