"""A body one outlet names in full and another by its initials is one name, as is a coin or a
firm one names and another by its ticker (see stories/acronyms.py). Every headline and text
here is invented for the test."""

from __future__ import annotations

from datetime import timedelta

import pytest

from briefing.models import Item
from briefing.stories.acronyms import headline_tickers, named_by, tickers
from briefing.stories.build import StoryIndex, build_stories
from briefing.summarize import summarize
from tests.stories.test_teasers import T0, _item, _stories

# The two headlines share no word but the body's name, one in full and one by its initials.
FULL = "Kestrian Harbour Safety Board inquiry blames the crew for the fire"
SHORT = "KHSB report faults sailors over engine-room blaze"


def test_a_body_named_in_full_and_by_its_initials_joins() -> None:
    stories = _stories(
        _item("full", 1.0, FULL, FULL, feed="Ledger"),
        _item("short", 1.5, SHORT, SHORT, feed="Courier"),
    )
    assert stories == [{"full", "short"}]


def test_the_initials_read_before_the_full_name_join_it_too() -> None:
    stories = _stories(
        _item("short", 1.0, SHORT, SHORT, feed="Courier"),
        _item("full", 1.5, FULL, FULL, feed="Ledger"),
    )
    assert stories == [{"full", "short"}]


def test_initials_no_item_spells_out_add_nothing() -> None:
    # "KHSB" is met, but no full name with those initials: two events stay two.
    other = "Varsk council votes to rebuild its old market hall before the winter fair"
    stories = _stories(
        _item("short", 1.0, SHORT, SHORT, feed="Courier"),
        _item("other", 1.5, other, other, feed="Ledger"),
    )
    assert stories == [{"other"}, {"short"}]


def test_initials_met_in_a_later_batch_give_what_building_at_once_gives() -> None:
    items = [
        _item("full", 1.0, FULL, FULL, feed="Ledger"),
        _item("other", 1.2, "Varsk council votes to rebuild its market hall", "", feed="Post"),
        _item("short", 1.5, SHORT, SHORT, feed="Courier"),
    ]
    entries = [(item, summarize(item.text)) for item in items]
    index = StoryIndex(entries[:1])
    index.add(entries[1:])
    now = T0 + timedelta(days=1)
    assert index.stories(now=now) == build_stories(entries, now=now)


# A crypto site gives the coin's ticker in its headline, another outlet its name.
TICKER = _item(
    "ticker",
    1.0,
    "VRM price hits record $412 as trading volume doubles",
    "Vorrimint (VRM) rose to an all-time high of $412 on Tuesday, lifting the coin's market "
    "value above $9 billion. Trading volume on the largest exchanges doubled from last week.",
    feed="Chainpost",
)
NAME = _item(
    "name",
    2.0,
    "Vorrimint smashes through $400 for the first time",
    "The Vorrimint coin climbed past $400 on Tuesday for the first time, extending a rally "
    "that began when two payment firms said they would take it.",
    feed="Ledger",
)


def test_a_coin_named_by_its_ticker_and_by_its_name_joins() -> None:
    assert _stories(TICKER, NAME) == [{"name", "ticker"}]
    assert _stories(NAME, TICKER) == [{"name", "ticker"}]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Vorrimint (VRM) rose to a record", {"vrm": ["Vorrimint"]}),
        ("Shares of Dallow Inc (DALW.O) fell 3%", {"dalw": ["Dallow", "Inc"]}),
        # A wire's name after a dateline's place.
        ("KORVALE, Dunmere (DNMW) — Dunmere's parliament voted", {}),
        # A bank's initials, whose name the country's alone does not give.
        ("The Reserve Bank of Sorvia (RBS) raised its key rate", {}),
        # Letters that are not the name's.
        ("Vorrimint (XQZ) rose", {}),
    ],
)
def test_a_ticker_is_read_in_brackets_after_its_name(
    text: str, found: dict[str, list[str]]
) -> None:
    assert tickers(text) == found


# A markets site writes the coin's ticker in its headline and its name only in its text.
RECORD = _item(
    "record",
    1.0,
    "Vorrimint smashes through $400 for the first time",
    "The Vorrimint coin climbed past $400 on Tuesday for the first time, extending a rally "
    "that began when two payment firms said they would take it.",
    feed="Ledger",
)


def _ticker(text: str) -> Item:
    return _item("ticker", 2.0, "VRM Tops $412 as Trading Volume Doubles", text, feed="Chainpost")


def test_a_headline_s_ticker_is_the_coin_its_text_names() -> None:
    text = (
        "Vorrimint changed hands at $412 by late morning, its highest ever, as the coin's "
        "rally went on and volume on the largest exchanges doubled from the week before."
    )
    assert _stories(RECORD, _ticker(text)) == [{"record", "ticker"}]


@pytest.mark.parametrize(
    ("letters", "text", "name"),
    [
        ("vrm", "Vorrimint changed hands at $412 by late morning.", "Vorrimint"),
        # Two words the letters are drawn from: neither.
        ("vrm", "Vorrimint changed hands at $412 in Varmouth.", None),
        # A body's initials are no one word's letters.
        ("nsa", "The National Space Agency said on Monday.", None),
    ],
)
def test_a_headline_s_letters_name_the_one_word_of_its_text_they_are_drawn_from(
    letters: str, text: str, name: str | None
) -> None:
    assert named_by(letters, text) == name


def test_a_coin_its_ticker_names_is_a_name_where_sentences_only_open_with_it() -> None:
    """Both texts write the coin's name only at a sentence's start, and one headline is in
    Title Case: the ticker is what tells that "Vorrimint" names a coin."""
    crash = _item(
        "crash",
        1.0,
        "Vorrimint Crashes 24% to Below $300 as Paywell Pulls Support",
        "Vorrimint plunged 24% on Wednesday after the payments firm Paywell said it would stop "
        "accepting the coin over a flaw in its code.",
        feed="Blockpost",
    )
    slide = _item(
        "slide",
        2.0,
        "VRM Slides to 5-Month Low; $4 Billion Wiped Off Market Value",
        "Vorrimint changed hands at $291 by late morning, its lowest since May, cutting the "
        "coin's market value to about $9 billion.",
        feed="Street Post",
    )
    assert _stories(crash, slide) == [{"crash", "slide"}]


@pytest.mark.parametrize(
    ("headline", "text", "found"),
    [
        ("ZTI Slides to 5-Month Low", "Zentari changed hands at $2,910.", {"zti": "Zentari"}),
        # The headline gives the word the letters are drawn from: "CEO" is no ticker.
        ("Cardevo CEO Quits After Audit", "Cardevo said its chief executive had resigned.", {}),
        # A tabloid's shout is no run of tickers.
        ("ZTI CRASH HORROR", "Zentari changed hands at $2,910.", {}),
    ],
)
def test_a_headline_s_tickers_are_the_words_of_its_text_they_are_drawn_from(
    headline: str, text: str, found: dict[str, str]
) -> None:
    assert headline_tickers(headline, text) == found
