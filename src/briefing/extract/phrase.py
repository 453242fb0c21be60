"""Word classes and small phrase helpers the figure context is built from (syntax-ish, no model)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from briefing.extract.participles import PARTICIPLES
from briefing.extract.words import wordset

PREPS = wordset(
    """of in on at to for from by with over under into onto across between among within without
    through during since until after before per than about around against toward towards near
    beneath below above via including despite amid along off behind beyond throughout past"""
)
DETS = wordset(
    """a an the this that these those its their his her our my your some any each every all both
    another such whose"""
)
POSSESSIVE = wordset("its their his her our my your")
PRONOUNS = wordset(
    """it they he she we i you this that these those them there he's she's it's they're
    we're i'm you're there's that's he'd she'd they'd we'd i'd it'd you'd he'll she'll they'll
    we'll i'll it'll you'll i've we've they've you've"""
)
"""Words that stand for a noun (a subject that names nothing: it, they, that, he's)."""
CONJ = wordset(
    """and or but while whereas as because although though if when where which who whom that so
    nor unless whether once"""
)
AUX = wordset(
    """is are was were be been being has have had will would can could should may might must shall
    do does did not also already now still just only even again currently reportedly expected
    likely due set"""
)
LEVEL = wordset(
    """is are was were be been stood stand stands remained remains remain totalled totaled totals
    total reached reach reaches hit hits topped tops exceeded exceeds exceed amounted amounts rose
    rises rise risen fell falls fall fallen grew grows grow grown climbed climbs jumped jumps
    increased increases declined declines dropped drops slipped slips slid eased eases slowed slows
    accelerated accelerates weakened weakens strengthened strengthens averaged averages average
    traded trades peaked peaks dipped dips added adds gained gains lost loses shed sheds edged
    ticked inched crept hovered stay stays stayed surged soared plunged tumbled sank slumped touched
    retreated rebounded recovered widened narrowed expanded contracted shrank shrunk doubled halved
    improved worsened cost costs set estimated projected put seen forecast valued priced accounted
    account accounts made make makes came come comes returned steady unchanged left held keep kept
    trading growing falling rising standing running ran runs measured measures ended ends closed
    closes opened went go goes gone advanced rallied firmed plummeted sagged skidded tanked dived
    spiked leapt leaped sunk fetched fetch fetches climb ease soar plunge tumble rebound widen
    narrow shrink halve"""
)
"""Verbs of a level or a change: with them the clause's subject (or object) is what is measured."""
VERBS = LEVEL | wordset(
    """cut cuts has have had holds hold took take takes makes give gives gave send sends sent spend
    spends spent pay pays paid buy buys bought sell sells sold bring brings brought build
    builds built win wins won carry carries employ employs use uses generate generates
    produce produces supply supplies consume consumes export exports import imports need
    needs plan plans expect expects foresee foresees foresaw include includes included
    provide provides envisage envisages contain contains see sees get gets got receive
    receives handle handles earn earns owe owes own owns raise raises settle settles cover
    covers serve serves reach leave leaves left kill kills hurt injured lay
    lays grant grants allocate allocates invest invests borrow borrows save saves say says
    said told tell tells believe believes think thinks show shows showed found find finds
    put puts keep keeps let lets seek seeks sought aim aims want wants bear bears will would
    could should can may might must shall keeping leaving putting bringing taking making giving
    sending paying buying carrying employing using generating producing supplying raising
    lifting pushing setting valuing pricing lowering cutting winning began begin begins became
    stood stand stands died die dies fled flee flees shot led met saw"""
)
"""Words that are verbs wherever they stand in wire copy (a subject ends before them)."""
INTRO = wordset(
    """in under on at after before following opening speaking despite since for with during
    according addressing without unlike like once if as by"""
)
TIME_WORDS = wordset(
    """year years month months week weeks day days quarter quarters decade decades season
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday morning
    evening night time"""
)
WEEKDAYS = wordset("monday tuesday wednesday thursday friday saturday sunday")
_NOW = wordset("now currently still already")
"""Adverbs that stand between a subject and its verb ("the toll now stands at 26")."""
ADVERB = wordset(
    "year-on-year annually currently already now still just also nearly almost y-o-y yoy m/m q/q"
    " m-o-m q-o-q"
)
NOT_NOUN = (
    PREPS
    | DETS
    | CONJ
    | AUX
    | ADVERB
    | wordset(
        """record further additional another more less most least some one ones it them they
        he she we you i there here then per cent percent vs vs. versus"""
    )
)
"""Words that never head what a figure measures."""
_LEADING = DETS | CONJ | PREPS
_TRAILING = NOT_NOUN - {"one"}
_LEADING_MARKS = _LEADING | {"#", ","}
_TRAILING_MARKS = _TRAILING | {"#", ","}
"""What strip_ends drops, marks included (no other word lower-cases to a mark)."""
_MODAL = wordset("will would can could should may might must has have had")
"""What follows a plural subject as its verb ("sales will"), never an adverb ("carries only")."""
_NP_END = ADVERB | _MODAL | wordset("is are was were be been being do does did")
"""Words that end a noun phrase once it has content: an adverb or auxiliary opens the verb."""
_SUBJECT_PRONOUNS = wordset("it he she which who that")
_NP_STOP = PREPS | CONJ | AUX | DETS
_PREP_DET = PREPS | DETS
_ED_NOT_VERB = wordset(
    "combined red bed need seed speed feed shed hundred united limited seabed riverbed seabeds"
    " embed breed greed"
)
MOSTLY_NOUNS = wordset("forecast forecasts estimate estimates target targets budget stake offer")
"""Verbs that after an owner's noun are nouns (its sales forecast, their growth target)."""

_WORD_CHARS = r"[^\s,;:!?()\[\]“”\"«»‘'.…]"
_TOKEN = re.compile(rf"#|,|{_WORD_CHARS}+(?:[.']{_WORD_CHARS}+)*")
"""A word keeps inner dots and apostrophes (U.S, Zhibek.kz, Kestrania's), never outer ones."""


def tokens(text: str) -> list[str]:
    """Words, commas and figure marks (#) of a piece of a sentence."""
    return _TOKEN.findall(text.replace("’", "'") if "’" in text else text)


def low(word: str) -> str:
    return word.lower()


_VERB_PREFIXES = wordset("re co pre de un over under out cross fast double mis non self")


@functools.lru_cache(maxsize=8192)
def is_verb(word: str) -> bool:
    w = word.lower()
    if w in VERBS:
        return True
    if not (w.endswith("ed") and len(w) > 4 and w not in _ED_NOT_VERB and w[:1].islower()):
        return False
    # "state-owned", "debt-laden", "Ohio-based": a compound in -ed is an adjective,
    # unless its first part is a verb's prefix (re-elected, co-founded, fast-tracked)
    return "-" not in w or w.split("-", 1)[0] in _VERB_PREFIXES


def _after_owner(words: Sequence[str], i: int) -> bool:
    """Whether 1-3 words, no verbs, stand between words[i] and its owner: "its annual output"."""
    for k in range(i - 1, max(-1, i - 5), -1):
        low = words[k].lower()
        if low in POSSESSIVE:
            return k < i - 1
        if low in PREPS or low in DETS or is_verb(words[k]):
            return False
    return False


def possessive(word: str) -> bool:
    """Whether a word is a noun's possessive ("Vietnam's", "the banks'"), which a noun follows,
    not a pronoun's contraction of a verb ("it's", "There's", "Let's")."""
    low = word.lower()
    return low.endswith(("'s", "’s", "s'", "s’")) and low not in PRONOUNS and low[:-2] != "let"


def _nouns_go_on(words: Sequence[str], i: int) -> bool:
    """Whether words[i] goes on a noun phrase: a word, not a preposition or a figure."""
    return i < len(words) and words[i][:1].isalpha() and words[i].lower() not in PREPS


def verb_at(words: Sequence[str], i: int) -> bool:
    """Whether words[i] is a verb there: after an article it is a noun ("the average", "a rise"),
    and a plural before a preposition is one too ("textile exports to")."""
    w = words[i]
    if not is_verb(w):
        # Most words are no verbs; only "agreed to expand" makes one of them, and "will amount
        # to" ("amount" is a noun elsewhere: "the total amount rose").
        prev = words[i - 1].lower() if i else ""
        if w.lower() == "amount":
            return (prev in _MODAL or prev == "to") and i + 1 < len(words) and words[i + 1] == "to"
        return i > 1 and prev == "to" and is_verb(words[i - 2]) and w.lower() not in NOT_NOUN
    prev = words[i - 1].lower() if i > 0 else ""
    if prev in DETS or (prev == "#" and i > 1 and words[i - 2].lower() in DETS):
        return False  # "the average", "a rise", "a 13% rise": a noun
    if prev in _NOW and i > 1:
        return True  # "the toll now stands at", "debt currently totals": a verb after its adverb
    if prev == "current" and w.lower() == "account":
        return False  # "the current account surplus": a balance, not "account for"
    if possessive(prev) and not w.lower().endswith(("ed", "ing")) and _nouns_go_on(words, i + 1):
        return False  # "Vietnam's export turnover": an owner's noun (not "Lee's fell by")
    if prev in PREPS and prev != "than" and w.lower().endswith("ed"):
        return False  # "in consolidated profit", "by increased demand": an adjective
    nxt_word = words[i + 1].lower() if i + 1 < len(words) else ""
    if (
        _after_owner(words, i)
        and not w.lower().endswith(("ed", "ing"))
        and (nxt_word in PREPS or (not nxt_word and w.lower() in MOSTLY_NOUNS))
    ):
        return False  # "cut its (annual) growth forecast to": a noun after its owner's nouns
    if w.lower() in ("average", "total") and (is_verb(nxt_word) or nxt_word in _MODAL):
        return False  # "the Nikkei share average fell": the index, not a verb
    if w.lower().endswith("s") and (nxt_word in LEVEL or nxt_word in _MODAL) and nxt_word != "set":
        return False  # "Exports reached", "sales will": a plural noun before its verb
    if prev == "to" and i > 1 and is_verb(words[i - 2]) and w.lower() not in NOT_NOUN:
        return True  # "agreed to expand"
    if w.lower().endswith("s") and i == 0 and nxt_word == "for":
        return False  # (said) "costs for such a plant are": a clause's plural subject
    if w.lower().endswith("s") and i > 0:
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if nxt == "to" and i + 2 < len(words) and is_verb(words[i + 2]):
            return True  # "the port expects to handle": a verb and its infinitive
        if prev in _SUBJECT_PRONOUNS:
            return True  # "it exports 40%"
        single = prev.isalpha() and not prev.endswith("s") and prev not in _PREP_DET
        if not nxt and w.lower() in LEVEL and single:
            return True  # "as revenue jumps 50%": a singular's verb before the figure
        if not nxt and i > 1 and words[i - 2].lower() in DETS and prev not in VERBS:
            return True  # "the company employs 1,200": a subject's verb before the figure
        if i > 1 and words[i - 2].lower() in DETS and nxt in DETS:
            return True  # "the cut brings its price to": the article's noun, then its verb
        return not (is_verb(prev) or prev in PREPS or nxt in PREPS or not nxt)
    return True


def is_nounish(word: str) -> bool:
    w = word.lower()
    return w not in NOT_NOUN and w not in ("#", ",") and not is_verb(word)


def strip_ends(words: list[str]) -> list[str]:
    """Drop what cannot start or end a phrase: commas, marks, articles, dangling prepositions."""
    a, b = 0, len(words)
    while a < b and words[a].lower() in _LEADING_MARKS:
        a += 1
    while b > a and words[b - 1].lower() in _TRAILING_MARKS:
        if words[b - 1] == "May":
            break  # the month, not the verb
        b -= 1
    return words[a:b]


def noun_phrase(words: list[str], i: int, limit: int = 9, pps: int = 2) -> list[str]:
    """The noun phrase starting at words[i], with up to `pps` prepositional phrases after it."""
    out: list[str] = []
    content = False
    seen_pps = 0
    while i < len(words) and len(out) < limit:
        w = words[i]
        lw = w.lower()
        if w in ("#", ","):
            break
        if lw in PREPS:
            if seen_pps >= pps or not out or i + 1 >= len(words) or words[i + 1] in ("#", ","):
                break
            seen_pps += 1
        elif lw == "and":
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            if not nxt or nxt in CONJ or is_verb(nxt) or nxt in ("#", ","):
                break
        elif lw in CONJ or (
            content and verb_at(words, i) and lw not in ("left", "set") and not _head(words, i)
        ):
            break
        elif content and lw in _NP_END:
            break  # "students from Central Asia | currently study", "firms | will"
        elif content and lw == "worth" and out[-1].lower() != "net":
            break  # "3.5 tonnes of cocaine | worth $120 million" (not "net worth")
        out.append(w)
        content = content or lw not in _LEADING
        i += 1
    return strip_ends(out)


def _head(words: list[str], i: int) -> bool:
    """Whether a verb's base form after a singular noun heads the phrase: "a $2 billion housing
    plan on Monday", "a 5% pay hike", not "the workers plan to" or "prices rose"."""
    w, prev = words[i].lower(), words[i - 1].lower()
    if w.endswith(("s", "ed", "ing")) or w in PARTICIPLES or w in PAST_FORMS:
        return False
    if (prev.endswith("s") and not prev.endswith(("ss", "ing"))) or not prev.isalpha():
        return False
    if prev in PRONOUNS or prev in PREPS or prev in AUX or prev.endswith("ed"):
        return False  # "shares they own", "money to invest", "on increased supply from"
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    # (not before "to": "members get to vote")
    return not nxt or (nxt in PREPS and nxt != "to") or nxt in (",", "#") or nxt in TIME_WORDS


def compound_head(word: str, nxt: str) -> bool:
    """Whether a verb's base form before a verb of level is a compound noun's head: "the money
    supply fell", "oil output rose" (not "the firms said")."""
    low = word.lower()
    return not low.endswith(("ed", "s", "ing")) and low not in PAST_FORMS and nxt.lower() in LEVEL


PAST_FORMS = wordset(
    """rose fell grew sank shrank slid shed hit cut put lost won rang flew drew said told sold
    held found stood led fled paid laid began came went saw took gave ran thought felt kept left
    met brought built sent spent wrote spoke chose became heard knew meant"""
)


def np_before(words: list[str], end: int, limit: int = 6) -> list[str]:
    """The noun phrase ending just before words[end] (a combined capacity | of ...)."""
    i = end
    while i > 0 and end - i < limit:
        w = words[i - 1]
        lw = w.lower()
        plural_head = i == end and lw.endswith("s") and i > 1 and is_nounish(words[i - 2])
        head = plural_head or (
            i == end
            and lw in MOSTLY_NOUNS
            and DETS.intersection(x.lower() for x in words[i - 3 : i - 1])
        )  # an earlier forecast | of (not "is forecast | to")
        if w in ("#", ",") or lw in _NP_STOP or (is_verb(w) and not head):
            if lw in DETS and i - 2 > 0 and words[i - 2].lower() == "of" and i < end:
                i -= 1  # the total cost of | the | project
                continue
            if lw == "of" and i - 1 > 0 and end - i < limit - 1 and is_nounish(words[i - 2]):
                i -= 1  # a margin of error | of 2.5 points
                continue
            break
        if not w.isalpha() and any(ch.isdigit() for ch in w):
            break
        i -= 1
    out = words[i:end]
    while out and out[0].lower() in _PREP_DET:
        out = out[1:]
    return out


def names_a_noun(words: list[str], i: int) -> bool:
    """Whether capitalised words from i qualify a lower-case noun (said Philippine copper
    output rose: the reported clause's subject), not name a speaker (said Ann Lee)."""
    j = i
    while j < len(words) and j < i + 4 and words[j][:1].isupper():
        j += 1
    w = words[j] if j < len(words) else ""
    return j > i and w.isalpha() and w.islower() and w not in PREPS and not is_verb(w)


def inserted_phrase(words: list[str], i: int) -> int:
    """Where the phrase after the comma at i closes, if with a comma and a verb: inserted in
    its clause (Output, including scrap, rose to), not a clause of its own (, trading at)."""
    j = next((k for k in range(i + 1, len(words)) if words[k] == ","), len(words))
    return j if j + 1 < len(words) and is_verb(words[j + 1]) and words[j + 1][-3:] != "ing" else 0
