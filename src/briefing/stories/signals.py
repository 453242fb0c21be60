"""What wire copy says about an item, for telling which items report one event.

Each item becomes a Doc: weighted title, lead and body words (stemmed, stop
words out), full names, normalised quotes, figures, dateline and five-word
shingles for spotting syndicated copies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.models import Item, Summary
from briefing.stories.boilerplate import OutletNames
from briefing.stories.dates import dates_told, days_named, filed_on, weekdays
from briefing.stories.figure_forms import headline_sums
from briefing.stories.headlines import (
    THIN_CHARS,
    acting,
    acts,
    headline_names,
    is_commentary,
    is_thin,
)
from briefing.stories.languages import Language, language_of
from briefing.stories.names import capitals, full_names
from briefing.stories.rates import policy_rates
from briefing.stories.roundups import is_roundup
from briefing.stories.tokens import read_tokens
from briefing.stories.words import STOP as _STOP
from briefing.stories.words import fold, measure_words

BODY_WORDS = 90
"""Words of the article body, after the lead, that count towards its vocabulary."""
LEAD_WEIGHT = 1.5
"""Weight of a word of the lead (the headline's is 2.0, the body's 1.0)."""
SHOUTED_WEIGHT = 1.0
"""Weight of a word of a headline set all in capitals, as tabloids shout theirs ("DRUG SHAME OF
GOLDEN GIRL"): the paper's words, not the event's, so they count as much as the text's and the
lead tells what happened. The first two blind sets' per-day mean pair F1 0.811 -> 0.838 and
0.762 -> 0.796; 0.5 lost the second set's gain, 1.4 most of the first's."""
DAYS_TOLD_CHARS = 800
"""Characters of an item's text whose days of the week it tells (see Doc.days_told): its
lead and about as many words of body as its vocabulary reads (see BODY_WORDS)."""
LONG_CHARS = 1500
"""Characters of text from which an item is a whole article (see Doc.long)."""
BRIEF_CHARS = 600
"""Characters of text under which an item is a brief (see Doc.brief)."""

_OPENING_QUOTES = '“"«„'
_QUOTE = re.compile(rf"[{_OPENING_QUOTES}]([^”\"»“„\n]{{12,}}?)[”\"»]")
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'’/-]{2,40}?)(?:,[^.(—–/\n]{0,40})?\s*"
    r"(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/)?\s*(?:(?<!\.[A-Z])\.|[—–]|-\s)\s*"
)
_SPACE = re.compile(r"\s+")
SHARES = frozenset({"percent", "percentage_points"})
"""Units of shares, whose values coincide across unrelated reports (see Doc.measures)."""
_LEVELS = frozenset({"count", "basis_points", "index_points"})
"""Units whose values one event's reports give far apart (a toll, a poll's lead in points):
no evidence of two events (see Doc.sums)."""
_SHINGLE_SPACES = str.maketrans(dict.fromkeys(".,;:!?\"'“”‘’«»„()[]—–-/", " "))
"""Punctuation that separates words for shingles (quicker than reading words: see tokens.py)."""
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "’": "'", "‘": "'"})
_COPY_MARK = re.compile(r"\b(?:first published by|republished|syndicated)\b")
"""Words saying a text is another outlet's (searched in the lower-cased text)."""


HEADLINE_SUM_MIN = 1e6
"""The least sum a headline gives that is its event's (a deal's, a fine's, a fee's): a price
("below 3,000 dlrs") and the market's loss ("wipes $40 billion") are two measures of one day."""


def split_dateline(line: str) -> tuple[str | None, str]:
    """Split a wire dateline ("BISHKEK, Oct 9 (Kabar) —") from the start of a line."""
    match = _DATELINE.match(line)
    if match is None:
        return None, line
    return match.group(1).strip(), line[match.end() :]


def normalize_quote(text: str) -> str:
    """Lower-case a quote, unify its marks, collapse spaces, strip edge punctuation."""
    text = _SPACE.sub(" ", text.translate(_QUOTE_MARKS).lower())
    return text.strip(" .,;:!?\"'-–—")


