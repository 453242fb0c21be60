"""The subject that speaks: who leads a sentence whose verb or participle introduces a quote.

attribution.py asks for it when nothing nearer the quote names a speaker (Lee said he was
glad and added, “...”; Trump urged calm, saying, “...”); it reads masked text (see
cues.mask_quotes) from the sentence's start, past an introductory phrase.
"""

from __future__ import annotations

import re

from briefing.extract.appositives import (
    ADVERBS_BEFORE_VERB,
    BEFORE_VERB,
    appositive_name,
    named_after,
)
from briefing.extract.cues import (
    ALL_HEADS,
    CLAUSE_SUBJECT,
    CLAUSE_WORDS,
    DETERMINERS,
    INTRO,
    NP_OK,
    OF_BEFORE,
    WINDOW,
)
from briefing.extract.names import (
    ABBREVIATION_DOT,
    bare,
    lookup_form,
    not_a_name,
    np_words,
    of_a_body,
    split_title,
)
from briefing.extract.numbers import NUMBER_WORDS
from briefing.extract.phrase import PREPS, TIME_WORDS, is_verb
from briefing.extract.sentences import STATE_ABBREVIATIONS
from briefing.extract.subject_phrase import before_a_name, described_twice, to_a_head
from briefing.extract.vocab import (
    BODY_HEADS,
    NATIONALITIES,
    PERSON_HEADS,
    ROLE_HEADS,
    SPEECH_VERBS,
    TITLE_WORDS,
)
from briefing.extract.words import wordset

_CHARGING = wordset(
    """say accuses accused alleges alleged claims claimed contends contended calls cites cited
    argues urges warns demands posted promises pledges vows released issued sent put targets
    related"""
)
"""Verbs by which a document or a body puts words forward (the petition accuses X of “...”)."""


def _verb_follows(head: str, at: int) -> bool:
    """Whether a speech or charging verb follows within three lower-case nouns (One
    intelligence source said; the email states)."""
    for x, _ in np_words(head[at : at + 60])[:3]:
        if x in SPEECH_VERBS or x in _CHARGING or x == "say":
            return True
        if not (x.isalpha() and x.islower()) or x.endswith("ed"):
            return False
    return False


_ONE_OF = wordset("one another")


def _after_possessive(out: list[tuple[str, int]], low: str) -> bool:
    """Whether a lower-case word goes on a description of one of several after a possessive
    (One of the region’s oldest football clubs, one of Lee’s closest aides): up to three
    words, none a verb. (Other phrases with a possessive are mostly no speaker: the anxiety
    about Lee’s rise was underscored ...)"""
    if not out or out[0][0].lower() not in _ONE_OF or len(out) < 2 or out[1][0] != "of":
        return False
    if not low.isalpha() or low in SPEECH_VERBS or low in NP_OK or low.endswith("ed"):
        return False
    if low in CLAUSE_WORDS or low in BEFORE_VERB or low in _CHARGING:
        return False
    for back, (word, _) in enumerate(reversed(out[-4:])):
        if word.endswith(("’s", "'s")):
            return back < 3
        if not word.islower():
            return False
    return False


def _adjective_in_ed(out: list[tuple[str, int]], words: list[tuple[str, int]], i: int) -> bool:
    """Whether a word in -ed just after an article qualifies a name or a speaker's noun that
    follows it (an unnamed White House official), not the article's noun's verb."""
    if len(out) != 1 or out[0][0].lower() not in DETERMINERS or i + 1 >= len(words):
        return False
    after = words[i + 1][0]
    return words[i][0].endswith("ed") and (after[:1].isupper() or after.lower() in ALL_HEADS)


def _noun_after_article(out: list[tuple[str, int]], low: str) -> bool:
    """Whether a lower-case word goes on a description opened by an article (The email, the
    billionaire business mogul): up to three words, none a verb (said, released, goes)."""
    if not out or out[0][0].lower() not in DETERMINERS or len(out) > 3 or not low.isalpha():
        return False
    if low in SPEECH_VERBS or low in NP_OK or low.endswith("ed"):
        return False
    if low in CLAUSE_WORDS or low in BEFORE_VERB:
        return False  # His wife had said: had is no noun
    return not (low.endswith("s") and len(out) > 1 and low not in ALL_HEADS)


