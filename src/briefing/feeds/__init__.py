"""Getting feeds: the HTTP client, polite fetching, parsing (fast path, feedparser, JSON Feed),
entry → item, HTML → paragraphs, OPML.

May import the shared vocabulary (`models`, `errors`, `sanitize`, ...) and httpx; never the
store, the story engine or a front end.
"""
