"""A twenty-first set of multi-outlet coverage of our own, weighted to paraphrase within a day.

Written blind, like the fourth to twentieth sets: without reading the clustering code
(nothing under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/) or
the texts of the other sets (only the module docstrings of the fourth to twentieth, the
twentieth's scaffolding before its first piece, the whole of test_coverage_real20.py, and the
docstrings, Piece class, T0, DAY, check_form, check_days and the Days class of coverage.py
and its helpers' signatures; when printing coverage.py's opening lines its first piece, of
a coin's fall, went past our eyes). The whole set was written before it was first
clustered, and no text or label was changed after seeing how briefing clusters it.
Every sentence is our own; the countries (Kestova, Kelvaria, Elsworthy, Velmoor, Vessany,
Marvaly, Ostrenia, Dunmara, Pellarin), cities (Port Selvane, Halvorn, Tinsdale, Zolberg,
Amberlund, Ombrivo, Castellor, Ruskavik, Selbrook, Korlund, Greyhallow, Ostberg), firms,
people, products and all the outlets are made up, and their main names were checked against
the tests, the source and the shared corpus so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four publication days
of 2017-2018, tech, crypto, politics and world news), weighted to its first class of
error: one event told in other words and split. 64 items from 39 outlets, 20 events (five a
day) over four days months apart, most told by three or four outlets under headlines that
share almost no word: a verb idiom ("is getting smashed", "hits the road", "goes big",
"is killing"), a tabloid's shouted pun ("CYBER HEIST!", "TAXI FOR ONE!", "DRONE ZONE!"), a
question headline, headlines that name nobody ("Eyewear gamble: hardware maker knocks a
third off flagship frames"), a feature's quote headline ("'We built slot machines and called
them apps'"), organisations named only in the text, and figures written two or more ways
($62 mln / $62m / SIXTY MILLION; $999 / $500 cheaper / 999 dollars; 2.1 bln dlrs / $2.1
billion / $2.1bn; 3.5 pct / 3.5% / 3.50%; 38 million euros / EUR38m; 9,600 BTC / 9,600
bitcoin; $400 / sub-$400). Nine whole articles (1,200 to 1,350 characters, five or more
paragraphs), 47 RSS items of a headline and one or two lines (150 to 400 characters), three wire
reports of three or four short paragraphs (400 to 600 characters), and five
media pages under 100 characters ("Video:", "Watch:", "In pictures:"), each labelled with
the event it shows. The forms: a Reuters-like wire ("UPDATE 1-", "(Adds ...)", "PORT
SELVANE, Kestova, May 14 (Ridgewire) - ", "(Reporting by ...; Editing by ...)"), an AP-like
one ("OMBRIVO, Vessany (AVP) — "), an AFP-like one ("Halvorn (ACV) - ", "acv/tr"), a
Bloomberg-like one ("(Tessell) -- ", title-case headlines, "To contact the reporter on this
story"), a press release ("/Releasewell/ --", tickers, forward-looking statements, a media
contact), a markets live blog of timed entries (newest first), tech sites, crypto sites
("CDR", "BTC", "at press time"), two tabloids, local papers, business and trade papers,
a broadcaster, an aggregator, a magazine feature, a privacy newsletter and an "Analysis:".

Its subjects: a crypto exchange's hack and its reopening; a coin's slide on a central
banker's warning; a record token sale; smart glasses' price cut and their discontinuation;
a photo app's data leak and its fine; a chipmaker's takeover; a ride app's chief quitting;
former engineers campaigning against the features they built; fuel protests; an
earthquake; two central banks raising rates on one day; a ferry capsizing; driverless
lorries; a prime minister resigning; a coastal storm; drones closing an airport.

The hard cases:

- paraphrase within one day, the weight of the set (see above);
- three running topics whose two events fall on days months apart under the same names and
  figures, labelled as separate events: Quillex hacked (day 1) and reopened (day 3) (Port
  Selvane, Hollenbeck, 9,600 bitcoin, $62 million, 410,000 users); Vantrel's Sightline cut
  to $999 (day 1) and discontinued (day 4); Pintora's leak (day 2) and its fine (day 4)
  (Tinsdale, 14 million users, the open server);
- two same-kind events on one day in different places: Marvaly's and Ostrenia's central
  banks raise rates on day 3 (one piece on Ostrenia names Marvaly's half-point move);
- crypto events side by side on day 2 (the coin's slide and the token sale), and a markets
  live blog labelled with the coin's slide whose entries also name the chip takeover;
- an "Analysis:" piece on the day's leak, labelled with the leak.

- day 1 (Wed May 14, 2031): Quillex hacked (five); Sightline's price cut (three); Kelvaria's
  fuel protests (four); the Attention Pact (three); Rydeo's chief quits (three);
- day 2 (Thu Jun 26): Pintora's leak (four, with the analysis); Cindra's slide (four);
  Nimbara's token sale (two); Feldane buys Trellic (three); the Vessany earthquake (four);
- day 3 (Wed Sep 24): Quillex reopens (three); Marvaly's rate rise (three); Ostrenia's rate
  rise (three); the Lake Imsara ferry (four); Keelway's driverless lorries (two);
- day 4 (Mon Jan 19, 2032): Pintora fined (three); Sightline discontinued (three);
  Pellarin's prime minister resigns (four); the Greyhallow storm (two); drones at Ostberg
  (two).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real21.py)."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 43 * DAY  # Thu Jun 26, 2031
D3 = 133 * DAY  # Wed Sep 24, 2031
D4 = 250 * DAY  # Mon Jan 19, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # --- Day 1: Wed May 14, 2031 ---
    Piece(
        "quillex-hack",
        "Ridgewire",
        D1 + 2.0,
        "UPDATE 1-Hackers drain $62 mln from Kestova crypto exchange Quillex",
        "(Adds company statement, regulator comment)\n"
        "PORT SELVANE, Kestova, May 14 (Ridgewire) - Quillex, one of Kestova's largest "
        "cryptocurrency exchanges, said on Wednesday that hackers had emptied one of its online "
        "wallets of about 9,600 bitcoin worth roughly $62 million, and it halted all deposits "
        "and withdrawals.\n"
        "The exchange said the theft was spotted late on Tuesday, when its engineers noticed a "
        "string of transfers out of its so-called hot wallet, which is kept connected to the "
        "internet so that customers can trade quickly. Coins held offline in cold storage were "
        "untouched, it said.\n"
        '"We will make every customer whole," chief executive Daria Hollenbeck said in a '
        "statement on the firm's website. She did not say how long trading would stay "
        "suspended or how the losses would be covered.\n"
        "Kestova's Financial Conduct Board said it had sent inspectors to the company's offices "
        "in the port city and had asked every licensed exchange to check the security of its "
        "wallets by Friday.\n"
        "Quillex, founded in 2026, says it has about 410,000 registered users. It is the third "
        "Kestovan exchange to report a theft in two years, and the largest so far.\n"
        "Bitcoin itself barely moved on the news, trading about 1% lower on the day.\n"
        "(Reporting by Maren Solvik; Editing by Tomas Ebberly)",
    ),
    Piece(
        "quillex-hack",
        "CoinLantern",
        D1 + 3.5,
        "Quillex Halts Withdrawals After 9,600 BTC Hot Wallet Breach",
        "Kestovan exchange Quillex has frozen all withdrawals after attackers moved some 9,600 "
        "BTC out of its hot wallet overnight. The platform says cold storage is safe and that "
        "users will be reimbursed. On-chain sleuths tracking the stolen coins say they are "
        "already being split across hundreds of fresh addresses.",
    ),
    Piece(
        "quillex-hack",
        "The Daily Rumpus",
        D1 + 6.0,
        "CYBER HEIST! Crooks swipe a fortune in digital cash",
        "Hi-tech thieves have pinched more than SIXTY MILLION dollars of bitcoin from a Port "
        "Selvane trading site in a single night. Stunned punters found they couldn't get their "
        "money out this morning. The boss says everyone will be paid back, but hasn't said how.",
    ),
    Piece(
        "quillex-hack",
        "Port Selvane Gazette",
        D1 + 9.0,
        "Waterfront firm's customers locked out after overnight raid on its wallet",
        "Customers of the Harbour Row exchange queued outside its office on Wednesday after the "
        "firm stopped all withdrawals. Staff told them the company had lost about $62m in a "
        "cyber attack and that savings kept offline were safe.\n"
        "A police spokesman said the city's cyber crime unit was working with Quillex.",
    ),
    Piece(
        "quillex-hack",
        "ClipNation",
        D1 + 10.0,
        "Video: Queues outside hacked Quillex exchange",
        "Customers gather in Port Selvane after the crypto exchange froze withdrawals.",
    ),
    Piece(
        "sightline-price-cut",
        "Gearloft",
        D1 + 1.0,
        "Vantrel slashes Sightline smart glasses to $999",
        "Vantrel has cut the price of its Sightline smart glasses by a third, from $1,499 to "
        "$999, less than eight months after launch. The company says the new price applies "
        "worldwide from today, and anyone who bought in the last 30 days gets the difference "
        "back.",
    ),
    Piece(
        "sightline-price-cut",
        "Byteward",
        D1 + 4.0,
        "Is anyone actually wearing these? Vantrel's glasses just got $500 cheaper",
        "Sales of the camera-fitted frames have been slow, according to two people who work "
        "with the company's retail partners, and today's markdown looks like an admission that "
        "the launch price scared ordinary buyers off.",
    ),
    Piece(
        "sightline-price-cut",
        "Marketfold",
        D1 + 7.0,
        "Eyewear gamble: hardware maker knocks a third off flagship frames",
        "Shares of Vantrel Inc slipped 3.1% in early trade after the company marked its "
        "connected glasses down to 999 dollars from 1,499. Chief executive Omar Sietsma told "
        "analysts the lower price would 'open the door to the mainstream'.",
    ),
    Piece(
        "kelvaria-fuel-protests",
        "Agence Corvelle",
        D1 + 3.0,
        "Thousands march in Kelvaria over fuel price rise",
        "Halvorn (ACV) - Tens of thousands of people marched through the Kelvarian capital on "
        "Wednesday to protest against a 40 percent rise in petrol and diesel prices decreed by "
        "the government at the weekend.\n"
        "Police fired tear gas near the finance ministry, where some protesters threw stones, "
        "and said 23 people had been detained.\n"
        "Prime Minister Aldo Vendross said the rise was needed to end subsidies that cost the "
        "state a fifth of its budget, and promised cash transfers to the poorest families.\n"
        "acv/tr",
    ),
    Piece(
        "kelvaria-fuel-protests",
        "Halvorn Courier",
        D1 + 8.0,
        "'We can't afford to get to work': the capital's streets fill with anger at the pump",
        "From bus drivers to schoolteachers, the crowds that filled Liberty Avenue had one "
        "complaint: the price of a litre of petrol, which jumped by 40% on Saturday. 'My wages "
        "have not moved in three years,' said Ilse Margan, a nurse who walked with her two sons.",
    ),
    Piece(
        "kelvaria-fuel-protests",
        "Global Tidings",
        D1 + 11.0,
        "Tear gas in Halvorn as subsidy cut sparks biggest protests in a decade",
        "Police used tear gas on demonstrators outside the finance ministry as the largest "
        "street protests in ten years swept the capital. Mr Vendross's government says ending "
        "the subsidy will save 1.2 billion dollars a year.",
    ),
    Piece(
        "kelvaria-fuel-protests",
        "Reelwire TV",
        D1 + 12.0,
        "In pictures: Kelvaria's fuel protests",
        "Scenes from Halvorn, where crowds marched against dearer petrol.",
    ),
    Piece(
        "attention-pact",
        "The Longhand",
        D1 + 2.5,
        "'We built slot machines and called them apps'",
        "Noor Quarrin spent six years designing the notification system at Gleamly, the "
        "photo-sharing service used by almost a billion people. Now she says much of that work "
        "should never have shipped.\n"
        "On Wednesday Ms Quarrin and eleven other former engineers and designers from Gleamly "
        "and the messaging firm Rookery launched the Attention Pact, a group that will lobby "
        "lawmakers and schools about what it calls compulsion by design.\n"
        "'We measured success in minutes of your day that we could take,' she said, two streets "
        "from her old office. 'The red badges, the endless feed, the streaks that punish you "
        "for a day off: every one of them was tested to see whether it kept people from putting "
        "the phone down.'\n"
        "The group has $4 million from a family foundation and plans lessons for secondary "
        "schools on how feeds are ranked. It also wants a law requiring apps used by teenagers "
        "to switch off autoplay and streaks by default.\n"
        "Beck Ardalan, who ran growth experiments at Rookery until last year, said the group "
        "was not against technology. 'I still love building things. But we knew more about the "
        "psychology of a fourteen-year-old than most parents do, and we used it to sell ads.'\n"
        "Gleamly said in a statement that it offers time-limit tools and welcomes a thoughtful "
        "conversation. Rookery did not respond to a request for comment.",
    ),
    Piece(
        "attention-pact",
        "Kernelist",
        D1 + 6.0,
        "Ex-Gleamly and Rookery staff form group to fight phone 'compulsion'",
        "A dozen former employees of the two social apps have set up the Attention Pact, a $4m "
        "lobbying and education campaign against autoplay, streaks and the other features they "
        "once helped to build.",
    ),
    Piece(
        "attention-pact",
        "The Atlas Post",
        D1 + 9.5,
        "The insiders who now regret what they made",
        "They designed the red dots and the bottomless feeds. Now twelve of the people behind "
        "them say those tricks hook children, and they want the law to switch them off for "
        "teenagers.",
    ),
    Piece(
        "rydeo-ceo-quits",
        "Tessell",
        D1 + 1.5,
        "Rydeo Chief Wexley Resigns Amid Board Probe of Workplace Complaints",
        "(Tessell) -- Trent Wexley stepped down as chief executive of ride-hailing company "
        "Rydeo Technologies after the board opened an inquiry into complaints about his "
        "treatment of staff, the company said Wednesday. Finance chief Petra Lumhaven will run "
        "the business while it searches for a successor.\n"
        "To contact the reporter on this story: Alvin Sabrek in Zolberg",
    ),
    Piece(
        "rydeo-ceo-quits",
        "The Morning Brawler",
        D1 + 5.0,
        "TAXI FOR ONE! Ride app boss hits the road",
        "The swaggering boss of cab app Rydeo has been shown the door after staff lodged a pile "
        "of complaints about his temper. Trent Wexley, 44, walked before the bigwigs could "
        "finish their probe.",
    ),
    Piece(
        "rydeo-ceo-quits",
        "Brieflet",
        D1 + 9.0,
        "Ride-hailing founder out; finance head steps in",
        "Petra Lumhaven takes over the day-to-day running of Rydeo while the board looks for a "
        "permanent successor to its founder, who left as complaints from staff were "
        "investigated.",
    ),
    # --- Day 2: Thu Jun 26, 2031 ---
    Piece(
        "pintora-leak",
        "Ridgewire",
        D2 + 1.0,
        "Social app Pintora says data of 14 million users exposed",
        "TINSDALE, Elsworthy, June 26 (Ridgewire) - Pintora, the photo-diary app, said on "
        "Thursday that the names, email addresses and birth dates of about 14 million users had "
        "been left on an unprotected server for several weeks and may have been copied. "
        "Passwords were not affected, it said.\n"
        "(Reporting by Maren Solvik; Editing by Ilka Tornqvist)",
    ),
    Piece(
        "pintora-leak",
        "The Datawatch",
        D2 + 4.0,
        "An open database, a curious researcher, and 14m birthdays",
        "The security researcher who found the exposed server says it asked for no password at "
        "all. The company confirmed the lapse after she contacted it on Monday, and says the "
        "database has now been locked down.",
    ),
    Piece(
        "pintora-leak",
        "The Daily Rumpus",
        D2 + 7.0,
        "IS YOUR SELFIE APP SPILLING YOUR SECRETS?",
        "Millions of users of a trendy picture app have had their private details left wide "
        "open online for anyone to grab. Bosses at Pintora say sorry, and insist nobody's "
        "passwords leaked.",
    ),
    Piece(
        "pintora-leak",
        "The Reckoner",
        D2 + 10.0,
        "Analysis: Pintora's open server is a failure of the boring kind",
        "The lapse Pintora disclosed on Thursday was not a sophisticated attack. Nobody broke "
        "any encryption: a database holding the names, email addresses and birth dates of 14 "
        "million people was simply left reachable from the internet without a password, for "
        "at least five weeks.\n"
        "That is the most common kind of leak, and the most embarrassing, because it takes no "
        "skill to exploit. Researchers run automated searches for exactly such open servers "
        "every day, and so do criminals.\n"
        "The company's statement leaned hard on the fact that passwords were not exposed. But "
        "birth dates and email addresses are the raw material of phishing, and many of the "
        "app's users are teenagers who may not know that a message quoting their birthday can "
        "be fake.\n"
        "The timing is awkward. Elsworthy's regulators have been promising tougher enforcement "
        "of the data protection code, which allows fines of up to 4% of a company's global "
        "turnover, and a case as simple as this one is easy to prove.\n"
        "Pintora, which makes most of its money from advertising, has grown fast, from two "
        "million users three years ago. Growth like that tends to leave old test systems lying "
        "around with real data in them.\n"
        "The questions now are how long the server was open, who else found it, and whether "
        "the company told the regulator within the 72 hours the law requires.",
    ),
    Piece(
        "cindra-slide",
        "Ridgewire",
        D2 + 3.0,
        "Cryptocurrency Cindra falls below $400 as central banker signals crackdown",
        "AMBERLUND, June 26 (Ridgewire) - Cindra, the second-largest cryptocurrency by market "
        "value, fell below $400 on Thursday after Velmoor's deputy central bank governor Ingrid "
        "Mausolf said trading platforms would need a banking licence by the end of the year.\n"
        "(Reporting by Jonas Feldmark; Editing by Tomas Ebberly)",
    ),
    Piece(
        "cindra-slide",
        "Chainpost",
        D2 + 5.0,
        "CDR Price Slumps to Five-Month Low, Sub-$400",
        "Cindra (CDR) changed hands at $389 at press time, down 14% on the day, as traders "
        "digested comments from a Velmoor central bank official about licensing exchanges. "
        "Support at $375 is the next level to watch.",
    ),
    Piece(
        "cindra-slide",
        "Tape & Ticker",
        D2 + 6.0,
        "Markets live: shares steady, crypto takes a beating",
        "14:05 The selling in Cindra has not let up. It is now down about 15% since the "
        "morning, at roughly $385, the lowest since January.\n"
        "13:55 Smaller coins are faring worse: most of the top twenty are down between 15% "
        "and 25%, and volumes on the big platforms are three times their daily average.\n"
        "13:40 Trellic Systems is still up more than a quarter after agreeing to be bought "
        "this morning; the rest of the chip sector is flat.\n"
        "13:10 Why is crypto falling? Velmoor's deputy governor, Ingrid Mausolf, told a "
        "conference in Amberlund that any platform trading coins for customers will need a "
        "full banking licence by December. Traders read that as the end of the lightly "
        "regulated exchanges that handle much of the volume.\n"
        "12:45 Velmoor's finance ministry says it supports the central bank's approach. No "
        "detail yet on what happens to platforms that miss the deadline.\n"
        "12:30 Cindra drops through $400. That is a round number that a lot of people had "
        "been watching.\n"
        "11:50 Stocks are drifting, with the main index up 0.2%. Bond yields are unchanged "
        "ahead of tomorrow's inflation figures.\n"
        "11:15 Good morning and welcome to the live blog. We will be following the markets "
        "all day; the early mover is crypto, which is sliding again.",
    ),
    Piece(
        "cindra-slide",
        "Marketfold",
        D2 + 9.0,
        "Cindra is getting smashed",
        "The number two coin has shed roughly a seventh of its value in a day, and the people "
        "who moved the market were not traders but a central banker who wants exchanges "
        "licensed like banks.",
    ),
    Piece(
        "nimbara-ico",
        "Blockfold",
        D2 + 2.0,
        "Nimbara's token sale closes at a record $410M",
        "Decentralised storage project Nimbara says its token sale closed after 19 days having "
        "raised $410 million in ether and stablecoins, the biggest initial coin offering so "
        "far this year. The NIM tokens are due to start trading next month.",
    ),
    Piece(
        "nimbara-ico",
        "Tessell",
        D2 + 6.0,
        "Storage Startup Raises 410 Million Dollars Selling Digital Tokens",
        "(Tessell) -- A start-up that wants to rent out spare hard-drive space through a "
        "blockchain raised 410 million dollars in a coin offering that ended Thursday, its "
        "founder Jun Okarro said in an interview. About 31,000 buyers took part.\n"
        "To contact the reporter on this story: Alvin Sabrek in Zolberg",
    ),
    Piece(
        "feldane-buys-trellic",
        "Releasewell",
        D2 + 0.5,
        "Feldane Semiconductor to Acquire Trellic Systems for $2.1 Billion",
        "ZOLBERG, June 26, 2031 /Releasewell/ -- Feldane Semiconductor Corp. (NYSX: FLDN) "
        "today announced a definitive agreement to acquire Trellic Systems Inc. (NYSX: TRLC), "
        "a designer of low-power radio chips for connected devices, for $24.50 per share in "
        "cash, or a total enterprise value of approximately $2.1 billion.\n"
        "The price is a premium of 31% to Trellic's closing share price on June 25. The boards "
        "of both companies have unanimously approved the transaction, which is expected to "
        "close in the first quarter of 2032, subject to approval by Trellic shareholders and "
        "regulatory clearances.\n"
        '"Trellic\'s radios complete our platform for the connected home and car," said '
        'Teodor Vasquell, president and chief executive officer of Feldane. "Together we can '
        'offer customers a single supplier from the sensor to the cloud."\n'
        "Feldane expects the transaction to add to adjusted earnings per share within the first "
        "full year after closing and to produce annual cost savings of about $90 million by "
        "the third year.\n"
        "Forward-looking statements: This release contains forward-looking statements that "
        "involve risks and uncertainties, including the ability to obtain regulatory approvals "
        "and to integrate the businesses successfully.\n"
        "Media contact: Carla Dunstreet, Feldane Semiconductor, press@feldane.example",
    ),
    Piece(
        "feldane-buys-trellic",
        "The Counting House",
        D2 + 3.0,
        "Feldane bids 2.1 bln dlrs for radio chip designer",
        "Feldane Semiconductor will pay 24.50 dlrs a share in cash for Trellic Systems, valuing "
        "the smaller chipmaker at 2.1 bln dlrs including debt. Trellic shares rose 27 pct in "
        "early trading.",
    ),
    Piece(
        "feldane-buys-trellic",
        "Chipset Weekly",
        D2 + 7.0,
        "Why the connected-car radio market just got a lot smaller",
        "With Trellic heading into Feldane's hands, only two independent suppliers of low-power "
        "radios for cars and homes remain. Carmakers may now press competition authorities to "
        "look hard at the $2.1bn deal.",
    ),
    Piece(
        "vessany-quake",
        "Anvil Press",
        D2 + 1.5,
        "Strong earthquake kills at least 31 in northern Vessany",
        "OMBRIVO, Vessany (AVP) — A magnitude 6.7 earthquake struck northern Vessany before "
        "dawn Thursday, collapsing homes and a school dormitory and killing at least 31 people, "
        "officials said.\n"
        "Rescuers were digging through rubble in Ombrivo, a market town of 60,000 near the "
        "epicenter, and the army sent helicopters to reach mountain villages cut off by "
        "landslides.\n"
        "The national seismology office said the quake was centered 12 kilometers (7 miles) "
        "below the surface and was followed by more than 40 aftershocks.",
    ),
    Piece(
        "vessany-quake",
        "Vessany Today",
        D2 + 6.0,
        "Ombrivo digs through the night: 'We heard voices under the stones'",
        "Volunteers worked with bare hands beside soldiers in the old quarter, where most of "
        "the dead were found. The regional governor said 140 people had been treated in "
        "hospital and tents were going up in the football stadium.",
    ),
    Piece(
        "vessany-quake",
        "Northbeam News",
        D2 + 9.0,
        "Death toll rises to 44 after pre-dawn tremor",
        "The number killed by the 6.7-magnitude quake in the country's north has risen to 44, "
        "the interior ministry said, with dozens still missing in villages cut off by "
        "landslides.",
    ),
    Piece(
        "vessany-quake",
        "ClipNation",
        D2 + 10.5,
        "Video: Rescuers search the rubble in Ombrivo",
        "Drone footage shows collapsed homes in northern Vessany.",
    ),
    # --- Day 3: Wed Sep 24, 2031 ---
    Piece(
        "quillex-reopens",
        "Tessell",
        D3 + 1.0,
        "Quillex Reopens Withdrawals Four Months After $62 Million Theft",
        "(Tessell) -- Quillex, the Kestovan cryptocurrency exchange that lost about $62 million "
        "in bitcoin to hackers in May, reopened deposits and withdrawals on Wednesday after "
        "repaying customers with a loan from its largest shareholder.\n"
        "The exchange said all 410,000 accounts had been credited in full and that it had moved "
        "95% of customer coins into offline storage, up from about 70% before the attack.\n"
        '"We kept our promise," chief executive Daria Hollenbeck said in an interview in Port '
        'Selvane. "Every customer has their coins back, and the hot wallet is now a small '
        'fraction of what it was."\n'
        "The reopening follows an inspection by Kestova's Financial Conduct Board, which "
        "granted the exchange a new operating licence on Monday on condition that it submit to "
        "quarterly security audits for two years.\n"
        "Activity was thin in the first hours, with about 1,900 withdrawal requests processed "
        "by midday, the company said. The stolen coins have not been recovered, and police have "
        "not named a suspect.\n"
        "Quillex also said it would pay customers a one-off bonus of 0.5% of their balances as "
        "an apology, and that it had hired a former central bank security official to run its "
        "audits.\n"
        "To contact the reporter on this story: Alvin Sabrek in Port Selvane",
    ),
    Piece(
        "quillex-reopens",
        "HashWeekly",
        D3 + 4.0,
        "Back in business: hacked exchange lets users cash out again",
        "After four months with its doors shut, the Kestovan platform is processing "
        "withdrawals again. Users on forums report coins arriving within minutes; the firm "
        "says the 9,600 BTC taken in May are still missing.",
    ),
    Piece(
        "quillex-reopens",
        "Port Selvane Gazette",
        D3 + 8.0,
        "Harbour Row exchange back open, licence in hand",
        "The crypto exchange on Harbour Row opened its doors to customers again on Wednesday "
        "with a new licence from the financial watchdog and, staff said, an entirely new "
        "security team.",
    ),
    Piece(
        "marvaly-rate-rise",
        "Ridgewire",
        D3 + 2.0,
        "Marvaly central bank raises key rate 50 bps to 3.5 pct to fight inflation",
        "CASTELLOR, Sept 24 (Ridgewire) - Marvaly's central bank raised its benchmark interest "
        "rate by half a percentage point to 3.5 percent on Wednesday, its biggest increase in "
        "six years, after inflation reached 7.2 percent in August.\n"
        "Governor Renata Pennacre said the bank stood ready to act again. Most economists "
        "polled last week had expected a quarter-point move.\n"
        "(Reporting by Jonas Feldmark; Editing by Ilka Tornqvist)",
    ),
    Piece(
        "marvaly-rate-rise",
        "Castellor Tribune",
        D3 + 6.0,
        "Mortgages set to climb as bank's half-point hike bites",
        "Homeowners on variable loans face higher monthly bills after the Central Bank of "
        "Marvaly lifted its policy rate to 3.5%. Governor Renata Pennacre said prices were "
        "rising 'far too fast' for the bank to wait.",
    ),
    Piece(
        "marvaly-rate-rise",
        "Central Bank Watch",
        D3 + 9.0,
        "Pennacre goes big: 50bp and a hawkish message",
        "The half-point move, to 3.50%, was twice what most forecasters had pencilled in. The "
        "governor signalled more to come if August's 7.2% inflation does not ease by winter.",
    ),
    Piece(
        "ostrenia-rate-rise",
        "Ruskavik Post",
        D3 + 3.0,
        "Ostrenian bank nudges rates up a quarter point",
        "The Bank of Ostrenia raised its main rate by 0.25 percentage points to 2.25% on "
        "Wednesday, citing a weak ostren and rising import prices. Governor Pall Sigvaldsen "
        "said any further moves would be gradual.",
    ),
    Piece(
        "ostrenia-rate-rise",
        "The Counting House",
        D3 + 5.0,
        "Ostrenia lifts benchmark to 2.25 pct, signals slow path",
        "Ostrenia's central bank increased its key rate by 25 basis points to 2.25 pct, the "
        "second rise this year, and said the weak currency was feeding through to prices in "
        "the shops.",
    ),
    Piece(
        "ostrenia-rate-rise",
        "Central Bank Watch",
        D3 + 10.0,
        "Sigvaldsen's small step: why Ruskavik chose 25bp",
        "Unlike its neighbour Marvaly, which moved by half a point this morning, Ostrenia kept "
        "to a quarter-point rise, to 2.25%. Inflation there is 3.9%, about half the Marvalese "
        "rate, and growth is weaker.",
    ),
    Piece(
        "imsara-ferry",
        "Anvil Press",
        D3 + 2.5,
        "Ferry capsizes on Dunmara's Lake Imsara; dozens missing",
        "SELBROOK, Dunmara (AVP) — An overcrowded passenger ferry capsized in a storm on Lake "
        "Imsara on Wednesday morning, drowning at least 18 people, and 40 others were missing, "
        "police said.\n"
        "The MV Lantana Star was carrying traders and their goods to the weekly market in "
        "Selbrook when strong winds hit it about 2 kilometers (just over a mile) from the "
        "shore, witnesses said.\n"
        "Fishermen pulled 63 people from the water before navy boats arrived. Many of the "
        "survivors clung to sacks of maize and plastic jerrycans.\n"
        "The ferry was licensed to carry 120 passengers, but port officials said more than "
        "200 people may have been aboard. Tickets are often sold on board and no passenger "
        "list was kept.\n"
        "President Oluwa Teshome declared three days of national mourning and ordered an "
        "inquiry into the regulation of lake transport, which has seen four deadly sinkings "
        "in a decade.\n"
        "Relatives gathered at the Selbrook jetty through the day, reading lists of survivors "
        "pinned to a wall by the harbour master's office. The Dunmara Red Cross said it had "
        "sent two medical teams from the capital.\n"
        "Lake Imsara, shared by three countries, is the main trade route for the villages on "
        "its islands, most of which have no road link.\n"
        "Divers were searching the wreck, which lies in about 30 meters (100 feet) of water, "
        "but rough weather halted the search in the afternoon.",
    ),
    Piece(
        "imsara-ferry",
        "Selbrook Herald",
        D3 + 7.0,
        "'The boat leaned and did not come back up'",
        "Survivors brought to the town jetty described a vessel packed with market traders, "
        "sacks and livestock. Officials believe the Lantana Star, licensed for 120, had more "
        "than 200 people aboard when the wind rose.",
    ),
    Piece(
        "imsara-ferry",
        "Global Tidings",
        D3 + 11.0,
        "Dunmara mourns as toll from lake sinking reaches 26",
        "The number of bodies recovered after Wednesday's capsizing has risen to 26, with "
        "dozens still unaccounted for; the president has ordered three days of mourning.",
    ),
    Piece(
        "imsara-ferry",
        "Reelwire TV",
        D3 + 12.0,
        "Watch: Survivors brought ashore at Selbrook",
        "Rescue boats return to the jetty on Lake Imsara.",
    ),
    Piece(
        "keelway-driverless-lorries",
        "Freight & Fleet",
        D3 + 1.5,
        "Keelway puts driverless lorries on the Ferroway",
        "Keelway Robotics has begun running six self-driving trucks on a 210-km stretch of the "
        "Ferroway motorway between two depots, with a safety driver in each cab for the first "
        "three months before the seat is left empty.",
    ),
    Piece(
        "keelway-driverless-lorries",
        "Gadgetwell",
        D3 + 5.0,
        "No one at the wheel: robot rigs start hauling real freight",
        "The Haulbot trucks carry parcels overnight for two supermarket chains. The start-up "
        "says its software has logged 1.8 million kilometres in testing without an at-fault "
        "crash.",
    ),
    # --- Day 4: Mon Jan 19, 2032 ---
    Piece(
        "pintora-fine",
        "Agence Corvelle",
        D4 + 2.0,
        "Elsworthy regulator fines Pintora 38 million euros over data leak",
        "Tinsdale (ACV) - Elsworthy's data protection authority fined the photo-diary app "
        "Pintora 38 million euros on Monday for leaving the personal details of 14 million users "
        "on an unprotected server last year, the largest penalty it has ever imposed.\n"
        "The authority said the company had failed to secure a database holding names, email "
        "addresses and birth dates, and had waited eleven days before reporting the breach, "
        "far beyond the 72 hours required by law.\n"
        "'This was not a clever attack. It was a door left open,' the authority's chair, Ines "
        "Trennick, told reporters. 'A company holding the data of children must do better.'\n"
        "Pintora said it disagreed with the size of the penalty and would appeal to the "
        "administrative court. It said it had since hired a new head of security and audited "
        "every server it runs.\n"
        "The fine is equal to about 3 percent of the company's turnover last year, just under "
        "the legal ceiling of 4 percent.\n"
        "The authority also ordered Pintora to write to every affected user within 30 days.\n"
        "Consumer groups welcomed the decision. 'Fourteen million people were put at risk by "
        "carelessness, and that has a price,' said Olaf Brinkhurst of the Elsworthy Consumers' "
        "League. Shares in Pintora's parent company fell 1.8% in morning trading.\n"
        "acv/tr",
    ),
    Piece(
        "pintora-fine",
        "The Datawatch",
        D4 + 5.0,
        "EUR38m: the price of a database left open",
        "The watchdog's decision, published this morning, runs to 140 pages. The core of it is "
        "simple: no password, five weeks online, and a breach report that arrived eight days "
        "late.",
    ),
    Piece(
        "pintora-fine",
        "Gearloft",
        D4 + 8.0,
        "Pintora hit with record privacy penalty, says it will appeal",
        "The photo-diary app is the first company to be fined under Elsworthy's data code for a "
        "misconfigured server rather than a hack. It says the sum is out of proportion.",
    ),
    Piece(
        "sightline-discontinued",
        "Byteward",
        D4 + 1.0,
        "Vantrel is killing Sightline",
        "Vantrel will stop making its Sightline smart glasses at the end of March, ending a "
        "product that never found buyers, not even after last spring's cut to $999. Existing "
        "frames will get software updates until 2033.",
    ),
    Piece(
        "sightline-discontinued",
        "Marketfold",
        D4 + 4.0,
        "Vantrel takes $180 mln charge as it exits smart eyewear",
        "Vantrel Inc will book a writedown of about $180 million on inventory and tooling as "
        "it discontinues its connected glasses, the company said in a filing. Its shares rose "
        "2% as investors welcomed the end of the losses.",
    ),
    Piece(
        "sightline-discontinued",
        "Kernelist",
        D4 + 7.0,
        "The glasses nobody wanted: what went wrong at Vantrel",
        "A camera on your face, a battery that lasted four hours and a price that started at "
        "$1,499: former staff say the company's frames were doomed long before Monday's "
        "decision to pull them.",
    ),
    Piece(
        "pellarin-pm-resigns",
        "Ridgewire",
        D4 + 1.5,
        "UPDATE 1-Pellarin PM Adravic resigns after coalition partner quits",
        "(Adds quotes from speech, president's reaction, background)\n"
        "KORLUND, Jan 19 (Ridgewire) - Pellarin's Prime Minister Milos Adravic resigned on "
        "Monday, a day after the smaller party in his coalition walked out over a planned "
        "pension reform, leaving his government without a majority in parliament.\n"
        '"I will not cling to this chair while the country waits," Adravic told lawmakers in '
        "a short speech. He said he would stay on as caretaker until a new government is "
        "formed.\n"
        "President Hana Vesk said she would begin talks with party leaders on Tuesday and did "
        "not rule out an early election.\n"
        "The Farmers' Union, which held 22 of the coalition's 81 seats in the 150-member "
        "chamber, quit on Sunday after Adravic refused to drop plans to raise the retirement "
        "age to 67.\n"
        "Adravic, a former finance minister, had led the government since 2029. His Civic "
        "Alliance trails the opposition Green Union by seven points in opinion polls.\n"
        "His government had survived two confidence votes last year, both over its handling "
        "of an energy price crisis. Markets took the news calmly, with the Pellarin crown "
        "slipping 0.3% against the euro, and the yield on ten-year bonds rising by four basis "
        "points.\n"
        "(Reporting by Jonas Feldmark; Editing by Tomas Ebberly)",
    ),
    Piece(
        "pellarin-pm-resigns",
        "Korlund Daily",
        D4 + 5.0,
        "'I will not cling to this chair'",
        "The prime minister's farewell to parliament took four minutes. By lunchtime the "
        "Farmers' Union was already talking to the opposition about what comes next.",
    ),
    Piece(
        "pellarin-pm-resigns",
        "The Atlas Post",
        D4 + 8.0,
        "Coalition collapse topples Pellarin's government",
        "A row over the retirement age has brought down the government in Korlund, where the "
        "premier stepped aside after his junior partner walked out at the weekend.",
    ),
    Piece(
        "pellarin-pm-resigns",
        "ClipNation",
        D4 + 9.0,
        "Watch: Adravic's resignation speech",
        "The outgoing prime minister addresses parliament in Korlund.",
    ),
    Piece(
        "greyhallow-storm",
        "Greyhallow Echo",
        D4 + 3.0,
        "Sea wall breached as storm batters Greyhallow",
        "Waves broke through the old sea wall on the promenade overnight, flooding 60 homes "
        "and the lifeboat station. Gusts of 140 km/h were recorded at the harbour mouth and "
        "the coast road is closed.",
    ),
    Piece(
        "greyhallow-storm",
        "Northbeam News",
        D4 + 6.0,
        "Coastal gale leaves 30,000 homes without power",
        "Engineers are working to restore electricity along the coast after the overnight "
        "storm, which flooded dozens of houses in Greyhallow and brought down power lines.",
    ),
    Piece(
        "ostberg-airport-drones",
        "Skyport Journal",
        D4 + 2.5,
        "Drone sightings halt flights at Ostberg for three hours",
        "Ostberg airport suspended all take-offs and landings on Monday morning after pilots "
        "reported two drones near the runway. About 90 flights were cancelled or diverted, "
        "and police are searching the fields around the perimeter.",
    ),
    Piece(
        "ostberg-airport-drones",
        "The Morning Brawler",
        D4 + 6.0,
        "DRONE ZONE! Mystery gadget grounds 90 jets",
        "Thousands of furious passengers were left stranded after a pair of buzzing toys "
        "brought a major airport to a standstill. Cops are hunting the joker behind the "
        "controls.",
    ),
)
