"""Wire datelines: "DUSHANBE (Realist English).", "MOSCOW, Oct 9 (Reuters) -", "/TASS/." and kin.

A dateline is read in parts, in the order every wire prints them: the place (in capitals, or in
mixed case as newspapers and AFP print it), up to two regions (`Calif.`, `W. Va.`, `Ukraine`,
`British Columbia`), a date (`March 2`, `Dec. 4, 2025`, `4 December`, and the typos of 1987
copy such as `FEb 26`), the outlet (in brackets, between slashes, between dashes as Business
Wire prints it, or bare after a date), then a separator: a dash or a full stop (after a
bracketed outlet even none, as PTI prints `NEW DELHI, Dec 4 (PTI) The ...`), and Business
Wire's date between dashes after its outlet. A byline line before it is skipped; an outlet may
also stand alone or first (`(Bloomberg) --`, `(ANSA) -`). Indian papers end a bare place with
a colon (`NEW DELHI: The ...`), which a transcript's speaker also has: see _colon_dateline_ok.

A dateline without an outlet needs a dash after the place, region or date, so a lead that opens
with a capitalised word or an acronym (`NATO members met ...`) is never read as one; no colon
ends one but after a bracketed outlet with the place in capitals or a date, so a
transcript's `Rep. Jane Roe (R-Ore.): ...` is no dateline. Everything is matched on the first
line only, within its first 200 characters, by regexes whose repeats are all bounded, so a
pathological first line costs no more than a short one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.extract.names import split_title
from briefing.extract.vocab import AGENCIES, BODY_HEADS, LABELS
from briefing.extract.words import wordset

_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[A-Za-z]{0,6}"
"""A month, full or abbreviated, in any case, with a misspelt tail (`Marc`, `FEb`) tolerated."""

_DATE = (
    rf"(?:{_MONTH}(?:\.[^\S\n]{{0,2}}|[^\S\n]{{1,2}})\d{{1,2}}(?:st|nd|rd|th)?(?:,?[^\S\n]+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+{_MONTH}\.?(?:,?[^\S\n]+\d{{4}})?)"
)
"""`March 2`, `Dec. 4, 2025`, `Dec.4`, `Dec 04 2025`, `4 December`, `7 Oct 2025`, `4th December,
2025`."""

_WORD = r"[A-Z](?:[A-Za-z’'.]|-(?=[A-Za-z]))*"
_PARTICLE = r"(?:de|del|da|do|dos|das|du|des|di|la|le|les|los|las|el|al|am|an|on|upon|of|sur)"
_PLACE = rf"(?P<place>{_WORD}(?:(?:[^\S\n]|/){_WORD}|[^\S\n]{_PARTICLE}(?=[^\S\n][A-Z])){{0,4}})"
"""One to five capitalised words joined by spaces or slashes (`LONDON/BAKU`), with the lower-case
particles of place names inside (`Rio de Janeiro`)."""

_REGION = (
    r"(?:[^\S\n]\[[A-Z][A-Za-z .]{1,29}\]|[^\S\n]\([A-Z][A-Za-z .]{1,29}\)(?=,))?"
    r"(?:,[^\S\n]*(?:[A-Z][A-Za-z]{0,4}\.(?:[^\S\n]?[A-Z][A-Za-z]{0,3}\.){0,2}"
    r"|[A-Z][A-Za-z]+(?:[ \-][A-Z][A-Za-z]+){0,2})(?![A-Za-z])){0,2}"
)
"""State, province or country after the place: `, Calif.`, `, N.Y.`, `, W. Va.`, `, Texas`, or the
country in brackets as ANI prints it (`New Delhi [India],`) or in parentheses before a comma as EFE
does (`Cantabria (Spain), Feb 11 (EFE).-`; not an outlet's `(Reuters) -`)."""

_OUTLET = (
    r"(?:[^\S\n]*(?:-{1,3}[^\S\n]*)?\((?P<paren>[A-Za-z][^()\n]{0,39})\)"
    r"|[^\S\n]*/(?P<slash>[A-Za-z][^/\n]{0,39})/"
    r"|[^\S\n]+/[^\S\n]+(?P<spaced>[A-Za-z][^/\n]{0,39}?)[^\S\n]+/)"
)
"""`(Reuters)`, `(AP)`, `--(BUSINESS WIRE)`, `/TASS/`, `/PRNewswire/`, ` / ACCESSWIRE /`."""

_CAPS_OUTLET = (
    r"[^\S\n]+(?P<caps>[A-Z][A-Za-z\-]+(?:[^\S\n][A-Z][A-Za-z\-]+|\.[A-Za-z]{2,3}(?!\w))?)"
)
"""An outlet named bare after a date: `TURKESTAN, Oct 9 KAZINFORM -`, `TOKYO, Dec 4 Kyodo -`, or
by its web address: `Baku. 4 December. REPORT.AZ.`."""

_DASH = r"(?:[^\S\n]*(?:-{2,3}|[—–]{1,2})[^\S\n]*|[^\S\n]+[\-_][^\S\n]*|[^\S\n]*-[^\S\n]+)"
"""` - `, `--`, `—` with or without spaces, old AP's ` _ `; a hyphen needs a space on one side
(`Oct 20- CerProbe`, never `Chicago-based`)."""

_STOP = r"(?:[^\S\n]*\.(?:-{1,2}|[—–])?[^\S\n]*)"
"""A full stop, or EFE's `.-`."""

DATELINE = re.compile(
    rf"{_PLACE}{_REGION}"
    rf"(?:(?P<date>[,.]?[^\S\n]+{_DATE})?[.,]?{_OUTLET}"
    rf"(?:{_DASH}(?:(?P<late>{_DATE})[.,]?{_DASH})?|[^\S\n]+(?P<slashed>{_DATE})[^\S\n]+/[^\S\n]+"
    rf"|{_STOP}|(?P<colon>:[^\S\n]+)|(?P<space>[^\S\n]+))"
    rf"|[,.]?[^\S\n]+{_DATE}[.,]?{_CAPS_OUTLET}(?:{_DASH}|{_STOP}))"
    r"(?=\S|[^\S\n]*\n)"
)
"""A place, maybe regions and a date (after a comma, or a full stop as Interfax prints it), the
outlet, then a dash, a full stop or, after a bracket, a colon or nothing but a space (APP prints
`ISLAMABAD, Dec 4 (APP): The ...`, PTI `NEW DELHI, Dec 4 (PTI) The ...`: the place in capitals,
or a date and the outlet in them)."""

DATE_ONLY = re.compile(rf"{_DATE}[.,]?{_OUTLET}{_DASH}(?=\S|[^\S\n]*\n)")
"""A date and the outlet with no place, as Reuters opens stories from no one city
(`Dec 4 (Reuters) - ...`)."""

BARE_DATELINE = re.compile(
    rf"{_PLACE}{_REGION}(?:(?P<dated>[,.]?[^\S\n]+{_DATE}),?)?(?:{_DASH}|(?(dated)[.:][^\S\n]+|(?!)))(?=\S)"
)
"""A place, maybe regions and a date, and a dash, with no outlet named (source unknown); after a
date a full stop or a colon also ends it (`MOSCOW, December 4. The ...`, `NEW DELHI, Dec 4:
The ...`)."""

COLON_DATELINE = re.compile(
    rf"{_PLACE}{_REGION}(?:[^\S\n]\((?P<state>[A-Z][A-Za-z .]{{1,29}})\))?:[^\S\n]+(?=[A-Z“\"‘'])"
)
"""A place and a colon, as Indian papers print PTI's and their own copy (`NEW DELHI: The ...`,
`Mumbai: The ...`, with the state in brackets: `Kochi (Kerala): The ...`): read as a dateline
only when the line is not a transcript's or a label's (see _colon_dateline_ok)."""

_LABEL_LINE = re.compile(r"^[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*){0,3}:[^\S\n]", re.MULTILINE)
"""A line that opens with a capitalised label and a colon (a transcript's speaker, a place)."""
_SPEECH = re.compile(
    r"\b(?:I|I[’']\w+|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|us|me)\b"
    r"|^(?:Well|Look|Yes|No|Oh|So|Thank|Thanks|Okay|OK|Yeah|Sure|Listen|Again)\b"
)
"""First and second persons, or an answer's first word: after a label, somebody speaking."""
_NOT_A_PLACE = BODY_HEADS | wordset("corp inc ltd co plc llc ag sa nv bhd")
"""Words of a name in mixed case before a colon that make it a firm's or a body's, not a
place (`Acme Corp: Results for the quarter`)."""
_QUOTED = re.compile(r"[“\"][^“”\"\n]{0,300}[”\"],?")
"""A quotation inside the lead (`NEW DELHI: "I will stay," the minister said.`): its I is
the quoted speaker's, not the line's."""
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?:[.!?](?=\s)|$)", re.MULTILINE)


