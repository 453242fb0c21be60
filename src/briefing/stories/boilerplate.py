"""An outlet's boilerplate: the paragraphs its items carry again and again, and the
furniture of its headlines.

A newsletter pitch, a follow-us line or a standing credit says nothing of the event, and
two unrelated stories of one outlet must not join on it. Items are read in publication
order (the clustering's), so a paragraph an earlier item of the same outlet carried is
boilerplate in every later one; an outlet's update of its own story keeps its new lead and
title, which is enough to join the story it updates.

Headlines carry furniture too: a wire label in front ("UPDATE 2-", "EXCLUSIVE-",
"WATCH:") and, in aggregators' feeds and on many sites, the outlet's name after a dash or
a bar ("... - Daily Ledger"). A feed's own name is taken out already (see OutletNames); an
aggregator's items name many outlets, so a headline's tail is furniture once an earlier
headline of the same feed ended with it. Read as headline words, it would join one
outlet's unrelated items and thin out what two outlets' headlines of one event share.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.extract.vocab import LABELS
from briefing.models import Item

_REVISIONS = "update|wrapup|refile|rpt|corrected|brief"
"""Wire markers of how often copy was sent, not what it says ("UPDATE 2-", "CORRECTED-")."""
_LIVE = r"live(?: news)?(?: updates| blog)?"
"""A live page's label ("Live", "Live updates", "Live news updates", "Live blog")."""
_LABELS = (
    f"{_REVISIONS}|updated|correction|exclusive|breaking|factbox|"
    f"analysis|explainer|insight|timeline|{_LIVE}|watch|video|photos?|"
    "in pictures|opinion|editorial|podcast|just in|developing|urgent|hands-on|review|"
    # Reuters' briefs and market columns: "BRIEF-Acme says ...", "GLOBAL MARKETS-Stocks ...".
    "global markets|emerging markets|forex|precious|treasuries|us stocks|"
    "european shares|instant view|preview|graphic|column|breakingviews"
)
_LABEL = re.compile(
    rf"^(?:(?:{_LABELS})(?:\s+\d{{1,2}})?\s*(?:[:|]|-(?=\S)|\s[-–—]\s)\s*)+",
    re.IGNORECASE,
)
"""Wire labels in front of a headline: "UPDATE 2-", "EXCLUSIVE-", "WATCH:", "Analysis | "."""
_LIVE_TAIL = re.compile(
    r"(?:\s+[|–—-]\s*|\s*:\s*|\s*\()"
    rf"(?:{_LIVE}|latest updates|as it happened)\)?\s*$",
    re.IGNORECASE,
)
"""A live page's label after its headline: "...: Live updates", "... - as it happened" (a dash
with a space before it: "Club Re-Live" is a name). Two live pages of a day share its words and
nothing else (a carmaker's results and a war's front, each "Live updates" on an aggregator's
list, were one story)."""
_DESKS = (
    "SOCCER|TENNIS|GOLF|CRICKET|RUGBY|RUGBY UNION|RUGBY LEAGUE|MOTOR RACING|FORMULA ONE|"
    "ATHLETICS|CYCLING|OLYMPICS|PARALYMPICS|SWIMMING|SKIING|ALPINE SKIING|HORSE RACING|BOXING|"
    "BASKETBALL|BASEBALL|ICE HOCKEY|HOCKEY|NFL|NBA|NHL|MLB|SPORTS|SAILING|WRESTLING|ESPORTS|"
    "METALS|GRAINS|SOFTS|OIL|GOLD|BONDS|STOCKS|MONEY MARKETS|BUZZ|WRAPUP|HEALTHCARE"
)
_DESK = re.compile(rf"^(?:{_DESKS})(?:\s+\d{{1,2}})?-(?=[A-Z0-9'‘\"“])")
"""A wire desk's slug in capitals before the headline ("SOCCER-Ravensholm fire coach",
"METALS-Copper climbs"): every item of that desk carries it, so read as a headline word it
would join a desk's unrelated items. In capitals only: "Soccer-mad town" keeps its word."""
_REVISION = re.compile(rf"^(?:{_REVISIONS.upper()})(?:[^\S\n]+\d{{1,2}})?-(?=\S)")
"""A revision marker as the wires print it, in capitals before a hyphen (see shown_title)."""


def shown_title(title: str) -> str:
    """A headline as a story shows it: without a wire's revision marker ("UPDATE 2-Oil rises"
    is "Oil rises"); a label that tells the reader something ("EXCLUSIVE-") stays."""
    return _REVISION.sub("", title, count=1) or title


