"""A day's briefing, the digest, what changed since a front end last looked, and the quote
archive, built from the store (the reading half of the pipeline)."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal

from briefing.config import Config
from briefing.errors import StoreError
from briefing.models import (
    Briefing,
    Changes,
    Digest,
    DigestEntry,
    FeedStatus,
    Item,
    Story,
    Summary,
)
from briefing.store import daycache
from briefing.store.database import Store
from briefing.store.queries import (
    DIGEST_LOOKBACK,
    StoredItem,
    claim_pending,
    confirm_pending,
    items_between,
    items_seen_since,
    load_summaries,
    release_pending,
    save_summaries,
    sent_ids,
)
from briefing.store.schema import load_time
from briefing.versions import STORIES_VERSION, SUMMARIZER_VERSION

if TYPE_CHECKING:
    from briefing.store.quotes import ArchivedQuote


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

    text = item.text or item.title
    return aggregated_lead(item.title, text, summarize(text))


def aggregated_lead(title: str, text: str, summary: Summary) -> Summary:
    """An aggregator's item (Google News) is titled "Headline - Outlet" and its text is a list
    of headlines, each followed by its outlet: its lead is the headline alone, and the outlet
    its source (the summarizer reads "Headline Outlet" as the lead, or the line after it as
    the prose under a deck, and no source)."""
    head, dash, outlet = title.rpartition(" - ")
    if not dash or not head or summary.source:
        return summary
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first.startswith(head) or first[len(head) :].strip() != outlet.strip():
        return summary
    return dataclasses.replace(summary, lead=head, source=outlet.strip())


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
    # A story is an update only when a digest showed it before: the backlog a first digest
    # marked as seen was never in front of the reader.
    shown = sent_ids(store, sorted(already), shown_only=True)
    entries = []
    for story in stories:
        ids = [by_key[(item.feed, item.key)] for item in story.items]
        new_items = tuple(item for item, i in zip(story.items, ids, strict=True) if i in claimed)
        if not new_items:
            continue
        kind: Literal["new", "updated"] = "updated" if any(i in shown for i in ids) else "new"
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
