"""Stories on the twenty-ninth set of our own coverage (tests/stories/coverage_real29.py).

Written blind like the fourth to twenty-eighth, in the form of issue #16's hidden coverage
with its weight on US-style politics and tech web copy of 2017-2018: 83 items from 44
outlets over four publication days months apart, six events on day 1 and five on the
others, each told by three to five outlets. Cable-news sites with bylines and credit lines
("Vessington (Ridgemark) \u2014 "), two Playbook-like newsletters, press offices' statements,
two hearing live blogs, tech blogs with "Update:" paragraphs, crypto sites, link posts whose
text is a title and a score, two opinion columns and a fact-check labelled with their
event, Title Case headlines and two with the outlet after " - " or " | ". Mostly a headline
and one to three lines, ten whole articles of 1,200 to 1,450 characters, six items under
100 characters (two video pages, two "Watch:" pages, two link posts). Three running topics
with events on days months apart under the same names, the later naming the earlier, some
by date (Senator Marrasco's indictment, trial and verdict; Parlowe's data leak, its chief's
testimony and its fine; a shutdown, a spending deal and a second shutdown), same-kind
events of one day that must stay apart sharing a place-type word (two hearings in two
Buildings, two speaker launches on two Streets, two court rulings on two Counties, two
protests in two Squares), and events told in other words, by a ticker, a nickname, an
initialism or a teaser. Scored as the hidden coverage is: at the items' own times, one
publication day at a time (each day's items clustered alone; the mean and the worst day),
and squashed into one heavy day. The floors are where main stood when the set was first
clustered, rounded down by about 0.02 (figures in the comments). Issue #16's bars: pair
precision 0.95, mean pair F1 over days 0.95 with no day under 0.85, heavy-day pair F1 0.85
and B-cubed 0.92.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tests.stories import coverage, coverage_real29

PIECES = coverage_real29.PIECES

RUNNING = [
    ("marrasco-indicted", "marrasco-trial-opens", "marrasco-verdict"),
    ("parlowe-data-leak", "venholt-testifies", "parlowe-fined"),
    ("ambrevia-shutdown", "budget-deal", "second-shutdown"),
]
"""The running topics' events in order, each on a day months after the one before."""

APART = [
    ("haulvex-hearing", "skarvonia-hearing"),
    ("sollumark-hearth-launch", "vintry-orb-launch"),
    ("ossery-county-ruling", "selwick-county-ruling"),
    ("amberley-square-march", "gantry-square-protest"),
]
"""Same-kind events of one day that must stay apart."""

PLACES = {
    "haulvex-hearing": "Tresham Building",
    "skarvonia-hearing": "Sedley Building",
    "sollumark-hearth-launch": "Larch Street",
    "vintry-orb-launch": "Ferris Street",
    "ossery-county-ruling": "Ossery County",
    "selwick-county-ruling": "Selwick County",
    "amberley-square-march": "Amberley Square",
    "gantry-square-protest": "Gantry Square",
}
"""The place-type word each of the same-kind events carries."""

REWORDED = [
    "quarrix-record",
    "vintry-orb-launch",
    "krennex-hack",
    "selwick-county-ruling",
    "gantry-square-protest",
    "marrasco-verdict",
    "parlowe-fined",
]
"""Events told in other words: no word of four letters or more is in all of their headlines."""


def naming(label: str, words: str) -> int:
    return coverage.naming(PIECES, label, words)


def day_of(label: str) -> float:
    return coverage.day_of(PIECES, label)


