"""Feed text as Markdown that shows it as written: what Markdown would act on is escaped,
and a link's destination cannot end early (the digest, the briefing and the quote archive
share these)."""

from __future__ import annotations

import re

from briefing.models import Figure, figure_line

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<~])")
"""What Markdown acts on anywhere in a line: escapes, code, emphasis, links, HTML and
autolinks, strikethrough. `!` needs no escape once `[` has one, nor `()` outside a link."""
_MD_BLOCK = re.compile(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)]))", re.MULTILINE)
"""What Markdown acts on only at the start of a line: headings, quotes, lists."""
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
"""An `&` that begins what CommonMark reads as a character reference (`&lt;`, `&#60;`)."""
_MD_DESTINATION = re.compile(r"[<>()\\\s\x00-\x1f\x7f]")
"""What can end or bend a Markdown link destination: the `<...>` and `(...)` that
delimit it, whitespace, a backslash escape, and controls."""


def markdown_text(text: str) -> str:
    """`text` as Markdown that shows it as written, escaping only what Markdown would act on."""
    escaped = _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", text))
    return _MD_BLOCK.sub(_escape_block, escaped)


def _escape_block(match: re.Match[str]) -> str:
    lead, mark = match.group(1), match.group(2)
    # A number is an ordered list only with the `.` or `)` after it: escape that instead.
    return f"{lead}{mark}\\" if mark[0].isdigit() else f"{lead}\\{mark}"


def markdown_link(title: str, url: str) -> str:
    """A Markdown link whose destination cannot end early, whatever the feed put in `url`.

    A link carrying `>)` closed the `(<...>)` wrapper, and what followed it became
    Markdown of the feed's choosing (a tracking image, a second link). Percent-encoding
    the characters that delimit a destination keeps the link the same for a browser;
    an `&` that starts a character reference is escaped so it is not decoded.
    """
    encoded = _MD_DESTINATION.sub(lambda m: "".join(f"%{b:02X}" for b in m[0].encode()), url)
    destination = _MD_ENTITY.sub(r"\\&", encoded)
    return f"[{markdown_text(title)}](<{destination}>)"


def markdown_figure(figure: Figure) -> str:
    """ "**about 60 grain wagons** — stranded" (see models.figure_line)."""
    label, _, context = figure_line(figure).partition(" — ")
    return (
        f"**{markdown_text(label)}** — {markdown_text(context)}"
        if context
        else f"**{markdown_text(label)}**"
    )
