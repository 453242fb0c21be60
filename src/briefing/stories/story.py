"""A growing story of the clustering, and the share of an item's score with it that the
story's dates and acts leave: a story whose reports date it to another day, or whose
headlines tell the opposite act (a founder charged, then found guilty), is another event of
its topic, though the members the item pairs with best say neither.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.stories.dates import DATE_CLASH, FILED_APART, days_apart, weekday_share
from briefing.stories.evidence import ACTION_CLASH, WEEKDAY_WITHIN
from briefing.stories.opposites import acts_clash
from briefing.stories.signals import Doc


@dataclass
class Cluster:
    """A growing story: its members in the order they joined, with the reasons."""

    founder: int
    members: list[int] = field(default_factory=list)
    why: list[str] = field(default_factory=list)
    reports: list[int] = field(default_factory=list)
    """Its members but the thin ones (see thin.py) and those placed aside (see take): the items
    new ones are judged against."""
    cohesion: float = 0.0
    """Sum of the pair scores over every ordered pair of members, each with itself (1)."""
    weekdays: dict[str, float] = field(default_factory=dict)
    """Day of the week its members' leads give (see Doc.weekdays) → the latest such
    member's publication time."""
    filed: set[int] = field(default_factory=set)
    """The days of the year its members' datelines file them on (see Doc.filed)."""

    def take(
        self, doc: Doc, support: float, reason: str | None = None, aside: bool = False
    ) -> None:
        """Add an item, with `support` its summed pair scores with the reports: a report's
        days, dateline and scores count for the story; a thin item, and an article placed
        `aside` (by the words the story holds, see briefs.py), are shown with it only.
        `reason`: why it joined, shown with its outlet (none for the founder): the reasons are
        read beside the members after the founder (see build.StoryIndex._merge), so both are
        added here, together."""
        if reason is not None:
            self.why.append(f"{doc.item.feed}: {reason}")
        self.members.append(doc.index)
        if doc.thin or aside:
            return
        self.reports.append(doc.index)
        for day in doc.weekdays:
            self.weekdays[day] = doc.timestamp
        if doc.filed is not None:
            self.filed.add(doc.filed)
        self.cohesion += 1.0 + 2.0 * support

    def empty(self) -> None:
        """Give up its one member, taken into another story (see Clusterer._adopt and
        thin.Waiting)."""
        self.members.clear()
        self.reports.clear()
        self.weekdays.clear()
        self.filed.clear()


def story_share(doc: Doc, cluster: Cluster, docs: list[Doc]) -> float:
    """The share of the item's score with a story that its dates and acts leave (`docs`:
    the items clustered so far, by index)."""
    return _day_share(doc, cluster) * _act_share(doc, cluster, docs)


def _act_share(doc: Doc, cluster: Cluster, docs: list[Doc]) -> float:
    """ACTION_CLASH when a member's headline tells the act opposite to the item's."""
    if not doc.acts:
        return 1.0
    for member in cluster.reports:
        if acts_clash(doc, docs[member]):
            return ACTION_CLASH
    return 1.0


def _day_share(doc: Doc, cluster: Cluster) -> float:
    """DATE_CLASH when the story's datelines all file on dates FILED_APART from the
    item's; else dates.weekday_share when its recent reports give only other days of the
    week than the item, unless the item is filed on a day none of them is."""
    filed = doc.filed
    # A story whose datelines all file on days the item names as another's (see Doc.dated).
    if doc.dated and cluster.filed and cluster.filed <= doc.dated:
        return DATE_CLASH
    if filed is not None and cluster.filed:
        if all(days_apart(filed, day) > FILED_APART for day in cluster.filed):
            return DATE_CLASH
        if filed not in cluster.filed:
            return 1.0
    if not doc.weekdays:
        return 1.0
    recent = [
        day for day, when in cluster.weekdays.items() if abs(doc.timestamp - when) <= WEEKDAY_WITHIN
    ]
    # As for a pair (Evidence.score): an item that tells the story's day too, a fire's
    # second day after its first, is a report of the story.
    if not recent or not doc.weekdays.isdisjoint(recent) or not doc.days_told.isdisjoint(recent):
        return 1.0
    return weekday_share(doc.weekdays, frozenset(recent))
