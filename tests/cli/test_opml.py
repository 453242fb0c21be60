"""`import-opml` with duplicates, clashes and size: every new URL once, nothing aborts the rest.

Real subscription lists repeat themselves (a feed filed under two folders, an
export merged twice) and clash with the config (a name already taken). The large
list is generated; how fast it loads is `benchmarks/config_load.py`, not a test.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from click.testing import CliRunner

from briefing.cli.main import main


def import_opml(config: Path, opml: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--config", str(config), "import-opml", str(opml)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


def configured(config: Path) -> list[tuple[str, str]]:
    return [(f["name"], f["url"]) for f in tomllib.loads(config.read_text())["feeds"]]


def opml(path: Path, body: str) -> Path:
    path.write_text(f'<?xml version="1.0"?>\n<opml version="2.0"><body>\n{body}\n</body></opml>\n')
    return path


def test_a_url_listed_twice_in_the_file_is_imported_once(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    source = opml(
        tmp_path / "list.opml",
        '<outline text="World"><outline text="Wire" xmlUrl="https://w.example/rss"/></outline>'
        '<outline text="Europe"><outline text="Wire EU" xmlUrl="https://w.example/rss"/>'
        '<outline text="Other" xmlUrl="https://o.example/rss"/></outline>',
    )
    code, err = import_opml(config, source)
    assert code == 0, err
    assert configured(config) == [
        ("Wire", "https://w.example/rss"),
        ("Other", "https://o.example/rss"),
    ]


def test_repeated_outlines_and_taken_names_never_abort_the_import(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'data_dir = "{tmp_path / "data"}"\n\n'
        '[[feeds]]\nname = "Mine"\nurl = "https://mine.example/rss"\n\n'
        '[[feeds]]\nname = "Taken"\nurl = "https://first.example/rss"\n'
    )
    same = '<outline text="Same" xmlUrl="https://same.example/rss"/>'
    source = opml(
        tmp_path / "list.opml",
        same * 3
        + '<outline text="Mine again" xmlUrl="https://mine.example/rss"/>'
        + '<outline text="Taken" xmlUrl="https://second.example/rss"/>'
        + '<outline text="New" xmlUrl="https://new.example/rss"/>',
    )
    code, err = import_opml(config, source)
    assert (code, err) == (0, f"briefing: imported 3 feeds into {config} (1 already there)\n")
    assert configured(config) == [
        ("Mine", "https://mine.example/rss"),
        ("Taken", "https://first.example/rss"),
        ("Same", "https://same.example/rss"),
        ("Taken (https://second.example/rss)", "https://second.example/rss"),
        ("New", "https://new.example/rss"),
    ]
    # A second import of the same list finds everything there and changes nothing.
    before = config.read_text()
    assert import_opml(config, source) == (
        0,
        f"briefing: imported 0 feeds into {config} (4 already there)\n",
    )
    assert config.read_text() == before


def test_outlines_nested_thousands_deep_are_read(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    depth = 5000
    body = '<outline text="f">' * depth
    body += '<outline text="Deep" xmlUrl="https://deep.example/rss"/>' + "</outline>" * depth
    code, err = import_opml(config, opml(tmp_path / "deep.opml", body))
    assert code == 0, err
    assert configured(config) == [("Deep", "https://deep.example/rss")]


def test_a_large_list_with_duplicates_is_imported_whole_and_loads(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'# mine\ndata_dir = "{tmp_path / "data"}"\n')
    count = 20_000
    # Every tenth outline repeats the one before it under another title.
    outlines = []
    for n in range(count):
        outlines.append(f'<outline text="Feed {n}" xmlUrl="https://f.example/{n}"/>')
        if n % 10 == 9:
            outlines.append(f'<outline text="Again {n}" xmlUrl="https://f.example/{n}"/>')
    code, err = import_opml(config, opml(tmp_path / "big.opml", "\n".join(outlines)))
    assert (code, err) == (0, f"briefing: imported {count} feeds into {config} (0 already there)\n")
    feeds = configured(config)
    assert feeds == [(f"Feed {n}", f"https://f.example/{n}") for n in range(count)]
    assert config.read_text().startswith("# mine\n")
    # Later commands read the big config and work with it.
    result = CliRunner().invoke(
        main,
        [
            "--config",
            str(config),
            "feeds",
            "add",
            "https://late.example/",
            "--name",
            "Late",
            "--no-fetch",
        ],
    )
    assert result.exit_code == 0, result.output
    listing = ["--config", str(config), "feeds", "list", "--format", "json"]
    result = CliRunner().invoke(main, listing)
    assert result.exit_code == 0
    assert result.stdout.count('"url"') == count + 1
