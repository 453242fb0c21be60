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

_BASIC_PLANE = (
    "\x00-\x08\x0b-\x1f"  # C0 controls except tab and newline (ESC, BEL, BS, CR, NUL ...)
    "\x7f-\x9f"  # DEL and the C1 controls (8-bit CSI U+009B, OSC U+009D ...)
    "\u202a-\u202e"  # bidi embeddings and overrides
    "\u2066-\u2069"  # bidi isolates
    "\u200e\u200f\u061c"  # directional marks, which can also reorder a title
    "\ufeff"  # stray byte order marks inside text
    "\ufff9-\ufffb"  # interlinear annotation controls
    # Code points that are not characters, which XML 1.0 forbids or discourages: a feed
    # name holding U+FFFF made `export-opml` write a file no XML parser would read.
    "\ud800-\udfff"  # lone surrogates (what undecodable bytes become with surrogateescape)
    "\ufdd0-\ufdef"  # the noncharacter block in Arabic Presentation Forms-A
    "\ufffe\uffff"  # the last two code points of the plane
)
_OTHER_PLANES = "".join(
    chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0x10000, 0x110000, 0x10000)
)
UNSAFE_CHARACTERS = _BASIC_PLANE + _OTHER_PLANES
"""Every character feed text must never carry to a terminal or into XML, as a regex class
body: the one table both this gate and the TUI's last guard (`briefing.tui.inert`) use.
None of them is printable, so `clean_text`'s `isprintable()` fast path still holds."""
_UNSAFE = re.compile(f"[{UNSAFE_CHARACTERS}]")
# For speed `replace_unsafe` matches the basic plane's characters with one bitmap lookup
# and everything from U+1FFFE up with one range check, then keeps the characters there
# that are not noncharacters: a class listing the other planes' 32 noncharacters one by
# one costs 32 range checks a character (text needing the pass took 10x as long).
_UNSAFE_FAST = re.compile(f"[{_BASIC_PLANE}\U0001fffe-\U0010ffff]")
_ECHOED = re.compile(f"[{UNSAFE_CHARACTERS}\t\n\r]")
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
    return replace_unsafe(text, "")


def replace_unsafe(text: str, replacement: str) -> str:
    """`text` with each character of `UNSAFE_CHARACTERS` replaced by `replacement`.

    The gate drops them (`clean_text`); the TUI's guard shows U+FFFD in their place.
    """

    def replace(found: re.Match[str]) -> str:
        char = found[0]
        if char > "\uffff" and ord(char) & 0xFFFE != 0xFFFE:
            return char  # above U+1FFFE but not a noncharacter: `_UNSAFE_FAST` overreached
        return replacement

    return _UNSAFE_FAST.sub(replace, text)


def shown(text: str) -> str:
    """`text` made safe to echo on one terminal line: a file name, an argument, an error.

    Unlike `clean_text`, which drops what it removes, each character the gate
    removes (and tab, newline, carriage return) is written as its Python escape
    (ESC as `\\x1b`, U+202E as `\\u202e`), so the user still sees what was given.
    """
    if text.isprintable():
        return text
    return _ECHOED.sub(lambda found: found[0].encode("unicode_escape").decode("ascii"), text)


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
    if not url:
        return None
    if url.isprintable():  # the usual link: nothing unsafe (none of it is printable), no tab
        if " " in url:
            return None
    elif _UNSAFE.search(url) or any(c in url for c in "\n\t "):
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
