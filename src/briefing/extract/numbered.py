"""Numbers that number a text's paragraphs or lines, not things: "1. The ministers agreed",
a ranking's places, a contents page's or a factbox's lines numbered without a stop."""

from __future__ import annotations

import re

_LIST_MARK = re.compile(r"[.)]\s+[A-Z“\"]|[^\S\n]*(?:\n|$)")
"""What follows the number of a numbered paragraph: "1. The", "2) Prices", a line's end."""


def numbers_a_line(text: str, s: int, e: int) -> bool:
    """Whether the number at s:e numbers its paragraph or line: at a line's start (or after a
    ranking's last place, "2. Ann Roe (1.) 3. Bo Lee") before a stop or bracket and a capital,
    or the line's end; or opening one of three or more lines numbered one after another."""
    before = text[max(0, s - 40) : s]
    line_start = not before or before[-1] == "\n"
    if (line_start or before.rstrip().endswith(".)")) and _LIST_MARK.match(text, e):
        return True
    return line_start and _numbered_lines(text, s, e)


_LINE_NUMBER = re.compile(r"(\d{1,2})[^\S\n]+\S")
"""A line's opening number and the words after it (a numbered list without stops)."""


def _numbered_lines(text: str, s: int, e: int) -> bool:
    """Whether the line opening with the number at s:e is one of three or more lines numbered
    one after another: 1 Introduction / 2 Methods / 3 Results. Three, as the amounts of a
    list (2 eggs / 3 tbsp sugar) may count up once by chance."""
    n = int(text[s:e])
    run = 1
    for step in (-1, 1):
        for k, start in enumerate(_lines_beside(text, s, step), 1):
            m = _LINE_NUMBER.match(text, start)
            if m is None or int(m.group(1)) != n + step * k:
                break
            run += 1
    return run >= 3


def _lines_beside(text: str, s: int, step: int) -> list[int]:
    """Where the two lines with words before (step -1) or after (step 1) the line at s start."""
    starts: list[int] = []
    i = s
    while len(starts) < 2:
        if step < 0:
            if i <= 0:
                break
            i = text.rfind("\n", 0, i - 1) + 1
        else:
            i = text.find("\n", i) + 1
            if i <= 0:
                break
        end = text.find("\n", i)
        if text[i : end if end >= 0 else len(text)].strip():
            starts.append(i)
    return starts
