"""A nineteenth set of multi-outlet coverage of our own, in the forms of 2017-2018 English feeds.

Written blind, like the fourth to eighteenth sets: without reading the clustering code
(nothing under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/) or
the texts of the other sets (only the module docstrings of the seventeenth and eighteenth,
the whole of test_coverage_real18.py, and the docstrings, Piece class and helpers of
coverage.py), so it measures briefing on copy it has not been tuned on. The whole set was
written before it was first clustered, and no text or label was changed after seeing how
briefing clusters it. Every sentence is our own; the countries (Corvantia, Pelmark, Isvarra,
Tavonne, Sanvira), cities (Ardesca, Brunova, Haldrum, Skelby, Tirrow, Osmanta, Kaisung,
Lomvai), firms, people, products and all 40 outlets are made up, and their main names were
checked against the earlier sets, the shared corpus and the source so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four real publication
days of 2017-2018), and it gives special weight to paraphrase and to running topics: 73
items from 40 outlets, 24 events (six a day), 26 whole articles (1,300 to 1,500
characters, six or more paragraphs), five RSS items of a headline and a line, and eight
items under 100 characters: six media pages ("Video:", "Watch:", "In pictures:") and two
bare headlines of an aggregator ("Nuvexa pulls Iris smart glasses from sale"; "Krasnik's
'Salt Harvest' fetches record $45M"). The forms: a Reuters-like wire ("HALDRUM, Pelmark,
May 14 (Marlinwire) - ", three "UPDATE 1-" with "(Adds ...)", a "BRIEF-" of starred
capitals, "(Reporting by ...; Editing by ...)"), an AP-like one ("ARDESCA, Corvantia (KY)
— "), an AFP-like one ("Tirrow (ASV) - ", "asv/pm"), a Xinhua-like one ("KAISUNG, May 14
(Xinlan) -- "), a TASS-like state agency ("ARDESCA, May 14. /CORVINFO/. "), a PTI-like
one ("Lomvai, Oct 7 (RNS) ", "RNS KT MR"), business dailies ("31 pct", "6.2 bln dlrs",
"180 mln dlrs", "50 bps"), a press release wire ("/NewsFlow/ -- "), a company newsroom's
two statements, a government statement (a health ministry's on a pay deal), a live blog of
timed entries, a tabloid under two shouted headlines ("ANGELS WIN! NURSES BAG 9% AND END
STRIKE"; "SPECS APPEAL OVER! HOT-HEAD GLASSES YANKED") and its slang, local papers (Brunova,
Skelby, Haldrum, Tirrow), trade press (nursing, dairy, shipping, banking, farming, optics,
chips, art), a tech site's hands-on, a court reporter, a sports site, a weather site,
broadcasters, an aggregator's one-liners, labelled opinion ("Opinion:" twice) and analysis
("Analysis:" three times), a photo agency's galleries and a video outlet's pages.

Its subjects: a nurses' strike and, five months on, the deal that ends it; a takeover bid
for a dairy and, eight months on, its clearance with conditions; a former minister's arrest
and his trial's verdict; a storm that breaks a sea wall and the inquiry's report; smart
glasses launched and then withdrawn; two floods, two banks' results and two protests; a
ferry capsizing and an earthquake told on the evening and the next morning; a cup final, a
rate cut, a record auction and a chipmaker's profit warning.

The hard cases:

- paraphrase: one event told by three to five outlets in other words, with other verbs and
  nouns for one act ("offers 6.2 bln dlrs for", "tabled a 6.2 bln dlr all-cash approach",
  "announces recommended cash offer", "What the butter giant really wants is the milk";
  "walk out", "72-hour national stoppage", "skeleton crews"; "halts Iris sales and offers
  refunds", "pulls ... from sale", "YANKED from shops", "is giving you your money back"),
  figures written two or more ways (6.2 bln dlrs, $6.2 billion, $6.2bn, US$6.2 billion;
  $1,499, $1.5K, US$1,499; 3.5 pct and 3.5%; 12%, 12 pct, twelve percent; 50 bps, 50 basis
  points and half a percentage point; 23 pct, 23% and nearly a quarter; $45 million, $45M
  and forty-five million dollars; 9 percent and 9%), a headline that names nobody ("The
  company that makes your car's brain chips is getting smashed") and organisations named
  only in the lead (the federation, the union, the bank, the group, the company);
- running topics, five of them, whose two events fall on days months apart and are told
  with the same names, labelled as separate events: the Corvantian nurses' strike (day 1)
  and its end (day 3) (Valdemar, Reybeck, 9 percent, St Aurel); Tessaline's bid for Dunmoor
  (day 1) and its clearance (day 4) (Brasseur, $6.2 billion, Greyhill, the Pelmark
  Competition Board, 180 million); Lucan Dravic's arrest (day 1) and verdict (day 3)
  (Keldra dam, 14 million dollars, Zubac, Anghel, 2.8 billion); Storm Ferelith (day 2) and
  the sea wall inquiry (day 4) (Skelby, Harbour Street, Hollenby, 40 metres, two dead, 400
  homes); Nuvexa's Iris launched (day 2) and withdrawn (day 4) (Tamborini, $1,499, warm
  temples, "forget you are wearing"). Squashed into one day only their words can tell them
  apart;
- one kind, separate events on one day: two floods, Brunova's river in Corvantia and
  Tirrow's flash flood in Isvarra (day 1); two banks' half-year results, Greymont's rise in
  Pelmark and Ardesca Trust's fall in Corvantia (day 2); two protests, Pelmark's farmers in
  Haldrum and Isvarra's students in Tirrow (day 3); and same-day events that share names:
  the Brunova flood's report names the nurses' strike that began that morning (day 1); the
  cup final's report names Storm Ferelith and Skelby, the finalist's home town (day 2); the
  rate cut and the student march in Isvarra (day 3); the clearance, the auction and the
  inquiry's wire report in Haldrum (day 4);
- follow-ups over two local days within one publication day: the Tavonne ferry capsized on
  Wednesday evening, local time, and the toll was reported "on Thursday morning" (day 1);
  the Lomvai earthquake struck on Tuesday night and the rescue was reported "on Wednesday
  morning" (day 3), each from an agency datelined the next day;
- opinion and analysis: those mainly about one event's news that day carry its label (the
  opinion on the nurses' strike, the analysis of the bid, the analysis of the chipmaker's
  warning); two argue a wider debate and carry labels of their own, singletons though they
  name a same-day event: "Opinion: We should stop giving storms names" (day 2, naming
  Ferelith and Skelby) and "Analysis: Pelmark's competition watchdog has stopped saying no"
  (day 4, naming the Dunmoor clearance in its last line).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): the nurses' strike (four items); Tessaline's bid (four);
  Dravic's arrest (three); the Brunova flood (three); the Tirrow flash flood (three); the
  Kaisung ferry (four);
- day 2 (Tue Jul 8): Storm Ferelith (four); Iris launched (three); Greymont's results
  (three); Ardesca Trust's results (three); the cup final (three); the opinion on storm
  names (one);
- day 3 (Tue Oct 7): the strike's end (three); Dravic's verdict (three); the farmers'
  protest (three); the students' march (two); the Lomvai quake (four); Isvarra's rate cut
  (three);
- day 4 (Tue Jan 27, 2032): the Dunmoor clearance (three); the Ferelith inquiry (three);
  Iris withdrawn (four); the Krasnik auction (three); Sendrix's warning (three); the
  analysis of the competition board (one).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real19.py)."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 55 * DAY  # Tue Jul 8, 2031
D3 = 146 * DAY  # Tue Oct 7, 2031
D4 = 258 * DAY  # Tue Jan 27, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # --- Day 1: Wed May 14, 2031. ---
    Piece(
        "corvantia-nurses-strike",
        "Radio Corvantia International",
        D1 + 1.0,
        "Nurses walk out across Corvantia over pay",
        "Tens of thousands of nurses in Corvantia stopped work at seven o'clock this morning, the "
        "start of the first national strike called by the Corvantian Nurses' Federation in "
        "nineteen years.\n"
        "The federation wants a 9 percent rise this year; the government has offered 3 percent. "
        "Hospitals say only emergency, maternity and cancer wards will be fully staffed until the "
        "walkout ends at midnight on Friday.",
    ),
    Piece(
        "corvantia-nurses-strike",
        "The Sentinel Ledger",
        D1 + 3.5,
        "Corvantia's wards run on skeleton crews as 38,000 nurses strike",
        "Corvantia's hospitals cancelled more than 6,000 operations and outpatient appointments "
        "on Wednesday as about 38,000 nurses began a three-day strike over pay, the largest "
        "stoppage in the country's health service for almost two decades.\n"
        "Picket lines formed before dawn outside Ardesca's St Aurel Hospital, where nurses in "
        "blue tabards handed out leaflets to arriving patients and passing drivers sounded their "
        "horns in support. Similar scenes were reported in Brunova and in a dozen smaller towns.\n"
        "The Corvantian Nurses' Federation is demanding a 9 percent increase for 2031, arguing "
        "that a decade of settlements below inflation has left a newly qualified nurse earning "
        "less in real terms than in 2020. Health Minister Tomas Reybeck has offered 3 percent and "
        "says anything above 4 percent would have to be paid for by closing beds.\n"
        '"We did not want to be here," said Ines Valdemar, the federation\'s general secretary, '
        'speaking outside St Aurel. "But when a third of our newly trained nurses leave within '
        'two years, the service is already being closed, bed by bed."\n'
        "Mr Reybeck said the government's door remained open but accused the union of timing the "
        "action to coincide with the spring peak in waiting lists. Emergency departments, "
        "maternity units and cancer wards are exempt under a minimum-service agreement.\n"
        "The walkout is due to run until midnight on Friday. The federation has said it will "
        "announce further dates next week if no improved offer is made.",
    ),
    Piece(
        "corvantia-nurses-strike",
        "Ward & Bedside",
        D1 + 6.0,
        "CNF begins first national stoppage since 2012",
        "The Corvantian Nurses' Federation (CNF) opened a 72-hour national stoppage on Wednesday "
        "morning, its first since 2012. Ward & Bedside understands that turnout on picket lines "
        "at the two largest hospital trusts exceeded union expectations, with agency cover thin "
        "in theatres and day surgery. The dispute centres on the 2031 pay award: the CNF's claim "
        "is 9%, against a government offer of 3%. Minimum-service rules keep emergency, maternity "
        "and oncology staffed.",
    ),
    Piece(
        "corvantia-nurses-strike",
        "The Thistle Review",
        D1 + 9.0,
        "Opinion: The nurses are asking for less than they are owed",
        "When a nurse walks off a ward it is never a light decision, and Wednesday's strike in "
        "Corvantia's hospitals was not taken lightly. I spent the morning outside St Aurel in "
        "Ardesca, and what struck me was not anger but exhaustion.\n"
        "The government's line is that a 3 percent offer is all the country can afford. It is a "
        "curious kind of arithmetic. The health ministry spent more on agency staff last year "
        "than a 9 percent rise for every permanent nurse would cost, precisely because it cannot "
        "keep the nurses it trains.\n"
        "Tomas Reybeck, the health minister, says the federation timed its walkout to cause "
        "maximum disruption. Perhaps it did. But a strike that disrupted nothing would be a "
        "strike nobody noticed, and nurses have spent ten years being noticed by nobody.\n"
        "There is a deal to be done here. The union has signalled privately that a two-year "
        "settlement, front-loaded, would be acceptable. Ministers could offer that tomorrow and "
        "present it as their own idea.\n"
        "Instead they appear to be betting that public sympathy will drain away by the weekend. "
        "That is a bet they have lost before. Polls this week showed two in three voters backing "
        "the strikers.\n"
        "Nor is the money the whole story. The nurses I spoke to talked as much about staffing "
        "ratios, about shifts that run two hours over and about breaks that never come, as about "
        "their pay slips.\n"
        "The three days end at midnight on Friday. What happens after that is up to Mr Reybeck.",
    ),
    Piece(
        "tessaline-bids-dunmoor",
        "Marlinwire",
        D1 + 2.0,
        "UPDATE 1-Tessaline Foods offers 6.2 bln dlrs for Dunmoor Dairies",
        "(Adds analyst comment, share moves, background)\n"
        "HALDRUM, Pelmark, May 14 (Marlinwire) - Pelmark's Tessaline Foods on Wednesday made a "
        "6.2 billion dollar cash offer for Dunmoor Dairies, seeking to create the region's "
        "biggest dairy and chilled foods group as rising feed costs squeeze producers.\n"
        "Tessaline offered 41.50 dollars per Dunmoor share, a 38 percent premium to Tuesday's "
        "close. Dunmoor's board said it was minded to recommend the offer and had granted "
        "Tessaline four weeks of due diligence.\n"
        "Dunmoor shares jumped 31 percent in early Haldrum trading to 39.30 dollars, while "
        "Tessaline fell 4.2 percent.\n"
        "Tessaline Chief Executive Odile Brasseur said the combined company would save about 180 "
        "million dollars a year by the third year, mostly from shared distribution and "
        "purchasing. She said no creameries would close in the first two years.\n"
        "Analysts said the deal was likely to draw close scrutiny from the Pelmark Competition "
        "Board, since the two companies together would supply more than 40 percent of the "
        'country\'s butter and around a third of its yoghurt. "This will not be waved through," '
        "said Lena Morrisby, a food analyst at Brevanto Bank.\n"
        "Dunmoor, founded as a farmers' cooperative in 1911 and listed since 1998, posted a 14 "
        "percent fall in profit last year.\n"
        "(Reporting by Hanna Ruvel; Editing by Piet Osgood)",
    ),
    Piece(
        "tessaline-bids-dunmoor",
        "Tessaline Newsroom",
        D1 + 2.5,
        "Tessaline Foods announces recommended cash offer for Dunmoor Dairies",
        'Haldrum, 14 May 2031 - Tessaline Foods plc ("Tessaline") today announces the terms of '
        'a cash offer for the entire issued share capital of Dunmoor Dairies plc ("Dunmoor") at '
        "US$41.50 per share, valuing Dunmoor at approximately US$6.2 billion.\n"
        "The Dunmoor board has indicated that it is minded to recommend the offer, subject to "
        "confirmatory due diligence.\n"
        "Odile Brasseur, Chief Executive Officer of Tessaline, said: \"Dunmoor's farms, brands "
        "and people are a natural fit with ours. Together we will give farmers a stronger buyer "
        'and shoppers better value."\n'
        "The offer is conditional on the approval of the Pelmark Competition Board.",
    ),
    Piece(
        "tessaline-bids-dunmoor",
        "The Tallyboard",
        D1 + 5.0,
        "Dunmoor soars 31 pct on $6.2bn Tessaline approach",
        "Dunmoor Dairies closed up 31 pct at 39.30 dlrs in Haldrum on Wednesday after Tessaline "
        "Foods tabled a 6.2 bln dlr all-cash approach. The bidder expects annual savings of 180 "
        "mln dlrs within three years. Tessaline slipped 4.2 pct. Traders saw little chance of a "
        "rival offer, given the 38 pct premium, but said the competition review could take up to "
        "eight months.",
    ),
    Piece(
        "tessaline-bids-dunmoor",
        "The Meridian Standard",
        D1 + 11.0,
        "Analysis: What the butter giant really wants is the milk",
        "On paper, Wednesday's $6.2 billion offer for Dunmoor Dairies is a bet on brands. "
        "Dunmoor's yellow-foil butter and its Greyhill yoghurts are in most Pelmark fridges. But "
        "talk to people who know Tessaline Foods and a different picture emerges.\n"
        "Tessaline's problem is supply. Its cheese plants ran at barely 70 percent of capacity "
        "last winter because it could not buy enough milk at a price that made sense. Dunmoor, "
        "which grew out of a farmers' cooperative, still holds long contracts with about 2,300 "
        "dairy farms.\n"
        "Buying Dunmoor would in effect buy those contracts. That is why Odile Brasseur, "
        "Tessaline's chief executive, was willing to pay a premium of almost 40 percent.\n"
        "It is also why the deal may struggle. The Pelmark Competition Board has spent two years "
        "looking into farm-gate milk prices, and a single buyer holding that many contracts would "
        "be hard to ignore. Expect the board to ask for plants, or brands, to be sold.\n"
        "Farmers themselves are split. Some welcome a deep-pocketed owner; others fear that with "
        "one fewer buyer in the market, their price will only ever go one way.\n"
        "There is also a question of timing. Milk prices paid to farmers have fallen for three "
        "quarters in a row, and Tessaline may calculate that buying now, near the bottom of the "
        "cycle, is cheaper than waiting.\n"
        "For Dunmoor's shareholders, at least, the sums are simple. The stock had drifted for "
        "three years. Wednesday's offer gives them a way out.",
    ),
    Piece(
        "dravic-arrested",
        "Corvinfo",
        D1 + 4.0,
        "Former energy minister Dravic detained in Ardesca",
        "ARDESCA, May 14. /CORVINFO/. Former Energy Minister of Corvantia Lucan Dravic has been "
        "detained at Ardesca International Airport on suspicion of taking bribes in connection "
        "with the construction of the Keldra dam, the Office of the Prosecutor General told "
        "CORVINFO on Wednesday.\n"
        "According to the office, Dravic was about to board a flight abroad. He faces up to "
        "twelve years in prison if convicted.",
    ),
    Piece(
        "dravic-arrested",
        "Keyway Press",
        D1 + 5.5,
        "Ex-minister pulled off plane in dam bribery case",
        "ARDESCA, Corvantia (KY) — Police in Corvantia arrested a former energy minister at the "
        "capital's airport on Wednesday, accusing him of pocketing millions of dollars in "
        "kickbacks from the builders of the country's largest hydroelectric dam.\n"
        "Lucan Dravic, who ran the energy ministry from 2024 until last year, was taken off a "
        "plane minutes before departure, prosecutors said. His lawyer said the trip was a family "
        "holiday booked months ago.\n"
        "Prosecutors allege that Dravic steered the 2.8 billion dollar Keldra dam contract to a "
        "consortium that then paid about 14 million dollars to companies controlled by his "
        "brother-in-law. Investigators searched the offices of two construction firms in Ardesca "
        "on Wednesday afternoon.\n"
        '"No one is above the law, including those who once made it," Deputy Prosecutor General '
        "Mirela Zubac told reporters.\n"
        "Dravic, 58, has denied wrongdoing. In a statement read by his lawyer, Petru Anghel, he "
        "called the case a political vendetta by a government he had left after a row over energy "
        "prices.\n"
        "The Keldra dam was completed two years late and about 40 percent over budget. A "
        "parliamentary committee first raised questions about the contract in 2029.\n"
        "Corvantia has prosecuted two former ministers for corruption in the past decade; both "
        "were acquitted on appeal.\n"
        "A court is expected to rule on Thursday on whether Dravic should be held in custody "
        "until his trial.",
    ),
    Piece(
        "dravic-arrested",
        "Newsbite",
        D1 + 7.0,
        "Ex-energy chief held at airport in dam kickback probe",
        "Corvantia's former energy minister Lucan Dravic was detained as he boarded a flight, "
        "accused of taking $14M in bribes over the Keldra dam.",
    ),
    Piece(
        "brunova-flood",
        "Brunova Nightly",
        D1 + 1.5,
        "Seltra bursts its banks: Lower Brunova under a metre of water",
        "Hundreds of families in Lower Brunova woke on Wednesday to find the river Seltra in "
        "their kitchens after two days of torrential rain pushed the river over its banks and "
        "through a temporary barrier on Quayside Road.\n"
        "Firefighters used boats to reach residents in the streets around Tanners' Lane, where "
        "water stood more than a metre deep by first light. The city council said 640 homes had "
        "been flooded and about 1,900 people had left their houses overnight, most to stay with "
        "relatives and some in the sports hall at Brunova College.\n"
        "Brunova General Hospital moved patients from its ground-floor wards to higher floors as "
        "a precaution. Nurses who had joined the national strike that began on Wednesday morning "
        "left the picket line to help, the hospital said.\n"
        "The Seltra peaked at 5.8 metres at the Stone Bridge gauge at about 4am, the highest "
        "level since records began in 1962. The environment agency said it was now falling "
        "slowly, but warned that more rain was forecast for Thursday.\n"
        '"We put the sandbags out at midnight and by two o\'clock they were floating," said '
        "Dorota Kvasnic, 71, who has lived on Tanners' Lane for forty years.\n"
        "Mayor Anton Birel said the barrier, installed after floods in 2027, had been designed "
        "for a lower peak. He promised an emergency fund for households without insurance. "
        "Schools in the lower town will stay closed on Thursday.",
    ),
    Piece(
        "brunova-flood",
        "Worldline TV",
        D1 + 4.5,
        "Hundreds evacuated as river floods Corvantian city",
        "Rescue crews in boats have been ferrying residents out of flooded streets in Brunova, "
        "Corvantia's second city, after the river Seltra rose to a record 5.8 metres overnight. "
        "About 1,900 people spent the night away from home. No injuries have been reported. "
        "Forecasters expect more heavy rain on Thursday.",
    ),
    Piece(
        "brunova-flood",
        "Radio Corvantia International",
        D1 + 8.0,
        "Government releases emergency aid for Brunova",
        "The cabinet has released 20 million dollars in emergency aid for Brunova, where the "
        "Seltra flooded 640 homes overnight. Interior Minister Sanna Pirvu toured the lower town "
        "by boat this afternoon and said the flood barrier on Quayside Road would be reviewed.",
    ),
    Piece(
        "tirrow-flash-flood",
        "Agence Solvane",
        D1 + 3.0,
        "Flash flood tears through Isvarran city, four dead",
        "Tirrow (ASV) - A wall of muddy water swept through the centre of the Isvarran city of "
        "Tirrow on Wednesday, killing at least four people and carrying away dozens of cars, "
        "after a cloudburst dumped more than 120 millimetres of rain on the hills above the city "
        "in under three hours.\n"
        "The torrent came down the normally dry Calvine ravine shortly after 7:00 am (0500 GMT), "
        "as people were on their way to work, and poured into Mill Street, the main shopping "
        "street, witnesses said.\n"
        '"It sounded like a train. Then the cars started to move," said a shopkeeper, Luca '
        "Bressani, who climbed onto his counter as the water filled his shop to chest height.\n"
        "Civil protection officials said four bodies had been recovered, including that of a "
        "12-year-old boy, and that three people were missing. Around 30 people were treated in "
        "hospital.\n"
        "Firefighters with dogs were searching cellars and underground car parks in the afternoon "
        "after the water drained away as quickly as it had come, leaving a thick layer of mud and "
        "wrecked vehicles piled against buildings.\n"
        "Isvarra's prime minister, Adriana Colluri, cut short a visit abroad and said she would "
        "travel to Tirrow on Thursday. The government declared a state of emergency for the "
        "province.\n"
        "Flash floods are common in the region in late spring, but residents said none in living "
        "memory had been this violent.\n"
        "asv/pm",
    ),
    Piece(
        "tirrow-flash-flood",
        "Reelhaus",
        D1 + 3.8,
        "Video: cars swept down Tirrow's Mill Street",
        "Footage shows the flash flood carrying cars through the city centre.",
    ),
    Piece(
        "tirrow-flash-flood",
        "Isvarra Today",
        D1 + 6.5,
        "Tirrow counts its dead after cloudburst",
        "Rescuers in Tirrow were still searching for three missing people this evening after this "
        "morning's flash flood killed four and left Mill Street buried in mud. The cloudburst "
        "over the Calvine hills dropped 120mm of rain in less than three hours. Prime Minister "
        "Adriana Colluri will visit tomorrow; a state of emergency is in force across the "
        "province.",
    ),
    Piece(
        "kaisung-ferry",
        "Xinlan",
        D1 + 5.5,
        "Passenger ferry capsizes off Tavonne's Pellu island",
        "KAISUNG, May 14 (Xinlan) -- A passenger ferry carrying 212 people capsized off Pellu "
        "island in southern Tavonne on Wednesday evening, the country's coast guard said.\n"
        "Rescue ships and helicopters have been sent to the area, and dozens of people have been "
        "pulled from the water, according to the coast guard. The cause of the accident is under "
        "investigation.",
    ),
    Piece(
        "kaisung-ferry",
        "Reelhaus",
        D1 + 7.5,
        "Watch: rescuers pull survivors from the sea off Pellu",
        "Night-vision footage from Tavonne's coast guard as the ferry lies on its side.",
    ),
    Piece(
        "kaisung-ferry",
        "Xinlan",
        D1 + 16.0,
        "Death toll in Tavonne ferry accident rises to 17",
        "KAISUNG, May 15 (Xinlan) -- The number of people confirmed dead after a passenger ferry "
        "overturned off Tavonne's Pellu island late on Wednesday has risen to 17, with 11 still "
        "unaccounted for, the coast guard said on Thursday morning.\n"
        "Of the 212 people on board the MV Sunwake, 184 have been rescued, 23 of them with "
        "injuries, the coast guard said. Divers resumed searching the hull at first light after "
        "operations were suspended for several hours overnight because of strong currents.\n"
        "The ferry, which was sailing from Kaisung to Pellu on a regular evening service, listed "
        "sharply to port about 20 minutes before it was due to dock and turned over within "
        "minutes, survivors said.\n"
        '"The lights went off and then everything slid to one side," one passenger, a '
        "34-year-old teacher, told reporters at Pellu's harbour. \"People were climbing over each "
        'other to reach the windows."\n'
        "Tavonne's transport ministry said the vessel, built in 1996, had passed its last safety "
        "inspection in February. Investigators are examining whether cargo on the car deck had "
        "shifted in the heavy swell.\n"
        "Premier Mei Tanaro ordered an inspection of all passenger ferries more than 25 years old "
        "and declared Friday a national day of mourning.\n"
        "Relatives gathered overnight at the ferry terminal in Kaisung, where officials posted "
        "lists of survivors on the wall.",
    ),
    Piece(
        "kaisung-ferry",
        "Seaways Bulletin",
        D1 + 17.0,
        "Sunwake capsize: cargo shift in focus",
        "Investigators looking into the loss of the Tavonne-flagged ro-pax ferry Sunwake, which "
        "overturned off Pellu on the evening of 14 May with 212 aboard, are focusing on how cargo "
        "was secured on the vehicle deck, according to people briefed on the inquiry. The "
        "1996-built vessel had been lengthened in 2009. The death toll stood at 17 on Thursday "
        "morning local time.",
    ),
    # --- Day 2: Tue Jul 8, 2031. ---
    Piece(
        "storm-ferelith",
        "The Pelmark Herald",
        D2 + 1.0,
        "Storm Ferelith live: Skelby sea wall breached, two dead",
        "09:05 — Two people have died, police say: a driver hit by a falling tree on the coast "
        "road north of Skelby, and a woman swept off the promenade shortly before 4am.\n"
        "08:55 — Haldrum's main hospital says it has treated 11 people for storm injuries, none "
        "of them life-threatening.\n"
        "08:40 — Pelmark Grid says 64,000 homes are without power, most of them in Skelby and the "
        "villages along the estuary. Crews cannot go up poles until the wind drops.\n"
        '08:25 — Mayor Brita Hollenby: "This wall has held for a hundred years. We will need to '
        "know why it didn't last night.\" The town hall has opened as a shelter.\n"
        '08:15 — Our reporter in the old town: "Harbour Street is a river. People are standing '
        'at upstairs windows watching their furniture float past."\n'
        "07:55 — The weather service recorded a gust of 148 km/h at Skelby Point at 02:40, a July "
        "record for the station. The red warning stays in force until noon.\n"
        "07:40 — Rail services between Haldrum and Skelby are suspended; the line is blocked by "
        "fallen trees in two places.\n"
        "07:20 — Schools in Skelby and Northby are closed today, the council says.\n"
        "07:30 — The coast guard rescued four people from a yacht that broke its moorings in "
        "Skelby marina.\n"
        "07:10 — Good morning and welcome to our live coverage of Storm Ferelith, which crossed "
        "the Pelmark coast overnight. A section of Skelby's sea wall, about 40 metres long, "
        "collapsed at around 3am, letting the tide into the old town.",
    ),
    Piece(
        "storm-ferelith",
        "FrameHouse",
        D2 + 4.0,
        "In pictures: Storm Ferelith batters Skelby",
        "Flooded streets, a broken sea wall and boats thrown onto the quay.",
    ),
    Piece(
        "storm-ferelith",
        "WeatherDesk",
        D2 + 5.0,
        "Ferelith's 148 km/h gust sets July record",
        "A gust of 148 km/h (92 mph) at Skelby Point early on Tuesday is the strongest ever "
        "recorded in Pelmark in July, WeatherDesk's analysis shows. Ferelith deepened rapidly "
        "over unusually warm sea water before landfall around 01:00. The storm is now weakening "
        "as it moves inland, though gales will persist on exposed coasts into the evening.",
    ),
    Piece(
        "storm-ferelith",
        "Skelby Beacon",
        D2 + 8.0,
        "'The sea just walked in': Skelby's old town after the night the wall gave way",
        "By mid-afternoon on Tuesday the water had drained out of Harbour Street, leaving a line "
        "of brown scum a metre up every front door and a smell of salt and diesel that will "
        "linger for weeks.\n"
        "The town's sea wall, built in 1921 and patched many times since, split along a 40-metre "
        "stretch at about three in the morning as Storm Ferelith's surge met a high spring tide. "
        "Within twenty minutes the sea was in the old town.\n"
        "Two people lost their lives in the storm: a 63-year-old man from Northby whose car was "
        "crushed by a tree on the coast road, and a woman in her forties who was caught by a wave "
        "on the promenade. Police have not released their names.\n"
        "Around 400 homes and businesses were flooded. Many of the fishing families on Harbour "
        "Street spent the night at the town hall, where volunteers handed out blankets and soup.\n"
        "\"We have had storms before, but the sea just walked in through the wall like it wasn't "
        'there," said Jory Haddock, who runs the chandlery on the quay.\n'
        "Mayor Brita Hollenby said the council had asked the national government three times "
        "since 2026 for money to rebuild the wall, and called for an independent inquiry. Power "
        "had been restored by evening to about half of the 64,000 homes cut off overnight.\n"
        "Insurers' loss adjusters were already on Harbour Street by lunchtime, and the council "
        "said it would open a hardship fund on Wednesday for households without cover.",
    ),
    Piece(
        "nuvexa-iris-launch",
        "NewsFlow Release",
        D2 + 2.0,
        "Nuvexa Unveils Iris, Everyday Smart Glasses With a Built-In Display",
        "OSMANTA, Isvarra, July 8, 2031 /NewsFlow/ -- Nuvexa Ltd. today introduced Iris, a pair "
        "of lightweight smart glasses that places a full-colour display in the right lens and "
        "weighs just 49 grams.\n"
        "Iris shows messages, directions and live captions, and can translate conversations in 30 "
        "languages. Its battery, housed in both temples, lasts up to ten hours.\n"
        '"Iris is the first wearable display you can forget you are wearing," said Rhea '
        "Tamborini, Chief Executive Officer of Nuvexa.\n"
        "Iris will be available from July 22 at US$1,499, with prescription lenses from US$199.\n"
        "About Nuvexa: Nuvexa designs wearable computers and is headquartered in Osmanta, Isvarra.",
    ),
    Piece(
        "nuvexa-iris-launch",
        "GadgetGrid",
        D2 + 5.0,
        "Hands-on: I wore Nuvexa's $1,499 glasses for an afternoon",
        "The first thing you notice about Iris is that nobody else notices it. Nuvexa's new smart "
        "glasses look like a slightly chunky pair of tortoiseshell frames, and in two hours "
        "walking around Osmanta nobody gave me a second glance.\n"
        "The second thing you notice is the screen. A small, bright panel floats about a metre in "
        "front of your right eye. It is sharp enough to read a text message and clear enough in "
        "daylight, though it washes out in direct sun.\n"
        "Nuvexa showed off three tricks at Tuesday's launch: turn-by-turn walking directions, "
        "live captions of the person you are talking to, and translation. Directions worked well. "
        "Captions were fast and surprisingly accurate. Translation lagged by a second or two, "
        "enough to make conversation awkward.\n"
        "At 49 grams Iris is light, but the temples get noticeably warm after half an hour, which "
        "Nuvexa says is normal while the display is running. The battery claim of ten hours "
        "assumes light use; with captions on, expect about four.\n"
        "The price is the sticking point. $1,499 is a lot of money for a second screen, and "
        "prescription lenses are another $199. Chief executive Rhea Tamborini told me the company "
        "expects early buyers to include people with hearing loss, for whom live captions could "
        "be life-changing.\n"
        "Verdict for now: the most wearable smart glasses I have tried, and the first I would "
        "consider using daily. Iris ships on July 22.",
    ),
    Piece(
        "nuvexa-iris-launch",
        "Optic Review",
        D2 + 9.0,
        "Nuvexa's Iris specs land at $1.5K",
        "Isvarra's Nuvexa has launched Iris, 49g smart glasses with a colour display in one lens, "
        "shipping July 22 at $1,499.",
    ),
    Piece(
        "greymont-results",
        "Marlinwire",
        D2 + 1.5,
        "BRIEF-Greymont Bank H1 net profit rises 3.5 pct",
        "July 8 (Marlinwire) - Greymont Bank:\n"
        "* H1 NET PROFIT 1.42 BLN DLRS, UP 3.5 PCT\n"
        "* H1 NET INTEREST INCOME 3.9 BLN DLRS VERSUS 3.7 BLN DLRS YEAR AGO\n"
        "* CET1 RATIO 14.1 PCT AT END-JUNE\n"
        "* RAISES INTERIM DIVIDEND TO 0.31 DLRS PER SHARE\n"
        "Further company coverage:",
    ),
    Piece(
        "greymont-results",
        "The Tallyboard",
        D2 + 4.0,
        "Greymont edges profit up 3.5 pct as mortgage lending recovers",
        "Greymont Bank, Pelmark's largest lender by assets, reported a 3.5 pct rise in first-half "
        "net profit to 1.42 bln dlrs on Tuesday, helped by a pick-up in mortgage lending and "
        "lower provisions against bad loans.\n"
        "Net interest income rose to 3.9 bln dlrs from 3.7 bln dlrs, while loan-loss charges fell "
        "to 210 mln dlrs from 265 mln dlrs a year earlier. The result was slightly ahead of the "
        "1.39 bln dlrs analysts had expected.\n"
        "The Haldrum-based bank raised its interim dividend to 0.31 dlrs a share from 0.28 dlrs "
        "and said it would buy back up to 500 mln dlrs of its shares before the end of the year.\n"
        "Chief executive Felix Ranvaud said mortgage applications in the second quarter were the "
        "highest since 2028, though he warned that margins would narrow in the second half if the "
        "central bank began cutting rates.\n"
        "Costs rose 2.4 pct to 2.05 bln dlrs, mostly because of higher wages and spending on "
        "technology, giving a cost-to-income ratio of 48.6 pct.\n"
        '"We are not assuming any help from rates," Mr Ranvaud told reporters. "Growth from '
        'here has to come from volume and costs."\n'
        "Analysts at Vellacott Securities called the figures solid if unspectacular and said the "
        "buyback was larger than expected. The bank reports third-quarter figures on October 21.\n"
        "The bank's common equity tier one ratio stood at 14.1 pct at the end of June. Its shares "
        "rose 2.1 pct by midday, outperforming a flat banking index.",
    ),
    Piece(
        "greymont-results",
        "Bankers' Digest",
        D2 + 7.0,
        "Greymont lifts payout after 3.5% profit gain",
        "Pelmark's biggest bank earned $1.42bn in the half, beat forecasts, and will buy back up "
        "to $500M of its shares.",
    ),
    Piece(
        "ardesca-trust-results",
        "Market Courier",
        D2 + 2.5,
        "Ardesca Trust profit slides 12% as commercial property loans sour",
        "Ardesca Trust, Corvantia's second-biggest bank, said on Tuesday its first-half profit "
        "fell 12% to $640 million, as it set aside more money to cover soured loans to commercial "
        "landlords.\n"
        "Provisions for bad loans more than doubled to $310 million from $140 million a year "
        "earlier. Most of the increase related to office buildings in Ardesca, where vacancy "
        "rates have climbed above 20%.\n"
        "Net interest income was broadly flat at $1.8 billion. Analysts had expected profit of "
        "around $700 million.\n"
        "Chief executive Paz Elorriaga said the worst of the property problems had now been "
        'recognised. "We have looked at every large office loan on our books, one by one," she '
        'said on a call with analysts. "What is left, we are comfortable with."\n'
        "Fee income rose 4% to $520 million, helped by higher card spending and a recovery in "
        "wealth management, but it was not enough to offset the rise in provisions.\n"
        "The bank held its interim dividend at $0.18 a share and suspended a planned share "
        "buyback. Its core capital ratio slipped to 12.6%.\n"
        "Ms Elorriaga, who took over in January, has promised to cut the bank's exposure to "
        "commercial property by a quarter within three years.\n"
        "Corvantia's banking regulator said last month it was reviewing lenders' exposure to "
        "commercial property after two developers collapsed in the spring.\n"
        "Ardesca Trust shares fell 6% in morning trading, their steepest fall in more than a year.",
    ),
    Piece(
        "ardesca-trust-results",
        "Radio Corvantia International",
        D2 + 5.0,
        "Ardesca Trust earnings drop on bad property loans",
        "Ardesca Trust says its profit for the first six months fell twelve percent, to 640 "
        "million dollars, because of losses on loans to office landlords in the capital. The bank "
        "has suspended its share buyback. Its shares fell about six percent this morning.",
    ),
    Piece(
        "ardesca-trust-results",
        "Marlinwire",
        D2 + 6.0,
        "UPDATE 1-Ardesca Trust H1 profit falls 12 pct on office loans",
        "(Adds CEO comments, shares)\n"
        "ARDESCA, Corvantia, July 8 (Marlinwire) - Ardesca Trust's first-half net profit fell 12 "
        "percent to 640 million dollars, the Corvantian lender said on Tuesday, as it more than "
        "doubled provisions against commercial property loans.\n"
        'Chief Executive Paz Elorriaga said office loans had been reviewed "one by one". The '
        "shares closed down 5.8 percent.\n"
        "(Reporting by Tomas Lerche; Editing by Piet Osgood)",
    ),
    Piece(
        "pelmark-cup-final",
        "Fulltime Sport",
        D2 + 15.0,
        "Eriksby strikes late as Haldrum Wanderers lift the Pelmark Cup",
        "Jonas Eriksby's header four minutes into stoppage time gave Haldrum Wanderers a 2-1 win "
        "over Skelby Town in the Pelmark Cup final on Tuesday night, breaking the hearts of a "
        "club whose supporters had travelled from a town still counting the cost of Storm "
        "Ferelith.\n"
        "Skelby had led through Aron Vestby's low shot on 33 minutes and defended with great "
        "discipline until the 71st, when Wanderers' substitute Milo Tennant turned in a cross "
        "from the left.\n"
        "Skelby's goalkeeper Tobias Hensby had kept Wanderers at bay before the break with a "
        "string of saves, twice tipping Eriksby's efforts over the bar.\n"
        "With extra time looming, Eriksby rose above two defenders at the far post to meet a "
        "corner from captain Davor Lind and send it in off the crossbar.\n"
        "It is Wanderers' first cup since 2019 and their sixth in all. For Skelby Town, appearing "
        "in only their second final, the defeat was made harder by the day that preceded it: "
        "several players had spent the morning helping to clear flooded homes, and there was a "
        "minute's applause before kick-off for the two people killed in the storm.\n"
        '"Our town had an awful night and we wanted to give them something," Skelby manager '
        'Irena Kosk said. "We gave everything. That will have to be enough."\n'
        "Wanderers coach Felipe Arrua praised his opponents and dedicated the trophy to "
        '"everyone in Skelby". A crowd of 41,200 watched at the Haldrum National Stadium.',
    ),
    Piece(
        "pelmark-cup-final",
        "Pelmark Radio One",
        D2 + 16.0,
        "Wanderers win cup with last-gasp header",
        "Haldrum Wanderers are Pelmark Cup winners after Jonas Eriksby's stoppage-time header "
        "beat Skelby Town 2-1 at the National Stadium tonight. Skelby had gone ahead in the first "
        "half and were minutes from extra time.",
    ),
    Piece(
        "pelmark-cup-final",
        "Reelhaus",
        D2 + 16.5,
        "Watch: Eriksby's stoppage-time winner",
        "The header that won the Pelmark Cup for Haldrum Wanderers.",
    ),
    Piece(
        "opinion-storm-names",
        "The Thistle Review",
        D2 + 12.0,
        "Opinion: We should stop giving storms names",
        "Ferelith. Before that, Halmeda, and before that, Borek. Every autumn and, it now seems, "
        "every summer, the weather service reaches into its alphabet and hands us a new character "
        "to fear.\n"
        "The practice began in Pelmark in 2019, borrowed from neighbouring countries, on the "
        "theory that a named storm would be taken more seriously. There is some evidence it "
        "works: surveys suggest people are more likely to check a warning if the storm has a "
        "name.\n"
        "But naming has side effects. It turns weather into an event, with a beginning, an end "
        "and a brand. Television schedules fill up with it for a day, and then it is gone, "
        "leaving the slow business of rebuilding, and the slower business of asking why our "
        "defences were not ready, to people who have stopped paying attention.\n"
        "It also flattens differences. A named storm is a named storm, whether it brings down a "
        "garden fence or a sea wall. The name carries the drama, while the warnings that actually "
        "matter, the colour codes and the surge forecasts, get less attention.\n"
        "There is a better model. Some weather services issue impact-based warnings only, "
        "describing what will happen where, without the personality. People pay attention to "
        '"the sea will come over the wall at Skelby at 3am" in a way that no name can match.\n'
        "Storm names are a good piece of marketing. Warnings should not need marketing.",
    ),
    # --- Day 3: Tue Oct 7, 2031. ---
    Piece(
        "nurses-strike-ends",
        "Corvantia Ministry of Health",
        D3 + 2.0,
        "Government and nurses' federation agree two-year pay settlement",
        "The Ministry of Health and the Corvantian Nurses' Federation have today signed a pay "
        "agreement that brings the dispute over the 2031 award to an end.\n"
        "Under the agreement, nurses' pay will rise by 5 percent from 1 April 2031, backdated, "
        "and by a further 4 percent from 1 April 2032. A new retention payment will be made to "
        "nurses who complete three years' service.\n"
        'Minister of Health Tomas Reybeck said: "This is a fair settlement that recognises the '
        "work nurses do and that the country can afford. I thank the federation for the "
        'constructive talks of recent weeks."\n'
        "All further strike dates have been withdrawn. Services will operate normally from "
        "tomorrow.",
    ),
    Piece(
        "nurses-strike-ends",
        "The Sentinel Ledger",
        D3 + 4.0,
        "Corvantia's nurses end five-month dispute with 9 percent over two years",
        "Corvantia's nurses called off their strike on Tuesday after their union accepted a "
        "two-year deal worth 9 percent, ending a dispute that has closed wards on and off since "
        "May and forced the cancellation of almost 90,000 operations.\n"
        "The agreement, signed at the health ministry in Ardesca shortly after 9am, gives nurses "
        "5 percent for this year, backdated to April, and 4 percent next year, plus a payment of "
        "1,500 dollars for those who stay three years.\n"
        "It is, as several union officials pointed out, exactly the 9 percent the Corvantian "
        "Nurses' Federation asked for in the spring, only spread over twenty-four months instead "
        "of twelve.\n"
        '"We said from the first morning on the picket line that we would not go back for '
        'crumbs," said Ines Valdemar, the federation\'s general secretary. "Our members have '
        'lost five months of pay days to win this. They should be proud."\n'
        "Health Minister Tomas Reybeck, who had insisted until late summer that 4 percent was the "
        "most the budget could bear, said the retention payment would pay for itself by cutting "
        "the bill for agency staff.\n"
        "The dispute had become the longest in the health service's history. Ministers tried and "
        "failed to end it in August, when an offer of 6 percent was rejected by two thirds of "
        "members.\n"
        "Members voted 78 percent in favour in a ballot that closed on Monday night. Rolling "
        "strikes planned for later this month have been cancelled, and hospitals said they would "
        "start rebooking postponed operations from next week.",
    ),
    Piece(
        "nurses-strike-ends",
        "The Daily Scorcher",
        D3 + 6.0,
        "ANGELS WIN! NURSES BAG 9% AND END STRIKE",
        "Corvantia's heroic nurses have SMASHED the government's pay squeeze, bagging a bumper 9% "
        "over two years and hanging up their placards for good.\n"
        "Penny-pinching Health Minister Tomas Reybeck caved this morning after five months of "
        "walkouts that left wards half-empty.\n"
        'Union boss Ines Valdemar crowed: "No crumbs!" Our angels, we salute you.',
    ),
    Piece(
        "dravic-verdict",
        "Corvinfo",
        D3 + 3.0,
        "Court sentences ex-minister Dravic to nine years",
        "ARDESCA, October 7. /CORVINFO/. The Ardesca City Court on Tuesday found former Energy "
        "Minister Lucan Dravic guilty of accepting bribes in connection with the Keldra dam "
        "project and sentenced him to nine years in a general-regime penal colony, a CORVINFO "
        "correspondent reported from the courtroom.\n"
        "The court also ordered the confiscation of property worth 14 million dollars. The "
        "defence said it would appeal.",
    ),
    Piece(
        "dravic-verdict",
        "Courtline",
        D3 + 5.0,
        "Dravic jailed for nine years over Keldra dam kickbacks",
        "A former Corvantian energy minister was sentenced to nine years in prison on Tuesday "
        "after a court in Ardesca found he had taken about 14 million dollars in bribes from the "
        "builders of the Keldra hydroelectric dam.\n"
        "Lucan Dravic, 58, stood with his hands clasped as Judge Anselm Verhoek read the verdict, "
        "which took more than two hours. His wife and two adult children sat in the front row of "
        "the public gallery.\n"
        'The judge said the evidence showed "beyond doubt" that Dravic had steered the 2.8 '
        "billion dollar contract to a consortium led by Sarnow Construct, which then paid the "
        "money to shell companies controlled by his brother-in-law, Emil Rostan. Rostan received "
        "a five-year sentence.\n"
        "Dravic was arrested in May at Ardesca airport as he was about to fly abroad. Throughout "
        "the three-month trial he maintained that the payments were consultancy fees and that the "
        "case had been brought for political reasons.\n"
        "During the trial, prosecutors played recordings of telephone calls in which Dravic "
        'discussed "the family\'s share" of the payments with Rostan.\n'
        '"This court does not judge politics. It judges money, and the money is clear," Judge '
        "Verhoek said.\n"
        "Defence lawyer Petru Anghel said the verdict would be appealed to the Supreme Court. "
        "Deputy Prosecutor General Mirela Zubac, who led the case, said outside court that it "
        'showed "the powerful answer to the same law as everyone else". Dravic was led from the '
        "court in handcuffs.",
    ),
    Piece(
        "dravic-verdict",
        "Newsbite",
        D3 + 6.0,
        "Ex-minister Dravic gets 9 years for dam bribes",
        "Corvantia's former energy minister was convicted of taking $14M from the Keldra dam's "
        "builders; he will appeal.",
    ),
    Piece(
        "haldrum-farmers-protest",
        "Haldrum Echo",
        D3 + 2.5,
        "Tractors bring Haldrum ring road to a standstill in diesel duty protest",
        "Hundreds of tractors crawled onto Haldrum's ring road at dawn on Tuesday, bringing "
        "morning traffic around the capital to a halt as farmers protested against a planned rise "
        "in the duty on agricultural diesel.\n"
        "Police estimated that about 700 tractors took part, entering the city from six "
        "directions before converging at the Westgate interchange, where drivers parked across "
        "all lanes and sounded their horns for ten minutes at 8am.\n"
        "The Pelmark Farmers' Union says the government's plan to scrap the reduced rate on red "
        "diesel from January will cost an average arable farm around 9,000 marks a year.\n"
        '"We feed this city. Today the city can wait for us for a morning," union president '
        "Osric Bellcombe told a rally at the interchange, where supporters handed out apples and "
        "milk.\n"
        "Commuters faced delays of up to two hours and several bus routes were suspended. Some "
        "drivers stuck on the ring road got out of their cars to applaud; others were less "
        "forgiving.\n"
        "Police said there were no arrests, though two tractors had to be towed from the "
        "interchange after breaking down, and officers kept a small counter-protest by cyclists "
        "apart from the rally.\n"
        "The finance ministry said the change was needed to meet climate targets and that a "
        "support scheme for small farms would be announced before the budget. The union said it "
        "would return with more tractors if the plan was not dropped.",
    ),
    Piece(
        "haldrum-farmers-protest",
        "Reelhaus",
        D3 + 3.5,
        "Video: tractors block Haldrum ring road",
        "A farmers' convoy brings the capital's morning traffic to a halt.",
    ),
    Piece(
        "haldrum-farmers-protest",
        "Farm & Field",
        D3 + 7.0,
        "700 tractors take diesel duty fight to the capital",
        "The Pelmark Farmers' Union brought an estimated 700 tractors into Haldrum on Tuesday in "
        "its biggest protest yet against the removal of the rebated rate on agricultural diesel. "
        "Union president Osric Bellcombe said the change would cost an arable holding about 9,000 "
        "marks a year and warned ministers of further action. The finance ministry has promised a "
        "support scheme for small farms.",
    ),
    Piece(
        "tirrow-student-protest",
        "Isvarra Today",
        D3 + 4.5,
        "Thousands of students march in Tirrow against fee rise",
        "Several thousand students marched through the centre of Tirrow today against the "
        "government's plan to double university tuition fees from next year. The march, organised "
        "by the Isvarran Students' Union, passed off peacefully until a group tried to enter the "
        "regional government building, where police used pepper spray. Three people were "
        'detained. Education Minister Carlo Marvesi has called the rise "unavoidable".',
    ),
    Piece(
        "tirrow-student-protest",
        "Tirrow Gazette",
        D3 + 6.5,
        "Pepper spray at the Prefecture as fee march turns tense",
        "What began as a good-humoured march of students along Mill Street on Tuesday morning "
        "ended in scuffles outside the Prefecture, where police used pepper spray on protesters "
        "trying to force the doors.\n"
        "Organisers from the Isvarran Students' Union put the crowd at 8,000; police said 4,500. "
        "Most came from Tirrow University, where the fee for a standard degree would rise from "
        "1,200 to 2,400 a year under the government's plan.\n"
        '"My parents cannot pay that. I will have to leave," said Giada Orsetti, a second-year '
        "engineering student.\n"
        "Three people were detained and later released. The union has called a national day of "
        "action for next week.",
    ),
    Piece(
        "sanvira-quake",
        "Rasika News Service",
        D3 + 8.5,
        "Strong quake hits Sanvira's Lomvai, buildings collapse",
        "Lomvai, Oct 7 (RNS) A strong earthquake of magnitude 6.8 struck near the Sanviran city "
        "of Lomvai on Tuesday night, bringing down several buildings and cutting power across the "
        "region, officials said.\n"
        "The quake struck at 9.40 pm local time at a depth of about 15 km, the Sanvira Geological "
        "Service said. There was no immediate word on casualties.\n"
        "RNS KT MR",
    ),
    Piece(
        "sanvira-quake",
        "Sanvira Times",
        D3 + 10.0,
        "Lomvai quake: at least 12 dead as rescuers dig through the night",
        "At least 12 people were killed and more than 150 injured when a magnitude-6.8 earthquake "
        "struck Lomvai late on Tuesday, the regional disaster agency said. Two apartment blocks "
        "and a market hall collapsed in the old quarter. Army units were sent to help search the "
        "rubble, and residents spent the night in the streets, fearing aftershocks.",
    ),
    Piece(
        "sanvira-quake",
        "FrameHouse",
        D3 + 11.0,
        "In pictures: Lomvai after the earthquake",
        "Rescuers search collapsed buildings by floodlight in the old quarter.",
    ),
    Piece(
        "sanvira-quake",
        "Agence Solvane",
        D3 + 16.5,
        "Sanvira quake toll climbs to 41 as rescuers race the clock",
        "Lomvai (Sanvira) (ASV) - Rescuers in the Sanviran city of Lomvai pulled a woman and her "
        "baby alive from the ruins of an apartment block on Wednesday morning, hours after a "
        "powerful earthquake that has killed at least 41 people.\n"
        "The 6.8-magnitude quake struck at 9:40 pm (1340 GMT) on Tuesday, about 20 kilometres "
        "west of the city, at a shallow depth that made the shaking particularly violent, "
        "seismologists said.\n"
        "Most of the deaths were in Lomvai's old quarter, where two six-storey apartment blocks "
        "and a covered market collapsed. More than 300 people were injured, the regional disaster "
        "agency said on Wednesday.\n"
        '"We heard them calling under the concrete for three hours," said a neighbour, Ratu '
        "Pelakang, who watched as firefighters lifted the mother and child onto stretchers "
        "shortly after dawn.\n"
        "Sanvira's president, Darmo Keluan, flew to Lomvai overnight and promised to rebuild "
        "every home. He ordered a review of building standards after residents said the collapsed "
        "blocks had been put up in haste in the 1990s.\n"
        "More than 60 aftershocks had been recorded by morning, the strongest of magnitude 5.1. "
        "Thousands of people slept in parks and on football pitches.\n"
        "Rescue teams from three neighbouring countries were due to arrive later on Wednesday. "
        "Hospitals in Lomvai appealed for blood donors after treating the injured in corridors "
        "and car parks overnight.\n"
        "asv/dk",
    ),
    Piece(
        "isvarra-rate-cut",
        "Marlinwire",
        D3 + 7.0,
        "UPDATE 1-Isvarra central bank cuts rates by 50 bps, more than expected",
        "(Adds governor's comments, market reaction)\n"
        "OSMANTA, Isvarra, Oct 7 (Marlinwire) - The Bank of Isvarra cut its main refinancing rate "
        "by 50 basis points to 4.25 percent on Tuesday, a bigger reduction than most economists "
        "had forecast, citing a sharp slowdown in inflation and weak growth.\n"
        "Twelve of 18 economists polled by Marlinwire had expected a 25 bps cut.\n"
        'Governor Sefa Torrente said the bank was "not on a pre-set course" but that inflation, '
        "at 2.1 percent in September, was now close to target. The tallar fell 0.8 percent "
        "against the dollar.\n"
        "(Reporting by Hanna Ruvel; Editing by Mara Delcourt)",
    ),
    Piece(
        "isvarra-rate-cut",
        "Market Courier",
        D3 + 8.0,
        "Bank of Isvarra slashes rates by half a point as inflation cools",
        "Isvarra's central bank lowered borrowing costs by half a percentage point on Tuesday, to "
        "4.25%, surprising markets that had priced in a smaller move and signalling that more "
        "cuts could follow if the economy keeps slowing.\n"
        "It was the bank's second reduction this year and its largest since 2025. Most analysts "
        "had expected a quarter-point cut.\n"
        "Governor Sefa Torrente told a news conference in Osmanta that inflation had fallen "
        "faster than the bank predicted, to 2.1% in September, while business surveys pointed to "
        "a contraction in manufacturing.\n"
        '"We are not on autopilot," Ms Torrente said. "But the balance of risks has shifted, '
        'and policy has to shift with it."\n'
        "Two of the seven members of the monetary policy board voted for a smaller cut of 25 "
        "basis points.\n"
        "The tallar weakened 0.8% against the dollar after the announcement, and two-year "
        "government bond yields fell 18 basis points. Mortgage lenders are expected to pass the "
        "cut on to variable-rate borrowers within weeks.\n"
        "Ms Torrente dismissed suggestions that the bank was responding to pressure from the "
        'government, which faces an election next spring. "Our decisions are made in this '
        'building," she said.\n'
        "Economists at Brevanto Bank said they now expected the rate to reach 3.75% by the middle "
        "of 2032. The next decision is due on December 2.",
    ),
    Piece(
        "isvarra-rate-cut",
        "Bankers' Digest",
        D3 + 10.0,
        "Isvarra cuts key rate to 4.25% in surprise half-point move",
        "The Bank of Isvarra lowered its main rate by 50 bps, double the expected cut, as "
        "inflation slowed to 2.1%.",
    ),
    # --- Day 4: Tue Jan 27, 2032. ---
    Piece(
        "dunmoor-deal-cleared",
        "Dairy Trade Journal",
        D4 + 2.0,
        "Competition Board clears Tessaline-Dunmoor, orders sale of Greyhill and three creameries",
        "Pelmark's competition regulator on Tuesday approved Tessaline Foods' $6.2 billion "
        "takeover of Dunmoor Dairies, but only after the buyer agreed to sell the Greyhill "
        "yoghurt brand and three creameries to ease concerns about the price it pays farmers.\n"
        "The Pelmark Competition Board said that without the remedies, the merged group would "
        "have bought close to half of all milk produced in the country's north-west, leaving many "
        "farmers with a single realistic customer.\n"
        "The creameries to be sold are in Northby, Eskdown and Lenham, which between them take "
        "milk from about 600 farms. The buyer must be approved by the board and cannot be one of "
        "the country's four largest dairy processors.\n"
        "Tessaline also committed to offering farmers contracts with a notice period of at least "
        "12 months for the next five years.\n"
        "Odile Brasseur, Tessaline's chief executive, said the conditions were \"tough but "
        'workable" and that the deal should close in March. The company now expects annual '
        "savings of $150 million, down from the $180 million it forecast when it made its offer "
        "in May.\n"
        "The review took eight months and included an in-depth second phase opened in September. "
        "Dunmoor's chairman, Gethin Mordaunt, said the board was pleased to have certainty for "
        "staff and suppliers.\n"
        "Farmers' groups gave the decision a cautious welcome. The Pelmark Farmers' Union said it "
        "would watch the sale process closely.",
    ),
    Piece(
        "dunmoor-deal-cleared",
        "Marlinwire",
        D4 + 3.0,
        "Pelmark watchdog clears Tessaline's 6.2 bln dlr Dunmoor deal with conditions",
        "HALDRUM, Pelmark, Jan 27 (Marlinwire) - Pelmark's Competition Board on Tuesday cleared "
        "Tessaline Foods' 6.2 billion dollar purchase of Dunmoor Dairies, subject to the sale of "
        "the Greyhill brand and three creameries.\n"
        "Tessaline shares rose 3.1 percent; the company said it now expected the deal to complete "
        "in March.\n"
        "(Reporting by Hanna Ruvel; Editing by Piet Osgood)",
    ),
    Piece(
        "dunmoor-deal-cleared",
        "Tessaline Newsroom",
        D4 + 4.0,
        "Tessaline welcomes Competition Board clearance of Dunmoor acquisition",
        "Haldrum, 27 January 2032 - Tessaline Foods plc welcomes today's decision by the Pelmark "
        "Competition Board to approve its acquisition of Dunmoor Dairies plc, subject to "
        "undertakings.\n"
        "Tessaline has agreed to divest the Greyhill brand and the Northby, Eskdown and Lenham "
        "creameries, and to offer twelve-month notice contracts to supplying farmers.\n"
        'Odile Brasseur, Chief Executive Officer, said: "We are pleased to have reached this '
        "point and look forward to welcoming Dunmoor's people and farmers to Tessaline.\"\n"
        "Completion is expected in March 2032.",
    ),
    Piece(
        "ferelith-inquiry",
        "The Pelmark Herald",
        D4 + 2.0,
        "Skelby sea wall 'was known to be failing', Ferelith inquiry finds",
        "The sea wall that gave way in Skelby during Storm Ferelith last July had been rated "
        '"poor" in three consecutive inspections, and a request to repair it was turned down to '
        "save money, an independent inquiry found on Tuesday.\n"
        "The report by Dame Helka Rosswell, a former chief engineer of the national coastal "
        'agency, said the collapse of the 40-metre section that flooded the old town "was '
        'foreseeable and was foreseen".\n'
        "It found that the coastal agency had put the wall on its priority list for repair in "
        "2027, at an estimated cost of 48 million marks, but that the work was deferred twice "
        "when budgets were cut.\n"
        "The inquiry also criticised the weather service for issuing its red warning only four "
        "hours before the storm surge reached Skelby, and said the town had no plan for "
        "evacuating Harbour Street at night.\n"
        "Inspectors had warned repeatedly that the sea was undermining the wall's foundations, "
        "the report said, and one had written in 2028 that a breach in a major storm was "
        '"likely".\n'
        "Mayor Brita Hollenby, who called for the inquiry in the days after the storm, said the "
        'findings "confirm what every family on Harbour Street already knew".\n'
        "Environment Minister Rainer Ludvik accepted all 23 recommendations and said rebuilding "
        "the wall would begin in the spring. Two people died in the storm and about 400 homes and "
        "businesses were flooded.",
    ),
    Piece(
        "ferelith-inquiry",
        "Skelby Beacon",
        D4 + 5.0,
        "Rosswell report: what it means for Harbour Street",
        "Tuesday's report on the failure of the sea wall will be read in every kitchen on Harbour "
        "Street. Its core finding, that the wall was rated poor three times and its repair "
        "deferred twice, confirms what residents have said since July. The rebuilding promised by "
        "the minister is to start in April and take two years; until then, temporary barriers "
        "stay in place.",
    ),
    Piece(
        "ferelith-inquiry",
        "Keyway Press",
        D4 + 6.0,
        "Inquiry: Pelmark ignored warnings about sea wall before deadly storm",
        "HALDRUM, Pelmark (KY) — An independent inquiry concluded Tuesday that Pelmark's coastal "
        "agency knew for years that the sea wall in Skelby was failing but put off repairs to "
        "save money, before it collapsed during a deadly storm last summer.\n"
        "The report, led by retired engineer Helka Rosswell, made 23 recommendations, all of "
        "which the government accepted.",
    ),
    Piece(
        "nuvexa-iris-withdrawn",
        "The Daily Scorcher",
        D4 + 2.0,
        "SPECS APPEAL OVER! HOT-HEAD GLASSES YANKED",
        "Posh smart specs that cost a whopping $1.5K have been YANKED from shops after wearers "
        "moaned they were cooking their temples.\n"
        "Nuvexa's flashy Iris glasses, flogged as the gadget \"you forget you're wearing\", got "
        "so hot that some users were left with red marks on their heads.\n"
        'Boss Rhea Tamborini grovelled: "We got this wrong." Punters can get their dosh back.',
    ),
    Piece(
        "nuvexa-iris-withdrawn",
        "Optic Review",
        D4 + 4.0,
        "Nuvexa halts Iris sales and offers refunds after overheating reports",
        "Nuvexa has stopped selling its Iris smart glasses and will refund every buyer in full, "
        "the Osmanta-based company said on Tuesday, after more than 300 customers reported that "
        "the frames became uncomfortably hot during use.\n"
        "Around two dozen of those customers said they had suffered minor burns or red marks on "
        "the skin beside the temple, where the battery sits. Nuvexa said no serious injuries had "
        "been reported.\n"
        "The company traced the problem to a fault in the software that manages charging, which "
        "in some conditions allowed the battery to keep drawing current while the display was "
        "running at full brightness.\n"
        '"We promised glasses you could forget you were wearing, and for some people we '
        "failed,\" chief executive Rhea Tamborini said in a video posted on the company's "
        'website. "We got this wrong, and we are sorry."\n'
        "Iris went on sale in July at $1,499. Nuvexa has not said how many pairs it sold, but "
        "analysts estimate between 60,000 and 80,000, implying a refund bill of more than $100 "
        "million.\n"
        "Shares in Nuvexa fell 9% in Osmanta after the announcement. Isvarra's consumer safety "
        "agency said it was in contact with the company and would review how it had handled the "
        "complaints.\n"
        "Owners are being told to stop using the glasses and to return them through the company's "
        "website. Nuvexa said it intended to bring a redesigned model to market but gave no date.",
    ),
    Piece(
        "nuvexa-iris-withdrawn",
        "Newsbite",
        D4 + 5.0,
        "Nuvexa pulls Iris smart glasses from sale",
        "Nuvexa pulls Iris smart glasses from sale.",
    ),
    Piece(
        "nuvexa-iris-withdrawn",
        "GadgetGrid",
        D4 + 7.0,
        "Nuvexa is giving you your money back",
        "If you bought Iris, the company wants it back. Nuvexa has halted sales of its smart "
        "glasses and is promising full refunds after reports of frames overheating near the "
        "battery. I noted warm temples in my hands-on in July but put it down to an early unit; "
        "it turns out the charging software was to blame. Return instructions are on Nuvexa's "
        "site, and you do not need a receipt.",
    ),
    Piece(
        "krasnik-auction",
        "Art Market Weekly",
        D4 + 14.0,
        "Krasnik's 'The Salt Harvest' sells for $45 million, a record for the painter",
        'Teodor Krasnik\'s "The Salt Harvest", a vast canvas of workers raking salt pans under a '
        "white sky, sold for $45 million at Pendlecott & Vire in Haldrum on Tuesday evening, more "
        "than doubling the previous auction record for the painter.\n"
        "The price, including fees, came after an eleven-minute contest between four bidders. The "
        "hammer fell to a telephone bidder represented by the auction house's head of modern art, "
        "Celeste Drouvin.\n"
        "The painting had been estimated at $18 million to $25 million. It was offered by the "
        "heirs of a shipping family who bought it from the artist's studio in 1961 and had not "
        "lent it to an exhibition since 1974.\n"
        "Krasnik, who died in 1988, is best known for his large scenes of coastal labour. His "
        'previous record, $21 million, was set in 2029 for "Net Menders at Dusk".\n'
        '"The market has been waiting for a picture like this for a generation," said the '
        'dealer Yusuf Marandi, who was in the room. "It is the one everyone knows from the '
        'textbooks."\n'
        "The sale came a year after a slowdown in which several major works failed to find "
        "buyers, and dealers said the result suggested confidence had returned at the top of the "
        "market.\n"
        "Pendlecott & Vire said the painting would be lent to a public exhibition before it "
        "leaves the country, under an export arrangement agreed with the culture ministry.\n"
        "The evening sale totalled $112 million across 38 lots, the highest for the saleroom "
        "since it opened its Haldrum galleries in 2015.",
    ),
    Piece(
        "krasnik-auction",
        "Worldline TV",
        D4 + 15.0,
        "Record price for Krasnik painting",
        "A painting by Teodor Krasnik has sold for forty-five million dollars at auction in "
        'Haldrum, a record for the artist. "The Salt Harvest" had not been seen in public for '
        "half a century. The buyer bid by telephone and has not been named.",
    ),
    Piece(
        "krasnik-auction",
        "Newsbite",
        D4 + 16.0,
        "Krasnik's 'Salt Harvest' fetches record $45M",
        "Krasnik's 'Salt Harvest' fetches record $45M.",
    ),
    Piece(
        "sendrix-profit-warning",
        "The Tallyboard",
        D4 + 2.0,
        "Sendrix shares plunge 23 pct after second profit warning",
        "Shares in Sendrix Semiconductor fell 23 pct to 18.40 dlrs in Brunova on Tuesday after "
        "the maker of automotive chips cut its full-year operating profit forecast for the second "
        "time in three months, to 310-340 mln dlrs from 520 mln dlrs. The group blamed weaker "
        "orders from carmakers running down stockpiles. It was the stock's worst day since its "
        "2021 listing.",
    ),
    Piece(
        "sendrix-profit-warning",
        "Chipwatch",
        D4 + 3.0,
        "The company that makes your car's brain chips is getting smashed",
        "It has been a brutal morning for Sendrix Semiconductor. The Brunova-based company, which "
        "supplies the microcontrollers that run engine management, braking and infotainment in "
        "about one in six cars sold in the region, saw its shares lose nearly a quarter of their "
        "value within an hour of the open.\n"
        "The trigger was a terse statement before trading began: operating profit for the year "
        "will come in at $310 million to $340 million, not the $520 million promised in October. "
        "That is the second cut since the autumn.\n"
        "The explanation is familiar. During the chip shortage, carmakers bought everything they "
        "could get. Now their warehouses are full and they are ordering far less while they work "
        "through the stock.\n"
        "What has spooked investors is the concentration. More than 40% of Sendrix's sales go to "
        "just two carmakers, and both have said this month that they are cutting production in "
        "the first half.\n"
        "Chief executive Viktor Szalanta said on a hastily arranged call that the slowdown was "
        '"a correction, not a collapse", and that orders should recover in the second half. He '
        "said there were no plans for job cuts.\n"
        "Sendrix employs about 9,000 people, around half of them at its chip plant on the edge of "
        "Brunova.\n"
        "Analysts were unconvinced. At least four cut their ratings to sell, and by midday the "
        "stock was down 23%, on course for its steepest one-day fall since it listed.",
    ),
    Piece(
        "sendrix-profit-warning",
        "Market Courier",
        D4 + 6.0,
        "Analysis: Sendrix bet too much on too few customers",
        "Tuesday's profit warning from Sendrix Semiconductor, which sent its shares down almost a "
        "quarter, is being read as a verdict on the whole car-chip industry. It is narrower than "
        "that.\n"
        "Rivals with a broader spread of customers have warned of softer orders but held their "
        "forecasts. Sendrix, which sells more than 40% of its output to two carmakers, had no "
        "such cushion. The lesson for investors is less about the cycle than about concentration; "
        "the lesson for Viktor Szalanta is that widening his customer list may matter more than "
        "the second-half recovery he promised.",
    ),
    Piece(
        "analysis-food-mergers",
        "The Meridian Standard",
        D4 + 8.0,
        "Analysis: Pelmark's competition watchdog has stopped saying no",
        "When the Pelmark Competition Board last blocked a merger outright, smartphones did not "
        "have cameras on the front. Since 2009 it has examined more than 140 deals in depth and "
        "approved every one, most of them with conditions attached.\n"
        "That record is now at the centre of an argument about whether the board has become too "
        "accommodating, and whether the conditions it imposes do what they promise.\n"
        "The case for the board is that conditions work. Selling a brand or a factory to a "
        "competitor, its defenders say, preserves competition without throwing away the savings "
        "that a merger can bring.\n"
        "The case against is that conditions are easy to write and hard to enforce. A study last "
        "year by economists at Haldrum University looked at 31 food and retail deals cleared with "
        "sales of businesses between 2012 and 2026. In two thirds of them, prices in the affected "
        "markets rose faster than elsewhere within three years, often because the businesses sold "
        "off went to weak buyers who later closed them.\n"
        "Supermarket prices have become a political issue, and several parties now want the board "
        "given a duty to weigh the effect of deals on suppliers, not just on shoppers.\n"
        "The board's chair, Ingrid Vallon, argues that it already has the tools it needs. "
        "Tuesday's decision to clear Tessaline Foods' purchase of Dunmoor Dairies, with the sale "
        "of a brand and three creameries, will be cited by both sides.",
    ),
)
