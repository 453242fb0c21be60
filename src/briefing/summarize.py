"""One article → Summary: dateline, source, lead, quotes with speakers, figures with context."""

from __future__ import annotations

from dataclasses import replace

# The JSON of `summarize --format json` (DESIGN.md) is codec's, with the models' other forms.
from briefing.codec import summary_dict as summary_to_dict
from briefing.extract.attribution import extract_quotes
from briefing.extract.dateline import extract_dateline
from briefing.extract.figures import extract_figures
from briefing.extract.furniture import article_only, is_kicker
from briefing.extract.language import OPENING, is_english
from briefing.extract.sentences import split_sentences
from briefing.extract.signoff import byline_agency, extract_signoff
from briefing.models import Summary
from briefing.versions import SUMMARIZER_VERSION

__all__ = ["SUMMARIZER_VERSION", "summarize", "summary_to_dict"]

MAX_CHARS = 100_000
"""Quotes and figures are read from this much of an article (long reads run to ~60,000)."""


def summarize(text: str) -> Summary:
    """Read an article (plain text, one paragraph per line) into a Summary.

    Quote and figure spans are offsets into `text` itself. The source is the outlet the
    dateline names or, failing that, the one its sign-off or credit line names. An article
    in another language than English (see extract.language) gets its lead and its quotes
    without speakers, and no figures.
    """
    text = article_only(text)
    dateline = extract_dateline(text)
    sentences = split_sentences(text, dateline.end, dateline.end + MAX_CHARS)
    first = next((k for k, span in enumerate(sentences) if not is_kicker(text, *span)), 0)
    lead = text[sentences[first][0] : sentences[first][1]] if sentences else ""
    quotes = tuple(extract_quotes(text, dateline.end, sentences))
    english = is_english(text[dateline.end : dateline.end + OPENING])
    if not english:
        # Speakers are found by English speech verbs, figures by English units and number
        # forms ("35.000 US-Dollar" is 35,000 in German): another language's copy keeps its
        # lead and its quotes' words, and nothing misread.
        quotes = tuple(replace(quote, speaker=None) for quote in quotes)
    source = dateline.source or byline_agency(text) or extract_signoff(text)
    return Summary(
        dateline=dateline.place,
        source=source,
        lead=lead,
        quotes=quotes,
        figures=tuple(extract_figures(text, dateline.end, sentences, source)) if english else (),
    )
