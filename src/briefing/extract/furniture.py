"""Lines a feed's text carries that are not the article: links, captions, credits, players.

Kept apart from the summarizer so that story clustering, which leaves the same lines out
of an item's words, does not load the summarizer's patterns with it.
"""

from __future__ import annotations

import re

from briefing.extract.vocab import AGENCIES, LABELS

_PHOTO_AGENCIES = "|".join(
    re.escape(name) for name in sorted({*AGENCIES.values(), "EPA", "PA", "Anadolu"})
)
"""Who credits a news photo: the wires (see vocab.AGENCIES) and the photo agencies."""
_NOT_THE_ARTICLE = re.compile(
    r"^[^\S\n]*(?:(?:Related|Read more|Read also|Also read|See also|More on this|Recommended|"
    r"Watch|Listen|(?:Photo(?:graph)?|Image|Picture|Video|Illustration|Graphic)"
    r"(?:[^\S\n]+(?:credit|attribution|courtesy))?|Sign up)"
    r"[^\S\n]*:|Advertisement[^\S\n]*$"
    # A web page's furniture as copied into feeds: captions and credits without a colon,
    # players, share buttons, the advert's seam.
    r"|Image (?:copyright|caption|source)\b|Media playback is (?:unsupported|not supported)"
    r"|Share (?:this |on |via )?(?:with )?(?:Facebook|Twitter|Email|Messenger|WhatsApp|LinkedIn)"
    r"[^\S\n]*$|Continue reading the main story|Story continues below"
    # A link to the rest on the site, on a line of its own: "Continue reading...", "Read
    # full article >>" (not "Read more:", a related story's link, above).
    r"|(?:Continue reading|Keep reading|Read (?:the )?(?:full|whole) (?:article|story|post)"
    r"|Read more|Read on)[^\S\n]*(?:\.{3}|…|>>|»|→)?[^\S\n]*$"
    r"|[^\n]{0,40}\bGetty Images[^\n]{0,40}$|\(?Getty\)?\.?[^\S\n]*$"
    # A photo's credit on a line of its own: "AP Photo/Ann Roe", "Reuters/Bo Lind", "(EPA)".
    rf"|\(?(?:{_PHOTO_AGENCIES})(?:[^\S\n]+Photos?)?"
    r"[^\S\n]*/[^\S\n]*[A-Z][^\n]{0,40}\)?[^\S\n]*$|(?:AP|AFP|EPA|PA)[^\S\n]+Photos?\b[^\n]{0,40}$"
    # A page's time stamp: "Updated: December 4, 2026 10:32 IST", "Published 4 Dec 2026".
    r"|(?:(?:Last|First)[^\S\n]+)?(?:Updated|Published|Posted|Modified)(?:[^\S\n]+(?:on|at))?"
    r"(?:[^\S\n]*:[^\S\n]*|[^\S\n]+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun)))[^\n]{0,60}(?:\|[^\n]{0,60})?$"
    # A note to the reader about the piece: "Editor's note: ...", "Correction: ...", "This
    # article was originally published on ...", a player's "Listen to this article" and its
    # "3 min", a newsletter's pitch without a colon.
    r"|(?:Editor['’]?s[^\S\n]+note|Correction|Clarification)[^\S\n]*:"
    r"|This[^\S\n]+(?:article|story|piece)[^\S\n]+(?:was|is|has[^\S\n]+been)[^\S\n]+"
    r"(?:originally[^\S\n]+|first[^\S\n]+)?(?:re)?published\b"
    r"|Listen[^\S\n]+to[^\S\n]+this[^\S\n]+(?:article|story)[^\n]{0,30}$"
    r"|\d{1,2}[^\S\n]*min(?:ute)?s?(?:[^\S\n]+(?:read|listen))?[^\S\n]*$"
    r"|(?:Sign[^\S\n]+up|Subscribe)\b[^\n]{0,40}\bnewsletters?\b[^\n]{0,40}$"
    # A link to the readers' comments ("Comments", "Comments (12)", "12 comments").
    r"|(?:\d+[^\S\n]+)?Comments?(?:[^\S\n]*\(\d+\))?[^\S\n]*$"
    # A live blog's entry time on a line of its own: "10:32 a.m. ET", "14:05 GMT", or a page's
    # date and time with no label: "Dec 4, 2026, 10:32 AM ET", "4 December 2026 14:05".
    r"|(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},?"
    r"[^\S\n]+\d{4}|\d{1,2}[^\S\n]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
    r"\.?[^\S\n]+\d{4}),?[^\S\n]+(?:at[^\S\n]+)?)?"
    r"\d{1,2}[:.]\d{2}(?:[^\S\n]*[ap]\.?m\.?)?(?:[^\S\n]+[A-Z]{2,4})?[^\S\n]*$)[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
"""Lines a feed's text carries that are not the article: links to other stories ("Related:
How a golf club became ..."), captions and photo credits ("Image copyright Getty Images"),
players, share buttons, adverts, a link to the rest of the article ("Continue reading..."),
notes to the reader ("Editor's note:", "Correction:", "This article was originally
published ..."), a newsletter's pitch and the page's time stamp. Their figures and quotes belong
to other stories, and none is the lead."""
_MARKS = (
    "advertisement",
    "image",
    "getty",
    "photo",
    "/",
    "media playback",
    "share",
    "continue",
    "keep reading",
    "read ",
    "story",
    "updated",
    "published",
    "posted",
    "modified",
    "listen to this",
    "min\n",
    "min read",
    "newsletter",
    "comment",
)
"""A piece, in lower case, of every line _NOT_THE_ARTICLE finds but those with a colon:
a text holding none of them (nor a colon) is left as it is without running the pattern."""


_LIST_HEADINGS = (
    *("related", "related articles", "related stories", "related links", "related content"),
    *("related coverage", "related posts", "related news", "related reading", "more from *"),
    *("more on *", "also on *", "more stories", "more news", "more coverage", "see also"),
    *("further reading", "recommended", "recommended for you", "recommended reading"),
    *("you may also like", "you might also like", "most read", "most popular", "most viewed"),
    # French, German, Spanish, Portuguese, Italian and Dutch sites' headings.
    *("articles en rapport", "lire aussi", "à lire aussi", "a lire aussi", "voir aussi"),
    *("à voir aussi", "a voir aussi", "sur le même sujet", "mehr zum thema", "lesen sie auch"),
    *("weitere artikel", "noticias relacionadas", "notícias relacionadas", "te puede interesar"),
    *("también te puede interesar", "lee también", "leia também", "leia mais", "veja também"),
    *("saiba mais", "leggi anche", "articoli correlati", "lees ook"),
)
"""Headings over a list of links, in lower case; `*` is the site's name (More from The Ledger)."""


def _heading(words: str) -> str:
    """A heading as a regex: any run of spaces between its words, a name of up to 40
    characters for its `*`."""
    return r"[^\S\n]+".join("[^\n]{1,40}" if w == "*" else re.escape(w) for w in words.split())


_LINK_LIST = re.compile(
    # From the line break before the heading: a pattern that starts with a character is
    # searched for in C from one line break to the next (from any position, a fifth of a
    # summary's time went to looking for headings); see article_only for the first line.
    # The headings' first letters looked at first: most lines start with none of them.
    rf"\n[^\S\n]*(?=[{''.join(sorted({h[0] for h in _LIST_HEADINGS}))}])"
    rf"(?:{'|'.join(map(_heading, sorted(_LIST_HEADINGS, key=len, reverse=True)))})"
    r"[^\S\n]*:?[^\S\n]*$"
    # The headlines under it, a line each: no longer than a headline, and not ending a
    # sentence with a full stop (a headline may ask or exclaim; prose goes on after them).
    r"(?:\n[^\S\n]*\S[^\n]{0,148}(?<![.,;:])(?<!\.['’”\"»])(?<!\.'')$)*",
    re.IGNORECASE | re.MULTILINE,
)
"""A heading over a list of links to other stories, alone on its line ("Related stories",
"More from The Ledger:", "Articles en rapport", "Lesen Sie auch"), with the headlines
listed under it. Each headline is another story's (its quotes, names and figures too), and
two items of one site that list the same story are not one event."""


def article_only(text: str) -> str:
    """text with the lines that are not the article blanked (offsets stay those of text)."""
    # A heading on the first line is found as one after a line break.
    if _LINK_LIST.search(lined := "\n" + text) is not None:
        text = _LINK_LIST.sub(_blank, lined)[1:]
    if "{" in text:
        text = _STYLE_RULE.sub(_style_rule, text)
        text = "\n".join(" " * len(line) if _is_code(line) else line for line in text.split("\n"))
    if ":" not in text:
        low = text.lower()
        if not any(mark in low for mark in _MARKS):
            return text
    return _NOT_THE_ARTICLE.sub(lambda m: " " * len(m.group(0)), text)


def _is_code(line: str) -> bool:
    """Whether a line is a style sheet or a script a page let into its text (`.note{color:
    #2a6f4e}.card{margin:0 4px}`, pasted from a web mail): its numbers are no figures and
    its words no article. Braces, colons and semicolons are a thirtieth of it, or more."""
    braces, colons, semicolons = line.count("{"), line.count(":"), line.count(";")
    if braces < 2 or colons < 2 or semicolons < 2:
        return False
    return (braces + line.count("}") + colons + semicolons) * 30 >= len(line)


_STYLE_RULE = re.compile(
    r"^[^\S\n]*(?:[^\n{};]{1,200}\{[^\S\n]*\n((?:[^\n{}]*\n){0,100}?)[^\S\n]*"
    r"|(?:[.#@]|(?:a|p|div|span|body|img|li|ul|h\d|table|td|tr)\b)[^\n{};]{0,200}\{"
    r"[^\S\n]*-?[a-z][-a-z]*[^\S\n]*:[^\n{}]*)\}[^\S\n]*$",
    re.MULTILINE,
)
"""A style sheet's rule, on one line (`.tw { color: red; }`) or a declaration a line (`.share a
{`, `margin: 0 4px;`, `}`), as a page's style element can reach a feed's text."""


def _style_rule(match: re.Match[str]) -> str:
    """A style rule blanked (see _blank), when most of its lines declare (`name: value;`)."""
    inner = (match.group(1) or "").splitlines()
    declared = sum(1 for line in inner if ":" in line or line.rstrip().endswith(";"))
    return _blank(match) if declared * 2 >= len(inner) else match.group(0)


def _blank(match: re.Match[str]) -> str:
    """What a match is replaced with: spaces, and its line breaks (offsets stay)."""
    return _NOT_A_BREAK.sub(" ", match.group(0))


_NOT_A_BREAK = re.compile(r"[^\n]")


_KICKERS = frozenset(
    (
        *("story highlights", "key points", "in brief", "from staff reports", "breaking news"),
        *("developing story", "live updates", "top stories", "key facts", "what we know"),
        *("at a glance", "the big picture", "quick read", "just in"),
        *("developing", "news", "world", "business", "markets", "politics", "sport", "sports"),
    )
)
"""Lines a page puts above its article's first sentence: a kicker, a section's name, the
heading of a list of points (in any case); besides them, a one-word label (vocab.LABELS:
Breaking, Update, Analysis, Summary, Highlights)."""
_KICKER_END = frozenset(".!?”\"’'")


def is_kicker(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a sentence the whole of its line, is a kicker above the
    article (BREAKING NEWS, Story highlights, Key points:, From staff reports) or a deck or
    headline (six words at most, no figure) above a sentence of prose, rather than its lead:
    no sentence's end, and a kicker four words at most, in capitals, ending with a colon or a
    known one. A table's line of old wire copy (`Shr loss two cts`) is none of these."""
    line = text[start:end].strip()
    words = line.split()
    if not words or line[-1] in _KICKER_END:
        return False
    if text[end : end + 1] not in ("\n", "") or (start and text[start - 1] != "\n"):
        return False
    if len(words) > _DECK_WORDS:
        if line.endswith(":"):
            # A link post's credit above the passage it quotes: "Ann Roe, reporting for The
            # Ledger:", "Fine work by Ann Roe for The Ledger:".
            return (
                len(words) <= _CREDIT_WORDS
                and _CREDIT.search(line) is not None
                and _SENTENCE_BELOW.match(text, end) is not None
            )
        # A standfirst: the summary a paper puts above the article, written without a full
        # stop ("Ferry crews vote to strike over rosters, union tells the island council").
        return len(words) <= _STANDFIRST_WORDS and _SENTENCE_BELOW.match(text, end) is not None
    letters = [c for c in line if c.isalpha()]
    if len(words) <= 4 and (
        line.endswith(":")
        or (bool(letters) and all(c.isupper() for c in letters) and len(letters) > 2)
        or line.lower() in _KICKERS
        or line.lower() in LABELS
    ):
        return True
    # A deck or a headline above a sentence of the article ("The sales aren't over yet");
    # a table's line holds figures.
    return _SENTENCE_BELOW.match(text, end) is not None


_DECK_WORDS = 6
"""Words of a deck at most: a line above the article that says what it is about."""
_CREDIT_WORDS = 15
_STANDFIRST_WORDS = 45
_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3},\s|\b(?:by|for|at|via|from|in)\s(?:the\s)?[A-Z]"
)
"""A line that credits a writer or an outlet: a name and a comma first ("Ann Roe, writing
for ..."), or an outlet after a preposition ("... by Ann Roe for The Ledger")."""
_SENTENCE_BELOW = re.compile(
    r"\n\s*(?:[^\n.!?]{1,60}\n\s*){0,2}[A-Z“\"‘'][^\n]{40,}?[.!?][”\"’']?(?:\s|$)"
)
"""A sentence of prose on one of the next lines with words (forty characters or more before
its end), past at most two short lines without a sentence's end (a byline's name and role:
"Ann Roe" over "Senior Correspondent"; a blanked caption is no line)."""
