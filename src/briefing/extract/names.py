"""Names in masked text: honorifics and initials, party tags, a name's edges, its gender.

speakers.py resolves the phrases attribution finds; this module says which words of a phrase
are a person's name (split_title, cut_after_name) and what gender a name suggests.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from importlib import resources

from briefing.extract.vocab import (
    BODY_HEADS,
    FEMALE_NAMES,
    FEMALE_WORDS,
    HONORIFIC_ABBREVIATIONS,
    MALE_A_NAMES,
    MALE_NAMES,
    MALE_WORDS,
    NATIONALITIES,
    NOT_NAMES,
    PERSON_HEADS,
    SPEECH_VERBS,
    TITLE_PROPER,
    TITLE_WORDS,
)
from briefing.extract.words import wordset

ABBREVIATION_DOT = "\u2024"
"""Stands for the full stop of Mr. or of an initial in masked text (one dot leader, one character).

A full stop ends the phrases the attribution patterns read; the stop of an abbreviation that
always precedes a name does not, so mark_abbreviations() writes it as this character.
"""
WORD = re.compile(r"[A-Za-z](?:[\w’'\-.\u2024]|&(?=[A-Z]))*[\w\u2024]|[A-Za-z]\u2024?")
PHRASE_WORD = re.compile(rf"\d+-(?:{WORD.pattern})|{WORD.pattern}")
"""A word of a speaker's phrase, an age's number kept: the 23-year-old refugee, not year-old."""
_ABBREVIATED = re.compile(r"[A-Z][a-z]{0,5}\.")
_HONORIFICS = HONORIFIC_ABBREVIATIONS | wordset("messrs reps sens sec pres sr jr st")
"""Abbreviations that stand before a name (compared lower-cased, without the full stop)."""


def mark_abbreviations(text: str) -> str:
    """The text with the full stop of each honorific (Mr., Sen.) and initial (Charles B. Rangel,
    U.S.) written as ABBREVIATION_DOT and party tags (R-Ky.) blanked, every offset kept."""

    def one(m: re.Match[str]) -> str:
        word = m.group()
        i, j = m.start(), m.end()
        dotted = len(word) == 2 and i > 1 and text[i - 1] == "." and text[i - 2].isupper()
        if dotted:
            return word[:-1] + ABBREVIATION_DOT  # the S. of U.S.: the acronym goes on
        if i > 0 and (text[i - 1].isalnum() or text[i - 1] in "’'-.\u2024"):
            return word
        nxt = text[j : j + 2]
        capital_next = nxt[:1].isupper() or (nxt[:1] == " " and nxt[1:].isupper())
        if word[:-1].lower() in _HONORIFICS or (len(word) == 2 and capital_next):
            return word[:-1] + ABBREVIATION_DOT
        return word

    blank = _PARTY_TAG.sub(lambda m: " " * len(m.group()), _ABBREVIATED.sub(one, text))
    return _INITIALS_AFTER.sub(lambda m: " " * len(m.group()), blank) if " (" in blank else blank


_PARTY_TAG = re.compile(
    r"\((?:[RDI]|Rep|Dem|Ind)(?:-[A-Z][A-Za-z.\u2024]{0,12}(?:\s[A-Z][A-Za-z.\u2024]{0,12})?)?\)"
    r"|\((?:[A-Z][a-z]{1,5}|[A-Z][.\u2024]\s?[A-Z])[.\u2024]\)"  # a state alone: (Tex.), (N.Y.)
    r"|,\s[RDI]-[A-Z][A-Za-z.\u2024]{0,12}"
    r"(?:,(?=\s(?!(?:an?|the|who|whose|which|one|and)\b)[a-z])|(?=,))"
)
"""A party and state after a US politician's name: (D-Nev.), (Tex.), , R-Ky., — blanked like a
parenthesis, so the name reaches the verb (Dana M. Whitcomb (D-Nev.) said); the comma closing
, R-Ky., goes too when a verb follows it (Ann Lee, R-Ky., said), not an appositive."""
_INITIALS_AFTER = re.compile(
    r"(?<=[A-Za-z]{2})\s\((?=[A-Z][a-z&]*[A-Z])[A-Za-z&]{2,8}\)(?=[\s,;:])"
)
"""A body's initials after its name (the Bank of Korea (BOK) said), blanked so the name
reaches the verb."""


def lookup_form(word: str) -> str:
    """A word lower-cased to look it up, but an acronym that reads as a function word (WHO, the
    health body, not "who"; CEO is "ceo")."""
    low = word.lower()
    return word if len(word) > 2 and word.isupper() and low in _READ_AS_WORDS else low


def bare(word: str) -> str:
    """A word lower-cased without the full stop of an abbreviation (Sen. → sen), for lookups."""
    return word.lower().rstrip(".")


FUNCTION_WORDS = wordset(
    """the a an its his her their our this that these those in on at for but and under after
    before during with without since despite speaking following opening addressing asked
    according meanwhile however also separately earlier later last when while as if by from
    to of one my your we i he she they it"""
)
_READ_AS_WORDS = FUNCTION_WORDS | wordset(
    "who whom whose which that because is was are were has had"
)
"""Words an acronym may spell (WHO), read as the acronym (see lookup_form)."""


@functools.cache
def _census() -> dict[str, str]:
    """5,083 first names (lower case) and the sex most bearers have, "m" or "f"
    (first_names.tsv): a name our own lists do not know still tells a she from a he (Ambrose
    is no "she"). Read on first use, so a `today` or `digest` that summarizes nothing never
    reads it."""
    return {name: sex for name, sex in (line.split("\t") for line in _data_lines("first_names"))}


@functools.cache
def _places() -> frozenset[str]:
    """Countries, US states and regions, lower case (places.tsv), read on first use."""
    return frozenset(_data_lines("places"))


def _data_lines(name: str) -> list[str]:
    """The lines of one of this package's .tsv word lists, without its comments."""
    text = resources.files("briefing.extract").joinpath(f"{name}.tsv").read_text("utf-8")
    return [line for line in text.splitlines() if line and line[0] != "#"]


