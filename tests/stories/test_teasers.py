"""A teaser of one sentence is judged as a report; a media page or a bare line is judged by the
rare words it shares with one story alone.

Aggregators and busy sites give one sentence under a headline ("Centrists top the poll" over
"The party needs partners to govern."): its rare names and figures tell the event as well as a
long report's lead does, so it joins other outlets' reports. A video or photo page's line
describes its pictures, and a line under 40 characters says too little (unless a short headline
in sentence case names two) to be scored as a report: either joins a story only where three of
its rare words are held by that story's items and no other's, or two where one is a name the
story's headlines give (see stories/thin.py), and stays alone where the day's other stories
hold them too. A feed's own teasers share the feed's vocabulary ("Best budget phone", "Best
budget tablet"), so a teaser never joins an item of its own feed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Item, Story
from briefing.stories.build import build_stories
from briefing.summarize import summarize
from tests.stories.coverage import outlet_item

T0 = datetime(2031, 9, 10, 6, 0, tzinfo=UTC)


def _item(key: str, hours: float, title: str, text: str, feed: str | None = None) -> Item:
    item = outlet_item(key, title, text, T0 + timedelta(hours=hours))
    return item if feed is None else Item(**{**item.__dict__, "feed": feed})


def _built(*items: Item) -> tuple[Story, ...]:
    entries = [(item, summarize(item.text)) for item in items]
    return build_stories(entries, now=T0 + timedelta(days=1))


def _stories(*items: Item) -> list[set[str]]:
    return sorted(({item.key for item in story.items} for story in _built(*items)), key=sorted)


def _by_words(*items: Item) -> set[str]:
    """The items that joined their story on the rare words only it holds (see thin.py)."""
    return {
        item.key
        for story in _built(*items)
        for item in story.items
        for why in story.why
        if why.startswith(f"{item.feed}: a page of few words")
    }


WIRE = _item(
    "wire",
    1.0,
    "Ferry operator Tallis Line halts Orrin crossings after engine fire",
    "PELLOW, Sept 10 (Coastline) - Tallis Line suspended all sailings between Pellow and "
    "the island of Orrin on Wednesday after a fire broke out in the engine room of its "
    "ferry Marisol, the company said. All 212 passengers were brought ashore unhurt.\n"
    "The company said crossings would resume once its second ship had been inspected.",
)
PAPER = _item(
    "paper",
    2.0,
    "Island cut off as fire grounds only ferry",
    "Orrin's shops face empty shelves after Tallis Line took the Marisol out of service "
    "following a blaze below deck, leaving the island without a ferry to Pellow.\n"
    "Islanders said the company had been warned about the ageing vessel for years.",
)


def test_a_one_sentence_teaser_joins_other_outlets_reports_of_its_event() -> None:
    teaser = _item(
        "teaser",
        3.0,
        "Orrin ferry fire",
        "Tallis Line's Marisol is out of service after a blaze; 212 passengers safe.",
    )
    assert {"wire", "paper", "teaser"} in _stories(WIRE, PAPER, teaser)


def test_a_newsletter_s_headline_over_a_line_of_its_own_joins_its_event() -> None:
    # The text is the newsletter's furniture; the headline, a sentence, tells the event.
    brief = _item(
        "brief", 3.0, "Tallis Line halts Orrin ferry after engine fire", "Plus: rain. Two minutes."
    )
    assert {"wire", "paper", "brief"} in _stories(WIRE, PAPER, brief)


VIDEO_LINE = "Footage filmed by a passenger shows smoke pouring from the Marisol."


def test_a_video_page_and_a_bare_line_join_the_story_their_rare_words_tell() -> None:
    video = _item("video", 3.0, "Video: Tallis Line ferry fire off Pellow", VIDEO_LINE)
    bare = _item("bare", 3.5, "Tallis Line ferry fire", "Marisol out of service.")
    items = (WIRE, PAPER, video, bare)
    assert _stories(*items) == [{"wire", "paper", "video", "bare"}]
    # Judged by the words they share, not scored as reports.
    assert _by_words(*items) == {"video", "bare"}


OTHER_FERRY = _item(
    "other",
    1.5,
    "Pellow fish market reopens by the ferry quay",
    "PELLOW, Sept 10 (Coastline) - The fish market beside Pellow's ferry quay reopened on "
    "Wednesday after a two-year refit, with forty stalls under a new glass roof, the town "
    "council said.",
)
"""Another event of the harbour that day: its Pellow and its ferry are the fire's words too."""


