"""What two items repeat of each other word for word: a whole text (a syndicated copy) or a
quote, matched loosely enough for an outlet's small edits."""

from __future__ import annotations

import difflib

from briefing.stories.signals import Doc


def quotes_match(a: str, b: str) -> bool:
    """Whether two normalised quotes are the same words (fuzzily, or one inside the other)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 20 and short in long_:
        return True
    # ratio() >= 0.9 needs lengths within about 20% of each other; the cheap upper
    # bounds rule most pairs out before the quadratic comparison.
    if 2 * len(short) < 0.9 * (len(short) + len(long_)):
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


def is_copy(a: Doc, b: Doc) -> bool:
    """Whether one article is a near-verbatim copy of the other."""
    ours, theirs = a.shingles, b.shingles
    # Most pairs share no five-word run: isdisjoint() says so without making the intersection.
    if len(ours) < 8 or len(theirs) < 8 or ours.isdisjoint(theirs):
        return False
    return len(ours & theirs) / min(len(ours), len(theirs)) >= 0.6
