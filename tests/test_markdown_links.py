"""The Markdown renderer's links, for any link and title the sanitizer lets through.

Hypothesis builds item links from the characters that matter to a Markdown link
(`<>()[]!\\&;#` and friends) and titles from anything printable; markdown-it-py's
CommonMark preset reads the rendered story back. Each item gives one link to its
own page with its own title as text, and nothing else becomes a link or an image.
The same through the real command: tests/cli/test_markdown_links.py.
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import unquote

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.models import Item, Story
from briefing.render.digest import story_markdown
from briefing.sanitize import safe_url
from tests.cli.test_markdown_links import links_in

WHEN = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
PATHS = st.lists(
    st.sampled_from([*"<>()[]!\\&;#%*_`'\"=?/:.-~az09é", "amp", "lt", "#60"]), max_size=30
).map("".join)
TITLES = st.text(
    alphabet=st.characters(
        codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="\u2028\u2029"
    ),
    min_size=1,
    max_size=40,
).filter(lambda title: title.strip() == title and "  " not in title)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(paths=st.lists(PATHS, min_size=1, max_size=3), titles=st.lists(TITLES, min_size=3))
def test_every_item_gives_exactly_its_own_link(paths: list[str], titles: list[str]) -> None:
    links = [safe_url(f"https://news.example/{path}") for path in paths]
    items = tuple(
        Item("Wire", f"g{n}", f"k{n}", titles[n], link, WHEN, "text")
        for n, link in enumerate(links)
        if link is not None
    )
    story = Story("k0", "Story", "", None, None, (), (), items)
    found = links_in("\n".join(story_markdown(story)))
    assert [(unquote(href), text) for href, text in found] == [
        (unquote(str(item.link)), item.title) for item in items
    ]
