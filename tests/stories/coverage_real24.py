"""A twenty-fourth set of multi-outlet coverage of our own, weighted to the heavy day: running
topics under shared names.

Written blind, like the fourth to twenty-third sets: without reading the clustering code
(nothing under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/) or
the texts of the other sets (only the module docstrings of the twenty-second and
twenty-third, the twenty-third's day constants, the whole of test_coverage_real23.py, and
the docstring, Piece class, T0, DAY, the scoring and day helpers, check_days, check_form and
the Days and Scores classes of coverage.py; printing coverage.py whole, its own pieces went
past our eyes: a coin's fall below $6,000, smart glasses, a quake, a takeover, a ferry strike
and a museum in one city, a missile programme's events months apart, a city's New Year's
Eves, media pages and a few singletons). The whole set was written before it was first
clustered, and no text or label was changed after seeing how briefing clusters it.
Every sentence is our own; the countries (Qarsland, Belmora, Lindravia, Ostrevia, Kestavar),
cities and places (Teshkin, Vellagrad, Brenvik, Skellis, the Velsh Strait, Staveport,
Hollenport, the River Ambel, the Quillby Bridge, Draymoor, Cape Dorran, Marlbeck, Krennick,
Port Alvedo, the Marisco Islands), firms (Vortelle, Tenzo Semiconductor, Qarsneft, Drexa
Pay, Tallyx, Nolvane Space), coins (Ombrix, Pyrecoin), products, people and all 41 outlets
are made up, and their main names were checked against the tests, the source and the shared
corpus so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four publication days
of 2017-2018, tech, crypto, politics and world news), weighted to the heavy day: 78 items
from 41 outlets over five publication days months apart, 21 events (four or five a day),
most told by three to five outlets and two by two. Most items are RSS items of a headline
and one to four lines (150 to 400 characters); six are whole articles (1,200 to 1,500
characters, five or more paragraphs: an "Analysis:", a gadget site's hands-on, a local
paper's flood report, a politics weekly's debate piece, a local paper's feature on a bridge
collapse and a live blog of one missile launch); nine are under 100 characters (four
"Video:" pages, two bare headlines, three teasers), each labelled with the event it shows.
Wire datelines ("TESHKIN, Qarsland, May 14 (Sablewire) - ", "STAVEPORT, Lindravia (OD) —
"), figures written two ways within a day ($1,299 / 1,299 dollars / $1.3K; $2,000 / $2K;
$612 million / $612 mln / $612m; €480 million / 480m euros; $74 million / 74M USD / $74 mln;
$1,200 / $1.18K; 2,400 / 2.4k; $820 million / $820m / 820 million dollars), headlines that
name no actor (the actors named in the lead), a tabloid's shouts and teasers.

The hard cases, most of them for the heavy day, where all five days are squashed into one
and only the words can tell a running topic's events apart:

- six running topics, each with two or three separate events on days months apart under
  the same names, the later ones naming the earlier in passing: Qarsland's Marshal Taddeo
  Pellaton and Belmora's President Anjelka Sorvald at their Teshkin summit (day 1), Belmora's
  oil sanctions on Qarsneft (day 3) and Qarsland's missile over Skellis (day 5); Vortelle's
  Prism 3 launch (day 1), its €480 million Ostrevian privacy fine (day 3) and its hardware
  chief Oskian Threlfall's exit (day 4); the Ombrix coin's record of $2,140 (day 2),
  Ostrevia's exchange ban (day 4) and its hard fork into Ombrix Prime (day 5); Hollenport's
  Ambel flood (day 2) and its Quillby Bridge collapse (day 4), the flood report naming the
  bridge and the collapse blamed on the flood; Lindravia's election season, Cass Delorne's
  primary (day 1), the debate Maddoc Haskamp walked out of over Hollenport's flood defences
  (day 3) and the vote (day 5), the vote and the collapse each naming the other topic's
  places and people; Tenzo Semiconductor's record profit on Vortelle's orders (day 1) and
  its 2,400 job cuts (day 5);
- a leader's other matter between the topic's events: Sorvald sacking her defence minister
  over drone contracts (day 2), naming the Teshkin summit, his successor Dorotka Corradale
  speaking of the missile on day 5;
- unrelated events on one day sharing a famous name in passing: Tenzo's results naming
  Vortelle and its Prism 3 on the day of the launch (day 1); Drexa Pay's listing naming
  Ombrix on the day of the coin's record (day 2); the Tallyx hack stealing Ombrix between its
  record and the ban (day 3); Nolvane Space's rocket lost from Ostrevia's Cape Dorran and
  Vortelle's executive leaving with its Ostrevian fine recalled, on the day of Ostrevia's
  exchange ban (day 4); Marlbeck the home of Tenzo and of Drexa's listing.

- day 1 (Wed May 14, 2031): the Teshkin summit (five, with the analysis and a video);
  Vortelle's Prism 3 (four, with the hands-on and a bare headline); Delorne's primary (four);
  Tenzo's results (three); the Port Alvedo ferry (two);
- day 2 (Fri Jul 11): Ombrix's record (four, with a teaser); Hollenport's flood (five, with
  the local paper's report and a video); Drexa Pay's listing (three); Sorvald sacks her
  defence minister (three);
- day 3 (Fri Sep 12): Belmora's sanctions on Qarsneft (four); Vortelle's fine (four, with a
  video); the debate walk-out (four, with the weekly's piece and a tabloid teaser); the
  Tallyx hack (three);
- day 4 (Mon Nov 17): Ostrevia's exchange ban (four); the Quillby Bridge collapse (five,
  with the feature and a bare headline); Threlfall's exit (three); the Spindrake-2 rocket
  (two);
- day 5 (Sun Feb 1, 2032): Qarsland's missile (five, with the live blog and a video); the
  Ombrix fork (three); Lindravia's vote (five, with a teaser); Tenzo's job cuts (three).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real24.py).
"""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 58 * DAY  # Fri Jul 11, 2031
D3 = 121 * DAY  # Fri Sep 12, 2031
D4 = 187 * DAY  # Mon Nov 17, 2031
D5 = 263 * DAY  # Sun Feb 1, 2032
DAYS = (D1, D2, D3, D4, D5)

