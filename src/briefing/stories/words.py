"""The words of news copy that say nothing of an event, and the form a word and a number
take as tokens: the stop list, short forms, opposite acts, and stems read through the
synonyms (see synonyms.py), spellings and demonyms, accents folded."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

import Stemmer
from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

from briefing.extract.numerals import WORD_VALUES
from briefing.stories.synonyms import NOT_DEMONYMS, SYNONYMS

STOP_WORDS = """
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
    weekend month months year years day days morning evening night afternoon time times eve
    january february april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    percent per cent billion million thousand hundred trillion bn mln trln
    mr mrs ms dr st us
"""
STOP = frozenset(STOP_WORDS.split())
"""Words that say nothing about which event an article reports. Not "march": a protest's
word in lower case; the month, written with its capital, is read as a stop word (MONTHS)."""
MONTHS = frozenset({"March"})
"""Months whose names are news words in lower case ("students march"), read as stop words
only as written with the capital ("on March 4", "since March")."""

SHORT_FORMS = {
    **dict.fromkeys(("US", "U.S", "USA", "U.S.A"), "usa"),
    **dict.fromkeys(("UK", "U.K"), "britain"),
    **dict.fromkeys(("EU", "E.U"), "eu"),
    **dict.fromkeys(("UN", "U.N"), "un"),
    "Fed": "fedreserv",
}
"""Countries and bodies in their short forms, in capitals, and the token each is read as:
"U.S." was no word at all (its letters are one each) and "US" the pronoun "us", so
"U.S. sanctions" and "US sanctions" shared nothing; "UK" is Britain ("British" too: see
synonyms._DEMONYMS); the Fed is the Federal Reserve (Google News' rate rise, told with either)."""
_FULL_NAMES = (
    ("United States", "US"),
    ("United Kingdom", "UK"),
    ("European Union", "EU"),
    ("United Nations", "UN"),
    ("Federal Reserve", "Fed"),
)
"""Full names read as their short forms are (see SHORT_FORMS)."""
_FULL_OPENINGS = tuple(sorted({full.split()[0] + " " for full, _ in _FULL_NAMES}))
"""Their first words ("United ", three of them): a text that writes none names none."""


def short_forms(text: str) -> str:
    """The text with each full name of _FULL_NAMES in its short form (substring tests
    first: most texts name none)."""
    # Three of the names open with "United ": three scans of a text that names none, not five.
    if not any(opening in text for opening in _FULL_OPENINGS):
        return text
    for full, short in _FULL_NAMES:
        if full in text:
            text = text.replace(full, short)
    return text


ACTS = (
    (
        frozenset({"rise", "rebound", "rais", "increas"}),
        frozenset({"fall", "crash", "lose", "loss", "cut", "trim", "dent", "lower"}),
    ),
    (frozenset({"begin", "start", "walk"}), frozenset({"end"})),
    (
        frozenset({"uphold", "clear", "approv", "complet", "accept"}),
        frozenset({"block", "halt", "overturn", "revers", "reject"}),
    ),
    (
        frozenset({"charg", "arrest", "sue", "lawsuit"}),
        frozenset({"guilti", "sentenc", "acquit", "verdict", "award"}),
    ),
    (frozenset({"quit", "resign"}), frozenset({"charg"})),
    # A mine, a plant or a line inaugurated and one shut or mothballed: not "opens" and
    # "closes", which a dam's floodgates do in one flood.
    (frozenset({"inaugur"}), frozenset({"shut", "closur", "mothbal"})),
    # A chief appointed and one ousted (see headlines._NAMED for "names X as chief").
    (frozenset({"appoint", "hire"}), frozenset({"oust", "sack", "dismiss"})),
    (
        frozenset({"acquir", "buy"}),
        # The rulings' words but "accept" and "complete", which tell the deal itself, and "halt";
        # a veto and an inquiry opened; a penalty imposed counts too (see headlines.acts).
        frozenset(
            {
                *("block", "reject", "clear", "approv", "uphold"),
                *("overturn", "revers", "veto", "investig"),
            }
        ),
    ),
    (
        # A spacecraft lofted or in orbit too, lost later (see headlines._CONTACT_LOST).
        frozenset({"launch", "introduc", "unveil", "loft", "orbit"}),
        # And a product withdrawn: "withdraws", "yanked", "discontinued", and what
        # headlines.acting reads as a withdrawal ("halts sales", "pulls ... from shelves").
        frozenset({"recal", "withdraw", "withdrawn", "withdrew", "yank", "discontinu", "silenc"}),
    ),
    (
        frozenset(
            {
                *("steal", "theft", "rob", "robberi", "heist", "hack", "hacker"),
                *("breach", "erupt", "collaps", "explos", "blast", "aground", "leak"),
                # An injury, opposite a return ("surgery on torn Achilles", "wins on return").
                *("injur", "torn"),
            }
        ),
        frozenset(
            {
                *("arrest", "fine", "penalti", "appeal", "settl", "settlement", "return"),
                *("repay", "refund", "reimburs", "payout"),
                *("reopen", "compens", "sue", "lawsuit", "inquiri"),
            }
        ),
    ),
    # An investigation opened ("probe", see synonyms.py) and its subject approved. (Not
    # "cleared", which a penalty overturned is too: see headlines.acts.)
    (frozenset({"investig"}), frozenset({"approv"})),
    # A product recalled or taken off sale and the penalty or the suit over it ("fines Marrick
    # 120m", "owners sue"): not the refunds and compensation a recall offers, which its own
    # reports tell beside it. "withdrawn" is what headlines.acting reads a product taken off
    # sale as; not "withdraw", which a bank's "withdrawals" are too.
    (
        frozenset({"recal", "withdrawn", "yank"}),
        frozenset({"fine", "penalti", "sue", "lawsuit", "settl", "settlement", "arrest"}),
    ),
    # A leader sworn in and the election or the runoff that chose them, weeks or months before
    # ("sworn in as president", "takes oath" beside "heads for runoff", "wins vote").
    (frozenset({"sworn", "swear", "oath"}), frozenset({"runoff", "elect"})),
)
"""Opposite acts, as headline tokens (stems; "soars", "jumps" and "gains" are "rise", "slumps"
and "tumbles" are "fall", see synonyms.py): a rise and a fall, a strike's start and its end
(an outbreak declared and declared over), a ruling upheld or a deal completed and one blocked
or rejected (a law passed and struck down, a penalty imposed and lifted: see headlines.acts),
a charge, a suit or a trial's opening and the case's verdict or award, a resignation and the
charges that follow it, a mine inaugurated and mothballed, a chief appointed and ousted, an
offer to buy a firm and the inquiry or the ruling that blocks or clears it (not a "bid",
mostly an attempt in news copy), a product's launch and its recall or withdrawal (a
spacecraft's launch or arrival in orbit and its loss), an incident
(a theft, a hack, an eruption, a ship aground, an injury) and what came of it (the arrests,
the fine, the appeal, the settlement, the return home, the repayment: a hacked exchange that
repays tells both, and opposes neither), an investigation opened and its subject approved (a
merger referred for an in-depth probe and approved months later), a product recalled and
the fine or the suit over it, a leader sworn in and the vote that chose them. Beating or
missing forecasts is neither side: a quarter whose profit fell can beat them."""
WEAK_ACTS = frozenset({"complet"})
"""Act words that tell their side only in a headline that tells no other act of the pair:
"completes move" is a deal done, unless the headline also says what was rejected. (A trial's
opening is the charge's side: see headlines.acts.)"""
ACT_WORDS = frozenset().union(*(side for pair in ACTS for side in pair))
"""Every act's token (see opposites.acts_clash)."""


SMALL_NUMBER = 0.5
"""The factor on a token's weight of a small number or a year, which says little of an event."""
FIGURE = 1.3
"""...and of any other figure, which says a lot (a word's is 1)."""
_SPELLED = {word: int(value) for word, value in WORD_VALUES.items() if word.isalpha()}
NUMBER_WORDS = {
    **{word: value for word, value in _SPELLED.items() if value > 10},
    **{
        f"{ten}-{unit}": tens + units
        for ten, tens in _SPELLED.items()
        if tens >= 20
        for unit, units in _SPELLED.items()
        if 0 < units < 10
    },
}
"""Numbers written in words above ten (the summarizer's words, extract.numerals), read as the
figures they are (see AS_WRITTEN): one outlet writes "eleven people died" or "Seventy hours in
the dark" where another writes "killing 11" and "after 70 hours". One to ten are stop words,
as their figures say little either."""
AS_WRITTEN = {
    **SHORT_FORMS,
    **{
        form: f"#{number}"
        for word, number in NUMBER_WORDS.items()
        for form in (word, word.capitalize(), word.title(), word.upper())
    },
}
"""Words read as one token each as written, before any other reading (see tokens.py): the
short forms and the English numbers in words ("Seventy", "forty-three") in the cases they are
written in, whatever the item's language (no other language's words among them). Looked up
once for each new run of text, as SHORT_FORMS was: a test of every new word for a number cost
a 2,000-item build 19M instructions (0.5 %)."""
_WEIGHED: dict[float, dict[float, float]] = {}
"""A field's weight → each factor → their product, made once (see weighed)."""


def weighed(weight: float) -> dict[float, float]:
    """Each factor on a token's weight (1, SMALL_NUMBER, FIGURE) → its product with a field's
    weight. Every token's weight is then one of a few floats, shared by every item's weights
    and the postings, rather than a float of its own: a day of 20,000 items holds a million,
    and the candidate search, which reads them all over memory, took a fifth longer."""
    products = _WEIGHED.get(weight)
    if products is None:
        products = _WEIGHED[weight] = {f: weight * f for f in (1.0, SMALL_NUMBER, FIGURE)}
    return products


_SNOWBALL = Stemmer.Stemmer("english")
"""Snowball's English stemmer (PyStemmer): it joins inflections our suffix walk missed
(evacuation/evacuated, addiction/addictive) and keeps apart words the walk's seven-letter
cut joined; on the house clusters and tests/stories/coverage.py it scores as well or
better, and it is C, so reading a day's words takes no longer."""
_SNOWBALL.maxCacheSize = 0
"""stem() keeps its own cache of every word's stem: PyStemmer's (10,000 words by default)
only cost time, two thirds of the stemming of a 5,000-item day's 30,000 new words."""
_AMERICAN: dict[str, str] = BRITISH_ENGLISH_SPELLINGS
"""A British spelling and the American one (breame's list of 1,730: centre and center, harbour
and harbor, defence and defense, programme and program, organise and organize, travelling and
traveling): a wire in one and a paper in the other tell one event in one word, and Snowball
stems each spelling apart ("centr", "center"). Its words are read the American way."""
_DEMONYM = (("ians", 3), ("ian", 3), ("ia", 3))
"""Endings of demonyms and country names (Iranian, Russia) Snowball keeps, with the
shortest stem each leaves: Russian, Russians and Russia share the stem of Russ."""


@functools.lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """Reduce a lower-case word to a stem shared by its inflections and demonyms."""
    # A word of letters (most) holds no apostrophe: it is not looked at for one.
    if not word.isalpha():
        word = word.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        word = word.rstrip("'")
    # The American spelling first, then its synonym: the British "gaoled" is the "jailed"
    # the tabloid table reads as "prison".
    word = _AMERICAN.get(word, word)
    word = SYNONYMS.get(word, word)
    if len(word) > 6 and word.endswith("stan"):
        return word[:-5] if word.endswith("istan") else word[:-4]
    if word.endswith(("ia", "ian", "ians")) and word.removesuffix("s") not in NOT_DEMONYMS:
        return strip_suffix(word, _DEMONYM)
    stemmed: str = _SNOWBALL.stemWord(word)
    return stemmed


def strip_suffix(word: str, suffixes: Iterable[tuple[str, int]]) -> str:
    """Remove the first of `suffixes` (suffix, shortest stem it leaves) that the word ends in."""
    for suffix, keep in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep - 1:
            return word[: -len(suffix)]
    return word


def fold(word: str) -> str:
    """A word without its accents: outlets write Wikipédia and Wikipedia, Erdoğan and
    Erdogan, Zürich and Zurich for one name."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_LETTERS = re.compile(r"[^\W\d_]+")


def measure_words(context: str, *stops: AbstractSet[str], names: bool = True) -> set[str]:
    """The stems of what a figure measures ("share of likely voters": share, like, voter),
    without the words of `stops` and words of two letters; without names too unless `names`
    (a poll's share of one candidate and another poll's measure different things)."""
    return {
        stem(low)
        for word in _LETTERS.findall(context)
        if (names or word.islower())
        and word not in MONTHS
        and len(low := fold(word.lower())) > 2
        and not any(low in stop for stop in stops)
    }
