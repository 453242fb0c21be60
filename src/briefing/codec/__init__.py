"""The JSON forms of the models, each written once as a msgspec Struct.

Two families, one package, so a field added to a model is added here once:

- **Kept** (`kept.py`, the store's own, compact): a quote or figure is a row read by
  position; `StoredSummary` is a row of the `summaries` table, `CachedStory` a
  story of the day cache. A row only ever grows at its end, with a default
  (figures stored before `change` existed have seven items and still read).
  Any other change to a kept form bumps `SUMMARIZER_VERSION` (summaries) or
  `STORIES_VERSION` (the day cache) in `versions.py`, so old rows are rebuilt,
  never misread; a row that does not decode is a `ValueError` to the caller.
- **Shown** (`shown.py`, the JSON contract of README.md and DESIGN.md): `summarize
  --format json`, and the stories, figures, quotes, changes and feeds that
  `today`, `digest` and `feeds list` print (render/export.py assembles those
  documents). They are handed out as plain dicts and lists, so the front ends
  keep writing them with `json.dumps` and their bytes do not change.

msgspec decodes a kept row straight into typed Structs (and checks it),
which is what `today` spends its time on when it reads a cached day: see
benchmarks/serialisation.py for its figures beside the json module's.
"""

from briefing.codec.kept import (
    CachedStory,
    FigureRow,
    QuoteRow,
    StoredSummary,
    dump_stories,
    dump_summary,
    load_figures,
    load_quotes,
    load_stories,
    load_summary,
)
from briefing.codec.shown import (
    FigureBefore,
    ShownChanges,
    ShownFeed,
    ShownFigure,
    ShownItem,
    ShownMove,
    ShownQuote,
    ShownSource,
    ShownStory,
    ShownSummary,
    StoryFigure,
    StoryQuote,
    SummaryFigure,
    SummaryQuote,
    changes_dict,
    feed_dict,
    figure_dict,
    quote_dict,
    story_dict,
    summary_dict,
)

__all__ = [
    "CachedStory",
    "FigureBefore",
    "FigureRow",
    "QuoteRow",
    "ShownChanges",
    "ShownFeed",
    "ShownFigure",
    "ShownItem",
    "ShownMove",
    "ShownQuote",
    "ShownSource",
    "ShownStory",
    "ShownSummary",
    "StoredSummary",
    "StoryFigure",
    "StoryQuote",
    "SummaryFigure",
    "SummaryQuote",
    "changes_dict",
    "dump_stories",
    "dump_summary",
    "feed_dict",
    "figure_dict",
    "load_figures",
    "load_quotes",
    "load_stories",
    "load_summary",
    "quote_dict",
    "story_dict",
    "summary_dict",
]
