"""Reading one article: sentences, dateline, quotes with speakers, figures (pure functions)."""
