"""Value types shared by every layer: feeds, items, summaries, stories, briefings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Literal

FeedState = Literal["new", "ok", "error", "gone"]
"""Health of a feed after its last refresh."""


@dataclass(frozen=True)
class Feed:
    """A configured feed."""

    name: str
    """Display name, unique in the config; items refer to their feed by it."""
    url: str
    """Where the feed is fetched from (http/https)."""
    tags: tuple[str, ...] = ()
    """Sections the feed's stories are filed under."""
    fulltext: bool = False
    """Fetch the article page when the feed carries only an excerpt."""
    weight: float = 1.0
    """Ranking weight of the feed's stories (1.0 is neutral)."""
    min_interval_minutes: int = 0
    """Never fetch this feed more often than this."""


@dataclass(frozen=True)
class Item:
    """One entry of a feed, cleaned and normalised."""

    feed: str
    """Name of the feed it came from."""
    guid: str
    """The id exactly as the feed published it (RSS guid, Atom id, JSON Feed id), else the link."""
    key: str
    """Stable identity inside one feed: guid, else canonical link, else a content hash."""
    title: str
    link: str | None
    """Absolute http(s) link to the article, or None when the feed gave no safe one."""
    published: datetime
    """Publication time in UTC (first-seen time when the feed gave none)."""
    text: str
    """Article text as plain paragraphs separated by newlines."""
    author: str | None = None
    is_excerpt: bool = False
    """True when the feed carried only a summary, not the article's content."""


@dataclass(frozen=True)
class Quote:
    """A direct quote found in an article, with its span in the summarised text."""

    text: str
    """Exactly the characters between the quotation marks."""
    speaker: str | None
    """Who said it, resolved to a full name where the article gives one."""
    start: int
    end: int


@dataclass(frozen=True)
class Figure:
    """A number that measures something, with what it measures."""

    text: str
    """The exact slice of the article holding the number (and its unit, qualifier)."""
    value: float
    """Normalised value: multipliers applied, sign for decreases."""
    unit: str
    """ISO currency code, `percent`, `count`, `tonnes`, ... (see extract/units.py)."""
    context: str
    """A short phrase saying what the figure measures."""
    start: int
    end: int
    qualifier: str | None = None
    """"more than", "about", "nearly" ... as written, when present."""
    change: str | None = None
    """"up" or "down" when the figure is the size of a change (rose 5%, fell 2.5%), else None.

    A decrease also has a negative value; a level reached by a change (fell to 5%) has none.
    """


def shown_lead(title: str, lead: str) -> str:
    """The lead worth showing under a headline: none when an item carried only its title, so
    the lead is the headline again, with or without the outlet an aggregator puts after it
    ("Fed raises rates - The Associated Press" over "Fed raises rates The Associated Press")."""
    ours, theirs = _WORDS.findall(lead.casefold()), _WORDS.findall(title.casefold())
    return "" if ours and ours == theirs[: len(ours)] else lead


_WORDS = re.compile(r"[^\W_]+")


def figure_label(figure: Figure) -> str:
    """A figure as a reader should see it: with its direction when it is the size of a
    change ("fell 3.2%" is "down 3.2%", never a bare "3.2%"), else as the copy wrote it."""
    text = figure.text
    if figure.change is None or text[:1] in "-−+" or text.lower().startswith(_DIRECTIONS):
        return text
    return f"{figure.change} {text}"


_DIRECTIONS = ("up ", "down ", "minus ", "plus ")


def figure_line(figure: Figure) -> str:
    """ "about 60 grain wagons — stranded": a figure and what it measures, the context's
    opening words left out where they only repeat the figure's own noun (the JSON keeps the
    whole context, which says what is counted on its own)."""
    label = figure_label(figure)
    said = figure.context.split()
    own = [w.casefold() for w in figure.text.split()]
    for n in range(min(len(said), len(own)), 0, -1):
        if [w.rstrip(",").casefold() for w in said[:n]] == own[-n:]:
            said = said[n:]
            break
    context = " ".join(said).lstrip(", ")
    return f"{label} — {context}" if context else label


def shown_figures(figures: Iterable[Figure]) -> list[Figure]:
    """The figures a reader sees: a range (2-1, 20-30 cm) is two figures with one text, and
    several outlets give the same figure; each is shown once, as the copy wrote it."""
    seen: set[object] = set()
    out: list[Figure] = []
    for figure in figures:
        text = (" ".join(figure.text.split()).casefold(), figure.context.casefold())
        value = (figure.unit, round(figure.value, 6), figure.change)
        if text not in seen and value not in seen:
            out.append(figure)
        seen.update((text, value))  # 88-61 after "88 votes" and "61": both ends already shown
    return out


INTERRUPTION = 40
"""Characters at most between the parts of one quote that its attribution interrupts
(`," he added, "`, `," said the mayor of Marrowgate, "`)."""


