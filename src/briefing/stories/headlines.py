"""What a headline says beyond its words: the names it gives, the act it tells, whether it
labels its piece as comment on the news, and whether the item is too thin to judge.

A headline in sentence case shows which of its words are names ("Brewer Oradel Q1 profit
rises") where the text may write them only at the start of its sentences, and a
headline's verb tells one side of an act (a profit that rises or falls, a founder
charged or found guilty) that outlets keep when they tell one event in their own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from briefing.extract.vocab import PLACE_ENDS
from briefing.stories.languages import Language
from briefing.stories.tokens import read_tokens
from briefing.stories.words import ACT_WORDS, ACTS, WEAK_ACTS

_WORD = re.compile(r"[^\W\d_]++(?:['’][^\W\d_]++)*+")
"""A word, with what an apostrophe joins to it: "O'Reilly" is a name, not "O" and "Reilly"."""
_BREAK = re.compile(r"[.?!:;|]\s|\s[-–—]\s")
"""Where a headline's sentence or part ends: its next word is capitalised whatever it is."""
POSSESSIVE = re.compile(r"['’]s?$")
"""A word's possessive ending: "Tessaly's" is Tessaly."""
PREPOSITIONS = frozenset(("in", "at", "near", "outside", "across", "around", "throughout", "off"))
"""Prepositions before a place's name: a name written after one is where, not who."""
PLACE_WORDS = rf"(?:{'|'.join(sorted(PREPOSITIONS))})"
"""The prepositions as a pattern's alternatives."""
_AFTER_PLACE_WORD = re.compile(rf"\b{PLACE_WORDS}\s+(?:the\s+)?([A-Z][^\W\d_'’]*)")
_PLACE_NAME = re.compile(rf"\W*[A-Z][^\W\d_]+ (?:{'|'.join(sorted(map(str.title, PLACE_ENDS)))})\b")
"""A headline's part that opens with a place's name ("Sorrel Valley fire: ..."): its first word
is a name whatever the text writes (a report may name only the town), as the capital of the
place's last word shows. The twenty-fifth blind set's two wildfires of one day in two valleys
part (one day at a time 0.905 -> 0.942, worst pair precision 0.636 -> 0.875)."""
_LISTED = re.compile(r"\W*[A-Z][^\W\d_]+(?:,| and| &) [A-Z][^\W\d_]*[a-z]\b")
"""A headline's part that opens with two capitalised words listed: "Lee, Roe", "Lee and Roe"."""


def in_title_case(words: Iterable[str]) -> bool:
    """Whether words are written in title case: at most half of those longer than three
    letters begin in lower case ("Harbor Lines Ends Merger Talks With Talvin Air")."""
    long_words = [word for word in words if len(word) > 3]
    return 2 * sum(word[0].islower() for word in long_words) <= len(long_words)


def headline_names(headline: str, text: str) -> list[str]:
    """The words a headline in sentence case writes with a capital after its first word,
    that the text writes too but never in lower case: names the text may give only at
    the start of its sentences (`Brewer Oradel Q1 profit rises 9 pct` over `Oradel, the
    country's biggest brewer, said ...`). A headline in title case capitalises every
    word, and an acronym (`SUV`, `CEO`) is a thing, not a name."""
    if headline[1:].islower():  # most headlines of a day: no capital after the first
        return []
    # Each sentence's first word is capitalised whatever it is ("Want better grades?
    # Send your teenager to bed"), as is a headline's after a colon; a part in capitals
    # only is an outlet's name or a label ("... - Northgate Review", "Live Updates |").
    words, openers, places_named = [], [], []
    for part in _BREAK.split(headline):
        found = _WORD.findall(part)
        if not all(word[0].isupper() for word in found):
            words += found[1:]
            # The first word is a name when a name is listed beside it ("Lee, Roe agree",
            # "Lee and Roe back ..."), whatever it would be alone.
            openers += found[:1] if _LISTED.match(part) else []
            places_named += found[:1] if _PLACE_NAME.match(part) else []
    # A name after "in", "at"... is where the event happened, not whom it is about:
    # outlets name the place or leave it out as they like.
    places = set(_AFTER_PLACE_WORD.findall(headline))
    if in_title_case(words):
        return []
    capitals = [
        name
        for word in openers + words
        if word[0].isupper()
        and not word.isupper()
        and (name := POSSESSIVE.sub("", word)) not in places
    ]
    if not capitals:
        return places_named
    # Written in the text, and never in lower case there: a headline's own word for a
    # country or a city the text calls otherwise ("Beijing", "China said") tells nothing
    # of what the text is about.
    written = {POSSESSIVE.sub("", word) for word in _WORD.findall(text)}
    return places_named + [w for w in capitals if w in written and w.lower() not in written]


