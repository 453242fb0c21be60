"""The exceptions briefing raises; front ends catch these and nothing lower.

BriefingError            anything the user should see as one line
├── ConfigError          bad or unreadable config (exit 2)
├── UsageError           bad command-line input, OPML, dates (exit 2)
├── StoreError           the SQLite store cannot be opened or written
└── FetchError           one feed could not be fetched or parsed
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base of every error briefing reports to its user as a single line."""


class ConfigError(BriefingError):
    """The config file is missing, malformed, or holds a wrong value."""


class UsageError(BriefingError):
    """Input given on the command line (a file, a date, OPML) is not usable."""


class StoreError(BriefingError):
    """The store cannot be opened, migrated or written."""


class FetchError(BriefingError):
    """One feed could not be fetched or parsed; the message says why."""
