"""Multi-outlet coverage of our own, labelled by event, for scoring story clustering.

Every text here was written for these tests (the places, firms and people are made
up). It holds the kinds of coverage that real feeds bring and that the clusterer
must get right:

- one event told by several outlets in other words: paraphrased headlines, a figure
  written two ways ($6,000 and $6K, $1.2bn and 1.2 billion dollars), a rare name that
  outlets share while their other words differ, a very short teaser;
- a running topic (one country's missile programme, a city's New Year's Eve) whose
  separate events fall on different days or months and must stay apart, though they
  share their names;
- different events in one city on one day;
- near-empty items (a video page with a line of text), which stay alone.

`EVENTS` maps an event label to its items; an event of one item is a singleton.
`published` is hours after `T0`. `heavy()` gives the same items squashed into one
day (their order kept), as when a long span of coverage is read as one day's: then
time cannot tell the events of a running topic apart and only their words can.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import combinations, pairwise

from briefing.models import Item, Summary
from briefing.stories.build import build_stories
from briefing.summarize import summarize

T0 = datetime(2031, 5, 14, 6, 0, tzinfo=UTC)
DAY = 24.0
MONTH = 30 * DAY


@dataclass(frozen=True)
class Piece:
    """One outlet's item: its event, outlet, time (hours after T0), headline and text."""

    event: str
    feed: str
    hours: float
    title: str
    text: str


