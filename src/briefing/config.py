"""config.toml → a frozen Config; defaults, validation, and errors naming file, line and key."""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.errors import ConfigError
from briefing.models import Feed
from briefing.paths import config_path, default_data_dir
from briefing.sanitize import clean_line, safe_url


@dataclass(frozen=True)
class Config:
    """Everything briefing reads from config.toml, validated once."""

    feeds: tuple[Feed, ...]
    """The feeds to follow, in config order."""
    data_dir: Path
    """Where the store lives."""
    path: Path | None = None
    """The file this came from; None for the built-in defaults and the demo."""
    refresh_minutes: int = 30
    """`briefing today` refreshes first when the last refresh is older than this."""
    concurrency: int = 200
    """Feeds fetched at once across all hosts."""
    per_host: int = 2
    """Feeds fetched at once from one host (politeness: so at most two connections)."""
    timeout_seconds: float = 60.0
    """Overall deadline for one feed: connect, redirects and body."""
    max_feed_mb: float = 10.0
    """Largest feed body accepted, after decompression."""
    retention_days: int = 90
    """Items older than this are pruned (never before a digest has sent them)."""
    retention_items: int = 2000
    """At most this many items are kept per feed."""
    demo: bool = False
    """True for the bundled offline sample feeds."""
    first_run: bool = False
    """True when no config file exists: briefing follows no feed until the user picks some."""
    feed_index: dict[str, Feed] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.feed_index.update({feed.name: feed for feed in self.feeds})


STARTER_SETS: dict[str, tuple[tuple[Feed, str], ...]] = {
    "world": (
        (
            Feed("Realist English", "https://english.realtribune.ru/feed", ("world", "russia")),
            "Realist English: Russian and Central Asian news in English, wire style.",
        ),
        (
            Feed("BBC World", "https://feeds.bbci.co.uk/news/world/rss.xml", ("world",)),
            "BBC News, world section.",
        ),
        (
            Feed("Al Jazeera", "https://www.aljazeera.com/xml/rss/all.xml", ("world",)),
            "Al Jazeera English, all stories.",
        ),
        (
            Feed("The Guardian World", "https://www.theguardian.com/world/rss", ("world",)),
            "The Guardian, world news.",
        ),
        (
            Feed("NPR News", "https://feeds.npr.org/1001/rss.xml", ("world", "us")),
            "NPR, top news (mostly the United States).",
        ),
    ),
}
"""Feed sets `briefing init --starter NAME` writes into a new config, each with a comment.

briefing never follows them unasked: without a config it follows nothing and says
how to start (issue 18).
"""

_TOP_KEYS = {
    "data_dir": str,
    "refresh_minutes": int,
    "concurrency": int,
    "per_host": int,
    "timeout_seconds": (int, float),
    "max_feed_mb": (int, float),
    "retention_days": int,
    "retention_items": int,
    "feeds": list,
}
_FEED_KEYS = {
    "name": str,
    "url": str,
    "tags": list,
    "fulltext": bool,
    "weight": (int, float),
    "min_interval_minutes": int,
}
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")
_FEEDS_HEADER = re.compile(r"\s*\[\[\s*feeds\s*\]\]\s*(?:#.*)?")
"""A `[[feeds]]` header line, with any spaces and a trailing comment."""


def load_config(path: Path | None = None) -> Config:
    """Read and validate the config.

    Args:
        path: an explicit file (from --config); else $BRIEFING_CONFIG or the XDG default.

    Raises:
        ConfigError: the file is unreadable, not TOML, or holds a bad value.
    """
    explicit = path is not None or bool(os.environ.get("BRIEFING_CONFIG"))
    path = path if path is not None else config_path()
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: config file not found")
        return Config(feeds=(), data_dir=default_data_dir(), first_run=True)
    if path.is_dir():
        raise ConfigError(f"{path}: the config path is a directory, not a file")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ConfigError(f"{path}: cannot read config: {reason}") from None
    return parse_config(text, path)


