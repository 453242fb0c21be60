"""Two refreshes, a digest and a reader at once, a few rounds: no lock errors, nothing twice.

The 100-round version is tests/soak/concurrency.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.concurrency import Tally, final_digest, one_round, store_problems, tally_problems
from tests.conftest import write_config
from tests.feedgen import RECENT, write_feeds

FEEDS = 6
ROUNDS = 4


def test_refreshes_digest_and_reader_at_once_store_and_send_each_item_once(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    site = tmp_path / "site"
    pairs = write_feeds(site, FEEDS, start=RECENT)
    base = serve_dir(site)
    config = write_config(
        tmp_path / "c.toml",
        [(name, base + file) for name, file in pairs],
        tmp_path / "data",
        retention_days=36500,
    )
    tally = Tally()
    for _ in range(ROUNDS):
        one_round(config, site, FEEDS, tally)
    final_digest(config, tally)
    problems = tally_problems(tally) + store_problems(tmp_path / "data" / "briefing.sqlite3")
    assert problems == [], "\n".join(problems[:20])
    assert tally.digests_with_news >= 2
    assert sum(tally.sent_guids.values()) == FEEDS * (10 + 5 * (ROUNDS - 1))