_PHRASE_COMMA = re.compile(r",(?!\d)")


_STATE_DOTS = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]\.\s?[A-Z][a-z]?\.|[A-Z][a-z]{1,4}\.")
"""A state's abbreviation as datelines write it: `N.H.`, `W. Va.`, `Calif.`."""
_PLACE_WORDS = re.compile(r"\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*")
"""A place of one or two words (Iowa, New Hampshire) between two commas."""
_WHEN = wordset("on in at last this next early late earlier later")
_MONTHS_SHORT = wordset("jan feb mar apr jun jul aug sep sept oct nov dec")


def _where_or_when(segment: str) -> bool:
    """Whether a piece of an introductory phrase between commas is a state after its town
    (`N.H.`, `Calif.`) or a time (`on Tuesday`, `late last year`), not the subject."""
    words = segment.replace(ABBREVIATION_DOT, ".").split()
    if not words or len(words) > 4:
        return False
    if len(words) <= 2 and _STATE_DOTS.fullmatch(" ".join(words)) is not None:
        low = words[0].lower().rstrip(".")
        return "." in low or low in STATE_ABBREVIATIONS or len(words) == 2
    lows = [w.lower().rstrip(".") for w in words]
    return any(w in TIME_WORDS or w in _MONTHS_SHORT for w in lows) and all(
        w in _WHEN or w in TIME_WORDS or w in _MONTHS_SHORT or w.isdigit() for w in lows
    )


_PRONOUN_NEXT = re.compile(r"\s*(?:he|she|they|we|I)\s+[a-z]")
"""A pronoun and its verb after a comma: the subject, what came between it and the
introductory phrase an appositive of the phrase's object."""


_CLEFT = re.compile(r"\s*It\s+(?:was|is)\s+(?P<np>[^,;:“”\"]{1,60}?)\s+who\s")
_LEADING_CONJUNCTION = re.compile(
    r"\s*(?:And|But|Yet|So|Or)\s+(?:then\s+|now\s+)?(?=[A-Z]|(?:the|a|an)\s)"
)
"""A conjunction opening a sentence before its subject: And then Lee said, But the inventor,
who said ..."""
_WHEN_NEXT = TIME_WORDS | {"on", "in", "last", "this", "that", "next"}
"""Words after "late" or "early" that make them a time: Late on Friday, Early last week."""
_SPANS = TIME_WORDS | {"minute", "minutes", "hour", "hours", "second", "seconds"}
"""Spans of time a count before "after" or "later" measures (Ten minutes after, Two days later)."""
_AFTER_A_TIME = frozenset({"after", "before", "later", "earlier", "ago", "into", "since"})
"""Words after a span of time that make it the sentence's time: Ten minutes after, Two days
later."""


def _opens_with_a_time(lows: list[str]) -> bool:
    """Whether a sentence's first words (lower case) are a time, not its subject: Late on
    Friday, Early last week (Rex Early said: a name); Ten minutes after Lee was named, Two
    days later (a time, whoever it names)."""
    if lows[:1] in (["late"], ["early"]):
        return len(lows) > 1 and lows[1] in _WHEN_NEXT
    counted = bool(lows) and (
        lows[0] in NUMBER_WORDS or lows[0].isdigit() or lows[0] in ("a", "an")
    )
    return counted and len(lows) > 2 and lows[1] in _SPANS and lows[2] in _AFTER_A_TIME


def _participle(word: str) -> bool:
    """Whether a lower-cased word opens a participle's phrase (answering, asked)."""
    return len(word) > 5 and (word.endswith("ing") or (word.endswith("ed") and not_a_name(word)))


