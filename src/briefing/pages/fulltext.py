"""Full text for items whose feed carries only a teaser: which pages to read, and reading them.

After a refresh has stored its feeds, the pages of the items that need one are
fetched with the feed fetcher (same limits, per-host politeness and timeouts) and
their story is extracted with trafilatura in a worker pool, off the event loop,
so fetching goes on while pages are parsed. The text is kept in the `pages`
table beside the feed's teaser; a failed page keeps the teaser, records why, and
is tried again later with exponential backoff.

A page is not the user's choice but the feed author's: one off its feed's own origin
must be on a public address (`briefing.feeds.guard`), and the pages of one refresh
share a time budget (`PAGES_TIME_BUDGET`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import multiprocessing
import os
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from briefing.pages.reader import decode_page, extract_main_text, page_settings
from briefing.store.pages import page_candidates, save_page_failure, save_page_text

if TYPE_CHECKING:
    from briefing.feeds.fetch import FetchResult
    from briefing.feeds.settings import FetchSettings
    from briefing.models import Feed
    from briefing.store.database import Store

SHORT_EXCERPT_CHARS = 500
"""In a feed marked `fulltext = true`, a text shorter than this is a teaser however it
ends: a wire story runs 2,000 to 5,000 characters, a one- or two-sentence summary a few
hundred. Other feeds need a clear sign (see `is_teaser`): a short but complete summary
may be all a feed means to say, and reading every item's page by default would turn one
request per feed into one per item."""
TEASER_MAX_CHARS = 1500
"""A text up to this long is a teaser when it ends in an ellipsis, a "read more" link or
in the middle of a sentence."""
MAX_TEXT_CHARS = 100_000
"""Longest full text kept (cut at a paragraph end): a long feature is about 40,000."""
PAGES_PER_REFRESH = 200
"""Most pages one refresh reads; the rest wait for the next refresh, newest first."""
PAGES_TIME_BUDGET = 90.0
"""Seconds the pages of one refresh may take in all; the pages not read by then stay due
for the next refresh. Without it, 200 pages of one slow site (six at a time, each up to
the 60 s deadline) could take over half an hour, longer than a refresh every 15 minutes
from cron. Healthy pages fit well inside it: 200 pages on one host at 100 ms a round
trip, six at a time, take under 4 s to fetch, and extraction runs at about 200 pages a
second (benchmarks/fulltext.py). It is longer than one page's own limits (20 s of
silence, 60 s in all), so a page that hangs fails on those and is retried with backoff
instead of being cut off by the budget at every refresh."""
LOOKBACK = timedelta(days=3)
"""Only items published this recently get their page read: older news is not briefed."""
RETRY_FIRST = timedelta(hours=1)
"""Wait after a page's first failure; it doubles with every further failure ..."""
RETRY_MAX = timedelta(hours=24)
"""... up to this."""
MAX_ATTEMPTS = 6
"""A page that failed this many times is not tried again (its teaser stays)."""
PROCESS_POOL_PAGES = 100
"""From this many pages on, extraction runs in a process pool (one worker per CPU, at
most four); below it, in one thread. Measured with benchmarks/fulltext.py on 2 CPUs
(500 pages of 400 words): one thread 208 pages/s, two threads 162 (they fight over the
GIL), two processes 313; starting the processes costs about half a second."""

_ELLIPSIS_END = re.compile(r"(?:\.{3}|…)\s*[\]\)]?\s*$")
_READ_MORE = re.compile(
    r"\b(?:read\s+(?:the\s+)?(?:more|full|rest|on)|continue\s+reading|keep\s+reading"
    r"|full\s+(?:story|article)|more\s*[»›→])",
    re.IGNORECASE,
)
_CUT_OFF = re.compile(r"[\w,;(\-–]$")
"""A text that stops on a word, a comma or a dash stopped mid-sentence."""
_WALL = re.compile(
    r"\b(?:subscribe|subscription|subscribers?|sign\s+in|sign\s+up|log\s*in|register)\b"
    r"[^\n]{0,60}\b(?:continue|read|reading|access|unlock|full)\b"
    r"|\b(?:continue|keep)\s+reading\b[^\n]{0,40}\b(?:subscri|sign|log)",
    re.IGNORECASE,
)
"""Words of a login or subscription wall: "Subscribe to continue reading", "Log in to read"."""
_PASSWORD = re.compile(r"<input[^>]+type\s*=\s*[\"']?password", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body)", re.I | re.S
)


