"""One article page: fetch it politely and read its main text."""

from __future__ import annotations

from briefing.errors import FetchError


def extract_article(html: str) -> str:
    """The main text of an article page as plain paragraphs."""
    from briefing.parse import html_to_text

    return html_to_text(html)


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
