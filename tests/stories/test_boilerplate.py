"""An outlet's boilerplate (newsletter pitches, follow-us lines, standing credits) is no
evidence that two of its stories are one: unrelated stories of one outlet stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing.feeds.parse import parse_feed
from briefing.models import Item, Summary
from briefing.stories.boilerplate import Boilerplate
from briefing.stories.build import build_stories
from briefing.summarize import summarize
from tests.stories import coverage
from tests.stories.coverage import outlet_item

T0 = datetime(2031, 5, 6, 7, 0, tzinfo=UTC)
FOOTER = (
    "Sign up to the Quay Post Morning Briefing for the top stories from Port Selwyn and the "
    "Tarrow valley, delivered free to your inbox every weekday at 6am.\n"
    "Follow Quay Post on social media for live updates from Port Selwyn City Council, "
    "Selwyn Harbour Board and the Tarrow Valley Regional Authority."
)
STORIES = {
    "dredge": (
        "Harbour board approves dredging of the inner channel",
        "The harbour board approved a plan on Tuesday to dredge the inner channel so that "
        "larger grain ships can berth at the north quay from next spring.",
    ),
    "choir": (
        "School choir wins regional title with folk medley",
        "A choir of forty pupils from Marden Street primary won the regional schools title "
        "on Tuesday with a medley of folk songs arranged by their music teacher.",
    ),
    "bridge": (
        "Footbridge over the Tarrow closed after storm damage",
        "Engineers closed the Tarrow footbridge on Tuesday after a storm loosened two of its "
        "railings, and walkers were told to use the road bridge for a week.",
    ),
}


def _entry(
    key: str, title: str, text: str, hours: float, feed: str = "Quay Post"
) -> tuple[Item, Summary]:
    item = Item(
        feed=feed,
        guid=key,
        key=key,
        title=title,
        link=f"https://{feed.replace(' ', '').lower()}.example/{key}",
        published=T0 + timedelta(hours=hours),
        text=text,
    )
    return item, summarize(text)


def test_unrelated_stories_of_one_outlet_do_not_merge_on_its_boilerplate() -> None:
    entries = [
        _entry(key, title, f"{body}\n{FOOTER}", n)
        for n, (key, (title, body)) in enumerate(STORIES.items())
    ]
    stories = build_stories(entries, now=T0 + timedelta(hours=6))
    assert sorted(len(story.items) for story in stories) == [1, 1, 1]


def test_an_outlets_update_of_its_own_story_still_joins_it() -> None:
    body = (
        "Crews worked through the night to clear the rail line at Fenwick Gap after a "
        "landslide buried 200 metres of track on Monday evening.\n"
        "The regional rail operator said no train was on the line when the slope gave way, "
        "and that buses would replace trains between Fenwick and Oldcastle."
    )
    update = (
        "The rail line at Fenwick Gap will stay closed for at least a week after the "
        f"landslide, engineers said on Tuesday.\n{body}"
    )
    entries = [
        _entry("slide-1", "Landslide buries rail line at Fenwick Gap", body, 0),
        _entry("slide-2", "Fenwick Gap rail line to stay closed for a week", update, 5),
    ]
    (story,) = build_stories(entries, now=T0 + timedelta(hours=6))
    assert len(story.items) == 2


def _headline_item(title: str, feed: str = "News Digest", hours: float = 0.0) -> Item:
    return Item(
        feed=feed,
        guid=title,
        key=title,
        title=title,
        link="https://digest.example/",
        published=T0 + timedelta(hours=hours),
        text="",
    )


def _read(*titles: str) -> list[str]:
    """The headlines as one feed's Boilerplate reads them, in order."""
    boilerplate = Boilerplate()
    return [boilerplate.headline(_headline_item(title)) for title in titles]


def test_a_headline_loses_wire_labels_and_an_outlet_name_its_feed_repeats() -> None:
    boilerplate = Boilerplate()
    read = [
        boilerplate.headline(_headline_item(title))
        for title in (
            "UPDATE 2-Halvard to buy Brisk Mobile - Daily Ledger",
            "EXCLUSIVE-Dockers at Kestra weigh new offer - Daily Ledger",
            "WATCH: Kessel's speech in full",
            "Hands-on: Tessaly's new glasses | Pulse Daily",
            "Velmora - Kaspia border talks end without a deal",
            "Analysis | Why Velmora's rates stay high | Pulse Daily",
        )
    ]
    assert read == [
        # The first headline ending with an outlet's name keeps it: nothing yet says it
        # is furniture rather than words of the headline.
        "Halvard to buy Brisk Mobile - Daily Ledger",
        "Dockers at Kestra weigh new offer",
        "Kessel's speech in full",
        "Tessaly's new glasses | Pulse Daily",
        "Velmora - Kaspia border talks end without a deal",
        "Why Velmora's rates stay high",
    ]
    # Another feed has not repeated the name.
    other = _headline_item("Bitcoin falls below $6,000 - Daily Ledger", feed="Crypto Digest")
    assert boilerplate.headline(other) == "Bitcoin falls below $6,000 - Daily Ledger"


