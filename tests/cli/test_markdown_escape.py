"""Markdown output escapes only what Markdown would act on (issue 18): `live!` stays `live!`."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.render.markdown import markdown_text as _md

RENDER = MarkdownIt("commonmark").enable("strikethrough")


def shown(markdown: str) -> str:
    """What a reader sees of a one-line Markdown paragraph: its text, tags refused."""
    rendered = RENDER.render(markdown).strip()
    assert rendered.startswith("<p>") and rendered.endswith("</p>"), rendered
    body = rendered[3:-4]
    assert "<" not in body, rendered  # no emphasis, link, image, code or HTML of the feed's
    return html.unescape(body)


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("Markets are live!", "Markets are live!"),
        (
            "On 2024-03-02 (Saturday) at 10:00 + change",
            "On 2024-03-02 (Saturday) at 10:00 + change",
        ),
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("a *b* [c](d) <e>", "a \\*b\\* \\[c\\](d) \\<e>"),
    ],
)
def test_only_what_markdown_acts_on_is_escaped(text: str, markdown: str) -> None:
    assert _md(text) == markdown
    assert shown(_md(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab !#*_-+=.)(>[]<`~&;\\|{}0123456789", min_size=1, max_size=30))
def test_any_text_is_shown_as_written(text: str) -> None:
    text = " ".join(text.split())
    if text:
        assert shown(_md(text)) == text
