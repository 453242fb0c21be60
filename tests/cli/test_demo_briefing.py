"""The demo is every newcomer's first briefing: each of its figures and quotes is read here
against the demo's own texts (src/briefing/demo), item by item and as `today` shows them."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from importlib.resources import files

import pytest
from click.testing import CliRunner

from briefing.cli.main import main
from briefing.extract.vocab import PERSON_HEADS
from briefing.feeds.parse import parse_feed
from briefing.models import Item, Summary, figure_label, figure_line
from briefing.summarize import summarize

_ENDINGS = {"of", "by", "to", "in", "on", "at", "for", "the", "a", "an", "and", "with", "from"}


def _flat(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _demo_items() -> list[Item]:
    items: list[Item] = []
    for entry in files("briefing.demo").iterdir():
        if entry.name.endswith((".xml", ".atom", ".json")):
            feed = parse_feed(
                entry.read_bytes(),
                url=f"https://demo.example/{entry.name}",
                feed_name=entry.name,
                now=datetime.now(UTC),
            )
            items.extend(feed.items)
    return items


ITEMS = _demo_items()
COPY = _flat("\n".join(f"{item.title}\n{item.text}" for item in ITEMS))


@pytest.fixture(scope="module")
def summaries() -> list[tuple[Item, Summary]]:
    return [(item, summarize(item.text)) for item in ITEMS]


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[\w'’-]+", text)}


def test_the_demo_has_items_to_read() -> None:
    assert len(ITEMS) >= 20


def test_every_figure_is_the_copys_own_with_its_sign(
    summaries: list[tuple[Item, Summary]],
) -> None:
    for item, summary in summaries:
        for figure in summary.figures:
            assert _flat(figure.text) in _flat(item.text), (item.title, figure)
            shown = figure_label(figure)
            if figure.value < 0:
                # minus 14 degrees, -9C, or a fall shown as "down 3.2%"
                assert shown.startswith(("minus", "-", "−", "down")), (item.title, figure)


def test_every_context_says_what_its_figure_measures(
    summaries: list[tuple[Item, Summary]],
) -> None:
    faults = []
    for item, summary in summaries:
        for figure in summary.figures:
            words = figure.context.split()
            if not words or len(words) > 12 or "#" in words or words[-1].lower() in _ENDINGS:
                faults.append(f"{item.title}: {figure.text} — {figure.context}")
            # as shown, a context never repeats the figure's noun: "60 grain wagons — stranded"
            _, _, shown = figure_line(figure).partition(" — ")
            last = figure.text.split()[-1].casefold()
            if shown.split()[:1] == [last] or (
                _words(shown) and _words(shown) <= _words(figure.text)
            ):
                faults.append(f"{item.title}: {figure_line(figure)}")
    assert faults == []


def test_the_named_faults_of_the_first_demo_stay_fixed(
    summaries: list[tuple[Item, Summary]],
) -> None:
    contexts = {(f.text, f.context) for _, s in summaries for f in s.figures}
    by_text: dict[str, set[str]] = {}
    for text, context in contexts:
        by_text.setdefault(text, set()).add(context)
    assert "cost of interconnector" not in by_text["420 km"]  # it is the cable's length
    assert all("ticket" in c for c in by_text["28 crowns"])  # a single ticket, not the council
    assert by_text["minus 14 degrees Celsius"]  # the sign is part of the figure
    shown = {figure_line(f) for _, s in summaries for f in s.figures}
    assert "about 60 grain wagons — stranded" in shown  # not "grain wagons grain wagons"


def test_every_quote_is_the_copys_words_credited_to_someone_it_names(
    summaries: list[tuple[Item, Summary]],
) -> None:
    for item, summary in summaries:
        for quote in summary.quotes:
            assert _flat(quote.text) in _flat(item.text), (item.title, quote)
            assert not quote.text.rstrip().endswith((",", ";")), quote  # the attribution's comma
            assert quote.speaker, (item.title, quote)  # the demo credits every quote
            if not quote.speaker[:1].isupper():
                # a description as the copy credits it ("the veteran defender"): one person,
                # never a crowd ("supporters") or a thing ("Shares")
                head = quote.speaker.split()[-1].lower()
                assert head in PERSON_HEADS and not head.endswith("s"), (item.title, quote)
            assert _flat(quote.speaker) in COPY, (item.title, quote)


def test_today_shows_each_figure_once_with_its_direction() -> None:
    result = CliRunner().invoke(main, ["--demo", "today"])
    assert result.exit_code == 0, result.output
    stories = result.stdout.split("\n\n")
    for story in stories:
        shown = [line.strip() for line in story.splitlines() if line.lstrip().startswith("# ")]
        assert len(shown) == len(set(shown)), story
        labels = [line.split(" — ")[0] for line in shown]
        assert len(labels) == len(set(labels)), story  # a range (2-1) is one line, not two
    assert "minus 14 degrees Celsius" in result.stdout
    data = json.loads(CliRunner().invoke(main, ["--demo", "today", "--format", "json"]).stdout)
    falls = [f for s in data["stories"] for f in s["figures"] if f["change"] == "down"]
    labels = [
        line.strip()[2:].split(" — ")[0]
        for line in result.stdout.splitlines()
        if line.lstrip().startswith("# ")
    ]
    shown_falls = [label for label in labels for f in falls if label.endswith(f["text"])]
    assert shown_falls and all(label.startswith("down ") for label in shown_falls)


def test_today_shows_a_quote_its_attribution_interrupts_as_one() -> None:
    # The demo's blizzard story: "The snow will stop," the mayor says, "but the cold ...":
    # one quote with an ellipsis where the attribution was, as an editor prints it; the
    # JSON keeps the two parts as the copy marks them.
    result = CliRunner().invoke(main, ["--demo", "today"])
    assert result.exit_code == 0, result.output
    quotes = [line.strip() for line in result.stdout.splitlines() if line.lstrip().startswith(">")]
    joined = [q for q in quotes if "The snow will stop … but the cold" in q]
    assert len(joined) == 1, quotes
    assert not any(q.endswith("“The snow will stop”") for q in quotes), quotes
    # Two sentences of one speaker stay two quotes: the second opens with a capital.
    assert "> Priya Lindqvist: “Today it is keeping the lights on.”" in quotes
    data = json.loads(CliRunner().invoke(main, ["--demo", "today", "--format", "json"]).stdout)
    texts = [q["text"] for s in data["stories"] for q in s["quotes"]]
    assert "The snow will stop" in [t.rstrip(",") for t in texts]
