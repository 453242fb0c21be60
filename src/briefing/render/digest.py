"""Plain text and Markdown for `today --format text|markdown` and the cron digest.

Stable bytes: no colour, no terminal width lookups, lines wrapped at a fixed
width, times in UTC. Feed text was cleaned at the door; Markdown output also
escapes the characters Markdown would act on, so a title cannot make a link.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from datetime import date, datetime

from briefing.changes import change_lines, folded_line
from briefing.models import (
    Briefing,
    Changes,
    Digest,
    DigestEntry,
    FeedStatus,
    RefreshReport,
    Story,
    figure_line,
    shown_figures,
    shown_lead,
    shown_quotes,
)
from briefing.render.markdown import markdown_figure, markdown_link, markdown_text

WIDTH = 78
"""Line width of the plain-text output (mail readers show 78 columns comfortably)."""
MAX_FIGURES = 5
MAX_QUOTES = 3
"""The printout abridges long stories; `--format json` never does."""
WHATS_NEW = "What's new since you last looked"  # over what grew in a story printed before
MAX_TITLE_CELLS = 200
"""Titles longer than this many columns are elided in printouts (stored whole)."""


def _when(moment: datetime, day: date | None = None) -> str:
    """The time of day; the date too when it is not `day` (a digest's story of another day)."""
    return moment.strftime("%H:%M" if day is None or moment.date() == day else "%Y-%m-%d %H:%M")


def _outlets(story: Story) -> str:
    count = len({item.feed for item in story.items})
    return f"{count} outlet{'s' if count != 1 else ''}"


def elide(text: str, cells: int = MAX_TITLE_CELLS) -> str:
    """`text` cut to at most `cells` terminal columns (wide characters count two), with "…"."""
    if len(text) <= cells // 2:
        return text
    used = 0
    cut = None
    for index, char in enumerate(text):
        if unicodedata.combining(char):
            continue
        used += 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if cut is None and used > cells - 1:
            cut = index
        if used > cells:
            return text[:cut].rstrip() + "…"
    return text


def wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    """`text` wrapped to the digest's width, `first` (or `indent`) before the first line."""
    # Long words (links) are never broken, so a mail reader can still follow them.
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=first if first is not None else indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first or indent]


def story_text(
    story: Story,
    number: int,
    *,
    new_items: Iterable[str] = (),
    day: date | None = None,
    changes: Changes | None = None,
) -> list[str]:
    """Plain-text lines of one story, with its date when not `day` and what grew if it did."""
    lines = _title_text(story, number, day)
    if changes:
        lines.append(f"    {WHATS_NEW}:")
        for line in change_lines(changes):
            lines += wrap(line, "        ", "    + ")
    place = " · ".join(p for p in (story.dateline, story.source) if p)
    shown = shown_lead(story.title, story.lead)
    lead = f"{place} — {shown}" if place and shown else shown
    if lead:
        lines += wrap(lead, "    ")
    for figure in shown_figures(story.figures)[:MAX_FIGURES]:
        lines += wrap(
            figure_line(figure),
            "        ",
            "    # ",
        )
    for note in story.disagreements:
        lines += wrap(f"outlets disagree: {note}", "        ", "    ! ")
    for quote in shown_quotes(story.quotes)[:MAX_QUOTES]:
        who = f"{quote.speaker}: " if quote.speaker else ""
        lines += wrap(f"{who}“{quote.text.strip()}”", "        ", "    > ")
    marked = set(new_items)
    for item in story.items:
        flag = " (new)" if item.key in marked else ""
        lines += wrap(f"{item.feed}{flag}: {item.link or elide(item.title)}", "        ", "    - ")
    return lines


def _title_text(story: Story, number: int, day: date | None) -> list[str]:
    return wrap(
        f"{elide(story.title)} ({_outlets(story)}, {_when(story.published, day)} UTC)",
        "    ",
        f"{number:>2}. ",
    )


def changes_text(entry: DigestEntry, number: int, *, day: date | None = None) -> list[str]:
    """An updated story the digest sent before: only what grew, the rest folded in one line."""
    assert entry.changes is not None
    lines = [*_title_text(entry.story, number, day), "    What's new:"]
    for line in change_lines(entry.changes) or ["a new report, nothing new in it"]:
        lines += wrap(line, "        ", "    + ")
    for item in entry.new_items:
        lines += wrap(f"{item.feed} (new): {item.link or elide(item.title)}", "        ", "    - ")
    lines += wrap(folded_line(entry.story, entry.changes), "      ", "    … ")
    return lines


def _failing_lines(feeds: Iterable[FeedStatus]) -> list[str]:
    lines = []
    for feed in feeds:
        if feed.status in ("error", "gone"):
            lines += wrap(f"{feed.name}: {feed.error or feed.status}", "      ", "  ! ")
    return lines


