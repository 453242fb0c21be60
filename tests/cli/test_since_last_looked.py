"""Since you last looked, through the real commands over feeds served in two rounds.

Round 2 (tests/sincefeeds.py) adds an outlet, moves a figure and adds a quote to the
ferry story and leaves the chess story alone: `today --format json` gives exactly
those changes, each front end by its own mark.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.clirun import run
from tests.sincefeeds import FERRY_TITLE, NEW_QUOTE, Rounds


def _refresh(rounds: Rounds) -> None:
    code, _, err = run(rounds.config, "refresh", "--force")
    assert code == 0, err


def _today(rounds: Rounds) -> dict[str, dict[str, Any]]:
    """Story title → story, from `today --format json`."""
    code, out, err = run(
        rounds.config, "today", "--date", rounds.day, "--format", "json", "--no-refresh"
    )
    assert code == 0, err
    return {s["title"]: s for s in json.loads(out)["stories"]}


def test_today_json_gives_exactly_what_grew_since_the_last_today(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    rounds = Rounds(tmp_path, serve_dir)
    _refresh(rounds)
    first = _today(rounds)
    assert len(first) == 2
    assert all(story["changes"] is None for story in first.values())  # never shown before

    rounds.round(2)
    _refresh(rounds)
    second = _today(rounds)
    ferry = second[FERRY_TITLE]["changes"]
    assert ferry["new_outlets"] == ["Harbour Ledger"]
    assert [(m["from"]["value"], m["to"]["value"], m["unit"]) for m in ferry["moved_figures"]] == [
        (12.0, 19.0, "count")
    ]
    assert ferry["moved_figures"][0]["from"]["text"] == "At least 12 people"
    assert ferry["new_figures"] == []
    assert ferry["new_quotes"] == [{"text": NEW_QUOTE, "speaker": "Tomas Reyl"}]
    (chess,) = (s for t, s in second.items() if t != FERRY_TITLE)
    assert chess["changes"] == {
        "new_outlets": [],
        "moved_figures": [],
        "new_figures": [],
        "new_quotes": [],
    }

    # Shown again, nothing grew since.
    third = _today(rounds)
    assert all(not any(s["changes"].values()) for s in third.values())


def test_each_front_end_keeps_its_own_mark(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    rounds = Rounds(tmp_path, serve_dir)
    _refresh(rounds)
    code, out, err = run(rounds.config, "digest")
    assert code == 0 and FERRY_TITLE in out, err
    # The digest sent the stories; `today` never printed them, so it has no mark yet.
    assert all(story["changes"] is None for story in _today(rounds).values())


def test_what_was_seen_is_forgotten_with_the_story(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    from datetime import UTC, datetime, timedelta

    from briefing.store.database import open_store
    from briefing.store.queries import prune
    from briefing.store.seen import load_marks

    rounds = Rounds(tmp_path, serve_dir)
    _refresh(rounds)
    ids = list(s["id"] for s in _today(rounds).values())
    database = tmp_path / "data" / "briefing.sqlite3"
    with open_store(database) as store:
        assert set(load_marks(store, "today", ids)) == set(ids)
        later = datetime.now(UTC) + timedelta(days=60)
        prune(store, now=later, max_age_days=30, max_per_feed=100)
        assert load_marks(store, "today", ids) == {}
        assert store.db.execute("SELECT count(*) FROM seen").fetchone()[0] == 0


def test_digest_sends_an_updated_story_with_only_its_changes(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    rounds = Rounds(tmp_path, serve_dir)
    _refresh(rounds)
    code, out, err = run(rounds.config, "digest")
    assert code == 0 and "2 new, 0 updated" in out, err

    rounds.round(2)
    _refresh(rounds)
    code, out, err = run(rounds.config, "digest")
    assert code == 0, err
    assert "0 new, 1 updated" in out
    body = out.split("Updated stories", 1)[1]
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    assert lines[1].startswith("1. " + FERRY_TITLE)
    assert lines[2:] == [
        "What's new:",
        "+ +1 outlet: Harbour Ledger",
        "+ people died: At least 12 people → At least 19 people",
        f"+ new quote: Tomas Reyl: “{NEW_QUOTE}”",
        "- Harbour Ledger (new): https://x.example/ferry-l",
        "… already sent: 1 outlet, 2 figures, 1 quote",
    ]
    # What was sent before is not sent again: the first quote, the passengers figure.
    assert "searching every cabin" not in out and "340" not in out

    # Nothing grew since: no digest at all.
    code, out, err = run(rounds.config, "digest")
    assert (code, out) == (0, ""), err


def _two_digests(tmp_path: Path, serve_dir: Callable[[Path], str], fmt: str) -> str:
    """The second round's digest in `fmt`, after a first digest in `fmt`."""
    rounds = Rounds(tmp_path, serve_dir)
    _refresh(rounds)
    code, _, err = run(rounds.config, "digest", "--format", fmt)
    assert code == 0, err
    rounds.round(2)
    _refresh(rounds)
    code, out, err = run(rounds.config, "digest", "--format", fmt)
    assert code == 0, err
    return out


