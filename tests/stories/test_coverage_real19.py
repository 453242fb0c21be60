"""Stories on the nineteenth set of our own coverage (tests/stories/coverage_real19.py).

Written blind like the fourth to eighteenth, in the forms nearest issue #16's hidden coverage
and with special weight on paraphrase and running topics: 73 items from 40 outlets over four
publication days months apart, 24 events, 26 whole articles and eight items under 100
characters (six media pages and two bare headlines), each labelled with the event it shows.
Its hard cases: one event told by three to five outlets in other words and figures (a
tabloid's slang, a headline that names nobody, a price in words), five running topics whose
two events fall on days months apart under the same names (a strike and its end, a bid and
its clearance, an arrest and its verdict, a storm and its inquiry, a launch and its
withdrawal), two events of one kind on one day (two floods, two banks' results, two
protests), follow-ups told on the evening and the next local morning within one
publication day, and two pieces arguing a wider debate that name a same-day event but carry
labels of their own. Scored as the hidden coverage is: at the items' own times, one
publication day at a time (each day's items clustered alone; the mean and the worst day),
and squashed into one heavy day. The floors are where main stood when the set was first
clustered, rounded down by about 0.02 (figures in the comments). Issue #16's bars: pair
precision 0.95, mean pair F1 over days 0.95 with no day under 0.85, heavy-day pair F1 0.85
and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real19

PIECES = coverage_real19.PIECES


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of six events each, 73 items from 40 outlets, 26 whole articles (1,300
    # characters or more, six paragraphs or more; none past 1,500), eight items under 100
    # characters, each with company; the two singletons are whole pieces arguing a wider
    # debate.
    coverage.check_form(
        PIECES,
        coverage_real19.DAYS,
        events_a_day=range(6, 7),
        count=range(73, 74),
        outlets=40,
        whole_share=1 / 3,
        longest=1500,
        near_empty=range(8, 9),
        labelled=True,
    )
    assert len({p.feed for p in PIECES}) == 40
    assert len({p.event for p in PIECES}) == 24
    assert sum(len(p.text) >= 1300 and p.text.count("\n") >= 5 for p in PIECES) == 26
    # Five RSS items of a headline and a line, and two short broadcast reports of one line.
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) == 7
    empty = [p for p in PIECES if len(p.text) < 100]
    media = ("Video: ", "Watch: ", "In pictures: ")
    assert sum(p.title.startswith(media) for p in empty) == 6
    assert sorted(p.feed for p in empty if not p.title.startswith(media)) == ["Newsbite"] * 2
    singletons = [p for p in PIECES if sum(q.event == p.event for q in PIECES) == 1]
    assert sorted(p.event for p in singletons) == ["analysis-food-mergers", "opinion-storm-names"]
    assert all(p.title.startswith(("Opinion:", "Analysis:")) for p in singletons)
    # Five running topics: each pair of events on two days months apart.
    topics = [
        ("corvantia-nurses-strike", "nurses-strike-ends"),
        ("tessaline-bids-dunmoor", "dunmoor-deal-cleared"),
        ("dravic-arrested", "dravic-verdict"),
        ("storm-ferelith", "ferelith-inquiry"),
        ("nuvexa-iris-launch", "nuvexa-iris-withdrawn"),
    ]
    for first, second in topics:
        start = min(p.hours for p in PIECES if p.event == first)
        end = min(p.hours for p in PIECES if p.event == second)
        assert end - start > 60 * coverage.DAY, (first, second)
    # The follow-ups: an agency's report of the next local morning, seven hours or more after
    # the event's first item and on its publication day.
    for label, dateline in (
        ("kaisung-ferry", "KAISUNG, May 15 (Xinlan) -- "),
        ("sanvira-quake", "Lomvai (Sanvira) (ASV) - "),
    ):
        told = [p for p in PIECES if p.event == label]
        (later,) = [p for p in told if p.text.startswith(dateline)]
        assert " on Wednesday morning" in later.text or " on Thursday morning" in later.text
        assert later.hours - min(p.hours for p in told) > 7.0, label
    # The wires' and outlets' forms.
    assert sum(p.title.startswith("UPDATE 1-") for p in PIECES) == 3
    assert sum(p.title.startswith("BRIEF-") for p in PIECES) == 1
    assert sum("(Marlinwire) - " in p.text for p in PIECES) == 5
    assert sum("(Reporting by " in p.text for p in PIECES) == 4
    assert sum(" (KY) — " in p.text for p in PIECES) == 2
    assert sum("(ASV) - " in p.text for p in PIECES) == 2
    assert sum("(Xinlan) -- " in p.text for p in PIECES) == 2
    assert sum("/CORVINFO/. " in p.text for p in PIECES) == 2
    assert sum("(RNS) " in p.text for p in PIECES) == 1
    assert sum(" /NewsFlow/ -- " in p.text for p in PIECES) == 1
    assert sum(p.title.startswith(("Opinion:", "Analysis:")) for p in PIECES) == 5
    assert sum(p.title.isupper() for p in PIECES) == 2
    assert sum(" pct" in p.text or " PCT" in p.text for p in PIECES) == 4


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=1.000 pair_r=0.902 pair_f1=0.949
    # bcubed_f1=0.969 (three events split: the bid's analysis, "What the butter giant really
    # wants is the milk", leaves its three reports; the weather site's record gust leaves the
    # storm; the local paper's "Rosswell report: what it means for Harbour Street" leaves the
    # inquiry's two reports).
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.93, scores
    assert scores.bcubed_f1 >= 0.95, scores


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=0.842 mean pair_f1=0.929 worst
    # pair_f1=0.865 (day 1: 0.941, B-cubed 0.963, the bid's analysis alone; day 2: 0.909,
    # 0.954, the record gust alone; day 3: 1.000, 1.000; day 4: 0.865, 0.917, the local
    # paper's piece on the inquiry alone, and the analysis of the competition board, a wider
    # debate with a label of its own, joined to the Dunmoor clearance it names in its last
    # line, though at its own times it stays alone).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.82, days
    assert days.mean_f1 >= 0.91, days
    assert days.worst_f1 >= 0.84, days
    assert all(s.bcubed_f1 >= 0.89 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.728 pair_r=0.915 pair_f1=0.811
    # bcubed_f1=0.913 (three of the five running topics' two events joined: the glasses'
    # launch and withdrawal, all seven items; the bid and its clearance, all seven; the
    # strike and the health ministry's statement of its end, whose two other reports stay
    # apart. The arrest and the verdict, and the storm and its inquiry, stay apart).
    # With a rule made after seeing this set, a product taken off sale a launch's opposite
    # (words.ACTS: "withdraws", "yanked"; headlines._OFF_SALE: "halts ... sales", "pulls ...
    # from sale"), the glasses' withdrawal leaves their launch: pair_p 0.824, pair_f1 0.867,
    # B-cubed 0.937. With an offer made for a firm the buyer's act (headlines._OFFER_FOR:
    # "offers 6.2 bln dlrs for Dunmoor", "recommended cash offer for"), the bid leaves the
    # clearance: pair_p 0.949, pair_f1 0.932, B-cubed 0.960.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.93, scores
    assert scores.pair_f1 >= 0.91, scores
    assert scores.bcubed_f1 >= 0.94, scores


def test_same_day_events_of_one_kind_or_one_place_stay_apart() -> None:
    # Two floods (day 1), two banks' results (day 2), two protests (day 3), and same-day
    # events that share names or a place: the Brunova flood's report names the nurses'
    # strike; the cup final's names Storm Ferelith and Skelby; the rate cut and the student
    # march are both Isvarra's; the clearance, the auction and the inquiry's wire report are
    # Haldrum's; the opinion on storm names names Ferelith. Apart at their own times and
    # squashed into one day, as are two of the running topics (the arrest and its verdict,
    # the storm and its inquiry).
    pairs = [
        {"brunova-flood", "tirrow-flash-flood"},
        {"brunova-flood", "corvantia-nurses-strike"},
        {"greymont-results", "ardesca-trust-results"},
        {"storm-ferelith", "pelmark-cup-final"},
        {"storm-ferelith", "opinion-storm-names"},
        {"haldrum-farmers-protest", "tirrow-student-protest"},
        {"tirrow-student-protest", "isvarra-rate-cut"},
        {"dunmoor-deal-cleared", "krasnik-auction"},
        {"dunmoor-deal-cleared", "ferelith-inquiry"},
    ]
    running = [
        {"dravic-arrested", "dravic-verdict"},
        {"storm-ferelith", "ferelith-inquiry"},
    ]
    assert coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs + running) == []
    assert coverage.joined(coverage.heavy(PIECES), PIECES, pairs + running) == []


def test_paraphrases_and_follow_ups_join_their_event() -> None:
    # Each day clustered alone: the tabloid's slang, the headline that names nobody, the
    # price in words, the hands-on's "money back" and the agencies' next-morning follow-ups
    # each join their own event's reports and no other event's.
    cases = [
        (("The Daily Scorcher", "SPECS APPEAL OVER"), "nuvexa-iris-withdrawn", 4),
        (("GadgetGrid", "Nuvexa is giving you"), "nuvexa-iris-withdrawn", 4),
        (("The Daily Scorcher", "ANGELS WIN!"), "nurses-strike-ends", 3),
        (("Chipwatch", "The company that makes"), "sendrix-profit-warning", 3),
        (("Worldline TV", "Record price for Krasnik"), "krasnik-auction", 3),
        (("The Tallyboard", "Dunmoor soars 31 pct"), "tessaline-bids-dunmoor", 3),
        (("Xinlan", "Death toll in Tavonne"), "kaisung-ferry", 4),
        (("Agence Solvane", "Sanvira quake toll"), "sanvira-quake", 4),
        (("Radio Corvantia International", "Ardesca Trust earnings"), "ardesca-trust-results", 3),
    ]
    for (feed, title), label, size in cases:
        events, found = coverage.day_story(PIECES, feed, title)
        assert events == {label} and found >= size, (feed, title, events, found)
    # The opinion on storm names, a wider debate, stays alone on its day; the analysis of
    # the competition board stays alone at its own times (though not on its day alone).
    events, found = coverage.day_story(PIECES, "The Thistle Review", "Opinion: We should stop")
    assert (events, found) == ({"opinion-storm-names"}, 1)
    own = coverage.events(coverage.clustered(coverage.items(pieces=PIECES)), PIECES)
    assert {"analysis-food-mergers"} in own
