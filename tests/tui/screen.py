"""What a running app shows, read through Textual's public screenshot (no private state)."""

from __future__ import annotations

import html
import re
from typing import Any

from textual.app import App

_SPAN = re.compile(
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="([\d.]+)"'
    r' clip-path="url\(#[\w-]*-line-(\d+)\)">(.*?)</text>',
    re.S,
)
"""One run of text in the SVG: its x, its width, its terminal row (from the clip path)."""


def screen_text(app: App[Any]) -> str:
    """The terminal's cells as plain text lines, from `App.export_screenshot()`."""
    width, height = app.size
    rows = [[" "] * width for _ in range(height)]
    for x, length, row, raw in _SPAN.findall(app.export_screenshot()):
        text = html.unescape(raw).replace("\xa0", " ")
        if not text:
            continue
        cell = float(length) / len(text)
        column = round(float(x) / cell)
        line = rows[int(row)]
        for offset, char in enumerate(text[: max(width - column, 0)]):
            line[column + offset] = char
    return "\n".join("".join(line) for line in rows)