def empty_day_note(briefing: Briefing, latest: date | None) -> tuple[str, str | None]:
    """What a day without stories says, and the command that shows the latest stories."""
    if latest is None or latest == briefing.date:
        return "No stories for this day yet.", None
    today = briefing.generated_at.date()
    when = "today" if briefing.date == today else f"on {briefing.date:%Y-%m-%d}"
    command = "briefing today" + ("" if latest == today else f" --date {latest:%Y-%m-%d}")
    return f"No stories {when}; the latest are from {latest:%Y-%m-%d}:", command


def _empty_day_text(briefing: Briefing, latest: date | None) -> str:
    note, command = empty_day_note(briefing, latest)
    return f"{note} `{command}`" if command else note


def briefing_text(
    briefing: Briefing, *, latest: date | None = None, changes: Mapping[str, Changes] | None = None
) -> str:
    """The briefing as plain text; `latest`: the newest day with stories; `changes`: by id."""
    day = f"{briefing.date:%A %d %B %Y}"
    lines = [f"Briefing for {day} — {len(briefing.stories)} stories", ""]
    grew = changes or {}
    for number, story in enumerate(briefing.stories, start=1):
        lines += [*story_text(story, number, changes=grew.get(story.id)), ""]
    if not briefing.stories:
        lines += [_empty_day_text(briefing, latest), ""]
    failing = _failing_lines(briefing.feeds)
    if failing:
        lines += ["Feeds with problems:", *failing, ""]
    return "\n".join(lines)


def _still_failing(
    digest: Digest, failing_since: Mapping[str, datetime] | None
) -> list[tuple[str, str]]:
    """(name, "still failing since ...: error") of the digest's failing feeds.

    Only those in `failing_since` (all of them when it is None): the command leaves
    out a feed it already named on stderr during this run.
    """
    lines = []
    for feed in digest.failing:
        if failing_since is not None and feed.name not in failing_since:
            continue
        when = failing_since.get(feed.name) if failing_since else None
        since = f" since {when:%Y-%m-%d %H:%M} UTC" if when else ""
        lines.append((feed.name, f"still failing{since}: {feed.error or feed.status}"))
    return lines


def digest_text(digest: Digest, *, failing_since: Mapping[str, datetime] | None = None) -> str:
    """The cron digest as plain text; empty when there is nothing new.

    Its footer has one line for each feed still failing, with when it started.
    """
    if not digest.entries:
        return ""
    new = [e for e in digest.entries if e.kind == "new"]
    updated = [e for e in digest.entries if e.kind == "updated"]
    lines = [
        f"briefing digest, {digest.generated_at:%Y-%m-%d %H:%M} UTC: "
        f"{len(new)} new, {len(updated)} updated",
        "",
    ]
    number = 0
    for title, entries in (("New stories", new), ("Updated stories", updated)):
        if not entries:
            continue
        lines += [title, "-" * len(title)]
        for entry in entries:
            number += 1
            keys = [item.key for item in entry.new_items]
            day = digest.generated_at.date()
            if entry.changes is not None:
                lines += [*changes_text(entry, number, day=day), ""]
                continue
            lines += [*story_text(entry.story, number, new_items=keys, day=day), ""]
    failing = _still_failing(digest, failing_since)
    if failing:
        lines += ["Feeds with problems:"]
        for name, note in failing:
            lines += wrap(f"{name}: {note}", "      ", "  ! ")
        lines.append("")
    return "\n".join(lines)


def story_markdown(
    story: Story,
    *,
    new_items: Iterable[str] = (),
    day: date | None = None,
    changes: Changes | None = None,
) -> list[str]:
    """Markdown lines of one story, with its date when not `day` and what grew if it did."""
    lines = [
        f"## {markdown_text(elide(story.title))}",
        "",
        f"*{_outlets(story)}, {_when(story.published, day)} UTC*",
        "",
    ]
    if changes:
        lines += [f"**{WHATS_NEW}:**", ""]
        lines += [f"- {markdown_text(line)}" for line in change_lines(changes)] + [""]
    place = " · ".join(markdown_text(p) for p in (story.dateline, story.source) if p)
    if lead := shown_lead(story.title, story.lead):
        lines += [f"**{place}** — {markdown_text(lead)}" if place else markdown_text(lead), ""]
    if story.figures:
        lines += ["- " + markdown_figure(f) for f in shown_figures(story.figures)[:MAX_FIGURES]]
        lines.append("")
    if story.disagreements:
        lines += [f"- ⚠ outlets disagree: {markdown_text(n)}" for n in story.disagreements] + [""]
    for quote in shown_quotes(story.quotes)[:MAX_QUOTES]:
        who = f" — {markdown_text(quote.speaker)}" if quote.speaker else ""
        lines += [f"> “{markdown_text(quote.text.strip())}”{who}", ""]
    marked = set(new_items)
    for item in story.items:
        flag = " (new)" if item.key in marked else ""
        title = elide(item.title)
        lines.append(
            f"- {markdown_text(item.feed)}{flag}: {markdown_link(title, item.link)}"
            if item.link
            else f"- {markdown_text(item.feed)}{flag}: {markdown_text(title)}"
        )
    return [*lines, ""]


