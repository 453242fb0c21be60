"""A newcomer's first hour (issue 18): no feeds nobody chose, feeds named by their own title."""

from __future__ import annotations

import json
import os
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from briefing.cli.main import main
from briefing.config import load_config
from tests.clirun import one_line, run
from tests.feedgen import rss_feed


def bare(*args: str) -> tuple[int, str, str]:
    """The CLI without --config: the XDG config dir of the isolated HOME is used."""
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def xdg_config(home: Path) -> Path:
    return home / "config" / "briefing" / "config.toml"


def test_today_without_a_config_follows_nothing_and_says_how_to_start(
    isolated_dirs: Path,
) -> None:
    code, out, err = bare("today", "--format", "text")
    line = one_line(err)
    assert code == 2 and out == ""
    assert "no feeds to follow" in line
    for way in ("briefing feeds add URL", "briefing import-opml FILE", "--starter world"):
        assert way in line
    # Nothing was fetched or stored: no feed is followed unasked.
    assert not (isolated_dirs / "data" / "briefing").exists()


def test_digest_refresh_and_the_app_without_a_config_say_the_same(isolated_dirs: Path) -> None:
    for command in ("digest", "refresh", "tui"):
        code, out, err = bare(command)
        assert code == 2 and out == "" and "briefing feeds add URL" in one_line(err)


def test_the_first_feeds_add_writes_only_the_feed_added(isolated_dirs: Path) -> None:
    code, _, err = bare("feeds", "add", "https://mine.example/feed", "--name", "Mine", "--no-fetch")
    assert code == 0, err
    config = load_config(xdg_config(isolated_dirs))
    assert [(f.name, f.url) for f in config.feeds] == [("Mine", "https://mine.example/feed")]


def test_init_writes_the_named_starter_set_as_a_commented_config(isolated_dirs: Path) -> None:
    code, _, err = bare("init", "--starter", "world")
    assert code == 0, err
    path = xdg_config(isolated_dirs)
    text = path.read_text()
    feeds = tomllib.loads(text)["feeds"]
    assert len(feeds) == 5 and feeds[0]["name"] == "Realist English"
    # Each feed is introduced by a comment saying what it is, and the header points
    # at the example installed with the package.
    assert text.count("\n# ") >= 5
    assert "config.example.toml" in text.splitlines()[1]
    assert Path(text.splitlines()[1].lstrip("# ")).is_file()
    # A second init never replaces the user's file.
    code, _, err = bare("init")
    assert code == 2 and "exists already" in one_line(err)
    assert path.read_text() == text


def test_init_without_a_starter_writes_no_feeds(isolated_dirs: Path) -> None:
    assert bare("init")[0] == 0
    assert load_config(xdg_config(isolated_dirs)).feeds == ()


def test_demo_stays_the_offline_tour(isolated_dirs: Path) -> None:
    code, out, _ = bare("--demo", "today", "--format", "text")
    assert code == 0 and "Briefing for" in out and "No stories" not in out


def test_feeds_add_names_the_feed_by_its_own_title_and_opml_export_uses_it(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "news.xml").write_text(
        rss_feed(3, 4).replace(
            "<title>Test Wire 3</title>", "<title>The\u202e Harbour\n  Ledger</title>"
        ),
        encoding="utf-8",
    )
    base = serve_dir(folder)
    config = tmp_path / "c.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    code, _, err = run(config, "feeds", "add", base + "news.xml")
    assert code == 0
    assert one_line(err) == f"briefing: added 'The Harbour Ledger' (4 items) to {config}"
    assert [f.name for f in load_config(config).feeds] == ["The Harbour Ledger"]
    code, out, _ = run(config, "export-opml")
    assert 'text="The Harbour Ledger"' in out and base not in out.split("xmlUrl")[0]
    # The name is kept: a refresh does not rename it, and stories show it.
    assert run(config, "refresh")[0] == 0
    code, out, _ = run(config, "today", "--no-refresh", "--date", "2026-11-27", "--format", "text")
    assert "- The Harbour Ledger: https://wire3.example/story/" in out


def test_feeds_add_refuses_a_url_already_subscribed(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.xml").write_text(rss_feed(1, 2), encoding="utf-8")
    url = serve_dir(folder) + "a.xml"
    config = tmp_path / "c.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    assert run(config, "feeds", "add", url)[0] == 0
    before = config.read_text()
    code, _, err = run(config, "feeds", "add", url, "--name", "Again")
    assert code == 2
    assert one_line(err) == f"briefing: {url} is already subscribed as 'Test Wire 1'"
    assert config.read_text() == before


def test_feeds_add_says_when_the_url_is_not_a_feed(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "page.html").write_text("<html><body><p>Welcome</p></body></html>")
    base = serve_dir(folder)
    config = tmp_path / "c.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    code, _, err = run(config, "feeds", "add", base + "page.html", "--name", "Page")
    assert code == 0
    assert "but its first fetch found no feed: not a feed" in one_line(err)
    code, _, err = run(config, "feeds", "add", base + "missing.xml", "--name", "Gone")
    assert "but its first fetch found no feed: HTTP 404" in one_line(err)


def test_a_feed_without_a_name_takes_its_title_on_the_first_refresh_and_keeps_it(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.xml").write_text(rss_feed(5, 3), encoding="utf-8")
    (folder / "b.xml").write_text(rss_feed(6, 3), encoding="utf-8")
    base = serve_dir(folder)
    config = tmp_path / "c.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n\n# nameless\n[[feeds]]\nurl = "{base}a.xml"\n\n'
        f'[[feeds]]\nname = "Mine"\nurl = "{base}b.xml"\n'
    )
    code, out, _ = run(config, "today", "--date", "2026-11-27", "--format", "text")
    assert code == 0
    # The printout right after the refresh already uses the title; the user's name stays.
    assert "- Test Wire 5: https://wire5.example/story/" in out
    assert "- Mine: https://wire6.example/story/" in out
    assert [f.name for f in load_config(config).feeds] == ["Test Wire 5", "Mine"]
    assert "# nameless\n" in config.read_text()
    # Kept until the user renames it: a later title does not rename it again.
    (folder / "a.xml").write_text(
        rss_feed(5, 4).replace("<title>Test Wire 5</title>", "<title>Renamed Wire</title>")
    )
    later = time.time() + 60  # past the Last-Modified of the first fetch: no 304
    os.utime(folder / "a.xml", (later, later))
    code, _, err = run(config, "refresh", "--force")
    assert code == 0 and "named" not in err
    assert [f.name for f in load_config(config).feeds] == ["Test Wire 5", "Mine"]
    code, out, _ = run(config, "feeds", "list", "--format", "json")
    assert [(f["name"], f["items"]) for f in json.loads(out)] == [("Test Wire 5", 4), ("Mine", 3)]


def test_a_refresh_says_which_feeds_it_named(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "a.xml").write_text(rss_feed(7, 1), encoding="utf-8")
    url = serve_dir(folder) + "a.xml"
    config = tmp_path / "c.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n[[feeds]]\nurl = "{url}"\n')
    code, _, err = run(config, "refresh")
    assert code == 0
    assert f"briefing: named {url} 'Test Wire 7', its own title" in err
