"""A running topic's stages are two events each, told in the same names and figures.

A suit and the jury's award months later, a minister's resignation and the charges that follow,
an offer to buy a firm and the regulator's ruling or inquiry, a product's launch and its recall,
an index's record high and its crash, a product's recall and the fine over it:
squashed into one day only the act each headline tells keeps them apart (see words.ACTS, read
from a headline as the clusterer reads it: headlines.acts through signals.make_doc). A
headline that tells both sides of a pair opposes neither. The sentences here are our own.
"""

from __future__ import annotations

import pytest

from briefing.models import Item
from briefing.stories.opposites import opposed
from tests.stories.test_rulings import _act
from tests.stories.test_teasers import _item, _stories

# A novelist's suit and the jury's award.
SUED = _item(
    "sued",
    1.0,
    "Novelist Petra Quarles sues publisher Halden House over unpaid royalties",
    "Novelist Petra Quarles sued her former publisher Halden House, accusing it of holding back "
    "$3 million in royalties from her Marsh Lane crime series, court papers show. The suit says "
    "Halden House understated sales of the books abroad for six years. A spokeswoman for Halden "
    "House said the claims had no merit and that the publisher would defend itself in court.",
    feed="Harbour Wire",
)
ACCUSED = _item(
    "accused",
    2.0,
    "Crime writer Quarles takes Halden House to court over $3 million in royalties",
    "Petra Quarles, whose Marsh Lane novels have sold eleven million copies, has sued Halden "
    "House, saying the publisher kept $3 million of her royalties by understating foreign "
    "sales. Halden House denies the claims and says it will fight the lawsuit.",
    feed="Page Turner",
)
AWARDED = _item(
    "awarded",
    6.0,
    "Jury awards Petra Quarles $2.4 million in royalties fight with Halden House",
    "A jury in Kelby found that Halden House had shortchanged Petra Quarles and ordered the "
    "publisher to pay the author $2.4 million. Quarles wept as the decision was read out. "
    "Halden House said it would study the ruling before deciding whether to appeal.",
    feed="Capital Ledger",
)

# A minister's resignation and his charges.
QUITS = _item(
    "quits",
    1.0,
    "Ostland transport minister Eero Vaskinen quits over tram contract",
    "Ostland's transport minister Eero Vaskinen resigned after reports that a 40-million-mark "
    "tram contract went to a firm run by his brother-in-law. Vaskinen said he had done nothing "
    "wrong but would not let the affair distract the government.",
    feed="Harbour Wire",
)
RESIGNS = _item(
    "resigns",
    2.0,
    "Vaskinen resigns as tram contract row grows",
    "Eero Vaskinen has resigned as Ostland's transport minister over the 40-million-mark tram "
    "contract awarded to Linjaväli, a company headed by his brother-in-law.",
    feed="Baltic Courier",
)
CHARGED = _item(
    "charged",
    6.0,
    "Former Ostland minister Vaskinen charged over tram contract",
    "Prosecutors in Ostland charged former transport minister Eero Vaskinen with abuse of "
    "office, saying he steered the tram deal to Linjaväli. His lawyer said he would plead not "
    "guilty.",
    feed="Capital Ledger",
)

# An offer for a baker and the watchdog's blocking.
BID = _item(
    "bid",
    1.0,
    "Tarnholm Mills offers $3.1 billion to buy rival baker Oaklea",
    "Tarnholm Mills offered $3.1 billion for Oaklea Bakeries, the country's second-largest "
    "bread maker, in a deal that would put two of every three loaves sold under one roof. "
    "Oaklea's board said it would study the offer.",
    feed="Harbour Wire",
)
TO_BUY = _item(
    "to-buy",
    2.0,
    "Tarnholm to buy Oaklea Bakeries in $3.1 bln deal",
    "Tarnholm Mills will buy Oaklea Bakeries for $3.1 billion, the companies said, creating a "
    "baker with two thirds of the country's bread market.",
    feed="Ledger Markets",
)
BLOCKED = _item(
    "blocked",
    6.0,
    "Competition watchdog blocks Tarnholm's $3.1 billion Oaklea deal",
    "The competition authority blocked Tarnholm Mills' purchase of Oaklea Bakeries, saying "
    "shoppers would pay more for bread if two thirds of the market sat with one baker. "
    "Tarnholm said it was disappointed and would consider its options.",
    feed="Capital Ledger",
)
OFFERED = _item(
    "offered",
    1.5,
    "Tarnholm Mills makes $3.1 bln cash offer for Oaklea Bakeries",
    "Tarnholm Mills has offered $3.1 billion in cash for Oaklea Bakeries, the second-largest "
    "bread maker in the country, a deal that would give the miller two thirds of the market. "
    "Oaklea's directors said they would consider the approach.",
    feed="Grain Desk",
)

