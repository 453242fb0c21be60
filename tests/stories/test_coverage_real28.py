"""Stories on the twenty-eighth set of our own coverage (tests/stories/coverage_real28.py).

Written blind like the fourth to twenty-seventh (the twenty-fifth so written), in the form of
issue #16's hidden coverage, world news, politics, tech and crypto, with the kinds of pages a
2017-2018 web crawl holds: 80 items from 44 outlets over four publication days months apart,
six events on each of the first two days and five on the others, each told by three to five
outlets. Mostly RSS summaries (a headline and one or two lines), eleven whole articles of
1,200 to 1,510 characters (two live blogs with timestamps, two opening with a photo credit,
"Advertisement" lines, "Read more:" and "Related:" links to other stories, a press release,
an analysis, wire copy), aggregator items (" - Outlet"), a site with its name in every
headline (" | Wirebench"), crypto price pages, a blog quoting a post, tabloid shouts, and six
items under 100 characters ("Video:", "Watch:" and "Photos:" pages, a radio teaser, a
one-line item, a bare headline). Four running topics with events on days months apart under
the same names, the later naming the earlier, some by date (Kelmora's summit offer, summit
and walkout; Quillform's Hollowtap flaw, slow patch and lawsuit; Kettlebit's hack and
reopening; Orrexa's surge and Poravia's ban), same-kind events of one day that must stay
apart (two wildfires in two valleys, two data breaches, two elections, two planes), and
events told in other words. Scored as the hidden coverage is: at the items' own times, one
publication day at a time (each day's items clustered alone; the mean and the worst day),
and squashed into one heavy day. The floors are where main stood when the set was first
clustered, rounded down by about 0.02 (figures in the comments). Issue #16's bars: pair
precision 0.95, mean pair F1 over days 0.95 with no day under 0.85, heavy-day pair F1 0.85
and B-cubed 0.92.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tests.stories import coverage, coverage_real28

PIECES = coverage_real28.PIECES

RUNNING = [
    ("kelmora-summit-offer", "kelmora-summit", "kelmora-summit-collapse"),
    ("quillform-chip-flaw", "quillform-patch-slowdown", "quillform-lawsuit"),
    ("kettlebit-hack", "kettlebit-reopens"),
    ("orrexa-surge", "orrexa-ban"),
]
"""The running topics' events in order, each on a day months after the one before."""

APART = [
    ("ulvenia-wildfire", "morvaska-wildfire"),
    ("gilcrest-breach", "calderwell-breach"),
    ("zemlany-election", "poravia-election"),
    ("tarquessa-runway", "brisanth-engine-fire"),
]
"""Same-kind events of one day that must stay apart."""

REWORDED = [
    "brisanth-minister-resigns",
    "morvaska-wildfire",
    "calderwell-breach",
    "kelmora-summit-collapse",
    "tarquessa-runway",
]
"""Events told in other words: no word of four letters or more is in all of their headlines."""


def naming(label: str, words: str) -> int:
    return coverage.naming(PIECES, label, words)


def day_of(label: str) -> float:
    return coverage.day_of(PIECES, label)


