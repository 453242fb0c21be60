"""Pages that tell several of a day's events: a live page of timed entries ("14:05 - Tindrel
is up 27% ..."), an evening briefing ("Evening briefing: a verdict, a storm and two banks'
results").

Such a page joins the story of the event it is mainly about, as a report would. But its words
are every event's of its day, and a brief of another event finds them held by the page and by
one report of the page's story (see briefs.py): one live page carried a day's rail strike, its
satellite launch and a docker's quote into a takeover's story (the nineteenth blind set's day
1, pair precision 0.347). Its words count for no brief now: that set per day 0.633 -> 0.721,
at its own times 0.599 -> 0.723, squashed 0.465 -> 0.624 (pair precision 0.410 -> 0.766); no
other labelled set, PolNeAR, Google News or the real feeds of ../shared moves. Kept from
weighing later items too (as an article placed aside is), a live page of one event (a hearing's,
an election night's) no longer gathered its event's reports: the days set per day 0.926 ->
0.873. A headline's "live" label alone says nothing of several events ("Markets live: index
closes at a record" over one line), and as a roundup's label it cost the seventeenth set a brief.
"""

from __future__ import annotations

import re
from itertools import islice

_TIMED_ENTRY = re.compile(
    r"\n[^\S\n]*\d{1,2}[:.]\d{2}[^\S\n]*(?:[ap]\.?m\.?|[A-Z]{2,4})?[^\S\n]*[-–—:|]\s"
)
"""A live page's entry opening a line with its time: "14:05 - ", "9.30am: ", "21:30 BST — ".
(A line break, not a MULTILINE "^": a pattern opening with a character is tried only where
the text holds it, six times quicker over a day's texts.)"""
TIMED_ENTRIES = 3
"""Timed entries that make a text a live page."""
_LABEL = re.compile(
    r"(?:morning|evening|daily|weekend|news)\s+(?:briefing|digest|round-?up|wrap)\s*[:|]",
    re.IGNORECASE,
)
"""A headline's label of a briefing: "Evening briefing:", "Morning digest |". (Not a live
page's label: a page labelled "Markets live:" may be a line on one index's close.)"""
_LABEL_WORDS = ("brief", "digest", "round", "wrap")


def is_roundup(headline: str, text: str) -> bool:
    """Whether an item is a page of several events: its headline labels it a briefing, or its
    text is TIMED_ENTRIES entries or more that open with their times."""
    low = headline.lower()
    # Substring tests first: most headlines hold no word of a label.
    if any(word in low for word in _LABEL_WORDS) and _LABEL.search(headline) is not None:
        return True
    if text.count("\n") < TIMED_ENTRIES - 1:  # the first entry may open the text
        return False
    entries = islice(_TIMED_ENTRY.finditer(f"\n{text}"), TIMED_ENTRIES)
    return sum(1 for _ in entries) >= TIMED_ENTRIES
