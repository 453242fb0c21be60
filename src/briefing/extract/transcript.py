"""Transcripts: a line that opens with its speaker's name in capitals and a colon.

    RAVEL: Will you back the harbour bill?
    BRENNICK: Not in its present form, no.

Each such line is a quote of its speaker, with no quotation marks. A label in capitals is not
always a speaker (BREAKING:, UPDATE:, WATCH:, PHOTO:): a one-word label counts only when the
article names that person elsewhere (Ada Brennick ... BRENNICK:) or the label speaks more than
once, and known labels never do; a label of two or three words, also when another label of
the text speaks more than once (a dialogue, not a listing's headings: "CITY WALKS: Explore").
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.extract.names import split_title
from briefing.extract.vocab import LABELS
from briefing.models import Quote

_LINE = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’-]+(?:[^\S\n]+[A-Z][A-Z.'’-]*){0,2}):[^\S\n]+(?P<words>\S[^\n]*)",
    re.MULTILINE,
)
_WORD = re.compile(r"[A-Za-z]+")
_LISTING = 4
"""Lines in capitals-and-colon form from which, when no label comes twice, a text is a listing."""


def _name_case(label: str) -> str:
    """TOM RAVEL → Tom Ravel, O'BRIEN → O'Brien."""
    return _WORD.sub(lambda w: w.group(0).capitalize(), label)


def _named_in(text: str, surname: str) -> str | None:
    """The fullest form the article writes a surname in (Ada Brennick for BRENNICK), if any."""
    pattern = rf"\b((?:[A-Z][\w.’'-]*\s+){{0,2}})((?i:{re.escape(surname)}))\b(?!:)"
    for m in re.finditer(pattern, text):
        # Written as a name: a capital first, not all capitals (the label itself, another's).
        if m.group(2)[0].isupper() and not m.group(2).isupper():
            name = split_title((m.group(1) + m.group(2)).split())[1]
            return " ".join(name) or None  # Senator Ada Brennick: Ada Brennick
    return None


def _is_label(name: str) -> bool:
    """Whether a line's name in capitals is a label, no speaker (UPDATE:, WATCH:, PHOTO:)."""
    return any(w.lower().strip(".:") in LABELS for w in name.split())


def transcript_quotes(text: str, start: int, taken: list[Quote]) -> list[Quote]:
    """The lines of a transcript after offset start, each a quote of its speaker; lines inside
    a quote already found are left to it."""
    if ":" not in text:
        return []
    lines = [m for m in _LINE.finditer(text, start) if not m.group("name").isdigit()]
    if not lines:
        return []
    speaks = Counter(m.group("name") for m in lines)
    # Where no label speaks twice, the lines are no dialogue: a listing's headings
    # ("CITY WALKS: Explore ...") speak nothing unless the text names them.
    # A speaker named in full first and by surname after (KATE ROE: ... ROE: ...) speaks again.
    surnames = {name for name in speaks if " " not in name}
    dialogue = any(count > 1 for count in speaks.values()) or any(
        name.split()[-1] in surnames for name in speaks if " " in name
    )
    if not dialogue and sum(not _is_label(name) for name in speaks) >= _LISTING:
        # Four headings or more (UPDATE:, WATCH: aside) and none twice: a listing's, each entry
        # naming its own event ("REGATTA: The Pellow Regatta brings ..."), not an exchange.
        return []
    out: list[Quote] = []
    for m in lines:
        label = m.group("name")
        if _is_label(label):
            continue
        words = label.split()
        surname = _name_case(words[-1].strip(".’'"))
        known = _named_in(text, surname)
        # A heading whose last word the text writes as a name of its own ("FAIR IN PELLOW:"
        # in a text that names Pellow) is no speaker's label: that spells the whole name the
        # text gives (TOM RAVEL: for Tom Ravel).
        if (
            known is not None
            and speaks[label] < 2
            and not dialogue
            and len(words) > 1
            and (len(known.split()) < 2 or not set(known.upper().split()) <= set(words))
        ):
            known = None
        if known is None and speaks[label] < 2 and (len(words) == 1 or not dialogue):
            continue  # a lone word in capitals, or a listing's heading: not a speaker
        speaker = known if len(words) == 1 and known else _name_case(label)
        a, b = m.start("words"), m.end("words")
        b = a + len(text[a:b].rstrip())
        if any(q.start < b and a < q.end for q in taken):
            continue
        out.append(Quote(text=text[a:b], speaker=speaker, start=a, end=b))
    return out
