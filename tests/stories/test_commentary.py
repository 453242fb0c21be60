"""A piece labelled as comment on the news reports no event of its own to join.

An analysis, a column or a fact-check about a strike shares the strike's words and
names, but a story is one event and its reports: the comment stays a story of its own
(it is shown beside the day's news), and the strike's reports stay together.
"""

from __future__ import annotations

import pytest

from briefing.stories.headlines import is_commentary
from tests.stories.test_teasers import _item, _stories

STRIKE = _item(
    "wire",
    1.0,
    "Rail workers in Ostmark begin 24-hour strike over job cuts",
    "Train drivers and signal staff across Ostmark walked out at dawn on Tuesday in a "
    "24-hour strike over plans to cut 2,000 jobs, halting most passenger services.",
)
PAPER = _item(
    "paper",
    2.0,
    "No trains as Ostmark rail staff strike over 2,000 job cuts",
    "Commuters in Ostmark found stations shut on Tuesday as rail workers struck for 24 hours "
    "against plans to cut 2,000 jobs; the union said more walkouts would follow.",
)
COMMENT = (
    "Ostmark's railways were failing long before Tuesday's strike over 2,000 job cuts: "
    "years of cancelled maintenance left the rail workers with little to defend."
)


@pytest.mark.parametrize(
    "label", ["Analysis: ", "Opinion | ", "Fact check: ", "COMMENT - ", "ANALYSIS-", "COLUMN-"]
)
def test_a_labelled_comment_on_the_event_is_a_story_of_its_own(label: str) -> None:
    comment = _item("column", 3.0, f"{label}The rail strike Ostmark saw coming", COMMENT)
    assert _stories(STRIKE, PAPER, comment) == [{"column"}, {"paper", "wire"}]


def test_the_same_text_without_a_label_joins_the_reports() -> None:
    piece = _item("column", 3.0, "The rail strike Ostmark saw coming", COMMENT)
    assert _stories(STRIKE, PAPER, piece) == [{"column", "paper", "wire"}]


@pytest.mark.parametrize(
    "headline",
    [
        "Analysts say rail strike will cost millions",
        "Opinion polls show support for strike",
        "Column-free stadium design wins award",
    ],
)
def test_a_headline_that_only_begins_with_the_word_is_no_label(headline: str) -> None:
    assert not is_commentary(headline)
