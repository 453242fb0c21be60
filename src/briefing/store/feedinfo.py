"""Facts about feeds beside their fetch state: when a run of failures began, renames."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from briefing.store.database import Store
from briefing.store.schema import load_time


def failing_since(store: Store, names: Sequence[str]) -> dict[str, datetime]:
    """The failing feeds among `names`, each with the time of its first failure in a row."""
    rows = store.db.execute(
        "SELECT name, failing_since FROM feeds WHERE failing_since IS NOT NULL"
    ).fetchall()
    wanted = set(names)
    found = {name: load_time(text) for name, text in rows if name in wanted}
    return {name: moment for name, moment in found.items() if moment is not None}


def rename_feeds(store: Store, renames: Mapping[str, str]) -> dict[str, str]:
    """Give feeds new names, keeping their items and fetch state; returns the renames done.

    A feed whose new name some other stored feed holds keeps its old one.
    """
    done = {}
    with store.write() as db:
        for old, new in renames.items():
            if db.execute("SELECT 1 FROM feeds WHERE name = ?", (new,)).fetchone():
                continue
            if db.execute("UPDATE feeds SET name = ? WHERE name = ?", (new, old)).rowcount:
                done[old] = new
    return done
