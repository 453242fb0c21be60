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
