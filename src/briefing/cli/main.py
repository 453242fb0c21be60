"""The `briefing` group and its day commands: the TUI, `today`, `digest` and `refresh`."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import click

from briefing import __version__
from briefing.cli import feeds, quotes, summarize
from briefing.cli.common import (
    State,
    format_option,
    handle_errors,
    parse_date,
    parse_since,
    say,
    write_out,
)
from briefing.errors import UsageError
from briefing.models import RefreshReport

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.models import Digest
    from briefing.store.database import Store


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    envvar="BRIEFING_CONFIG",
    help="Config file (default: $BRIEFING_CONFIG, else the XDG config dir).",
)
@click.option(
    "--demo", is_flag=True, help="Use the bundled sample feeds, offline, in a throwaway data dir."
)
@click.version_option(__version__, "-V", "--version", prog_name="briefing")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, demo: bool) -> None:
    """A terminal news briefing: leads, quotes and figures from your feeds.

    With no command, opens the interactive briefing (same as `briefing tui`).

    \b
    Examples:
      briefing --demo today            the bundled sample feeds, offline
      briefing feeds add URL --tag world
      briefing today --format markdown
      briefing digest                  for cron: what is new since the last digest
    """
    state = State(config_path, demo)
    ctx.obj = state
    ctx.call_on_close(state.close)
    if ctx.invoked_subcommand is None:
        ctx.invoke(tui)


@main.command()
@click.option("--date", "day", metavar="YYYY-MM-DD", help="Open on this day (default: today).")
@click.pass_obj
@handle_errors
def tui(state: State, day: str | None) -> None:
    """Open the interactive briefing."""
    from briefing.tui.app import BriefingApp

    # Without a config the app would open on nothing: say how to start instead.
    config = state.feeds_config()
    BriefingApp(config, day=parse_date(day)).run()


@main.command()
@click.option(
    "--date",
    "day",
    metavar="YYYY-MM-DD|yesterday|-N",
    help="The day to brief: a date, yesterday, or -N days ago (default: today, UTC).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["rich", "text", "markdown", "json"]),
    help="Output format (default: rich on a terminal, text when piped).",
)
@click.option("--no-refresh", is_flag=True, help="Print from the store without fetching first.")
@click.pass_obj
@handle_errors
def today(state: State, day: str | None, fmt: str | None, no_refresh: bool) -> None:
    """Print the day's briefing: stories ranked by how widely they are carried.

    Refreshes first when the last refresh is older than `refresh_minutes`.
    """
    from briefing.pipeline import build_briefing, mark_seen, story_changes
    from briefing.store.queries import latest_published

    config = state.feeds_config()
    the_day = parse_date(day)
    failed = False
    fmt = fmt or ("rich" if sys.stdout.isatty() else "text")
    with state.store() as store:
        if not no_refresh and not config.demo and _refresh_is_stale(config, store):
            # The printout lists the failing feeds: stderr does not name them again.
            done = _run_refresh(config, store, quiet=True, failures=False)
            failed = done.all_failed
            config = state.reload() if done.renamed else config
        now = datetime.now(UTC)
        result = build_briefing(config, store, the_day, now=now)
        newest = None if result.stories else latest_published(store, list(config.feed_index))
        latest = newest.date() if newest else None  # where an empty day points the user
        changes = story_changes(store, "today", result.stories)
        if fmt == "json":
            from briefing.render.export import briefing_dict

            payload = briefing_dict(result, changes)
            write_out(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", what="the briefing")
        elif fmt == "rich":
            from briefing.render.console import briefing_renderable, make_console

            make_console().print(briefing_renderable(result, latest=latest, changes=changes))
        else:
            from briefing.render.digest import briefing_markdown, briefing_text

            text = (
                briefing_markdown(result, latest=latest, changes=changes)
                if fmt == "markdown"
                else briefing_text(result, latest=latest, changes=changes)
            )
            write_out(text, what="the briefing")
        # Only once the briefing is written: the next `today` says how its stories grew.
        mark_seen(store, "today", result.stories, now=now)
    if failed:
        sys.exit(1)


def _refresh_is_stale(config: Config, store: Store) -> bool:
    from briefing.store.schema import load_time

    last = load_time(store.get_meta("last_refresh"))
    return last is None or datetime.now(UTC) - last > timedelta(minutes=config.refresh_minutes)


@main.command()
@click.option(
    "--since",
    default="last",
    show_default=True,
    metavar="DURATION|last",
    help="Stories first seen in this window (90m, 24h, 7d), or since the last digest.",
)
@format_option("text", "markdown", "json")
@click.option(
    "--refresh/--no-refresh",
    default=False,
    help="Refresh the feeds first (off: cron usually runs `refresh` itself).",
)
@click.pass_obj
@handle_errors
def digest(state: State, since: str, fmt: str, refresh: bool) -> None:
    """Print what is new since the last digest, for cron to mail; nothing when nothing is new.

    Each story is sent once; a story a new outlet joins later is sent again as updated.
    """
    from briefing.pipeline import build_digest
    from briefing.store.feedinfo import failing_since

    config = state.feeds_config()
    start = parse_since(since, datetime.now(UTC))
    with state.store() as store:
        done = _run_refresh(config, store, quiet=True) if refresh else None
        config = state.reload() if done and done.renamed else config
        # A feed named on stderr as it started failing is not named again in the footer.
        named = done.named if done else frozenset()
        since_map = failing_since(store, list(config.feed_index))
        footer = {name: when for name, when in since_map.items() if name not in named}

        def deliver(result: Digest) -> None:
            # Runs while the stories are claimed but not yet sent (see build_digest): if
            # writing fails, the claim is released and the next digest sends them again.
            if result.entries:
                text = _digest_output(result, fmt, footer)
                write_out(text, what="the digest (nothing was marked sent)")

        build_digest(config, store, since=start, now=datetime.now(UTC), deliver=deliver)
    if done and done.all_failed:
        sys.exit(1)


def _digest_output(result: Digest, fmt: str, failing: Mapping[str, datetime]) -> str:
    if fmt == "json":
        from briefing.render.export import digest_dict

        return json.dumps(digest_dict(result), ensure_ascii=False, indent=2) + "\n"
    from briefing.render.digest import digest_markdown, digest_text

    if fmt == "markdown":
        return digest_markdown(result, failing_since=failing)
    return digest_text(result, failing_since=failing)


@main.command("refresh")
@click.option(
    "--feed", "only", multiple=True, metavar="NAME", help="Refresh only this feed (repeatable)."
)
@click.option(
    "--force", is_flag=True, help="Fetch even feeds whose <ttl> or minimum interval has not passed."
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    help="Feeds fetched at once (overrides the config).",
)
@click.option(
    "--per-host",
    type=click.IntRange(min=1),
    help="Feeds fetched at once from one host (overrides the config).",
)
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="For cron: name only feeds that start failing, recover or move; no totals.",
)
@click.pass_obj
@handle_errors
def refresh_command(
    state: State,
    only: tuple[str, ...],
    force: bool,
    concurrency: int | None,
    per_host: int | None,
    quiet: bool,
) -> None:
    """Fetch every feed that is due and store what is new.

    A failing feed is named when it starts failing and when it recovers, not on
    every run. Exits 1 when every feed failed.
    """
    import dataclasses

    config = state.feeds_config()
    unknown = [name for name in only if name not in config.feed_index]
    if unknown:
        raise UsageError(f"--feed: no feed named {unknown[0]!r} in the config")
    if concurrency or per_host:
        config = dataclasses.replace(
            config,
            concurrency=concurrency or config.concurrency,
            per_host=per_host or config.per_host,
        )
    with state.store() as store:
        # Feeds asked for by name have every failure named, not only new ones.
        done = _run_refresh(
            config,
            store,
            only=only or None,
            force=force or bool(only),
            quiet=quiet,
            again=bool(only),
        )
    if done.all_failed:
        sys.exit(1)


def _run_refresh(
    config: Config,
    store: Store,
    *,
    only: tuple[str, ...] | None = None,
    force: bool = False,
    quiet: bool = False,
    failures: bool = True,
    again: bool = False,
) -> Refreshed:
    """Refresh, then say on stderr what changed (see `refresh_lines`).

    `quiet` drops the progress bar and the totals line, leaving only feeds that
    started failing, recovered or moved; without `failures` no failure is named;
    with `again` every failure is named, also of feeds that were failing before.
    """
    from briefing.pipeline import refresh
    from briefing.render.digest import refresh_lines

    statuses = () if again else store.feed_statuses()
    was_failing = {f.name for f in statuses if f.status in ("error", "gone")}
    if sys.stderr.isatty() and not quiet:
        from briefing.render.console import refresh_progress

        with refresh_progress(len(config.feeds)) as progress:
            report = refresh(config, store, only=only, force=force, progress=progress)
    else:
        report = refresh(config, store, only=only, force=force)
    for line in refresh_lines(report, was_failing, failures=failures, totals=not quiet):
        say(line)
    started = {o.name for o in report.failed if o.name not in was_failing} if failures else set()
    renamed = _name_by_titles(config, store, report, quiet=quiet)
    return Refreshed(report, frozenset(started), bool(renamed))


def _name_by_titles(
    config: Config, store: Store, report: RefreshReport, *, quiet: bool
) -> dict[str, str]:
    """Feeds without a name of their own take their feed's title, on the first refresh
    that reads one; the name is written into the config, where the user can change it.
    """
    from briefing.cli.feeds import name_from_title

    taken = dict(config.feed_index)
    wanted = {}
    for outcome in report.outcomes:
        feed = config.feed_index.get(outcome.name)
        if config.path is None or feed is None or feed.name != feed.url or not outcome.title:
            continue
        name = name_from_title(outcome.title, feed.url, taken)
        if name != feed.url:
            wanted[feed.name] = name
            taken[name] = feed
    if not wanted or config.path is None:
        return {}
    from briefing.config_edit import name_feeds
    from briefing.errors import ConfigError
    from briefing.store.feedinfo import rename_feeds

    try:
        given = name_feeds(config.path, wanted)
    except ConfigError as exc:
        if not quiet:  # a cron job is not told every run; `feeds add --name` still works
            say(f"cannot name feeds by their titles: {exc}")
        return {}
    rename_feeds(store, given)
    if not quiet:
        for old, new in given.items():
            say(f"named {old} {new!r}, its own title (the config has it, to change)")
    return given


class Refreshed(NamedTuple):
    """A refresh's report, the failures it named on stderr (never named again), and
    whether feeds were named by their titles (the config must be read again)."""

    report: RefreshReport
    named: frozenset[str]
    renamed: bool = False

    @property
    def all_failed(self) -> bool:
        """Every feed fetched failed: the job failed (exit 1)."""
        fetched = self.report.fetched
        return bool(fetched) and len(self.report.failed) == len(fetched)


main.add_command(feeds.feeds)
main.add_command(feeds.import_opml)
main.add_command(feeds.export_opml)
main.add_command(feeds.init)
main.add_command(summarize.summarize)
main.add_command(quotes.quotes)
