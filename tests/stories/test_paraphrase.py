"""One event in other words is one story; one topic's separate events are not.

Each rule of the clusterer for coverage told in other words, on items of our own
(invented firms, coins and towns) among a few unrelated items of the same day:

- a rare name in both headlines, with a word besides names that the headlines or
  leads share, joins two reports whose other words differ;
- a name alone (a town where two things happened) does not, nor does a word that one
  item writes with a capital in a firm's name and the other in lower case;
- a teaser that says a price "is getting hammered" or "shed 9%" tells the fall that
  the others say "slumps";
- items of one day whose leads date their events to different days of the week
  ("on Wednesday", "on Thursday") are two events, pair by pair and story by story,
  unless one of them tells the other's day too (a fleet pulled on Wednesday after
  "Tuesday night's" crash).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Item, Summary
from briefing.stories.build import build_stories
from briefing.summarize import summarize
from tests.stories.coverage import outlet_item

T0 = datetime(2031, 9, 10, 6, 0, tzinfo=UTC)
"""A Wednesday."""


def _item(key: str, hours: float, title: str, text: str) -> Item:
    return outlet_item(key, title, text, T0 + timedelta(hours=hours))


BACKGROUND = (
    _item(
        "bg-rail",
        0.2,
        "Night trains return to the Dallow line after repairs",
        "Overnight services between Dallow and the coast resumed after three weeks of track "
        "repairs, the rail operator said, with sleeper cars booked out for the first weekend.",
    ),
    _item(
        "bg-choir",
        1.4,
        "School choir from Penmire wins national contest",
        "Forty pupils from a small school in Penmire took the national choir prize with a "
        "programme of folk songs arranged by their music teacher.",
    ),
    _item(
        "bg-wheat",
        2.6,
        "Wheat harvest forecast cut after dry summer",
        "The farm ministry lowered its wheat harvest forecast by 6% after the driest summer "
        "in a decade left grain thin in the eastern provinces.",
    ),
    _item(
        "bg-zoo",
        3.1,
        "Twin snow leopard cubs born at Harrowgate zoo",
        "Keepers at Harrowgate zoo said two snow leopard cubs were born last month and are "
        "feeding well; visitors will be able to see them from November.",
    ),
)


def _stories(*items: Item) -> list[set[str]]:
    entries: list[tuple[Item, Summary | None]] = [
        (item, summarize(item.text)) for item in (*BACKGROUND, *items)
    ]
    stories = build_stories(entries, now=T0 + timedelta(days=1))
    return [{item.key for item in story.items} for story in stories]


def _together(stories: list[set[str]], *keys: str) -> bool:
    return any(set(keys) <= story for story in stories)


DRONE = _item(
    "drone",
    4.0,
    "Quillon unveils folding delivery drone",
    "Drone maker Quillon showed a folding delivery drone that carries parcels of up to three "
    "kilos across a city.\nThe aircraft folds to the size of a briefcase and will go on sale "
    "next spring, the company said.",
)
DRONE_HANDS_ON = _item(
    "drone-hands-on",
    5.5,
    "Hands-on: we took Quillon's parcel carrier for a spin",
    "We flew the courier craft that Quillon built over a car park. It opens in seconds, "
    "hums rather than whines and settles on a painted pad.",
)


def test_a_rare_name_in_both_headlines_with_a_shared_word_joins_one_event() -> None:
    """The firm in both headlines and "parcel" in a headline and a lead: one story."""
    stories = _stories(DRONE, DRONE_HANDS_ON)
    assert _together(stories, "drone", "drone-hands-on"), stories
    assert all(len(story) == 1 for story in stories if "drone" not in story), stories


def test_a_town_named_in_both_headlines_does_not_join_two_events_there() -> None:
    """A strike and a library opening in one town on one day stay two stories, though a
    the leads share a word besides the town's name ("queued")."""
    strike = _item(
        "strike",
        4.0,
        "Fennick dockers walk out over night shifts",
        "Dockers in Fennick stopped work at dawn in a dispute over night-shift rotas, and "
        "lorries queued at the gates of the container terminal.",
    )
    library = _item(
        "library",
        5.0,
        "Fennick opens a library in its old rope mill",
        "Readers queued outside the converted rope mill in Fennick as the town's new library "
        "opened its doors with readings by local novelists.",
    )
    stories = _stories(strike, library)
    assert not _together(stories, "strike", "library"), stories


