"""Items → stories: what each item's copy signals, clustering, merging and ranking.

Pure functions over `models` and `summarize`: no network, no disk, no clock (pass `now` in).
May import `summarize`, `extract` and the shared vocabulary only.
"""
