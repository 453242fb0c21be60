"""Who is speaking: people and bodies named in an article, pronouns and roles resolved to them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from briefing.extract.descriptions import (
    HEAD_NOUNS,
    PREPS,
    describe,
    for_someone,
    head_noun,
    phrase_words,
)
from briefing.extract.names import (
    FUNCTION_WORDS,
    bare,
    gender_of,
    is_place,
    lookup_form,
    of_a_body,
    split_title,
)
from briefing.extract.phrase import WEEKDAYS
from briefing.extract.vocab import (
    BODY_HEADS,
    FEMALE_WORDS,
    MALE_WORDS,
    PERSON_HEADS,
    PLACE_ENDS,
    REGNAL,
    ROLE_HEADS,
    THINGS,
    WORDS_SAID,
)
from briefing.extract.words import looks_plural, wordset


@dataclass
class Entity:
    """A person or body the article names or describes."""

    name: str
    kind: str
    """person, desc (an unnamed person) or body."""
    gender: str | None = None
    head: str | None = None
    """The noun heading a description (official, source, ministry)."""
    titles: set[str] = field(default_factory=set)
    """Lower-cased title words the article gives a person (minister, energy, deputy)."""


@dataclass
class _Mention:
    pos: int
    sentence: int
    entity: Entity
    speaking: bool = False
    """The mention is the subject of a speech verb (Lee said, said Lee)."""
    owner: bool = False
    """The mention owns what follows (Mr. Holm's heir): not its sentence's subject."""
    role: str = ""
    """After a clause opening on a conjunction (When Lee left, Kim ...): "aside", "subject"."""


_LOOKBACK = 400
"""How many mentions back a pronoun or role may reach (keeps huge inputs linear)."""


_SHORT = (("prime", "pm"), ("chief", "cm"))
"""A minister's title word and the initials the wires then write the title in."""
_INITIALS = frozenset(short.upper() for _, short in _SHORT)


@dataclass
class Registry:
    """People and bodies in reading order, for resolving pronouns, roles and surnames."""

    entities: list[Entity] = field(default_factory=list)
    mentions: list[_Mention] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    frozen: bool = False
    """Once the article is read, lookups no longer add mentions or people."""
    roles: set[str] = field(default_factory=set)
    """Heads of titles written before a name and its comma, and their initials (see entitle)."""
    _names: dict[str, Entity] = field(default_factory=dict)
    _tokens: dict[str, list[Entity]] = field(default_factory=dict)
    """First names and surnames, each with the people who bear it, the latest named last."""

    def _index(self, e: Entity) -> None:
        self._names[e.name] = e
        parts = e.name.split()
        for token in {parts[0], parts[-1]}:
            bearers = self._tokens.setdefault(token, [])
            if e in bearers:
                bearers.remove(e)
            bearers.append(e)

    def person(
        self,
        name_words: list[str],
        title_words: list[str],
        pos: int,
        sentence: int,
        owner: bool = False,
    ) -> Entity:
        name = " ".join(name_words)
        if len(name_words) == 1 and title_words and bare(title_words[-1]) in REGNAL:
            name = f"{title_words[-1]} {name}"  # Pope Francis, Sultan Ibrahim: named so
        # A full name seen before needs no gender to be found (the common case: spare it).
        found = self._names.get(name) if len(name_words) > 1 else None
        gender = None
        if found is None or found.gender is None:
            gender = gender_of(name, " ".join(title_words))
        if found is None and len(name_words) == 1:
            found = self._latest_bearer(name, gender, pos)
        found = found or self.lookup(name, gender)
        if found is None and len(name_words) == 1 and not title_words:
            found = self.lookup(name)  # Marin after Lucia Marin: no -in surname's man
        if found is None:
            found = Entity(name, "person", gender)
            if not self.frozen:
                self.entities.append(found)
                self._index(found)
        elif self.frozen:
            return found
        elif len(name_words) > len(found.name.split()):
            found.name = name
            self._index(found)
        if found.gender is None:
            found.gender = gender
        found.titles.update(bare(w) for w in title_words)
        if "minister" in found.titles:  # the PM, the CM (Indian copy's chief minister)
            found.titles.update(short for word, short in _SHORT if word in found.titles)
        self.mention(found, pos, sentence, owner)
        return found

    def entitle(self, e: Entity, role: list[str]) -> None:
        """Give a person the title written before the name (appositives.title_before): the
        Chief District Officer (CDO) of Marsyang, Hari Thapa, is "the CDO" and "the officer"."""
        if role and not self.frozen:
            e.titles.update(role)
            self.roles.update(role)

    def _latest_bearer(self, token: str, gender: str | None, pos: int) -> Entity | None:
        """Of the people a surname (or first name) may mean, the one mentioned last before pos."""
        bearers = self._tokens.get(token, [])
        if len(bearers) < 2:
            return None
        unsure = None  # a bearer of unknown gender, taken when none is known to match
        for k in self._back(pos):
            e = self.mentions[k].entity
            if self.mentions[k].pos >= pos or e not in bearers:
                continue
            if gender is None or e.gender == gender:
                return e
            if e.gender is None and unsure is None:
                unsure = e
        return unsure

    def titled(self, head: str, pos: int) -> Entity | None:
        """The latest person before pos whose title holds this word (the minister)."""
        for k in self._back(pos):
            m = self.mentions[k]
            if m.pos < pos and m.entity.kind == "person" and head in m.entity.titles:
                return m.entity
        return None

    def lookup(self, name: str, gender: str | None = None) -> Entity | None:
        """A known person whose full name, surname or first name is this name.

        Of two people of one surname (Mrs. Clinton, Bill Clinton) the one of the given gender
        is taken, else the one named last.
        """
        if name in self._names:
            return self._names[name]
        parts = name.split()
        if len(parts) == 1:
            bearers = self._tokens.get(parts[0], [])
            for e in reversed(bearers):
                if gender is None or e.gender in (None, gender):
                    return e
            return None
        single = self._names.get(parts[-1])
        if single is None or " " in single.name:
            # Wasserman Schultz, de Blasio: a surname of two words, named in full before
            tail = " " + name.lower()  # (De Blasio after Bill de Blasio)
            named = [e for e in self._tokens.get(parts[-1], []) if e.kind == "person"]
            named = [e for e in named if e.name.lower().endswith(tail)]
            same = [e for e in named if gender is None or e.gender in (None, gender)]
            # (the one bearer of a whole surname is meant, whatever its first word suggests)
            return same[-1] if same else (named[0] if len(named) == 1 else None)
        return single if gender is None or single.gender in (None, gender) else None

    def mention(self, entity: Entity, pos: int, sentence: int, owner: bool = False) -> None:
        if not self.frozen:
            self.mentions.append(_Mention(pos, sentence, entity, owner=owner))

    def mark(self, entity: Entity, pos: int, speaking: bool, role: str) -> None:
        """Say of the mention just made of entity at pos whether it speaks and its role."""
        latest = self.mentions[-1] if self.mentions and not self.frozen else None
        if latest is not None and latest.entity is entity and latest.pos == pos:
            latest.speaking, latest.role = speaking, role

    def freeze(self) -> None:
        self.mentions.sort(key=lambda x: x.pos)
        self.positions = [m.pos for m in self.mentions]
        self.frozen = True

    def _back(self, pos: int) -> range:
        i = bisect.bisect_left(self.positions, pos) if self.frozen else len(self.mentions)
        return range(i - 1, max(-1, i - 1 - _LOOKBACK), -1)

    def recent_person(self, pos: int, gender: str | None, named: bool = False) -> Entity | None:
        """The subject-most person of the latest sentence before pos that mentions one."""
        best: _Mention | None = None
        for k in self._back(pos):
            m = self.mentions[k]
            if m.pos >= pos:
                continue
            if best is not None and m.sentence != best.sentence:
                break
            e = m.entity
            if e.kind not in ("person", "desc") or (named and e.kind != "person"):
                continue
            if e.kind == "desc" and e.head is not None and looks_plural(e.head):
                continue  # his parents, Democrats: no antecedent for he or she
            if gender is not None and e.gender not in (None, gender):
                continue
            if best is not None and best.entity.kind == "person" and e.kind == "desc":
                continue  # a named person beats a description in the same sentence
            if best is not None and (m.owner or (best.speaking and not m.speaking)):
                continue  # Cruz won the crowd, Lee said. ¶ “...,” he said: Lee, who spoke
            if best is not None and m.role == "aside" and best.role == "subject":
                continue  # Since Lee left, Kim’s team grew. ¶ “...,” he said: Kim
            best = m
        if best is not None and gender is not None and best.entity.gender is None:
            best.entity.gender = gender
        return None if best is None else best.entity

    def by_head(self, head: str, pos: int) -> Entity | None:
        for k in self._back(pos):
            m = self.mentions[k]
            if m.pos < pos and m.entity.head == head:
                return m.entity
        return None


_CONTRACTED = wordset("i we you he she it they")
_CONTRACTIONS = wordset("d m s ll ve re")


def resolve(
    reg: Registry, np: str, pos: int, sentence: int, speaking: bool = False
) -> Entity | None:
    """The entity a speaker phrase (he, the ministry, Putin, an oil trader) refers to.

    `speaking`: the phrase is the subject of a speech verb, so a description is a speaker
    even when its noun is in no list (the tabloid said).
    """
    words = list(phrase_words(np))
    while len(words) > 1 and (bare(words[-1]) in WEEKDAYS or bare(words[-1]) in _DAYS):
        words.pop()  # Minister Rafiq Dar Tuesday said, Holt later Thursday told: when
        while len(words) > 1 and words[-1] in _WHEN_WORDS:
            words.pop()
    if not words:
        return None
    first = words[0].lower()
    if len(words) == 1 and ("’" in first or "'" in first):
        # I’d, she’d, he’s, they’ll: the pronoun, whatever verb its contraction stands for
        pronoun, _, ending = first.replace("’", "'").partition("'")
        if ending in _CONTRACTIONS and pronoun in _CONTRACTED:
            first, words = pronoun, [pronoun]
    if first in ("he", "she") and len(words) == 1:
        e = reg.recent_person(pos, "m" if first == "he" else "f")
        if e is not None:
            reg.mention(e, pos, sentence)
        return e
    if first in ("they", "we", "i", "it", "you"):
        return None
    if len(words) == 1 and words[0].endswith(("’s", "'s")) and words[0][:1].isupper():
        known = None if speaking else reg.lookup(words[0][:-2])  # Rowe’s team: Ann Rowe
        if known is not None and known.kind == "person":  # (a mention, never a speaker)
            reg.mention(known, pos, sentence, owner=True)
        return known if known is not None and known.kind == "person" else None
    k = next((i for i, w in enumerate(words[:3]) if w.lower() in _ISSUED), len(words))
    if k + 2 < len(words) and words[k + 1].lower() in ("from", "by") and words[-1][:1].isupper():
        # A statement from the Ministry of Defence said: the ministry speaks
        return resolve(reg, " ".join(words[k + 2 :]), pos, sentence, speaking)
    definite = first in ("the", "its", "his", "her", "their")
    indefinite = first in ("a", "an", "one", "another")
    title, name = split_title(words)
    if len(name) > 1 and name[0] in _INITIALS:
        title, name = [*title, name[0]], name[1:]  # PM Karki, CM Banerjee: the title's initials
    if len(name) == 1 and (
        name[0].lower() in HEAD_NOUNS
        or (definite and (name[0] in _INITIALS or name[0].lower() in reg.roles))
    ):
        name = []  # the minister; the PM; the CDO after a Chief District Officer (CDO) named
    if name and indefinite and for_someone(words):
        name = []  # a spokesman for Ann Lee: not Ann Lee herself
    if name and title and title[-1] in PREPS and (definite or indefinite):
        name = []  # the senator from Vermont: a place after a description's preposition
    if name and (words[-1].lower() in BODY_HEADS or of_a_body(words)):
        name = []  # the Ministry of Agriculture and Rural Development: no one's name
    if name and (
        any(w.lower() in THINGS for w in (*title, *name[:-1])) or bare(name[-1]) in PLACE_ENDS
    ):
        return None  # storm Fiona, the tanker Nordic Star, the Red Sea: no one to quote
    owner = bool(name) and name[-1].endswith(("’s", "'s")) and len(name[-1]) > 3
    if owner:
        name = [*name[:-1], name[-1][:-2]]  # President Ann Lee’s speech: Ann Lee
    if name and not title and is_place(joined := " ".join(name)) and reg.lookup(joined) is None:
        place = Entity(joined, "body", None, "place")  # China said: no "he" or "she" after it
        if not reg.frozen:
            reg.entities.append(place)
        reg.mention(place, pos, sentence)
        return place
    if name:
        return reg.person(name, title, pos, sentence, owner)
    body = [w for w in words if w[:1].isupper() and lookup_form(w) not in FUNCTION_WORDS]
    # one and another stay: they say one of several spoke (another aide)
    desc = describe(words[1:] if (definite or indefinite) and first not in _COUNTING else words)
    head = head_noun(desc)
    if head is None:
        return None
    if first in ("his", "her") and head in WORDS_SAID:
        # His argument was that “...”: the words are his
        return resolve(reg, "he" if first == "his" else "she", pos, sentence, speaking)
    if head in BODY_HEADS and body and not indefinite:
        known = reg.by_head(head, pos)
        caps = [i for i, w in enumerate(desc) if w[:1].isupper()]
        # the first capital to the last, "of" in (Bank of Ghana), a lower head after (U.S. embassy)
        last = len(desc) if caps and desc[-1].lower() == head else caps[-1] + 1 if caps else 0
        name_text = " ".join(desc[caps[0] : last]) if caps else " ".join(desc)
        if known is None or len(name_text) > len(known.name):
            known = Entity(name_text, "body", None, head)
            if not reg.frozen:
                reg.entities.append(known)
        reg.mention(known, pos, sentence)
        return known
    if definite and "other" not in desc:  # the other man: not the man named before
        known = reg.by_head(head, pos)
        if known is None and (head in ROLE_HEADS or head in reg.roles or head.endswith("man")):
            known = reg.titled(head, pos)
        if known is None and (head in ROLE_HEADS or head.endswith(("man", "year-old"))):
            gender = "f" if head in FEMALE_WORDS else "m" if head in MALE_WORDS else None
            # (not "the leader of the Harbor League": a body's own, no one named before)
            known = None if _of_a_name(desc) else reg.recent_person(pos, gender, named=True)
        if known is not None:
            reg.mention(known, pos, sentence)
            return known
    # The subject of a speech verb is a speaker whatever its noun (the column noted).
    spoke = speaking and (definite or indefinite) and head.replace("-", "").isalnum()
    if head in PERSON_HEADS or head in BODY_HEADS or head in ROLE_HEADS or spoke:
        kind = "body" if head in BODY_HEADS else "desc"
        e = Entity(" ".join(desc), kind, None, head)
        if not reg.frozen:
            reg.entities.append(e)
        reg.mention(e, pos, sentence)
        return e
    return None


_COUNTING = wordset("one another")
_OF_WHOM = wordset("of at for")


def _of_a_name(desc: list[str]) -> bool:
    """Whether a description goes on to a name after "of", "at" or "for" (the leader of the
    Harbor League)."""
    at = next((i for i, w in enumerate(desc) if w in _OF_WHOM), len(desc))
    return any(w[:1].isupper() for w in desc[at:])


_DAYS = wordset("today yesterday tonight")
_WHEN_WORDS = wordset("later earlier late early")
"""Before a speech verb, when it was said: no part of the speaker's phrase."""


_ISSUED = wordset("statement release communique communiqué")
"""What a body issues: its words are the body's (a statement from the ministry said)."""
