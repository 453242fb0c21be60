"""Getting feeds: the HTTP client, polite fetching, parsing (fast path, feedparser, JSON Feed),
entry → item, HTML → paragraphs, OPML.

May import the shared vocabulary (`models`, `errors`, `sanitize`, ...) and httpx; never the
store, the story engine or a front end.
"""

import sys

# httpx imports its own command-line tool (`httpx._main`: rich, pygments, click) at
# import whenever those are installed, as they are beside briefing: about 90 ms of the
# 150 ms that `import httpx` costs every refresh, for a tool briefing never runs. Marked
# absent, httpx falls back to a stub `httpx.main` and imports only its client. Set in
# the package whose modules alone import httpx (tests/feeds/test_imports_light.py).
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
