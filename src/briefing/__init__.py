"""briefing: a terminal news briefing built from wire-style feeds."""

__version__ = "0.1.0"
