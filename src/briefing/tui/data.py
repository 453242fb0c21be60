"""The TUI's window on the store: a day's briefing with item ids, read state and summaries.

Every method that touches SQLite from a worker thread opens its own connection
(the store is in WAL mode, so a cron refresh, a digest and the TUI share it);
the main thread keeps one connection for the quick writes and lookups.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from briefing.config import Config
from briefing.models import Briefing, Changes, FeedStatus, Item, Story, Summary
from briefing.paths import store_path
from briefing.store.database import Store, open_store
from briefing.store.queries import (
    StoredItem,
    items_between,
    items_by_id,
    latest_published,
    search,
    set_read,
)
from briefing.tui.inert import inert, inert_briefing, inert_feed, inert_summary
from briefing.tui.snippet import snippet

if TYPE_CHECKING:
    from briefing.models import ProgressCallback, RefreshReport
    from briefing.store.quotes import ArchivedQuote

Clock = Callable[[], datetime]
"""Gives the current time (a fixed one in tests)."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class DayView:
    """One day as the TUI shows it: the briefing plus what the store knows of its items."""

    briefing: Briefing
    item_ids: dict[tuple[str, str], int]
    """Store id of each item by (feed, key)."""
    read: dict[int, bool]
    """Read state by store id; updated in place when the reader marks items."""
    summaries: dict[int, Summary] = field(default_factory=dict)
    """Each item's own summary (its quote and figure spans index its text)."""
    stamp: str | None = None
    """The store's last refresh when this was loaded (a change means reload)."""
    latest: date | None = None
    """When the day has no stories: the day of the newest stored item (None: none stored)."""
    changes: dict[str, Changes] = field(default_factory=dict)
    """What grew in each story since the reader last opened it (only stories that grew)."""

    @property
    def day(self) -> date:
        return self.briefing.date

    def item_id(self, item: Item) -> int | None:
        return self.item_ids.get((item.feed, item.key))

    def story_item_ids(self, story: Story) -> list[int]:
        """Store ids of the story's items, in the story's order."""
        found = (self.item_id(item) for item in story.items)
        return [i for i in found if i is not None]

    def is_updated(self, story: Story) -> bool:
        """The reader opened the story before and it grew since (see briefing.changes)."""
        return story.id in self.changes

    def is_unread(self, story: Story) -> bool:
        """A story is unread while any of its items is."""
        return any(not self.read.get(i, False) for i in self.story_item_ids(story))

    def story_of_item(self, item_id: int) -> Story | None:
        for story in self.briefing.stories:
            if item_id in self.story_item_ids(story):
                return story
        return None

    def story(self, story_id: str) -> Story | None:
        for story in self.briefing.stories:
            if story.id == story_id:
                return story
        return None

    @classmethod
    def from_stored(
        cls, briefing: Briefing, stored: Sequence[StoredItem], summaries: dict[int, Summary]
    ) -> DayView:
        """The view of a built briefing; every string from a feed is made inert here."""
        return cls(
            briefing=inert_briefing(briefing),
            item_ids={(inert(s.item.feed), s.item.key): s.id for s in stored},
            read={s.id: s.read for s in stored},
            summaries={i: inert_summary(s) for i, s in summaries.items()},
        )


DayLoader = Callable[[Config, Store, date, datetime], DayView]
"""Builds a DayView from a store; tests hand the app one built on fixed data."""


def load_day(config: Config, store: Store, day: date, now: datetime) -> DayView:
    """The day's briefing from the shared pipeline, with ids, read state and summaries."""
    from briefing import pipeline

    briefing = pipeline.build_briefing(config, store, day, now=now)
    start, end = pipeline.day_bounds(day)
    stored = items_between(store, start, end, [feed.name for feed in config.feeds])
    return DayView.from_stored(briefing, stored, pipeline.summaries_for(store, stored))


@dataclass(frozen=True)
class SearchHit:
    """An item found by full-text search."""

    id: int
    feed: str
    title: str
    published: datetime
    snippet: str = ""
    """The words of the item's text around the first match (see tui/snippet.py)."""
    marks: tuple[tuple[int, int], ...] = ()
    """Spans of the query's words in `snippet`."""