PIECES: tuple[Piece, ...] = (
    # ---------------- Day 1: Wed May 14, 2031 ----------------
    # The Teshkin summit.
    Piece(
        "qarsland-summit",
        "Sablewire",
        D1 + 1.0,
        "Qarsland and Belmora leaders meet at border in first summit for 11 years",
        "TESHKIN, Qarsland, May 14 (Sablewire) - Qarsland's leader Marshal Taddeo Pellaton "
        "and Belmora's President Anjelka Sorvald shook hands at the Teshkin border post on "
        "Wednesday, opening the first talks between the neighbours' leaders in 11 years, "
        "officials from both sides said.",
    ),
    Piece(
        "qarsland-summit",
        "Stormpeak Broadcasting",
        D1 + 3.5,
        "Pellaton and Sorvald agree to reopen Teshkin rail crossing",
        "Passenger trains will run again through Teshkin from the autumn, the leaders of "
        "Qarsland and Belmora announced after four hours of talks. They also agreed to set up "
        "a military hotline. The crossing has been shut since a row over border guards in 2020.",
    ),
    Piece(
        "qarsland-summit",
        "Reelbox News",
        D1 + 4.0,
        "Video: Pellaton and Sorvald shake hands at Teshkin",
        "The two leaders greet each other at the border post. Duration 0:52.",
    ),
    Piece(
        "qarsland-summit",
        "The Ashvey Ledger",
        D1 + 6.0,
        "Analysis: Why the handshake at Teshkin may matter less than it looks",
        "The pictures from Teshkin on Wednesday were striking: Marshal Taddeo Pellaton, who has "
        "ruled Qarsland for 19 years, smiling beside Belmora's President Anjelka Sorvald under a "
        'banner promising "a new border".\n'
        "The substance was thinner. The two leaders agreed to reopen the rail crossing that has "
        "been closed since 2020 and to install a hotline between their general staffs. Neither "
        "touched the dispute over the Velsh Strait, where Qarsland's navy and Belmora's "
        "coastguard have watched each other warily for a decade.\n"
        "Diplomats in Brenvik say Sorvald needed the meeting more than Pellaton did. Her "
        "coalition is fragile, her defence ministry is under scrutiny over drone contracts, and "
        "voters in the border provinces want the trains back.\n"
        "Pellaton, for his part, wants to head off the oil embargo that Belmora's allies in the "
        "Kelden Pact have threatened since last year. A summit costs him little and buys him "
        "time, and his state oil company still sells most of its crude across that border.\n"
        "The real test will come in the autumn, when the first train is due to cross. If it "
        "does not, Teshkin will be remembered as a photo opportunity rather than a turning "
        "point, and both leaders will have spent political capital for nothing.",
    ),
    Piece(
        "qarsland-summit",
        "Globeline World",
        D1 + 9.0,
        "Old foes pledge hotline after first talks in over a decade",
        "Qarsland and Belmora will set up a direct line between their armed forces within a "
        "month, their leaders said after meeting at the frontier town of Teshkin. Marshal "
        'Pellaton called the talks "frank and useful"; President Sorvald said trust would take '
        "longer.",
    ),
    # Vortelle's Prism 3.
    Piece(
        "vortelle-launch",
        "Bytefront",
        D1 + 1.5,
        "Vortelle unveils Prism 3 foldable at $1,299",
        "Vortelle's third folding phone has a stronger hinge, an 8-inch inner screen and a "
        "larger battery. It goes on sale on June 6 for $1,299, the company said at its launch "
        "event on Wednesday.",
    ),
    Piece(
        "vortelle-launch",
        "Quillmark Tech",
        D1 + 2.0,
        "Hands-on: Vortelle's Prism 3 finally makes a folding phone feel normal",
        "Vortelle unveiled the Prism 3 at its spring event on Wednesday, and we spent an hour "
        "with it afterwards. Closed, it is barely thicker than an ordinary phone; open, it "
        "becomes an 8-inch tablet with a crease you can feel but hardly see.\n"
        "The hinge is new. Vortelle says it has been tested for 400,000 folds, double the Prism "
        "2's rating, and it holds the screen at any angle, so the phone can stand on a table "
        "for video calls.\n"
        "The cameras are the same trio as last year's model, which is a disappointment at this "
        "price. Battery life is rated at a day and a half, but we could not test that claim in "
        "a demo room with the screen brightness locked.\n"
        "The Prism 3 costs $1,299 and ships on June 6. Pre-orders open today in 30 countries, "
        "in three colours, with a leather case sold separately. There is no cheaper model "
        "with less storage this year, which will put off some buyers.\n"
        "Chief executive Lorcan Quennel told the audience that folding phones would make up a "
        "quarter of Vortelle's sales within two years. That is a bold bet for a category that "
        "has so far sold mostly to enthusiasts. On this evidence, the Prism 3 is the first "
        "model that might win over everyone else, if its hinge lasts as long as Vortelle "
        "promises. We will have a full review once we have lived with one for a few weeks.",
    ),
    Piece(
        "vortelle-launch",
        "Pellstone Business",
        D1 + 5.0,
        "Vortelle bets on folding phones to revive slowing sales",
        "Vortelle chief executive Lorcan Quennel said on Wednesday that folding models would be "
        "a quarter of its phone sales by 2033, as he launched the 1,299-dollar Prism 3. The "
        "company's shares rose 2% after the event; its phone revenue fell 6% last quarter.",
    ),
    Piece(
        "vortelle-launch",
        "Signalhouse Tech",
        D1 + 7.5,
        "Vortelle's new foldable is here, and it will cost you $1.3K",
        "",
    ),
    # Delorne's primary.
    Piece(
        "lindravia-primary",
        "Orvasten Dispatch",
        D1 + 0.5,
        "Delorne wins Lindravian Unity presidential primary",
        "STAVEPORT, Lindravia (OD) — Senator Cass Delorne won the Lindravian Unity party's "
        "presidential primary, taking 54% of the vote against former finance minister Jorvin "
        "Yarrowby, according to results published early Wednesday. She will face the Homeland "
        "Party's Maddoc Haskamp in February.",
    ),
    Piece(
        "lindravia-primary",
        "Ballot Desk",
        D1 + 2.5,
        "Lindravia primary results: Delorne 54, Yarrowby 41 with every district counted",
        "Final figures from the electoral commission give Senator Delorne 54.2 percent and "
        "Jorvin Yarrowby 41.1 percent, with the rest split among three minor candidates. "
        "Turnout among party members was 38 percent, the lowest since the primaries began.",
    ),
    Piece(
        "lindravia-primary",
        "Hustings Weekly",
        D1 + 8.0,
        "Yarrowby concedes and endorses Delorne against Haskamp",
        "Jorvin Yarrowby conceded the Lindravian Unity nomination on Wednesday afternoon and "
        "urged his supporters to back Cass Delorne, saying the party had to unite to stop "
        "Maddoc Haskamp winning the presidency in February.",
    ),
    Piece(
        "lindravia-primary",
        "The Tolvey Times",
        D1 + 11.0,
        "A senator from the coast sets her sights on the presidency",
        "Cass Delorne, who grew up in the port city of Hollenport and was first elected to the "
        "Senate at 34, is now one election away from leading Lindravia after winning her "
        "party's primary by 13 points.",
    ),
    # Tenzo's results: Vortelle named as its customer.
    Piece(
        "tenzo-results",
        "Chipwise",
        D1 + 3.0,
        "Tenzo Semiconductor profit jumps 38% on folding-phone chips",
        "Tenzo Semiconductor said quarterly net profit rose 38% to $612 million, driven by "
        "display-driver chips for folding phones. Vortelle, whose Prism 3 was unveiled on "
        "Wednesday, is Tenzo's largest customer and accounts for about a third of its revenue.",
    ),
    Piece(
        "tenzo-results",
        "Sablewire",
        D1 + 4.5,
        "Chipmaker Tenzo raises full-year forecast after strong quarter",
        "MARLBECK, Kestavar, May 14 (Sablewire) - Tenzo Semiconductor raised its full-year "
        "revenue forecast on Wednesday after first-quarter net profit climbed to $612 mln, "
        "beating analysts' estimates, and said demand from phone makers would stay strong "
        "through the summer.",
    ),
    Piece(
        "tenzo-results",
        "Tickerhall",
        D1 + 6.5,
        "Tenzo shares hit record high as profit beats estimates",
        "Shares in Tenzo Semiconductor closed 9% higher in Marlbeck at a record, after the "
        "chipmaker reported a $612m quarterly profit and lifted its outlook. Analysts had "
        "expected about $540m.",
    ),
    # The Port Alvedo ferry.
    Piece(
        "alvedo-ferry",
        "Quaysider News",
        D1 + 0.8,
        "Ferry capsizes off Port Alvedo, 12 missing",
        "A passenger ferry carrying 87 people capsized in rough seas near Port Alvedo in the "
        "Marisco Islands before dawn on Wednesday. The coastguard said 75 people had been "
        "rescued and 12 were missing.",
    ),
    Piece(
        "alvedo-ferry",
        "Eastwind Report",
        D1 + 5.5,
        "Divers search for missing passengers after Marisco Islands ferry sinks",
        "Rescue teams were searching the water off Port Alvedo for 12 passengers of the "
        "Seraphine Dawn, which overturned in heavy swell early on Wednesday. The island "
        "ferry's operator said it had been carrying 87 people, within its licensed limit.",
    ),
    # ---------------- Day 2: Fri Jul 11, 2031 ----------------
    # Ombrix's record.
    Piece(
        "ombrix-record",
        "Coinsprout",
        D2 + 0.7,
        "Ombrix smashes through $2,000 for the first time",
        "Ombrix climbed above $2,000 in early trading on Friday, a level it had never reached "
        "before, extending a rally that has more than tripled its price since January. Traders "
        "pointed to new futures contracts and a flood of buying from retail apps.",
    ),
    Piece(
        "ombrix-record",
        "Blockhaus Daily",
        D2 + 2.0,
        "OMX price hits record $2,140 as futures volume soars",
        "Ombrix (OMX) touched an all-time high of $2,140 on Friday morning, lifting its market "
        "value to about $31 billion. Open interest on OMX futures doubled this week, and the "
        'Ombrix Foundation\'s lead developer Brigitta Vonderhaar called the move "froth".',
    ),
    Piece(
        "ombrix-record",
        "The Daily Clangor",
        D2 + 6.0,
        "Ombrix is on fire",
        "The coin your uncle won't shut up about just blasted past $2K. Should you buy?",
    ),
    Piece(
        "ombrix-record",
        "Fintrail",
        D2 + 9.0,
        "The coin that tripled in six months: inside the Ombrix rally",
        "Ombrix set a record above $2,000 on Friday, capping a run that has made it the "
        "third-largest cryptocurrency. We look at who is buying, why the developers behind it "
        "are worried, and what usually happens after a rally this steep.",
    ),
    # Hollenport's flood: the local paper names the Quillby Bridge.
    Piece(
        "hollenport-flood",
        "Sablewire",
        D2 + 0.4,
        "Floods force 2,300 from homes in Lindravia's Hollenport",
        "HOLLENPORT, Lindravia, July 11 (Sablewire) - About 2,300 people were evacuated from "
        "low-lying districts of Hollenport overnight after the River Ambel burst its banks "
        "following a day of torrential rain, city officials said on Friday.",
    ),
    Piece(
        "hollenport-flood",
        "Raingauge Desk",
        D2 + 1.5,
        "182mm in a day: what drove Hollenport's record downpour",
        "A slow-moving storm stalled over the Ambel valley on Thursday, dumping 182 millimetres "
        "of rain on Hollenport in 24 hours, a record for the city. Meteorologists said warm sea "
        "air fed the storm for most of the day.",
    ),
    Piece(
        "hollenport-flood",
        "Hollenport Echo",
        D2 + 2.5,
        "Ambel bursts its banks: city centre under water",
        "Hollenport woke on Friday to brown water in the streets of the old town after the "
        "Ambel rose more than four metres overnight and spilled over the embankment at "
        "Fishers' Quay.\n"
        "Mayor Hennike Brollard said 2,300 residents had been moved to schools and sports "
        "halls, most of them from the riverside districts of Eelbrook and Cobbler's Reach. "
        '"We have never seen the river this high," she said at a briefing in the town hall, '
        "which was itself cut off by water by mid-morning.\n"
        "The city's weather station recorded 182 millimetres of rain in the 24 hours to 6am, "
        "more than the whole of an average July. Trains to Staveport were suspended and the "
        "Quillby Bridge, the main road link across the river, was closed as a precaution while "
        "engineers checked its piers.\n"
        "Shopkeepers on Chandlers' Row spent the night carrying stock upstairs. \"The insurance "
        'will not cover half of this," said one, standing in water up to his knees.\n'
        "The regional government said soldiers would help with sandbagging, and forecasters "
        "warned that more rain was due on Saturday. Residents are asked to keep away from the "
        "riverside and to call the emergency number only if lives are in danger. Schools in "
        "the flooded districts will stay closed until at least Monday, and the city has "
        "opened a hotline for residents looking for relatives who were moved overnight.",
    ),
    Piece(
        "hollenport-flood",
        "Reelbox News",
        D2 + 5.0,
        "Video: Drone footage shows flooded Hollenport streets",
        "Aerial footage of the old town under water on Friday. Duration 1:20.",
    ),
    Piece(
        "hollenport-flood",
        "Stormpeak Broadcasting",
        D2 + 7.0,
        "Four dead as flood waters rise in Hollenport",
        "Four people have died in the flooding in Hollenport, Lindravia's emergency service "
        "said on Friday, among them two men swept away by the Ambel while trying to move a "
        "car. Thousands of residents spent the day in emergency shelters.",
    ),
    # Drexa Pay's listing: Ombrix named in passing on the day of its record.
    Piece(
        "drexa-ipo",
        "Pellstone Business",
        D2 + 3.0,
        "Drexa Pay soars 61% in stock market debut",
        "Shares in Kestavar payments firm Drexa Pay jumped 61% on their first day of trading "
        "in Marlbeck on Friday, after an offering that raised $820 million. Drexa lets shops "
        "take cards, bank transfers and cryptocurrencies such as Ombrix at one till.",
    ),
    Piece(
        "drexa-ipo",
        "Tickerhall",
        D2 + 4.0,
        "Payments start-up Drexa raises $820m in year's largest listing",
        "Drexa Pay priced its shares at the top of the range, raising $820m and valuing the "
        "company at $6.4bn before trading began. The stock opened at a 55% premium and kept "
        "rising through the morning.",
    ),
    Piece(
        "drexa-ipo",
        "Bytefront",
        D2 + 8.0,
        "Drexa's founder on going public: 'We are still a start-up'",
        "Benedek Arnfeld started Drexa Pay in his flat eight years ago. On Friday, as its "
        "shares rose 61% on their debut, he told us the company would keep its small-team "
        "culture and spend the 820 million dollars on hiring engineers.",
    ),
    # Sorvald sacks her defence minister: the Teshkin summit named in passing.
    Piece(
        "sorvald-reshuffle",
        "Belmora Herald",
        D2 + 1.0,
        "Sorvald sacks defence minister over drone contracts",
        "President Anjelka Sorvald dismissed defence minister Ludovan Farrowmere on Friday, "
        "two months after her summit with Qarsland's Marshal Pellaton at Teshkin, saying an "
        "audit had found irregularities in contracts for surveillance drones worth 240 million "
        "crowns.",
    ),
    Piece(
        "sorvald-reshuffle",
        "Brightmast News",
        D2 + 4.5,
        "Belmora's defence chief ousted amid procurement inquiry",
        "Belmora's defence minister has been removed from office after auditors questioned "
        "how contracts for military drones were awarded. Ludovan Farrowmere denied any "
        "wrongdoing and said he would clear his name.",
    ),
    Piece(
        "sorvald-reshuffle",
        "Orvasten Dispatch",
        D2 + 6.5,
        "Belmora names Dorotka Corradale as first woman to lead defence ministry",
        "BRENVIK, Belmora (OD) — President Sorvald appointed her deputy chief of staff, Dorotka "
        "Corradale, as defence minister on Friday, hours after firing Ludovan Farrowmere over "
        "the drone procurement scandal.",
    ),
    # ---------------- Day 3: Fri Sep 12, 2031 ----------------
    # Belmora's sanctions on Qarsneft: the May summit named.
    Piece(
        "qarsland-sanctions",
        "Sablewire",
        D3 + 0.6,
        "Belmora freezes Qarsneft assets, bans oil imports from Qarsland",
        "BRENVIK, Belmora, Sept 12 (Sablewire) - Belmora froze $3.4 billion of assets held "
        "by Qarsland's state oil company Qarsneft and banned imports of Qarsland crude on "
        "Friday, accusing Marshal Taddeo Pellaton's government of breaking the border deal "
        "agreed at Teshkin in May.",
    ),
    Piece(
        "qarsland-sanctions",
        "Eastwind Report",
        D3 + 3.0,
        "Kelden Pact joins Belmora in sanctions on Pellaton's oil firm",
        "The six members of the Kelden Pact said they would match Belmora's measures against "
        "Qarsneft, freezing 3.4 billion dollars in assets and barring Qarsland crude from their "
        "ports, after Qarsland troops moved back into the Teshkin demilitarised zone.",
    ),
    Piece(
        "qarsland-sanctions",
        "Statecraft Review",
        D3 + 5.0,
        "Sorvald's sanctions gamble ends the Teshkin thaw",
        "Four months after she shook Pellaton's hand at the border, President Sorvald has hit "
        "Qarsland where it hurts most: its oil. Friday's asset freeze on Qarsneft may satisfy "
        "Belmora's allies, but it leaves the promised rail crossing and hotline in doubt.",
    ),
    Piece(
        "qarsland-sanctions",
        "Qarsland Monitor",
        D3 + 7.0,
        "Vellagrad vows response to 'economic war'",
        "Qarsland's foreign minister Yorel Dask said on Friday that his country would answer "
        'the freezing of Qarsneft\'s assets "in its own time and by its own means", and '
        "summoned Belmora's ambassador to Vellagrad.",
    ),
    # Vortelle's fine.
    Piece(
        "vortelle-fine",
        "Privasentry",
        D3 + 1.0,
        "Ostrevia fines Vortelle €480 million over location data",
        "Ostrevia's Data Protection Board fined Vortelle €480 million on Friday, finding that "
        "the company kept precise location histories of phone users for up to six years "
        "without valid consent. It is the largest privacy penalty in the country's history.",
    ),
    Piece(
        "vortelle-fine",
        "Bytefront",
        D3 + 2.5,
        "Vortelle hit with record privacy fine in Ostrevia",
        "Regulators in Ostrevia have ordered Vortelle to pay 480m euros and to delete location "
        "records collected through its phones' weather and maps apps. The company has three "
        "months to change how it asks users for permission.",
    ),
    Piece(
        "vortelle-fine",
        "The Ashvey Ledger",
        D3 + 6.0,
        "Vortelle to appeal €480m penalty, says it 'followed the rules'",
        "Vortelle said on Friday that it would challenge the Ostrevian data board's decision "
        'in court. "Our users chose to share their location and could switch it off at any '
        "time,\" a spokeswoman said. The fine equals about two weeks of the company's profit.",
    ),
    Piece(
        "vortelle-fine",
        "Signalhouse Tech",
        D3 + 9.5,
        "Video: What the Vortelle fine means for your phone",
        "Our reporter explains the Ostrevian ruling in two minutes.",
    ),
    # The debate walk-out: Hollenport's flood named.
    Piece(
        "lindravia-debate",
        "Ballot Desk",
        D3 + 0.5,
        "Haskamp walks out of Lindravia's presidential debate",
        "Homeland Party candidate Maddoc Haskamp left the stage 20 minutes into Thursday "
        "night's televised debate with Cass Delorne, accusing the moderator of bias after a "
        "question about his record on flood defences in Hollenport.",
    ),
    Piece(
        "lindravia-debate",
        "Lindravia Today",
        D3 + 2.0,
        "Debate descends into chaos over flood aid question",
        "The first presidential debate fell apart on Thursday when moderator Perrin Tamsett "
        "asked Haskamp why, as regional governor, he had cut the Ambel flood defence budget. "
        'He called the question "an ambush" and walked off. Delorne answered questions alone '
        "for an hour.",
    ),
    Piece(
        "lindravia-debate",
        "Hustings Weekly",
        D3 + 4.0,
        "Delorne debates an empty lectern",
        "For most of Thursday night's presidential debate, Cass Delorne was talking to an "
        "empty lectern. Her opponent, the Homeland Party's Maddoc Haskamp, had left the studio "
        "after 20 minutes, furious at a question about the July floods.\n"
        "The question was a fair one. As governor of the Ambel region, Haskamp cut the budget "
        "for river defences by a quarter, and Hollenport paid for it this summer when the "
        "water reached the town hall. Moderator Perrin Tamsett put that to him twice.\n"
        'Haskamp called it "an ambush by a broadcaster that has already picked its '
        'candidate" and unclipped his microphone. His campaign said later that he would not '
        "take part in the second debate, due in October, unless the moderator was replaced.\n"
        "Delorne, left alone, was careful not to gloat. She spoke about rents, the pension "
        "age and the bridges of the Ambel valley, and took questions from the audience that "
        "had been meant for both candidates.\n"
        "Whether the walk-out hurts Haskamp is another matter. Polls before the debate had "
        "the race at 49 to 47 in Delorne's favour, and his voters have long distrusted the "
        "national broadcaster. A snap survey on Friday morning found little movement, and "
        "Homeland officials were already raising money off the clip of their man walking "
        "out. The election is in February; the argument over the Ambel's defences is not "
        "going away before then.",
    ),
    Piece(
        "lindravia-debate",
        "The Daily Clangor",
        D3 + 8.0,
        "HASKAMP STORMS OFF!",
        "Homeland boss quits TV clash with Delorne after 20 minutes. Full story inside.",
    ),
    # The Tallyx hack: Ombrix stolen between its record and the ban.
    Piece(
        "tallyx-hack",
        "Coinsprout",
        D3 + 1.5,
        "Tallyx exchange halts withdrawals after $74 million hack",
        "Tallyx, a cryptocurrency exchange based in Krennick, suspended all withdrawals on "
        "Friday after hackers emptied several of its hot wallets. The firm put its losses at "
        "$74 million, mostly in Ombrix and Pyrecoin, and said customer balances would be "
        "covered.",
    ),
    Piece(
        "tallyx-hack",
        "Cryptonel",
        D3 + 3.5,
        "Hackers drain 74M USD in OMX and PYR from Tallyx hot wallets",
        "On-chain data shows the attacker moved funds out of Tallyx in 31 transactions over "
        "two hours before the exchange noticed. Roughly 30,000 OMX and 1.2 million PYR were "
        "taken, worth about 74M USD at current prices.",
    ),
    Piece(
        "tallyx-hack",
        "Chainlamp News",
        D3 + 7.5,
        "Krennick exchange Tallyx says hackers stole $74 mln in crypto",
        "Tallyx told customers on Friday that hackers had taken $74 mln in digital coins, the "
        "third big exchange theft this year. It said it had hired investigators and asked "
        "other exchanges to freeze the stolen Ombrix.",
    ),
    # ---------------- Day 4: Mon Nov 17, 2031 ----------------
    # Ostrevia's exchange ban: the July record and the Tallyx hack named.
    Piece(
        "ombrix-ban",
        "Coinsprout",
        D4 + 0.5,
        "Ostrevia orders crypto exchanges to shut; Ombrix slumps below $1,200",
        "Ostrevia's central bank on Monday ordered every cryptocurrency exchange in the "
        "country to close within 30 days, and Ombrix fell below $1,200 within an hour, down "
        "more than 40% from its July record.",
    ),
    Piece(
        "ombrix-ban",
        "Sablewire",
        D4 + 2.0,
        "Ostrevia central bank bans cryptocurrency exchanges",
        "DRAYMOOR, Ostrevia, Nov 17 (Sablewire) - Ostrevia's central bank banned the "
        "operation of cryptocurrency exchanges on Monday, citing money laundering and the "
        "theft of customer funds, and gave the country's 14 licensed platforms 30 days to "
        "wind down, governor Gerrit Lanquist said.",
    ),
    Piece(
        "ombrix-ban",
        "Blockhaus Daily",
        D4 + 4.0,
        "OMX tumbles to $1.18K as Ostrevian ban hits exchanges",
        "Ombrix (OMX) dropped as low as $1.18K on Monday after Ostrevia, where about a fifth of "
        "OMX trading takes place, said it would shut its exchanges. The coin hit a record "
        "$2,140 in July and was also shaken by September's Tallyx hack.",
    ),
    Piece(
        "ombrix-ban",
        "Tokenbeat",
        D4 + 9.0,
        "Ombrix is getting crushed",
        "Another brutal day for OMX holders as the Draymoor crackdown spooks traders. Here is "
        "where the price stands tonight.",
    ),
    # The Quillby Bridge collapse: the July flood named, the candidates in passing.
    Piece(
        "hollenport-bridge",
        "Orvasten Dispatch",
        D4 + 0.3,
        "Bridge collapses in Hollenport during morning rush hour",
        "HOLLENPORT, Lindravia (OD) — A span of the Quillby Bridge over the River Ambel "
        "collapsed on Monday morning, throwing cars and a bus into the water, police said. "
        "Rescuers pulled at least 20 people from the river.",
    ),
    Piece(
        "hollenport-bridge",
        "Hollenport Echo",
        D4 + 1.5,
        "Quillby Bridge: nine dead, dozens hurt",
        "Nine people have been confirmed dead and 31 injured after the middle span of the "
        "Quillby Bridge gave way at 7.40am. Mayor Hennike Brollard said divers were still "
        "searching for two people reported missing.",
    ),
    Piece(
        "hollenport-bridge",
        "The Evening Beacon",
        D4 + 4.5,
        "Engineers warned Hollenport bridge was weakened by July floods",
        "A report written in August, seen by this newspaper, said the piers of the bridge "
        "that collapsed in Hollenport on Monday had been scoured by the summer's flood waters "
        "and needed urgent repair. The city council had scheduled the work for next spring.",
    ),
    Piece(
        "hollenport-bridge",
        "Rivermark Gazette",
        D4 + 7.0,
        "Hollenport mourns as divers search the Ambel",
        "Candles lined the railings of the Ambel embankment on Monday evening, a few hundred "
        "metres from the gap where the middle span of the Quillby Bridge stood until 7.40 that "
        "morning.\n"
        "Nine people died when the span fell into the river, among them the driver of the "
        "number 14 bus and two schoolchildren on their way to class. Thirty-one were injured, "
        "and divers were still searching the murky water for two more as darkness fell.\n"
        "Many in the crowd had spent the summer drying out their homes after the July floods. "
        '"First the water, now this," said a woman who had lost her shop in the flood. "This '
        'city cannot catch a break."\n'
        "Mayor Hennike Brollard promised an independent inquiry into why the bridge, which "
        "engineers had inspected after the flood, stayed open to traffic. Both presidential "
        "candidates, Cass Delorne and Maddoc Haskamp, suspended their campaigns for the day.\n"
        "Traffic across the city was at a standstill, with the two remaining bridges jammed "
        "and ferries pressed into service. The council said a temporary crossing could take "
        "months to build, and asked employers to let staff work from home for the rest of "
        "the week.\n"
        "At the hospital on Saltmarsh Lane, relatives waited for news into the night. Staff "
        "said most of the injured had broken bones and cuts from the glass of the bus, and "
        "that four remained in intensive care.",
    ),
    Piece(
        "hollenport-bridge",
        "The Upland Times",
        D4 + 10.0,
        "Lindravia orders checks on every river bridge after Hollenport collapse",
        "",
    ),
    # Threlfall's exit: the launch and the Ostrevian fine named.
    Piece(
        "vortelle-exit",
        "Quillmark Tech",
        D4 + 3.0,
        "Vortelle's hardware chief Oskian Threlfall is leaving",
        "Oskian Threlfall, who has run Vortelle's devices division since 2026 and led the "
        "development of its Prism folding phones, will leave the company at the end of the "
        "year, Vortelle confirmed on Monday. No successor has been named.",
    ),
    Piece(
        "vortelle-exit",
        "Pellstone Business",
        D4 + 5.5,
        "Vortelle loses the executive behind its folding phones",
        "Vortelle shares slipped 3% after the company said its head of hardware would step "
        "down after 14 years. Chief executive Lorcan Quennel thanked Threlfall for "
        '"building the Prism line from a sketch".',
    ),
    Piece(
        "vortelle-exit",
        "Signalhouse Tech",
        D4 + 8.0,
        "Threlfall's exit caps a bruising year at Vortelle",
        "First a slow start for the Prism 3, then a record €480 million privacy fine in "
        "Ostrevia, and now the departure of its hardware chief: Vortelle's 2031 is not ending "
        "well. People close to Threlfall say he wants to start his own company.",
    ),
    # The Spindrake-2 rocket, lost from Ostrevia's coast.
    Piece(
        "nolvane-rocket",
        "Orbitfeed",
        D4 + 1.0,
        "Nolvane Space rocket explodes seconds after lift-off",
        "Nolvane Space's Spindrake-2 rocket blew up about 40 seconds into its first flight on "
        "Monday, scattering debris over the sea near its launch site at Cape Dorran. No one "
        "was hurt; the rocket carried a test payload.",
    ),
    Piece(
        "nolvane-rocket",
        "Launchpad Weekly",
        D4 + 6.0,
        "Spindrake-2 lost on maiden flight from Ostrevia's Cape Dorran",
        "The first Spindrake-2 was destroyed shortly after launch from Cape Dorran on "
        "Ostrevia's east coast. Nolvane Space said its engineers would study the flight data "
        "and that it still aimed to fly again next year.",
    ),
    # ---------------- Day 5: Sun Feb 1, 2032 ----------------
    # Qarsland's missile: the September sanctions named.
    Piece(
        "qarsland-missile",
        "Sablewire",
        D5 + 0.2,
        "Qarsland fires missile over Velsh Strait, Belmora says",
        "BRENVIK, Belmora, Feb 1 (Sablewire) - Qarsland launched a ballistic missile early "
        "on Sunday that flew over the Velsh Strait and came down in the sea about 90 km off "
        "Belmora's island of Skellis, Belmora's defence ministry said.",
    ),
    Piece(
        "qarsland-missile",
        "Stormpeak Broadcasting",
        D5 + 1.5,
        "Sirens sound on Skellis as Qarsland missile lands offshore",
        "Residents of Skellis were woken by air raid sirens before dawn as a Qarsland missile "
        "crossed the strait. Belmora's defence minister Dorotka Corradale said it had "
        "travelled 1,150 km and fell ninety kilometres from the coast.",
    ),
    Piece(
        "qarsland-missile",
        "Globeline World",
        D5 + 3.0,
        "Qarsland missile launch: live updates",
        "11:40 Belmora's President Anjelka Sorvald will address the nation at noon, her office "
        "says. She has called an emergency meeting of the Kelden Pact's defence ministers.\n"
        "10:55 Qarsland state television shows Marshal Taddeo Pellaton watching the launch "
        'through binoculars. It calls the missile a Sarkhan-5 and the test "a reply to the '
        "economic war\" waged against Qarsland since September's oil sanctions.\n"
        "10:05 Belmora's coastguard says it has sent two patrol boats to the area where the "
        "missile came down, to look for debris.\n"
        "09:30 The Kelden Pact's secretary general calls the launch reckless and says allies "
        "will discuss further measures against Vellagrad this week.\n"
        "08:10 Schools on Skellis will stay closed on Monday, the island's governor says. No "
        "damage or injuries have been reported on the island.\n"
        "07:15 Belmora's defence ministry says the missile flew 1,150 km over the Velsh Strait "
        "before falling into the sea 90 km off Skellis, its longest flight so far.\n"
        "06:45 Flights to and from Skellis have been suspended until midday, the island's "
        "airport says, and ferries to the mainland are held in port.\n"
        "06:20 Air raid sirens are sounding across Skellis after what Belmora says is a "
        "missile launch from Qarsland. We are following the launch and the reaction here.",
    ),
    Piece(
        "qarsland-missile",
        "Belmora Herald",
        D5 + 5.0,
        "Sorvald: Pellaton 'has chosen the road of threats'",
        "In a televised address on Sunday, President Anjelka Sorvald said Qarsland's leader "
        "had answered diplomacy with a missile and that Belmora would ask the Kelden Pact to "
        "station air defences on Skellis. She said the Teshkin crossing would stay closed.",
    ),
    Piece(
        "qarsland-missile",
        "Reelbox News",
        D5 + 6.5,
        "Video: Missile trail seen over Skellis at dawn",
        "A resident's phone video shows the launch streak across the sky. Duration 0:34.",
    ),
    # The Ombrix fork: Tallyx and the foundation's developer named.
    Piece(
        "ombrix-fork",
        "Cryptonel",
        D5 + 2.0,
        "Ombrix splits in two as hard fork goes live",
        "The Ombrix network split into two chains on Sunday at block 4,400,000, after its "
        "developers failed to agree on raising the block size. Holders of OMX now also own the "
        "same amount of the new coin, Ombrix Prime (OMXP).",
    ),
    Piece(
        "ombrix-fork",
        "Tokenbeat",
        D5 + 4.5,
        "Ombrix Prime is born: what OMX holders need to know",
        "If you held Ombrix when the chain split this morning, you now hold Ombrix Prime too. "
        "Exchanges including Tallyx have paused deposits while the dust settles. Here is how "
        "to claim your new coins safely.",
    ),
    Piece(
        "ombrix-fork",
        "Fintrail",
        D5 + 8.5,
        "Developers' feud ends in a chain split for Ombrix",
        "A year-long argument between Brigitta Vonderhaar, the Ombrix Foundation's lead "
        "developer, and a group of miners came to a head on Sunday as the network forked. "
        "Vonderhaar's side kept the Ombrix name; the miners' chain trades as Ombrix Prime, at "
        "about a tenth of the price.",
    ),
    # Lindravia's vote: Hollenport and its bridge named.
    Piece(
        "lindravia-vote",
        "Atlas Current",
        D5 + 1.0,
        "Lindravians vote to choose a new president",
        "Polls opened at 7am across Lindravia on Sunday for a presidential election between "
        "Senator Cass Delorne of Lindravian Unity and the Homeland Party's Maddoc Haskamp. "
        "Final surveys put the two within two points of each other.",
    ),
    Piece(
        "lindravia-vote",
        "Ballot Desk",
        D5 + 14.5,
        "Delorne leads Haskamp 52-48 with two-thirds of votes counted",
        "With 67 percent of ballots counted, Cass Delorne has 52.1 percent to Maddoc "
        "Haskamp's 47.9, according to the electoral commission. Delorne leads in the coastal "
        "provinces and in Hollenport, where she cast her vote this morning.",
    ),
    Piece(
        "lindravia-vote",
        "Lindravia Today",
        D5 + 16.0,
        "Delorne wins Lindravia's presidency",
        "Cass Delorne will be Lindravia's next president after winning Sunday's election with "
        "about 52% of the vote, the electoral commission's near-final count showed. She is the "
        "first woman to hold the office.",
    ),
    Piece(
        "lindravia-vote",
        "The Tolvey Times",
        D5 + 17.0,
        "Haskamp concedes: 'The people have spoken'",
        "Homeland Party leader Maddoc Haskamp conceded on Sunday night and congratulated his "
        "rival.",
    ),
    Piece(
        "lindravia-vote",
        "Nightdesk Radio",
        D5 + 17.5,
        "President-elect Delorne thanks voters in her home town",
        "Speaking to supporters on the riverside in Hollenport, where the Quillby Bridge "
        "collapsed in November, Cass Delorne promised to rebuild the city's bridges and to "
        "govern for the 48 percent who voted against her.",
    ),
    # Tenzo's job cuts: Vortelle named as the customer that cut its orders.
    Piece(
        "tenzo-cuts",
        "Chipwise",
        D5 + 3.0,
        "Tenzo Semiconductor to cut 2,400 jobs as phone demand fades",
        "Tenzo Semiconductor said on Sunday it would cut 2,400 jobs, about 12% of its "
        "workforce, and close a plant in Marlbeck, after orders for folding-phone display "
        "chips fell short. Vortelle, its biggest customer, has cut production of the Prism 3.",
    ),
    Piece(
        "tenzo-cuts",
        "Kestavar Morning Post",
        D5 + 5.5,
        "Tenzo to shed 2.4k jobs and close Marlbeck plant",
        "MARLBECK — The chipmaker Tenzo will lay off 2.4k workers and shut its oldest factory "
        "here by the summer, chief executive Brisella Ostadt told staff in a letter on Sunday. "
        "Unions called the decision a betrayal after last year's record profits.",
    ),
    Piece(
        "tenzo-cuts",
        "Morrowlight Post",
        D5 + 10.0,
        "Marlbeck braces for life after the Tenzo layoffs",
        "In the cafes near the Tenzo gates, workers spent Sunday afternoon reading the "
        "company's letter on their phones. About 2,400 jobs will go, many of them at the plant "
        "that made the chips for Vortelle's folding phones.",
    ),
)