def shown_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    """The quotes a reader sees: one that its attribution interrupts ("The snow will stop,"
    he added, "but the cold will stay") is one quote, its parts joined by an ellipsis, as an
    editor would print it. The second part goes on the sentence (it opens in lower case),
    the speaker is the same and only a short attribution lies between. The summary and its
    JSON keep the parts as the copy marks them."""
    out: list[Quote] = []
    for quote in quotes:
        rest = quote.text.strip()
        if out:
            last = out[-1]
            if (
                last.speaker is not None
                and quote.speaker == last.speaker
                and 0 < quote.start - last.end <= INTERRUPTION
                and rest[:1].islower()
            ):
                head = last.text.strip().rstrip(",;:")
                out[-1] = replace(last, text=f"{head} … {rest}", end=quote.end)
                continue
        out.append(quote)
    return out


@dataclass(frozen=True)
class Summary:
    """What the summarizer reads from one article."""

    dateline: str | None
    source: str | None
    lead: str
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class SourceRef:
    """One outlet's report within a story."""

    feed: str
    title: str
    link: str | None
    published: datetime


@dataclass(frozen=True)
class Story:
    """One event as told by one or more outlets."""

    id: str
    """Stable id of the story (the key of its first item)."""
    title: str
    lead: str
    dateline: str | None
    source: str | None
    """Outlet named in the dateline of the lead's article."""
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]
    items: tuple[Item, ...]
    """Every item of the story, best source first."""
    tags: tuple[str, ...] = ()
    disagreements: tuple[str, ...] = ()
    """Human-readable notes where outlets give different values for one measure."""
    why: tuple[str, ...] = ()
    """For each item after the first, why it joined (shared words, quotes, a copy)."""
    outlets: int = 1
    """Independent outlets carrying the story (a syndicated copy counts for its original)."""
    quote_sources: tuple[tuple[str, ...], ...] = ()
    """Feeds that carry each quote, parallel to `quotes` (empty when not merged)."""
    figure_sources: tuple[tuple[str, ...], ...] = ()
    """Feeds that give each figure, parallel to `figures` (empty when not merged)."""

    @property
    def published(self) -> datetime:
        """Time of the story's latest item."""
        return max(item.published for item in self.items)

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return tuple(
            SourceRef(feed=i.feed, title=i.title, link=i.link, published=i.published)
            for i in self.items
        )


@dataclass(frozen=True)
class FeedStatus:
    """A feed's health as the store knows it."""

    name: str
    url: str
    status: FeedState
    error: str | None
    items: int
    last_fetched: datetime | None
    consecutive_failures: int = 0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Briefing:
    """One day's stories and the state of the feeds they came from."""

    date: date
    generated_at: datetime
    stories: tuple[Story, ...]
    feeds: tuple[FeedStatus, ...] = field(default=())


Outcome = Literal["updated", "unchanged", "error", "gone", "skipped"]


@dataclass(frozen=True)
class FeedOutcome:
    """What a refresh did with one feed."""

    name: str
    outcome: Outcome
    new: int = 0
    updated: int = 0
    error: str | None = None
    note: str | None = None
    """Extra information: a permanent move, why a feed was skipped."""
    title: str | None = None
    """The feed's own title, as its document gave it (cleaned at the door) when parsed."""


@dataclass(frozen=True)
class RefreshReport:
    """The outcome of a refresh, feed by feed, in completion order."""

    outcomes: tuple[FeedOutcome, ...]
    pages_read: int = 0
    """Article pages read for items whose feed carries only a teaser (briefing.pages.fulltext)."""
    pages_failed: int = 0
    """Pages that could not be read: their items keep the teaser and are retried later."""
    pages_left: int = 0
    """Pages due but beyond this refresh's bound, left for the next one."""

    @property
    def failed(self) -> tuple[FeedOutcome, ...]:
        return tuple(o for o in self.outcomes if o.outcome in ("error", "gone"))

    @property
    def fetched(self) -> tuple[FeedOutcome, ...]:
        return tuple(o for o in self.outcomes if o.outcome != "skipped")

    @property
    def new_items(self) -> int:
        return sum(o.new for o in self.outcomes)


@dataclass(frozen=True)
class MovedFigure:
    """A figure of a measure already shown whose value moved ("deaths 12 → 19")."""

    before: str
    """The figure's text as it was shown."""
    before_value: float
    figure: Figure
    """The figure as the story gives it now."""


@dataclass(frozen=True)
class Changes:
    """How a story grew since a front end last showed it (see briefing.changes)."""

    new_outlets: tuple[str, ...] = ()
    moved_figures: tuple[MovedFigure, ...] = ()
    new_figures: tuple[Figure, ...] = ()
    new_quotes: tuple[Quote, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.new_outlets or self.moved_figures or self.new_figures or self.new_quotes)


@dataclass(frozen=True)
class DigestEntry:
    """A story in a digest: new, or updated with sources that joined since it was sent."""

    story: Story
    kind: Literal["new", "updated"]
    new_items: tuple[Item, ...]
    changes: Changes | None = None
    """What grew since the digest last sent the story (None: never sent, or not recorded)."""


@dataclass(frozen=True)
class Digest:
    """What a cron digest reports."""

    since: datetime
    generated_at: datetime
    entries: tuple[DigestEntry, ...]
    failing: tuple[FeedStatus, ...]


ProgressCallback = Callable[[FeedOutcome, int, int], None]
"""Called after each feed with its outcome, the number done and the total."""
