"""The day cache on a real store: a row it cannot read as this version's stories is rebuilt.

The demo's feeds are served on 127.0.0.1 and refreshed into a SQLite file; the cached
day is then altered in place with SQL, as a store written by another version (or a
damaged one) would hold it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing.config import Config, load_config
from briefing.paths import store_path
from briefing.pipeline import build_briefing, refresh
from briefing.store.database import Store, open_store
from tests.conftest import DEMO, DEMO_DAY, DEMO_FEEDS, DEMO_NOW, write_config

FEEDS = DEMO_FEEDS
DAY, NOW = DEMO_DAY, DEMO_NOW


@pytest.fixture
def refreshed(tmp_path: Path, serve_dir: Callable[[Path], str]) -> Iterator[tuple[Config, Store]]:
    site = tmp_path / "site"
    site.mkdir()
    for _, file in FEEDS:
        shutil.copy(DEMO / file, site / file)
    base = serve_dir(site)
    config = load_config(
        write_config(tmp_path / "c.toml", [(n, base + f) for n, f in FEEDS], tmp_path / "data")
    )
    with open_store(store_path(config.data_dir)) as store:
        refresh(config, store, now=NOW)
        yield config, store


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('"outlets":2', '"outlets":"2"'),  # a count kept as text
        ('"tags":[', '"labels":['),  # a field missing
        ('"quote_sources":[', '"quote_sources":"everyone","qs":['),  # a list kept as text
    ],
)
def test_a_cached_day_of_another_form_is_rebuilt_not_shown(
    refreshed: tuple[Config, Store], old: str, new: str
) -> None:
    config, store = refreshed
    first = build_briefing(config, store, DAY, now=NOW)
    assert any(s.outlets == 2 for s in first.stories)
    # The compact form, and the one json.dumps wrote (with spaces) before the codec.
    spaced = (old.replace(":", ": "), new.replace(":", ": ").replace(",", ", "))
    for was, now in ((old, new), spaced):
        store.db.execute("UPDATE briefings SET data = replace(data, ?, ?)", (was, now))
    (data,) = store.db.execute("SELECT data FROM briefings").fetchone()
    assert new in data or spaced[1] in data
    again = build_briefing(config, store, DAY, now=NOW)
    assert again.stories == first.stories
    # ... and the rebuilt day was cached again in this version's form.
    (data,) = store.db.execute("SELECT data FROM briefings").fetchone()
    assert new not in data and spaced[1] not in data


def test_a_day_cached_in_the_form_of_json_dumps_is_read_not_rebuilt(
    refreshed: tuple[Config, Store],
) -> None:
    """Rows written before the codec (json.dumps' spaces) are read as they are."""
    config, store = refreshed
    first = build_briefing(config, store, DAY, now=NOW)
    store.db.execute(
        "UPDATE briefings SET data = replace(replace(data, '\",\"', '\", \"'), ?, ?)",
        (first.stories[0].title, "Cached headline"),
    )
    (data,) = store.db.execute("SELECT data FROM briefings").fetchone()
    assert '", "' in data
    assert build_briefing(config, store, DAY, now=NOW).stories[0].title == "Cached headline"
