"""An aggregator's item (a list of headlines, each with its outlet) leads with its headline.

Google News titles an item "Headline - Outlet" and gives as its text the headline and its
outlet on one line, then other outlets' headlines. Every headline here is invented.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefing.models import Item
from briefing.pipeline.days import summarize_item


def _item(title: str, text: str) -> Item:
    return Item(
        feed="News",
        guid="g1",
        key="g1",
        title=title,
        link=None,
        published=datetime(2026, 12, 4, 9, 0, tzinfo=UTC),
        text=text,
    )


@pytest.mark.parametrize(
    "second",
    [
        "Island ferries stop as crews walk out Northbank Dispatch",
        # A headline ending with an abbreviation's stop: read alone, the first line would be
        # a deck over a sentence of prose.
        "Crews walk out over pay as the union blames the ferry company Inc. Northbank Dispatch",
    ],
)
def test_an_aggregated_headline_leads_without_its_outlet_which_is_the_source(
    second: str,
) -> None:
    item = _item(
        "Ferry strike halts crossings to the islands - Harbour Ledger",
        f"Ferry strike halts crossings to the islands Harbour Ledger\n{second}\nView Full Coverage",
    )
    summary = summarize_item(item)
    assert (summary.lead, summary.source) == (
        "Ferry strike halts crossings to the islands",
        "Harbour Ledger",
    )


def test_an_article_whose_title_has_a_dash_keeps_its_lead() -> None:
    item = _item(
        "Ferries - what the strike means for you",
        "Ferry crews walked out on Monday, halting crossings to the islands.",
    )
    summary = summarize_item(item)
    assert summary.lead == "Ferry crews walked out on Monday, halting crossings to the islands."
    assert summary.source is None