_COMMENTARY = re.compile(
    r"^\W*(?:(?:analysis|opinion|comment|commentary|editorial|column|op-ed|perspective|"
    r"breakingviews|fact[ -]?check)\s*(?:[:|]|\s[-–—]\s)"
    # A wire's label in capitals before a hyphen ("ANALYSIS-", not "Column-free").
    r"|(?-i:ANALYSIS|OPINION|COMMENT|COLUMN|BREAKINGVIEWS)-(?=\S))",
    re.IGNORECASE,
)


def is_commentary(headline: str) -> bool:
    """Whether the headline labels its piece as comment on the news (`Analysis:`,
    `Opinion | ...`, `Fact check: ...`, a wire's `ANALYSIS-` or `COLUMN-`): about an
    event, not a report of it."""
    return _COMMENTARY.match(headline) is not None


_CAUSE = re.compile(r"\s(?:over|for|after|following|amid|in\s+connection\s+with)\s", re.I)
"""Where a headline turns to the cause of its act: "fines Telvo over data theft", "four
arrested for museum raid": the theft is why, not what happened."""


_FINDING = re.compile(
    r"\b(?:report\s+(?:into|on)\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"|(?:report|inquiry|inquest|investigation|review|probe)\s+"
    r"(?:finds|found|blames|concludes)\b)",
    re.IGNORECASE,
)
"""A headline that tells what a report found ("Final report into the bridge collapse",
"Corroded cables caused the bridge collapse, report finds"): the incident is what the report is
about, and the headline's act is the inquiry's, an aftermath, as "Inquiry blames ... for the
collapse" is (see _CAUSE). Squashed into one day, a bridge's collapse and the report on it
months later are told in the same words but for the act. Not "report says" nor "report shows":
the wire's "Hackers stole the bank's data, report says" is the hack's news, told on another
outlet's word; nor an inquiry opened ("inquiry into", "probe into"), that day's news of it."""
_INCIDENTS = next(one for one, _ in ACTS if "theft" in one)
"""The incidents' act words (a theft, a hack, a collapse: words.ACTS)."""
_INQUIRY = "inquiri"
"""The stem of "inquiry": an incident's aftermath in words.ACTS."""


_HELD = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|man|men|woman|women|"
    r"teen|teens|teenager|teenagers|boy|boys|girl|girls|suspects?|pair|gang|couple|youths?)"
    r"\s+(?:[^\W\d_]+\s+)?(?:held|detained)\s+(?:over|after|for|in\s+connection\s+with)\s",
    re.IGNORECASE,
)
"""People "held" over or after what happened, in a headline: an arrest ("Four held over tiara
heist", "Two men held after bank raid"), told where a wire says "arrested". Not "talks held
over two days": the ones held are counted or named as people."""
_ARREST = "arrest"
"""An arrest's act word (an incident's aftermath in words.ACTS)."""


_OFF_SALE = re.compile(
    r"\b(?:(?:halt|stop|suspend|freez)(?:s|ed|es)?\s+(?:[^\W\d_]+\s+){0,2}sales"
    r"|(?:pull|withdraw|yank)(?:s|ed|n)?\s+(?:[^\W\d_'’]+['’]?s?\s+){0,4}(?:from|off)\s+"
    r"(?:sale|shelves|stores|shops|the\s+market))\b",
    re.IGNORECASE,
)
"""A product taken off sale, in a headline ("halts Iris sales", "pulls its glasses from
shelves"): a withdrawal's act (words.ACTS), as a recall is, opposite the product's launch.
"pulls" and "halts" alone tell none: a firm pulls out of talks, a strike halts a plant."""
_WITHDRAWAL = "withdrawn"
"""A withdrawal's act word (a launch's opposite in words.ACTS)."""


_CONTACT_LOST = re.compile(
    r"\b(?:(?:los[te]s?|losing)\s+(?:all\s+)?contact|contact\s+(?:is\s+|has\s+been\s+)?lost"
    r"|(?:falls?|fell|goes|gone|went)\s+(?:silent|dark|quiet)|lost\s+in\s+space"
    r"|declare[sd]?\s+(?:[^\W\d_'’]+['’]?s?\s+|[\w-]+\s+){0,5}lost)\b",
    re.IGNORECASE,
)
"""A spacecraft lost, in a headline ("loses contact with weather satellite", "Pipit falls
silent on Mirelle", "declares its new satellite lost"): the end of what a launch, a lift-off or
an arrival in orbit began (words.ACTS). Not "lost" alone: jobs, a vote, a lead are lost."""
_SILENCED = "silenc"
"""A spacecraft's loss's act word (the opposite of its launch in words.ACTS)."""