# A kettle's launch and its recall.
UNVEILED = _item(
    "unveiled",
    1.0,
    "Pemberly unveils Halo X, a kettle that boils in 40 seconds",
    "Appliance maker Pemberly unveiled the Halo X, a 1.2-litre kettle it says boils water in "
    "40 seconds, priced at 89 pounds. The Halo X goes on sale in Pemberly's stores next month.",
    feed="Harbour Wire",
)
LAUNCHED = _item(
    "launched",
    2.0,
    "Pemberly launches 89-pound Halo X kettle",
    "Pemberly's Halo X kettle, which the company says boils a litre in 40 seconds, will cost "
    "89 pounds when it reaches shops.",
    feed="Gadget Ledger",
)
RECALLED = _item(
    "recalled",
    6.0,
    "Pemberly recalls every Halo X kettle after scalding reports",
    "Pemberly is recalling all 310,000 Halo X kettles sold after owners reported lids that flew "
    "open at the boil. Customers can return the 89-pound kettle to any Pemberly store.",
    feed="Capital Ledger",
)
# The kettle taken off sale.
OFF_SHELVES = _item(
    "off-shelves",
    6.0,
    "Pemberly pulls Halo X kettles from shelves after scalding reports",
    "Pemberly has stopped selling its Halo X kettle and taken the 310,000 sold so far off "
    "shelves after owners reported lids that flew open at the boil. Customers can return the "
    "89-pound kettle to any Pemberly store.",
    feed="Capital Ledger",
)
# The kettle's maker fined over it, months later.
FINED = _item(
    "fined",
    7.0,
    "Safety regulator fines Pemberly 4 million pounds over Halo X kettle",
    "The Product Safety Office fined Pemberly 4 million pounds, saying the appliance maker sold "
    "the Halo X kettle for five months after its own engineers warned that the lid could fly "
    "open at the boil. Pemberly recalled all 310,000 kettles in the spring.",
    feed="Harbour Wire",
)
FINE_TOLD = _item(
    "fine-told",
    7.5,
    "Pemberly hit with record fine over exploding kettle lids",
    "Pemberly must pay 4 million pounds, the largest fine the Product Safety Office has handed "
    "out, for selling Halo X kettles it knew were unsafe. The regulator said the maker had "
    "ignored its engineers' warnings about the lids.",
    feed="Gadget Ledger",
)

# A weather satellite launched and, months later, lost.
ORBITED = _item(
    "orbited",
    1.0,
    "Orsa's Keld-2 weather satellite reaches orbit",
    "The Keld-2 weather satellite built by Orsa Space reached its planned orbit on Tuesday, "
    "40 minutes after lifting off from Tarn on a Vessel rocket. The 300 million euro craft will "
    "map storms over the northern ocean.",
    feed="Harbour Wire",
)
LOFTED = _item(
    "lofted",
    2.0,
    "Vessel rocket lofts Orsa's Keld-2 weather satellite",
    "A Vessel rocket carried Orsa Space's 300 million euro Keld-2 weather satellite into orbit "
    "from Tarn on Tuesday, the first of four craft meant to map storms over the northern ocean.",
    feed="Orbit Ledger",
)
LOST = _item(
    "lost",
    6.0,
    "Orsa Space loses contact with Keld-2 weather satellite",
    "Orsa Space said it had lost contact with its 300 million euro Keld-2 weather satellite, "
    "launched from Tarn on a Vessel rocket five months ago to map storms over the northern "
    "ocean. Engineers are trying to reach the craft.",
    feed="Capital Ledger",
)

