"""Stories on multi-outlet coverage of our own (tests/stories/coverage.py), scored by event.

The items are summarised as the pipeline does, clustered, and scored with pair
precision/recall/F1 and B-cubed against their events; then the classes one by one:
paraphrases of one event join, separate events of a running topic stay apart,
media pages join their event only where their words tell it, a chain of pairs does not join
items that share nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Item, Summary
from briefing.stories.build import StoryIndex, build_stories
from briefing.summarize import summarize
from tests.stories import coverage
from tests.stories.coverage import outlet_item

NOW = coverage.NOW


def _entries(items: list[Item]) -> list[tuple[Item, Summary | None]]:
    return [(item, summarize(item.text or item.title)) for item in items]


_groups = coverage.clustered
_events = coverage.events


def test_coverage_at_its_own_times_never_merges_two_events_and_joins_most() -> None:
    scores = coverage.scores(coverage.items())
    # Main before this work: pair_p 0.556, pair_f1 0.526, B-cubed 0.848; before the rare
    # name in both headlines and the weekday (issue 16): pair_r 0.650, pair_f1 0.788,
    # B-cubed 0.931.
    # The set's three media pages were labelled apart while such pages stayed alone by rule;
    # they are labelled with the events they show now (before a page joined on its words,
    # with these labels: pair_r 0.655, pair_f1 0.792, B-cubed 0.918). With a page joining on
    # two words where one is a name its story's headlines give (thin.NAMED_WORDS), the quake's
    # webcam joins too: pair_r 0.966, pair_f1 0.982, B-cubed 0.986 (0.926 and 0.964 before).
    assert scores.pair_p == 1.0, scores
    assert scores.pair_f1 >= 0.96, scores
    assert scores.bcubed_f1 >= 0.97, scores


def test_coverage_squashed_into_one_day_keeps_most_events_apart() -> None:
    """Without time to tell them apart, events of one topic stay apart on their words."""
    scores = coverage.scores(coverage.heavy())
    # Main before this work: pair_p 0.500, pair_f1 0.500, B-cubed 0.831; before issue 16's
    # rules: pair_p 0.684, pair_f1 0.667, B-cubed 0.879; before eves and possessive times
    # were times and "Hands-on:" a label: pair_p 0.810, pair_f1 0.829, B-cubed 0.929.
    # With its media pages labelled with their events (see above) pair_f1 0.731, B-cubed
    # 0.886, as before a page joined on its words: squashed, each page's words are held by its
    # topic's other events too, and it stays alone. With a page joining on two words where one
    # is a name its story's headlines give (thin.NAMED_WORDS): pair_p 0.867, pair_f1 0.881,
    # B-cubed 0.931.
    assert scores.pair_p >= 0.84, scores
    assert scores.pair_f1 >= 0.86, scores
    assert scores.bcubed_f1 >= 0.91, scores


def test_paraphrased_headlines_with_a_figure_written_two_ways_join() -> None:
    """ "drops under $6,000", "sinks below $6K", "breaks through $6,000 floor": one story."""
    groups = _groups(coverage.items())
    gold = coverage.gold()
    titles = {item.guid: item.title for item in coverage.items()}
    (story,) = [g for g in groups if any("three-month low below $6K" in titles[i] for i in g)]
    joined = {titles[guid] for guid in story}
    assert {gold[guid] for guid in story} == {"coin-fall"}
    assert any("$6,000 after central banker" in title for title in joined)
    assert any("breaks through $6,000" in title for title in joined)


def test_a_teaser_and_reports_sharing_only_a_rare_name_join_their_events() -> None:
    """ "Bitcoin is getting hammered" joins the fall; the three Tessaly items are one story."""
    events = _events(_groups(coverage.items()))
    for event in ("coin-fall", "glasses"):
        assert [e for e in events if event in e] == [{event}], events


def test_squashed_into_one_day_the_next_days_parade_stays_apart_from_the_offer() -> None:
    """Hours apart, the leads' "on Wednesday" and "on Thursday" keep the events apart."""
    for events in _events(_groups(coverage.heavy())):
        assert not {"varn-talks", "varn-parade"} <= events, events


def test_a_running_topic_does_not_chain_its_events_into_one_story() -> None:
    """A missile test, fuel shipments, a satellite, talks and a parade, all "Varnland"."""
    varnland = [
        events
        for events in _events(_groups(coverage.items()))
        if any(e.startswith("varn-") for e in events)
    ]
    assert all(len(events) == 1 for events in varnland), varnland
    # Each event of two outlets is one story (but the satellite's, told in other words).
    assert sum(1 for events in varnland if events == {"varn-missile"}) == 1


def test_media_pages_join_their_event_only_where_their_words_tell_it() -> None:
    """The crash's explainer joins the crash; the speech's footage joins the offer once a second
    outlet reports it; the quake's webcam joins the quake on two of its words, Saltby a name
    a quake report's headline gives (see thin.NAMED_WORDS); the year's gallery shares only the
    topic's words and stays alone."""
    groups = _groups(coverage.items())
    titles = {item.guid: item.title for item in coverage.items()}
    story_of = {titles[guid]: {titles[g] for g in group} for group in groups for guid in group}
    assert len(story_of["Video: what the Bitcoin crash means for you"]) == 5
    assert "Kessel extends olive branch to Osterby" in story_of["Watch: Varnland leader's speech"]
    assert (
        "Saltby quake caught on camera"
        in story_of["Strong tremor rattles Saltby, no tsunami threat"]
    )
    assert story_of["In pictures: Varnland's year"] == {"In pictures: Varnland's year"}


