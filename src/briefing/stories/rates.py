"""A central bank's policy rate as its reports give it: the level one decision sets.

Two central banks that raise rates on one day are reported in the same words (the bank, its
governor, basis points, inflation), and their levels are shares, which figures.figures_clash
never compares (41 percent of one thing and of another coincide across unrelated reports).
A policy rate is a share that names its event, though: every report of one decision gives the
level it set, and two banks' decisions set two levels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.extract.words import wordset
from briefing.models import Figure

RATE_CLASH = 0.3
"""Share of a pair's score kept when the two give policy rates and none in common (see
rates_clash). Two central banks' rises of one day, told by one wire in one template, score
0.48 before it: at figures.FIGURE_CLASH's 0.5 they still join, at 0.3 they part (as two names
do: evidence.NAME_CLASH). The eighteenth blind set's two banks part, one day at a time 0.748
-> 0.800 (its day 3 0.571 -> 1.000 pair precision), squashed 0.714 -> 0.759; no other
labelled set, PolNeAR, Google News or the real feeds of ../shared moves."""

_RATE = wordset("rate rates")
_POLICY = wordset(
    "bank base benchmark cash deposit discount interest key lending main overnight policy "
    "refinancing repo"
)
"""Words that make a rate a central bank's ("key rate", "benchmark interest rate", "repo
rate")."""
_OTHER = wordset(
    "annual bill bills bond consumer default exchange growth inflation jobless loan loans "
    "mortgage participation saving savings tax treasury unemployment vacancy yield"
)
"""Words of other rates a report of a decision gives beside it (inflation's, a mortgage's, a
bond's yield, a treasury bill's discount rate), or a tax's or a loan's."""
_WORDS = re.compile(r"[a-z]+")


def policy_rates(figures: Iterable[Figure]) -> frozenset[float]:
    """The levels of a policy rate the figures give ("raised its key rate to 3.5 percent"):
    percentages, not changes, whose context names a rate, a word of a central bank's rate and
    no word of another rate."""
    levels = set()
    for figure in figures:
        if figure.unit != "percent" or figure.change is not None:
            continue
        words = set(_WORDS.findall(figure.context.lower()))
        if words & _RATE and words & _POLICY and not words & _OTHER:
            levels.add(round(figure.value, 6))
    return frozenset(levels)


def rates_clash(ours: frozenset[float], theirs: frozenset[float]) -> bool:
    """Whether two items give policy rates and none in common: two decisions (two banks' of
    one day, or one bank's months apart), whatever else their reports share. One decision's
    reports all give the level it set, and some the level before it too."""
    return bool(theirs) and ours.isdisjoint(theirs)