def _colon_dateline_ok(text: str, m: re.Match[str], lead: int) -> bool:
    """Whether a place and a colon open the copy as a dateline rather than a transcript's line
    (`ROE: We will vote no.`, `SEN. ROE: ...`) or a label (`UPDATE: ...`, `Analysis: ...`).

    The place is in capitals, or a word or two each capitalised; it is no label word and
    carries no title (a title makes it a speaker); the text opens no other line with a label
    and a colon (a transcript does, line after line); and the sentence after it is told in the
    third person, not asked (a speaker says I, we, you)."""
    place = m.group("place")
    words = place.split()
    if not place.isupper() and (
        len(words) > 2
        or not all(w[:1].isupper() for w in words)
        or any(w.lower().rstrip(".") in _NOT_A_PLACE for w in words)
    ):
        return False
    if not _is_place(place) or any(w.lower().strip(".") in LABELS for w in words):
        return False
    if split_title([w.capitalize() for w in words])[0]:
        return False
    if len(_LABEL_LINE.findall(text, 0, 20_000)) > 1:
        return False
    sentence = _FIRST_SENTENCE.match(text, lead)
    said = _QUOTED.sub("", sentence[0] if sentence is not None else "").strip()
    if said.endswith("?") or _SPEECH.search(said) is not None:
        return False
    if place.isupper():
        return True
    # A name in mixed case before a colon is as often a column's, a show's or a headline's
    # label (`Gravitas: Out-of-control rocket ...`, `QCOM Stock: Qualcomm Beats Targets`): the
    # copy after it must read as a news sentence, six words or more, ended, not in title case.
    told = said.split()
    capitals = sum(w[:1].isupper() for w in told[1:])
    return len(told) >= 6 and said[-1] in '.!”"' and capitals * 2 < len(told) - 1


