"""briefing.changes: what grew in a story since a front end showed it (own values)."""

from __future__ import annotations

from datetime import UTC, datetime

from briefing.changes import change_lines, changes_since, dump_seen, load_seen, seen_of
from briefing.models import Figure, Item, Quote, Story

T0 = datetime(2031, 5, 1, 9, tzinfo=UTC)


def _item(feed: str) -> Item:
    return Item(feed, f"{feed}-1", f"{feed}-1", "Port budget", None, T0, "text")


def _figure(text: str, value: float, unit: str, context: str, change: str | None = None) -> Figure:
    return Figure(text, value, unit, context, 0, len(text), change=change)


def _story(feeds: list[str], figures: list[Figure], quotes: list[Quote] = ()) -> Story:  # type: ignore[assignment]
    return Story(
        id="s1",
        title="Port budget",
        lead="",
        dateline=None,
        source=None,
        quotes=tuple(quotes),
        figures=tuple(figures),
        items=tuple(_item(f) for f in feeds),
    )


BUDGET = _figure("$4.1 billion", 4.1e9, "USD", "harbour budget")
QUOTE = Quote("We will dredge the channel", "Mara Quill", 0, 10)


def test_a_figure_of_the_same_measure_and_unit_moved_whatever_its_text() -> None:
    seen = seen_of(_story(["Meridian Wire"], [BUDGET]))
    grown = _story(["Meridian Wire"], [_figure("US$4.2bn", 4.2e9, "USD", "Harbour budget,")])
    changes = changes_since(seen, grown)
    (moved,) = changes.moved_figures
    assert (moved.before, moved.before_value, moved.figure.value) == ("$4.1 billion", 4.1e9, 4.2e9)
    assert changes.new_figures == () and changes.new_outlets == () and changes.new_quotes == ()
    assert change_lines(changes) == ["Harbour budget: $4.1 billion → US$4.2bn"]


def test_same_value_written_otherwise_is_no_change() -> None:
    seen = seen_of(_story(["A"], [BUDGET]))
    assert not changes_since(
        seen, _story(["A"], [_figure("4.1 billion dollars", 4.1e9, "USD", "harbour budget")])
    )


def test_another_unit_or_a_change_rather_than_a_level_is_a_new_figure() -> None:
    seen = seen_of(_story(["A"], [BUDGET]))
    euros = _figure("€4.2 billion", 4.2e9, "EUR", "harbour budget")
    rise = _figure("3%", 3.0, "percent", "harbour budget", change="up")
    changes = changes_since(seen, _story(["A"], [BUDGET, euros, rise]))
    assert changes.moved_figures == ()
    assert changes.new_figures == (euros, rise)


def test_a_value_already_shown_by_an_outlet_that_disagreed_did_not_move() -> None:
    twelve = _figure("12 people", 12.0, "count", "people killed")
    fourteen = _figure("14 people", 14.0, "count", "people killed")
    seen = seen_of(_story(["A", "B"], [twelve, fourteen]))
    # B's figure leads now: nothing moved to a value the reader has not seen.
    assert not changes_since(seen, _story(["A", "B"], [fourteen, twelve]))
    nineteen = _figure("19 people", 19.0, "count", "people killed")
    (moved,) = changes_since(seen, _story(["A", "B"], [nineteen, twelve])).moved_figures
    assert (moved.before, moved.figure.text) == ("12 people", "19 people")


def test_figures_without_a_measure_never_move() -> None:
    seen = seen_of(_story(["A"], [_figure("12", 12.0, "count", "")]))
    changes = changes_since(seen, _story(["A"], [_figure("19", 19.0, "count", "")]))
    assert changes.moved_figures == () and len(changes.new_figures) == 1


def test_new_outlets_and_quotes_with_their_speakers() -> None:
    seen = seen_of(_story(["Meridian Wire"], [], [QUOTE]))
    again = Quote("we will dredge the channel!", "Mara Quill", 0, 10)
    fresh = Quote("Ships wait for days", "Oren Talb", 0, 10)
    grown = _story(["Meridian Wire", "Harbour Ledger", "Northbank Dispatch"], [], [again, fresh])
    changes = changes_since(seen, grown)
    assert changes.new_outlets == ("Harbour Ledger", "Northbank Dispatch")
    assert changes.new_quotes == (fresh,)
    assert change_lines(changes) == [
        "+2 outlets: Harbour Ledger, Northbank Dispatch",
        "new quote: Oren Talb: “Ships wait for days”",
    ]


def test_what_was_seen_accumulates_and_survives_the_store() -> None:
    first = seen_of(_story(["A"], [BUDGET], [QUOTE]))
    moved = _figure("$4.2 billion", 4.2e9, "USD", "harbour budget")
    both = seen_of(_story(["B"], [moved]), first)
    loaded = load_seen(dump_seen(both))
    assert loaded == both
    assert loaded.outlets == {"A", "B"} and len(loaded.quotes) == 1
    assert not changes_since(loaded, _story(["A", "B"], [moved], [QUOTE]))


def test_an_unreadable_mark_is_none() -> None:
    assert load_seen("not json") is None
    assert load_seen('{"o": 3}') is None