def is_place(name: str) -> bool:
    """Whether a name is a country's, a US state's or a region's (China, New Hampshire)."""
    return name.lower() in _places()


def census_person(words: list[str], before: str, lookup: Callable[[str], object | None]) -> bool:
    """Whether a run of two or three capitalised words opens with a first name the census
    knows and stands where a name surely does: at the text's start or after a word a name
    follows ("to", "said"). Not after any other word (a 1930s-era Art Deco cinema), nor after
    a sentence's end or a comma (there "June" or "Concord" open a date or a place: measured,
    they named more places than people), not a place (Georgia Power), not a known
    person's surname (the Clinton Foundation), not ending in a body's word (Chase Bank)."""
    if not 1 < len(words) < 4 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    first = words[0]
    if bare(first) not in _census() or is_place(first) or lookup(first) is not None:
        return False
    if bare(words[-1]) in BODY_HEADS:
        return False
    previous = before.rsplit(None, 1)[-1:]
    return not previous or not before[-1:].isspace() or previous[0].lower() in _NAME_AFTER


_NAME_AFTER = wordset("and or by with to from for said says told according including as")
"""Lower-case words a name may follow (besides punctuation and a sentence's start)."""


@functools.lru_cache(maxsize=4096)  # pure; asked again for every mention of a person
def gender_of(name: str, title: str) -> str | None:
    words = [bare(w) for w in title.split()]
    if any(w in FEMALE_WORDS for w in words):
        return "f"
    if any(w in MALE_WORDS for w in words):
        return "m"
    parts = name.lower().split()
    first, last = parts[0], parts[-1]
    if len(parts) > 1 and first in MALE_NAMES:
        return "m"
    if len(parts) > 1 and (
        first in FEMALE_NAMES or (first.endswith("a") and first not in MALE_A_NAMES)
    ):
        return "f"
    if len(parts) > 1 and first in _census():
        return _census()[first]
    if len(parts) > 1 and last.endswith(("ova", "eva", "ina", "aya", "ska", "yeva")):
        return "f"  # (not a surname alone: Canova, Medina)
    if last.endswith(("ov", "ev", "in", "sky", "ski", "yev", "enko")) or len(parts) > 1:
        return "m" if last.endswith(("ov", "ev", "in", "sky", "ski", "yev")) else None
    return None


NOT_NAME = TITLE_WORDS | NATIONALITIES | FUNCTION_WORDS | NOT_NAMES | SPEECH_VERBS | PERSON_HEADS
"""Words that end a name read backwards from the end of a capitalised run."""
PARTICLES = wordset("de van von der den da del della di du dos la le bin ibn al el ten ter")
"""Lower-case words inside a name (Bill de Blasio, Ludwig van Beethoven)."""
_FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
_INITIAL = re.compile(r"[a-z]$")
_SUFFIXES = wordset("jr sr ii iii iv")
_SURNAME_HONORIFICS = wordset("mr mrs ms miss mx dr")
"""Honorifics that stand only before a surname (Mr. King: King is no title after them)."""
_CUT_WORDS = wordset(
    "in at of from for with on during after before to by who which whose that as when"
)
"""Lower-case words after which a name's phrase goes on about something else."""
_NAMES_IN_ED = wordset(
    """ted fred ed ahmed mohammed muhammad mohamed reed sayed saeed jared alfred manfred
    winifred siegfried mildred united limited allied incorporated federated associated
    consolidated"""
)