PIECES: tuple[Piece, ...] = (
    # --- One event in other words: the crypto sell-off (figures written two ways). ---
    Piece(
        "coin-fall",
        "Ledger Times",
        2.0,
        "Bitcoin drops under $6,000 after central banker warns of tighter rules",
        "Bitcoin slid below $6,000 on Wednesday for the first time in three months after the "
        "deputy governor of the Aldova central bank said exchanges would face licensing.\n"
        "The largest cryptocurrency has lost almost a third of its value since the start of "
        "the month, and smaller tokens fell further.",
    ),
    Piece(
        "coin-fall",
        "Market Wire",
        3.0,
        "Bitcoin sinks to three-month low below $6K",
        "The price of Bitcoin tumbled to $5,870, its weakest level since February, as traders "
        "reacted to talk of a regulatory clampdown on exchanges.\n"
        "Trading volumes on the main platforms doubled during the sell-off.",
    ),
    Piece(
        "coin-fall",
        "Pulse Daily",
        4.5,
        "Bitcoin is getting hammered",
        "It has been a brutal week for anyone holding Bitcoin, and Wednesday was the worst day "
        "yet: the coin shed another 9% in a few hours.",
    ),
    Piece(
        "coin-fall",
        "Northgate Review",
        5.0,
        "Crypto rout deepens as Bitcoin breaks through $6,000 floor",
        "Digital currencies extended their slide on Wednesday, with Bitcoin trading under "
        "$6,000 after an Aldova central bank official signalled a crackdown on unlicensed "
        "exchanges. Ether and Ripple each shed more than 10%.",
    ),
    # --- A rare shared name joins items whose other words differ. ---
    Piece(
        "glasses",
        "Gadget Hour",
        1.0,
        "Tessaly shows off smart glasses that look like ordinary frames",
        "Chipmaker Tessaly unveiled a pair of smart glasses on Wednesday that beam a small "
        "display directly onto the wearer's retina.\n"
        "The frames weigh under 50 grams and carry no camera, the company said.",
    ),
    Piece(
        "glasses",
        "Circuit Post",
        2.5,
        "Hands-on: Tessaly's Iris One eyewear hides its screen in plain sight",
        "We spent an afternoon wearing Tessaly's Iris One prototype. Notifications float at "
        "the edge of your vision and vanish when you look away.\n"
        "Tessaly plans to let outside developers build apps for the eyewear later this year.",
    ),
    Piece(
        "glasses",
        "Ledger Times",
        6.0,
        "Tessaly bets on wearables with camera-free headset",
        "Tessaly is moving into consumer wearables with its Iris One glasses, a low-power "
        "device meant to be worn all day, as its chip business slows.",
    ),
    # --- Paraphrase with little shared vocabulary: names in the lead carry it. ---
    Piece(
        "tech-regret",
        "Northgate Review",
        7.0,
        "Social network pioneers turn against their own invention",
        "Engineers who helped build Brightwall and Qorvo Search have founded a group to warn "
        "parents about the habit-forming design of the apps they once worked on.\n"
        "The Center for Humane Design will lobby schools and lawmakers, its founders said.",
    ),
    Piece(
        "tech-regret",
        "Market Wire",
        8.0,
        "Former Brightwall and Qorvo staff launch campaign on screen addiction",
        "A coalition of former Brightwall and Qorvo Search employees, the Center for Humane "
        "Design, said on Wednesday it would campaign against technology addiction among "
        "children, starting with a curriculum for schools.",
    ),
    # --- An earthquake, a later update the same day, and the next day's aftershock story. ---
    Piece(
        "quake",
        "Coastal Courier",
        0.5,
        "Magnitude 6.1 earthquake strikes off Merrow coast",
        "MERROW (Coastal Courier) - A magnitude 6.1 earthquake struck off the Merrow coast early "
        "on Wednesday, shaking buildings in the port of Saltby, the geological survey said.\n"
        "No tsunami warning was issued.",
    ),
    Piece(
        "quake",
        "Northgate Review",
        1.5,
        "Strong tremor rattles Saltby, no tsunami threat",
        "A strong undersea tremor of magnitude 6.1 rattled windows in Saltby and nearby fishing "
        "villages before dawn. Authorities said there was no threat of a tsunami.",
    ),
    Piece(
        "quake",
        "Coastal Courier",
        9.0,
        "Two dead, dozens hurt after Merrow earthquake",
        "MERROW (Coastal Courier) - Two people were killed and 34 injured when walls collapsed "
        "in Saltby during Wednesday's magnitude 6.1 earthquake, the regional governor said.\n"
        "Engineers are inspecting the harbour's breakwater for damage.",
    ),
    # --- A takeover told with its price written two ways. ---
    Piece(
        "takeover",
        "Market Wire",
        5.5,
        "Orsk Mining agrees to buy Telgar for $1.2bn",
        "Orsk Mining has agreed to acquire copper producer Telgar Resources for $1.2bn in cash, "
        "the companies said, creating the region's second-largest copper miner.\n"
        "Telgar shareholders will receive a 28% premium to Tuesday's closing price.",
    ),
    Piece(
        "takeover",
        "Ledger Times",
        6.5,
        "Telgar accepts 1.2 billion dollar offer from rival miner",
        "Telgar Resources' board backed a 1.2 billion dollar cash takeover by Orsk Mining on "
        "Wednesday, ending a month of talks between the two copper producers.",
    ),
    # --- One city, one day, different events: they stay apart. ---
    Piece(
        "ferry-strike",
        "Coastal Courier",
        3.5,
        "Halvik ferry crews walk out over pay",
        "HALVIK (Coastal Courier) - Ferry crews in Halvik began a 48-hour strike on Wednesday "
        "over pay, cancelling crossings to the islands.\n"
        "The operator said it had offered a 4% rise.",
    ),
    Piece(
        "ferry-strike",
        "Northgate Review",
        5.5,
        "Island crossings cancelled as Halvik ferry staff strike",
        "Passengers were stranded on the quayside in Halvik after ferry workers stopped work in a "
        "dispute over wages. The union said the 48-hour walkout would go ahead unless the "
        "operator improved its 4% offer.",
    ),
    Piece(
        "museum",
        "Coastal Courier",
        6.0,
        "Halvik opens maritime museum in old customs house",
        "HALVIK (Coastal Courier) - A maritime museum opened on Wednesday in Halvik's restored "
        "customs house, with a collection of ship models and charts donated by local families.",
    ),
    # --- A running topic: Varnland's missile programme, separate events months apart. ---
    Piece(
        "varn-missile",
        "World Desk",
        -5 * MONTH,
        "Varnland fires missile over Osterby, sirens sound",
        "Varnland launched a ballistic missile that flew over the northern islands of Osterby "
        "early on Tuesday, setting off air raid sirens, Osterby's defence ministry said.\n"
        "Prime Minister Ilse Marten called the launch an outrageous threat.",
    ),
    Piece(
        "varn-missile",
        "Global Report",
        -5 * MONTH + 2,
        "Osterby condemns Varnland missile flight over its territory",
        "Osterby's government protested after a Varnland missile crossed its airspace and fell "
        "into the sea 1,100 km off its coast. Marten said Varnland's leader Dorn Kessel had "
        "shown contempt for his neighbours.",
    ),
    Piece(
        "varn-fuel",
        "World Desk",
        -3 * MONTH,
        "Tankers from Roskva shipped fuel to Varnland despite sanctions, sources say",
        "At least three tankers carried fuel from the port of Roskva to Varnland this spring, "
        "breaching sanctions imposed over Dorn Kessel's weapons programme, two security "
        "sources said.",
    ),
    Piece(
        "varn-fuel",
        "Global Report",
        -3 * MONTH + 5,
        "Roskva denies fuel deliveries to Varnland",
        "Roskva's foreign ministry denied that tankers from its ports had delivered fuel to "
        "Varnland, calling the reports about ship-to-ship transfers a fabrication.",
    ),
    Piece(
        "varn-satellite",
        "World Desk",
        -1 * MONTH,
        "Varnland says it put a satellite into orbit",
        "Varnland said on Sunday it had launched an earth observation satellite, a move its "
        "neighbours see as cover for long-range missile work. Dorn Kessel watched the launch, "
        "state media said.",
    ),
    Piece(
        "varn-satellite",
        "Global Report",
        -1 * MONTH + 3,
        "Varnland rocket launch draws rebuke from Osterby",
        "Osterby's Ilse Marten said Varnland's rocket, which carried what Varnland called a "
        "weather satellite, used banned missile technology.",
    ),
    Piece(
        "varn-talks",
        "World Desk",
        10.0,
        "Varnland's Kessel offers talks with Osterby in surprise speech",
        "Varnland's leader Dorn Kessel offered on Wednesday to send a delegation to Osterby for "
        "talks on reopening their border, in a speech that struck a softer tone.",
    ),
    Piece(
        "varn-talks",
        "Global Report",
        11.0,
        "Kessel extends olive branch to Osterby",
        "In an unexpected shift, Dorn Kessel said Varnland was ready to negotiate with Osterby "
        "and proposed a meeting of officials at the border next month.",
    ),
    # The next day: a different event on the same topic, in the same window.
    Piece(
        "varn-parade",
        "World Desk",
        DAY + 9.0,
        "Varnland stages military parade a day after peace offer",
        "Varnland paraded tanks and missile launchers through its capital on Thursday, a day "
        "after Dorn Kessel offered talks with Osterby. The parade marked the army's founding.",
    ),
    # --- A city's New Year's Eve: the assaults of one year, the safe zone of the next. ---
    Piece(
        "nye-assaults",
        "Global Report",
        -4.5 * MONTH,
        "Police investigate assaults on women at Brenholt New Year's Eve crowds",
        "Police in Brenholt said they had received more than 90 complaints of sexual assault "
        "and theft from women in the crowds outside the main station on New Year's Eve.",
    ),
    Piece(
        "nye-assaults",
        "World Desk",
        -4.5 * MONTH + 4,
        "Brenholt police chief under fire over New Year's Eve attacks",
        "Brenholt's police chief faced calls to resign after more than 90 women reported being "
        "assaulted or robbed near the station on New Year's Eve.",
    ),
    Piece(
        "nye-safe-zone",
        "Global Report",
        7.5 * MONTH,
        "Brenholt sets up women's safe zone for New Year's Eve party",
        "Brenholt will open a supervised safe area for women at its New Year's Eve street "
        "party, with counsellors and police officers on hand, the city said.",
    ),
    # --- Media pages: a line under a video's headline, judged by the rare words that one
    # story alone holds (see stories/thin.py). The crash's explainer names what only the
    # crash's reports name; the speech's footage comes before another outlet's report of the
    # offer and the quake's webcam shares two of its words with the quake's reports: too
    # little to judge, they stay alone; the year's gallery names a topic, not an event. ---
    Piece(
        "coin-fall",
        "Pulse Daily",
        5.2,
        "Video: what the Bitcoin crash means for you",
        "Watch our explainer on why the price of Bitcoin fell so fast this week. Duration 1:45.",
    ),
    Piece(
        "varn-talks",
        "World Desk",
        10.5,
        "Watch: Varnland leader's speech",
        "Footage of the speech in which Dorn Kessel offered talks, as state television showed it.",
    ),
    Piece(
        "quake",
        "Coastal Courier",
        2.0,
        "Saltby quake caught on camera",
        "Video from a harbour webcam in Saltby as the earthquake struck, shared by the port.",
    ),
    Piece(
        "varn-gallery",
        "Global Report",
        11.5,
        "In pictures: Varnland's year",
        "Photos of Varnland's parades, launches and summits, chosen by our picture desk.",
    ),
    # --- Singletons of the day. ---
    Piece(
        "chess",
        "Northgate Review",
        8.5,
        "Teenager from Dunmarra takes national chess title",
        "A 15-year-old from Dunmarra won the national chess championship after a final game that "
        "lasted more than six hours. Organisers said 340 players entered.",
    ),
    Piece(
        "bakery",
        "Coastal Courier",
        7.5,
        "Saltby bakery wins regional bread prize",
        "MERROW (Coastal Courier) - A family bakery in Saltby won the regional sourdough prize "
        "for the third year running, judges said.",
    ),
    Piece(
        "rates",
        "Market Wire",
        9.5,
        "Aldova central bank holds rates at 4.5%",
        "The Aldova central bank kept its main interest rate at 4.5% on Wednesday, saying "
        "inflation was close to its target and wage growth had slowed.",
    ),
)

