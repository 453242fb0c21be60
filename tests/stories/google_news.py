"""Real headlines of one event in other words: the groups of the real Google News feed.

Each item of ../shared/feeds/real/news-google-news-top.xml lists the headlines several outlets
gave one story, each with its outlet's name (July 2022; 38 groups, 170 headlines). Read as a
headline-only feed gives them (each headline an item of its outlet, its headline its text too,
at its group's time), they are issue #16's first class on copy nobody here wrote: one event told
in other words. Google's groups are broader than one event now and then (a week of a trade
saga, a day of reactions to a rate rise), so their pair recall is no bar, but its rise and its
precision say how the story rules carry to real paraphrase. The texts stay in ../shared, read
by path.
"""

from __future__ import annotations

import html
import re
from datetime import timedelta
from email.utils import parsedate_to_datetime
from xml.etree import ElementTree

from briefing.models import Item
from briefing.stories.build import build_stories
from briefing.summarize import summarize
from tests.conftest import SHARED
from tests.stories.coverage import Scores, score

FEED = SHARED / "feeds" / "real" / "news-google-news-top.xml"
"""The feed: a trusted file of the shared corpus, so the standard library's parser reads it."""
_LINE = re.compile(r"<a [^>]*>(.*?)</a>(?:&nbsp;|\s)*<font[^>]*>(.*?)</font>", re.DOTALL)
"""One headline of a group's list and its outlet's name, in the item's HTML description."""


def headlines() -> tuple[list[Item], dict[str, str]]:
    """Each headline of each group as an item of its outlet, and each item's group."""
    items: list[Item] = []
    groups: dict[str, str] = {}
    for n, entry in enumerate(ElementTree.parse(FEED).getroot().iter("item")):
        published = parsedate_to_datetime(entry.findtext("pubDate", ""))
        for k, (title, outlet) in enumerate(_LINE.findall(entry.findtext("description", ""))):
            title, outlet = html.unescape(title).strip(), html.unescape(outlet).strip()
            key = f"g{n}-{k}"
            items.append(Item(outlet, key, key, title, None, published, title))
            groups[key] = f"g{n}"
    return items, groups


def scores() -> Scores:
    """The stories of all the headlines together, scored against Google's groups."""
    items, groups = headlines()
    entries = [(item, summarize(item.text)) for item in items]
    stories = build_stories(entries, now=max(i.published for i in items) + timedelta(hours=1))
    return score([[item.guid for item in story.items] for story in stories], groups)
