"""The one flow every front end calls: refresh the feeds, then build a day's briefing."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from typing import TYPE_CHECKING, Literal

from briefing.config import Config
from briefing.errors import FetchError, StoreError
from briefing.feeds.scan import MAX_TTL_MINUTES
from briefing.feeds.settings import FetchSettings
from briefing.models import (
    Briefing,
    Changes,
    Digest,
    DigestEntry,
    FeedOutcome,
    FeedStatus,
    Item,
    ProgressCallback,
    RefreshReport,
    Story,
    Summary,
)
from briefing.store import daycache
from briefing.store.batch import WriteBatch
from briefing.store.database import Store
from briefing.store.queries import (
    DIGEST_LOOKBACK,
    StoredItem,
    claim_pending,
    confirm_pending,
    index_pending,
    items_between,
    items_seen_since,
    load_summaries,
    newest_published,
    prune,
    release_pending,
    save_summaries,
    shift_published,
)
from briefing.store.rows import FeedRow
from briefing.store.schema import dump_time, load_time
from briefing.versions import STORIES_VERSION, SUMMARIZER_VERSION

if TYPE_CHECKING:
    from briefing.feeds.fetch import FetchRequest, FetchResult
    from briefing.feeds.parse import ParsedFeed
    from briefing.pages.fulltext import PagesReport
    from briefing.store.quotes import ArchivedQuote


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
    store.sync_feeds(config.feeds)
    rows = {row.name: row for row in store.feed_rows()}
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

        def store_parsed(result: FetchResult, parsed: ParsedFeed | FetchError | None) -> None:
            batch.add(functools.partial(_store_result, store, result, now, limit, parsed))

        async def fetch_and_store(settings: FetchSettings) -> None:
            fetcher = _demo_fetch if config.demo else None
            try:
                await fetch_and_parse(
                    due, settings, now=now, max_items=limit, on_parsed=store_parsed, fetcher=fetcher
                )
            finally:
                await batch.drain()  # also after an error: what was parsed is stored

        asyncio.run(fetch_and_store(fetch_settings(config)))
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


def _store_result(
    store: Store,
    result: FetchResult,
    now: datetime,
    retention_items: int,
    parsed: ParsedFeed | FetchError | None = None,
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
    # Only the feed's newest `retention_items` are stored: the rest would be pruned
    # by count at once and come back as new at the feed's next change. Old items are
    # stored (an archive feed, or a past day to brief); pruning by age counts from
    # when an item was first stored, so they are not pruned at once either.
    recent = list(parsed.items)
    newest = sorted(range(len(recent)), key=lambda n: recent[n].published, reverse=True)
    recent = [recent[n] for n in sorted(newest[:retention_items])]
    saved = store.save_items(
        name,
        recent,
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

    Whole days are added, keeping each story's time of day; none ends in the future.
    """
    newest = newest_published(store)
    if newest is None:
        return
    days = (now.date() - newest.date()).days
    if days == 0:
        return
    shift_published(store, timedelta(days=days), now=now)


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC day [start, end): a briefing's day is the UTC date of publication."""
    start = datetime.combine(day, time(0), tzinfo=UTC)
    return start, start + timedelta(days=1)


def summaries_for(store: Store, stored: Sequence[StoredItem]) -> dict[int, Summary]:
    """Summaries of these items: cached ones, and the missing ones computed and cached."""
    ids = [s.id for s in stored]
    found = load_summaries(store, ids, SUMMARIZER_VERSION)
    fresh = {s.id: summarize_item(s.item) for s in stored if s.id not in found}
    if fresh:
        # A read-only store still gets its briefing; the cache just stays cold.
        with contextlib.suppress(StoreError, sqlite3.Error):
            save_summaries(store, fresh, SUMMARIZER_VERSION)
    found.update(fresh)
    return found


