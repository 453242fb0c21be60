"""A twenty-sixth set of multi-outlet coverage of our own (the twenty-third written blind),
in the form of issue #16's hidden set: world news, politics, tech and crypto.

Written blind, like the fourth to twenty-fifth sets: without reading the clustering code
(nothing under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/),
docs/history.md or the texts of the other sets. What went past our eyes: the module
docstring and day constants of the twenty-fifth set, the whole of test_coverage_real25.py,
the docstring, Piece class, T0, DAY, MONTH, the scoring and day helpers, check_days,
check_form and the Days and Scores classes of coverage.py (none of its pieces), and
../shared/DESIGN.md; and, in the branch's git log, the subjects of the last five commits,
which name rules of the clustering (a date a text names as another event's day, a deal
"waved through", EFE's country in a dateline, a recall opposite its fine) and a few
headlines and datelines of other sets. The whole set was written before it was first
clustered, and no text or label was changed after seeing how briefing clusters it. Every
sentence is our own; the countries (Zelmora, Hessary, Calverra, Estrova, Rhanpur, Lessary,
Corradine, Marrenland, Tamsgard, the Pelerin Islands), cities and places (Tervask, Lenhaven,
Skelder Island, Vellport, Saltreach, Brennoch, Halbury, Tolvas, Vessik, the Koldan valley,
Harmsdale, Lusk, Saint Ormond, Port Averell, Cape Tressel, Dunvarra, Mossgate, Keswold,
Sarvenne, Vellacourt, Castelmar), firms (Threadwick, Pixmoor, Ternwell, Greyholm Line),
the coin (Corvium), the missile (Kavrik-7), the satellite (Morning Beacon-1), the ferry
(Marivelle), the people and all 45 outlets are made up, and their main names were checked
against the tests, the source and the shared corpus so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four publication days
of 2017-2018): 84 items from 45 outlets over four publication days months apart, six events
on day 1 and five on each of the others, each told by three to five outlets, each outlet
once. Wire copy in six services' forms ("TERVASK, May 14 (Pelton) -", "TERVASK, May 14
/OSTVEST/.", "Tolvas (Estrova), May 14 (Solara).-", "SAINT ORMOND, Pelerin Islands
(Gullwing)" and a dash with no date, "Varanath, May 14 (NNS):", "Sarvenne (Corbel) -"), web articles
with no dateline, UK papers, US sites in Title Case (price items, a listicle, questions),
three tabloid shouts, press releases ("MOSSGATE, July 15, 2031 /PR Lantern/ --", a firm's
newsroom), official statements that end with a place and a date ("Lenhaven, 14 May 2031",
"Brennoch, 14 October 2031"), state media, an earthquake agency's listings, explainers and
analyses labelled with the event they report. The wires write money in "dlrs", "mln", "bln"
and "pct"; figures come two ways ($8K and 8,000 dlrs, 41M and 41 million, $1.2bn, $1.2B and
1.2 billion dollars, $31.4B and 31.4 bln dlrs); fifteen items quote with '' marks; UK papers
give Mr, Ms and Dr. Most items are a headline and one to four lines (150 to 600 characters);
eight are whole articles of 1,000 to 1,300 characters (an explainer, a local paper's quake
report, two analyses, a listicle, a regulator's decision, a wire's full story and an
anniversary feature); ten are under 100 characters (four "Video:" pages, two quake
listings, two headlines with no text, two one-line teasers), each labelled with its event.

The hard cases:

- four running topics whose events fall on days months apart under the same names, the
  later naming the earlier in passing, often by date ("the May 14 launch", "opened on 14
  May 2031", "on 13 January last year"): Zelmora's Kavrik-7 launch towards Hessary's
  Skelder Island (day 1), the Concord Council's fuel cap on Zelmora (day 2), its Morning
  Beacon-1 satellite (day 3) and Marshal Oren Tsalk's offer of talks (day 4), all under
  Zelmora, Tsalk, Hessary and Skelder; Threadwick's breach of 41 million accounts (day 1),
  its $1.2bn fine (day 3) and its chief executive's departure (day 4); Corvium's record
  above $8,000 (day 1) and its fall below $5,000 (day 3); the Marivelle ferry's captain
  jailed (day 1) and the first anniversary of its sinking (day 4, recalling the sinking by
  date and the captain's sentence);
- an anniversary piece on a later day: a year since the Marivelle sank (day 4), beside the
  captain's sentence of day 1;
- same-kind events of one day that must stay apart: two earthquakes (Estrova and the Pelerin
  Islands, day 1, with two listings of one agency in one form); two firms' quarterly results
  (Pixmoor and Ternwell, day 2, both with releases on one press wire); two strikes (Corradine's
  railways and Lessary's teachers, day 3); two elections (Estrova's parliament and
  Marrenland's president, day 4);
- names that come back on other days in other events: Estrova (the quake, Harmsdale's
  autonomy vote that names it, the election that names both), Lessary (the ferry and the
  teachers), Corradine (a wildfire and the rail strike), Marrenland (the banking ban behind
  Corvium's fall, and its election);
- the same event in other words, with almost no headline word shared by all of its reports
  (Threadwick's chief executive going, the Vellacourt wildfire, the rail strike, the
  Estrova quake), names in the lead rather than the headline, and reactions (a foreign
  prime minister's condolences, a state's denunciation) labelled with their event.

- day 1 (Wed May 14, 2031): Zelmora's missile (five, with a ministry's statement, a tabloid
  shout and a video); Threadwick's breach (four, with the firm's notice and an explainer);
  Corvium's record (four, with a price item and a question); the Estrova quake (four, with a
  listing, a condolence and the local paper's report); the Pelerin quake (three, with a
  listing); the Marivelle captain jailed (three);
- day 2 (Tue Jul 15): the Concord Council's fuel cap (five, with state media's denunciation
  and an analysis); Pixmoor's results (four, with the release and a price item); Ternwell's
  results (four, with the release and a listicle); the Vellacourt wildfire (four, with a
  video); Harmsdale's referendum (four, with an explainer);
- day 3 (Tue Oct 14): Zelmora's satellite (five, with state media, a tabloid shout and an
  analysis); Threadwick's fine (four, with the regulator's decision and a bare headline);
  Corvium's fall (four, with a question and a video); Corradine's rail strike (four, with a
  teaser); Lessary's teachers' strike (three);
- day 4 (Tue Jan 13, 2032): Tsalk's offer of talks (five, with the wire's full story, a
  ministry's statement, a question and a video); the Marivelle's anniversary (four, with a
  feature); Talbrook leaves Threadwick (four, with the firm's notice, a price item and a
  tabloid shout); Estrova's election (four); Marrenland's election (three, with a bare
  headline).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real26.py).
"""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 62 * DAY  # Tue Jul 15, 2031
D3 = 153 * DAY  # Tue Oct 14, 2031
D4 = 244 * DAY  # Tue Jan 13, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # Day 1, Wed May 14, 2031.
    # Zelmora fires a Kavrik-7 missile into the sea west of Hessary's Skelder Island.
    Piece(
        "zelmora-missile",
        "Pelton Wire",
        D1 + 1.5,
        "Zelmora fires missile into sea west of Hessary's Skelder Island",
        "TERVASK, May 14 (Pelton) - Zelmora fired a medium-range ballistic missile early on "
        "Wednesday that came down in the sea about 140 km (87 miles) west of Hessary's Skelder "
        "Island, Hessary's defence ministry said, the isolated state's first launch this year.\n"
        "The missile flew for about 19 minutes and reached an altitude of some 950 km before "
        "falling outside Hessary's territorial waters, the ministry said. There were no reports "
        "of damage to shipping or aircraft.\n"
        "Zelmora's leader, Marshal Oren Tsalk, has vowed to build a missile able to reach any "
        "capital in the region and has ignored repeated calls by the Concord Council to halt "
        "the programme.",
    ),
    Piece(
        "zelmora-missile",
        "Ostvest",
        D1 + 3.0,
        "Zelmora reports successful test of Kavrik-7 missile system",
        "TERVASK, May 14 /OSTVEST/. The armed forces of Zelmora have carried out a test launch "
        "of the Kavrik-7 medium-range missile, the Zelmoran Central News service reported on "
        "Wednesday. According to the report, the missile ''precisely hit a designated target "
        "area in the open sea'', and the test was observed by Marshal Oren Tsalk in person. "
        "Hessary's military said it had tracked the missile for about 19 minutes.",
    ),
    Piece(
        "zelmora-missile",
        "Hessary Ministry of Foreign Affairs",
        D1 + 5.0,
        "Statement by the Ministry of Foreign Affairs on the ballistic missile launch by Zelmora",
        "The Ministry of Foreign Affairs of the Republic of Hessary condemns in the strongest "
        "terms the launch of a ballistic missile by Zelmora this morning, which fell into the "
        "sea west of Skelder Island. The launch is a grave threat to the safety of our citizens "
        "and of shipping in the region, and a flagrant breach of the resolutions of the Concord "
        "Council. Hessary has summoned the charge d'affaires of Zelmora and will raise the "
        "matter with its partners on the Council.\n"
        "Lenhaven, 14 May 2031",
    ),
    Piece(
        "zelmora-missile",
        "The Daily Thump",
        D1 + 6.5,
        "TSALK'S ROCKET TERROR",
        "Tinpot dictator Oren Tsalk lobbed a missile towards a holiday island this morning - "
        "sending terrified families diving for cover. The rocket splashed down just 87 miles "
        "off Skelder, where thousands of sunseekers are staying.",
    ),
    Piece(
        "zelmora-missile",
        "Globeview TV",
        D1 + 8.0,
        "Video: Zelmoran missile splashes down off Skelder Island",
        "Hessary's military releases radar images of the launch. (1:12)",
    ),
    # Threadwick, a social app, says hackers took the data of 41 million users.
    Piece(
        "threadwick-leak",
        "The Daily Pivot",
        D1 + 2.0,
        "Threadwick Confirms Data of 41 Million Users Was Exposed",
        "Threadwick says an attacker got into an internal support tool last month and pulled "
        "the email addresses, phone numbers and birth dates of roughly 41 million accounts. "
        "Passwords and private messages were not taken, the company says, but the data is "
        "already being offered for sale on a hacking forum.",
    ),
    Piece(
        "threadwick-leak",
        "Threadwick Newsroom",
        D1 + 4.0,
        "An update on the security of your account",
        "Today we are notifying people whose information was affected by a security incident "
        "involving one of our customer support tools. Our investigation found that between "
        "April 22 and April 29, an unauthorized party accessed contact details and dates of "
        "birth linked to about 41 million accounts. No passwords, payment details or messages "
        "were accessed. We have shut off the access, reset the tool's credentials and informed "
        "the relevant authorities, including the Calverran Data Commission. We are deeply "
        "sorry. - Mira Talbrook, Chief Executive Officer",
    ),
    Piece(
        "threadwick-leak",
        "Gullwing Press",
        D1 + 7.0,
        "Hackers grab personal details of 41M Threadwick users",
        "SALTREACH, Calverra (Gullwing) \u2014 Hackers took the phone numbers, email addresses "
        "and birth dates of about 41 million Threadwick users, the social app said Wednesday, "
        "in one of the largest breaches to hit a social network.\n"
        "The company said the intruders got in through a tool its support staff use to reset "
        "accounts. Threadwick's shares fell 5% in afternoon trading.",
    ),
    Piece(
        "threadwick-leak",
        "The Aldgrave Times",
        D1 + 10.0,
        "Threadwick breach: how to tell if your account was caught up, and what to do",
        "The social app Threadwick has admitted that the personal details of about 41 million "
        "of its users were taken by hackers, in a breach it disclosed on Wednesday. Here is "
        "what we know so far.\n"
        "What was taken? Email addresses, phone numbers and dates of birth. Threadwick says "
        "passwords, payment cards and private messages were not touched, because the attackers "
        "only got into a tool its support staff use to look up accounts.\n"
        "When did it happen? Between 22 and 29 April, the company says. It found the intrusion "
        "on 2 May and waited until it had closed the hole before telling users.\n"
        "How do I know if I am affected? Threadwick is sending emails and in-app notices to "
        "everyone whose data was taken. Be careful: criminals are quick to copy such notices, "
        "so do not click on links in a message that asks for your password.\n"
        "What should I do? Security experts advise turning on two-step login and treating any "
        "unexpected call or text that mentions your account with suspicion. Birth dates cannot "
        "be changed, so be wary of anyone who uses yours to prove who they are.\n"
        "Will Threadwick be fined? The Calverran Data Commission, which oversees the company, "
        "said on Wednesday that it had opened an inquiry. It can fine a firm up to 4 per cent "
        "of its worldwide turnover.",
    ),
    # Corvium, a cryptocurrency, passes $8,000 for the first time.
    Piece(
        "corvium-record",
        "Coinspire",
        D1 + 1.0,
        "Corvium Smashes Through $8K to Hit a New All-Time High",
        "Corvium (CVRM) broke above $8,000 for the first time early Wednesday, extending a "
        "rally that has more than doubled its price since March. The coin touched $8,212 on "
        "major exchanges before easing slightly, for a market value of about $138 billion.",
    ),
    Piece(
        "corvium-record",
        "Marketsquare",
        D1 + 4.5,
        "CVRM/USD Price Analysis: Bulls Eye $9,000 After Record Run",
        "Corvium is trading at $8,145, up 11.2% over 24 hours, after setting a record of "
        "$8,212 overnight. Support sits at $7,600; a daily close above $8,300 would open the "
        "way to $9,000, our chart shows.",
    ),
    Piece(
        "corvium-record",
        "Pelton Wire",
        D1 + 9.0,
        "Cryptocurrency Corvium tops 8,000 dlrs for first time",
        "HALBURY, May 14 (Pelton) - Corvium, the second-largest cryptocurrency by market "
        "value, rose above 8,000 dlrs for the first time on Wednesday, lifted by heavy buying "
        "on Asian exchanges and talk that large funds were adding it to their holdings.\n"
        "The coin was last up 10.4 pct at 8,120 dlrs, valuing all coins in circulation at "
        "about 137 bln dlrs, according to data site Coinledge. It has gained 118 pct since "
        "early March.",
    ),
    Piece(
        "corvium-record",
        "Coinrally",
        D1 + 12.0,
        "Corvium at $8K: Is It Too Late to Buy?",
        "Three analysts give us their take on the new record.",
    ),
    # A magnitude 6.3 earthquake in the Koldan valley of northern Estrova kills 38.
    Piece(
        "estrova-quake",
        "Quake Tracker",
        D1 + 0.5,
        "M 6.3 - 22 km NE of Vessik, Estrova",
        "2031-05-14 05:41:09 UTC. Depth 11.8 km. Review status: reviewed.",
    ),
    Piece(
        "estrova-quake",
        "Solara",
        D1 + 2.5,
        "At least 38 dead in 6.3 magnitude earthquake in northern Estrova",
        "Tolvas (Estrova), May 14 (Solara).- At least 38 people died and more than 200 were "
        "injured on Wednesday when a magnitude 6.3 earthquake struck the Koldan valley in "
        "northern Estrova, the country's civil protection service reported.\n"
        "The quake, centred 22 kilometers northeast of the town of Vessik at a depth of 12 "
        "kilometers, brought down houses and a school in several mountain villages, according "
        "to the authorities, who fear that the toll will rise.",
    ),
    Piece(
        "estrova-quake",
        "Nirlan News Service",
        D1 + 3.5,
        "Rhanpur offers help to Estrova after deadly tremor",
        "Varanath, May 14 (NNS): Prime Minister Devesh Amari on Wednesday expressed deep "
        "anguish over the loss of lives in the 6.3-magnitude earthquake in Estrova and said "
        "Rhanpur stood ready to send relief teams. ''Saddened by the loss of lives due to the "
        "earthquake in Estrova. Our thoughts are with the bereaved families,'' the Prime "
        "Minister said in a post.",
    ),
    Piece(
        "estrova-quake",
        "Estrova Today",
        D1 + 6.0,
        "Rescuers dig through rubble in Koldan as toll climbs",
        "VESSIK - Rescue teams worked with shovels and bare hands through the afternoon on "
        "Wednesday to reach people trapped under collapsed homes in the Koldan valley, hours "
        "after the strongest earthquake to hit northern Estrova in three decades.\n"
        "By early evening the civil protection service put the number of dead at 38, with 214 "
        "injured. Most of the victims were in the villages of Brakken and Dol Brasa, where old "
        "stone houses gave way in the first seconds of shaking.\n"
        "''We heard a roar like a train and then the walls came down,'' said Marta Drenovak, "
        "54, who escaped from her kitchen in Brakken with her two grandchildren.\n"
        "The quake struck at 8.41am local time and lasted about 20 seconds. It was felt as far "
        "away as Tolvas, 180 km to the south, where office workers ran into the streets.\n"
        "Prime Minister Anton Brisling flew to Vessik by helicopter and promised money to "
        "rebuild every house lost. The army has sent 600 soldiers and field kitchens to the "
        "valley, where the main road was cut by a landslide near the Koldan gorge.\n"
        "Dr Hanna Pell, a seismologist at Tolvas University, warned of strong aftershocks in "
        "the coming days and urged residents not to go back into damaged buildings.",
    ),
    # A magnitude 5.6 earthquake off Saint Ormond in the Pelerin Islands kills four.
    Piece(
        "pelerin-quake",
        "Quake Tracker",
        D1 + 2.0,
        "M 5.6 - 9 km S of Saint Ormond, Pelerin Islands",
        "2031-05-14 07:26:40 UTC. Depth 33.0 km. Review status: automatic.",
    ),
    Piece(
        "pelerin-quake",
        "Gullwing Press",
        D1 + 4.0,
        "Quake kills 4 in Pelerin Islands; brief tsunami alert lifted",
        "SAINT ORMOND, Pelerin Islands (Gullwing) \u2014 A magnitude 5.6 earthquake rattled "
        "the Pelerin Islands on Wednesday, killing four people when a hillside road collapsed "
        "and prompting a brief tsunami warning that was lifted within the hour.\n"
        "The quake was centered at sea about 9 kilometers (6 miles) south of the capital, Saint "
        "Ormond, at a depth of 33 kilometers, seismologists said.",
    ),
    Piece(
        "pelerin-quake",
        "Pelerin Islands Observer",
        D1 + 7.5,
        "Four dead as tremor shakes Saint Ormond",
        "Four people died and eleven were hurt this morning when a strong tremor brought rocks "
        "down on the coast road at Lanver Point, police said. Schools in Saint Ormond were "
        "closed for the day while engineers checked buildings for cracks. The islands' "
        "disaster office said the tsunami alert it issued after the quake was a precaution.",
    ),
    # The captain of the Marivelle, the Lessary ferry that sank in January, is jailed.
    Piece(
        "ferry-verdict",
        "Lessary Daily",
        D1 + 5.0,
        "Marivelle captain jailed for nine years",
        "Tomas Ruvik, the captain of the Marivelle ferry that capsized off Cape Tressel in "
        "January, was sentenced to nine years in prison on Wednesday after Port Averell "
        "criminal court found him guilty of the manslaughter of 58 passengers and crew. Judge "
        "Irena Vallo said he had sailed into a forecast storm with the doors of the vehicle "
        "deck not properly closed.",
    ),
    Piece(
        "ferry-verdict",
        "Pelton Wire",
        D1 + 8.0,
        "Lessary court jails captain of capsized ferry for nine years",
        "PORT AVERELL, May 14 (Pelton) - A court in Lessary on Wednesday sentenced the captain "
        "of the ferry Marivelle, which capsized in a storm in January killing 58 people, to "
        "nine years in prison for manslaughter and fined its operator, Greyholm Line, 2 mln "
        "dlrs.\n"
        "Captain Tomas Ruvik, 61, had denied wrongdoing. His lawyer said he would appeal.",
    ),
    Piece(
        "ferry-verdict",
        "The Harnsey Chronicle",
        D1 + 11.0,
        "Ferry families say skipper's sentence is 'not enough'",
        "Relatives of those who drowned when the Marivelle went down off Lessary's coast said "
        "nine years in jail for its captain did not go far enough, and called for the ferry "
        "company's bosses to stand trial. ''He made the call, but the company sent an old ship "
        "out into a storm,'' said Tobin Sedge, whose daughter died in the sinking. Mr Sedge "
        "said the families would write to the prosecutor.",
    ),
    # Day 2, Tue Jul 15, 2031.
    # The Concord Council caps Zelmora's fuel imports over the May 14 launch.
    Piece(
        "zelmora-sanctions",
        "Ostvest",
        D2 + 1.0,
        "Concord Council tightens sanctions on Zelmora",
        "VELLPORT, July 15 /OSTVEST/. The Concord Council on Tuesday unanimously adopted a "
        "resolution capping deliveries of refined oil products to Zelmora at 500,000 barrels a "
        "year and banning its textile exports, in response to the missile launch Tervask "
        "carried out on May 14. The permanent representative of Zelmora walked out of the "
        "chamber before the vote.",
    ),
    Piece(
        "zelmora-sanctions",
        "Solara",
        D2 + 2.5,
        "Concord Council limits fuel for Zelmora over its missile programme",
        "Vellport (Tamsgard), Jul 15 (Solara).- The Concord Council approved on Tuesday new "
        "sanctions against Zelmora that cut by almost 90% the refined fuel the country may "
        "import, as punishment for the ballistic missile it launched in May towards waters "
        "near the Hessarian island of Skelder.\n"
        "The resolution, drafted by Hessary, passed with the votes of all 15 members.",
    ),
    Piece(
        "zelmora-sanctions",
        "The Rotunda Report",
        D2 + 5.0,
        "Council Votes to Choke Off Zelmora's Fuel Supply",
        "The 15-member Concord Council voted unanimously Tuesday to slash the amount of "
        "gasoline and diesel Zelmora can import, the toughest step yet to punish Marshal Oren "
        "Tsalk for his missile program. The measure caps refined fuel at 500,000 barrels a "
        "year, down from roughly 4.5 million.",
    ),
    Piece(
        "zelmora-sanctions",
        "Zelmoran Central News",
        D2 + 9.0,
        "Foreign Ministry spokesman denounces ''gangster-like'' Concord resolution",
        "A spokesman for the Foreign Ministry of Zelmora said on Tuesday that the sanctions "
        "''resolution'' cooked up at the Concord Council by Hessary and its masters is an act "
        "of war against the Zelmoran people and will never make the country give up its just "
        "right to self-defence. The Zelmoran people will answer the gangster-like sanctions "
        "with redoubled efforts, he said.",
    ),
    Piece(
        "zelmora-sanctions",
        "Ambit Quarterly",
        D2 + 11.0,
        "Will a fuel cap bring Tsalk to the table?",
        "The Concord Council's vote on Tuesday to cap Zelmora's fuel imports at 500,000 "
        "barrels a year is the sharpest economic blow yet aimed at Marshal Oren Tsalk's "
        "government. It cuts the country's legal supply of petrol and diesel by roughly "
        "nine-tenths and ends its textile exports, one of its few remaining sources of hard "
        "currency.\n"
        "The trigger was the May 14 launch of a Kavrik-7 missile that fell into the sea 140 km "
        "from Hessary's Skelder Island. Hessary drafted the resolution and spent two months "
        "winning over the Council's more reluctant members.\n"
        "Diplomats say the text was softened at the last minute: an earlier draft would also "
        "have barred crude oil deliveries by pipeline, which would have hit hospitals and farms "
        "hard.\n"
        "Sanctions experts are divided on whether the cap will work. Zelmora has for years "
        "bought fuel through ship-to-ship transfers at sea, and enforcement depends on navies "
        "willing to stop and search tankers.\n"
        "''A cap only bites if someone is watching the sea lanes,'' said Dr Rhona Kettridge, "
        "who studies sanctions at the Institute for Regional Security in Lenhaven.\n"
        "What is not in doubt is Tervask's answer. Within hours its foreign ministry called "
        "the resolution an act of war and promised that the tests would go on.",
    ),
    # Pixmoor, a search and advertising firm, reports second-quarter results.
    Piece(
        "pixmoor-results",
        "PR Lantern",
        D2 + 13.0,
        "Pixmoor Announces Second Quarter 2031 Results",
        "MOSSGATE, July 15, 2031 /PR Lantern/ -- Pixmoor Inc. (PXMR) today announced financial "
        "results for the quarter ended June 30, 2031. Revenues were $31.4 billion, an increase "
        "of 14% year over year. Net income was $7.9 billion, or $2.61 per diluted share. ''Our "
        "search and video advertising businesses delivered another strong quarter,'' said "
        "Dara Quennell, Chief Executive Officer of Pixmoor.",
    ),
    Piece(
        "pixmoor-results",
        "Stockvane",
        D2 + 14.0,
        "PXMR Stock Jumps 6% After Hours on Ad Revenue Beat",
        "Pixmoor shares rose 6% in extended trading Tuesday after the search giant posted "
        "second-quarter revenue of $31.4B, ahead of the $30.6B analysts expected, as "
        "advertisers kept spending on its video platform.",
    ),
    Piece(
        "pixmoor-results",
        "Pelton Wire",
        D2 + 14.5,
        "Pixmoor quarterly revenue rises 14 pct, beats estimates",
        "MOSSGATE, July 15 (Pelton) - Pixmoor Inc reported a 14 pct rise in second-quarter "
        "revenue on Tuesday, beating analysts' estimates, as advertisers spent more on its "
        "search and video services.\n"
        "Revenue rose to 31.4 bln dlrs from 27.5 bln dlrs a year earlier. Analysts had on "
        "average expected 30.6 bln dlrs. Net income was 7.9 bln dlrs, or 2.61 dlrs per share.\n"
        "Shares of the company rose 6 pct in extended trading.",
    ),
    Piece(
        "pixmoor-results",
        "Techslate",
        D2 + 16.0,
        "Pixmoor's Ad Machine Keeps Humming",
        "Video ads did the heavy lifting again for Pixmoor, whose sales climbed to $31.4 "
        "billion in the April-June quarter. The company also said it would spend more on the "
        "data centers behind its AI assistant.",
    ),
    # Ternwell, a phone maker, reports a fall in quarterly profit.
    Piece(
        "ternwell-results",
        "PR Lantern",
        D2 + 12.5,
        "Ternwell Reports Third Quarter Fiscal 2031 Results",
        "KESWOLD, July 15, 2031 /PR Lantern/ -- Ternwell Corporation (TNWL) today reported "
        "revenue of $14.2 billion for its fiscal third quarter, down 9% from a year ago, and "
        "net income of $1.9 billion, or $0.88 per share. ''Demand for premium phones was "
        "softer than we planned for,'' said Chief Executive Officer Ruben Akerlund.",
    ),
    Piece(
        "ternwell-results",
        "Marketsquare",
        D2 + 13.5,
        "Ternwell Shares Sink 8% as Phone Sales Slump",
        "TNWL fell 8% after the bell on Tuesday. The handset maker shipped 15% fewer phones "
        "than a year ago and guided fourth-quarter revenue below consensus, overshadowing a "
        "tidy gain in its services arm.",
    ),
    Piece(
        "ternwell-results",
        "Bourseline",
        D2 + 15.0,
        "Ternwell profit falls 22% as buyers hold on to their phones",
        "Ternwell's profit fell 22% in its latest quarter as people kept their phones longer, "
        "the company said Tuesday. It earned $1.9 billion on revenue of $14.2 billion in the "
        "three months to June, down from $2.4 billion a year earlier. Its shares slid 8% in "
        "after-hours trading.",
    ),
    Piece(
        "ternwell-results",
        "Gizmoreel",
        D2 + 17.0,
        "5 Takeaways From Ternwell's Rough Quarter",
        "Ternwell's fiscal third quarter was not pretty. Sales fell 9% to $14.2 billion and "
        "profit dropped 22%, sending the stock down about 8% late Tuesday. Here's what stood "
        "out from the report and the call that followed.\n"
        "1. People are keeping their phones longer. Ternwell shipped 15% fewer handsets than a "
        'year ago, and CEO Ruben Akerlund admitted that upgrade cycles are "stretching past '
        'three years."\n'
        "2. The Vela 12 didn't move the needle. The flagship launched in March sold well in its "
        "first weeks, but demand had faded by June.\n"
        "3. Services keep growing. Cloud storage and the app store brought in $3.1 billion, up "
        "12%, the one bright spot of the quarter.\n"
        "4. The outlook is soft. Ternwell expects fourth-quarter revenue of $13.5 billion to "
        "$14 billion, below what analysts were looking for, and gave no forecast for phone "
        "shipments.\n"
        "5. A cheaper phone is coming. Akerlund hinted at a lower-priced model for the "
        "holidays, without giving a date or a price. Analysts on the call pressed him on "
        "margins, which he said would hold.",
    ),
    # A wildfire in the Vellacourt region of southern Corradine kills three firefighters.
    Piece(
        "vellacourt-wildfire",
        "Agence Corbel",
        D2 + 3.0,
        "Three firefighters killed as wildfire rages in southern Corradine",
        "Sarvenne (Corbel) - Three firefighters were killed on Tuesday battling a wildfire that "
        "has forced more than 12,000 people from their homes in the Vellacourt region of "
        "southern Corradine, the interior ministry said. The blaze, fanned by strong winds and "
        "temperatures above 40 degrees Celsius, has burnt some 8,500 hectares of forest and "
        "scrub since Sunday.",
    ),
    Piece(
        "vellacourt-wildfire",
        "Corradine Post",
        D2 + 6.0,
        "Vellacourt hills ablaze: villages emptied overnight",
        "Police went door to door in the hill villages above Vellacourt in the early hours of "
        "Tuesday, telling families to leave as the fire jumped the ridge. By morning some "
        "12,000 people were sleeping in sports halls and schools in the town, and the "
        "firefighters' union was mourning three of its members.",
    ),
    Piece(
        "vellacourt-wildfire",
        "Globeview TV",
        D2 + 8.0,
        "Video: Water bombers battle the blaze",
        "Aircraft fly low over burning forest in Corradine. (0:58)",
    ),
    Piece(
        "vellacourt-wildfire",
        "Continental Radio",
        D2 + 10.0,
        "Thousands flee as flames spread in Corradine's south",
        "Crews in Corradine are fighting a huge fire that has already claimed three of their "
        "colleagues. Our correspondent reports from the evacuation centres in Vellacourt.",
    ),
    # Voters in Harmsdale, a region of northern Estrova, back autonomy in a referendum.
    Piece(
        "harmsdale-referendum",
        "Nirlan News Service",
        D2 + 4.0,
        "Harmsdale votes for greater autonomy from Estrova",
        "Lusk, July 15 (NNS): Voters in Estrova's northern region of Harmsdale have backed "
        "wider self-rule in a referendum, with 61.4 per cent voting in favour, the regional "
        "election commission said on Tuesday. Turnout was 58 per cent. The central government "
        "in Tolvas has said the vote is not binding.",
    ),
    Piece(
        "harmsdale-referendum",
        "Estrova Today",
        D2 + 6.0,
        "Harmsdale says yes, Tolvas says not so fast",
        "Harmsdale's regional leader, Mirela Oskane, claimed a mandate to take over taxes and "
        "policing after the final count of Sunday's referendum, published on Tuesday, showed "
        "61.4 per cent in favour. In Tolvas, Prime Minister Anton Brisling's office repeated "
        "that the vote has no legal force. The region is still rebuilding villages hit by the "
        "Koldan valley earthquake in May.",
    ),
    Piece(
        "harmsdale-referendum",
        "Context Weekly",
        D2 + 9.0,
        "Harmsdale's autonomy vote: what it means and what happens next",
        "Voters in Harmsdale, a mountainous region in the north of Estrova with its own "
        "language and a long list of grievances against the capital, have voted for more "
        "self-government. The result: 61.4% yes on a 58% turnout, according to the count "
        "published on Tuesday. Is it binding? No. Estrova's constitution gives the regions no "
        "right to hold such votes, and Mr Brisling's government says it will not open talks "
        "on that basis. What do they want? Control of the taxes raised in the region, a police "
        "force of its own, and Harmsdali taught in schools. What next? Ms Oskane says she will "
        "put a bill to the regional assembly in September.",
    ),
    Piece(
        "harmsdale-referendum",
        "Headline Harbor",
        D2 + 12.0,
        "Voters in Estrova's North Back Self-Rule by Wide Margin",
        "A region of 1.3 million people in northern Estrova voted by a wide margin for more "
        "self-rule, setting up a clash with the national government, which calls the "
        "referendum illegal.",
    ),
    # Day 3, Tue Oct 14, 2031.
    # Zelmora puts its first observation satellite, Morning Beacon-1, into orbit.
    Piece(
        "zelmora-satellite",
        "Zelmoran Central News",
        D3 + 1.0,
        "Morning Beacon-1 soars into orbit",
        "The earth observation satellite Morning Beacon-1, built entirely by Zelmoran "
        "scientists and engineers, was successfully placed into its planned orbit at 9:14 am "
        "on Tuesday. Marshal Oren Tsalk watched the launch from the Gorran launch site and "
        "warmly congratulated the scientists, saying the peaceful space programme would never "
        "be stopped by any sanctions of the hostile forces.",
    ),
    Piece(
        "zelmora-satellite",
        "Pelton Wire",
        D3 + 2.0,
        "Zelmora says it put first observation satellite into orbit",
        "LENHAVEN, Oct 14 (Pelton) - Zelmora said on Tuesday it had put its first earth "
        "observation satellite into orbit, a launch that Hessary and its allies condemned as a "
        "thinly disguised test of long-range missile technology.\n"
        "The Morning Beacon-1 satellite was carried by a three-stage rocket from the Gorran "
        "launch site on Zelmora's west coast, Zelmoran state media said. Hessary's military "
        "said the rocket's stages fell into the sea south of Skelder Island.\n"
        "The launch came three months after the Concord Council capped Zelmora's fuel imports "
        "in response to a missile test in May.",
    ),
    Piece(
        "zelmora-satellite",
        "Ostvest",
        D3 + 3.0,
        "Zelmora launches earth observation satellite",
        "TERVASK, October 14 /OSTVEST/. Zelmora has launched its first earth observation "
        "satellite, Morning Beacon-1, the Zelmoran Central News service said on Tuesday. The "
        "satellite was put into orbit by a carrier rocket from the Gorran launch site, the "
        "report said. The Hessarian foreign ministry called the launch a violation of the "
        "Concord Council resolutions.",
    ),
    Piece(
        "zelmora-satellite",
        "The Daily Thump",
        D3 + 6.0,
        "MAD MARSHAL'S SPACE STUNT",
        "Rogue state boss Oren Tsalk has blasted a 'spy satellite' into space - sparking fury "
        "from neighbours who say it's a missile test in disguise. Rocket debris rained into "
        "the sea near Skelder Island, where holidaymakers were terrified by a missile in May.",
    ),
    Piece(
        "zelmora-satellite",
        "The Spectrum Review",
        D3 + 9.0,
        "Why a satellite launch worries Zelmora's neighbours more than a missile",
        "On the face of it, Tuesday's launch was a scientific success for Zelmora and nothing "
        "more: a small earth observation satellite, Morning Beacon-1, reached orbit after a "
        "flight of about ten minutes from the Gorran launch site.\n"
        "Hessary's government sees it differently. The three-stage rocket that carried the "
        "satellite uses the same engines as the Kavrik-7, the missile Zelmora fired towards "
        "Skelder Island on 14 May. Putting a satellite into orbit takes much of what a "
        "long-range missile takes: powerful stages that separate cleanly, and precise "
        "guidance.\n"
        "What it does not prove is that Zelmora can bring a warhead back through the "
        "atmosphere intact. That is the hard part, and there is no sign it has mastered it.\n"
        "The launch also tests the Concord Council. Its July resolution capping Zelmora's fuel "
        "imports was meant to slow exactly this kind of work. Three months on, fuel is scarcer "
        "and prices in Tervask have tripled, but the programme has not paused.\n"
        "''Sanctions raise the cost, they do not stop the clock,'' said Dr Rhona Kettridge, of "
        "the Institute for Regional Security in Lenhaven.\n"
        "Expect Hessary to push for the cap to be tightened further. Expect Marshal Tsalk to "
        "answer with more launches.",
    ),
    # Calverra's data regulator fines Threadwick $1.2bn over the breach disclosed in May.
    Piece(
        "threadwick-fine",
        "Calverran Data Commission",
        D3 + 4.0,
        "Commission fines Threadwick 1.2 billion dollars for failing to protect users' data",
        "The Calverran Data Commission has today imposed a fine of 1.2 billion dollars on "
        "Threadwick Inc. after finding that the company failed to keep the personal data of "
        "its users secure.\n"
        "The Commission's inquiry, opened on 14 May 2031, examined the breach in which the "
        "contact details and dates of birth of about 41 million account holders were taken "
        "through a customer support tool between 22 and 29 April 2031.\n"
        "The Commission found that access to the tool was protected by a single password, that "
        "the company did not detect the intrusion for a week, and that it waited twelve days "
        "before notifying the Commission.\n"
        "Threadwick has also been ordered to bring its processing of personal data into line "
        "with the law within six months, and to report to the Commission on the steps taken.\n"
        "''Companies that hold the data of millions of people must guard it as if it were "
        "their own,'' said Commissioner Ingrid Hallow. ''This fine reflects the scale of the "
        "harm and the length of the delay.''\n"
        "Threadwick has the right to appeal the decision to the High Court within 28 days.\n"
        "Brennoch, 14 October 2031",
    ),
    Piece(
        "threadwick-fine",
        "The Daily Pivot",
        D3 + 5.0,
        "Threadwick Hit With Record $1.2B Privacy Fine Over May Breach",
        "Calverra's privacy regulator has fined Threadwick $1.2 billion for the breach that "
        "exposed the data of 41 million users this spring, the largest penalty it has ever "
        "handed out. Threadwick says it will appeal.",
    ),
    Piece(
        "threadwick-fine",
        "Gullwing Press",
        D3 + 7.0,
        "Regulator fines Threadwick $1.2bn over hack of 41M accounts",
        "BRENNOCH, Calverra (Gullwing) \u2014 Calverra's data protection regulator on Tuesday "
        "fined the social app Threadwick 1.2 billion dollars for failing to protect the "
        "personal details of 41 million users that hackers stole in the spring.\n"
        "Threadwick said it disagreed with the decision and would appeal. The company has "
        "already set aside $900 million for the case.",
    ),
    Piece(
        "threadwick-fine",
        "Atlas Brief",
        D3 + 10.0,
        "Threadwick gets a $1.2bn bill from Brennoch",
        "",
    ),
    # Corvium falls below $5,000 after Marrenland's central bank bars banks from crypto.
    Piece(
        "corvium-crash",
        "Coinspire",
        D3 + 1.5,
        "Corvium Plunges Below $5K as Marrenland Bans Banks From Crypto",
        "Corvium (CVRM) fell under $5,000 for the first time since March on Tuesday after "
        "Marrenland's central bank told lenders to stop processing payments to crypto "
        "exchanges. The coin is now 40% below the record of $8,212 it set on May 14.",
    ),
    Piece(
        "corvium-crash",
        "Hashrate Herald",
        D3 + 4.0,
        "CVRM Bleeds 18% in a Day: What's Behind the Sell-Off?",
        "A banking ban in Marrenland, a wave of liquidations of leveraged long positions and "
        "outflows from the big exchanges all played a part in Tuesday's rout. We look at what "
        "traders are watching next.",
    ),
    Piece(
        "corvium-crash",
        "Pelton Wire",
        D3 + 8.0,
        "Corvium slides below 5,000 dlrs after Marrenland banking curbs",
        "HALBURY, Oct 14 (Pelton) - Corvium fell below 5,000 dlrs on Tuesday for the first "
        "time in seven months after Marrenland's central bank barred banks from serving "
        "cryptocurrency exchanges, a move traders feared other countries could copy.\n"
        "The coin was down 17.6 pct at 4,870 dlrs by late afternoon, wiping about 30 bln dlrs "
        "off its market value. It hit a record 8,212 dlrs on May 14.",
    ),
    Piece(
        "corvium-crash",
        "Globeview TV",
        D3 + 11.0,
        "Video: Corvium's worst day in a year",
        "Our markets editor on why the coin lost almost a fifth. (2:03)",
    ),
    # Corradine's rail workers begin a 48-hour strike over pensions.
    Piece(
        "corradine-rail-strike",
        "Solara",
        D3 + 1.0,
        "Rail workers in Corradine begin 48-hour strike against pension reform",
        "Sarvenne (Corradine), Oct 14 (Solara).- Corradine's rail workers began a 48-hour "
        "strike on Tuesday against the government's plan to raise their retirement age from 57 "
        "to 62, leaving nine out of ten trains in the country idle, according to the national "
        "rail company.",
    ),
    Piece(
        "corradine-rail-strike",
        "Corradine Post",
        D3 + 5.0,
        "Trains halted as rail unions walk out over pensions",
        "Platforms at Sarvenne Central were empty on Tuesday morning as the first national "
        "rail strike in six years began. The Rail Workers' Federation said 94 per cent of "
        "drivers and signal staff had joined the walkout, which is due to last until Thursday "
        "morning. Transport Minister Elsa Morvick called the strike ''irresponsible'' and said "
        "the pension changes were needed to keep the railway solvent.",
    ),
    Piece(
        "corradine-rail-strike",
        "Daybreak Digest",
        D3 + 7.0,
        "Corradine Commuters Stranded as Walkout Shuts Down Network",
        "Millions of commuters in Corradine were forced onto roads and buses Tuesday as rail "
        "workers walked off the job for two days to protest a plan to make them work five "
        "years longer before retiring.",
    ),
    Piece(
        "corradine-rail-strike",
        "Worldbeat Radio",
        D3 + 9.0,
        "No trains in Corradine",
        "Listen: the strike that stopped a country's railways.",
    ),
    # Lessary's teachers hold a one-day national strike over pay.
    Piece(
        "lessary-teachers-strike",
        "Lessary Daily",
        D3 + 3.0,
        "Schools shut as teachers strike for better pay",
        "Around 4,000 schools across Lessary were closed on Tuesday as teachers held a one-day "
        "national strike over pay. The Lessary Teachers' Union is demanding a 12 per cent "
        "rise; the education ministry has offered 4 per cent. Thousands of teachers marched "
        "through Dunvarra to parliament.",
    ),
    Piece(
        "lessary-teachers-strike",
        "Agence Corbel",
        D3 + 6.0,
        "Lessary teachers stage national strike over pay",
        "Dunvarra (Corbel) - Tens of thousands of teachers in Lessary walked out on Tuesday in "
        "a one-day strike to demand higher pay, closing most state schools, as the government "
        "struggles to contain wage demands across the public sector. The union wants a rise of "
        "12 percent; the government has offered 4 percent.",
    ),
    Piece(
        "lessary-teachers-strike",
        "The Pendlebury Echo",
        D3 + 10.0,
        "Lessary's classrooms empty as pay row deepens",
        "Nadia Pelloux, the head of the Lessary Teachers' Union, told a rally outside "
        "parliament in Dunvarra that her members would strike again in November unless "
        "ministers improved their offer. Ms Pelloux said a newly qualified teacher earned less "
        "than a bus driver. The education minister said the 4 per cent on the table was all "
        "the country could afford.",
    ),
    # Day 4, Tue Jan 13, 2032.
    # Zelmora's leader offers talks with Hessary and a pause in launches.
    Piece(
        "zelmora-talks",
        "Pelton Wire",
        D4 + 2.0,
        "Zelmora's Tsalk offers talks with Hessary, says tests could pause",
        "TERVASK, Jan 13 (Pelton) - Zelmora's leader Oren Tsalk offered on Tuesday to open "
        "talks with neighbouring Hessary and said his country could suspend missile launches "
        "while they last, a surprise overture after a year of tests that brought tough new "
        "sanctions.\n"
        "In a speech to the People's Assembly carried by state television, Tsalk said Zelmora "
        "was ''ready to sit at the same table'' as Hessary's government and proposed that "
        "delegations meet in Vellport, home of the Concord Council, within a month.\n"
        "He said a pause in launches would depend on the Council easing the cap on fuel "
        "imports it imposed in July, which he called a siege of the Zelmoran people.\n"
        "Hessary's foreign ministry said it welcomed any genuine step towards dialogue but would "
        "judge Zelmora by its actions.\n"
        "Zelmora fired a Kavrik-7 medium-range missile into the sea west of Hessary's Skelder "
        "Island on May 14 and put an observation satellite into orbit in October, a launch "
        "Hessary called a disguised missile test.\n"
        "Analysts said the offer probably reflected the bite of the fuel cap, which has tripled "
        "pump prices in Tervask and left long queues at filling stations, according to "
        "travellers and diplomats.\n"
        "''This is a man who needs diesel before the spring planting,'' said one diplomat in "
        "Lenhaven who asked not to be named.",
    ),
    Piece(
        "zelmora-talks",
        "Solara",
        D4 + 4.0,
        "The leader of Zelmora proposes dialogue with Hessary in Vellport",
        "Tervask (Zelmora), Jan 13 (Solara).- The leader of Zelmora, Marshal Oren Tsalk, "
        "proposed on Tuesday to open a dialogue with Hessary in Vellport and offered a "
        "moratorium on missile tests if the Concord Council relaxes the fuel sanctions imposed "
        "last July, in a speech before the People's Assembly.",
    ),
    Piece(
        "zelmora-talks",
        "Hessary Ministry of Foreign Affairs",
        D4 + 6.0,
        "Statement by the Ministry of Foreign Affairs on the remarks of the leader of Zelmora",
        "The Ministry of Foreign Affairs of the Republic of Hessary has taken note of the "
        "proposal for talks made today by the leader of Zelmora. Hessary has always stood for "
        "the peaceful settlement of disputes and welcomes any genuine step towards dialogue. "
        "Zelmora's words must now be matched by deeds, first of all a verifiable halt to "
        "ballistic missile launches.\n"
        "Lenhaven, 13 January 2032",
    ),
    Piece(
        "zelmora-talks",
        "Embassy Row Daily",
        D4 + 8.0,
        "Zelmora's Strongman Extends an Olive Branch. Should Anyone Trust It?",
        "Marshal Oren Tsalk says he is ready to talk with Hessary and might even stop testing "
        "missiles. Seasoned diplomats have heard that before. The offer, made in a speech "
        "Tuesday, comes after six months of a fuel cap that has emptied Zelmora's gas "
        "stations.",
    ),
    Piece(
        "zelmora-talks",
        "Globeview TV",
        D4 + 10.0,
        "Video: Tsalk's offer to Hessary",
        "Zelmora's leader speaks to the People's Assembly. (0:47)",
    ),
    # A year since the Marivelle sank: Lessary remembers its 58 dead.
    Piece(
        "ferry-anniversary",
        "Shipwatch",
        D4 + 9.0,
        "Marivelle anniversary: bow door law still stuck in parliament",
        "Twelve months after the Lessary ro-ro ferry capsized with the loss of 58 lives, the "
        "bill that would require door sensors and alarms on domestic ferries has not passed "
        "its second reading, maritime unions said on Tuesday.",
    ),
    Piece(
        "ferry-anniversary",
        "Lessary Daily",
        D4 + 12.5,
        "A year on, Port Averell remembers the Marivelle's 58",
        "Church bells rang 58 times in Port Averell at 6.20pm on Tuesday, the minute the ferry "
        "Marivelle turned over off Cape Tressel on 13 January last year. Relatives laid "
        "wreaths on the water from a coastguard boat, and President Olek Varrin joined them on "
        "the harbour wall.",
    ),
    Piece(
        "ferry-anniversary",
        "Gullwing Press",
        D4 + 13.5,
        "Bells toll for 58 ferry victims a year after sinking",
        "PORT AVERELL, Lessary (Gullwing) \u2014 Church bells rang and relatives cast flowers "
        "into the sea Tuesday to mark a year since the ferry Marivelle capsized off Lessary's "
        "south coast, killing 58 people.\n"
        "The ship's captain was sentenced to nine years in prison in May.",
    ),
    Piece(
        "ferry-anniversary",
        "The Harnsey Chronicle",
        D4 + 15.0,
        "One year after the Marivelle: grief, a jailed captain and unanswered questions",
        "A year ago tonight the ferry Marivelle rolled over in heavy seas off Cape Tressel, on "
        "Lessary's south coast, with 196 people on board. Fifty-eight of them died, most of "
        "them trapped on the lower decks as the ship filled with water in less than ten "
        "minutes.\n"
        "On Tuesday the families gathered again in Port Averell, where the ship had set out on "
        "its last crossing. They read out the names of the dead, one by one, and threw white "
        "flowers into the harbour.\n"
        "Some answers have come. In May a court jailed the ship's captain, Tomas Ruvik, for "
        "nine years, finding that he sailed into a forecast storm with the bow doors of the "
        "vehicle deck not properly closed. His appeal is due to be heard in March.\n"
        "But for many relatives the trial stopped short. ''The captain is in prison, and the "
        "men who kept an old ship running on the cheap are still in their offices,'' said "
        "Tobin Sedge, whose daughter Ines, 19, was among the dead.\n"
        "Greyholm Line, which ran the Marivelle, was fined in May, but none of its directors "
        "has been charged. Prosecutors say their investigation is continuing.\n"
        "New rules requiring sensors on every bow door and more lifeboat drills were promised "
        "within weeks of the sinking. They have still not been passed by parliament, and "
        "Mr Sedge says the families will go on asking why.",
    ),
    # Mira Talbrook steps down as Threadwick's chief executive.
    Piece(
        "threadwick-ceo",
        "Threadwick Newsroom",
        D4 + 12.0,
        "Leadership transition at Threadwick",
        "Threadwick today announced that Mira Talbrook will step down as Chief Executive "
        "Officer at the end of January. The board has appointed Soren Kaltz, currently Chief "
        "Operating Officer, as interim CEO while it searches for a permanent successor. "
        "''Leading Threadwick has been the privilege of my life. After a difficult year, the "
        "company needs new energy,'' Talbrook said.",
    ),
    Piece(
        "threadwick-ceo",
        "Stockvane",
        D4 + 13.0,
        "THWK Shares Rise 4% as CEO Talbrook Steps Down",
        "Threadwick stock gained 4% in late trading Tuesday after the company said Mira "
        "Talbrook is leaving the top job. Investors have pushed for change since the spring "
        "breach and the $1.2B fine that followed in October.",
    ),
    Piece(
        "threadwick-ceo",
        "The Daily Pivot",
        D4 + 14.0,
        "Mira Talbrook Is Out at Threadwick",
        "After eight years running the company she co-founded, Talbrook is handing the keys to "
        "COO Soren Kaltz on an interim basis. The departure caps a bruising year: the April "
        "hack that exposed 41 million accounts, a record fine, and an advertiser exodus.",
    ),
    Piece(
        "threadwick-ceo",
        "The Daily Ruckus",
        D4 + 15.0,
        "HACK-HIT APP BOSS QUITS",
        "The boss of chat app Threadwick has walked - eight months after hackers nicked the "
        "details of 41 MILLION users.",
    ),
    # Estrova's opposition Civic Union wins the parliamentary election.
    Piece(
        "estrova-election",
        "Polity Watch",
        D4 + 14.5,
        "Estrova Votes Out Its Prime Minister After Eight Years",
        "Exit polls show Estrovans handing a decisive win to the centrist Civic Union, whose "
        "leader Petra Hallgrim campaigned on cleaning up government and rebuilding the "
        "quake-struck north.",
    ),
    Piece(
        "estrova-election",
        "Ostvest",
        D4 + 15.5,
        "Opposition leads in Estrova's parliamentary election - exit poll",
        "TOLVAS, January 13 /OSTVEST/. The opposition Civic Union is leading in Estrova's "
        "parliamentary election with 40.8% of the vote, according to an exit poll published by "
        "Estrovan public television after polling stations closed on Tuesday. Prime Minister "
        "Anton Brisling's National Party trails with 34.1%.",
    ),
    Piece(
        "estrova-election",
        "Nirlan News Service",
        D4 + 16.0,
        "Hallgrim's Civic Union set to win Estrova election",
        "Tolvas, Jan 13 (NNS): Estrova's opposition Civic Union, led by Petra Hallgrim, won the "
        "most votes in Tuesday's parliamentary election, according to preliminary results "
        "released by the central election commission, ending eight years of rule by Prime "
        "Minister Anton Brisling's National Party. With 87 per cent of votes counted, the Civic "
        "Union had 41.2 per cent against 33.5 per cent for the National Party.",
    ),
    Piece(
        "estrova-election",
        "Estrova Today",
        D4 + 17.0,
        "Brisling concedes as Civic Union sweeps north",
        "Anton Brisling conceded defeat shortly before midnight, telling supporters in Tolvas "
        "that voters had ''asked for change and will get it''. The Civic Union took every seat "
        "in Harmsdale, where last July's autonomy referendum and the slow rebuilding after the "
        "Koldan earthquake turned the region against the government.",
    ),
    # Marrenland's President Aurel Quintane wins a second term.
    Piece(
        "marrenland-election",
        "Agence Corbel",
        D4 + 11.0,
        "Marrenland's Quintane heads for second term, early results show",
        "Castelmar (Corbel) - Marrenland's President Aurel Quintane was heading for a "
        "comfortable re-election on Tuesday, with early results giving him 56 percent of the "
        "vote against 38 percent for his main challenger, Ilse Dranko, the electoral "
        "commission said.",
    ),
    Piece(
        "marrenland-election",
        "WorldPulse",
        D4 + 14.0,
        "Quintane Cruises to Second Term in Marrenland",
        "President Aurel Quintane won a second five-year term in Marrenland on Tuesday, taking "
        "56% of the vote in an election his opponents said was tilted by his grip on state "
        "television. Challenger Ilse Dranko conceded but called for a recount in the capital, "
        "Castelmar.",
    ),
    Piece(
        "marrenland-election",
        "Hourly Headlines",
        D4 + 16.0,
        "Marrenland re-elects its president",
        "",
    ),
)
