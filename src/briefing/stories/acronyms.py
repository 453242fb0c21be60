"""A body one outlet names in full and another by its initials: one name.

"International Space Station" and "ISS", "European Central Bank" and "ECB", "Centers for
Disease Control" and "CDC" share no word, so two outlets' reports of one event, one
naming the body in full and the other by its initials, shared nothing on it. Once both
forms have been met (in any items, in publication order), an item that writes one of them
is read as writing the other too: its initials' token, or its full name's words, with the
weight the form it writes has. The forms met before an item are all that it is read with,
so an item's words never change when later items arrive.
"""

from __future__ import annotations

import re

from briefing.stories.languages import Language
from briefing.stories.signals import Doc
from briefing.stories.tokens import token_of

# The capital comes first and a look-behind stands for the word boundary before it (as in
# names.py): a pattern opening with \b is tried at every character of the text. The two scans
# were half of this reading; so, with the test of a run's words below, a 5,000-item day's
# reading took 0.115 s, now 0.063.
_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:\s+(?:(?:of|for|the|and|on)\s+)*[A-Z][a-z]+){1,4}\b")
"""A name of two to five capitalised words, maybe joined by "of", "for", "the" ..."""
_INITIALS = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2,4}\b")
"""A body's initials in capitals (three to five letters: two are too many other things)."""
READ_CHARS = 300
"""Characters of an item's text (after its headline) searched for either form."""


class Acronyms:
    """The initials and full names met so far, and what an item that writes one gets."""

    def __init__(self) -> None:
        self._spelled: dict[str, list[str]] = {}
        """Initials (lower case) → the words of a full name they abbreviate."""
        self._written: set[str] = set()
        """Initials (lower case) met written in capitals."""

    def read(self, doc: Doc, headline: str, text: str, language: Language) -> None:
        """Give the item the other form of each body it names in one form, where both forms
        have been met; then remember the forms it writes."""
        opening = f"{headline}\n{text[:READ_CHARS]}"
        weights = doc.weights
        spelled: dict[str, list[str]] = {}
        for run in _RUN.findall(opening):
            words = run.split()
            if len(words) < 3:  # most: two words give two initials at most
                continue
            initials = "".join(word[0] for word in words if word[0].isupper()).lower()
            if 3 <= len(initials) <= 5:
                spelled.setdefault(initials, words)
        # A headline all in capitals is a tabloid's shout, not a run of initials.
        caps = _INITIALS.findall(text[:READ_CHARS] if headline.isupper() else opening)
        written = {word.lower() for word in caps}
        added: dict[str, tuple[float, str]] = {}
        for initials in sorted(written):
            token = token_of(initials, language)
            words = self._spelled.get(initials) or spelled.get(initials, [])
            if token is None or token not in weights or not words:
                continue
            for other in _tokens(words, language):
                added.setdefault(other, (weights[token], initials.upper()))
        for initials, words in sorted(spelled.items()):
            if initials not in self._written and initials not in written:
                continue
            token = token_of(initials, language)
            tokens = _tokens(words, language)
            if token is None or not any(t in weights for t in tokens):
                continue
            added.setdefault(token, (max(weights.get(t, 0.0) for t in tokens), initials.upper()))
        for token, (weight, surface) in added.items():
            if token not in weights:
                weights[token] = weight
                doc.surface[token] = surface
        for initials, tokens in spelled.items():
            self._spelled.setdefault(initials, tokens)
        self._written |= written


def _tokens(words: list[str], language: Language) -> list[str]:
    """The tokens of a full name's words (read only when its initials are met too)."""
    return [token for word in words if (token := token_of(word, language)) is not None]