def test_an_aggregators_outlet_names_after_its_headlines_join_no_stories() -> None:
    """Our coverage squashed into one day, read from one aggregator's feed whose headlines
    end with their outlet's name ("... - World Desk"): its events stay apart as they do
    when each outlet is its own feed."""
    items = [
        replace(item, feed="News Digest", title=f"{item.title} - {item.feed}")
        for item in coverage.heavy()
    ]
    stories = build_stories(
        [(item, summarize(item.text)) for item in items], now=coverage.T0 + timedelta(days=400)
    )
    scores = coverage.score([[i.guid for i in s.items] for s in stories], coverage.gold())
    # Before headlines lost a repeated outlet name: pair_p 0.459, pair_f1 0.596. With the
    # coverage's media pages labelled with their events (see test_coverage.py), which stay
    # alone squashed (each page's words are its topic's other events' too): pair_f1 0.680.
    # With a page joining on two words where one is a name its story's headlines give
    # (thin.NAMED_WORDS): pair_p 0.857, pair_f1 0.842.
    assert scores.pair_p >= 0.83, scores
    assert scores.pair_f1 >= 0.82, scores


WIRE = (
    "TESSIN, May 6 (Northwire) - Orvik's parliament voted on Wednesday to extend the state "
    "of emergency in the quake zone by three months, giving the army powers to requisition "
    "housing for families left homeless.\n"
    "The measure passed by 212 votes to 64 after a debate of nine hours, the speaker's "
    "office said."
)


def test_a_wire_story_an_aggregator_carries_for_three_outlets_is_one_story() -> None:
    """Carried whole, or under an outlet's own first paragraph, the wire's paragraphs are
    the story, not an outlet's footer, though one feed brings them again and again."""

    def carried(key: str, title: str, text: str, hours: float) -> tuple[Item, Summary]:
        return _entry(key, title, text, hours, feed="News Digest")

    intro = (
        "Families in Tessin still waiting for shelter met the news with relief, our reporter says."
    )
    entries = [
        carried("a", "Orvik extends quake emergency by three months", WIRE, 0),
        carried("b", "Parliament backs longer emergency rule in quake zone", WIRE, 1),
        carried("c", "Army gets powers to take over housing in quake zone", f"{intro}\n{WIRE}", 2),
    ]
    (story,) = build_stories(entries, now=T0 + timedelta(hours=6))
    assert [item.key for item in story.items] == ["a", "b", "c"]


def test_links_to_other_stories_in_an_items_text_join_it_to_none_of_them() -> None:
    """ "Related: ..." and "Read more: ..." lines are another event's words."""
    strike = outlet_item(
        "harbour",
        "Kestra dockers end strike after pay deal",
        "Dockers at the port of Kestra voted on Thursday to return to work after accepting a "
        "9% pay increase over two years, ending a ten-day strike.",
        coverage.T0 + timedelta(hours=1),
    )
    library = outlet_item(
        "city",
        "Tessin library reopens after two-year refit",
        "The central library in Tessin reopened on Thursday after a two-year refit that added "
        "a children's wing and a roof garden.\n"
        "Related: Kestra dockers end strike after pay deal\n"
        "Read more: Kestra port strike ends as dockers accept 9% offer",
        coverage.T0 + timedelta(hours=3),
    )
    day = sorted([*coverage.items(), strike, library], key=lambda item: item.published)
    stories = build_stories(
        [(item, summarize(item.text)) for item in day], now=coverage.T0 + timedelta(days=400)
    )
    (with_library,) = [story for story in stories if library in story.items]
    assert strike not in with_library.items, with_library.why


def test_a_feed_that_puts_one_blurb_under_every_headline_joins_none_of_them() -> None:
    """The same text under unrelated headlines (a site's blurb as every item's text) is
    the feed's furniture, not one story told five times."""
    blurb = (
        "Every week our editors pick the most inventive toy builds sent in by readers, "
        "with photographs, parts lists and the stories of the people who made them.\n"
        "Send us your own creations through the form on our site; the best appear here."
    )
    titles = ["Bondiblock", "Phonoblock", "Synthablock", "Deckablock", "Stickablock"]
    entries = [_entry(f"blurb-{n}", title, blurb, n) for n, title in enumerate(titles)]
    stories = build_stories(entries, now=T0 + timedelta(hours=6))
    assert sorted(len(story.items) for story in stories) == [1, 1, 1, 1, 1]


