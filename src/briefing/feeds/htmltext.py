"""HTML fragments from feeds turned into clean plain paragraphs."""

from __future__ import annotations

import html
import re
import threading

from lxml import etree

from briefing.sanitize import clean_paragraphs, clean_text

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "body",
        "html",
    ]
)
"""Elements that start and end a line of text."""
_CELL_TAGS = frozenset(("td", "th"))
_DROPPED_TAGS = frozenset(
    [
        "script",
        "style",
        "iframe",
        "noscript",
        "template",
        "object",
        "embed",
        "svg",
        "math",
        "head",
        "title",
        "select",
        "textarea",
        "button",
        "audio",
        "video",
        "canvas",
        "frameset",
        "frame",
        "applet",
    ]
)
"""Elements whose content is never text a reader should see."""
_MARKUP_HINT = re.compile(r"<[A-Za-z/!?]|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_WHITESPACE = re.compile(r"\s+")
_BREAK = "\ue000"
_DROPPED_START = re.compile(
    r"<(script|style|iframe|noscript|template|svg|math|head|title)\b", re.IGNORECASE
)
_ATTRIBUTES = r"""(?:[^<>"']|"[^"]*"|'[^']*')*"""
"""The rest of a tag: a ">" inside a quoted attribute value does not end it."""


def _names(names: frozenset[str]) -> str:
    """The names as one alternation grouped by first letter: "b(?:lockquote|ody|r)|...".

    `re` tries branches one by one at every tag: grouped, a tag's first letter is compared
    once, not with every name (block tags over the refresh benchmark's 30,000 fragments:
    0.19 s of CPU against 0.25)."""
    groups: dict[str, list[str]] = {}
    # Longest first: every use ends in \b, which would otherwise backtrack into the group.
    for name in sorted(names, key=lambda name: (-len(name), name)):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items()))


_BLOCK_TAG_RE = re.compile(
    r"</?(?:" + _names(_BLOCK_TAGS) + r")\b" + _ATTRIBUTES + ">", re.IGNORECASE
)
_ANY_TAG = re.compile(r"<[^>]*>|<!--.*?-->", re.DOTALL)
_NEEDS_PARSER = re.compile(
    r"<(?:[!?]|/?(?:" + _names(_DROPPED_TAGS) + r")\b)",
    re.IGNORECASE,
)
"""Markup the quick path leaves to libxml2: comments, CDATA, processing, dropped elements."""
_CELL_TAG_RE = re.compile(r"</?t[dh]\b" + _ATTRIBUTES + ">", re.IGNORECASE)
_PLAIN_TAG = re.compile(r"</?[A-Za-z]" + _ATTRIBUTES + ">")
_TAG_LEFT = re.compile(r"<[A-Za-z/!?]")

_EMBED_TAG = re.compile(r"</?embed\b" + _ATTRIBUTES + ">", re.IGNORECASE)
_FALLBACK_HOLDERS = ("iframe", "object", "audio", "video", "applet")
"""Elements whose content is fallback (dropped when closed); feeds often leave them open."""
_FALLBACK_START = {
    name: re.compile(f"<{name}\\b" + _ATTRIBUTES + ">", re.IGNORECASE) for name in _FALLBACK_HOLDERS
}
_REPAIR_HINT = re.compile(r"<(?:embed|iframe|object|audio|video|applet|!\[CDATA\[)", re.I)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|\]\]&gt;|$)", re.DOTALL | re.IGNORECASE)
"""A CDATA section, its end also as escaped twice ("]]&gt;") or missing."""

_local = threading.local()


def _parser() -> etree.HTMLParser:
    # One parser per thread: lxml serialises parses that share a parser object.
    parser: etree.HTMLParser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(
            recover=True,
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
            default_doctype=False,
        )
        _local.parser = parser
    return parser


def looks_like_html(text: str) -> bool:
    """True when the text holds a tag or an entity reference worth decoding."""
    return _MARKUP_HINT.search(text) is not None


def html_to_text(markup: str) -> str:
    """Turn an HTML fragment into clean plain paragraphs, one per line.

    Block elements and <br> break lines; scripts, styles, iframes and the like are
    dropped; entities are decoded; whitespace is collapsed; the result goes through
    the sanitiser. The cost is bounded on pathological input: libxml2 builds the
    tree in C, the walk is iterative, and a document nested past libxml2's depth
    limit is reduced with regular expressions instead, so no RecursionError.
    """
    if not markup or not looks_like_html(markup):
        return _finish(markup)
    quick = _quick_text(markup)
    if quick is not None:
        return quick
    markup = _repair(markup)
    parser = _parser()
    try:
        root = etree.fromstring(markup, parser)
    except (etree.XMLSyntaxError, ValueError):
        return _strip_tags(markup)
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        return _strip_tags(markup)
    if root is None:
        # Markup libxml2 makes no element of ("<!' <a href=...>"): its tags still go.
        return _strip_tags(markup)
    return _paragraphs(_walk(root))


