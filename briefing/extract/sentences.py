"""Paragraph and sentence spans that survive abbreviations, initials, decimals and quotes."""

from __future__ import annotations

import re

from briefing.extract.words import wordset

Span = tuple[int, int]

ABBREVIATIONS = wordset(
    """mr mrs ms dr st mt ft no nos vs etc gen col lt sgt capt maj sen rep gov prof jr sr inc corp
    co ltd bros jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd rev
    fig pp vol op hon gov't messrs cf al"""
)
"""Words that take a full stop without ending a sentence (compared lower-cased)."""

TITLE_ABBREVIATIONS = wordset("mr mrs ms dr st mt prof gen col lt sgt capt maj sen rep gov")
"""Abbreviations that always precede a name, so never end a sentence."""

ACRONYM_FOLLOWERS = wordset(
    """president presidents secretary treasury senator senators ambassador army navy air department
    state states congress senate house federal embassy government administration envoy trade
    representative dollar dollars central command forces force supreme court attorney vice national
    officials official military sanctions troops economy market markets bank banks company
    companies special defense defence intelligence authorities"""
)
"""Capitalised words that usually continue a phrase after U.S., U.K., U.N. rather than start one."""

SPEECH_AFTER = re.compile(
    r"\s*(?:[A-Z][\w’'\-.]*\s+){0,4}?(?:said|says|asked|asks|added|told|wrote|replied|"
    r"shouted|exclaimed|wondered|recalled)\b|\s*(?:he|she|they|it|we|I)\s+\w+ed\b"
)
"""Attribution after a quoted question or exclamation keeps the sentence going."""

_WORD = re.compile(r"[\w’'\-]+")
_END = re.compile(r"[.!?…][.!?…]*[”’\"»)\]]*")
"""Sentence-ending marks and the closing quotes or brackets after them.

Written [.!?…][.!?…]* rather than [.!?…]+: re skips ahead to a pattern's first character only
when the pattern opens with a character class, not with a repeat (three times faster).
"""
_OPENERS = "“‘\"«(['„"
_WORD_BEFORE = re.compile(r"([\w’'.\-]+)$")


def paragraphs(text: str) -> list[Span]:
    """Spans of the non-blank lines of the text, stripped of surrounding whitespace."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped:
            start = pos + len(line) - len(stripped)
            spans.append((start, start + len(stripped.rstrip())))
        pos += len(line) + 1
    return spans


def _ends_sentence(text: str, stop: int, mark_end: int, para_end: int) -> bool:
    """Whether the terminator text[stop:mark_end] ends a sentence."""
    nxt = mark_end
    if nxt >= para_end:
        return True
    if not text[nxt].isspace():
        return False
    while nxt < para_end and text[nxt].isspace():
        nxt += 1
    if nxt >= para_end:
        return True
    first = text[nxt]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    marks = text[stop:mark_end]
    closed_by_quote = marks[-1] in '”’"»'
    if ("?" in marks or "!" in marks) and closed_by_quote:
        # “Who pays?” the minister asked: the attribution belongs to the same sentence.
        return SPEECH_AFTER.match(text, mark_end, min(para_end, mark_end + 80)) is None
    if marks[0] != "." or closed_by_quote or len(marks.rstrip(")]")) > 1:
        return True
    m = _WORD_BEFORE.search(text, max(0, stop - 40), stop)
    if m is None:
        return True
    word = m.group(1)
    low = word.lower().strip("’'")
    if low in TITLE_ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        # An initial (J. Smith); a lone capital letter ending a sentence is rarer.
        return False
    if "." in word:
        # A dotted acronym (U.S.) ends a sentence unless the next word continues its phrase.
        following = _WORD.match(text, nxt, nxt + 40)
        if word.replace(".", "").isupper() and following is not None:
            return following.group(0).lower() not in ACRONYM_FOLLOWERS
        return True
    if low in ABBREVIATIONS:
        return not (first.isdigit() or low in {"inc", "corp", "co", "ltd", "etc", "jr", "sr"})
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of text[start:end], taken paragraph by paragraph."""
    stop_at = len(text) if end is None else end
    spans: list[Span] = []
    for p_start, p_end in paragraphs(text):
        if p_end <= start or p_start >= stop_at:
            continue
        p_start, p_end = max(p_start, start), min(p_end, stop_at)
        while p_start < p_end and text[p_start].isspace():
            p_start += 1
        s = p_start
        for m in _END.finditer(text, p_start, p_end):
            if _ends_sentence(text, m.start(), m.end(), p_end):
                if m.end() > s:
                    spans.append((s, m.end()))
                s = m.end()
                while s < p_end and text[s].isspace():
                    s += 1
        if s < p_end:
            spans.append((s, p_end))
    return spans
