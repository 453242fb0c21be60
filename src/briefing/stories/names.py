"""The names an item's lead and body give: its full names, of two capitalised words or more
("Aibek Nurmatov", "Temir Zholy": people, bodies and places), and the words it writes with a
capital inside a sentence. A single capitalised word is mostly a place, which unrelated
events share; a full name is much more specific, and two items that write one are likelier
to tell one event (see Evidence.score)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from briefing.extract.vocab import BODY_HEADS, PLACE_ENDS, TITLE_WORDS
from briefing.stories.headlines import PLACE_WORDS, POSSESSIVE, PREPOSITIONS, in_title_case
from briefing.stories.words import stem

TITLE_TOKENS = frozenset(stem(word) for word in TITLE_WORDS if word.isalpha())
"""The tokens of titles and bodies' words (minister, president, chairman, bank, council): a
person's or a body's, not what happened (see Evidence._title_name)."""

# The capital comes first and the look-behind checks the word boundary before it: a
# pattern opening with \b would be tried at every character of the text.
_PARTICLES = r"(?:(?:al|el|bin|ibn|van|von|der|den|de|da|di|du|del|la|le)[ -])*"
_NAME = re.compile(
    r"[A-Z](?<!\w[A-Z])(?:['’](?=[A-Z]))?[^\W\d_]++"
    rf"(?:[ -]{_PARTICLES}[A-Z](?:['’](?=[A-Z]))?[^\W\d_]++)++"
)
"""A run of two capitalised words or more, joined by spaces or hyphens and the particles of
names ("Bashar al-Assad", "Charles de Gaulle", "Mohammed bin Salman"); a word may open with a
capital and an apostrophe ("Bill O'Reilly", "Alfonse D'Amato")."""
_MID_CAPITAL = re.compile(r"[A-Z](?<=[^\W_] [A-Z])(?:['’](?=[A-Z]))?[^\W\d_]++")
"""A capitalised word after a word of the sentence: a name, not a sentence's first word.
(The capital comes first, as in _NAME, so that the look-behind is tried only there.)"""
_AFTER_ARTICLE = re.compile(r"[A-Z](?:(?<=\bal-[A-Z])|(?<=\bel-[A-Z]))[^\W\d_]++")
"""A capitalised word after an Arabic name's article ("Moqtada al-Sadr", "el-Sisi"): a name,
which no space comes before. (The capital first, as in _MID_CAPITAL.)"""
_CAMEL = re.compile(r"[A-Z](?<=(?<![\w'’])[a-z][A-Z])[^\W\d_]*")
"""The capital after a word's first letter in lower case: "iPad", "eBay", "iOS", names a
sentence's first word may be too. (The match leaves out that first letter.)"""
_UNITS = frozenset(
    ("kWh", "mAh", "mA", "kW", "mW", "mV", "kHz", "pH", "pF", "nF", "dB", "mL", "mPa")
)
"""Units written the same way, which are no names."""


def full_names(prose: str, stop: AbstractSet[str], lead_end: int) -> frozenset[str]:
    """The full names of a text in lower case, but those opening with a stop word (a
    sentence's "The Harbour Board" is no name of "The"); and, in its lead (`lead_end`: its
    length), each name of three words or more without what stands before a person's name
    in it (see _bare).

    A tabloid's "Tycoon Ada Holm" and the wire's "Ada Holm", a chief's "Prime Minister Ada
    Holm", "Lumen CEO Ada Holm" and a profile's "Ada Holm" are one person; the names were
    compared whole, so they shared none. Only the lead's: a name the body gives is more often
    the background's (an earlier event's chief, a ship of a year before), and squashed into
    one day the body's joined a running topic's events months apart (coverage_real11's pair
    F1 0.594 -> 0.538)."""
    names = set()
    for found in _NAME.finditer(prose):
        words = found[0].lower().replace("’", "'").split()
        if words[0] not in stop:
            names.add(" ".join(words))
        start = found.start()
        if len(words) > 2 and start < lead_end:
            bare = _bare(words, start == 0 or prose[:start].rstrip()[-1:] in _STARTS)
            if bare is not None:
                names.add(bare)
    return frozenset(names)