@functools.lru_cache(maxsize=8192)
def not_a_name(word: str) -> bool:
    """Whether a capitalised word is a word of the language, not a name: a title, a day,
    a sentence-opening adverb or participle (Horrified, Preceded), a number word."""
    low = bare(word)
    if low in NOT_NAME or low.endswith(("’s", "'s")):
        return True
    if "-" in low and all(part in NOT_NAME or part == "charge" for part in low.split("-")):
        return True  # Editor-in-Chief, Vice-President, Officer-in-Charge
    if len(low) > 8 and low.endswith("ly"):
        return low not in _census()  # Interestingly, Separately (not Kimberly, Connolly)
    return len(low) > 5 and low.endswith("ed") and low not in _NAMES_IN_ED


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a capitalised run into its title words and the name at its end."""
    k = _title_end(tuple(words))
    return words[:k], words[k:]


@functools.lru_cache(maxsize=8192)
def _title_end(words: tuple[str, ...]) -> int:
    """Where split_title cuts: a pure function of the words, cached because the same runs
    are split again for every quote and mention: in one pass over 1,237 distinct real
    articles 79% of calls hit. It was about 10% of extract_quotes' time."""
    k = len(words)  # the name is words[k:], at most three capitalised words (and particles)
    particles = 0
    while k > 0 and len(words) - k - particles < 3:
        w = words[k - 1]
        low = w.lower()
        if low[-1:] == ".":
            low = low.rstrip(".")
        if k == len(words) and low in _SUFFIXES and k > 1:
            particles += 1  # Harold T. Brann Jr.: the suffix is not one of the three
            k -= 1
            continue
        if (
            low in PARTICLES
            and k < len(words)
            and k > 1
            and (
                words[k - 2][:1].isupper()  # Mohammed bin Salman
                or (k > 2 and bare(words[k - 2]) in PARTICLES and words[k - 3][:1].isupper())
            )  # Ursula von der Leyen
        ):
            particles += 1
            k -= 1
            continue
        # A title word or nationality last, after a first name, an initial or an honorific,
        # is a surname: David French, Peter T. King, Mr. King, Ms Bishop.
        before = bare(words[k - 2]) if k > 1 else ""
        surname = (
            k == len(words)
            and (
                before in _FIRST_NAMES
                or _INITIAL.match(before)
                or before in _SURNAME_HONORIFICS
                # Hun Sen, Amartya Sen: a shortened title without its stop, last after a name
                or (low in HONORIFIC_ABBREVIATIONS and w[-1:] != "." and _a_name_word(words[k - 2]))
            )
        )
        if not w[:1].isupper() or (not_a_name(w) and not surname):
            break
        k -= 1
    if k < len(words) and words[k].lower() in PARTICLES and len(words) - k < 2:
        k += 1  # (a particle before a surname opens it: De Blasio, Le Pen, mayor de Blasio)
    three = len(words) - k == 3
    lead = bare(words[k]) if three else ""
    if three and lead in ("seri", "sri") and k > 0 and bare(words[k - 1]) in _SERI_TITLES:
        k += 1  # Datuk Seri Anwar Ibrahim, Tan Sri Muhyiddin Yassin: Malaysian titles of two
        # words (Sri alone opens names: Sri Mulyani Indrawati)
    elif three and lead[1:] and _first_name_at(words, k + 1) and not _titled_at(words, k):
        # Recorder Helen Purcell: a title we do not know before a first name (not an initial:
        # J. Gerald Hebert; President Yoon Suk Yeol after a title proper; nor a given name:
        # Giovanni Maria Dalvento)
        k += 0 if _given(words[k]) else 1
    elif three and k > 0 and _given(words[k - 1]) and _given(words[k]):
        k -= 1  # Andrés Manuel López Obrador: two given names before two surnames
    elif three and len(words[k]) > 4 and _PLURAL.search(words[k]) and not _given(words[k]):
        k += 1  # Minister for Fisheries and Ports Ravi Tamm: a portfolio's plural noun
    elif three and (bare(words[k]) in BODY_HEADS or bare(words[k]) in _INSTITUTIONS):
        k += 1  # Officer-in-Charge of Kalia Police Station Rafiq Hasan: the body's last word
    return k


def _a_name_word(word: str) -> bool:
    """Whether a word before a run's last word may be a name's: capitalised, no title."""
    return word[:1].isupper() and len(word) > 1 and not not_a_name(word)