def test_the_set_is_four_days_of_crawled_pages_and_its_gold_is_consistent() -> None:
    # Four days of five or six events (an event's reports within 18 hours), 80 items from
    # 44 outlets, none longer than 1,550 characters, six under 100 characters, each with
    # company; no singleton. Its whole articles are few (eleven of 80).
    coverage.check_form(
        PIECES,
        coverage_real28.DAYS,
        events_a_day=range(5, 7),
        count=range(80, 81),
        outlets=44,
        whole_share=0.13,
        longest=1550,
        near_empty=range(6, 7),
    )
    labels = {p.event for p in PIECES}
    assert len({p.feed for p in PIECES}) == 44
    assert len(labels) == 22
    assert all(sum(q.event == p.event for q in PIECES) > 1 for p in PIECES)
    days = [len({p.event for p in PIECES if day_of(p.event) == d}) for d in (0, 71, 126, 209)]
    assert days == [6, 6, 5, 5]
    assert all(0.0 <= p.hours % coverage.DAY <= 17.0 for p in PIECES)
    # Each event told by three to five outlets, each outlet once.
    sizes = sorted(sum(q.event == label for q in PIECES) for label in labels)
    assert all(3 <= n <= 5 for n in sizes) and sizes.count(5) == 1 and sizes.count(3) == 9
    assert coverage.told_twice(PIECES) == []
    # Most outlets carry one or two items; the two wires seven each.
    carried = [sum(p.feed == feed for p in PIECES) for feed in {p.feed for p in PIECES}]
    assert sum(n <= 2 for n in carried) == 37 and sorted(carried)[-2:] == [7, 7]
    # Most items are RSS summaries: a headline and one or two lines of 150 to 400
    # characters.
    summaries = [p for p in PIECES if 100 <= len(p.text) < 1200]
    assert len(summaries) == 63 and sum(150 <= len(p.text) <= 400 for p in summaries) == 58
    # Eleven whole articles (1,200 to 1,510 characters, five paragraphs or more) of eleven
    # events: two live blogs, two opening with a photo credit, "Advertisement" lines,
    # "Read more:" and "Related:" links, a press release, an analysis.
    whole = [p for p in PIECES if len(p.text) >= 1200 and p.text.count("\n") >= 8]
    assert len(whole) == 11 and all(len(p.text) <= 1510 for p in whole)
    assert len({p.event for p in whole}) == 11
    live = [p for p in whole if len(re.findall(r"(?m)^\d{2}:\d{2} ", p.text)) >= 8]
    assert [p.event for p in live] == ["kelmora-summit", "poravia-election"]
    assert sum(p.text.startswith("Photo: ") for p in whole) == 2
    assert sum("\n\nAdvertisement\n\n" in p.text for p in whole) == 4
    assert sum(p.text.count("Read more: ") for p in PIECES) == 3
    assert sum(p.text.count("Related: ") for p in PIECES) == 4
    assert sum(" /Relaywire/ -- " in p.text and "Media Contact:" in p.text for p in whole) == 1
    assert sum(p.title.startswith("Analysis: ") for p in whole) == 1
    # Media pages, a teaser, a one-line item and a bare headline, each under 100 characters.
    assert sum(p.text == "" for p in PIECES) == 1
    media = [p for p in PIECES if re.match(r"(Video|Watch|Photos): ", p.title)]
    assert len(media) == 3 and all(0 < len(p.text) < 100 for p in media)
    assert len({p.event for p in media}) == 3
    # Aggregator items: the headline ends with its outlet, the text is the headline and the
    # outlet's name.
    aggregated = [p for p in PIECES if p.feed == "Newsloom"]
    assert len(aggregated) == 3
    for p in aggregated:
        headline, outlet = p.title.rsplit(" - ", 1)
        assert p.text == f"{headline}  {outlet}" and len(p.text) > 100
    # A site with its name in every headline, over three events of three days.
    named = [p for p in PIECES if p.title.endswith(" | Wirebench")]
    assert len(named) == 3 and all(p.feed == "Wirebench" for p in named)
    assert len({day_of(p.event) for p in named}) == 3
    # Price pages, a blog quoting a post, datelines of two wires and of state media.
    assert sum(p.title.startswith("Orrexa Price Analysis: ") for p in PIECES) == 2
    post = re.compile(r"\u2014 [A-Z][a-z]+ [A-Z][a-z]+ \(@\w+\) [A-Z][a-z]+ \d{1,2}, \d{4}")
    assert sum(bool(post.search(p.text)) for p in PIECES) == 1
    forms = [
        re.compile(r"^[A-Z]+, [A-Z][a-z]{2,3} \d{1,2} \(Castline\) - "),
        re.compile(r"^[A-Z ]+(, [A-Z][a-z]+)? \(PWP\) \u2014 "),
        re.compile(r"^DRAVETSK, \d{1,2} [A-Z][a-z]+ \(KVA\) -- "),
    ]
    assert [sum(bool(f.search(p.text)) for p in PIECES) for f in forms] == [7, 7, 3]
    # Headline styles: questions, tabloid shouts; UK papers' honorifics.
    assert sum(p.title.endswith("?") for p in PIECES) == 2
    shouts = [p for p in PIECES if p.title.isupper()]
    assert len(shouts) == 2 and len({p.event for p in shouts}) == 2
    assert sum(bool(re.search(r"\b(Mr|Ms) [A-Z]", p.text)) for p in PIECES) == 2
    # Figures written two ways across an event's reports.
    assert naming("orrexa-surge", "$6,000") == 1 and naming("orrexa-surge", "$6K") == 2
    assert naming("orrexa-surge", "6,000 dollars") == 1
    assert sum("$6,000" in p.title for p in PIECES) == 2
    assert sum("$6K" in p.title for p in PIECES) == 1
    assert naming("trillo-fine", "1.2 billion dollars") == 1
    assert sum("1.2 billion dollars" in p.title for p in PIECES) == 1
    assert naming("trillo-fine", "$1.2bn") == 2
    assert naming("quillform-lawsuit", "1.8 billion dollars") == 1
    assert naming("quillform-lawsuit", "$1.8bn") == 1
    assert naming("quillform-chip-flaw", "3.5%") == 1
    assert naming("quillform-chip-flaw", "3.5 percent") == 1
    assert naming("quillform-patch-slowdown", "30%") == 1
    assert naming("quillform-patch-slowdown", "30 percent") == 1
    assert naming("calderwell-breach", "2.4 million") == 2
    assert sum("2.4 mln" in p.title for p in PIECES) == 1
    # Running topics: each event on a day months after the one before, the later naming
    # the earlier in passing, some by date.
    for topic in RUNNING:
        for first, second in pairwise(topic):
            assert day_of(second) - day_of(first) >= 55, (first, second)
    assert naming("kelmora-summit", "May 14") == 1 and naming("kelmora-summit", "in May") == 1
    assert naming("kelmora-summit-collapse", "July 24") == 1
    assert naming("kelmora-summit-collapse", "May 14") == 1
    assert naming("quillform-patch-slowdown", "May 14") == 1
    assert naming("quillform-lawsuit", "May 14") == 1
    assert naming("quillform-lawsuit", "July") == 2
    assert naming("kettlebit-reopens", "May 14, 2031") == 1
    assert naming("kettlebit-reopens", "$410 million") == 2
    assert naming("orrexa-ban", "July") == 2
    assert all(naming(label, "Drest") >= 2 for label in RUNNING[0])
    assert [naming(label, "Port Ulvane") for label in RUNNING[0]] == [1, 3, 3]
    assert all(naming(label, "Hollowtap") >= 3 for label in RUNNING[1])
    # Same-kind events of one day, sharing a place-type word, and names that come back in
    # other events.
    for one, other in APART:
        assert day_of(one) == day_of(other), (one, other)
    assert all(naming(label, " Valley") >= 2 for label in APART[0])
    assert all(naming(label, "hackers") >= 1 for label in APART[1])
    assert all(naming(label, "capital") >= 1 for label in APART[2])
    assert all(naming(label, " Airport") >= 1 for label in APART[3])
    assert naming("calderwell-breach", "second large breach") == 1
    assert naming("brisanth-engine-fire", "Related: Skyvane Air") == 1
    assert naming("kettlebit-hack", "Port Ulvane") == 1
    assert naming("quillform-chip-flaw", "Related: Kettlebit") == 1
    assert naming("kelmora-summit-collapse", "Trillo") == 1
    assert naming("kelmora-summit-collapse", "defence minister") == 1
    assert naming("zemlany-quake", "re-elected in September") == 1
    assert naming("orrexa-surge", "Poravia") == 3
    # The same event in other words.
    assert [label for label in REWORDED if not coverage.reworded(PIECES, label)] == []


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=0.861 pair_r=0.908 pair_f1=0.884
    # bcubed_f1=0.933. Two wrong joins, both on day 1: the two wildfires in one story of
    # seven (Ulvenia's Sorrel Valley four with Morvaska's Harnock Valley three, under the
    # valley, the fire, the homes and the hectares they share), and Frontbench Digest's
    # "Varrowby loses a second cabinet member in a month" (the defence minister's going,
    # which names the summit offer in passing) with the summit offer's four. Splits: the
    # walkout's four each alone (the analysis "How the Port Ulvane pledge fell apart", state
    # media's "Chairman declares ...", "HANDSHAKE TO HEARTBREAK" and the blog quoting
    # Varrowby's post); the Zemlany Sentinel's "Kadrell flies to Kestovar ..." apart from the
    # quake's other two; the defence minister's other two ("Defence minister Corvin Astley
    # resigns ...", "Astley goes") together, apart from Frontbench. The summit, the flaw, the
    # patch, the lawsuit, the hack, the reopening, the surge, the ban, both breaches, both
    # elections, both planes, the fine and the phone are whole; the running topics' events
    # stay apart, and so do the breaches, the elections and the planes (below).
    # Since a headline that opens with a place's name names it (headlines._PLACE_NAME:
    # Cinderline's "Sorrel Valley fire: ..." over lines that never name the valley):
    # pair_p=0.961 pair_r=0.908 pair_f1=0.934 bcubed_f1=0.954, the wildfires apart.
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.94, scores
    assert scores.pair_f1 >= 0.91, scores
    assert scores.bcubed_f1 >= 0.93, scores


