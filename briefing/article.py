"""One article page: fetch it politely and read its main text."""

from __future__ import annotations

from briefing.errors import FetchError

_CHROME = ("nav", "header", "footer", "aside", "form", "menu", "figcaption", "noscript", "h1")
"""Page furniture around an article: navigation, banners, captions, the headline."""
_CHROME_HINTS = ("cookie", "share", "related", "comment", "newsletter", "promo", "breadcrumb")
"""Class or id words of blocks that are not the story."""


def extract_article(html: str) -> str:
    """The main text of an article page as plain paragraphs.

    Takes the page's <article> (else <main>, else <body>) and drops navigation,
    headers, footers, asides, captions and blocks whose class or id names them as
    cookie banners, share bars, related links or comments.
    """
    from lxml import etree
    from lxml import html as lxml_html

    from briefing.parse import html_to_text

    try:
        root = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return html_to_text(html)
    body = next(iter(root.xpath("//article") or root.xpath("//main") or root.xpath("//body")), root)
    for element in list(body.iter(*_CHROME)):
        if element is not body and element.getparent() is not None:
            element.drop_tree()
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or element is body or element.getparent() is None:
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
        if any(hint in marks for hint in _CHROME_HINTS):
            element.drop_tree()
    return html_to_text(etree.tostring(body, encoding="unicode", method="html"))


def fetch_article_text(url: str) -> str:
    """Fetch one page with the feed fetcher's limits and return its main text.

    Raises:
        FetchError: the page could not be fetched.
    """
    import asyncio

    from briefing.fetch import FetchRequest, FetchSettings, fetch_all

    (result,) = asyncio.run(fetch_all([FetchRequest(url, url)], FetchSettings()))
    if result.outcome != "ok" or result.body is None:
        raise FetchError(f"{url}: {result.error or 'fetch failed'}")
    charset = "utf-8"
    content_type = result.headers.get("content-type", "")
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip() or "utf-8"
    try:
        html = result.body.decode(charset, errors="replace")
    except LookupError:
        html = result.body.decode("utf-8", errors="replace")
    return extract_article(html)
