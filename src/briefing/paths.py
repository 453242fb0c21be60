"""Where briefing keeps its config and data: XDG directories via platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "briefing"


def config_path() -> Path:
    """The config file: $BRIEFING_CONFIG, else config.toml in the XDG config dir."""
    env = os.environ.get("BRIEFING_CONFIG")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME) / "config.toml"


def default_data_dir() -> Path:
    """The data dir when the config names none: $BRIEFING_DATA_DIR, else the XDG data dir."""
    env = os.environ.get("BRIEFING_DATA_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME)


def store_path(data_dir: Path) -> Path:
    """The SQLite store inside a data dir."""
    return data_dir / "briefing.sqlite3"
