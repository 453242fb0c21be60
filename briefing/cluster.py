"""Grouping items into events: text features, pair scores and time-ordered clustering.

Items are taken in publication order. Each one is compared with the earlier items
that share a rare token with it (an inverted index gives the candidates) and joins
the story of its best match when the score clears a threshold, else it founds a
story of its own. Token weights use document frequencies over the items seen so
far, so an item's story never changes when later items arrive: adding items in
publication order gives exactly the result of clustering them all at once.
"""

from __future__ import annotations

import difflib
import functools
import heapq
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from briefing.models import Item, Summary

WINDOW = timedelta(hours=36)
"""Two items further apart in time than this are never linked directly."""
THRESHOLD = 0.24
SECOND_SHARE = 0.5
"""Share of an item's second-best pair in a story that adds to its best (see _best_match)."""
"""Score an item needs against a story's item to join that story."""
CANDIDATES = 12
"""How many of the best pre-scored items are scored in full."""
RARE_SHARE = 0.05
"""Tokens in more than this share of the items seen (and more than 30) give no candidates."""
IDF_PRIOR = 20
"""Pseudo-items behind every document frequency (see Clusterer.idf)."""
BODY_WORDS = 90
"""Words of the article body, after the lead, that count towards its vocabulary."""

_STOP_WORDS = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them then there these they this
    those through to too under until up very was we were what when where which while who whom why
    will with would you your yours its let lets per via amid among across around within without
    upon onto new first last next one two three four five six seven eight nine ten several many
    much however since still yet already while whether though although may might must shall
    said says say saying told tell tells added adding according reported reports report announced
    statement official officials spokesman spokeswoman news agency agencies source sources
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks
    weekend month months year years day days morning evening night afternoon time times
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    percent per cent billion million thousand hundred trillion bn mln trln
    mr mrs ms dr st