def is_teaser(text: str, length: int | None = None) -> bool:
    """Whether a feed's text is clearly a teaser for a longer page.

    It is when it is shorter than an article (`TEASER_MAX_CHARS`) and ends in an
    ellipsis ("…", "...", "[…]"), in a "read more" or "continue reading" link, or
    in the middle of a sentence (cut at a character count).

    Args:
        text: the text, or only its end (the last few hundred characters).
        length: the whole text's length when `text` is only its end.
    """
    size = len(text) if length is None else length
    end = text.rstrip()
    if not end or size > TEASER_MAX_CHARS:
        return False
    last_line = end.rsplit("\n", 1)[-1][-200:]
    return bool(_ELLIPSIS_END.search(end) or _READ_MORE.search(last_line) or _CUT_OFF.search(end))


def needs_page(text: str, *, is_excerpt: bool, fulltext: bool, length: int | None = None) -> bool:
    """Whether an item's page should be read for its full text.

    A feed marked `fulltext = true` gets the page of every item that carries only an
    excerpt, or a text that is a teaser or short; any other feed only that of an
    excerpt that is clearly a teaser.
    """
    size = len(text) if length is None else length
    if fulltext:
        return is_excerpt or size < SHORT_EXCERPT_CHARS or is_teaser(text, length)
    return is_excerpt and is_teaser(text, length)


def retry_delay(attempts: int) -> timedelta | None:
    """How long to wait after the `attempts`-th failure; None once attempts are used up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    return min(RETRY_FIRST * (1 << min(max(attempts - 1, 0), 20)), RETRY_MAX)


@dataclass(frozen=True)
class PageJob:
    """One item whose page is to be read."""

    item_id: int
    feed: str
    url: str
    teaser_chars: int
    """Length of the feed's text: a page that holds less is no improvement."""
    attempts: int = 0
    """Failed attempts so far."""
    feed_url: str | None = None
    """The configured URL of the item's feed: a page on its origin may be on any address,
    as the feed is; any other must be on a public one (None: every page must)."""


@dataclass(frozen=True)
class PagesReport:
    """What one pass over the due pages did."""

    read: int = 0
    failed: int = 0
    left: int = 0
    """Pages due but beyond this pass's bound: the next refresh reads them."""
    errors: tuple[tuple[str, str], ...] = ()
    """(url, why) of each failed page."""
    stopped: str | None = None
    """Why the pass stopped before every page was read (the time budget), else None."""


def due_pages(
    store: Store,
    feeds: Mapping[str, Feed],
    *,
    now: datetime,
    limit: int = PAGES_PER_REFRESH,
) -> tuple[list[PageJob], int]:
    """The pages to read now, newest item first, and how many more are due beyond `limit`.

    An item is due when it needs its page (`needs_page`), was published within
    `LOOKBACK`, has a link, and its page was never read, failed and its next try
    has come, or was read from a link the feed has since changed.
    """
    if not feeds:
        return [], 0
    names = list(feeds)
    rows = page_candidates(store, names, since=now - LOOKBACK, now=now)
    jobs = [
        PageJob(int(item_id), str(feed), str(link), int(size), int(attempts), feeds[feed].url)
        for item_id, feed, link, excerpt, size, tail, attempts in rows
        if needs_page(tail, is_excerpt=bool(excerpt), fulltext=feeds[feed].fulltext, length=size)
    ]
    return jobs[:limit], max(len(jobs) - limit, 0)


def read_page(body: bytes, content_type: str, teaser_chars: int) -> tuple[str | None, str | None]:
    """A fetched page's story, or why there is none: (text, None) or (None, error).

    Runs in a worker (thread or process): pure, no store, no event loop.
    """
    kind = content_type.split(";", 1)[0].strip().lower()
    html_type = kind.startswith(_HTML_TYPES) if kind else bool(_HTML_START.match(body))
    if not html_type:
        return None, f"not an HTML page ({kind or 'unknown type'})"
    html = decode_page(body, content_type)
    lines = extract_main_text(html).split("\n")
    while lines and (not lines[-1] or (_WALL.search(lines[-1]) and len(lines[-1]) < 200)):
        lines.pop()  # a paywall's prompt after the lead paragraph is not the story
    text = _bound("\n".join(lines), MAX_TEXT_CHARS)
    if text and len(text) >= teaser_chars:
        return text, None
    if _PASSWORD.search(html) or _WALL.search(html):
        return None, "login or subscription wall"
    if not text:
        return None, "no article text found on the page"
    return None, "the page holds less text than the feed"