def test_an_aggregators_first_headline_loses_the_outlet_its_teaser_names() -> None:
    """An aggregator's text that opens with the headline and then the outlet (Google
    News' form) says what the tail is the first time it is met."""
    item = replace(
        _headline_item("Halvard to buy Brisk Mobile - Daily Ledger"),
        text="Halvard to buy Brisk Mobile  Daily Ledger\nBrisk shares jump on deal  Market Wire",
    )
    assert Boilerplate().headline(item) == "Halvard to buy Brisk Mobile"
    # A headline whose text says something else keeps its tail the first time.
    other = replace(item, text="Halvard agreed to buy Brisk Mobile for $4.2 billion.")
    assert Boilerplate().headline(other) == "Halvard to buy Brisk Mobile - Daily Ledger"


def test_a_reuters_brief_or_market_column_loses_its_label() -> None:
    read = _read(
        "BRIEF-Halvard Mobile says third-quarter revenue rose 4%",
        "GLOBAL MARKETS-Stocks slip as Velmora rate fears return",
        "FOREX-Kron firms after central bank holds",
        "Poll shows Velmora's ruling party ahead",
    )
    assert read == [
        "Halvard Mobile says third-quarter revenue rose 4%",
        "Stocks slip as Velmora rate fears return",
        "Kron firms after central bank holds",
        "Poll shows Velmora's ruling party ahead",
    ]


def test_a_story_title_leaves_out_a_wires_revision_marker() -> None:
    entries = [
        (
            Item(
                feed="Wire",
                guid=f"w{n}",
                key=f"w{n}",
                title=title,
                link=f"https://wire.example/{n}",
                published=T0,
                text="Halvard Mobile agreed to buy Brisk Mobile for 2 billion crowns on Monday.",
            ),
            None,
        )
        for n, title in enumerate(
            ["UPDATE 2-Halvard to buy Brisk Mobile", "EXCLUSIVE-Halvard weighs a bid for Orlo"]
        )
    ]
    titles = {story.title for story in build_stories(entries[:1], now=T0)} | {
        story.title for story in build_stories(entries[1:], now=T0)
    }
    assert titles == {"Halvard to buy Brisk Mobile", "EXCLUSIVE-Halvard weighs a bid for Orlo"}


def test_a_wire_desks_slug_in_capitals_is_no_headline_word() -> None:
    """Every item of a wire's sports or markets desk opens with its slug ("SOCCER-",
    "MOTOR RACING-", "METALS-"): read as a headline word, it would be one the desk's
    unrelated items all share. A word before a hyphen in lower case stays a word."""
    boilerplate = Boilerplate()
    read = [
        boilerplate.headline(_headline_item(title, feed="Wire Sports"))
        for title in (
            "SOCCER-Ravensholm fire coach Eckhardt after cup final",
            "MOTOR RACING-Velde takes pole in Sarrena",
            "METALS 2-Copper climbs on supply worries",
            "Soccer-mad Sarrena parties till dawn",
        )
    ]
    assert read == [
        "Ravensholm fire coach Eckhardt after cup final",
        "Velde takes pole in Sarrena",
        "Copper climbs on supply worries",
        "Soccer-mad Sarrena parties till dawn",
    ]


def test_a_series_name_before_a_colon_a_day_later_is_no_headline_word() -> None:
    """A daily column or a podcast's series opens every headline with its name: the name a
    feed's headline opened with a day or more before is furniture. Within the day it is
    mostly the event's own label (a live page's entries), and stays."""
    boilerplate = Boilerplate()
    read = [
        boilerplate.headline(_headline_item(title, feed="Quay Post", hours=hours))
        for title, hours in (
            ("Out and About in Port Selwyn: Tuesday 6 May", 0),
            ("Harbour vote live: turnout high at the quays", 1),
            ("Harbour vote live: board backs dredging plan", 5),
            ("Out and About in Port Selwyn: Wednesday 7 May", 24),
            ("Harbour vote live: what the result means", 30),
        )
    ]
    assert read == [
        "Out and About in Port Selwyn: Tuesday 6 May",
        "Harbour vote live: turnout high at the quays",
        "Harbour vote live: board backs dredging plan",
        "Wednesday 7 May",
        "what the result means",
    ]
    # Another feed has not opened a headline with it.
    other = _headline_item("Out and About in Port Selwyn: Thursday", feed="Tarrow Times", hours=48)
    assert boilerplate.headline(other) == "Out and About in Port Selwyn: Thursday"