"""
_STOP = frozenset(_STOP_WORDS.split())
"""Words that say nothing about which event an article reports."""

_SYNONYMS = {
    "quake": "earthquake",
    "quakes": "earthquake",
    "tremor": "earthquake",
    "tremors": "earthquake",
    "hike": "raise",
    "hikes": "raise",
    "lifts": "raise",
    "raises": "raise",
    "raised": "raise",
    "pact": "agreement",
    "accord": "agreement",
    "deal": "agreement",
    "talks": "negotiation",
    "polls": "election",
    "vote": "election",
    "blaze": "fire",
    "probe": "investigation",
    "curbs": "restriction",
    "slashes": "cut",
    "slash": "cut",
    "govt": "government",
}
"""Headline words and the plainer words other outlets use for the same thing."""

_WORD = re.compile(r"[$€£₽]?\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)*")
_NAME = re.compile(r"\b[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)+")
_QUOTE = re.compile(r"[“\"«„]([^”\"»“„\n]{12,}?)[”\"»]")
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'’/-]{2,40}?)(?:,[^.(—–/\n]{0,40})?\s*"
    r"(?:\([^)\n]{1,40}\)|/[^/\n]{1,40}/)?\s*(?:[.—–]|-\s)\s*"
)
_SPACE = re.compile(r"\s+")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "’": "'", "‘": "'"})
_COPY_MARK = re.compile(r"\b(?:first published by|republished|syndicated)\b", re.IGNORECASE)


def split_dateline(line: str) -> tuple[str | None, str]:
    """Split a wire dateline ("BISHKEK, Oct 9 (Kabar) —") from the start of a line."""
    match = _DATELINE.match(line)
    if match is None:
        return None, line
    return match.group(1).strip(), line[match.end() :]


@functools.lru_cache(maxsize=65536)
def _log1(count: int) -> float:
    return math.log(count + 1.0)


@functools.lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """Reduce a lower-case word to a crude stem shared by its inflections and demonyms."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.rstrip("'")
    if len(word) > 6 and word.endswith("istan"):
        return word[:-5]
    if len(word) > 6 and word.endswith("stan"):
        return word[:-4]
    word = _SYNONYMS.get(word, word)
    for suffix, keep in (
        ("ians", 3),
        ("ian", 3),
        ("ies", 4),
        ("ing", 4),
        ("ed", 4),
        ("es", 5),
        ("ia", 3),
        ("s", 4),
        ("i", 4),
        ("e", 4),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= keep - 1:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                continue
            word = word[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    return word[:7]


def _number(token: str) -> str:
    """Normalise a number token: no thousands commas, a currency sign kept."""
    if re.fullmatch(r"[$€£₽]?\d{1,3}(?:,\d{3})+%?", token):
        token = token.replace(",", "")
    return "#" + token.replace(",", ".")


def normalize_quote(text: str) -> str:
    """Lower-case a quote, unify its marks, collapse spaces, strip edge punctuation."""
    text = _SPACE.sub(" ", text.translate(_QUOTE_MARKS).lower())
    return text.strip(" .,;:!?\"'-–—")


def quotes_match(a: str, b: str) -> bool:
    """Whether two normalised quotes are the same words (fuzzily, or one inside the other)."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 20 and short in long_:
        return True
    # ratio() >= 0.9 needs lengths within about 20% of each other; the cheap upper
    # bounds rule most pairs out before the quadratic comparison.
    if 2 * len(short) < 0.9 * (len(short) + len(long_)):
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


@dataclass
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
    dateline: str | None
    timestamp: float
    copy_mark: bool
    """The text says it is republished from another outlet."""
    norm: float = 1.0
    """Cached vector length (see Clusterer._norm)."""
    norm_at: int = -1
    """How many items had been seen when `norm` was computed."""
    _shingles: frozenset[int] | None = None

    @property
    def shingles(self) -> frozenset[int]:
        """Five-word runs of the text (hashed), read when first needed."""
        if self._shingles is None:
            words = [w.lower() for w in _WORD.findall(self.item.text)]
            runs = zip(words, words[1:], words[2:], words[3:], words[4:], strict=False)
            self._shingles = frozenset(hash(run) for run in runs)
        return self._shingles


def _body(item: Item, summary: Summary | None) -> tuple[str, str]:
    """Split an item into its lead and the rest of its text (dateline removed)."""
    text = item.text.strip()
    if summary is not None and summary.lead:
        lead = summary.lead
        at = text.find(lead)
        rest = text[at + len(lead) :] if at >= 0 else text
        return lead, rest
    first, _, rest = text.partition("\n")
    return split_dateline(first)[1], rest


def _tokens(text: str, stop: frozenset[str]) -> list[tuple[str, str]]:
    """Content tokens of a text with the words they were read from."""
    out = []
    for match in _WORD.finditer(text):
        raw = match.group()
        if raw[0].isdigit() or raw[0] in "$€£₽":
            out.append((_number(raw), raw))
            continue
        low = raw.lower()
        if low in _STOP or low in stop or len(low) < 2:
            continue
        out.append((stem(low), raw))
    return out


def make_doc(index: int, item: Item, summary: Summary | None, stop: frozenset[str]) -> Doc:
    """Read an item's title, lead, names, quotes, figures and shingles."""
    lead, rest = _body(item, summary)
    rest_words = rest.split()[:BODY_WORDS]
    body = " ".join(rest_words)
    weights: dict[str, float] = {}
    surface: dict[str, str] = {}
    for text, weight in ((body, 1.0), (lead, 1.5), (item.title, 2.0)):
        for token, raw in _tokens(text, stop):
            weights[token] = max(weights.get(token, 0.0), weight)
            surface[token] = raw
    # Single capitalised words are mostly places, which unrelated events share; a full
    # name ("Aibek Nurmatov", "Temir Zholy") is much more specific.
    names = {
        m.group().lower()
        for text in (lead, body)
        for m in _NAME.finditer(text)
        if m.group().split()[0].lower() not in _STOP
    }
    for token in list(weights):
        if token.startswith("#"):
            digits = token.strip("#$€£₽%")
            small = digits.isdecimal() and (int(digits) < 13 or 1900 <= int(digits) <= 2100)
            weights[token] *= 0.5 if small else 1.3
    if summary is not None and summary.quotes:
        quote_texts = [q.text for q in summary.quotes]
    else:
        quote_texts = [m.group(1) for m in _QUOTE.finditer(item.text)]
    quotes = tuple(q for q in (normalize_quote(t) for t in quote_texts) if len(q.split()) >= 3)
    figures = frozenset(
        (round(f.value, 6), f.unit)
        for f in (summary.figures if summary is not None else ())
        if f.unit != "count" or abs(f.value) >= 13
    )
    dateline = summary.dateline if summary is not None else None
    if dateline is None:
        dateline = split_dateline(item.text.lstrip())[0]
    return Doc(
        index=index,
        item=item,
        summary=summary,
        weights=weights,
        surface=surface,
        names=frozenset(names),
        quotes=quotes,
        figures=figures,
        dateline=dateline.upper() if dateline else None,
        timestamp=item.published.timestamp(),
        copy_mark=bool(_COPY_MARK.search(item.text)),
    )


def is_copy(a: Doc, b: Doc) -> bool:
    """Whether one article is a near-verbatim copy of the other."""
    if len(a.shingles) < 8 or len(b.shingles) < 8:
        return False
    shared = len(a.shingles & b.shingles)
    return shared / min(len(a.shingles), len(b.shingles)) >= 0.6


@dataclass
class Cluster:
    """A growing story: its members in the order they joined, with the reasons."""

    founder: int
    members: list[int] = field(default_factory=list)
    why: list[str] = field(default_factory=list)


class Clusterer:
    """Time-ordered, incremental clustering of items over an inverted index."""

    def __init__(self, stop_words: Iterable[str] = ()) -> None:
        self.docs: list[Doc] = []
        self.clusters: list[Cluster] = []
        self.cluster_of: list[int] = []
        self.seen: dict[tuple[str, str], int] = {}
        self._df: dict[str, int] = {}
        self._postings: dict[str, list[tuple[int, float, float]]] = {}
        """Token → (item index, token weight, timestamp) of the items holding it, in order."""
        self._stop = frozenset(w.lower() for w in stop_words)
        self._log_seen = math.log(IDF_PRIOR)

    def idf(self, token: str) -> float:
        """Inverse document frequency over the items seen so far, with a prior.

        The prior (IDF_PRIOR pseudo-items in which each token occurs once) keeps a
        token two early items share from looking commoner than it is: with few items
        seen, plain frequencies make every shared token look common.
        """
        return self._log_seen - _log1(self._df.get(token, 0))

    def _norm(self, doc: Doc) -> float:
        """Length of an item's weighted vector, refreshed as the window grows by half.

        Recomputing every candidate's length for every new item would cost most of the
        run; the schedule depends only on how many items were seen, so results stay the
        same whichever way the items were handed in.
        """
        seen = len(self.docs)
        if doc.norm_at < 0 or seen > doc.norm_at * 1.5 + 20:
            total = sum((w * self.idf(t)) ** 2 for t, w in doc.weights.items())
            doc.norm, doc.norm_at = math.sqrt(total) or 1.0, seen
        return doc.norm

    def add(self, item: Item, summary: Summary | None) -> int:
        """Cluster one item (later than those before it); returns its cluster's index."""
        known = self.seen.get((item.feed, item.key))
        if known is not None:
            return self.cluster_of[known]
        # An outlet's name in its own datelines and footers says nothing about the event.
        names = f"{item.feed} {summary.source if summary is not None else ''}"
        stop = self._stop | {w.lower() for w in re.findall(r"[^\W_]+", names)}
        doc = make_doc(len(self.docs), item, summary, stop)
        best, best_score = self._best_match(doc)
        if best is None:
            cluster = Cluster(founder=doc.index)
            self.clusters.append(cluster)
            target = len(self.clusters) - 1
        else:
            target = self.cluster_of[best]
            cluster = self.clusters[target]
            reason = self.explain(doc, self.docs[best])
            cluster.why.append(f"{item.feed}: {reason} (score {best_score:.2f})")
        cluster.members.append(doc.index)
        self.docs.append(doc)
        self.cluster_of.append(target)
        self.seen[(item.feed, item.key)] = doc.index
        entry_time = doc.timestamp
        for token, weight in doc.weights.items():
            self._df[token] = self._df.get(token, 0) + 1
            self._postings.setdefault(token, []).append((doc.index, weight, entry_time))
        self._log_seen = math.log(len(self.docs) + IDF_PRIOR)
        return target

    def _candidates(self, doc: Doc, idf: Mapping[str, float]) -> list[int]:
        """Earlier items in the window sharing rare tokens, best pre-scores first."""
        cap = max(30, int(RARE_SHARE * len(self.docs)))
        earliest = doc.timestamp - WINDOW.total_seconds()
        latest = doc.timestamp + WINDOW.total_seconds()
        acc: dict[int, float] = {}
        get = acc.get
        for token, weight in doc.weights.items():
            posting = self._postings.get(token)
            if not posting or len(posting) > cap:
                continue
            w = weight * idf[token] ** 2
            for other, other_weight, when in reversed(posting):
                if earliest <= when <= latest:
                    acc[other] = get(other, 0.0) + w * other_weight
        # Ties keep the order items were met in, which depends only on the input.
        return heapq.nlargest(CANDIDATES, acc, key=acc.__getitem__)

    def _best_match(self, doc: Doc) -> tuple[int | None, float]:
        """Find the story the item fits best: its best pair plus half its second best.

        A report often matches each earlier report of its story a little, on different
        details; the second-best pair in the same story adds that evidence.
        """
        idf = {token: self.idf(token) for token in doc.weights}
        doc_norm = math.sqrt(sum((w * idf[t]) ** 2 for t, w in doc.weights.items())) or 1.0
        pairs: dict[int, list[tuple[float, int]]] = {}
        for other_index in self._candidates(doc, idf):
            value = self.score(doc, self.docs[other_index], idf, doc_norm)
            if value > 0:
                pairs.setdefault(self.cluster_of[other_index], []).append((value, other_index))
        best: int | None = None
        best_score = 0.0
        for cluster_index in sorted(pairs):
            ranked = sorted(pairs[cluster_index], key=lambda p: (-p[0], p[1]))
            total = ranked[0][0] + (SECOND_SHARE * ranked[1][0] if len(ranked) > 1 else 0.0)
            if total > best_score:
                best, best_score = ranked[0][1], total
        if best is None or best_score < THRESHOLD:
            return None, 0.0
        return best, best_score

    def score(
        self,
        doc: Doc,
        other: Doc,
        idf: Mapping[str, float] | None = None,
        doc_norm: float | None = None,
    ) -> float:
        """Score how likely two items report one event (0 when too far apart in time).

        Args:
            doc: the new item.
            other: an earlier item.
            idf: the new item's token weights, when the caller has them.
            doc_norm: the new item's vector length, when the caller has it.
        """
        hours = abs(doc.timestamp - other.timestamp) / 3600
        limit = WINDOW.total_seconds() / 3600
        if hours > limit:
            return 0.0
        if idf is None:
            idf = {token: self.idf(token) for token in doc.weights}
        other_weights = other.weights
        dot = 0.0
        for token, weight in doc.weights.items():
            if token in other_weights:
                dot += weight * other_weights[token] * idf[token] ** 2
        value = dot / ((doc_norm or self._norm(doc)) * self._norm(other))
        # Near-copies share most words, so only a high cosine needs the shingle check.
        if value >= 0.3 and is_copy(doc, other):
            return 1.0
        if doc.quotes and other.quotes:
            same_quotes = sum(any(quotes_match(q, o) for o in other.quotes) for q in doc.quotes)
            value += min(0.35, 0.25 * same_quotes)
        if doc.figures and other.figures:
            value += min(0.16, 0.08 * len(doc.figures & other.figures))
        if doc.names and other.names:
            value += min(0.08, 0.04 * len(doc.names & other.names))
        if doc.dateline and doc.dateline == other.dateline:
            value += 0.03
        return value * (1.0 - 0.25 * hours / limit)

    def explain(self, doc: Doc, other: Doc) -> str:
        """Say in a line what two items share: a copied text, quotes, figures, words."""
        title = other.item.title
        if is_copy(doc, other):
            return f"copy of {title!r}"
        reasons: list[str] = []
        shared = [t for t in doc.weights if t in other.weights]
        shared.sort(key=lambda t: (-doc.weights[t] * other.weights[t] * self.idf(t) ** 2, t))
        if shared:
            reasons.append("words " + ", ".join(doc.surface[t] for t in shared[:4]))
        quotes = [q for q in doc.quotes if any(quotes_match(q, o) for o in other.quotes)]
        if quotes:
            reasons.append(f"quote “{quotes[0]}”")
        figures = doc.figures & other.figures
        if figures:
            reasons.append(f"{len(figures)} figure(s)")
        names = sorted(doc.names & other.names)
        if names:
            reasons.append("names " + ", ".join(names[:3]))
        return f"{'; '.join(reasons)} shared with {title!r}"
