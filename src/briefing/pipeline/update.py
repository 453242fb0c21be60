"""Refresh: fetch the due feeds, parse them in the pool, store them in batches, read the
pages of teasers, index new text (the refresh half of the pipeline)."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from typing import TYPE_CHECKING

from briefing.config import Config
from briefing.errors import FetchError
from briefing.feeds.parsed import ParsedFeed
from briefing.feeds.scan import MAX_TTL_MINUTES
from briefing.feeds.settings import FetchSettings
from briefing.models import (
    FeedOutcome,
    ProgressCallback,
    RefreshReport,
)
from briefing.store.batch import WriteBatch
from briefing.store.database import Store
from briefing.store.queries import (
    index_pending,
    newest_published,
    prune,
    shift_published,
)
from briefing.store.rows import FeedRow, ItemRow, item_rows
from briefing.store.schema import dump_time

if TYPE_CHECKING:
    from briefing.feeds.fetch import FetchRequest, FetchResult
    from briefing.pages.fulltext import PagesReport


def fetch_settings(config: Config) -> FetchSettings:
    """The fetcher's settings from the config."""
    return dataclasses.replace(
        FetchSettings(),
        concurrency=config.concurrency,
        per_host=config.per_host,
        deadline=config.timeout_seconds,
        max_bytes=int(config.max_feed_mb * 1024 * 1024),
    )