def summarize_item(item: Item) -> Summary:
    """The summary of one item's text (its title stands in for an empty text).

    An item loaded from the store carries its page's full text when the feed had
    only a teaser and the page was read (see `items.StoredItem.full_text_url`).
    """
    # The summarizer (and below, the story builder) is imported where it is used: a day read
    # from the day cache, or a cron digest with nothing new, never compiles their patterns
    # (about 60 ms of `today` and `digest`). import-linter sees these imports all the same.
    from briefing.summarize import summarize

    return summarize(item.text or item.title)


STORY_CONTEXT = timedelta(days=1)
"""How far before a day `build_briefing` looks for the running story a day's item joins."""


def build_briefing(config: Config, store: Store, day: date, *, now: datetime) -> Briefing:
    """The day's stories from the store, ranked, with the health of every configured feed.

    An unchanged day is read from the story cache instead of being clustered again.
    """
    start, end = day_bounds(day)
    names = [feed.name for feed in config.feeds]
    # The day before is context: an event followed across days is one story, with the
    # id its first item gave it, shown with the day's items (build_stories' `since`).
    stored = items_between(store, start - STORY_CONTEXT, end, names)
    versions = f"summarizer {SUMMARIZER_VERSION}, stories {STORIES_VERSION}"
    signature = daycache.day_signature(stored, config.feed_index, versions)
    stories = daycache.load_stories(store, day, signature, stored)
    if stories is None:
        from briefing.stories.build import build_stories  # lazily: see summarize_item()

        summaries = summaries_for(store, stored)
        entries = [(s.item, summaries.get(s.id)) for s in stored]
        stories = build_stories(entries, feeds=config.feed_index, now=now, since=start)
        daycache.save_stories(store, day, signature, stories)
    return Briefing(
        date=day, generated_at=now, stories=stories, feeds=tuple(store.feed_statuses(names))
    )


DIGEST_CONTEXT_DAYS = 3
"""How far back a digest looks for the running story a new item joins."""


def build_digest(
    config: Config,
    store: Store,
    *,
    since: datetime | None,
    now: datetime,
    deliver: Callable[[Digest], None] | None = None,
) -> Digest:
    """Stories with items first seen since `since` (default: the last digest) not yet sent.

    A first digest (and one given `since`) covers its window by publication time:
    items published before it are marked as seen and never sent.

    The items reported are claimed in one transaction, so two digests running at
    once never send the same story twice. `deliver` (the command's writer) gets
    the digest while the claim is pending: the items count as sent only once it
    returns, that is once the digest is written and flushed. If it raises (a
    broken pipe, a full device) the claim is released, and if the process dies
    first the next digest releases it (see `queries.claim_pending`): either way
    the next digest sends the same stories. No lock is held while `deliver`
    writes, so a reader slow to take the digest never stalls a refresh.
    Without `deliver` the digest is marked sent when returned.
    """
    if since is None:
        last = load_time(store.get_meta("last_digest"))
        since = last if last is not None else now - timedelta(hours=24)
        # A refresh dates what it stores by its own start and may commit after a digest
        # ran: look back further, the items a digest already sent are skipped below.
        look_from = since - DIGEST_LOOKBACK if last is not None else since
        # A first digest covers its window by publication too: the backlog a first
        # refresh stored (years of a feed's archive) is no news. Later digests send
        # all that is new to the store, however late a feed published it.
        oldest_news = since if last is None else None
    else:
        look_from = oldest_news = since
    names = [feed.name for feed in config.feeds]
    fresh = items_seen_since(store, look_from, names)
    if oldest_news is not None:
        old = [s.id for s in fresh if s.item.published < oldest_news]
        if old:
            # Marked as seen without being sent, so no later digest floods with them.
            token, _, _ = claim_pending(store, old, old, dict.fromkeys(old, ""), now)
            confirm_pending(store, token, now)
            fresh = [s for s in fresh if s.item.published >= oldest_news]
    if not fresh:
        empty = Digest(since, now, (), _failing(store, names))
        if deliver is not None:
            deliver(empty)
        return empty
    from briefing.stories.build import build_stories  # lazily: see summarize_item()

    oldest = min(s.item.published for s in fresh) - timedelta(days=DIGEST_CONTEXT_DAYS)
    context = items_between(store, oldest, now + timedelta(days=1), names)
    stored = {s.id: s for s in context} | {s.id: s for s in fresh}
    by_key = {(s.item.feed, s.item.key): s.id for s in stored.values()}
    summaries = summaries_for(store, list(stored.values()))
    stories = build_stories(
        [(s.item, summaries.get(s.id)) for s in stored.values()], feeds=config.feed_index, now=now
    )
    fresh_ids = {s.id for s in fresh}
    story_of: dict[int, str] = {}
    for story in stories:
        for item in story.items:
            story_of[by_key[(item.feed, item.key)]] = story.id
    token, already, claimed = claim_pending(store, list(stored), sorted(fresh_ids), story_of, now)
    entries = []
    for story in stories:
        ids = [by_key[(item.feed, item.key)] for item in story.items]
        new_items = tuple(item for item, i in zip(story.items, ids, strict=True) if i in claimed)
        if not new_items:
            continue
        kind: Literal["new", "updated"] = "updated" if any(i in already for i in ids) else "new"
        entries.append(DigestEntry(story, kind, new_items))
    # An updated story the digest sent before is sent with what grew since (briefing.changes).
    grown = story_changes(store, "digest", [e.story for e in entries if e.kind == "updated"])
    entries = [dataclasses.replace(e, changes=grown.get(e.story.id)) for e in entries]
    result = Digest(since, now, tuple(entries), _failing(store, names))
    if deliver is not None:
        try:
            deliver(result)
        except BaseException:
            # If even this fails (a full disk), the next digest releases the claim.
            with contextlib.suppress(StoreError, sqlite3.Error):
                release_pending(store, token)
            raise
    confirm_pending(store, token, now)
    mark_seen(store, "digest", [e.story for e in entries], now=now)
    return result


