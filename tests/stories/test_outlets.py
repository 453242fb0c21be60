"""Two outlets' reports of one event join on less than two items of one feed need.

The same event told by two outlets in their own words shares little besides its names
and a few words ("a blaze sidelines their only boat" beside "halts crossings after
engine fire"): such a pair joins at a pair score of 0.2. A feed's own items share its
beat, its recurring names and its formulas (a podcast's hosts and sign-off, a site's
"best deals"), so two items of one feed count 0.8 of their score: a show's two episodes
stay two stories.
"""

from __future__ import annotations

from tests.stories.test_teasers import _item, _stories

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