def test_the_set_is_four_days_of_mixed_coverage_and_its_gold_is_consistent() -> None:
    # Four days of five or six events (an event's reports within 18 hours), 83 items from
    # 44 outlets, none longer than 1,450 characters, six under 100 characters, each with
    # company; no singleton. Its whole articles are few (ten of 83).
    coverage.check_form(
        PIECES,
        coverage_real29.DAYS,
        events_a_day=range(5, 7),
        count=range(83, 84),
        outlets=44,
        whole_share=0.12,
        longest=1450,
        near_empty=range(6, 7),
    )
    labels = {p.event for p in PIECES}
    assert len({p.feed for p in PIECES}) == 44
    assert len(labels) == 21
    assert all(sum(q.event == p.event for q in PIECES) > 1 for p in PIECES)
    days = [len({p.event for p in PIECES if day_of(p.event) == d}) for d in (0, 57, 146, 240)]
    assert days == [6, 5, 5, 5]
    # Each event told by three to five outlets, each outlet once.
    sizes = sorted(sum(q.event == label for q in PIECES) for label in labels)
    assert all(3 <= n <= 5 for n in sizes) and sizes.count(5) == 5 and sizes.count(3) == 6
    assert coverage.told_twice(PIECES) == []
    # Most outlets carry one or two items; the cable sites and public radio more.
    carried = [sum(p.feed == feed for p in PIECES) for feed in {p.feed for p in PIECES}]
    assert sum(n <= 2 for n in carried) == 37 and max(carried) == 4
    # Ten whole articles (1,200 to 1,450 characters, six paragraphs or more) of ten events.
    whole = [p for p in PIECES if len(p.text) >= 1200 and p.text.count("\n") >= 5]
    assert len(whole) == 10 and all(len(p.text) <= 1450 for p in whole)
    assert len({p.event for p in whole}) == 10
    # Most items are short: a headline and one to three lines.
    assert sum(100 <= len(p.text) <= 450 for p in PIECES) == 67
    # Media pages, each under 100 characters, of four events; one a teaser naming nothing.
    media = [p for p in PIECES if re.match(r"(Video|Watch): ", p.title)]
    assert len(media) == 4 and all(0 < len(p.text) < 100 for p in media)
    assert len({p.event for p in media}) == 4
    assert [p.title for p in media if p.event == "marrasco-verdict"] == [
        "Watch: The moment the jury came back"
    ]
    # Link posts: the text is the link's title and its score.
    posts = [p for p in PIECES if p.feed == "Threadmill"]
    assert len(posts) == 2
    for p in posts:
        assert re.fullmatch(re.escape(p.title) + r"\n[\d,]+ points, [\d,]+ comments", p.text)
    # Cable sites' credit lines and bylines, a wire's dateline, press offices, live blogs,
    # tech blogs' updates, newsletters, opinion and a fact-check.
    forms = [
        r"\(Ridgemark\) \u2014 ",
        r"\(KNN\) \u2014 ",
        r"\(Keelhaven\) \u2014 ",
        r"^VESSINGTON \(Lowther Press\) \u2014 ",
        r"^By [A-Z][a-z]+ [A-Z][a-z]+.*\nUpdated .* ET, ",
        r"LIVE UPDATES\n\d\d:\d\d \u2014 ",
        r"(^|\n)Update( 2)?: ",
    ]
    assert [sum(bool(re.search(f, p.text)) for p in PIECES) for f in forms] == [
        2,
        2,
        1,
        3,
        3,
        2,
        3,
    ]
    assert sum(p.feed.startswith("Office of ") for p in PIECES) == 6
    assert sum(p.title.startswith("Statement from Senator ") for p in PIECES) == 4
    assert sum(p.feed in ("Domewatch", "Gavelnote", "Ayes & Noes") for p in PIECES) == 5
    assert sum(p.title.startswith("Opinion: ") for p in PIECES) == 2
    assert sum(p.title.startswith("Fact check: ") for p in PIECES) == 1
    # Headline styles: Title Case, and the outlet's name after " - " or " | ".
    assert sum(p.title.istitle() for p in PIECES) == 9
    suffixed = [p for p in PIECES if re.search(r" [-|] " + re.escape(p.feed) + "$", p.title)]
    assert len(suffixed) == 2 and len({p.event for p in suffixed}) == 2
    # Running topics: each event on a day months after the one before, the later naming
    # the earlier in passing, some by date.
    for topic in RUNNING:
        for first, second in pairwise(topic):
            assert day_of(second) - day_of(first) >= 50, (first, second)
    assert naming("marrasco-trial-opens", "May 14") == 2
    assert naming("marrasco-verdict", "October 7") == 1
    assert naming("marrasco-verdict", "in May") == 2
    assert naming("venholt-testifies", "May 14") == 1
    assert naming("parlowe-fined", "July 10") == 1 and naming("parlowe-fined", "last May") == 1
    assert naming("budget-deal", "May 14") == 2
    assert naming("second-shutdown", "October 7") == 2
    assert all(naming(label, "Marrasco") >= 3 for label in RUNNING[0])
    assert all(naming(label, "Kessmoor") >= 1 for label in RUNNING[2])
    # Same-kind events of one day, each with its own place-type word; names that come back
    # in other events.
    for one, other in APART:
        assert day_of(one) == day_of(other), (one, other)
    for label, place in PLACES.items():
        assert naming(label, place) >= 1, label
        elsewhere = [p.feed for p in PIECES if p.event != label and place in p.text]
        assert elsewhere == (["Gavelnote"] if "Ossery" in place or "Amberley" in place else [])
    assert naming("marrasco-trial-opens", "Ossery County") == 1
    assert naming("second-shutdown", "Amberley Square") == 1
    assert naming("vintry-orb-launch", "Sollumark") == 1
    assert naming("haulvex-hearing", "Tullamarsh") == 1
    assert naming("krennex-hack", "Quarrix") == 1 and naming("quarrix-record", "Krennex") == 1
    assert naming("gantry-square-protest", "Port Casmir") == 2
    assert naming("sollumark-hearth-launch", "Port Casmir") == 1
    # The same event in other words: a ticker, a nickname, an initialism, a teaser.
    assert [label for label in REWORDED if not coverage.reworded(PIECES, label)] == []
    assert [p.title for p in PIECES if p.title.startswith("FTB ")] == [
        "FTB Slaps Record Penalty On Social Giant"
    ]
    assert sum(p.title.startswith("ACB ") for p in PIECES) == 1
    assert naming("open-internet-repeal", "Communications Board") == 2
    assert [p.title for p in PIECES if p.event == "marrasco-verdict" and "Commodore" in p.title]
    assert sum(p.title.startswith("QRX ") for p in PIECES) == 1


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=1.000 pair_r=0.734 pair_f1=0.847
    # bcubed_f1=0.888. No wrong join. Splits: the second shutdown's four reports each alone
    # (Gavelnote's "Shutdown, the sequel", the Lowther Press wire, Senator Pettigrove's
    # statement, the Vessington Evening Star's "Furloughs Return to the Capital"); the
    # Selwick County ruling's three each alone; the verdict's "Watch:" teaser and the
    # Slateboard opinion each alone, its other three together; Siliconfen's "FTB Slaps
    # Record Penalty On Social Giant" apart from the fine's other three; Gavelnote's
    # "Marrasco's day one" apart from the trial's other three; Quarterdeck Markets' "Morrow
    # Falls company's shares jump after sphere debut" apart from the Orb's other two;
    # Hashcairn's "Twenty grand: bulls win the day" apart from Quarrix's other three; both
    # video pages alone. The running topics' events stay apart, and so do the same-kind
    # events of each day (below).
    # Since a body's own headline keeps its name and its initials are read from "The ..." and from a
    # headline's run before its verb (boilerplate.OutletNames.remove_each, acronyms.py):
    # pair_p=1.000 pair_r=0.758 pair_f1=0.862 bcubed_f1=0.899.
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.85, scores
    assert scores.bcubed_f1 >= 0.885, scores


