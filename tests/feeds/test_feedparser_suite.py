"""feedparser's own test suite, read by briefing's parse layer.

tests/data/feedparser/ holds the suite's cases (BSD licence beside them) whose
expectations say something about a field briefing keeps, `expectations.tsv` with
those expectations in briefing's terms (markup reduced to text, dates in UTC),
`dates.tsv` with feedparser's date reader table, and `differs.tsv` with the rows
briefing answers differently on purpose, each with its reason. A row listed there
must still differ (else the list has gone stale); every other row must match.
`make_table.py` beside them rebuilds the two tables from feedparser's sdist.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.errors import FetchError
from briefing.feeds.dates import parse_date
from briefing.feeds.parse import ParsedFeed, parse_feed

SUITE = Path(__file__).parent.parent / "data" / "feedparser"
NOW = datetime(2030, 1, 1, tzinfo=UTC)
_HEADER = re.compile(rb"^Header:\s+([^:]+):(.+)$", re.MULTILINE)
_ITEM_FIELD = re.compile(r"items\[(\d+)\]\.(\w+)")


def _table(name: str) -> list[list[str]]:
    with (SUITE / name).open(encoding="utf-8", newline="") as table:
        rows = list(csv.reader(table, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[1:]


def _unescape(value: str) -> str:
    return codecs.decode(value, "unicode_escape")


EXPECTATIONS: dict[str, list[tuple[str, str]]] = defaultdict(list)
for _case, _field, _expected in _table("expectations.tsv"):
    EXPECTATIONS[_case].append((_field, _unescape(_expected)))
DIFFERS = {(row[0], row[1], _unescape(row[2])): row[3] for row in _table("differs.tsv")}
DATES = [(_unescape(text), expected) for text, expected in _table("dates.tsv")]
DATE_DIFFERS = {_unescape(row[0]): row[1] for row in _table("dates_differ.tsv")}


def _parse(case: str) -> ParsedFeed | FetchError:
    body = (SUITE / "cases" / case).read_bytes()
    # The headers a case asks its HTTP server to send, as feedparser's runner does.
    headers = {k.decode().strip(): v.decode().strip() for k, v in _HEADER.findall(body)}
    url = f"http://127.0.0.1:8097/tests/{case}"  # the address feedparser's runner serves
    try:
        return parse_feed(body, url=url, feed_name="suite", now=NOW, headers=headers)
    except FetchError as error:
        return error


def _actual(parsed: ParsedFeed | FetchError, field: str) -> str:
    """The field as briefing keeps it, written as the table writes expectations."""
    if isinstance(parsed, FetchError):
        return f"<error: {parsed}>"
    if field.startswith("feed."):
        value: object = getattr(parsed, field.removeprefix("feed."))
    else:
        match = _ITEM_FIELD.fullmatch(field)
        assert match, field
        index = int(match.group(1))
        if index >= len(parsed.items):
            return "<no item>"
        item = parsed.items[index]
        value = getattr(item, match.group(2))
        if match.group(2) == "published" and value == NOW:
            return "<none>"  # no date read: the item carries its first-seen time
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat()  # feedparser's tuples hold seconds
    if value is None:
        # A title of markup only has no text: feedparser says "", briefing None.
        return "" if field.endswith(".title") else "<none>"
    return str(value)


def _same(field: str, actual: str, expected: str) -> bool:
    if field.endswith((".text", ".title", ".author")):
        # Where markup became line breaks or spaces is the HTML step's own business.
        return "".join(actual.split()) == "".join(expected.split())
    return actual == expected


@pytest.mark.parametrize("case", sorted(EXPECTATIONS))
def test_feedparser_case(case: str) -> None:
    parsed = _parse(case)
    for field, expected in EXPECTATIONS[case]:
        actual = _actual(parsed, field)
        reason = DIFFERS.get((case, field, expected))
        if reason is None:
            assert _same(field, actual, expected), (field, actual, expected)
        else:
            assert reason.strip()
            assert not _same(field, actual, expected), f"now matches, drop from differs: {field}"


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[text for text, _ in DATES])
def test_feedparser_date(text: str, expected: str) -> None:
    parsed = parse_date(text)
    actual = parsed.replace(microsecond=0).isoformat() if parsed else "<none>"
    if text in DATE_DIFFERS:
        assert DATE_DIFFERS[text].strip()
        assert actual != expected, "now matches, drop from dates_differ.tsv"
    else:
        assert actual == expected


def test_differs_name_rows_of_the_table() -> None:
    rows = {(case, *row) for case, fields in EXPECTATIONS.items() for row in fields}
    assert set(DIFFERS) <= rows
    assert set(DATE_DIFFERS) <= {text for text, _ in DATES}
    # Most of what applies is read as feedparser reads it.
    assert len(rows) - len(DIFFERS) > 0.9 * len(rows)
