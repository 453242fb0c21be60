"""Headlines that tell opposite acts of one subject report two events.

A firm's profit that rises and its profit that falls are two quarters' results; a
strike that begins and one that ends, a court that blocks a law and one that upholds
it, a founder charged and the same founder found guilty, are two happenings of one
topic told in the same words but for the act. Read together (a feed's archive stored
by one refresh, a long span read as one day) they stay apart; a headline that tells
both sides ("shares rise as profit falls") opposes nothing, and one event told with one
act in other words ("slumps", "tumbles", "indicted" for "charged") joins.
"""

from __future__ import annotations

import pytest

from briefing.models import Item
from briefing.stories.opposites import opposed
from tests.stories.test_teasers import _item, _stories

RISE = _item(
    "rise",
    1.0,
    "Norvell Motors quarterly profit rises on pickup demand",
    "Norvell Motors said its quarterly net profit was 1.3 billion crowns, helped by strong "
    "demand for its pickup trucks in Ardal and lower steel prices, the carmaker said in a "
    "statement to the Brandt stock exchange.",
)
FALL = _item(
    "fall",
    2.0,
    "Norvell Motors quarterly profit falls on steel costs",
    "Higher steel prices cost Norvell Motors 400 million crowns in the three months to "
    "June, and sales of its small cars slid in Ardal, leaving net profit at 1.0 billion "
    "crowns. Its shares fell 5% in Brandt.",
)
BLOCK = _item(
    "block",
    1.0,
    "Vestria court blocks social media age law",
    "Judges in Lindholm put Vestria's law requiring social media apps to check the ages of "
    "their users on hold, siding with the technology firms that brought the case.",
)
UPHOLD = _item(
    "uphold",
    2.0,
    "Vestria court upholds social media age law",
    "Apps such as Chatterly must start checking their users' ages from September after "
    "the top court in Lindholm found that Vestria's age law respects privacy rights.",
)

CHARGED = _item(
    "filing",
    1.0,
    "Orbin Labs founder charged with fraud",
    "Prosecutors in Kestra accused Hela Marrow, who founded the blood-testing start-up Orbin "
    "Labs, of misleading investors about what its devices could do, in a case that could "
    "bring up to twenty years in prison. Her lawyers said she would fight the charges.",
)
GUILTY = _item(
    "jury",
    2.0,
    "Orbin Labs founder found guilty after four-month trial",
    "Jurors deliberated for six days before deciding that Hela Marrow had lied to the "
    "backers of Orbin Labs. Sentencing is set for the spring, and her lawyers said they "
    "would appeal.",
)


@pytest.mark.parametrize(("one", "other"), [(RISE, FALL), (BLOCK, UPHOLD), (CHARGED, GUILTY)])
def test_headlines_telling_opposite_acts_stay_apart(one: Item, other: Item) -> None:
    assert len(_stories(one, other)) == 2


def test_one_event_told_with_one_act_in_other_words_joins() -> None:
    slumps = _item(
        "slumps",
        3.0,
        "Norvell Motors quarterly profit slumps as steel costs bite",
        "Norvell Motors said its quarterly net profit was 1.0 billion crowns as higher steel "
        "prices and weak demand for its small cars in Ardal hurt, the carmaker said in a "
        "statement to the Brandt stock exchange.",
    )
    assert _stories(FALL, slumps) == [{"fall", "slumps"}]


def test_a_charge_told_as_an_indictment_joins() -> None:
    """Outlets tell one step of a case in their own words: indicted is charged,
    defrauding is fraud, convicted is found guilty."""
    indicted = _item(
        "tabloid",
        2.0,
        "Hela Marrow indicted",
        "A grand jury indicted Hela Marrow on counts of defrauding her backers.",
    )
    assert _stories(CHARGED, indicted) == [{"filing", "tabloid"}]


def test_a_story_whose_headline_tells_the_opposite_act_is_another_event() -> None:
    """A report that tells no act (the founder at court) links both steps of the case;
    the verdict still does not join the story of the charge."""
    court = _item(
        "court",
        1.5,
        "Hela Marrow arrives at court in Kestra",
        "The Orbin Labs founder, dressed in grey, walked past photographers into the court "
        "building in Kestra with her lawyers on Monday morning.",
    )
    stories = _stories(CHARGED, court, GUILTY)
    assert not any({"filing", "jury"} <= story for story in stories), stories