def _paragraphs(marked: str) -> str:
    """Text with its line breaks marked by `_BREAK` as clean paragraphs, one per line.

    The usual text needs only its lines taken (`_plain_lines`); other text has its
    whitespace (newlines too) collapsed once, here, and is cleaned when it needs it.
    """
    plain = _plain_lines(marked)
    if plain is not None and undo_encoding_slips(plain) is plain:
        return plain
    text = " ".join(marked.split()).replace(_BREAK, "\n")
    repaired = undo_encoding_slips(text)
    if repaired is not text or clean_text(text) is not text:
        return clean_paragraphs(repaired)
    return "\n".join([line for line in (raw.strip(" ") for raw in text.split("\n")) if line])


def _plain_lines(marked: str) -> str | None:
    """`_paragraphs` of the usual text, its lines marked and nothing else to do, else None.

    A line that is printable holds no whitespace but the plain space (every other
    whitespace character is a control or a separator, which `isprintable` rejects) and
    nothing for the sanitiser to drop; without two spaces in a row it needs no
    collapsing, only its edges stripped. These C checks are cheaper than splitting the
    text into words, joining them again and cleaning the lines: `html_to_text` of the
    30,000 fragments of the refresh benchmark's feeds takes 0.79 s of CPU against 1.21.
    """
    lines: list[str] = []
    for line in marked.split(_BREAK):
        if not line.isprintable() or "  " in line:
            return None
        line = line.strip(" ")
        if line:
            lines.append(line)
    return "\n".join(lines)


def _finish(text: str) -> str:
    return clean_paragraphs(undo_encoding_slips(text))


def _repair(markup: str) -> str:
    """Markup that would make libxml2 swallow the text after it, made harmless first.

    An <embed> has no content, yet libxml2 nests what follows inside it; an <iframe>,
    <object>, <audio> or <video> left open takes the rest of the fragment with it (its
    content is dropped as fallback). Their start tags go, so the text after them stays.
    A CDATA section means nothing in HTML: its content is read as the markup it is.
    """
    if _REPAIR_HINT.search(markup) is None:
        return markup
    lowered = markup.lower()
    if "<embed" in lowered:
        markup = _EMBED_TAG.sub("", markup)
        lowered = markup.lower()
    for name in _FALLBACK_HOLDERS:
        if f"<{name}" in lowered and f"</{name}" not in lowered:
            markup = _FALLBACK_START[name].sub("", markup)
            lowered = markup.lower()
    if "<![cdata[" in lowered:
        markup = _CDATA.sub(lambda match: match.group(1), markup)
    return markup


def _quick_text(markup: str) -> str | None:
    """The text of simple markup (paragraphs, links, emphasis) by regular expressions.

    Most feed content is just that. Anything else (comments, CDATA, scripts, a tag
    left unclosed) gives None and goes to libxml2.

    Why two paths and not one (issue #14 asks for one HTML-to-text path; measured for
    issue #19, CPU time, best of 9): the tree walk alone gives the same text as this
    path on all 1,143 of the 1,207 real feed fragments (../shared/feeds/real) this
    path reads, and costs about the same over all of them (198 against 207 ms, large
    fragments dominate), but 20 % more on the fragments of ordinary size (100 against
    82 ms for the 1,134 under 20 KB; 59 against 49 microseconds a fragment of the
    refresh benchmark's feeds). Setting the line marks on the tree and serialising it
    in C (`etree.tostring(method="text")`) was slower still. Both paths end in
    `_paragraphs`, so they clean and split text the same way.
    """
    if _NEEDS_PARSER.search(markup):
        return None
    text = _BLOCK_TAG_RE.sub(_BREAK, markup)
    text = _CELL_TAG_RE.sub(" ", text)
    text = _PLAIN_TAG.sub("", text)
    if _TAG_LEFT.search(text):
        return None
    return _paragraphs(html.unescape(text))