_SECTION = re.compile(r"\s[-|:–—»]\s|:\s")
"""Where a feed's name turns from the outlet to its section: "Daily Ledger - World"."""


def name_words(name: str, *, whole: bool = False) -> tuple[str, ...]:
    """The words of an outlet's name in lower case, without "The" and, unless `whole`, without
    the section of a feed's name ("daily", "ledger" of "The Daily Ledger - World")."""
    if not whole:
        name = _SECTION.split(name, maxsplit=1)[0]
    words = re.findall(r"[^\W_]+", name.lower())
    return tuple(words[1:] if words[:1] == ["the"] else words)


@dataclass(frozen=True)
class OutletNames:
    """An item's outlet as its copy names it: in a dateline ("(TSNA)"), a credit, a footer
    or a headline's tail. The name says nothing of the event, but its words may: a state
    agency's country ("Talmir State News Agency": "Talmir opposes the curbs"), a paper's city
    ("The Japan Times", "Kyiv Independent"). So the name is taken out where it is written
    whole, and its words stay everywhere else."""

    firsts: tuple[str, ...]
    """The first word of each name, in lower case: a text without any holds no name."""
    pattern: re.Pattern[str]

    @classmethod
    def of(cls, names: Iterable[str]) -> OutletNames | None:
        """The names of a feed and of the source its copy credits ("Reuters", "TSNA"); the
        part of a feed's name before its section ("Daily Ledger" of "Daily Ledger - World")
        is a name too."""
        phrases = {
            words
            for name in names
            for words in (name_words(name, whole=True), name_words(name))
            if words
        }
        if not phrases:
            return None
        ordered = sorted(phrases, key=lambda words: (-len(words), words))
        alternatives = "|".join(r"\W+".join(map(re.escape, words)) for words in ordered)
        return cls(
            firsts=tuple(sorted({words[0] for words in ordered})),
            pattern=re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", re.IGNORECASE),
        )

    def remove(self, text: str) -> str:
        """The text without the outlet's names (a cheap test first: most texts name none)."""
        low = text.lower()
        if not any(first in low for first in self.firsts):
            return text
        return self.pattern.sub(" ", text)

    def remove_each(self, texts: tuple[str, str, str]) -> tuple[str, str, str]:
        """Each of three texts (a lead, a body and a headline) without the outlet's names: one
        test of the three (no first word spans the line breaks between them) spares most items
        three. Not a headline that opens with the name and goes on with a word (a body's own
        statement: "Federal Trade Board Imposes $2.4 Billion Penalty on ..."), whose subject the
        name is; a label ("Daily Ledger: ...", "CNN Exclusive: ...", see _SUBJECT) goes."""
        low = "\n".join(texts).lower()
        if not any(first in low for first in self.firsts):
            return texts
        headline = texts[2]
        opening = self.pattern.match(headline)
        after = _SUBJECT.match(headline, opening.end()) if opening is not None else None
        if after is None or after[1].lower() in LABELS:
            headline = self.remove(headline)
        return self.remove(texts[0]), self.remove(texts[1]), headline


_SUBJECT = re.compile(r"\s+([^\W\d_]+)")
"""A word after a name that opens a headline: the name is the headline's subject, unless the
word is a label's (extract.vocab.LABELS: "CNN Exclusive: ...", "Reuters Poll: ...")."""
_TAIL_MARKS = "-|–—"
_TAIL = re.compile(rf"\s[{_TAIL_MARKS}]\s+([^{_TAIL_MARKS}]{{2,60}}?)\s*$")
"""The end of a headline after a spaced dash or bar: "... - Daily Ledger"."""

_KICKER = re.compile(r"^([^:]{3,60}?):\s+(?=\S)")
"""A headline's lead-in before a colon: a series' or a column's name ("Out and About in Port
Selwyn: Tuesday 6 May"), or a subject the outlet files under ("Harbour vote live: ...")."""

SERIES_APART = 20 * 3600.0
"""Seconds after a feed's headline first opened with a lead-in from which the lead-in is a
series' name, not the event's (a daily column comes back a day later)."""

MIN_CHARS = 40
"""Paragraphs shorter than this ("Reuters", "Photo: AP") are never taken for boilerplate."""
_CARRIERS = 2
"""Leads remembered for a paragraph: two different ones make it boilerplate for good."""
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}")
"""Headline words that tell two headlines are about one thing (four letters or more)."""


