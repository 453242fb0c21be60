"""What a feed document's bytes say before any parser reads it: its items, its ttl.

Both are read with regular expressions over the raw bytes, so they cost a scan, not a
parse: the item cap can then keep a parser from ever building the middle of a huge
document, and the ttl is read alike whichever parser reads the rest.
"""

from __future__ import annotations

import collections
import re

MAX_TTL_MINUTES = 24 * 60
"""Longest wait a feed's <ttl> (or sy:updatePeriod) can ask for: a feed that asks for a
year, or 10^9 minutes, is still fetched daily (Retry-After is capped the same way)."""

_TTL = re.compile(rb"<ttl>\s*(\d{1,20})\s*</ttl>")
_SY_PERIOD = re.compile(rb"<sy:updatePeriod>\s*(\w+)\s*</sy:updatePeriod>")
_SY_FREQUENCY = re.compile(rb"<sy:updateFrequency>\s*(\d{1,20})\s*</sy:updateFrequency>")
_PERIOD_MINUTES = {"hourly": 60, "daily": 1440, "weekly": 10080, "monthly": 43200, "yearly": 525600}
_ITEM_START = re.compile(rb"<(?:[A-Za-z][\w.-]*:)?(?:item|entry)[\s/>]")
"""An RSS/RDF item's or an Atom entry's start tag, prefixed or not."""


def cut_items(body: bytes, max_items: int | None) -> tuple[bytes, int]:
    """The document without its items past `max_items` from either end, and how many went.

    Item start tags are counted in the bytes, before any parser builds them; the cut
    runs from one item's start tag to another's, so a well-formed document stays
    well-formed (a tag inside CDATA can make a cut malformed: feedparser then reads it).
    """
    if max_items is None:
        return body, 0
    keep = max(1, max_items)
    head: list[int] = []
    tail: collections.deque[int] = collections.deque(maxlen=keep)
    count = 0
    for match in _ITEM_START.finditer(body):
        count += 1
        if len(head) <= keep:
            head.append(match.start())
        tail.append(match.start())
    if count <= 2 * keep:
        return body, 0
    return body[: head[keep]] + body[tail[0] :], count - 2 * keep


def ttl_minutes(body: bytes) -> int | None:
    """Minutes the feed asks to be left alone, at most `MAX_TTL_MINUTES`; None if it says none.

    RSS <ttl> first, else sy:updatePeriod divided by sy:updateFrequency.
    """
    head = body[:16384]
    ttl = _TTL.search(head)
    if ttl:
        return min(int(ttl.group(1)), MAX_TTL_MINUTES) or None
    period = _SY_PERIOD.search(head)
    if period:
        minutes = _PERIOD_MINUTES.get(period.group(1).decode("ascii", "replace").lower())
        frequency = _SY_FREQUENCY.search(head)
        times = int(frequency.group(1)) if frequency else 1
        if minutes is not None and times > 0:
            return min(max(1, minutes // times), MAX_TTL_MINUTES)
    return None
