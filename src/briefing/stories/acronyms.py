"""A body one outlet names in full and another by its initials, a coin or a firm one names and
another by its ticker: one name.

"International Space Station" and "ISS", "European Central Bank" and "ECB", "Centers for
Disease Control" and "CDC" share no word, so two outlets' reports of one event, one
naming the body in full and the other by its initials, shared nothing on it. Once both
forms have been met (in any items, in publication order), an item that writes one of them
is read as writing the other too: its initials' token, or its full name's words, with the
weight the form it writes has. The forms met before an item are all that it is read with,
so an item's words never change when later items arrive.

A ticker is read where a text gives it in brackets after the name ("Ombrix (OMX)"): a crypto
site's "OMX price hits record $2,140" and another's "Ombrix smashes through $2,000" name one
coin, and a headline's ticker is read as the name there too; as it is where the headline's
text names the one word the ticker is drawn from ("ZTI slides" over "Zentari changed
hands").
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
_BRACKETED = re.compile(r" \(([A-Z]{3,5})(?:\.[A-Z]{1,2})?\)(?!\s*(?:[-—–:]|$))")
"""The letters a name is listed or traded under, in brackets after it ("Ombrix (OMX)", "Tesla
Inc (TSLA.O)"); not a wire's name after a dateline's place ("SALLOWBY, Bramland (CNP) — "),
which a dash or a colon follows. (The pattern opens with its brackets, which are searched for
as a string is: a pattern opening with the name was tried at every capital of every text.)"""
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3,}\b")
"""A capitalised word of four letters or more, which a headline's ticker may be drawn from
(see named_by)."""
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
            whole = run.split()
            if len(whole) < 3:  # most: two words give two initials at most
                continue
            # The run may hold an article before the name or, in a headline in title case, the
            # verb after it ("The Federal Trade Board today ...", "Federal Trade Board Imposes
            # ..."): the name without either is read too, after the run whole.
            for words in (whole, *((whole[1:], whole[:-1]) if len(whole) > 3 else ())):
                initials = "".join(word[0] for word in words if word[0].isupper()).lower()
                if 3 <= len(initials) <= 5:
                    spelled.setdefault(initials, words)
        # A coin's or a firm's letters, which are not its initials ("Ombrix (OMX)").
        if " (" in opening:
            for letters, listed in tickers(opening).items():
                spelled.setdefault(letters, listed)
        # A headline all in capitals is a tabloid's shout, not a run of initials.
        caps = _INITIALS.findall(text[:READ_CHARS] if headline.isupper() else opening)
        written = {word.lower() for word in caps}
        # A ticker in a headline whose text names the coin or the firm it is drawn from ("ZTI
        # slides to 5-month low" over "Zentari changed hands at $2,910"), but a word the
        # headline gives too ("Chevron CEO quits": no ticker). Read for this item alone: one
        # text's guess is not every later item's, as a name given in brackets is.
        guessed = {
            letters: [word]
            for letters, word in headline_tickers(headline, text[:READ_CHARS]).items()
            if letters not in spelled and letters not in self._spelled
        }
        added: dict[str, tuple[float, str]] = {}
        for initials in sorted(written):
            token = token_of(initials, language)
            words = (
                self._spelled.get(initials) or spelled.get(initials) or guessed.get(initials, [])
            )
            if token is None or token not in weights or not words:
                continue
            others = _tokens(words, language)
            for other in others:
                added.setdefault(other, (weights[token], initials.upper()))
            # A headline that writes a coin's or a firm's letters ("OMX price hits record") names
            # it as one that writes its name does ("Ombrix smashes through $2,000"): the letters
            # are read as the name there, and as a name, which the texts may never show
            # (written only at a sentence's start, under a headline in Title Case). (Not a
            # body's initials, whose name of several words would count as several words two
            # headlines share.)
            if len(others) == 1 and token in doc.title_tokens:
                name = others[0]
                doc.title_tokens = doc.title_tokens - {token} | {name}
                doc.name_tokens = doc.name_tokens | {name}
                doc.key_names = doc.key_names | {name}
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


def tickers(text: str) -> dict[str, list[str]]:
    """The letters (in lower case) a name of one or two capitalised words is listed or traded
    under in the text, in brackets after it (see _BRACKETED), and the name's words, where the
    letters are the name's first and others of it in order, as a ticker is ("Ombrix (OMX)",
    "Tesla Inc (TSLA.O)"); not a country's name that ends a bank's ("Reserve Bank of Sindhara
    (RBS)": its initials, read from the name whole: _RUN)."""
    found: dict[str, list[str]] = {}
    for bracketed in _BRACKETED.finditer(text):
        before = text[max(0, bracketed.start() - 40) : bracketed.start()].split()[-2:]
        name = before[-1:] if before[:1] and not before[0][0].isupper() else before
        letters = bracketed[1].lower()
        if name and name[-1][0].isupper() and _drawn_from(letters, " ".join(name).lower()):
            found.setdefault(letters, name)
    return found


def headline_tickers(headline: str, text: str) -> dict[str, str]:
    """The letters in capitals of a headline (in lower case) that name the one capitalised word
    of its text they are drawn from (see named_by), where the headline does not give the word
    too ("ZTI slides" over "Zentari changed hands": "zti" names "Zentari"; not "Cardevo CEO
    quits" over "Cardevo said"), nor is a tabloid's shout in capitals."""
    if headline.isupper():
        return {}
    found: dict[str, str] = {}
    for letters in {word.lower() for word in _INITIALS.findall(headline)}:
        word = named_by(letters, text)
        if word is not None and word not in headline:
            found[letters] = word
    return found


def named_by(letters: str, text: str) -> str | None:
    """The one capitalised word of the text that the letters (in lower case) are drawn from
    as a ticker is (see _drawn_from): "Zentari" for "zti"; None where no word or two are
    ("Vorrimint" and "Varmouth" for "vrm")."""
    named = {
        word
        for word in _CAPITALISED.findall(text)
        if len(word) > len(letters) and _drawn_from(letters, word.lower())
    }
    return named.pop() if len(named) == 1 else None


def _drawn_from(letters: str, name: str) -> bool:
    """Whether the letters are the name's first and others of it in order ("omx" of "ombrix",
    "btc" of "bitcoin")."""
    if letters[0] != name[0]:
        return False
    at = 0
    for letter in letters:
        at = name.find(letter, at) + 1
        if not at:
            return False
    return True