OUTLET_ONLY = re.compile(rf"\((?P<paren>[A-Z][^()\n]{{0,39}})\){_DASH}(?=\S)")
"""An outlet with no place, as Bloomberg opens its copy (`(Bloomberg) -- Stocks fell ...`), or
before the place, as ANSA does (`(ANSA) - ROME, DEC 4 - ...`)."""

BYLINE = re.compile(
    r"By[^\S\n]+[A-Z][\w.’'\-]*(?:(?:[^\S\n]+|,[^\S\n]*|[^\S\n]+and[^\S\n]+|[^\S\n]*\|[^\S\n]*)"
    r"[A-Z][\w.’'\-]*){0,7}(?:[^\S\n]+(?:staff|news|agency|reporters?|writers?)){0,3}[^\S\n]*\n\s*"
)
"""A first line that only names the writers (`By Jane Roe and John Doe, Reuters`, `By Jane Roe |
Reuters`, `By Xinhua news agency`): skipped."""

_NOT_PLACE = wordset(
    """a an the in on at as by for from to of if it its he she they we this that these those but
    and or when while after before since until with without under over"""
)
"""Words that open sentences: a mixed-case run of capitalised words opening with one is not a
place (`The U.S. Navy - ...`); in capitals it may be (`THE HAGUE`)."""


@dataclass(frozen=True)
class Dateline:
    """The dateline at the head of an article."""

    place: str | None
    """The city as printed (DUSHANBE, ST. PETERSBURG, Paris), or None."""
    source: str | None
    """The outlet named in the dateline as printed (Reuters, AP, TASS), or None."""
    end: int
    """Offset where the lead begins."""
    date: str | None = None
    """The date the dateline files the copy on, as printed (`Oct 9`, `4 December`), or None."""


def _is_place(place: str) -> bool:
    """Whether a run of capitalised words can be a place (not `The U.S. Navy`, not a letter)."""
    letters = sum(map(str.isalpha, place))
    if letters < 2:
        return False
    return place.isupper() or place.split(None, 1)[0].lower() not in _NOT_PLACE


def _place(m: re.Match[str]) -> str:
    """The place as printed, without the full stop Interfax puts after it (`MOSCOW. Dec 4`)."""
    return m.group("place").rstrip(".")


def _bare_outlet_ok(m: re.Match[str]) -> bool:
    """Whether a dateline whose bracketed outlet is followed by the lead alone is one: the place
    in capitals, or a date and an outlet in capitals (`New Delhi, Dec 4 (PTI) The ...`, never
    `General Motors Corp (GM) Chairman ...`), or a date and an agency's name (`Havana, Dec 4
    (Prensa Latina) The ...`) or any outlet and a colon (`Baku, December 4 (Trend): The`)."""
    if m.group("place").isupper():
        return True
    outlet = m.group("paren") or ""
    known = outlet.isupper() or agency_key(outlet) in AGENCIES or m.group("colon") is not None
    return m.group("date") is not None and known  # (a colon after the outlet: Baku's Trend)