def subject(masked: str, s: int, limit: int) -> tuple[str, int] | None:
    """The subject at the head of a sentence (after an introductory phrase)."""
    head = masked[s : min(limit, s + WINDOW)]
    if (cleft := _CLEFT.match(head)) is not None:
        return cleft.group("np"), s + cleft.start("np")  # It was Lee who said that “...”
    if (lead := _LEADING_CONJUNCTION.match(head)) is not None:
        s, head = s + lead.end(), head[lead.end() :]  # And then Lee went on the attack, saying
    words = np_words(head)
    if len(words) > 1 and words[0][0].endswith("year-old") and words[1][0][:1].isupper():
        words = words[1:]  # 76-year-old Tom Bell, a farmer, said: the age is no opening phrase
    opener = words[0][0].lower() if words else ""
    # Retired farmer Tom Bell, 76, said: an adjective before a noun and a name, no participle's
    participle = _participle(opener)
    participle = participle and not (
        words[1:2] and words[1][0].islower() and before_a_name(words, 1)
    )
    # Specifically, he thought ...; Rather, he said ...: an adverb and a comma open the sentence.
    adverb = bool(words) and head[words[0][1] + len(opener) : words[0][1] + len(opener) + 1] == ","
    adverb = adverb and (opener.endswith("ly") or not_a_name(opener))
    timely = _opens_with_a_time([w.lower() for w, _ in words[:3]])
    if (opener in INTRO and opener != "the") or participle or adverb or timely:
        found = _PHRASE_COMMA.search(head)  # not the comma of "6,000"
        if found is None:
            return None
        comma = found.start()
        # At a rally in Dover, N.H., on Tuesday, Senator Ann Roe said: the place's state and
        # the day go on the introductory phrase, and so does a state written out when a day
        # follows it (near Boone, Iowa, on Sunday, Mrs. Lee ...; not "Lee, who ...").
        while (after := _PHRASE_COMMA.search(head, comma + 1)) is not None:
            segment = head[comma + 1 : after.start()]
            first = segment.split(maxsplit=1)[:1]
            if (
                _where_or_when(segment)
                or _PRONOUN_NEXT.match(head, after.start() + 1)
                or (first and _participle(first[0].lower()))
            ):
                # Unveiling the tablet, a larger model, he said: the object's appositive; on
                # Monday, asked about the deal, the minister said: a participle's phrase
                comma = after.start()
                continue
            then = _PHRASE_COMMA.search(head, after.start() + 1)
            if (
                then is None
                or _PLACE_WORDS.fullmatch(head[comma + 1 : after.start()]) is None
                or not _where_or_when(head[after.start() + 1 : then.start()])
            ):
                break
            comma = then.start()
        words = np_words(head[comma + 1 :])
        words = [(w, p + comma + 1) for w, p in words]
    out: list[tuple[str, int]] = []
    for i, (w, p) in enumerate(words):
        low = w if w.isupper() and lookup_form(w) == w else bare(w)  # WHO, the body
        between = head[out[-1][1] + len(out[-1][0]) : p] if out else ""
        if "," in between:
            appos = np_words(head[out[-1][1] :].split(",", 2)[1]) if head.count(",") else []
            appos = appositive_name(appos)
            if appos and all(x[:1].isupper() for x, _ in appos) and len(appos) <= 4:
                return " ".join(x for x, _ in appos), s + p
            break
        if out and low in ("also", "then", "later", "now"):
            break  # Rubio also said ...
        adverb = low in ADVERBS_BEFORE_VERB or (w.islower() and low.endswith("ly"))
        if out and adverb and i + 1 < len(words) and is_verb(words[i + 1][0]):
            break  # the clerk first said, Lee repeatedly said (not the first lady, one early fan)
        if low == "of" and out and out[-1][0][:1].isupper():
            out.append((w, p))  # Secretary of State Ann Lee
            continue
        if out and before_a_name(words, i):
            out.append((w, p))  # Radio talk host Rush Limbaugh said
            continue
        if low == "and" and described_twice(out, words, i):
            out.append((w, p))  # Former judge and city mayor Bo Lind said
            continue
        body = low == "and" and of_a_body([x for x, _ in out])
        if body and words[i + 1 : i + 2] and words[i + 1][0].istitle():
            out.append((w, p))  # The Ministry of Agriculture and Rural Development said
            continue
        if (ahead := to_a_head(out, words, i)) > 0:
            out.extend(words[i : i + ahead])  # Trump supporters chanted
            break
        if _after_possessive(out, low):
            out.append((w, p))  # One of the region’s oldest clubs said
            continue
        if _adjective_in_ed(out, words, i):
            out.append((w, p))  # an unnamed White House official, a retired general
            continue
        if _noun_after_article(out, low):
            # The department said, the billionaire business mogul told: a description whose
            # noun is in no list speaks only when a speech verb follows it.
            comma = head[p + len(w) : p + len(w) + 1] == ","
            # (and a noun before a speaker's head: "A port official who spoke anonymously said")
            nxt = words[i + 1][0] if i + 1 < len(words) else ""
            before_head = nxt.islower() and nxt in ALL_HEADS and low not in ("and", "or")
            if low in ALL_HEADS or comma or before_head or _verb_follows(head, p + len(w)):
                out.append((w, p))
                continue
        if not (
            w[:1].isupper()
            or low in TITLE_WORDS
            or low in PERSON_HEADS
            or low in BODY_HEADS
            or low in NP_OK
            or low in NATIONALITIES
            or low.endswith(("’s", "'s"))
        ):
            if (
                out
                and out[-1][0].lower() in PERSON_HEADS | ROLE_HEADS
                and low in ("at", "in", "of", "for", "to", "from")
            ):
                phrase, *rest = head[p:].split(",", 2)
                if (named := named_after(rest)) is not None:
                    # The leader of the league, Jon Reed, warned: the name the phrase describes
                    return named[0], s + p + len(phrase) + 1 + named[1]
                for x, y in np_words(phrase)[:5]:
                    verb = x.lower() in SPEECH_VERBS or x.lower() in CLAUSE_WORDS
                    if verb or (x.islower() and x.endswith("ed")):
                        break  # a spokesman for Acme declined: the verb ends the phrase
                    out.append((x, y + p))
            break
        out.append((w, p))
    if not out:
        return None
    return " ".join(w for w, _ in out), s + out[0][1]


