"""A fourth set of multi-outlet coverage of our own, over five publication days months apart.

Written blind: without reading the clustering code or the texts of the other three sets
(coverage.py, coverage_wire.py, coverage_days.py), on which the rules were tuned, so it
measures briefing on copy it has not seen. Every sentence is our own; the places, firms,
people and outlets are made up. The outlets write as English feeds of 2017-2018 did:

- wire copy with a dateline in the agencies' forms (`SEONJU, May 14 (Harbor) -`,
  `ARASHIMA, May 15 (Kaiyo) --`, `VELGRAD, July 14. /NORPRESS/.`,
  `RAMPUR, Oct 13 (ITN)`), `dlrs`, `mln`, `pct` and two single quotes for a double;
  a wire correction (`CORRECTED-`);
- tech blogs ("Hands-on", "Here's why"), business sites, tabloids, broadsheets
  (whole articles of several paragraphs), TV news sites (a sentence or a video
  caption), aggregator teasers of a line, a press release ("... (NASDAQ: VNTR) today
  announced") and the news written from it, live-blog updates, opinion and analysis
  pieces about a topic that is not the day's event (each its own event).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14): a token's slump with its figure written `$3,000`, `$3K` and
  `3,000 dlrs` and a column on the token (its own event); a car maker's and a brewer's
  first-quarter results (two events in the same words); a rate decision; a founder
  charged with fraud; earbuds launched by press release; a hurricane's landfall; a zoo
  video;
- day 2 (Thu May 15): the hurricane's rising toll and a hands-on review of the earbuds
  (follow-ups: the day-1 events); two protests in one capital; a runoff election told
  in live updates; a cup final; a missile over a neighbour;
- day 3 (Mon Jul 14, two months on): the running topics' next events, new events that
  share every name: the car maker's second quarter, the next rate decision (a rise), a
  second missile, the fraud trial's opening; plus a hotel chain's data breach told in
  words that barely meet ("30 million", "30M", "30 mln") and a heatwave;
- day 4 (Mon Oct 13, five months on): a second hurricane on the same coast, the rate
  held, the missile state's offer of talks, a ride-hailing founder's exit, a rail strike
  and a postal strike on one day, an analysis of the railways, a museum theft;
- day 5 (Tue Feb 10, nine months on): the fraud verdict, the car maker's full year, the
  token's rally, a satellite launch by the missile state, a nurses' strike (the same
  nurses who marched on day 2, a new event), a study and its university's release.

Scored by tests/stories/test_coverage_real4.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day.
"""

from __future__ import annotations

from tests.stories.coverage import DAY, MONTH, Piece, by_day

D1 = 0.0
D2 = DAY
D3 = 2 * MONTH + DAY
D4 = 5 * MONTH + 2 * DAY
D5 = 9 * MONTH + 2 * DAY

