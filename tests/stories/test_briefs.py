"""A short report that pairs with one of a story's two reports joins it, by that one alone.

A story of two reports, the wire's and another outlet's piece from the families' side, has
two vocabularies: the event's (who was rescued where, how) and the families' (the wait, the
songs, the soup). A tabloid's brief in its own words shares the families' details and barely
a word of the wire's, so it links to one member, not two, and a story of two is too small
for its fit to show: it is a report of the story all the same. A brief whose headline names
someone neither report mentions keeps the two links a story of two asks for, as whole
articles do (see Clusterer._brief_of_a_pair).
"""

from __future__ import annotations

from dataclasses import replace

from tests.stories.test_teasers import _item, _stories

WIRE = _item(
    "wire",
    1.0,
    "Two climbers lifted off Mount Veldt after three nights on a ledge",
    "ARNHOLT, Sept 10 (Harbor Wire) - Mountain rescuers lifted two climbers off a narrow ledge "
    "on the north face of Mount Veldt on Wednesday after three nights in the open, the regional "
    "rescue service said. A helicopter reached them once the wind dropped below forty knots.\n"
    "Both men were flown to hospital in Arnholt with frostbite, the service said.",
)
FAMILIES = _item(
    "families",
    2.0,
    "'They sang to stay awake': the wait at the Veldt hut is over",
    "For three nights their mothers kept a pot of soup warm at the Veldt hut and listened to "
    "the rescue service on the radio. On Wednesday the helicopter came down from the north "
    "face of Mount Veldt with both climbers aboard, "
    "and the hut's guardian rang the old bell. The two friends told rescuers they had sung "
    "every song they knew to stay awake on the ledge.",
)
BRIEF = _item(
    "brief",
    3.0,
    "SAVED!",
    "Our brave boys sang all night long on a freezing rock, while their mums waited and "
    "prayed at the Veldt hut. Now they are coming home.",
)


def test_a_brief_that_pairs_with_one_report_of_two_joins_the_story() -> None:
    assert _stories(WIRE, FAMILIES, BRIEF) == [{"brief", "families", "wire"}]


def test_a_brief_naming_someone_neither_report_mentions_stays_apart() -> None:
    """The brief headlined with a village neither report mentions, which it names again: the
    home of another pair of climbers, whose mothers waited at the Veldt hut too."""
    other = replace(
        BRIEF,
        title="Tollerby boys sang all night",
        text=BRIEF.text.replace("Now they are", "Now the Tollerby boys are"),
    )
    assert {"brief"} in _stories(WIRE, FAMILIES, other)


# A story of three reports (the wire's, the town paper's morning after, the heritage piece),
# each telling the church's fire in its own words, and a brief on the crowd that watched it.
FIRE = _item(
    "fire",
    1.0,
    "Fire destroys roof of Orlen's 13th-century St Wenna's church",
    "ORLEN, March 3 (Harbor Wire) - Fire tore through the roof of St Wenna's church in the "
    "market town of Orlen on Tuesday evening, bringing down the timber spire as crowds watched "
    "from the square, the county fire service said. Nobody was hurt.\n"
    "Firefighters from six stations fought the blaze for five hours and saved the tower, the "
    "service said. The cause was not yet known; builders had been repairing the lead roof.",
)
MORNING = _item(
    "morning",
    2.0,
    "Orlen wakes to a skyline without its spire",
    "Smoke still hung over Orlen on Wednesday morning where the timber spire of St Wenna's "
    "church had stood since the 1300s, after Tuesday's fire tore through its roof. The vicar, "
    "Anna Brisk, said the bells had been lost but firefighters carried out the font and the "
    "medieval screen before the roof fell.\n"
    "The town council said a fund to rebuild the church had raised 40,000 crowns overnight.",
)
HERITAGE = _item(
    "heritage",
    3.0,
    "What the Orlen fire took, and what it spared",
    "The timber spire of St Wenna's church, which fell when fire tore through the roof in "
    "Orlen on Tuesday, was one of the last of its kind in the county. Its bells were cast in "
    "1702. Experts said the carved screen and the font, both saved by firefighters, are older "
    "than the spire itself, and that the tower's stone can be repaired.",
)
CROWD = _item(
    "crowd",
    4.0,
    "'Like losing an old friend'",
    "Hundreds stood in silence in Orlen's square through the night as the spire of St Wenna's "
    'burned and fell. "It was like losing an old friend," said one woman who was married '
    "there.",
)


def test_a_brief_that_shares_a_little_with_each_report_of_a_story_joins_it() -> None:
    """Its few words pair a little with each of the three reports (their church, its spire,
    the square), too little for a whole article's fit to the story, enough for a brief's (see
    cluster.BRIEF_CENTROID)."""
    assert _stories(FIRE, MORNING, HERITAGE) == [{"fire", "heritage", "morning"}]
    assert _stories(FIRE, MORNING, HERITAGE, CROWD) == [{"crowd", "fire", "heritage", "morning"}]


# A story of the wire's report and a brief of the leader's own words, joined by their pair, and
# another outlet's short report that pairs with the wire's and shares no rare word with the
# brief: a report is not asked for a pair with a brief of its own few words.
RESIGNED = _item(
    "resigned",
    1.0,
    "Vessmark prime minister Norrgard resigns after coalition partner quits",
    "ORSTAD, March 3 (Harbor Wire) - Vessmark's prime minister Ilse Norrgard resigned on Tuesday "
    "after the Farmers' Alliance left her coalition over a plan to raise the pension age, leaving "
    "her without a majority in parliament. President Tomas Brekke asked her to stay on as "
    "caretaker until a new government is formed.",
    feed="Harbor Wire",
)
CHAIR = _item(
    "chair",
    2.0,
    "'I will not cling to this chair'",
    "Ilse Norrgard told parliament she would not cling to power for a day longer, and was "
    "applauded from her own benches as she resigned.",
    feed="Orstad Evening",
)
TOPPLED = _item(
    "toppled",
    3.0,
    "Pension row topples Vessmark government",
    "A row over the pension age has brought down the government in Vessmark, where the premier "
    "stepped aside after her junior partner left the coalition on Tuesday.",
    feed="Capital Ledger",
)


def test_a_short_report_joins_a_report_and_a_brief_through_the_report() -> None:
    assert _stories(RESIGNED, CHAIR, TOPPLED) == [{"chair", "resigned", "toppled"}]


def test_a_short_report_naming_someone_the_report_never_mentions_stays_apart() -> None:
    """The same report of another country's government (Dalsund, which neither the wire nor
    the brief names) stays apart: joining through one report joins no stranger's story."""
    other = replace(
        TOPPLED,
        title="Pension row topples Dalsund government",
        text=TOPPLED.text.replace("in Vessmark", "in Dalsund"),
    )
    assert _stories(RESIGNED, CHAIR, other) == [{"chair", "resigned"}, {"toppled"}]