@functools.lru_cache(maxsize=4096)
def _title_words(title: str) -> frozenset[str]:
    """A headline's words (see _TITLE_WORD), in lower case."""
    return frozenset(_TITLE_WORD.findall(title.casefold()))


class Boilerplate:
    """Each outlet's paragraphs seen so far."""

    def __init__(self) -> None:
        self._seen: dict[str, dict[str, list[tuple[str, str]]]] = {}
        """Feed → its paragraphs seen so far → the leads and headlines of the items that
        carried them."""
        self._tails: dict[str, set[str]] = {}
        self._kickers: dict[str, dict[str, float]] = {}
        """Feed → the lead-ins of its headlines → when each was first seen (a timestamp)."""

    def headline(self, item: Item) -> str:
        """The item's headline without wire labels (and a live page's label at its end),
        without a lead-in (before a colon) that a headline of its feed opened with a day or
        more before, and without a tail (after a dash or a bar) that an earlier headline of
        its feed ended with.

        A feed's series and columns open every headline with their name, day after day
        ("Out and About in Port Selwyn: Wednesday 7 May", "Quay Cast Awards 2031: Day Three"):
        read as headline words, the name would join each day's item to the day before's. A
        lead-in repeated within the day is mostly the event's own label ("Harbour vote live:
        turnout high", "Harbour vote live: board backs dredging") and stays."""
        title = _LABEL.sub("", item.title, count=1) or item.title
        low = title.lower()
        if "live" in low or "latest" in low or "happened" in low:
            title = _LIVE_TAIL.sub("", title, count=1) or title
        title = _DESK.sub("", title, count=1) or title
        # Substring tests first, here and for the tail: most headlines have neither a colon nor
        # a dash, and the patterns would be tried along all of them.
        kicker = _KICKER.match(title) if ":" in title else None
        if kicker is not None:
            openers = self._kickers.setdefault(item.feed, {})
            when = item.published.timestamp()
            first = openers.setdefault(" ".join(kicker.group(1).split()).casefold(), when)
            if when - first >= SERIES_APART:
                title = title[kicker.end() :]
        dashed = any(mark in title for mark in _TAIL_MARKS)
        tail = _TAIL.search(title) if dashed else None
        if tail is None or tail.start() == 0:
            return title
        seen = self._tails.setdefault(item.feed, set())
        key = " ".join(tail.group(1).split()).casefold()
        if key in seen or _teased(item.text, title[: tail.start()], key):
            seen.add(key)
            return title[: tail.start()]
        seen.add(key)
        return title

    def own_text(self, item: Item) -> str:
        """The item's text without the paragraphs an earlier item of its feed carried
        around another lead or under an unrelated headline.

        A footer comes with every story of an outlet; a wire story comes, whole, with
        every outlet an aggregator's feed carries it for, and is no footer: a paragraph
        is boilerplate when an earlier item carried it under a lead (its first long
        paragraph) that this item does not have, or under a headline that shares no word
        with this item's (a feed that puts one blurb under every headline).
        """
        seen = self._seen.setdefault(item.feed, {})
        lines = item.text.split("\n")
        keys = [" ".join(line.split()).casefold() for line in lines]
        long_keys = [key for key in keys if len(key) >= MIN_CHARS]
        if not long_keys:
            return item.text
        lead, present, title = long_keys[0], set(long_keys), item.title
        kept = []
        for line, key in zip(lines, keys, strict=True):
            if len(key) < MIN_CHARS:
                kept.append(line)
                continue
            carriers = seen.get(key)
            if carriers is None:
                seen[key] = [(lead, title)]
                kept.append(line)
                continue
            # The headlines' words are read only for a paragraph met before: most items'
            # are all new, and reading the words was a fifth of this reading.
            words = _title_words(title)
            if all(
                carrier in present and not _title_words(headline).isdisjoint(words)
                for carrier, headline in carriers
            ):
                kept.append(line)
            if len(carriers) < _CARRIERS and all(lead != carrier for carrier, _ in carriers):
                carriers.append((lead, title))
        return item.text if len(kept) == len(lines) else "\n".join(kept)


def _teased(text: str, head: str, outlet: str) -> bool:
    """Whether an aggregator's text opens with the headline and then the outlet's name
    (Google News: "Manchin and Schumer announce deal ... CNN"), which says the name
    after the headline's dash is the outlet's the first time it is met."""
    first = " ".join(text[: len(head) + len(outlet) + 80].split("\n", 1)[0].split()).casefold()
    return first == f"{' '.join(head.split()).casefold()} {outlet}"