T1 = datetime(2031, 6, 2, 7, 0, tzinfo=UTC)


def _item(key: str, title: str, text: str, hours: float) -> Item:
    return outlet_item(key, title, text, T1 + timedelta(hours=hours))


CHAIN = {
    "a": (
        "Grain silo fire at Tovik port burns for a day",
        "Firefighters at Tovik port fought a blaze in a grain silo for 20 hours before putting it "
        "out on Tuesday, the harbour authority said. Some 3,000 tonnes of wheat were lost.",
    ),
    "b": (
        "Tovik silo fire put out; Brannock dockers vote to strike",
        "Firefighters put out the grain silo blaze at Tovik port after 20 hours. Separately, "
        "dockers at Brannock voted to strike over night-shift pay from next Monday, their union "
        "said.",
    ),
    "c": (
        "Brannock dockers to strike over night-shift pay",
        "Dockers at Brannock will strike from next Monday over night-shift pay, the union said "
        "after a ballot, warning that container traffic would stop.",
    ),
}
"""The middle item (b) tells two events; the third (c) shares words with it, not with the
first (a)."""


@pytest.mark.parametrize(
    "order",
    [
        "abc",  # c pairs with b, which joined a: it links to one member only
        "acb",  # c came first and stood alone; b, to which it is anchored, joins a later
    ],
)
def test_a_chain_of_pairs_does_not_join_two_items_that_share_nothing(order: str) -> None:
    items = [_item(key, *CHAIN[key], hours) for hours, key in enumerate(order)]
    events = [
        {item.key for item in story.items}
        for story in build_stories(_entries(items), now=T1 + timedelta(days=1))
    ]
    assert not any({"a", "c"} <= group for group in events), events


def test_items_a_day_apart_sharing_only_names_stay_apart() -> None:
    """Who and where (a leader, two countries) do not make one event a day later."""
    talks = _item(
        "talks",
        "Varnland's Kessel offers Osterby border talks",
        "Varnland's leader Dorn Kessel offered on Wednesday to send a delegation to Osterby for "
        "talks on reopening the border between Varnland and Osterby.",
        0,
    )
    flood = _item(
        "flood",
        "Varnland asks Osterby for help as river floods",
        "Varnland's leader Dorn Kessel asked Osterby for pumps and boats as the Lenna river burst "
        "its banks across Varnland's south, flooding farms and two towns.",
        20,
    )
    stories = build_stories(_entries([talks, flood]), now=T1 + timedelta(days=2))
    assert len(stories) == 2


def test_adding_the_coverage_in_two_halves_equals_building_it_at_once() -> None:
    items = sorted(coverage.items(), key=lambda item: item.published)
    entries = _entries(items)
    whole = build_stories(entries, now=NOW)
    index = StoryIndex(entries[: len(entries) // 2])
    index.add(entries[len(entries) // 2 :])
    halves = index.stories(now=NOW)
    assert [[i.guid for i in s.items] for s in halves] == [[i.guid for i in s.items] for s in whole]


def test_two_central_banks_deciding_on_one_day_are_two_stories() -> None:
    """One topic, one day, the same words; but each headline's bank is another country's,
    which the other report never names."""
    velmora = outlet_item(
        "bank-1",
        "Velmora central bank holds key interest rate",
        "The Velmora central bank left its benchmark interest rate unchanged on Wednesday, "
        "saying inflation was still too high for a cut and wages were rising fast.",
        coverage.T0 + timedelta(hours=9),
    )
    kaspia = outlet_item(
        "bank-2",
        "Kaspia central bank keeps key interest rate on hold",
        "The Kaspia central bank kept its main interest rate unchanged on Wednesday, saying "
        "inflation was still above its target and wages were rising.",
        coverage.T0 + timedelta(hours=11),
    )
    # Among the rest of a day's news, as the words' weights come from the day.
    day = [*coverage.items(), velmora, kaspia]
    day.sort(key=lambda item: item.published)
    stories = build_stories(_entries(day), now=NOW)
    (first,) = [s for s in stories if velmora in s.items]
    assert kaspia not in first.items, first.why


def test_a_name_the_day_is_full_of_may_be_left_out_by_one_report() -> None:
    """ "Varnland opens ... airport" and "Osterby Air lands first flight at new Lenmark
    airport": neither report names the other's headline subject, but the day names
    Varnland in a dozen items and an outlet may leave out a name everyone knows."""
    opening = outlet_item(
        "air-1",
        "Varnland opens its first international airport",
        "The government of Varnland opened its first international airport on Wednesday "
        "outside the city of Lenmark, with a ribbon cutting at the new terminal.",
        coverage.T0 + timedelta(hours=9),
    )
    flight = outlet_item(
        "air-2",
        "Osterby Air lands first flight at new Lenmark airport",
        "The carrier Osterby Air landed the first scheduled flight at the new international "
        "airport near Lenmark on Wednesday, hours after the ribbon cutting at its terminal.",
        coverage.T0 + timedelta(hours=11),
    )
    day = sorted([*coverage.items(), opening, flight], key=lambda item: item.published)
    stories = build_stories(_entries(day), now=NOW)
    (first,) = [s for s in stories if opening in s.items]
    assert flight in first.items, [s.why for s in stories if flight in s.items]
