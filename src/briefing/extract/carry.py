"""Speakers carried to a quote that credits nobody: from a quote beside it, the paragraph
before, the sentence before, or a credit line after it.

attribution.py calls these once a quote's own sentence named no speaker.
"""

from __future__ import annotations

from typing import Protocol

from briefing.extract.cue_patterns import CREDIT, SPEECH_ANY
from briefing.extract.quotes import QuoteSpan
from briefing.extract.speakers import Entity, Registry, resolve
from briefing.extract.subjects import subject


class Reader(Protocol):
    """What these readers need of attribution.py's article reader."""

    masked: str
    sentences: list[tuple[int, int]]
    reg: Registry

    def sentence_of(self, pos: int) -> int: ...

    def paragraph(self, index: int) -> tuple[int, int] | None: ...


Results = list[tuple[QuoteSpan, Entity | None, bool]]
"""Each quote with the entity its own sentence credits and whether a verb attributed it."""


def continued(
    r: Reader,
    results: Results,
    final: list[Entity | None],
    i: int,
) -> Entity | None:
    """The speaker of the paragraph before, for a paragraph that opens with a quote; or the
    subject of the sentence before, for a quote opening its sentence."""
    q = results[i][0]
    k = r.sentence_of(q.open_mark)
    if k < 1 or r.sentences[k][0] != q.open_mark:
        return None
    para = r.paragraph(q.paragraph)
    opens_paragraph = para is not None and q.open_mark == para[0]
    for j in range(i - 1, max(-1, i - 20), -1):
        p = results[j][0]
        if p.paragraph == q.paragraph or not opens_paragraph:
            break
        if p.paragraph != q.paragraph - 1:
            break
        if final[j] is not None:
            return final[j]
    # The sentence before quotes nobody but reports speech (Lee was quick to add that ...,
    # Lee said in a statement.) or, ending its paragraph, has a person for its subject
    # (Lee defended her record. ¶ “...”).
    s, e = r.sentences[k - 1]
    before = r.paragraph(q.paragraph - 1) if opens_paragraph else para
    if before is None or s < before[0]:
        return None
    speech = SPEECH_ANY.search(r.masked, s, e) is not None
    if not speech and not opens_paragraph:
        return None
    found = subject(r.masked, s, e)
    if found is None:
        return None
    entity = resolve(r.reg, found[0], found[1], k - 1, speaking=speech)
    return entity if speech or (entity is not None and entity.kind == "person") else None


def credit_line(r: Reader, results: Results, i: int) -> Entity | None:
    """The name on a short line after a quote's paragraph (— Ann Lee, Acme Institute.)."""
    index = results[i][0].paragraph
    for j in range(i + 1, min(len(results), i + 20)):
        if results[j][0].paragraph > index + 1:
            break
        if results[j][0].paragraph == index + 1:
            return None  # the next paragraph quotes too: no credit line
    para = r.paragraph(index + 1)
    if para is None:
        return None
    line = r.masked[para[0] : para[1]]
    m = CREDIT.match(line)
    if m is None:
        return None
    return resolve(r.reg, m.group("np"), para[0] + m.start("np"), r.sentence_of(para[0]))


def neighbour(results: Results, i: int) -> Entity | None:
    """The speaker of a quote beside this one in its paragraph (or run on from it)."""
    q = results[i][0]
    for j in range(i - 1, max(-1, i - 20), -1):
        p = results[j][0]
        if p.paragraph != q.paragraph:
            break
        if results[j][1] is not None:
            return results[j][1]
    for j in range(i + 1, min(len(results), i + 20)):
        p = results[j][0]
        runs_on = results[j - 1][0].close_mark is None
        if p.paragraph != q.paragraph and not (
            runs_on and p.paragraph == results[j - 1][0].paragraph + 1
        ):
            break
        if results[j][1] is not None:
            return results[j][1]
    return None
