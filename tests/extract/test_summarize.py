"""summarize(): one article to a Summary, and the JSON contract of DESIGN.md."""

from __future__ import annotations

import json

import pytest

from briefing.models import Summary
from briefing.summarize import SUMMARIZER_VERSION, summarize, summary_to_dict

ARTICLE = (
    "KARAGANDA (Realist English). Kazakhstan’s coal output rose 4.1% in the first half to "
    "58 million tonnes, Industry Minister Kanat Sharlapaev said on Monday.\n"
    "“Demand from power plants is strong,” Sharlapaev told reporters.\n"
    "He said 12 new mines would open by 2028, and that the so-called “green shift” "
    "would take decades.\n"
)


def test_summary_fields() -> None:
    s = summarize(ARTICLE)
    assert isinstance(s, Summary)
    assert (s.dateline, s.source) == ("KARAGANDA", "Realist English")
    assert s.lead.startswith("Kazakhstan’s coal output rose 4.1%")
    assert s.lead.endswith("said on Monday.")
    assert [(q.text, q.speaker) for q in s.quotes] == [
        ("Demand from power plants is strong", "Kanat Sharlapaev")
    ]
    values = [(f.value, f.unit) for f in s.figures]
    assert (4.1, "percent") in values
    assert (58e6, "tonnes") in values
    assert (12, "count") in values
    assert all(f.value != 2028 for f in s.figures)


def test_spans_point_into_the_text() -> None:
    s = summarize(ARTICLE)
    for q in s.quotes:
        assert ARTICLE[q.start : q.end] == q.text
    for f in s.figures:
        assert ARTICLE[f.start : f.end] == f.text


def test_json_contract() -> None:
    d = summary_to_dict(summarize(ARTICLE))
    assert list(d)[:5] == ["dateline", "source", "lead", "quotes", "figures"]
    assert isinstance(d["quotes"], list) and isinstance(d["figures"], list)
    assert set(d["quotes"][0]) >= {"text", "speaker"}
    assert set(d["figures"][0]) >= {"text", "value", "unit", "context"}
    json.dumps(d, allow_nan=False)


def test_article_without_dateline_or_quotes() -> None:
    s = summarize("Grain prices fell on Tuesday. Traders were calm.")
    assert (s.dateline, s.source) == (None, None)
    assert s.lead == "Grain prices fell on Tuesday."
    assert s.quotes == ()


def test_empty_and_blank_text() -> None:
    for text in ("", "   \n\n  "):
        s = summarize(text)
        assert (s.dateline, s.source, s.lead, s.quotes, s.figures) == (None, None, "", (), ())


def test_version_is_a_positive_int() -> None:
    assert isinstance(SUMMARIZER_VERSION, int) and SUMMARIZER_VERSION >= 1


FURNITURE = [
    (
        "Related: How a seaside pier became a $12m attraction\n"
        "The town council approved a $3 million repair fund on Monday.\n"
        "Photograph: A. Walker/Coastal Agency\n"
        "Advertisement\n"
        "Watch: the pier at dawn, 3 min\n"
        "“It is money well spent,” said Mayor Ruth Keel."
    ),
    # As web pages write captions and credits (no colon), players, share buttons.
    (
        "Image copyright Northern Picture Agency\n"
        "Image caption Divers at the pier on Monday, 14 of them\n"
        "Media playback is unsupported on your device\n"
        "Share this with Facebook\n"
        "The town council approved a $3 million repair fund on Monday.\n"
        "Continue reading the main story\n"
        "Ivo Marsh via Getty Images\n"
        "“It is money well spent,” said Mayor Ruth Keel."
    ),
]
"""Articles among lines that are not the article: links, captions, credits, adverts."""


@pytest.mark.parametrize("text", FURNITURE)
def test_lines_that_are_not_the_article_give_no_figures_or_lead(text: str) -> None:
    summary = summarize(text)
    assert summary.lead == "The town council approved a $3 million repair fund on Monday."
    assert [f.text for f in summary.figures] == ["$3 million"]
    quotes = [(q.text, q.speaker) for q in summary.quotes]
    assert quotes == [("It is money well spent", "Ruth Keel")]


def test_times_and_short_durations_are_not_figures() -> None:
    text = "Polls closed at 8pm and counting ended at 9.45 pm GMT, 13 min late. A 90 min film ran."
    assert summarize(text).figures == ()
