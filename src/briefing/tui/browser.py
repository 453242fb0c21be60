"""Opening a story's link in the reader's web browser, for http(s) links only."""

from __future__ import annotations

import webbrowser
from urllib.parse import urlsplit


def open_link(url: str | None) -> bool:
    """Open `url` in the browser; False (nothing opened) unless it is an http(s) URL."""
    if not url or urlsplit(url).scheme.lower() not in ("http", "https"):
        return False
    return bool(webbrowser.open(url, new=2))
