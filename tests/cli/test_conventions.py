"""Command-line conventions of issue 18, item 10, through the real command."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from briefing import __version__
from briefing.cli.main import main
from tests.clirun import one_line, run
from tests.conftest import REPO, write_config
from tests.feedgen import rss_feed


def test_dash_capital_v_prints_the_version() -> None:
    result = CliRunner().invoke(main, ["-V"])
    assert result.exit_code == 0 and result.stdout == f"briefing, version {__version__}\n"


def test_summarize_dash_on_a_terminal_says_it_reads_standard_input() -> None:
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "summarize", "-"],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(follower)
    try:
        assert process.stderr is not None
        ready, _, _ = select.select([process.stderr], [], [], 60)
        assert ready, "nothing said on stderr while waiting for standard input"
        line = process.stderr.readline().decode()
        assert line == "briefing: reading the article from standard input; end it with Ctrl-D\n"
        os.write(leader, b"HALVIK (Test Wire). The ferry ran late on Monday.\n\x04")
        out, _ = process.communicate(timeout=60)
    finally:
        process.kill()
        os.close(leader)
    assert b"HALVIK" in out


def test_summarize_dash_from_a_pipe_says_nothing() -> None:
    result = CliRunner().invoke(main, ["summarize", "-"], input="HALVIK (Test Wire). A day.\n")
    assert result.exit_code == 0 and result.stderr == ""


def test_no_color_prints_plain_text_without_bold_or_italics() -> None:
    env = {"FORCE_COLOR": "1", "NO_COLOR": "1"}
    result = CliRunner().invoke(main, ["--demo", "today", "--format", "rich"], env=env)
    assert result.exit_code == 0
    assert "Kestrania" in result.stdout and "\x1b" not in result.stdout
    coloured = CliRunner().invoke(
        main, ["--demo", "today", "--format", "rich"], env={"FORCE_COLOR": "1"}
    )
    assert "\x1b[1m" in coloured.stdout  # the check above can fail


def test_one_feed_refreshed_is_one_feed(tmp_path: Path, serve_dir: Callable[[Path], str]) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.xml").write_text(rss_feed(1, 1), encoding="utf-8")
    config = write_config(tmp_path / "c.toml", [("A", serve_dir(site) + "a.xml")], tmp_path / "d")
    code, _, err = run(config, "refresh")
    assert code == 0 and err == "briefing: refreshed 1 feed: 1 new item, 0 failed\n"


def test_a_config_path_that_is_a_directory_says_so(tmp_path: Path) -> None:
    code, _, err = run(tmp_path, "today")
    assert code == 2
    assert one_line(err) == f"briefing: {tmp_path}: the config path is a directory, not a file"


def test_a_feed_table_typo_gets_its_line_and_a_suggestion(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('data_dir = "d"\n\n# mine\n[[feed]]\nurl = "https://a.example/"\n')
    code, _, err = run(config, "today")
    assert code == 2
    assert one_line(err) == f"briefing: {config}:4: unknown key 'feed' (did you mean [[feeds]]?)"
    config.write_text("refresh_minute = 5\n")
    code, _, err = run(config, "today")
    assert "1: unknown key 'refresh_minute' (did you mean refresh_minutes?)" in one_line(err)


def test_a_feed_with_no_items_is_a_warning_not_ok(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "none.xml").write_text(rss_feed(2, 0), encoding="utf-8")
    (site / "some.xml").write_text(rss_feed(3, 2), encoding="utf-8")
    base = serve_dir(site)
    config = write_config(
        tmp_path / "c.toml", [("None", base + "none.xml"), ("Some", base + "some.xml")], tmp_path
    )
    assert run(config, "refresh")[0] == 0
    code, out, _ = run(config, "feeds", "list")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].startswith("empty       0 items") and lines[0].endswith("None")
    assert lines[2] == "       ! the feed returned no items: is it the right URL?"
    assert lines[3].startswith("ok          2 items")


def test_the_first_run_hint_points_at_the_installed_example() -> None:
    result = CliRunner().invoke(main, ["feeds", "list"])
    assert result.exit_code == 0
    path = result.stderr.split("(five world-news feeds, written as a config to read and edit); ")[1]
    path = path.split(" documents every key")[0]
    assert path.endswith("config.example.toml") and Path(path).is_file()