PIECES: tuple[Piece, ...] = (
    # ============================ Day 1: Wed May 14 ============================
    # --- A token's slump: $3,000, $3K, 3,000 dlrs; headlines that share little. ---
    Piece(
        "ard-slump",
        "Harbor Newswire",
        D1 + 0.5,
        "Ardcoin sinks below 3,000 dlrs as Kaiyo regulator freezes exchange sign-ups",
        "ARASHIMA, May 14 (Harbor) - Ardcoin fell below 3,000 dlrs for the first time since "
        "January on Wednesday after Kaiyo's Financial Conduct Office ordered the country's "
        "digital currency exchanges to stop opening new accounts.\n"
        "The token was down 17 pct at 2,870 dlrs by 0630 GMT, according to data from the "
        "Tollhouse exchange. It traded above 4,100 dlrs two weeks ago.\n"
        "''The order is temporary, but the market reads it as the first step towards "
        "licensing,'' said Yuna Takesaki, an analyst at Shiroi Securities.\n"
        "Kaiyo accounts for roughly a quarter of global Ardcoin trading, industry estimates "
        "show.",
    ),
    Piece(
        "ard-slump",
        "Gizmodrome",
        D1 + 2.0,
        "Ardcoin is in freefall",
        "Bad morning to be a HODLer. Ardcoin dropped by nearly a fifth overnight and briefly "
        "dipped under $2,900 after Kaiyo, one of the biggest markets for crypto trading, "
        "told exchanges to stop signing up new customers.",
    ),
    Piece(
        "ard-slump",
        "Market Ledger",
        D1 + 3.5,
        "Crypto sell-off wipes $40 billion off digital currency market",
        "More than $40 billion was erased from the value of digital currencies on Wednesday as "
        "Ardcoin, the second-largest token, slumped to a four-month low under $3K.\n"
        "The trigger was an order from Kaiyo's Financial Conduct Office freezing account "
        "openings at the country's exchanges, which traders took as a sign that tougher "
        "rules were coming.\n"
        "Smaller coins fared worse, with several losing a third of their value.",
    ),
    Piece(
        "ard-slump",
        "NewsLoop",
        D1 + 4.0,
        "Ardcoin tumbles 17%",
        "The cryptocurrency slid after a regulatory move in Kaiyo.",
    ),
    Piece(
        "ard-slump",
        "WNX News",
        D1 + 6.0,
        "VIDEO: Crypto investors rattled",
        "Ardcoin lost a sixth of its value in hours. Our business correspondent explains.",
    ),
    # An opinion piece on the token the same day: its own event.
    Piece(
        "ard-column",
        "The Meridian Times",
        D1 + 9.0,
        "Ardcoin's real problem is not the regulators",
        "Every time a government so much as glances at cryptocurrency, the price collapses "
        "and enthusiasts cry persecution. But the trouble with Ardcoin was never the rules. "
        "It is that, ten years after its launch, almost nobody uses it to buy anything.\n"
        "A currency that serves mostly as a lottery ticket will behave like one. Until its "
        "backers can point to shops, wages or rents paid in it, every rally will be followed "
        "by a fall, whatever officials in Arashima or anywhere else decide.",
    ),
    # --- Two makers' first-quarter results on one morning: two events, same words. ---
    Piece(
        "fenwick-q1",
        "Harbor Newswire",
        D1 + 1.0,
        "Fenwick Motors Q1 profit rises 12 pct, beats forecasts on SUV demand",
        "DUNHOLLOW, May 14 (Harbor) - Fenwick Motors said on Wednesday its first-quarter net "
        "profit rose 12 pct to 840 mln dlrs, beating analysts' forecasts, as sales of its "
        "larger sport utility vehicles offset weaker demand for small cars in Europe.\n"
        "Revenue rose 6 pct to 11.2 bln dlrs. The Dunhollow-based carmaker kept its outlook "
        "for the year.",
    ),
    Piece(
        "fenwick-q1",
        "Harbor Newswire",
        D1 + 2.5,
        "CORRECTED-Fenwick Motors Q1 profit rises 12 pct, beats forecasts on SUV demand",
        "(Corrects revenue figure in second paragraph to 11.4 bln dlrs from 11.2 bln dlrs)\n"
        "DUNHOLLOW, May 14 (Harbor) - Fenwick Motors said on Wednesday its first-quarter net "
        "profit rose 12 pct to 840 mln dlrs, beating analysts' forecasts, as sales of its "
        "larger sport utility vehicles offset weaker demand for small cars in Europe.\n"
        "Revenue rose 6 pct to 11.4 bln dlrs. The Dunhollow-based carmaker kept its outlook "
        "for the year.",
    ),
    Piece(
        "fenwick-q1",
        "Capital Street",
        D1 + 4.5,
        "Big SUVs keep Fenwick's profits rolling",
        "Fenwick Motors' bet on large vehicles is paying off. The carmaker earned $840 million "
        "in the first three months of the year, 12% more than a year earlier, and its shares "
        "climbed 4% in early trading.\n"
        "Chief executive Ilse Grantham said orders for the Fenwick Ranger were running six "
        "weeks ahead of production.",
    ),
    Piece(
        "oradel-q1",
        "Harbor Newswire",
        D1 + 1.5,
        "Brewer Oradel Q1 profit rises 9 pct, beats forecasts as premium beers sell",
        "DUNHOLLOW, May 14 (Harbor) - Oradel, the country's biggest brewer, said on Wednesday "
        "its first-quarter net profit rose 9 pct to 212 mln dlrs, beating forecasts, helped by "
        "higher prices for its premium lagers.\n"
        "Volumes fell 2 pct after a cold, wet March.",
    ),
    Piece(
        "oradel-q1",
        "Capital Street",
        D1 + 5.0,
        "Oradel toasts price rises as drinkers trade up",
        "Drinkers bought less beer but paid more for it, and Oradel pocketed the difference. "
        "The brewer's profit climbed to $212 million in the first quarter, and it said its "
        "craft labels grew by a third.",
    ),
    # --- The central bank's May decision (the first of a running topic). ---
    Piece(
        "rate-may",
        "Harbor Newswire",
        D1 + 7.0,
        "Bank of Kestria holds key rate at 3.25 pct, signals hike possible",
        "DUNHOLLOW, May 14 (Harbor) - The Bank of Kestria left its main interest rate "
        "unchanged at 3.25 pct on Wednesday but said a rise could come within months if "
        "wage growth stayed strong.\n"
        "Seven of the nine members of the monetary policy committee voted to hold.",
    ),
    Piece(
        "rate-may",
        "The Northern Chronicle",
        D1 + 8.0,
        "Borrowers spared for now as central bank waits",
        "Homeowners on variable mortgages got a reprieve on Wednesday when the Bank of "
        "Kestria kept borrowing costs where they are. Governor Ruth Okonjo warned, though, "
        "that the committee was 'watching pay very closely' and two members had already "
        "voted for an increase to 3.5%.",
    ),
    # --- A founder charged with fraud (first of a court case's stages). ---
    Piece(
        "solberg-charged",
        "Kestrel Press",
        D1 + 3.0,
        "Blood-test startup founder charged with defrauding investors",
        "PORT SELLA (KP) - Maren Solberg, who founded the blood-testing company Vialume, was "
        "charged Wednesday with wire fraud and conspiracy, accused of misleading investors "
        "and patients about what her company's devices could do.\n"
        "Prosecutors say Vialume raised more than $700 million on claims that a single drop "
        "of blood could be tested for hundreds of conditions. Solberg, 38, has denied "
        "wrongdoing. Her lawyer said she would plead not guilty.",
    ),
    Piece(
        "solberg-charged",
        "Capital Street",
        D1 + 4.0,
        "Vialume's Maren Solberg indicted",
        "The one-time darling of health tech now faces up to 20 years in prison. A grand jury "
        "in Port Sella returned an indictment against Solberg and her former deputy, Anil "
        "Marsh, on nine counts.",
    ),
    Piece(
        "solberg-charged",
        "Daily Blaze",
        D1 + 10.0,
        "FROM BILLIONAIRE TO THE DOCK",
        "She was once the youngest self-made woman billionaire in the country. Now Maren "
        "Solberg faces a trial over claims her 'miracle' finger-prick machine was a sham.\n"
        "Patients told us they had been given wrong results that sent them to hospital.",
    ),
    # --- A product launch from its press release, and the coverage of it. ---
    Piece(
        "vantor-echo",
        "PR Relay",
        D1 + 0.2,
        "Vantor Introduces Echo, Earbuds That Translate 40 Languages in Real Time",
        "MOUNTAIN GLEN, Calif., May 14, 2031 -- Vantor Inc. (NASDAQ: VNTR) today announced "
        "Vantor Echo, wireless earbuds that translate spoken conversation between 40 "
        "languages in real time.\n"
        "Echo pairs with the Vantor Assistant app and will be available in June for $179.\n"
        "About Vantor: Vantor builds search, mapping and assistant products used by more than "
        "a billion people.",
    ),
    Piece(
        "vantor-echo",
        "The Circuitry",
        D1 + 1.2,
        "Vantor's new earbuds are a real-life Babel fish",
        "Speak Spanish into one ear, hear Korean come out of the other. That's the promise of "
        "Echo, the $179 earbuds Vantor unveiled this morning, which lean on its assistant to "
        "do live translation across 40 languages.",
    ),
    Piece(
        "vantor-echo",
        "ByteBeat",
        D1 + 3.0,
        "Here's why everyone is talking about Vantor Echo",
        "Translation gadgets are nothing new, but none has come from a company with Vantor's "
        "language data. We break down what the Echo does, what it costs and when you can "
        "get one.",
    ),
    Piece(
        "vantor-echo",
        "Market Ledger",
        D1 + 6.5,
        "Search giant takes aim at audio market",
        "Vantor's shares rose 2% after the company moved into hardware with a pair of "
        "translating earbuds priced at $179, putting it in direct competition with phone "
        "makers' own audio accessories.",
    ),
    # --- A hurricane's landfall (continued on day 2). ---
    Piece(
        "hurricane-ada",
        "Kestrel Press",
        D1 + 5.0,
        "Hurricane Ada slams into Corrado coast near Port Sella",
        "PORT SELLA (KP) - Hurricane Ada made landfall near Port Sella on Wednesday as a "
        "Category 3 storm with winds of 120 mph, tearing roofs off homes and cutting power "
        "to more than 400,000 customers along the Corrado coast.\n"
        "Governor Lena Brandt urged residents who had stayed behind not to leave their "
        "homes until the storm passed.",
    ),
    Piece(
        "hurricane-ada",
        "Channel 9 News",
        D1 + 6.0,
        "Live pictures: Ada makes landfall",
        "Winds of 195 km/h are lashing Port Sella right now.",
    ),
    Piece(
        "hurricane-ada",
        "The Northern Chronicle",
        D1 + 11.0,
        "Storm surge floods streets as Category 3 storm batters Gulf towns",
        "Water rose more than two metres in parts of Port Sella and the neighbouring town of "
        "Marlow Point on Wednesday afternoon as Ada came ashore. Emergency crews said they "
        "had pulled dozens of people from flooded cars and houses.\n"
        "At least three deaths were reported in Corrado state.",
    ),
    # --- A video page of one line: its own event. ---
    Piece(
        "zoo-video",
        "Channel 9 News",
        D1 + 9.5,
        "Watch: Baby elephant's first steps",
        "Dunhollow Zoo shares footage of its newest arrival.",
    ),
    # ============================ Day 2: Thu May 15 ============================
    # --- The hurricane's toll the next day: the same event. ---
    Piece(
        "hurricane-ada",
        "Kestrel Press",
        D2 + 1.0,
        "Ada death toll climbs to 14 as Corrado begins cleanup",
        "PORT SELLA (KP) - The number of people killed by Hurricane Ada rose to 14 on "
        "Thursday, Corrado officials said, as crews began clearing fallen trees and power "
        "lines from the streets of Port Sella.\n"
        "About 250,000 homes were still without electricity. Governor Lena Brandt asked the "
        "federal government for troops to help with the recovery.",
    ),
    Piece(
        "hurricane-ada",
        "Daily Blaze",
        D2 + 3.0,
        "'WE LOST EVERYTHING'",
        "Families in Marlow Point told of terror as the sea swept through their homes. Ada "
        "has now claimed 14 lives.",
    ),
    Piece(
        "hurricane-ada",
        "The Meridian Times",
        D2 + 6.0,
        "Governor asks for troops as storm's toll rises",
        "Corrado's governor, Lena Brandt, asked on Thursday for soldiers to be sent to the "
        "coast after Hurricane Ada left 14 people dead and much of Port Sella without power.",
    ),
    # --- The earbuds, reviewed the next day: the launch event. ---
    Piece(
        "vantor-echo",
        "Gizmodrome",
        D2 + 2.0,
        "Hands-on: Vantor Echo nails small talk, stumbles on slang",
        "We spent a morning ordering coffee and arguing about football in four languages with "
        "Vantor's translating earbuds. The lag is about a second, which is fine for small "
        "talk and awkward for jokes.\n"
        "The Echo ships in June for $179.",
    ),
    # --- Two protests in one capital on one day: two events. ---
    Piece(
        "nurses-march",
        "The Northern Chronicle",
        D2 + 2.5,
        "Thousands of nurses march on health ministry over pay",
        "Around 15,000 nurses marched through central Dunhollow on Thursday to the health "
        "ministry, demanding a 7% pay rise and more staff on hospital wards.\n"
        "The Kestrian Nursing Union said it would ballot members on strike action if the "
        "government did not improve its offer of 2%.",
    ),
    Piece(
        "nurses-march",
        "Channel 9 News",
        D2 + 4.0,
        "Nurses take to the streets",
        "Nurses from across Kestria rallied in the capital over pay and staffing.",
    ),
    Piece(
        "farmers-blockade",
        "Kestrel Press",
        D2 + 3.5,
        "Farmers block Dunhollow ring road with tractors in fuel tax protest",
        "DUNHOLLOW (KP) - Hundreds of farmers drove tractors onto Dunhollow's ring road "
        "Thursday, bringing traffic to a halt for hours in protest at a planned rise in "
        "the tax on farm diesel.\n"
        "Police said the protest was peaceful and no arrests were made.",
    ),
    Piece(
        "farmers-blockade",
        "Daily Blaze",
        D2 + 7.0,
        "Tractor chaos in capital",
        "Commuters were stuck for up to four hours after angry farmers staged a go-slow "
        "protest on the ring road over diesel duty.",
    ),
    # --- A runoff election, told in live updates and wire copy. ---
    Piece(
        "vostra-runoff",
        "Agence Meridien",
        D2 + 0.5,
        "Vostra votes in tight presidential runoff",
        "BRESLAV, May 15, 2031 (AFM) - Voters in Vostra went to the polls on Thursday to "
        "choose between former judge Ilona Varga and nationalist incumbent Petr Hlavek in a "
        "presidential runoff that polls showed too close to call.",
    ),
    Piece(
        "vostra-runoff",
        "The Meridian Times",
        D2 + 12.0,
        "Vostra election live: turnout high as polls close",
        "Live updates. 20:05 Polls have closed across Vostra. The election commission puts "
        "turnout at 68%, the highest in a runoff since 1998. First results from the "
        "commission are expected within the hour.",
    ),
    Piece(
        "vostra-runoff",
        "The Meridian Times",
        D2 + 15.0,
        "Vostra election live: Varga claims victory",
        "Live updates. 23:10 With 90% of ballots counted, Ilona Varga leads with 54%. She "
        "has told supporters in Breslav's main square that 'Vostra has chosen to turn the "
        "page'. Hlavek has not yet conceded.",
    ),
    Piece(
        "vostra-runoff",
        "Agence Meridien",
        D2 + 16.5,
        "Ex-judge Varga wins Vostra presidency, partial results show",
        "BRESLAV, May 15, 2031 (AFM) - Former judge Ilona Varga has won Vostra's presidential "
        "runoff with about 54 percent of the vote, ending the six-year rule of Petr Hlavek, "
        "according to partial results released overnight.",
    ),
    # --- A cup final: a score line and a match report. ---
    Piece(
        "cup-final",
        "Sportsline",
        D2 + 14.0,
        "Dunhollow Rovers 2-1 Port Sella City",
        "FT: Rovers win the Kestrian Cup. Goals: Diallo 34, Okafor 88; Brandvik 61.",
    ),
    Piece(
        "cup-final",
        "The Northern Chronicle",
        D2 + 15.5,
        "Okafor's late header brings the cup home",
        "Two minutes from extra time, Sam Okafor rose above the Port Sella defence to win the "
        "Kestrian Cup for Dunhollow Rovers, their first trophy in eleven years.\n"
        "City had levelled through Brandvik after Diallo's opener, and for much of the second "
        "half looked the likelier winners.",
    ),
    # --- A missile over a neighbour (first of a running topic). ---
    Piece(
        "norlesk-missile-1",
        "Kaiyo News",
        D2 + 0.2,
        "Norlesk fires ballistic missile over northern Kaiyo",
        "ARASHIMA, May 15 (Kaiyo) -- Norlesk launched a ballistic missile that flew over "
        "Kaiyo's northern island of Hokuri early Thursday before falling into the sea, the "
        "Kaiyo government said, prompting warnings for residents to take shelter.\n"
        "Prime Minister Haruto Imaizumi called the launch ''an unprecedented and grave "
        "threat'' and said Kaiyo had lodged a protest.",
    ),
    Piece(
        "norlesk-missile-1",
        "The Meridian Times",
        D2 + 5.0,
        "Sirens wake Hokuri as rocket crosses overhead",
        "Residents of the island were woken at dawn by loudspeakers telling them to go "
        "indoors. The missile, launched from near Norlesk's capital, flew for about 2,700 km "
        "before splashing down in the Pacific.\n"
        "It was the first time a Norlesk missile had crossed Kaiyo territory in eight years, "
        "and Marshal Oren Valchek's government said more tests would follow.",
    ),
    Piece(
        "norlesk-missile-1",
        "WNX News",
        D2 + 6.5,
        "VIDEO: Missile alert in Kaiyo",
        "Phones buzzed across Hokuri this morning.",
    ),
    # ============================ Day 3: Mon Jul 14 ============================
    # --- The car maker's second quarter: a new event on the same topic. ---
    Piece(
        "fenwick-q2",
        "Harbor Newswire",
        D3 + 1.0,
        "Fenwick Motors Q2 profit falls 8 pct, misses forecasts on price war",
        "DUNHOLLOW, July 14 (Harbor) - Fenwick Motors said on Monday its second-quarter net "
        "profit fell 8 pct to 705 mln dlrs, missing analysts' forecasts, as discounts in "
        "Europe ate into margins on its sport utility vehicles.\n"
        "The carmaker cut its outlook for the year.",
    ),
    Piece(
        "fenwick-q2",
        "Capital Street",
        D3 + 4.0,
        "Fenwick's SUV engine sputters",
        "Three months ago the Ranger could do no wrong. On Monday Fenwick Motors reported a "
        "profit of $705 million for the quarter, down 8%, and Ilse Grantham admitted the "
        "company had been forced to match rivals' discounts. The shares fell 6%.",
    ),
    # --- The July rate decision: a rise. ---
    Piece(
        "rate-jul",
        "Harbor Newswire",
        D3 + 6.0,
        "Bank of Kestria raises key rate to 3.5 pct, first hike in two years",
        "DUNHOLLOW, July 14 (Harbor) - The Bank of Kestria raised its main interest rate by a "
        "quarter point to 3.5 pct on Monday, its first increase in two years, citing wage "
        "growth running well above its forecasts.\n"
        "Six of the nine members of the monetary policy committee voted for the rise.",
    ),
    Piece(
        "rate-jul",
        "The Northern Chronicle",
        D3 + 7.5,
        "Mortgage bills to go up after central bank moves",
        "Millions of borrowers face higher monthly payments after Governor Ruth Okonjo and "
        "her colleagues lifted borrowing costs to 3.5%. Lenders said variable rates would "
        "follow within weeks.",
    ),
    Piece(
        "rate-jul",
        "NewsLoop",
        D3 + 8.0,
        "Kestria hikes rates",
        "The central bank raised its benchmark by 25 basis points.",
    ),
    # --- A second missile: a new event on the same topic. ---
    Piece(
        "norlesk-missile-2",
        "Kaiyo News",
        D3 + 0.5,
        "Norlesk fires missile from submarine into sea off Kaiyo",
        "ARASHIMA, July 14 (Kaiyo) -- Norlesk fired a ballistic missile from a submarine off "
        "its east coast on Monday, and it fell into the sea inside Kaiyo's exclusive "
        "economic zone, the defence ministry said.\n"
        "Prime Minister Haruto Imaizumi said Kaiyo would ''never tolerate'' such "
        "provocations.",
    ),
    Piece(
        "norlesk-missile-2",
        "The Meridian Times",
        D3 + 5.5,
        "Underwater launch marks leap in Norlesk's arsenal",
        "A missile fired from beneath the waves is far harder to detect and destroy before "
        "launch, which is why Monday's test alarmed Kaiyo's military more than the rocket "
        "that crossed Hokuri in May. Marshal Oren Valchek watched from a ship, state media "
        "said.",
    ),
    Piece(
        "norlesk-missile-2",
        "WNX News",
        D3 + 7.0,
        "VIDEO: Norlesk releases launch footage",
        "State TV aired pictures of the submarine test.",
    ),
    # --- The fraud trial opens: a new stage of the case. ---
    Piece(
        "solberg-trial",
        "Kestrel Press",
        D3 + 3.0,
        "Vialume founder's fraud trial opens with jury selection",
        "PORT SELLA (KP) - Jury selection began Monday in the fraud trial of Maren Solberg, "
        "the founder of blood-testing startup Vialume, who is accused of deceiving investors "
        "and patients about her company's technology.\n"
        "The trial is expected to last about three months. Solberg has pleaded not guilty.",
    ),
    Piece(
        "solberg-trial",
        "Daily Blaze",
        D3 + 9.0,
        "Solberg arrives at court in black",
        "Disgraced tycoon Maren Solberg swept past photographers into a Port Sella court "
        "today as her trial got under way.",
    ),
    # --- A data breach told in words that barely meet. ---
    Piece(
        "pellmark-breach",
        "Harbor Newswire",
        D3 + 2.0,
        "Hotel group Pellmark says hackers stole data of up to 30 mln guests",
        "LONDON, July 14 (Harbor) - Pellmark Hotels said on Monday hackers had gained access "
        "to its reservations database and may have taken names, addresses and passport "
        "numbers of up to 30 mln guests going back to 2027.\n"
        "The company said it discovered the intrusion in June and had informed the police. "
        "Its shares fell 5 pct.",
    ),
    Piece(
        "pellmark-breach",
        "Gizmodrome",
        D3 + 3.5,
        "If you've stayed at a Pellmark, your passport number may be out there",
        "30M reservations. Passport numbers. Four years of stays. This one is bad.",
    ),
    Piece(
        "pellmark-breach",
        "ByteBeat",
        D3 + 6.0,
        "Here's what to do if your hotel booking data was leaked",
        "The hotel chain says about 30 million guest records were exposed. Change your "
        "loyalty-programme password, watch your card statements, and ask whether your "
        "passport needs replacing.",
    ),
    Piece(
        "pellmark-breach",
        "The Northern Chronicle",
        D3 + 10.0,
        "One of the largest hacks of personal data ever discovered",
        "Criminals spent at least four years inside the booking systems of a hotel chain "
        "with 900 properties worldwide, it emerged on Monday. Pellmark said the records of "
        "as many as 30 million people were at risk.\n"
        "Data protection regulators in several countries said they had opened inquiries.",
    ),
    # --- A heatwave far away: a wire singleton. ---
    Piece(
        "velgrad-heat",
        "Norpress",
        D3 + 2.5,
        "Velgrad records hottest day in 140 years",
        "VELGRAD, July 14. /NORPRESS/. The air temperature in Velgrad reached 37.9 degrees "
        "Celsius on Monday, the highest since records began in 1891, the city's weather "
        "centre told NORPRESS.\n"
        "The previous record of 37.2 degrees was set in July 2010.",
    ),
    # ============================ Day 4: Mon Oct 13 ============================
    # --- A second hurricane on the same coast: a new event. ---
    Piece(
        "hurricane-cora",
        "Kestrel Press",
        D4 + 2.0,
        "Hurricane Cora makes landfall on Corrado coast, five months after Ada",
        "MARLOW POINT (KP) - Hurricane Cora came ashore near Marlow Point on Monday as a "
        "Category 2 storm with winds of 105 mph, battering a stretch of the Corrado coast "
        "still rebuilding after Hurricane Ada in May.\n"
        "Governor Lena Brandt ordered the evacuation of low-lying parts of Port Sella.",
    ),
    Piece(
        "hurricane-cora",
        "Channel 9 News",
        D4 + 3.0,
        "Cora hits Marlow Point",
        "Blue tarps from May's storm are being torn away again.",
    ),
    Piece(
        "hurricane-cora",
        "The Northern Chronicle",
        D4 + 9.0,
        "Twice in one year: the coast that can't catch a break",
        "The people of Marlow Point had only just got their roofs back on. On Monday "
        "Hurricane Cora took many of them off again, flooding the seafront and cutting "
        "power to 180,000 homes. No deaths had been reported by evening.",
    ),
    # --- The October rate decision: held. ---
    Piece(
        "rate-oct",
        "Harbor Newswire",
        D4 + 6.0,
        "Bank of Kestria holds key rate at 3.5 pct as growth slows",
        "DUNHOLLOW, Oct 13 (Harbor) - The Bank of Kestria kept its main interest rate at 3.5 "
        "pct on Monday, saying slower growth and an easing in wage pressure meant no further "
        "rise was needed for now.\n"
        "The monetary policy committee voted 8-1 to hold.",
    ),
    Piece(
        "rate-oct",
        "Capital Street",
        D4 + 7.0,
        "Okonjo hits pause",
        "After July's hike, the Bank of Kestria is in wait-and-see mode. Governor Ruth "
        "Okonjo said the economy had 'lost some momentum' and left borrowing costs alone.",
    ),
    # --- The missile state's offer of talks. ---
    Piece(
        "norlesk-talks",
        "Kaiyo News",
        D4 + 0.5,
        "Norlesk leader offers talks with Kaiyo in rare conciliatory speech",
        "ARASHIMA, Oct 13 (Kaiyo) -- Norlesk's leader Oren Valchek offered on Monday to "
        "hold talks with Kaiyo on ''all outstanding issues'', in a speech carried by state "
        "media that made no mention of the missile tests that have raised tension this year.",
    ),
    Piece(
        "norlesk-talks",
        "The Meridian Times",
        D4 + 4.0,
        "Valchek's olive branch: sincere or a ploy?",
        "Diplomats in Arashima greeted Marshal Valchek's sudden call for dialogue with "
        "caution. Prime Minister Imaizumi said Kaiyo would 'study the proposal' but wanted "
        "deeds, not words.",
    ),
    Piece(
        "norlesk-talks",
        "Agence Meridien",
        D4 + 5.5,
        "Kaiyo cautious after Norlesk offer of dialogue",
        "ARASHIMA, Oct 13, 2031 (AFM) - Kaiyo responded warily on Monday to an offer of "
        "talks from Norlesk's Oren Valchek, saying any dialogue must begin with an end to "
        "missile launches.",
    ),
    # --- A ride-hailing founder's exit, in headlines that share almost nothing. ---
    Piece(
        "zipp-ceo",
        "Capital Street",
        D4 + 1.0,
        "Zipp founder Tomas Adeyemi resigns as CEO under investor pressure",
        "Tomas Adeyemi stepped down as chief executive of Zipp on Monday after five of the "
        "ride-hailing company's biggest investors demanded he go, following months of "
        "reports about its workplace culture.\n"
        "He will stay on the board. Chief operating officer Lina Haugen will run the company "
        "until a successor is found.",
    ),
    Piece(
        "zipp-ceo",
        "The Circuitry",
        D4 + 2.5,
        "The most controversial boss in tech is out",
        "After a year of scandals, lawsuits and a viral video of him berating a driver, "
        "Adeyemi has finally been pushed. Zipp confirmed the news in a two-line statement.",
    ),
    Piece(
        "zipp-ceo",
        "Daily Blaze",
        D4 + 8.0,
        "APP KING DUMPED",
        "Ride app boss Tomas Adeyemi has been forced out by his own backers.",
    ),
    # --- A rail strike and a postal strike on one day: two events. ---
    Piece(
        "rail-strike",
        "Kestrel Press",
        D4 + 1.5,
        "Kestrian rail workers begin 24-hour strike over job cuts",
        "DUNHOLLOW (KP) - Train drivers and signal staff across Kestria walked off the job "
        "Monday in a 24-hour strike over plans to cut 3,000 jobs at the state railway, "
        "leaving commuters scrambling for buses.\n"
        "Only one in five trains ran, the railway said.",
    ),
    Piece(
        "rail-strike",
        "Channel 9 News",
        D4 + 2.0,
        "No trains today",
        "Rail unions strike; expect severe disruption all day.",
    ),
    Piece(
        "post-strike",
        "Kestrel Press",
        D4 + 4.5,
        "Postal workers strike over pay, millions of letters held up",
        "DUNHOLLOW (KP) - Kestria Post workers began a two-day strike Monday after talks on "
        "a pay deal collapsed, and the company warned that letters and parcels would be "
        "delayed for a week.\n"
        "The Communication Workers' League says its members have had no real rise in four "
        "years.",
    ),
    Piece(
        "post-strike",
        "The Northern Chronicle",
        D4 + 10.0,
        "Sorting offices fall silent as posties walk out",
        "Picket lines formed outside sorting offices in Dunhollow and Port Sella, where "
        "parcels piled up in the yards on the first day of the postal walkout.",
    ),
    # An analysis of the railways on the strike day: its own event.
    Piece(
        "rail-analysis",
        "The Meridian Times",
        D4 + 12.0,
        "Analysis: Kestria's railways were failing long before the unions walked out",
        "Strip away the strike and the picture is no prettier. Kestria spends less per "
        "passenger on its railway than any of its neighbours; a third of its signals are "
        "older than the drivers who rely on them; punctuality has fallen five years in a "
        "row.\n"
        "Successive governments have treated the network as a cost to be trimmed rather "
        "than an asset to be built. The job cuts are the latest expression of that habit, "
        "not its cause.",
    ),
    # --- A museum theft: a wire singleton. ---
    Piece(
        "museum-theft",
        "Indus Trust",
        D4 + 3.5,
        "Gold crown stolen from Rampur museum",
        "RAMPUR, Oct 13 (ITN) A 17th-century gold crown was stolen from the Rampur State "
        "Museum in the early hours of Monday, police said.\n"
        "The thieves cut through a skylight and disabled two cameras, a senior officer told "
        "ITN. A case has been registered and a search launched.",
    ),
    # ============================ Day 5: Tue Feb 10 ============================
    # --- The fraud verdict: the case's last stage. ---
    Piece(
        "solberg-verdict",
        "Kestrel Press",
        D5 + 8.0,
        "Vialume founder Maren Solberg found guilty of fraud",
        "PORT SELLA (KP) - A jury on Tuesday found Maren Solberg, the founder of "
        "blood-testing company Vialume, guilty on six of nine counts of wire fraud and "
        "conspiracy, after seven months of testimony.\n"
        "She faces up to 20 years in prison at sentencing in May. Her lawyers said they "
        "would appeal.",
    ),
    Piece(
        "solberg-verdict",
        "Capital Street",
        D5 + 9.0,
        "Guilty: the fall of health tech's golden girl is complete",
        "It took the jury four days to decide. Solberg, once valued at $4.5 billion on "
        "paper, showed no emotion as the verdicts were read.",
    ),
    Piece(
        "solberg-verdict",
        "Channel 9 News",
        D5 + 10.0,
        "Solberg convicted",
        "The Vialume founder was convicted on six counts.",
    ),
    # --- The car maker's full year: a new event on the same topic. ---
    Piece(
        "fenwick-fy",
        "Harbor Newswire",
        D5 + 1.0,
        "Fenwick Motors full-year profit falls 5 pct, plans 2,000 job cuts",
        "DUNHOLLOW, Feb 10 (Harbor) - Fenwick Motors said on Tuesday its net profit for "
        "2031 fell 5 pct to 3.1 bln dlrs and announced it would cut 2,000 jobs at its "
        "European plants, as the price war in sport utility vehicles dragged on.",
    ),
    Piece(
        "fenwick-fy",
        "Capital Street",
        D5 + 4.0,
        "Fenwick to shed 2,000 jobs after tough year",
        "Ilse Grantham called 2031 'a year of two halves' as Fenwick Motors reported annual "
        "profit of $3.1 billion and said it would close a plant in Lanzburg.",
    ),
    # --- The token's rally: a new event on the same topic. ---
    Piece(
        "ard-rally",
        "Harbor Newswire",
        D5 + 2.0,
        "Ardcoin jumps above 5,000 dlrs as Kaiyo approves licensed exchanges",
        "ARASHIMA, Feb 10 (Harbor) - Ardcoin rose above 5,000 dlrs for the first time on "
        "Tuesday after Kaiyo's Financial Conduct Office granted licences to six exchanges, "
        "ending a freeze on new accounts imposed in May.\n"
        "The token was up 14 pct at 5,120 dlrs.",
    ),
    Piece(
        "ard-rally",
        "Gizmodrome",
        D5 + 3.0,
        "Ardcoin just hit $5K",
        "Remember May's crash? Ardcoin has more than recovered, and Kaiyo is now welcoming "
        "crypto exchanges back with licences.",
    ),
    Piece(
        "ard-rally",
        "NewsLoop",
        D5 + 5.0,
        "Crypto soars to record",
        "Ardcoin climbed 14% to an all-time high.",
    ),
    # --- The missile state launches a satellite: a new event on the same topic. ---
    Piece(
        "norlesk-satellite",
        "Kaiyo News",
        D5 + 0.5,
        "Norlesk says it launched satellite; Kaiyo calls it disguised missile test",
        "ARASHIMA, Feb 10 (Kaiyo) -- Norlesk said on Tuesday it had put an earth observation "
        "satellite into orbit, four months after Oren Valchek offered talks with Kaiyo. "
        "Kaiyo's government said the rocket used banned ballistic missile technology.",
    ),
    Piece(
        "norlesk-satellite",
        "Agence Meridien",
        D5 + 3.5,
        "Norlesk rocket puts satellite into orbit, neighbours protest",
        "ARASHIMA, Feb 10, 2032 (AFM) - Norlesk launched a long-range rocket carrying what it "
        "called a weather satellite on Tuesday, drawing protests from Kaiyo, which said the "
        "talks Valchek proposed in October now looked hollow.",
    ),
    # --- Nurses strike: a new event for the nurses who marched on day 2. ---
    Piece(
        "nurses-strike",
        "The Northern Chronicle",
        D5 + 1.5,
        "Nurses begin first national strike in 30 years",
        "Nurses across Kestria walked out of hospitals on Tuesday in the first national "
        "strike by the profession in three decades, after the Kestrian Nursing Union's "
        "members rejected a 3% pay offer.\n"
        "Emergency and intensive care wards were staffed as usual, the union said.",
    ),
    Piece(
        "nurses-strike",
        "Kestrel Press",
        D5 + 2.5,
        "Kestria nurses walk out in pay dispute",
        "DUNHOLLOW (KP) - Tens of thousands of Kestrian nurses went on a 48-hour strike "
        "Tuesday, forcing hospitals to cancel thousands of operations.",
    ),
    # --- A study and its university's release. ---
    Piece(
        "sleep-study",
        "PR Relay",
        D5 + 0.5,
        "Harlow University Study Finds Teenagers Who Sleep Nine Hours Score Higher in Maths",
        "HARLOW, Feb. 10, 2032 -- Teenagers who sleep at least nine hours a night score on "
        "average 11% higher in mathematics tests, according to a study of 4,200 pupils "
        "published today by researchers at Harlow University in the Journal of Adolescent "
        "Health.\n"
        "''Sleep is the cheapest study aid there is,'' said lead author Dr. Priya Ramanathan.",
    ),
    Piece(
        "sleep-study",
        "The Meridian Times",
        D5 + 6.0,
        "Want better grades? Send your teenager to bed",
        "A good night's sleep may do more for exam results than extra tuition. Researchers "
        "who followed more than 4,000 pupils found that those who slept nine hours did "
        "markedly better at maths, Dr Priya Ramanathan's team reports.",
    ),
)

DAYS: tuple[float, ...] = (D1, D2, D3, D4, D5)
"""The first hour (after coverage.T0) of each publication day of the set."""


__all__ = ["DAYS", "PIECES", "by_day"]