_OFFER_FOR = re.compile(
    r"\b(?:offers?|offered|bids?|bidding)\s+(?:[$€£]?\d[\d.,]*\s*(?:[^\W\d_]+\s+){0,2})?for\s+"
    r"(?:[^\W\d_]+\s+){0,2}(?-i:[A-Z])"
    r"|\b(?:(?:cash|takeover|buyout|all-share|all-cash|recommended|hostile|rival|sweetened|"
    r"improved)\s+)+(?:offer|bid|approach)\s+for\s"
    r"|\b(?:rejects?|rejected|rebuffs?|rebuffed|spurns?|spurned|turns?\s+down)\s+"
    r"(?:[^\W\d_'’]+['’]?s?\s+|[$€£]?\d[\d.,]*\S*\s+){0,4}(?:offer|bid|approach)",
    re.IGNORECASE,
)
"""An offer to buy a firm in a headline ("offers 6.2 bln dlrs for Dunmoor", "recommended cash
offer for Dunmoor"): the buyer's act (words.ACTS), opposite the ruling that clears or blocks
the deal months later, as "to buy" and "to acquire" are. Not "bid" or "offer" alone: "a bid
to repeal the tax", "offers talks", "offers refunds". A board that rejects the offer tells
the offer too, and so opposes neither it nor the ruling (as "rejects offer to buy it")."""


_PEAK = re.compile(
    r"\b(?:record|lifetime|all-time|\d+-(?:year|month|week|day)|(?:year|month|week)['’]s)"
    r"\s+(high|low)s?\b",
    re.IGNORECASE,
)
"""A price's or an index's peak or trough in a headline ("at a lifetime high", "hits record
high", "slumps to 3-month low"): a rise's act or a fall's, as "soars" and "slumps" are."""


def acting(
    headline: str, heading: dict[str, float], stop: frozenset[str], language: Language
) -> set[str]:
    """The headline's tokens before it turns to a cause (see _CAUSE), for its acts, with the
    act words of the idioms it tells: a peak or a trough (see _PEAK), people held over what
    happened (_HELD), a crisis declared or declared over (_DECLARED), a penalty lifted (_LIFTS)
    and those of _IDIOMS; a report's findings tell an inquiry's act, not their incident's (see
    _FINDING)."""
    cut = _CAUSE.search(headline)
    act = headline if cut is None else headline[: cut.start()]
    # Most headlines tell none of these idioms: a substring test of the words each pattern
    # needs spares them its scan (the four patterns' scans took 3 % of a day's build).
    lowered = headline.lower()
    if (
        "report" in lowered
        or "inqu" in lowered
        or "investigation" in lowered
        or "review" in lowered
        or "probe" in lowered
    ) and _FINDING.search(act) is not None:
        return (heading.keys() - _INCIDENTS) | {_INQUIRY}
    if cut is None:
        told = set(heading)
    else:
        words: dict[str, float] = {}
        read_tokens(act, 1.0, stop, words, {}, language)
        told = set(words)
        if ("held" in lowered or "detained" in lowered) and _HELD.search(
            headline, 0, cut.end()
        ) is not None:
            told.add(_ARREST)
    for needs, pattern, word, whole in _IDIOMS:
        for needed in needs:
            if needed in lowered:
                if pattern.search(headline if whole else act) is not None:
                    told.add(word)
                break
    if "lift" in lowered:
        told.add("lift")  # "lifts" is read as "raise": see _LIFTS
    if "declar" in lowered:
        declared = _DECLARED.search(headline)
        if declared is not None:
            told.add("end" if declared["over"] or declared["ended"] else "begin")
    # "high" and "low" alone are no act: a high court, a low-cost carrier.
    if "high" in lowered or "low" in lowered:
        peak = _PEAK.search(act)
        if peak is not None:
            told.add("rise" if peak[1].lower() == "high" else "fall")
    return told


