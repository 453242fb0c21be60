"""Stories: each clustering signal and trap, merging, disagreements, ranking, incremental use."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Feed, Figure, Item, Quote, Summary
from briefing.stories.build import StoryIndex, build_stories, story_id
from briefing.stories.copies import quotes_match
from briefing.stories.signals import normalize_quote, split_dateline
from briefing.stories.words import stem

T0 = datetime(2031, 3, 3, 8, 0, tzinfo=UTC)
NOW = T0 + timedelta(days=2)

DAM = (
    "KORVAN (Northline Herald). Engineers opened the floodgates of the Veltra dam on Monday "
    "after the Sarn river rose two metres overnight, the regional water agency said.\n"
    "About 1,200 residents of low-lying villages were moved to shelters in schools and gyms.\n"
    "“We will not take risks with people’s homes,” said agency head Mirela Osk."
)
DAM_COPY = DAM.replace("Northline Herald", "Eastgate Daily") + (
    "\nThis article first appeared in Northline Herald and is republished by agreement."
)
DAM_OTHER = (
    "Rising water on the Sarn forced the evacuation of some 1,150 residents from villages "
    "below the Veltra reservoir on Monday as engineers released water through the floodgates.\n"
    "“We will not take risks with people's homes,” water agency chief Mirela Osk told reporters."
)
FARES = (
    "KORVAN (Northline Herald). Korvan city council voted on Monday to raise tram fares by 10% "
    "from April, citing higher electricity costs for the municipal transport company.\n"
    "Monthly passes for pensioners and students will keep their current price."
)
DAM_NEXT = (
    "KORVAN (Northline Herald). Engineers closed the floodgates of the Veltra dam on Tuesday as "
    "the Sarn river fell back, and evacuated residents began returning to their villages.\n"
    "The water agency said damage to farmland along the river was still being assessed."
)
CHESS = (
    "LISMORE (Valley Post). A 14-year-old from Dunmarra won the national chess championship "
    "on Monday after a tense final game that lasted more than six hours.\n"
    "Organisers said a record 340 players had entered the open tournament."
)


def item(feed: str, key: str, title: str, text: str, hours: float = 0.0) -> Item:
    return Item(
        feed=feed,
        guid=f"{feed}/{key}",
        key=key,
        title=title,
        link=f"https://{feed.lower().replace(' ', '')}.example/{key}",
        published=T0 + timedelta(hours=hours),
        text=text,
    )


def summary(
    lead: str,
    *,
    dateline: str | None = None,
    source: str | None = None,
    quotes: tuple[Quote, ...] = (),
    figures: tuple[Figure, ...] = (),
) -> Summary:
    return Summary(dateline=dateline, source=source, lead=lead, quotes=quotes, figures=figures)


def quote(text: str, speaker: str | None) -> Quote:
    return Quote(text=text, speaker=speaker, start=0, end=len(text))


def figure(text: str, value: float, context: str, unit: str = "count") -> Figure:
    return Figure(text=text, value=value, unit=unit, context=context, start=0, end=len(text))


def dam() -> Item:
    return item(
        "Northline Herald", "n1", "Floodgates opened at Veltra dam as Sarn river rises", DAM
    )


def dam_copy() -> Item:
    title = "Floodgates opened at Veltra dam as Sarn river rises"
    return item("Eastgate Daily", "e1", title, DAM_COPY, hours=1)


def dam_other() -> Item:
    title = "Sarn flooding forces evacuations below Veltra reservoir"
    return item("Valley Post", "v1", title, DAM_OTHER, hours=2)


def fares() -> Item:
    title = "Korvan tram fares to rise from April"
    return item("Northline Herald", "n2", title, FARES, hours=3)


def dam_next() -> Item:
    title = "Veltra dam floodgates closed as Sarn river recedes"
    return item("Northline Herald", "n3", title, DAM_NEXT, hours=26)


def chess() -> Item:
    title = "Teenager from Dunmarra wins national chess title"
    return item("Valley Post", "v2", title, CHESS, hours=5)


def groups(stories: tuple[object, ...]) -> set[frozenset[str]]:
    return {frozenset(i.guid for i in s.items) for s in stories}  # type: ignore[attr-defined]


def plain(*items: Item) -> list[tuple[Item, Summary | None]]:
    return [(i, None) for i in items]


def test_syndicated_copy_joins_its_original_and_counts_once() -> None:
    (story,) = build_stories(plain(dam(), dam_copy()), now=NOW)
    assert len(story.items) == 2
    assert story.outlets == 1
    assert any("copy of" in line for line in story.why)


def test_other_outlets_write_up_of_the_event_joins() -> None:
    stories = build_stories(plain(dam(), dam_other()), now=NOW)
    assert len(stories) == 1
    assert stories[0].outlets == 2


def test_different_events_in_one_city_on_one_day_stay_apart() -> None:
    stories = build_stories(plain(dam(), fares(), chess()), now=NOW)
    assert len(stories) == 3


def test_next_day_follow_up_joins_the_running_story() -> None:
    stories = build_stories(plain(dam(), dam_next()), now=NOW)
    assert len(stories) == 1


def test_items_further_apart_than_the_window_stay_apart() -> None:
    later = dam_next()
    late = Item(**{**later.__dict__, "published": T0 + timedelta(days=4)})
    assert len(build_stories(plain(dam(), late), now=NOW + timedelta(days=4))) == 2


def test_shared_quote_from_two_outlets_is_one_quote_with_both_sources() -> None:
    words = "We will not take risks with people’s homes,"
    first = summary("Engineers opened the floodgates.", quotes=(quote(words, None),))
    plain_marks = words.replace("’", "'")
    second = summary("Rising water.", quotes=(quote(plain_marks, "Mirela Osk"),))
    (story,) = build_stories([(dam(), first), (dam_other(), second)], now=NOW)
    assert len(story.quotes) == 1
    assert story.quotes[0].speaker == "Mirela Osk"
    assert set(story.quote_sources[0]) == {"Northline Herald", "Valley Post"}


def test_outlets_giving_different_values_for_one_measure_are_flagged() -> None:
    first = summary(
        "Engineers opened the floodgates.",
        figures=(figure("About 1,200 residents", 1200, "residents evacuated from villages"),),
    )
    second = summary(
        "Rising water.",
        figures=(figure("some 1,150 residents", 1150, "residents evacuated from villages"),),
    )
    (story,) = build_stories([(dam(), first), (dam_other(), second)], now=NOW)
    assert len(story.disagreements) == 1
    note = story.disagreements[0]
    assert "1,200" in note and "1,150" in note
    assert "(Northline Herald)" in note and "(Valley Post)" in note


def test_equal_figures_merge_and_unrelated_ones_do_not_disagree() -> None:
    shared = figure("1,200 residents", 1200, "residents evacuated")
    first = summary("a", figures=(shared, figure("two metres", 2, "river rose", "metres")))
    second = summary("b", figures=(shared, figure("1,150 sandbags", 1150, "sandbags delivered")))
    (story,) = build_stories([(dam(), first), (dam_other(), second)], now=NOW)
    assert [f.text for f in story.figures] == ["1,200 residents", "two metres", "1,150 sandbags"]
    assert set(story.figure_sources[0]) == {"Northline Herald", "Valley Post"}
    assert story.disagreements == ()


def test_lead_and_dateline_come_from_the_best_source() -> None:
    weak = summary("Rising water on the Sarn.")
    strong = summary(
        "Engineers opened the floodgates of the Veltra dam on Monday after the Sarn rose.",
        dateline="KORVAN",
        source="Northline Herald",
    )
    (story,) = build_stories([(dam_other(), weak), (dam(), strong)], now=NOW)
    assert story.lead.startswith("Engineers opened")
    assert (story.dateline, story.source) == ("KORVAN", "Northline Herald")
    assert story.items[0].feed == "Northline Herald"


def test_without_summaries_the_lead_is_the_first_sentence_after_the_dateline() -> None:
    (story,) = build_stories(plain(fares()), now=NOW)
    assert story.lead.startswith("Korvan city council voted")
    assert story.lead.endswith("company.")
    assert story.dateline == "KORVAN"


def test_ranking_puts_more_outlets_first_then_the_most_recent() -> None:
    stories = build_stories(plain(dam(), dam_other(), fares(), chess()), now=NOW)
    assert [s.items[0].key for s in stories][1:] == ["v2", "n2"]
    assert stories[0].outlets == 2


def test_feed_weight_scales_a_story_in_the_ranking() -> None:
    feeds = {"Valley Post": Feed("Valley Post", "https://v.example", weight=0.2, tags=("local",))}
    stories = build_stories(plain(dam(), dam_other(), fares(), chess()), feeds=feeds, now=NOW)
    # The chess story is newer than the fares story but its one outlet weighs less.
    assert [s.items[0].key for s in stories][1:] == ["n2", "v2"]
    assert stories[2].tags == ("local",)


def test_tags_are_the_union_of_the_feeds_tags() -> None:
    feeds = {
        "Northline Herald": Feed("Northline Herald", "https://n.example", tags=("north", "news")),
        "Valley Post": Feed("Valley Post", "https://v.example", tags=("news", "valley")),
    }
    (story,) = build_stories(plain(dam(), dam_other()), feeds=feeds, now=NOW)
    assert set(story.tags) == {"north", "news", "valley"}


def test_incremental_add_equals_building_at_once() -> None:
    everything = plain(dam(), dam_copy(), dam_other(), fares(), chess(), dam_next())
    index = StoryIndex(everything[:3])
    first_ids = {s.id for s in index.stories(now=NOW)}
    touched = index.add(everything[3:])
    assert set(touched) == {story_id(fares()), story_id(chess()), story_id(dam())}
    assert index.stories(now=NOW) == build_stories(everything, now=NOW)
    assert first_ids <= {s.id for s in index.stories(now=NOW)}


def test_adding_an_item_twice_changes_nothing() -> None:
    index = StoryIndex(plain(dam(), fares()))
    before = index.stories(now=NOW)
    assert index.add(plain(dam())) == [story_id(dam())]
    assert index.stories(now=NOW) == before
    assert len(index) == 2


def test_shuffled_input_gives_the_same_stories() -> None:
    everything = plain(dam(), dam_copy(), dam_other(), fares(), chess(), dam_next())
    expected = build_stories(everything, now=NOW)
    for seed in range(5):
        shuffled = everything[:]
        random.Random(seed).shuffle(shuffled)
        assert build_stories(shuffled, now=NOW) == expected


def test_story_id_is_that_of_the_earliest_item() -> None:
    (story,) = build_stories(plain(dam_other(), dam()), now=NOW)
    assert story.id == story_id(dam())
    assert len(story.why) == 1 and "Valley Post" in story.why[0]


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("kyrgyzstan", "kyrgyz"),
        ("iranian", "iran"),
        ("reopened", "reopens"),
        ("quake", "earthquake"),
        ("villages", "village"),
        ("evacuation", "evacuated"),
        ("addiction", "addictive"),
        ("russians", "russia"),
        # Headline verbs for one move.
        ("slumps", "drops"),
        ("soared", "jumps"),
        # Two sides agree, or reach a deal: one act.
        ("agree", "deal"),
        ("agreed", "pact"),
        # The tabloid's word and the wire's for one thing.
        ("jailbirds", "prisoners"),
        ("inmates", "prisoner"),
        ("jailed", "prison"),
        ("cops", "police"),
        ("nabbed", "arrested"),
        ("crooks", "thieves"),
        ("swiped", "steal"),
        # A train that derails has crashed.
        ("derails", "crash"),
        ("derailment", "crashed"),
        # A data breach is a hack.
        ("breach", "hack"),
        ("breached", "hacked"),
        # A suit filed, whatever the tense.
        ("sued", "sues"),
        ("suing", "sue"),
    ],
)
def test_stem_joins_inflections_and_demonyms(word: str, other: str) -> None:
    assert stem(word) == stem(other)


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("caught", "arrest"),
        ("lags", "prisoner"),
        ("held", "arrest"),
        ("free", "release"),
        ("derail", "crash"),
        ("su", "sue"),
    ],
)
def test_words_of_other_senses_in_news_copy_keep_their_own_stem(word: str, other: str) -> None:
    """A fire is "caught", an economy "lags", talks are "held", trade is "free", and a row
    threatens to "derail" talks, and "Su" is a name."""
    assert stem(word) != stem(other)


def test_quotes_match_across_marks_case_and_a_partial_quote() -> None:
    a = normalize_quote("“We will not take risks with people’s homes,”")
    b = normalize_quote('"we will not take  risks with people\'s homes."')
    assert a == b
    assert quotes_match(normalize_quote("not take risks with people's homes"), a)
    assert not quotes_match(normalize_quote("the river is falling"), a)


@pytest.mark.parametrize(
    ("line", "dateline", "rest"),
    [
        ("KORVAN (Northline Herald). Engineers opened", "KORVAN", "Engineers opened"),
        ("LISMORE, March 3 (Valley Post) - A teenager", "LISMORE", "A teenager"),
        ("ST. ALBANS, Oct 9 — Voters", "ST. ALBANS", "Voters"),
        ("Rising water on the Sarn", None, "Rising water on the Sarn"),
        # Initials open a lead, not a dateline: "U.S." and "U.N." are no place the copy is
        # filed from, and the lead keeps them.
        ("U.S. stocks fell on Monday", None, "U.S. stocks fell on Monday"),
        ("U.N. envoys met in Kestra", None, "U.N. envoys met in Kestra"),
    ],
)
def test_split_dateline(line: str, dateline: str | None, rest: str) -> None:
    assert split_dateline(line) == (dateline, rest)


def test_close_sums_of_money_worded_differently_are_flagged() -> None:
    first = summary(
        "The dam costs more.",
        figures=(figure("$2.4 billion", 2.4e9, "new spillway and pumping station", "USD"),),
    )
    second = summary(
        "Costs climb.",
        figures=(figure("$2.5 billion", 2.5e9, "is set aside for the works", "USD"),),
    )
    (story,) = build_stories([(dam(), first), (dam_other(), second)], now=NOW)
    assert len(story.disagreements) == 1
    assert "$2.4 billion" in story.disagreements[0] and "$2.5 billion" in story.disagreements[0]


def test_close_counts_of_different_things_are_not_flagged() -> None:
    first = summary("a", figures=(figure("1,200 residents", 1200, "residents evacuated"),))
    second = summary("b", figures=(figure("1,180 sandbags", 1180, "sandbags delivered"),))
    (story,) = build_stories([(dam(), first), (dam_other(), second)], now=NOW)
    assert story.disagreements == ()


def test_a_capitalised_contraction_beside_its_plain_word_never_stops_a_briefing() -> None:
    # "Voters Won't" gives the name-like token of "Won", which the item's words read as
    # "won't"; another item hours later writes "won". Building the day raised KeyError.
    first = Item(
        "Kestra Post",
        "g-1",
        "k-1",
        "Senate fight over the harbour budget",
        None,
        T0,
        "PORT ALDA (Kestra Post) - The senator won the harbour budget vote on Tuesday.\n"
        + "The budget pays for dredging and two new cranes at the port. " * 20,
    )
    second = Item(
        "Alda Daily",
        "g-2",
        "k-2",
        "Senate fight over the harbour budget",
        None,
        T0 + timedelta(hours=10),
        "PORT ALDA (Alda Daily) - A senator said Voters Won't forget the harbour budget vote.\n"
        + "Dredging and two new cranes for the port are in the budget. " * 20,
    )
    stories = build_stories([(first, None), (second, None)], now=NOW)
    assert sorted(item.key for story in stories for item in story.items) == ["k-1", "k-2"]
