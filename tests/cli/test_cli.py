"""The command line: summarize, feeds, OPML, help and exit codes (click's CliRunner)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefing.cli.common import parse_duration
from briefing.cli.main import main
from briefing.errors import UsageError

ARTICLE = (
    "HALVIK (Test Wire). The port authority said on Monday that cargo volumes rose 4.5% "
    "to 12 million tonnes last year.\n"
    "“We expect another record,” harbour master Ida Lund said. She added that "
    "“nothing is certain.”\n"
)
PAGE = (
    "<html><head><title>Port</title></head><body><nav>Home · World · Sport</nav>"
    "<div class='cookie-consent'>We use cookies.</div><article><h1>Port record</h1>"
    + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines())
    + "<div class='related-stories'>More news</div></article><footer>© Test Wire</footer>"
    "</body></html>"
)


def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_summarize_json_follows_the_contract(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    code, out, _ = invoke("summarize", "--format", "json", str(path))
    data = json.loads(out)
    assert code == 0
    assert (data["dateline"], data["source"]) == ("HALVIK", "Test Wire")
    assert data["lead"].startswith("The port authority said on Monday")
    assert {"text": "We expect another record", "speaker": "Ida Lund"}.items() <= (
        data["quotes"][0].items()
    )
    assert any(f["unit"] == "percent" and f["value"] == 4.5 for f in data["figures"])


def test_summarize_several_files_gives_json_lines(tmp_path: Path) -> None:
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(ARTICLE)
    code, out, _ = invoke("summarize", "--format", "json", *map(str, paths))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3
    assert all(json.loads(line)["dateline"] == "HALVIK" for line in lines)


def test_summarize_reads_standard_input_as_a_text_card() -> None:
    code, out, _ = invoke("summarize", "-", input=ARTICLE)
    assert code == 0
    assert out.startswith("HALVIK · Test Wire — The port authority")
    assert "Ida Lund: “We expect another record”" in out


def test_summarize_html_keeps_the_article_and_drops_the_page_around_it(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    code, out, _ = invoke("summarize", "--html", "--format", "json", str(path))
    data = json.loads(out)
    assert code == 0
    assert data["dateline"] == "HALVIK"
    assert data["lead"].startswith("The port authority")


def test_summarize_url_fetches_the_page_over_http(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    (tmp_path / "story.html").write_text(PAGE)
    base = serve_dir(tmp_path)
    code, out, _ = invoke("summarize", "--format", "json", base + "story.html")
    assert code == 0
    assert json.loads(out)["source"] == "Test Wire"
    code, _, err = invoke("summarize", base + "missing.html")
    assert code == 1 and "HTTP 404" in err


def test_summarize_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    code, out, err = invoke("summarize", str(tmp_path / "nope.txt"))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "nope.txt: cannot read" in err


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("90m", 90), ("24h", 1440), ("7d", 10080), ("1w", 10080), ("1d12h", 2160)],
)
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration(text).total_seconds() == minutes * 60


@pytest.mark.parametrize("text", ["", "soon", "5", "-3h", "3x"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(UsageError):
        parse_duration(text)


def test_feeds_add_list_remove_round_trip(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    code, _, err = invoke(
        "--config",
        str(config),
        "feeds",
        "add",
        "https://w.example/feed",
        "--name",
        "Wire",
        "--tag",
        "world",
        "--no-fetch",
    )
    assert code == 0 and "added 'Wire'" in err
    code, out, _ = invoke("--config", str(config), "feeds", "list", "--format", "json")
    assert [(f["name"], f["status"]) for f in json.loads(out)] == [("Wire", "new")]
    code, _, _ = invoke("--config", str(config), "feeds", "add", "javascript:alert(1)")
    assert code == 2
    code, _, err = invoke("--config", str(config), "feeds", "remove", "Wire")
    assert code == 0
    assert json.loads(invoke("--config", str(config), "feeds", "list", "--format", "json")[1]) == []


def test_opml_import_then_export(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(f'data_dir = "{tmp_path / "data"}"\n')
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        '<outline text="World"><outline text="A &amp; B" xmlUrl="https://a.example/rss"/>'
        '<outline text="Bad" xmlUrl="file:///etc/passwd"/></outline>'
        '<outline text="C" type="rss" xmlUrl="https://c.example/atom"/></body></opml>'
    )
    code, _, err = invoke("--config", str(config), "import-opml", str(opml))
    assert code == 0 and "imported 2 feeds" in err
    code, _, err = invoke("--config", str(config), "import-opml", str(opml))
    assert "imported 0 feeds" in err
    code, out, _ = invoke("--config", str(config), "export-opml")
    assert 'text="A &amp; B"' in out and 'xmlUrl="https://c.example/atom"' in out
    assert "file:" not in out


def test_help_lists_every_command() -> None:
    code, out, _ = invoke("--help")
    assert code == 0
    for command in (
        "today",
        "digest",
        "refresh",
        "summarize",
        "feeds",
        "import-opml",
        "export-opml",
        "tui",
    ):
        assert command in out
