"""Sample feeds bundled for `briefing --demo`: fictional outlets, places and people."""

from __future__ import annotations

DEMO_FEEDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Meridian Wire", "meridian-wire.xml", ("world",)),
    ("Harbour Ledger", "harbour-ledger.atom", ("business",)),
    ("Northbank Dispatch", "northbank-dispatch.json", ("local",)),
)
"""(name, file in this package, tags) of each demo feed."""
