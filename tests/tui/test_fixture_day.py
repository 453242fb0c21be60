"""The TUI tests' day (conftest) is built by the real pipeline, with the summaries frozen.

The snapshots and Pilot tests rely on both halves: the stories come from `load_day`
over the stored items, and no item is summarized again at test time, so a change of
the summarizer cannot move what the TUI tests see.
"""

from __future__ import annotations

import pytest

from briefing.config import Config
from briefing.models import Item, Summary
from briefing.paths import store_path
from briefing.pipeline import days
from briefing.store.database import open_store
from briefing.tui.data import load_day

from .conftest import DAY, ID, ITEMS, NOW, frozen_summaries, summary_key


def test_the_fixed_day_is_built_by_the_pipeline_without_summarizing(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    def summarized_again(item: Item) -> Summary:
        raise AssertionError(f"{item.key} was summarized at test time")

    monkeypatch.setattr(days, "summarize_item", summarized_again)
    with open_store(store_path(config.data_dir)) as store:
        view = load_day(config, store, DAY, NOW)
    stories = {story.id: story for story in view.briefing.stories}
    assert set(stories) == {ID[name] for name in ("dushanbe", "port", "tokyo", "hostile", "long")}
    frozen = frozen_summaries()
    port = stories[ID["port"]]
    assert port.lead == frozen["Harbour Ledger/hl-1"].lead
    assert port.quotes == frozen["Harbour Ledger/hl-1"].quotes
    # The two Dushanbe reports were clustered into one story, their figures merged.
    dushanbe = stories[ID["dushanbe"]]
    assert {i.key for i in dushanbe.items} == {"re-1", "mw-1"}
    merged = {
        f.text
        for key in ("Realist English/re-1", "Meridian Wire/mw-1")
        for f in frozen[key].figures
    }
    assert {f.text for f in dushanbe.figures} == merged


def test_every_fixed_item_has_its_frozen_summary() -> None:
    """An item added to conftest without `python -m tests.tui.freeze` fails here, by name."""
    keys = {summary_key(item) for items in ITEMS.values() for item in items}
    assert set(frozen_summaries()) == keys
