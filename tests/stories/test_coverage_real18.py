"""Stories on the eighteenth set of our own coverage (tests/stories/coverage_real18.py).

Written blind like the fourth to seventeenth, in the forms nearest issue #16's hidden coverage
and with special weight on media pages and near-empty items: 74 items from 40 outlets over
four publication days months apart, 24 events, 25 whole articles, and fourteen items under
100 characters (twelve media pages, "Video:", "Watch:", "In pictures:", "Gallery:", "Drone
footage:", and two bare headlines), each labelled with the event it shows, but for two
galleries of a whole year or season that are singletons. Its hard cases: a video posted an
hour before any other outlet's report of its event, the drone footage and the "Watch:" page
of two fires in one country on one day, a gallery from the same outlet as the only report of
its event, two strikes on one day, a prime minister's resignation in the capital on the day
of its rail strike, and running topics told with the same names on days months apart. Scored
as the hidden coverage is: at the items' own times, one publication day at a time (each
day's items clustered alone; the mean and the worst day), and squashed into one heavy day.
The floors are where main stood when the set was first clustered, rounded down by about 0.02
(figures in the comments). Issue #16's bars: pair precision 0.95, mean pair F1 over days
0.95 with no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real18

PIECES = coverage_real18.PIECES


def _story_of(feed: str, title: str) -> set[str]:
    """The events of the story that holds the piece of `feed` whose headline starts with
    `title`, its publication day clustered alone, with its size."""
    events, size = coverage.day_story(PIECES, feed, title)
    return events | {f"size:{size}"}


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of six events each, 74 items from 40 outlets, a third of them whole articles
    # (1,500 characters or more, six paragraphs or more; none past 1,700), fourteen items
    # under 100 characters, five RSS items of a headline and a line; the two singletons are
    # both media pages of a broad topic (so check_form is not asked that every near-empty
    # item has company).
    coverage.check_form(
        PIECES,
        coverage_real18.DAYS,
        events_a_day=range(6, 7),
        count=range(74, 75),
        outlets=40,
        whole_share=1 / 3,
        longest=1700,
        near_empty=range(14, 15),
        labelled=False,
    )
    assert len({p.feed for p in PIECES}) == 40
    assert len({p.event for p in PIECES}) == 24
    assert sum(len(p.text) >= 1500 and p.text.count("\n") >= 5 for p in PIECES) == 25
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) == 5
    empty = [p for p in PIECES if len(p.text) < 100]
    media = ("Video: ", "Watch: ", "In pictures: ", "Gallery: ", "Drone footage: ")
    assert sum(p.title.startswith(media) for p in empty) == 12
    singletons = [p for p in PIECES if sum(q.event == p.event for q in PIECES) == 1]
    assert sorted(p.event for p in singletons) == [
        "kessovia-protest-year",
        "lindqvara-winter-gallery",
    ]
    assert all(len(p.text) < 100 and p.title.startswith(media) for p in singletons)
    # The video of the bridge is the first item of its event, from an outlet with no other
    # report of it; the lantern night's only report and its pictures are one outlet's.
    bridge = sorted((p for p in PIECES if p.event == "tolmar-bridge"), key=lambda p: p.hours)
    assert bridge[0].title.startswith("Video: ") and bridge[0].hours < bridge[1].hours - 0.5
    assert {p.feed for p in PIECES if p.event == "ferrisby-lanterns"} == {"Ferrisby Gazette"}
    # The wires' and outlets' forms.
    assert sum(p.title.startswith("UPDATE 1-") for p in PIECES) == 3
    assert sum(p.title.startswith("BRIEF-") for p in PIECES) == 2
    assert sum("(Carrowmore) - " in p.text for p in PIECES) == 6
    assert sum("(Reporting by " in p.text for p in PIECES) == 4
    assert sum("(Writing by " in p.text for p in PIECES) == 3
    assert sum(p.text.startswith("Kovrin (MPX) - ") for p in PIECES) == 3
    assert sum("/KESPRESS/. " in p.text for p in PIECES) == 3
    assert sum("(TPT) " in p.text for p in PIECES) == 4
    assert sum("(NNB) - " in p.text for p in PIECES) == 2
    assert sum("(SARVELA).- " in p.text for p in PIECES) == 3
    assert sum(" (AD) — " in p.text for p in PIECES) == 3
    assert sum(" /PressLink Global/ -- " in p.text for p in PIECES) == 1
    assert sum(p.title.startswith(("Opinion:", "Analysis:")) for p in PIECES) == 4
    assert sum(p.title.isupper() for p in PIECES) == 2
    assert sum(" pct" in p.text or " PCT" in p.text for p in PIECES) == 5


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=1.000 pair_r=0.856 pair_f1=0.922
    # bcubed_f1=0.947.
    # With numbers in words read as figures (words.NUMBER_WORDS): pair_f1 0.953, B-cubed 0.964
    # (the bridge's eyewitness piece, whose "Twenty-three" hurt are the wire's 23, joins its
    # event; the miners' gallery joins the village's "Seventy hours in the dark", its "70
    # hours", though not yet the rescue's report).
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.94, scores
    assert scores.bcubed_f1 >= 0.955, scores


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=1.000 mean pair_f1=0.924 worst
    # pair_f1=0.833 (day 1: 0.833, B-cubed 0.870; day 2: 0.952, 0.964; day 3: 1.000, 1.000;
    # day 4: 0.909, 0.951).
    # With numbers in words read as figures (words.NUMBER_WORDS): mean pair_f1 0.951, worst
    # 0.909 (day 1's eyewitness piece joins its event, the miners' gallery the village's piece).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.94, days
    assert days.worst_f1 >= 0.88, days
    assert all(s.bcubed_f1 >= 0.85 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.567 pair_r=0.756 pair_f1=0.648
    # bcubed_f1=0.809 (five running topics' two events each joined: the resignation and the
    # election, the collapse and its report, the bid and its veto, the launch and the recall,
    # the approval and the first doses).
    # With numbers in words read as figures (words.NUMBER_WORDS): pair_f1 0.670, B-cubed 0.821.
    # With a bid and the ruling on it opposite acts (words.ACTS): three of the veto's four
    # reports leave the bid (the authority's decision, whose headline tells no act, stays):
    # pair_p 0.619, pair_f1 0.690, B-cubed 0.828. With a launch and a recall opposite acts
    # (words.ACTS), the folding phone's recall leaves its launch: pair_p 0.682, pair_f1 0.741,
    # B-cubed 0.858. With a report's findings an inquiry's act (headlines._FINDING), the report
    # on the bridge's collapse and its findings leave the collapse: pair_p 0.793, pair_f1 0.802,
    # B-cubed 0.883.
    # With datelines filed apart (and dates named) weighed at dates.DATE_CLASH 0.15:
    # pair_p=0.835 pair_r=0.844 pair_f1=0.840 bcubed_f1=0.904, the bid for Halbeck and its
    # blocking part.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.815, scores
    assert scores.pair_f1 >= 0.82, scores
    assert scores.bcubed_f1 >= 0.89, scores


def test_same_day_events_of_one_kind_or_one_place_stay_apart() -> None:
    # Two fires in Lindqvara (day 2); two strikes, and the resignation in the capital of the
    # rail strike, and the recall in the port of the dock strike (day 3): apart at their own
    # times and squashed into one day.
    pairs = [
        {"selvig-plant-fire", "brennholm-tower-fire"},
        {"kessovia-rail-strike", "port-adrin-dock-strike"},
        {"kessovia-rail-strike", "vesnic-resigns"},
        {"quiravo-recall", "port-adrin-dock-strike"},
    ]
    assert coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs) == []
    assert coverage.joined(coverage.heavy(PIECES), PIECES, pairs) == []


def test_media_pages_join_the_event_they_show_and_broad_galleries_stay_alone() -> None:
    # Each day clustered alone: the bridge's video, posted an hour before any report, and
    # the two fires' pages each join their own fire's reports; the two galleries of a year
    # or a season stay alone.
    assert _story_of("ReelDesk", "Video: the moment") == {"tolmar-bridge", "size:5"}
    assert _story_of("ReelDesk", "Drone footage:") == {"selvig-plant-fire", "size:4"}
    assert _story_of("Ostmere Broadcasting", "Watch: flames") == {
        "brennholm-tower-fire",
        "size:3",
    }
    assert _story_of("Lensline", "In pictures: a year") == {
        "kessovia-protest-year",
        "size:1",
    }
    assert _story_of("Frontline Weather", "Gallery:") == {
        "lindqvara-winter-gallery",
        "size:1",
    }