EVENTS: dict[str, list[Piece]] = {}
for _piece in PIECES:
    EVENTS.setdefault(_piece.event, []).append(_piece)


def outlet_item(key: str, title: str, text: str, published: datetime) -> Item:
    """A one-off item of its own outlet ("Outlet <key>"), for a test's few reports."""
    return Item(
        feed=f"Outlet {key}",
        guid=key,
        key=key,
        title=title,
        link=f"https://outlet.example/{key}",
        published=published,
        text=text,
    )


def _guid(number: int, piece: Piece) -> str:
    return f"{piece.feed.lower().replace(' ', '-')}/{number}"


def items(*, hours: Sequence[float] | None = None, pieces: Sequence[Piece] = PIECES) -> list[Item]:
    """The pieces as items, at their own times or at `hours` (one a piece)."""
    times = hours if hours is not None else [p.hours for p in pieces]
    return [
        Item(
            feed=piece.feed,
            guid=_guid(number, piece),
            key=str(number),
            title=piece.title,
            link=f"https://{piece.feed.lower().replace(' ', '')}.example/{number}",
            published=T0 + timedelta(hours=at),
            text=piece.text,
        )
        for number, (piece, at) in enumerate(zip(pieces, times, strict=True))
    ]


def heavy(pieces: Sequence[Piece] = PIECES) -> list[Item]:
    """The pieces squashed into one day (from T0), in the order of their own times."""
    order = sorted(range(len(pieces)), key=lambda n: pieces[n].hours)
    at = [0.0] * len(pieces)
    for rank, number in enumerate(order):
        at[number] = rank * 20.0 / len(pieces)
    return items(hours=at, pieces=pieces)


