"""Maintainer's tool: rebuild expectations.tsv from feedparser's test suite (not run by tests).

Usage: python tests/data/feedparser/make_table.py SUITE_TESTS_DIR

SUITE_TESTS_DIR is the tests/ folder of feedparser's source distribution
(`pip download --no-deps --no-binary :all: feedparser==6.0.14`). Every case whose
`Expect:` line says something about a field briefing keeps (feed title and link; an
entry's title, link, id, text, date, author) gets one row per such comparison, with
feedparser's expected value turned into what briefing keeps: markup reduced to its
text, a time tuple to an ISO UTC time. The case files are copied into cases/ beside.
The rows were then read by hand; those briefing differs on by design go to
differs.tsv with their reason.
"""

from __future__ import annotations

import ast
import calendar
import html
import re
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).parent
_FOLDERS = ("wellformed", "illformed", "encoding", "entities")
_DESC = re.compile(rb"Description:\s*(.*?)\s*Expect:\s*(.*)\s*-->", re.S)
_TAG = re.compile(r"<[^>]*>")
_TEXT_KEYS = {"description", "summary", "content", "summary_detail"}
_DATE_KEYS = {
    "published_parsed",
    "updated_parsed",
    "created_parsed",
    "modified_parsed",
    "issued_parsed",
    "date_parsed",
}


def _path(node: ast.expr) -> list[object] | None:
    keys: list[object] = []
    while isinstance(node, ast.Subscript):
        if not isinstance(node.slice, ast.Constant):
            return None
        keys.append(node.slice.value)
        node = node.value
    if not isinstance(node, ast.Name) or node.id not in ("feed", "entries"):
        return None
    keys.append(node.id)
    return keys[::-1]


def _field(keys: list[object]) -> tuple[str, str] | None:
    """(target, kind) in briefing's terms, or None when briefing keeps no such field."""
    if keys[0] == "feed":
        rest = keys[1:]
        if rest in (["title"], ["title_detail", "value"]):
            return "feed.title", "text"
        if rest == ["link"]:
            return "feed.link", "raw"
        return None
    if len(keys) < 3 or not isinstance(keys[1], int):
        return None
    index, rest = keys[1], keys[2:]
    target = f"items[{index}]"
    if rest in (["title"], ["title_detail", "value"]):
        return f"{target}.title", "text"
    if rest == ["link"]:
        return f"{target}.link", "raw"
    if rest == ["id"]:
        return f"{target}.guid", "raw"
    if rest in (["author"], ["author_detail", "name"]):
        return f"{target}.author", "text"
    if (rest[0] in _TEXT_KEYS and rest[-1] == "value") or rest in (["description"], ["summary"]):
        return f"{target}.text", "text"
    if rest == ["content", 0, "value"]:
        return f"{target}.text", "text"
    if len(rest) == 1 and rest[0] in _DATE_KEYS:
        return f"{target}.published", "date"
    return None


def _value(kind: str, value: object) -> str | None:
    if kind == "date":
        if not isinstance(value, tuple):
            return None
        try:
            return datetime.fromtimestamp(calendar.timegm(value), UTC).isoformat()
        except (ValueError, OverflowError):
            return "<none>"  # year 99: before any date briefing keeps
    if not isinstance(value, str):
        return None
    if kind == "text":
        return " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return value


def rows(case: str, expect: str) -> list[tuple[str, str, str]]:
    try:
        tree = ast.parse(expect, mode="eval")
    except SyntaxError:
        return []
    found: list[tuple[str, str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq):
            keys = _path(node.left)
            field = _field(keys) if keys else None
            if field is None:
                continue
            try:
                value = ast.literal_eval(node.comparators[0])
            except ValueError:
                continue
            converted = _value(field[1], value)
            if converted is not None:
                found.append((case, field[0], converted))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            call = node.operand
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "has_key"
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and call.args[0].value == "link"
            ):
                keys = _path(call.func.value)
                if keys and len(keys) == 2 and keys[0] == "entries":
                    found.append((case, f"items[{keys[1]}].link", "<none>"))
    return found


def date_rows(runtests: Path) -> list[tuple[str, str]]:
    """feedparser's date reader table (runtests.py `date_tests`): text and UTC time or none."""
    tree = ast.parse(runtests.read_text(encoding="utf-8"))
    found: list[tuple[str, str]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "date_tests":
            assert isinstance(node.value, ast.Dict)
            for cases in node.value.values:
                for text, expected in ast.literal_eval(cases):
                    if not text:
                        continue
                    found.append((text, _value("date", expected) or "<none>"))
    return found


def main(suite: Path) -> None:
    table: list[tuple[str, str, str]] = []
    for folder in _FOLDERS:
        for path in sorted((suite / folder).rglob("*.xml")):
            data = path.read_bytes()
            match = _DESC.search(data)
            if match is None or b"SkipUnless" in data:
                continue
            case = path.relative_to(suite).as_posix()
            found = rows(case, match.group(2).decode("utf-8").strip())
            if not found:
                continue
            table.extend(found)
            target = HERE / "cases" / case
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    with (HERE / "expectations.tsv").open("w", encoding="utf-8") as out:
        out.write("case\tfield\texpected\n")
        for case, field, value in table:
            out.write(f"{case}\t{field}\t{value.encode('unicode_escape').decode('ascii')}\n")
    dates = date_rows(suite / "runtests.py")
    with (HERE / "dates.tsv").open("w", encoding="utf-8") as out:
        out.write("text\texpected\n")
        for text, expected in dates:
            out.write(f"{text.encode('unicode_escape').decode('ascii')}\t{expected}\n")
    print(
        len({row[0] for row in table}), "cases,", len(table), "expectations,", len(dates), "dates"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