def test_digest_json_gives_an_updated_story_its_changes(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    (story,) = json.loads(_two_digests(tmp_path, serve_dir, "json"))["stories"]
    assert story["digest"] == "updated" and story["title"] == FERRY_TITLE
    changes = story["changes"]
    assert changes["new_outlets"] == ["Harbour Ledger"]
    assert [(m["from"]["value"], m["to"]["value"]) for m in changes["moved_figures"]] == [
        (12.0, 19.0)
    ]
    assert changes["new_figures"] == []
    assert changes["new_quotes"] == [{"text": NEW_QUOTE, "speaker": "Tomas Reyl"}]


def test_digest_markdown_sends_only_the_changes(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    out = _two_digests(tmp_path, serve_dir, "markdown")
    assert "**What's new:**" in out
    assert "- \\+1 outlet: Harbour Ledger" in out
    assert "- people died: At least 12 people → At least 19 people" in out
    assert f"- new quote: Tomas Reyl: “{NEW_QUOTE}”" in out
    assert "*already sent: 1 outlet, 2 figures, 1 quote*" in out
    assert "searching every cabin" not in out and "340" not in out


def test_a_today_that_could_not_be_written_marks_nothing(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    import os
    import subprocess
    import sys

    import pytest

    from tests.conftest import REPO

    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    rounds = Rounds(tmp_path, serve_dir)
    _refresh(rounds)
    command = [sys.executable, "-m", "briefing", "--config", str(rounds.config), "today"]
    command += ["--date", rounds.day, "--format", "json", "--no-refresh"]
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            command,
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=120,
        )
    err = done.stderr.decode()
    assert done.returncode == 1 and err.count("\n") == 1, err
    assert "cannot write the briefing" in err and "Traceback" not in err
    # Nothing was shown, so nothing counts as seen.
    assert all(story["changes"] is None for story in _today(rounds).values())


def test_an_updated_story_sent_before_marks_were_kept_comes_whole(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    import contextlib
    import sqlite3

    rounds = Rounds(tmp_path, serve_dir)
    _refresh(rounds)
    code, _, err = run(rounds.config, "digest")
    assert code == 0, err
    # As if the first digest ran before schema 7: the digest has no mark of the story.
    database = tmp_path / "data" / "briefing.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as db, db:
        assert db.execute("DELETE FROM seen WHERE front = 'digest'").rowcount == 2
    rounds.round(2)
    _refresh(rounds)
    code, out, err = run(rounds.config, "digest")
    assert code == 0 and "0 new, 1 updated" in out, err
    assert "What's new" not in out
    assert "searching every cabin" in out and "Harbour Ledger (new)" in out


def test_today_printout_says_what_grew_under_the_story_it_printed_before(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    rounds = Rounds(tmp_path, serve_dir)
    _refresh(rounds)

    def printout(fmt: str) -> str:
        args = ("today", "--date", rounds.day, "--format", fmt, "--no-refresh")
        code, out, err = run(rounds.config, *args)
        assert code == 0, err
        return out

    assert "What's new" not in printout("text")  # never printed before: nothing to compare

    rounds.round(2)
    _refresh(rounds)
    text = printout("text")
    ferry, chess = (block for block in text.split("\n\n")[1:3])
    if FERRY_TITLE not in ferry:
        ferry, chess = chess, ferry
    lines = [line.strip() for line in ferry.splitlines()]
    assert lines[1:5] == [
        "What's new since you last looked:",
        "+ +1 outlet: Harbour Ledger",
        "+ people died: At least 12 people → At least 19 people",
        f"+ new quote: Tomas Reyl: “{NEW_QUOTE}”",
    ]
    assert "What's new" not in chess  # printed before and unchanged

    # The text printout marked the stories: markdown, printed next, has nothing new to say.
    assert "What's new" not in printout("markdown")


def _printed_after_round_two(rounds: Rounds, fmt: str) -> str:
    """`today` printed in `fmt` after round 1, then again after round 2: the second printout."""
    args = ("today", "--date", rounds.day, "--format", fmt, "--no-refresh")
    _refresh(rounds)
    assert run(rounds.config, *args)[0] == 0
    rounds.round(2)
    _refresh(rounds)
    code, out, err = run(rounds.config, *args)
    assert code == 0, err
    return out


def test_today_markdown_lists_what_grew(tmp_path: Path, serve_dir: Callable[[Path], str]) -> None:
    out = _printed_after_round_two(Rounds(tmp_path, serve_dir), "markdown")
    # Markdown escapes the + it would otherwise act on; it renders as "+1 outlet".
    assert "**What's new since you last looked:**\n\n- \\+1 outlet: Harbour Ledger\n" in out


def test_today_on_a_terminal_shows_what_grew(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    out = _printed_after_round_two(Rounds(tmp_path, serve_dir), "rich")
    lines = [line.strip() for line in out.splitlines()]
    at = lines.index("What's new since you last looked:")
    assert FERRY_TITLE in lines[at - 1]
    assert lines[at + 1] == "+ +1 outlet: Harbour Ledger"
