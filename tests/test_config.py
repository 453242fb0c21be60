"""Config: the example loads, every mistake is one line naming file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import (
    STARTER_SETS,
    example_config_path,
    load_config,
    new_config_text,
    parse_config,
)
from briefing.config_edit import add_feeds, remove_feed
from briefing.errors import ConfigError
from briefing.models import Feed

EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "briefing" / "config.example.toml"


def test_example_config_loads_with_every_key() -> None:
    config = load_config(EXAMPLE)
    assert config.feeds[0].name == "Realist English"
    assert config.feeds[0].tags == ("world", "russia")
    assert config.feeds[0].fulltext is True
    assert config.refresh_minutes == 30
    assert config.data_dir == Path("~/.local/share/briefing").expanduser()


def test_the_example_fetches_as_the_defaults_do(tmp_path: Path) -> None:
    # A user who starts from the example gets the fetch settings a config without them gets.
    bare = tmp_path / "bare.toml"
    bare.write_text('[[feeds]]\nname = "A"\nurl = "https://a.example/feed"\n')
    example, default = load_config(EXAMPLE), load_config(bare)
    assert (example.concurrency, example.per_host) == (default.concurrency, default.per_host)


def test_missing_explicit_config_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"missing\.toml: config file not found"):
        load_config(tmp_path / "missing.toml")


def test_no_config_at_all_follows_no_feed(isolated_dirs: Path) -> None:
    config = load_config()
    assert config.first_run
    assert config.feeds == ()
    assert config.data_dir == isolated_dirs / "data" / "briefing"


def test_the_example_is_installed_with_the_package() -> None:
    assert example_config_path().read_text() == EXAMPLE.read_text()


def test_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "store"))
    assert load_config().data_dir == tmp_path / "store"


def test_config_from_environment_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[[feeds]]\nname = "A"\nurl = "https://a.example/feed"\n')
    monkeypatch.setenv("BRIEFING_CONFIG", str(path))
    assert load_config().feeds[0].name == "A"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("refresh_minutes = \n", r"c\.toml:1: not valid TOML"),
        (
            'refresh_minutes = "soon"\n',
            r"c\.toml:1: refresh_minutes must be an integer, not a string",
        ),
        ("colour = true\n", r"c\.toml:1: unknown key 'colour'"),
        ("concurrency = true\n", r"c\.toml:1: concurrency must be an integer"),
        ("per_host = 0\n", r"c\.toml:1: per_host must be greater than zero"),
        ('x = 1\n\n[[feeds]]\nname = "A"\n', r"c\.toml:1: unknown key 'x'"),
        ('[[feeds]]\nname = "A"\n', r"c\.toml:1: feeds\[0\]\.url is missing"),
        (
            '[[feeds]]\nurl = "https://a.example/"\n\n[[feeds]]\nurl = "file:///etc/passwd"\n',
            r"c\.toml:5: feeds\[1\]\.url must be an http\(s\) URL",
        ),
        (
            '[[feeds]]\nurl = "https://a.example/"\ntags = "world"\n',
            r"c\.toml:3: feeds\[0\]\.tags must be a list",
        ),
        (
            '[[feeds]]\nurl = "https://a.example/"\nfulltext = "yes"\n',
            r"c\.toml:3: feeds\[0\]\.fulltext must be true or false",
        ),
        (
            '[[feeds]]\nname = "A"\nurl = "https://a.example/"\n'
            '[[feeds]]\nname = "A"\nurl = "https://b.example/"\n',
            r"c\.toml:5: duplicate feed name 'A'",
        ),
        (
            '[[feeds]]\nurl = "https://a.example/"\ncolour = 1\n',
            r"c\.toml:3: unknown key 'feeds\[0\]\.colour'",
        ),
    ],
)
def test_bad_config_names_file_line_and_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        parse_config(text, tmp_path / "c.toml")
    assert "\n" not in str(caught.value)


def test_unreadable_config_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(path)


def test_a_starter_set_config_parses_to_its_feeds(tmp_path: Path) -> None:
    feeds = parse_config(new_config_text("world"), tmp_path / "c.toml").feeds
    assert feeds == tuple(feed for feed, _ in STARTER_SETS["world"])


def test_add_and_remove_feeds_keep_comments(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('# my feeds\n[[feeds]]\nname = "A"\nurl = "https://a.example/"\n')
    add_feeds(path, [Feed('B "quoted"', "https://b.example/", ("x",))])
    names = [f.name for f in load_config(path).feeds]
    assert names == ["A", 'B "quoted"']
    remove_feed(path, "A")
    text = path.read_text()
    assert text.startswith("# my feeds\n")
    assert [f.name for f in load_config(path).feeds] == ['B "quoted"']


def test_add_feed_refuses_a_taken_name(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[[feeds]]\nname = "A"\nurl = "https://a.example/"\n')
    with pytest.raises(ConfigError, match="already configured"):
        add_feeds(path, [Feed("A", "https://other.example/")])


def test_add_feed_without_config_writes_only_that_feed(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    add_feeds(path, [Feed("Mine", "https://mine.example/feed")])
    assert [f.name for f in load_config(path).feeds] == ["Mine"]