def test_a_word_one_item_writes_in_lower_case_is_no_name_for_the_headlines() -> None:
    """ "Coal" in Ardent Coal's name and "coal" in another report are not one subject."""
    restart = _item(
        "restart",
        4.0,
        "Ardent Coal restarts the Vesk pit after a flood",
        "Miner Ardent Coal said the Vesk pit reopened after pumps cleared the water that "
        "flooded its lower galleries in May; output will return to 40,000 tonnes a month.",
    )
    prices = _item(
        "prices",
        4.5,
        "Coal prices ease as mild weather cuts demand",
        "Power stations bought less coal this month as a mild autumn cut demand for heating, "
        "and traders said prices could ease further; exporters expect output to hold.",
    )
    stories = _stories(restart, prices)
    assert not _together(stories, "restart", "prices"), stories


def test_a_short_teaser_saying_the_price_is_getting_hammered_joins_the_fall() -> None:
    slump = _item(
        "slump",
        4.0,
        "Quorrel coin slumps below $2 as exchange halts withdrawals",
        "The Quorrel token slid below $2 for the first time since its launch after the "
        "exchange Tallybank stopped customer withdrawals, blaming a software fault.\nTrading "
        "on rival platforms surged as holders rushed to sell.",
    )
    teaser = _item(
        "teaser",
        5.0,
        "Quorrel is getting hammered",
        "A rough morning for anyone who holds Quorrel: the coin shed another 14% in two hours, "
        "and nobody expects a rebound soon.",
    )
    stories = _stories(slump, teaser)
    assert _together(stories, "slump", "teaser"), stories


def test_a_tabloid_brief_in_its_own_words_joins_the_wire_report() -> None:
    """The wire's escaped inmate arrested by police is the tabloid's jailbird nabbed by cops."""
    wire = _item(
        "wire",
        4.0,
        "Police arrest escaped inmate near Corlow harbour",
        "Police arrested an inmate who escaped from Corlow prison nine days ago as he tried to "
        "board a fishing boat in the harbour on Wednesday, a police spokeswoman said. The "
        "man, 41, had climbed over a kitchen wall during a power cut.",
    )
    tabloid = _item(
        "tabloid",
        5.0,
        "GOTCHA! Runaway jailbird nabbed on the quay",
        "Cops nabbed the jailbird who went over the kitchen wall as he crept onto a trawler in "
        "Corlow. He had been on the run for nine days.",
    )
    stories = _stories(wire, tabloid)
    assert _together(stories, "wire", "tabloid"), stories


OFFER = _item(
    "offer",
    3.0,
    "Brannock council offers dockers a pay deal",
    "Brannock's harbour council offered on Wednesday to raise night-shift pay for dockers "
    "by 6% and to hire forty more crane drivers, the council's chairwoman Edda Lund said.",
)
OFFER_AGAIN = _item(
    "offer-again",
    4.0,
    "Dockers weigh Brannock council's pay offer",
    "Union leaders at Brannock said they would put the harbour council's offer of a 6% "
    "night-shift pay rise to their members, as chairwoman Edda Lund urged a quick vote.",
)
VOTE = _item(
    "vote",
    6.0,
    "Brannock dockers stage march through the old town",
    "Several hundred dockers marched through Brannock on Thursday behind brass bands and "
    "union banners to mark the port's founding, a day after the council's offer.",
)


def _without_on(item: Item) -> Item:
    """The item in the style that dates without "on" ("offered Wednesday")."""
    text = item.text.replace(" on Wednesday", " Wednesday").replace(" on Thursday", " Thursday")
    assert text != item.text
    return replace(item, text=text)


