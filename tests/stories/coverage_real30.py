"""A thirtieth set of multi-outlet coverage of our own (the twenty-seventh written blind), in
the form of issue #16's hidden set, with its weight on world news as wire services of other
regions and translated copy carry it: Latin American agencies ("PUERTO ALCIMAR, 14 may (ANV)
- ", "CIUDAD ORVALLE (PAU) -- "), Middle Eastern agencies ("QADIRAH, May 14 /QPA/ - ",
"SEFRAN, 14 May (ZNA) -- "), a global wire ("(Veskard) - ", "(TCP) - "), Asian business
papers, English-language editions of Spanish-language papers, TV and radio sites, a tabloid,
bond and market sites, tech and crypto sites.

Written blind: without reading the clustering code (nothing under src/briefing/stories/,
src/briefing/summarize* or src/briefing/extract/), docs/history.md, README.md, the git log
(no git log, show or blame was run) or the pieces of the other sets. What went past our
eyes: git status and the branch's name; the names of the files in tests/stories/; lines
1-116 of coverage_real29.py (its docstring, imports, day constants, the line that opens its
PIECES and its day-1 header, none of its pieces); the whole of test_coverage_real29.py; in
coverage.py its docstring, imports, T0, DAY, MONTH and Piece (lines 1-48), a list of its
def, class and constant lines with their line numbers (the line where its PIECES begin among
them, no piece), and everything from outlet_item to check_form (lines 373-619); and the
counts of files in the tests, the source and the shared corpus that hold each of our names
and of the capitalised words of this file (no text of them). The whole set was written
before it was first clustered, and no text or label was changed after seeing how briefing
clusters it. Every sentence is our own. The countries (Varantes, Coravia, Marhaz, Ostrabeh,
Harzan, Pelawan, Halmora, Sambria), the places (Puerto Alcimar, Avenida Costanera, Ciudad
Orvalle, the Plaza de los Faroles, Cerro Talamo, Qadirah, Sefran, the Tazrun river and the
Ghalem Dam, Qel Dara province and Tell Mazrin, Tamsuri island and Port Lirang, Juncheng,
Sengkara, Drazhov and the Kostrany colliery, Wadi Karm), the currencies (the alcor, the
tolvar), the bodies (the International Stabilisation Fund, ISF), the firms (Zentrobit and its
ZNT token, Hanjeon Micro, Orlatek, Tessaren, Jadewing Airlines, Brisamar), the satellite
Nasrel-1, the people (Arrendel, Verbanez, Min Haravi, Ysmena Montesorde, Raúl Quebrantes,
Benedicto Arrazola, Bastien Ovrell, Emir Hamdel bin Suraq, Idris Kavrani) and all 43 outlets
are made up. Their main names were checked against the tests, the source and the shared
corpus; those found there (Ostrabad, Dravik, Kasimir, Ileana, Ysolde, Corvane, Meridian
Wire, Runway Report, Daily Blare and a currency "halm") were renamed before the set was
first run.

Its form: 70 items from 43 outlets over four publication days months apart, five events a
day (20 events), each told by three to five outlets, each outlet once. Most items are a
headline and one to three lines (150 to 450 characters); eight are whole articles of 1,200
to 1,600 characters in six paragraphs or more (the devaluation's and the default's wire
stories, the first round in an English edition, the Harzan quake on a TV site, the
Zentrobit hack on a crypto site, the colliery blast on a wire, the inauguration on a Latin
American agency and the Jadewing strike in a business paper). Six items are under 100
characters (three "Video:" pages, an "In pictures:" page, a "Watch:" page and a one-line
teaser), each labelled with its event. Figures are written two ways (18 percent and 18%,
US$9.5 billion and $9.5bn, 2 million and 2m, US$64 million and $64m).

The hard cases:

- three running topics whose events fall on days months apart under the same names, the
  later naming the earlier in passing, some by date ("the May 14 devaluation", "approved a
  $9.5bn loan on June 26", "her lead of June 26", "the September 9 runoff", "the September
  9 hack", "its ZNT token in May"): the alcor's devaluation (day 1), the Fund's rescue (day
  2) and Varantes' default (day 4); Coravia's first round (day 2), runoff (day 3) and
  Quebrantes's inauguration (day 4); Zentrobit's token sale (day 1), the theft from its
  hot wallets (day 3) and its founder's arrest (day 4);
- same-kind events of one day that must stay apart, sharing their generic words: two
  central banks' decisions (Varantes' devaluation and Halmora's rate rise, day 1), two
  earthquakes (Qel Dara in Harzan, Tamsuri island in Pelawan, day 2), two mine accidents
  (the Kostrany colliery blast in Sambria, the Cerro Talamo copper mine collapse in
  Coravia, day 3, the second on the day of Coravia's runoff), two airline strikes
  (Jadewing's pilots in Halmora, Brisamar's cabin crew in Sambria, day 4);
- names that come back in other events: Halmora and Juncheng (the rate rise, the float,
  the pilots' strike), Sambria and Drazhov (the colliery, the cabin crew), Coravia (the
  election, the copper mine, which the inauguration story names), Marhaz and its emir (the
  water accord, the satellite), Ostrabeh (the accord, the rescuers sent to Harzan), Pelawan
  (the exchange's home, the Tamsuri quake);
- the same event in other words, with no headline word of four letters or more in all of
  its reports (the rate rise, the Tamsuri quake with a tabloid headline naming nothing, the
  runoff, the Zentrobit theft, both mine accidents, the Brisamar strike), reports that name
  only a leader's title ("Emir and president shake hands on river deal", "Minister hails
  lifeline", "New president takes the sash") and a tabloid's "CRYPTO KINGPIN CUFFED AT THE
  GATE";
- near-empty items: three video pages, a picture gallery, a "Watch:" page and a teaser.

- day 1 (Wed May 14, 2031): the alcor devalued (four, with a whole wire story); Halmora's
  rate rise (three); Zentrobit's token sale (three); the Tazrun water accord (four);
  Hanjeon Micro's bid for Orlatek (three);
- day 2 (Thu Jun 26): the Fund's rescue (five, with a video page); Coravia's first round
  (three); the Harzan quake (four, with a video page); the Tamsuri quake (three); Tessaren's
  float (three);
- day 3 (Tue Sep 9): the runoff (four, with a picture gallery); the Zentrobit theft (three);
  the Kostrany blast (three); the Cerro Talamo collapse (four, with a teaser); Nasrel-1
  (three);
- day 4 (Thu Nov 27): the default (three); the inauguration (four); Ovrell's arrest (four,
  with a video page); the Jadewing strike (three); the Brisamar strike (four, with a
  "Watch:" page).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real30.py).
"""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 43 * DAY  # Thu Jun 26, 2031 (43 days on: 6 weeks + 1 day)
D3 = 118 * DAY  # Tue Sep 9, 2031 (118 days on: 16 weeks + 6 days)
D4 = 197 * DAY  # Thu Nov 27, 2031 (197 days on: 28 weeks + 1 day)
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # ---- Day 1, Wed May 14, 2031 ----
    # The Central Bank of Varantes devalues the alcor (a running topic: the bailout on day 2,
    # the default on day 4).
    Piece(
        "alcor-devalued",
        "Agencia Noval",
        D1 + 1.0,
        "Varantes central bank devalues alcor by 18 percent",
        "PUERTO ALCIMAR, 14 may (ANV) - The Central Bank of Varantes cut the value of the alcor "
        "by 18 percent on Wednesday, fixing a new official rate of 41.3 alcores to the dollar "
        "after weeks in which exporters and importers traded at a widening gap on the street.\n"
        "Governor Tomás Arrendel told a news conference in Puerto Alcimar that the bank had "
        "spent more than US$3 billion since January defending the old rate and that reserves "
        "had fallen to US$6.2 billion, the lowest level in eleven years.\n"
        "\"We could not go on burning the country's savings to hold a number that nobody "
        'believed," Arrendel said. He promised that the new band would be defended and that '
        "the bank would not print money to pay the state's bills.\n"
        "Finance Minister Lucía Verbanez said the government would seek talks with the "
        "International Stabilisation Fund within days, without giving a figure.\n"
        "Shops in the capital's central market shut their shutters at midday while owners "
        "rewrote price tags, and queues formed outside exchange houses on Avenida Costanera.\n"
        "Union leaders called the move a blow to wages and said they would meet later this week "
        "to decide on protests. Bond prices fell by about four cents on the dollar, and the "
        "main share index lost 5 percent.\n"
        "(ANV) mfr/ls",
    ),
    Piece(
        "alcor-devalued",
        "Veskard Wire",
        D1 + 3.5,
        "Varantes cuts currency peg as reserves dwindle",
        "PUERTO ALCIMAR, May 14 (Veskard) - Varantes weakened its currency by 18% against the "
        "dollar on Wednesday, setting 41.3 alcores per dollar after reserves dropped to "
        "$6.2bn. Governor Tomás Arrendel said the bank would not finance the budget deficit.",
    ),
    Piece(
        "alcor-devalued",
        "Marketglass",
        D1 + 6.0,
        "Alcor slides past 41 per dollar after surprise move",
        "Varantes bonds due 2036 lost four cents and the alcor traded at 41.6 in Puerto Alcimar "
        "after the central bank's 18 percent devaluation. Analysts expect a request for an "
        "International Stabilisation Fund loan before July.",
    ),
    Piece(
        "alcor-devalued",
        "La Gaceta Alcimarense (English edition)",
        D1 + 9.0,
        "Arrendel: 'painful but necessary'",
        "The governor defended Wednesday's decision before the finance committee of Congress, "
        "saying the old rate of 33.9 alcores had become a fiction. Opposition deputies demanded "
        "his resignation.",
    ),
    # The Bank of Halmora raises its rate (stays apart from the devaluation; told in other
    # words).
    Piece(
        "halmora-rate-hike",
        "Halmora Business Daily",
        D1 + 2.0,
        "Bank of Halmora lifts key rate to 6.25%",
        "The Bank of Halmora raised its benchmark repo rate by 50 basis points to 6.25% on "
        "Wednesday, its third increase this year, citing food inflation of 7.8%. Governor Min "
        "Haravi said further tightening was possible.",
    ),
    Piece(
        "halmora-rate-hike",
        "Asia Markets Now",
        D1 + 4.5,
        "Half-point hike in Juncheng surprises traders",
        "Most economists polled had expected a quarter point. The Halmoran tolvar firmed 0.6 "
        "percent and Juncheng bank shares rose after the central bank took the repo rate to "
        "6.25 percent.",
    ),
    Piece(
        "halmora-rate-hike",
        "Eastlake Post",
        D1 + 8.0,
        "Borrowing costs climb again as inflation bites",
        "Mortgage holders in Juncheng face higher repayments after Governor Min Haravi's board "
        "voted five to two for a 0.5 percentage point rise. Prices of rice and cooking oil are "
        "up by more than a tenth from a year ago.",
    ),
    # Zentrobit launches its ZNT token (a running topic: the hack on day 3, its founder's
    # arrest on day 4).
    Piece(
        "zentrobit-token-launch",
        "Blockfenn",
        D1 + 1.5,
        "Zentrobit's ZNT token sale raises $210 million in 40 minutes",
        "The Sengkara-based exchange sold 300 million ZNT tokens at 70 cents each. Founder "
        "Bastien Ovrell said holders will get fee discounts and a share of trading revenue.",
    ),
    Piece(
        "zentrobit-token-launch",
        "Coinwarden",
        D1 + 5.0,
        "Exchange token ZNT lists at 1.9x its sale price",
        "ZNT opened at $1.33 on Zentrobit's own order book after the sale closed, giving the "
        "token a market value of about $400m. Critics note that Ovrell's team keeps 40% of the "
        "supply.",
    ),
    Piece(
        "zentrobit-token-launch",
        "Kernelpost",
        D1 + 10.0,
        "Pelawan crypto exchange Zentrobit mints its own coin",
        "Zentrobit, which says it has 2 million users across Asia, raised US$210 million "
        "selling the ZNT token. Pelawan's securities regulator said it was studying the sale.",
    ),
    # Marhaz and Ostrabeh sign a water accord (one report names only the leaders' titles).
    Piece(
        "water-accord",
        "Qadirah Press Agency",
        D1 + 2.5,
        "Marhaz, Ostrabeh sign Tazrun water-sharing accord",
        "QADIRAH, May 14 /QPA/ - Marhaz and Ostrabeh signed an agreement on Wednesday to share "
        "the waters of the Tazrun river, ending a dispute over the Ghalem Dam that has lasted "
        "nine years, the Foreign Ministry said.",
    ),
    Piece(
        "water-accord",
        "Zarqan News Agency",
        D1 + 5.5,
        "Ostrabeh to receive 45 percent of river flow under Ghalem deal",
        "SEFRAN, 14 May (ZNA) -- Under the accord signed in Qadirah, Ostrabeh will receive 45 "
        "percent of the Tazrun's yearly flow and a joint commission will set the dam's summer "
        "releases, President Idris Kavrani's office said.",
    ),
    Piece(
        "water-accord",
        "Marhaz News Network",
        D1 + 7.0,
        "Emir and president shake hands on river deal",
        "The emir received his neighbour's president at the palace for the signing ceremony, "
        "which was broadcast live. Farmers downstream welcomed the news.",
    ),
    Piece(
        "water-accord",
        "Globefeed",
        D1 + 11.0,
        "Desert neighbours end long quarrel over a dam",
        "Emir Hamdel bin Suraq of Marhaz and President Idris Kavrani of Ostrabeh agreed to run "
        "the Ghalem Dam together, with a commission of six engineers from each side.",
    ),
    # Hanjeon Micro agrees to buy Orlatek.
    Piece(
        "orlatek-deal",
        "Kanzen Business Times",
        D1 + 0.5,
        "Hanjeon Micro to buy Orlatek for $4.6bn",
        "Chipmaker Hanjeon Micro agreed to acquire Orlatek, a maker of memory controllers, for "
        "US$4.6 billion in cash, a 31% premium to its last close. The deal needs approval in "
        "four countries.",
    ),
    Piece(
        "orlatek-deal",
        "Circuitline",
        D1 + 4.0,
        "Hanjeon bets US$4.6 billion on Orlatek's controller chips",
        "Orlatek's controllers sit in one of every five solid-state drives sold, and Hanjeon "
        "Micro says buying them will let it sell complete storage modules to phone makers.",
    ),
    Piece(
        "orlatek-deal",
        "Transcontinental Press",
        D1 + 12.0,
        "Orlatek shares jump 28 percent on takeover",
        "(TCP) - Orlatek stock rose 28 percent after Hanjeon Micro's $4.6bn offer. Hanjeon's "
        "chief executive said he expected the deal to close early next year.",
    ),
    # ---- Day 2, Thu Jun 26, 2031 ----
    # The International Stabilisation Fund's rescue for Varantes (the running alcor topic).
    Piece(
        "alcor-bailout",
        "Agencia Noval",
        D2 + 1.0,
        "Fund approves US$9.5 billion rescue for Varantes",
        "PUERTO ALCIMAR, 26 jun (ANV) - The International Stabilisation Fund approved on "
        "Thursday a three-year loan of US$9.5 billion for Varantes, six weeks after the May 14 "
        "devaluation of the alcor, Finance Minister Lucía Verbanez announced.",
    ),
    Piece(
        "alcor-bailout",
        "Veskard Wire",
        D2 + 3.0,
        "Varantes wins $9.5bn ISF loan, pledges deficit cuts",
        "PUERTO ALCIMAR, June 26 (Veskard) - Varantes will receive $9.5bn from the ISF, with a "
        "first $2.1bn tranche in July, in exchange for cutting its budget deficit to 2.5% of "
        "output by 2033 and letting the alcor float.",
    ),
    Piece(
        "alcor-bailout",
        "Spreadline",
        D2 + 5.5,
        "Alcimar bonds rally on rescue",
        "Dollar bonds of Varantes gained as much as six cents after the lender's board signed "
        "off. The alcor, devalued by 18% in May, firmed to 39.8 per dollar.",
    ),
    Piece(
        "alcor-bailout",
        "La Gaceta Alcimarense (English edition)",
        D2 + 8.0,
        "Minister hails lifeline, unions call it a surrender",
        "The minister told reporters the agreement would protect pensions and school meals. "
        "The transport unions said the conditions would mean higher bus fares and announced "
        "a march.",
    ),
    Piece(
        "alcor-bailout",
        "Noticias Quince",
        D2 + 10.0,
        "Video: Verbanez announces the deal",
        "The finance minister speaks in Puerto Alcimar. (1:42)",
    ),
    # Coravia's presidential election, first round (a running topic: the runoff on day 3,
    # the inauguration on day 4).
    Piece(
        "coravia-first-round",
        "El Orvallense (English edition)",
        D2 + 2.0,
        "Montesorde and Quebrantes head for September runoff",
        "CIUDAD ORVALLE - Former central bank chief Ysmena Montesorde won the first round of "
        "Coravia's presidential election with 38.2 percent of the vote, the National Electoral "
        "Council said on Thursday with 98 percent of tally sheets counted.\n"
        "Raúl Quebrantes, the former mayor of Ciudad Orvalle who ran on a promise to jail "
        "corrupt officials, came second with 31.5 percent. The two will meet in a runoff on "
        "September 9.\n"
        "Six other candidates shared the rest. The ruling party's candidate, backed by "
        "outgoing President Benedicto Arrazola, finished fourth with 9 percent, its worst "
        "result since the return of democracy.\n"
        "Montesorde, speaking to supporters at a hotel in the capital, promised to keep "
        "inflation under control and to court foreign investors in the copper mines. "
        '"Coravia chose seriousness," she said.\n'
        "Quebrantes addressed a larger crowd in the Plaza de los Faroles, telling them the "
        'second round would be "the people against the bankers". He asked the third-placed '
        "candidate's voters to join him.\n"
        "Turnout was 71 percent. Observers from the regional mission said the vote had been "
        "orderly, though they noted delays in delivering ballots to mountain districts.\n"
        "Both campaigns have two and a half months to win over the 30 percent of voters who "
        "backed neither of them, and the first televised debate is planned for August.",
    ),
    Piece(
        "coravia-first-round",
        "TVQ Noticias",
        D2 + 4.0,
        "Runoff in Coravia: banker against ex-mayor",
        "With almost all votes counted, Montesorde has 38.2% and Quebrantes 31.5%. Neither "
        "reached the 50% needed to win outright.",
    ),
    Piece(
        "coravia-first-round",
        "Prensa Austral",
        D2 + 7.5,
        "Ruling party crushed in Coravian vote",
        "CIUDAD ORVALLE (PAU) -- President Arrazola's party came fourth in the first round. "
        "Montesorde and Quebrantes go to a second round in September.",
    ),
    # Two earthquakes of one day that must stay apart: Qel Dara province in Harzan and Tamsuri
    # island in Pelawan (the second told in other words, with a tabloid headline naming
    # nothing).
    Piece(
        "harzan-quake",
        "Nahrani TV English",
        D2 + 1.5,
        "Magnitude 6.4 earthquake kills at least 57 in Harzan's Qel Dara province",
        "A magnitude 6.4 earthquake struck Qel Dara province in western Harzan before dawn on "
        "Thursday, killing at least 57 people and injuring more than 400, the Health Ministry "
        "said.\n"
        "The quake's centre was 12 kilometres from the town of Tell Mazrin at a depth of ten "
        "kilometres, according to the national seismic centre. It was felt as far away as the "
        "capital.\n"
        "Most of the dead were in villages of mud-brick houses on the slopes above Tell "
        "Mazrin, where whole streets collapsed while families slept. Rescuers were digging by "
        "hand because landslides had blocked the mountain road.\n"
        '"We heard a roar and then everything fell," a farmer told our correspondent, '
        "standing beside the ruins of his home. He said three of his neighbours were still "
        "missing.\n"
        "The Red Crescent sent 30 teams and set up tents at the football ground. The governor "
        "of Qel Dara appealed for blood donors and said schools would stay shut for a week.\n"
        "More than 60 aftershocks were recorded by midday, the strongest of magnitude 4.8. "
        "Neighbouring countries offered help, and a field hospital was being flown in.\n"
        "The region was struck by a quake of similar strength in 1988, when more than a "
        "thousand people died. Engineers have long warned that few village homes are built "
        "to resist shaking.",
    ),
    Piece(
        "harzan-quake",
        "Harzan Today",
        D2 + 4.5,
        "Death toll climbs in Tell Mazrin as rescuers search rubble",
        "The number of dead from Thursday's earthquake rose to 71, officials in Qel Dara said, "
        "with dozens still missing in three villages cut off by landslides.",
    ),
    Piece(
        "harzan-quake",
        "Zarqan News Agency",
        D2 + 7.0,
        "Ostrabeh sends rescue team to quake-hit Harzan",
        "SEFRAN, 26 Jun (ZNA) -- Ostrabeh dispatched 40 rescuers and two planes of tents and "
        "medicine to Qel Dara province, where a 6.4-magnitude quake struck overnight.",
    ),
    Piece(
        "harzan-quake",
        "Marhaz News Network",
        D2 + 9.0,
        "Video: Rescuers dig through rubble in Qel Dara",
        "Footage from Tell Mazrin after the quake. (2:05)",
    ),
    Piece(
        "tamsuri-quake",
        "Pelawan Broadcasting Online",
        D2 + 3.0,
        "5.9 tremor off Tamsuri island, tsunami alert lifted",
        "A magnitude 5.9 earthquake struck the sea 30 km south of Tamsuri island on Thursday. "
        "The meteorology agency lifted a tsunami warning after an hour; no deaths were "
        "reported.",
    ),
    Piece(
        "tamsuri-quake",
        "The Pelawan Ledger",
        D2 + 6.0,
        "Port Lirang counts damage to 300 homes",
        "Cracked walls and a collapsed jetty in Port Lirang, the island's main town, after "
        "Thursday's undersea shock. Ferries to the mainland were suspended for inspection.",
    ),
    Piece(
        "tamsuri-quake",
        "The Evening Clatter",
        D2 + 9.5,
        "TERROR AT SEA! Holidaymakers flee beach as ground rolls",
        'Sunbathers ran for the hills when sirens sounded on the resort island. "The sand was '
        'moving like water," said one visiting tourist.',
    ),
    # Tessaren files for a stock market listing.
    Piece(
        "tessaren-ipo",
        "Kanzen Business Times",
        D2 + 2.5,
        "Ride-hailing firm Tessaren files for Juncheng IPO",
        "Tessaren, Halmora's largest ride-hailing app, filed to list on the Juncheng exchange, "
        "seeking to raise about $1.2bn in what would be the city's biggest tech float this "
        "year.",
    ),
    Piece(
        "tessaren-ipo",
        "Halmora Business Daily",
        D2 + 5.0,
        "Tessaren seeks US$1.2 billion in share sale",
        "The company reported a net loss of 140 million dollars last year on revenue of 900 "
        "million, its prospectus shows. Its founder keeps control through class B shares.",
    ),
    Piece(
        "tessaren-ipo",
        "Circuitline",
        D2 + 11.0,
        "Tessaren's prospectus: 22 million riders and still losing money",
        "The ride-hailing firm's filing in Juncheng shows 22m monthly riders and 300,000 "
        "drivers. It plans to price the listing in August.",
    ),
    # ---- Day 3, Tue Sep 9, 2031 ----
    # Coravia's runoff (the running election topic; told in other words).
    Piece(
        "coravia-runoff",
        "TVQ Noticias",
        D3 + 3.0,
        "Quebrantes wins Coravia's presidency",
        "The former mayor of Ciudad Orvalle took 52.8% of the vote in Tuesday's runoff against "
        "Ysmena Montesorde, who led the first round in June, the electoral council said.",
    ),
    Piece(
        "coravia-runoff",
        "Prensa Austral",
        D3 + 5.0,
        "Ex-mayor beats banker in second round",
        "CIUDAD ORVALLE (PAU) -- Raúl Quebrantes defeated Montesorde by 52.8 percent to 47.2 "
        "percent, overturning her lead of June 26. She conceded before midnight.",
    ),
    Piece(
        "coravia-runoff",
        "Radio Coravia Internacional",
        D3 + 7.0,
        '"The people against the bankers" prevails',
        "Quebrantes, who promised to jail corrupt officials, will take office in November. "
        "Markets in Ciudad Orvalle are expected to fall when trading resumes.",
    ),
    Piece(
        "coravia-runoff",
        "Canal Sur 8",
        D3 + 9.0,
        "In pictures: Jubilant crowds fill Plaza de los Faroles",
        "Supporters of the president-elect celebrate through the night.",
    ),
    # Hackers drain Zentrobit's hot wallets (the running Zentrobit topic; told in other
    # words).
    Piece(
        "zentrobit-hack",
        "Blockfenn",
        D3 + 1.0,
        "Zentrobit halts withdrawals after $64m theft",
        "Zentrobit, the Sengkara exchange that raised $210m selling its ZNT token in May, "
        "suspended all withdrawals on Tuesday after attackers emptied several of its hot "
        "wallets.\n"
        "The exchange said in a post on its blog that about $64m in bitcoin, ether and ZNT had "
        "been moved to addresses it did not control between 02:10 and 02:55 local time. It "
        "said cold storage, which holds most customer funds, was not touched.\n"
        "Founder Bastien Ovrell wrote that every customer would be repaid in full from the "
        "company's reserves, but gave no date for reopening withdrawals. Trading continues, "
        "he said, though deposits of some tokens were paused.\n"
        "Blockchain analysts who followed the stolen coins said they had been split into "
        "hundreds of smaller amounts within an hour and sent through mixing services, which "
        "makes recovery unlikely.\n"
        "The ZNT token, which sold at 70 cents and peaked near $2, fell by 40% to $0.82 within "
        "hours of the announcement. Volumes on rival exchanges in Pelawan jumped as users moved "
        "funds.\n"
        "Pelawan's securities regulator said it had asked Zentrobit for a full report within "
        "48 hours and would examine whether the exchange had kept enough reserves.\n"
        "Customers crowded the exchange's chat channels with complaints. Several said their "
        "withdrawal requests had been pending since before the attack began.",
    ),
    Piece(
        "zentrobit-hack",
        "Coinwarden",
        D3 + 4.0,
        "Hackers drain hot wallets at Sengkara platform",
        "Attackers took coins worth US$64 million, the exchange confirmed, in one of the year's "
        "largest thefts. Ovrell promised repayment from reserves.",
    ),
    Piece(
        "zentrobit-hack",
        "Ledgerhawk",
        D3 + 6.5,
        "ZNT plunges 40% as exchange confirms breach",
        "The token launched in May at 70 cents now trades at 82 cents after Zentrobit said "
        "US$64m was stolen. Withdrawals remain frozen.",
    ),
    # Two mine accidents of one day that must stay apart: the Kostrany colliery blast in Sambria
    # and the Cerro Talamo copper mine collapse in Coravia.
    Piece(
        "kostrany-colliery-blast",
        "Transcontinental Press",
        D3 + 2.0,
        "Methane blast kills 23 miners at Kostrany colliery in Sambria",
        "(TCP) - A methane explosion tore through the Kostrany colliery in eastern Sambria on "
        "Tuesday morning, killing 23 miners and injuring 14, the Energy Ministry said.\n"
        "The blast happened 740 metres underground at the start of the first shift, when 112 "
        "men were in the pit. Most were brought to the surface within three hours.\n"
        "Rescue teams wearing breathing sets recovered the last bodies in the afternoon after "
        "ventilation fans were restarted. Two of the injured were in a critical condition at "
        "the regional hospital in Drazhov.\n"
        "The colliery, owned by the state coal company, was fined twice last year for faulty "
        "gas sensors, according to inspection records seen by reporters. The miners' union "
        "said warnings about gas levels had been ignored for weeks.\n"
        "Sambria's prime minister declared two days of national mourning and ordered a "
        "commission to report within a month. The mine's director was suspended.\n"
        "It is the deadliest accident in Sambria's coal industry in fifteen years. Coal still "
        "provides more than half of the country's electricity.\n"
        "Relatives waited through the day at the mine gates for lists of names, which "
        "officials read out over a loudspeaker in the late afternoon. Some had driven from "
        "villages two hours away.",
    ),
    Piece(
        "kostrany-colliery-blast",
        "Sambria Herald (English edition)",
        D3 + 5.5,
        "Two days of mourning declared after pit disaster",
        "Flags flew at half mast in Drazhov as families gathered at the gates of the Kostrany "
        "mine. The union blamed broken gas sensors for the explosion that killed 23.",
    ),
    Piece(
        "kostrany-colliery-blast",
        "Sambria Radio International",
        D3 + 8.5,
        "Kostrany director suspended, inquiry ordered",
        "The state coal company suspended the colliery's director after Tuesday's methane "
        "blast. A commission will report within 30 days.",
    ),
    Piece(
        "talamo-mine-collapse",
        "Agencia Noval",
        D3 + 1.5,
        "Eleven miners trapped in Coravia copper mine collapse",
        "CIUDAD ORVALLE, 9 sep (ANV) - A tunnel collapsed at the Cerro Talamo copper mine in "
        "northern Coravia on Tuesday, trapping eleven workers about 400 metres down, the "
        "Mining Ministry said.",
    ),
    Piece(
        "talamo-mine-collapse",
        "Noticias Quince",
        D3 + 4.5,
        "Rescuers reach air pocket at Cerro Talamo",
        "Rescue teams made contact by tapping on pipes and believe the 11 men are alive in a "
        "refuge chamber. Drilling of a 15-centimetre borehole began to send water and air.",
    ),
    Piece(
        "talamo-mine-collapse",
        "Orebody Weekly",
        D3 + 8.0,
        "Copper output halted at Talamo after rockfall",
        "The mine produces 120,000 tonnes of copper a year, about 6 percent of Coravia's "
        "output. Its operator said production would stop until the rescue is over.",
    ),
    Piece(
        "talamo-mine-collapse",
        "Mundo Hoy",
        D3 + 11.0,
        "Eleven trapped underground",
        "Hope in the desert as drills reach down to the miners.",
    ),
    # Marhaz launches its first satellite.
    Piece(
        "marhaz-satellite",
        "Qadirah Press Agency",
        D3 + 2.5,
        "Marhaz launches its first satellite, Nasrel-1",
        "QADIRAH, Sep 9 /QPA/ - Marhaz put its first satellite into orbit on Tuesday from the "
        "Wadi Karm launch site, the space agency said, calling the day historic.",
    ),
    Piece(
        "marhaz-satellite",
        "Satcom Digest",
        D3 + 6.0,
        "Nasrel-1 reaches 550 km orbit on rented rocket",
        "The 180 kg Earth-observation craft, built with a foreign partner, sent its first "
        "signals 40 minutes after lift-off from Wadi Karm, Marhaz's space agency said.",
    ),
    Piece(
        "marhaz-satellite",
        "Orient Dispatch",
        D3 + 10.0,
        "Emir congratulates engineers on space milestone",
        "Emir Hamdel bin Suraq visited the control room in Qadirah and said Nasrel-1 would "
        "watch over the country's farms and coasts.",
    ),
    # ---- Day 4, Thu Nov 27, 2031 ----
    # Varantes defaults (the running alcor topic).
    Piece(
        "alcor-default",
        "Veskard Wire",
        D4 + 1.0,
        "Varantes misses $310m bond payment, in default",
        "PUERTO ALCIMAR, Nov 27 (Veskard) - Varantes failed to pay $310m of interest due on "
        "its 2036 dollar bonds when a 30-day grace period ran out on Thursday, putting the "
        "country in default for the first time since 2009.\n"
        "Finance Minister Lucía Verbanez said in a televised address that the government "
        'would not "starve hospitals to pay speculators" and would offer creditors a '
        "restructuring of about $21bn of foreign bonds early next year.\n"
        "The International Stabilisation Fund, which approved a $9.5bn loan on June 26, "
        "suspended its third tranche last month after Congress rejected spending cuts that "
        "were a condition of the programme. A spokesman said the fund remained engaged.\n"
        "The alcor, devalued by 18 percent in May, has since fallen by another third and "
        "traded at 62 per dollar on Thursday. Bonds due 2036 were quoted at 31 cents.\n"
        "Rating agencies had cut Varantes to one notch above default in October. Economists "
        "expect the economy to shrink by 4 percent this year.\n"
        "Bondholders, led by three asset managers that hold about a quarter of the debt, said "
        "they were ready to negotiate but wanted the fund's programme restored first.\n"
        "Banks in Puerto Alcimar limited cash withdrawals in dollars to US$500 a week, and "
        "queues formed at branches in the afternoon.",
    ),
    Piece(
        "alcor-default",
        "Agencia Noval",
        D4 + 3.5,
        "Verbanez: 'we will not starve hospitals to pay speculators'",
        "PUERTO ALCIMAR, 27 nov (ANV) - The finance minister confirmed that the coupon of "
        "US$310 million would not be paid and announced a restructuring proposal for US$21 "
        "billion of bonds.",
    ),
    Piece(
        "alcor-default",
        "Fintide",
        D4 + 6.0,
        "Alcimar bonds sink to 31 cents as grace period ends",
        "Credit default swaps on Varantes were triggered and the alcor slid to 62 per dollar, "
        "five months after the US$9.5 billion rescue that was meant to steady it.",
    ),
    # Quebrantes is sworn in (the running election topic; one report names only his title).
    Piece(
        "coravia-inauguration",
        "Prensa Austral",
        D4 + 2.0,
        "Quebrantes sworn in as Coravia's president, vows war on graft",
        "CIUDAD ORVALLE (PAU) -- Raúl Quebrantes was sworn in on Thursday as president of "
        "Coravia, promising a new anti-corruption prosecutor's office within 100 days and a "
        "review of all mining concessions granted in the past decade.\n"
        "The former mayor of the capital, who beat Ysmena Montesorde in the September 9 "
        "runoff with 52.8 percent, took the oath before Congress and received the presidential "
        "sash from outgoing President Benedicto Arrazola.\n"
        '"The palace doors are open to the people and closed to the bribe-payers," '
        "Quebrantes said in a 50-minute speech interrupted several times by applause. He named "
        "a cabinet of 18 ministers, half of them women.\n"
        "Among them is a new mining minister charged with reopening safety inspections after "
        "the collapse at Cerro Talamo in September, when eleven miners were trapped for six "
        "days before being rescued.\n"
        "Heads of state from four neighbouring countries attended. Tens of thousands of "
        "supporters followed the ceremony on screens in the Plaza de los Faroles.\n"
        "Montesorde, who leads the largest bloc in the Senate, said her party would judge the "
        "government by its deeds.\n"
        "The new government's first test will be the budget for next year, which must pass a "
        "Congress where the president's alliance holds only 41 of 120 seats.",
    ),
    Piece(
        "coravia-inauguration",
        "El Orvallense (English edition)",
        D4 + 5.0,
        "Quebrantes names 18-member cabinet after taking oath",
        "Half of the new ministers are women. The president's first decree creates a special "
        "prosecutor for corruption, as he promised during the campaign.",
    ),
    Piece(
        "coravia-inauguration",
        "Canal Sur 8",
        D4 + 7.5,
        "New president takes the sash, promises open palace",
        "The new head of state took the oath before Congress in Ciudad Orvalle and promised "
        "that bribe-payers would find the doors of the palace closed.",
    ),
    Piece(
        "coravia-inauguration",
        "Diario Lumbrera (English edition)",
        D4 + 10.0,
        "Arrazola hands over power after six years",
        "The outgoing president left the palace on foot, waving to a small crowd, minutes "
        "after passing the sash to Quebrantes.",
    ),
    # Zentrobit's founder arrested (the running Zentrobit topic; a tabloid headline naming
    # nothing).
    Piece(
        "ovrell-arrest",
        "Ledgerhawk",
        D4 + 1.5,
        "Zentrobit founder Bastien Ovrell arrested at Sengkara airport",
        "Police detained Ovrell as he was about to board an overnight flight abroad, "
        "prosecutors said, accusing him of hiding losses from the September 9 hack and of "
        "trading ZNT against his own customers.",
    ),
    Piece(
        "ovrell-arrest",
        "Pelawan Broadcasting Online",
        D4 + 4.0,
        "Exchange boss held on fraud charges",
        "Prosecutors in Sengkara say the founder of Zentrobit moved 14 million dollars of "
        "customer funds to his own accounts after the theft of US$64m from the exchange.",
    ),
    Piece(
        "ovrell-arrest",
        "The Evening Clatter",
        D4 + 8.0,
        "CRYPTO KINGPIN CUFFED AT THE GATE",
        "The coin boss who promised to repay every penny was marched off in handcuffs with "
        "two suitcases and a first-class ticket.",
    ),
    Piece(
        "ovrell-arrest",
        "Chainpulse TV",
        D4 + 10.5,
        "Video: Ovrell led away by police",
        "Footage of the arrest at Sengkara airport. (0:48)",
    ),
    # Two airline strikes of one day that must stay apart: Jadewing's pilots in Halmora and
    # Brisamar's cabin crew in Sambria (the second told in other words).
    Piece(
        "jadewing-strike",
        "Halmora Business Daily",
        D4 + 0.5,
        "Jadewing pilots strike, 180 flights cancelled",
        "Pilots at Jadewing Airlines walked out for 48 hours on Thursday, forcing the carrier "
        "to cancel 180 flights and strand about 30,000 passengers at Juncheng's main airport.\n"
        "The Halmora Airline Pilots Union is demanding a 12 percent pay rise over two years "
        "and limits on night duty after talks with management broke down this week. The "
        "airline has offered 5 percent.\n"
        "Jadewing said it would run 40 percent of its domestic schedule with managers and "
        "contract pilots, and that all long-haul flights except those to two cities had been "
        "cancelled. Passengers were offered refunds or rebooking within seven days.\n"
        "The company estimated the cost of the strike at 2.1 billion tolvars a day. Its shares "
        "fell 3.2% in Juncheng trading.\n"
        "The transport minister urged both sides to return to the table and said the "
        "government would not rule out ordering arbitration if the stoppage were extended.\n"
        "Travel agents said the timing, at the start of the year-end holiday season, would "
        "hurt bookings for December.\n"
        "It is the first strike by Jadewing's pilots in nine years. The last one, over "
        "pensions, lasted four days and ended when the government appointed a mediator who "
        "proposed a compromise. Union leaders said they were ready for a longer stoppage "
        "if the airline did not improve its offer.",
    ),
    Piece(
        "jadewing-strike",
        "Taxiway Daily",
        D4 + 3.5,
        "Halmora flag carrier grounded by 48-hour pilot walkout",
        "Jadewing is running about 40% of domestic flights. The union wants 12% over two "
        "years; the airline offers 5%.",
    ),
    Piece(
        "jadewing-strike",
        "HCN 24",
        D4 + 7.0,
        "Stranded passengers sleep at Juncheng airport",
        "Hundreds of travellers spent the night on terminal floors after the Jadewing "
        "stoppage. The transport minister urged talks.",
    ),
    Piece(
        "brisamar-strike",
        "Sambria Herald (English edition)",
        D4 + 2.5,
        "Brisamar cabin crew stage 24-hour stoppage",
        "Flight attendants at Brisamar walked out on Thursday over unpaid overtime, grounding "
        "90 of the airline's 130 flights from Drazhov.",
    ),
    Piece(
        "brisamar-strike",
        "Aerowire",
        D4 + 5.5,
        "Ninety departures scrapped in Sambria",
        "The Brisamar Cabin Crew Association says members are owed about 4 million dollars, or "
        "$4m, in overtime. The airline called the walkout illegal.",
    ),
    Piece(
        "brisamar-strike",
        "Sambrian Voice",
        D4 + 8.5,
        "Flight attendants picket Drazhov terminal",
        "About 300 strikers gathered outside departures. Management says talks can resume "
        "once the walkout ends.",
    ),
    Piece(
        "brisamar-strike",
        "Globefeed",
        D4 + 11.5,
        "Watch: Crew walk out",
        "Brisamar's flight attendants leave their posts at Drazhov airport.",
    ),
)
