"""When each feed's current run of failures began (kept by a trigger of schema 5)."""

from __future__ import annotations

from collections.abc import Sequence
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
