"""The subscription commands of `briefing`: feeds list, add and remove; OPML in and out."""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefing.cli.common import State, handle_errors, say
from briefing.config import STARTER_SETS
from briefing.errors import UsageError

if TYPE_CHECKING:
    from briefing.models import Feed


@click.group()
def feeds() -> None:
    """List, add and remove feeds."""


@feeds.command("list")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
@handle_errors
def feeds_list(state: State, fmt: str) -> None:
    """Each feed with its health: status, items, last fetch, last error."""
    from briefing.models import FeedStatus

    config = state.config()
    with state.store() as store:
        store.sync_feeds(config.feeds)
        statuses = {s.name: s for s in store.feed_statuses([f.name for f in config.feeds])}
    rows = [
        statuses.get(f.name) or FeedStatus(f.name, f.url, "new", None, 0, None)
        for f in config.feeds
    ]
    if fmt == "json":
        from briefing.render.export import feed_dict

        click.echo(json.dumps([feed_dict(r) for r in rows], ensure_ascii=False, indent=2))
        return
    from briefing.render.digest import feeds_text

    click.echo(feeds_text(rows), nl=False)


@feeds.command("add")
@click.argument("url")
@click.option("--name", help="Display name (default: the feed's own title).")
@click.option("--tag", "tags", multiple=True, help="A section for its stories (repeatable).")
@click.option(
    "--no-fetch", is_flag=True, help="Add it without fetching it first (offline, or in bulk)."
)
@click.pass_obj
@handle_errors
def feeds_add(
    state: State, url: str, name: str | None, tags: tuple[str, ...], no_fetch: bool
) -> None:
    """Add a feed to the config file, after fetching it once to see that it is a feed."""
    from briefing.config_edit import add_feeds
    from briefing.feeds.probe import probe_feed
    from briefing.models import Feed
    from briefing.paths import config_path
    from briefing.pipeline import fetch_settings
    from briefing.sanitize import clean_line, safe_url

    if safe_url(url) is None:
        raise UsageError(f"{url!r} is not an http(s) URL")
    path = state.config_path or config_path()
    config = state.config(hint=False)
    _refuse_known(config.feeds, url)
    probe = None
    if not no_fetch:
        settings = fetch_settings(config)
        now = datetime.now(UTC)
        probe = probe_feed(url, settings, now=now, max_items=config.retention_items)
    title = probe.title if probe else None
    display = clean_line(name or "") or name_from_title(title, url, config.feed_index)
    feed = Feed(name=display, url=url, tags=tuple(clean_line(t) for t in tags))
    add_feeds(path, [feed])
    if probe is None:
        say(f"added {feed.name!r} to {path}")
    elif probe.error is None:
        count = f"{probe.items} item{'s' if probe.items != 1 else ''}"
        say(f"added {feed.name!r} ({count}) to {path}")
    else:
        say(
            f"added {feed.name!r} to {path}, but its first fetch found no feed: {probe.error} "
            f"(`briefing feeds remove {shlex.quote(feed.name)}` takes it out)"
        )


def _refuse_known(feeds: Iterable[Feed], url: str) -> None:
    for feed in feeds:
        if feed.url == url:
            raise UsageError(f"{url} is already subscribed as {feed.name!r}")


MAX_NAME_CELLS = 60
"""A feed's own title longer than this is cut to make its name (titles can be paragraphs)."""


def name_from_title(title: str | None, url: str, taken: Mapping[str, Feed]) -> str:
    """A name from the feed's own title: one clean line, short, not taken; else the URL.

    `feeds add` names a feed so; so does the first refresh that reads the title of a
    feed still named by its URL (see `cli.main`).
    """
    from urllib.parse import urlsplit

    from briefing.render.digest import elide
    from briefing.sanitize import clean_line

    name = elide(clean_line(title or ""), MAX_NAME_CELLS)
    if not name:
        return url
    if name in taken:
        name = f"{name} ({urlsplit(url).hostname})"
    return url if name in taken else name


@feeds.command("remove")
@click.argument("name")
@click.pass_obj
@handle_errors
def feeds_remove(state: State, name: str) -> None:
    """Remove a feed from the config file (its stored items go with it)."""
    from briefing.config import load_config
    from briefing.config_edit import remove_feed
    from briefing.paths import config_path, store_path
    from briefing.store.database import open_store

    path = state.config_path or config_path()
    remove_feed(path, name)
    config = load_config(path)
    store_file = store_path(config.data_dir)
    if store_file.exists():
        with open_store(store_file) as store:
            store.remove_feed(name)
    say(f"removed {name!r} from {path}")


@click.command("import-opml")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.pass_obj
@handle_errors
def import_opml(state: State, file: Path) -> None:
    """Add the feeds of an OPML file to the config (ones already there are skipped)."""
    from briefing.config_edit import add_feeds
    from briefing.feeds.opml import read_opml
    from briefing.paths import config_path

    try:
        data = file.read_bytes()
    except OSError as exc:
        raise UsageError(f"{file}: cannot read: {exc.strerror or exc}") from None
    found = read_opml(data, str(file))
    path = state.config_path or config_path()
    # Which feeds are new is decided under the config's edit lock, against the file
    # as it is then: a feed already there (by URL) is skipped, never an error.
    added = add_feeds(path, found, skip_known=True) if found else []
    say(f"imported {len(added)} feeds into {path} ({len(found) - len(added)} already there)")


@click.command("export-opml")
@click.pass_obj
@handle_errors
def export_opml(state: State) -> None:
    """Print the configured feeds as OPML."""
    from briefing.feeds.opml import write_opml

    click.echo(write_opml(state.config().feeds), nl=False)


@click.command("init")
@click.option(
    "--starter",
    type=click.Choice(sorted(STARTER_SETS)),
    help="Also write this starter set of feeds (world: five world-news feeds), with comments.",
)
@click.pass_obj
@handle_errors
def init(state: State, starter: str | None) -> None:
    """Write a new config file: a header pointing at the example, and a starter set if asked."""
    from briefing.config import new_config_text
    from briefing.config_edit import create_config
    from briefing.paths import config_path

    path = state.config_path or config_path()
    create_config(path, new_config_text(starter))
    what = f"the starter set {starter!r}" if starter else "no feeds yet"
    say(f"wrote {path} with {what}; `briefing feeds add URL` adds a feed")
