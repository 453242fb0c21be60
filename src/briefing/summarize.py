"""One article → Summary: dateline, source, lead, quotes with speakers, figures with context."""

from __future__ import annotations

import re

# The JSON of `summarize --format json` (DESIGN.md) is codec's, with the models' other forms.
from briefing.codec import summary_dict as summary_to_dict
from briefing.extract.attribution import extract_quotes
from briefing.extract.dateline import extract_dateline
from briefing.extract.figures import extract_figures
from briefing.extract.sentences import split_sentences
from briefing.extract.signoff import extract_signoff
from briefing.models import Summary
from briefing.versions import SUMMARIZER_VERSION

__all__ = ["SUMMARIZER_VERSION", "article_only", "summarize", "summary_to_dict"]

MAX_CHARS = 100_000
"""Quotes and figures are read from this much of an article (long reads run to ~60,000)."""


_NOT_THE_ARTICLE = re.compile(
    r"^[^\S\n]*(?:(?:Related|Read more|Read also|Also read|See also|More on this|Recommended|"
    r"Watch|Listen|Photo(?:graph)?|Image|Picture|Video|Illustration|Graphic|Sign up)"
    r"[^\S\n]*:|Advertisement[^\S\n]*$"
    # A web page's furniture as copied into feeds: captions and credits without a colon,
    # players, share buttons, the advert's seam.
    r"|Image (?:copyright|caption|source)\b|Media playback is (?:unsupported|not supported)"
    r"|Share (?:this |on |via )?(?:with )?(?:Facebook|Twitter|Email|Messenger|WhatsApp|LinkedIn)"
    r"[^\S\n]*$|Continue reading the main story|Story continues below"
    r"|[^\n]{0,40}\bGetty Images[^\n]{0,40}$)[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
"""Lines a feed's text carries that are not the article: links to other stories ("Related:
How a golf club became ..."), captions and photo credits ("Image copyright Getty Images"),
players, share buttons and adverts. Their figures and quotes belong to other stories, and
none is the lead."""
_FURNITURE_MARKS = (
    ":",
    "dvertisement",
    "Image",
    "Getty",
    "Media playback",
    "Share",
    "Continue",
    "Story",
)
"""Pieces of the lines _NOT_THE_ARTICLE finds, as pages write them: a text holding none is
left as it is without running the pattern."""


def article_only(text: str) -> str:
    """text with the lines that are not the article blanked (offsets stay those of text)."""
    if not any(mark in text for mark in _FURNITURE_MARKS):
        return text
    return _NOT_THE_ARTICLE.sub(lambda m: " " * len(m.group(0)), text)


def summarize(text: str) -> Summary:
    """Read an article (plain text, one paragraph per line) into a Summary.

    Quote and figure spans are offsets into `text` itself. The source is the outlet the
    dateline names or, failing that, the one its sign-off or credit line names.
    """
    text = article_only(text)
    dateline = extract_dateline(text)
    sentences = split_sentences(text, dateline.end, dateline.end + MAX_CHARS)
    lead = text[sentences[0][0] : sentences[0][1]] if sentences else ""
    return Summary(
        dateline=dateline.place,
        source=dateline.source or extract_signoff(text),
        lead=lead,
        quotes=tuple(extract_quotes(text, dateline.end, sentences)),
        figures=tuple(extract_figures(text, dateline.end, sentences)),
    )