def gold(pieces: Sequence[Piece] = PIECES) -> dict[str, str]:
    """Item guid → its event."""
    return {_guid(number, piece): piece.event for number, piece in enumerate(pieces)}


@dataclass(frozen=True)
class Scores:
    """Pair precision, recall and F1, and B-cubed F1, of a clustering against gold."""

    pair_p: float
    pair_r: float
    pair_f1: float
    bcubed_f1: float

    def __str__(self) -> str:
        return (
            f"pair_p={self.pair_p:.3f} pair_r={self.pair_r:.3f} pair_f1={self.pair_f1:.3f} "
            f"bcubed_f1={self.bcubed_f1:.3f}"
        )


def score(predicted: Iterable[Iterable[str]], truth: dict[str, str]) -> Scores:
    """Score predicted groups of guids (every gold guid in exactly one) against gold events."""
    cluster_of = {guid: n for n, group in enumerate(predicted) for guid in group}
    assert sorted(cluster_of) == sorted(truth), "every item must be in one predicted story"
    pairs = list(combinations(sorted(truth), 2))
    gold_pairs = {p for p in pairs if truth[p[0]] == truth[p[1]]}
    pred_pairs = {p for p in pairs if cluster_of[p[0]] == cluster_of[p[1]]}
    hits = len(gold_pairs & pred_pairs)
    pair_p = hits / len(pred_pairs) if pred_pairs else 1.0
    pair_r = hits / len(gold_pairs) if gold_pairs else 1.0
    pair_f1 = 2 * pair_p * pair_r / (pair_p + pair_r) if hits else 0.0
    precision = recall = 0.0
    for guid in truth:
        same_gold = {g for g in truth if truth[g] == truth[guid]}
        same_pred = {g for g in truth if cluster_of[g] == cluster_of[guid]}
        overlap = len(same_gold & same_pred)
        precision += overlap / len(same_pred)
        recall += overlap / len(same_gold)
    precision, recall = precision / len(truth), recall / len(truth)
    bcubed = 2 * precision * recall / (precision + recall)
    return Scores(pair_p, pair_r, pair_f1, bcubed)