def clause_subject(masked: str, s: int, quote: int) -> tuple[str, int] | None:
    """The subject of the last clause before a quote in its sentence (he pledged, Lee said,
    Mayor Ann Lee vowed: a name after its title, never a title or a word alone)."""
    last = None
    for m in CLAUSE_SUBJECT.finditer(masked, s, quote):
        verb = m.group().rsplit(None, 1)[-1].lower()
        if verb not in SPEECH_VERBS and _SPEECH_WORD.search(masked, s, m.start()):
            # Rebels said troops from Vastria began a “major assault”: what the
            # troops did is what the rebels said, in their words.
            continue
        prep = masked[max(s, m.start("np") - 12) : m.start("np")].split()[-1:]
        if prep and prep[0].lower() in _OBJECT_OF:
            continue  # a stance on the war against Vastria has sparked “...”: Vastria's no one
        words = m.group("np").split()
        named = not not_a_name(words[0]) or (len(words) > 1 and bool(split_title(words)[1]))
        if named or m.group("np").lower() in ("he", "she"):
            last = m
    if last is None:
        return None
    np, at, end = last.group("np"), last.start("np"), last.end("np")
    if len(split_title(np.split())[1]) > 1:
        return np, at  # Secretary of State Ann Lee: a person's name after the "of"
    # House Speaker Ann Lee of Marrowshire warned, the Bank of Ilvary said: the place or
    # body after "of" is part of the phrase before it, which is the subject.
    for _ in range(3):
        if not OF_BEFORE.search(masked[max(s, at - 8) : at]):
            break
        before = _RUN_BEFORE_OF.search(masked, max(s, at - WINDOW), at)
        if before is None:
            return None
        at = before.start("np")
    return masked[at:end], at


_OBJECT_OF = PREPS - wordset("of after before since until")
"""Prepositions whose object is no clause's subject ("of" is read in clause_subject; "after",
"since" open clauses: after Lee said)."""
_SPEECH_WORD = re.compile(r"\b(?:said|says|told|tells)\b")
"""A speech verb before a clause: the clause is what was said."""
_RUN_BEFORE_OF = re.compile(
    r"(?<![\w’'])(?P<np>[A-Z][\w’'\-\u2024]*(?:\s+[A-Z][\w’'\-\u2024]*){0,3})"
    r"\s+of\s+(?:the\s+)?$"
)
"""A capitalised run and the "of" after it, at the end of the text searched."""
