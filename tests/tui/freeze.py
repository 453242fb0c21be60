"""Write tests/tui/data/summaries.json: the real summarizer's reading of conftest's items.

    python -m tests.tui.freeze

The TUI tests store these summaries beside their items, so the real pipeline
(clustering, merging, ranking, the day cache, DayView) builds their day without
summarizing it again, and the snapshots do not move each time the summarizer
improves. Run this when the TUI should show what the summarizer reads today,
then re-take the snapshots (`pytest tests/tui --snapshot-update`) and look at
what moved before committing both.
"""

from __future__ import annotations

import json

from briefing.codec import dump_summary
from briefing.pipeline.days import summarize_item
from tests.tui.conftest import ITEMS, SUMMARIES_FILE, summary_key


def main() -> None:
    rows = {
        summary_key(item): json.loads(dump_summary(summarize_item(item)))
        for items in ITEMS.values()
        for item in items
    }
    text = json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    SUMMARIES_FILE.write_text(text, encoding="utf-8")
    print(f"{SUMMARIES_FILE}: {len(rows)} summaries")


if __name__ == "__main__":
    main()