@dataclass(slots=True)
class Doc:
    """One item prepared for clustering."""

    index: int
    item: Item
    summary: Summary | None
    weights: dict[str, float]
    """Token → field weight before IDF (title and lead words weigh more)."""
    surface: dict[str, str]
    """Token → a word of the text it was read from (to explain a match)."""
    names: frozenset[str]
    """Names of two or more capitalised words (people, bodies, places), lower-cased."""
    quotes: tuple[str, ...]
    figures: frozenset[tuple[float, str]]
    """Its figures' values and units, shares (percentages) left out: see measures."""
    dateline: str | None
    timestamp: float
    copy_mark: bool
    """The text says it is republished from another outlet."""
    name_tokens: frozenset[str]
    """Tokens of words written with a capital inside a sentence: names of people,
    places, bodies, firms. Two items that share only these share who and where, not
    what happened."""
    title_tokens: frozenset[str]
    """Tokens of the headline."""
    thin: bool
    """Too little text to score as a report (see THIN_CHARS): judged by its words (thin.py)."""
    teaser: bool
    """A sentence or two of text, under THIN_CHARS, that is not thin."""
    long: bool = False
    """A whole article (LONG_CHARS or more): with another, it must share more than names
    (see Evidence.score)."""
    brief: bool = False
    """A few lines (under BRIEF_CHARS), whose full names count for more (see Evidence.score)."""
    commentary: bool = False
    """Labelled comment on the news (see headlines.is_commentary): it reports no event, and
    joins one's story only on more evidence than a report's (see evidence.COMMENT_SHARE)."""
    roundup: bool = False
    """A page of several events, a live page or a briefing (see roundups.py)."""
    key_names: frozenset[str] = frozenset()
    """Tokens of the headline that the text writes as names (with a capital inside a
    sentence): whom or what the item is about (a country, a bank, a firm)."""
    measures: frozenset[tuple[float, str, str]] = frozenset()
    """Its shares (41 percent, 3 percentage points) with each word of what they measure: two
    polls of one week share 41% of different things, so a share counts only with a word of
    its measure in common (see Evidence.score)."""
    sums: dict[tuple[str, str], set[float]] = field(default_factory=dict)
    """Its sums and prices (not shares, counts, points or changes) by measure (their unit
    and a word of what they measure) → their values: two items that give one measure values
    far apart tell two events (see figures.figures_clash)."""
    rates: frozenset[float] = frozenset()
    """The levels of a central bank's policy rate it gives (see rates.py)."""
    headline_sums: dict[str, set[float]] = field(default_factory=dict)
    """The sums of money its headline gives (a deal's, a fine's, a fee's: see
    HEADLINE_SUM_MIN) by currency → their values: two headlines that share no word and give
    sums far apart tell two deals (see figures.figures_clash)."""
    acts: tuple[int, ...] = ()
    """For each pair of opposite acts (words.ACTS), 1 when the headline tells only the
    first, -1 only the second, else 0; empty when it tells none."""
    weekdays: frozenset[str] = frozenset()
    """The days of the week the lead dates things to ("said on Tuesday", "will strike on
    Monday"): the event's day is among them."""
    filed: int | None = None
    """The day of the year its dateline files it on ("KESTRA, May 4 (Northwire) -")."""
    dated: frozenset[int] = frozenset()
    """The other days of the year its text names by date ("on 14 May": see dates.dates_told)."""
    told_earlier: frozenset[str] = frozenset()
    """Tokens of the words its headline or text dates weeks or more before its own event
    ("Hurricane Cora makes landfall, five months after Ada"): a report that names the other's
    subject so, and someone the other never mentions, tells a later event (see
    Evidence.score)."""
    told_apart: frozenset[str] = frozenset()
    """Tokens of the words its text tells as another event's, after "an unrelated", "a
    separate" or what its news "came as" ("hours after an unrelated breakdown grounded Corvina
    Airways", "the halt came as Marrowby airport stayed shut"), but its own headline's: a
    report that names another story's subject so is not of its event (see Evidence.score)."""
    norm: float = 1.0
    """Cached vector length (see Postings.norm)."""
    norm_until: float = -1.0
    """How many items may be seen before `norm` is computed again."""
    _shingles: frozenset[int] | None = None
    _days_told: frozenset[str] | None = None

    @property
    def days_told(self) -> frozenset[str]:
        """The days of the week its opening names in any way ("after Tuesday's crash"), read
        when first needed: a report of a fleet pulled "on Wednesday" that recalls Tuesday's
        crash knows the crash's day."""
        if self._days_told is None:
            self._days_told = days_named(self.item.text[:DAYS_TOLD_CHARS])
        return self._days_told

    @property
    def shingles(self) -> frozenset[int]:
        """Five-word runs of the text (hashed), read when first needed."""
        if self._shingles is None:
            words = self.item.text.lower().translate(_SHINGLE_SPACES).split()
            runs = zip(words, words[1:], words[2:], words[3:], words[4:], strict=False)
            self._shingles = frozenset(map(hash, runs))
        return self._shingles


