"""A twenty-second set of multi-outlet coverage of our own, weighted to same-kind events on one day.

Written blind, like the fourth to twenty-first sets: without reading the clustering code
(nothing under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/) or
the texts of the other sets (only the module docstrings of the twentieth and twenty-first,
the twenty-first's scaffolding before its first piece, the whole of test_coverage_real21.py,
and the docstring, Piece class, T0, DAY, the scoring and day helpers, check_days, check_form
and the Days and Scores classes of coverage.py; when printing the twenty-first's last lines
to see how its tuple closes, the three lines of its last piece, a tabloid's on an airport,
went past our eyes). The whole set was written before it was first clustered, and no text or
label was changed after seeing how briefing clusters it.
Every sentence is our own; the countries (Drovany, Sallund, Dovraland, Pentravia, Idrassa,
Ketheria, Corvaine, Lusitra, Mallovia), cities (Ardenvale, Harrowmouth, Ulvensk, Pikeston,
Nessaford, Vornesk, Lisovka, Tolbury, Bramhall, Kavrin, Temsgrad, Oskarvik, Greymarsh,
Selvika), firms, people, products and all 36 outlets are made up, and their main names were
checked against the tests, the source and the shared corpus so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four publication days
of 2017-2018, tech, crypto, politics and world news): 70 items from 36 outlets, 20 events
(five a day) over four days months apart, most told by three to five outlets. Eight whole
articles (1,200 to 1,400 characters, five or more paragraphs: an "Analysis:", an
"Opinion:", a press release, a trade paper's piece, a local paper's feature, two live blogs
and a crypto site's daily roundup), 47 RSS items of a headline and one or two lines (150 to
400 characters), ten wire reports and a briefing of 400 to 620 characters, and five media
pages under 100 characters ("Video:", "Watch:", "In pictures:"), each labelled with the event
it shows. The forms: a Reuters-like wire ("ARDENVALE, Drovany, May 14 (Pellwire) - ",
"UPDATE 1-" with "(Adds ...)", "(Reporting by ...; Editing by ...)"), an AP-like one
("NESSAFORD, Drovany (UNW) — "), an AFP-like one ("Pikeston (AOS) - ", "aos/mk"), a
Bloomberg-like one ("(Hallgrave) -- ", title-case headlines, "To contact the reporter on
this story"), a press release ("/PressQuay/ --", a ticker, forward-looking statements, a
media contact), a markets live blog and an election-night live blog of timed entries (newest
first), an evening briefing, tech sites, crypto sites ("BTC", "at press time", "on-chain"),
two tabloids ("OFF THE RAILS!", "CRYPTO KING IN THE DOCK!", "LOST IN SPACE!", "BLOWN
AWAY!"), local papers, business, banking, shipping, space, court and election sites, a
broadcaster and an aggregator whose headlines end " - Outlet".

The hard cases:

- same-kind events on one day, told in near-identical wire formulas, some naming the other
  in passing: two strikes over pay on day 1 (Sallund's dockers at Harrowmouth, 48 hours, 7%;
  Dovraland's train drivers, 24 hours, 9%); two rival phone launches on day 2 (Yantrix's Arc
  5 at $899, Nuvaro's Pulse 3 at $749); two elections' results on day 3 (Corvaine's
  presidential runoff, Lusitra's parliament); two banks' quarterly results on day 4
  (Stratmere up 12 pct, Halvic down 8 pct, both of Greymarsh);
- four running topics whose stages fall on days months apart under the same names and
  figures, each stage its own event: Plexford's takeover of Tindrel agreed (day 1) and
  blocked by the Drovany Competition Board (day 3) ($7.8 billion, $46 a share, Loskov,
  Varesco, the $390 million break fee); Orbalis's Sendrell-1 weather satellite launched (day
  1) and lost (day 3) (Pikeston, the Kestrin rocket, 380 million euros, Karvel, Vantori);
  Vaultra founder Marek Sollander's fraud trial opening (day 2) and his conviction (day 4)
  (Nessaford, $310 million, 52,000 customers, 11 counts, Judge Sidone, Grathe); the
  Karsefell volcano's eruption (day 2) and the evacuees' return (day 4) (Idrassa, Vornesk,
  Lisovka, 4,800 evacuated, Brunn, Havisto);
- paraphrase within a day: headlines that share almost no word with their event's others
  (a quote headline, a question, headlines that name nobody, tabloid shouts), figures
  written two or more ways ($7.8 billion / $7.8bn / 7.8 bln dlrs; 31% / 31 pct; $310
  million / $310m / 310 MILLION DOLLARS; 4,800 / 4.8k; nine kilometres / 9,000-metre; $1.2
  billion / $1.2bn / 1.2 billion dollars; 12 percent / 12 pct / 12%; $640 million / $640m /
  640 mln dlrs; $95m / 95 million dollars; 380 million euros / 380 MILLION EURO; 160 km/h /
  100mph; $899 / 899 dollars), people named with a title in one report and by surname alone
  in another;
- live blogs and roundups that name several of the day's events, each labelled with its main
  one: the markets live blog (the takeover; also the two strikes, Orbalis and Pentravia's
  crypto order), the crypto daily (the trial's opening; also Yantrix's phone wallet), the
  election-night live blog (Corvaine; also Lusitra) and the evening briefing (the verdict;
  also the storm, the two banks and the volcano's evacuees);
- crypto events beside a crypto trial: Pentravia's central bank cutting exchanges off from
  banks (day 1) and Brightmint's halt on withdrawals (day 3).

- day 1 (Wed May 14, 2031): Plexford buys Tindrel (five, with the analysis and the markets
  live blog); Sendrell-1 launched (three); Harrowmouth's dock strike (four); Dovraland's rail
  strike (three); Pentravia's crypto order (three);
- day 2 (Thu Jul 10): Sollander's trial opens (five, with the crypto daily); Karsefell
  erupts (four); Yantrix's Arc 5 (three); Nuvaro's Pulse 3 (three); Ketheria's finance
  minister sacked (three);
- day 3 (Tue Oct 14): Sendrell-1 lost (four); the Tindrel takeover blocked (three);
  Corvaine's runoff (four, with the live blog); Lusitra's election (three); Brightmint halts
  withdrawals (three);
- day 4 (Mon Feb 2, 2032): Sollander convicted (five, with the opinion and the evening
  briefing); Karsefell's evacuees return (three); Stratmere's results (three); Halvic's
  results (three); Storm Vellamo (three).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real22.py)."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 57 * DAY  # Thu Jul 10, 2031
D3 = 153 * DAY  # Tue Oct 14, 2031
D4 = 264 * DAY  # Mon Feb 2, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # --- Day 1: Wed May 14, 2031 ---
    Piece(
        "plexford-buys-tindrel",
        "Pellwire",
        D1 + 1.5,
        "Plexford to buy Tindrel for $7.8 billion in cloud security push",
        "ARDENVALE, Drovany, May 14 (Pellwire) - Plexford Systems, Drovany's largest business "
        "software maker, agreed on Wednesday to buy cloud security firm Tindrel for $7.8 billion "
        "in cash, its biggest acquisition to date.\n\n"
        "Plexford will pay $46 a share, a 31% premium to Tindrel's closing price on Tuesday. The "
        "deal needs the approval of the Drovany Competition Board and is expected to close early "
        "next year.\n\n"
        '"Security is no longer an add-on for our customers," Plexford Chief Executive Ingrid '
        "Loskov said. Tindrel founder Tomas Varesco will join Plexford's board.\n\n"
        "(Reporting by Nadia Pellucci; Editing by Conrad Bleyle)",
    ),
    Piece(
        "plexford-buys-tindrel",
        "Hallgrave News",
        D1 + 2.5,
        "Plexford Agrees to Buy Tindrel for $7.8 Billion",
        "(Hallgrave) -- Plexford Systems Inc. agreed to acquire Tindrel Corp. for about $7.8 "
        "billion, betting that companies moving their data to the cloud will pay more to protect "
        "it. Tindrel shares jumped 28% in early trading in Ardenvale.\n\n"
        "To contact the reporter on this story: Mirela Santov in Ardenvale",
    ),
    Piece(
        "plexford-buys-tindrel",
        "The Fiscal Standard",
        D1 + 4.0,
        "Software giant pays up for a loss-maker",
        "Plexford's 7.8 bln dlrs offer values Tindrel at 46 dlrs a share, 31 pct above Tuesday's "
        "close and roughly 19 times this year's expected sales. The target has never reported an "
        "annual profit.",
    ),
    Piece(
        "plexford-buys-tindrel",
        "The Meridian",
        D1 + 8.0,
        "Analysis: Why would anyone pay $7.8bn for a company that has never made money?",
        "Ingrid Loskov has spent four years telling investors that Plexford would not chase "
        "expensive deals. On Wednesday she signed the most expensive one in her company's "
        "history.\n\n"
        "The $7.8bn price for Tindrel looks rich by any ordinary yardstick. The logic, people "
        "close to the talks say, is defensive. Plexford's accounting and payroll software runs "
        "inside thousands of mid-sized firms, and those customers increasingly buy their "
        "security tools from someone else. Owning Tindrel lets Plexford sell both, and keeps "
        "rivals out of its accounts.\n\n"
        "There is also a talent argument. Tindrel's engineers, many of them hired by its founder "
        "Tomas Varesco straight from university labs, have built detection software that "
        "competitors have struggled to copy.\n\n"
        "Yet the obstacle may not be the price. Plexford already sells to most large employers "
        "in Drovany, and the Drovany Competition Board has grown more willing to challenge deals "
        "in software, where it argues that bundling can shut smaller players out.\n\n"
        "If the board objects, Plexford faces a long review or a walk-away fee of $390 million "
        'written into the agreement. Loskov said on Wednesday she was "confident" of approval. '
        "The market seems less sure: Tindrel shares closed well short of the offer price.",
    ),
    Piece(
        "plexford-buys-tindrel",
        "Tickerhouse",
        D1 + 6.0,
        "Markets live: Tindrel leaps on takeover as strikes weigh on shippers",
        "14:05 - Tindrel is up 27% at $45.10, just shy of Plexford's $46 offer, as traders price "
        "in only a modest risk that the $7.8 billion deal runs into trouble with regulators. "
        "Plexford itself is off 3%.\n\n"
        "13:40 - Shipping groups are under pressure. Dockers at Harrowmouth have walked out for "
        "48 hours, and with train drivers also on strike in Dovraland, containers cannot be "
        "moved inland either. Freight operator Kavanta Lines is down 4%.\n\n"
        "13:15 - Harrowmouth's port operator says it will not reopen talks until the dockers are "
        "back at work; their stoppage is due to end on Friday morning.\n\n"
        "12:55 - Orbalis is up 2% ahead of tonight's launch of its first weather satellite from "
        "Pikeston.\n\n"
        "12:20 - A reminder of the morning's big deal: Plexford Systems will pay $46 a share in "
        "cash for the cloud security firm Tindrel, a 31% premium. Chief executive Ingrid Loskov "
        "says it should close early next year.\n\n"
        "11:45 - Crypto-linked stocks slip after Pentravia's central bank told lenders to cut "
        "off the country's coin exchanges.\n\n"
        "11:10 - Good morning and welcome to the live blog. Stocks have opened flat, with a "
        "takeover in software the talk of the trading floor and two transport strikes in the "
        "region weighing on sentiment.",
    ),
    Piece(
        "sendrell-launch",
        "Agence Ostrale",
        D1 + 14.0,
        "Orbalis weather satellite reaches orbit",
        "Pikeston (AOS) - A Kestrin rocket carrying Sendrell-1, the first weather satellite "
        "built by the private company Orbalis, lifted off from the Pikeston spaceport on "
        "Wednesday evening and placed it in orbit about 40 minutes later, the company said.\n\n"
        "The 4.2-tonne satellite, which cost 380 million euros, is meant to give forecasters "
        "pictures of storms every five minutes.\n\n"
        '"The signal is strong and the spacecraft is healthy," mission director Priya Vantori '
        "told reporters.\n\n"
        "aos/mk",
    ),
    Piece(
        "sendrell-launch",
        "PressQuay",
        D1 + 15.0,
        "Orbalis Announces Successful Launch of Sendrell-1 Weather Satellite",
        "PIKESTON, May 14, 2031 /PressQuay/ -- Orbalis Space Holdings (ULX: ORBL), a provider of "
        "commercial Earth observation services, today announced the successful launch of "
        "Sendrell-1, the first satellite in its planned constellation of weather-imaging "
        "spacecraft.\n\n"
        "Sendrell-1 lifted off aboard a Kestrin launch vehicle from the Pikeston spaceport at "
        "19:52 local time. Ground stations acquired the satellite's signal shortly after "
        "separation, and initial checks show all systems performing as expected.\n\n"
        '"Today marks the start of a new era in how forecasters see the atmosphere," said '
        'Anselm Karvel, Chief Executive Officer of Orbalis. "Sendrell-1 will deliver sharper '
        'storm imagery, more often, to the agencies and businesses that depend on it."\n\n'
        "Over the coming weeks Orbalis engineers will fully deploy the satellite's solar arrays, "
        "raise it to its final orbit and calibrate its imaging instruments. Commercial service "
        "is expected to begin in the fourth quarter of 2031.\n\n"
        "About Orbalis\n"
        "Orbalis Space Holdings designs, builds and operates satellites for weather and climate "
        "monitoring. The company employs 640 people.\n\n"
        "Forward-Looking Statements\n"
        "This release contains forward-looking statements, including statements about the "
        "performance of Sendrell-1 and the timing of commercial service, which involve risks and "
        "uncertainties.\n\n"
        "Media Contact: Ilse Marnow, press@orbalis.example",
    ),
    Piece(
        "sendrell-launch",
        "Clipwell",
        D1 + 16.0,
        "Watch: Sendrell-1 lifts off from Pikeston",
        "The Kestrin rocket's night launch, in under a minute.",
    ),
    Piece(
        "harrowmouth-dock-strike",
        "Pellwire",
        D1 + 2.0,
        "Sallund dockworkers strike over pay, halting Harrowmouth port",
        "HARROWMOUTH, Sallund, May 14 (Pellwire) - Dockworkers at Harrowmouth, Sallund's biggest "
        "port, began a 48-hour strike over pay on Wednesday, halting container traffic, their "
        "union said.\n\n"
        "About 3,500 members of the Sallund Port Workers' Federation are demanding a 7% pay "
        "rise; the port operator has offered 3%. At least 14 ships were waiting offshore by "
        "midday.\n\n"
        "The stoppage came on the same day as a walkout by train drivers in neighbouring "
        "Dovraland.\n\n"
        "(Reporting by Nadia Pellucci; Editing by Wendel Aroy)",
    ),
    Piece(
        "harrowmouth-dock-strike",
        "Shipwright Gazette",
        D1 + 5.0,
        "Cranes idle, ships queue: a port grinds to a stop",
        "Fourteen vessels were at anchor off Harrowmouth by noon as the quayside emptied. "
        "Terminal managers say the backlog from two lost days could take a week to clear, with "
        "refrigerated cargo the first to suffer.",
    ),
    Piece(
        "harrowmouth-dock-strike",
        "Harrowmouth Echo",
        D1 + 9.0,
        "'Seven per cent or nothing'",
        "Federation leader Dara Kellagher told a rally at the dock gates that members would not "
        "go back for less, after the operator's 3 per cent offer was thrown out. Local hauliers "
        "say they have already laid off casual drivers for the week.",
    ),
    Piece(
        "harrowmouth-dock-strike",
        "Eastgale TV",
        D1 + 7.0,
        "Video: Dockers march along the quay",
        "Striking port workers in Harrowmouth on Wednesday.",
    ),
    Piece(
        "dovraland-rail-strike",
        "Pellwire",
        D1 + 1.0,
        "Dovraland train drivers strike over pay, halting most services",
        "ULVENSK, Dovraland, May 14 (Pellwire) - Train drivers in Dovraland began a 24-hour "
        "strike over pay on Wednesday, halting most passenger and freight services, their union "
        "said.\n\n"
        "The Dovraland Train Drivers' Union, which represents about 6,200 drivers, wants a 9% "
        "rise; the state railway has offered 4%. Only a handful of airport shuttles were running "
        "in Ulvensk.\n\n"
        '"We did not choose this," union leader Miklos Ferrat said.\n\n'
        "(Reporting by Jasper Kuhnel; Editing by Wendel Aroy)",
    ),
    Piece(
        "dovraland-rail-strike",
        "Ulvensk Morning Post",
        D1 + 3.0,
        "Empty platforms, jammed roads as capital goes without trains",
        "Commuters crowded onto buses and into taxis across Ulvensk as the drivers' walkout shut "
        "nearly all of the network. Traffic on the ring road was at a crawl by 8 a.m., and "
        "schools told pupils who rely on trains to stay at home.",
    ),
    Piece(
        "dovraland-rail-strike",
        "The Daily Foghorn",
        D1 + 10.0,
        "OFF THE RAILS!",
        "Fuming commuters were left high and dry today as rail bosses and militant drivers' "
        "chief Miklos Ferrat went to war over pay - and the rest of us paid the price. One "
        'stranded mum told us: "It\'s a joke."',
    ),
    Piece(
        "pentravia-crypto-ban",
        "CoinHarbor",
        D1 + 3.0,
        "Pentravia Central Bank Orders Banks to Cut Ties With Crypto Exchanges",
        "Pentravia's central bank has given commercial lenders 30 days to close the accounts of "
        'every cryptocurrency exchange operating in the country, saying digital coins pose "an '
        'unacceptable risk" to savers. Local exchanges handled about $40 million a day in '
        "trading last month.",
    ),
    Piece(
        "pentravia-crypto-ban",
        "Chaintally",
        D1 + 4.5,
        "No more fiat on-ramp: Pentravian traders face a 30-day countdown",
        "Exchanges in the country will soon be unable to take deposits in local currency after "
        "the monetary authority's order to lenders. Several platforms told Chaintally they were "
        "exploring peer-to-peer options.",
    ),
    Piece(
        "pentravia-crypto-ban",
        "Hashtide",
        D1 + 6.5,
        "BTC slips 3% as another government slams the door",
        "Bitcoin was trading 3% lower on the day at press time after Pentravia's monetary "
        "authority ordered banks to drop their exchange clients within a month. Analysts said "
        "the country's market is small, but that the move could inspire its neighbours.",
    ),
    # --- Day 2: Thu Jul 10, 2031 ---
    Piece(
        "sollander-trial-opens",
        "United Newswire",
        D2 + 3.0,
        "Vaultra founder's fraud trial opens in Drovany",
        "NESSAFORD, Drovany (UNW) — Prosecutors told a jury on Thursday that Marek Sollander, "
        "founder of the failed crypto lender Vaultra, knowingly spent customers' deposits on "
        "risky trades and lied to cover the losses.\n\n"
        "Vaultra collapsed last year owing about $310 million to some 52,000 customers. "
        "Sollander, 38, has pleaded not guilty to 11 counts of fraud and money laundering.\n\n"
        "Judge Beatrix Sidone told jurors the trial could last eight weeks.",
    ),
    Piece(
        "sollander-trial-opens",
        "Nessaford Chronicle",
        D2 + 5.0,
        "Crypto collapse reaches the courtroom",
        "Dozens of former Vaultra customers queued outside Justice Hall before dawn for seats in "
        "the public gallery as the case against the lender's founder got under way. Some carried "
        "printouts of balances they have not been able to touch for 14 months.",
    ),
    Piece(
        "sollander-trial-opens",
        "Docket Daily",
        D2 + 6.0,
        "'He knew the vault was empty'",
        "Prosecutor Lionel Grathe used his opening statement to walk jurors through internal "
        "messages he said showed Sollander was told of a $310m hole months before the crash. "
        "Defence lawyer Agata Wenzl said her client had been misled by his own traders.",
    ),
    Piece(
        "sollander-trial-opens",
        "The Evening Trumpet",
        D2 + 9.0,
        "CRYPTO KING IN THE DOCK!",
        "Flash coin boss Marek Sollander - who once splashed out on a gold-trimmed yacht - faced "
        "the music today over the vanishing of 310 MILLION DOLLARS of ordinary savers' cash.",
    ),
    Piece(
        "sollander-trial-opens",
        "Chaintally",
        D2 + 10.0,
        "Crypto daily: Sollander's day in court, coins flat, a phone with a wallet",
        "Good evening. Here is what mattered in digital assets on Thursday.\n\n"
        "Vaultra on trial. The biggest story of the day was in Nessaford, where Marek "
        "Sollander's fraud trial opened. Prosecutors say the Vaultra founder used depositors' "
        "coins to prop up losing bets and then hid a $310 million shortfall from 52,000 "
        "customers; his lawyers say he was deceived by his own trading desk. Judge Beatrix "
        "Sidone expects the case to run for about eight weeks. For many former users the trial "
        "matters less than the bankruptcy estate, which has so far returned 11 cents on the "
        "dollar.\n\n"
        "Markets. Bitcoin spent the day within a 1% range, and volumes on the largest exchanges "
        "were the lowest in a month.\n\n"
        "Hardware. Yantrix's new Arc 5 phone, unveiled in Tolbury, ships with a built-in wallet "
        "that keeps keys in a secure chip. It is the first mainstream handset to do so, though "
        "the feature will at first be limited to three countries.\n\n"
        "Lending. Two rival crypto lenders said deposits had risen since Vaultra's fall, as "
        "customers look for platforms that publish proof of their reserves.\n\n"
        "Regulation. Pentravia's order cutting exchanges off from banks took effect last month; "
        "two local platforms have since shut.\n\n"
        "We'll be back tomorrow.",
    ),
    Piece(
        "karsefell-eruption",
        "Agence Ostrale",
        D2 + 2.0,
        "Idrassa volcano erupts, thousands evacuated",
        "Vornesk (AOS) - The Karsefell volcano on the island nation of Idrassa erupted before "
        "dawn on Thursday, sending a column of ash nine kilometres into the sky and forcing some "
        "4,800 people from their homes, civil protection officials said.\n\n"
        "No deaths were reported. Flights to and from the island were suspended.\n\n"
        '"The lava is moving slowly, but the ash is the danger now," said Joachim Brunn, head '
        "of civil protection.\n\n"
        "aos/rt",
    ),
    Piece(
        "karsefell-eruption",
        "Idrassa Island Times",
        D2 + 4.0,
        "The mountain wakes: Lisovka empties overnight",
        "Residents of Lisovka, the village closest to the summit, were loaded onto buses by "
        "torchlight as glowing rock ran down the eastern flank. By morning the main road to "
        "Vornesk was coated in grey dust, and the island's schools had been turned into "
        "shelters.",
    ),
    Piece(
        "karsefell-eruption",
        "Globe Current",
        D2 + 7.0,
        "Ash grounds flights as island's 4.8k evacuees wait it out",
        "Scientists on Idrassa say the eruption of Karsefell could go on for weeks. "
        "Volcanologist Maren Havisto said the 9,000-metre plume was the highest from the "
        "mountain since records began, and warned of fresh explosions.",
    ),
    Piece(
        "karsefell-eruption",
        "Lensframe",
        D2 + 11.0,
        "In pictures: A night of fire on Idrassa",
        "Lava and lightning over the erupting volcano.",
    ),
    Piece(
        "yantrix-arc-launch",
        "Siliconsole",
        D2 + 1.0,
        "Yantrix unveils Arc 5 flagship at $899",
        "Yantrix on Thursday unveiled the Arc 5, its new flagship phone, at an event in Tolbury. "
        "It costs $899, has a 6.6-inch screen and a built-in crypto wallet, and goes on sale on "
        "July 25, chief executive Selma Idrovic said.",
    ),
    Piece(
        "yantrix-arc-launch",
        "Gadgetstall",
        D2 + 4.0,
        "The $100 discount nobody saw coming",
        "Last year's model started at $999. Idrovic's new Arc 5 undercuts it while adding a "
        "bigger battery and a periscope lens - a clear sign the Tolbury company is worried about "
        "losing buyers.",
    ),
    Piece(
        "yantrix-arc-launch",
        "Hallgrave News",
        D2 + 6.0,
        "Yantrix Bets Cheaper Flagship Can Halt Market Share Slide",
        "(Hallgrave) -- Yantrix Ltd. priced its Arc 5 phone at 899 dollars, below its "
        "predecessor, as the company tries to win back customers it lost last year. The launch "
        "came hours after rival Nuvaro showed off a phone of its own.\n\n"
        "To contact the reporter on this story: Oren Castell in Tolbury",
    ),
    Piece(
        "nuvaro-pulse-launch",
        "Siliconsole",
        D2 + 3.0,
        "Nuvaro unveils Pulse 3 flagship at $749",
        "Nuvaro on Thursday unveiled the Pulse 3, its new flagship phone, at an event in "
        "Bramhall. It costs $749, has a 6.4-inch screen and a five-day battery, and goes on sale "
        "on August 1, chief executive Kenji Auberlin said.",
    ),
    Piece(
        "nuvaro-pulse-launch",
        "Patchday",
        D2 + 5.0,
        "Hands-on: a handset built to outlast your weekend",
        "Auberlin's pitch for the Pulse 3 is simple: stop worrying about the battery. After an "
        "hour with the Bramhall firm's new handset, we can say the 7,000mAh cell makes it "
        "noticeably heavier than most rivals.",
    ),
    Piece(
        "nuvaro-pulse-launch",
        "Newsgrab",
        D2 + 8.0,
        "749-dollar challenger targets battery-anxious buyers - Gadgetstall",
        "Nuvaro's Pulse 3 arrives with a huge battery and a price well below most flagships, and "
        "it goes on sale at the start of August in most markets, the company says.",
    ),
    Piece(
        "ketheria-minister-sacked",
        "Pellwire",
        D2 + 2.0,
        "Ketheria's president fires finance minister after budget row",
        "KAVRIN, Ketheria, July 10 (Pellwire) - Ketheria's President Ondrej Salvik dismissed "
        "Finance Minister Gregor Mattine on Thursday after weeks of public disagreement over the "
        "size of next year's deficit, the presidency said.\n\n"
        "Deputy finance minister Lena Haskov will take over. The currency fell 1.2% against the "
        "dollar on the news.\n\n"
        "(Reporting by Jasper Kuhnel; Editing by Conrad Bleyle)",
    ),
    Piece(
        "ketheria-minister-sacked",
        "The Capitol Register",
        D2 + 5.0,
        "Mattine pays the price for defying Salvik",
        "The finance chief had said openly that the president's spending plans would push the "
        "deficit to 6 pct of output. On Thursday, Salvik showed him the door - the third cabinet "
        "departure this year.",
    ),
    Piece(
        "ketheria-minister-sacked",
        "Eastgale TV",
        D2 + 8.0,
        "Who is Lena Haskov?",
        "The 44-year-old economist, until today the deputy at the treasury in Kavrin, becomes "
        "Ketheria's first female finance minister after her boss was sacked. Colleagues describe "
        "her as a cautious numbers person.",
    ),
    # --- Day 3: Tue Oct 14, 2031 ---
    Piece(
        "sendrell-lost",
        "Agence Ostrale",
        D3 + 2.0,
        "Orbalis loses contact with weather satellite",
        "Pikeston (AOS) - The Orbalis company said on Tuesday it had lost contact with "
        "Sendrell-1, the weather satellite it launched in May, after a fault in its power "
        "system, and that the craft may not be recoverable.\n\n"
        "The 380-million-euro satellite had not yet begun commercial service. Chief executive "
        'Anselm Karvel said engineers would keep trying to reach it "for as long as there is '
        'any chance".\n\n'
        "aos/mk",
    ),
    Piece(
        "sendrell-lost",
        "Orbit Weekly",
        D3 + 4.0,
        "Silence from orbit: a weather bird goes dark five months in",
        "Telemetry from Orbalis's first spacecraft stopped on Sunday night after a battery "
        "charging fault, mission director Priya Vantori said. The Kestrin-launched satellite was "
        "insured for €300m, sources said, leaving an €80m gap.",
    ),
    Piece(
        "sendrell-lost",
        "Hallgrave News",
        D3 + 5.0,
        "Orbalis Sinks 22% as Satellite Failure Clouds Constellation Plan",
        "(Hallgrave) -- Orbalis Space Holdings fell the most since its listing after saying "
        "Sendrell-1 had stopped responding, raising doubts over its plan to launch five more "
        "weather satellites by 2034.\n\n"
        "To contact the reporter on this story: Mirela Santov in Pikeston",
    ),
    Piece(
        "sendrell-lost",
        "The Daily Foghorn",
        D3 + 9.0,
        "LOST IN SPACE!",
        "Boffins have mislaid a 380 MILLION EURO space camera. The pricey weather-watcher, "
        "blasted into orbit in May, has simply stopped phoning home - and nobody knows why.",
    ),
    Piece(
        "plexford-deal-blocked",
        "Pellwire",
        D3 + 3.0,
        "UPDATE 1-Drovany regulator blocks Plexford's $7.8 bln Tindrel takeover",
        "(Adds Plexford statement, Tindrel shares)\n\n"
        "ARDENVALE, Drovany, Oct 14 (Pellwire) - Drovany's competition regulator on Tuesday "
        "blocked Plexford Systems' $7.8 billion purchase of cloud security firm Tindrel, saying "
        "the deal would let the country's biggest business software maker squeeze out smaller "
        "rivals.\n\n"
        '"Bundling these products would leave customers with less choice and higher prices," '
        "said Helene Ribecca, chair of the Drovany Competition Board.\n\n"
        'Plexford said it was "deeply disappointed" and was studying an appeal. Tindrel shares '
        "fell 24%.\n\n"
        "(Reporting by Nadia Pellucci; Editing by Wendel Aroy)",
    ),
    Piece(
        "plexford-deal-blocked",
        "The Fiscal Standard",
        D3 + 5.0,
        "Watchdog says no to the year's biggest software deal",
        "Ribecca's board has killed the 7.8 bln dlrs tie-up, the first time it has blocked a "
        "technology deal outright. Plexford now owes Tindrel a 390 mln dlrs break fee if it "
        "walks away rather than appeals.",
    ),
    Piece(
        "plexford-deal-blocked",
        "Mergerwatch",
        D3 + 8.0,
        "A line in the sand: what the Tindrel ruling means for software deals",
        "For years, software deals in Drovany sailed through review. Tuesday's decision ends "
        "that.\n\n"
        "The Drovany Competition Board's ruling against Plexford Systems runs to 212 pages, and "
        "its core argument is simple. Plexford's payroll and accounting products already sit "
        "inside most large employers in the country; adding Tindrel's security tools, the board "
        "says, would let Plexford sell a bundle no rival could match, and then raise prices once "
        "smaller security vendors had withered.\n\n"
        "Chair Helene Ribecca rejected Plexford's offer to sell Tindrel's products separately "
        'for ten years, saying such promises are "hard to police and easy to forget".\n\n'
        "The decision leaves Ingrid Loskov with two bad options. An appeal to the competition "
        "tribunal would take at least a year, during which Tindrel's best engineers could leave. "
        "Walking away costs $390 million in break fees and leaves the strategy she sold to "
        "shareholders in May without its centrepiece.\n\n"
        "Tindrel's founder, Tomas Varesco, told staff in a memo that the company \"was doing "
        'fine before May and will do fine after October".\n\n'
        "Advisers say other pending deals will now be rewritten with bigger break fees and "
        "longer timelines. At least two buyers of smaller software firms have already asked the "
        "board for early meetings, according to people familiar with the matter.",
    ),
    Piece(
        "corvaine-election",
        "United Newswire",
        D3 + 1.0,
        "Drozhny wins Corvaine presidential runoff",
        "TEMSGRAD, Corvaine (UNW) — Former central banker Alina Drozhny won Corvaine's "
        "presidential runoff with 54.3% of the vote, according to preliminary results released "
        "by the electoral commission on Tuesday.\n\n"
        "Her rival, Pavel Kornecki, took 45.7% and conceded before dawn. Turnout was 61%.\n\n"
        "Drozhny, 51, will be sworn in next month.",
    ),
    Piece(
        "corvaine-election",
        "Ballotline",
        D3 + 3.0,
        "Corvaine: 54.3 to 45.7",
        "The former central bank governor carried 11 of 14 provinces, losing only the rural "
        "north to Kornecki. It is the widest second-round margin in Corvaine since 2009.",
    ),
    Piece(
        "corvaine-election",
        "Clipwell",
        D3 + 6.0,
        "Watch: 'This victory belongs to all of you'",
        "The president-elect addresses supporters in Temsgrad.",
    ),
    Piece(
        "corvaine-election",
        "The Capitol Register",
        D3 + 10.0,
        "Election night live: Drozhny claims Corvaine, Lusitra heads for a hung parliament",
        "22:40 - That's all from us tonight. To recap: Alina Drozhny will be Corvaine's next "
        "president after a clear runoff win, and Lusitra faces weeks of coalition talks.\n\n"
        '22:15 - Drozhny\'s acceptance speech in Temsgrad is over. She promised to "clean out" '
        "the state energy company and to keep the central bank independent, a nod to her old "
        "job. Kornecki's campaign says he will lead the opposition in parliament.\n\n"
        "21:30 - Over in Lusitra, Tomaso Quelli's Renewal Union has 142 of 300 seats with nearly "
        "all votes counted, short of the 151 needed for a majority. Prime Minister Rosa Velliard "
        "has conceded.\n\n"
        "21:05 - Kornecki's speech was short: he thanked his voters, congratulated Drozhny and "
        'said Corvaine\'s next parliament would "watch her closely".\n\n'
        "20:50 - Final Corvaine figures from the electoral commission: Drozhny 54.3%, Kornecki "
        "45.7%, turnout 61%. That is a wider margin than any poll suggested.\n\n"
        "20:05 - Markets in Corvaine look set to cheer: Drozhny campaigned on cutting the budget "
        "deficit, and the currency rose during the count.\n\n"
        "19:30 - Welcome to our coverage of a double election night, with a presidential runoff "
        "in Corvaine and a parliamentary vote in Lusitra. Polls in both countries closed on "
        "Sunday, and counting has taken two days.",
    ),
    Piece(
        "lusitra-election",
        "United Newswire",
        D3 + 2.0,
        "Opposition tops Lusitra parliamentary vote, falls short of majority",
        "OSKARVIK, Lusitra (UNW) — Lusitra's opposition Renewal Union won the most seats in "
        "Sunday's parliamentary election but fell short of a majority, according to preliminary "
        "results released by the electoral commission on Tuesday.\n\n"
        "The party, led by Tomaso Quelli, took 142 of 300 seats. Prime Minister Rosa Velliard's "
        "Progress Party fell to 97.\n\n"
        "Velliard conceded and said she would not stand in the way of coalition talks.",
    ),
    Piece(
        "lusitra-election",
        "Ballotline",
        D3 + 4.0,
        "Lusitra: Quelli 142, Velliard 97, and nobody at 151",
        "The Renewal Union's tally leaves it nine seats short of control of the 300-member "
        "chamber. Its likeliest partner, the agrarian Field Party, won 18; a deal would give "
        "Quelli a slim working majority.",
    ),
    Piece(
        "lusitra-election",
        "Oskarvik Herald",
        D3 + 7.0,
        "Velliard bows out after six years: 'The voters have spoken'",
        "The outgoing prime minister told party workers in Oskarvik that she would stay on as "
        "caretaker until a new government is formed, and would not lead her party into another "
        "campaign.",
    ),
    Piece(
        "brightmint-halts-withdrawals",
        "CoinHarbor",
        D3 + 3.0,
        "Brightmint Halts Withdrawals, Citing 'Irregular Outflows'",
        "Crypto exchange Brightmint has paused all customer withdrawals while it investigates "
        "what it called irregular outflows from its hot wallets. CEO Yusuf Tambre said trading "
        'would continue and that user balances were "fully accounted for".',
    ),
    Piece(
        "brightmint-halts-withdrawals",
        "Hashtide",
        D3 + 5.0,
        "$95m stuck as exchange freezes 180,000 users' funds",
        "On-chain data show roughly 95 million dollars in coins sitting in the platform's "
        "wallets that customers cannot currently move. The freeze is the third at a mid-sized "
        "exchange this year.",
    ),
    Piece(
        "brightmint-halts-withdrawals",
        "Newsgrab",
        D3 + 8.0,
        "Crypto platform hits the pause button on customer cash - Chaintally",
        'Tambre says a fix could take "days, not weeks", but users who cannot reach their '
        "coins are not convinced, and some have begun organising online to press for an audit.",
    ),
    # --- Day 4: Mon Feb 2, 2032 ---
    Piece(
        "sollander-verdict",
        "United Newswire",
        D4 + 4.0,
        "Vaultra founder Sollander convicted of fraud",
        "NESSAFORD, Drovany (UNW) — A jury on Monday found Marek Sollander, founder of the "
        "collapsed crypto lender Vaultra, guilty of fraud, ending a trial that began in July and "
        "was twice suspended.\n\n"
        "Jurors convicted Sollander on nine of the 11 counts he faced and acquitted him of two "
        "money laundering charges. Vaultra's failure cost about 52,000 customers some $310 "
        "million.\n\n"
        "Judge Beatrix Sidone set sentencing for April 20. Sollander faces up to 25 years in "
        "prison.",
    ),
    Piece(
        "sollander-verdict",
        "Nessaford Chronicle",
        D4 + 6.0,
        "'Finally': tears and applause in the public gallery",
        "Former Vaultra customers hugged on the steps of Justice Hall after the jury came back. "
        '"It doesn\'t give me my money back, but somebody is responsible now," said Hanna '
        "Morrisk, a retired teacher who lost her pension savings.",
    ),
    Piece(
        "sollander-verdict",
        "Docket Daily",
        D4 + 7.0,
        "Nine of eleven: how the jury split on the Vaultra counts",
        "Jurors deliberated for four days. They accepted the prosecution's case on every wire "
        "fraud and false-statement count but were not persuaded that Sollander laundered the "
        "$310m, Grathe's team told reporters.",
    ),
    Piece(
        "sollander-verdict",
        "The Review Hall",
        D4 + 9.0,
        "Opinion: A conviction is not a refund",
        "Marek Sollander will almost certainly go to prison. That is as it should be: a jury in "
        "Nessaford heard months of evidence and concluded that he lied to tens of thousands of "
        "people about where their money was.\n\n"
        "But anyone who hopes Monday's verdict closes the Vaultra story should talk to the "
        "people who queued outside the courtroom in July. For them the question was never "
        "whether Sollander would be punished. It was whether they would see their savings "
        "again.\n\n"
        "The answer, so far, is mostly no. The bankruptcy estate has returned 11 cents for every "
        "dollar deposited. The $310 million hole will not be filled by a prison sentence.\n\n"
        'Regulators deserve a share of the blame. Vaultra advertised "bank-like" returns for '
        "three years without being asked to hold a single dollar of capital. Drovany's lawmakers "
        "debated rules for crypto lenders twice and passed nothing.\n\n"
        "They should pass something now: capital requirements, customer accounts kept apart from "
        "the firm's own, and plain warnings that deposits are not insured. None of it would have "
        "been hard. All of it would have helped.\n\n"
        "Until then, the lesson of Monday's verdict is a grim one. The system can punish a fraud "
        "after the fact. It still cannot stop one.",
    ),
    Piece(
        "sollander-verdict",
        "The Meridian",
        D4 + 12.0,
        "Evening briefing: Sollander guilty, a storm on the coast and two banks' results",
        "Good evening. Here is what you need to know tonight.\n\n"
        "Guilty. A Nessaford jury convicted Vaultra founder Marek Sollander of fraud on nine of "
        "11 counts, seven months after his trial opened. He will be sentenced in April. The "
        "crypto lender's collapse wiped out $310 million of its customers' money.\n\n"
        "Storm. Storm Vellamo brought gusts of 160 km/h to Mallovia's coast, killing three "
        "people and cutting power to 120,000 homes.\n\n"
        "Banks. Stratmere's profit rose 12%; Halvic's fell 8% as bad loans mounted.\n\n"
        "Coming home. On Idrassa, the first residents evacuated from the slopes of Karsefell "
        "have been allowed back.",
    ),
    Piece(
        "karsefell-return",
        "Geowatch",
        D4 + 3.0,
        "Karsefell alert lowered to orange; evacuees allowed back",
        "Idrassa's civil protection agency cut the alert level for Karsefell from red to orange "
        "on Monday, seven months after the July eruption, and said 1,200 of the 4,800 evacuated "
        "residents may return to Lisovka and the upper districts of Vornesk.",
    ),
    Piece(
        "karsefell-return",
        "Idrassa Island Times",
        D4 + 8.0,
        "Home, under a grey blanket",
        "The first bus reached Lisovka a little after nine on Monday morning. Nobody cheered. "
        "The people who stepped off it stood for a while in the square, looking at roofs still "
        "carrying a hand's depth of ash, before walking slowly towards their own front doors.\n\n"
        "It has been seven months since Karsefell forced 4,800 people off its slopes in a single "
        "night. On Monday civil protection chief Joachim Brunn lowered the alert level from red "
        "to orange and allowed 1,200 of them to return, most to Lisovka and the upper streets of "
        "Vornesk.\n\n"
        "Marta Ellinvik, 67, found her kitchen much as she had left it, apart from the dust that "
        'had crept in under the door. "The chickens are gone and the garden is finished," she '
        'said. "But the walls are standing. I have slept in a school gym for seven months."\n\n'
        "Others were less lucky. Eleven houses on the eastern edge of the village collapsed "
        "under the weight of wet ash during the autumn rains, and their owners will stay in "
        "temporary housing in Vornesk.\n\n"
        "Volcanologist Maren Havisto said the mountain was still releasing gas and could produce "
        "smaller explosions. Residents have been given masks and told to leave at once if the "
        "sirens sound.\n\n"
        "The island's government has promised grants to clear roofs and replant fields, but no "
        "date has been set for the money.",
    ),
    Piece(
        "karsefell-return",
        "Lensframe",
        D4 + 10.0,
        "In pictures: Sweeping ash from the doorsteps of Lisovka",
        "Residents back in their village after seven months away.",
    ),
    Piece(
        "stratmere-earnings",
        "Pellwire",
        D4 + 1.0,
        "Stratmere Bank quarterly profit rises 12 pct, beats forecasts",
        "GREYMARSH, Sallund, Feb 2 (Pellwire) - Stratmere Bank, Sallund's largest lender, said "
        "on Monday its fourth-quarter net profit rose 12 percent to $1.2 billion, beating "
        "analysts' forecasts, as lending to businesses grew.\n\n"
        "The bank raised its dividend by 10 percent. Its shares rose 3 percent in early "
        "trading.\n\n"
        "(Reporting by Jasper Kuhnel; Editing by Conrad Bleyle)",
    ),
    Piece(
        "stratmere-earnings",
        "Vaultside",
        D4 + 3.0,
        "Stratmere posts $1.2bn, lifts payout",
        "Chief executive Philippa Stanecki credited a surge in loans to exporters for the best "
        "quarter in the bank's history. The dividend rises to 55 cents a share, and the lender "
        "expects costs to stay flat this year.",
    ),
    Piece(
        "stratmere-earnings",
        "Hallgrave News",
        D4 + 5.0,
        "Stanecki Says Loan Boom Will Cool After Record Quarter",
        "(Hallgrave) -- Stratmere Bank's chief executive warned that corporate borrowing would "
        "slow this year after net income climbed to 1.2 billion dollars in the final three "
        "months of 2031.\n\n"
        "To contact the reporter on this story: Oren Castell in Greymarsh",
    ),
    Piece(
        "halvic-earnings",
        "Pellwire",
        D4 + 2.0,
        "Halvic Bank quarterly profit falls 8 pct, misses forecasts",
        "GREYMARSH, Sallund, Feb 2 (Pellwire) - Halvic Bank, Sallund's second-largest lender, "
        "said on Monday its fourth-quarter net profit fell 8 percent to $640 million, missing "
        "analysts' forecasts, as it set aside more money for bad loans.\n\n"
        "Rival Stratmere reported a 12 percent rise in profit earlier in the day. Halvic shares "
        "fell 5 percent.\n\n"
        "(Reporting by Jasper Kuhnel; Editing by Conrad Bleyle)",
    ),
    Piece(
        "halvic-earnings",
        "Vaultside",
        D4 + 5.0,
        "Halvic slides to $640m as provisions bite",
        "Benedikt Sauer's bank more than doubled its provisions for souring commercial property "
        "loans, to $210m, and kept its dividend unchanged. Sauer said the worst of the office "
        'slump was "behind us".',
    ),
    Piece(
        "halvic-earnings",
        "The Fiscal Standard",
        D4 + 8.0,
        "A bad bet on offices comes home to roost",
        "Sauer's lender lent heavily to office developers in 2028 and 2029. Those loans are now "
        "souring, and quarterly profit of 640 mln dlrs, 8 pct down on a year earlier, is the "
        "result.",
    ),
    Piece(
        "storm-vellamo",
        "Agence Ostrale",
        D4 + 6.0,
        "Storm kills three in Mallovia",
        "Selvika (AOS) - Storm Vellamo lashed Mallovia's western coast on Monday with gusts of "
        "up to 160 kilometres per hour, killing three people and leaving about 120,000 homes "
        "without power, officials said.\n\n"
        "Two of the dead were struck by falling trees; the third was swept off a sea wall in "
        "Selvika.\n\n"
        "aos/rt",
    ),
    Piece(
        "storm-vellamo",
        "Selvika Courier",
        D4 + 9.0,
        "Sea wall breached, seafront flooded",
        "Waves topped the old harbour defences just after high tide, flooding shops along the "
        "promenade. Council workers were sandbagging into the evening as forecasters warned of "
        "another surge overnight.",
    ),
    Piece(
        "storm-vellamo",
        "The Evening Trumpet",
        D4 + 11.0,
        "BLOWN AWAY!",
        "A 100mph monster storm has left three dead and thousands shivering in the dark. "
        "Terrified holidaymakers told of roofs ripped off like paper and cars crushed by falling "
        "trees.",
    ),
)