# Sanctions imposed and, months later, lifted.
SANCTIONED = _item(
    "sanctioned",
    1.0,
    "Ostrian Union slaps sanctions on Marvel president Tesk over election crackdown",
    "The Ostrian Union froze the assets of President Aleks Tesk of Marvel and 20 officials "
    "and barred them from travelling to its member states, over the arrests of hundreds of "
    "opposition supporters after last month's election.",
    feed="Harbour Wire",
)
LIFTED = _item(
    "lifted",
    6.0,
    "Ostrian Union lifts sanctions on Marvel's Tesk after opposition leader freed",
    "The Ostrian Union unfroze the assets of President Aleks Tesk of Marvel and lifted its "
    "travel bans on him and 20 officials, a week after the opposition leader was released "
    "from prison.",
    feed="Capital Ledger",
)

# A footbridge's collapse and the report on it.
COLLAPSED = _item(
    "collapsed",
    1.0,
    "Brennock footbridge collapse kills four walkers",
    "Four walkers died when the Brennock footbridge over the river Ule collapsed on Sunday "
    "afternoon, the county's fire service said. The 60-metre span, opened in 1974, gave way "
    "as a charity walk crossed it. Engineers had inspected the bridge in the spring.",
    feed="Harbour Wire",
)
FELL = _item(
    "fell",
    2.0,
    "Four dead as Brennock footbridge falls into the Ule",
    "The Brennock footbridge collapsed beneath a charity walk, killing four people and "
    "throwing a dozen more into the river Ule. The county said the 60-metre span had passed "
    "an inspection in the spring.",
    feed="Valley Post",
)
REPORTED = _item(
    "reported",
    6.0,
    "Rusted bolts caused Brennock footbridge collapse, report finds",
    "Rusted bolts in the Brennock footbridge's north pier caused the collapse that killed four "
    "walkers, the county's engineers said in their report. The 60-metre span over the Ule had "
    "passed an inspection in the spring that never looked inside the pier.",
    feed="Capital Ledger",
)
PUBLISHED = _item(
    "published",
    6.5,
    "Report into the Brennock footbridge collapse published",
    "The county has published its engineers' report into the collapse of the Brennock "
    "footbridge, which killed four walkers on a charity walk across the Ule. It blames rusted "
    "bolts in the north pier that the spring inspection never looked at.",
    feed="County Gazette",
)


def _opposed(headline: str, other: str) -> bool:
    ours, theirs = _act(headline), _act(other)
    return bool(ours and theirs) and opposed(ours, theirs)


