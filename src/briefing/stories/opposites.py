"""Headlines that tell opposite acts of one subject: a rise and a fall of a firm's profit, a
strike's start and its end, a ruling upheld and one overturned, a charge and its verdict, an
incident and its aftermath (see words.ACTS and headlines.acts, which reads a headline's acts).

Outlets tell one event with one act in whatever words; two headlines of one topic told in the
same words but for the act report two of its events (see Evidence.score and story_share).
"""

from __future__ import annotations

from briefing.stories.signals import Doc
from briefing.stories.words import ACT_WORDS, ACTS


def acts_clash(doc: Doc, other: Doc) -> bool:
    """Whether two headlines tell opposite acts (see opposed) of one subject: they share a
    word besides the acts (a firm's profit, the strike, the law, the accused). Without one
    the acts are of two things ("Rangi brings a three-metre surge", "Cabrel cut off as the
    typhoon floods the capital": the sea's surge, an island cut off), which one event has."""
    return (
        bool(doc.acts and other.acts)
        and opposed(doc.acts, other.acts)
        and not (doc.title_tokens & other.title_tokens) <= ACT_WORDS
    )


def opposed(ours: tuple[int, ...], theirs: tuple[int, ...]) -> bool:
    """Whether one headline tells only one side of an act and the other only the other
    (see Doc.acts): a firm's profit that rises and its profit that falls are two
    quarters' results, a court that blocks a law and one that upholds it two rulings.
    Outlets tell one event with one act in whatever words; a headline with both sides
    ("stocks rise as oil falls") opposes nothing. Nor does a rise against a fall where the
    headlines tell another act alike: that act is the event, and what rises or falls beside it
    differs by angle ("Kelland bans unlicensed exchanges; a coin drops 9%" and "Kelland curbs
    may raise costs for traders": one ban, the coin's fall and the traders' costs). The
    eleventh blind set's ban joins its traders' angle (per day 0.981 -> 1.000); nothing else of
    any labelled set, PolNeAR, Google News or the real feeds changes."""
    pairs = list(zip(ours, theirs, strict=True))
    alike = any(side and side == their for side, their in pairs)
    return any(
        side and side == -their and not (n == _RISE_FALL and alike)
        for n, (side, their) in enumerate(pairs)
    )


_RISE_FALL = next(n for n, (up, _) in enumerate(ACTS) if "rise" in up)
"""The pair of ACTS that tells a rise and a fall."""