NOW = T0 + timedelta(days=400)
"""When the sets are clustered: after all of their items."""


def clustered(items: Sequence[Item]) -> list[list[str]]:
    """The items summarised as the pipeline does and clustered: each story's guids."""
    entries: list[tuple[Item, Summary | None]] = [
        (item, summarize(item.text or item.title)) for item in items
    ]
    return [[item.guid for item in story.items] for story in build_stories(entries, now=NOW)]


def events(groups: Iterable[Iterable[str]], pieces: Sequence[Piece] = PIECES) -> list[set[str]]:
    """Each predicted story as the set of the gold events of its items."""
    truth = gold(pieces)
    return [{truth[guid] for guid in group} for group in groups]


def joined(
    items: Sequence[Item], pieces: Sequence[Piece], pairs: Iterable[set[str]]
) -> list[set[str]]:
    """The stories of the items (each as its events) that hold both events of one of
    `pairs`: empty when every pair stays apart."""
    wanted = list(pairs)
    found = events(clustered(items), pieces)
    return [story for story in found if any(pair <= story for pair in wanted)]


def scores(items: Sequence[Item], pieces: Sequence[Piece] = PIECES) -> Scores:
    """The items clustered and scored against the events of `pieces`."""
    return score(clustered(items), gold(pieces))


def guid_of(pieces: Sequence[Piece], feed: str, title: str) -> str:
    """The guid `items` gives the piece of `feed` whose headline starts with `title`."""
    found = [
        item.guid
        for item in items(pieces=pieces)
        if item.feed == feed and item.title.startswith(title)
    ]
    assert len(found) == 1, (feed, title)
    return found[0]


def day_story(pieces: Sequence[Piece], feed: str, title: str) -> tuple[set[str], int]:
    """The events and the size of the story that holds the piece of `feed` whose headline
    starts with `title` (see guid_of), its publication day's items clustered alone."""
    guid, truth = guid_of(pieces, feed, title), gold(pieces)
    for day in by_day(items(pieces=pieces)):
        if any(item.guid == guid for item in day):
            for group in clustered(day):
                if guid in group:
                    return {truth[g] for g in group}, len(group)
    raise AssertionError(guid)


def by_day(items: Sequence[Item]) -> list[list[Item]]:
    """The items grouped by their own publication day (UTC date), days in order.

    The real labelled coverage of issue #16 is scored one publication day at a time,
    each day's items clustered alone; this gives those days."""
    days: dict[date, list[Item]] = {}
    for item in items:
        days.setdefault(item.published.date(), []).append(item)
    return [days[day] for day in sorted(days)]


@dataclass(frozen=True)
class Days:
    """Each publication day's scores, and what issue #16's real set is judged on: the worst
    day's pair precision, the mean and the worst day's pair F1."""

    scores: tuple[Scores, ...]

    @property
    def worst_p(self) -> float:
        return min(s.pair_p for s in self.scores)

    @property
    def mean_f1(self) -> float:
        return sum(s.pair_f1 for s in self.scores) / len(self.scores)

    @property
    def worst_f1(self) -> float:
        return min(s.pair_f1 for s in self.scores)

    def __str__(self) -> str:
        days = "\n".join(f"  day {n}: {s}" for n, s in enumerate(self.scores, 1))
        return (
            f"worst pair_p={self.worst_p:.3f} mean pair_f1={self.mean_f1:.3f} "
            f"worst pair_f1={self.worst_f1:.3f}\n{days}"
        )