def test_same_kind_events_of_one_day_stay_apart() -> None:
    # The two breaches, the two elections and the two planes, at the items' own times and
    # one publication day at a time. The two wildfires were one story both ways when the set
    # was written (above); since a headline that opens with a place's name names it, they
    # stay apart too.
    pairs = [set(pair) for pair in APART]
    items = coverage.items(pieces=PIECES)
    assert coverage.joined(items, PIECES, pairs) == []
    for day in coverage.by_day(items):
        assert coverage.joined(day, PIECES, pairs) == []


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=0.636 mean pair_f1=0.905 worst
    # pair_f1=0.757.
    #   day 1: pair_p=0.636 pair_r=0.933 pair_f1=0.757 bcubed_f1=0.847 (the two wildfires
    #     in one story, and Frontbench's "Varrowby loses a second cabinet member ..." with
    #     the summit offer's four, the minister's other two together; the flaw and the hack
    #     whole);
    #   day 2: pair_p=1.000 pair_r=1.000 pair_f1=1.000 bcubed_f1=1.000 (the summit, the
    #     patch, the surge, both breaches and the fine whole, the breaches apart);
    #   day 3: pair_p=1.000 pair_r=1.000 pair_f1=1.000 bcubed_f1=1.000 (the reopening, the
    #     lawsuit, both elections and the phone whole, the elections apart);
    #   day 4: pair_p=1.000 pair_r=0.762 pair_f1=0.865 bcubed_f1=0.909 (the walkout's
    #     analysis, state media and tabloid shout together, the blog quoting Varrowby's post
    #     alone; the Zemlany Sentinel's "Kadrell flies to Kestovar ..." apart from the quake's
    #     other two; the ban and both planes whole, the planes apart).
    # Since a headline that opens with a place's name names it: worst pair_p=0.875 mean
    # pair_f1=0.942 worst pair_f1=0.865, day 1 pair_p=0.875 pair_r=0.933 pair_f1=0.903
    # bcubed_f1=0.933 (the wildfires apart, Frontbench's item still with the summit offer).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.85, days
    assert days.mean_f1 >= 0.92, days
    assert days.worst_f1 >= 0.84, days
    assert all(s.bcubed_f1 >= 0.88 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.634 pair_r=0.844 pair_f1=0.724
    # bcubed_f1=0.847. Wrong joins: the two wildfires (as at their own times); the patch's
    # four with the lawsuit's four (July and September under Quillform, Hollowtap and the
    # slow fix); the summit offer's four with Frontbench's "Varrowby loses a second cabinet
    # member ..." and the Grebe Gazette's "Watch: The twelve-second handshake in Port
    # Ulvane" (the summit's); the summit's other four with the blog quoting Varrowby's post
    # on the walkout ("The door we opened in Port Ulvane stays open"); Kettlebit's hack's
    # four with three of its reopening (the press release, Satsfield's question and the
    # Pellwick Press report). Splits besides those at the items' own times: Chainloft's
    # "Withdrawal rush as Kettlebit reopens its doors" alone. Quillform's flaw stays apart
    # from its patch and the lawsuit, the summit offer from the walkout, Orrexa's surge from
    # Poravia's ban, and the breaches, the elections and the planes stay apart (below).
    # With datelines filed apart (and dates named) weighed at dates.DATE_CLASH 0.15:
    # pair_p=0.645 pair_r=0.817 pair_f1=0.721 bcubed_f1=0.842, Castline's "Quillform sued for
    # $1.8bn over chip flaw" leaves the patch's story and stands alone (the other three
    # lawsuit reports stay with the patch's four).
    # Since a headline that opens with a place's name names it: pair_p=0.706 pair_r=0.817
    # pair_f1=0.757 bcubed_f1=0.864, the wildfires apart.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.68, scores
    assert scores.pair_f1 >= 0.735, scores
    assert scores.bcubed_f1 >= 0.84, scores


def test_squashed_the_running_topics_and_same_kind_events_that_stay_apart() -> None:
    # Squashed into one day, what stays apart of the running topics (the flaw from the
    # patch and from the lawsuit, the summit offer from the walkout, the surge from the
    # ban) and of the same-kind events (the breaches, the elections, the planes, and since a
    # headline that opens with a place's name names it, the wildfires); the patch and the
    # lawsuit, the offer and the summit, the summit and the walkout, and the hack and the
    # reopening are joined (above).
    pairs = [
        {"quillform-chip-flaw", "quillform-patch-slowdown"},
        {"quillform-chip-flaw", "quillform-lawsuit"},
        {"kelmora-summit-offer", "kelmora-summit-collapse"},
        {"orrexa-surge", "orrexa-ban"},
    ]
    pairs += [set(pair) for pair in APART]
    assert coverage.joined(coverage.heavy(PIECES), PIECES, pairs) == []