def _opens_lead(text: str, end: int) -> bool:
    """Whether the lead after a dateline with no separator opens as a sentence does."""
    return end < len(text) and (text[end].isupper() or text[end] in "“\"‘'")


_DATE_IN = re.compile(_DATE)
_MONTH_LOWER = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
"""What every date of _DATE holds, in an ASCII text lower-cased (the letters of _MONTH match
no other ASCII letters in any case)."""


def _date(text: str | None) -> str | None:
    """The date in a matched dateline, as printed (`Oct 9`, `4 December`), or None."""
    if not text:
        return None
    # Most datelines name no date (`MOSCOW (Reuters) -`): one without a month is not searched
    # for a date, which tried _DATE's case-blind months at every character (4 us of 12).
    if text.isascii() and _MONTH_LOWER.search(text.lower()) is None:
        return None
    found = _DATE_IN.search(text)
    return found[0] if found is not None else None


_HEADING_LINES = 3
"""Lines of headline, time stamp or byline that page text may put before its dateline."""
_LIST_LINES = 12
"""Lines of a list (a release's highlights) that may stand before its dateline, besides those."""
_BULLETS = frozenset("-•*·–")
"""Marks that open the lines of a list."""
_PROSE_END = frozenset(".!?…:;,”\"’'")
"""How a line of prose ends: after one, the article has begun and no dateline follows."""


def extract_dateline(text: str) -> Dateline:
    """Find the dateline at the start of the text (after leading whitespace).

    Page text may open with the headline, a time stamp or a byline, each on a line of its own,
    before the dateline (`Oil prices rise\nLONDON, Dec 4 (Reuters) - ...`): a dateline on one of
    the next lines counts when it names its outlet and no line before it reads as prose, or
    when the line before it is an agency's name (see agency_line).
    """
    start = len(text) - len(text.lstrip())
    found = _dateline_at(text, start)
    if found.place is None and found.source is None and (own := _place_line(text, start)):
        return own
    pos = start
    lines = _HEADING_LINES if found.place is None and found.source is None else 0
    items = _LIST_LINES
    while lines > 0 and items > 0:
        newline = text.find("\n", pos, pos + 300)
        line = text[pos:newline].rstrip()
        listed = line[:1] in _BULLETS or (
            line.endswith(":") and text[newline + 1 : newline + 2] in _BULLETS
        )  # a release's highlights (`Highlights:`, `- Revenue up 8%`) above its dateline
        if newline < 0 or not line or (line[-1] in _PROSE_END and not listed):
            break
        lines -= 0 if listed else 1
        items -= 1 if listed else 0
        first, pos = pos == start, len(text) - len(text[newline:].lstrip())
        later = _dateline_at(text, pos)
        # A place with no outlet counts in capitals below a title line (`Stocks rally\nNEW
        # YORK -- ...`): one in mixed case may open the headline's own text. (A page's time
        # stamp above the dateline is blanked before, as furniture: see furniture.py.)
        if later.source is not None or (later.place is not None and later.place.isupper()):
            return later
        # An agency's name on the first line heads syndicated copy ("Dow Jones Newswires",
        # "Associated Press"): the outlet of the dateline below it, or of a text with none,
        # whose lead begins after it (on a later line it is a sign-off: `Reuter`).
        agency = agency_line(line) if first else None
        if agency is not None:
            if later.place is not None:
                return Dateline(later.place, agency, later.end, later.date)
            return Dateline(None, agency, pos)
    return found


_PLACE_LINE = re.compile(
    r"(?P<place>[A-Z][A-Z’'\-]+(?:[^\S\n]+[A-Z][A-Z’'\-]+){0,2})[^\S\n]*\n\s*(?=[A-Z“\"‘])"
)
"""A place in capitals on a line of its own above the lead, as Anadolu prints it (`ANKARA`)."""
_DATED_LINE = re.compile(rf"{_PLACE}{_REGION}[,.]?[^\S\n]+{_DATE}\.?[^\S\n]*\n\s*(?=[A-Z“\"‘])")
"""A place and a date on a line of their own, as governments' and the UN's releases print them
(`Brussels, 4 December 2025`)."""


