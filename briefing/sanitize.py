"""The one gate for feed text: control characters, bidi overrides, unsafe link schemes.

Every string that comes from a feed, an OPML file or an article page passes
through `clean_text` (or `clean_line`) before it is stored, and every link
through `safe_url`. Rendering code can then treat stored text as inert, but it
still builds rich/Textual `Text` objects rather than markup strings, so `[bold]`
in a title is shown as typed.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

UNSAFE_CHARACTERS = (
    "\x00-\x08\x0b-\x1f"  # C0 controls except tab and newline (ESC, BEL, BS, CR, NUL ...)
    "\x7f-\x9f"  # DEL and the C1 controls (8-bit CSI U+009B, OSC U+009D ...)
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2066-\u2069"  # bidi isolates
    "\u200e\u200f\u061c"  # directional marks, which can also reorder a title
    "\ufeff"  # stray byte order marks inside text
    "\ufff9-\ufffb"  # interlinear annotation controls
)
"""Every character feed text must never carry to a terminal, as a regex class body: the
one table both this gate and the TUI's last guard (`briefing.tui.inert`) use."""
_UNSAFE = re.compile(f"[{UNSAFE_CHARACTERS}]")
_ALLOWED_SCHEMES = ("http", "https")


def clean_text(text: str) -> str:
    """Remove control characters and bidi overrides; keep tabs and newlines.

    Carriage returns become newlines so "a\\r\\nb" and "a\\rb" keep their line break.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Every character _UNSAFE removes is non-printable, so text that is printable
    # apart from its tabs and newlines (most feed text) needs no regex pass at all.
    if text.replace("\n", "").replace("\t", "").isprintable():
        return text
    return _UNSAFE.sub("", text)


def clean_line(text: str) -> str:
    """Clean text meant for one line (a title, a name): whitespace runs become one space."""
    # str.split() collapses every Unicode space (tabs, NBSP, ideographic space) at C speed.
    return " ".join(clean_text(text).split())


def clean_paragraphs(text: str) -> str:
    """Clean multi-paragraph text: one paragraph per line, no blank lines, no edge spaces."""
    lines = (" ".join(line.split()) for line in clean_text(text).split("\n"))
    return "\n".join(line for line in lines if line)


def safe_url(url: str | None, base: str | None = None) -> str | None:
    """Return an absolute http(s) URL, or None for anything else.

    A relative URL is resolved only against an http(s) base; `javascript:`,
    `file:`, `data:` and every other scheme (in any case, with any leading
    junk) give None, as do URLs carrying control characters or credentials.
    """
    if url is None:
        return None
    url = url.strip()
    if not url or _UNSAFE.search(url) or any(c in url for c in "\n\t "):
        return None
    parts = urlsplit(url)
    if not parts.scheme:
        if base is None or safe_url(base) is None:
            return None
        url = urljoin(base, url)
        parts = urlsplit(url)
    if parts.scheme.lower() not in _ALLOWED_SCHEMES or not parts.hostname:
        return None
    if parts.username or parts.password:
        return None
    return url