_INSTITUTIONS = wordset(
    """station police hospital university college school agency board commission authority
    institute district division province municipality airport port thana upazila"""
)
"""Last words of a body's or a place's name before a person's (Kalia Police Station)."""
_PLURAL = re.compile(r"[^aiosuv'’]s$")
"""The end of a plural noun, not of a given name (Carlos, Thomas, Dimitris, Marcus)."""


def _titled_at(words: tuple[str, ...], k: int) -> bool:
    """Whether a title proper stands before words[k], itself no honorific (Chancellor Sir)."""
    return k > 0 and bare(words[k - 1]) in TITLE_PROPER and bare(words[k]) not in _STYLED


_STYLED = wordset("sir dame lord lady baron baroness")


def _given(word: str) -> bool:
    """Whether a word is a given name our lists or the census know, its accents aside."""
    low = unicodedata.normalize("NFKD", bare(word)).encode("ascii", "ignore").decode()
    return word[:1].isupper() and (low in _FIRST_NAMES or low in _census())


def _first_name_at(words: tuple[str, ...], k: int) -> bool:
    """Whether words[k] opens the name and the word before it is a title's: a first name of
    our lists after a word that is none, or, after a title proper, one the census knows
    (Director of Corporate Communications Jo Bell; not "Trayvon Martin Foundation")."""
    first, before = bare(words[k]), bare(words[k - 1])
    if first in _FIRST_NAMES and before not in _FIRST_NAMES:
        return True
    titled = any(bare(w) in TITLE_PROPER for w in words[: k - 1])
    return titled and first in _census() and before not in _census()


_SERI_TITLES = wordset("datuk dato dato' datin tan tun puan")


def np_words(text: str) -> list[tuple[str, int]]:
    """The words of a phrase of masked text with their offsets, abbreviations' stops restored."""
    return [(m.group(0).replace(ABBREVIATION_DOT, "."), m.start()) for m in WORD.finditer(text)]


def _title_goes_on(words: list[str], k: int) -> bool:
    """Whether words[k] is a title in capitals whose "of" goes on to the name (Acme Senior
    Director of Sales Jo Bell), not a surname like one (Peter T. King of Brill)."""
    if bare(words[k]) not in TITLE_PROPER or not words[k][:1].isupper():
        return False
    before = bare(words[k - 1]) if k else ""
    return not (before in _FIRST_NAMES or _INITIAL.match(before) or before in _SURNAME_HONORIFICS)


def _role_then_name(words: list[str], i: int) -> bool:
    """Whether words[i:] end in a lower-case title and a name: the phrase is a body's
    officer (Rise for Rent field director Dana Orrin), named last, not a name and more."""
    k = len(words)
    while k > i and words[k - 1][:1].isupper() and len(words) - k < 3:
        k -= 1
    return i < k < len(words) and bare(words[k - 1]) in TITLE_WORDS and words[k - 1].islower()


def cut_after_name(words: list[str]) -> list[str]:
    """A phrase cut at the first lower-case word after a name: Sen. Ted Cruz of Texas,
    Sean Lee in a tweet (title words do not count: Secretary of State John Kerry)."""
    for i, w in enumerate(words):
        if w[:1].isupper():
            continue
        low = bare(w)
        if low in PARTICLES or low in TITLE_WORDS or low not in _CUT_WORDS:
            continue
        # A capital alone is an initial, not a name: the C of E, the B of E
        # (initials are a title's: Officer-in-Charge (OC) of Kalia Police Station Rafiq Hasan)
        named = any(
            x[:1].isupper() and len(x) > 1 and not not_a_name(x) and not _initials(x)
            for x in words[:i]
        )
        if named and bare(words[i - 1]) not in BODY_HEADS and not _title_goes_on(words, i - 1):
            return words if _role_then_name(words, i) else words[:i]
        if not named and i and _title_goes_on(words, i - 1):
            continue  # Minister for Fisheries Lea Tamm on Tuesday: the title goes on
        break  # a description (a farmer in Naryn): describe() cuts it
    return words


def _initials(word: str) -> bool:
    """Whether a word is a title's initials in capitals (OC, SP, CDO), not a name."""
    return 1 < len(word) <= 4 and word.isupper() and word.isalpha()


def of_a_body(words: Sequence[str]) -> bool:
    """Whether the words (after "the") open a body's name by what it is of: the Department of
    Fisheries (and Ocean Resources), the Ministry of Transport (and Public Works), whose
    "and" and the capitalised words after it go on with the name."""
    k = 1 if words and words[0].lower() == "the" else 0
    if len(words) <= k + 2 or words[k].lower() not in BODY_HEADS or words[k + 1] != "of":
        return False
    # (not the Bank of Corvia's general manager Ann Lee: a person's title)
    return all(w[:1].isupper() or w in ("of", "and", "&", "for", "the") for w in words[k + 2 :])