def test_a_video_page_whose_words_the_day_s_other_stories_hold_too_stays_alone() -> None:
    # Four of its words are the fire's, but only the Marisol and its engine are the fire's
    # alone, and neither is a name the fire's headlines give.
    video = _item(
        "video",
        3.0,
        "Watch: the Marisol at Pellow quay",
        "Footage of a ferry's engine at the quay.",
    )
    stories = _stories(WIRE, PAPER, OTHER_FERRY, video)
    assert {"video"} in stories
    assert {"wire", "paper"} in stories


def test_a_video_page_with_two_rare_words_of_its_story_joins_where_one_is_its_headline_name() -> (
    None
):
    # Only the Marisol and Orrin are the fire's words: two, and Orrin is a name the wire's
    # headline gives, its subject (see thin.NAMED_WORDS).
    video = _item("video", 3.0, "Video: the Marisol off Orrin", "Footage filmed from a yacht.")
    assert _stories(WIRE, PAPER, video) == [{"wire", "paper", "video"}]
    assert _by_words(WIRE, PAPER, video) == {"video"}


def test_a_video_page_with_two_rare_words_of_its_story_and_no_name_of_it_stays_alone() -> None:
    # The Marisol and the engine are the fire's words alone, but neither headline gives them.
    video = _item("video", 3.0, "Video: the Marisol's engine", "Footage filmed from a yacht.")
    assert {"video"} in _stories(WIRE, PAPER, video)


def test_a_video_page_joins_on_two_rare_words_where_one_is_its_headline_s_figure() -> None:
    # The speed and its unit are the new line's words alone: a figure a headline gives is
    # its subject as a name is (see thin.NAMED_WORDS).
    wire = _item(
        "wire",
        1.0,
        "Varn-Kessel line opens as first train reaches 420 km/h",
        "KESSEL, May 2 (Coastline) - The first passenger train on the high-speed line between "
        "Varn and Kessel reached 420 km/h on Thursday, the operator said, cutting the journey "
        "to fifty minutes.",
    )
    paper = _item(
        "paper",
        2.0,
        "Varn to Kessel in fifty minutes: riders pack the opening service",
        "Commuters queued from dawn at Varn station for seats on the new line's trains, which "
        "run at up to 420 km/h.",
    )
    video = _item("video", 3.0, "Video: aboard at 420 km/h", "A cup of tea hardly trembles.")
    assert _stories(wire, paper, video) == [{"wire", "paper", "video"}]
    assert _by_words(wire, paper, video) == {"video"}


def test_a_page_whose_text_is_a_media_label_alone_is_judged_as_a_media_page() -> None:
    # Its "Watch: ..." line is page furniture, taken out of its words (extract.furniture), and
    # still says the page shows rather than tells: judged by its rare words, the Marisol and
    # Orrin, a name the wire's headline gives, it joins. Read as a brief of a headline alone,
    # it pairs too little with either report.
    video = _item(
        "video",
        3.0,
        "First light over the Marisol in Orrin's harbour",
        "Watch: the ferry under tow.",
        feed="Clip Desk",
    )
    assert _stories(WIRE, PAPER, video) == [{"wire", "paper", "video"}]
    assert _by_words(WIRE, PAPER, video) == {"video"}


