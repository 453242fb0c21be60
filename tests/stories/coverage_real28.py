"""A twenty-eighth set of multi-outlet coverage of our own (the twenty-fifth written blind),
in the form of issue #16's hidden set: world news, politics, tech and crypto, as a 2017-2018
web crawl holds them.

Written blind: without reading the clustering code (nothing under src/briefing/stories/,
src/briefing/summarize* or src/briefing/extract/), docs/history.md, README.md, the git log
(no git log, show or blame was run) or the pieces of the other sets. What went past our eyes:
the names of the files in tests/stories/; the first 110 lines of coverage_real27.py (its
docstring, imports and day constants, and the opening of its first piece: label, outlet,
time and headline, none of its text); the whole of test_coverage_real27.py; in coverage.py
its docstring, imports, T0, DAY, MONTH and Piece (lines 1-48), a list of its def and class
lines with the line where its PIECES begin (no piece), and everything from outlet_item to
check_form (items, heavy, gold, Scores, score, NOW, clustered, events, joined, scores,
guid_of, day_story, by_day, Days, per_day, check_days, check_form); the names of the entries
of ../shared and ../shared/corpus; the first 40 lines of ../shared/DESIGN.md; the ruff and
import-linter sections of pyproject.toml; and the counts of files in the tests, the source
and the shared corpus that hold each of our names (no text of them). The whole set was
written before it was first clustered, and no text or label was changed after seeing how
briefing clusters it. Every sentence is our own; the countries (Kelmora, Brisanth,
Tarquessa, Ulvenia, Morvaska, Zemlany, Poravia), the cities and places (Dravetsk,
Callowmere, Port Ulvane, Merrivick, Quessing, Lessarde, Sorrel Valley, Harnock Valley,
Kessbrook, Hessovar, Trellin, Kestovar, the Gullmere Sea, the Sennow crossing), the firms
(Quillform Semiconductor, Kettlebit, Gilcrest & Dunn, Calderwell Health, Trillo, Pellacom,
Skyvane Air, Heronline), the coin (Orrexa, ORX), the flaw (Hollowtap), the products (Korrin
chips, the Nimbra 7), the people and all 44 outlets are made up, and their main names were
checked against the tests, the source and the shared corpus so that none is shared (three
surnames that were, Kade, Sand and Marr, were renamed before the set was first run).

Its form is issue #16's hidden set (383 articles from 94 outlets over four publication days
of 2017-2018), with the kinds of pages a web crawl of those years holds: 80 items from 44
outlets over four publication days months apart, six events on each of the first two days
and five on each of the others, each told by three to five outlets, each outlet once. Most
items are a headline and one or two lines, as RSS summaries are (150 to 400 characters);
eleven are whole articles of 1,200 to 1,510 characters in five paragraphs or more: two live
blogs with timestamps ("10:42 A Brisanthian official tells us ..."), two that open with a
photo credit ("Photo: Anneli Vorst / Ulvenian Herald") and carry "Advertisement" lines
(four with such lines in all), pieces with "Read more:" and "Related:" links to other
stories in their text (some to other events of the same day or of the running topic), a
press release ("PORT ULVANE, Tarquessa, Sept. 17, 2031 /Relaywire/ --", with its "About"
and "Media Contact" blocks), an analysis and wire copy. Besides: two wires' datelines
("CALLOWMERE, May 14 (Castline) -", "PORT ULVANE, Tarquessa (PWP) \u2014") and state
media's ("DRAVETSK, 14 May (KVA) --"); three Google-News-style aggregator items whose
headline ends " - Outlet" and whose text is that headline and the outlet's name; a site that
puts its name in every headline (" | Wirebench", three events); two crypto price pages
("Orrexa Price Analysis: ..."); a blog quoting the president's post ("\u2014 Ilse Varrowby
(@IlseVarrowby) December 9, 2031"); two tabloid shouts; UK papers with Mr and Ms. Figures
come two ways ($6,000 and $6K; 1.2 billion dollars and $1.2bn; 1.8 billion dollars and
$1.8bn; 3.5% and 3.5 percent; 30% and 30 percent; 2.4 million and 2.4 mln). Six items are
under 100 characters (a "Video:" page, a "Watch:" page, a photo gallery, a radio teaser, a
one-line item and a bare headline), each labelled with its event.

The hard cases:

- four running topics whose events fall on days months apart under the same names, the
  later naming the earlier in passing, some by date ("Drest's letter of May 14", "on July
  24", "disclosed on May 14", "May 14, 2031", "its July record of $6,212"): Kelmora's
  leader offering Brisanth's president a summit (day 1), the summit in Port Ulvane (day 2)
  and Kelmora's walking out of the treaty talks (day 4); Quillform's Hollowtap flaw (day 1),
  its patch's slowdowns (day 2) and the buyers' lawsuit (day 3); Kettlebit's hack (day 1)
  and its reopening (day 3); Orrexa above $6,000 (day 2) and Poravia's ban on it (day 4);
- same-kind events of one day that must stay apart, sharing their generic words and a
  place-type word: two wildfires in two valleys (Ulvenia's Sorrel Valley and Morvaska's
  Harnock Valley, day 1); two data breaches (a department store's customers and a health
  insurer's members, both in Brisanth, day 2, one wire calling the second "the second large
  breach disclosed in the country in a single day"); two elections (Zemlany's presidential
  and Poravia's parliamentary, day 3, queues, polls and the capital in both); two planes
  (a jet off the runway at Quessing International Airport and an engine fire that turned a
  jet back to Merrivick Airport, day 4, the second's article linking the first);
- names that come back in other events: Port Ulvane (the summit, Kettlebit's home, the
  Ulvane Institute that found the flaw, the engine-fire flight's destination), Trillo (the
  fine, and the post in which Varrowby answers the walkout), Poravia (its buying of Orrexa,
  its election, its ban), Zemlany's president (the election, the quake), Brisanth's
  defence minister (his going, and the analysis of the summit's collapse), Merrivick
  (Quillform's home and court, the engine fire);
- the same event in other words, with no headline word of four letters or more in all of
  its reports (the defence minister's going with the teaser "Astley goes"; the Morvaskan
  fire; the insurer's breach with a bare headline; the walkout with "HANDSHAKE TO
  HEARTBREAK", which names nothing; the Quessing overrun), state media's reactions, an
  explainer's and a guide's teasers, two questions, labelled with their event;
- near-empty items: three media pages, a teaser, a one-line item and a bare headline.

- day 1 (Wed May 14, 2031): the summit offer (four, with state media); the Hollowtap flaw
  (four); Kettlebit's hack (four, with an aggregator item); the Sorrel Valley fire (four,
  with a "Video:" page); the Harnock Valley fire (three); the defence minister's going
  (three, with a radio teaser);
- day 2 (Thu Jul 24): the summit (five, with a live blog, state media and a "Watch:" page);
  the patch's slowdowns (four); Orrexa above $6,000 (four, with a price page); the
  department store's breach (four, with a tabloid shout); the insurer's breach (three, with
  a bare headline); Trillo's fine (three, with an aggregator item);
- day 3 (Wed Sep 17): Kettlebit reopens (four, with its press release); the lawsuit (four);
  Zemlany's election (four, with a photo gallery); Poravia's election (three, with a live
  blog); Pellacom's phone (three, with a one-line item);
- day 4 (Tue Dec 9, 2031): the walkout (four, with an analysis, state media, a tabloid
  shout and the blog quoting a post); Poravia's ban (four, with a price page and an
  aggregator item); the Quessing overrun (three); the Merrivick engine fire (three); the
  Zemlany quake (three).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real28.py).
"""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 71 * DAY  # Thu Jul 24, 2031 (71 days on: 71 = 10 weeks + 1 day)
D3 = 126 * DAY  # Wed Sep 17, 2031 (126 days on: 18 weeks)
D4 = 209 * DAY  # Tue Dec 9, 2031 (209 days on: 29 weeks + 6 days)
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # ---- Day 1, Wed May 14, 2031 ----
    # Kelmora's leader offers Brisanth's president a summit (four; a wire's whole story,
    # state media, a local paper, an explainer's teaser).
    Piece(
        "kelmora-summit-offer",
        "Castline",
        D1 + 1.0,
        "Kelmora's Drest offers to meet Brisanth's president, in first such overture",
        "CALLOWMERE, May 14 (Castline) - Kelmora's Supreme Chairman Tovrik Drest has offered to "
        "meet Brisanth's President Ilse Varrowby in person, in a letter handed to Brisanthian "
        "diplomats on Wednesday, the first such overture since the two countries' border war "
        "ended in a ceasefire nineteen years ago.\n\n"
        "The letter, carried by Kelmora's deputy foreign minister Saule Tarnovik to a crossing "
        "point on the shared frontier, proposes talks \"at a place and time of the President's "
        'choosing" and promises a halt to missile launches while preparations go on, according '
        "to two officials who have seen it.\n\n"
        "Varrowby's office confirmed it had received the letter and said the president would "
        'reply "after careful study with our allies." A spokeswoman declined to say whether a '
        "meeting could take place this year.\n\n"
        "Kelmora has fired eleven medium-range missiles into the Gullmere Sea since January, "
        "three of them over Brisanthian islands, and Callowmere has answered with the largest "
        "naval drills in its history.\n\n"
        "Diplomats in the region said neighbouring Tarquessa, which hosts the armistice "
        "commission, had quietly offered its port city of Port Ulvane as a venue.\n\n"
        '"This is the first time the Chairman has put his own name to an invitation," said '
        "Wenna Koskell, a researcher at the Callowmere Institute for Strategic Studies. "
        '"Whether it is a genuine opening or a way to buy time, Varrowby cannot easily refuse '
        'to read it."\n\n'
        "The Brisanthian crown rose 0.6 percent against the dollar on the news.",
    ),
    Piece(
        "kelmora-summit-offer",
        "Kelmoran Voice",
        D1 + 2.5,
        "Supreme Chairman extends the hand of peace to the Brisanthian people",
        "DRAVETSK, 14 May (KVA) -- Supreme Chairman Tovrik Drest on Wednesday sent a personal "
        "message to the leader of the Brisanthian authorities, proposing a meeting to end the "
        "decades of hostility imposed on the peninsula by outside powers. The Chairman's "
        "generous initiative shows the whole world who truly seeks peace, the message said.",
    ),
    Piece(
        "kelmora-summit-offer",
        "Callowmere Courier",
        D1 + 4.0,
        "Varrowby weighs Drest's invitation as allies urge caution",
        "President Ilse Varrowby spent Wednesday afternoon with her security cabinet after "
        "Kelmora's leader proposed a face-to-face meeting. Opposition leader Bertil Annesk said "
        "any summit must depend on Kelmora's missiles being dismantled, not merely paused.",
    ),
    Piece(
        "kelmora-summit-offer",
        "Meridian Notes",
        D1 + 6.0,
        "A letter from Dravetsk",
        "Kelmora's ruler wants a summit. Brisanth hasn't said no. Tarquessa has a port city "
        "ready. Our three-minute guide to the most surprising diplomatic move of the year.",
    ),
    # Researchers disclose the Hollowtap flaw in Quillform's chips (four; a tech site's
    # whole article with "Related:" links, a site with its name in every headline, a
    # markets site in Title Case, the wire; 3.5% and 3.5 percent).
    Piece(
        "quillform-chip-flaw",
        "Sockethead",
        D1 + 3.0,
        "Hollowtap flaw lets attackers read secrets from Quillform chips",
        "Security researchers on Wednesday disclosed a flaw in nearly every processor Quillform "
        "Semiconductor has shipped since 2024, one that can let a malicious program read "
        "passwords and encryption keys from the memory of other programs on the same machine.\n\n"
        "The flaw, which its finders have named Hollowtap, abuses a shortcut the chips take when "
        "they guess which instructions will be needed next. By timing how long certain memory "
        "reads take, an attacker can infer data that should be walled off, the team from the "
        "Ulvane Institute of Technology wrote in a paper published with the disclosure.\n\n"
        "Related: Kettlebit halts withdrawals after hot wallet theft\n\n"
        "Quillform said it had known about the problem since February and was working with "
        'operating system makers and cloud providers on fixes. "We are not aware of any '
        'attacks using this method outside a laboratory," chief executive Dagny Vollrath said '
        "in a statement.\n\n"
        "Cloud providers are most exposed, because their servers run code from many different "
        "customers side by side on the same Korrin processors. Several said they would patch "
        "machines over the coming weeks, which may mean brief restarts.\n\n"
        "Advertisement\n\n"
        "The researchers warned that the fix could come at a cost. Turning off the shortcut at "
        "the heart of the flaw is likely to make some workloads slower, they wrote, though how "
        "much slower will depend on the software.\n\n"
        "Related: Quillform's Korrin 9 chips reviewed: fast, hot and pricey",
    ),
    Piece(
        "quillform-chip-flaw",
        "Wirebench",
        D1 + 4.5,
        "Hollowtap: what we know about the hole in Quillform's processors | Wirebench",
        "Quillform has confirmed that the Hollowtap side-channel flaw affects its Korrin desktop "
        "and server chips going back seven years. Here's who is at risk and what to patch first.",
    ),
    Piece(
        "quillform-chip-flaw",
        "Tickerfold",
        D1 + 7.0,
        "Quillform Shares Drop 3.5% After Researchers Reveal Chip Flaw",
        "Quillform Semiconductor stock fell 3.5% on Wednesday, its worst day since March, as "
        "investors weighed the cost of fixing the Hollowtap vulnerability. Analysts at "
        "Marlsgate Capital said the fixes were unlikely to dent sales but could bring lawsuits.",
    ),
    Piece(
        "quillform-chip-flaw",
        "Castline",
        D1 + 8.5,
        "Chipmaker Quillform says fix coming for data-leak flaw; shares slide",
        "MERRIVICK, May 14 (Castline) - Quillform Semiconductor said on Wednesday it would "
        "release software fixes within weeks for a design flaw that researchers say exposes "
        "data on most of its processors. Its shares closed down 3.5 percent.",
    ),
    # Hackers empty Kettlebit's hot wallet (four; a crypto site, an aggregator item, a
    # blog, the second wire).
    Piece(
        "kettlebit-hack",
        "Chainloft",
        D1 + 2.0,
        "Kettlebit freezes withdrawals after hackers empty its hot wallet",
        "Port Ulvane-based exchange Kettlebit halted all withdrawals and deposits early on "
        "Wednesday after attackers moved roughly $410 million in Orrexa and other tokens out of "
        "its internet-connected hot wallet. The exchange said its cold storage was untouched and "
        "customer balances would be honoured.",
    ),
    Piece(
        "kettlebit-hack",
        "Newsloom",
        D1 + 3.5,
        "Crypto exchange Kettlebit says $410 million in digital coins stolen in overnight hack"
        " - Ulvane Business Journal",
        "Crypto exchange Kettlebit says $410 million in digital coins stolen in overnight hack"
        "  Ulvane Business Journal",
    ),
    Piece(
        "kettlebit-hack",
        "Satsfield",
        D1 + 5.0,
        "Kettlebit hack: on-chain sleuths trace stolen ORX to 40 fresh wallets",
        "Within hours of the Kettlebit breach, blockchain watchers had followed the stolen "
        "Orrexa through 40 newly created addresses. Some 410 million dollars' worth is still "
        "sitting there, untouched. If you have funds on the exchange, there's nothing to do but "
        "wait for now.",
    ),
    Piece(
        "kettlebit-hack",
        "Pellwick Press",
        D1 + 6.5,
        "Tarquessan police open inquiry into Kettlebit theft",
        "PORT ULVANE, Tarquessa (PWP) \u2014 Police in Tarquessa opened a criminal inquiry on "
        "Wednesday into the theft of digital currency worth about $410 million from Kettlebit, "
        "one of the country's largest cryptocurrency exchanges, and asked the firm to hand over "
        "its server logs. Chief executive Pavo Strand said the exchange would stay closed until "
        "an audit was complete.",
    ),
    # A wildfire in Ulvenia's Sorrel Valley (four; the local paper's whole article opening
    # with a photo credit and with "Advertisement" lines, a "Video:" page, a fire site, the
    # second wire).
    Piece(
        "ulvenia-wildfire",
        "Ulvenian Herald",
        D1 + 5.5,
        "Thousands flee as wildfire tears through Sorrel Valley",
        "Photo: Anneli Vorst / Ulvenian Herald\n\n"
        "More than 6,000 people were ordered out of their homes in Ulvenia's Sorrel Valley on "
        "Wednesday as a wildfire driven by hot, dry winds jumped firebreaks and burned into the "
        "edges of the wine town of Lessarde.\n\n"
        "The fire started late the night before in scrubland above the valley's eastern "
        "vineyards and had burned about 4,200 hectares by mid-afternoon, the Ulvenian Fire "
        "Service said.\n\n"
        "Advertisement\n\n"
        '"We saw the glow on the ridge at two in the morning and by six it was at the bottom '
        'of our road," said Margit Hollen, who runs a guesthouse on the Lessarde road with her '
        "husband. The couple left with their dog and a box of papers.\n\n"
        "Around 900 firefighters, backed by eight water-bombing aircraft, were working to hold "
        "the fire on the valley's northern flank, where it threatened power lines feeding the "
        "region's capital.\n\n"
        "Interior Minister Tomas Rellick said no deaths had been reported but that two "
        "firefighters were treated for burns. Schools across the valley will stay closed.\n\n"
        "Advertisement\n\n"
        "Forecasters expect the wind to ease within two days, but no rain is in sight before "
        "the end of the month.\n\n"
        "Read more: Why Ulvenia's fire season is starting earlier every year",
    ),
    Piece(
        "ulvenia-wildfire",
        "Skyreach News",
        D1 + 7.5,
        "Video: Flames race down the slopes above Sorrel Valley",
        "Residents film the fire front reaching Lessarde's vineyards.",
    ),
    Piece(
        "ulvenia-wildfire",
        "Cinderline",
        D1 + 9.0,
        "Sorrel Valley fire: 4,200 hectares burned, evacuation zone widened",
        "The Ulvenian Fire Service widened the evacuation zone around Lessarde on Wednesday "
        "evening as the wildfire's eastern edge crossed the river road. Air quality warnings "
        "now cover the whole valley and the neighbouring districts.",
    ),
    Piece(
        "ulvenia-wildfire",
        "Pellwick Press",
        D1 + 10.0,
        "Ulvenia wildfire forces 6,000 from homes, two firefighters hurt",
        "LESSARDE, Ulvenia (PWP) \u2014 A wildfire fanned by strong winds forced about 6,000 "
        "people from their homes in Ulvenia's Sorrel Valley on Wednesday and injured two "
        "firefighters, officials said. Nine hundred firefighters and eight aircraft were "
        "fighting the blaze.",
    ),
    # A forest fire in Morvaska's Harnock Valley, the same day (three, in other words).
    Piece(
        "morvaska-wildfire",
        "Morvaska Post",
        D1 + 6.0,
        "Harnock Valley residents told to leave as blaze spreads",
        "Morvaska's civil protection agency ordered the evacuation of 1,100 homes in the "
        "Harnock Valley on Wednesday as a forest fire spread east towards the village of "
        "Kessbrook. Firefighters said the fire had burned around 1,500 hectares of pine.",
    ),
    Piece(
        "morvaska-wildfire",
        "Castline",
        D1 + 11.0,
        "Morvaskan crews battle pine forest fire near Kessbrook",
        "KESSBROOK, May 14 (Castline) - Firefighters in Morvaska battled a forest fire in the "
        "Harnock Valley on Wednesday that has forced more than 1,000 households from their "
        "homes, the country's civil protection agency said. No injuries were reported.",
    ),
    Piece(
        "morvaska-wildfire",
        "Noontide Post",
        D1 + 12.5,
        "Smoke chokes northern towns",
        "Ash fell on Kessbrook's main street on Wednesday as crews fought the fire in the "
        "Harnock Valley for a second day. Morvaska's health ministry told people with asthma "
        "to stay indoors.",
    ),
    # Brisanth's defence minister resigns (three, in other words; a radio teaser that names
    # only him).
    Piece(
        "brisanth-minister-resigns",
        "Callowmere Courier",
        D1 + 9.5,
        "Defence minister Corvin Astley resigns over expenses claims",
        "Brisanth's defence minister Corvin Astley resigned on Wednesday evening, hours after "
        "the Courier reported that he had charged the ministry for more than 40 private "
        "flights. He denies wrongdoing and says he will repay any disputed sums.",
    ),
    Piece(
        "brisanth-minister-resigns",
        "Radio Corvale",
        D1 + 11.0,
        "Astley goes",
        "The defence minister quits. More at the top of the hour.",
    ),
    Piece(
        "brisanth-minister-resigns",
        "Frontbench Digest",
        D1 + 12.0,
        "Varrowby loses a second cabinet member in a month",
        "Corvin Astley's exit over his travel claims leaves President Varrowby hunting for a "
        "new defence minister in the very week Kelmora proposed a summit. Deputy minister "
        "Halla Brenn is the favourite to step up.",
    ),
    # ---- Day 2, Thu Jul 24, 2031 ----
    # The summit in Port Ulvane (five; the second wire, a live blog, state media, a
    # "Watch:" page, a UK paper).
    Piece(
        "kelmora-summit",
        "Pellwick Press",
        D2 + 7.0,
        "Drest and Varrowby meet in Port Ulvane, pledge to draw up peace treaty",
        "PORT ULVANE, Tarquessa (PWP) \u2014 Kelmora's Supreme Chairman Tovrik Drest and "
        "Brisanth's President Ilse Varrowby shook hands in the Tarquessan port city on Thursday, "
        "the first meeting of the two countries' leaders, and signed a one-page pledge to "
        "negotiate a peace treaty by the end of the year. The summit came ten weeks after "
        "Drest's letter of May 14 proposing it.",
    ),
    Piece(
        "kelmora-summit",
        "Atlas Dispatch",
        D2 + 8.0,
        "Live: Drest and Varrowby's summit in Port Ulvane",
        "07:55 Good morning from Port Ulvane, where Tarquessan police have sealed off the "
        "waterfront around the old customs house. Kelmora's Tovrik Drest and Brisanth's Ilse "
        "Varrowby are due to meet here at 9 am.\n\n"
        "08:40 Drest's motorcade has arrived. He stepped out in a grey tunic and waved briefly "
        "to the cameras without stopping.\n\n"
        "09:03 The handshake. The two leaders held it for about twelve seconds in front of the "
        "flags of both countries and of Tarquessa, whose prime minister, Ossian Vardell, stood a "
        "few paces back.\n\n"
        "10:42 A Brisanthian official tells us the talks are running long. The one-to-one "
        "session, planned for forty minutes, is now past ninety.\n\n"
        "11:30 A reminder of how we got here: in May, Drest sent Varrowby a letter proposing to "
        "meet. Callowmere picked Port Ulvane in June.\n\n"
        "12:15 They are signing something. Reporters in the room say it is a single page.\n\n"
        "12:48 The text is out. The two sides pledge to negotiate a peace treaty by December "
        "and to reopen the Sennow crossing for divided families. No mention of Kelmora's "
        "missiles.\n\n"
        '13:20 Varrowby, speaking alone: "Today we stopped shouting across the border. '
        'Tomorrow the real work starts."\n\n'
        "Related: Orrexa tops $6,000 as traders shrug off exchange hack",
    ),
    Piece(
        "kelmora-summit",
        "Kelmoran Voice",
        D2 + 9.0,
        "Historic meeting opens new era on the peninsula",
        "DRAVETSK, 24 July (KVA) -- The historic talks of Supreme Chairman Tovrik Drest with "
        "the Brisanthian leader in Port Ulvane have opened a new era of peace and prosperity "
        "for the nation, the Chairman declared. The warm meeting was possible only because of "
        "the Chairman's boundless love for all the people of the peninsula.",
    ),
    Piece(
        "kelmora-summit",
        "Grebe Gazette",
        D2 + 5.0,
        "Watch: The twelve-second handshake in Port Ulvane",
        "Drest and Varrowby meet for the first time. (1:12)",
    ),
    Piece(
        "kelmora-summit",
        "Selbury Times",
        D2 + 11.0,
        "Peace pledge signed, but Kelmora's missiles go unmentioned",
        "The single page that Mr Drest and Ms Varrowby signed on Thursday commits them to a "
        "treaty by December but says nothing about the eleven missiles Kelmora has fired this "
        "year. Diplomats in Port Ulvane called it a start, and little more.",
    ),
    # The Hollowtap patch slows servers (four; the site with its name in every headline, a
    # tech site, a benchmark blog, the wire; 30% and 30 percent).
    Piece(
        "quillform-patch-slowdown",
        "Wirebench",
        D2 + 2.5,
        "Quillform's Hollowtap patch slows some servers by up to 30% | Wirebench",
        "Benchmarks of the microcode fix for the Hollowtap flaw, disclosed on May 14, show "
        "database and storage workloads on Korrin server chips losing as much as 30% of their "
        "speed. Desktop users should notice little.",
    ),
    Piece(
        "quillform-patch-slowdown",
        "Bytegrove",
        D2 + 4.5,
        "Cloud customers complain of sluggish servers after chip fix",
        "Customers of at least three cloud providers reported on Thursday that their bills had "
        "risen and their applications slowed since the providers installed Quillform's fix for "
        "the Hollowtap vulnerability. Quillform said the impact 'should be modest for most "
        "users'.",
    ),
    Piece(
        "quillform-patch-slowdown",
        "Kernelwise",
        D2 + 6.0,
        "We benchmarked the Hollowtap microcode so you don't have to",
        "Short version: on a Korrin 9 workstation, games and browsers are within 2 percent of "
        "before. Compile jobs lost 11 percent. Our database test lost 27 percent. Full charts "
        "inside.",
    ),
    Piece(
        "quillform-patch-slowdown",
        "Castline",
        D2 + 10.0,
        "Quillform says it is working on faster fix after patch slows data centres",
        "MERRIVICK, July 24 (Castline) - Quillform Semiconductor said on Thursday it was working "
        "on a second fix for the Hollowtap chip flaw after cloud operators said the first one "
        "had cut the speed of some servers by up to 30 percent. The flaw was made public in "
        "May.",
    ),
    # Orrexa above $6,000 (four; a price page, a crypto site's whole article with "Read
    # more:" links, a question, a finance site; $6,000 and $6K).
    Piece(
        "orrexa-surge",
        "Tokenmoor",
        D2 + 1.5,
        "Orrexa Price Analysis: ORX/USD Clears $6,000 as Bulls Take Control",
        "ORX/USD broke through resistance at $5,800 overnight and traded at $6,140 at the time "
        "of writing, up 14% in 24 hours. The next resistance sits at $6,500; support at $5,650. "
        "The RSI is in overbought territory. This is not investment advice.",
    ),
    Piece(
        "orrexa-surge",
        "Chainloft",
        D2 + 3.0,
        "Orrexa smashes through $6,000 for the first time",
        "Orrexa passed $6,000 for the first time on Thursday, capping a run that has more than "
        "doubled its price since the start of June and lifted the market value of all coins in "
        "circulation above $110 billion.\n\n"
        "The token, which runs the Orrexa payments network, traded as high as $6,212 on the "
        "largest exchanges before easing back slightly, according to the price tracker "
        "Coinmetre.\n\n"
        "Read more: Kettlebit still shut ten weeks after $410 million theft\n\n"
        "Traders pointed to a surge of buying from Poravia, where the currency has lost a fifth "
        "of its value this year and where Orrexa now trades at a premium of around 8 percent "
        "over global prices.\n\n"
        '"People in Trellin are using it as a savings account," said Kasmo Oddvel, head of '
        'trading at the brokerage Silvercrane. "That is a story regulators there will not '
        'like."\n\n'
        "The rally has come despite the hack in May of the Port Ulvane exchange Kettlebit, "
        "which is still closed. Some analysts had expected the theft to weigh on prices for "
        "months.\n\n"
        "Read more: Orrexa Price Analysis: where next after $6K?\n\n"
        "Futures markets were busy too: open interest in Orrexa contracts rose to a record, a "
        "sign that much of the buying is being done with borrowed money.\n\n"
        "Others warned that the speed of the climb left the market fragile. Orrexa fell by half "
        "in three weeks the last time it doubled this quickly.",
    ),
    Piece(
        "orrexa-surge",
        "Cryptoquill",
        D2 + 6.5,
        "ORX hits $6K: what's behind the rally?",
        "Orrexa crossed $6K on Thursday. We look at the three things driving it: buying from "
        "Poravia, a shortage of coins on exchanges since the Kettlebit hack, and a wave of "
        "futures bets.",
    ),
    Piece(
        "orrexa-surge",
        "Finmarrow",
        D2 + 9.5,
        "Digital token Orrexa doubles in seven weeks",
        "Orrexa, the world's second-largest cryptocurrency by value, rose above 6,000 dollars "
        "on Thursday for the first time. Economists warned that retail savers in Poravia were "
        "carrying much of the risk.",
    ),
    # A department store chain's data breach (four; a trade paper's whole article, a
    # security blog, a UK paper, a tabloid shout).
    Piece(
        "gilcrest-breach",
        "Shopfloor Weekly",
        D2 + 2.0,
        "Gilcrest & Dunn admits hackers stole data of 9 million shoppers",
        "Department store chain Gilcrest & Dunn said on Thursday that hackers had taken the "
        "names, addresses and partial card numbers of about 9 million customers who shopped "
        "online with it over the past three years.\n\n"
        "The retailer, which runs 140 stores across Brisanth and Tarquessa, said the intruders "
        "got in through a supplier's account used to manage its loyalty scheme, and had been "
        "inside its systems for at least five weeks before staff noticed unusual traffic in "
        "early July.\n\n"
        '"We are deeply sorry," chief executive Rosalind Quarrell said in a message to customers. '
        '"Full card numbers and passwords were not taken, but we understand that this is cold '
        'comfort."\n\n'
        "The company has offered affected shoppers a year of free credit monitoring and said it "
        "had reported the breach to the data regulators of both countries.\n\n"
        "Security specialists said the pattern \u2014 a supplier's credentials, a long quiet "
        "period, then a bulk copy of the customer database \u2014 matched several recent "
        "attacks on retailers.\n\n"
        "Gilcrest & Dunn's shares fell 6 percent in early trading. The chain warned last month "
        "that sales had been weak in the spring and is in the middle of closing 20 stores.\n\n"
        "Customers who believe they are affected should be wary of emails and calls claiming "
        "to come from the company, it said.",
    ),
    Piece(
        "gilcrest-breach",
        "Breachwatch",
        D2 + 5.5,
        "Gilcrest & Dunn breach: supplier account was the way in",
        "The retailer's attackers used a loyalty-scheme vendor's login to reach the customer "
        "database, according to people familiar with the investigation. Nine million records "
        "were copied. We've asked Gilcrest & Dunn which vendor.",
    ),
    Piece(
        "gilcrest-breach",
        "Evening Wick",
        D2 + 7.0,
        "Shoppers warned of scam emails after department store hack",
        "Gilcrest & Dunn customers were told to watch for fraudsters on Thursday after the "
        "chain confirmed that the details of about 9 million shoppers had been stolen. Ms Quarrell "
        "apologised.",
    ),
    Piece(
        "gilcrest-breach",
        "Daily Roarer",
        D2 + 11.0,
        "YOUR DETAILS NICKED",
        "MILLIONS of Gilcrest & Dunn shoppers have had their names, addresses and card digits "
        "swiped by cyber crooks, the store chain admitted today.",
    ),
    # A health insurer's data breach, the same day (three, in other words; a bare
    # headline).
    Piece(
        "calderwell-breach",
        "Healthbeat",
        D2 + 3.5,
        "Calderwell Health says hackers took patient records",
        "Brisanthian health insurer Calderwell Health said on Thursday that hackers had "
        "accessed the records of 2.4 million members, including diagnosis codes and dates of "
        "birth. The insurer said it found the intrusion on July 18 and has called in police.",
    ),
    Piece(
        "calderwell-breach",
        "Tickerfold",
        D2 + 8.5,
        "Calderwell Shares Slide After Cyberattack",
        "",
    ),
    Piece(
        "calderwell-breach",
        "Pellwick Press",
        D2 + 12.0,
        "Insurer's systems breached, 2.4 mln members warned",
        "CALLOWMERE (PWP) \u2014 A cyberattack on Brisanth's third-largest health insurer, "
        "Calderwell Health, exposed the medical records of some 2.4 million members, the "
        "company said on Thursday, the second large breach disclosed in the country in a "
        "single day.",
    ),
    # Ulvenia fines the social network Trillo (three; the local paper, an aggregator item,
    # a tech site; 1.2 billion dollars and $1.2bn).
    Piece(
        "trillo-fine",
        "Ulvenian Herald",
        D2 + 6.0,
        "Trillo fined 1.2 billion dollars over users' data",
        "Ulvenia's Data Protection Board fined the social network Trillo the equivalent of 1.2 "
        "billion dollars on Thursday, the largest privacy penalty in the country's history, for "
        "sharing users' location data with advertisers without their consent.",
    ),
    Piece(
        "trillo-fine",
        "Newsloom",
        D2 + 7.5,
        "Ulvenia's privacy watchdog hits social network Trillo with record $1.2bn fine over "
        "location data - Kellborough Ledger",
        "Ulvenia's privacy watchdog hits social network Trillo with record $1.2bn fine over "
        "location data  Kellborough Ledger",
    ),
    Piece(
        "trillo-fine",
        "Sockethead",
        D2 + 10.5,
        "Trillo will appeal record Ulvenian penalty",
        "Trillo said on Thursday it would appeal the $1.2bn fine from Ulvenia's data regulator, "
        "arguing that users had agreed to location sharing in its settings. The network has 40 "
        "million users in the country.",
    ),
    # ---- Day 3, Wed Sep 17, 2031 ----
    # Kettlebit reopens four months after the hack (four; the exchange's press release, a
    # blog's question, a crypto site, the second wire).
    Piece(
        "kettlebit-reopens",
        "Relaywire",
        D3 + 1.0,
        "Kettlebit Resumes Full Trading and Withdrawals Following Independent Security Audit",
        "PORT ULVANE, Tarquessa, Sept. 17, 2031 /Relaywire/ -- Kettlebit, one of Tarquessa's "
        "leading digital asset exchanges, today announced that it has resumed full trading, "
        "deposits and withdrawals for all customers following the completion of an independent "
        "security audit.\n\n"
        "The reopening follows the unauthorized access to the company's hot wallet disclosed on "
        "May 14, 2031. All customers affected by the incident have had their balances restored "
        "in full from company reserves and a recovery fund backed by Kettlebit's "
        "shareholders.\n\n"
        '"Today marks a new beginning for Kettlebit and for the customers who stood by us," '
        'said Pavo Strand, Chief Executive Officer of Kettlebit. "We have rebuilt our platform '
        'from the ground up with security at its core."\n\n'
        "Key enhancements include:\n"
        "- Over 98% of customer assets now held in offline cold storage\n"
        "- Multi-party approval for every withdrawal from hot wallets\n"
        "- A new bug bounty program offering rewards of up to $1 million\n\n"
        "The audit was carried out by Ravelstone Security, which reviewed Kettlebit's wallet "
        "infrastructure, access controls and incident response procedures over twelve weeks.\n\n"
        "About Kettlebit\n\n"
        "Kettlebit is a digital asset exchange headquartered in Port Ulvane, Tarquessa, serving "
        "more than 2 million registered users. For more information, visit "
        "kettlebit.example.\n\n"
        "Media Contact:\n"
        "Ilka Brandt\n"
        "press@kettlebit.example",
    ),
    Piece(
        "kettlebit-reopens",
        "Satsfield",
        D3 + 3.0,
        "Kettlebit is back. Would you trust it with your coins?",
        "Four months after hackers walked off with $410 million, the Port Ulvane exchange "
        "reopened on Wednesday with a rebuilt wallet system. Withdrawal queues were long by "
        "lunchtime: a lot of users seem to want their ORX out.",
    ),
    Piece(
        "kettlebit-reopens",
        "Chainloft",
        D3 + 5.0,
        "Withdrawal rush as Kettlebit reopens its doors",
        "Users pulled the equivalent of $180 million from Kettlebit in the first six hours after "
        "the exchange resumed withdrawals on Wednesday, according to on-chain data, though "
        "deposits were also picking up.",
    ),
    Piece(
        "kettlebit-reopens",
        "Pellwick Press",
        D3 + 8.0,
        "Hacked Tarquessan crypto exchange reopens after four months",
        "PORT ULVANE, Tarquessa (PWP) \u2014 Kettlebit, the cryptocurrency exchange that lost "
        "about $410 million to hackers in May, reopened for trading on Wednesday after an "
        "outside audit, its chief executive Pavo Strand said. Police said their inquiry into "
        "the theft was continuing.",
    ),
    # Buyers sue Quillform over the flaw and the slow patch (four; a business site's whole
    # article, the wire, a tech site, an explainer's teaser; 1.8 billion dollars and $1.8bn).
    Piece(
        "quillform-lawsuit",
        "The Ledger Line",
        D3 + 2.0,
        "Quillform faces class action over Hollowtap flaw and slow patches",
        "Quillform Semiconductor was sued on Wednesday by a group of cloud operators and "
        "computer buyers who say the chipmaker sold processors it knew to be flawed and then "
        "cut their performance with a fix that left servers markedly slower.\n\n"
        "The class action, filed in the commercial court in Merrivick, seeks damages of at "
        "least 1.8 billion dollars on behalf of everyone who bought a Korrin processor, or "
        "rented one through a cloud service, since 2024.\n\n"
        "The suit leans on Quillform's own statement, made when researchers disclosed the "
        "Hollowtap flaw on May 14, that it had known of the problem since February. The "
        "plaintiffs say the company kept selling affected chips for three months without "
        "warning customers.\n\n"
        "It also cites benchmarks published in July showing that the first Hollowtap patch "
        "slowed database and storage servers by as much as 30 percent, and says buyers were "
        "never offered refunds or replacement parts.\n\n"
        '"People paid for a certain speed and they are not getting it," said Pernille Vask, '
        'a lawyer at Trask & Odell, which represents the plaintiffs. "This is a product '
        'defect, and the remedy for a defect is well established."\n\n'
        'Quillform said it would fight the claim. "Our fixes were developed together with the '
        'industry and are the responsible way to protect customers," a spokesman said.\n\n'
        "Its shares fell 2 percent in Merrivick trading.",
    ),
    Piece(
        "quillform-lawsuit",
        "Castline",
        D3 + 4.0,
        "Quillform sued for $1.8bn over chip flaw",
        "MERRIVICK, Sept 17 (Castline) - Cloud operators and computer buyers filed a class "
        "action against Quillform Semiconductor on Wednesday seeking at least $1.8bn over the "
        "Hollowtap processor flaw and a patch that slowed servers.",
    ),
    Piece(
        "quillform-lawsuit",
        "Bytegrove",
        D3 + 6.0,
        "Buyers take chipmaker to court, say fix made machines slower",
        "The lawsuit claims Quillform knew about Hollowtap for three months before the public "
        "did, and that July's fix throttled Korrin servers. It asks for refunds or replacement "
        "chips.",
    ),
    Piece(
        "quillform-lawsuit",
        "Meridian Notes",
        D3 + 9.0,
        "The Quillform lawsuit, explained",
        "What the plaintiffs want, what Quillform says, and why the case could take years. "
        "Plus: can you claim if you own a Korrin laptop?",
    ),
    # Zemlany's presidential election (four; the local paper, a photo gallery, a morning
    # paper, a teaser naming the challenger).
    Piece(
        "zemlany-election",
        "Zemlany Sentinel",
        D3 + 3.5,
        "Zemlany votes as Kadrell seeks third term against Sandrell",
        "Polls opened at 7 am across Zemlany on Wednesday in a presidential election that pits "
        "President Orrin Kadrell, in power since 2023, against opposition leader Mirela Sandrell. "
        "Queues formed early outside polling stations in the capital, Hessovar.",
    ),
    Piece(
        "zemlany-election",
        "Lenswise",
        D3 + 6.5,
        "Photos: Zemlany's presidential election",
        "Voters, ballot boxes and long queues in Hessovar. 14 photos.",
    ),
    Piece(
        "zemlany-election",
        "Morning Quay",
        D3 + 9.0,
        "Kadrell claims victory in Zemlany; opposition cries foul",
        "President Orrin Kadrell declared victory on Wednesday night with early results giving "
        "him 61 percent, while Mirela Sandrell's campaign said its observers had been barred from "
        "counting rooms in the capital.",
    ),
    Piece(
        "zemlany-election",
        "Noontide Post",
        D3 + 11.0,
        "Sandrell refuses to concede",
        "Zemlany's opposition leader Mirela Sandrell told supporters in Hessovar late on Wednesday "
        "that she would not accept the official count, which gave President Kadrell a third term "
        "with 61% of the vote.",
    ),
    # Poravia's parliamentary election, the same day (three; a live blog, the second wire,
    # a politics site).
    Piece(
        "poravia-election",
        "Poravian Observer",
        D3 + 16.0,
        "Poravia election live: Hatch's Civic Renewal heads for victory",
        "18:00 Polls have closed across Poravia. Turnout at 4 pm was 58 percent, four points "
        "higher than at the last parliamentary election.\n\n"
        "18:02 Exit poll: Joren Hatch's Civic Renewal 34 percent, Prime Minister Edda "
        "Morlund's Unity Party 26 percent, the Greens 11 percent.\n\n"
        "18:40 Cheers at Civic Renewal's party in the capital's old tram depot. Hatch has not "
        "appeared yet.\n\n"
        "19:15 With a fifth of votes counted, Civic Renewal leads in 9 of the 12 regions.\n\n"
        "19:30 Unity's campaign chief tells the broadcaster PRT that the party \"heard the "
        'anger about prices" and will not try to form a government.\n\n'
        "Advertisement\n\n"
        '19:52 Morlund concedes. "The voters have asked for change, and they will get a '
        'peaceful handover," she tells supporters in Trellin.\n\n'
        '20:30 Hatch on stage: he promises a "clean-up of the banks" and a referendum on the '
        "pension age within a year.\n\n"
        "20:05 Final turnout: 71 percent, the highest in two decades. Long queues at polling "
        "stations in the capital kept some of them open past the official close.\n\n"
        "21:10 A reminder that Civic Renewal was founded only three years ago. It will need "
        "at least one partner to govern; the Greens are the obvious choice.\n\n"
        "21:45 Count at 85 percent: Civic Renewal 33.6 percent, Unity 26.8 percent. We'll be "
        "back in the morning.",
    ),
    Piece(
        "poravia-election",
        "Pellwick Press",
        D3 + 14.5,
        "Poravian opposition party wins most seats, PM concedes",
        "TRELLIN, Poravia (PWP) \u2014 Joren Hatch's Civic Renewal party won the most seats in "
        "Poravia's parliamentary election on Wednesday, ending eight years of Unity Party rule, "
        "and Prime Minister Edda Morlund conceded defeat. Hatch will need a coalition partner.",
    ),
    Piece(
        "poravia-election",
        "Plumbline Politics",
        D3 + 16.5,
        "Three years old and already in charge: how Hatch did it",
        "Civic Renewal's win in Poravia was built on anger about the currency's slide and on "
        "Hatch's promise to take on the banks. Coalition talks with the Greens start within "
        "days.",
    ),
    # Pellacom's new folding phone (three; the site with its name in every headline, a
    # one-line item, a phone site).
    Piece(
        "pellacom-phone",
        "Wirebench",
        D3 + 2.5,
        "Pellacom Nimbra 7 hands-on: a foldable that finally feels finished | Wirebench",
        "Pellacom unveiled the Nimbra 7 on Wednesday, its third folding phone, with a crease "
        "you can barely feel, a 5,200 mAh battery and a price of $1,299. We spent an hour with "
        "it.",
    ),
    Piece(
        "pellacom-phone",
        "Gadgetloft",
        D3 + 5.5,
        "Pellacom's new foldable is here",
        "Nimbra 7: $1,299, shipping October 3.",
    ),
    Piece(
        "pellacom-phone",
        "Phonefolio",
        D3 + 7.5,
        "Nimbra 7 vs Nimbra 6: everything that changed",
        "Pellacom has shrunk the hinge, added a third rear camera and finally made the outer "
        "screen usable. Here's a full spec-by-spec comparison with last year's model.",
    ),
    # ---- Day 4, Tue Dec 9, 2031 ----
    # Kelmora walks out of the treaty talks (four, in other words; an analysis, state
    # media, a tabloid shout that names nothing, a blog quoting the president's post).
    Piece(
        "kelmora-summit-collapse",
        "Statesmith Monitor",
        D4 + 2.0,
        "Analysis: How the Port Ulvane pledge fell apart",
        "When Tovrik Drest and Ilse Varrowby signed a single page in Port Ulvane on July 24, "
        "both promised a peace treaty by December. On Tuesday, with three weeks of the year "
        "left, Kelmora announced that it was walking out of the treaty talks and would resume "
        "missile tests.\n\n"
        "The immediate trigger was Brisanth's naval exercise in the Gullmere Sea last week, "
        "which Dravetsk called a rehearsal for invasion. But the talks had been in trouble "
        "since October, when negotiators deadlocked over the order of things: Callowmere "
        "wanted Kelmora's missiles counted and capped first, Dravetsk wanted sanctions lifted "
        "first.\n\n"
        "Neither leader put much political capital into the process after the summit. "
        "Varrowby lost her defence minister to an expenses scandal in May and spent the autumn "
        "in a budget battle; Drest, diplomats say, never let his negotiators discuss the "
        "missiles at all.\n\n"
        "Tarquessa, which hosted the summit and the five rounds of talks that followed, made a "
        "last attempt at mediation this month, offering to hold a second summit at its own "
        "expense. Neither side replied.\n\n"
        "What happens next is unclear. Kelmora has not fired a missile since May 14, the day "
        "Drest's letter proposing a summit was delivered. If the tests resume, Varrowby will "
        "come under pressure to cancel the family reunions at the Sennow crossing, the one "
        "concrete result of the summer.\n\n"
        '"Both sides wanted the photograph more than the treaty," said Wenna Koskell of the '
        'Callowmere Institute for Strategic Studies. "They got the photograph."',
    ),
    Piece(
        "kelmora-summit-collapse",
        "Kelmoran Voice",
        D4 + 3.0,
        "Chairman declares that Callowmere's war games have voided the July accord",
        "DRAVETSK, 9 December (KVA) -- The reckless war drills of the Brisanthian puppet "
        "authorities have torn up the accord of Port Ulvane, Supreme Chairman Tovrik Drest "
        "declared on Tuesday. The Chairman ordered the nation's strategic forces to resume "
        "their tests in defence of the peace.",
    ),
    Piece(
        "kelmora-summit-collapse",
        "Daily Roarer",
        D4 + 5.0,
        "HANDSHAKE TO HEARTBREAK",
        "FOUR months after that famous twelve-second handshake, the peace deal is DEAD. "
        "Kelmora's tyrant stormed out of the talks today and vowed to start firing his "
        "rockets again.",
    ),
    Piece(
        "kelmora-summit-collapse",
        "Frontbench Digest",
        D4 + 7.0,
        "Varrowby: 'The door stays open'",
        "Brisanth's president has answered Kelmora's walkout from the treaty talks not with a "
        "speech but with a post on Trillo:\n\n"
        "\u201cKelmora has chosen to leave the table. Brisanth will not. The door we opened in "
        "Port Ulvane stays open.\u201d \u2014 Ilse Varrowby (@IlseVarrowby) December 9, 2031\n\n"
        "Her critics were quick to reply. Opposition leader Bertil Annesk posted: \u201cA door "
        "is not a policy.\u201d",
    ),
    # Poravia's central bank bans Orrexa (four; a price page, an aggregator item, the
    # local paper, the wire).
    Piece(
        "orrexa-ban",
        "Tokenmoor",
        D4 + 1.5,
        "Orrexa Price Analysis: ORX Sinks Below $4,000 on Poravian Trading Ban",
        "ORX/USD lost 19% overnight to trade at $3,870, far from its July peak above $6,000. "
        "Support at $3,600 is now key; a close below it opens the way to $3,100. Volume on "
        "Poravian pairs has collapsed to zero.",
    ),
    Piece(
        "orrexa-ban",
        "Newsloom",
        D4 + 3.5,
        "Poravia's central bank bans banks and exchanges from handling Orrexa, citing risks "
        "to savers - Trellin Business Daily",
        "Poravia's central bank bans banks and exchanges from handling Orrexa, citing risks to "
        "savers  Trellin Business Daily",
    ),
    Piece(
        "orrexa-ban",
        "Poravian Observer",
        D4 + 5.0,
        "Morrock: ban protects savers from 'a casino'",
        "Central bank governor Lidia Morrock defended the ban on Orrexa trading on Tuesday, "
        "saying a quarter of Poravian households had put savings into the token since the "
        "summer. Prime Minister Joren Hatch's government backed the decision.",
    ),
    Piece(
        "orrexa-ban",
        "Castline",
        D4 + 8.0,
        "Poravia bans Orrexa trading; coin falls 19 percent",
        "TRELLIN, Dec 9 (Castline) - Poravia's central bank on Tuesday banned banks, payment "
        "firms and exchanges in the country from dealing in Orrexa, sending the cryptocurrency "
        "down 19 percent, well below its July record of $6,212.",
    ),
    # A jet off the runway at Quessing in Tarquessa (three, in other words).
    Piece(
        "tarquessa-runway",
        "Taxiway Journal",
        D4 + 2.5,
        "Skyvane Air jet skids off runway at Quessing International",
        "A Skyvane Air twin-jet carrying 148 passengers slid off the end of runway 27 at "
        "Quessing International Airport in Tarquessa on Tuesday morning while landing in heavy "
        "snow. No injuries were reported; the airport closed for four hours.",
    ),
    Piece(
        "tarquessa-runway",
        "Tarquessa Today",
        D4 + 4.0,
        "Passengers walk away after landing goes wrong in snow",
        "All 148 passengers and six crew left the Skyvane Air plane by its slides on Tuesday "
        "after it overran the runway at Quessing. Investigators are looking at whether the "
        "runway had been cleared.",
    ),
    Piece(
        "tarquessa-runway",
        "Pellwick Press",
        D4 + 9.0,
        "Quessing airport shut for hours after plane overruns in snowstorm",
        "QUESSING, Tarquessa (PWP) \u2014 Quessing International Airport reopened on Tuesday "
        "afternoon after a Skyvane Air jet overran the runway in a snowstorm, the airport "
        "operator said. Nobody was hurt.",
    ),
    # An engine fire turns a jet back to Merrivick in Brisanth, the same day (three; the
    # local paper's whole article opening with a photo credit, a news channel, an aviation
    # site).
    Piece(
        "brisanth-engine-fire",
        "Callowmere Courier",
        D4 + 6.0,
        "Heronline jet makes emergency landing at Merrivick after engine fire",
        "Photo: Jesper Hallum / Callowmere Courier\n\n"
        "A Heronline passenger jet bound for Port Ulvane turned back and made an emergency "
        "landing at Merrivick Airport on Tuesday after one of its engines caught fire shortly "
        "after take-off, the airline said.\n\n"
        "The aircraft, carrying 212 passengers and eight crew, landed safely about 25 minutes "
        "after departure and was met on the runway by fire crews, who put out the flames. "
        "Passengers left by the stairs and were taken to the terminal by bus.\n\n"
        "Advertisement\n\n"
        '"There was a bang and then the cabin smelled of smoke," said Liv Darrow, who was '
        'travelling to Tarquessa for work. "The crew were amazing. Nobody screamed."\n\n'
        "Brisanth's Air Accident Investigation Branch said it had sent a team to Merrivick and "
        "that the engine would be removed for examination. Heronline said it was inspecting "
        "engines of the same type across its fleet of 31 aircraft as a precaution.\n\n"
        "Photographs posted by passengers showed a scorched engine cowling and foam on the "
        "runway. Other flights from Merrivick were held for about an hour while the runway was "
        "cleared and inspected.\n\n"
        "It is the second incident involving a Heronline jet this year, after a tyre burst on "
        "landing at Callowmere in March.\n\n"
        "Related: Skyvane Air jet skids off runway in Tarquessa snow",
    ),
    Piece(
        "brisanth-engine-fire",
        "Skyreach News",
        D4 + 7.0,
        "Engine fire forces Port Ulvane flight back to Merrivick",
        "Passengers described a loud bang and smoke in the cabin before the Heronline jet "
        "turned back to Merrivick on Tuesday. All 220 people on board got off safely.",
    ),
    Piece(
        "brisanth-engine-fire",
        "Taxiway Journal",
        D4 + 10.0,
        "Heronline checks engines across its fleet after Merrivick fire",
        "Heronline will inspect the engines of its 31 narrowbody jets after an engine fire "
        "forced one back to Merrivick Airport shortly after take-off on Tuesday. Investigators "
        "have removed the damaged engine.",
    ),
    # An earthquake in northern Zemlany (three; a quake site, the local paper, the wire).
    Piece(
        "zemlany-quake",
        "Faultline News",
        D4 + 1.0,
        "Magnitude 6.4 earthquake strikes northern Zemlany",
        "A magnitude 6.4 earthquake struck northern Zemlany at 04:12 local time on Tuesday, "
        "centred 20 km south of the town of Kestovar at a depth of 15 km. Buildings collapsed "
        "in Kestovar's old town.",
    ),
    Piece(
        "zemlany-quake",
        "Zemlany Sentinel",
        D4 + 3.5,
        "Kadrell flies to Kestovar as rescuers dig through rubble",
        "President Orrin Kadrell, re-elected in September, flew to Kestovar on Tuesday as rescue "
        "teams searched collapsed buildings for survivors. At least 23 people were killed and "
        "more than 300 injured, the emergency ministry said.",
    ),
    Piece(
        "zemlany-quake",
        "Castline",
        D4 + 6.5,
        "Zemlany quake death toll rises to 31",
        "HESSOVAR, Dec 9 (Castline) - The death toll from an earthquake that struck northern "
        "Zemlany on Tuesday rose to 31, the emergency ministry said, as rescuers worked through "
        "the night in the town of Kestovar.",
    ),
)
