"""Every bad argument is one line and exit 2; what the CLI echoes back is never a terminal
command; a bug is one line naming a report, never a traceback (issue #13, findings 10, 13).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clirun import one_line, run
from tests.conftest import write_config

ESCAPE_TITLE = "\x1b]0;pwned\x07"
"""OSC 0: sets the terminal window's title to "pwned" when printed raw."""
RAW = ("\x1b", "\x07", "\u202e", "\x9b")


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return write_config(
        tmp_path / "c.toml", [("Quiet", "http://127.0.0.1:9/quiet.xml")], tmp_path / "data"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("digest", "--since", "99999999999d"),  # past timedelta's range: OverflowError
        ("digest", "--since", "999999d"),  # a timedelta, but before the year 1
        ("digest", "--since", "1" * 5000 + "d"),  # more digits than int() takes
        ("digest", "--since", "9999999999w1d"),
        ("today", "--no-refresh", "--date", "9999-12-31"),  # its end is past datetime.max
    ],
    ids=["overflow", "before-year-1", "digits", "weeks", "last-day"],
)
def test_an_out_of_range_argument_is_one_line_and_exit_2(
    config: Path, args: tuple[str, ...]
) -> None:
    code, out, err = run(config, *args)
    assert (code, out) == (2, "")
    assert args[-2] in one_line(err)


def test_summarize_echoes_a_hostile_file_name_escaped(tmp_path: Path, config: Path) -> None:
    article = tmp_path / f"story{ESCAPE_TITLE}\u202e.txt"
    article.write_text("HALVIK (Wire). The council voted on Friday.\n", encoding="utf-8")
    code, out, err = run(config, "summarize", str(article))
    assert code == 0, err
    assert not any(c in out + err for c in RAW)
    assert "story\\x1b]0;pwned\\x07\\u202e.txt" in out


@pytest.mark.parametrize(
    "name", [f"gone{ESCAPE_TITLE}", "two\nlines", "csi\x9b31m", "bidi\u202etxt.exe"]
)
def test_an_error_about_a_hostile_argument_is_one_escaped_line(
    tmp_path: Path, config: Path, name: str
) -> None:
    missing = tmp_path / name
    escaped = str(missing).encode("unicode_escape").decode("ascii")  # the path is ASCII else
    for args in (("summarize", str(missing)), ("import-opml", str(missing))):
        code, out, err = run(config, *args)
        assert (code, out) == (2, "")
        line = one_line(err)
        assert not any(c in line for c in RAW)
        assert f"{escaped}: cannot read" in line


def test_feeds_remove_echoes_a_hostile_name_escaped(config: Path) -> None:
    code, _, err = run(config, "feeds", "remove", f"Quiet{ESCAPE_TITLE}")
    assert code == 2
    line = one_line(err)
    assert not any(c in line for c in RAW) and "Quiet\\x1b]0;pwned\\x07" in line


def test_a_bug_is_one_line_naming_a_full_report(
    config: Path, isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug\nover two lines")

    monkeypatch.setattr("briefing.pipeline.build_briefing", broken)
    code, out, err = run(config, "today", "--no-refresh", "--date", "2026-11-27")
    assert (code, out) == (1, "")
    line = one_line(err)
    assert "internal error (ZeroDivisionError: a bug over two lines)" in line
    reports = list((isolated_dirs / "state" / "briefing" / "crashes").iterdir())
    assert len(reports) == 1 and str(reports[0]) in line
    text = reports[0].read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "in broken" in text
    assert "ZeroDivisionError: a bug" in text


def test_usage_errors_and_exits_of_click_itself_pass_through(config: Path) -> None:
    code, _, err = run(config, "digest", "--format", "pdf")
    assert code == 2 and "Invalid value for '--format'" in err
    assert run(config, "--version")[0] == 0
