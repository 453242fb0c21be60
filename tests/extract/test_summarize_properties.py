"""Properties of summarize() on arbitrary text: never raises, exact spans, deterministic."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.summarize import summarize, summary_to_dict

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "«",
        "»",
        "‘",
        "’",
        "'",
        " said ",
        " he said. ",
        "MOSCOW (Reuters) - ",
        "Mr. ",
        "U.S. ",
        "$",
        "€",
        "1,5",
        "12 400",
        "3.2%",
        " billion ",
        " tonnes",
        " fell ",
        " between 3 and 4 ",
        "-",
        "–",
        "(",
        ")",
        ". ",
        "\n",
        "a third",
        "two thousand ",
        "Emomali Rahmon",
        " the minister ",
        " so-called ",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join),
)


def _check(text: str) -> None:
    s = summarize(text)
    for q in s.quotes:
        assert text[q.start : q.end] == q.text
    for f in s.figures:
        assert text[f.start : f.end] == f.text
        assert f.value == f.value and abs(f.value) != float("inf")
        assert len(f.context.split()) <= 12
    json.dumps(summary_to_dict(s), allow_nan=False)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_any_text_gives_exact_spans(text: str) -> None:
    _check(text)


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_same_output_every_run(text: str) -> None:
    assert summarize(text) == summarize(text)
