"""Versions of what briefing derives from articles; bumping one recomputes its caches.

They live apart from the code they version so that reading a cached day does
not have to import (and compile the patterns of) the summarizer or clusterer.
"""

from __future__ import annotations

SUMMARIZER_VERSION = 50
"""Bumped whenever summaries change, so stored summaries are recomputed."""

STORIES_VERSION = 121
"""Bumped when clustering, merging or ranking changes, so cached briefings are rebuilt."""