def named_alike(shared: AbstractSet[str]) -> int:
    """How many names two items share (`shared`), one counted once where they share it whole
    and without its titles too ("prime minister ada holm" and "ada holm")."""
    return sum(
        not any(name != other and name.endswith(" " + other) for name in shared) for other in shared
    )


_STARTS = frozenset(".!?\"“”'’:—-\n")
"""Marks after which a capital may be a sentence's first letter rather than a name's."""


def _bare(words: list[str], at_start: bool) -> str | None:
    """A name's last words after the titles before them ("prime minister ada holm", "lumen ceo
    ada holm": "ada holm"), or after its first word where that opens a sentence and may be
    any word ("Tycoon Ada Holm fired ..."), if two or more are left and none of them is a
    title's or a body's (the "Democratic National Committee" is no one's)."""
    cut = next((n + 1 for n in range(len(words) - 3, -1, -1) if words[n] in TITLE_WORDS), 0)
    if cut == 0 and at_start:
        cut = 1
    rest = words[cut:]
    if cut == 0 or any(word in TITLE_WORDS or word in BODY_HEADS for word in rest):
        return None
    return " ".join(rest)


def capitals(prose: str, headline: str) -> list[str]:
    """The words the text writes with a capital after a word of its sentence: its names,
    unless the text is its headline written in title case ("Harbor Lines Ends Merger Talks With
    Talvin Air", as headline-only feeds and aggregators give it), which capitalises every word:
    there every word would be a name, and each of two outlets' headlines would name a
    stranger the other never mentions (see Evidence.score)."""
    found: list[str] = _MID_CAPITAL.findall(prose)
    words = prose.split()
    if found and words == headline.split() and in_title_case(words):
        return []
    if "l-" in prose:
        found += _AFTER_ARTICLE.findall(prose)
    for camel in _CAMEL.finditer(prose):
        word = prose[camel.start() - 1 : camel.end()]
        if word not in _UNITS:
            found.append(word)
    return found


def written_as_places(names: AbstractSet[str], *texts: str) -> set[str]:
    """The full names (in lower case) that the `texts` (in lower case) write as a place, after
    "in", "at"... (and "the"): a city's "in velmora city", which a brief on its mayor shares
    with a fire's report. (A search for each name, in C, rather than a pattern over the whole
    text: a brief is asked for every pair it shares a name in.)"""
    return {name for name in names if any(_placed(name, text) for text in texts)}


def _placed(name: str, text: str) -> bool:
    """Whether the text writes the name, as a whole word, after a preposition of place."""
    found = text.find(name)
    while found >= 0:
        end = found + len(name)
        if not text[end : end + 1].isalnum():
            before = text[max(0, found - 16) : found].split()
            if before and before[-1] == "the":
                before.pop()
            if before and before[-1] in PREPOSITIONS and text[found - 1 : found].isspace():
                return True
        found = text.find(name, found + 1)
    return False


def subject_name(word: str | None, dateline: str | None, headline: str, body: str) -> bool:
    """Whether a word written in an item (None: not found, as of a token read elsewhere) is a
    name its headline and text never write in lower case, nor as a place (after "in", "at"...
    or as its `dateline`): a firm, a coin, a person. Not the last word of a place's name
    (extract.vocab.PLACE_ENDS: "Island", "River", "Sea"), which unrelated places share: a
    missile that came down off "Skelder Island" and a quake in the "Pelerin Islands" on one day
    shared "Island" in their headlines as a subject, and the quake joined the missile (the
    twenty-third blind set's first day 0.789 -> 1.000, its pair precision 0.714 -> 1.000)."""
    if word is None:
        return True
    word = POSSESSIVE.sub("", word)
    low = word.lower()
    if low == word or low in PLACE_ENDS or (dateline is not None and low in dateline.lower()):
        return False
    text = f"{headline} {body}"
    # A whole word: "Mira" stays a name beside a "miracle".
    if re.search(rf"(?<![^\W\d_]){re.escape(low)}(?![^\W\d_])", text) is not None:
        return False
    # The name as written (its first letter a capital) after a preposition of place.
    name = re.escape(word[:1].upper() + word[1:].lower())
    return re.search(rf"\b{PLACE_WORDS}\s+(?:the\s+)?{name}\b", text, re.IGNORECASE) is None
