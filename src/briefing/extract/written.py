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
    if entity.kind == "person" and _epithet(said, head.lower(), entity.titles):
        return entity  # Foreign Minister Ann Lee ... the top diplomat said
    return Entity(" ".join(desc), "desc", entity.gender, head)


def _epithet(said: list[str], head: str, titles: set[str]) -> bool:
    """Whether a description is the wires' other name for the title the article gave the
    person (Foreign Minister: the top diplomat; Prime Minister: the government leader), its
    other words the title's (the Russian diplomat for a Russian foreign minister) or a rank."""
    offices = _EPITHETS.get(head)
    if offices is None or not offices & titles:
        return False
    return all(
        w.lower() in titles or w.lower() in _RANKS or w.lower() == head or w.lower() in _OF_WHAT
        for w in said
    )


_LEGISLATORS = wordset("senator sen rep representative congressman congresswoman mp")
_EPITHETS = {
    "diplomat": wordset("foreign ambassador envoy"),
    "leader": wordset("prime premier president chancellor"),
    "premier": wordset("prime"),
    "head": wordset("president prime premier chancellor king queen monarch emir sultan"),
    "pontiff": wordset("pope"),
    "lawmaker": _LEGISLATORS,
    "legislator": _LEGISLATORS,
}
"""A description's head → the title words of the offices it names in wire copy."""
_RANKS = wordset("top senior chief government veteran")
_OF_WHAT = wordset("of state")
"""The rest of "the head of state" (of government: "government" is a rank's word above)."""