def _bound(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > 0 else limit]


def save_page(
    store: Store,
    job: PageJob,
    *,
    now: datetime,
    text: str | None,
    error: str | None,
    retry_after: datetime | None = None,
) -> None:
    """Record a page read (its text replaces the teaser) or failed (retried with backoff).

    A page read deletes the item's cached summary, so it is recomputed from the full text.
    """
    if text is not None:
        save_page_text(store, job.item_id, job.url, text, attempts=job.attempts, now=now)
        return
    attempts = job.attempts + 1
    delay = retry_delay(attempts)
    next_try = None if delay is None else now + delay
    if next_try is not None and retry_after is not None:
        next_try = max(next_try, retry_after)
    save_page_failure(
        store, job.item_id, job.url, error, attempts=attempts, now=now, next_try=next_try
    )


async def fetch_pages(
    store: Store,
    jobs: Sequence[PageJob],
    settings: FetchSettings,
    *,
    now: datetime,
    executor: Executor | None = None,
    budget: float | None = None,
) -> PagesReport:
    """Fetch the pages, extract their story in `executor` (threads by default), store each.

    One page's failure never stops the others; each result is committed as it comes.
    When `budget` seconds (default `PAGES_TIME_BUDGET`) have passed, the pages still
    being fetched or read are dropped unrecorded, so they stay due (`PagesReport.left`).
    """
    from briefing.feeds.fetch import FetchRequest, fetch_all

    if not jobs:
        return PagesReport()
    budget = PAGES_TIME_BUDGET if budget is None else budget
    import trafilatura  # noqa: F401  # once here, not racing in the workers

    by_request = {str(n): job for n, job in enumerate(jobs)}
    requests = [
        FetchRequest(key, job.url, public_only=True, home=job.feed_url)
        for key, job in by_request.items()
    ]
    loop = asyncio.get_running_loop()
    own = executor is None
    pool = executor or _default_executor(len(jobs))
    errors: list[tuple[str, str]] = []
    read = 0
    stopped = None

    async def finish(result: FetchResult) -> None:
        nonlocal read
        job = by_request[result.request.name]
        text: str | None = None
        error = result.error or "fetch failed"
        if result.outcome == "ok" and result.body is not None:
            content_type = result.headers.get("content-type", "")
            try:
                text, why = await loop.run_in_executor(
                    pool, read_page, result.body, content_type, job.teaser_chars
                )
            except Exception as exc:  # a page that breaks the extractor is one failed page
                text, why = None, f"extraction failed: {type(exc).__name__}"
            error = why or error
        save_page(
            store,
            job,
            now=now,
            text=text,
            error=None if text else error,
            retry_after=result.retry_after,
        )
        if text is None:
            errors.append((job.url, error))
        else:
            read += 1

    tasks: list[asyncio.Task[None]] = []
    try:
        async with asyncio.timeout(budget):
            await fetch_all(
                requests,
                page_settings(settings),
                on_result=lambda result: tasks.append(asyncio.create_task(finish(result))),
            )
            await asyncio.gather(*tasks)
    except TimeoutError:
        stopped = f"time budget of {budget:g} s for pages spent"
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if own:
            pool.shutdown(wait=True, cancel_futures=True)
    return PagesReport(
        read=read,
        failed=len(errors),
        left=len(jobs) - read - len(errors),
        errors=tuple(errors),
        stopped=stopped,
    )


def _default_executor(pages: int) -> Executor:
    cpus = os.cpu_count() or 1
    if pages >= PROCESS_POOL_PAGES and cpus > 1:
        # spawn, not fork: the event loop's process has threads (the fetcher's resolver).
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=min(cpus, 4), mp_context=context)
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-page")


def refresh_pages(
    store: Store,
    feeds: Mapping[str, Feed],
    settings: FetchSettings,
    *,
    now: datetime,
    limit: int = PAGES_PER_REFRESH,
    executor: Executor | None = None,
    budget: float | None = None,
) -> PagesReport:
    """Read the due pages of these feeds (at most `limit`, within `budget` seconds) on a
    fresh event loop."""
    jobs, left = due_pages(store, feeds, now=now, limit=limit)
    if not jobs:
        return PagesReport(left=left)
    report = asyncio.run(
        fetch_pages(store, jobs, settings, now=now, executor=executor, budget=budget)
    )
    return dataclasses.replace(report, left=report.left + left)