def test_opposite_acts_of_two_things_in_one_event_oppose_nothing() -> None:
    # A cyclone's surge "brings" (a rise) and an island "cut off" (a fall) are acts of two
    # things, the sea and the island: the headlines share no subject, and one event has both.
    wire = _item(
        "wire",
        1.0,
        "Cyclone Mara slams into Tesk, forcing 50,000 from homes",
        "PORT ELVA, Tesk, March 3 (Seaboard) - Cyclone Mara made landfall on Tesk's northern "
        "coast on Tuesday with winds of 170 km per hour, forcing 50,000 people into shelters "
        "and cutting power to the island of Dorin, officials said.\n"
        "The cyclone brought a sea surge of up to four metres along Dorin's western shore and "
        "flooded low streets of Port Elva, the provincial capital.\n"
        "Flights to the north were cancelled and the navy readied ships to carry food.",
    )
    island = _item(
        "island",
        6.0,
        "Dorin cut off as cyclone floods Port Elva",
        "Dorin island was without power or phone signal on Tuesday night after Cyclone Mara "
        "crossed it, flooding Port Elva's market and flattening sugar cane in the interior.\n"
        "The disaster agency said 50,000 people were sheltering in schools and chapels across "
        "the north, and aid groups warned that wells on Dorin could be fouled by sea water.",
        feed="Tesk Coast Times",
    )
    brief = _item(
        "brief",
        11.0,
        "Mara brings four-metre surge to Tesk's north",
        "The cyclone made landfall with winds of 170 km/h and drove tens of thousands of "
        "islanders from their homes; no deaths have been reported so far.",
        feed="Pacific Rim Wire",
    )
    assert _stories(wire, island, brief) == [{"brief", "island", "wire"}]


def test_beating_forecasts_is_no_rise_against_a_profit_that_falls() -> None:
    """ "Beats forecasts" tells how a result compares with what analysts expected, not which
    way it moved: a quarter whose profit fell can beat them, and one outlet says which while
    another says the other."""
    beats = _item(
        "results",
        3.0,
        "Norvell Motors beats forecasts, unveils share buyback",
        "The carmaker earned more than analysts had pencilled in for the three months to "
        "June and will buy back up to 2 billion crowns of its own stock, Norvell Motors "
        "told investors on Thursday.",
    )
    assert _stories(FALL, beats) == [{"fall", "results"}]


def test_a_trial_that_opens_and_its_verdict_months_later_stay_apart() -> None:
    """The opening of a trial and the verdict that ends it are two happenings of one case,
    told with the same names: read as one day, the act tells them apart."""
    opens = _item(
        "opening",
        1.0,
        "Singer Dario Fenn's tax fraud trial opens in Kestra",
        "Dario Fenn, the singer accused of hiding 4 million crowns from the tax office, "
        "arrived at the Kestra court on Monday as prosecutors set out their case. He denies "
        "the charges, and the hearings are expected to last five weeks.",
    )
    verdict = _item(
        "verdict",
        2.0,
        "Dario Fenn found guilty of tax fraud",
        "Judges in Kestra convicted the singer Dario Fenn of hiding 4 million crowns from the "
        "tax office and gave him a suspended sentence of two years. His lawyers said he "
        "would appeal against the ruling.",
    )
    assert _stories(opens, verdict) == [{"opening"}, {"verdict"}]


def test_a_bid_rejected_and_a_deal_completed_stay_apart() -> None:
    rejected = _item(
        "rejected",
        1.0,
        "Harlow United reject bid for striker Tomas Brek",
        "Harlow United turned down an offer of 60 million euros from Castor City for their "
        "striker Tomas Brek, saying the player was not for sale at any price this summer.",
    )
    completed = _item(
        "completed",
        2.0,
        "Tomas Brek completes move from Harlow United to Castor City",
        "Castor City signed the striker Tomas Brek from Harlow United for 75 million euros, "
        "ending a saga that began when Harlow turned down their first offer for the player.",
    )
    assert _stories(rejected, completed) == [{"completed"}, {"rejected"}]


def test_a_trial_under_way_and_a_day_without_a_verdict_are_one_event() -> None:
    """Only a trial that opens is the case before its verdict: a trial going into its second
    day of deliberations and "a day without a verdict" are one day of one trial."""
    second = _item(
        "second",
        1.0,
        "Dario Fenn trial enters second day of jury deliberations",
        "Jurors in Kestra met again on Tuesday to weigh the tax fraud charges against the "
        "singer Dario Fenn, after a first day of deliberations ended without a decision.",
    )
    waiting = _item(
        "waiting",
        2.0,
        "Dario Fenn 'confident' after second day without a verdict",
        "The singer Dario Fenn told reporters outside the Kestra court he was confident the "
        "jurors weighing the tax fraud charges against him would clear his name.",
    )
    assert _stories(second, waiting) == [{"second", "waiting"}]


