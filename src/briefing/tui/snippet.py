"""The words around a search hit, as the search view shows them under its headline.

The store finds items with SQLite's FTS5 (words as prefixes, case and accents folded by
the unicode61 tokenizer); this finds the same words again in the item's text to show
where they are. FTS5's own `snippet()` would need the query to run once per index
(items and pages) and a store change for the text it cuts; a hit's text is already
loaded, and folding it here keeps the store's search one query.
"""

from __future__ import annotations

import re
import unicodedata

SNIPPET_CHARS = 160
"""Characters of text shown around a hit (two lines of the search box)."""
LEAD_IN = 40
"""Characters kept before the first match, so it reads in its sentence."""


def _fold(text: str) -> str:
    """`text` lowercased without accents, one character for one (so offsets still match)."""
    return "".join(unicodedata.normalize("NFD", c)[0].lower()[:1] or c for c in text)


def snippet(text: str, query: str, width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """About `width` characters of `text` around the first word of `query` found in it,
    whitespace collapsed and cut at spaces with "…", and the spans of the matched words in it.

    A text in which no word is found (the match was in the title or the article page)
    gives its opening.
    """
    flat = " ".join(text.split())
    words = [_fold(w) for w in re.findall(r"\w+", query)]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*") if words else None
    folded = _fold(flat)
    first = pattern.search(folded) if pattern else None
    start = 0
    if first is not None and first.start() > LEAD_IN:
        start = flat.find(" ", first.start() - LEAD_IN, first.start()) + 1
    end = len(flat)
    if end - start > width:
        cut = flat.rfind(" ", start + width // 2, start + width)
        end = cut if cut > 0 else start + width
    shown = flat[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    spans = (
        [
            (m.start() - start + len(prefix), m.end() - start + len(prefix))
            for m in pattern.finditer(folded, start, end)
        ]
        if pattern
        else []
    )
    return prefix + shown + suffix, spans