def test_same_kind_events_and_running_topics_stay_apart_at_their_own_times() -> None:
    # The two hearings, the two launches, the two rulings and the two protests, at the
    # items' own times and one publication day at a time; and the running topics' events.
    pairs = [set(pair) for pair in APART]
    items = coverage.items(pieces=PIECES)
    for day in coverage.by_day(items):
        assert coverage.joined(day, PIECES, pairs) == []
    pairs += [
        {one, other} for topic in RUNNING for n, one in enumerate(topic) for other in topic[n + 1 :]
    ]
    assert coverage.joined(items, PIECES, pairs) == []


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=1.000 mean pair_f1=0.868 worst
    # pair_f1=0.808.
    #   day 1: pair_p=1.000 pair_r=0.829 pair_f1=0.907 bcubed_f1=0.934 (the shutdown's
    #     video page and Hashcairn's "Twenty grand" each alone; the indictment, the leak and
    #     both hearings whole, the hearings apart);
    #   day 2: pair_p=1.000 pair_r=0.821 pair_f1=0.902 bcubed_f1=0.919 (the Hearth's video
    #     page and Quarterdeck Markets' "sphere debut" each alone; the testimony, the
    #     Krennex theft and the repeal whole, the two launches apart);
    #   day 3: pair_p=1.000 pair_r=0.750 pair_f1=0.857 bcubed_f1=0.895 (the Selwick County
    #     ruling's three each alone, the Belcastle Courier's "Congress Passes Stopgap
    #     Spending Plan" apart from the deal's other four; the trial whole, Gavelnote with
    #     it, the Ossery County ruling and the coin offering whole);
    #   day 4: pair_p=1.000 pair_r=0.677 pair_f1=0.808 bcubed_f1=0.870 (the verdict's
    #     "Watch:" teaser, Siliconfen's "FTB Slaps ..." and the Evening Star's "Furloughs
    #     Return ..." each alone, the verdict's other four, the fine's other three and the
    #     second shutdown's other three together; both protests whole and apart).
    # Since a body's own headline keeps its name and its initials are read from "The ..." and from a
    # headline's run before its verb (boilerplate.OutletNames.remove_each, acronyms.py): worst
    # pair_p=1.000 mean pair_f1=0.906 worst pair_f1=0.873 (day 3 0.857 -> 0.943: the Belcastle
    # Courier's report of the deal joins the deal's story; day 4 0.808 -> 0.873: "FTB Slaps Record
    # Penalty ..." joins the Board's statement).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.885, days
    assert days.worst_f1 >= 0.855, days
    assert all(s.bcubed_f1 >= 0.85 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.667 pair_r=0.672 pair_f1=0.669
    # bcubed_f1=0.817. Two wrong joins, both running topics: the first shutdown's four
    # (Domewatch, KNN, the Speaker's statement, the Grayhaven Post) with three of the
    # deal's (Domewatch's "There's a deal", the Speaker's statement, Claimwise's fact-check)
    # and two of the second shutdown's (Gavelnote, Senator Pettigrove's statement), May,
    # October and January under the shutdown, the Kessmoor barrier and the Speaker; and the
    # indictment's five with two of the trial's (the Lowther Press wire, the Tullamarsh
    # Gazette) and the Gazette's "The Commodore's Fall" on the verdict. Splits besides those
    # at the items' own times: the deal's "Watch:" teaser and the Belcastle Courier alone,
    # Keelhaven News's "Star witness looms" alone, the verdict's Ridgemark article and
    # Senator Quellary's statement each alone. Quarrix's four are whole here. Parlowe's
    # leak, its chief's testimony and its fine stay apart, and so do the same-kind events of
    # each day (below).
    # Since a body's own headline keeps its name and its initials are read from "The ..." and from a
    # headline's run before its verb (boilerplate.OutletNames.remove_each, acronyms.py):
    # pair_p=0.674 pair_r=0.695 pair_f1=0.685 bcubed_f1=0.827.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.64, scores
    assert scores.pair_f1 >= 0.67, scores
    assert scores.bcubed_f1 >= 0.81, scores


def test_squashed_parlowe_and_same_kind_events_stay_apart() -> None:
    # Squashed into one day, Parlowe's three events stay apart (Marrasco's and the
    # shutdowns' do not, above), and so do the same-kind events of each day.
    pairs = [{one, other} for n, one in enumerate(RUNNING[1]) for other in RUNNING[1][n + 1 :]]
    pairs += [set(pair) for pair in APART]
    assert coverage.joined(coverage.heavy(PIECES), PIECES, pairs) == []
