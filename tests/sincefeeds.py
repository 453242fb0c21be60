"""Feeds in two rounds for "since you last looked" (briefing/changes.py), served on 127.0.0.1.

Round 1: Meridian Wire reports a ferry fire (12 people died, one quote), Northbank
Dispatch a chess final; Harbour Ledger has no items yet. Round 2: Meridian Wire updates
its report (19 people died, a second quote) and Harbour Ledger joins the ferry story with
the same toll and the new quote. So the ferry story gains exactly one outlet, one moved
figure (people 12 → 19) and one quote; the chess story does not change. The texts are
written for these tests.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.conftest import write_config
from tests.feedgen import news_rss

FERRY_ONE = (
    "PORT ELLIS (Meridian Wire). At least 12 people died when fire swept through the ferry "
    "Calloway Star off Port Ellis on Sunday, the coastguard said. Rescue boats took 340 "
    "passengers to the harbour. “We are searching every cabin,” said coastguard commander "
    "Ilse Brandt."
)
FERRY_TWO = (
    "PORT ELLIS (Meridian Wire). At least 19 people died when fire swept through the ferry "
    "Calloway Star off Port Ellis on Sunday, the coastguard said. Rescue boats took 340 "
    "passengers to the harbour. “We are searching every cabin,” said coastguard commander "
    "Ilse Brandt. “The fire began in the engine room,” said Tomas Reyl, the ferry operator's "
    "chief executive."
)
FERRY_LEDGER = (
    "PORT ELLIS (Harbour Ledger). At least 19 people died when fire broke out aboard the ferry "
    "Calloway Star off Port Ellis on Sunday, the coastguard said. “The fire began in the engine "
    "room,” said Tomas Reyl, the ferry operator's chief executive."
)
CHESS = (
    "LISMORE (Northbank Dispatch). A 14-year-old from Dunmarra won the national chess "
    "championship on Sunday after a final game that lasted more than six hours."
)
FERRY_TITLE = "Fire on the ferry Calloway Star off Port Ellis"
NEW_QUOTE = "The fire began in the engine room"


class Rounds:
    """The three feeds in a served folder, written for round 1 or round 2."""

    def __init__(self, tmp_path: Path, serve_dir: Callable[[Path], str]) -> None:
        now = datetime.now(UTC).replace(microsecond=0)
        # Published in the last hours of one UTC day, so a first digest (24 hours) sends them.
        self.start = max(now - timedelta(hours=3), now.replace(hour=0, minute=0, second=0))
        self.day = self.start.date().isoformat()
        self.folder = tmp_path / "feeds"
        self.folder.mkdir()
        base = serve_dir(self.folder)
        self.config = write_config(
            tmp_path / "config.toml",
            [
                ("Meridian Wire", base + "meridian.xml"),
                ("Harbour Ledger", base + "ledger.xml"),
                ("Northbank Dispatch", base + "dispatch.xml"),
            ],
            tmp_path / "data",
        )
        self.round(1)

    def round(self, number: int) -> None:
        self.number = number
        at = self.start
        ferry = FERRY_ONE if number == 1 else FERRY_TWO
        self._write("meridian.xml", "Meridian Wire", [("ferry-1", FERRY_TITLE, ferry, at)])
        ledger = [("ferry-l", FERRY_TITLE, FERRY_LEDGER, at + timedelta(minutes=30))]
        self._write("ledger.xml", "Harbour Ledger", ledger if number == 2 else [])
        chess = [("chess-1", "Dunmarra teenager wins chess title", CHESS, at)]
        self._write("dispatch.xml", "Northbank Dispatch", chess)

    def _write(self, file: str, name: str, entries: list[tuple[str, str, str, datetime]]) -> None:
        path = self.folder / file
        path.write_text(news_rss(name, entries), encoding="utf-8")
        # A new Last-Modified each round, even within one second (else the server says 304).
        stamp = time.time() + 10 * self.number
        os.utime(path, (stamp, stamp))
