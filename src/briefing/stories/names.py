"""The full names an item's lead and body give: two capitalised words or more ("Aibek
Nurmatov", "Temir Zholy"), people, bodies and places. A single capitalised word is mostly a
place, which unrelated events share; a full name is much more specific, and two items that
write one are likelier to tell one event (see Evidence.score)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

# The capital comes first and the look-behind checks the word boundary before it: a
# pattern opening with \b would be tried at every character of the text.
_NAME = re.compile(r"[A-Z](?<!\w[A-Z])[^\W\d_]++(?:[ -][A-Z][^\W\d_]++)++")
"""A run of two capitalised words or more, joined by spaces or hyphens."""


def full_names(prose: str, stop: AbstractSet[str]) -> frozenset[str]:
    """The full names of a text in lower case, but those opening with a stop word (a
    sentence's "The Harbour Board" is no name of "The")."""
    return frozenset(
        name.lower() for name in _NAME.findall(prose) if name.split()[0].lower() not in stop
    )