def test_an_offer_rejected_and_a_deal_accepted_stay_apart() -> None:
    rejected = _item(
        "no",
        1.0,
        "Dock workers reject 3% pay offer from Lindport harbour board",
        "The dockers' union in Lindport turned down the harbour board's offer of a 3% rise "
        "and said its members would refuse overtime from next week.",
    )
    accepted = _item(
        "yes",
        2.0,
        "Lindport dock workers accept 7% pay deal from harbour board",
        "Dockers in Lindport voted to take the harbour board's improved offer of 7% over two "
        "years, ending months of overtime bans at the port.",
    )
    assert _stories(rejected, accepted) == [{"no"}, {"yes"}]


def test_an_incident_and_what_came_of_it_months_later_stay_apart() -> None:
    """A theft and the arrests, a hack and the fine: one topic's two happenings, told with the
    same names; read as one day, the act tells them apart."""
    theft = _item(
        "theft",
        1.0,
        "Thieves steal emerald tiara from Lindport city museum",
        "Three masked men took the Varga emerald tiara from a display case at the Lindport "
        "city museum before dawn on Sunday, police said, and escaped in a grey van.",
    )
    arrests = _item(
        "arrests",
        2.0,
        "Two arrested over Lindport museum tiara raid",
        "Police in Lindport detained two men in a flat near the harbour and found part of the "
        "Varga emerald tiara hidden in a suitcase, the city's police chief said.",
    )
    assert _stories(theft, arrests) == [{"arrests"}, {"theft"}]


def test_two_reports_of_one_hack_still_join() -> None:
    first = _item(
        "first",
        1.0,
        "Hackers steal data of 2 million Orlo Telecom customers",
        "Orlo Telecom said hackers had taken the names, addresses and phone numbers of two "
        "million of its customers in an attack on its billing system last week.",
    )
    second = _item(
        "second",
        2.0,
        "Orlo Telecom hack: what we know about the stolen customer data",
        "The attack on Orlo Telecom's billing system exposed the names, addresses and phone "
        "numbers of two million customers, the company said.",
    )
    assert _stories(first, second) == [{"first", "second"}]


def test_a_fine_over_a_theft_is_the_fine_not_the_theft() -> None:
    """ "Fined over data theft": what follows "over" is the cause, so the headline tells the
    fine, the other side of the theft itself."""
    theft = _item(
        "theft",
        1.0,
        "Hackers steal data of 2 million Orlo Telecom customers",
        "Orlo Telecom said hackers had taken the names, addresses and phone numbers of two "
        "million of its customers in an attack on its billing system last week.",
    )
    fine = _item(
        "fine",
        2.0,
        "Regulator fines Orlo Telecom 30 million crowns over data theft",
        "The data regulator said Orlo Telecom had left its billing system open for months "
        "before hackers took the details of two million customers, and fined the company.",
    )
    assert _stories(theft, fine) == [{"fine"}, {"theft"}]


BAN = _item(
    "ban",
    1.0,
    "Ostrava bans unlicensed coin exchanges; Veldt coin drops 9%",
    "OSTRAVA, March 2 (Coastline) - Ostrava's markets regulator on Monday barred coin "
    "exchanges without a local licence from serving its residents, giving them 90 days to "
    "apply. The Veldt coin fell 9% after the announcement, and Brimholt, the largest foreign "
    "exchange in the country, said it would apply at once.",
    feed="Coastline",
)
COSTS = _item(
    "costs",
    2.0,
    "Ostrava curbs on coin exchanges may raise costs for traders abroad",
    "Traders who buy coins on Ostrava's exchanges from abroad could pay higher fees after the "
    "regulator barred unlicensed exchanges from serving its residents, analysts said on "
    "Monday. Brimholt, which has thousands of foreign users, will have to pay for a licence.",
    feed="Southdesk",
)


def test_a_rise_and_a_fall_beside_one_act_told_alike_oppose_nothing() -> None:
    # Both headlines tell the ban (a curb); the coin falls in one and the traders' costs rise
    # in the other: one event's two angles.
    assert _stories(BAN, COSTS) == [{"ban", "costs"}]


def test_only_a_rise_against_a_fall_is_spared_by_an_act_told_alike() -> None:
    # A rise against a fall, and nothing else: two results.
    assert opposed((1, 0, 0, 0, 0), (-1, 0, 0, 0, 0))
    # Beside a ban both tell: one event.
    assert not opposed((1, 0, -1, 0, 0), (-1, 0, -1, 0, 0))
    # A ruling upheld against one overturned stays two rulings, whatever else is alike.
    assert opposed((0, 0, 1, 0, -1), (0, 0, -1, 0, -1))
