"""Edits of config.toml by `feeds add`, `feeds remove` and `import-opml`.

The user's file is theirs: comments, layout, a symlink into a dotfiles repo and a
0600 mode all survive an edit. One edit runs at a time (an flock on a lock file
beside the real file, so twenty `feeds add` at once keep twenty feeds), and a
reader sees the old file or the new one, never half of one: the new text goes to a
unique temp file in the same folder, is fsynced, then renamed over the target.

Removal goes through tomlkit, which keeps comments and layout and understands
both `[[feeds]]` tables and `feeds = [{...}]` arrays. Adding to `[[feeds]]`
tables appends their text after the file's own bytes: tomlkit takes about 10 s to
parse a 70,000-feed file, and an append changes nothing above it. Every edit is
checked by parsing its result: the feeds must be the old ones plus or minus
exactly the ones edited.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import os
import secrets
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import tomlkit
import tomlkit.items
from tomlkit.exceptions import TOMLKitError

from briefing.config import feed_block, new_config_text, parse_config
from briefing.errors import ConfigError
from briefing.models import Feed


def add_feeds(path: Path, feeds: Sequence[Feed], *, skip_known: bool = False) -> list[Feed]:
    """Add feeds to the config file (creating it with a short header first), keeping its comments.

    Args:
        path: the config file, or a symlink to it.
        feeds: the feeds to add, in order.
        skip_known: skip a feed whose URL is already configured, and rename one whose
            name is taken to "name (url)" (skipping it when that is taken too), as an
            OPML import does; otherwise a taken name or URL is an error.

    Returns:
        The feeds added, as written.

    Raises:
        ConfigError: a feed's name or URL is already taken (without `skip_known`), or the
            file cannot be read or written.
    """
    with _locked(path) as target:
        text = _read(target) if target.exists() else new_config_text()
        current = parse_config(text, path).feeds
        added = _fresh(path, current, feeds, skip_known=skip_known)
        if not added:
            return []
        expected = [*current, *added]
        try:
            new_text = _appended(text, added)
            _check(new_text, path, expected)
        except ConfigError:
            # `feeds = [...]` is a static array in TOML: `[[feeds]]` cannot extend it.
            new_text = _edited(text, path, lambda feeds: _extend(feeds, added))
            _check(new_text, path, expected)
        _write_atomically(target, new_text)
    return added


def create_config(path: Path, text: str) -> None:
    """Write a new config file (`briefing init`); an existing one is never replaced.

    Raises:
        ConfigError: the file exists already, or cannot be written.
    """
    parse_config(text, path)  # what we write must load
    with _locked(path) as target:
        if target.exists() or target.is_symlink():
            raise ConfigError(f"{path}: a config file exists already; edit it instead")
        _write_atomically(target, text)


def name_feeds(path: Path, names: Mapping[str, str]) -> dict[str, str]:
    """Name the feeds that have no name of their own (their name is their URL).

    Args:
        path: the config file, or a symlink to it.
        names: the new name of each feed, by its current name (its URL).

    Returns:
        The names given, by old name: a feed the user named meanwhile, or whose new
        name another feed has taken, is left as it is.

    Raises:
        ConfigError: the file cannot be read or written.
    """
    with _locked(path) as target:
        text = _read(target)
        current = parse_config(text, path).feeds
        taken = {feed.name for feed in current}
        given: dict[str, str] = {}
        for feed in current:
            new = names.get(feed.name)
            if feed.name == feed.url and new and new not in taken:
                given[feed.name] = new
                taken.add(new)
        if not given:
            return {}

        def rename(entries: Any) -> None:
            for entry in entries:
                old = str(entry.get("name") or entry["url"])
                if old in given:
                    entry["name"] = given[old]

        new_text = _edited(text, path, rename)
        expected = [dataclasses.replace(f, name=given.get(f.name, f.name)) for f in current]
        _check(new_text, path, expected)
        _write_atomically(target, new_text)
    return given


def remove_feed(path: Path, name: str) -> None:
    """Remove the feed named `name` from the config file, keeping everything else.

    Raises:
        ConfigError: no feed has that name, or the file cannot be read or written.
    """
    with _locked(path) as target:
        if not target.exists():
            raise ConfigError(f"{path}: config file not found")
        text = _read(target)
        current = parse_config(text, path).feeds
        names = [feed.name for feed in current]
        if name not in names:
            raise ConfigError(f"{path}: no feed named {name!r}")
        index = names.index(name)

        def drop(feeds: Any) -> None:
            del feeds[index]

        new_text = _edited(text, path, drop)
        _check(new_text, path, [f for f in current if f.name != name])
        _write_atomically(target, new_text)


def _fresh(
    path: Path, current: Sequence[Feed], feeds: Sequence[Feed], *, skip_known: bool
) -> list[Feed]:
    taken = {feed.name for feed in current}
    urls = {feed.url for feed in current}
    fresh = []
    for feed in feeds:
        if skip_known:
            if feed.url in urls:
                continue
            if feed.name in taken:
                feed = dataclasses.replace(feed, name=f"{feed.name} ({feed.url})")
                if feed.name in taken:
                    continue
        elif feed.url in urls:
            raise ConfigError(f"{path}: {feed.url} is already subscribed")
        elif feed.name in taken:
            raise ConfigError(f"{path}: a feed named {feed.name!r} is already configured")
        taken.add(feed.name)
        urls.add(feed.url)
        fresh.append(feed)
    return fresh


def _appended(text: str, feeds: Sequence[Feed]) -> str:
    """`text` with `[[feeds]]` tables appended after its last byte."""
    if not text.endswith("\n"):
        text += "\n"
    return text + "".join("\n" + feed_block(feed) for feed in feeds)


def _extend(entries: tomlkit.items.AoT | tomlkit.items.Array, feeds: Sequence[Feed]) -> None:
    """Append feeds to a `[[feeds]]` array of tables or a `feeds = [...]` inline array."""
    tables = isinstance(entries, tomlkit.items.AoT)
    for feed in feeds:
        table = tomlkit.table() if tables else tomlkit.inline_table()
        table.update({"name": feed.name, "url": feed.url})
        if feed.tags:
            table["tags"] = list(feed.tags)
        entries.append(table)


def _edited(text: str, path: Path, change: Callable[[Any], object]) -> str:
    """`text` after `change` is applied to its feeds array by tomlkit."""
    try:
        document = tomlkit.parse(text)
    except TOMLKitError as exc:
        raise ConfigError(f"{path}: cannot edit config: {exc}") from None
    feeds = document.get("feeds")
    if feeds is None:
        feeds = tomlkit.aot()
        document["feeds"] = feeds
    change(feeds)
    return tomlkit.dumps(document)


def _check(text: str, path: Path, expected: Sequence[Feed]) -> None:
    if parse_config(text, path).feeds != tuple(expected):
        raise ConfigError(f"{path}: cannot edit config: the edit did not come out as intended")


def _read(target: Path) -> str:
    try:
        return target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{target}: cannot read config: {exc}") from None


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[Path]:
    """Hold the config's edit lock; yields the real file behind any symlinks.

    The lock file sits beside the real file, so edits through two different
    symlinks still take turns. It is never deleted: deleting a lock file lets a
    waiter lock the old inode while a newcomer locks a new one.
    """
    target = Path(os.path.realpath(path))
    # Read-only: flock needs no write access, so a lock file the user cannot write
    # (another owner's, an immutable one) still serialises edits.
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        lock = os.open(target.with_name(f".{target.name}.lock"), os.O_RDONLY | os.O_CREAT, 0o600)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot lock config for editing: {exc}") from None
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield target
    finally:
        os.close(lock)


def _write_atomically(target: Path, text: str) -> None:
    """Replace `target` with `text`: a unique fsynced temp file renamed over it, same mode.

    A new file gets the mode the user's umask gives any new file (the temp file is
    created with 0666 and the umask applies); an existing one keeps its own.
    """
    temp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    created = False
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else None
        handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        created = True
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            if mode is not None:
                os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        os.replace(temp, target)
        created = False
        _sync_folder(target.parent)
    except OSError as exc:
        raise ConfigError(f"{target}: cannot write config: {exc}") from None
    finally:
        if created:
            temp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    # The rename is durable once the folder's entry is on disk.
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
