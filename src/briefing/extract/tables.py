"""A results table's sums, which copy leaves without their money (Net 2,450,000 vs ..., Revs
58.4 mln vs ..., Pretax profit 2.41 billion vs ...): the money of the table's per-share line."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.models import Figure

_PER_SHARE = re.compile(
    r"(?:^|\s-\s)(?:oper\s+|group\s+|parent\s+|primary\s+|consolidated\s+)?shr\s+"
    r"(?:profit\s+|loss\s+|net\s+)?$",
    re.I | re.M,
)
"""A results table's per-share line before its first figure, maybe after the dateline (Shr 41
cts vs 36 cts; HARWICK, March 3 - Shr ...; a Japanese group's Group shr 18.83 yen): it writes
the table's money."""
_TABLE_SUMS = frozenset(
    {"net", "sales", "revs", "revenues", "oper net", "net income", "net loss", "net profit"}
    | {"loss", "profit", "turnover", "oper income", "gross"}
)
"""A results table's lines whose sums copy leaves without their money (Net 2,450,000 vs ...,
Revs 58.4 mln vs ...): the money of the table's per-share line. Avg shrs are shares."""


def table_sums(figures: list[Figure], text: str) -> list[Figure]:
    """A results table's bare sums in the money its per-share line writes (see _TABLE_SUMS)."""
    money = next(
        (
            f.unit
            for f in figures
            if f.unit.isupper()  # (money's units are ISO codes, in capitals: USD, GBP)
            and _PER_SHARE.search(
                text, text.rfind("\n", max(0, f.start - 200), f.start) + 1, f.start
            )
        ),
        None,
    )
    if money is None:
        return figures
    return [
        dataclasses.replace(f, unit=money)
        if f.unit == "count" and (f.context.lower() in _TABLE_SUMS or _table_line_sum(f, text))
        else f
        for f in figures
    ]


_TABLE_LINE = re.compile(r"([A-Za-z][^\d\n]{0,60}?)\s+[\d.,]+(?:\s+(?:mln|billion|bln))?\s+vs\s")
"""A results table's line: a label, a sum, "vs" and the sum a year before (Ferries 512 mln vs
498 mln)."""
_NOT_MONEY = re.compile(r"\b(?:shrs|shares|passengers?|miles|units|employees|subscribers)\b", re.I)


def _table_line_sum(f: Figure, text: str) -> bool:
    """Whether a count is a sum in millions or billions on a results table's line whose label
    counts no shares, passengers or units: the table's money (Pretax profit 2.41 billion)."""
    if not any(m in f.text for m in ("mln", "billion", "bln")):
        return False
    start = text.rfind("\n", max(0, f.start - 120), f.start) + 1
    line = _TABLE_LINE.match(text, start) if start or f.start <= 120 else None
    return line is not None and not _NOT_MONEY.search(line.group(1))
