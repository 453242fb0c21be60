"""The outlet a story names at its end: a sign-off (`Reuter`), a credit line, a desk line.

Wire copy whose dateline names no outlet often names it in its last lines instead: Reuters copy
of the 1980s signs off `Reuter` on a line of its own, later Reuters copy closes with
`(Reporting by ...; Editing by ...)`, AP copy with `— The Associated Press` or
`Associated Press writer ... contributed to this report`. The name returned is the one the
service prints in its own datelines (`Reuters`, `AP`, `AFP`), so a story gets the same source
whether its outlet is read from the head or from the foot.

Only the last few paragraphs are read, and only whole-line forms count: a story that merely
mentions Reuters or the AP in its text is not signed by them.
"""

from __future__ import annotations

import re

from briefing.extract.dateline import BYLINE, agency_key
from briefing.extract.vocab import AGENCIES

_LAST_LINES = 3
"""Sign-offs sit on the last line; a credit or desk line may be followed by one or two more."""

_TAIL_CHARS = 1_200
"""How much of the end of a story is read (three short lines with room to spare)."""


_BARE = re.compile(
    r"(?:[—–\-]{0,2}|==)[^\S\n]*(?:©[^\S\n]*)?(?P<mark>[(/])?(?P<name>[A-Za-z][A-Za-z .\-]{1,30}?)"
    r"(?(mark)[)/])[^\S\n]*[.…]{0,3}"
)
"""A line that is only an outlet's name, maybe after a dash, Kyodo's `==` or a copyright sign, or
in brackets or between slashes as a credit (`(AFP)`, `/Xinhua/`, `==Kyodo`)."""

_CREDITS = (
    (
        " by",
        re.compile(
            r"\(?(?:additional )?(?:reporting|writing|compiled) by\b[^\n]*;[^\n]*editing by\b", re.I
        ),
        "Reuters",
    ),
    (" by", re.compile(r"\((?:reporting|writing) by\b[^\n]*\)$", re.I), "Reuters"),
    (
        "ated pr",
        re.compile(r"(?:the )?associated press (?:writers?|reporters?)\b[^\n]*contributed", re.I),
        "AP",
    ),
    ("contr", re.compile(r"^ap (?:writers?|reporters?)\b[^\n]*contributed", re.I), "AP"),
    (
        "ated pr",
        re.compile(
            r"^(?:©[^\S\n]*|copyright[^\S\n]+){1,2}(?:\d{4},?[^\S\n]*)?the associated press\b",
            re.I,
        ),
        "AP",
    ),
    ("reuter", re.compile(r"^(?:©|copyright)[^\n]{0,24}\breuters\b", re.I), "Reuters"),
    ("pti", re.compile(r"^PTI(?:[^\S\n]+[A-Z]{2,4}){1,4}$"), "PTI"),
    ("enditem", re.compile(r"\bEnditem\b[^\S\n]*$", re.I), "Xinhua"),
    ("dpa", re.compile(r"(?:^|[.!?”\"’][^\S\n]+)dpa(?:[^\S\n]+[a-z]{2,3}){0,3}[^\S\n]*$"), "dpa"),
)
"""Credit lines that name their service only by their form: Reuters' `(Reporting by ...;
Editing by ...)`, AP's `Associated Press writer X contributed to this report`, the copyright
lines of both (`© 2025 Thomson Reuters`), PTI's desk line (`PTI AB CD`) and dpa's name in
lower case after the last sentence (`... on Monday. dpa`, `dpa ab cd`); see also
_INPUTS and _AFTER_LAST. Each comes with a
piece of it the lower-cased line must hold: a case-insensitive search tries every offset of
the line, several times slower than `in` (the pieces of the case-insensitive patterns hold no
letter that re.IGNORECASE matches to another, like s to ſ)."""


_AFTER_LAST = re.compile(
    r"[.!?”\"’'][^\S\n]*(?:\((?P<paren>[A-Za-z][A-Za-z .\-]{1,50})\)|[—–\-]{1,2}[^\S\n]*"
    r"(?P<dash>[A-Za-z][A-Za-z .\-]{1,50}?))[^\S\n]*$"
)
"""An outlet named after the last sentence on its line, as Indian agencies credit their copy
(`... brokers said. (ANI)`, `... on Friday. -- IANS`)."""
_INPUTS = re.compile(
    r"^(?:[—–\-]{1,2}[^\S\n]*)?\(?(?:with (?:additional )?(?:inputs|files|reporting) from|source:"
    r"|this (?:report|story|article) by)"
    r"[^\S\n]+(?:the )?(?P<name>[A-Za-z][A-Za-z .\-]{1,30}?)"
    r"(?:,| and [^\n]*| was first published\b[^\n]*)?\)?\.?$",
    re.I,
)
"""A credit line for agency copy: Indian papers' `(With inputs from PTI)`, Canadian papers'
`— With files from The Canadian Press`, `Source: Xinhua`, and the Canadian Press's own last
line (`This report by The Canadian Press was first published Dec. 4, 2026.`)."""


_WITH_INPUTS = re.compile(r"^with (?:additional )?(?:inputs|files|reporting) from (?:the )?")


def extract_signoff(text: str) -> str | None:
    """The outlet named by the story's sign-off or credit line, or None.

    Args:
        text: the whole article, one paragraph per line.

    Returns:
        The outlet's usual short name (`Reuters` for a `Reuter` sign-off), or None.
    """
    tail = text[-_TAIL_CHARS:].rstrip()
    lines = [line.strip() for line in tail.split("\n")[-_LAST_LINES:]]
    for position, line in enumerate(reversed(lines)):
        if not line:
            continue
        m = _BARE.fullmatch(line)
        if m is not None:
            name = AGENCIES.get(m.group("name").lower())
            if name is not None:
                return name
        low = line.lower()
        if ("from" in low or "source:" in low or " by " in low) and (m := _INPUTS.match(line)):
            name = AGENCIES.get(m.group("name").lower())
            if name is not None:
                return name
        if position == 0 and (m := _AFTER_LAST.search(line)) is not None:
            credit = (m.group("paren") or m.group("dash")).strip().lower()
            name = AGENCIES.get(
                _WITH_INPUTS.sub("", credit)
            )  # ... on Tuesday. (With inputs from PTI)
            if name is not None:
                return name
        for piece, pattern, name in _CREDITS:
            if piece in low and pattern.search(line) is not None:
                return name
    return None


_BYLINE_PARTS = re.compile(r"[^\S\n]*(?:,|\band\b|\||/)[^\S\n]*", re.I)


def byline_agency(text: str) -> str | None:
    """The agency a first-line byline names (`By The Associated Press`, `By Reuters Staff`,
    `By Jane Roe and John Doe Associated Press`), or None for a byline of people only.

    A short name counts only as the whole of a byline's part (`By AP`, not `By John Ani`); a
    name of two words or more, or of five letters or more, also at the end of one."""
    start = len(text) - len(text.lstrip())
    m = BYLINE.match(text, start, start + 200)  # the byline the dateline reader skips
    if m is None:
        return None
    for part in _BYLINE_PARTS.split(m.group(0).strip().removeprefix("By").strip()):
        low = agency_key(part)
        if low in AGENCIES:
            return AGENCIES[low]
        for name, outlet in AGENCIES.items():
            if (" " in name or len(name) >= 5) and low.endswith(" " + name):
                return outlet
    return None