_STRUCK = re.compile(
    r"\b(?:(?:strikes?|struck)\s+down|(?:throws?|threw|thrown)\s+out|quash(?:es|ed)?)\b",
    re.IGNORECASE,
)
"""A court's ruling against a law or a decision, in a headline's idiom ("strikes down the
act", "throws out the rent cap", "quashes the order"): an overturning (words.ACTS), opposite
the law's passing or approval; not a strike ("workers strike") nor "out" alone."""
_OVERTURN = "overturn"
_NAMED = re.compile(
    r"\bnam(?:es?|ed|ing)\s+(?:[^\W\d_'’-]+['’]?s?\s+){1,4}(?:as\s+)?(?:its\s+|the\s+)?"
    r"(?:new\s+|next\s+|interim\s+|acting\s+)?"
    r"(?:chief|ceo|head|president|chair|chairman|chairwoman|coach|manager|director|boss)\b",
    re.IGNORECASE,
)
"""Someone named to a post, in a headline ("Names Philippa Ravenhill As Chief Executive",
"Eckhardt named Karvadia coach"): an appointment (words.ACTS), opposite an ousting."""
_APPOINT = "appoint"
_WAVED = re.compile(
    r"\bwav(?:es|ed|ing)\s+through\s+(?!the\s+(?:rain|night|crowd|streets?)\b)"
    r"|\bwav(?:es?|ed|ing)\s+(?:[^\W\d_'’-]+['’]?s?\s+){1,3}through"
    r"(?:$|[,;:!?.]|\s+(?:after|despite|as|with))",
    re.IGNORECASE,
)
"""A deal or a plan waved through, in a headline ("watchdog waves through cheese takeover",
"waves the merger through despite..."): an approval (words.ACTS), as "clears" is; not a
wave through the night."""
_APPROVAL = "approv"
_CRISES = r"(?:outbreak|epidemic|pandemic|emergency|war|curfew|disaster|famine|drought)s?"
_DECLARED = re.compile(
    r"\bdeclar(?:es?|ed|ing|ation\s+of)\s+(?:an?\s+|the\s+)?(?:[^\W\d_'’-]+['’]?s?\s+){0,3}"
    rf"{_CRISES}\b(?P<over>\s+(?:is\s+)?over\b)?"
    rf"|\b{_CRISES}\s+(?:is\s+|was\s+|has\s+been\s+)?declared\b(?P<ended>\s+over\b)?",
    re.IGNORECASE,
)
"""An outbreak, an emergency or a war declared, and one declared over ("declares cholera
outbreak in Essenby", "Declaration of a cholera outbreak"; "declares Essenby cholera outbreak
over"): its start and its end (words.ACTS)."""
_OFFER = "acquir"
"""An offer's act word (a buyer's in words.ACTS)."""
_IDIOMS: tuple[tuple[tuple[str, ...], re.Pattern[str], str, bool], ...] = (
    (("sale", "shelves", "stores", "shops", "market"), _OFF_SALE, _WITHDRAWAL, False),
    (("offer", "bid", "approach"), _OFFER_FOR, _OFFER, True),
    (("contact", "silent", "dark", "quiet", "lost"), _CONTACT_LOST, _SILENCED, False),
    (("name",), _NAMED, _APPOINT, False),
    (("through",), _WAVED, _APPROVAL, False),
    (("down", "throw", "threw", "quash"), _STRUCK, _OVERTURN, False),
)
"""Idioms a headline tells an act with, each as the words its pattern needs (a substring test
of the lower-cased headline spares most headlines the scan), the pattern, the act's word it
tells, and whether it is read in the whole headline (an offer rejected "over" its price) or in
its act before a cause (see _CAUSE)."""


def acts(tokens: AbstractSet[str]) -> tuple[int, ...]:
    """For each pair of opposite acts (words.ACTS), 1 when the headline's tokens tell only
    the first, -1 only the second, else 0; empty when they tell none."""
    if "trial" in tokens and not tokens.isdisjoint(_OPENS):
        tokens = tokens | {"charg"}  # a trial that opens is the case before its verdict
    elif tokens.isdisjoint(ACT_WORDS) and tokens.isdisjoint(PENALTIES):
        return ()  # most headlines tell no act: one look instead of one for each pair
    sides = [_side(tokens, *pair) for pair in _STRONG_ACTS]
    if not tokens.isdisjoint(PENALTIES) and not tokens.isdisjoint(_LIFTS):
        # A penalty lifted, eased or scrapped is cleared, as one a ruling overturns ("lifts
        # sanctions on Varkosh", "decision to lift restrictions"): opposite the penalty imposed,
        # and no price's move ("lifts" is read as "raise").
        sides[RULING] = 1
        sides[_RISE_FALL] = 0
    elif not tokens.isdisjoint(PENALTIES):
        # A ruling on a penalty tells the opposite of its verb: a tribunal that overturns
        # athletes' bans clears them, one that upholds a ban blocks them; a penalty without
        # a ruling's verb is a block ("Vostrava banned from Games").
        sides[RULING] = -sides[RULING] if sides[RULING] else -1
        # ...and a ruling on an offer to buy a firm ("watchdog bans the merger"); beside a
        # buyer's word ("bans firms buying bakers") it tells both.
        if sides[BIDDING] != -1:
            sides[BIDDING] -= 1
    return tuple(sides) if any(sides) else ()


