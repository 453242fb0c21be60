"""`briefing quotes` over a store refreshed from loopback feeds of our own words."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.clirun import one_line, run
from tests.quotefeeds import quote_config, write_site


@pytest.fixture
def config(tmp_path: Path, serve_dir: Callable[[Path], str]) -> Path:
    write_site(tmp_path / "site")
    path = quote_config(tmp_path, serve_dir(tmp_path / "site"))
    code, _, err = run(path, "refresh")
    assert code == 0, err
    return path


def archive(config: Path, *args: str) -> list[dict[str, Any]]:
    code, out, err = run(config, "quotes", "--format", "json", *args)
    assert code == 0, err
    quotes: list[dict[str, Any]] = json.loads(out)["quotes"]
    return quotes


def texts(quotes: list[dict[str, Any]]) -> list[str]:
    return [q["text"].rstrip(",") for q in quotes]


def test_every_quote_on_record_newest_first_one_entry_per_quote(config: Path) -> None:
    quotes = archive(config)
    assert texts(quotes) == [
        "Trams will run all night",
        "Every farmer will be paid by Friday",
        "Investors were cautious",
        "Fares have not moved in ten years",
        "The harbour will never close again",
        "We have heard promises before",
    ]
    harbour = quotes[4]
    # Both outlets carried it: one entry, dated by the first report, naming both.
    assert harbour["speaker"] == "Anselm Kade"
    assert harbour["date"] == "2026-11-23T09:00:00Z"
    assert harbour["title"] == "Ferry terminal opens in Port Anselm"
    assert harbour["link"] == "https://harbour.example/hl-ferry"
    assert [(o["feed"], o["link"]) for o in harbour["outlets"]] == [
        ("Harbour Ledger", "https://harbour.example/hl-ferry"),
        ("Meridian Wire", "https://meridian.example/mw-ferry"),
    ]
    assert quotes[2]["speaker"] == "treasury official"


@pytest.mark.parametrize(
    "name", ["Brisk", "Olen Brisk", "Minister Brisk", "Transport Minister Olen Brisk", "brisk"]
)
def test_a_speaker_is_found_by_any_form_of_the_name(config: Path, name: str) -> None:
    quotes = archive(config, "--speaker", name)
    assert texts(quotes) == ["Trams will run all night", "Fares have not moved in ten years"]
    # The story that named him "Minister Brisk" is shown under his full name.
    assert {q["speaker"] for q in quotes} == {"Olen Brisk"}


def test_two_people_sharing_a_surname_are_kept_apart(config: Path) -> None:
    anselm = archive(config, "--speaker", "Anselm Kade")
    assert texts(anselm) == ["The harbour will never close again"]
    assert texts(archive(config, "--speaker", "Governor Anselm Kade")) == texts(anselm)
    assert texts(archive(config, "--speaker", "Mira Kade")) == ["We have heard promises before"]
    # "Governor Kade" alone may be either of them: the surname finds everyone of it.
    everyone = archive(config, "--speaker", "Kade")
    assert texts(everyone) == [
        "Every farmer will be paid by Friday",
        "The harbour will never close again",
        "We have heard promises before",
    ]
    assert everyone[0]["speaker"] == "Kade"
    assert archive(config, "--speaker", "Anselm Brisk") == []


def test_search_is_full_text_over_the_quotes(config: Path) -> None:
    assert texts(archive(config, "--search", "farmer paid")) == [
        "Every farmer will be paid by Friday"
    ]
    assert texts(archive(config, "--search", "HARBOUR")) == ["The harbour will never close again"]
    # Words of the titles and the rest of the articles are not quotes.
    assert archive(config, "--search", "silos") == []
    assert texts(archive(config, "--search", "tram", "--speaker", "Brisk")) == [
        "Trams will run all night"
    ]


def test_date_and_since_bound_the_reports(config: Path) -> None:
    assert texts(archive(config, "--date", "2026-11-26")) == [
        "Trams will run all night",
        "Every farmer will be paid by Friday",
    ]
    # Every report is days old: a window of the last hour holds none.
    assert archive(config, "--since", "1h") == []


def test_text_and_markdown_list_speaker_outlets_and_links(config: Path) -> None:
    code, out, err = run(config, "quotes", "--speaker", "Anselm Kade")
    assert code == 0, err
    assert out.splitlines()[:7] == [
        "1 quote on record by Anselm Kade",
        "",
        "2026-11-23 09:00 UTC · Anselm Kade",
        "    “The harbour will never close again”",
        "    Ferry terminal opens in Port Anselm",
        "    - Harbour Ledger: https://harbour.example/hl-ferry",
        "    - Meridian Wire: https://meridian.example/mw-ferry",
    ]
    code, out, err = run(config, "quotes", "--search", "farmer", "--format", "markdown")
    assert code == 0, err
    assert "## Kade · 2026-11-26 09:00 UTC" in out
    assert (
        "- Meridian Wire: [Governor visits Halvik grain silos](<https://meridian.example/mw-grain>)"
        in out
    )


def test_nothing_found_says_so_on_stderr(config: Path) -> None:
    code, out, err = run(config, "quotes", "--speaker", "Nobody Atall")
    assert code == 0 and out == ""
    assert one_line(err) == "briefing: no quotes on record match"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--since", "7d", "--date", "2026-11-26"), "--since and --date cannot be used together"),
        (("--since", "soon"), "--since: 'soon' is not a duration"),
        (("--date", "26/11/2026"), "--date: '26/11/2026' is not a date"),
        (("--speaker", "!!"), "--speaker: '!!' has no letters or digits"),
        (("--search", '"*'), "--search: '\"*' has no letters or digits"),
    ],
)
def test_bad_options_get_one_line_and_exit_2(
    config: Path, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(config, "quotes", *args)
    assert code == 2 and out == ""
    assert message in one_line(err)


def test_only_the_window_asked_for_is_summarised_first(config: Path, tmp_path: Path) -> None:
    # A refresh summarises nothing; the archive summarises what it is asked about.
    database = tmp_path / "data" / "briefing.sqlite3"

    def summarised() -> int:
        with contextlib.closing(sqlite3.connect(database)) as db:
            return int(db.execute("SELECT count(*) FROM summaries").fetchone()[0])

    assert summarised() == 0
    assert len(archive(config, "--date", "2026-11-26")) == 2
    assert summarised() == 2
    assert len(archive(config)) == 6
    assert summarised() == 6