def per_day(pieces: Sequence[Piece]) -> Days:
    """Each publication day's items clustered alone and scored against their events."""
    truth = gold(pieces)
    return Days(
        tuple(
            score(clustered(day), {item.guid: truth[item.guid] for item in day})
            for day in by_day(items(pieces=pieces))
        )
    )


def check_days(
    pieces: Sequence[Piece], starts: Sequence[float], events_a_day: range, span: float
) -> None:
    """Assert that a set over publication days is labelled consistently: every item
    within one of the days `starts` (hours after T0), early enough to stay on its UTC
    date; `events_a_day` events each day; an event's reports within `span` hours (a
    running topic's later events have labels of their own); an outlet's reports of one
    event an hour or more apart (updates, a correction, a follow-up; never a duplicate)."""
    truth = gold(pieces)
    assert sorted(truth) == sorted(item.guid for item in items(pieces=pieces))
    labels = {piece.event for piece in pieces}
    assert labels == set(truth.values())
    for piece in pieces:
        assert any(0.0 <= piece.hours - start < 18.0 for start in starts), piece
    days = by_day(items(pieces=pieces))
    assert len(days) == len(starts)
    for day in days:
        assert len({truth[item.guid] for item in day}) in events_a_day, day
    for label in labels:
        hours = [p.hours for p in pieces if p.event == label]
        assert max(hours) - min(hours) < span, label
        for feed in {p.feed for p in pieces if p.event == label}:
            times = sorted(p.hours for p in pieces if p.event == label and p.feed == feed)
            assert all(b - a >= 1.0 for a, b in pairwise(times)), label


def naming(pieces: Sequence[Piece], label: str, words: str) -> int:
    """How many of the event's reports have `words` in their text."""
    return sum(words in p.text for p in pieces if p.event == label)


def day_of(pieces: Sequence[Piece], label: str) -> float:
    """The number of the day (hours after T0 in whole days) the event's first report is on."""
    return min(p.hours for p in pieces if p.event == label) // DAY


def reworded(pieces: Sequence[Piece], label: str) -> bool:
    """Whether the event's headlines share no word of four letters or more: told in other words."""
    titles = [set(re.findall(r"[a-z]{4,}", p.title.lower())) for p in pieces if p.event == label]
    return not set.intersection(*titles)


def told_twice(pieces: Sequence[Piece]) -> list[str]:
    """The events an outlet reports more than once (a blind set's outlets tell each event once)."""
    labels = sorted({p.event for p in pieces})
    feeds = {label: [p.feed for p in pieces if p.event == label] for label in labels}
    return [label for label in labels if len(feeds[label]) != len(set(feeds[label]))]


def check_form(
    pieces: Sequence[Piece],
    days: Sequence[float],
    *,
    events_a_day: range = range(5, 8),
    count: range = range(60, 76),
    outlets: int = 40,
    whole_share: float = 2 / 3,
    longest: int = 2000,
    near_empty: range = range(5, 8),
    labelled: bool = True,
) -> None:
    """Assert that a blind set has the hidden set's form as its writer was asked for it: four
    publication days (see check_days; an event's reports within 18 hours), `count` items
    from `outlets` or more outlets (the hidden set's many: 94 for 383), `whole_share` or more
    of them whole articles (1,200 characters or more, five paragraphs or more) and none
    longer than `longest`, `near_empty` items under 100 characters (a video caption, a
    teaser), each, when `labelled`, labelled with its event (none a singleton)."""
    assert len(days) == 4
    check_days(pieces, days, events_a_day, 18.0)
    assert len(pieces) in count
    assert len({p.feed for p in pieces}) >= outlets
    whole = [p for p in pieces if len(p.text) >= 1200 and p.text.count("\n") >= 4]
    assert len(whole) >= whole_share * len(pieces)
    assert all(len(p.text) <= longest for p in pieces)
    empty = [p for p in pieces if len(p.text) < 100]
    assert len(empty) in near_empty
    if labelled:
        assert all(sum(q.event == p.event for q in pieces) > 1 for p in empty)
