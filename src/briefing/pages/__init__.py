"""Full text for teasers: which stored teasers to read the article page of, and reading one.

May import `feeds` (the client, HTML → text), `store` and the shared vocabulary; never a
front end.
"""
