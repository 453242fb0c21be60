"""The SQLite store: its schema and migrations, feeds and their fetch state, item queries, and
the day cache of built stories. All of briefing's SQL lives in this layer.

May import the shared vocabulary and `stories` (for the types it caches); never `feeds`,
`pages` or a front end.
"""
