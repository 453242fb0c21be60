"""Stories on the twenty-third set of our own coverage (tests/stories/coverage_real23.py).

Written blind like the fourth to twenty-second, in the forms nearest issue #16's hidden
coverage and with special weight on the mess of real RSS feeds: 70 items from 35 outlets over
four publication days months apart, 20 events (five a day), most told by three to five
outlets. Descriptions are cut mid-sentence and ended as their feeds end them ("...", "[…]",
"(more…)", "… [+2143 chars]", "Read more", "Continue reading..."); feed boilerplate sits in
the texts and recurs across one site's items on different events, often on one day (a
WordPress "The post ... appeared first on ...", "Follow us on Twitter", "Image copyright",
"Image caption", "Photo: .../Ambrel Press", "Advertisement", "Sign up for our ...
newsletter", "Share this article", "Click here to ...", "This article originally appeared on
..."); two aggregators' headlines end " - Outlet" over a text that repeats the headline or
gives the first line; three items are only a headline and five are media pages under 100
characters, each labelled with the event it shows. Three running topics have their stages on
days months apart under the same names (a missile test and its leader's summit offer, a
coin's surge and crash, a data leak and its founder's hearing). Scored as the hidden coverage
is: at the items' own times, one publication day at a time (each day's items clustered
alone; the mean and the worst day), and squashed into one heavy day. The floors are where
main stood when the set was first clustered, rounded down by about 0.02 (figures in the
comments). Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with no day
under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real23

PIECES = coverage_real23.PIECES

RUNNING = [
    ("zembria-missile-test", "kovanek-summit-offer"),
    ("dravix-surge", "dravix-crash"),
    ("fennomi-data-leak", "thorvell-hearing"),
]
"""The three running topics: each an earlier and a later event, on days months apart."""

AGGREGATORS = ("Newsfold", "Topline News")
"""The Google-News-like feeds: each headline ends " - Outlet"."""


def test_the_set_is_four_days_of_messy_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of five events, 70 items from 35 outlets, four whole articles (1,200
    # characters or more, five paragraphs or more; none past 1,300), 13 items under 100
    # characters (three bare headlines, five media pages, five aggregator items), each with
    # company; no singleton.
    coverage.check_form(
        PIECES,
        coverage_real23.DAYS,
        events_a_day=range(5, 6),
        count=range(70, 71),
        outlets=35,
        whole_share=1 / 18,
        longest=1300,
        near_empty=range(13, 14),
        labelled=True,
    )
    assert len({p.feed for p in PIECES}) == 35
    assert len({p.event for p in PIECES}) == 20
    assert all(sum(q.event == p.event for q in PIECES) >= 3 for p in PIECES)
    assert sum(len(p.text) >= 1200 and p.text.count("\n") >= 4 for p in PIECES) == 4
    # The RSS items of a headline and a description of one to four lines.
    assert sum(150 <= len(p.text) <= 400 for p in PIECES) == 51
    # Bare headlines, media pages and aggregator items.
    assert sum(p.text == "" for p in PIECES) == 3
    media = [p for p in PIECES if p.title.startswith(("Video: ", "Watch: ", "Photos: "))]
    assert len(media) == 5
    assert all(0 < len(p.text) < 100 for p in media)
    aggregated = [p for p in PIECES if p.feed in AGGREGATORS]
    assert len(aggregated) == 5
    assert all(" - " in p.title and len(p.text) < 100 for p in aggregated)
    assert sum(p.text.startswith(p.title.rsplit(" - ", 1)[0]) for p in aggregated) == 4
    # Truncated descriptions, each in its feed's way.
    assert sum(p.text.endswith("...") for p in PIECES) == 14
    assert sum("[…]" in p.text for p in PIECES) == 4
    assert sum("(more…)" in p.text for p in PIECES) == 4
    assert sum(" chars]" in p.text for p in PIECES) == 3
    assert sum(p.text.endswith("Read more") for p in PIECES) == 4
    assert sum("Continue reading..." in p.text for p in PIECES) == 6
    # Boilerplate recurring across one site's items on different events.
    posts = [p for p in PIECES if "The post " in p.text and " appeared first on " in p.text]
    assert len(posts) == 9
    assert all(p.title in p.text for p in posts)
    assert len({p.event for p in posts if p.feed == "Coinwire Daily"}) == 5
    assert len({p.event for p in posts if p.feed == "Gadgetrove"}) == 4
    assert sum("Follow us on Twitter @CoinwireDaily" in p.text for p in PIECES) == 5
    credited = [p for p in PIECES if "Image copyright Ambrel Press" in p.text]
    assert len(credited) == 8
    assert len({p.event for p in credited}) == 8
    photos = [p for p in PIECES if "\nPhoto: " in p.text]
    assert len(photos) == 6
    assert len({p.text.rsplit("Photo: ", 1)[1] for p in photos}) == 3
    assert sum("Advertisement" in p.text for p in PIECES) == 4
    assert sum("Sign up for our" in p.text for p in PIECES) == 6
    assert sum("Share this article" in p.text for p in PIECES) == 5
    assert sum("originally appeared on" in p.text for p in PIECES) == 1
    assert sum(" (Ambrel) — " in p.text for p in PIECES) == 5
    # One site's items on different events within one day: Coinwire Daily's on day 2,
    # BNN World's on every day, the Marlowgate Courier's on days 1 and 4.
    d1, d2, d3, d4 = coverage_real23.DAYS

    def told(feed: str, start: float) -> int:
        return len({p.event for p in PIECES if p.feed == feed and 0 <= p.hours - start < 18})

    assert told("Coinwire Daily", d2) == 2
    assert [told("BNN World", start) for start in coverage_real23.DAYS] == [2, 2, 2, 2]
    assert told("Marlowgate Courier", d1) == told("Marlowgate Courier", d4) == 2
    assert told("Marlowgate Courier", d2) == told("Marlowgate Courier", d3) == 1
    # Three running topics: each pair of events on two days months apart.
    assert len({label for pair in RUNNING for label in pair}) == 6
    for first, second in RUNNING:
        start = min(p.hours for p in PIECES if p.event == first)
        end = min(p.hours for p in PIECES if p.event == second)
        assert end - start > 40 * coverage.DAY, (first, second)
    (analysis,) = [p for p in PIECES if p.title.startswith("Analysis:")]
    assert analysis.event == "kovanek-summit-offer"
    assert sum(p.title.split("!")[0].isupper() and "!" in p.title for p in PIECES) == 2


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=1.000 pair_r=0.717 pair_f1=0.835
    # bcubed_f1=0.885. The same stories as one day at a time (below): nothing joined
    # wrongly, only splits.
    # Since a title in a headline names no one (Evidence.names_a_stranger): pair_p=1.000
    # pair_r=0.739 pair_f1=0.850 bcubed_f1=0.897.
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.84, scores
    assert scores.bcubed_f1 >= 0.89, scores


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=1.000 mean pair_f1=0.826 worst
    # pair_f1=0.688; nothing joined wrongly on any day, and no site's boilerplate carried
    # an item into another event's story.
    #   day 1: pair_p=1.000 pair_r=0.840 pair_f1=0.913 bcubed_f1=0.953 (all whole but the
    #     missile test, whose tabloid "KOVANEK'S BIG BANG!" stands alone; its bare headline
    #     and aggregator item join its wire and broadcaster);
    #   day 2: pair_p=1.000 pair_r=0.762 pair_f1=0.865 bcubed_f1=0.909 (the hack, the token
    #     sale, with its bare headline, and the cyclone whole, Coinwire's two apart; alone:
    #     the election's Polling Desk results line and the leak's Dataguard "The consent
    #     problem nobody fixed");
    #   day 3: pair_p=1.000 pair_r=0.720 pair_f1=0.837 bcubed_f1=0.869 (the summit offer's
    #     five whole, tabloid and analysis included, and the coin's crash whole; alone: the
    #     chip flaw's Kernel Notes explainer, the referendum's Capital Sentinel piece and
    #     the wildfires' Vinebelt Gazette "Shelters full ...");
    #   day 4: pair_p=1.000 pair_r=0.524 pair_f1=0.688 bcubed_f1=0.793 (the hearing and the
    #     futures whole; the robotaxi death's three each alone; the summit's Topline
    #     aggregator item alone; the earthquake's Marlowgate "'We heard voices ...'" and
    #     Relief Wire "Watch:" page each alone).
    # Since a title in a headline names no one (Evidence.names_a_stranger): worst pair_p=1.000 mean
    # pair_f1=0.840 worst pair_f1=0.688, day 2 0.865 -> 0.923.
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.835, days
    assert days.worst_f1 >= 0.66, days
    assert all(s.bcubed_f1 >= 0.77 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.859 pair_r=0.663 pair_f1=0.748
    # bcubed_f1=0.847. The coin's surge and crash stay apart, and so do the leak and the
    # hearing (the leak's Dataguard piece now joins its other three); the Zembria topic
    # joins: the summit offer's BNN World report and Zembria Watch analysis join the
    # missile test's four, and its Ambrel Press report joins the two Hollerer pieces,
    # "KOVANEK'S BIG BANG!" and "KOVANEK: LET'S DO LUNCH!" (its Topline item alone). The
    # other splits are as at their own times.
    # Since a title in a headline names no one (Evidence.names_a_stranger): pair_p=0.863
    # pair_r=0.685 pair_f1=0.764 bcubed_f1=0.859.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.83, scores
    assert scores.pair_f1 >= 0.755, scores
    assert scores.bcubed_f1 >= 0.85, scores