def _walk(root: etree._Element) -> str:
    # Line breaks are marked with a private-use character while text is gathered, so
    # one regex pass collapses the source's whitespace (newlines included) at the end.
    parts: list[str] = []
    append = parts.append
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            if event == "end" and element.tail:
                append(element.tail)
            continue
        tag = tag.lower()
        if event == "start":
            if tag in _DROPPED_TAGS:
                walker.skip_subtree()
                continue
            if tag in _BLOCK_TAGS:
                append(_BREAK)
            elif tag in _CELL_TAGS:
                append(" ")
            if element.text:
                append(element.text)
        else:
            if tag in _BLOCK_TAGS:
                append(_BREAK)
            if element.tail:
                append(element.tail)
    return "".join(parts)


def _strip_tags(markup: str) -> str:
    """Linear-time fallback for documents too deep or broken for the HTML parser."""
    text = _drop_blocks(_repair(markup))
    text = _BLOCK_TAG_RE.sub("\n", text)
    text = _ANY_TAG.sub(" ", text)
    text = "\n".join(_WHITESPACE.sub(" ", line) for line in text.split("\n"))
    return _finish(html.unescape(text))


def _drop_blocks(markup: str) -> str:
    # str.find instead of a backreferencing regex keeps this linear even when
    # thousands of <script> tags are never closed.
    kept: list[str] = []
    lowered = markup.lower()
    pos = 0
    while (match := _DROPPED_START.search(markup, pos)) is not None:
        kept.append(markup[pos : match.start()])
        close = lowered.find("</" + match.group(1).lower(), match.end())
        if close == -1:
            return " ".join(kept)
        end = lowered.find(">", close)
        pos = len(markup) if end == -1 else end + 1
        kept.append(" ")
    kept.append(markup[pos:])
    return "".join(kept)


_CP1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ"
"""What windows-1252 makes of the bytes 0x80-0x9F (undefined ones as Latin-1 does)."""
_CONTINUATION = "[" + re.escape(_CP1252_HIGH) + "\u00a0-\u00bf]"
_DOUBLE_UTF8 = re.compile(
    "(?:[\u00c2-\u00df]" + _CONTINUATION + "|[\u00e0-\u00ef]" + _CONTINUATION + "{2}"
    "|[\u00f0-\u00f4]" + _CONTINUATION + "{3})+"
)
"""UTF-8 bytes read as windows-1252 ("â€¦" for "…"): a lead character and its followers."""
_DOUBLE_UTF8_HINT = re.compile("[\u00c2-\u00f4]" + _CONTINUATION)
"""A lead and one follower: starts with a character class, which `re` scans for in C
(the full pattern, an alternation, costs 30 times more on text without any)."""
_TO_CP1252_BYTE = {char: 0x80 + index for index, char in enumerate(_CP1252_HIGH)}
_C1 = re.compile("[\x80-\x9f]")
_SLIP_HINT = re.compile("[\x80-\x9f\u00c2-\u00f4]")
"""Either slip's first character: English text with curly quotes has none."""
_C1_AS_CP1252 = {0x80 + index: char for index, char in enumerate(_CP1252_HIGH)}


def undo_encoding_slips(text: str) -> str:
    """Text with two common encoding slips undone, before the sanitiser sees it.

    - C1 control characters (U+0080-U+009F) are windows-1252's punctuation decoded as
      ISO-8859-1, or written as `&#146;`: they become that punctuation, as browsers
      (WHATWG) read them, instead of being deleted ("don\u2019t", not "dont").
    - UTF-8 decoded twice ("donâ€™t", "â€¦") is decoded once more, a run at a time and
      only where its bytes are valid UTF-8, so Latin text that merely has an accented
      letter before a symbol ("é»") stays as it is.
    """
    if text.isascii() or _SLIP_HINT.search(text) is None:
        return text
    if _C1.search(text):
        text = text.translate(_C1_AS_CP1252)
    if _DOUBLE_UTF8_HINT.search(text):
        text = _redecode_runs(text)
    return text


def _redecode_runs(text: str) -> str:
    # The full pattern is tried only where the hint (a character-class scan, in C)
    # finds a lead and a follower: a sub() of the alternation over a 2 MB article
    # took 0.2 s.
    kept: list[str] = []
    pos = 0
    for hint in _DOUBLE_UTF8_HINT.finditer(text):
        start = hint.start()
        if start < pos:
            continue
        run = _DOUBLE_UTF8.match(text, start)
        if run is None:
            continue
        decoded = _redecode(run)
        if decoded == run.group(0):
            continue  # not UTF-8 after all ("é»" in French text)
        kept.append(text[pos:start])
        kept.append(decoded)
        pos = run.end()
    if not kept:
        return text
    kept.append(text[pos:])
    return "".join(kept)


def _redecode(match: re.Match[str]) -> str:
    run = match.group(0)
    raw = bytes(_TO_CP1252_BYTE.get(char, ord(char)) for char in run)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return run