def parse_config(text: str, path: Path) -> Config:
    """Validate config text; errors name `path`, the line and the key."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = _TOML_LINE.search(message)
        where = f"{path}:{line.group(1)}" if line else str(path)
        raise ConfigError(
            f"{where}: not valid TOML: {_TOML_LINE.sub('', message).strip()}"
        ) from None
    locate = _Locator(text, path)
    for key, value in raw.items():
        _check_type(locate, key, value, _TOP_KEYS)
    feeds = tuple(_parse_feed(locate, i, entry) for i, entry in enumerate(raw.get("feeds", [])))
    # A set, not a scan of the names before each one: a 70,000-feed OPML import made
    # that check quadratic, and every command took a minute to load the config.
    seen: set[str] = set()
    for i, feed in enumerate(feeds):
        if feed.name in seen:
            raise ConfigError(f"{locate(f'feeds[{i}].name')}: duplicate feed name {feed.name!r}")
        seen.add(feed.name)
    data_dir = raw.get("data_dir")
    positive = ("refresh_minutes", "concurrency", "per_host", "timeout_seconds", "max_feed_mb")
    for key in (*positive, "retention_days", "retention_items"):
        if key in raw and raw[key] <= 0:
            raise ConfigError(f"{locate(key)}: {key} must be greater than zero")
    return Config(
        feeds=feeds,
        data_dir=Path(data_dir).expanduser() if data_dir else default_data_dir(),
        path=path,
        # The class's defaults, so that a default is written in one place.
        refresh_minutes=raw.get("refresh_minutes", Config.refresh_minutes),
        concurrency=raw.get("concurrency", Config.concurrency),
        per_host=raw.get("per_host", Config.per_host),
        timeout_seconds=float(raw.get("timeout_seconds", Config.timeout_seconds)),
        max_feed_mb=float(raw.get("max_feed_mb", Config.max_feed_mb)),
        retention_days=raw.get("retention_days", Config.retention_days),
        retention_items=raw.get("retention_items", Config.retention_items),
    )


def _parse_feed(locate: _Locator, index: int, entry: Any) -> Feed:
    where = f"feeds[{index}]"
    if not isinstance(entry, dict):
        raise ConfigError(f"{locate(where)}: each [[feeds]] entry must be a table")
    for key, value in entry.items():
        _check_type(locate, f"{where}.{key}", value, _FEED_KEYS, index=index)
    if "url" not in entry:
        raise ConfigError(f"{locate(where)}: {where}.url is missing")
    url = entry["url"]
    if safe_url(url) is None:
        raise ConfigError(f"{locate(f'{where}.url')}: {where}.url must be an http(s) URL: {url!r}")
    name = clean_line(entry.get("name") or url)
    if not name:
        raise ConfigError(f"{locate(f'{where}.name')}: {where}.name is empty")
    tags = entry.get("tags", [])
    if not all(isinstance(tag, str) for tag in tags):
        raise ConfigError(f"{locate(f'{where}.tags')}: {where}.tags must be a list of strings")
    weight = float(entry.get("weight", 1.0))
    if weight <= 0:
        raise ConfigError(f"{locate(f'{where}.weight')}: {where}.weight must be greater than zero")
    interval = entry.get("min_interval_minutes", 0)
    if interval < 0:
        raise ConfigError(
            f"{locate(f'{where}.min_interval_minutes')}: {where}.min_interval_minutes is negative"
        )
    return Feed(
        name=name,
        url=url,
        tags=tuple(clean_line(tag) for tag in tags),
        fulltext=entry.get("fulltext", False),
        weight=weight,
        min_interval_minutes=interval,
    )


def _check_type(
    locate: _Locator, key: str, value: object, schema: dict[str, Any], index: int | None = None
) -> None:
    name = key.rsplit(".", 1)[-1]
    if name not in schema:
        known = ", ".join(sorted(schema))
        guess = difflib.get_close_matches(name, schema, n=1)
        if guess and isinstance(value, list | dict) and guess[0] == "feeds" and index is None:
            hint = "did you mean [[feeds]]?"
        elif guess:
            hint = f"did you mean {key.rsplit('.', 1)[0] + '.' if '.' in key else ''}{guess[0]}?"
        else:
            hint = f"known keys: {known}"
        raise ConfigError(f"{locate(key)}: unknown key {key!r} ({hint})")
    expected = schema[name]
    # bool is an int in Python, but `concurrency = true` is a mistake, not a number.
    ok = not (isinstance(value, bool) and expected is not bool) and isinstance(value, expected)
    if not ok:
        wanted = _type_name(expected)
        raise ConfigError(f"{locate(key)}: {key} must be {wanted}, not {_type_name(type(value))}")


def _type_name(kind: Any) -> str:
    names = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "a table",
    }
    if isinstance(kind, tuple):
        return "a number"
    return names.get(kind, getattr(kind, "__name__", str(kind)))


class _Locator:
    """Finds the line of a key in the config text, so errors can say `file:line`."""

    def __init__(self, text: str, path: Path) -> None:
        self.lines = text.splitlines()
        self.path = path

    def __call__(self, key: str) -> str:
        match = re.fullmatch(r"feeds\[(\d+)\](?:\.(\w+))?", key)
        start, end, name = 0, len(self.lines), key
        if match:
            headers = [n for n, line in enumerate(self.lines) if _FEEDS_HEADER.fullmatch(line)]
            index = int(match.group(1))
            if index < len(headers):
                start = headers[index]
                end = headers[index + 1] if index + 1 < len(headers) else len(self.lines)
                if match.group(2) is None:
                    return f"{self.path}:{start + 1}"
            name = match.group(2) or ""
        # `name = ...`, or a table header `[name]` / `[[name]]` (a `[[feed]]` typo).
        escaped = re.escape(name)
        pattern = re.compile(rf"^\s*(?:{escaped}\s*=|\[\[?\s*{escaped}\s*\]\]?)")
        for n in range(start, end):
            if pattern.match(self.lines[n]):
                return f"{self.path}:{n + 1}"
        return str(self.path)


def demo_config(data_dir: Path) -> Config:
    """Config of `--demo`: the bundled sample feeds in a throwaway data dir."""
    from briefing.demo import DEMO_FEEDS

    feeds = tuple(
        Feed(name=name, url=f"https://demo.briefing.invalid/{file}", tags=tags)
        for name, file, tags in DEMO_FEEDS
    )
    return Config(feeds=feeds, data_dir=data_dir, demo=True)


def example_config_path() -> Path:
    """config.example.toml as installed with the package: every key, commented."""
    from importlib import resources

    return Path(str(resources.files("briefing").joinpath("config.example.toml")))


def new_config_text(starter: str | None = None) -> str:
    """A new config file: a header pointing at the example, then the starter set asked for.

    Written by `briefing init` and by the first `feeds add` or `import-opml` without
    a config (with no starter set: the feeds added follow the header).
    """
    lines = [
        "# briefing config. Every key is optional; all of them are documented in",
        f"# {example_config_path()}",
        "# `briefing feeds add URL` and `briefing feeds remove NAME` edit this file and",
        "# keep your comments.",
        "",
    ]
    if starter is not None:
        lines += [
            f'# Starter set "{starter}", written by `briefing init --starter {starter}`:',
            "# a beginning to read and change. Remove what you do not want to follow.",
        ]
        for feed, about in STARTER_SETS[starter]:
            lines += ["", f"# {about}", feed_block(feed).rstrip("\n")]
        lines.append("")
    return "\n".join(lines)


def feed_block(feed: Feed) -> str:
    """A `[[feeds]]` table for `feed`, as appended to a config file."""
    tags = ", ".join(_toml_string(t) for t in feed.tags)
    lines = ["[[feeds]]", f"name = {_toml_string(feed.name)}", f"url = {_toml_string(feed.url)}"]
    if feed.tags:
        lines.append(f"tags = [{tags}]")
    return "\n".join(lines) + "\n"


def _toml_string(value: str) -> str:
    import tomlkit

    # tomlkit escapes what TOML requires, astral characters included.
    return tomlkit.string(value).as_string()
