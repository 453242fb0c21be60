"""Stories on the twentieth set of our own coverage (tests/stories/coverage_real20.py).

Written blind like the fourth to nineteenth, in the forms nearest issue #16's hidden coverage
and with special weight on running topics with many kinds of stages: 73 items from 40
outlets over four publication days months apart, 26 events, 27 whole articles and six media
pages under 100 characters, each labelled with the event it shows. Its hard cases: ten
running topics whose two events fall on days months apart under the same names and figures,
each pair a different kind of stage (a ceasefire agreed and collapsed, a merger announced
and scrapped, a chief executive appointed and ousted, sanctions imposed and lifted, a
player's injury and comeback, a mine opened and mothballed, a satellite launched and lost,
an outbreak declared and declared over, a plant's fire and reopening, a rent cap passed and
struck down); one event told by two to four outlets in other words and figures; two
wildfires on one day and two derailments on another; same-day events that share a place; a
follow-up of the next local morning within one publication day; and two pieces arguing a
wider debate that name a same-day event but carry labels of their own. Scored as the hidden
coverage is: at the items' own times, one publication day at a time (each day's items
clustered alone; the mean and the worst day), and squashed into one heavy day. The floors
are where main stood when the set was first clustered, rounded down by about 0.02 (figures
in the comments). Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with no
day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real20

PIECES = coverage_real20.PIECES

RUNNING = [
    ("sebrinth-ceasefire-agreed", "sebrinth-ceasefire-collapses"),
    ("halcyra-telmora-merger", "halcyra-telmora-abandoned"),
    ("palladine-ceo-appointed", "palladine-ceo-ousted"),
    ("varkosh-sanctions-imposed", "varkosh-sanctions-lifted"),
    ("velsberg-injury", "velsberg-comeback"),
    ("ombrera-mine-opens", "ombrera-mine-closes"),
    ("hoshigane-launched", "hoshigane-lost"),
    ("essenby-cholera-declared", "essenby-cholera-over"),
    ("gildersham-plant-fire", "gildersham-plant-reopens"),
    ("ellandre-rent-cap-passed", "ellandre-rent-cap-struck-down"),
]
"""The ten running topics: each an earlier and a later event, on days months apart."""


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of six or seven events, 73 items from 40 outlets, 27 whole articles (1,300
    # characters or more, six paragraphs or more; none past 1,700), six media pages under 100
    # characters, each with company; the two singletons are whole pieces arguing a wider
    # debate.
    coverage.check_form(
        PIECES,
        coverage_real20.DAYS,
        events_a_day=range(6, 8),
        count=range(73, 74),
        outlets=40,
        whole_share=1 / 3,
        longest=1700,
        near_empty=range(6, 7),
        labelled=True,
    )
    assert len({p.feed for p in PIECES}) == 40
    assert len({p.event for p in PIECES}) == 26
    assert sum(len(p.text) >= 1300 and p.text.count("\n") >= 5 for p in PIECES) == 27
    # Seven items of a headline and one line: the aggregator's four, a business channel's, a
    # trade paper's and a broadcaster's.
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) == 7
    empty = [p for p in PIECES if len(p.text) < 100]
    media = ("Video: ", "Watch: ", "In pictures: ")
    assert all(p.title.startswith(media) for p in empty)
    singletons = [p for p in PIECES if sum(q.event == p.event for q in PIECES) == 1]
    assert sorted(p.event for p in singletons) == ["analysis-telecom-mergers", "opinion-rent-caps"]
    assert all(p.title.startswith(("Opinion:", "Analysis:")) for p in singletons)
    # Ten running topics: each pair of events on two days months apart.
    assert len({label for pair in RUNNING for label in pair}) == 20
    for first, second in RUNNING:
        start = min(p.hours for p in PIECES if p.event == first)
        end = min(p.hours for p in PIECES if p.event == second)
        assert end - start > 60 * coverage.DAY, (first, second)
    # The follow-up: the agency's report of the next local morning, ten hours after the
    # event's first item and on its publication day.
    told = [p for p in PIECES if p.event == "baekhwa-derailment"]
    (later,) = [p for p in told if p.text.startswith("(ATTN: UPDATES") and p.feed == "Hanul"]
    assert "BAEKHWA, Oct. 22 (Hanul) -- " in later.text and " on Wednesday morning" in later.text
    assert later.hours - min(p.hours for p in told) >= 10.0
    # The wires' and outlets' forms.
    assert sum(p.title.startswith("UPDATE 1-") for p in PIECES) == 2
    assert sum(p.title.startswith("UPDATE 2-") for p in PIECES) == 1
    assert sum(p.title.startswith("BRIEF-") for p in PIECES) == 1
    assert sum(p.title.startswith("(LEAD) ") for p in PIECES) == 1
    assert sum("(Keelwire) - " in p.text for p in PIECES) == 5
    assert sum("(Reporting by " in p.text for p in PIECES) == 4
    assert sum(" (TP) — " in p.text for p in PIECES) == 3
    assert sum(" (AV) - " in p.text for p in PIECES) == 3
    assert sum("(Jinghai) -- " in p.text for p in PIECES) == 1
    assert sum("/VARPRESS/. " in p.text for p in PIECES) == 2
    assert sum(" (LPT) " in p.text for p in PIECES) == 2
    assert sum(" Kyosei - " in p.text for p in PIECES) == 2
    assert sum("(Hanul) -- " in p.text and "(END)" in p.text for p in PIECES) == 2
    assert sum(" (vpa) - " in p.text for p in PIECES) == 1
    assert sum(" /WireBeacon/ -- " in p.text for p in PIECES) == 2
    assert sum(" lakh" in p.text for p in PIECES) == 2
    assert sum(" pct" in p.text for p in PIECES) == 4
    assert sum(p.title.startswith(("Opinion:", "Analysis:")) for p in PIECES) == 4
    assert sum(p.title.split("!")[0].isupper() for p in PIECES) == 3


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=0.961 pair_r=1.000 pair_f1=0.980
    # bcubed_f1=0.990 (no event split; the opinion on rent caps, a wider debate with a label
    # of its own, joined to the rent cap's passing that it names, though with its day
    # clustered alone it stays alone).
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.94, scores
    assert scores.pair_f1 >= 0.96, scores
    assert scores.bcubed_f1 >= 0.97, scores


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=1.000 mean pair_f1=1.000 worst
    # pair_f1=1.000 (every day 1.000, B-cubed 1.000: no event split or joined on any day).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.98, days
    assert days.worst_f1 >= 0.98, days
    assert all(s.bcubed_f1 >= 0.98 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.485 pair_r=0.878 pair_f1=0.625
    # bcubed_f1=0.786. Eight of the ten running topics' two events joined: the rent cap's
    # passing and striking down (with the opinion on rent caps, all seven items); the mine's
    # opening and mothballing (all seven); the player's injury and comeback (all seven); the
    # merger's announcement and two of its abandonment's three reports (the business daily's
    # "Telmora sinks 14 pct as Halcyra walks away" stays alone); the chief executive's
    # appointment and ousting (all five); the outbreak declared and declared over (all
    # five); the satellite launched and two of its loss's three reports (the agency's "gives
    # up on Hoshigane-3" stays alone); the sanctions imposed and two of their lifting's three
    # (the state agency's "Dorvik welcomes ..." stays alone). The ceasefire and its collapse,
    # and the plant's fire and its reopening, stay apart; the collapse's video page stays
    # alone.
    # With rules made after seeing this set (headlines.acts and words.ACTS): a penalty lifted
    # opposite one imposed, a law struck down or thrown out opposite its passing, a chief named
    # to a post opposite one ousted, an outbreak declared opposite one declared over, a mine
    # inaugurated opposite one shut or mothballed, an injury opposite a return: the sanctions,
    # the rent cap, the chief executive, the outbreak, the mine and the injury part from their
    # later stages (the merger and the satellite do not): pair_p 0.812, pair_f1 0.844,
    # B-cubed 0.919. With a spacecraft lost opposite one launched (headlines._CONTACT_LOST):
    # the satellite's "declares ... lost" leaves its launch: pair_p 0.844, pair_f1 0.861,
    # B-cubed 0.925. With a date a text names read as another event's day (dates.dates_told),
    # the satellite's explainer, which dates its launch, leaves the launch for the loss's other
    # reports: pair_p 0.882, pair_f1 0.893, B-cubed 0.945.
    # With datelines filed apart (and dates named) weighed at dates.DATE_CLASH 0.15:
    # pair_p=0.958 pair_r=0.932 pair_f1=0.945 bcubed_f1=0.970, the merger and its abandonment part.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.935, scores
    assert scores.pair_f1 >= 0.925, scores
    assert scores.bcubed_f1 >= 0.955, scores


def test_same_day_events_of_one_kind_or_one_place_stay_apart() -> None:
    # Two wildfires (day 2), two derailments (day 3), and events that share a place: the
    # ceasefire signed in Vossberg and the player to be operated on there (day 1); Ellandre's
    # rent cap and its wildfire (day 2); the Ostrevin derailment, datelined Essenby, and the
    # Essenby cholera outbreak of days 2 and 4; Vastelia's mine (days 1 and 3) and its
    # wildfire (day 2); Brindavel's airline and its battery plant; the comeback and the
    # ceasefire, both naming Vossberg. Apart at their own times and squashed into one day, as
    # are two of the running topics (the ceasefire and its collapse, the fire and the
    # reopening) and the analysis of telecom mergers and the deal it names.
    pairs = [
        {"clairvent-wildfire", "lagunilla-wildfire"},
        {"ostrevin-derailment", "baekhwa-derailment"},
        {"sebrinth-ceasefire-agreed", "velsberg-injury"},
        {"ellandre-rent-cap-passed", "clairvent-wildfire"},
        {"opinion-rent-caps", "clairvent-wildfire"},
        {"ostrevin-derailment", "essenby-cholera-declared"},
        {"ostrevin-derailment", "essenby-cholera-over"},
        {"ombrera-mine-opens", "lagunilla-wildfire"},
        {"ombrera-mine-closes", "lagunilla-wildfire"},
        {"palladine-ceo-appointed", "gildersham-plant-fire"},
        {"palladine-ceo-ousted", "gildersham-plant-reopens"},
        {"velsberg-comeback", "sebrinth-ceasefire-agreed"},
        {"analysis-telecom-mergers", "halcyra-telmora-abandoned"},
    ]
    running = [
        {"sebrinth-ceasefire-agreed", "sebrinth-ceasefire-collapses"},
        {"gildersham-plant-fire", "gildersham-plant-reopens"},
    ]
    assert coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs + running) == []
    assert coverage.joined(coverage.heavy(PIECES), PIECES, pairs + running) == []


def test_paraphrases_and_follow_ups_join_their_event() -> None:
    # Each day clustered alone: the tabloid's slang, the headlines that name nobody or only
    # the company, the figures written another way (3 lakh, 340 mln dlr, ¥48.6bn), the wire's
    # BRIEF of capitals and the agency's next-morning follow-up each join their own event's
    # reports and no other event's.
    cases = [
        (("Amdira Daily", "In encircled Dzhurak"), "sebrinth-ceasefire-agreed", 4),
        (("The Daily Clanger", "HEEL HELL!"), "velsberg-injury", 4),
        (("The Daily Clanger", "HEADWIND!"), "palladine-ceo-ousted", 3),
        (("The Daily Clanger", "SHE'S BACK!"), "velsberg-comeback", 3),
        (("Keelwire", "BRIEF-Palladine Air"), "palladine-ceo-appointed", 2),
        (("Halcyra Telecom Newsroom", "Statement on the"), "halcyra-telmora-abandoned", 3),
        (("The Margin Post", "Telmora sinks 14 pct"), "halcyra-telmora-abandoned", 3),
        (("LPT", "Lorvadia declares cholera"), "essenby-cholera-declared", 3),
        (("Orbital Digest", "Tsurugi-2 lofts"), "hoshigane-launched", 3),
        (("Kyosei", "Akanesa gives up"), "hoshigane-lost", 3),
        (("VARPRESS", "Dorvik welcomes"), "varkosh-sanctions-lifted", 3),
        (("Globecast 24", "Ellandre's top court"), "ellandre-rent-cap-struck-down", 3),
        (("Hanul", "(LEAD) Death toll"), "baekhwa-derailment", 3),
    ]
    for (feed, title), label, size in cases:
        events, found = coverage.day_story(PIECES, feed, title)
        assert events == {label} and found >= size, (feed, title, events, found)
    # The two pieces arguing a wider debate stay alone on their days; squashed into one day,
    # the analysis of telecom mergers stays alone, while the opinion on rent caps joins the
    # rent cap's two events.
    for feed, title, label in (
        ("The Lantern Review", "Opinion: Rent caps", "opinion-rent-caps"),
        ("Longview Analysis", "Analysis: Four-to-three", "analysis-telecom-mergers"),
    ):
        assert coverage.day_story(PIECES, feed, title) == ({label}, 1), (feed, title)
    heavy = coverage.events(coverage.clustered(coverage.heavy(PIECES)), PIECES)
    assert {"analysis-telecom-mergers"} in heavy
