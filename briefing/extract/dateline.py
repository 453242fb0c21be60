"""Wire datelines: "DUSHANBE (Realist English).", "MOSCOW, Oct 9 (Reuters) -", "/TASS/." and kin."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_PLACE = r"(?P<place>[A-Z][A-Z’'.\-]*(?:[ /][A-Z][A-Z’'.\-]*){0,3})(?![A-Za-z])"
_COUNTRY = r"(?:,\s+(?P<country>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}))?"
_OUTLET = (
    r"(?:\s*\((?P<paren>[^()\n]{1,40})\)"
    r"|\s*/(?P<slash>[^/\n]{1,40})/"
    r"|\s+(?P<caps>[A-Z][A-Za-z]*[A-Z][A-Za-z\-]*(?:\s[A-Z][A-Za-z\-]+)?))"
)
_SEP = r"\s*(?:[.:]\s*|[\-—–]+\s*)"

DATELINE = re.compile(
    rf"{_PLACE}{_COUNTRY}(?:,?\s+{_DATE})?\.?{_OUTLET}{_SEP}(?=\S)",
)
"""A place in capitals, maybe a country and a date, the outlet, then a full stop or a dash."""

BARE_DATELINE = re.compile(rf"{_PLACE}{_COUNTRY}(?:,\s+{_DATE})?\s+[—–\-]+\s+(?=\S)")
"""A place in capitals and a dash with no outlet named (source unknown)."""


@dataclass(frozen=True)
class Dateline:
    """The dateline at the head of an article."""

    place: str | None
    """The city as printed (DUSHANBE, ST. PETERSBURG), or None."""
    source: str | None
    """The outlet named in the dateline, or None."""
    end: int
    """Offset where the lead begins."""


def _is_place(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def extract_dateline(text: str) -> Dateline:
    """Find the dateline at the start of the text (after leading whitespace)."""
    start = len(text) - len(text.lstrip())
    head = text[start : start + 200]
    m = DATELINE.match(head)
    if m is not None and _is_place(m.group("place")):
        source = m.group("paren") or m.group("slash") or m.group("caps")
        caps = m.group("caps")
        if caps is None or caps.isupper():
            return Dateline(m.group("place"), source.strip(), start + m.end())
    m = BARE_DATELINE.match(head)
    if m is not None and _is_place(m.group("place")) and len(m.group("place")) >= 3:
        return Dateline(m.group("place"), None, start + m.end())
    return Dateline(None, None, start)