def test_a_headline_that_speaks_of_pictures_is_news_when_it_is_all_the_feed_gives() -> None:
    # Headline-only feeds give the headline as the text too; its "video" or "camera" is what
    # the news is about, not a page of pictures: scored as a report. A labelled page or one
    # whose line describes the pictures is judged by its words.
    headline = "Tallis Line's ferry camera video shows Marisol engine fire off Pellow"
    lines = _item("lines", 3.0, headline, headline, feed="Headline Digest")
    labelled = _item("labelled", 3.5, f"Video: {headline}", headline, feed="Clip Desk")
    described = _item(
        "described", 4.0, headline, "Watch the passengers' footage of the blaze.", feed="Clips"
    )
    items = (WIRE, PAPER, lines, labelled, described)
    assert _stories(*items) == [{"wire", "paper", "lines", "labelled", "described"}]
    assert _by_words(*items) == {"labelled", "described"}


def test_a_short_headline_alone_that_names_two_is_news_its_names_tell() -> None:
    # Under 40 characters and five words, but in sentence case with two names: not "Ferry fire"
    line = "Tallis Line halts Orrin crossings"
    short = _item("short", 3.0, line, line, feed="Headline Digest")
    title_case = "Tallis Line Halts Orrin Ferry"
    shout = _item("shout", 3.5, title_case, title_case, feed="Title Desk")
    items = (WIRE, PAPER, short, shout)
    assert _stories(*items) == [{"wire", "paper", "short", "shout"}]
    assert _by_words(*items) == {"shout"}


def test_an_aggregator_s_media_page_joins_other_outlets_reports_in_its_feed() -> None:
    # One feed gives every outlet's items, each headline ending with its outlet's name.
    items = [
        Item(**{**item.__dict__, "feed": "News Digest", "title": f"{item.title} - {outlet}"})
        for item, outlet in (
            (WIRE, "Coastline"),
            (PAPER, "Orrin Courier"),
            (_item("video", 3.0, "Video: Tallis Line ferry fire off Pellow", VIDEO_LINE), "Clips"),
        )
    ]
    assert _stories(*items) == [{"wire", "paper", "video"}]


@pytest.mark.parametrize("tail", ["", " - my favourite builds"])
def test_a_blog_s_series_of_bare_lines_does_not_join_itself(tail: str) -> None:
    # One feed's pages share its own words; only another outlet's item tells an event. A
    # headline's tail in lower case names no outlet, as an aggregator's "- Coastline" does.
    pages = [
        _item(
            key,
            1.0 + n / 4,
            f"{name}Block{tail} {n + 1}",
            f"Brickwork {name.lower()} build, in pictures.",
            feed="Brick Blog",
        )
        for n, (key, name) in enumerate((("a", "Deck"), ("b", "Synth"), ("c", "Phono")))
    ]
    opener = _item(
        "opener",
        0.5,
        f"Brickwork models of old machines{tail}",
        "Brickwork builders have made a deck, a synth and a phono from toy bricks; here are my "
        "favourite brickwork models of the year, one a day, with the build notes of each.",
        feed="Brick Blog",
    )
    assert _stories(opener, *pages) == [{"a"}, {"b"}, {"c"}, {"opener"}]


def test_headlines_that_share_two_rare_names_join_whatever_else_each_names() -> None:
    # Two outlets' headline-only items on one deal: each names a bill the other does not.
    one = "In a boost to Kestria's coalition, Amo Vell and Tia Ostrander agree Coastal Renewal Act"
    two = "Harbour deal struck as Vell and Ostrander back a pared-down Dock Fund plan"
    stories = _stories(
        _item("one", 1.0, one, one, feed="Ledger"), _item("two", 1.5, two, two, feed="Courier")
    )
    assert stories == [{"one", "two"}]


def test_a_feeds_teasers_do_not_join_each_other() -> None:
    phone = _item(
        "phone",
        1.0,
        "Best budget phone of the year",
        "Our reviewers tested a dozen cheap handsets; the Quillon Q3 is the best value.",
        feed="Gadget Guide",
    )
    tablet = _item(
        "tablet",
        2.0,
        "Best budget tablet of the year",
        "Our reviewers tested a dozen cheap tablets; the Quillon Slate is the best value.",
        feed="Gadget Guide",
    )
    assert _stories(phone, tablet) == [{"phone"}, {"tablet"}]