@pytest.mark.parametrize(
    ("headline", "other"),
    [
        # A suit is a civil case's charge, an award its verdict.
        ("Singer sues her manager", "Jury awards singer damages"),
        ("Singer sued by her manager", "Singer found guilty"),
        # A resignation and the charges that follow; "amid corruption charges" is why he quit
        # (see headlines.acting), and he is charged months later.
        ("Minister quits over contract", "Minister charged over contract"),
        ("Minister resigns", "Former minister charged"),
        ("Minister quits amid corruption charges", "Minister charged over contract"),
        # An offer and the ruling on it: blocked, cleared, vetoed, upheld, a ban imposed, an
        # inquiry opened.
        ("Miller to buy rival baker", "Watchdog blocks miller's deal"),
        ("Miller to buy rival baker", "Regulator clears miller's deal"),
        ("Miller to acquire baker", "Minister vetoes baker sale"),
        ("Miller to buy baker", "Watchdog opens probe into baker deal"),
        ("Miller to buy baker", "Court upholds block on miller"),
        ("Miller to buy baker", "Watchdog bans miller's merger"),
        # ...and an offer made for the firm (see headlines._OFFER_FOR).
        ("Miller offers $3 billion for Oaklea", "Watchdog clears Miller's Oaklea deal"),
        ("Miller makes recommended cash offer for Oaklea", "Watchdog blocks Oaklea deal"),
        # A launch and a recall.
        ("Maker launches new kettle", "Maker recalls new kettle"),
        ("Maker unveils kettle", "Kettle recalled"),
        # ...and its withdrawal, however told (see headlines._OFF_SALE).
        ("Maker launches new kettle", "Maker halts kettle sales"),
        ("Maker unveils kettle", "Maker pulls its new kettle from shelves"),
        ("Maker launches new kettle", "NEW KETTLE YANKED"),
        ("Maker launches new kettle", "Maker withdraws new kettle"),
        # ...and a spacecraft launched, lofted or in orbit, and lost (see
        # headlines._CONTACT_LOST).
        ("Orsa launches weather satellite", "Orsa loses contact with weather satellite"),
        ("Probe slips into orbit around asteroid Tamm", "Lander falls silent on asteroid Tamm"),
        ("Rocket lofts Keld-2", "Orsa declares its new Keld-2 weather satellite lost"),
        ("Orsa launches weather satellite", "Contact lost with Orsa weather satellite"),
        # ...and a product recalled or taken off sale, and the fine or the suit over it.
        ("Maker recalls new kettle", "Regulator fines kettle maker over recall"),
        ("Maker pulls its new kettle from shelves", "Kettle owners sue maker"),
        ("NEW KETTLE YANKED", "Kettle maker fined 2 million pounds"),
        # An investigation opened and its subject approved.
        ("Watchdog opens in-depth probe into Brelle dairy merger", "Brelle wins merger approval"),
        ("Regulator investigates Brelle bid", "Regulator approves Brelle bid"),
        (
            "Watchdog opens in-depth probe into Brelle dairy merger",
            "Watchdog waves through Brelle merger",
        ),
        ("Regulator investigates Brelle bid", "Regulator waves the Brelle bid through"),
        # An index's peak and its crash, a trough and a rally (see headlines._PEAK).
        ("Dunmore index at a lifetime high", "Dunmore index crashes 9%"),
        ("Copper hits record high", "Copper prices slump"),
        ("Copper sinks to 3-month low", "Copper rallies"),
        # A penalty imposed and lifted (see headlines._LIFTS), a law passed and struck down
        # (_STRUCK), a chief named and ousted (_NAMED), an outbreak declared and declared
        # over (_DECLARED), a mine inaugurated and mothballed, an injury and a return.
        ("Union slaps sanctions on Varn's leaders", "Union lifts sanctions on Varn's leaders"),
        ("Council bans fishing on the Harl", "Council eases Harl fishing ban"),
        ("Senate approves Orlan rent cap", "Top court throws out Orlan rent cap"),
        ("Senate approves Orlan rent law", "Court strikes down Orlan rent law"),
        ("Kestel names Ada Voss as chief executive", "Kestel ousts chief executive Ada Voss"),
        ("Ministry declares measles outbreak in Dunmere", "Dunmere measles outbreak declared over"),
        ("Declaration of a measles outbreak in Dunmere", "End of the measles outbreak in Dunmere"),
        ("Premier inaugurates Tolvik copper mine", "Owner mothballs Tolvik copper mine"),
        ("Striker Ilves to have surgery on torn knee", "Ilves scores on her return"),
        # An incident and what a report found of it (see headlines._FINDING): the incident is
        # the report's subject, not its act.
        ("Tower block collapses in Harwick", "Report into Harwick tower block collapse"),
        ("Gas blast levels bakery", "Faulty valve caused bakery blast, inquiry finds"),
        ("Hackers raid Fenlow bank", "Fenlow bank hack was an inside job, review finds"),
        # People "held" over an incident are arrested (see headlines._HELD).
        ("Thieves steal Sunmere museum's crown", "Four held over Sunmere museum crown theft"),
        ("Hackers raid Fenlow bank", "Two men held after Fenlow bank hack"),
    ],
)
def test_a_topic_s_stages_are_opposite_acts(headline: str, other: str) -> None:
    assert _opposed(headline, other)
    assert _opposed(other, headline)


