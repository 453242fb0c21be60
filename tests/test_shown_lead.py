"""The lead under a headline is shown only when it says more than the headline: an
aggregator's item (Google News) carries its headline again, the outlet glued after it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from briefing.models import Item, shown_lead
from briefing.render.digest import story_text
from briefing.stories.build import build_stories
from briefing.summarize import summarize

T0 = datetime(2031, 7, 30, 3, 0, tzinfo=UTC)


def test_an_aggregators_headline_again_with_its_outlet_is_not_shown_as_the_lead() -> None:
    title = "Harbor board approves second dredging contract - The Kestra Post"
    text = "Harbor board approves second dredging contract\u00a0\u00a0The Kestra Post"
    item = Item("News top stories", "g1", "k1", title, None, T0, text)
    (story,) = build_stories([(item, summarize(text))], now=T0 + timedelta(hours=1))
    lines = story_text(story, 1)
    # The headline, then straight to the sources (which name the item by its title).
    body = [line for line in lines[1:] if not line.startswith(("    - ", "        "))]
    assert not any("dredging" in line for line in body), lines
    assert lines[2].startswith("    - News top stories"), lines


def test_a_lead_that_says_more_is_shown() -> None:
    title = "Harbor board approves second dredging contract - The Kestra Post"
    lead = "The harbor board approved a second dredging contract worth $12 million on Monday."
    assert shown_lead(title, lead) == lead
    assert shown_lead("Harbor board approves contract", "Harbor board approves contract.") == ""
    assert shown_lead(title, "Harbor board approves second dredging contract") == ""
