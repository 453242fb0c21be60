"""A third set of multi-outlet coverage of our own, over four publication days months apart.

Written without reading the clustering code, so that it is a fair out-of-sample check
beside tests/stories/coverage.py and coverage_wire.py, on which the rules were tuned.
Every text is our own (the places, firms and people are made up); the outlets write in
the manners real feeds of 2017-2018 bring: wire copy with a dateline and the agency in
brackets, `dlrs` and `mln`, two single quotes for a double; tabloid and tech-blog
headlines that share hardly a word with the wire's ("is getting crushed", "Here's why
everyone is talking about"); newspaper features; a press release and the news written
from it; aggregator teasers of a sentence or two; a video page of one line; live-blog
updates; an opinion piece on a topic that is not the day's event.

The days (hours after coverage.T0, each day within its own UTC date):

- day 1 (hours 0-18): a crypto slide with its figure written `$11,000`, `$11K` and
  `11,000 dlrs`; two food and car makers' results on one morning (different events in
  the same words); a storm's landfall; an appeals court ruling; a phone launch from its
  press release; an opinion column on crypto rules (its own event);
- day 2 (the next day): the storm's rising toll (the same event), a missile test, two
  protests in one city, a football match told as a score and as a story;
- day 3 (three months on): the running topics' next events, which are new events though
  they share every name: a second missile test, the car maker's next quarter, a second
  storm on the same coast, the top court's ruling in the same case; plus an election
  told in live-blog updates, a wildfire and a flood video that belongs to no event here;
- day 4 (seven months on): an offer of talks from the missile-testing state, the
  crypto's rally, the car maker's recall, a museum theft, a study and its press release.

Scored per publication day (each day's items clustered alone, as real days are), at
the items' own times and squashed into one day, by tests/stories/test_coverage_days.py.
"""

from __future__ import annotations

from tests.stories.coverage import DAY, MONTH, Piece, by_day

D1 = 0.0
D2 = DAY
D3 = 3 * MONTH
D4 = 7 * MONTH