def changes_markdown(entry: DigestEntry, *, day: date | None = None) -> list[str]:
    """An updated story the digest sent before, in Markdown: only what grew (see changes_text)."""
    assert entry.changes is not None
    story = entry.story
    lines = [
        f"## {markdown_text(elide(story.title))}",
        "",
        f"*Updated: {_outlets(story)}, {_when(story.published, day)} UTC*",
        "",
        "**What's new:**",
        "",
    ]
    lines += [f"- {markdown_text(line)}" for line in change_lines(entry.changes)]
    for item in entry.new_items:
        title = elide(item.title)
        shown = markdown_link(title, item.link) if item.link else markdown_text(title)
        lines.append(f"- {markdown_text(item.feed)} (new): {shown}")
    return [*lines, "", f"*{markdown_text(folded_line(story, entry.changes))}*", ""]


def briefing_markdown(
    briefing: Briefing, *, latest: date | None = None, changes: Mapping[str, Changes] | None = None
) -> str:
    """The whole briefing as Markdown; `latest` and `changes` as for briefing_text."""
    lines = [f"# Briefing for {briefing.date:%A %d %B %Y}", ""]
    grew = changes or {}
    for story in briefing.stories:
        lines += story_markdown(story, changes=grew.get(story.id))
    if not briefing.stories:
        note, command = empty_day_note(briefing, latest)
        lines += [f"{markdown_text(note)} `{command}`" if command else markdown_text(note), ""]
    failing = [
        f"- {markdown_text(f.name)}: {markdown_text(f.error or f.status)}"
        for f in briefing.feeds
        if f.status in ("error", "gone")
    ]
    if failing:
        lines += ["## Feeds with problems", "", *failing, ""]
    return "\n".join(lines)


def digest_markdown(digest: Digest, *, failing_since: Mapping[str, datetime] | None = None) -> str:
    """The cron digest as Markdown; empty when there is nothing new."""
    if not digest.entries:
        return ""
    lines = [f"# briefing digest, {digest.generated_at:%Y-%m-%d %H:%M} UTC", ""]
    for entry in digest.entries:
        if entry.changes is not None:
            lines += changes_markdown(entry, day=digest.generated_at.date())
            continue
        if entry.kind == "updated":
            lines += ["*Updated: new sources joined this story.*", ""]
        keys = [i.key for i in entry.new_items]
        lines += story_markdown(entry.story, new_items=keys, day=digest.generated_at.date())
    failing = _still_failing(digest, failing_since)
    if failing:
        lines += ["## Feeds with problems", ""]
        lines += [f"- {markdown_text(name)}: {markdown_text(note)}" for name, note in failing] + [
            ""
        ]
    return "\n".join(lines)


def feeds_text(feeds: Iterable[FeedStatus]) -> str:
    """`briefing feeds list`: one line per feed, then its error when it has one."""
    lines = []
    for feed in feeds:
        fetched = f"{feed.last_fetched:%Y-%m-%d %H:%M} UTC" if feed.last_fetched else "never"
        # A feed fetched fine that never gave an item is a warning, not "ok".
        empty = feed.status == "ok" and feed.items == 0
        status = "empty" if empty else feed.status
        lines.append(f"{status:<6} {feed.items:>6} items  {fetched:<20}  {feed.name}")
        lines.append(f"{'':<6} {feed.url}")
        if feed.error:
            lines += wrap(feed.error, "         ", "       ! ")
        elif empty:
            lines.append("       ! the feed returned no items: is it the right URL?")
    return "\n".join(lines) + ("\n" if lines else "")


def refresh_lines(
    report: RefreshReport,
    was_failing: Collection[str] = (),
    *,
    failures: bool = True,
    totals: bool = True,
) -> list[str]:
    """stderr lines after a refresh: feeds that started failing, recovered or moved; totals.

    A feed in `was_failing` (failing before this refresh) that fails again is not
    named: it was reported when it started failing, so a cron job mails once per
    failure, not once per run (`briefing feeds list` shows them all). Without
    `failures` no failure is named at all (the printout that follows lists them).
    """
    lines = []
    for outcome in report.outcomes:
        if outcome.error:
            if failures and outcome.name not in was_failing:
                lines.append(f"{outcome.name}: {outcome.error}")
        elif outcome.name in was_failing and outcome.outcome in ("updated", "unchanged"):
            lines.append(f"{outcome.name}: recovered, fetched again")
        elif outcome.note and outcome.outcome != "skipped":
            lines.append(f"{outcome.name}: {outcome.note}")
    if not totals:
        return lines
    skipped = sum(1 for o in report.outcomes if o.outcome == "skipped")
    fetched = len(report.fetched)
    lines.append(
        f"refreshed {fetched} feed{'s' if fetched != 1 else ''}: {report.new_items} new item"
        f"{'s' if report.new_items != 1 else ''}, {len(report.failed)} failed"
        + (f", {skipped} not due yet" if skipped else "")
    )
    if report.pages_read or report.pages_failed or report.pages_left:
        lines.append(
            f"full text: {report.pages_read} pages read, {report.pages_failed} failed"
            " (teaser kept, retried later)"
            + (f", {report.pages_left} left for the next refresh" if report.pages_left else "")
        )
    return lines