@pytest.mark.parametrize("style", ["on a day", "without on"])
def test_a_story_dated_to_another_day_of_the_week_is_another_event(style: str) -> None:
    """An offer "on Wednesday", its follow-up and a march "on Thursday": two stories."""
    offer, vote = OFFER, VOTE
    if style == "without on":
        offer, vote = _without_on(OFFER), _without_on(VOTE)
    stories = _stories(offer, OFFER_AGAIN, vote)
    assert _together(stories, "offer", "offer-again"), stories
    assert not _together(stories, "offer-again", "vote"), stories
    assert not _together(stories, "offer", "vote"), stories


def test_reports_that_give_the_same_day_of_the_week_still_join() -> None:
    """The day of the week keeps events apart; it never parts reports that agree on it."""
    vote_again = _item(
        "vote-again",
        7.0,
        "Brannock dockers turn down 6% offer",
        "Brannock's dockers turned down on Thursday a 6% night-shift pay rise offered by the "
        "harbour council in a vote, the union said; chairwoman Edda Lund said talks would "
        "resume.",
    )
    stories = _stories(OFFER, OFFER_AGAIN, VOTE, vote_again)
    assert _together(stories, "vote", "vote-again"), stories


def test_a_lead_giving_two_days_joins_a_report_that_gives_one_of_them() -> None:
    """ "Said on Tuesday ... from Monday" and "will stop work on Monday" share a day."""
    called = _item(
        "called",
        4.0,
        "Tollan bus drivers call strike over rotas",
        "Bus drivers in Tollan said on Wednesday they would strike on Monday over new rotas "
        "that cut their breaks, after talks with the operator Greyline failed.",
    )
    coming = _item(
        "coming",
        5.0,
        "Tollan bus drivers to strike over rotas",
        "Tollan's bus drivers will stop work on Monday in a dispute with Greyline over rotas "
        "that cut their breaks, their union said.",
    )
    stories = _stories(called, coming)
    assert _together(stories, "called", "coming"), stories


def test_a_name_is_still_a_name_when_a_longer_word_begins_with_it() -> None:
    """ "Mira" is a firm though the other report speaks of a "miracle"."""
    band = _item(
        "band",
        4.0,
        "Mira shows a band that reads blood sugar",
        "Wearables maker Mira showed a wrist band that reads blood sugar through the skin "
        "without a needle.\nIt will cost about $150 and ship to clinics first, the company said.",
    )
    worn = _item(
        "worn",
        5.0,
        "A week with the needle-free tracker from Mira",
        "We wore the tracker Mira makes for a week. It stayed within a few points of a "
        "finger-prick test, which felt like a small miracle.",
    )
    stories = _stories(band, worn)
    assert _together(stories, "band", "worn"), stories


def test_a_follow_up_that_tells_the_events_day_joins_though_its_lead_gives_its_own() -> None:
    """A crash "late on Tuesday" and the fleet pulled "on Wednesday" by a report that recalls
    the crash "on Tuesday night" further down: one event and its day after, not two events
    of one topic as the offer and the next day's march are (the report of the march never
    names the offer's day)."""
    crash = _item(
        "crash",
        1.0,
        "Driverless taxi hits cyclist on Tollan's Harbour Road",
        "A driverless taxi run by Greyline struck a cyclist on Harbour Road in Tollan late on "
        "Tuesday, leaving him in hospital with a broken leg, police said.\n"
        "The car had no safety driver on board. Police said they were studying its cameras.",
    )
    pulled = _item(
        "pulled",
        6.0,
        "Greyline pulls its robotaxis off Tollan's streets",
        "Greyline took all 300 of its driverless taxis off the road in Tollan on Wednesday "
        "while engineers study the software, the company said.\n"
        "The cyclist hit by one of its cars on Harbour Road on Tuesday night is recovering in "
        "hospital, and police are studying the car's cameras.",
    )
    stories = _stories(crash, pulled)
    assert _together(stories, "crash", "pulled"), stories
