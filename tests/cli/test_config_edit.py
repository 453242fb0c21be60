"""`feeds add` and `feeds remove` edit the user's config without losing or breaking anything.

Each case is a config a user could have written by hand: a comment on a
`[[feeds]]` header, feeds as inline tables, a symlink into a dotfiles folder with
mode 0600, and twenty `feeds add` run at once (separate processes, as cron or a
shell loop with `&` would start them).
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli.main import main

WIRE = """\
# my feeds: wire services first
data_dir = "{data}"

[[feeds]]   # wire services
name = "Alpha"
url = "https://alpha.example/feed"

# Bravo mirrors Alpha at night
[[feeds]]
name = "Bravo"  # the backup
url = "https://bravo.example/feed"

[[feeds]]
name = "Charlie"
url = "https://charlie.example/feed"
tags = ["world"]  # a section of its own
"""


def feeds_cli(config: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--config", str(config), "feeds", *args])
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    return result.exit_code, result.stderr


def names(config: Path) -> list[str]:
    return [feed["name"] for feed in tomllib.loads(config.read_text())["feeds"]]


def test_remove_takes_the_named_feed_when_a_header_carries_a_comment(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(WIRE.format(data=tmp_path / "data"))
    code, _ = feeds_cli(config, "remove", "Bravo")
    assert code == 0
    assert names(config) == ["Alpha", "Charlie"]
    text = config.read_text()
    for kept in (
        "# my feeds: wire services first\n",
        "[[feeds]]   # wire services\n",
        'tags = ["world"]  # a section of its own\n',
    ):
        assert kept in text
    # The table goes with its own comments; a comment above its header belongs, for
    # tomlkit, to the table before, and stays.
    assert 'name = "Bravo"' not in text and "the backup" not in text


def test_add_then_remove_keep_every_comment_and_line_of_the_others(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    original = WIRE.format(data=tmp_path / "data")
    config.write_text(original)
    assert (
        feeds_cli(config, "add", "https://delta.example/feed", "--name", "Delta", "--no-fetch")[0]
        == 0
    )
    text = config.read_text()
    assert text.startswith(original)
    assert names(config) == ["Alpha", "Bravo", "Charlie", "Delta"]
    assert feeds_cli(config, "remove", "Delta")[0] == 0
    assert config.read_text().rstrip("\n") == original.rstrip("\n")


def test_inline_table_feeds_are_added_to_and_removed_from(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n'
        "feeds = [\n"
        '  {name = "Alpha", url = "https://alpha.example/feed"},  # first\n'
        '  {name = "Bravo", url = "https://bravo.example/feed"},\n'
        '  {name = "Charlie", url = "https://charlie.example/feed"},\n'
        "]\n"
        "# the end\n"
    )
    code, err = feeds_cli(config, "remove", "Bravo")
    assert (code, err) == (0, f"briefing: removed 'Bravo' from {config}\n")
    assert names(config) == ["Alpha", "Charlie"]
    code, _ = feeds_cli(
        config, "add", "https://delta.example/", "--name", "Delta", "--no-fetch", "--tag", "x"
    )
    assert code == 0
    assert names(config) == ["Alpha", "Charlie", "Delta"]
    text = config.read_text()
    assert "# first" in text and "# the end" in text and "[[feeds]]" not in text


def test_a_single_line_array_of_inline_tables_is_edited(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n'
        'feeds = [{name = "Alpha", url = "https://a.example/"},'
        ' {name = "Bravo", url = "https://b.example/"}]\n'
    )
    assert feeds_cli(config, "remove", "Alpha")[0] == 0
    assert feeds_cli(config, "add", "https://c.example/", "--name", "Charlie", "--no-fetch")[0] == 0
    assert names(config) == ["Bravo", "Charlie"]


def test_a_symlinked_config_stays_a_symlink_with_its_target_and_mode_kept(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    target = dotfiles / "briefing.toml"
    target.write_text(WIRE.format(data=tmp_path / "data"))
    target.chmod(0o600)
    link = tmp_path / "config.toml"
    link.symlink_to(target)
    assert (
        feeds_cli(link, "add", "https://delta.example/feed", "--name", "Delta", "--no-fetch")[0]
        == 0
    )
    assert feeds_cli(link, "remove", "Alpha")[0] == 0
    assert link.is_symlink() and link.resolve() == target
    assert names(target) == ["Bravo", "Charlie", "Delta"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # Nothing is left behind but the lock file beside the real config.
    assert sorted(p.name for p in dotfiles.iterdir()) == [".briefing.toml.lock", "briefing.toml"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml", "dotfiles"]


def test_twenty_feeds_added_at_once_are_all_kept(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'# mine\ndata_dir = "{tmp_path / "data"}"\n')
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    command = [sys.executable, "-m", "briefing", "--config", str(config), "feeds", "add"]
    processes = [
        subprocess.Popen(
            [*command, f"https://feed{n}.example/rss", "--name", f"Feed {n}", "--no-fetch"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env=env,
        )
        for n in range(20)
    ]
    errors = [p.communicate(timeout=120)[1] for p in processes]
    assert [p.returncode for p in processes] == [0] * 20, errors
    assert sorted(names(config)) == sorted(f"Feed {n}" for n in range(20))
    assert config.read_text().startswith("# mine\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".config.toml.lock", "config.toml"]


def test_a_config_that_cannot_be_written_is_one_line_and_left_whole(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    original = WIRE.format(data=tmp_path / "data")
    config.write_text(original)
    code, err = feeds_cli(config, "remove", "Nobody")
    assert (code, err) == (2, f"briefing: {config}: no feed named 'Nobody'\n")
    code, err = feeds_cli(config, "add", "https://x.example/", "--name", "Alpha", "--no-fetch")
    assert code == 2 and err.count("\n") == 1 and "already configured" in err
    assert config.read_text() == original


def test_an_error_names_its_line_when_headers_carry_comments(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(WIRE.format(data=tmp_path / "data").replace("https://bravo", "ftp://bravo"))
    code, err = feeds_cli(config, "list")
    line = WIRE.splitlines().index('url = "https://bravo.example/feed"') + 1
    assert (code, err) == (
        2,
        f"briefing: {config}:{line}: feeds[1].url must be an http(s) URL: "
        "'ftp://bravo.example/feed'\n",
    )


def test_a_config_folder_that_refuses_writes_is_one_line_and_loses_nothing(
    tmp_path: Path,
) -> None:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed: as root, chmod cannot make a dir read-only")
    folder = tmp_path / "conf"
    folder.mkdir()
    config = folder / "config.toml"
    config.write_text(WIRE.format(data=tmp_path / "data"))
    assert (
        feeds_cli(config, "add", "https://delta.example/", "--name", "Delta", "--no-fetch")[0] == 0
    )
    before = config.read_bytes()
    frozen = sorted(folder.iterdir())
    chattr = ["chattr", "+i", str(folder), *map(str, frozen)]
    if subprocess.run(chattr, capture_output=True, timeout=10, check=False).returncode:
        pytest.skip("this file system does not support the immutable attribute")
    try:
        for args in (
            ("remove", "Alpha"),
            ("add", "https://echo.example/", "--name", "Echo", "--no-fetch"),
        ):
            code, err = feeds_cli(config, *args)
            assert code == 2 and err.count("\n") == 1, err
            assert err.startswith(f"briefing: {config}: cannot write config: "), err
    finally:
        chattr[1] = "-i"
        subprocess.run(chattr, capture_output=True, timeout=10, check=True)
    assert config.read_bytes() == before
    assert sorted(folder.iterdir()) == frozen