RULING = next(n for n, (_, against) in enumerate(ACTS) if "overturn" in against)
"""Where in words.ACTS the pair of a ruling or a decision stands: upheld, cleared or approved,
and blocked, overturned or rejected."""
_RISE_FALL = next(n for n, (up, _) in enumerate(ACTS) if "rise" in up)
"""Where in words.ACTS the pair of a rise and a fall stands."""
BIDDING = next(n for n, (offer, _) in enumerate(ACTS) if "acquir" in offer)
"""Where in words.ACTS the pair of an offer to buy a firm and the ruling on it stands (see
acts)."""
_LIFTS = frozenset({"lift", "eas", "remov", "scrap"})
"""Stems of a penalty's lifting: "lifts", "lifted", "eases", "removes", "scraps" (acting adds
"lift" for "lifts", which is read as "raise": a penalty raised is a rise's word only)."""
PENALTIES = frozenset({"ban", "sanction", "suspens", "embargo", "restrict"})
"""Stems of penalties a ruling upholds or overturns (bans, sanctions, a suspension, curbs).
Not a conviction or a sentence: a verdict is its own act (words.ACTS), and "judges reject
his defence" rejects the defence, not the conviction."""


_OPENS = frozenset({"open", "begin", "start", "go"})
"""Stems that with "trial" tell a case's opening ("trial begins", "goes on trial"); "trial"
alone does not ("Trial enters second day", "sentenced after a four-month trial")."""


_STRONG_ACTS = tuple((one - WEAK_ACTS, other - WEAK_ACTS, one, other) for one, other in ACTS)
"""Each pair of acts without and with its weak words (see WEAK_ACTS)."""


def _side(
    tokens: AbstractSet[str],
    strong_one: frozenset[str],
    strong_other: frozenset[str],
    one: frozenset[str],
    other: frozenset[str],
) -> int:
    """1, -1 or 0 for one pair of acts, read first from its words that are not weak (see
    WEAK_ACTS), then, when the headline holds none of those, from all of them."""
    first, second = not tokens.isdisjoint(strong_one), not tokens.isdisjoint(strong_other)
    if not first and not second:
        first, second = not tokens.isdisjoint(one), not tokens.isdisjoint(other)
    return first - second


THIN_CHARS = 100
"""A media page (a video, a gallery) with less text than this is too thin to judge..."""
TEASER_CHARS = 40
"""...and so is any item with less than this under a headline of five words or fewer ("Ferry
fire"); a teaser of one sentence, or a newsletter's longer headline over a line of its own, is
not: its headline's rare names and figures tell its event (blind per-day F1 0.806 -> 0.818)."""
_MEDIA_WORDS = r"videos?|watch|footage|photos?|pictures|gallery|slideshow|listen|podcast|audio|clip"
"""Words that label a page that shows rather than tells (Video:, In pictures:)."""
_MEDIA = re.compile(
    rf"\b(?:{_MEDIA_WORDS}|film(?:ed|s)?|camera|webcam|duration|livestream)\b", re.IGNORECASE
)
"""Words of a page that shows rather than tells: its line of text describes the pictures."""
_MEDIA_LABEL = re.compile(rf"\W*(?:\w+\s+)?(?:{_MEDIA_WORDS})\s*[:|]", re.IGNORECASE)
"""A headline's label of a media page: Video:, WATCH |, In pictures:, Drone footage:."""


def is_thin(title: str, text: str) -> bool:
    """Whether an item has too little text to judge what it reports (see THIN_CHARS)."""
    if len(text) >= THIN_CHARS:
        return False
    words = title.split()
    if len(text) < TEASER_CHARS and len(words) < 6:
        # A short headline in sentence case that names two (Lee traded to Yankees) is news
        # its names tell; "Ferry fire" or a headline in title case is not.
        names = sum(w[:1].isupper() for w in words[1:])
        return names < 2 or not any(w[:1].islower() and len(w) > 3 for w in words)
    # A media page: labelled so ("Video: ...", "In pictures: ..."), or a line under its
    # headline that describes the pictures. A headline alone that speaks of them is news
    # like any other ("Harbour webcams now stream video to the town's site", from a feed
    # that gives its headline as its text too).
    if _MEDIA_LABEL.match(title) is not None:
        return True
    return " ".join(text.split()) != " ".join(title.split()) and _MEDIA.search(text) is not None