def test_a_podcasts_daily_series_on_a_real_feed_is_a_story_a_day(shared: Path) -> None:
    """A real podcast feed of ../shared runs its end-of-year awards as a series, one episode
    a day, each headline opening with the series' name before a colon and its day after
    it, over a blurb of a line: the series' name joined each day to the day before. No
    story holds two of its days now."""
    body = next((shared / "feeds" / "real").glob("fmt-many-items-giantbomb*")).read_bytes()
    now = datetime(2026, 12, 5, tzinfo=UTC)
    feed = parse_feed(body, url="http://127.0.0.1/feed", feed_name="Podcast", now=now)
    stories = build_stories([(item, summarize(item.text)) for item in feed.items], now=now)
    days = [
        [item.title for item in story.items if "Deliberations" in item.title] for story in stories
    ]
    assert sum(len(titles) for titles in days) >= 10  # the series is on the feed
    assert all(len(titles) < 2 for titles in days), [t for t in days if len(t) > 1]


def test_two_stories_listing_the_same_links_do_not_merge_on_them() -> None:
    # A site lists its latest headlines under each story ("Related stories", "Articles en
    # rapport"): two unrelated stories of a day list the same ones, a quote among them.
    links = (
        "\nRelated stories\n"
        "“We were left with nothing”, says Port Selwyn trawlerman after quota cut\n"
        "Tarrow valley rail line to close for six weeks of repairs\n"
        "Selwyn Harbour Board names first woman harbourmaster"
    )
    entries = [
        _entry("dredge", STORIES["dredge"][0], STORIES["dredge"][1] + links, 0.0),
        _entry("choir", STORIES["choir"][0], STORIES["choir"][1] + links, 2.0),
    ]
    stories = build_stories(entries, now=T0 + timedelta(days=1))
    assert sorted(len(story.items) for story in stories) == [1, 1]


def test_an_alerts_keyword_on_a_real_feed_is_no_evidence_between_its_items(shared: Path) -> None:
    """A real search alert's feed of ../shared brings every item that names its keyword, a
    firm's name that is also a car part's: the firm's share dealings and a parts market's
    research reports all hold it, and its weight joined them into one story. A word most of
    a feed's items hold is the feed's topic, no evidence between them (read here with five
    papers' real feeds, which give the day's other words)."""
    now = datetime(2026, 12, 5, tzinfo=UTC)
    items: list[Item] = []
    for pattern in ("news-google-alerts*", "news-guardian-*", "news-livemint*", "news-huffpost*"):
        for path in sorted((shared / "feeds" / "real").glob(pattern)):
            feed = parse_feed(
                path.read_bytes(), url="http://127.0.0.1/f", feed_name=path.stem, now=now
            )
            items += feed.items
    stories = build_stories([(item, summarize(item.text)) for item in items], now=now)
    alert = [[i.title for i in s.items if i.feed.startswith("news-google-alerts")] for s in stories]
    assert sum(len(titles) for titles in alert) >= 15  # the alert's items are on the feed
    mixed = [
        titles
        for titles in alert
        if any("Automotive" in t for t in titles) and any("NASDAQ" in t for t in titles)
    ]
    assert mixed == []


def test_a_live_page_loses_its_label_at_either_end_of_its_headline() -> None:
    read = _read(
        "Live news updates: Halvard keeps its forecast as phone sales recover",
        "Tarrow floods force hundreds from their homes: Live updates",
        "Kestra dock strike enters third day - latest updates",
        "Velmora's budget, line by line - as it happened",
        "Harbour board vote (live)",
        "Live music returns to the Tarrow quays",
        "Tickets on sale for Club Re-Live",
    )
    assert read == [
        "Halvard keeps its forecast as phone sales recover",
        "Tarrow floods force hundreds from their homes",
        "Kestra dock strike enters third day",
        "Velmora's budget, line by line",
        "Harbour board vote",
        "Live music returns to the Tarrow quays",
        "Tickets on sale for Club Re-Live",
    ]


def test_two_live_pages_of_unrelated_events_stay_apart() -> None:
    # As an aggregator lists them: a headline each, which is its text too.
    pages = [
        Item(feed, key, key, title, None, T0 + timedelta(hours=hours), title)
        for feed, key, title, hours in (
            (
                "Harbour Ledger",
                "results",
                "Live news updates: Halvard keeps its forecast as phone sales recover",
                0.0,
            ),
            (
                "Quay Post",
                "floods",
                "Tarrow floods force hundreds from their homes; ferry halted: Live updates",
                0.7,
            ),
        )
    ]
    stories = build_stories(
        [(page, summarize(page.text)) for page in pages], now=T0 + timedelta(hours=2)
    )
    assert sorted(tuple(item.key for item in story.items) for story in stories) == [
        ("floods",),
        ("results",),
    ]
