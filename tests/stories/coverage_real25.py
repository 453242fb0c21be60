"""A twenty-fifth set of multi-outlet coverage of our own, weighted to US tech and crypto
sites and their headline styles.

Written blind, like the fourth to twenty-fourth sets: without reading the clustering code
(nothing under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/) or
the texts of the other sets (only the module docstring and day constants of the
twenty-fourth, the whole of test_coverage_real24.py, and the docstring, Piece class, T0, DAY,
the scoring and day helpers, check_days, check_form and the Days and Scores classes of
coverage.py; printing the head of coverage.py, the start of its own pieces went past our
eyes: a coin's fall below $6,000 and a chipmaker's smart glasses). The whole set was written
before it was first clustered, and no text or label was changed after seeing how briefing
clusters it. Every sentence is our own; the countries (Vestaria, Eskeland, Draskovia,
Tarsovia, Marovia), cities (Sanmoor, Skarholm, Pellmoor, Velderhaven, Vornast, Sallow Bay),
firms (Orvessa, Tamsin Labs, Cobaltine, Sennwick Systems, Corvane Micro, Pexlo, Hoppa,
Paywick), exchanges (Quarrybit, Coinvale, Drovex), coins (Zentari, Pellagro, Murrow),
products (the Lumo 9X, the GlideBook Pro 14, Quorra 2), people and all 45 outlets are made
up, and their main names were checked against the tests, the source and the shared corpus
so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four publication days
of 2017-2018, tech, crypto, politics and world news), weighted to US tech and crypto sites:
80 items from 45 outlets over four publication days months apart, five events a day, each
told by three to five outlets. Most headlines are in Title Case as US sites write them
("Zentari Smashes Through $4.8K to Set New All-Time High", "Here's Why Everyone Is Talking
About Zentari Right Now", "Is Zentari Finally Dead?", "5 Things We Learned From ..."),
beside sentence-case ones from UK papers and wires and three tabloid shouts. Coins are
written "Zentari (ZTI)" in texts and "ZTI" alone in some headlines, firms with their stock
tickers (ORVS, SNWK, CRVM, PXLO), products with numbers and inner capitals (Lumo 9X,
GlideBook Pro 14, OrvOS 12, Quorra 2, Murrow 3.0), thousands as "K" and millions as "M"
($4.8K, $3K, $1.1K, $31M, 2.6M), percentages in headlines, and the wires' copy in "bln",
"mln" and "pct". Most items are RSS items of a headline and one to three lines (150 to 400
characters); six are whole articles (1,000 to 1,100 characters, six or seven paragraphs: a
crypto site's listicle, a gadget site's hands-on, a security site's breach report, a local
paper's election report, a UK paper's recall explainer and a weather site's storm report);
nine are under 100 characters (five "Video:" pages, two headlines with no text, two teasers
of one line), each labelled with the event it shows. Several headlines name no actor (the
actor is in the lead).

The hard cases:

- same-kind events of one day that must stay apart: two coins' moves on day 1 (Zentari's
  record, Pellagro's fall after an exchange hack) and on day 3 (Zentari's crash, Murrow's
  jump, one Murrow piece naming Zentari's slide); two firms' launches on day 2 (Orvessa's
  phone, Tamsin Labs' laptop, both selling battery life); two data breaches on day 3 (Pexlo,
  Hoppa); two regulators of different countries on day 4 (Vestaria's securities board
  suing Coinvale, Tarsovia's central bank barring banks from crypto); two events in
  Draskovia on day 2 (an exchange founder's arrest in Pellmoor, a port strike in
  Velderhaven), the founder's arrest also moving a token (DRVX);
- three running topics whose events fall on days months apart under the same names, the
  later naming the earlier in passing: Zentari's record (day 1) and crash (day 3); Orvessa's
  Lumo 9X launch (day 2) and recall (day 4); Eskeland's prime minister Aksel Brenstok's fall
  (day 1) and the snap election Liv Vaarlund wins (day 3); and names that come back on
  other days in other events: Sennwick's results (day 1) and its sale to Corvane (day 4),
  Coinvale listing Murrow (day 3) and sued (day 4, naming Murrow), Paywick in both Zentari
  events;
- the same event in other words: a markets site's price item, a wire's dry report, a
  listicle, a question, a hands-on, a tabloid shout, a teaser, a video page, a bare
  headline.

- day 1 (Wed May 14, 2031): Zentari's record (five, with the listicle); Quarrybit's hack
  and Pellagro's fall (four, with a tabloid teaser); Brenstok resigns (four); Cobaltine's
  Quorra 2 (four, with a video); Sennwick's results (three);
- day 2 (Wed Jul 23): Orvessa's Lumo 9X (five, with the hands-on and a listicle); Tamsin's
  GlideBook Pro 14 (four, with a bare headline); Vestaria's Senate passes a stablecoin bill
  (four); Drovex's founder arrested (four); the Velderhaven port strike (three, with a
  video);
- day 3 (Wed Oct 15): Zentari's crash (five, with a question and a video); Murrow's jump
  (four); the Pexlo breach (four, with the report and a tabloid shout); the Hoppa breach
  (three); Eskeland's election (four, with the local paper's report);
- day 4 (Wed Jan 14, 2032): Orvessa's recall (five, with the explainer, a tabloid shout
  and a video); Vestaria's board sues Coinvale (four, with a bare headline); Tarsovia's
  crypto banking ban (four, with a teaser); Corvane buys Sennwick (four); Typhoon Kessa in
  Marovia (three, with the storm report and a video).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real25.py).
"""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 70 * DAY  # Wed Jul 23, 2031
D3 = 154 * DAY  # Wed Oct 15, 2031
D4 = 245 * DAY  # Wed Jan 14, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # ---------------- Day 1: Wed May 14, 2031 ----------------
    # Zentari's record high.
    Piece(
        "zentari-record",
        "Blockstreet News",
        D1 + 1.5,
        "Zentari Smashes Through $4.8K to Set New All-Time High",
        "Zentari (ZTI) climbed as high as $4,812 on Wednesday morning, beating the peak it "
        "set in January, after payments app Paywick said its 30 million users would be able "
        "to buy and spend the coin from next month. The token is up 22% over the past seven "
        "days.",
    ),
    Piece(
        "zentari-record",
        "Street Ledger",
        D1 + 3.0,
        "ZTI Price Up 9% as Market Cap Tops $61 Billion",
        "Zentari traded at $4,790 at mid-morning, up 9% on the day, giving the coin a market "
        "value of about $61 billion. Trading volume across the major exchanges reached $7.4 "
        "billion over 24 hours, the highest since the January peak.",
    ),
    Piece(
        "zentari-record",
        "Kestrel Wire",
        D1 + 4.0,
        "Cryptocurrency Zentari hits record high after Paywick deal",
        "SANMOOR, Vestaria, May 14 (Kestrel) - The cryptocurrency Zentari rose to a record "
        "4,812 dollars on Wednesday, lifting its total value to about 61 bln dollars, after "
        "Vestarian payments company Paywick said it would offer the coin to its 30 mln users. "
        "Paywick shares rose 4 pct.",
    ),
    Piece(
        "zentari-record",
        "Trendhaven",
        D1 + 7.0,
        "Here's Why Everyone Is Talking About Zentari Right Now",
        "The coin most people had never heard of a year ago just hit an all-time high. We "
        "break down what Zentari is, who is behind it, and why one payments app was enough to "
        "send it soaring past its January record.",
    ),
    Piece(
        "zentari-record",
        "Altcoin Almanac",
        D1 + 9.5,
        "Zentari's Record Run: 4 Reasons the Rally Could Keep Going",
        "Zentari (ZTI) set a new all-time high of $4,812 on Wednesday, and unlike past spikes "
        "this one has a clear cause: Paywick's plan to let its 30 million users buy, hold and "
        "spend the coin from June.\n"
        "1. Real spending. Paywick is the first big consumer app to put ZTI at the checkout. "
        "Merchants will be paid in cash, with the app converting the coin in the background.\n"
        "2. Falling supply on exchanges. Wallet trackers show the amount of Zentari held on "
        "trading platforms at a two-year low, a sign that buyers are moving coins into "
        "long-term storage.\n"
        "3. Cheap fees. A transfer on the Zentari network costs a fraction of a cent, which is "
        "what made it attractive to Paywick in the first place.\n"
        "4. Momentum. The coin is up 22% in a week and 140% this year, and traders say the "
        "break above the January peak has drawn in buyers who had been waiting on the "
        "sidelines.\n"
        "None of this makes the coin safe: ZTI lost half its value in a month last autumn, and "
        "a single partner now carries much of the story. If Paywick's launch slips, or its "
        "users shrug, the rally could unwind just as fast as it built.",
    ),
    # Quarrybit's hack and Pellagro's fall.
    Piece(
        "pellagro-hack",
        "Hashgazette",
        D1 + 2.0,
        "Quarrybit Halts Withdrawals After $31M Hot Wallet Hack",
        "Exchange Quarrybit froze all withdrawals early Wednesday after attackers drained "
        "about $31 million worth of Pellagro (PGRO) from one of its hot wallets. Chief "
        "executive Felix Armagh said customer balances would be covered in full from the "
        "firm's own reserves.",
    ),
    Piece(
        "pellagro-hack",
        "TokenDesk",
        D1 + 3.5,
        "PGRO Tanks 18% Following Exchange Exploit",
        "Pellagro's price fell from $2.40 to $1.97 within an hour of the theft being "
        "disclosed, making it the worst performer among the 100 largest coins on Wednesday. "
        "On-chain data shows the stolen tokens being split across a dozen fresh addresses.",
    ),
    Piece(
        "pellagro-hack",
        "Continental Newswire",
        D1 + 6.0,
        "Hackers steal $31 million in cryptocurrency from exchange Quarrybit",
        "Hackers stole Pellagro tokens worth 31 mln dollars from the Quarrybit exchange, the "
        "company said on Wednesday, the latest in a string of thefts from crypto trading "
        "platforms this year. Quarrybit said it had reported the attack to police and hired "
        "a forensics firm.",
    ),
    Piece(
        "pellagro-hack",
        "The Daily Honk",
        D1 + 8.0,
        "CRYPTO HEIST: Hackers Swipe $31M in Minutes",
        "Quarrybit punters wake up to a nightmare as their Pellagro vanishes.",
    ),
    # Eskeland's prime minister resigns.
    Piece(
        "eskeland-resign",
        "Globe Dispatch",
        D1 + 1.0,
        "Eskeland's prime minister resigns after losing confidence vote",
        "Aksel Brenstok stepped down as prime minister of Eskeland on Wednesday, hours after "
        "parliament in Skarholm voted 88 to 71 against his government over its plan to raise "
        "the pension age. He will stay on as caretaker until an early election.",
    ),
    Piece(
        "eskeland-resign",
        "The Fenwold Courier",
        D1 + 4.5,
        "Brenstok quits as Eskeland government falls over pensions",
        "The centre-right leader, in office for just 19 months, conceded defeat after two "
        "coalition partners sided with the opposition in a row over raising the retirement "
        "age to 69. His departure leaves the country without a working majority for the "
        "second time in three years.",
    ),
    Piece(
        "eskeland-resign",
        "World Desk Today",
        D1 + 6.5,
        "What Happens Next in Eskeland After the PM's Shock Exit?",
        "The surprise resignation of Aksel Brenstok leaves Eskeland facing its third national "
        "vote in five years. Here's what to expect from the caretaker government, the "
        "opposition and the markets in the weeks ahead.",
    ),
    Piece(
        "eskeland-resign",
        "The Eskeland Post",
        D1 + 10.0,
        "Parliament topples Brenstok by 17 votes",
        "A motion of no confidence carried by 88 votes to 71 in Skarholm on Wednesday ended "
        "Aksel Brenstok's premiership. Opposition leader Liv Vaarlund called for an election "
        '"before the first snow" and said her Open Coast Party was ready to govern.',
    ),
    # Cobaltine's Quorra 2.
    Piece(
        "cobaltine-model",
        "TechVane",
        D1 + 0.5,
        "Cobaltine Launches Quorra 2, Its Most Capable AI Model Yet",
        "AI startup Cobaltine on Wednesday released Quorra 2, a model it says can read a "
        "500-page book in one pass and write working code in 40 programming languages. The "
        "model is free to try in the Quorra app, with a paid tier at $20 a month.",
    ),
    Piece(
        "cobaltine-model",
        "Gizmofort",
        D1 + 2.5,
        "I Let Quorra 2 Run My Inbox for a Morning. It Was Better at Email Than Me",
        "Cobaltine's new assistant drafted replies, sorted newsletters and flagged a bill I "
        "had forgotten about, all before my second coffee. It still invents a meeting now and "
        "then, but version 2 is a big step up from the original Quorra.",
    ),
    Piece(
        "cobaltine-model",
        "The Byte Brief",
        D1 + 5.5,
        "Cobaltine's new chatbot takes aim at bigger rivals",
        "Juno Pradell, Cobaltine's chief executive, said the release showed that a company of "
        "300 people could match labs many times its size. The startup, valued at $9 billion "
        "in its last funding round, plans to open the model to outside developers in June.",
    ),
    Piece(
        "cobaltine-model",
        "Pixelfeed",
        D1 + 8.5,
        "Video: Quorra 2 Demo Shows AI Planning a Trip in Seconds",
        "Cobaltine's new model books flights and hotels in a live demo.",
    ),
    # Sennwick's quarterly results.
    Piece(
        "sennwick-results",
        "Tickerboard",
        D1 + 11.0,
        "Sennwick Systems (SNWK) Soars 14% After Hours on Cloud Beat",
        "Shares of Sennwick Systems jumped 14% in extended trading Wednesday after the "
        "networking company reported first-quarter revenue of $3.2 billion, ahead of the $2.9 "
        "billion analysts expected, and raised its outlook for the full year.",
    ),
    Piece(
        "sennwick-results",
        "Granite Wire",
        D1 + 12.0,
        "Sennwick quarterly revenue rises 31 pct, beats forecasts",
        "Sennwick Systems said on Wednesday revenue rose 31 pct to 3.2 bln dollars in the "
        "quarter ended April 30, as cloud providers bought more of its data-centre switches. "
        "Net profit was 610 mln dollars, or 1.42 dollars a share.",
    ),
    Piece(
        "sennwick-results",
        "Chiprock",
        D1 + 13.5,
        "Sennwick's Switch Business Is on Fire: 5 Takeaways From Its Q1 Report",
        "Cloud orders, a fatter margin and a bigger forecast: the networking firm gave "
        "investors plenty to like on Wednesday. Here are the five numbers that mattered most "
        "in Sennwick's first-quarter results, from switch sales to its $2 billion buyback.",
    ),
    # ---------------- Day 2: Wed Jul 23, 2031 ----------------
    # Orvessa's Lumo 9X launch.
    Piece(
        "orvessa-launch",
        "DeviceBeat",
        D2 + 1.0,
        "Orvessa Lumo 9X Is Official: 200MP Camera, 14-Minute Charging, $1,099 Price",
        "Orvessa took the wraps off the Lumo 9X at an event in Sanmoor on Wednesday. The "
        "flagship pairs a 200-megapixel camera with FlashCell charging that fills its "
        "5,500mAh battery in 14 minutes, and runs OrvOS 12. It ships on August 8.",
    ),
    Piece(
        "orvessa-launch",
        "Gadgetorium",
        D2 + 3.0,
        "Hands-On: The Orvessa Lumo 9X Charges Faster Than You Can Make Coffee",
        "Orvessa let us spend an hour with the Lumo 9X before Wednesday's launch in Sanmoor, "
        "and the headline feature is not the camera but the charging.\n"
        "Plug the phone into Orvessa's 150W brick and FlashCell takes the 5,500mAh battery "
        "from empty to full in 14 minutes. We timed it twice. The phone gets warm around the "
        "camera bump while it charges, though never uncomfortably so.\n"
        "The 200MP main camera is sharp in daylight and handles night scenes better than last "
        "year's Lumo 8, with less smearing on moving subjects. The 6.8-inch screen tops out at "
        "2,600 nits and was easy to read in direct sun.\n"
        "The aluminium frame is a little thicker than the Lumo 8's to make room for the "
        "larger cells, and at 221 grams the phone is noticeably heavy in a jacket pocket.\n"
        "OrvOS 12 is cleaner than before, with fewer preinstalled apps, and Orvessa promises "
        "six years of updates.\n"
        "At $1,099 the Lumo 9X costs $100 more than its predecessor. Preorders open Thursday "
        "and the phone ships on August 8.\n"
        "First impressions: fast, bright and expensive, with charging that rivals cannot "
        "touch yet.",
    ),
    Piece(
        "orvessa-launch",
        "Buzzloft",
        D2 + 5.0,
        "5 Things We Learned From Orvessa's Big Phone Event",
        "A 14-minute charge, a camera with more megapixels than you will ever need, a price "
        "that just crossed $1.1K and a surprise promise of six years of updates. Here is "
        "everything that mattered from Orvessa's launch show.",
    ),
    Piece(
        "orvessa-launch",
        "Bullpen Markets",
        D2 + 6.0,
        "ORVS Stock Edges Up 3% as Investors Cheer New Flagship",
        "Orvessa shares rose 3% to $212.40 on Wednesday after the company unveiled its Lumo "
        "9X. Analysts at two brokers lifted their price targets, saying the fast-charging "
        "phone should help Orvessa win back buyers in the premium segment.",
    ),
    Piece(
        "orvessa-launch",
        "The Fenwold Courier",
        D2 + 9.0,
        "Orvessa bets on battery life with new handset",
        "Renna Haskeldt, Orvessa's chief executive, told an audience in Sanmoor that people "
        "care more about charging than cameras. Its new phone goes on sale in August at "
        "$1,099 and will reach shops abroad in the autumn.",
    ),
    # Tamsin Labs' GlideBook Pro 14.
    Piece(
        "tamsin-launch",
        "Diode Daily",
        D2 + 2.0,
        "Tamsin Labs Unveils GlideBook Pro 14 With Its Own T5 Chip",
        "Tamsin Labs on Wednesday introduced the GlideBook Pro 14, the first of its laptops "
        "to run on a processor it designed itself. The company says the T5 chip is 40% faster "
        "than the part it replaces while drawing less power.",
    ),
    Piece(
        "tamsin-launch",
        "Valley Chronicle",
        D2 + 4.0,
        "Tamsin's New Laptop Promises 22 Hours of Battery Life",
        "The GlideBook Pro 14 weighs 1.3 kg, has a 14.2-inch display and, Tamsin claims, lasts "
        "22 hours on a charge thanks to its in-house T5 processor. It starts at $1,499 and "
        "ships next week.",
    ),
    Piece(
        "tamsin-launch",
        "Gearnest",
        D2 + 7.5,
        "Tamsin GlideBook Pro 14 vs. the Competition: Is $1,499 Too Much?",
        "",
    ),
    Piece(
        "tamsin-launch",
        "The Kingsmere Gazette",
        D2 + 10.0,
        "Tamsin Labs takes on chip giants with in-house laptop processor",
        "Obi Ombeck, the founder of Tamsin Labs, said on Wednesday that designing its own "
        "chips would let the company cut its reliance on outside suppliers. Its new GlideBook "
        "laptop is the first product to use one.",
    ),
    # Vestaria's Senate passes a stablecoin bill.
    Piece(
        "stablecoin-bill",
        "Statehouse Review",
        D2 + 1.5,
        "Senate passes stablecoin bill in bipartisan 61-37 vote",
        "The Vestarian Senate on Wednesday approved the first federal rules for stablecoins, "
        "requiring issuers to hold reserves in cash and short-term government bonds and to "
        "publish them every month. The bill now goes to the Assembly.",
    ),
    Piece(
        "stablecoin-bill",
        "Coin Courier",
        D2 + 3.5,
        "Stablecoin Bill Clears Vestarian Senate: What It Means for Crypto",
        "Issuers of dollar-pegged tokens would need a licence, full reserves and monthly "
        "audits under the bill senators passed Wednesday. We explain who wins, who loses and "
        "how fast the rules could take effect if the Assembly agrees.",
    ),
    Piece(
        "stablecoin-bill",
        "Vestaria Today",
        D2 + 5.5,
        "Vestaria's Senate approves first rules for stablecoins",
        "Senators voted 61 to 37 for the measure, with 14 members of the minority joining "
        "most of the majority. Supporters said it would protect savers; critics said it left "
        "too much power with the largest banks.",
    ),
    Piece(
        "stablecoin-bill",
        "Hashgazette",
        D2 + 8.0,
        "Trevick Hails 'Historic Day' as Crypto Rules Move to the Assembly",
        "Senator Dolores Trevick, who wrote the stablecoin bill, said Wednesday's 61-37 vote "
        "proved that crypto rules could win support from both parties. She urged Assembly "
        "leaders to take it up before the autumn recess.",
    ),
    # Drovex's founder arrested.
    Piece(
        "drovex-arrest",
        "Chainwatch Daily",
        D2 + 2.5,
        "Drovex Founder Kastor Vell Arrested in Draskovia",
        "Kastor Vell, who founded the Drovex crypto exchange, was detained at Pellmoor "
        "airport on Wednesday on a Vestarian warrant. Prosecutors accuse him of moving $400 "
        "million of customer deposits into his own trading firm.",
    ),
    Piece(
        "drovex-arrest",
        "CryptoLantern",
        D2 + 4.5,
        "Is This the End for Drovex? Founder Detained on Fraud Charges",
        "With its founder in custody and withdrawals slowing to a trickle, the exchange that "
        "once handled a fifth of all altcoin trading faces its biggest test. Here's what "
        "Drovex users should know.",
    ),
    Piece(
        "drovex-arrest",
        "Kestrel Wire",
        D2 + 6.5,
        "Draskovia detains crypto exchange founder on Vestarian warrant",
        "PELLMOOR, Draskovia, July 23 (Kestrel) - Draskovian police arrested Kastor Vell, "
        "founder of the Drovex exchange, as he tried to board a flight on Wednesday, a police "
        "spokesman said. Vestaria is seeking his extradition over an alleged 400 mln dollar "
        "fraud.",
    ),
    Piece(
        "drovex-arrest",
        "Blockledger",
        D2 + 9.5,
        "Vell's Arrest Sends DRVX Token Down 27%",
        "The Drovex exchange token fell 27% to $3.15 after news of its founder's arrest "
        "spread, and users pulled about $90 million from the platform in six hours, "
        "according to wallet trackers.",
    ),
    # The Velderhaven port strike.
    Piece(
        "velderhaven-strike",
        "Continental Newswire",
        D2 + 3.0,
        "Dockworkers walk out at Velderhaven as automation row escalates",
        "About 9,000 dockworkers at Velderhaven, Draskovia's largest port, began a 48-hour "
        "strike on Wednesday over plans to automate its main container terminal. Unions say "
        "the plan would cut 2,000 jobs by 2034.",
    ),
    Piece(
        "velderhaven-strike",
        "World Desk Today",
        D2 + 7.0,
        "Draskovia's Biggest Port Grinds to a Halt as 9,000 Workers Strike",
        "Cranes stood idle and dozens of ships waited offshore as dockworkers walked out. The "
        "port operator said talks with the unions would resume on Friday, but neither side "
        "expects a quick deal on the automated terminal.",
    ),
    Piece(
        "velderhaven-strike",
        "Clipframe",
        D2 + 11.0,
        "Video: Empty Cranes at Velderhaven as Port Strike Bites",
        "Ships queue offshore on the first day of the 48-hour walkout.",
    ),
    # ---------------- Day 3: Wed Oct 15, 2031 ----------------
    # Zentari's crash.
    Piece(
        "zentari-crash",
        "Blockstreet News",
        D3 + 0.5,
        "Zentari Crashes 24% to Below $3K as Paywick Pulls Support",
        "Zentari (ZTI) plunged 24% to $2,880 on Wednesday after Paywick suspended payments in "
        "the coin, citing a flaw in its code that could let a transfer be spent twice. The "
        "token is now 40% below the record it set in May.",
    ),
    Piece(
        "zentari-crash",
        "Street Ledger",
        D3 + 2.0,
        "ZTI Slides to 5-Month Low; $11 Billion Wiped Off Market Value",
        "Zentari changed hands at $2,910 by late morning, its lowest since May, cutting the "
        "coin's market value to about $37 billion. Liquidations of leveraged long positions "
        "topped $600 million in the first three hours of trading.",
    ),
    Piece(
        "zentari-crash",
        "Trendhaven",
        D3 + 4.0,
        "Is Zentari Finally Dead?",
        "Five months after its record high, the coin is down 40% and its biggest backer has "
        "walked away over a bug. Here's what holders need to know before they panic-sell.",
    ),
    Piece(
        "zentari-crash",
        "Vidcast News",
        D3 + 6.0,
        "Video: Zentari's Wild Day in 60 Seconds",
        "How one bug report sent ZTI tumbling.",
    ),
    Piece(
        "zentari-crash",
        "Kestrel Wire",
        D3 + 8.0,
        "Zentari tumbles after Paywick suspends payments over code flaw",
        "SANMOOR, Vestaria, Oct 15 (Kestrel) - The cryptocurrency Zentari fell as much as 24 "
        "pct on Wednesday after payments firm Paywick halted purchases in the coin, erasing "
        "about 11 bln dollars of market value. Zentari's developers said a fix was being "
        "tested.",
    ),
    # Murrow's jump.
    Piece(
        "murrow-surge",
        "TokenDesk",
        D3 + 1.5,
        "MRW Rockets 62% After Coinvale Listing",
        "Murrow (MRW) shot up 62% to $0.84 within hours of Coinvale adding the coin to its "
        "trading menu on Wednesday. Daily volume jumped from $40 million to more than $1.1 "
        "billion.",
    ),
    Piece(
        "murrow-surge",
        "The Hodl Herald",
        D3 + 3.0,
        "Murrow's Big Week: Coinvale Listing and v3.0 Upgrade Send Coin Flying",
        "Murrow's network switched on its long-delayed 3.0 upgrade on Tuesday night, and a "
        "listing on Coinvale followed on Wednesday morning. Together they gave the little-known "
        "coin its best day since it launched in 2029.",
    ),
    Piece(
        "murrow-surge",
        "Bullpen Markets",
        D3 + 5.0,
        "Murrow Defies Market Slump With 62% Gain",
        "Murrow was the standout on a day when most large coins, Zentari among them, were "
        "deep in the red. Traders said the Coinvale listing opened the token to millions of "
        "retail buyers for the first time.",
    ),
    Piece(
        "murrow-surge",
        "Mintmark",
        D3 + 9.0,
        "Coinvale adds Murrow; token at highest since launch",
        "Coinvale, the largest Vestarian exchange by users, began offering trading in Murrow "
        "on Wednesday. The token reached 84 cents, its highest price since it was created.",
    ),
    # The Pexlo breach.
    Piece(
        "pexlo-breach",
        "Patchline",
        D3 + 2.5,
        "Pexlo Breach: 48 Million Accounts Exposed in Attack on Login Servers",
        "Social network Pexlo said on Wednesday that attackers broke into the servers that "
        "handle its logins and copied the email addresses, usernames and hashed passwords of "
        "about 48 million accounts.\n"
        "The company said the intrusion began on October 3 and was spotted nine days later, "
        "when its security team noticed unusual traffic leaving a database backup. Messages, "
        "photos and payment details were stored elsewhere and were not touched, it said.\n"
        "Pexlo hashes passwords with a modern algorithm, which makes them hard to crack, but "
        "weak passwords could still be guessed. Every affected user will be logged out and "
        "asked to choose a new password the next time they open the app.\n"
        "Chief security officer Mara Quillen said the company had called in outside "
        "investigators and informed regulators in each of its markets.\n"
        "What you should do: change your Pexlo password, change it anywhere else you used the "
        "same one, and turn on two-step login.\n"
        "Shares of Pexlo (PXLO) fell 6% in early trading. It is the second breach at the "
        "company in three years, after a 2028 leak of 5 million phone numbers.",
    ),
    Piece(
        "pexlo-breach",
        "Appstream",
        D3 + 4.5,
        "Pexlo Is Forcing Everyone to Reset Their Password. Here's Why",
        "If the app logged you out this morning, you are not alone. The social network says "
        "hackers copied login data for 48 million accounts, and it wants every one of those "
        "users to pick a new password.",
    ),
    Piece(
        "pexlo-breach",
        "The Fenwold Courier",
        D3 + 6.5,
        "Hackers steal data of 48 million Pexlo users",
        "The photo-sharing network said email addresses and scrambled passwords were taken "
        "in an attack that went unnoticed for nine days. About 2 million of the affected "
        "accounts belong to users outside Vestaria.",
    ),
    Piece(
        "pexlo-breach",
        "The Daily Honk",
        D3 + 10.0,
        "YOUR PASSWORDS LEAKED! Pexlo Admits Massive Hack",
        "Millions of Pexlo users have been told to change their passwords NOW after crooks "
        "raided the site's login servers. Bosses kept quiet for nine days before owning up.",
    ),
    # The Hoppa breach.
    Piece(
        "hoppa-breach",
        "Patchline",
        D3 + 3.5,
        "Hoppa Says Contractor Hack Exposed 2.6M Drivers' Bank Details",
        "Ride-hailing company Hoppa said on Wednesday that hackers who broke into a payroll "
        "contractor stole the names, licence numbers and bank account details of 2.6 million "
        "drivers. Rider accounts were not affected.",
    ),
    Piece(
        "hoppa-breach",
        "Continental Newswire",
        D3 + 7.5,
        "Ride-hailing firm Hoppa discloses breach affecting 2.6 million drivers",
        "Hoppa said the attack on the outside firm that handles its driver payments took "
        "place in September and that it had notified the drivers affected and offered them "
        "two years of free credit monitoring.",
    ),
    Piece(
        "hoppa-breach",
        "Vestaria Today",
        D3 + 11.0,
        "Hoppa's CEO Apologizes After Driver Data Theft",
        'Tomasz Rellik, Hoppa\'s chief executive, said the company "let our drivers down" by '
        "trusting a contractor with their bank details, and said it would bring driver "
        "payments back in-house by the end of the year.",
    ),
    # Eskeland's snap election.
    Piece(
        "eskeland-election",
        "Globe Dispatch",
        D3 + 1.0,
        "Vaarlund's Open Coast Party wins Eskeland snap election",
        "Liv Vaarlund's Open Coast Party came first in Eskeland's early election on "
        "Wednesday, taking about a third of the vote, five months after Aksel Brenstok "
        "resigned as prime minister. She is expected to lead a coalition.",
    ),
    Piece(
        "eskeland-election",
        "The Eskeland Post",
        D3 + 5.5,
        "Open Coast takes 34% as Eskeland turns the page on the Brenstok era",
        "Liv Vaarlund's Open Coast Party won Eskeland's snap election on Wednesday with 34% "
        "of the vote, five months after Aksel Brenstok's government fell in a confidence vote "
        "over pensions.\n"
        "With nearly all ballots counted, the party was on course for 61 of the 159 seats in "
        "parliament, well short of a majority but far ahead of Brenstok's National Alliance "
        "on 22%.\n"
        "Vaarlund, a former mayor of Skarholm, told supporters at a harbourside hall that she "
        "would open coalition talks with the Greens and the Crofters' League on Thursday. "
        '"Eskeland voted for calm," she said.\n'
        "Brenstok, who has led a caretaker government since May, conceded shortly before "
        "midnight and said he would stay on as party leader for now.\n"
        "Turnout was 71%, the lowest in two decades, which analysts put down to voter fatigue "
        "after the third national vote in five years.\n"
        "Vaarlund's first test will be the pension reform that brought down her predecessor: "
        "she has promised to scrap the plan to raise the retirement age to 69 and to keep it "
        "at 66 until at least 2035.",
    ),
    Piece(
        "eskeland-election",
        "Explainerly",
        D3 + 8.5,
        "Who Is Liv Vaarlund? Meet Eskeland's Likely Next Prime Minister",
        "A former harbour pilot turned city mayor, the 47-year-old opposition leader built "
        "her campaign on scrapping the pension changes that toppled her predecessor. Here is "
        "what we know about her and her plans.",
    ),
    Piece(
        "eskeland-election",
        "Larchmont Press",
        D3 + 12.0,
        "Eskeland opposition leader claims victory in early vote",
        "SKARHOLM, Oct 15 (LP) - Eskeland's opposition leader Liv Vaarlund claimed victory "
        "in Wednesday's parliamentary election, with official results showing her party on "
        "34 pct and the outgoing National Alliance on 22 pct.",
    ),
    # ---------------- Day 4: Wed Jan 14, 2032 ----------------
    # Orvessa's recall.
    Piece(
        "orvessa-recall",
        "DeviceBeat",
        D4 + 1.0,
        "Orvessa Recalls Every Lumo 9X After Battery Fires",
        "Orvessa is recalling all 2.3 million Lumo 9X phones sold since August after 41 "
        "reports of the handset overheating while on its FlashCell fast charger, nine of them "
        "ending in fire. Owners are told to stop charging the phone immediately.",
    ),
    Piece(
        "orvessa-recall",
        "Bullpen Markets",
        D4 + 2.5,
        "ORVS Plunges 11% on Recall of 2.3M Phones",
        "Orvessa's stock fell 11% to $171.20 on Wednesday, its sharpest drop in four years, "
        "as analysts put the cost of the Lumo 9X recall at up to $1.6 billion, or about a "
        "quarter of this year's expected profit.",
    ),
    Piece(
        "orvessa-recall",
        "Sunday Screamer",
        D4 + 4.0,
        "PHONE FIRE HORROR: Mum's Lumo Bursts Into Flames on Kitchen Table",
        "A mum of three told how her Orvessa phone began hissing and then burst into flames "
        "just minutes after she plugged it in, as the firm finally recalled the handsets.",
    ),
    Piece(
        "orvessa-recall",
        "Clipframe",
        D4 + 6.0,
        "Video: Orvessa Boss Apologizes for Lumo 9X Fires",
        "Renna Haskeldt tells owners to stop charging their phones.",
    ),
    Piece(
        "orvessa-recall",
        "The Fenwold Courier",
        D4 + 9.0,
        "Orvessa's recall: how a fast-charging feature turned into a fire risk",
        "When Orvessa launched the Lumo 9X in July, its FlashCell charging was the star of "
        "the show: a full battery in 14 minutes. Six months on, the same feature has forced "
        "the company to recall every one of the 2.3 million phones it has sold.\n"
        "Orvessa said on Wednesday it had received 41 reports of phones overheating during "
        "charging, nine of which caught fire. No deaths have been reported, but two owners "
        "were treated for burns.\n"
        "The company's engineers traced the fault to a batch of battery cells whose "
        "separators, the thin layer that keeps the two sides of a cell apart, were thinner "
        "than specified. At the high currents FlashCell uses, those cells could short.\n"
        "Renna Haskeldt, the chief executive, apologised in a video message and told owners "
        "to stop charging the phone at once. Customers can return it for a refund or a "
        "replacement with new cells, which the company expects to ship from March.\n"
        "The recall could cost Orvessa as much as $1.6 billion, analysts estimate.\n"
        "Orvessa has also pushed a software update that caps charging at 30W on every Lumo 9X "
        "still in use.",
    ),
    # Vestaria's securities board sues Coinvale.
    Piece(
        "coinvale-suit",
        "Coin Courier",
        D4 + 1.5,
        "Vestarian Regulator Sues Coinvale, Alleging Unregistered Exchange",
        "The Vestarian Securities Board (VSEB) sued Coinvale on Wednesday, accusing the "
        "exchange of operating without registration and of listing at least 19 tokens, Murrow "
        "among them, that the board says are securities.",
    ),
    Piece(
        "coinvale-suit",
        "Statehouse Review",
        D4 + 3.5,
        "Securities Board Takes Coinvale to Court",
        "",
    ),
    Piece(
        "coinvale-suit",
        "Chainwatch Daily",
        D4 + 5.5,
        "Coinvale Vows to Fight VSEB Lawsuit: 'We Will See Them in Court'",
        "Coinvale's chief legal officer said the exchange had asked the board for clear "
        "rules for three years and got a lawsuit instead. Customer funds are safe and trading "
        "continues as normal, the company told users in an email.",
    ),
    Piece(
        "coinvale-suit",
        "Larchmont Press",
        D4 + 8.0,
        "Vestaria's securities watchdog sues crypto exchange Coinvale",
        "SANMOOR, Jan 14 (LP) - Vestaria's securities regulator filed a civil suit against "
        "Coinvale on Wednesday, seeking fines and an order barring it from offering tokens it "
        "deems securities. Board chair Clea Beckwith said no platform was above the law.",
    ),
    # Tarsovia's central bank bars banks from crypto.
    Piece(
        "tarsovia-ban",
        "Hashgazette",
        D4 + 2.0,
        "Tarsovia Bans Banks From Serving Crypto Exchanges",
        "Tarsovia's central bank on Wednesday ordered the country's banks to stop processing "
        "payments to and from cryptocurrency exchanges from March 1, cutting off the main "
        "route local traders use to buy coins.",
    ),
    Piece(
        "tarsovia-ban",
        "Kestrel Wire",
        D4 + 4.5,
        "Tarsovian central bank bars lenders from crypto payments",
        "VORNAST, Tarsovia, Jan 14 (Kestrel) - Tarsovia's central bank told lenders on "
        "Wednesday to close accounts linked to crypto exchanges within six weeks. Governor "
        "Anton Vreska said the coins were being used to move money out of the country.",
    ),
    Piece(
        "tarsovia-ban",
        "CryptoLantern",
        D4 + 7.0,
        "Tarsovia's Crackdown: Which Exchanges Are Affected?",
        "Every platform that takes Tarsovian bank transfers will lose its on-ramp in March. "
        "We list the exchanges with the most Tarsovian users and what they have said so far "
        "about the central bank's order.",
    ),
    Piece(
        "tarsovia-ban",
        "Mintmark",
        D4 + 10.5,
        "Tarsovia Pulls the Plug",
        "Another central bank turns its back on crypto.",
    ),
    # Corvane Micro buys Sennwick.
    Piece(
        "corvane-deal",
        "Mergerline",
        D4 + 0.5,
        "Corvane Micro to Buy Sennwick Systems in $14 Billion Deal",
        "Chipmaker Corvane Micro agreed on Wednesday to buy networking firm Sennwick Systems "
        "for $86 a share in cash, about $14 billion, a 29% premium to Tuesday's close. The "
        "deal would give Corvane a foothold in data-centre switches.",
    ),
    Piece(
        "corvane-deal",
        "Tickerboard",
        D4 + 3.0,
        "SNWK Jumps 26% on Corvane Takeover; CRVM Slips 4%",
        "Sennwick shares leapt 26% to $84.10 in morning trading, just under the offer price, "
        "while shares of the buyer, Corvane Micro, fell 4% as investors weighed the cost of "
        "the $14B purchase.",
    ),
    Piece(
        "corvane-deal",
        "Chiprock",
        D4 + 6.5,
        "Why Corvane Wants Sennwick: The Data-Centre Bet Explained",
        "Koji Ellinder, Corvane's chief executive, has spent two years saying his company "
        "needs more than processors to win cloud customers. Buying the maker of the switches "
        "that link those processors is his answer.",
    ),
    Piece(
        "corvane-deal",
        "Granite Wire",
        D4 + 11.0,
        "Corvane Micro agrees to buy Sennwick for 14 bln dlrs",
        "Corvane Micro said on Wednesday it would pay 86 dollars a share for Sennwick "
        "Systems, valuing the networking company at about 14 bln dollars. The deal is "
        "expected to close in the second half of 2032, subject to regulatory approval.",
    ),
    # Typhoon Kessa in Marovia.
    Piece(
        "kessa-typhoon",
        "Globe Dispatch",
        D4 + 2.0,
        "Typhoon Kessa kills 12 in Marovia, cuts power to 300,000",
        "At least 12 people died when Typhoon Kessa struck Marovia's capital, Sallow Bay, on "
        "Wednesday, bringing down trees and walls and flooding the old port district. "
        "More than 300,000 homes were without electricity.",
    ),
    Piece(
        "kessa-typhoon",
        "Stormline",
        D4 + 5.0,
        "Typhoon Kessa Makes Landfall Near Sallow Bay With 190 km/h Winds",
        "Typhoon Kessa came ashore just south of Sallow Bay early Wednesday with sustained "
        "winds of 190 km/h, the strongest storm to hit Marovia's capital in 30 years.\n"
        "At least 12 people were killed, most by falling trees and collapsed walls, the "
        "Marovian disaster agency said in its evening update. More than 300,000 homes lost "
        "power.\n"
        "A storm surge of up to 2.5 metres flooded the old port district and the coastal road "
        "to the airport, which stays closed until Friday. Rainfall reached 280 mm in the hills "
        "behind the city.\n"
        "The storm weakened as it moved inland during the afternoon and was expected to pass "
        "over the northern provinces overnight as a tropical storm, bringing more heavy rain "
        "and a risk of landslides.\n"
        "Marovia's government has opened 140 shelters and asked people in low-lying areas to "
        "stay where they are until the water recedes.\n"
        "Power companies said most supply should be restored within three days, though "
        "some outlying districts could wait a week. Schools in the capital will stay shut "
        "until Monday.\n"
        "Kessa is the ninth named storm of the season in the region.",
    ),
    Piece(
        "kessa-typhoon",
        "Vidcast News",
        D4 + 8.5,
        "Video: Flooded Streets in Sallow Bay After Typhoon Kessa",
        "Residents wade through waist-deep water in the Marovian capital.",
    ),
)