def _body(text: str, summary: Summary | None) -> tuple[str, str]:
    """Split an item's text into its lead and the rest (dateline removed)."""
    text = text.strip()
    if summary is not None and summary.lead:
        lead = summary.lead
        at = text.find(lead)
        rest = text[at + len(lead) :] if at >= 0 else text
        return lead, rest
    first, _, rest = text.partition("\n")
    return split_dateline(first)[1], rest


def _copy_mark(text: str) -> bool:
    """Whether a text says it is another outlet's (a substring test spares most the regex)."""
    low = text.lower()
    return ("publish" in low or "syndicated" in low) and _COPY_MARK.search(low) is not None


def _thin(item: Item, text: str) -> bool:
    """Whether the item is too thin to judge (see headlines.is_thin), by its own text or, where
    page furniture was taken out of it, by the text as given: a media page's "Watch: the record
    signing meets his new teammates." is all furniture, and still says the page shows rather
    than tells."""
    if is_thin(item.title, text):
        return True
    given = item.text.strip()
    return given != text and is_thin(item.title, given)


def make_doc(
    index: int,
    item: Item,
    summary: Summary | None,
    stop: frozenset[str],
    text: str | None = None,
    title: str | None = None,
    language: Language | None = None,
    outlet: OutletNames | None = None,
) -> Doc:
    """Read an item's title, lead, names, quotes, figures and shingles.

    `text` is the item's own text when its outlet's boilerplate is left out (else item.text),
    `title` its headline without furniture (else item.title; see Boilerplate.headline),
    `language` the one to read its words in (else told from its opening: see languages),
    `outlet` its outlet's names, which are not read as its words.
    """
    own = item.text if text is None else text
    stripped = own.strip()
    lead, rest = _body(own, summary)
    # maxsplit: a full article's text need not be split beyond the words that count.
    rest_words = rest.split(maxsplit=BODY_WORDS)[:BODY_WORDS]
    body = " ".join(rest_words)
    weights: dict[str, float] = {}
    surface: dict[str, str] = {}
    headline = item.title if title is None else title
    if outlet is not None:
        lead, body, headline = outlet.remove_each((lead, body, headline))
    if language is None:
        language = language_of(headline, own)
    for text, weight in ((body, 1.0), (lead, LEAD_WEIGHT)):
        read_tokens(text, weight, stop, weights, surface, language)
    heading: dict[str, float] = {}
    shouted = SHOUTED_WEIGHT if headline.isupper() else 2.0
    read_tokens(headline, shouted, stop, heading, surface, language)
    weights.update(heading)
    # Lead and body are scanned as one text: no name nor capital (see names.py) spans a
    # line break, and one scan costs less than two.
    prose = f"{lead}\n{body}"
    names = full_names(prose, language.stop, len(lead))
    if summary is not None and summary.quotes:
        quote_texts = [q.text for q in summary.quotes]
    elif any(mark in own for mark in _OPENING_QUOTES):
        quote_texts = [m.group(1) for m in _QUOTE.finditer(own)]
    else:  # no opening mark, no quote: the substring tests spare the pattern's scan of the text
        quote_texts = []
    quotes = tuple(q for q in (normalize_quote(t) for t in quote_texts) if len(q.split()) >= 3)
    told = [
        f
        for f in (summary.figures if summary is not None else ())
        if f.unit != "count" or abs(f.value) >= 13
    ]
    figures = frozenset((round(f.value, 6), f.unit) for f in told if f.unit not in SHARES)
    measures = frozenset(
        (round(f.value, 6), f.unit, word)
        for f in told
        if f.unit in SHARES
        for word in measure_words(f.context, _STOP, stop, names=False)
    )
    sums: dict[tuple[str, str], set[float]] = {}
    for f in told:
        if f.unit not in SHARES and f.unit not in _LEVELS and f.change is None:
            for word in measure_words(f.context, _STOP, stop, names=False):
                sums.setdefault((f.unit, word), set()).add(round(f.value, 6))
    dateline = summary.dateline if summary is not None else None
    if dateline is None:
        dateline = split_dateline(own.lstrip())[0]
    stem, little = language.stem, language.stop
    name_tokens = {
        stem(low)
        for word in capitals(prose, headline)
        if (low := fold(word.lower())) not in stop and low not in little
    }
    name_tokens.update(
        stem(low)
        for word in headline_names(headline, f"{lead} {body}")
        if (low := fold(word.lower())) not in stop and low not in little
    )
    return Doc(
        index=index,
        item=item,
        summary=summary,
        weights=weights,
        surface=surface,
        names=names,
        quotes=quotes,
        figures=figures,
        measures=measures,
        sums=sums,
        rates=policy_rates(told),
        headline_sums=headline_sums(headline, HEADLINE_SUM_MIN),
        dateline=dateline.upper() if dateline else None,
        timestamp=item.published.timestamp(),
        copy_mark=_copy_mark(item.text),
        name_tokens=frozenset(name_tokens),
        title_tokens=frozenset(heading),
        key_names=frozenset(heading.keys() & name_tokens),
        thin=(thin := _thin(item, stripped)),
        teaser=not thin and len(stripped) < THIN_CHARS,
        long=len(stripped) >= LONG_CHARS,
        brief=len(stripped) < BRIEF_CHARS,
        commentary=is_commentary(item.title),
        roundup=is_roundup(item.title, own),
        acts=acts(acting(headline, heading, stop, language)),
        weekdays=weekdays(lead),
        filed=(filed := filed_on(stripped)),
        dated=dates_told(stripped, filed),
        told_apart=_told_apart(prose, stop, language) - heading.keys(),
        told_earlier=_told_earlier(f"{headline}\n{prose}", stop, language),
    )