def _place_line(text: str, start: int) -> Dateline | None:
    """The dateline of a place alone (or with its date) on the first line, when no label
    (`BREAKING`, `VIDEO`, `Updated`, a weekday) and a line of prose follows that opens with no
    dateline of its own (a headline in capitals above `LONDON (Reuters) - ...` is no place)."""
    m = _PLACE_LINE.match(text, start, start + 60) or _DATED_LINE.match(text, start, start + 80)
    if m is None or any(w.lower() in _HEADINGS for w in m.group("place").split()):
        return None
    end = text.find("\n", m.end())
    lead = text[m.end() : end if end != -1 else len(text)].rstrip().split()
    if (
        len(lead) < 6
        or sum(w.islower() for w in lead) * 2 < len(lead)
        or lead[-1][-1] not in '.!?”"'
    ):
        return None  # not a line of prose
    below = _dateline_at(text, m.end())
    if below.place is not None or below.source is not None:
        return None
    return Dateline(m.group("place"), None, m.end())


_HEADINGS = LABELS | wordset(
    """news top stories headlines latest trending featured markets market business economy
    money finance world nation national international local region politics sport sports
    technology tech science health entertainment culture lifestyle travel weather asia europe
    africa americas monday tuesday wednesday thursday friday saturday sunday published updated
    posted"""
)
"""Words of a page's section headings, which stand in capitals above a lead as a place does."""


_STAFF = re.compile(
    r"(?:[^\S\n]+(?:staff(?:[^\S\n]+(?:reports?|writers?|reporters?))?|writers?|reporters?|"
    r"news(?:[^\S\n]+agency)?|newswires?|wire|service))+$",
    re.I,
)
"""What follows an agency's name in a byline or a credit: `Reuters Staff`, `Bloomberg News`,
`Dow Jones Newswires`."""


def agency_key(words: str) -> str:
    """Words that may name an agency, as vocab.AGENCIES keys them: lower case, without "the"
    and the staff or service words after the name (`The Associated Press`: associated press)."""
    return _STAFF.sub("", words.strip().rstrip(".")).lower().removeprefix("the ")


def agency_line(line: str) -> str | None:
    """The agency a line names and says nothing else (`Dow Jones Newswires`, `The Associated
    Press`, `Reuters`, `Bloomberg News`), as its datelines print it; else None."""
    return AGENCIES.get(agency_key(line))


def _dateline_at(text: str, start: int) -> Dateline:
    """The dateline that opens text[start:], or one with no place or source ending at start."""
    byline = BYLINE.match(text, start, start + 200)
    if byline is not None:
        start = byline.end()
    head = text[start : start + 200]
    m = DATELINE.match(head)
    if (
        m is not None
        and _is_place(m.group("place"))
        and (
            (m.group("space") is None and m.group("colon") is None)
            or (_bare_outlet_ok(m) and _opens_lead(head, m.end()))
        )
    ):
        source = m.group("paren") or m.group("slash") or m.group("spaced") or m.group("caps")
        dated = m.group("date") or m.group("late") or m.group("slashed") or m[0]
        return Dateline(_place(m), source.strip(), start + m.end(), _date(dated))
    m = BARE_DATELINE.match(head)
    if m is not None and all(w.lower() in LABELS for w in m.group("place").split()):
        return Dateline(None, None, start + m.end())  # `EXCLUSIVE - ...`: a label, no place
    if m is not None and _is_place(m.group("place")):
        # `Tehran, IRNA -- ...`: an agency named where a region stands is the source
        agency = agency_line(head[m.end("place") : m.end()].strip(" ,.-—–:"))
        town, _, tail = _place(m).rpartition(". ")
        if town and agency is None and (agency := agency_line(tail)) is not None:
            # `ASTANA. KAZINFORM - ...`: the agency after the place's full stop
            return Dateline(town, agency, start + m.end(), _date(m.group("dated")))
        return Dateline(_place(m), agency, start + m.end(), _date(m.group("dated")))
    m = COLON_DATELINE.match(head)
    if m is not None and _colon_dateline_ok(text, m, start + m.end()):
        agency = agency_line(m.group("state")) if m.group("state") else None
        return Dateline(_place(m), agency, start + m.end())
    m = DATE_ONLY.match(head)
    if m is not None:
        source = (m.group("paren") or m.group("slash") or m.group("spaced")).strip()
        return Dateline(None, source, start + m.end(), _date(m[0]))
    m = OUTLET_ONLY.match(head)
    if m is not None:
        after = extract_dateline(text[start + m.end() : start + 200]) if head[0] == "(" else None
        place = None if after is None or after.source else after.place
        end = start + m.end() + (after.end if place is not None and after is not None else 0)
        return Dateline(place, m.group("paren").strip(), end)
    return Dateline(None, None, start)
