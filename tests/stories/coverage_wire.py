"""More multi-outlet coverage of our own, in the forms of wire copy, labelled by event.

A second set beside tests/stories/coverage.py, written after it (our own words; the
places, firms and people are made up) to check that what the first set taught
holds on coverage it was not tuned on. It brings the forms of wire and newspaper
copy: datelines with the agency in brackets, `dlrs` and `mln`, a figure written three
ways, press releases beside the news written from them, a rising death toll told
hours apart, teasers of one line, photo and video pages, and running topics whose
separate events (a strike and its end, two rate decisions, a club's match and its
coach's sacking) share their names. Scored with coverage.score over coverage.items,
heavy and gold, given PIECES.
"""

from __future__ import annotations

from tests.stories.coverage import DAY, MONTH, Piece

PIECES: tuple[Piece, ...] = (
    # --- An earthquake, its toll rising through the day, told by four outlets. ---
    Piece(
        "quake",
        "Northwire",
        1.0,
        "Magnitude 6.3 quake strikes eastern Orvik, at least 14 dead",
        "TESSIN, Orvik, May 14 (Northwire) - A magnitude 6.3 earthquake struck eastern Orvik "
        "before dawn on Thursday, killing at least 14 people and trapping dozens under "
        "collapsed apartment blocks in the city of Tessin, the civil defence agency said.",
    ),
    Piece(
        "quake",
        "Daily Ledger",
        6.0,
        "Orvik earthquake death toll climbs to 41 as rescuers dig through rubble",
        "Rescue teams pulled more bodies from the ruins of apartment buildings in Tessin on "
        "Thursday, raising the toll from the 6.3-magnitude tremor to 41, with more than 200 "
        "injured.\nSurvivors spent the day in the streets, afraid of aftershocks.",
    ),
    Piece(
        "quake",
        "Channel Nine",
        1.5,
        "Strong earthquake shakes Orvik",
        "A powerful earthquake hit eastern Orvik early on Thursday, bringing down buildings in "
        "Tessin. There were reports of casualties. More soon.",
    ),
    Piece(
        "quake",
        "Evening Post",
        9.0,
        "Neighbours rush rescue teams to Orvik after deadly tremor",
        "Three neighbouring countries sent search and rescue teams with sniffer dogs to Tessin "
        "after Thursday's earthquake, which has killed 41 people.",
    ),
    # --- A takeover: one figure written as $4.2 billion, 4.2 bln dlrs and $4.2bn. ---
    Piece(
        "takeover",
        "Northwire",
        2.0,
        "Halvard to buy Brisk Mobile for $4.2 billion",
        "Halvard Group agreed on Thursday to buy the mobile operator Brisk Mobile for $4.2 "
        "billion in cash, creating the second-largest carrier in the region, the companies "
        "said in a joint statement.",
    ),
    Piece(
        "takeover",
        "Market Wire",
        2.5,
        "HALVARD AGREES 4.2 BLN DLR DEAL FOR BRISK",
        "KESTRA, May 14 (Market Wire) - Halvard Group Ltd said it would acquire Brisk Mobile "
        "for 4.2 bln dlrs, or 31.50 dlrs a share, a premium of 28 pct to Wednesday's close.",
    ),
    Piece(
        "takeover",
        "Daily Ledger",
        4.0,
        "Brisk Mobile shares soar after $4.2bn Halvard bid",
        "Shares in Brisk Mobile jumped 27% on Thursday after Halvard said it would pay $4.2bn "
        "for the company, ending months of speculation about the carrier's future.",
    ),
    Piece(
        "takeover",
        "Consumer Desk",
        7.0,
        "What the Brisk takeover means for your phone bill",
        "Brisk Mobile customers will keep their contracts after the Halvard deal, but analysts "
        "expect fewer discounts once the two carriers combine their networks.",
    ),
    # --- A press release and the news written from it. ---
    Piece(
        "trial",
        "Lumen Pharma (press release)",
        3.0,
        "Lumen Pharma Announces Positive Phase 3 Results for Corvexa in Advanced Lung Cancer",
        "KESTRA, May 14 -- Lumen Pharma today announced that its Phase 3 CLARO trial of "
        "Corvexa met its primary endpoint, reducing the risk of death by 24% compared with "
        "standard chemotherapy in patients with advanced lung cancer.",
    ),
    Piece(
        "trial",
        "Health Wire",
        5.0,
        "Lumen's lung cancer drug cuts risk of death by a quarter in late-stage trial",
        "Corvexa, Lumen Pharma's experimental lung cancer pill, lowered the risk of death by 24% "
        "in a large trial, the company said, putting it on course for approval next year.",
    ),
    Piece(
        "trial",
        "Market Wire",
        5.5,
        "Lumen shares hit record on Corvexa data",
        "Lumen Pharma shares rose 11% to a record high after the drugmaker reported that "
        "Corvexa helped patients with advanced lung cancer live longer.",
    ),
    # --- A running topic: a port strike and, ten days later, its end. ---
    Piece(
        "strike-start",
        "Northwire",
        -10 * DAY,
        "Kestra dockers walk out over pay",
        "KESTRA, May 4 (Northwire) - About 3,000 dockers at the port of Kestra went on strike "
        "on Monday over pay, leaving container ships waiting at anchor, their union said.",
    ),
    Piece(
        "strike-start",
        "Daily Ledger",
        -10 * DAY + 3,
        "Port of Kestra at a standstill as strike begins",
        "Cranes stood idle at Kestra's container terminals after dockers stopped work to "
        "demand a 12% pay rise. The port handles a third of the country's trade.",
    ),
    Piece(
        "strike-end",
        "Northwire",
        4.0,
        "Kestra dockers end strike after pay deal",
        "KESTRA, May 14 (Northwire) - Dockers at the port of Kestra voted on Thursday to return "
        "to work after accepting a 9% pay increase over two years, ending a ten-day strike.",
    ),
    Piece(
        "strike-end",
        "Daily Ledger",
        6.5,
        "Ships move again at Kestra as dockers accept offer",
        "The first container ships were unloaded at Kestra on Thursday evening after the union "
        "accepted the port operators' 9% offer.",
    ),
    # --- A running topic: two rate decisions of one central bank, two months apart. ---
    Piece(
        "rate-hold",
        "Market Wire",
        -2 * MONTH,
        "Velmora central bank holds key rate at 6%",
        "The Velmora central bank left its benchmark interest rate unchanged at 6% on "
        "Tuesday, saying it wanted more evidence that inflation was slowing.",
    ),
    Piece(
        "rate-cut",
        "Market Wire",
        3.5,
        "Velmora central bank cuts rates for first time in two years",
        "The Velmora central bank lowered its benchmark interest rate by a quarter point to "
        "5.75% on Thursday, its first cut since the pandemic, as inflation cooled.",
    ),
    Piece(
        "rate-cut",
        "Northwire",
        4.0,
        "Velmora trims key rate to 5.75% as prices cool",
        "VELMORA CITY, May 14 (Northwire) - Velmora's central bank cut its main rate to 5.75% "
        "from 6% on Thursday, saying price growth had eased for four months in a row.",
    ),
    # --- A running topic: a club's match and, a week later, its coach sacked. ---
    Piece(
        "match",
        "Sport Daily",
        -7 * DAY,
        "Tessin Rovers beat Kestra United 3-1 to go top",
        "Tessin Rovers came from behind to beat Kestra United 3-1 on Saturday and move top of "
        "the league, with two goals from their striker Aron Pelt.",
    ),
    Piece(
        "sacking",
        "Sport Daily",
        5.0,
        "Kestra United sack coach Dario Venn after losing run",
        "Kestra United dismissed their coach Dario Venn on Thursday after five defeats in six "
        "games, including last week's 3-1 loss to Tessin Rovers.",
    ),
    Piece(
        "sacking",
        "Evening Post",
        7.5,
        "Venn out at Kestra United",
        "Dario Venn has been fired by Kestra United after a run of five defeats left the club "
        "fourth from bottom of the league.",
    ),
    # --- One city, one day, two events. ---
    Piece(
        "fire",
        "Velmora Herald",
        2.0,
        "Blaze destroys warehouse in Velmora City's old port",
        "A fire destroyed a textile warehouse in Velmora City's old port district overnight, "
        "firefighters said. No one was hurt, but smoke forced the closure of two schools.",
    ),
    Piece(
        "fire",
        "Northwire",
        3.0,
        "Velmora City warehouse fire forces school closures",
        "VELMORA CITY, May 14 (Northwire) - Two schools were closed on Thursday as smoke from "
        "a warehouse blaze in the old port drifted over the city centre.",
    ),
    Piece(
        "mayor",
        "Velmora Herald",
        8.0,
        "Velmora City mayor resigns over contracts inquiry",
        "Velmora City's mayor Ilka Sorn resigned on Thursday, days after prosecutors opened an "
        "inquiry into building contracts awarded by the city.",
    ),
    # --- Quotes told in two ways: the same words, two quotation styles. ---
    Piece(
        "minister",
        "Northwire",
        5.0,
        "Orvik finance minister rules out new taxes",
        "TESSIN, May 14 (Northwire) - Orvik's finance minister Petra Lund said on Thursday ''we "
        "will not raise taxes to pay for the reconstruction,'' adding that reserves would cover "
        "the first phase.",
    ),
    Piece(
        "minister",
        "Daily Ledger",
        8.0,
        "No tax rises for rebuilding, says Lund",
        "“We will not raise taxes to pay for the reconstruction,” Petra Lund told reporters, "
        "saying the government would draw on its reserves.",
    ),
    # --- Near-empty items: too little text to judge, they stay alone. ---
    Piece(
        "photos-quake",
        "Channel Nine",
        3.0,
        "In pictures: Tessin after the earthquake",
        "Photographs from Tessin on Thursday.",
    ),
    Piece(
        "video-port",
        "Evening Post",
        6.0,
        "Video: ships leave Kestra",
        "Watch the first ships leave Kestra port.",
    ),
    # --- Singletons of the day. ---
    Piece(
        "museum",
        "Velmora Herald",
        6.0,
        "Velmora museum returns bronze statues to Orvik",
        "The national museum in Velmora City handed back four bronze statues taken from Orvik "
        "a century ago, in a ceremony attended by both culture ministers.",
    ),
    Piece(
        "airline",
        "Market Wire",
        7.0,
        "Skylane orders 40 regional jets",
        "The budget airline Skylane ordered 40 regional jets worth about $1.9 billion at list "
        "prices, to replace its oldest planes by 2029.",
    ),
    Piece(
        "weather",
        "Evening Post",
        8.5,
        "Heatwave warning for southern Velmora",
        "Forecasters warned of temperatures up to 39C across southern Velmora over the weekend "
        "and urged people to avoid the midday sun.",
    ),
    Piece(
        "election",
        "Northwire",
        9.0,
        "Orvik opposition names candidate for autumn election",
        "TESSIN, May 14 (Northwire) - Orvik's main opposition party chose the former judge "
        "Mara Quist as its candidate for the presidential election in October.",
    ),
)
"""Every item of the set, each labelled by its event."""

__all__ = ["DAY", "MONTH", "PIECES"]