PIECES: tuple[Piece, ...] = (
    # ===================== Day 1 =====================
    # --- The crypto slide: $11,000, $11K and 11,000 dlrs; headlines share little. ---
    Piece(
        "coin-slide",
        "Crossline Wire",
        D1 + 1.0,
        "Bitcoin falls below 11,000 dlrs as Daeryn weighs exchange ban",
        "SEONJU, May 14 (Crossline) - Bitcoin fell below 11,000 dlrs on Wednesday, down more than "
        "15 pct in a day, after Daeryn's finance minister said the government was preparing a "
        "bill to close domestic cryptocurrency exchanges.\n"
        "''We see the risks of speculation as too high to ignore,'' minister Park Hae-won told "
        "lawmakers.\n"
        "Daeryn accounts for roughly a fifth of global bitcoin trading volume, according to "
        "industry estimates. Other digital tokens fell further, with ether down 22 pct.\n"
        "Bitcoin touched a low of 10,612 dlrs on the Bitstall exchange, its weakest since "
        "early March, before recovering slightly. It traded near 19,500 dlrs a month ago.\n"
        "The finance ministry said the bill could be sent to parliament within weeks, but "
        "some lawmakers of the ruling party said an outright ban would push trading abroad.\n"
        "''Prices had run far ahead of any fundamentals, so the market was looking for a "
        "reason to sell,'' said Kurt Ahlberg, head of research at Fennick Securities.",
    ),
    Piece(
        "coin-slide",
        "Daily Flash",
        D1 + 3.0,
        "Bitcoin is getting crushed",
        "If you bought in at New Year, look away now. The world's best-known cryptocurrency "
        "plunged again on Wednesday and is now worth about 40% less than its March peak.\n"
        "Bitcoin was trading around $10,700 by lunchtime, having lost more than $1,800 since "
        "the early hours, after officials in Daeryn, where crypto trading is a national "
        "pastime, said they wanted to shut down the country's exchanges.\n"
        "The rest of the market is faring even worse. Ether, the second-biggest coin, "
        "dropped by more than a fifth, and several smaller tokens halved in value.",
    ),
    Piece(
        "coin-slide",
        "Finance Now",
        D1 + 4.0,
        "Crypto crash: Bitcoin slumps under $11K on Daeryn crackdown fears",
        "Bitcoin dropped beneath $11K for the first time since early March as investors "
        "fled digital currencies on fears that Daeryn, one of the busiest markets for "
        "cryptocurrency trading, could ban exchanges outright.\n"
        "At one point the coin traded at $10,640, according to price tracker CoinTally. "
        'Analysts said the selling could continue. "A lot of late buyers are underwater '
        "and they're heading for the exits,\" said Mira Osei, a strategist at Halvorsen Capital.",
    ),
    Piece(
        "coin-slide",
        "NewsDigest",
        D1 + 5.0,
        "Cryptocurrencies tumble",
        "Digital currencies extended losses Wednesday, with bitcoin below $11,000.",
    ),
    Piece(
        "coin-slide",
        "The Morning Ledger",
        D1 + 8.0,
        "Digital money's brutal May: what the sell-off means for small investors",
        "For thousands of first-time buyers, Wednesday was the day the mania turned. Bitcoin, "
        "which traded near $19,500 a month ago, sank to about $10,600 as Daeryn's government "
        "signalled it would shut the country's exchanges.\n"
        'Retail investors who piled in over the holidays now face steep losses. "I put in my '
        'savings because everyone at work was doing it," said Tom Reyes, a 31-year-old nurse.\n'
        "Regulators in several countries have warned that consumers could lose everything.\n"
        "The trigger was a remark by Daeryn's finance minister, Park Hae-won, that a bill to "
        "close the country's exchanges was being drafted. Daeryn's traders have at times paid "
        "a premium of 30% over prices elsewhere, a sign of how hot demand there had become.\n"
        'Some advisers see the fall as healthy. "Nothing goes up in a straight line," said '
        'Priya Nandakumar, a financial planner in Arlen. "But nobody should have money in '
        'this that they need for rent."',
    ),
    # --- An opinion column on the same topic: not the day's event. ---
    Piece(
        "crypto-column",
        "The Weekly Argument",
        D1 + 10.0,
        "Opinion: Stop pretending crypto can be regulated like a stock market",
        "Every few weeks a government somewhere announces that it will tame cryptocurrencies, "
        "and every few weeks the market shrugs. The problem is not a lack of rules but a lack "
        "of anyone to apply them to.\n"
        "Lawmakers should focus on what they can control: the banks that let customers move "
        "money into exchanges, and the advertising that lures savers in.",
    ),
    # --- Two makers' results on one morning: the same words, different events. ---
    Piece(
        "norvell-q4",
        "Crossline Wire",
        D1 + 0.5,
        "Norvell Motors fourth-quarter profit rises 12 pct, beats estimates",
        "BRANDT, May 14 (Crossline) - Norvell Motors Corp said on Wednesday its fourth-quarter "
        "net profit rose 12 pct to 1.34 bln dlrs, helped by strong sales of its pickup trucks, "
        "beating analysts' average estimate.\n"
        "Revenue rose 6 pct to 38.2 bln dlrs. The carmaker kept its forecast for 2031.",
    ),
    Piece(
        "norvell-q4",
        "The Morning Ledger",
        D1 + 6.0,
        "Pickup demand powers Norvell to record quarter",
        "Norvell Motors reported its best quarter on record on Wednesday as buyers snapped up "
        "its big trucks and sport utility vehicles, offsetting weak sales of small cars.\n"
        "Net income reached $1.34 billion. Chief executive Dana Whitfield said the company "
        "would spend $2 billion over three years to add electric models to its range.\n"
        "Shares rose 4% in morning trading.",
    ),
    Piece(
        "norvell-q4",
        "NewsDigest",
        D1 + 7.0,
        "Norvell earnings top forecasts",
        "Norvell Motors shares gained after the carmaker posted a $1.34 billion quarterly profit.",
    ),
    Piece(
        "pelham-q4",
        "Crossline Wire",
        D1 + 0.7,
        "Pelham Foods fourth-quarter profit rises 9 pct, beats estimates",
        "ARLEN, May 14 (Crossline) - Pelham Foods Inc said on Wednesday its fourth-quarter net "
        "profit rose 9 pct to 412 mln dlrs, beating analysts' average estimate, as price "
        "increases on its snack brands offset higher costs.\n"
        "Revenue rose 3 pct to 5.1 bln dlrs. The company raised its dividend.",
    ),
    Piece(
        "pelham-q4",
        "Finance Now",
        D1 + 5.5,
        "Snack maker Pelham lifts dividend after price rises pay off",
        "Pelham Foods, the maker of Crunchwell crisps, raised its quarterly dividend by 8% after "
        "charging more for its snacks helped quarterly profit climb to $412 million.",
    ),
    # --- A storm's landfall: wire, live blog, video page, newspaper. ---
    Piece(
        "storm-adela",
        "Crossline Wire",
        D1 + 2.0,
        "Hurricane Adela makes landfall on Tavera coast, thousands evacuated",
        "PORT SELIN, Tavera, May 14 (Crossline) - Hurricane Adela made landfall near Port Selin "
        "on Wednesday with winds of 175 km per hour, tearing roofs off homes and cutting power "
        "to more than 300,000 households, officials said.\n"
        "About 40,000 people had been moved to shelters before the storm hit. There were no "
        "immediate reports of deaths.\n"
        "Adela, a category 3 storm, was expected to weaken as it moved inland over the "
        "mountains later on Wednesday, but forecasters warned of up to 250 mm of rain and "
        "landslides in the hills above Port Selin.\n"
        "''People should stay indoors until the all-clear is given,'' Tavera's civil "
        "protection chief Ana Ferrel told local radio. Port Selin's airport was closed and "
        "ferries to the islands were suspended.",
    ),
    Piece(
        "storm-adela",
        "Capital Herald Live",
        D1 + 3.5,
        "Live: Adela batters Port Selin - latest updates",
        "11.40: Our reporter in Port Selin says the sea wall on the eastern side of the harbour "
        "has been overtopped and water is running through the old town.\n"
        "11.25: The Tavera power company says 310,000 customers are without electricity.",
    ),
    Piece(
        "storm-adela",
        "Channel 7 Video",
        D1 + 4.0,
        "Video: Adela's winds hit Port Selin",
        "Footage shows palm trees bending as the hurricane comes ashore.",
    ),
    Piece(
        "storm-adela",
        "The Morning Ledger",
        D1 + 9.0,
        "'It sounded like a train': Port Selin counts the cost of the storm",
        "Residents of Port Selin emerged on Wednesday afternoon to streets strewn with glass, "
        "fallen power lines and upturned boats.\n"
        '"It sounded like a train going over the roof all night," said Lucia Marrero, 64, '
        "standing outside her flooded bakery.\n"
        "The governor of Tavera, Esteban Rull, declared a state of emergency for six coastal "
        "districts and asked the national government for help with the clean-up.\n"
        "Hurricane Adela came ashore just after dawn with sustained winds of about 175 km/h, "
        "the strongest storm to hit the coast in two decades. By the afternoon it had "
        "weakened to a tropical storm over the mountains.\n"
        "In the harbour, fishermen counted the boats that had broken their moorings. "
        '"Half of them are on the quay now," said Paulo Nune, who has fished from Port Selin '
        'for 40 years. "We will not be going out for weeks."\n'
        "Power company TaveraGrid said it could take up to ten days to restore electricity "
        "to the 300,000 homes cut off.",
    ),
    # --- An appeals court ruling in a running case. ---
    Piece(
        "age-law-appeal",
        "Crossline Wire",
        D1 + 6.5,
        "Appeals court blocks Vestria social media age law",
        "LINDHOLM, May 14 (Crossline) - A Vestria appeals court on Wednesday blocked a law that "
        "would require social media companies to verify the age of every user, siding with "
        "an industry group that said the rules violated privacy protections.\n"
        "The three-judge panel ruled 2-1 that the law could not take effect while the case "
        "continues. The government said it would appeal to the Supreme Court.",
    ),
    Piece(
        "age-law-appeal",
        "The Morning Ledger",
        D1 + 11.0,
        "Judges halt age checks for social apps",
        "Plans to force apps such as Chatterly and Pinbox to check users' ages were put on hold "
        "after appeals judges in Lindholm agreed with tech firms that the checks would expose "
        "millions of people's identity documents.",
    ),
    # --- A phone launch: the press release, the wire and a tech blog. ---
    Piece(
        "quillon-arc",
        "PR Newsline",
        D1 + 1.5,
        "Quillon Introduces Arc, Its Thinnest Smartphone Ever",
        "SAN TAMARO, Calif., May 14, 2031 /PRNewsline/ -- Quillon Inc. today announced Arc, a "
        "6.1-inch smartphone with a folding glass display and a two-day battery.\n"
        '"Arc is the phone our customers have been asking us to build," said Quillon founder '
        "and CEO Ravi Anand. Arc will be available from June 9 starting at $899.\n"
        "About Quillon: Quillon designs mobile devices and software used by more than 40 "
        "million people. For more information visit quillon.example.",
    ),
    Piece(
        "quillon-arc",
        "Byte Scoop",
        D1 + 4.5,
        "Here's why everyone is talking about the new Quillon phone",
        "It bends. That's the headline. Quillon's Arc folds in half like an old flip phone, "
        "and at $899 it costs hundreds less than anything else with a folding screen.\n"
        "We had ten minutes with it and the hinge felt sturdy, but the crease in the middle of "
        "the display is easy to see.\n"
        "The battery is the other big claim: Quillon says two days of normal use, thanks to a "
        "cell split across both halves of the body. We'll believe it when we test it.\n"
        "Arc goes on sale on June 9. Quillon badly needs a hit after three years of "
        "falling sales, and this might just be it.",
    ),
    Piece(
        "quillon-arc",
        "Crossline Wire",
        D1 + 5.0,
        "Quillon unveils 899 dlr folding phone in bid to revive sales",
        "SAN TAMARO, May 14 (Crossline) - Quillon Inc on Wednesday unveiled a folding smartphone "
        "priced at 899 dlrs, its first new design in three years, as it tries to win back "
        "customers from bigger rivals. Quillon shipped 9 mln phones last year, down 20 pct.",
    ),
    # ===================== Day 2 =====================
    # --- The storm's next day: a rising toll and reaction (the same event). ---
    Piece(
        "storm-adela",
        "Crossline Wire",
        D2 + 1.0,
        "Death toll from Hurricane Adela rises to 12 in Tavera",
        "PORT SELIN, Tavera, May 15 (Crossline) - At least 12 people were killed when Hurricane "
        "Adela struck the Tavera coast, authorities said on Thursday, as rescuers reached "
        "villages cut off by floodwater.\n"
        "Most of the victims drowned in the districts east of Port Selin.",
    ),
    Piece(
        "storm-adela",
        "The Morning Ledger",
        D2 + 8.0,
        "Tavera governor asks for troops as storm clean-up begins",
        "Governor Esteban Rull asked for army engineers to help clear roads and restore water "
        "after Adela left a dozen people dead and tens of thousands homeless along the coast.",
    ),
    # --- A missile test: wire, tabloid, teaser, newspaper. ---
    Piece(
        "missile-1",
        "Crossline Wire",
        D2 + 0.5,
        "Korvana fires ballistic missile over Essland, Essland says",
        "OSTRA, May 15 (Crossline) - Korvana fired a ballistic missile early on Thursday that "
        "flew over northern Essland before landing in the sea, Essland's defence ministry "
        "said, prompting warnings for residents to take cover.\n"
        "The missile flew about 2,700 km and reached an altitude of 550 km. It was the first "
        "launch by Korvana since October.",
    ),
    Piece(
        "missile-1",
        "Daily Flash",
        D2 + 2.0,
        "Sirens wail as rocket streaks over sleeping towns",
        "Terrified families in northern Essland were woken by air raid sirens and text alerts "
        'at dawn as a Korvana rocket passed overhead. "We had no idea where to go," one '
        "mother said.\n"
        "Trains were halted and schools delayed opening while the authorities checked for "
        "debris. The missile came down in the ocean about 1,200 km off the coast.\n"
        "It is the first time Korvana has sent a rocket over Essland's territory, and "
        "experts warned the regime was showing off how far its weapons can now fly.",
    ),
    Piece(
        "missile-1",
        "NewsDigest",
        D2 + 3.0,
        "Korvana launches another missile",
        "The launch drew condemnation from Essland and its allies.",
    ),
    Piece(
        "missile-1",
        "The Morning Ledger",
        D2 + 7.0,
        "Essland demands emergency UN session after Korvana missile overflight",
        "Essland's prime minister, Hanne Voll, called for an emergency meeting of the UN "
        "Security Council after a Korvana missile crossed the country's airspace on Thursday, "
        'calling the launch "an unprecedented and grave threat".\n'
        "Korvana's state media said the test of its Hwasan-12 rocket had been a success and "
        "promised more launches. Analysts said the flight showed the missile could reach "
        "military bases 3,000 km away.\n"
        "The missile was launched from near Korvana's capital Ostra shortly before 6 a.m. and "
        "flew for about 14 minutes, Essland's defence ministry said. Essland did not try to "
        "shoot it down.\n"
        '"Korvana wants to prove that no one is out of reach," said Dr Sofie Lund, a '
        'security analyst at the Halbrook Institute. "The next step may be a test over the '
        'Pacific towards a far bigger target."\n'
        "Shares on the Essland stock exchange fell 1.2% in early trading and the krona "
        "weakened before recovering.",
    ),
    # --- Two protests in one city on one day. ---
    Piece(
        "protest-pensions",
        "Crossline Wire",
        D2 + 4.0,
        "Thousands march in Halbrook against pension reform",
        "HALBROOK, May 15 (Crossline) - Tens of thousands of people marched through Halbrook "
        "on Thursday to protest against government plans to raise the retirement age to 67, "
        "in the largest demonstration in the city this year, police said.\n"
        "Unions have called a general strike for next week.",
    ),
    Piece(
        "protest-pensions",
        "The Morning Ledger",
        D2 + 9.0,
        "Retirement age plan brings workers onto the streets",
        "Teachers, nurses and railway staff joined a union-led march through central Halbrook, "
        'carrying banners reading "67 is too late". Organisers put the turnout at 80,000.',
    ),
    Piece(
        "protest-taxis",
        "Crossline Wire",
        D2 + 5.0,
        "Halbrook taxi drivers block roads in protest at ride-hailing apps",
        "HALBROOK, May 15 (Crossline) - Hundreds of taxi drivers blocked roads to Halbrook's "
        "airport on Thursday in protest at ride-hailing services, causing long delays, "
        "police said. Drivers want the city to cap the number of licences for app cars.",
    ),
    Piece(
        "protest-taxis",
        "NewsDigest",
        D2 + 6.0,
        "Cabbies snarl airport traffic",
        "Travellers missed flights as drivers angry at app-based rivals parked across "
        "the airport road in Halbrook.",
    ),
    # --- A football match: a score line and a narrative. ---
    Piece(
        "match",
        "Sports Desk",
        D2 + 14.0,
        "Halbrook Rovers 3-1 Lindholm City",
        "Rovers moved top of the table. Goals: Kessler 23, 88, Amadi 61; Brandvold 70 (pen). "
        "Attendance: 31,204.",
    ),
    Piece(
        "match",
        "The Morning Ledger",
        D2 + 15.5,
        "Kessler's late strike sends Rovers top",
        "Jonas Kessler scored twice, the second two minutes from time, as Halbrook Rovers came "
        "from behind a nervy second half to beat Lindholm City and go top of the league.\n"
        "City had pulled one back through a Brandvold penalty and pushed for an equaliser "
        "before Kessler ran clear to finish.\n"
        "Kessler had opened the scoring with a header from a corner midway through the first "
        "half, and Tobi Amadi doubled the lead just after the hour with a shot from the edge "
        "of the box.\n"
        '"We suffered for twenty minutes, but this team does not give up," Rovers manager '
        'Piet Koster said. "Jonas is in the form of his life."',
    ),
    Piece(
        "match",
        "Crossline Wire",
        D2 + 14.5,
        "Soccer-Rovers beat City to go top",
        "HALBROOK, May 15 (Crossline) - Halbrook Rovers beat Lindholm City 3-1 on Thursday to "
        "move top of the league, with striker Jonas Kessler scoring twice.",
    ),
    # ===================== Day 3 (three months on) =====================
    # --- Korvana's next missile test: the same names, a new event. ---
    Piece(
        "missile-2",
        "Crossline Wire",
        D3 + 1.0,
        "Korvana test-fires missile into sea off Essland",
        "OSTRA, Aug 12 (Crossline) - Korvana fired a short-range ballistic missile on Tuesday "
        "that landed in the sea inside Essland's exclusive economic zone, Essland's defence "
        "ministry said, the first test since May.\n"
        "The missile flew about 600 km. Essland's prime minister Hanne Voll said it was a "
        "reckless provocation.",
    ),
    Piece(
        "missile-2",
        "Daily Flash",
        D3 + 3.0,
        "Rogue state does it AGAIN",
        "Korvana has defied the world with yet another missile launch, its second this year.\n"
        "The short-range weapon splashed down inside waters claimed by Essland on Tuesday "
        "morning, just three months after a rocket over Essland sent families running for "
        "shelter.",
    ),
    Piece(
        "missile-2",
        "The Morning Ledger",
        D3 + 8.0,
        "Fishermen fear for livelihoods as missile splashes down in Essland waters",
        "Fishing crews off Essland's west coast were ordered back to port on Tuesday after a "
        "Korvana missile came down about 200 km from shore. \"We can't work with rockets "
        'falling on us," said trawler captain Eirik Moen.',
    ),
    # --- Norvell's next quarter: same firm, same words, new event. ---
    Piece(
        "norvell-q1",
        "Crossline Wire",
        D3 + 0.5,
        "Norvell Motors first-quarter profit falls 8 pct, misses estimates",
        "BRANDT, Aug 12 (Crossline) - Norvell Motors Corp said on Tuesday its first-quarter "
        "net profit fell 8 pct to 1.05 bln dlrs as steel costs rose and sales of small cars "
        "slumped, missing analysts' average estimate.\n"
        "Revenue was flat at 36.9 bln dlrs.",
    ),
    Piece(
        "norvell-q1",
        "Finance Now",
        D3 + 5.0,
        "Steel bill dents Norvell profit",
        "Norvell Motors said higher steel prices cost it $400 million in the quarter, and its "
        "shares fell 5% as profit came in below forecasts at $1.05 billion.",
    ),
    # --- A second storm on the same coast: a new event. ---
    Piece(
        "storm-bruno",
        "Crossline Wire",
        D3 + 2.0,
        "Tropical Storm Bruno floods Tavera coast months after Adela",
        "PORT SELIN, Tavera, Aug 12 (Crossline) - Tropical Storm Bruno dumped more than 300 "
        "mm of rain on the Tavera coast on Tuesday, flooding homes still being repaired after "
        "Hurricane Adela in May, officials said. Two people were missing.",
    ),
    Piece(
        "storm-bruno",
        "Capital Herald Live",
        D3 + 4.0,
        "Live: Bruno brings flooding to Tavera",
        "10.05: Governor Esteban Rull has closed schools in four districts.\n"
        "09.50: Rivers near Port Selin have burst their banks, the fire service says.",
    ),
    Piece(
        "storm-bruno",
        "The Morning Ledger",
        D3 + 9.0,
        "Bruno's rains bring fresh misery to a coast still rebuilding",
        "Three months after Hurricane Adela tore through Port Selin, residents were bailing "
        "water out of their homes again on Tuesday as Bruno stalled over the coast.\n"
        '"We only got the new floor in last week," said Lucia Marrero, whose bakery was '
        "wrecked in May.",
    ),
    # --- The top court's ruling in the age-law case, months after the appeal. ---
    Piece(
        "age-law-supreme",
        "Crossline Wire",
        D3 + 6.0,
        "Vestria Supreme Court upholds social media age law",
        "LINDHOLM, Aug 12 (Crossline) - Vestria's Supreme Court on Tuesday upheld a law "
        "requiring social media companies to verify the age of their users, overturning an "
        "appeals court ruling that had blocked it in May.\n"
        "The court ruled 5-2 that the law was a reasonable measure to protect children. It "
        "takes effect in September.",
    ),
    Piece(
        "age-law-supreme",
        "Byte Scoop",
        D3 + 7.0,
        "Chatterly and Pinbox just lost their big court fight",
        "Get your ID ready. Social apps in Vestria will have to check how old you are after the "
        "country's top judges sided with the government on Tuesday.\n"
        "The ruling is a big defeat for Chatterly, Pinbox and the rest of the industry, which "
        "won round one at the appeals court in May. Now they have until September to build "
        "age checks for every account in the country, not only new ones.\n"
        "How will it work? Nobody is quite sure yet. The law lets companies use a photo ID, a "
        "bank card or a face scan that estimates your age, and privacy campaigners are "
        "already warning about leaks.",
    ),
    Piece(
        "age-law-supreme",
        "The Morning Ledger",
        D3 + 10.0,
        "Top court clears way for age checks on social apps",
        "Tech companies must start checking the ages of users in Vestria from September after "
        "the Supreme Court reversed May's appeals ruling. Industry group NetVestria said "
        'it was "deeply disappointed".',
    ),
    # --- An election told in live-blog updates, by the wire and a teaser. ---
    Piece(
        "election",
        "Capital Herald Live",
        D3 + 12.0,
        "Live: Morvia votes - exit poll puts Sand ahead",
        "20.00: Polls have closed. The exit poll gives Lena Sand's Civic Party 34%, ahead of "
        "the Farmers' Union on 27%.",
    ),
    Piece(
        "election",
        "Capital Herald Live",
        D3 + 15.0,
        "Live: Sand claims victory as count nears end",
        '23.10: With 90% counted Lena Sand tells cheering supporters "Morvia has chosen '
        'change". Her party is on course for 61 of 150 seats.',
    ),
    Piece(
        "election",
        "Crossline Wire",
        D3 + 16.0,
        "Morvia's Civic Party wins most seats in parliamentary vote",
        "VESKA, Aug 12 (Crossline) - Morvia's centrist Civic Party won the most seats in "
        "Tuesday's parliamentary election but fell short of a majority, preliminary results "
        "showed, leaving leader Lena Sand to seek coalition partners.",
    ),
    Piece(
        "election",
        "NewsDigest",
        D3 + 16.5,
        "Centrists top Morvia poll",
        "Lena Sand's party needs partners to govern.",
    ),
    # --- A wildfire with its video page. ---
    Piece(
        "wildfire",
        "Crossline Wire",
        D3 + 3.5,
        "Wildfire forces evacuation of Aldern hill towns",
        "ALDERN, Aug 12 (Crossline) - A wildfire fanned by strong winds forced about 5,000 "
        "people from their homes in hill towns north of Aldern on Tuesday, fire officials "
        "said. More than 4,000 hectares have burned.",
    ),
    Piece(
        "wildfire",
        "Channel 7 Video",
        D3 + 5.0,
        "Video: Flames near Aldern homes",
        "Residents filmed the fire as it came over the ridge.",
    ),
    # --- A video page of one line that belongs to no event here. ---
    Piece(
        "video-dog",
        "Channel 7 Video",
        D3 + 6.5,
        "Video: Dog rescued from flood waters",
        "A firefighter carries a terrier to safety.",
    ),
    # ===================== Day 4 (seven months on) =====================
    # --- Korvana offers talks: the same names again, a new event. ---
    Piece(
        "korvana-talks",
        "Crossline Wire",
        D4 + 1.0,
        "Korvana leader offers talks with Essland in surprise speech",
        "OSTRA, Dec 10 (Crossline) - Korvana's leader Min Dae-sok offered on Wednesday to send "
        "a delegation to talks with Essland, in a surprise shift after months of missile "
        "launches, state media reported.\n"
        "Essland's government said it welcomed the offer but would judge Korvana by its actions.",
    ),
    Piece(
        "korvana-talks",
        "The Morning Ledger",
        D4 + 7.0,
        "An olive branch from Ostra, but Essland is wary",
        "After a year of rockets over its towns, Essland was handed an unexpected invitation on "
        "Wednesday: Min Dae-sok wants to talk. Officials in the capital said any meeting "
        "would have to include a freeze on weapons tests.\n"
        "The offer came in a televised speech marking a national holiday in Korvana, in which "
        'Min also praised the "brave workers" of the rocket programme, a reminder that the '
        "launches of May and August are not forgotten in Ostra.\n"
        '"We have heard warm words before," Essland\'s foreign minister Arne Dahl told '
        'reporters. "We will listen, but we will not be naive."\n'
        "Diplomats said a first meeting could take place in a neutral country early next year.",
    ),
    Piece(
        "korvana-talks",
        "NewsDigest",
        D4 + 8.0,
        "Korvana signals thaw",
        "Min Dae-sok offers dialogue with Essland.",
    ),
    # --- The crypto rally months after the slide: a new event. ---
    Piece(
        "coin-rally",
        "Crossline Wire",
        D4 + 2.0,
        "Bitcoin jumps above 8,000 dlrs after Daeryn lifts trading curbs",
        "SEONJU, Dec 10 (Crossline) - Bitcoin rose more than 9 pct to above 8,000 dlrs on "
        "Wednesday after Daeryn's financial regulator said exchanges could resume taking new "
        "customers under a licensing regime.",
    ),
    Piece(
        "coin-rally",
        "Daily Flash",
        D4 + 4.0,
        "Bitcoin is back, baby",
        "Crypto fans are celebrating after their favourite coin leapt back above $8K.\n"
        "Bitcoin gained about $700 in a few hours on Wednesday after Daeryn, which spooked "
        "the market with talk of a ban back in May, said exchanges there could sign up new "
        "customers again if they get a licence.",
    ),
    Piece(
        "coin-rally",
        "Finance Now",
        D4 + 6.0,
        "Daeryn licence plan sparks crypto rebound",
        "Digital currencies rallied as Daeryn set out rules to license exchanges, with bitcoin "
        "climbing to $8,150 and ether up 12%.",
    ),
    # --- Norvell's recall: same firm, a different kind of event. ---
    Piece(
        "norvell-recall",
        "Crossline Wire",
        D4 + 3.0,
        "Norvell Motors recalls 480,000 pickups over brake fault",
        "BRANDT, Dec 10 (Crossline) - Norvell Motors Corp is recalling about 480,000 pickup "
        "trucks because brake fluid can leak and lengthen stopping distances, the carmaker said "
        "on Wednesday. It knows of three crashes linked to the fault.",
    ),
    Piece(
        "norvell-recall",
        "The Morning Ledger",
        D4 + 9.0,
        "Brake leak forces Norvell to call back best-selling trucks",
        "Owners of Norvell's popular pickups are being asked to bring them to dealers for a "
        "free repair after the company found a leaking brake line.",
    ),
    # --- A museum theft. ---
    Piece(
        "heist",
        "Crossline Wire",
        D4 + 5.0,
        "Thieves steal gold crown from Veska museum",
        "VESKA, Dec 10 (Crossline) - Thieves broke into Morvia's national museum overnight and "
        "stole a 14th-century gold crown, police said on Wednesday. The crown is insured for "
        "about 12 mln dlrs.",
    ),
    Piece(
        "heist",
        "Daily Flash",
        D4 + 7.5,
        "Crown jewels snatched in daring night raid",
        "Burglars smashed a skylight and lowered themselves into the gallery, making off with "
        "the priceless medieval treasure in under five minutes, detectives believe.\n"
        "The gold crown, worn by Morvia's kings for 300 years, was the star exhibit at the "
        "national museum in Veska. Alarms went off at 3.12am but the gang had fled by the time "
        "guards reached the room.\n"
        "Police fear the crown could be melted down for its gold.",
    ),
    # --- A study and its press release. ---
    Piece(
        "sleep-study",
        "PR Newsline",
        D4 + 0.5,
        "New Study From Aldern University Links Late Screen Use to Poor Teen Sleep",
        "ALDERN, Dec. 10, 2031 /PRNewsline/ -- Teenagers who use phones after 10 p.m. sleep "
        "on average 48 minutes less than those who do not, according to a study of 6,200 "
        "students published today by researchers at Aldern University.\n"
        '"Parents should set a cut-off time for screens," said lead author Dr. Ines Larkin.',
    ),
    Piece(
        "sleep-study",
        "The Morning Ledger",
        D4 + 10.0,
        "Late-night scrolling costs teenagers nearly an hour of sleep",
        "Teenagers glued to their phones after 10pm lose almost 48 minutes of sleep a night, "
        "researchers at Aldern University found, in a study of more than 6,000 pupils.",
    ),
)
"""Every item of the set, each labelled by its event."""

DAYS: tuple[float, ...] = (D1, D2, D3, D4)
"""The first hour (after coverage.T0) of each publication day of the set."""


__all__ = ["DAY", "DAYS", "MONTH", "PIECES", "by_day"]
