"""A sixth set of multi-outlet coverage of our own: wire services and other countries' styles.

Written blind, like the fourth and fifth (coverage_real4.py, coverage_real5.py): without
reading the clustering code or the texts of the other sets, so it measures briefing on copy
it has not seen, and no text was changed after seeing how briefing clusters it. Every
sentence is our own; the countries (Sundra, Meridia, Lindmark, Ardesia, Portavia, Korvasia,
Lusania, Vindhara, Westralis, Kalimar, Amaru), firms, people and local outlets are made up.

What is new here is the copy's styles and topics. Most items come from news agencies of
other countries, each in its house style: AFP (`BATU SELAT (AFP) -`), Xinhua and Yonhap
(`VERRANO, May 14 (Xinhua) --`, `US$2.4 billion`), Kyodo, Bernama (`three hundred and ten
flights`), Anadolu (`SOLLEN, Meridia (AA) -`), EFE (`Cantora (Ardesia), May 14 (EFE).-`),
dpa, ANSA, PTI and IANS (`Vikrampur, Aug 18 (IANS)`, `12 lakh`); beside them a US local TV
station's web copy, two trade publications (pharma, banking technology, health security),
government press releases and a summit's communique, a bank's service notice that names
the bank only in its signature, a stock-exchange filing summary, and a fact-check. The
topics are unlike the earlier sets': ferry accidents and their inquiry, ministers'
resignations, a drought's rationing and its end, summits and their communiques, an
archaeological find, a vaccine's approval and its rollout, a stadium crush, a bank outage,
an exam leak, a glacier's collapse seen from space, airline strikes, a ransomware attack on
a hospital, a court ruling on a dam, a record heat day, a volcano.

About a third of the items (25 of 74) are whole articles of 1,500 characters or more and
six or more paragraphs; ten are near-empty (a video caption or a teaser of a line, each
labelled with its event).

The classes of issue #16, each several times:

- paraphrase: headlines sharing almost no words ("Update on service disruption" and
  "Core conversion blamed for nine-hour blackout at regional lender"; "'My conscience is
  clear'"; "Rs 5,000 a copy"), the subject named in the lead or the signature only, figures
  written two or three ways (`12 lakh`, `1,200,000`, `1.2 million`; `2.4-billion-U.S.-dollar`,
  `US$2.4 billion`, `USD 2,400 million`; `43`, `forty-three`; `310`, `three hundred and
  ten`), partners' angles on one event (a vaccine's approval told by its developer's filing,
  a trade paper and the two contract makers' home wires);
- one topic, separate events on one day: two ferry accidents in two countries (day 1), two
  ministers resigning in two countries (day 1), two airline strikes (day 3); and a stadium
  crush beside a fact-check of a false clip said to show it (its own event, as an opinion
  is);
- a running topic's events months apart, for the heavy day: the Renggis ferry's capsizing
  and its inquiry's report; the minister's resignation and her indictment; Cantora's
  rationing and its end (two press releases in one form); the Coastal Nations Forum's
  summit in Verrano and the next one in Kalimar; the dengue vaccine's approval and its
  rollout; names shared across events (the Ostra river of a ferry and of a dam, Portavia of a
  summit and of a tomb, Marrabin of a heat record and of a chess title).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): the Renggis ferry (five items) and the Ostra river ferry; the
  resignations of Meridia's health minister and Lindmark's transport minister; Cantora's
  water rationing; the Verrano summit; a Bronze Age tomb;
- day 2 (Mon Aug 18): the dengue vaccine's approval; the Porto Alessa stadium crush and a
  fact-check; the Harlan Mutual bank outage; the Vindhara exam leak; the Arrasco glacier's
  collapse; an altarpiece's auction;
- day 3 (Wed Nov 12): the Sundair pilots' strike and the VuelaSur cabin crew's strike; the
  ransomware attack on Mercy Ridge hospital; the Kalimar summit; the former minister's
  indictment; the Gradac dam ruling; a recovered violin;
- day 4 (Wed Feb 11, 2032): Cantora's rationing ends; a record heat day; the ferry inquiry's
  report; the vaccine's rollout; a volcano's eruption; a chess title.

Scored by tests/stories/test_coverage_real6.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day.
"""

from __future__ import annotations

from tests.stories.coverage import DAY, MONTH, Piece, by_day

D1 = 0.0
D2 = 3 * MONTH + 6 * DAY
D3 = 6 * MONTH + 2 * DAY
D4 = 9 * MONTH + 3 * DAY

