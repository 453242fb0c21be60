"""An eighteenth set of multi-outlet coverage of our own, in the forms of 2017-2018 English feeds.

Written blind, like the fourth to seventeenth sets: without reading the clustering code
(nothing under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/) or
the texts of the other sets (only the module docstring of the seventeenth, the first eighty
lines of test_coverage_real17.py, and the docstring and helpers of coverage.py), so it
measures briefing on copy it has not been tuned on. The whole set was written before it was
first clustered, and no text was changed after seeing how briefing clusters it. Every
sentence is our own; the countries (Lindqvara, Kessovia, Taruvai, Nembrosa), cities (Tolmar,
Selvig, Brennholm, Ostmere, Ferrisby, Kovrin, Cardel, Port Adrin, Hosapur, New Halden,
Puerto Ancla), firms, people, products and all 40 outlets are made up, and their main names
were checked against the earlier sets', the shared corpus and the source so that none is
shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four real publication
days of 2017-2018), and it gives special weight to media pages and near-empty items: 74
items from 40 outlets, 25 of them whole articles (1,500 to 1,700 characters, six or more
paragraphs), five RSS items of a headline and a line, and fourteen items under 100
characters: twelve media pages ("Video:", "Watch:", "In pictures:", "Gallery:", "Drone
footage:") and two bare headlines over a line ("Quiravo recalls every Arc phone"; "Maravec
wins Kessovia election"). The forms: a Reuters-like wire ("TOLMAR, Lindqvara, May 14
(Carrowmore) - ", three "UPDATE 1-" with "(Adds ...)", two "BRIEF-" of starred capitals,
"(Reporting by ...; Editing by ...)"), an AFP-like one ("Kovrin (MPX) - ", "mpx/kv"), an
AP-like one ("BRENNHOLM, Lindqvara (AD) — "), a TASS-like state agency ("KOVRIN, May 14.
/KESPRESS/. "), a PTI-like one ("Cardel, May 14 (TPT) ", "TPT RK SN"), an NTB-like one
("SELVIG, 16 July (NNB) - "), an EFE-like one ("Puerto Ancla (Nembrosa), May 14
(SARVELA).- ", "(Writing by ...)"), broadsheets, regional papers (Tolmar, Selvig,
Brennholm, Ferrisby, Port Adrin), a tabloid under two shouted headlines ("DEATH PLUNGE: THE
BRIDGE THEY KNEW WAS CRACKED"; "PHONE ON FIRE! 1.2M FOLDING MOBILES RECALLED"), business
dailies ("7.25 pct", "2.4 bln dlrs", "610 mln dlrs", "50 bps"), trade press (aviation,
handsets, pharma, rail, shipping), a tech site's hands-on, a sports site, a weather site,
a press release wire ("/PressLink Global/ -- "), a company newsroom's two releases, two
official statements (a competition authority's decision, a ministry's note on an
investigation board's report), an election live blog of timed entries, an aggregator's
one-liners, labelled opinion ("Opinion:" twice) and analysis ("Analysis:" twice), a photo
agency's galleries and video outlets' pages.

Its subjects: a bridge collapse and, nine months on, the investigation's report; fuel
protests in a capital, then a no-confidence vote, the prime minister's resignation and the
snap election; a folding phone launched and, five months on, recalled; a takeover bid for
an airline and its veto by the regulator; a malaria vaccine approved and first given; a
central bank's rise and its cut; a mine rescue, a lantern festival, a chemical plant fire, a
tower block fire, a marathon world record, a rail strike, a dock strike and a storm.

The classes of issue #16, with the media pages first:

- media pages and near-empty items, each labelled with the event it shows, as a reader
  would: the bridge's dashcam video, posted an hour before any other outlet's report of the
  collapse (ReelDesk, day 1); the protest's "Watch:" page (day 1); the rescue's pictures
  (day 1); the lantern night's pictures from the Ferrisby Gazette, the only other outlet
  being the Gazette's own report (day 1); the drone footage of the Selvig plant fire and the
  "Watch:" page of the Brennholm tower fire, two fires in one country on one day (day 2);
  the marathon's last kilometre (day 2); the empty platforms of the rail strike, on the day
  of a dock strike elsewhere and the prime minister's resignation in the same capital
  (day 3); the storm's waves (day 3); the bare headline of the recall (day 3); the first
  vaccine dose (day 4); and the bare headline of the election result (day 4). Two media
  pages show a broad topic, not one event, and are singletons with labels of their own: "In
  pictures: a year of protest in Kessovia" (Lensline, day 4, on the day of the election
  that closes that year) and "Gallery: Lindqvara's stormiest winter in pictures" (Frontline
  Weather, day 4, naming day 3's storm);
- paraphrase: headlines that share almost no words ("Road bridge collapses in Lindqvara,
  sending cars into river"; "'It sounded like a gunshot, then the road was gone': Tolmar's
  darkest morning"; "DEATH PLUNGE: THE BRIDGE THEY KNEW WAS CRACKED"; "Tens of thousands
  march in Kessovia against fuel price rise" and the state agency's "Kovrin police detain 40
  after unauthorised rally"; "All 14 trapped miners rescued from flooded Cardel colliery"
  and "Seventy hours in the dark: how a village waited for its men"; "Vesnic survives, but
  only just"; "A jab, a cry and a sweet: Taruvai starts vaccinating babies against
  malaria");
- people by full name with a title in one item and by surname, title or office in another
  ("Prime Minister Dragan Vesnic", "Vesnic", "the Kessovian prime minister"; "Infrastructure
  Minister Solveig Lundmark", "Lundmark", "Minister of Infrastructure Solveig Lundmark";
  "Casimir Ledwith, Chief Executive Officer", "Boss Casimir Ledwith"; "Sundara Chief
  Executive Arvind Menath", "Menath"; "Dr. Shalini Vadakkan, Chief Executive Officer of
  Pellacore", "Pellacore's chief executive, Dr Shalini Vadakkan"; "Health Minister Dr Meenal
  Prabhavathi", "Dr Prabhavathi"; "Chief Fire Officer Maren Dahlquist", "Dahlquist"; "Governor
  Lucía Arredondo"; "Ilinca Maravec", "Maravec", "Ilinca");
- figures written two or more ways: 2.4 bln dlrs, $2.4 billion, $2.4bn and USD 2.4 billion;
  31 PCT and 31 percent; 7.25 pct and 7.25%; 2:00:41 and two hours and 41 seconds; 22
  percent, 22% and 22 per cent; 1.2 million and 1.2M; 20 metres
  and 65ft; US$1,799, $1,799 and 1,799-dlr; fourteen and 14; 70 hours and nearly three days;
- one kind, separate events on one day: two fires in Lindqvara, a chemical plant's in Selvig
  and a tower block's in Brennholm (day 2); two strikes, Kessovia's railways and Port
  Adrin's docks (day 3); and same-day events that share a place or names: the rail strike
  and the prime minister's resignation in Kovrin (day 3, the resignation's reports name the
  strike); the phone recall and the dock strike in Port Adrin (day 3); the takeover's veto,
  the bridge's report and the winter gallery in Lindqvara, and the vaccine's first dose in
  Cardel, the rescue's town (day 4);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: Kessovia's fuel protest
  (day 1), no-confidence vote (day 2), resignation (day 3) and election (day 4) (Vesnic,
  Maravec, Civic Dawn, the Vecha, Unity Square, 22 percent, the Farmers' League); the
  Skerra Bridge's collapse (day 1) and report (day 4) (Tolmar, the Vaune, Lundmark, nine
  dead, 23 injured, 40 bridges, Halvor Engstad, Mayor Eskil Vargrud); Quiravo Arc's launch
  (day 1) and recall (day 3) (Ledwith, the Helix hinge, two battery cells, $1,799, June 6);
  Sundara's bid (day 2) and its veto (day 4) (Halbeck, Menath, Faulsen, Kronvik, 48 marks,
  70 percent of the Ostmere-Port Adrin route); Pellavax approved (day 2) and first given
  (day 4) (Pellacore, Hosapur, Vadakkan, Prabhavathi, 12 districts, Cardel); Nembrosa's
  rate rise (day 1) and cut (day 3) (Arredondo, 7.25, Llamazares, Marta Escandell);
- opinion and analysis: each is mainly about one event, names it in its lead and would be
  read beside its reports, so each carries its event's label (as in the earlier sets): the
  opinion on the fuel protest (day 1) and the one on election day (day 4), the analyses of
  the bid (day 2) and of the resignation (day 3), the hands-on review of the phone (day 1),
  the trade papers' features on the vaccine, the rail strike, the dock strike, the recall's
  cost and the airline after the veto, and the weather site's account of the storm. Only
  the two galleries of a whole year or season, which show no one event, are labelled apart.

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): the Skerra Bridge collapse (five items); the Kovrin fuel
  protest (five); Quiravo Arc launched (three); the Cardel rescue (three); Nembrosa's rate
  rise (two); Ferrisby's Lantern Night (two, both the Gazette's);
- day 2 (Wed Jul 16): the Selvig plant fire (four); Morrowgate House fire (three);
  Sundara's bid for Halbeck (four); Vesnic's no-confidence vote (two); the Ostmere marathon
  record (three); Pellavax approved (three);
- day 3 (Wed Oct 22): Kessovia's rail strike (three); Port Adrin's dock strike (three);
  Vesnic's resignation (four); Quiravo Arc recalled (four); Storm Ingebrit (three);
  Nembrosa's rate cut (two);
- day 4 (Wed Feb 18, 2032): the Halbeck veto (four); Kessovia's election (four); the bridge
  report (three); Pellavax's first doses (three); the year of protest gallery (one); the
  winter gallery (one).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real18.py)."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 63 * DAY  # Wed Jul 16, 2031
D3 = 161 * DAY  # Wed Oct 22, 2031
D4 = 280 * DAY  # Wed Feb 18, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # --- Day 1 (Wed May 14, 2031). ---
    Piece(
        "tolmar-bridge",
        "ReelDesk",
        D1 + 1.0,
        "Video: the moment the Skerra Bridge fell into the Vaune",
        "Dashcam footage from a lorry shows the middle span dropping into the river at Tolmar.",
    ),
    Piece(
        "tolmar-bridge",
        "Allied Dispatch",
        D1 + 2.0,
        "Road bridge collapses in Lindqvara, sending cars into river",
        "TOLMAR, Lindqvara (AD) — A span of a busy road bridge in the Lindqvaran city of "
        "Tolmar collapsed into the Vaune river during the morning rush hour Wednesday, "
        "sending at least six vehicles into the water, police said.\n"
        "Rescue boats were searching the river below the Skerra Bridge, a four-lane crossing "
        "that carries the main road from Tolmar to the coast. Police did not give a number "
        "of casualties.\n"
        "The bridge, opened in 1974, had been closed to heavy trucks for two weeks while "
        "engineers carried out an inspection, according to the city's website.",
    ),
    Piece(
        "tolmar-bridge",
        "Carrowmore Wire",
        D1 + 4.5,
        "UPDATE 1-Lindqvara bridge collapse kills at least nine; minister orders checks on "
        "40 crossings",
        "(Adds minister's comments, death toll, details of inspection)\n"
        "TOLMAR, Lindqvara, May 14 (Carrowmore) - At least nine people were killed and 23 "
        "injured when the central span of a road bridge in the Lindqvaran city of Tolmar "
        "collapsed into a river on Wednesday, and the government ordered urgent checks on 40 "
        "bridges of the same design.\n"
        "The 312-metre Skerra Bridge gave way at about 7:40 a.m. (0540 GMT) as commuters "
        "crossed the Vaune river, dropping cars and a delivery van some 20 metres into the "
        "water, police and witnesses said.\n"
        "Infrastructure Minister Solveig Lundmark, who flew to Tolmar from Ostmere, told "
        "reporters the victims included a bus driver and two teenagers on their way to "
        'school. "This should not happen in a country like ours. I want to know why it '
        'happened, and I want to know today whether it can happen anywhere else," she said.\n'
        "Lundmark said the 40 bridges, all built with prestressed concrete spans in the "
        "1970s, would be inspected within a fortnight and closed if engineers had any doubt "
        "about them.\n"
        "The Skerra Bridge had been closed to vehicles over 12 tonnes since April 29 after a "
        "routine inspection found cracks in one of its supports, according to notices on the "
        "Tolmar city council website. The council did not respond to a request for comment.\n"
        "Divers were still searching the river for at least two people reported missing by "
        "their families, police said.\n"
        "Lindqvara's Road Directorate said traffic between Tolmar and the coast would be "
        "diverted over the Brekke crossing, 14 km upstream, adding up to 40 minutes to "
        "journeys.\n"
        "(Reporting by Kjersti Ovland in Tolmar and Per Haldane in Ostmere; Editing by "
        "Marcus Wren)",
    ),
    Piece(
        "tolmar-bridge",
        "Tolmar Post",
        D1 + 7.0,
        "'It sounded like a gunshot, then the road was gone': Tolmar's darkest morning",
        'Nils Aarsund was two cars from the edge when he heard it. "A crack like a gunshot, '
        'then a long groan, and the road in front of me simply was not there any more," the '
        "58-year-old plumber said on Wednesday afternoon, still standing beside his van on "
        "the northern approach to the Skerra Bridge.\n"
        "Nine people died when the middle of the bridge dropped into the Vaune shortly "
        "before twenty to eight. Twenty-three more were taken to Tolmar General, four of "
        "them with serious injuries, the hospital said at lunchtime.\n"
        "Among the dead was Halvor Engstad, who had driven the number 14 bus across the "
        "bridge for 19 years. His sister told the Post he had complained for months about "
        'the way the deck "bounced" under the bus.\n'
        "In the cafés along Elvegata, where the broken ends of the bridge can be seen from "
        "the windows, people asked the same question: why was the crossing still open to "
        "cars when lorries had been banned from it since the end of April?\n"
        "Mayor Eskil Vargrud said the council had followed the engineers' advice. \"We were "
        "told a weight limit was enough. Clearly it was not, and we will account for every "
        'decision," he said outside the town hall, where flowers had begun to pile up by '
        "midday.\n"
        "The government has promised an investigation, and Infrastructure Minister Solveig "
        "Lundmark has ordered checks on 40 other bridges. For Tolmar, that is for later. "
        "Tonight the city is counting the people it lost, and wondering how long it will be "
        "before it can cross its own river again.\n"
        "A book of condolence opens at the town hall at 9 a.m. tomorrow.",
    ),
    Piece(
        "tolmar-bridge",
        "Daily Gasp",
        D1 + 9.0,
        "DEATH PLUNGE: THE BRIDGE THEY KNEW WAS CRACKED",
        "Nine people were killed when a crumbling bridge crashed into a river this morning - "
        "WEEKS after bosses were warned it was cracked.\n"
        "Horrified drivers watched as the Skerra Bridge in Tolmar, Lindqvara, snapped in the "
        "rush hour, hurling cars 65ft into the freezing Vaune.\n"
        "Officials had banned lorries from the 1970s crossing in April but let thousands of "
        "cars carry on using it every day.\n"
        'Tonight a furious relative said: "They knew. Everybody knew. And they still let '
        'people drive over it."',
    ),
    Piece(
        "kovrin-fuel-protest",
        "Meridienne Presse",
        D1 + 3.0,
        "Tens of thousands march in Kessovia against fuel price rise",
        "Kovrin (MPX) - Tens of thousands of people marched through the Kessovian capital on "
        "Wednesday to protest against a 22 percent rise in fuel prices, in the largest "
        "demonstration since Prime Minister Dragan Vesnic took office three years ago.\n"
        "Protesters waving yellow petrol-pump flags filled Unity Square and the avenues "
        'around parliament, chanting "Vesnic, fill your own tank". Police put the crowd at '
        "35,000; organisers said 120,000 had come.\n"
        "The government ended fuel subsidies on May 1, saying they cost the state 1.1 "
        "billion euros a year that it could no longer afford.\n"
        "A small group threw bottles at police lines near the finance ministry and officers "
        "responded with pepper spray, an MPX correspondent saw.\n"
        "mpx/kv",
    ),
    Piece(
        "kovrin-fuel-protest",
        "KESPRESS",
        D1 + 5.0,
        "Kovrin police detain 40 after unauthorised rally",
        "KOVRIN, May 14. /KESPRESS/. Police in Kovrin detained 40 people on Wednesday for "
        "public order offences after an unauthorised rally in the city centre, the Interior "
        "Ministry's press service said.\n"
        "According to the ministry, about 30,000 people gathered in Unity Square. Eleven "
        "police officers were injured by objects thrown from the crowd.\n"
        "Government spokesman Lazar Hrebec said the adjustment of fuel prices was necessary "
        "to stabilise the budget and that Prime Minister Vesnic remained open to dialogue "
        'with "responsible representatives of society".',
    ),
    Piece(
        "kovrin-fuel-protest",
        "Kessovia Monitor",
        D1 + 6.0,
        "Watch: protesters fill Unity Square in Kovrin",
        "Crowds chant against the fuel price rise outside parliament.",
    ),
    Piece(
        "kovrin-fuel-protest",
        "The Calder Standard",
        D1 + 8.0,
        "Kessovia's leader faces the biggest street protest of his rule",
        "Dragan Vesnic has weathered coalition rows, a scandal in his transport ministry and "
        "a bruising quarrel with his own central bank. On Wednesday the Kessovian prime "
        "minister faced something new: a crowd of tens of thousands in front of his office, "
        "demanding that he reverse a 22% overnight rise in the price of fuel.\n"
        "The march on Kovrin's Unity Square was largely peaceful, though police used pepper "
        "spray near the finance ministry and 40 people were detained.\n"
        "The government insists that scrapping the fuel subsidy, worth 1.1 billion euros a "
        "year, was unavoidable. Its opponents, led by Civic Dawn's Ilinca Maravec, say the "
        "burden has fallen on rural drivers who have no train or bus to fall back on.",
    ),
    Piece(
        "kovrin-fuel-protest",
        "Kessovia Insider",
        D1 + 12.0,
        "Opinion: Vesnic's fuel gamble has turned his own voters against him",
        "Dragan Vesnic won the last election in the small towns. It was the bus drivers of "
        "Dravnik, the farmers around Lesko and the commuters who drive two hours a day into "
        "Kovrin who gave his party its majority. On Wednesday, many of them were in Unity "
        "Square, and they were not there to cheer.\n"
        "The prime minister's case for ending the fuel subsidy is not foolish. The scheme "
        "cost the treasury 1.1 billion euros a year, most of it went to people who drive big "
        "cars, and the finance ministry has been warning for two years that the money would "
        "run out. Economists in Kovrin have been saying so for longer.\n"
        "But a good argument made badly is a bad policy. The government announced the end of "
        "the subsidy on a Friday evening, gave drivers eleven days' notice and offered "
        "nothing in return: no cheaper rail fares, no help for the rural bus lines, no fuel "
        "card for the farmers who need diesel to bring in the harvest.\n"
        "The result was a 22 per cent rise at the pump in a single night and a crowd that "
        "the police counted at 35,000 and the organisers at more than three times that. "
        "Either way, it was the biggest the capital has seen since Vesnic came to power.\n"
        "He can still recover. A targeted allowance for rural drivers, paid for from a "
        "fraction of the savings, would take the anger out of the next march. So would an "
        "admission that he got the timing wrong.\n"
        "What he cannot do is what his spokesman did this afternoon: call the march "
        "unauthorised, count the broken windows and wait for people to go home. They will go "
        "home. They will also remember.",
    ),
    Piece(
        "quiravo-arc",
        "Quiravo Newsroom",
        D1 + 2.5,
        "Quiravo introduces Arc, a phone that folds both ways",
        "PORT ADRIN, Taruvai, May 14, 2031 - Quiravo Technologies today introduced Quiravo "
        "Arc, a smartphone with a flexible 8.1-inch display that folds inward into a compact "
        "phone and outward into a phone with a screen on both sides.\n"
        "Arc is built around Quiravo's new Helix hinge, tested to 400,000 folds, and a "
        "two-cell 5,200 mAh battery that the company says delivers a full day of use in "
        "either form.\n"
        '"For ten years people have had to choose between a phone that fits in a pocket and '
        'a screen big enough to work on. Arc ends that choice," said Casimir Ledwith, Chief '
        'Executive Officer of Quiravo Technologies. "It is the most ambitious product we '
        'have ever built in Port Adrin."\n'
        "Key features of Quiravo Arc include:\n"
        "- an 8.1-inch inner display and a 6.3-inch outer display, both made from a single "
        "folding panel;\n"
        "- a 50-megapixel main camera that doubles as a selfie camera when the phone is "
        "folded outward;\n"
        "- fast charging to 70 per cent in 25 minutes.\n"
        "Quiravo Arc will be available in Taruvai, Lindqvara and Nembrosa from June 6 in "
        "graphite and sand, priced from US$1,799. Pre-orders open today at quiravo.example "
        "and at participating carriers.\n"
        "Arc ships with a clear protective bumper, a 45-watt charger and two years of "
        "software updates guaranteed, extendable to five years with Quiravo Care.\n"
        "About Quiravo Technologies\n"
        "Founded in Port Adrin in 2009, Quiravo Technologies designs smartphones, tablets "
        "and wearables sold in 31 countries. The company employs 11,000 people and is listed "
        "on the Taruvai Stock Exchange.\n"
        "Media contact: press@quiravo.example",
    ),
    Piece(
        "quiravo-arc",
        "Gizmo Orbit",
        D1 + 4.0,
        "Hands-on: Quiravo's Arc bends both ways, and that's the problem",
        "I have spent the last hour folding and unfolding the Arc, Quiravo's new folding "
        "phone, and I still can't decide which way round I prefer it.\n"
        "That is the point, according to the company. Unlike the book-style folds we have "
        "seen so far, the Arc's single panel bends in both directions: fold it inward and it "
        "closes like a wallet, fold it outward and the screen wraps around the back, so you "
        "get a regular-looking phone with a display on both sides.\n"
        "The hinge, which Quiravo calls Helix, feels remarkably solid. There's a faint click "
        "at the halfway point and no visible crease on the unit I tried, though ask me again "
        "after a few hundred folds rather than a few dozen.\n"
        "The trouble with folding out is that the screen is always exposed. Put the Arc on a "
        "table in phone mode and you are resting it on glass, or rather on a plastic film "
        "over glass. Quiravo says a clear bumper case will ship in the box. I would not "
        "leave home without it.\n"
        "Battery life is the other open question. The Arc splits its 5,200 mAh battery into "
        "two cells, one in each half, linked across the hinge. Quiravo's engineers told me "
        "that arrangement kept the phone thin, at 6.1mm unfolded, but it is also unusual, "
        "and we'll want to see how it copes with a year of charging.\n"
        "At $1,799 the Arc is not an impulse buy. It is, though, the first folding phone in "
        "a while that made me want to keep playing with it after the demo ended.\n"
        "We'll have a full review closer to the June 6 release.\n"
        "Update, 3:40pm: Quiravo has confirmed the Arc will not launch in any market outside "
        "Taruvai, Lindqvara and Nembrosa this year.",
    ),
    Piece(
        "quiravo-arc",
        "Fenwick Business Daily",
        D1 + 6.0,
        "Quiravo shares up 4.2 pct as Arc folding phone launched",
        "Quiravo Technologies shares rose 4.2 pct in Port Adrin on Wednesday after the firm "
        "launched its 1,799-dlr Arc folding phone, adding about 610 mln dlrs to its market "
        "value.",
    ),
    Piece(
        "cardel-rescue",
        "Taruvai Press Trust",
        D1 + 1.5,
        "All 14 trapped miners rescued from flooded Cardel colliery",
        "Cardel, May 14 (TPT) All fourteen miners trapped for nearly three days in a flooded "
        "coal mine in Cardel were brought to the surface alive on Wednesday morning, "
        "officials said.\n"
        "The men had been stranded 180 metres underground in the No. 3 colliery of Kosala "
        "Coal Ltd since Sunday, when water from old workings broke into a tunnel.\n"
        "Rescuers pumped out more than 9 million litres of water before a team reached the "
        "group at around 4 am, District Collector Shri Vasant Kelkarni told reporters. "
        "'Every one of them walked to the cage by himself,' he said.\n"
        "The miners were taken to the district hospital for checks. Mines Minister Smt. "
        "Lalitha Annavaram said an inquiry would be held into how the water entered the "
        "mine.\n"
        "TPT RK SN",
    ),
    Piece(
        "cardel-rescue",
        "The Taruvai Sentinel",
        D1 + 6.5,
        "Seventy hours in the dark: how a village waited for its men",
        "At a quarter past five on Wednesday morning, Savitri Pallathu heard the siren at "
        "the pithead change its note, and knew before anyone told her. Her husband Ramesh, a "
        "shot-firer with 22 years underground, was the third man out of the cage.\n"
        "For seventy hours the families of Cardel had kept watch behind a rope at the gate "
        "of Kosala Coal's No. 3 colliery, sleeping on plastic sheets and sharing tea from a "
        "stall that never closed. They had been told on Sunday night that a wall of water "
        "had burst in from long-abandoned workings and that fourteen men were cut off in a "
        "gallery 180 metres down.\n"
        "What they were not told, until it was over, was how close it had been. Engineers "
        "said the air pocket in which the men sheltered had shrunk to less than a metre of "
        "headroom by Tuesday night, before pumps brought in from the northern coalfields "
        "began to win.\n"
        "The men had rationed two lunch boxes and a bottle of water each, said foreman "
        'Joseph Kanjiramala, who at 61 was the oldest of them. "We prayed, we sang film '
        'songs, and we made the young ones talk about their wedding plans," he told the '
        "Sentinel from his hospital bed.\n"
        "Kosala Coal has said little beyond a statement thanking the rescuers. Union leaders "
        "in Cardel want to know why a warning about seepage in March was not acted on, and "
        "the state government has promised an inquiry.\n"
        "For now, the village is celebrating. Firecrackers went off along the main road "
        "until midday, and at the temple by the bus stand the priest said he had never seen "
        "so many coconuts broken in a single morning.",
    ),
    Piece(
        "cardel-rescue",
        "Lensline",
        D1 + 9.5,
        "In pictures: Cardel's miners see daylight",
        "Families embrace the rescued men at the pithead after 70 hours underground.",
    ),
    Piece(
        "nembrosa-rate-rise",
        "Nembrosa Financial",
        D1 + 11.0,
        "Central bank lifts rate 50 bps to 7.25 pct, nembro firms",
        "PUERTO ANCLA - The Central Bank of Nembrosa raised its benchmark rate by 50 basis "
        "points to 7.25 pct on Wednesday, its third increase this year, citing inflation "
        "that reached 8.4 pct in April.\n"
        "The decision, taken unanimously by the five-member board, was expected by 11 of 14 "
        "economists polled by Nembrosa Financial; the other three had forecast a 25 bps "
        "move.\n"
        'Governor Lucía Arredondo said in a statement that the board "will do what is '
        'necessary" to bring inflation back to its 4 pct target. The nembro rose 0.8 pct '
        "against the dollar to 18.62 after the announcement.\n"
        "The bank next meets on June 25.",
    ),
    Piece(
        "nembrosa-rate-rise",
        "Agencia Sarvela",
        D1 + 12.5,
        "Nembrosa raises interest rates to 7.25% to tackle inflation",
        "Puerto Ancla (Nembrosa), May 14 (SARVELA).- The Central Bank of Nembrosa (BCN) on "
        "Wednesday raised its reference interest rate by half a percentage point to 7.25%, "
        "in a new effort to slow inflation, which closed April at 8.4% year-on-year.\n"
        "The bank's governor, Lucía Arredondo, told a press conference that rising food and "
        'transport prices justified "a firm response" and did not rule out further '
        "increases.\n"
        "Business associations criticised the decision. The president of the Nembrosan "
        'Chamber of Industry, Óscar Llamazares, said higher rates would "suffocate" small '
        "companies that already pay more than 20% for credit.\n"
        "(Writing by Marta Escandell)",
    ),
    Piece(
        "ferrisby-lanterns",
        "Ferrisby Gazette",
        D1 + 16.0,
        "Thirty thousand line the quays as lanterns light up Ferrisby",
        "Ferrisby's old harbour glowed orange on Wednesday night as some 4,000 paper "
        "lanterns were carried along the quays and set afloat in the inner basin, in the "
        "biggest Lantern Night the town has held since the tradition was revived in 1998.\n"
        "Organisers put the crowd at around 30,000, roughly the population of Ferrisby "
        "itself, and the harbour master closed the swing bridge to traffic for three hours "
        "to make room.\n"
        "The parade set off from St Brita's church at ten o'clock as dusk fell, led by the "
        "Ferrisby Brass Band and a 12-metre lantern in the shape of a herring boat, built "
        "over six weeks by pupils of Nordre School.\n"
        '"We thought we\'d made too many lanterns this year. We ran out by half past ten," '
        'said Ingrid Solbakk, who chairs the Lantern Night committee. "People came from '
        "Ostmere and even from across the border. It's wonderful, and slightly terrifying.\"\n"
        "Lantern Night marks the return of the herring fleet in spring, and until the 1950s "
        "it was a fishermen's affair. It lapsed for 40 years when the cannery closed. Now it "
        "is Ferrisby's biggest night, and cafés along Kaigata reported queues out of the "
        "door until after midnight.\n"
        "Police said the evening passed without serious incident, though two people were "
        "treated for minor burns.\n"
        "Not everyone was delighted. Residents of the old net lofts on the west quay "
        "complained that revellers had blocked their doors, and the council has promised to "
        "look again at the route.\n"
        "The committee says it is already looking for volunteers for next year. "
        "Lantern-making workshops start at the library in March.",
    ),
    Piece(
        "ferrisby-lanterns",
        "Ferrisby Gazette",
        D1 + 17.0,
        "In pictures: Lantern Night on Ferrisby's quays",
        "Our photographers on the harbour as 4,000 lanterns were set afloat.",
    ),
    # --- Day 2 (Wed Jul 16, 2031). ---
    Piece(
        "selvig-plant-fire",
        "Nordvik News Bureau",
        D2 + 2.0,
        "Residents told to keep windows shut as fire hits Selvig chemicals plant",
        "SELVIG, 16 July (NNB) - A large fire broke out early on Wednesday at the Hessby "
        "Chemicals plant on the southern edge of Selvig, and residents within three "
        "kilometres were told to stay indoors with their windows closed.\n"
        "The fire started in a storage hall holding solvents at around 05.30, the regional "
        "fire service said. No one was reported injured and the plant's night shift of 26 "
        "workers was evacuated.\n"
        "Thick black smoke drifted over the town centre and the E14 motorway was closed in "
        "both directions between Selvig and Aldmark.\n"
        "Hessby Chemicals, which makes industrial coatings and adhesives, said it was "
        "cooperating with the authorities. (NNB)",
    ),
    Piece(
        "selvig-plant-fire",
        "ReelDesk",
        D2 + 3.5,
        "Drone footage: black smoke over the Hessby works",
        "Aerial view of the burning solvent store, filmed by a Selvig resident at dawn.",
    ),
    Piece(
        "selvig-plant-fire",
        "Selvig Daily Record",
        D2 + 8.0,
        "Eight hours of black smoke: Selvig asks what was in the Hessby hall",
        "By the time firefighters declared the blaze out at half past one on Wednesday "
        "afternoon, the storage hall at Hessby Chemicals was a black shell, and Selvig "
        "wanted answers.\n"
        "The fire, which began before dawn in a hall where the company keeps drums of "
        "solvent, sent a plume of smoke several kilometres long across the town. For eight "
        "hours, residents from the harbour to the Breidvik estate were told to keep windows "
        "and doors shut. Schools kept pupils inside and the swimming baths closed.\n"
        "Selvig fire chief Torun Lysaker said her crews had fought the fire from a distance "
        'for the first three hours because of the risk of explosion. "We let parts of it '
        'burn. That was the safe choice," she said at a briefing at the fire station.\n'
        "The regional environment agency said air samples taken in the town centre at 10 "
        "a.m. showed no dangerous levels of pollutants, but it advised people not to eat "
        "vegetables from gardens downwind of the plant until soil tests were done.\n"
        'That advice angered allotment holders on the Breidvik side. "We were told for years '
        'that the plant was safe. Now they tell us not to eat our own potatoes," said '
        "Jostein Lerwik, 71.\n"
        "Hessby Chemicals, which employs 340 people in Selvig, said it would publish a list "
        "of the substances stored in the hall. Managing director Anita Rosholm said the "
        "cause was not yet known.\n"
        "Workers on the night shift said the first sign of trouble was a smell of burning "
        "from the hall's ventilation system, about twenty minutes before the alarm went off.\n"
        "The town council will hold a public meeting on Thursday evening at the Kulturhus.",
    ),
    Piece(
        "selvig-plant-fire",
        "Eastgate Monitor",
        D2 + 12.0,
        "Selvig chemicals blaze out after eight hours; cause unknown",
        "Firefighters in Selvig, Lindqvara, put out a fire at the Hessby Chemicals plant "
        "after eight hours; officials said the town's air was safe but warned against eating "
        "garden vegetables.",
    ),
    Piece(
        "brennholm-tower-fire",
        "Allied Dispatch",
        D2 + 4.0,
        "Three dead as fire sweeps through apartment tower in Lindqvara",
        "BRENNHOLM, Lindqvara (AD) — Three people died and 17 were injured when fire swept "
        "through the upper floors of a 16-story apartment building in the Lindqvaran city of "
        "Brennholm early Wednesday, fire officials said.\n"
        "The fire broke out on the ninth floor of Morrowgate House, a municipal block of 96 "
        "apartments, shortly after 3 a.m. and spread upward along the outside of the "
        "building, said Chief Fire Officer Maren Dahlquist.\n"
        "More than 80 firefighters fought the blaze. Some residents were rescued from "
        "balconies with ladders, Dahlquist said. The cause was under investigation.",
    ),
    Piece(
        "brennholm-tower-fire",
        "Ostmere Broadcasting",
        D2 + 6.0,
        "Watch: flames race up Morrowgate House",
        "Residents' phone video shows the fire climbing the outside of the Brennholm block.",
    ),
    Piece(
        "brennholm-tower-fire",
        "Brennholm Evening Echo",
        D2 + 11.0,
        "'The stairwell was black': Morrowgate House survivors tell of night of terror",
        "Leila Hamdan grabbed her two children, wrapped them in wet towels and led them down "
        'twelve flights of stairs in the dark. "The stairwell was black. I counted the '
        'landings with my hand on the wall," she said on Wednesday, sitting on a bench '
        "outside the sports hall where survivors of the Morrowgate House fire spent the day.\n"
        "Three of her neighbours did not get out. Police named one of the dead as Arvid "
        "Hallsby, 84, who had lived on the 14th floor since the block was built in 1971. The "
        "other two, a woman and a man from the 11th floor, have not yet been named.\n"
        "Seventeen people were taken to hospital, most with smoke inhalation. Two remain in "
        "a serious condition.\n"
        "Residents of the lower floors described hearing the fire alarm only after "
        "neighbours began banging on doors. Several said the alarm in the stairwell had been "
        "faulty for weeks.\n"
        "Chief Fire Officer Maren Dahlquist said the fire started in a flat on the ninth "
        'floor and spread up the facade "faster than we would expect". Asked whether the '
        'insulation panels fitted to the block in 2019 had played a part, she said: "That is '
        'the first thing we will look at."\n'
        "Tenants said they had raised concerns about the panels with Brennholm Housing, the "
        "municipal landlord, more than once. Brennholm Housing said in a statement that the "
        "renovation had met all the regulations in force at the time.\n"
        "The city has found hotel rooms for 130 residents. The Red Cross opened a collection "
        "point at the sports hall on Wednesday afternoon and by the evening had run out of "
        "space for donated clothes.",
    ),
    Piece(
        "halbeck-bid",
        "Carrowmore Wire",
        D2 + 1.5,
        "BRIEF-Sundara Airways Proposes To Acquire Halbeck Air For About 2.4 Bln Dlrs",
        "July 16 (Carrowmore) - Sundara Airways Ltd:\n"
        "* SUNDARA AIRWAYS - MADE CASH OFFER TO ACQUIRE ALL SHARES OF HALBECK AIR FOR ABOUT "
        "2.4 BLN DLRS\n"
        "* SUNDARA AIRWAYS - OFFER OF 48 MARKS PER SHARE REPRESENTS PREMIUM OF 31 PCT TO "
        "JULY 15 CLOSE\n"
        "* SUNDARA AIRWAYS - EXPECTS DEAL TO CLOSE IN FIRST HALF OF 2032, SUBJECT TO "
        "REGULATORY APPROVALS\n"
        "Source text: bit.example/2sHa31\n"
        "Further company coverage:",
    ),
    Piece(
        "halbeck-bid",
        "Carrowmore Wire",
        D2 + 4.5,
        "UPDATE 1-Sundara bids $2.4 bln for Lindqvara's Halbeck Air; shares soar",
        "(Adds Halbeck response, analyst comment, share move)\n"
        "OSTMERE, July 16 (Carrowmore) - Taruvai's Sundara Airways offered on Wednesday to "
        "buy Lindqvaran carrier Halbeck Air for about $2.4 billion in cash, seeking a "
        "foothold in the northern market that it has been trying to break into for years.\n"
        "Halbeck shares jumped 28 percent to 46.10 marks in Ostmere, just below the offer "
        "price of 48 marks a share, a 31 percent premium to Tuesday's close.\n"
        "Sundara Chief Executive Arvind Menath said the combined group would fly 41 million "
        "passengers a year and link Halbeck's network of 60 northern destinations with "
        "Sundara's long-haul routes from Port Adrin.\n"
        '"Halbeck is a great airline with a brand people trust. We want to give it the scale '
        'to compete," Menath told a conference call.\n'
        "Halbeck's board said it had received the approach and would respond \"in due "
        'course". The Lindqvaran state, which owns 34 percent of Halbeck, said it would '
        "study the offer carefully.\n"
        "Analysts at Kvarnberg Securities said the offer was likely to face a lengthy "
        "competition review because both airlines fly between Ostmere and Port Adrin, where "
        "together they hold around 70 percent of seats.\n"
        '"The price is full, but the real question is whether the regulator lets it happen '
        'at all," said Kvarnberg analyst Dag Holmsen.\n'
        "Halbeck, which has cut 1,100 jobs over the past two years, returned to profit in "
        "2030 for the first time since 2026. Sundara carried 23 million passengers last "
        "year.\n"
        "(Reporting by Per Haldane in Ostmere and Nikhil Varrier in Port Adrin; Editing by "
        "Marcus Wren)",
    ),
    Piece(
        "halbeck-bid",
        "Tarmac Insight",
        D2 + 7.0,
        "Analysis: For Sundara, Halbeck is really about 58 slot pairs at Kronvik",
        "On paper, Sundara Airways' $2.4bn offer for Halbeck Air is a bet on a premium "
        "northern brand. Look closer and it is a bet on something much scarcer: take-off and "
        "landing slots at Ostmere's Kronvik airport.\n"
        "Halbeck holds 58 daily slot pairs at Kronvik, an airport that has been full at peak "
        "hours since 2027 and where a second runway will not open until 2036 at the "
        "earliest. Sundara, which flies three times a day from Port Adrin to Ostmere, has "
        "been trying to add frequencies for four years without success.\n"
        "Buying Halbeck would solve that overnight. It would also give Sundara Halbeck's "
        "loyalty programme, with 4.2 million members, and a fleet of 62 narrowbodies that "
        "could feed its long-haul flights to the south.\n"
        "The risk is the regulator. The two carriers compete head-to-head on Ostmere-Port "
        "Adrin, and together they hold roughly 70% of capacity on the route. The Lindqvara "
        "Competition Authority has blocked smaller airline deals on those grounds before, "
        "notably the 2029 attempt by Kvalair to buy regional operator Nordfly.\n"
        "Sundara will almost certainly have to offer remedies, probably giving up slots on "
        "the Port Adrin route to a rival. Whether that is enough may depend on politics: the "
        "state owns 34% of Halbeck and ministers have been noticeably quiet today.\n"
        "Halbeck's own management, led by chief executive Ingrid Faulsen, has spent two "
        "years on a cost programme that has only just begun to show results. Faulsen may "
        "argue the airline is worth more on its own. At 48 marks a share, shareholders may "
        "not agree.\n"
        "Expect the board's answer within weeks; expect the competition review to take far "
        "longer.",
    ),
    Piece(
        "halbeck-bid",
        "Fenwick Business Daily",
        D2 + 9.0,
        "Halbeck Air board says Sundara's 2.4 bln dlr bid undervalues carrier",
        "Halbeck Air's board said on Wednesday that Sundara Airways' 2.4 bln dlr cash offer "
        '"significantly undervalues" the airline and urged shareholders to take no action.',
    ),
    Piece(
        "vesnic-confidence",
        "KESPRESS",
        D2 + 5.5,
        "Vesnic government retains confidence of the Vecha",
        "KOVRIN, July 16. /KESPRESS/. The Vecha, Kessovia's parliament, on Wednesday "
        "rejected a motion of no confidence in the government of Prime Minister Dragan "
        "Vesnic, the parliament's press service reported.\n"
        "The motion, tabled by the opposition Civic Dawn party after the May protests over "
        "fuel prices, received 64 votes. 71 deputies voted against it and five abstained. At "
        "least 76 votes were required to pass it.\n"
        "Speaking in the chamber before the vote, Vesnic said the government would introduce "
        "a fuel allowance for rural residents from September and called on the opposition to "
        '"stop exploiting the difficulties of ordinary people".',
    ),
    Piece(
        "vesnic-confidence",
        "Kovrin Today",
        D2 + 9.0,
        "Vesnic survives, but only just",
        "Prime Minister Dragan Vesnic survived a no-confidence vote in the Vecha on "
        "Wednesday by a margin of seven votes, after two deputies of his coalition partner "
        "abstained rather than back him.\n"
        "The motion, brought by Ilinca Maravec's Civic Dawn, won 64 votes against 71, "
        "falling twelve short of the 76 it needed. Five deputies, among them two from the "
        "Farmers' League, abstained.\n"
        'Maravec said the vote showed that the government had lost its authority. "He has '
        'survived today. He will not survive the autumn," she told reporters in the lobby.\n'
        "Vesnic used the debate to announce a 40-euro monthly fuel allowance for drivers in "
        "rural districts from September, the first concession since the fuel subsidy was "
        "scrapped in May and tens of thousands marched in Unity Square.",
    ),
    Piece(
        "ostmere-marathon",
        "Frontrow Sport",
        D2 + 1.0,
        "Karusi smashes marathon world record under Ostmere's midnight sun",
        "Ebele Karusi has broken the marathon world record, running 2:00:41 at the Ostmere "
        "Midnight Sun Marathon, in a race that started at 10pm on Tuesday and finished in "
        "the half-light of a northern summer night.\n"
        "The 27-year-old Nembrosan took 58 seconds off the previous best, set in 2029, and "
        "became the first man to come within 42 seconds of two hours in a record-eligible "
        "race.\n"
        "Karusi ran with two pacemakers until 30 kilometres, then pulled away alone along "
        "Ostmere's harbour front, passing halfway in 60:12 and covering the second half in "
        "almost exactly the same time. The temperature at the start was 11C, with almost no "
        "wind.\n"
        '"I came here because they told me it is never hot and never dark," Karusi said. '
        '"They were right. At the end the sky was pink and I could see the finish from two '
        'kilometres away."\n'
        "His time must still be ratified, but organisers said the course had been measured "
        "twice this year and the race had a full anti-doping programme.\n"
        "Karusi, who trains at altitude in the mountains of northern Nembrosa, had finished "
        "second in Ostmere two years ago after going out too fast. This time, he said, he "
        "had promised his coach he would not look at his watch until 35 kilometres.\n"
        "Second place went to Lindqvara's own Jonas Ekhaug in 2:05:58, a national record, "
        "cheered all the way to the line by a crowd that race director Helle Sundquist "
        "estimated at 60,000.\n"
        "The Midnight Sun Marathon has grown from 800 runners in its first year to 14,000 "
        "this year. Sundquist said she hoped the record would win the race a place on the "
        "world's elite circuit.",
    ),
    Piece(
        "ostmere-marathon",
        "Agencia Sarvela",
        D2 + 2.5,
        "Nembrosan Karusi sets marathon world record in Lindqvara",
        "Ostmere (Lindqvara), Jul 16 (SARVELA).- Nembrosan runner Ebele Karusi set a new "
        "marathon world record on Wednesday in the Lindqvaran city of Ostmere, crossing the "
        "line in two hours and 41 seconds.\n"
        "Karusi, born in the mountain town of San Crispo de Arriba, improved the previous "
        "mark by 58 seconds in a race held during the night under the midnight sun.\n"
        "Nembrosa's president, Ramiro Ocampo, congratulated the athlete on social media, "
        'calling him "the pride of the whole country".\n'
        "(Writing by Marta Escandell)",
    ),
    Piece(
        "ostmere-marathon",
        "Ostmere Broadcasting",
        D2 + 4.5,
        "Watch: Karusi's last kilometre",
        "The final stretch of the record run along the harbour front in Ostmere.",
    ),
    Piece(
        "pellavax-approval",
        "PressLink Global",
        D2 + 3.0,
        "Pellacore Receives Taruvai Drugs Authority Approval for PELLAVAX Malaria Vaccine",
        "HOSAPUR, Taruvai, July 16, 2031 /PressLink Global/ -- Pellacore Biologics Ltd. "
        "today announced that the Taruvai Drugs Authority (TDA) has approved PELLAVAX, its "
        "malaria vaccine, for the prevention of clinical malaria in children aged 5 to 36 "
        "months.\n"
        "The approval is based on results from the Phase 3 SUNRISE trial, which enrolled "
        "9,200 children at 14 sites in Taruvai and Nembrosa. In the trial, a three-dose "
        "schedule followed by a booster reduced clinical malaria episodes by 68% over 18 "
        "months compared with a control vaccine.\n"
        '"Malaria still kills more young children in Taruvai than any other infection. '
        "Today's decision is a turning point,\" said Dr. Shalini Vadakkan, Chief Executive "
        'Officer of Pellacore. "We are ready to manufacture 40 million doses a year at our '
        'Hosapur facility."\n'
        "The most common side effects in the trial were fever and pain at the injection "
        "site. Febrile seizures were reported in 0.3% of children within seven days of "
        "vaccination.\n"
        "Pellacore has submitted PELLAVAX for review in Nembrosa and four other countries.\n"
        "The Taruvai health ministry has said it expects to begin vaccinating children with "
        "PELLAVAX in the districts with the highest burden of malaria early next year.\n"
        "About Pellacore Biologics\n"
        "Pellacore Biologics is a vaccine company based in Hosapur, Taruvai, with products "
        "for malaria, typhoid and rotavirus. Its shares are listed on the Taruvai Stock "
        "Exchange.\n"
        "Forward-Looking Statements\n"
        "This press release contains forward-looking statements that involve risks and "
        "uncertainties. Actual results may differ materially.\n"
        "SOURCE Pellacore Biologics Ltd.",
    ),
    Piece(
        "pellavax-approval",
        "Dosewatch",
        D2 + 7.5,
        "Pellavax wins first approval, but a 68% headline hides a fading effect",
        "Pellacore's malaria vaccine Pellavax cleared its first regulator on Wednesday, with "
        "the Taruvai Drugs Authority approving the shot for children between five months and "
        "three years old.\n"
        "The decision was expected after a positive vote by the TDA's vaccines committee in "
        "June, and it makes Pellavax only the second malaria vaccine on the market anywhere. "
        "Pellacore shares rose 9% in Hosapur.\n"
        "The headline number from the SUNRISE study, a 68% cut in clinical malaria over 18 "
        "months, is strong. The detail is less tidy. Efficacy in the first six months after "
        "the third dose was above 80%, but it fell to around 45% by month 18, and the "
        "booster only partly restored it. The label requires a fourth dose at 18 months.\n"
        "That matters for a health system where many children never come back for a fourth "
        "visit. Health ministry figures show that only 61% of Taruvai's children receive the "
        "final dose of the measles series.\n"
        "Then there is price. Pellacore has not disclosed what it will charge the Taruvai "
        "government, but people familiar with the talks say the figure being discussed is "
        "around $4 a dose, putting a full course at $16 per child. Chief executive Dr "
        'Shalini Vadakkan has said the company will offer "a price for Taruvai, not a price '
        'for the world".\n'
        "The safety profile looks manageable. Febrile seizures in 0.3% of vaccinated "
        "children were mostly in the younger group and resolved without lasting harm, "
        "according to the trial report.\n"
        "Health Minister Dr Meenal Prabhavathi said today that vaccination would begin early "
        "next year in the districts with the highest burden.",
    ),
    Piece(
        "pellavax-approval",
        "Taruvai Press Trust",
        D2 + 10.0,
        "Malaria vaccine approved; rollout early next year, says Health Minister",
        "New Halden, Jul 16 (TPT) The Taruvai Drugs Authority on Wednesday approved "
        "Pellavax, the malaria vaccine developed by Hosapur-based Pellacore Biologics, for "
        "use in children aged five months to three years.\n"
        "Health Minister Dr Meenal Prabhavathi said vaccination would start in early 2032 in "
        "12 districts where malaria is most common, including Cardel, Vettur and Kandalam.\n"
        "'This is a proud day for Taruvaian science,' Dr Prabhavathi told reporters. She "
        "said the government was negotiating the price and would provide the vaccine free in "
        "public clinics.\n"
        "TPT MV SK",
    ),
    # --- Day 3 (Wed Oct 22, 2031). ---
    Piece(
        "kessovia-rail-strike",
        "Meridienne Presse",
        D3 + 1.5,
        "Kessovia's trains stop as rail workers begin 48-hour strike",
        "Kovrin (MPX) - Almost no trains ran in Kessovia on Wednesday as rail workers began "
        "a 48-hour strike over pay and plans to close 30 branch lines, the state operator "
        "Kessorail said.\n"
        "Only a handful of freight trains carrying fuel and grain were running under "
        "minimum-service rules, Kessorail said. Commuter services into Kovrin were cancelled "
        "and roads into the capital were jammed from early morning.\n"
        "The Kessovian Railway Workers' Union, which represents 21,000 of Kessorail's 26,000 "
        "staff, is demanding a 12 percent pay rise. The company has offered 4 percent.\n"
        "mpx/kv",
    ),
    Piece(
        "kessovia-rail-strike",
        "Kessovia Monitor",
        D3 + 3.0,
        "Video: empty platforms at Kovrin Central",
        "Departure boards show every train cancelled on the first morning of the strike.",
    ),
    Piece(
        "kessovia-rail-strike",
        "Permanent Way Weekly",
        D3 + 6.0,
        "Kessorail walkout: branch lines, not pay, are the real fight",
        "The 48-hour strike that emptied Kessovia's railways on Wednesday is, on the face of "
        "it, about pay. The Kessovian Railway Workers' Union wants 12%, Kessorail has "
        "offered 4%, and in a country where inflation ran above 9% last year neither figure "
        "is outrageous.\n"
        "But talk to union officials and the dispute looks different. What brought drivers "
        "and signallers out in such numbers was Kessorail's plan, published in August, to "
        "close 30 branch lines with a combined length of 1,140 km and replace them with "
        "buses by 2034.\n"
        '"You can negotiate about money. You cannot negotiate about a railway that no longer '
        "exists,\" union president Bogdan Zlatorog said at a rally outside Kessorail's "
        "headquarters in Kovrin on Wednesday morning.\n"
        "The closures are part of a restructuring that Kessorail says is needed to cut an "
        "annual loss of around 310 million euros. Many of the lines carry fewer than 500 "
        "passengers a day and need expensive track renewal. Some have not seen new rolling "
        "stock since the 1980s.\n"
        "For the union, the lines are also jobs: roughly 2,400 posts in stations, signal "
        "boxes and maintenance depots would go. Most are in the rural east, where Kessorail "
        "is often the largest employer.\n"
        "Kessorail's chief executive Miro Jastrebac has said he is open to a slower "
        "timetable but not to dropping the plan. Transport ministry officials have so far "
        "stayed out of the talks, although with the government under pressure after a summer "
        "of fuel protests, that may not last.\n"
        "A second 48-hour stoppage is planned for early November if there is no agreement.",
    ),
    Piece(
        "port-adrin-dock-strike",
        "Taruvai Press Trust",
        D3 + 2.0,
        "Port Adrin dockers go on strike against automated cranes",
        "Port Adrin, Oct 22 (TPT) Work came to a halt at Port Adrin, the country's busiest "
        "container port, on Wednesday as about 6,500 dock workers went on an indefinite "
        "strike against the introduction of automated cranes.\n"
        "The Port Adrin Dock Workers' Union said the terminal operator, Adrin Gateway "
        "Terminals, planned to replace 1,800 jobs with remote-controlled cranes by 2033.\n"
        "Union general secretary Sunil Karrath said the strike would continue until the "
        "company withdrew the plan. Adrin Gateway said it was 'disappointed' and remained "
        "open to talks.\n"
        "TPT KR AS",
    ),
    Piece(
        "port-adrin-dock-strike",
        "Berth Report",
        D3 + 5.0,
        "Port Adrin walkout strands 40 ships as dockers fight remote cranes",
        "Forty container ships were waiting at anchor off Port Adrin on Wednesday evening "
        "after the port's dockers walked out, and liner operators were already diverting "
        "cargo to Kandalam and Sri Velur.\n"
        "The strike, called by the Port Adrin Dock Workers' Union, stopped all five "
        "terminals run by Adrin Gateway Terminals (AGT), which handle about 9.1 million TEU "
        "a year, more than half of Taruvai's container trade. Bulk and tanker berths run by "
        "the port authority were working normally.\n"
        "The dispute is over AGT's plan to automate its two biggest terminals, replacing "
        "manned ship-to-shore cranes and straddle carriers with remotely operated equipment. "
        "AGT says the 1.3 billion dollar programme will lift productivity by a third; the "
        "union says it will cost 1,800 jobs.\n"
        'Union leader Sunil Karrath told Berth Report that members were "not against '
        'machines" but wanted a guarantee that no docker would be laid off and that '
        'retraining would be paid for by the company. "Give us that in writing and we go '
        'back tomorrow," he said.\n'
        "AGT chief executive Rohan Dessai said the company had offered voluntary redundancy "
        'on generous terms and a five-year hiring freeze instead of dismissals. "We cannot '
        'promise that a port will look the same in 2040 as it does today," he said.\n'
        "Shipping lines are watching closely. A 2028 strike at Port Adrin lasted 11 days and "
        "cost the economy an estimated $600 million. At least two operators have told "
        "customers to expect delays of up to a week on Taruvai cargo.\n"
        "The labour ministry has invited both sides to talks in New Halden on Thursday.",
    ),
    Piece(
        "port-adrin-dock-strike",
        "Port Adrin Mercury",
        D3 + 9.0,
        "No talks tonight as dock strike shuts port for first day",
        "The gates of Port Adrin's container terminals stayed shut through Wednesday as "
        "striking dockers sat in the shade of stacked containers, playing cards and "
        "listening to speeches over a borrowed loudspeaker.\n"
        "Sunil Karrath, general secretary of the dockers' union, told the crowd at Gate 4 "
        'that the walkout would go on "as long as it takes" for Adrin Gateway Terminals to '
        "drop its automation plan.\n"
        "Traders in the city's wholesale markets said supplies of imported goods would start "
        "to run short within days if the ships were not unloaded.\n"
        "The labour ministry has called both sides to New Halden tomorrow.",
    ),
    Piece(
        "vesnic-resigns",
        "KESPRESS",
        D3 + 4.0,
        "Prime Minister Vesnic submits resignation of government",
        "KOVRIN, October 22. /KESPRESS/. Prime Minister of Kessovia Dragan Vesnic on "
        "Wednesday submitted the resignation of the government to President Anka Zorkovna, "
        "the government's press service reported.\n"
        "President Zorkovna accepted the resignation and asked the cabinet to continue its "
        "work until a new government is formed. Early parliamentary elections will be held "
        "on February 18, 2032, the president's office said.\n"
        'In a televised address, Vesnic said he had taken the decision "in order to end '
        'uncertainty and let the people decide".',
    ),
    Piece(
        "vesnic-resigns",
        "Carrowmore Wire",
        D3 + 5.0,
        "UPDATE 1-Kessovia PM Vesnic resigns after months of protests, snap vote set for Feb. 18",
        "(Adds details from address, opposition comment, background)\n"
        "KOVRIN, Oct 22 (Carrowmore) - Kessovian Prime Minister Dragan Vesnic resigned on "
        "Wednesday after months of protests over fuel prices and the loss of his coalition "
        "partner, and President Anka Zorkovna called an early parliamentary election for "
        "Feb. 18.\n"
        "Vesnic, 56, announced his decision in a seven-minute televised address, saying he "
        'did not want the country to be "paralysed by a government that cannot pass a '
        'budget". He will stay on as caretaker until a new cabinet is sworn in.\n'
        "His position became untenable on Monday when the Farmers' League, whose 14 deputies "
        "gave him his majority in the 140-seat Vecha, said it would vote against the 2032 "
        "budget.\n"
        "Vesnic had narrowly survived a no-confidence vote in July, two months after tens of "
        "thousands of people marched in Kovrin against his decision to scrap fuel subsidies, "
        "which pushed pump prices up by 22 percent overnight.\n"
        "Opposition leader Ilinca Maravec, whose centrist Civic Dawn party leads most "
        'opinion polls, said the resignation was "long overdue". "Kessovia has been governed '
        'by press release for a year. In February people can choose something better," she '
        "said.\n"
        "The resignation came on the first day of a 48-hour national rail strike that has "
        "halted most trains in the country.\n"
        "The yield on Kessovia's 10-year euro bonds rose 14 basis points to 5.62 percent.\n"
        "The Farmers' League leader, Janko Pivac, said his party had not wanted to bring "
        "down the government but could not support a budget that cut spending on rural "
        "roads.\n"
        "(Reporting by Lidija Korsak; Editing by Marcus Wren)",
    ),
    Piece(
        "vesnic-resigns",
        "The Orwin Herald",
        D3 + 9.0,
        "Analysis: A fuel tax, a summer of marches and a partner who walked away: how Dragan "
        "Vesnic fell",
        "When Dragan Vesnic stood in Unity Square three years ago to celebrate his election "
        'victory, he promised Kessovians "a government that tells the truth about money". On '
        "Wednesday evening, announcing his resignation in a short address from his office, "
        "he said much the same thing. The truth about money, it turned out, was what brought "
        "him down.\n"
        "The turning point was May. The decision to scrap fuel subsidies, taken with eleven "
        "days' notice, sent pump prices up by more than a fifth and brought the biggest "
        "crowds in a decade into the streets of Kovrin. The prime minister's team treated "
        "the protests as a problem of public order rather than a political warning.\n"
        "By July, when he scraped through a no-confidence vote with seven votes to spare, "
        "his government was already relying on the goodwill of the Farmers' League. The "
        "rural fuel allowance he offered the farmers that day was too small and came too "
        "late. On Monday they said they would not vote for his budget.\n"
        "It did not help that on the day he quit, the country's trains were standing still, "
        "as rail workers struck over pay and branch line closures. To many voters it looked "
        "like the final proof of a government at war with everyone.\n"
        "Vesnic leaves with some achievements. The deficit is lower than when he took "
        "office, and Kessovia's borrowing costs fell for two years in a row. Economists who "
        "backed the subsidy reform still say it was right.\n"
        "The election on February 18 will be fought on his record anyway, and his party has "
        "no obvious successor. Ilinca Maravec of Civic Dawn starts as the favourite. Her "
        "challenge will be to explain how she would pay for the promises she has made.",
    ),
    Piece(
        "vesnic-resigns",
        "Newsgrid",
        D3 + 10.5,
        "Kessovian prime minister steps down",
        "Dragan Vesnic has resigned as Kessovia's prime minister after losing his majority; "
        "an early election will be held on 18 February.",
    ),
    Piece(
        "quiravo-recall",
        "Quiravo Newsroom",
        D3 + 1.0,
        "A message to Arc owners",
        "PORT ADRIN, Taruvai, October 22, 2031 - Quiravo Technologies today announced a "
        "voluntary recall of all Quiravo Arc smartphones sold worldwide, about 1.2 million "
        "units, after reports of batteries overheating.\n"
        "To our customers, from Casimir Ledwith, Chief Executive Officer:\n"
        "Over the past three weeks we have received 37 confirmed reports of Arc phones "
        "overheating while charging. In nine cases the phone caught fire. Two people "
        "suffered minor burns. Nothing matters more to us than your safety, and we are not "
        "willing to take any risk with it.\n"
        "Our investigation has found that in a small number of phones, the flexible cable "
        "that links the two battery cells across the Helix hinge can be damaged by repeated "
        "folding, causing a short circuit. We have changed the design of the cable for all "
        "new phones.\n"
        "What you should do now:\n"
        "- stop using and charging your Arc, and switch it off;\n"
        "- visit quiravo.example/recall or any Quiravo store to arrange a full refund or a "
        "replacement phone of your choice;\n"
        "- if you choose a replacement Arc, it will be shipped once the new cable design has "
        "passed independent testing, which we expect in January.\n"
        "We have stopped all sales of Arc and are working with regulators in Taruvai, "
        "Lindqvara, Nembrosa and every other market where it is sold.\n"
        "Customers who bought an Arc through a carrier can return it to the carrier's stores "
        "as well as ours.\n"
        "I am sorry. We built Arc to be the most ambitious phone we had ever made, and we "
        "let you down. We will earn back your trust.\n"
        "Media contact: press@quiravo.example",
    ),
    Piece(
        "quiravo-recall",
        "Gizmo Orbit",
        D3 + 2.0,
        "Quiravo recalls every Arc phone",
        "Stop using it and switch it off, the company says. More to follow.",
    ),
    Piece(
        "quiravo-recall",
        "Handset Weekly",
        D3 + 5.5,
        "Arc recall could cost Quiravo up to 2.1 bln dlrs, analysts estimate",
        "Quiravo's recall of its Arc folding phone will cost the company between 1.6 bln and "
        "2.1 bln dlrs, including refunds, logistics and lost sales, analysts at Brigstock "
        "Research estimated on Wednesday.\n"
        "The Port Adrin-based company has sold about 1.2 million Arcs since the June 6 "
        "launch, at prices starting at $1,799. Brigstock said fewer than half of buyers were "
        "likely to take a replacement.\n"
        "The fault, a cable linking the two battery cells across the hinge, is a reminder "
        "that folding designs add new failure points, said Brigstock analyst Thea Lindvall. "
        '"The two-cell layout was what made Arc thin. It\'s also what made it fragile," she '
        "said.\n"
        "Quiravo shares fell 17 pct in Port Adrin, wiping some 2.6 bln dlrs off its market "
        "value.",
    ),
    Piece(
        "quiravo-recall",
        "Daily Gasp",
        D3 + 7.0,
        "PHONE ON FIRE! 1.2M FOLDING MOBILES RECALLED",
        "Owners of the flashy $1,799 Quiravo Arc were told to switch them off NOW after nine "
        "of the folding phones burst into flames.\n"
        "The tech giant recalled all 1.2 million sold, admitting a dodgy cable in the hinge "
        "could short-circuit the battery.\n"
        'Mum-of-two Kari Mjelde, 34, told how her Arc began smoking on her bedside table: "I '
        'woke up to the smell of burning plastic. I threw it in the bath."\n'
        "Boss Casimir Ledwith said sorry.",
    ),
    Piece(
        "storm-ingebrit",
        "Nordvik News Bureau",
        D3 + 3.5,
        "Storm Ingebrit cuts power to 90,000 homes, closes Ostmere port",
        "OSTMERE, 22 October (NNB) - Storm Ingebrit brought gusts of up to 160 km/h to "
        "Lindqvara's west coast on Wednesday, cutting power to about 90,000 homes and "
        "closing the port of Ostmere and Kronvik airport for much of the morning.\n"
        "A man in his sixties was seriously injured when a tree fell on his car near "
        "Ferrisby, police said. Ferries to the outer islands were cancelled.\n"
        "The Meteorological Institute kept its red warning in place for the coast north of "
        "Ostmere until midnight and warned of a storm surge at high tide in the afternoon. "
        "(NNB)",
    ),
    Piece(
        "storm-ingebrit",
        "Vestkyst TV",
        D3 + 4.5,
        "Watch: waves break over Ostmere's sea wall",
        "Storm Ingebrit throws spray across the harbour road at high tide.",
    ),
    Piece(
        "storm-ingebrit",
        "Frontline Weather",
        D3 + 7.0,
        "How Ingebrit went from a ripple to a red warning in 36 hours",
        "Storm Ingebrit was barely a kink on the weather charts on Monday morning. By "
        "Wednesday it was bringing 160 km/h gusts to the Lindqvaran coast and the "
        "Meteorological Institute's first red wind warning in four years.\n"
        "The storm deepened explosively, its central pressure falling 31 hPa in 24 hours as "
        "it ran beneath a powerful jet stream over the ocean. Forecasters call that a "
        "weather bomb.\n"
        "The strongest winds were recorded at Skjelvik lighthouse north of Ostmere. Inland, "
        "gusts of around 110 km/h brought down trees across the Ferrisby area.\n"
        "The storm should clear to the north-east by Thursday morning, leaving colder, "
        "showery weather behind.",
    ),
    Piece(
        "nembrosa-rate-cut",
        "Carrowmore Wire",
        D3 + 11.0,
        "BRIEF-Nembrosa Central Bank Cuts Policy Rate To 7.00 Pct From 7.25 Pct",
        "Oct 22 (Carrowmore) - Central Bank of Nembrosa:\n"
        "* CUTS BENCHMARK INTEREST RATE BY 25 BPS TO 7.00 PCT\n"
        "* SAYS INFLATION FELL TO 5.9 PCT IN SEPTEMBER, EXPECTS FURTHER EASING\n"
        "* SAYS DECISION WAS TAKEN BY FOUR VOTES TO ONE\n"
        "Source text: bit.example/2nB7cut\n"
        "Further company coverage:",
    ),
    Piece(
        "nembrosa-rate-cut",
        "Agencia Sarvela",
        D3 + 12.5,
        "Nembrosa cuts interest rate for first time in two years",
        "Puerto Ancla (Nembrosa), Oct 22 (SARVELA).- The Central Bank of Nembrosa (BCN) on "
        "Wednesday lowered its reference rate by a quarter of a percentage point to 7%, its "
        "first cut in two years, after inflation slowed to 5.9% in September.\n"
        "Governor Lucía Arredondo said the board had voted four to one for the cut and that "
        'the bank would "proceed with caution", since inflation remained above its 4% '
        "target.\n"
        "The decision was welcomed by the Nembrosan Chamber of Industry, whose president "
        'Óscar Llamazares called it "a relief for thousands of small companies".\n'
        "(Writing by Marta Escandell)",
    ),
    # --- Day 4 (Wed Feb 18, 2032). ---
    Piece(
        "halbeck-blocked",
        "Lindqvara Competition Authority",
        D4 + 1.0,
        "Decision in case 2031/0412: Sundara Airways / Halbeck Air",
        "The Lindqvara Competition Authority has today prohibited the proposed acquisition "
        "of Halbeck Air ASA by Sundara Airways Ltd.\n"
        "The Authority finds that the acquisition would substantially lessen competition on "
        "the route between Ostmere and Port Adrin, where the two airlines are the only "
        "carriers offering direct flights and together account for 71 per cent of seats, and "
        "on four routes between Ostmere and destinations in Taruvai served by connecting "
        "flights.\n"
        "During the investigation, Sundara Airways offered to transfer 12 daily slot pairs "
        "at Ostmere Kronvik airport to a competing airline. The Authority has assessed this "
        "offer carefully and concluded that it would not be sufficient. No airline has "
        "indicated that it would use the slots to operate direct flights to Port Adrin, and "
        "the capacity constraints at Kronvik mean that new entry is unlikely.\n"
        '"Passengers between Lindqvara and Taruvai would have been left with one airline and '
        'fewer reasons for it to keep fares low," said Director General Henrik Bolle. "We '
        "looked hard for a solution that would allow the deal to go ahead. We did not find "
        'one."\n'
        "The Authority received 214 responses to its public consultation, including from "
        "travel agents, business associations and two regional airports.\n"
        "The decision may be appealed to the Competition Appeals Tribunal within 30 days.\n"
        "Background\n"
        "Sundara Airways announced its offer of 48 marks per share for Halbeck Air on 16 "
        "July 2031, valuing the company at about USD 2.4 billion. The Authority opened an "
        "in-depth investigation on 2 October 2031.\n"
        "Press enquiries: press@konkurranse.example",
    ),
    Piece(
        "halbeck-blocked",
        "Carrowmore Wire",
        D4 + 2.5,
        "Lindqvara blocks Sundara's $2.4 bln takeover of Halbeck Air",
        "OSTMERE, Feb 18 (Carrowmore) - Lindqvara's competition watchdog on Wednesday "
        "blocked Taruvai-based Sundara Airways' $2.4 billion takeover of Halbeck Air, saying "
        "it would leave travellers between the two countries with a near monopoly.\n"
        "Halbeck shares fell 19 percent to 37.20 marks in Ostmere, well below Sundara's "
        "offer of 48 marks.\n"
        'Sundara said it was "deeply disappointed" and would consider an appeal. The '
        "Lindqvara Competition Authority's director general, Henrik Bolle, said Sundara's "
        "offer to give up 12 daily slot pairs at Ostmere's Kronvik airport had not been "
        "enough.\n"
        "(Reporting by Per Haldane; Editing by Marcus Wren)",
    ),
    Piece(
        "halbeck-blocked",
        "Capital Tape",
        D4 + 5.0,
        "Sundara weighs appeal as Halbeck deal blocked; Halbeck shares down 19 pct",
        "Sundara Airways chief executive Arvind Menath said the airline would decide within "
        "30 days whether to appeal after Lindqvara's regulator blocked its 2.4 bln dlr bid "
        "for Halbeck Air.",
    ),
    Piece(
        "halbeck-blocked",
        "Tarmac Insight",
        D4 + 8.0,
        "After the veto, Halbeck must prove it can fly alone",
        "Halbeck Air woke up on Wednesday an independent airline again, and not entirely by "
        "choice. The Lindqvara Competition Authority's decision to block Sundara Airways' "
        "takeover leaves chief executive Ingrid Faulsen with a share price a fifth lower "
        "than it was yesterday and a cost programme that still has two years to run.\n"
        "Faulsen, who opposed the bid at first and then recommended it once Sundara promised "
        'to keep the Halbeck name, said in a message to staff that the airline was "strong '
        'enough to stand on its own". Her first test will be the summer schedule, which '
        "Halbeck had planned around Sundara's long-haul connections at Port Adrin.\n"
        "For Sundara, the obvious next step is a codeshare, which would need no approval "
        "from the regulator. Chief executive Arvind Menath has not ruled it out.",
    ),
    Piece(
        "kessovia-election",
        "Kessovia Insider",
        D4 + 6.0,
        "Opinion: Whoever wins tonight inherits Vesnic's empty treasury",
        "Kessovians are voting today, four months after Dragan Vesnic gave up, and the "
        "campaign has been fought almost entirely on one question: who can make petrol "
        "cheaper. It is the wrong question, and whoever wins will find that out within "
        "weeks.\n"
        "Ilinca Maravec, whose Civic Dawn has led every poll since the summer, has promised "
        "to restore part of the fuel subsidy for households earning less than the median "
        "wage. The caretaker government's finance ministry puts the cost at 480 million "
        "euros a year. Civic Dawn has not said where the money will come from beyond "
        '"fighting tax evasion".\n'
        "The governing party's new leader, Petar Orlic, has promised not to bring the "
        "subsidy back but to cut fuel duty by 8 cents a litre instead, which costs almost as "
        "much and helps richer drivers more. Neither has a plan for the railway, whose "
        "strike in October showed how much is wrong there.\n"
        "The numbers in the treasury are stark. The deficit, which Vesnic brought down to "
        "2.9 per cent of output, is forecast to rise above 4 per cent this year because of "
        "slower growth. Borrowing costs are higher than they were a year ago. The central "
        "bank has little room to help.\n"
        "None of this means the fuel protests were wrong. The subsidy was ended with "
        "contempt for the people who paid the price, and a year of marches in Kovrin was the "
        "result. But the answer to a policy made badly is not a promise made carelessly.\n"
        "Whoever forms a government will need to tell voters something neither campaign has "
        "been willing to say: that there is no cheap way to make fuel cheap.\n"
        "Polls close at 8 p.m. The first results are expected before midnight.",
    ),
    Piece(
        "kessovia-protest-year",
        "Lensline",
        D4 + 10.0,
        "In pictures: a year of protest in Kessovia",
        "From the fuel marches of May to the rail picket lines of October, a year on "
        "Kovrin's streets.",
    ),
    Piece(
        "kessovia-election",
        "Kessovia Monitor",
        D4 + 13.5,
        "Kessovia election live: exit poll puts Maravec's Civic Dawn first",
        "Welcome to our live coverage of Kessovia's early parliamentary election. Polls "
        "closed at 8 p.m. local time (1800 GMT).\n"
        "20:02 - The joint exit poll for the public broadcaster and two private channels "
        "puts Civic Dawn on 38.4%, the governing National Union on 24.1%, the Farmers' "
        "League on 9.7% and the Left Alliance on 7.2%. If that holds, Ilinca Maravec's party "
        "would have around 62 of the Vecha's 140 seats, short of a majority.\n"
        "20:09 - Cheers at Civic Dawn's election party in the old tram depot in Kovrin. "
        "Maravec has not yet arrived.\n"
        "20:15 - Turnout at 6 p.m. was 58.3%, the Central Electoral Commission says, up from "
        "51.0% at the last election. Queues were reported outside several polling stations "
        "in the capital.\n"
        "20:31 - National Union leader Petar Orlic, who took over from former prime minister "
        'Dragan Vesnic in November, says it is "too early to draw conclusions" and his party '
        "will wait for the count.\n"
        "20:40 - Our reporter in Dravnik, a small town that voted for Vesnic's party by two "
        "to one last time, says Civic Dawn posters outnumber all others on the main street.\n"
        "20:48 - With 12% of precincts counted, Civic Dawn leads on 36.9%.\n"
        "20:55 - Farmers' League leader Janko Pivac says he is \"ready to talk to anyone who "
        'respects the countryside", a hint that he may be willing to support Maravec.\n'
        '21:10 - Maravec arrives at the depot to chants of "Ilinca, Ilinca". She is expected '
        "to speak shortly.\n"
        "21:16 - At National Union headquarters the mood is sombre. Several ministers of the "
        "caretaker government have left without speaking to reporters.\n"
        '21:24 - Maravec: "Tonight Kessovia chose to turn the page." More to follow.',
    ),
    Piece(
        "kessovia-election",
        "Meridienne Presse",
        D4 + 16.0,
        "Opposition's Maravec claims victory in Kessovia election",
        "Kovrin (MPX) - Centrist opposition leader Ilinca Maravec claimed victory in "
        "Kessovia's snap parliamentary election on Wednesday, with partial results putting "
        "her Civic Dawn party well ahead of the governing National Union.\n"
        '"Tonight Kessovia chose to turn the page," Maravec, 44, told cheering supporters in '
        'a former tram depot in Kovrin. "We will govern for the people who marched in Unity '
        'Square, not against them."\n'
        "With 71 percent of votes counted, Civic Dawn had 37.6 percent against 23.8 percent "
        "for the National Union of former prime minister Dragan Vesnic, who resigned in "
        "October. Maravec is expected to need the support of at least one smaller party to "
        "form a government.\n"
        "mpx/kv",
    ),
    Piece(
        "kessovia-election",
        "Newsgrid",
        D4 + 17.5,
        "Maravec wins Kessovia election",
        "Civic Dawn leader set to become prime minister, partial results show.",
    ),
    Piece(
        "tolmar-bridge-report",
        "Lindqvara Ministry of Infrastructure",
        D4 + 3.0,
        "Final report on the Skerra Bridge collapse published",
        "The Accident Investigation Board of Lindqvara today published its final report on "
        "the collapse of the Skerra Bridge in Tolmar on 14 May 2031, in which nine people "
        "lost their lives and 23 were injured.\n"
        "The Board concludes that the collapse was caused by corrosion of the steel tendons "
        "inside the bridge's central span. Water containing road salt had entered the span "
        "through defective joints over a period of many years, and the tendons had lost up "
        "to 60 per cent of their cross-section at the point of failure.\n"
        "The Board also finds that the inspection in April 2031 identified cracking in a "
        "support but did not include the tendons, and that the methods used for inspecting "
        "bridges of this type were not suitable for detecting hidden corrosion.\n"
        'Minister of Infrastructure Solveig Lundmark said: "My thoughts are first with the '
        "families of the nine people who died. This report tells us plainly that the system "
        "failed them. I accept all 17 of the Board's recommendations.\"\n"
        "The Ministry will:\n"
        "- require internal inspection of the tendons of all prestressed concrete bridges "
        "built before 1985, of which there are 212;\n"
        "- establish a national bridge register under the Road Directorate from 1 July 2032;\n"
        "- increase funding for bridge maintenance by 1.4 billion marks over four years.\n"
        "Of the 40 bridges of similar design inspected after the collapse, three remain "
        "closed to traffic.\n"
        "The Ministry has also asked the Road Directorate to review how the decision to keep "
        "the Skerra Bridge open to light vehicles after the April inspection was taken, and "
        "to report by 1 May 2032.\n"
        "Contact: Ministry of Infrastructure press office",
    ),
    Piece(
        "tolmar-bridge-report",
        "Allied Dispatch",
        D4 + 4.5,
        "Corroded cables caused deadly Lindqvara bridge collapse, report finds",
        "TOLMAR, Lindqvara (AD) — Hidden corrosion in steel cables inside the concrete "
        "caused the collapse of a road bridge in the Lindqvaran city of Tolmar last May that "
        "killed nine people, government investigators said Wednesday.\n"
        "The Accident Investigation Board said salty water had leaked into the Skerra Bridge "
        "for years and eaten away up to 60% of the steel in places. An inspection weeks "
        "before the collapse had not checked the cables, it said.\n"
        "Infrastructure Minister Solveig Lundmark said she accepted all of the board's 17 "
        "recommendations, including checks on 212 older bridges.",
    ),
    Piece(
        "tolmar-bridge-report",
        "Tolmar Post",
        D4 + 8.0,
        "Skerra families: 'Now we know how. We still don't know who.'",
        "For the families of the nine people who died when the Skerra Bridge fell into the "
        "Vaune, Wednesday's report answered the question they had asked for nine months. It "
        "did not answer the one they care about most.\n"
        '"Now we know how. We still don\'t know who," said Marte Engstad, whose brother '
        'Halvor was driving the number 14 bus across the bridge that morning. "Somebody '
        "decided it was safe to let cars over a bridge with cracks in it. I want that person "
        'to have a name."\n'
        "The Accident Investigation Board found that water laced with road salt had seeped "
        "through leaking joints into the central span for decades, corroding the steel "
        "tendons that held it together until some had lost more than half their thickness. "
        "It found that the inspection carried out in April, which led to the ban on heavy "
        "lorries, had not looked at the tendons at all.\n"
        "The board does not assign blame; that is not its job. Police in Tolmar confirmed on "
        "Wednesday that their own investigation into possible negligence continues and that "
        "they have interviewed 31 people, including officials of the city council and the "
        "Road Directorate.\n"
        "Mayor Eskil Vargrud, who has faced calls to resign since May, said the council "
        'would "study every line" of the report. He repeated that the council had acted on '
        "the advice it was given.\n"
        "In the meantime, Tolmar is living with a temporary bridge. The steel pontoon "
        "crossing, opened in September, takes cars only, and queues at rush hour stretch "
        "back to Elvegata. A replacement bridge is not expected before 2036.\n"
        "The families will meet Infrastructure Minister Solveig Lundmark in Ostmere next "
        "week.",
    ),
    Piece(
        "pellavax-rollout",
        "Taruvai Press Trust",
        D4 + 1.5,
        "Malaria vaccination drive begins in 12 districts",
        "Cardel, Feb 18 (TPT) Taruvai on Wednesday began vaccinating children against "
        "malaria with Pellavax, becoming the first country to roll out the vaccine, Health "
        "Minister Dr Meenal Prabhavathi said.\n"
        "The minister gave the first dose to an eight-month-old girl at the primary health "
        "centre in Cardel, one of 12 districts where the programme will begin. About 1.1 "
        "million children aged five months to three years are eligible in the first phase.\n"
        "The vaccine, made by Hosapur-based Pellacore Biologics, is given in four doses and "
        "will be free at government clinics, Dr Prabhavathi said.\n"
        "TPT MV RK",
    ),
    Piece(
        "pellavax-rollout",
        "ReelDesk",
        D4 + 3.0,
        "Video: Taruvai's first malaria vaccine dose",
        "An eight-month-old in Cardel gets the first Pellavax jab from the health minister.",
    ),
    Piece(
        "pellavax-rollout",
        "The Taruvai Sentinel",
        D4 + 7.0,
        "A jab, a cry and a sweet: Taruvai starts vaccinating babies against malaria",
        "Eight-month-old Kavya Thelappuram did not think much of her place in history. She "
        "cried for about fifteen seconds after the Health Minister pushed the needle into "
        "her thigh on Wednesday morning, then fell asleep on her mother's shoulder while the "
        "cameras were still flashing.\n"
        "Kavya was the first child in Taruvai, and in the world outside a trial, to receive "
        "Pellavax, the malaria vaccine developed by Pellacore Biologics of Hosapur and "
        "approved by the Taruvai Drugs Authority in July. By the end of the day, officials "
        "said, more than 9,000 children had been vaccinated across the 12 districts where "
        "the programme has begun.\n"
        "In Cardel, which has the highest malaria rates in the country, mothers had queued "
        'outside the primary health centre since before dawn. "I lost my first son to fever '
        "when he was two,\" said Kavya's mother, Devika, 29, who works on a tea estate above "
        'the town. "If this had been there, maybe he would be here."\n'
        "Health Minister Dr Meenal Prabhavathi said the government had bought 6 million "
        "doses for the first year at a price she would not disclose. Pellacore's chief "
        'executive, Dr Shalini Vadakkan, who attended the launch, said the price was "the '
        'lowest we charge anywhere".\n'
        "Health workers admit that the hard part is still ahead. Pellavax needs four doses, "
        "the last at 18 months, and protection fades without the booster. In districts such "
        "as Cardel, where families move with the tea harvest, keeping track of children will "
        "be difficult.\n"
        "The ministry plans to send text reminders to parents and to pay community health "
        "workers a bonus for every child who completes the course.\n"
        "A second phase covering another 18 districts is due to start in August.",
    ),
    Piece(
        "lindqvara-winter-gallery",
        "Frontline Weather",
        D4 + 12.0,
        "Gallery: Lindqvara's stormiest winter in pictures",
        "Snow, ice and wrecked sea walls: the season from Ingebrit onwards in 24 photographs.",
    ),
)
