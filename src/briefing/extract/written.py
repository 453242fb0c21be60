"""The speaker as the attribution writes it (see as_written)."""

from __future__ import annotations

from briefing.extract.descriptions import describe, head_noun, phrase_words
from briefing.extract.names import split_title
from briefing.extract.speakers import Entity
from briefing.extract.vocab import WORDS_SAID
from briefing.extract.words import wordset

_POSSESSIVE_DETERMINERS = wordset("the his her its their")
_NEUTRAL = wordset("veteran experienced seasoned young elderly longtime long-time")
"""Words of a description that say nothing of who (the veteran defender is the defender);
"former", "deputy" or "vice" would (the former president is not the president)."""


def as_written(np: str, entity: Entity | None) -> Entity | None:
    """The speaker as the attribution writes it: a definite description (the governor, his
    spokesman) that resolve() took to a person named earlier stays the description; naming
    the person is a guess that goes wrong where two of a family or party are in the story.
    The very title the article gave the person (Energy Minister Ann Lee ... the minister said)
    is no guess: the name stays (not for Vice President Lee ... the former president). The
    entity is unchanged, so a later he or she still finds the person."""
    if entity is None or entity.kind == "body":
        return entity
    words = list(phrase_words(np))
    if len(words) < 2 or words[0].lower() not in _POSSESSIVE_DETERMINERS:
        return entity
    if split_title(words)[1]:
        return entity  # the Florida senator Ann Lee: a name is written
    desc = describe(words[1:])
    head = head_noun(desc)
    if not desc or head is None or head in WORDS_SAID:
        return entity  # (his argument: his own words, see resolve)
    if words[0].lower() != "the":
        desc.insert(0, words[0])  # his wife: whose wife is part of the description
    said = [w for w in desc if w.lower() not in _NEUTRAL and not w.lower().endswith("year-old")]
    titled = (
        entity.kind == "person" and bool(said) and all(w.lower() in entity.titles for w in said)
    )
    if " ".join(desc) == entity.name or titled or not said:
        return entity  # Energy Minister Ann Lee ... the minister (or the 46-year-old) said
    return Entity(" ".join(desc), "desc", entity.gender, head)