_SPANS = ("week", "weeks", "month", "months", "year", "years", "decade", "decades")
"""Spans of time that date an earlier event apart from the report's ("months after")."""
_COUNTED = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)"
    r"\s+\w+$",
    re.IGNORECASE,
)
"""A count before a span of time at the end of a text ("five months", "a year")."""
_CLAUSE = re.compile(r"[^.;:!?,\n]*")
EARLIER_WORDS = 6
"""Words after such a phrase that it dates: the earlier event's name and little else."""


def _told_earlier(text: str, stop: frozenset[str], language: Language) -> frozenset[str]:
    """The tokens of the first EARLIER_WORDS words after each phrase of the headline and text
    that dates something weeks or more before (see Doc.told_earlier): "five months after Ada",
    "a year since the flood", "Three Months After ...".

    Found from each "after" and "since" whose word before is a span of time and the word before
    that a count: most texts say "after" or "since", and a pattern that reads the count first
    tries every word of the text (4 % of a 2,000-item build's instructions; this way 0.8 %)."""
    told: dict[str, float] = {}
    surface: dict[str, str] = {}
    for mark in (" after ", " since ", " After ", " Since "):
        at = text.find(mark)
        while at >= 0:
            before = text[max(0, at - 40) : at]
            if before.rpartition(" ")[2].lower() in _SPANS and _COUNTED.search(before):
                clause = _CLAUSE.match(text, at + len(mark))
                if clause is not None:
                    words = " ".join(clause.group().split()[:EARLIER_WORDS])
                    read_tokens(words, 1.0, stop, told, surface, language)
            at = text.find(mark, at + len(mark))
    return frozenset(told)


_APART = re.compile(
    r"\b(?:(?:an?|the)\s+(?:unrelated|separate)|(?:came|comes)\s+as"
    r"(?!\s+(?:an?|no|little|something|quite)\s+(?:\w+\s+)?"
    r"(?:surprise|shock|relief|blow|boost|disappointment)))\b([^.;!?\n]*)",
    re.IGNORECASE,
)
"""A phrase that tells another event than the report's, and the rest of its sentence: "an
unrelated fault at ...", "in a separate attack on ...", and what a report's news "came as" or
"comes as" ("The sighting came as Marrowby airport remained closed for a second day": another
airport's drones; "the ban comes as thieves emptied a second exchange": the theft before it),
not what it came as to someone ("came as no surprise", "comes as a blow to")."""


def _told_apart(prose: str, stop: frozenset[str], language: Language) -> frozenset[str]:
    """The tokens of the words after each "an unrelated", "a separate", "came as" or "comes as"
    of the text (see _APART), to the end of their sentence (see Doc.told_apart)."""
    # Most texts have neither word: the substring tests spare them the pattern's scan.
    if (
        "nrelated" not in prose
        and "eparate" not in prose
        and "es as " not in prose
        and "ame as " not in prose
    ):
        return frozenset()
    told: dict[str, float] = {}
    surface: dict[str, str] = {}
    for match in _APART.finditer(prose):
        read_tokens(match.group(1), 1.0, stop, told, surface, language)
    return frozenset(told)
