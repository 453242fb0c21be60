"""Stories on the twenty-first set of our own coverage (tests/stories/coverage_real21.py).

Written blind like the fourth to twentieth, in the forms nearest issue #16's hidden coverage
and with special weight on its first class of error, one event told in other words within a
day: 64 items from 39 outlets over four publication days months apart, 20 events (five a
day), most told by three or four outlets under headlines that share almost no word (verb
idioms, tabloid puns, a question, headlines that name nobody, a feature's quote), with
figures written two or more ways; nine whole articles and five media pages under 100
characters, each labelled with the event it shows. Its other hard cases: three running
topics whose two events fall on days months apart (an exchange hacked and reopened, smart
glasses cut in price and discontinued, a data leak and its fine); two central banks raising
rates on one day; a coin's slide and a token sale on one day, with a markets live blog that
also names the day's chip takeover; an "Analysis:" piece on the day's leak. Scored as the
hidden coverage is: at the items' own times, one publication day at a time (each day's items
clustered alone; the mean and the worst day), and squashed into one heavy day. The floors
are where main stood when the set was first clustered, rounded down by about 0.02 (figures
in the comments). Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with no
day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real21

PIECES = coverage_real21.PIECES

RUNNING = [
    ("quillex-hack", "quillex-reopens"),
    ("sightline-price-cut", "sightline-discontinued"),
    ("pintora-leak", "pintora-fine"),
]
"""The three running topics: each an earlier and a later event, on days months apart."""


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of five events, 64 items from 39 outlets, nine whole articles (1,200
    # characters or more, five paragraphs or more; none past 1,400), five media pages under
    # 100 characters, each with company; no singleton.
    coverage.check_form(
        PIECES,
        coverage_real21.DAYS,
        events_a_day=range(5, 6),
        count=range(64, 65),
        outlets=39,
        whole_share=1 / 8,
        longest=1400,
        near_empty=range(5, 6),
        labelled=True,
    )
    assert len({p.feed for p in PIECES}) == 39
    assert len({p.event for p in PIECES}) == 20
    assert all(sum(q.event == p.event for q in PIECES) >= 2 for p in PIECES)
    assert sum(len(p.text) >= 1200 and p.text.count("\n") >= 4 for p in PIECES) == 9
    # The RSS items of a headline and one or two lines.
    assert sum(150 <= len(p.text) <= 400 for p in PIECES) == 47
    empty = [p for p in PIECES if len(p.text) < 100]
    assert all(p.title.startswith(("Video: ", "Watch: ", "In pictures: ")) for p in empty)
    # Three running topics: each pair of events on two days months apart.
    assert len({label for pair in RUNNING for label in pair}) == 6
    for first, second in RUNNING:
        start = min(p.hours for p in PIECES if p.event == first)
        end = min(p.hours for p in PIECES if p.event == second)
        assert end - start > 40 * coverage.DAY, (first, second)
    # The analysis is labelled with the day's event it is about.
    (analysis,) = [p for p in PIECES if p.title.startswith("Analysis:")]
    assert analysis.event == "pintora-leak"
    # The wires' and outlets' forms.
    assert sum(p.title.startswith("UPDATE 1-") for p in PIECES) == 2
    assert sum("(Ridgewire) - " in p.text for p in PIECES) == 5
    assert sum("(Reporting by " in p.text for p in PIECES) == 5
    assert sum(" (AVP) — " in p.text for p in PIECES) == 2
    assert sum(" (ACV) - " in p.text for p in PIECES) == 2
    assert sum(p.text.startswith("(Tessell) -- ") for p in PIECES) == 3
    assert sum(" /Releasewell/ -- " in p.text for p in PIECES) == 1
    assert sum(" pct" in p.text for p in PIECES) == 2
    assert sum(p.title.split("!")[0].isupper() and "!" in p.title for p in PIECES) == 3


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=0.850 pair_r=0.662 pair_f1=0.745
    # bcubed_f1=0.850 (the same splits as one day at a time, below; the two central banks'
    # rate rises joined). With the Pellarin report joining (see the per-day test):
    # pair_p=0.857 pair_r=0.701 pair_f1=0.771 bcubed_f1=0.864. With policy rates that differ
    # parting two banks' rate rises (stories/rates.py): pair_p=1.000 pair_r=0.701
    # pair_f1=0.824 bcubed_f1=0.883. With a figure read alike however it is written
    # (figure_forms.number_token): pair_r=0.740 pair_f1=0.851 bcubed_f1=0.897.
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.95, scores
    assert scores.pair_f1 >= 0.83, scores
    assert scores.bcubed_f1 >= 0.87, scores


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=0.571 mean pair_f1=0.697 worst
    # pair_f1=0.526.
    #   day 1: pair_p=1.000 pair_r=0.720 pair_f1=0.837 bcubed_f1=0.906 (the tabloid's
    #     "CYBER HEIST!" split from the hack; the local paper's "'We can't afford to get to
    #     work'" from the fuel protests);
    #   day 2: pair_p=1.000 pair_r=0.636 pair_f1=0.778 bcubed_f1=0.867 (the leak's tabloid
    #     question and the newsletter's "An open database, a curious researcher, and 14m
    #     birthdays" alone; the local paper's "Ombrivo digs through the night" from the
    #     earthquake);
    #   day 3: pair_p=0.571 pair_r=0.750 pair_f1=0.649 bcubed_f1=0.800 (Marvaly's and
    #     Ostrenia's rate rises joined, all six items; the reopened exchange's three reports
    #     and the driverless lorries' two each alone);
    #   day 4: pair_p=1.000 pair_r=0.357 pair_f1=0.526 bcubed_f1=0.737 (the glasses'
    #     discontinuation in three, the drones in two, the fine's newsletter "EUR38m: the
    #     price of a database left open" and the Atlas Post's "Coalition collapse topples
    #     Pellarin's government" alone).
    # With a short report asked for no pair with a brief of its own few words in a story of two
    # (Clusterer._brief_of_a_pair), day 4's "Coalition collapse topples Pellarin's government"
    # joins the resignation's wire report and its brief: day 4 pair_r=0.571 pair_f1=0.727
    # bcubed_f1=0.817; mean pair_f1 0.748, worst 0.649 (day 3).
    # With policy rates that differ parting two banks' rate rises (stories/rates.py), day 3's
    # two banks part (Central Bank Watch's "goes big" alone): day 3 pair_p=1.000 pair_r=0.750
    # pair_f1=0.857 bcubed_f1=0.889; mean pair_f1 0.800, worst 0.727 (day 4).
    # With a figure read alike however it is written (figure_forms.number_token: "14m" as "14
    # million", "EUR38m" as "38 million euros"), day 2's newsletter joins the leak: day 2
    # pair_r=0.864 pair_f1=0.927 bcubed_f1=0.954; mean pair_f1 0.837, worst 0.727 (day 4).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.95, days
    assert days.mean_f1 >= 0.82, days
    assert days.worst_f1 >= 0.70, days
    assert all(s.bcubed_f1 >= 0.80 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.703 pair_r=0.675 pair_f1=0.689
    # bcubed_f1=0.829. Two of the three running topics' events joined: the glasses' price cut
    # and discontinuation (all six items), the exchange's hack (four of its five reports)
    # with the crypto site's "Back in business: hacked exchange lets users cash out again";
    # the leak and the fine stay apart. The two rate rises joined; the day splits otherwise
    # as one day at a time. With the Pellarin report joining (see the per-day test):
    # pair_p=0.714 pair_r=0.714 pair_f1=0.714 bcubed_f1=0.842. With the two banks' rate rises
    # parted (stories/rates.py): pair_p=0.809 pair_r=0.714 pair_f1=0.759 bcubed_f1=0.863.
    # With a figure read alike however it is written (figure_forms.number_token): pair_p=0.822
    # pair_r=0.779 pair_f1=0.800 bcubed_f1=0.884.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.80, scores
    assert scores.pair_f1 >= 0.78, scores
    assert scores.bcubed_f1 >= 0.87, scores


def test_neighbouring_events_of_one_day_and_of_one_topic_stay_apart() -> None:
    # At the items' own times: the coin's slide, the token sale and the chip takeover named in
    # the slide's live blog (day 2); the leak and the takeover (day 2); the fuel protests and
    # the hack (day 1); and the running topics' earlier and later events. Squashed into one
    # day the leak and its fine, and the crypto events of day 2, stay apart too. (Marvaly's
    # and Ostrenia's rate rises of day 3 are joined on main when the set was written.)
    pairs = [
        {"cindra-slide", "nimbara-ico"},
        {"cindra-slide", "feldane-buys-trellic"},
        {"pintora-leak", "feldane-buys-trellic"},
        {"quillex-hack", "kelvaria-fuel-protests"},
        {"quillex-reopens", "cindra-slide"},
        {"quillex-hack", "nimbara-ico"},
    ]
    running = [set(pair) for pair in RUNNING]
    assert coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs + running) == []
    squashed = [*pairs, {"pintora-leak", "pintora-fine"}]
    assert coverage.joined(coverage.heavy(PIECES), PIECES, squashed) == []


def test_paraphrases_join_their_event() -> None:
    # Each day clustered alone: headlines that share almost no word with their event's other
    # reports (a tabloid's pun, a verb idiom, a question, a headline naming nobody, a
    # feature's quote, an aggregator's line, a live blog) and figures written another way
    # (2.1 bln dlrs, Sub-$400, $500 cheaper) join their own event's reports and no other
    # event's.
    cases = [
        (("The Morning Brawler", "TAXI FOR ONE!"), "rydeo-ceo-quits", 3),
        (("Brieflet", "Ride-hailing founder out"), "rydeo-ceo-quits", 3),
        (("Marketfold", "Eyewear gamble"), "sightline-price-cut", 3),
        (("Byteward", "Is anyone actually wearing"), "sightline-price-cut", 3),
        (("The Longhand", "'We built slot machines"), "attention-pact", 3),
        (("The Atlas Post", "The insiders who now"), "attention-pact", 3),
        (("Port Selvane Gazette", "Waterfront firm's"), "quillex-hack", 4),
        (("Marketfold", "Cindra is getting smashed"), "cindra-slide", 4),
        (("Chainpost", "CDR Price Slumps"), "cindra-slide", 4),
        (("Tape & Ticker", "Markets live"), "cindra-slide", 4),
        (("The Counting House", "Feldane bids 2.1 bln"), "feldane-buys-trellic", 3),
        (("Chipset Weekly", "Why the connected-car"), "feldane-buys-trellic", 3),
        (("The Reckoner", "Analysis: Pintora's"), "pintora-leak", 2),
        (("Northbeam News", "Death toll rises to 44"), "vessany-quake", 3),
        (("Selbrook Herald", "'The boat leaned"), "imsara-ferry", 4),
        (("Korlund Daily", "'I will not cling"), "pellarin-pm-resigns", 3),
        (("Northbeam News", "Coastal gale"), "greyhallow-storm", 2),
    ]
    for (feed, title), label, size in cases:
        events, found = coverage.day_story(PIECES, feed, title)
        assert events == {label} and found >= size, (feed, title, events, found)