Front = Literal["today", "digest", "app"]
"""The front ends that keep their own mark of what they showed (see `story_changes`)."""


def story_changes(store: Store, front: Front, stories: Sequence[Story]) -> dict[str, Changes]:
    """How each story grew since `front` last showed it (see `briefing.changes`), by id.

    A story `front` never showed is absent; one it showed and that did not grow has
    empty `Changes`.
    """
    from briefing.changes import changes_since
    from briefing.store.seen import load_marks

    marks = load_marks(store, front, [s.id for s in stories])
    return {s.id: changes_since(marks[s.id], s) for s in stories if s.id in marks}


def mark_seen(store: Store, front: Front, stories: Sequence[Story], *, now: datetime) -> None:
    """Record that `front` showed these stories, once they were shown (printed, sent, opened).

    A read-only store shows the same changes again next time rather than fail the command.
    """
    from briefing.store.seen import record_marks

    with contextlib.suppress(StoreError, sqlite3.Error):
        record_marks(store, front, stories, now)


def _failing(store: Store, names: Sequence[str]) -> tuple[FeedStatus, ...]:
    return tuple(f for f in store.feed_statuses(names) if f.status in ("error", "gone"))


def quote_archive(
    config: Config,
    store: Store,
    *,
    speaker: str | None = None,
    words: str | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[ArchivedQuote]:
    """Every quote on record from the configured feeds, newest first (see `store.quotes`).

    Items of the window never summarised yet (stored by a refresh, no day built from
    them) are summarised first, and summaries cached before the archive existed are
    archived, so the archive answers for every stored item; a read-only store answers
    with what it holds.
    """
    from briefing.store import quotes
    from briefing.store.queries import items_by_id

    names = [feed.name for feed in config.feeds]
    with contextlib.suppress(StoreError, sqlite3.Error):
        missing = quotes.unsummarised(store, SUMMARIZER_VERSION, names, start, end)
        for offset in range(0, len(missing), 500):
            found = items_by_id(store, missing[offset : offset + 500])
            summaries_for(store, list(found.values()))
        quotes.archive_pending(store)
    return quotes.find_quotes(
        store, feeds=names, speaker=speaker, words=words, start=start, end=end
    )