@pytest.mark.parametrize(
    ("headline", "other"),
    [
        # The outlets' other words for one act.
        ("Singer sues her manager", "Singer files lawsuit"),
        # The target's board turning an offer down tells the offer too, and so does a ban on
        # buying; a board that accepts an offer tells the deal, not a ruling on it.
        ("Baker rejects offer to buy it", "Miller to buy baker"),
        ("Minister bans firms buying bakers", "Miller to buy baker"),
        ("Baker accepts miller's offer", "Miller to buy baker"),
        # A trough told as a fall is one move; a high court and a low-cost carrier tell none.
        ("Copper sinks to 3-month low", "Copper prices slump"),
        ("High court blocks copper merger", "Copper prices slump"),
        ("Low-cost copper smelter opens", "Copper prices slump"),
        # An inquiry opened into an incident is the incident's news that day, and tells both;
        # a weekday after "report on" is when a verb's news was given, not a report's subject.
        ("Tower block collapses", "Inquiry opens into tower block collapse"),
        ("Tower block collapses", "Mayor to report on Monday on tower block collapse"),
        # A board that rejects an offer tells the offer too; an offer of talks or refunds is
        # no offer for a firm.
        ("Miller offers $3 billion for Oaklea", "Oaklea rejects Miller's $3 billion offer"),
        ("Minister offers talks for Oaklea workers", "Watchdog clears Oaklea deal"),
        # A strike that halts a plant, a maker that pulls out of a deal: no product off sale.
        ("Maker launches new kettle", "Strike halts kettle plant"),
        ("Maker launches new kettle", "Kettle maker pulls out of merger talks"),
        # A currency's record low beside a penalty lifts nothing; a dam's floodgates open and
        # close in one flood; a stadium named after a founder names no chief.
        ("Varn crown hits record low as bank joins sanctions list", "Varn bank on sanctions list"),
        ("Varn dam opens floodgates", "Varn dam floodgates closed as river recedes"),
        ("Kestel names new stadium after founder", "Kestel ousts its chief executive"),
        # Talks held over a theft's return hold no one.
        ("Thieves steal Sunmere museum's crown", "Talks held over return of Sunmere crown"),
        # Money, a contract or a vote lost is no spacecraft lost; offices that fall silent in a
        # strike tell its start, not a loss.
        ("Maker launches new kettle", "Kettle maker lost $3 million last year"),
        ("Orsa launches weather satellite", "Orsa lost contract for second satellite"),
        ("Posties walk out over pay", "Sorting offices fall silent as posties walk out"),
        # A ruling that names the investigation it ends tells both.
        ("Watchdog approves Brelle merger after six-month probe", "Brelle dairy merger approved"),
        # A recall's refunds are its own news; a bank's withdrawals are no product taken off
        # sale.
        ("Maker recalls new kettle", "Maker offers refunds on recalled kettles"),
        ("Bank limits withdrawals", "Bank fined over money laundering checks"),
        # A media report's word for the news: the hack's own.
        ("Hackers raid Fenlow bank", "Hackers stole Fenlow bank's data, report says"),
    ],
)
def test_one_stage_told_in_other_words_opposes_nothing(headline: str, other: str) -> None:
    assert not _opposed(headline, other)


def test_flags_and_drivers_waved_through_are_no_approval() -> None:
    assert _act("Fans wave flags through the night") == ()
    assert _act("Police wave drivers through checkpoint") == ()


def test_a_bid_that_is_an_attempt_tells_no_offer() -> None:
    assert _act("Senator's bid to repeal tax fails") == ()


def test_a_report_a_headline_gives_as_its_cause_is_not_its_act() -> None:
    # What follows "after" is why (see headlines._CAUSE), even a report on an incident.
    told = _act("Harwick school head quits after report on gas leak")
    assert told == _act("Harwick school head quits")
    assert told != _act("Report on Harwick school gas leak published")


@pytest.mark.parametrize(
    ("items", "stories"),
    [
        ((SUED, ACCUSED, AWARDED), [{"accused", "sued"}, {"awarded"}]),
        ((QUITS, RESIGNS, CHARGED), [{"charged"}, {"quits", "resigns"}]),
        ((BID, TO_BUY, BLOCKED), [{"bid", "to-buy"}, {"blocked"}]),
        ((OFFERED, BLOCKED), [{"blocked"}, {"offered"}]),
        ((SANCTIONED, LIFTED), [{"lifted"}, {"sanctioned"}]),
        ((UNVEILED, LAUNCHED, RECALLED), [{"launched", "unveiled"}, {"recalled"}]),
        ((UNVEILED, LAUNCHED, OFF_SHELVES), [{"launched", "unveiled"}, {"off-shelves"}]),
        ((ORBITED, LOFTED, LOST), [{"lofted", "orbited"}, {"lost"}]),
        ((RECALLED, FINED, FINE_TOLD), [{"fine-told", "fined"}, {"recalled"}]),
        (
            (COLLAPSED, FELL, REPORTED, PUBLISHED),
            [{"collapsed", "fell"}, {"published", "reported"}],
        ),
    ],
    ids=[
        "suit-award",
        "resignation-charges",
        "offer-blocking",
        "cash-offer-blocking",
        "sanctions-lifting",
        "launch-recall",
        "launch-withdrawal",
        "launch-loss",
        "recall-fine",
        "collapse-report",
    ],
)
def test_two_stages_months_apart_are_two_stories_read_as_one_day(
    items: tuple[Item, ...], stories: list[set[str]]
) -> None:
    assert _stories(*items) == stories