def refresh(
    config: Config,
    store: Store,
    *,
    now: datetime | None = None,
    only: Sequence[str] | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> RefreshReport:
    """Fetch the configured feeds that are due, parse them and store them as they arrive.

    Feeds are stored in batches (`briefing.store.batch`): a few dozen a transaction,
    none waiting more than about 0.1 s, each stored whole or not at all.

    A feed is skipped while a server's Retry-After holds, and (unless `force`)
    while its `<ttl>` (at most a day) or its `min_interval_minutes` since the last
    fetch has not passed. One feed's failure is recorded on that feed and never
    stops the others. Documents are parsed off the event loop once there is more
    than a little to parse, each under a CPU budget (see `briefing.feeds.pool`).
    Then the article pages of stored teasers are read, a bounded number per refresh
    (see `briefing.pages.fulltext`); a page that fails keeps its teaser and is retried later.
    """
    # The network side (httpx, the parsers, trafilatura) is imported here, not at the
    # top: `today --no-refresh` and `digest` never fetch, and importing it would add
    # about 0.1 s to each. import-linter and tests/test_import_graph.py see these
    # imports all the same.
    from briefing.feeds.fetch import FetchRequest

    now = now or datetime.now(UTC)
    rows = {row.name: row for row in store.sync_feeds(config.feeds)}
    feeds = [f for f in config.feeds if only is None or f.name in only]
    outcomes: list[FeedOutcome] = []
    due: list[FetchRequest] = []
    for feed in feeds:
        row = rows[feed.name]
        reason = _not_due(row, feed.min_interval_minutes, now, force)
        if reason:
            outcomes.append(FeedOutcome(feed.name, "skipped", note=reason))
        else:
            due.append(FetchRequest(feed.name, row.url, row.etag, row.last_modified))
    total = len(feeds)
    if progress:
        for done, outcome in enumerate(outcomes, start=1):
            progress(outcome, done, total)

    limit = config.retention_items

    def record(outcome: FeedOutcome) -> None:
        outcomes.append(outcome)
        if progress:
            progress(outcome, len(outcomes), total)

    batch: WriteBatch[FeedOutcome] = WriteBatch(store, record)
    if due:
        from briefing.feeds.pool import fetch_and_parse

        def store_parsed(result: FetchResult, parsed: StoredFeed | FetchError | None) -> None:
            # A batch is weighed in items, so one of big feeds commits sooner (memory).
            cost = parsed.parsed if isinstance(parsed, StoredFeed) else 1
            write = functools.partial(_store_result, store, result, now, limit, parsed)
            batch.add(write, cost)

        async def fetch_and_store(settings: FetchSettings) -> None:
            fetcher = _demo_fetch if config.demo else None
            try:
                await fetch_and_parse(
                    due,
                    settings,
                    now=now,
                    max_items=limit,
                    on_parsed=store_parsed,
                    fetcher=fetcher,
                    prepare=functools.partial(stored_feed, limit),
                )
            finally:
                await batch.drain()  # also after an error: what was parsed is stored

        from briefing.feeds.loop import run  # uvloop's loop where installed

        run(fetch_and_store(fetch_settings(config)))
    batch.flush()
    prune(store, now=now, max_age_days=config.retention_days, max_per_feed=config.retention_items)
    pages = None if config.demo else _read_pages(config, store, now, only)
    index_pending(store)
    store.set_meta("last_refresh", dump_time(now) or "")
    if pages is None:
        return RefreshReport(tuple(outcomes))
    return RefreshReport(
        tuple(outcomes), pages_read=pages.read, pages_failed=pages.failed, pages_left=pages.left
    )


def _read_pages(
    config: Config, store: Store, now: datetime, only: Sequence[str] | None
) -> PagesReport:
    """Full text for the stored teasers of the refreshed feeds (see briefing.pages.fulltext)."""
    from briefing.pages.fulltext import refresh_pages  # lazily: see refresh()

    feeds = {f.name: f for f in config.feeds if only is None or f.name in only}
    return refresh_pages(store, feeds, fetch_settings(config), now=now)


def _not_due(row: FeedRow, min_interval: int, now: datetime, force: bool) -> str | None:
    if row.retry_after and row.retry_after > now:
        return f"server asked to wait until {row.retry_after:%H:%M} UTC"
    if force or row.last_fetched is None or row.status != "ok":
        return None
    # A <ttl> stored before it was capped at parse time is capped here too.
    wait = max(min_interval, min(row.ttl_minutes or 0, MAX_TTL_MINUTES))
    if wait and row.last_fetched + timedelta(minutes=wait) > now:
        return f"fetched less than {wait} min ago"
    return None


@dataclass(frozen=True)
class StoredFeed:
    """A parsed feed as a refresh stores it, made in the parse worker (`stored_feed`)."""

    title: str | None
    ttl_minutes: int | None
    unread: int
    """Items of the document left unread (see `ParsedFeed.unread`)."""
    parsed: int
    """Items parsed: what the feed weighs in a batch."""
    rows: tuple[ItemRow, ...]
    """The items to store, as the store keeps them (`briefing.store.rows.item_rows`)."""


def stored_feed(retention_items: int, parsed: ParsedFeed) -> StoredFeed:
    """What the store needs of `parsed`: its newest `retention_items` items made rows.

    Run where the feed was parsed (`fetch_and_parse`'s `prepare`): hashing the items and
    writing their dates there, not on the store's thread, took 0.2 s of CPU off that
    thread in a cold refresh of 1,000 feeds, and plain tuples cost the parent less to
    unpickle than Items.

    Only the feed's newest `retention_items` are stored: the rest would be pruned by
    count at once and come back as new at the feed's next change. Old items are stored
    (an archive feed, or a past day to brief); pruning by age counts from when an item
    was first stored, so they are not pruned at once either.
    """
    recent = list(parsed.items)
    newest = sorted(range(len(recent)), key=lambda n: recent[n].published, reverse=True)
    recent = [recent[n] for n in sorted(newest[:retention_items])]
    return StoredFeed(
        parsed.title, parsed.ttl_minutes, parsed.unread, len(parsed.items), item_rows(recent)
    )


def _store_result(
    store: Store,
    result: FetchResult,
    now: datetime,
    retention_items: int,
    parsed: StoredFeed | FetchError | None = None,
) -> FeedOutcome:
    """Store what one fetch brought; `parsed` is its body's parse (None: no body came)."""
    name = result.request.name
    moved = result.permanent_url
    note = f"moved permanently to {moved}" if moved else None
    if result.outcome == "not_modified":
        store.save_not_modified(
            name, now=now, etag=result.etag, last_modified=result.last_modified, url=moved
        )
        return FeedOutcome(name, "unchanged", note=note)
    if result.outcome != "ok" or parsed is None:
        error = result.error or "fetch failed"
        gone = result.outcome == "gone"
        store.save_failure(name, error, now=now, gone=gone, retry_after=result.retry_after)
        return FeedOutcome(name, "gone" if gone else "error", error=error)

    if isinstance(parsed, FetchError):
        store.save_failure(name, str(parsed), now=now)
        return FeedOutcome(name, "error", error=str(parsed))
    if parsed.unread:
        # One line on what a huge feed cost us: its middle was never parsed.
        total = parsed.unread + 2 * retention_items
        cut = f"read the first and last {retention_items:,} of its {total:,} items"
        note = f"{note}; {cut}" if note else cut
    saved = store.save_rows(
        name,
        parsed.rows,
        now=now,
        etag=result.etag,
        last_modified=result.last_modified,
        url=moved,
        ttl_minutes=parsed.ttl_minutes,
    )
    return FeedOutcome(
        name, "updated", new=saved.new, updated=saved.updated, note=note, title=parsed.title
    )


async def _demo_fetch(
    requests: Sequence[FetchRequest],
    settings: FetchSettings,
    *,
    on_result: Callable[[FetchResult], object],
    **_: object,
) -> None:
    """The demo's stand-in for `fetch_all`: every feed is a bundled file."""
    for request in requests:
        on_result(_demo_result(request))


def _demo_result(request: FetchRequest) -> FetchResult:
    """The bundled file of a demo feed, as if a server had sent it."""
    from briefing.feeds.fetch import FetchResult  # lazily: see refresh()

    file = request.url.rsplit("/", 1)[-1]
    body = resources.files("briefing.demo").joinpath(file).read_bytes()
    kind = "application/feed+json" if file.endswith(".json") else "application/xml"
    return FetchResult(
        request=request,
        outcome="ok",
        status=200,
        body=body,
        headers={"content-type": f"{kind}; charset=utf-8"},
        etag=None,
        last_modified=None,
        final_url=request.url,
        permanent_url=None,
        retry_after=None,
        error=None,
        elapsed=0.0,
    )


def shift_demo_items(store: Store, now: datetime) -> None:
    """Move the demo's stories to the current days, so `--demo today` always has news.

    Whole days are added, keeping each story's time of day, except that the stories of the
    newest day that would end after `now` are spread over today's hours so far in the order
    they were in: read at 09:00, the 13:25 and 15:58 stories come before 09:00, still in that
    order, rather than all at 09:00 (which reordered the briefing and changed its stories'
    leads every morning).
    """
    newest = newest_published(store)
    if newest is None:
        return
    days = (now.date() - newest.date()).days
    if days == 0:
        return
    by = timedelta(days=days)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    latest = newest + by
    squeeze = (now - midnight) / (latest - midnight) if latest > now else 1.0

    def moved(moment: datetime) -> datetime:
        shifted = moment + by
        return midnight + (shifted - midnight) * squeeze if shifted > midnight else shifted

    shift_published(store, moved)