PIECES: tuple[Piece, ...] = (
    # ============================ Day 1: Wed May 14, 2031 ============================
    # --- A ferry capsizes off Renggis (Sundra): AFP article, Xinhua and Bernama wires with the
    # toll two ways, an Indian wire's angle, a video caption. ---
    Piece(
        "ferry-renggis",
        "AFP",
        D1 + 3.0,
        "Dozens dead as overloaded ferry capsizes off Sundra island",
        "BATU SELAT (AFP) - At least 43 people drowned when a passenger ferry overturned in rough "
        "seas off the island of Renggis in southern Sundra before dawn on Wednesday, rescue "
        "officials said, with dozens more still unaccounted for.\n"
        "The wooden-hulled KM Sinar Pagi had left the port of Tanjung Lais late on Tuesday bound "
        "for the provincial capital, a crossing of about seven hours that thousands of islanders "
        "make every week.\n"
        '"The boat tipped onto its side when a wave struck it broadside, and within minutes it '
        'was upside down," said Arif Mahdan, head of the regional search and rescue agency, '
        "speaking at the harbour where bodies were being brought ashore under tarpaulins.\n"
        "Mahdan said 61 survivors had been pulled from the water by fishermen and navy boats, some "
        "clinging to floating cargo. The manifest listed 112 passengers, but officials warned that "
        "ferries on the route routinely carry people who never appear on the paperwork.\n"
        "Relatives gathered outside the port office in Batu Selat throughout the morning, scanning "
        'handwritten lists of names pinned to a noticeboard. "My sister called me at midnight to '
        'say the sea was bad," one woman told AFP. "Nobody has seen her since."\n'
        "Sundra, an archipelago of more than 900 inhabited islands, has a long record of deadly "
        "ferry accidents, often blamed on overloading, poor maintenance and lax inspections at "
        "small ports.\n"
        "President Wiraya Lestan ordered the transport ministry to suspend all wooden passenger "
        "boats on the Renggis route pending an inquiry, and said families of the dead would "
        "receive compensation.\n"
        "Navy divers were due to search the hull once the swell eased, the rescue agency said.",
    ),
    Piece(
        "ferry-renggis",
        "Xinhua",
        D1 + 1.5,
        "Ferry sinks in Sundra, 38 killed",
        "BATU SELAT, May 14 (Xinhua) -- At least 38 people were killed after a ferry carrying more "
        "than 100 passengers sank off Sundra's Renggis island early Wednesday, local authorities "
        "said.",
    ),
    Piece(
        "ferry-renggis",
        "Bernama",
        D1 + 5.0,
        "Renggis boat tragedy: toll climbs to forty-three",
        "BATU SELAT, May 14 (Bernama) -- The death toll in the Renggis boat tragedy has risen to "
        "forty-three, with 61 people rescued and search operations continuing into the night, the "
        "national search and rescue agency said on Wednesday.\n"
        "The agency said the vessel overturned at about 3.40 am local time some nine nautical "
        "miles off the island's northern tip.",
    ),
    Piece(
        "ferry-renggis",
        "IANS",
        D1 + 10.0,
        "Two Indians among missing after boat overturns in Sundra",
        "New Delhi, May 14 (IANS) Two Indian nationals working on a plantation in Sundra are among "
        "those missing after a passenger vessel overturned off the island of Renggis, the Ministry "
        "of External Affairs said on Wednesday. The mission in Batu Selat is in touch with local "
        "authorities and the families, a spokesperson said.",
    ),
    Piece(
        "ferry-renggis",
        "Sundra Channel 9",
        D1 + 8.0,
        "VIDEO: 'The sea just took them'",
        "Survivors of the Renggis ferry disaster speak from their hospital beds.",
    ),
    # --- The same day, a river ferry overturns in Korvasia: another event of the same kind. ---
    Piece(
        "ferry-ostra",
        "Anadolu",
        D1 + 6.0,
        "Nine missing after river ferry overturns in Korvasia",
        "DRAVIK, Korvasia (AA) - Nine people are missing after a small car ferry overturned on the "
        "Ostra River near the town of Dravik on Wednesday, the Korvasian Interior Ministry said.\n"
        "The ferry was carrying 23 people and four vehicles when its cable snapped in a strong "
        "current, the ministry said in a statement. Fourteen people swam to the bank or were "
        "rescued by police boats.",
    ),
    Piece(
        "ferry-ostra",
        "EFE",
        D1 + 9.0,
        "Cable failure turns Ostra crossing into a trap",
        "Dravik (Korvasia), May 14 (EFE).- Rescuers recovered two bodies from the Ostra River on "
        "Wednesday afternoon and were still searching for seven people after a cable-drawn ferry "
        "broke loose and flipped over near the Korvasian town of Dravik, regional authorities "
        "reported.\n"
        "The flat-bottomed vessel, which carries cars and foot passengers across a 300-metre "
        "stretch of the river, had just left the eastern bank when the steel cable that guides it "
        "snapped, according to witnesses quoted by local radio.\n"
        "The current, swollen by a week of spring rain in the northern mountains, pushed the ferry "
        "sideways until it capsized, throwing its 23 passengers and four cars into the water.\n"
        "Fourteen people reached safety, some by swimming to the bank and others pulled out by a "
        "police patrol that was nearby, said regional governor Teodor Banic.\n"
        '"The river is running at twice its usual speed. We have divers, but visibility is almost '
        'zero," Banic told reporters at the crossing, where a crowd of relatives waited in '
        "silence.\n"
        "The crossing has been in use since the 1960s and is the only link for several villages on "
        "the eastern side, whose residents otherwise face a 70-kilometre detour by road to the "
        "nearest bridge.\n"
        "Banic said the operator's licence had been renewed last autumn after an inspection, and "
        "that prosecutors had opened an investigation into the maintenance of the cable.\n"
        "The Korvasian government declared Thursday a day of mourning in the region.\n"
        "Local residents said the ferry had stopped twice in the past month because of problems "
        "with its winch, and that they had complained to the municipality without receiving an "
        "answer.",
    ),
    # --- Meridia's health minister resigns: dpa article, Anadolu paragraph, a teaser. ---
    Piece(
        "minister-sarrat",
        "dpa",
        D1 + 2.0,
        "Meridia's health minister quits over ambulance contract",
        "Sollen (dpa) - Meridia's Health Minister Elena Sarrat resigned on Wednesday, a week after "
        "newspaper reports that her ministry had awarded a contract for 240 ambulances to a "
        "company part-owned by her brother-in-law.\n"
        "Sarrat, 52, announced her decision in a short statement read to reporters outside the "
        'ministry in the capital Sollen, saying she wanted to spare the government "a distraction '
        'at a difficult time."\n'
        "She denied any wrongdoing and said she had not been involved in choosing the supplier. "
        '"I leave with my conscience clear and I will cooperate fully with any inquiry," she '
        "said, declining to take questions.\n"
        "The contract, worth 310 million crowns, was awarded without a public tender last year "
        "under emergency rules introduced after a shortage of vehicles in rural districts.\n"
        "Prime Minister Jonas Ferrell accepted the resignation and named Deputy Health Minister "
        "Paul Ostrander as acting minister. Ferrell's centre-right coalition has a majority of "
        "only three seats in parliament.\n"
        "Opposition leaders, who had called for Sarrat to go since the reports emerged, said her "
        "departure was not enough and demanded a parliamentary investigation into the award.\n"
        "The state anti-corruption office said on Monday it had begun examining documents related "
        "to the purchase.\n"
        "Sarrat is the second minister to leave Ferrell's cabinet this year; the agriculture "
        "minister stepped down in February for health reasons.\n"
        "The company that won the contract, Medivan Group, said in a statement that it had offered "
        "the lowest price among the firms consulted and that the vehicles had been delivered on "
        "time and to specification.",
    ),
    Piece(
        "minister-sarrat",
        "Anadolu",
        D1 + 5.5,
        "Meridian minister steps down amid procurement row",
        "SOLLEN, Meridia (AA) - Meridia's health minister resigned Wednesday following allegations "
        "that a relative benefited from a 310 million-crown ambulance deal, the prime minister's "
        "office said. Elena Sarrat denied wrongdoing.",
    ),
    Piece(
        "minister-sarrat",
        "Newsline Meridia",
        D1 + 7.0,
        "'My conscience is clear'",
        "Meridia's health chief goes after a relative's firm won a big state order.",
    ),
    # --- Lindmark's transport minister resigns the same day: a second resignation, another
    # country. ---
    Piece(
        "minister-vaal",
        "AFP",
        D1 + 11.0,
        "Lindmark transport minister resigns over ignored signal faults",
        "OSTBY (AFP) - Lindmark's Transport Minister Henrik Vaal resigned on Wednesday, hours "
        "after an official report found that faulty signals had been reported for months before a "
        "train collision that killed six people in January.\n"
        "The report by the national accident investigation board said the rail authority had "
        "logged 214 signal failures on the line between Ostby and Harnes in the year before the "
        "crash, but postponed repairs to save money.\n"
        "On the morning of January 9 a regional train passed a signal that wrongly showed green "
        "and struck a freight train standing on the same track near the village of Lunde. Six "
        "passengers died and 31 were injured.\n"
        '"The report shows failures over a long period in the agency I am responsible for. I take '
        'the political responsibility for that," Vaal, 47, told a news conference in Ostby.\n'
        "He said he had not been told about the backlog of repairs but that this did not change "
        "his decision. Vaal had been in office for just over two years.\n"
        "Prime Minister Karin Solheim thanked him for his work and said she would name a successor "
        "within days. The head of the rail authority had already stepped down in March.\n"
        'Families of the victims said the resignation came too late. "Six people would be alive '
        'if someone had read the reports," said Eirik Dahl, whose daughter was killed.\n'
        "The board made 18 recommendations, including automatic train protection on all "
        "single-track lines, which the government has said it will fund from next year.\n"
        "Opposition parties said they would still seek a vote of no confidence in the government "
        "over its handling of rail investment, which they say has been cut by a quarter in real "
        "terms since 2026.",
    ),
    Piece(
        "minister-vaal",
        "dpa",
        D1 + 12.5,
        "Lindmark: Vaal quits after rail crash findings",
        "Ostby (dpa) - Lindmark's transport minister stepped down on Wednesday, hours after "
        "investigators published a report blaming a January rail collision on signalling faults "
        "the rail authority had known about. Henrik Vaal said he took political responsibility for "
        "failures in his ministry.",
    ),
    # --- Drought rationing in Cantora (Ardesia): EFE, AFP article, the city's press release, a
    # teaser. ---
    Piece(
        "drought-rationing",
        "EFE",
        D1 + 1.0,
        "Cantora to cut tap water for twelve hours a day as reservoirs dry up",
        "Cantora (Ardesia), May 14 (EFE).- Authorities in Cantora, Ardesia's second city, "
        "announced on Wednesday that tap water will be cut for twelve hours a day in every "
        "district from Monday, after the reservoirs that supply its 2.1 million inhabitants fell "
        "to 18 percent of capacity.",
    ),
    Piece(
        "drought-rationing",
        "City of Cantora",
        D1 + 4.0,
        "Press release: municipal water supply schedule from 19 May",
        "CITY OF CANTORA - OFFICE OF THE MAYOR. In view of the reservoir level of 18 per cent, the "
        "City Council has approved a temporary supply schedule. From Monday 19 May, mains water "
        "will be supplied between 18:00 and 06:00 in all districts. Hospitals, schools and "
        "emergency services are exempt. Residents are asked to store only what they need.",
    ),
    Piece(
        "drought-rationing",
        "AFP",
        D1 + 6.5,
        "Dry taps: Ardesian city of two million braces for rationing",
        "CANTORA, Ardesia (AFP) - Residents of Cantora queued to buy plastic tanks and bottled "
        "water on Wednesday after the city announced it would shut off its mains supply for half "
        "of each day, as the worst drought in half a century in southern Ardesia empties its "
        "reservoirs.\n"
        "From Monday, each of the city's districts will receive water only between 6 pm and 6 am, "
        "mayor Lucia Ferrandez said, adding that hospitals, schools and fire stations would be "
        "exempt.\n"
        "The three reservoirs that feed Cantora held 18% of their capacity this week, against an "
        "average of 70% at this time of year, the regional water company said. Rainfall over the "
        "past 20 months has been less than half the long-term norm.\n"
        '"We have no choice. If we do nothing, we will be at zero by the end of August," '
        "Ferrandez told a news conference.\n"
        'Hardware stores in the old town said they had sold out of water tanks by midday. "People '
        'are buying anything that can hold water, even paint buckets," said shopkeeper Mateo '
        "Roal.\n"
        "Farmers in the surrounding plain, where irrigation was banned in March, say their losses "
        "already run into tens of millions of euros, and several towns in the region have relied "
        "on water brought in by truck since the winter.\n"
        "Scientists say droughts in southern Ardesia have become longer and more frequent as "
        "temperatures rise, and the government has promised to build a desalination plant on the "
        "coast, though it will not be ready before 2034.\n"
        "The rationing will be reviewed every two weeks, the city said.\n"
        "Swimming pools, fountains and the washing of cars with mains water have already been "
        "banned, and the city has begun fining households that exceed a daily allowance.",
    ),
    Piece(
        "drought-rationing",
        "Morning Digest",
        D1 + 9.5,
        "Half-day taps",
        "Ardesia's second city will ration water from Monday.",
    ),
    # --- The Coastal Nations Forum summit in Verrano: Xinhua article, Yonhap paragraph, the
    # communique itself (the fund two ways). ---
    Piece(
        "summit-verrano",
        "Xinhua",
        D1 + 10.0,
        "Coastal Nations Forum leaders pledge joint action on ocean plastics",
        "VERRANO, May 14 (Xinhua) -- Leaders of the 14 member states of the Coastal Nations Forum "
        "on Wednesday adopted a joint communique committing to phase out single-use plastic "
        "packaging by 2035 and to set up a 2.4-billion-U.S.-dollar fund for cleaning coastlines "
        "and harbors.\n"
        "The communique, issued at the close of the two-day summit in the port city of Verrano, "
        'said marine plastic pollution posed "a shared threat to fisheries, tourism and public '
        'health" and called for a binding regional treaty to be negotiated within three years.\n'
        "Host leader President Amadeo Rinaldi of Portavia told a closing press conference that the "
        'agreement showed coastal countries could act together "without waiting for others."\n'
        "Under the plan, each member will set national targets for reducing plastic waste entering "
        "the sea and report progress at every annual summit. Wealthier members will contribute "
        "about two thirds of the fund, with the remainder coming from development banks.\n"
        "The summit also agreed to share data from coastal monitoring stations and to harmonize "
        "rules on discarded fishing nets, which account for a large share of the debris washing up "
        "on the region's beaches.\n"
        "Environmental groups welcomed the fund but said the 2035 deadline was too distant. "
        '"Every year of delay adds millions of tonnes to the sea," said Ines Mota of the '
        "campaign group Clear Tide.\n"
        "The Coastal Nations Forum was founded in 2009 to promote cooperation among states "
        "bordering the Sea of Aurel. Its next summit will be held in November in Kalimar.",
    ),
    Piece(
        "summit-verrano",
        "Yonhap",
        D1 + 12.0,
        "Coastal bloc agrees $2.4 bln fund to fight sea plastic",
        "VERRANO, May 14 (Yonhap) -- Leaders of a 14-nation coastal bloc agreed Wednesday to "
        "create a US$2.4 billion fund to clean up beaches and ports, and to end single-use plastic "
        "packaging by 2035, according to a joint statement released at the end of their summit.",
    ),
    Piece(
        "summit-verrano",
        "Government of Portavia",
        D1 + 13.0,
        "Joint Communique of the 22nd Summit of the Coastal Nations Forum",
        "Verrano, 14 May 2031. We, the Heads of State and Government of the member states of the "
        "Coastal Nations Forum, meeting in Verrano at the invitation of the Republic of Portavia, "
        "resolve to eliminate single-use plastic packaging by 2035; to establish the Clean Coasts "
        "Facility with an initial capitalisation of USD 2,400 million; and to open negotiations on "
        "a regional treaty on marine litter. We welcome the offer of the Republic of Kalimar to "
        "host the 23rd Summit.",
    ),
    # --- A Bronze Age tomb in Portavia (the summit's host country): ANSA article, Xinhua line, a
    # teaser. ---
    Piece(
        "tomb-castelmura",
        "ANSA",
        D1 + 3.5,
        "Intact Bronze Age tomb found under vineyard in Valdera hills",
        "Castelmura, May 14 (ANSA) - Archaeologists have uncovered an untouched Bronze Age burial "
        "chamber beneath a vineyard near Castelmura, in the Valdera hills, the regional heritage "
        "office announced on Wednesday, calling it one of the most important finds in the area for "
        "decades.\n"
        "The chamber, cut into soft rock about four metres below the surface, contained the "
        "remains of at least three people along with bronze daggers, amber beads and a dozen clay "
        "vessels, some still sealed.\n"
        "It was discovered last autumn when a tractor broke through the roof of a collapsed "
        "entrance shaft, and excavation has been carried out in secret since then to protect it "
        "from looters.\n"
        '"Finding a tomb that has never been opened is extremely rare. Almost every burial of '
        'this period we know was robbed in antiquity," said excavation director Chiara Bellotti '
        "of the University of Sorrenta.\n"
        "Initial dating of charcoal from the site places the burial at around 1700 BC, Bellotti "
        "said. The amber is thought to have come from the far north, suggesting the community was "
        "part of long-distance trade networks.\n"
        "The vineyard's owner, Franco Lupi, said he had agreed to give up part of his land. \"My "
        'grandfather always said there was something under that hill," he told ANSA.\n'
        "The objects will be restored and displayed at the Valdera archaeological museum from next "
        "year. The site itself will be closed to the public while work continues.\n"
        "Regional culture councillor Marisa Donati said the region would fund a permanent shelter "
        "over the chamber and hoped the site could eventually be opened for small guided groups, "
        "as has been done at other tombs in the area.",
    ),
    Piece(
        "tomb-castelmura",
        "Xinhua",
        D1 + 8.5,
        "3,700-year-old tomb unearthed in Portavia",
        "CASTELMURA, Portavia, May 14 (Xinhua) -- Archaeologists in Portavia have found an intact "
        "burial chamber dating back about 3,700 years, containing bronze weapons and amber "
        "jewelry, local heritage authorities said Wednesday.",
    ),
    Piece(
        "tomb-castelmura",
        "Morning Digest",
        D1 + 14.0,
        "A tractor, a hole, and 3,700 years of silence",
        "A vineyard in the Valdera hills hid an unlooted tomb.",
    ),
    # ============================ Day 2: Mon Aug 18, 2031 ============================
    # --- A dengue vaccine approved in Sundra: the exchange filing, a trade publication's article,
    # the partners' angles from Yonhap and PTI. ---
    Piece(
        "vaccine-approval",
        "Batu Selat Stock Exchange",
        D2 + 1.0,
        "HALVERA BIO BHD (HLVB): Regulatory approval - Dengora",
        "Filing summary. Halvera Bio Bhd announced to the Batu Selat Stock Exchange that the "
        "National Drug Authority granted marketing authorisation for Dengora, a single-dose dengue "
        "vaccine, on 18 August 2031 for persons aged 6 to 60 years. The company does not expect a "
        "material effect on earnings for the current financial year. Trading in the shares was "
        "halted before the announcement and resumes at 2.30 pm.",
    ),
    Piece(
        "vaccine-approval",
        "PharmaLine",
        D2 + 2.0,
        "Sundra clears Halvera's single-shot dengue jab, a first for the region",
        "Halvera Bio has won marketing authorisation in Sundra for Dengora, its single-dose dengue "
        "vaccine, making the country the first to approve the shot and handing the Batu "
        "Selat-based company its first commercial product.\n"
        "Sundra's National Drug Authority (NDA) cleared Dengora for people aged 6 to 60, including "
        "those who have never been infected with dengue, a group for which earlier vaccines were "
        "restricted because of safety concerns.\n"
        "The decision rests on a phase 3 trial in 18,400 participants across four countries, in "
        "which Dengora cut symptomatic dengue by 79.6% over two years and hospitalisation by 86%. "
        "Efficacy against serotype 3 was lower, at 61%, and the NDA has asked for a post-marketing "
        "study focused on that strain.\n"
        "A single dose is a practical edge. Existing vaccines require two or three injections "
        "spread over months, and completion rates in school programmes have been poor.\n"
        "Halvera chief executive Rina Tamsal said the company would launch in Sundra in the fourth "
        "quarter and had filed in three more countries. Pricing has not been disclosed, but Tamsal "
        'has said the shot would cost "well under" US$20 a dose for public buyers.\n'
        "Manufacturing is split between Halvera's plant in Batu Selat and contract partners: "
        "Sahyadri Biologicals will fill and finish doses for South Asian markets, and Daehan "
        "Vaxcell will produce drug substance under a licence signed last year.\n"
        "Analysts at Kestrel Securities estimate peak sales of US$900 million a year if approvals "
        "follow in larger markets.\n"
        "Dengue cases have risen steeply across the tropics in the past decade, and Sundra "
        "recorded 412,000 cases last year, its second-highest total.",
    ),
    Piece(
        "vaccine-approval",
        "Yonhap",
        D2 + 4.0,
        "Daehan Vaxcell shares jump on partner's regulatory win",
        "HANSONG, Aug. 18 (Yonhap) -- Shares in Daehan Vaxcell Co. surged 22 percent Monday after "
        "Sundra approved a dengue vaccine the local biotech firm helps make for its developer, "
        "Halvera Bio. Daehan Vaxcell produces the vaccine's active ingredient under a licence deal "
        "signed last year.",
    ),
    Piece(
        "vaccine-approval",
        "PTI",
        D2 + 6.0,
        "Sahyadri Biologicals to fill doses of newly cleared dengue shot",
        "Nagarpur, Aug 18 (PTI) Sahyadri Biologicals said on Monday it will fill and finish doses "
        "of Dengora, the single-dose dengue vaccine approved in Sundra, for supply to South Asian "
        "markets. The company's shares rose 6 per cent on the bourse.",
    ),
    # --- A stadium crush in Porto Alessa (Lusania): AFP article, EFE and dpa wires, a video
    # caption; then a fact-check of a false clip, its own event. ---
    Piece(
        "crush-alessa",
        "AFP",
        D2 + 1.5,
        "Twelve killed in crush as fans surge into Lusanian stadium",
        "PORTO ALESSA (AFP) - Twelve people, including three children, were killed and more than "
        "80 injured in a crush at a stadium in the Lusanian city of Porto Alessa on Sunday night, "
        "when thousands of fans without tickets forced their way through a gate before a league "
        "match, officials said on Monday.\n"
        "The surge happened about 40 minutes before kick-off at the Estadio do Vale, home of "
        "Atletico Alessa, as crowds built up outside the northern entrance, which witnesses said "
        "had been partly closed by police.\n"
        '"People were falling and others were walking over them. You could hear children '
        'screaming," said Joao Teles, a 34-year-old supporter who was carried out with a broken '
        "arm.\n"
        "The match against Sporting Lemos was called off. Ambulances ferried the injured to three "
        "hospitals, where 14 people remained in critical condition on Monday morning, the regional "
        "health service said.\n"
        "The stadium holds 28,000 people, but club officials said more than 35,000 had gathered "
        "for the derby, the first home game of the season. Tickets had sold out within hours.\n"
        "Sports Minister Helena Cabral said the government would open an inquiry into crowd "
        "control and the role of the police, and suspended all league matches for a week.\n"
        'Lusania\'s football federation said it was "in mourning" and that it would cover funeral '
        "costs for the victims.\n"
        "Fan groups accused the club of selling more tickets than the stadium's safety certificate "
        "allowed, a claim the club denied.\n"
        "It was the deadliest stadium disaster in Lusania since 1996, when nine people died after "
        "a stand collapsed during a cup final in the capital. Safety rules for grounds were "
        "tightened after that tragedy.",
    ),
    Piece(
        "crush-alessa",
        "EFE",
        D2 + 3.0,
        "Lusanian league halted after deadly stampede at derby",
        "Porto Alessa (Lusania), Aug 18 (EFE).- Lusania suspended all top-flight football for a "
        "week on Monday after 12 people died and 83 were injured in a stampede at the entrance of "
        "the Estadio do Vale on Sunday night, the Sports Ministry reported.",
    ),
    Piece(
        "crush-alessa",
        "dpa",
        D2 + 5.0,
        "Children among dead at Lusanian football ground",
        "Porto Alessa (dpa) - At least twelve people died when fans pushed through a gate at a "
        "football ground in Porto Alessa on Sunday evening, Lusanian authorities said. Three of "
        "the victims were children.",
    ),
    Piece(
        "crush-alessa",
        "Lusania TV",
        D2 + 7.0,
        "VIDEO: Chaos at the northern gate",
        "Phone footage shows the minutes before the crush at the Estadio do Vale.",
    ),
    Piece(
        "crush-factcheck",
        "VerifyNow",
        D2 + 11.0,
        "Fact check: viral clip of fans fleeing tear gas is not from Porto Alessa",
        "CLAIM: A video shared more than 200,000 times since Sunday night shows police firing tear "
        "gas into the crowd at the Estadio do Vale, causing the deadly crush.\n"
        "VERDICT: False. The footage was filmed at a different stadium four years ago.\n"
        "The 41-second clip shows fans running down a concrete stairway while white smoke drifts "
        "across the stands and loud bangs are heard. Posts sharing it on several platforms claim "
        'it shows the moment police "caused the tragedy" in Porto Alessa.\n'
        "A reverse image search of key frames leads to a video uploaded in March 2027 by a "
        "supporter of Rayo Norte, a club in the northern city of Saldanha. The original post "
        "describes clashes after a cup semi-final, and local news reports from that week describe "
        "police using tear gas at the Saldanha ground.\n"
        "Several details in the clip also do not match the Estadio do Vale. The stands in the "
        "video are painted green and white, while the Porto Alessa ground uses blue seating, and "
        "the floodlight towers have a different shape.\n"
        "Lusanian police have said they did not use tear gas on Sunday. Witnesses quoted by news "
        "agencies described a surge at the northern gate, not in the stands, and no account so far "
        "mentions gas.\n"
        "The cause of the crush is the subject of an official inquiry ordered by the Sports "
        "Ministry, and questions about the police's decision to close part of the northern "
        "entrance remain open. But this video does not show what happened.\n"
        "We contacted the accounts that shared the clip with the false caption; one has since "
        "deleted it.",
    ),
    # --- A bank outage in Cedar Hollow: the bank's notice (its name only in the signature), a
    # local TV station's article, a trade publication. ---
    Piece(
        "bank-outage",
        "Harlan Mutual Bank",
        D2 + 5.5,
        "Update on service disruption",
        "We are aware that some customers are unable to use debit cards, ATMs and online banking "
        "this morning. Our teams are working to restore service as quickly as possible. Your "
        "accounts and data are safe. We apologise for the inconvenience. - Harlan Mutual Bank",
    ),
    Piece(
        "bank-outage",
        "KCHV 12 News",
        D2 + 13.0,
        "Harlan Mutual customers locked out of their money for most of Monday",
        "CEDAR HOLLOW (KCHV) - Thousands of Harlan Mutual Bank customers across the valley "
        "couldn't use their debit cards, pull cash from ATMs or log in to the bank's app for most "
        'of Monday, after what the bank called a "system failure" during an overnight upgrade.\n'
        "The trouble started around 6 a.m. Customers told KCHV 12 News their cards were declined "
        "at gas stations and grocery stores, and some said their balances showed zero in the app.\n"
        '"I had a cart full of groceries and two kids with me, and the card just kept saying '
        'declined," said Marisol Keene of Pine Ridge. "I had no cash. I had to leave it all '
        'there."\n'
        "Lines formed outside several Harlan Mutual branches by mid-morning as people tried to "
        "withdraw money at the counter. Staff were handing out bottled water to people waiting in "
        "the heat outside the Main Street location downtown.\n"
        "In a statement, the bank said no customer data had been compromised and that the outage "
        "was not the result of a cyberattack. Service was fully restored at about 3 p.m., roughly "
        "nine hours after it began.\n"
        "Harlan Mutual said it would refund any overdraft or late fees caused by the outage, and "
        "asked customers who were charged to call its help line.\n"
        "The bank, founded in 1921, has 46 branches and about 310,000 customers in the region.\n"
        "Were you affected? Tell our newsroom through the tips page on our website.\n"
        'Some small business owners said they lost a full day of sales. "Half my customers only '
        'carry cards," said Tom Reyes, who runs a taco truck near the county courthouse. "I put '
        'up a sign saying cash only and watched people walk away."',
    ),
    Piece(
        "bank-outage",
        "Banking Tech Review",
        D2 + 15.0,
        "Core conversion blamed for nine-hour blackout at regional lender",
        "A core banking conversion at Harlan Mutual Bank went wrong overnight, leaving card "
        "authorisation, ATMs and mobile banking offline for about nine hours on Monday, according "
        "to two people familiar with the project.\n"
        "The $7 billion-asset lender, which serves about 310,000 customers from 46 branches, was "
        "moving from an in-house system built in the 1990s to a cloud-hosted core supplied by "
        "Stratacore. The cutover had been scheduled for a weekend but was moved after a testing "
        "delay, one of the people said.\n"
        "Card transactions began failing at about 6 a.m. local time when the new system could not "
        "read balances migrated from the old one, causing authorisations to be declined by "
        "default.\n"
        "Neither company would comment on the cause beyond the bank's statement, which ruled out a "
        "cyberattack and said customer data was safe.\n"
        "Core replacements are among the riskiest projects a bank can undertake. Several lenders "
        "have suffered multi-day outages during migrations in recent years, and supervisors have "
        "pressed boards to test fallback plans before switching systems.\n"
        "Stratacore, which counts more than 120 community and regional banks as clients, said in a "
        'brief note that it was "supporting a client through a service incident."\n'
        "Analysts said the cost to Harlan Mutual would likely be modest in money but significant "
        "in reputation. The bank has promised to refund any fees charged during the disruption.\n"
        "Regulators typically expect a bank to report such an incident within 36 hours.\n"
        "The bank said it would publish a review of what went wrong once the investigation was "
        "complete.",
    ),
    # --- An exam leak in Vindhara: IANS article, PTI and AFP wires (students as 12 lakh,
    # 1,200,000 and 1.2 million), a teaser. ---
    Piece(
        "exam-leak",
        "IANS",
        D2 + 4.5,
        "Vindhara Class 12 physics exam cancelled after paper leak, 12 lakh students affected",
        "Vikrampur, Aug 18 (IANS) The Vindhara Secondary Education Board on Monday cancelled the "
        "Class 12 physics examination held earlier in the day after the question paper was found "
        "circulating on messaging apps more than two hours before the start, affecting nearly 12 "
        "lakh students across the state.\n"
        "Board Chairman R.K. Dhanwar told reporters in the state capital Vikrampur that the exam "
        "would be held again within three weeks and that a fresh schedule would be announced on "
        "Tuesday.\n"
        '"We have lodged an FIR and the cyber cell has identified the group in which the paper '
        'was first shared. Nobody involved will be spared," Dhanwar said.\n'
        "Police said four people, including a clerk at a printing press in Jhalpur district and "
        "two coaching centre operators, had been detained for questioning. The paper was allegedly "
        "photographed at the press and sold for Rs 5,000 a copy.\n"
        'Students and parents protested outside district education offices in several towns. "We '
        'studied for months and now we have to do it all again in the rains," said Ankita Sharma, '
        "a student from Jhalpur.\n"
        "Opposition parties demanded the resignation of the state's education minister, alleging "
        "that this was the third leak in two years. The ruling party said the government had acted "
        "within hours and that the culprits would be punished under the new anti-cheating law "
        "passed in March.\n"
        "The state government has also ordered a review of security at all 14 printing presses "
        "used by the board.\n"
        "Chief Minister Harish Thakral chaired an emergency meeting in the evening and announced "
        "that students would not have to pay any fee for the fresh examination, and that free bus "
        "travel would be provided to examination centres.",
    ),
    Piece(
        "exam-leak",
        "PTI",
        D2 + 7.5,
        "Four held as board scraps leaked question paper",
        "Vikrampur, Aug 18 (PTI) Four persons were detained on Monday after the Vindhara board's "
        "Class 12 physics question paper was leaked on social media ahead of the exam, leading to "
        "its cancellation, officials said. Around 1,200,000 candidates had appeared for the paper "
        "at 3,100 centres.",
    ),
    Piece(
        "exam-leak",
        "AFP",
        D2 + 9.0,
        "Leaked test forces 1.2 million pupils to sit it again",
        "VIKRAMPUR (AFP) - Some 1.2 million high school students in Vindhara will have to retake a "
        "physics exam after the paper was sold online hours before the test, in the latest "
        "cheating scandal to hit the state's schools, officials said Monday.",
    ),
    Piece(
        "exam-leak",
        "Morning Digest",
        D2 + 12.0,
        "Rs 5,000 a copy",
        "Another leak, another resit for Vindhara's pupils.",
    ),
    # --- Satellite images of a glacier's collapse in Ardesia's Sierra Tolva: EFE article, ANSA on
    # climbers who heard it, a Xinhua line. ---
    Piece(
        "glacier-arrasco",
        "EFE",
        D2 + 2.5,
        "Satellite images show Arrasco glacier has collapsed into its lake",
        "Tolva (Ardesia), Aug 18 (EFE).- A large part of the Arrasco glacier in Ardesia's Sierra "
        "Tolva has collapsed into the meltwater lake at its foot, satellite images released on "
        "Monday by the Ardesian Space Agency (AEA) show, confirming fears raised by mountain "
        "guides who reported loud noises in the valley last week.\n"
        "The images, taken on August 9 and August 16, show that a tongue of ice about 1.8 "
        "kilometers long and up to 400 meters wide broke away from the glacier's front between the "
        "two passes, leaving a field of floating blocks on the lake.\n"
        "According to the agency, the lake's surface area grew by nearly a third in that period, "
        "and its level rose by several meters, increasing pressure on the natural moraine dam that "
        "holds it back.\n"
        '"It is the largest single loss we have recorded in the Sierra Tolva since monitoring '
        'began," said glaciologist Marta Iriondo of the University of Cantora, who has studied '
        "Arrasco for two decades.\n"
        "Civil protection authorities have restricted access to the upper valley and installed "
        "sensors on the moraine. The village of San Telmo, 11 kilometers downstream, has been "
        "placed on yellow alert, although officials said there was no immediate risk of a flood.\n"
        "The Arrasco glacier has lost about 60 percent of its area since 1980, according to the "
        "university's records, and scientists expect most glaciers in the range to disappear "
        "before the end of the century.\n"
        "The AEA said it would publish new images every five days while the situation was "
        "monitored.\n"
        "Mountain guides in the valley said tourists had been turned back from the glacier trail "
        "since Friday, and that several refuges had closed early for the season.",
    ),
    Piece(
        "glacier-arrasco",
        "ANSA",
        D2 + 6.5,
        "Climbers from Sorrenta heard 'thunder that did not stop'",
        "Sorrenta, August 18 (ANSA) - A team of climbers from Sorrenta who were camped below the "
        'Arrasco glacier in Ardesia last week heard what they described as "a sound like thunder '
        'that did not stop", their club said on Monday, after satellite pictures confirmed a huge '
        "section of the ice had fallen into the lake.",
    ),
    Piece(
        "glacier-arrasco",
        "Xinhua",
        D2 + 8.0,
        "Satellite pictures confirm ice collapse in Ardesian range",
        "TOLVA, Ardesia, Aug. 18 (Xinhua) -- A 1.8-km section of the Arrasco glacier broke off and "
        "fell into a glacial lake in recent days, Ardesia's space agency said Monday, citing "
        "satellite imagery.",
    ),
    # --- A singleton: a lost altarpiece sold at auction. ---
    Piece(
        "auction-altarpiece",
        "dpa",
        D2 + 9.5,
        "Altarpiece thought lost in fire fetches 14.2 million euros",
        "Vellmar (dpa) - A panel painting long believed to have been destroyed in a 19th-century "
        "church fire sold for 14.2 million euros at auction in Vellmar on Monday, the auction "
        "house Brandt & Sohn said, a record for a painter of the region. The buyer was not named.",
    ),
    # ============================ Day 3: Wed Nov 12, 2031 ============================
    # --- Sundair's pilots strike: AFP article, Bernama (310 flights as words), Kyodo's stranded
    # tourists, a caption. ---
    Piece(
        "strike-sundair",
        "AFP",
        D3 + 1.0,
        "Pilots' walkout grounds Sundra's flag carrier",
        "BATU SELAT (AFP) - Sundair cancelled 310 flights on Wednesday as its pilots began a "
        "48-hour strike over pay and rest rules, stranding tens of thousands of travellers across "
        "the archipelago at the start of the busy year-end season.\n"
        "Departure boards at Batu Selat's international airport showed row after row of "
        "cancellations, and long queues formed at the airline's ticket counters as passengers "
        "sought refunds or seats on other carriers.\n"
        "The Sundra Airline Pilots Association, which represents about 1,400 of the carrier's "
        "1,650 pilots, says its members have not had a pay rise since 2027 and that new rosters "
        "leave too little rest between long-haul flights.\n"
        '"This is about safety as much as money. Tired pilots make mistakes," union president '
        "Captain Daud Harun told AFP at a rally outside the airline's headquarters.\n"
        "Sundair, which is 60 percent owned by the state, said the union's demand for a 25 percent "
        'raise was "unrealistic" at a time when the airline was still repaying debts, and '
        "offered 8 percent over two years.\n"
        "Some domestic routes, including flights to Renggis and other outer islands, were being "
        "served by a reduced schedule flown by managers and contract crews, the airline said.\n"
        "Transport Minister Yusri Kamal urged both sides to return to talks and said the "
        "government would not rule out ordering the pilots back to work under emergency law if the "
        "strike was extended.\n"
        "Sundair carried 21 million passengers last year and operates flights to 34 international "
        "destinations.\n"
        "It is the first strike by Sundair pilots in more than a decade. A walkout by ground staff "
        "in 2024 lasted three days and cost the airline an estimated 40 million dollars.",
    ),
    Piece(
        "strike-sundair",
        "Bernama",
        D3 + 2.5,
        "Over 40,000 passengers hit as national carrier's cockpit crews stay home",
        "BATU SELAT, Nov 12 (Bernama) -- More than 40,000 passengers were affected on the first "
        "day of a two-day walkout by Sundair pilots, with the national carrier scrapping three "
        "hundred and ten flights, the Civil Aviation Authority said on Wednesday.",
    ),
    Piece(
        "strike-sundair",
        "Kyodo",
        D3 + 5.0,
        "About 600 tour passengers stranded in Sundra",
        "Batu Selat, Nov. 12 (Kyodo) -- About 600 foreign tourists on package tours were stranded "
        "in Sundra on Wednesday after pilots at the flag carrier Sundair walked off the job, "
        "travel agents said. Some groups were being rebooked on other airlines via Hansong.",
    ),
    Piece(
        "strike-sundair",
        "Sundra Channel 9",
        D3 + 8.0,
        "VIDEO: Stranded at the gate",
        "Travellers bed down on the floor at Batu Selat airport as the pilots' walkout drags on.",
    ),
    # --- The same day, VuelaSur's cabin crew strike in Ardesia: a second airline strike. ---
    Piece(
        "strike-vuelasur",
        "EFE",
        D3 + 3.0,
        "VuelaSur cabin crew strike cancels 96 flights",
        "Cantora (Ardesia), Nov 12 (EFE).- Low-cost airline VuelaSur cancelled 96 flights on "
        "Wednesday, the first of three days of strikes called by its cabin crew over staffing "
        "levels on board, the company said.",
    ),
    Piece(
        "strike-vuelasur",
        "dpa",
        D3 + 6.0,
        "Flight attendants walk out at Ardesian budget carrier",
        "Cantora (dpa) - Cabin crew at the Ardesian low-cost airline VuelaSur went on strike on "
        "Wednesday, leading to nearly 100 cancellations, including routes to Vellmar and Hafenau.",
    ),
    # --- A ransomware attack on Mercy Ridge hospital: a local TV station's article, a trade
    # publication's article, the state health department's statement. ---
    Piece(
        "ransomware-mercy",
        "WAFN 8 News",
        D3 + 12.0,
        "Mercy Ridge diverts ambulances after cyberattack shuts down computers",
        "ALDER FALLS (WAFN) - Mercy Ridge Medical Center is sending ambulances to other hospitals "
        "after a ransomware attack knocked its computer systems offline early Wednesday, hospital "
        "officials confirmed.\n"
        "Staff have switched to paper charts, and some scheduled surgeries and imaging "
        "appointments have been postponed, spokesperson Dana Whitlock told 8 News. The emergency "
        "room remains open for walk-in patients.\n"
        '"Patient care is our top priority, and our teams are trained for exactly this kind of '
        'situation," Whitlock said.\n'
        "The hospital said it discovered the attack around 2 a.m. when staff noticed they could "
        "not open electronic records. It shut down its network as a precaution and called in "
        "outside cybersecurity experts and federal investigators.\n"
        "Nurses who spoke to 8 News on condition of anonymity said lab results were being carried "
        "between departments by hand and that pharmacy orders were taking hours.\n"
        '"It feels like 1990 in here," one nurse said.\n'
        "Patients with appointments Thursday are asked to call ahead. Mercy Ridge, the only trauma "
        "center in Alder County, has 412 beds and about 3,800 employees.\n"
        "It's not yet known whether any patient information was stolen. The hospital would not say "
        "whether it has received a ransom demand.\n"
        "Ambulances from Alder Falls Fire and Rescue are being diverted to St. Colm's in "
        "Brookhaven and Valley General, about 25 minutes away.\n"
        'Alder County Commissioner Ray Dolan called the attack "a gut punch" for the community '
        'and said the county would help the hospital however it could. "When your only trauma '
        'center goes dark, everybody feels it," Dolan said.',
    ),
    Piece(
        "ransomware-mercy",
        "State Department of Health",
        D3 + 14.0,
        "Statement on Alder County hospital incident",
        "The Department is aware of a cybersecurity incident affecting a hospital in Alder Falls. "
        "EMS agencies in the region have been directed to transport patients to alternate "
        "facilities until further notice. The Department is in contact with federal partners. "
        "Anyone needing emergency care should call 911 as usual.",
    ),
    Piece(
        "ransomware-mercy",
        "HealthSec Weekly",
        D3 + 15.0,
        "Hospital attack bears hallmarks of 'Quietstorm' crew",
        "A ransomware attack that forced Mercy Ridge Medical Center to divert ambulances on "
        "Wednesday appears to be the work of Quietstorm, a group that has hit at least nine health "
        "systems this year, according to two threat intelligence firms tracking its activity.\n"
        "Quietstorm posted the Alder Falls hospital's name on its leak site on Wednesday "
        "afternoon, claiming to have taken 1.1 terabytes of data including patient records and "
        "payroll files. The claim could not be independently verified, and the hospital has not "
        "confirmed any data theft.\n"
        "Researchers at Halyard Threat Labs said the group typically gains access through stolen "
        "credentials for remote-access tools, moves through networks for several days, and then "
        "encrypts servers in the early hours to maximise disruption.\n"
        '"They go after hospitals because downtime is measured in patient harm, which creates '
        "enormous pressure to pay,\" said Halyard's Priya Venn.\n"
        "Mercy Ridge, a 412-bed facility and the only trauma centre in its county, shut down its "
        "network after detecting the intrusion around 2 a.m. and moved to downtime procedures, "
        "including paper records.\n"
        "The attack is the 11th on a hospital reported to federal regulators since September. "
        "Health systems have struggled to fund security upgrades, and many still run unsupported "
        "software on imaging devices and lab equipment.\n"
        "Federal guidance urges hospitals not to pay ransoms, but several victims this year are "
        "reported to have done so quietly.\n"
        "The state health department said it was working with the hospital and neighbouring "
        "facilities to manage patient transfers.",
    ),
    # --- The next Coastal Nations Forum summit, in Kalimar: a running topic's later event (Kyodo
    # article, Xinhua and Yonhap wires). ---
    Piece(
        "summit-kalimar",
        "Kyodo",
        D3 + 4.0,
        "Coastal Nations Forum agrees to joint patrols against illegal fishing",
        "Kalimar, Nov. 12 (Kyodo) -- Leaders of the 14-member Coastal Nations Forum agreed "
        "Wednesday to set up joint sea patrols against illegal fishing and to cap catches of three "
        "threatened species, in a communique adopted at the close of their summit in the Kalimari "
        "capital.\n"
        "The document calls for a regional coast guard network with shared radar data and a common "
        "register of fishing vessels by 2033, and for catches of Aurel tuna, silver hake and blue "
        "sardine to be cut by 20 percent over five years.\n"
        "Kalimari President Selim Ardani, who chaired the meeting, said illegal fishing cost the "
        "region's economies an estimated 3.1 billion dollars a year and was \"robbing our "
        'fishermen of their livelihood."\n'
        "Several leaders also referred to progress on the Clean Coasts Facility, the plastic-waste "
        "fund launched at the previous summit in Verrano in May, which has so far received pledges "
        "of about half its target.\n"
        "Observers said the agreement on patrols was notable because members had long resisted "
        "sharing surveillance data for reasons of national security. Some smaller states expressed "
        "concern about the cost of contributing vessels and asked for assistance.\n"
        "The forum's observer states, which include several distant-water fishing nations, did not "
        "take part in the closed-door session on quotas.\n"
        "The next summit will be held in Portavia next year, the communique said.\n"
        "Environmental groups welcomed the catch limits but said they came too late for some "
        "stocks. Scientists at the forum's fisheries commission have warned that blue sardine "
        "numbers have fallen by more than half since 2015.",
    ),
    Piece(
        "summit-kalimar",
        "Xinhua",
        D3 + 7.0,
        "Coastal forum summit closes with pledge on fish stocks",
        "KALIMAR, Nov. 12 (Xinhua) -- The 23rd summit of the Coastal Nations Forum concluded here "
        "Wednesday with leaders pledging to cut catches of three overfished species by a fifth and "
        "to build a joint maritime surveillance network.",
    ),
    Piece(
        "summit-kalimar",
        "Yonhap",
        D3 + 9.0,
        "Coastal bloc to pool radar data against pirate trawlers",
        "KALIMAR, Nov. 12 (Yonhap) -- A 14-nation bloc of coastal states agreed Wednesday to share "
        "radar data and run joint patrols against illegal fishing, which its leaders said costs "
        "the region US$3.1 billion annually.",
    ),
    # --- Meridia's former health minister charged: the resignation's running topic (dpa article,
    # Anadolu paragraph). ---
    Piece(
        "sarrat-charged",
        "dpa",
        D3 + 2.0,
        "Former Meridian health minister charged over ambulance deal",
        "Sollen (dpa) - Prosecutors in Meridia on Wednesday charged former health minister Elena "
        "Sarrat with abuse of office over a 310-million-crown contract for ambulances that went to "
        "a company part-owned by her brother-in-law.\n"
        "The state anti-corruption office said Sarrat had overruled officials in her ministry who "
        "recommended a public tender, and had signed the contract herself two days after a meeting "
        "with the company's director.\n"
        "Her brother-in-law, businessman Viktor Hale, and two former ministry officials were "
        "charged in the same indictment, which runs to more than 400 pages.\n"
        "Sarrat, who resigned in May, has denied wrongdoing. Her lawyer, Anna Dufresne, said the "
        'charges were "built on assumptions" and that her client would prove in court that she '
        "had followed the emergency procurement rules in force at the time.\n"
        "If convicted, Sarrat faces up to eight years in prison. No trial date has been set.\n"
        "The ambulances, delivered in the spring, have been in service in rural districts since "
        "June. An audit published in September found that the state paid about 18 percent more per "
        "vehicle than neighbouring countries had paid for similar models.\n"
        'Prime Minister Jonas Ferrell said the case showed that "nobody is above the law," while '
        "opposition parties said the government should have acted sooner.\n"
        "The case has weighed on Ferrell's coalition, which faces a general election next spring.\n"
        "Medivan Group, the supplier, said it had not been informed of any charges against the "
        "company itself and would continue to service the vehicles under its maintenance contract.",
    ),
    Piece(
        "sarrat-charged",
        "Anadolu",
        D3 + 6.5,
        "Ex-minister Sarrat indicted in Meridia",
        "SOLLEN, Meridia (AA) - Meridia's anti-corruption prosecutors filed an indictment "
        "Wednesday against Elena Sarrat, the health minister who quit in May, accusing her of "
        "steering a public contract to a relative's company. Her lawyer said she would plead not "
        "guilty.",
    ),
    # --- A court ruling on the Gradac dam on the Ostra (the river of day 1's ferry): AFP article,
    # Anadolu paragraph, the energy ministry's statement. ---
    Piece(
        "dam-gradac",
        "AFP",
        D3 + 10.0,
        "Korvasia's top court scraps permit for disputed Ostra dam",
        "VRANA (AFP) - Korvasia's Supreme Administrative Court on Wednesday annulled the "
        "construction permit for the Gradac hydroelectric dam on the Ostra River, ruling that the "
        "government had failed to assess its impact on wetlands downstream, in a victory for "
        "environmental groups and farmers who have fought the project for six years.\n"
        "The 1.4-billion-euro dam, designed to produce 420 megawatts, would have flooded some "
        "3,000 hectares of valley, including four villages whose 2,200 residents were due to be "
        "relocated.\n"
        "In its ruling, the court said the environmental impact study approved in 2028 had not "
        "considered how reduced water flow would affect the Ostra delta, a protected wetland and a "
        "stopover for migrating birds.\n"
        '"The law requires the state to look before it leaps. It did not look," presiding judge '
        "Vesna Koric said, reading the decision in a packed courtroom in the capital.\n"
        'Outside, villagers from the Gradac valley cheered and embraced. "My family has farmed '
        'here for two hundred years. Today we can stay," said Stjepan Mirko, 67.\n'
        "The energy ministry said it respected the ruling but would seek a new permit after a "
        "fresh study, arguing that the dam was needed to cut Korvasia's dependence on imported "
        "power. Construction of access roads had already begun.\n"
        "The decision cannot be appealed. Environmental lawyers said it would make it harder to "
        "build two other dams planned on tributaries of the Ostra.\n"
        "The project's main contractor, a consortium led by the state power company, said it was "
        "assessing the ruling's consequences for its workers, about 600 of whom had been hired "
        "locally since construction of the access roads began.",
    ),
    Piece(
        "dam-gradac",
        "Anadolu",
        D3 + 12.0,
        "Court ruling halts hydropower project in Korvasia",
        "VRANA, Korvasia (AA) - Korvasia's highest administrative court cancelled the permit for a "
        "420-megawatt hydropower plant on Wednesday, citing an incomplete environmental study.",
    ),
    Piece(
        "dam-gradac",
        "Ministry of Energy of Korvasia",
        D3 + 13.0,
        "Statement on today's decision of the Supreme Administrative Court",
        "The Ministry of Energy takes note of today's decision of the Supreme Administrative Court "
        "concerning the Gradac project. The Ministry respects the independence of the judiciary "
        "and will commission a supplementary environmental assessment. Energy security remains a "
        "priority of the Government.",
    ),
    # --- A singleton: a stolen violin recovered. ---
    Piece(
        "violin-recovered",
        "ANSA",
        D3 + 7.5,
        "Stolen 1741 violin found in Sorrenta flat",
        "Sorrenta, November 12 (ANSA) - Police have recovered a violin made in 1741 by the luthier "
        "Giacomo Arbetti, stolen from a concert hall dressing room in Vellmar three years ago, in "
        "a flat on the outskirts of Sorrenta, investigators said on Wednesday. Two men were "
        "arrested.",
    ),
    # ============================ Day 4: Wed Feb 11, 2032 ============================
    # --- Cantora ends its rationing: the drought's later event (EFE article, AFP paragraph, the
    # city's press release in day 1's form). ---
    Piece(
        "drought-ends",
        "EFE",
        D4 + 2.0,
        "Cantora ends nine months of water rationing after winter rains",
        "Cantora (Ardesia), Feb 11 (EFE).- The city of Cantora will restore round-the-clock tap "
        "water from Thursday, ending nearly nine months of rationing, after an unusually wet "
        "winter refilled the reservoirs that supply its 2.1 million residents, Mayor Lucia "
        "Ferrandez announced on Wednesday.\n"
        "The three reservoirs stood at 64 percent of capacity this week, up from a low of 11 "
        "percent in early October, when the city extended the nightly schedule and considered "
        "bringing in water by ship.\n"
        '"Today is a day of relief, but not a day to forget," Ferrandez said at a press '
        "conference at the water company's headquarters, urging residents to keep saving water and "
        "warning that the drought could return.\n"
        "Storms in December and January brought more rain to southern Ardesia than the previous "
        "two years combined, according to the national weather service, which nonetheless said "
        "soil moisture and aquifers had not fully recovered.\n"
        "Residents had lived since May with water running only at night, filling bathtubs, buckets "
        "and tanks to get through the day. Businesses such as laundries, car washes and "
        "hairdressers reported heavy losses.\n"
        "The city council will keep some restrictions in place, including a ban on filling private "
        "swimming pools and on watering gardens during the day, until the reservoirs reach 75 "
        "percent.\n"
        "The regional government said work on the coastal desalination plant would continue as "
        "planned.\n"
        '"We can\'t depend on the sky," said regional water minister Andres Peral.\n'
        "Hotel owners on the coast said they expected a better summer season now that guests could "
        "be promised water at any hour of the day.",
    ),
    Piece(
        "drought-ends",
        "City of Cantora",
        D4 + 3.0,
        "Press release: restoration of continuous water supply",
        "CITY OF CANTORA - OFFICE OF THE MAYOR. Following the recovery of reservoir levels to 64 "
        "per cent, the temporary supply schedule in force since 19 May 2031 ends at 06:00 on "
        "Thursday 12 February. Restrictions on filling pools and on daytime garden watering remain "
        "in force.",
    ),
    Piece(
        "drought-ends",
        "AFP",
        D4 + 5.0,
        "Ardesian city turns the taps back on",
        "CANTORA, Ardesia (AFP) - Cantora on Wednesday ended water rationing imposed last May, "
        "after heavy winter rain lifted its reservoirs to 64%, but the mayor urged its two million "
        "residents to keep saving.",
    ),
    # --- A record heat day in Westralis: AFP article, a Xinhua line, a TV caption naming the town
    # only. ---
    Piece(
        "heat-record",
        "AFP",
        D4 + 1.0,
        "Westralis outback town hits 49.1C, hottest day on record",
        "KESTREL BAY, Westralis (AFP) - The town of Marrabin in the Westralis outback recorded a "
        "temperature of 49.1 degrees Celsius on Wednesday, the highest ever measured in the "
        "country, the national weather bureau said, as a heatwave gripping the west entered its "
        "sixth day.\n"
        "The reading, taken at 3:12 pm at Marrabin's airport, beat the previous national record of "
        "48.6C set in 2019 in the same region, the Bureau of Meteorology said, adding that it "
        "would be checked before being confirmed.\n"
        "In Kestrel Bay, the state capital, the temperature reached 45.3C, its hottest February "
        "day since records began in 1897. Trains were slowed because of fears that rails could "
        "buckle, and the city opened air-conditioned halls for elderly residents.\n"
        "Power use hit a record in the afternoon, and the grid operator asked households to avoid "
        "using washing machines and dishwashers until evening.\n"
        '"We have never seen heat like this so late in the summer," said Bureau forecaster Amy '
        'Coulter. "Overnight temperatures are barely dropping below 30, which gives no relief."\n'
        "Hospitals in Kestrel Bay reported a rise in admissions for heat stroke, and authorities "
        "warned of extreme fire danger across the south-west, where total fire bans were in "
        "place.\n"
        "Scientists say heatwaves in Westralis have grown hotter and longer over the past three "
        "decades as the climate warms.\n"
        "Some relief is expected from Saturday, when a cooler change is forecast to sweep in from "
        "the Southern Ocean.\n"
        "In Marrabin itself, a town of about 2,000 people, the main street was almost deserted in "
        "the afternoon. Shops closed early and the local swimming pool extended its opening hours "
        "until midnight.",
    ),
    Piece(
        "heat-record",
        "Xinhua",
        D4 + 4.0,
        "Westralis logs all-time high of 49.1 degrees Celsius",
        "KESTREL BAY, Feb. 11 (Xinhua) -- A remote town in Westralis sweltered in 49.1 degrees "
        "Celsius on Wednesday, breaking the country's all-time temperature record, the weather "
        "bureau said.",
    ),
    Piece(
        "heat-record",
        "Seven West News",
        D4 + 6.0,
        "Hottest day ever",
        "Marrabin locals tell us how they coped with 49.1 degrees.",
    ),
    # --- The Renggis ferry inquiry: the ferry's later event (Bernama article with the final toll,
    # AFP paragraph, a teaser with no names). ---
    Piece(
        "ferry-inquiry",
        "Bernama",
        D4 + 3.5,
        "Renggis ferry was carrying three times its capacity, inquiry finds",
        "BATU SELAT, Feb 11 (Bernama) -- The passenger boat that capsized off Renggis island in "
        "May last year, killing 57 people, was carrying nearly three times the number of "
        "passengers it was certified for and had not been inspected for two years, according to "
        "the report of a government inquiry released on Wednesday.\n"
        "The 240-page report by the Maritime Accident Investigation Board found that the KM Sinar "
        "Pagi, certified for 60 passengers, had about 170 people on board when it overturned in "
        "heavy swell in the early hours of May 14.\n"
        "Only 112 names appeared on the manifest, the board said, and crew members routinely sold "
        "tickets on board to avoid port fees.\n"
        "The board also found that the port master at Tanjung Lais had allowed the vessel to sail "
        "despite a weather warning issued the previous evening, and that life jackets on board "
        "were either missing or locked in a storeroom.\n"
        "Transport Minister Yusri Kamal told a press conference that the owner of the vessel and "
        "the port master would face criminal proceedings, and that all wooden passenger boats "
        "would have to be fitted with tracking devices by the end of the year.\n"
        "Survivors' groups welcomed the findings but said officials in Batu Selat who oversaw "
        "small ports should also be held accountable.\n"
        '"We knew all of this the day it happened. Now it is written down, but our children are '
        'still gone," said Siti Amran, whose two sons died in the disaster.\n'
        "The inquiry made 31 recommendations, including a ban on night crossings on routes of more "
        "than five hours.",
    ),
    Piece(
        "ferry-inquiry",
        "AFP",
        D4 + 7.0,
        "Sundra ferry that sank with 57 dead was badly overloaded: report",
        "BATU SELAT (AFP) - A wooden ferry that overturned off Sundra's Renggis island last May "
        "had nearly 170 people aboard, almost three times its limit, an official inquiry said "
        "Wednesday, as the government promised prosecutions.",
    ),
    Piece(
        "ferry-inquiry",
        "Morning Digest",
        D4 + 9.0,
        "'Our children are still gone'",
        "An inquiry lays bare the failures behind last year's ferry disaster.",
    ),
    # --- Dengue vaccination begins in Sundra's schools: the vaccine's later event (Bernama
    # article, Yonhap paragraph). ---
    Piece(
        "vaccine-rollout",
        "Bernama",
        D4 + 1.5,
        "Schoolchildren first in line as Sundra begins dengue jabs",
        "BATU SELAT, Feb 11 (Bernama) -- Sundra on Wednesday began vaccinating schoolchildren "
        "against dengue with Dengora, the locally developed single-dose vaccine, in a programme "
        "that aims to cover 1.5 million pupils aged nine to 12 in 11 provinces by June, the Health "
        "Ministry said.\n"
        "Health Minister Dr Nurul Hisham administered the first doses at a primary school in Batu "
        "Selat's eastern district, where dengue admissions last year were the highest in the "
        "capital.\n"
        '"One visit, one injection. That is what makes a school programme like this possible," '
        "she told reporters, adding that parental consent forms had been returned for more than 80 "
        "per cent of eligible children in the first phase.\n"
        "The ministry said 2.3 million doses had been delivered by the manufacturer, Halvera Bio, "
        "and stored at regional depots since January. Mobile teams will visit schools on outer "
        "islands from March.\n"
        "The programme is free of charge. Adults in high-risk districts will be offered the "
        "vaccine from the second half of the year, once supplies allow.\n"
        "Sundra recorded more than 400,000 dengue cases in 2030, and health officials say the "
        "disease costs the country hundreds of millions a year in hospital care and lost work.\n"
        "Paediatricians welcomed the rollout but urged families to keep clearing standing water "
        "around their homes, since the vaccine does not give complete protection.\n"
        "The ministry will publish weekly figures on doses given and any reported side effects.\n"
        "Opposition lawmakers questioned why adults in districts with high infection rates had not "
        "been included in the first phase, but the ministry said children were at greater risk of "
        "severe illness.",
    ),
    Piece(
        "vaccine-rollout",
        "Yonhap",
        D4 + 5.5,
        "Daehan Vaxcell hails start of school jabs with partner's vaccine",
        "HANSONG, Feb. 11 (Yonhap) -- Sundra started giving schoolchildren the dengue vaccine "
        "Dengora on Wednesday, a milestone for Daehan Vaxcell Co., which makes the vaccine's "
        "active ingredient under licence, the company said.",
    ),
    # --- A volcano on Amaru island grounds flights: Kyodo article, Xinhua line. ---
    Piece(
        "volcano-amaru",
        "Kyodo",
        D4 + 0.5,
        "Mount Tsurugane erupts, ash grounds 88 flights",
        "Amaru, Feb. 11 (Kyodo) -- Mount Tsurugane on Amaru island erupted early Wednesday, "
        "sending a column of ash about 6,000 meters into the sky and forcing the cancellation of "
        "88 flights, the meteorological agency said.\n"
        "The agency raised the volcano's alert level to 4 on a scale of 5, advising residents of "
        "two villages on its northern slope to evacuate, and warned of falling rocks and "
        "pyroclastic flows within 4 kilometers of the crater.\n"
        "About 1,300 people left their homes for evacuation centers in the island's main town of "
        "Nagahara, local officials said. No injuries had been reported by the afternoon.\n"
        "Ash fell on fields and roads across the eastern half of the island, and the local "
        "government distributed masks at schools. Some bus services were halted because of poor "
        "visibility.\n"
        "Amaru airport closed its runway for the day, and airlines canceled flights between the "
        "island and the mainland. Ferries continued to run, with extra sailings added for "
        "travelers.\n"
        "The 1,740-meter volcano last erupted on this scale in 2014, when ash disrupted air travel "
        "for nearly a week.\n"
        "Volcanologist Kenji Moroda of Hokusei University said seismic activity beneath the "
        "mountain had been increasing since December and that further explosive eruptions were "
        "possible in the coming days.\n"
        "The agency said it would send a survey aircraft over the crater on Thursday if weather "
        "allowed.\n"
        "Tourism officials said hotels on the island had received a wave of cancellations, and "
        "that the ski slopes on the volcano's southern flank would remain closed until the alert "
        "level was lowered.",
    ),
    Piece(
        "volcano-amaru",
        "Xinhua",
        D4 + 3.0,
        "Volcano erupts on Amaru island, flights disrupted",
        "AMARU, Feb. 11 (Xinhua) -- A volcano on the island of Amaru erupted on Wednesday morning, "
        "spewing ash up to 6 km into the sky and disrupting dozens of flights, local media "
        "reported.",
    ),
    # --- A singleton that shares the heat record's town. ---
    Piece(
        "chess-title",
        "Seven West News",
        D4 + 10.0,
        "Teen takes national chess crown",
        "Sixteen-year-old Leila Okonjo of Marrabin won the Westralis chess title on Wednesday.",
    ),
)

DAYS: tuple[float, ...] = (D1, D2, D3, D4)
"""The first hour (after coverage.T0) of each publication day of the set."""


__all__ = ["DAYS", "PIECES", "by_day"]
