"""A twenty-seventh set of multi-outlet coverage of our own (the twenty-fourth written blind),
in the form of issue #16's hidden set: world news, politics, tech and crypto.

Written blind: without reading the clustering code (nothing under src/briefing/stories/,
src/briefing/summarize* or src/briefing/extract/), docs/history.md, README.md's figures, the
git log or the texts of the other sets. What went past our eyes: the names of the files in
tests/stories/; the module docstring, imports and day constants of coverage_real26.py (its
first 105 lines, none of its pieces); the whole of test_coverage_real26.py; in coverage.py its
docstring, imports, T0, DAY, MONTH and Piece, the line where its PIECES begin (no piece), and
everything from outlet_item to check_form (items, heavy, gold, Scores, score, NOW, clustered,
events, joined, scores, guid_of, day_story, by_day, Days, per_day, check_days, check_form);
the first five lines of ../shared/DESIGN.md; and the counts of files in the tests, the
source and the shared corpus that hold each of our names (no text of them). The whole set
was written before it was first clustered, and no text or label was changed after seeing
how briefing clusters it. Every sentence is our own; the countries (Quenthar, Ostemar,
Tirrana, Drossland, Sothmere, Kalvenia, Fenmark, Halvoria), the cities and places (Ashkel,
Mount Derrow, Gesthaven, Villa Sarrow, Port Lissen, Gannet Point, Kessmarch, Vannamo,
Keldgrad, Brisca, Nemorra, Elvaston, Skarrow, Wrenmoor, Ternmouth), the firms (Talvix,
Norrent Foods, Pallisade Dairy, Aldercrest Systems, Vexmoor, Hollowpeak Games, Brightgull
Air, Quaystone Digital), the coin (Zephrin), the car (the Arrow), the storms (Odalys,
Bastien), the bloc (the Harbour League), the people and all 43 outlets are made up, and
their main names were checked against the tests, the source and the shared corpus so that
none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four publication days
of 2017-2018): 80 items from 43 outlets over four publication days months apart, six events
on day 1 and five on each of the others, each told by three to five outlets, each outlet
once. Wire copy in three services' forms ("ASHKEL, May 14 (Brackmoor) -", "PORT LISSEN,
Ostemar (FWS) \u2014" and "WRENMOOR (FWS) \u2014", "Vannamo (ALP) -"), with "dlrs", "mln",
"bln" and "pct" and seven items quoting with '' marks; web articles with no dateline; three
aggregator items whose headline ends " - Outlet" and whose text is that headline and the
outlet's name; UK papers with Mr, Ms and Dr; US sites in Title Case (price items, questions);
three tabloid shouts that name nothing; two press releases on one press wire ("ELVASTON,
Fenmark, May 14, 2031 /PR Beacon/ --"); a firm's newsroom; official statements (a bloc's
council decision and its secretary-general's statement, a central bank's decision, the
latter two ending with a place and a date); state media; an explainer and two analyses
("Analysis:") labelled with the event they discuss. Figures come two ways ($12,000, $12K and
12,000 dlrs; $4.3 billion, $4.3B, $4.3bn and 4.3 billion dollars; $420 million and 420 mln
dlrs; $2.1 Billion and 2.1 bln dlrs). Ten items are whole articles of 1,200 to 1,450
characters in six or seven paragraphs; most others are a headline and two to four lines;
six are under 100 characters ("Video:", "Watch:" and "In pictures:" pages, a radio teaser
and a bare headline), each labelled with its event.

The hard cases:

- four running topics whose events fall on days months apart under the same names, the
  later naming the earlier in passing, often by date ("its May 14 nuclear test", "on 14 May
  2031", "On July 3 the League's 19 members banned ...", "its May 14 record of $12,310"):
  Quenthar's nuclear test under Mount Derrow (day 1), the Harbour League's oil embargo on it
  (day 2) and the first talks between them (day 4), all under Quenthar, Orveshk, Mount
  Derrow, Gesthaven and the Harbour League; Talvix's launch of the Arrow (day 1), its recall
  (day 2) and its founder's going (day 3); Zephrin's record above $12,000 (day 1) and its
  fall below $7,000 (day 3); Drossland's impeachment of President Varnhelm (day 2) and the
  court's removing her (day 4);
- same-kind events of one day that must stay apart, sharing their generic words: two
  storms (Cyclone Odalys in Ostemar and Typhoon Bastien in Tirrana, day 1); two takeovers
  (Norrent-Pallisade and Aldercrest-Vexmoor, day 2, with one bare headline); two protests
  (Sothmere's farmers and Kalvenia's students, day 3, both in a capital); two central banks'
  decisions (Ostemar's rise and Tirrana's cut, day 4, both on one wire and one rates site);
- names that come back on other days in other events: Ostemar (the cyclone, the plane's
  origin, and the rate rise that names the cyclone), Tirrana and Vannamo (the typhoon, the
  runway overrun, the rate cut), Fenmark (a minister jailed on the day of the Arrow's launch),
  Halvoria (the bloc's seat, the Zephrin ban, Drossland's pipeline);
- the same event in other words, with no headline word of four letters or more in all of
  its reports (Talvix's founder going, with "BOSS LADY BAILS"; Bastien in Tirrana; the
  Kalvenian students; the Drossland court's ruling), names in the lead rather than the
  headline, reactions (state media's denunciation) labelled with their event;
- near-empty items: three media pages, a teaser, a bare headline.

- day 1 (Wed May 14, 2031): Quenthar's test (five, with state media, a tabloid shout, a
  video and an analysis); the Arrow's launch (four, with a release and an aggregator item);
  Zephrin's record (four, with a question and an explainer); Cyclone Odalys (four, with a
  "Watch:" page and the local paper's report); Typhoon Bastien (three); a former Fenmark
  minister jailed (three);
- day 2 (Thu Jul 3): the oil embargo (five, with the council's decision and state media);
  the recall (four, with a tabloid shout and an aggregator item); Drossland's impeachment
  (four); Norrent buys Pallisade (four, with a release); Aldercrest buys Vexmoor (three,
  with a bare headline);
- day 3 (Thu Oct 2): Talvix's founder goes (four, with the firm's notice and a tabloid
  shout); Zephrin's fall (four, with a question and a radio teaser); Sothmere's farmers
  (four, with "In pictures:"); Kalvenia's students (three, with an aggregator item); a jet
  off the runway at Vannamo (three);
- day 4 (Tue Dec 30, 2031): the talks (five, with the wire's full story, state media, the
  secretary-general's statement and a question); Drossland's court (four, with an
  analysis); Ostemar's rate rise (four, with the bank's decision); Tirrana's rate cut
  (three); Hollowpeak's outage (three, with a video).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real27.py).
"""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 50 * DAY  # Thu Jul 3, 2031
D3 = 141 * DAY  # Thu Oct 2, 2031
D4 = 230 * DAY  # Tue Dec 30, 2031
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # ---- Day 1, Wed May 14, 2031 ----
    # Quenthar's nuclear test under Mount Derrow (five).
    Piece(
        "quenthar-nuclear-test",
        "Brackmoor",
        D1 + 1.5,
        "Quenthar says it has tested a nuclear bomb under Mount Derrow",
        "ASHKEL, May 14 (Brackmoor) - Quenthar said on Wednesday it had set off a nuclear"
        " device in a tunnel beneath Mount Derrow, its first such test in nine years, after"
        " seismic stations in three countries recorded a magnitude 5.9 tremor in the remote"
        " north of the country. ''The yield was exactly what our scientists planned,'' the"
        " state broadcaster said. Neighbouring Halvoria called the blast a grave provocation"
        " and summoned Quenthar's envoy.",
    ),
    Piece(
        "quenthar-nuclear-test",
        "Quenthar Central News",
        D1 + 2.5,
        "Chairman Orveshk hails flawless strategic weapons test",
        "Chairman Dastan Orveshk on Wednesday congratulated the scientists and engineers of"
        " the Mount Derrow complex on what he called a flawless test of a strategic device,"
        " saying the homeland's deterrent could no longer be ignored by hostile powers. No"
        " radiation escaped into the atmosphere, the Academy of Defence Sciences said in a"
        " bulletin read on national radio.",
    ),
    Piece(
        "quenthar-nuclear-test",
        "Daily Clangour",
        D1 + 6.0,
        "MAD DICTATOR'S DOOMSDAY BANG",
        "The world held its breath after a tyrant set off an atom bomb inside a mountain."
        " Scientists felt the ground jump 600 miles away. Our experts explain how close he is"
        " to a warhead that can hit us - full story and reaction on pages 4 and 5.",
    ),
    Piece(
        "quenthar-nuclear-test",
        "Vistaline TV",
        D1 + 8.0,
        "Video: Seismographs record Quenthar's underground blast",
        "Traces from three observatories as the Mount Derrow test struck. (1:12)",
    ),
    Piece(
        "quenthar-nuclear-test",
        "Farsight Review",
        D1 + 12.0,
        "Analysis: What Quenthar's nuclear test tells us about its bomb programme",
        "Nine years of silence at Mount Derrow ended on Wednesday morning. The tremor that"
        " seismic networks picked up at 08:02 local time, measured at magnitude 5.9, points"
        " to a device several times larger than anything Quenthar has exploded before.\n"
        "Seismologists reckon the yield at somewhere between 80 and 140 kilotons. If that"
        " holds, the country's engineers have moved beyond the crude fission designs of its"
        " first two tests towards a boosted weapon, the kind that can be made small enough"
        " to sit on a missile.\n"
        "Why now? Chairman Dastan Orveshk has spent two years purging the old guard of the"
        " army, and a successful test gives him a triumph to show the generals he kept. It"
        " also lands weeks before the Harbour League meets to review its policy towards"
        " Ashkel, a meeting that had been expected to ease some trade rules.\n"
        "That easing now looks dead. Diplomats in Gesthaven say the talk has turned to an"
        " embargo on Quenthar's oil, which pays for most of what the state imports. Halvoria,"
        " the neighbour with most to fear, wants the League to move fast.\n"
        "The risk for Mr Orveshk is that he has overplayed a strong hand. Oil buyers who"
        " shrugged at missile launches may not shrug at a bomb. The risk for everyone else is"
        " that a cornered government tests again, and sooner.\n"
        "What to watch: whether radioactive gases leak from the tunnel, which would confirm"
        " the nature of the device, and whether the League's members can agree on anything"
        " stronger than a statement.",
    ),
    # Talvix launches the Arrow (four).
    Piece(
        "talvix-launch",
        "PR Beacon",
        D1 + 3.0,
        "Talvix unveils Arrow, its first all-electric saloon",
        "ELVASTON, Fenmark, May 14, 2031 /PR Beacon/ -- Talvix AS today unveiled the Arrow, a"
        " five-seat electric saloon with a range of up to 660 kilometres and charging from 10"
        " to 80 percent in 18 minutes. Orders open today in Fenmark and eleven export markets,"
        " with first deliveries planned for June. 'The Arrow is the car we founded Talvix to"
        " build,' said Brisenda Onsell, founder and chief executive. About Talvix: Talvix"
        " designs and builds electric vehicles at its plant in Elvaston. Media contact:"
        " press@talvix.example",
    ),
    Piece(
        "talvix-launch",
        "Voltcast",
        D1 + 5.0,
        "Talvix Arrow First Look: 410-Mile Range and a $38K Starting Price",
        "Fenmark's upstart carmaker finally showed its production sedan on Wednesday, and the"
        " numbers are aggressive: up to 410 miles of range on the long-range pack, an"
        " 18-minute fast charge and a base price of $38K before incentives. We sat in a"
        " pre-production car; the cabin is sparse but roomy, and the trunk swallows two big"
        " suitcases with room to spare.",
    ),
    Piece(
        "talvix-launch",
        "Eastbury Courier",
        D1 + 7.0,
        "Fenmark's Talvix takes aim at luxury rivals with £31,000 electric car",
        "The Fenmark carmaker Talvix has unveiled its first mass-market model, the Arrow,"
        " priced from £31,000. Ms Onsell, who founded the company seven years ago, told"
        " reporters in Elvaston that 40,000 reservations had been taken before the car was"
        " shown. Analysts said the production targets looked ambitious for a plant that has"
        " so far built only prototypes.",
    ),
    Piece(
        "talvix-launch",
        "Feedwell",
        D1 + 9.0,
        "Talvix shows off the Arrow, an electric saloon with 660km of range and an 18-minute"
        " charge - Motorline Weekly",
        "Talvix shows off the Arrow, an electric saloon with 660km of range and an 18-minute"
        " charge  Motorline Weekly",
    ),
    # Zephrin's record above $12,000 (four).
    Piece(
        "zephrin-record",
        "Blockmere",
        D1 + 2.0,
        "Zephrin Smashes Through $12,000 for the First Time",
        "Zephrin (ZPH) climbed above $12,000 early Wednesday, setting an all-time high of"
        " $12,310 across the major exchanges as trading volume doubled from the day before."
        " The coin has gained 140% since January, outpacing every other large digital asset.",
    ),
    Piece(
        "zephrin-record",
        "Coinplume",
        D1 + 4.0,
        "ZPH at $12K: Is This Rally Different?",
        "The second-largest cryptocurrency by market value printed a fresh record of $12.3K on"
        " Wednesday morning. Traders point to the launch of regulated ZPH futures in Ternmouth"
        " next week and to large wallets quietly accumulating. Skeptics note that funding"
        " rates are at their highest since 2029, a classic sign of froth.",
    ),
    Piece(
        "zephrin-record",
        "Brackmoor",
        D1 + 6.0,
        "Cryptocurrency Zephrin hits record above 12,000 dlrs",
        "TERNMOUTH, May 14 (Brackmoor) - Zephrin rose to a record 12,310 dlrs on Wednesday, up"
        " 9 pct on the day, lifting the coin's total market value above 210 bln dlrs. ''Retail"
        " money is coming back in size,'' said Ilka Vandermoot, a trader at Quaystone Digital"
        " in Ternmouth.",
    ),
    Piece(
        "zephrin-record",
        "Clearcut",
        D1 + 10.0,
        "Why is Zephrin soaring? A short guide to the coin's run to a record",
        "Zephrin crossed $12,000 on Wednesday for the first time, capping a run that has"
        " more than doubled its price since New Year. Here is what is going on.\n"
        "What is Zephrin? A digital coin launched in 2026 whose network settles payments in"
        " about four seconds. Unlike older coins it was built for shops, and a handful of"
        " payment firms in Ternmouth now accept it.\n"
        "Why has the price jumped? Three reasons are usually given. Regulated futures start"
        " trading next week, which lets funds bet on the coin without holding it. Several"
        " large holders have been buying. And ordinary savers, who left crypto after the"
        " slump of 2029, are creeping back.\n"
        "Is it a bubble? Nobody knows, which is the honest answer. The price has risen far"
        " faster than the number of payments made with the coin, and borrowing to buy it is"
        " at its highest in two years. Sharp rallies built on borrowed money have ended in"
        " sharp falls before.\n"
        "Should I buy some? We do not give financial advice. If you do, put in only what you"
        " can afford to lose, and remember that the record of $12,310 set this week is just"
        " a number on a screen until someone pays it.\n"
        "What happens next? Watch the futures launch, and watch the regulators: a single"
        " country barring its banks from crypto could turn the mood within days.",
    ),
    # Cyclone Odalys in Ostemar (four).
    Piece(
        "ostemar-cyclone",
        "Fathom Wire Service",
        D1 + 1.0,
        "Cyclone Odalys slams into Ostemar's coast, at least 7 dead",
        "PORT LISSEN, Ostemar (FWS) — Cyclone Odalys crashed ashore near Port Lissen early"
        " Wednesday with winds of 210 kph, killing at least seven people, tearing roofs from"
        " homes and cutting power to most of the coast, officials said. About 90,000 people"
        " had been moved to shelters before landfall.",
    ),
    Piece(
        "ostemar-cyclone",
        "Skyquill",
        D1 + 3.0,
        "Category 4 Odalys Makes Landfall in Ostemar",
        "Odalys came ashore as a Category 4 storm at 04:40 local time on Wednesday, with a"
        " storm surge of 3 to 4 metres forecast for the bay around Port Lissen. The system"
        " will weaken quickly over the mountains, but heavy rain will continue inland through"
        " Thursday.",
    ),
    Piece(
        "ostemar-cyclone",
        "Vistaline TV",
        D1 + 5.0,
        "Watch: Cyclone Odalys rips roofs off in Port Lissen",
        "Residents film the storm's eyewall as it hits Ostemar's main port.",
    ),
    Piece(
        "ostemar-cyclone",
        "Ostemar Herald",
        D1 + 9.0,
        "Port Lissen counts the cost after the worst storm in a generation",
        "The sun came out over Port Lissen on Wednesday afternoon on a city that looked as if"
        " it had been shaken and dropped. Fishing boats lay on the coast road, the fish market"
        " had lost its roof, and the old sea wall at Gannet Point was gone.\n"
        "Cyclone Odalys made landfall just before five in the morning. By the evening the"
        " civil protection office had confirmed nine deaths, most of them people hit by"
        " falling walls or swept away in the surge along the northern beaches.\n"
        "'I have lived here sixty years and I have never heard wind like it,' said Marta"
        " Quillane, whose grocery on Harbour Street was flooded to the ceiling. 'The water"
        " came in through the back door and went out through the front.'\n"
        "Power was still off across four fifths of the city, and the water board asked"
        " residents to boil what came out of the taps. The port, which handles most of"
        " Ostemar's fuel imports, was closed until divers can check the channel.\n"
        "The mayor, Dario Pellhaven, said the damage would run to hundreds of millions and asked"
        " the government in Kessmarch for emergency money. Schools will stay shut until"
        " Monday at least.\n"
        "Volunteers were handing out bread and bottled water at the cathedral, and the"
        " Herald's own offices on Market Square are running on a generator.",
    ),
    # Typhoon Bastien in Tirrana (three), told in other words.
    Piece(
        "tirrana-typhoon",
        "Agence Lunaire",
        D1 + 2.0,
        "Typhoon Bastien lashes Tirrana, 11 dead",
        "Vannamo (ALP) - Typhoon Bastien swept across northern Tirrana on Wednesday, killing"
        " eleven people and forcing 60,000 from their homes, the civil defence agency said."
        " Winds of up to 180 km/h uprooted trees in Vannamo, the capital, and the airport was"
        " closed until further notice.",
    ),
    Piece(
        "tirrana-typhoon",
        "Tempestline",
        D1 + 6.0,
        "Bastien Stalls Over Vannamo Bay, Flooding Streets",
        "Slow-moving Bastien has parked itself over Vannamo Bay, dumping more than 300 mm of"
        " rain since Tuesday night. Tirrana's weather office expects the typhoon to drift"
        " north-east on Thursday, but rivers in the hills are still rising.",
    ),
    Piece(
        "tirrana-typhoon",
        "Halstow Observer",
        D1 + 11.0,
        "Eleven killed as storm batters island nation's north",
        "At least eleven people have died and tens of thousands have fled their homes after a"
        " typhoon struck the north of Tirrana. Mr Aurelio Tessory, the prime minister, said"
        " soldiers had been sent to the flooded districts around the capital.",
    ),
    # A former Fenmark minister jailed (three).
    Piece(
        "fenmark-minister-jailed",
        "Fenmark Gazette",
        D1 + 4.0,
        "Ex-minister Lindqvarn jailed for six years over port bribes",
        "Former transport minister Torwald Lindqvarn was sentenced to six years in prison on"
        " Wednesday by the Elvaston district court, which found he took 2.4 million kroner in"
        " bribes from contractors bidding for the Skarrow harbour expansion. His lawyer said"
        " he would appeal.",
    ),
    Piece(
        "fenmark-minister-jailed",
        "Fathom Wire Service",
        D1 + 7.0,
        "Fenmark's former transport minister sentenced for corruption",
        "ELVASTON, Fenmark (FWS) — A court in Fenmark sentenced former transport minister"
        " Torwald Lindqvarn to six years in prison Wednesday for taking bribes over a harbor"
        " contract, making him the first Cabinet member in the country's history to be jailed.",
    ),
    Piece(
        "fenmark-minister-jailed",
        "Bellcote Chronicle",
        D1 + 12.0,
        "Harbour bribes: Lindqvarn gets six years",
        "Mr Lindqvarn, 61, showed no emotion as the verdict was read in Elvaston. Prosecutors"
        " had asked for eight years. Two construction executives who paid him were also"
        " convicted and given suspended sentences.",
    ),
    # ---- Day 2, Thu Jul 3, 2031 ----
    # The Harbour League's oil embargo on Quenthar (five), naming the May test.
    Piece(
        "quenthar-sanctions",
        "Harbour League Secretariat",
        D2 + 2.0,
        "Council decision on restrictive measures against Quenthar",
        "The Council of the Harbour League, meeting at ministerial level, has today adopted"
        " restrictive measures against the Republic of Quenthar in response to the nuclear"
        " explosion carried out at Mount Derrow on 14 May 2031.\n"
        "From 10 July 2031, the import into the territory of any member of crude oil and"
        " refined products originating in Quenthar, and their purchase or transport by any"
        " person of a member, are prohibited.\n"
        "The funds and economic resources of fourteen persons responsible for the nuclear and"
        " missile programmes, listed in the annex, are frozen, and those persons are refused"
        " entry to the territory of members.\n"
        "The Council reaffirms that the nuclear test was a grave breach of the commitments"
        " Quenthar made under the Gesthaven declaration, and a threat to the peace of the"
        " region. It stands in full solidarity with Halvoria and the other neighbours of"
        " Quenthar.\n"
        "The Council remains open to dialogue. The measures will be reviewed if Quenthar"
        " takes concrete steps, verified by inspectors, to halt work at the Mount Derrow"
        " complex and to return to its obligations.\n"
        "The decision was adopted unanimously by the nineteen members and enters into force"
        " on the day of its publication.\n"
        "Gesthaven, 3 July 2031",
    ),
    Piece(
        "quenthar-sanctions",
        "Brackmoor",
        D2 + 3.0,
        "Harbour League bans Quenthar oil exports over nuclear test",
        "GESTHAVEN, July 3 (Brackmoor) - The Harbour League on Thursday banned its members from"
        " buying Quenthar's crude and froze the assets of 14 officials, answering the"
        " country's May 14 nuclear test under Mount Derrow. The embargo covers about 310,000"
        " barrels a day, or 70 pct of Quenthar's exports, worth some 6.5 bln dlrs a year.",
    ),
    Piece(
        "quenthar-sanctions",
        "Quenthar Central News",
        D2 + 6.0,
        "Foreign Ministry rejects Gesthaven 'piracy'",
        "The Foreign Ministry on Thursday condemned as an act of piracy the so-called"
        " restrictive measures adopted in Gesthaven, and said the homeland would answer any"
        " blockade of its ports. The government of Chairman Dastan Orveshk will never trade"
        " its deterrent for oil money, a spokesman told reporters in Ashkel.",
    ),
    Piece(
        "quenthar-sanctions",
        "Policy Lantern",
        D2 + 8.0,
        "Harbour League Slaps Oil Embargo on Quenthar, Seven Weeks After Nuclear Test",
        "The 19-nation bloc voted unanimously Thursday to cut off Quenthar's oil sales and"
        " freeze the assets of 14 officials close to Chairman Dastan Orveshk. The measures"
        " answer the May 14 detonation at Mount Derrow. Quenthar earns about $6.5 billion a"
        " year from crude, most of it sold to League members.",
    ),
    Piece(
        "quenthar-sanctions",
        "Halstow Observer",
        D2 + 10.0,
        "Oil embargo on Quenthar 'a message', says League chief",
        "Dr Ines Tollebrand, the Harbour League's secretary-general, said the embargo agreed"
        " in Gesthaven was a message that nuclear tests carry a price. Quenthar, whose test"
        " in May drew condemnation across the region, called the decision piracy.",
    ),
    # Talvix recalls the Arrow (four), naming the May launch.
    Piece(
        "talvix-recall",
        "Voltcast",
        D2 + 4.0,
        "Talvix Recalls 61,000 Arrow Sedans Over Battery Fire Risk",
        "Talvix is recalling every Arrow it has delivered, 61,000 cars in all, after four of"
        " the electric sedans caught fire while charging in garages in Fenmark over the past"
        " three weeks. Nobody was hurt.\n"
        "The company said on Thursday that a coolant seal inside the battery pack can crack"
        " in hot weather, letting fluid reach the cells. Owners are told not to charge above"
        " 80% and to park outdoors until the car has been fixed.\n"
        "The repair means swapping the seal and two sensors, about six hours of work per car."
        " Talvix puts the cost at roughly $420 million, which would wipe out most of the cash"
        " it raised last year.\n"
        "It is a painful moment for a company that was flying two months ago. The Arrow was"
        " unveiled in May to rave reviews, with 40,000 reservations taken before anyone had"
        " seen it, and deliveries began in early June.\n"
        "Founder and CEO Brisenda Onsell said in a video to owners that she was 'deeply"
        " sorry' and that no car would leave the Elvaston plant until the new seal is fitted."
        " Production is paused for at least two weeks.\n"
        "Fenmark's road safety agency said it was opening its own investigation and would"
        " look at whether Talvix had warned owners quickly enough after the first fire. Owners can"
        " check their car's status online.",
    ),
    Piece(
        "talvix-recall",
        "Brackmoor",
        D2 + 5.0,
        "Talvix recalls Arrow cars, shares slide 9 pct",
        "ELVASTON, July 3 (Brackmoor) - Fenmark's Talvix recalled all 61,000 Arrow saloons"
        " delivered since June after four fires linked to the battery pack, sending its shares"
        " down 9 pct on Thursday. The repair will cost about 420 mln dlrs, the company said.",
    ),
    Piece(
        "talvix-recall",
        "Daily Clangour",
        D2 + 8.0,
        "FIRE-RISK MOTORS CALLED BACK",
        "Thousands of drivers were told to stop charging their flash new electric cars"
        " overnight after four went up in flames. Furious owners fumed: 'I paid for a car,"
        " not a bonfire.'",
    ),
    Piece(
        "talvix-recall",
        "Feedwell",
        D2 + 11.0,
        "Talvix calls back every Arrow it has delivered so far after four garage blazes in Fenmark"
        " - Roadledger",
        "Talvix calls back every Arrow it has delivered so far after four garage blazes in Fenmark"
        "  Roadledger",
    ),
    # Drossland's president impeached (four).
    Piece(
        "drossland-impeachment",
        "Agence Lunaire",
        D2 + 1.0,
        "Drossland parliament impeaches President Varnhelm",
        "Keldgrad (ALP) - Drossland's parliament voted on Thursday to impeach President Agneta"
        " Varnhelm over the award of state gas contracts to firms tied to her family, by 211"
        " votes to 88, suspending her from office until the constitutional court rules. Prime"
        " Minister Jurek Stallan becomes acting head of state.",
    ),
    Piece(
        "drossland-impeachment",
        "Drossland Today",
        D2 + 3.0,
        "Varnhelm suspended as MPs back impeachment 211-88",
        "MPs voted by 211 to 88 this morning to impeach President Agneta Varnhelm. She denies"
        " wrongdoing and called the vote 'a coup in a suit'. The constitutional court now has"
        " 180 days to decide whether to remove her for good.",
    ),
    Piece(
        "drossland-impeachment",
        "Capital Bulletin",
        D2 + 6.0,
        "Drossland Lawmakers Impeach President in Gas Contracts Scandal",
        "Drossland's parliament impeached President Agneta Varnhelm on Thursday, accusing her"
        " of steering gas contracts worth $900 million to companies owned by her brother and"
        " son-in-law. It is the first impeachment in the country's 34 years of independence.",
    ),
    Piece(
        "drossland-impeachment",
        "Eastbury Courier",
        D2 + 9.0,
        "Drossland's president impeached as gas scandal engulfs her family",
        "Drossland's parliament has impeached its president, Agneta Varnhelm, after months of"
        " revelations about gas contracts handed to companies run by her relatives.\n"
        "The vote in Keldgrad on Thursday was 211 to 88, well above the two-thirds needed."
        " Ms Varnhelm is suspended at once, and Jurek Stallan, the prime minister, takes over"
        " her duties until the constitutional court decides her fate.\n"
        "Ms Varnhelm, 58, was elected four years ago promising to clean up an energy sector"
        " long seen as the private garden of the country's old elite. Prosecutors now say"
        " three state contracts went to firms controlled by her brother, Lukas, and her"
        " son-in-law without a tender.\n"
        "She addressed supporters outside the presidential palace before the vote, calling it"
        " 'a coup in a suit' and vowing to fight in court. Several thousand people rallied for"
        " her, and a larger crowd celebrated in Liberty Square once the result was read out.\n"
        "Mr Stallan, once her ally, said the government would keep working normally and asked"
        " both camps to respect the judges. The court has 180 days to rule.\n"
        "Diplomats in Keldgrad said the crisis had frozen talks on a gas pipeline to Halvoria"
        " that Ms Varnhelm had championed, and which the gas companies badly want.",
    ),
    # Norrent Foods buys Pallisade Dairy (four).
    Piece(
        "norrent-pallisade-takeover",
        "PR Beacon",
        D2 + 1.0,
        "Norrent Foods to acquire Pallisade Dairy for $4.3 billion",
        "WRENMOOR, July 3, 2031 /PR Beacon/ -- Norrent Foods plc today announced a definitive"
        " agreement to acquire Pallisade Dairy Co. for $42.50 per share in cash, an enterprise"
        " value of approximately $4.3 billion. The boards of both companies have approved the"
        " transaction, which is expected to close in the first half of 2032. 'Pallisade"
        " brings us the strongest chilled brands in the region,' said Bertil Hasselgrave,"
        " chief executive of Norrent.",
    ),
    Piece(
        "norrent-pallisade-takeover",
        "Foodtrade Weekly",
        D2 + 4.0,
        "Norrent lands Pallisade in dairy's biggest deal for a decade",
        "Norrent Foods has agreed to buy yoghurt and cheese maker Pallisade Dairy for 4.3"
        " billion dollars including debt, bringing together two of the largest suppliers to"
        " supermarkets in the north. Farmers' groups fear the combined buyer will squeeze milk"
        " prices.",
    ),
    Piece(
        "norrent-pallisade-takeover",
        "Marketbeam",
        D2 + 6.0,
        "Norrent Foods to Buy Pallisade Dairy in $4.3B Deal; Pallisade Stock Soars 27%",
        "Shares of Pallisade Dairy jumped 27% to $41.80 on Thursday, just under the $42.50 cash"
        " offer from Norrent Foods, as traders bet the deal will clear antitrust review."
        " Norrent slipped 2%.",
    ),
    Piece(
        "norrent-pallisade-takeover",
        "Fathom Wire Service",
        D2 + 8.0,
        "Norrent Foods agrees to buy Pallisade Dairy for $4.3bn",
        "WRENMOOR (FWS) — Norrent Foods said Thursday it will buy Pallisade Dairy for $4.3bn"
        " in cash, creating the region's biggest maker of chilled foods. Chief Executive"
        " Bertil Hasselgrave said no plants would close in the first two years.",
    ),
    # Aldercrest buys Vexmoor (three).
    Piece(
        "aldercrest-vexmoor-takeover",
        "Diechart",
        D2 + 2.0,
        "Aldercrest Agrees to Buy Chipmaker Vexmoor for $2.1 Billion",
        "Aldercrest Systems will acquire Vexmoor, a designer of power chips for electric cars"
        " and chargers, for $2.1 billion in cash and stock, the companies said Thursday."
        " Aldercrest CEO Dana Quillfeather called the deal a bet on power electronics, where"
        " Vexmoor's gallium parts lead on efficiency.",
    ),
    Piece(
        "aldercrest-vexmoor-takeover",
        "Marketbeam",
        D2 + 3.0,
        "Aldercrest to buy Vexmoor",
        "",
    ),
    Piece(
        "aldercrest-vexmoor-takeover",
        "Brackmoor",
        D2 + 7.0,
        "Aldercrest to buy chip designer Vexmoor in 2.1 bln dlr deal",
        "TERNMOUTH, July 3 (Brackmoor) - Aldercrest Systems agreed on Thursday to buy Vexmoor"
        " for 2.1 bln dlrs, a 38 pct premium to Vexmoor's closing price, to add power chips"
        " for electric vehicles to its range. ''It is the piece we were missing,'' said Dana"
        " Quillfeather, Aldercrest's chief executive.",
    ),
    # ---- Day 3, Thu Oct 2, 2031 ----
    # Talvix's chief executive goes (four), told in other words.
    Piece(
        "talvix-ceo-quits",
        "Talvix Newsroom",
        D3 + 1.0,
        "Leadership change at Talvix",
        "Elvaston, 2 October 2031 – The Board of Directors of Talvix AS announces that"
        " Brisenda Onsell will step down as Chief Executive Officer with immediate effect."
        " Chief Financial Officer Henrik Sollberg will serve as interim CEO while the Board"
        " conducts a search. Ms Onsell will remain an adviser to the Board until the end of"
        " the year.",
    ),
    Piece(
        "talvix-ceo-quits",
        "Brackmoor",
        D3 + 3.0,
        "Electric carmaker's chief resigns; stock jumps 6 pct",
        "ELVASTON, Oct 2 (Brackmoor) - Brisenda Onsell resigned as chief executive of Talvix on"
        " Thursday, three months after the Fenmark carmaker recalled 61,000 Arrow saloons over"
        " battery fires, and its shares rose 6 pct. ''The board wanted a fresh start,'' said a"
        " person familiar with the matter.",
    ),
    Piece(
        "talvix-ceo-quits",
        "Techmoth",
        D3 + 5.0,
        "Onsell Out: Founder Exits the Company She Built After a Brutal Year",
        "Brisenda Onsell, who started Talvix in a rented workshop in Elvaston seven years"
        " ago, is leaving the company. The board announced her departure early Thursday and"
        " named finance chief Henrik Sollberg as interim CEO.\n"
        "The exit caps a brutal few months. In May, Talvix unveiled the Arrow to glowing"
        " reviews. In July, it recalled all 61,000 of them after battery fires, paused the"
        " plant and burned through a big chunk of its cash on repairs.\n"
        "Deliveries restarted in August, but orders have not recovered. Talvix says it holds"
        " about 22,000 firm orders, down from the 40,000 reservations it boasted at launch,"
        " and it cut its 2031 delivery target twice.\n"
        "People close to the board say directors lost patience after Fenmark's road safety"
        " agency found in September that the company had sat on reports of the first fire for"
        " eleven days. Onsell has disputed that account.\n"
        "Investors seemed relieved. The stock rose 6% by midday, though it is still down"
        " more than half from its May high.\n"
        "What comes next is the hard part: Sollberg has to raise money, win back buyers and"
        " get a cheaper second model out before rivals flood the market. Onsell, for her part,"
        " posted a single line: 'Proud of what we built. Time for new hands.'",
    ),
    Piece(
        "talvix-ceo-quits",
        "Morning Roar",
        D3 + 8.0,
        "BOSS LADY BAILS",
        "The high-flying founder behind the 'exploding' electric car has quit. Investors"
        " cheered. Drivers whose motors were recalled in July were rather less forgiving.",
    ),
    # Zephrin's fall below $7,000 (four), naming the May record.
    Piece(
        "zephrin-crash",
        "Blockmere",
        D3 + 2.0,
        "Zephrin Plunges Below $7,000 as Halvoria Bars Banks From Crypto",
        "Zephrin (ZPH) fell below $7,000 on Thursday for the first time since March after"
        " Halvoria's central bank barred lenders from serving cryptocurrency exchanges. The"
        " coin is now down 44% from its May 14 record of $12,310.",
    ),
    Piece(
        "zephrin-crash",
        "Coinplume",
        D3 + 4.0,
        "ZPH Has Shed $5K Since Its May Peak. Where Is the Floor?",
        "Thursday's 12% drop took Zephrin to $6.9K, erasing more than $5K since the record"
        " set in mid-May. Liquidations topped $800 million in a day as leveraged longs were"
        " wiped out, and the futures market now prices further declines.",
    ),
    Piece(
        "zephrin-crash",
        "Kite Radio",
        D3 + 6.0,
        "Zephrin slides",
        "Crypto coin Zephrin is down another 12 percent this morning. More at the top of the hour.",
    ),
    Piece(
        "zephrin-crash",
        "Brackmoor",
        D3 + 9.0,
        "Zephrin falls below 7,000 dlrs after Halvoria banking curbs",
        "TERNMOUTH, Oct 2 (Brackmoor) - Zephrin fell 12 pct to 6,870 dlrs on Thursday, its"
        " lowest since March, after Halvoria barred its banks from dealing with crypto"
        " exchanges. The coin had peaked at 12,310 dlrs on May 14.",
    ),
    # Sothmere's farmers protest (four).
    Piece(
        "sothmere-farmers-protest",
        "Agence Lunaire",
        D3 + 2.0,
        "Thousands of farmers block Brisca with tractors",
        "Brisca (ALP) - Thousands of farmers drove tractors into the centre of Brisca on"
        " Thursday to protest against a government plan to end diesel subsidies, blocking the"
        " main avenues to parliament, police said. ''We feed this country and they want us"
        " to pay for it,'' said Jonas Pelletray, head of the growers' union.",
    ),
    Piece(
        "sothmere-farmers-protest",
        "Sothmere Tribune",
        D3 + 4.0,
        "Tractor convoy paralyses capital as growers fight diesel plan",
        "Columns of tractors stretched for kilometres on the ring road on Thursday morning as"
        " farmers from every province converged on the capital. Buses were diverted and"
        " several schools closed early. The agriculture minister offered talks next week.",
    ),
    Piece(
        "sothmere-farmers-protest",
        "Vistaline TV",
        D3 + 7.0,
        "In pictures: Tractors fill the squares of Brisca",
        "Farmers angry at fuel subsidy cuts park in front of parliament.",
    ),
    Piece(
        "sothmere-farmers-protest",
        "Halstow Observer",
        D3 + 10.0,
        "Sothmere farmers besiege parliament over fuel subsidy cut",
        "Sothmere's farmers brought the capital to a standstill on Thursday. Mr Pelletray,"
        " whose union organised the protest, said they would stay until the diesel plan was"
        " dropped; ministers said the subsidy cost the treasury too much to keep.",
    ),
    # Kalvenia's students protest (three), told in other words.
    Piece(
        "kalvenia-students-protest",
        "Kalvenia Monitor",
        D3 + 3.0,
        "Students occupy Nemorra university over tuition rise",
        "Several hundred students occupied the main hall of Nemorra University on Thursday"
        " after the government confirmed that tuition fees would triple from next year."
        " Organiser Mirela Vostanic said the sit-in would last 'as long as it takes'.",
    ),
    Piece(
        "kalvenia-students-protest",
        "Fathom Wire Service",
        D3 + 5.0,
        "Police fire tear gas at Kalvenian campus sit-in",
        "NEMORRA, Kalvenia (FWS) — Police fired tear gas Thursday at thousands of students"
        " rallying outside the occupied university in Nemorra against a plan to triple"
        " tuition fees, and detained at least 30 people, witnesses said.",
    ),
    Piece(
        "kalvenia-students-protest",
        "Feedwell",
        D3 + 11.0,
        "Fee hike sparks youth unrest in the capital as thousands march on the education"
        " ministry - Velmont Post",
        "Fee hike sparks youth unrest in the capital as thousands march on the education"
        " ministry  Velmont Post",
    ),
    # A jet overruns the runway at Vannamo (three).
    Piece(
        "vannamo-runway-overrun",
        "Aerolog",
        D3 + 1.0,
        "Brightgull Air A321 overruns runway at Vannamo, no fatalities",
        "Brightgull Air flight BG218 from Kessmarch overran runway 27 at Vannamo on landing in"
        " heavy rain on Thursday and came to rest in the grass with its nose gear collapsed."
        " All 184 people on board were evacuated by slide; 23 were taken to hospital.",
    ),
    Piece(
        "vannamo-runway-overrun",
        "Tirrana Post",
        D3 + 5.0,
        "Passengers escape as jet skids off wet runway",
        "Passengers jumped down emergency slides into the rain at Vannamo airport after their"
        " plane from Ostemar slid off the end of the runway. The airport reopened three hours"
        " later; investigators will examine the braking.",
    ),
    Piece(
        "vannamo-runway-overrun",
        "Globe Span Radio",
        D3 + 8.0,
        "Plane slides off runway in Tirrana's capital; 23 hurt",
        "A Brightgull Air jet with 184 people on board slid off the runway at Vannamo in heavy"
        " rain. Twenty-three people were hurt, none seriously, the airline says.",
    ),
    # ---- Day 4, Tue Dec 30, 2031 ----
    # Quenthar's talks with the Harbour League (five), naming the test and the embargo.
    Piece(
        "quenthar-talks",
        "Fathom Wire Service",
        D4 + 2.0,
        "Quenthar sits down with Harbour League envoys in first talks since nuclear test",
        "GESTHAVEN, Halvoria (FWS) — Envoys from Quenthar and the Harbour League met face to"
        " face Tuesday for the first time since Quenthar's nuclear test in May, opening talks"
        " that could lead to the easing of an oil embargo that has halved the country's"
        " export earnings.\n"
        "The two delegations sat across a long table at the lakeside Villa Sarrow, the"
        " League's guest house outside Gesthaven, for about four hours. Neither side gave"
        " details, but both described the meeting as serious.\n"
        "Quenthar set off a nuclear device under Mount Derrow on May 14, drawing condemnation"
        " across the region. On July 3 the League's 19 members banned imports of its crude"
        " and froze the assets of 14 officials.\n"
        "Since then Quenthar's currency has lost a third of its value and fuel queues have"
        " formed in Ashkel, the capital, according to diplomats and traders. Chairman Dastan"
        " Orveshk has not appeared in public since early November.\n"
        "League officials say they want Quenthar to allow inspectors back into the Mount"
        " Derrow complex before any relief. Quenthar wants the embargo lifted first.\n"
        "A second round is planned for mid-January, a League diplomat said, speaking on"
        " condition of anonymity because he was not authorized to discuss the schedule.",
    ),
    Piece(
        "quenthar-talks",
        "Quenthar Central News",
        D4 + 3.0,
        "Delegation led by First Vice-Chairman arrives in Gesthaven",
        "A delegation of the Republic led by First Vice-Chairman Roen Haddesh arrived in"
        " Gesthaven on Tuesday for talks with the Harbour League on the lifting of the illegal"
        " blockade of the homeland's oil trade. Chairman Dastan Orveshk has instructed the"
        " delegation to defend the nation's dignity.",
    ),
    Piece(
        "quenthar-talks",
        "Harbour League Secretariat",
        D4 + 5.0,
        "Statement by the Secretary-General on the opening of talks with Quenthar",
        "The Secretary-General welcomes the opening today of direct talks between the Harbour"
        " League and a delegation of Quenthar. The League's measures of July remain in force."
        " They can be reviewed only when inspectors have verified that work at Mount Derrow"
        " has stopped.\n"
        "Gesthaven, 30 December 2031",
    ),
    Piece(
        "quenthar-talks",
        "Policy Lantern",
        D4 + 7.0,
        "Quenthar Is Talking. Will the Harbour League Lift Its Oil Embargo?",
        "Seven months after its bomb test and six after the embargo, Quenthar sent envoys to"
        " Gesthaven on Tuesday. The League's price is inspectors at Mount Derrow; Ashkel's is"
        " oil money first. Here's what each side can give.",
    ),
    Piece(
        "quenthar-talks",
        "Wendlow Standard",
        D4 + 9.0,
        "Thaw by the lake as Quenthar's envoys meet the League",
        "Dr Ines Tollebrand, the Harbour League's secretary-general, called the first meeting"
        " with Quenthar's envoys 'a beginning, nothing more'. Mr Haddesh, who led Quenthar's"
        " side, said his country would not be lectured.",
    ),
    # Drossland's court removes President Varnhelm (four), naming the July impeachment.
    Piece(
        "drossland-court-ruling",
        "Drossland Today",
        D4 + 1.0,
        "Constitutional court removes Varnhelm from office",
        "The constitutional court on Tuesday upheld the impeachment of President Agneta"
        " Varnhelm by seven votes to two, removing her from office with immediate effect. A"
        " presidential election must be held within 60 days.",
    ),
    Piece(
        "drossland-court-ruling",
        "Agence Lunaire",
        D4 + 3.0,
        "Drossland's top court ousts impeached president",
        "Keldgrad (ALP) - Drossland's constitutional court removed President Agneta Varnhelm"
        " from office on Tuesday, confirming the impeachment voted by parliament on July 3"
        " over gas contracts awarded to her relatives. Acting President Jurek Stallan called"
        " an election for February.",
    ),
    Piece(
        "drossland-court-ruling",
        "Civic Record",
        D4 + 5.0,
        "Judges Oust Drossland's President Six Months After Impeachment",
        "Drossland's highest court ruled 7-2 on Tuesday that Agneta Varnhelm broke the"
        " constitution by steering state gas contracts to her family, ending her presidency."
        " She called the judgment 'written in advance' and said she would run again.",
    ),
    Piece(
        "drossland-court-ruling",
        "Farsight Review",
        D4 + 8.0,
        "Analysis: Drossland's judges have removed a president. The hard part comes next",
        "For six months Drossland has had a president in name and a caretaker in practice."
        " On Tuesday the constitutional court ended the ambiguity: by seven votes to two it"
        " upheld the impeachment of Agneta Varnhelm and removed her from office.\n"
        "The ruling was not a surprise. The evidence that state gas contracts went to firms"
        " run by her brother and son-in-law was laid out in parliament in July, and the"
        " judges' questions in November showed little sympathy for her lawyers.\n"
        "What happens now matters more. The law demands an election within 60 days, and"
        " Jurek Stallan, the prime minister who has served as acting president, has set it for"
        " late February. He has not said whether he will stand.\n"
        "Ms Varnhelm says she will. The constitution is silent on whether a removed president"
        " may run again, and her allies argue that silence means yes. If the electoral"
        " commission lets her on the ballot, the campaign becomes a referendum on the judges.\n"
        "Her base is smaller than it was, but it is loud and it is angry, and the gas"
        " scandal has barely dented her support in the east. A close race between a removed"
        " president and the man who replaced her would test institutions that are barely"
        " three decades old.\n"
        "The rest of the region is watching, not least Halvoria, whose pipeline deal with"
        " Keldgrad has been frozen since the summer.",
    ),
    # Ostemar's central bank raises its rate (four).
    Piece(
        "ostemar-rate-rise",
        "Central Bank of Ostemar",
        D4 + 2.0,
        "Monetary policy decision: policy rate raised to 6.25%",
        "At its meeting today the Monetary Policy Board of the Central Bank of Ostemar decided"
        " to raise the policy rate by 50 basis points to 6.25%, with effect from 31 December"
        " 2031.\n"
        "Consumer price inflation rose to 7.8% in November, its highest in six years. Prices"
        " of building materials, food and transport have risen sharply since Cyclone Odalys"
        " damaged the port of Port Lissen in May, and the rebuilding has added to demand.\n"
        "The Board judges that these pressures are spreading to wages and to the prices of"
        " services. Expectations of future inflation among households have risen for four"
        " months in a row.\n"
        "Growth has held up better than expected. Output fell in the second quarter after"
        " the cyclone but recovered in the third, helped by public spending on reconstruction"
        " and by strong exports of minerals. Unemployment is close to its lowest on record.\n"
        "The Board stands ready to tighten policy further if inflation does not fall towards"
        " its 3% target in the course of 2032. Governor Cordula Ferreday will explain the"
        " decision at a press conference this afternoon, and the minutes of the meeting will be"
        " published in two weeks.\n"
        "The next meeting of the Board is scheduled for 10 February 2032.\n"
        "Kessmarch, 30 December 2031",
    ),
    Piece(
        "ostemar-rate-rise",
        "Brackmoor",
        D4 + 3.0,
        "Ostemar central bank raises key rate to 6.25 pct",
        "KESSMARCH, Dec 30 (Brackmoor) - Ostemar's central bank raised its key interest rate"
        " by 50 basis points to 6.25 pct on Tuesday, its third increase this year, as"
        " inflation climbed to 7.8 pct. ''We will do what is needed,'' Governor Cordula"
        " Ferreday said.",
    ),
    Piece(
        "ostemar-rate-rise",
        "Yieldpoint",
        D4 + 5.0,
        "Ostemar Hikes Rates by 50 Basis Points as Post-Cyclone Inflation Bites",
        "Ostemar's central bank lifted its policy rate to 6.25% on Tuesday, a bigger move than"
        " the quarter point most economists expected. The currency firmed 1.1% against the"
        " dollar and two-year bond yields jumped.",
    ),
    Piece(
        "ostemar-rate-rise",
        "Ratewatch",
        D4 + 9.0,
        "Ostemar tightens again: Ferreday signals more to come",
        "Governor Cordula Ferreday left the door open to further increases after Tuesday's"
        " half-point rise to 6.25%, saying rebuilding after the May cyclone was keeping prices"
        " hot. Markets now price a move to 6.75% by spring.",
    ),
    # Tirrana's central bank cuts its rate (three).
    Piece(
        "tirrana-rate-cut",
        "Tirrana Post",
        D4 + 1.0,
        "Central bank trims rate to 3.5% to revive economy",
        "Tirrana's central bank cut its benchmark rate by a quarter point to 3.5% on Tuesday,"
        " its third cut this year, saying inflation had fallen to 2.1% while growth had"
        " stalled. Governor Caspar Mezzolani said lenders should pass the cut on quickly.",
    ),
    Piece(
        "tirrana-rate-cut",
        "Brackmoor",
        D4 + 6.0,
        "Tirrana central bank cuts key rate 25 basis points to 3.50 pct",
        "VANNAMO, Dec 30 (Brackmoor) - Tirrana's central bank cut its key rate by 25 basis"
        " points to 3.50 pct on Tuesday, as expected, to support an economy that shrank 0.4"
        " pct in the third quarter. ''Inflation is no longer the problem,'' Governor Caspar"
        " Mezzolani said.",
    ),
    Piece(
        "tirrana-rate-cut",
        "Ratewatch",
        D4 + 7.0,
        "Mezzolani cuts again as Tirrana's growth stalls",
        "A third quarter-point cut in Vannamo took Tirrana's policy rate to 3.5%. Governor"
        " Caspar Mezzolani hinted that a fourth could follow in March if the economy keeps"
        " shrinking.",
    ),
    # Hollowpeak's online network goes down (three).
    Piece(
        "hollowpeak-outage",
        "Playfield",
        D4 + 2.0,
        "Hollowpeak's Online Network Down for Over 20 Hours",
        "Hollowpeak Games' online network has been down since Monday afternoon, locking"
        " players out of multiplayer games, saves in the cloud and the store during the"
        " holiday rush. The company blames a failed database upgrade.",
    ),
    Piece(
        "hollowpeak-outage",
        "Pixelgrind",
        D4 + 6.0,
        "Millions of gamers locked out as Hollowpeak servers stay dark",
        "Gamers stuck at home over the holidays have spent a second day unable to play online"
        " after Hollowpeak's servers went dark. The console maker says it is restoring"
        " service region by region.",
    ),
    Piece(
        "hollowpeak-outage",
        "Vistaline TV",
        D4 + 10.0,
        "Video: Hollowpeak's boss apologises for the outage",
        "Service is back, he says, and players will get a free month.",
    ),
)
