"""Two outlets' reports of one event join on less than two items of one feed need.

The same event told by two outlets in their own words shares little besides its names
and a few words ("a blaze sidelines their only boat" beside "halts crossings after
engine fire"): such a pair joins at a pair score of 0.2. A feed's own items share its
beat, its recurring names and its formulas (a podcast's hosts and sign-off, a site's
"best deals"), so two items of one feed count 0.8 of their score: a show's two episodes
stay two stories.
"""

from __future__ import annotations

from datetime import timedelta

from briefing.models import Feed, Item
from briefing.stories.build import build_stories
from briefing.summarize import summarize
from tests.stories.test_teasers import T0, _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Tallis Line halts Orrin ferry crossings after engine fire",
    "PELLOW, Sept 10 (Coastline) - Tallis Line suspended all sailings between Pellow and "
    "the island of Orrin on Wednesday after a fire broke out in the engine room of its "
    "ferry Marisol, the company said.\nAll 212 passengers and 30 crew were brought ashore "
    "unhurt, and an inquiry has begun.",
)
PAPER = _item(
    "paper",
    3.0,
    "Islanders stranded as blaze sidelines their only boat",
    "Shops on Orrin were rationing bread on Wednesday evening, hours after smoke filled "
    "the lower deck of the Marisol and the island lost its only ferry to the mainland.\n"
    "Residents said they had warned for years that the ageing vessel needed replacing.",
)


def test_two_outlets_telling_one_event_in_their_own_words_join() -> None:
    assert _stories(WIRE, PAPER) == [{"paper", "wire"}]


def test_a_podcasts_two_episodes_stay_two_stories() -> None:
    one = _item(
        "one",
        1.0,
        "Harbour Talk 14: who pays for the new pier?",
        "This week on Harbour Talk, Mo Reyes and Ida Lund ask who will pay for the new pier "
        "at Pellow, hear from a retired harbour master, and answer your letters about "
        "parking on the quay.",
        feed="Harbour Talk",
    )
    two = _item(
        "two",
        5.0,
        "Harbour Talk 15: the lighthouse keepers",
        "Ida Lund climbs the old lighthouse at Orrin with its last two keepers, then reads "
        "out letters about the winter timetable. Harbour Talk is made by volunteers.",
        feed="Harbour Talk",
    )
    assert _stories(one, two) == [{"one"}, {"two"}]


SWORD = _item(
    "wire",
    1.0,
    "Thieves take jewelled sword from Calder castle museum",
    "CALDER, Sept 10 (Coastline) - Thieves broke into the castle museum in Calder overnight "
    "and took a jewelled 16th-century sword, police said on Wednesday.\nThe sword, lent by the "
    "Varrow family, is insured for about 3 million crowns.",
)
RAIDERS = _item(
    "tabloid",
    2.0,
    "Raiders make off with priceless blade",
    "Police in Calder are hunting a gang who smashed a display case in the dead of night and "
    "vanished with the Varrow family's treasured sword.\nGuards heard nothing, detectives said.",
)
HUNT = _item(
    "paper",
    3.0,
    "Calder museum sword theft: police hunt gang",
    "Detectives in Calder are hunting the gang that broke into the castle museum overnight, "
    "smashed a display case and took the Varrow family's jewelled sword, insured for 3 "
    "million crowns.",
)


def test_a_report_left_alone_joins_when_a_later_report_ties_it_to_the_story() -> None:
    """The tabloid's raiders match the wire's thieves too little on their own; the
    paper's report, which the wire's story takes, tells both."""
    assert _stories(SWORD, RAIDERS, HUNT) == [{"paper", "tabloid", "wire"}]


def test_a_feeds_own_report_does_not_tie_in_its_earlier_item() -> None:
    hunt = _item("paper", 3.0, HUNT.title, HUNT.text, feed=RAIDERS.feed)
    assert _stories(SWORD, RAIDERS, hunt) == [{"paper", "wire"}, {"tabloid"}]


# A state agency named after its country writes the country's name all through its copy.
CURBS = _item(
    "curbs",
    1.0,
    "Dravik bars exports of rare-earth magnets to Ostrelia",
    "VELM, March 3 (Northline) - Dravik will stop exports of rare-earth magnets and the "
    "machines that make them to Ostrelia from April, its trade ministry said on Tuesday, "
    "citing national security.\nOstrelia buys about a third of the magnets Dravik makes, "
    "mostly for electric motors and wind turbines.",
)
ANSWER = _item(
    "answer",
    4.0,
    "Commerce ministry: Ostrelia will take firm measures in reply",
    "ESKAR, March 3 (OSNA) -- A spokeswoman for the Ministry of Commerce said on Tuesday that "
    "Ostrelia firmly opposes the restrictions announced by the Dravik side on the sale of "
    "magnetic materials and equipment, and will defend the lawful interests of Ostrelian "
    "enterprises.\nThe spokeswoman, Ilse Varga, said the measures broke the rules of "
    "international trade.",
    feed="Ostrelia State News Agency",
)


def test_an_agency_named_after_its_country_joins_other_outlets_reports() -> None:
    """The country's name is the agency's and the news's: taken out only where the agency's
    whole name is written, its statement names Ostrelia as the wire's headline does (read
    as if it never named Ostrelia, the two shared too little to join)."""
    assert _stories(CURBS, ANSWER) == [{"answer", "curbs"}]


def test_an_outlets_name_written_whole_is_no_word_of_its_items() -> None:
    """Two items of a state agency on unrelated news, each ending with its name, do not join
    on it (nor on its acronym in their datelines)."""
    one = _item(
        "one",
        1.0,
        "Harvest of winter wheat up a tenth",
        "ESKAR, March 3 (OSNA) -- Farms gathered a tenth more winter wheat than last year, "
        "the agriculture ministry said.\nCopyright Ostrelia State News Agency.",
        feed="Ostrelia State News Agency",
    )
    two = _item(
        "two",
        3.0,
        "New bridge opens over the Sarn at Velka",
        "VELKA, March 3 (OSNA) -- A road bridge over the river Sarn opened to traffic, "
        "cutting the drive to the coast by an hour.\nCopyright Ostrelia State News Agency.",
        feed="Ostrelia State News Agency",
    )
    assert _stories(one, two) == [{"one"}, {"two"}]


def test_a_configured_papers_city_or_country_stays_a_word_of_every_other_item() -> None:
    """A reader who follows "The Ostrelia Times" still gets other outlets' reports on Ostrelia
    joined: the words of a feed's name of two or more words are not stop words of the day
    (a one-word name, a wire's, is: others credit it as "Reuters reported")."""
    radio = Item(**{**ANSWER.__dict__, "feed": "Eskar Radio"})
    feeds = {
        name: Feed(name=name, url=f"https://example.invalid/{n}")
        for n, name in enumerate(("The Ostrelia Times", "Northline", "Eskar Radio"))
    }
    entries = [(item, summarize(item.text)) for item in (CURBS, radio)]
    stories = build_stories(entries, feeds=feeds, now=T0 + timedelta(days=1))
    assert [{item.key for item in story.items} for story in stories] == [{"answer", "curbs"}]
