"""When an item says its event happened: the days of the week its lead dates things to,
and the date its wire dateline files it on.

Publication times tell a day's events apart only when they are true: a feed without dates
is stored at the time it was first read (a whole archive on one refresh), and a long span
of coverage read as one day's has lost its times. What the copy itself says of its day
still tells a strike from its end ten days later.
"""

from __future__ import annotations

import re
from datetime import datetime

_WEEKDAY = re.compile(
    # The capital first: the look-behinds are tried only where a day's name may start.
    r"(?=[MTWFS])(?<!\b[Ss]ince )(?<!\b[Uu]ntil )(?<!\b[Ll]ast )(?<!\b[Nn]ext )(?<!\b[Aa]fter )"
    r"(?<!\b[Bb]efore )"
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?!['’]s? (?:close|closing|session|trading|high|low)\b)"
)
"""A day a lead dates its event to ("said on Tuesday", "voted Sunday", "Friday's vote"),
not a day it measures from or looks to ("since Monday", "after Tuesday's talks", "last
Friday", a market's reference: "a premium to Wednesday's close", "Tuesday's high")."""
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
"""A month as datelines write it: Jan, Jan., January, Sept, JUNE."""
_FILED = re.compile(
    # The place in capitals, or as a name with its country in brackets (ANI's form)...
    r"\s*(?:[A-Z][A-Z .'’/-]{1,40}|[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,3}(?: \[[^]\n]{1,30}\])?)"
    # ...its state or country ("CARSON, Calif.,", "UNION, N.J.,", "CHARLESTON, W. Va.,")...
    r"(?:,\s*[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{0,12})?)?"
    # ...the date, day or month first, and a year...
    rf",\s*(?:(\d{{1,2}})\s+({_MONTH})|({_MONTH})\s+(\d{{1,2}}))(?:,?\s+\d{{4}})?"
    # ...then the agency or the dash that opens the copy: no sentence reads on.
    r"\s*(?:\(|/|[-—–:]|\.\s*/)"
)
"""The date a wire dateline files its copy on: "KESTRA, May 4 (Northwire) -", "MOSCOW,
January 3. /TASS/.", "New Delhi [India], Jan 3 (ANI):", "LONDON, 3 January (IPS) -"."""


def weekdays(lead: str) -> frozenset[str]:
    """The days of the week a lead dates its event to (see _WEEKDAY)."""
    return frozenset(_WEEKDAY.findall(lead))


def filed_on(text: str) -> int | None:
    """The day of the year (1-366) a wire dateline at the start of the text gives, if any."""
    match = _FILED.match(text)
    if match is None:
        return None
    day, month = (match[1], match[2]) if match[1] else (match[4], match[3])
    number = _MONTHS.index(month[:3].lower()) + 1
    try:
        # A leap year: February 29 is a date too.
        return datetime(2000, number, int(day)).timetuple().tm_yday
    except ValueError:
        return None


def days_apart(a: int, b: int) -> int:
    """Days between two days of the year, either way round the turn of the year."""
    apart = abs(a - b)
    return min(apart, 366 - apart)