class Library:
    """Opens the store named by the config and does the TUI's reads and writes."""

    def __init__(
        self, config: Config, *, loader: DayLoader = load_day, clock: Clock = _utc_now
    ) -> None:
        self.config = config
        self.loader = loader
        self.clock = clock
        self.path = store_path(config.data_dir)
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        """The main thread's connection, opened on first use."""
        if self._store is None:
            self._store = open_store(self.path)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def prepare(self) -> None:
        """Create the store; the demo gets its first (offline) refresh like the CLI's.

        Call from a worker thread: it opens its own connection.
        """
        with open_store(self.path) as store:
            store.sync_feeds(self.config.feeds)
            if self.config.demo and store.get_meta("last_refresh") is None:
                from briefing.pipeline import refresh, shift_demo_items

                now = self.clock()
                refresh(self.config, store, now=now)
                shift_demo_items(store, now)

    def load(self, day: date) -> DayView:
        """Build a day (call from a worker thread: it opens its own connection)."""
        with open_store(self.path) as store:
            stamp = store.get_meta("last_refresh")
            view = self.loader(self.config, store, day, self.clock())
            if not view.briefing.stories:
                view.latest = self._latest_day(store)
            view.changes = self._changes(store, view.briefing.stories)
        view.stamp = stamp
        return view

    @staticmethod
    def _changes(store: Store, stories: Sequence[Story]) -> dict[str, Changes]:
        """What grew in the stories the reader opened before (the app's mark is the reader's)."""
        from briefing.pipeline import story_changes

        return {k: c for k, c in story_changes(store, "app", stories).items() if c}

    def mark_seen(self, story: Story) -> None:
        """Remember what the reader saw of `story` as they opened it."""
        from briefing.pipeline import mark_seen

        mark_seen(self.store, "app", [story], now=self.clock())

    def latest_day(self) -> date | None:
        """The day of the newest stored item of the configured feeds (None: nothing stored)."""
        return self._latest_day(self.store)

    def _latest_day(self, store: Store) -> date | None:
        # A briefing's day is the UTC date of publication (pipeline.day_bounds).
        newest = latest_published(store, [feed.name for feed in self.config.feeds])
        return newest.astimezone(UTC).date() if newest is not None else None

    def refresh(
        self, *, only: Sequence[str] | None = None, progress: ProgressCallback | None = None
    ) -> RefreshReport:
        """Fetch the feeds (call from a worker thread); a named feed is fetched even if not due."""
        from briefing.pipeline import refresh

        with open_store(self.path) as store:
            return refresh(
                self.config,
                store,
                now=self.clock(),
                only=only,
                force=only is not None,
                progress=progress,
            )

    def last_refresh(self) -> str | None:
        """When any process last refreshed, as stored; a change means new data to load."""
        return self.store.get_meta("last_refresh")

    def set_read(self, ids: Iterable[int], read: bool) -> None:
        set_read(self.store, ids, read)

    def feed_statuses(self) -> list[FeedStatus]:
        names = [feed.name for feed in self.config.feeds]
        return [inert_feed(f) for f in self.store.feed_statuses(names)]

    def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """The `limit` best items matching the words of `query` (the FTS index), newest first,
        each with the words around its first match."""
        ids = search(self.store, query, limit=limit)
        if not ids:
            return []
        hits = []
        for item_id, stored in items_by_id(self.store, ids).items():
            item = stored.item
            # inert() replaces one character for one, so the marks still line up.
            text, marks = snippet(inert(item.text), query)
            hits.append(
                SearchHit(
                    item_id,
                    inert(item.feed),
                    inert(item.title),
                    item.published,
                    text,
                    tuple(marks),
                )
            )
        return sorted(hits, key=lambda hit: (hit.published, hit.id), reverse=True)

    def quotes(
        self,
        *,
        speaker: str | None = None,
        words: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> list[ArchivedQuote]:
        """Quotes on record, newest first (call from a worker thread: it opens its own
        connection, and may summarise items no day was built from yet)."""
        from briefing.pipeline import quote_archive

        with open_store(self.path) as store:
            found = quote_archive(
                self.config, store, speaker=speaker, words=words, start=start, end=end
            )
        return [
            replace(
                quote,
                text=inert(quote.text),
                speaker=None if quote.speaker is None else inert(quote.speaker),
                sources=tuple(
                    replace(s, feed=inert(s.feed), title=inert(s.title)) for s in quote.sources
                ),
            )
            for quote in found
        ]
