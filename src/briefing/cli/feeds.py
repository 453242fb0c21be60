"""The subscription commands of `briefing`: feeds list, add and remove; OPML in and out."""

from __future__ import annotations

import json
from pathlib import Path

import click

from briefing.cli.common import State, handle_errors, say
from briefing.errors import UsageError


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
@click.option("--name", help="Display name (default: the URL).")
@click.option("--tag", "tags", multiple=True, help="A section for its stories (repeatable).")
@click.pass_obj
@handle_errors
def feeds_add(state: State, url: str, name: str | None, tags: tuple[str, ...]) -> None:
    """Add a feed to the config file."""
    from briefing.config_edit import add_feeds
    from briefing.models import Feed
    from briefing.paths import config_path
    from briefing.sanitize import clean_line, safe_url

    if safe_url(url) is None:
        raise UsageError(f"{url!r} is not an http(s) URL")
    path = state.config_path or config_path()
    # A blank --name falls back to the URL, as the config does for a feed without one.
    display = clean_line(name or "") or url
    feed = Feed(name=display, url=url, tags=tuple(clean_line(t) for t in tags))
    add_feeds(path, [feed])
    say(f"added {feed.name!r} to {path}")


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
