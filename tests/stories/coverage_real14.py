"""A fourteenth set of multi-outlet coverage of our own, in the forms of 2017-2018 English feeds.

Written blind, like the fourth to thirteenth sets: without reading the clustering code or the
texts of the other sets (only the module docstrings of the twelfth and thirteenth, the
thirteenth's scoring tests and the helpers of coverage.py), so it measures briefing on copy
it has not been tuned on. The whole set was written before it was first clustered, and no
text was changed after seeing how briefing clusters it. Every sentence is our own; the
countries (Dravonia, Marvessa, Kelland, Corrandia, Sulawan), cities, firms, people, products
and all 41 outlets are made up, and their names were checked against the earlier sets', the
shared corpus and the source so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four real publication
days of 2017-2018), in the forms nearest it: mainstream English outlets of the American,
British, Australian and Indian kinds as their RSS feeds give them. A Reuters-like wire
("PORT AUBRIN, May 14 (Tollwire) -", "UPDATE 2-", "(Reporting by ...; Editing by ...)") and
an AP-like one ("By HELGA MARSTRAND, Lanyard Press" over "PORT AUBRIN, Marvessa (LP) —"), an
Indian wire ("SONAGARH, Feb 2 (VNS) -", "lakhs of users", the desk's initials at the end), a
press release ("/Prismwire/ --" with tickers, an "About" line and a media contact) and the
news written from it; broadsheets of the British, American and Australian kinds, a regional
paper and an island paper, business and markets sites (title-case headlines, "$4K"), crypto
sites, tech blogs with a hands-on review and a how-to, a space site and a maritime one, trade
papers for grocers, farmers, railwaymen and hospital staff, an Indian business paper, an
Indian broadsheet and an Indian TV site, TV news sites and a radio's site (a sentence each),
aggregators' one-line teasers, a tabloid under one shouted headline, a celebrity site and a
tennis site, an opinion site, and a video site's captions. 70 items from 41 outlets: 30
whole articles (1,200 to 1,800 characters, five or more paragraphs) whose background names
the running topic's earlier events, 33 RSS items of a headline and a line (100 to 250
characters), three wire briefs, and four near-empty video captions (under 100 characters,
each labelled with its event).

Its subjects are the kinds of news of issue #16's days: a reclusive state's missile over its
neighbour's island, its satellite launch, a tanker seized for passing it oil, and its
leader's olive branch of a team for the neighbour's Winter Games (one running topic on all
four days); the largest cryptocurrency's fall as a central banker signals a crackdown, the
hack of an exchange in her country and her licensing rules; a smart ring launched and
recalled over burns; former social network staff campaigning against the "addiction" they
built, and the network's time limits; a cyclone and its inquiry, with a typhoon the same
day; a dairy takeover and its blocking; two strikes on one day.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("Fennig price falls below $4,000 as Bank
  of Kelland governor signals crackdown", "Fennig Slumps to 3-Month Low Below $4K", "Fennig
  is getting absolutely hammered"; "Social network pioneers turn against what they built",
  "Former Hubbub and Glimmerly employees launch campaign against tech 'addiction'", "The
  people who built your feed want you to put your phone down"; "Kostanyk's rocket is a
  message – and it was not only meant for Port Aubrin"; "Night-time photos show how
  Dravonia's oil lifeline works"; "CRYPTO HEIST"; "Loop recall a blow to Andaro's hopes of a
  second act"; "Dravonia extends olive branch with Winter Games offer"; "Farmers cheer as
  CCMA says no to Brackwater"), a question ("Svitan-2: a weather satellite, a missile test,
  or both?"), a how-to ("Hubbub's new 'Daily Limit' is rolling out: here's how to turn it
  on"); subjects named only in the title or the body or not at all (the radio's line on the
  campaign, the tabloid's heist, the captions); figures written two or more ways ($4,000 and
  $4K; $8.4 billion, $8.4bn, $8.4 bln, 8.4 billion dollars and $8.4B; $212 million, $212M,
  212 million dollars and $212MILLION; 24,600 Fennig and 24,600 FNG; $299, US$299 and Rs
  21,990; 2,700 km and 1,700 miles; 38% and 38 per cent; $6 million and $6m); people by full
  name in one item and by surname, title or office in another ("Tregarth", "the Governor",
  "Ms Threlkeld", "Dravonia's reclusive leader", "Drummock");
- one topic, separate events on one day: Cyclone Ysolde in Corrandia and Typhoon Sepora in
  Sulawan (day 2; the AP-like report of the cyclone names the typhoon); Port Wyndle's train
  drivers' strike and Kelland's junior doctors' strike (day 3); a report of one event naming
  another in passing: a markets site's story of Fennig's fall names the Dravonian missile
  (day 1); same-day events that share a place: the ring and the campaign (Stackridge, day
  1), the hack and the doctors' strike (Kelland, day 3), the olive branch and the tennis
  title (Port Aubrin, day 4);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: Dravonia's missile (day
  1), satellite (day 2), tanker (day 3) and olive branch (day 4), each recalling the
  earlier ones (Kostanyk, Marvessa, Istrelle, Port Aubrin, the Council of Nations, the
  Hvezda-12); Fennig's fall (day 1), Brimvault's hack (day 3) and Kelland's licences (day
  4) (Tregarth, Brimvault, Dunmarrow, $4,000, $212 million); the Loop's launch (day 1) and
  recall (day 3) (Andaro, Sorrel, Stackridge, $299, Rs 21,990); the Unhook Project (day 1)
  and Hubbub's time limits (day 4) (Wrenfield, Hubbub, Glimmerly); Ysolde (day 2) and its
  inquiry (day 4) (Carrawind, Northmarch, Brannagh, category four); Brackwater's bid (day
  2) and its blocking (day 4) ($8.4 billion, $14.60 a share, 38%, the CCMA, Drummock); and
  names shared across topics (Sulawan of the typhoon and of the tanker's flag, Port Wyndle
  of Brackwater and of the strike, Carrawind of a whale and of the cyclone, Port Aubrin of
  the Dravonian datelines, a pop tour and the tennis);
- near-empty items: four video captions of the missile, the cyclone, the recall and the
  olive branch, each labelled with its event;
- features, analysis and opinion: analyses of the missile, the satellite, the tanker, the
  bid and the recall, a hands-on review of the ring, an explainer of the licences and a
  how-to of the time limits are each mainly about their event and carry its label; one
  opinion column about the wider debate on screen time carries its own ("op-screentime",
  day 1, which names neither the campaign nor its people).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): Dravonia's missile (five items); Fennig's fall (five); the
  Unhook Project (three); the Andaro Loop (three); an opinion on screen time; a whale calf
  freed off Carrawind (one);
- day 2 (Thu Jul 17): Dravonia's satellite (four); Cyclone Ysolde (four); Typhoon Sepora
  (three); Brackwater's bid for Yarrowdale (four); a pop star's tour (one);
- day 3 (Thu Oct 23): the Amber Dawn seized (four); Brimvault hacked (four); Port Wyndle's
  rail strike (three); Kelland's doctors' strike (three); the Loop recalled (four);
- day 4 (Mon Feb 2, 2032): Dravonia's Winter Games offer (four); the takeover blocked
  (three); Kelland's licences (four); the Ysolde inquiry (three); Hubbub's time limits
  (three); a tennis title (one).

Scored by tests/stories/test_coverage_real14.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 64 * DAY  # Thu Jul 17, 2031
D3 = 162 * DAY  # Thu Oct 23, 2031
D4 = 264 * DAY  # Mon Feb 2, 2032

DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    Piece(
        "dravonia-missile",
        "Tollwire",
        D1 + 1.0,
        "UPDATE 2-Dravonia fires missile over Marvessan island, sirens sound in Istrelle",
        "PORT AUBRIN, May 14 (Tollwire) - Dravonia fired an intermediate-range ballistic "
        "missile over Marvessa's northern island of Istrelle early on Wednesday, the "
        "Marvessan defence ministry said, sending residents into shelters and drawing "
        "condemnation from governments across the region.\n"
        "The missile was launched from near the Dravonian capital Tsemkar shortly before 6 "
        "a.m. local time, flew for about 19 minutes and covered some 2,700 km before "
        "falling into the sea roughly 1,100 km east of Istrelle, the ministry said. "
        "Marvessa did not try to shoot it down.\n"
        '"This is a reckless act that put the lives of our citizens at risk," Defence '
        "Minister Tomas Brekkeland told reporters in Port Aubrin. He said the armed forces "
        "had been placed on heightened alert.\n"
        "Air raid sirens sounded across Istrelle and text alerts told its 240,000 "
        "residents to take cover in solid buildings. Ferries to the island were halted for "
        "two hours.\n"
        "It was the first time a Dravonian missile had crossed Marvessan territory since "
        "2027. Analysts said the flight suggested a version of the Hvezda-12, which "
        "Dravonia first paraded last autumn.\n"
        "The Council of Nations will hold an emergency session on Thursday at Marvessa's "
        "request, diplomats said. Dravonia's state media had not commented on the launch "
        "by midday.\n"
        "(Reporting by Anneke Vastveit; Additional reporting by Jun Okabara; Editing by "
        "Paul Trevanion)",
    ),
    Piece(
        "dravonia-missile",
        "Lanyard Press",
        D1 + 2.5,
        "Dravonian missile flies over Marvessa, lands in ocean",
        "By HELGA MARSTRAND, Lanyard Press\n"
        "PORT AUBRIN, Marvessa (LP) — Dravonia launched a ballistic missile that soared "
        "over a Marvessan island on Wednesday morning, officials said, a sharp escalation "
        "that sent people scrambling for cover and rattled a region already on edge.\n"
        "The missile passed over Istrelle, a farming and fishing island of about 240,000 "
        "people, before plunging into the ocean, according to Marvessa's military. No "
        "damage to ships or aircraft was reported.\n"
        '"I was milking when the phone started screaming," said Oddny Kvale, a dairy '
        "farmer near the island's main town, Heimsund. \"We went down into the cellar with "
        'the children. What else can you do?"\n'
        'President Lisbet Haroldsen called the launch an "outrageous threat" and said '
        "she had spoken by phone with allied leaders. Marvessa has asked the Council of "
        "Nations to meet.\n"
        "Dravonia, led by Marshal Ivo Kostanyk, has carried out more than a dozen missile "
        "tests in the past year in defiance of international sanctions. It says its "
        "weapons are needed to deter an attack.\n"
        "Experts said the flight of roughly 1,700 miles showed that Dravonia's missiles "
        "could now reach military bases far to the south.\n"
        "Dravonia's state media did not immediately mention the launch, which came weeks "
        "before the Council of Nations was due to discuss new sanctions.",
    ),
    Piece(
        "dravonia-missile",
        "Beacon24",
        D1 + 3.0,
        "Dravonia launches missile over Marvessa",
        "Dravonia has fired a ballistic missile over Marvessa's island of Istrelle, "
        "setting off air raid sirens, before it crashed into the sea, officials say.",
    ),
    Piece(
        "dravonia-missile",
        "Clipreel",
        D1 + 4.0,
        "Sirens on Istrelle as missile passes overhead",
        "Residents of the Marvessan island take shelter at dawn.",
    ),
    Piece(
        "dravonia-missile",
        "The Fairhaven Gazette",
        D1 + 9.0,
        "Kostanyk's rocket is a message – and it was not only meant for Port Aubrin",
        "By Imogen Latchford, Diplomatic Editor\n"
        "When the sirens wailed over Istrelle at dawn on Wednesday, the people of that "
        "quiet island became the latest audience for a show that Marshal Ivo Kostanyk has "
        "been staging all year.\n"
        "The missile, which Marvessan officials believe was a Hvezda-12, flew farther than "
        "anything Dravonia has tested before. That says less about Marvessa, which has "
        "always been in range, than about the garrisons and ports much further south.\n"
        "Then there is the timing. The Council of Nations is due to vote next month on "
        "sanctions that would cap Dravonia's fuel imports. Firing over a neighbour's "
        "territory is a way of telling the council that pressure will be answered with "
        "more tests, not fewer.\n"
        "Marvessa's response has so far been measured. President Lisbet Haroldsen did not "
        "order an interception, and her government resisted calls from opposition MPs to "
        "expel Dravonia's trade mission. Officials privately fear that a failed intercept "
        "would be more dangerous than restraint.\n"
        "Yet restraint has its costs. Each launch that goes unanswered resets the "
        "baseline, and Tsemkar appears to have concluded that nobody will do more than "
        "convene meetings.\n"
        "The uncomfortable truth is that there is no easy option. Talks have been frozen "
        "since 2028, and Kostanyk has shown no interest in reviving them.",
    ),
    Piece(
        "fennig-fall",
        "Coinbeat",
        D1 + 1.5,
        "Fennig price falls below $4,000 as Bank of Kelland governor signals crackdown",
        "The price of Fennig fell below $4,000 on Wednesday for the first time since "
        "February after the governor of the Bank of Kelland said digital currencies should "
        "be regulated 'like any other asset that can wipe out savers'.\n"
        "Fennig, the largest cryptocurrency by market value, traded at $3,870 at 09:00 "
        "UTC, down 11.4% over 24 hours, according to Coinbeat's price index. It has now "
        "lost almost 58% since its record of $9,210 in January.\n"
        "Speaking at a banking conference in Dunmarrow, Governor Elowen Tregarth said the "
        "central bank was studying whether Kelland's exchanges should be licensed, and did "
        "not rule out restrictions on trading. 'We are not in the business of banning "
        "things lightly,' she said. 'But we are in the business of protecting people.'\n"
        "Kelland is home to Brimvault, one of the busiest Fennig exchanges in the world, "
        "and traders fear that rules there could squeeze volumes across the whole market.\n"
        "Other tokens followed Fennig down. Mintra lost 14% and Quillet 17% over the same "
        "period.\n"
        "'The market was already nervous and Tregarth gave it a reason to sell,' said "
        "Lionel Abara, head of research at the trading firm Cobalt Quay. 'Every time a "
        "regulator speaks, we relearn how much of this rally was built on the hope that "
        "none of them would.'",
    ),
    Piece(
        "fennig-fall",
        "Quaymark Markets",
        D1 + 3.5,
        "Fennig Slumps to 3-Month Low Below $4K",
        "The cryptocurrency dropped as much as 12% after Kelland's central bank chief said "
        "a crackdown on trading was on the table.",
    ),
    Piece(
        "fennig-fall",
        "Bytewell",
        D1 + 5.0,
        "Fennig is getting absolutely hammered",
        "If you bought the world's biggest cryptocurrency at Christmas, look away now. "
        "It's down nearly 60% from the peak, and a central banker just made things worse.",
    ),
    Piece(
        "fennig-fall",
        "Bullion Street",
        D1 + 8.0,
        "Crypto bloodbath: here's why Fennig is down 12% today",
        "Fennig holders are having another rough day.\n"
        "The cryptocurrency dropped as low as $3,812 on Wednesday, a level it had not seen "
        "since mid-February, and was trading at about $3,900 in the afternoon. That's a "
        "fall of around 12% since Tuesday and a loss of more than $90 billion in market "
        "value since the record high of $9,210 in January.\n"
        "The immediate trigger was a speech by Elowen Tregarth, the governor of the Bank "
        "of Kelland, who said exchanges in her country might need licences and that limits "
        "on trading were 'not off the table'. Kelland matters: Brimvault, based in "
        "Dunmarrow, handles roughly a fifth of Fennig trading by volume.\n"
        "It didn't help that investors were already in a defensive mood. Stock markets in "
        "Asia fell overnight after Dravonia fired a missile over Marvessa, and gold "
        "climbed to a two-week high as money moved into traditional havens.\n"
        "Some analysts argue the sell-off is overdone. 'Regulation is a long-term "
        "positive, because it's what lets big institutions in,' said Hattie Ferraby, a "
        "strategist at Linwood Partners. 'But in the short term, uncertainty is poison.'\n"
        "Others are less sure. Fennig has had four drops of more than 30% in the past year "
        "and recovered from each, but trading volumes are now half what they were in "
        "January.\n"
        "Smaller coins fared worse: Quillet fell 17% and Mintra 14%.",
    ),
    Piece(
        "fennig-fall",
        "NewsNook",
        D1 + 10.0,
        "Fennig tumbles after Kelland central bank warning",
        "The digital currency slid under $4,000 on Wednesday as Governor Elowen Tregarth "
        "floated licences and curbs for exchanges.",
    ),
    Piece(
        "unhook-launch",
        "The Mossgiel Times",
        D1 + 2.0,
        "Social network pioneers turn against what they built",
        "By Clara Underhay\n"
        "STACKRIDGE — They designed the notification dots, the endless feeds and the "
        "little bursts of approval that keep a billion people reaching for their phones. "
        "Now some of them want to undo their work.\n"
        "A group of former employees of Hubbub and Glimmerly, two of the most popular "
        "social networks, on Wednesday launched the Unhook Project, a campaign to persuade "
        "technology companies to design products that are less compulsive and to warn "
        "parents about the effects of heavy use on children.\n"
        '"We built systems that were optimized for one thing, which was time spent," '
        "said Tobias Wrenfield, who worked on Hubbub's news feed for six years and is the "
        "group's chairman. \"It worked better than any of us expected. That is the "
        'problem."\n'
        "The project has raised $6 million from foundations and will start with an "
        "advertising campaign in 3,000 schools, explaining how features such as autoplay "
        "and streaks are designed to hold attention. It is also lobbying lawmakers to fund "
        "research into what it calls digital dependence.\n"
        "Cassia Ormerod, one of Glimmerly's first engineers, said she had stopped letting "
        'her own children use the app. "I know what\'s behind the screen," she said.\n'
        "Hubbub said in a statement that it took wellbeing seriously and was building "
        "tools to help people manage their time. Glimmerly did not respond to a request "
        "for comment.",
    ),
    Piece(
        "unhook-launch",
        "Chipsmith",
        D1 + 4.5,
        "Former Hubbub and Glimmerly employees launch campaign against tech 'addiction'",
        "The Unhook Project, led by ex-Hubbub product manager Tobias Wrenfield, will lobby "
        "for less compulsive apps and run ads in schools.",
    ),
    Piece(
        "unhook-launch",
        "Bellcast",
        D1 + 7.0,
        "The people who built your feed want you to put your phone down",
        "Some of the engineers behind two of the world's biggest social apps say they "
        "regret what they made. They have started a campaign, with $6m of backing, to warn "
        "children and parents about how their designs keep people scrolling.",
    ),
    Piece(
        "op-screentime",
        "Undertow",
        D1 + 12.0,
        "Spare us the repentant engineers. Screen time is a question for parents",
        "Every few months a new confession arrives. A former designer from one of the big "
        "apps sits down with a journalist, looks pained, and explains that the "
        "pull-to-refresh gesture was modelled on a slot machine. We are meant to be "
        "shocked.\n"
        "I am not shocked. Neither, I suspect, are most parents who have tried to get a "
        "twelve-year-old off a tablet at bedtime. That children like things that are "
        "bright, fast and rewarding is not a revelation from inside the industry. It is "
        "the oldest observation in child-rearing.\n"
        "What bothers me about the current wave of guilt is that it takes the argument "
        "away from families and hands it back to the people who caused the problem. Now "
        "they will run the ad campaigns, advise the legislators and sit on the panels. "
        "Remorse has become a second career.\n"
        "The research on screens is also murkier than the campaigners suggest. Large "
        "studies have found small effects on wellbeing, smaller than those of skipping "
        "breakfast or sleeping badly, and the direction of cause is hard to pin down. "
        "Lonely teenagers may scroll more; it does not follow that scrolling made them "
        "lonely.\n"
        "None of this means nothing should be done. Phones should come with decent "
        "parental controls switched on from the start, and schools are right to keep them "
        "in lockers during lessons. But these are decisions for parents and teachers, not "
        "for a penitent elite.\n"
        "Put the phone down, by all means. Just don't wait for the people who made it to "
        "tell you to.",
    ),
    Piece(
        "andaro-loop",
        "Gadgetgrove",
        D1 + 6.0,
        "Hands on: the Andaro Loop puts a smartwatch on your finger",
        "Andaro has spent three years making watches that nobody in my office wears. Its "
        "answer, unveiled at its developer event in Stackridge on Wednesday, is to shrink "
        "the whole thing onto a ring.\n"
        "The Andaro Loop is a titanium band, 7.8mm wide, with a strip of display on the "
        "outside that lights up when you turn your palm towards your face. It shows the "
        "time, the name of whoever is messaging you and your step count. That's it, and "
        "that's the point.\n"
        "Inside are a heart rate sensor, a temperature sensor and a tiny haptic motor that "
        "taps your finger for notifications. Andaro says the battery lasts four days; in "
        "the hour I had with it, I couldn't test that.\n"
        "It fits better than I expected. Andaro will send a sizing kit of eight plastic "
        "dummies before you order, and my size 10 sample felt no heavier than a wedding "
        "band. The display is bright enough indoors but washed out under the spotlights of "
        "the demo floor.\n"
        "The Loop costs $299 and ships in the second week of June in black, silver and a "
        "sort of rose gold that Andaro calls 'dusk'. It works with both major phone "
        "platforms.\n"
        "Chief executive Lucan Sorrel called it 'the first wearable you forget you're "
        "wearing'. That will be the test. A gadget you forget is either perfect or in a "
        "drawer.",
    ),
    Piece(
        "andaro-loop",
        "Stackridge Business Review",
        D1 + 9.5,
        "Andaro bets on rings as smartwatch sales stall",
        "The $299 Loop is Andaro's first new product category in four years; analysts "
        "expect modest sales of about 1.5 million units in its first year.",
    ),
    Piece(
        "andaro-loop",
        "The Mercantile Standard",
        D1 + 15.0,
        "Andaro Loop smart ring to cost Rs 21,990 in India, sales from July",
        "Tech major Andaro's finger-worn wearable, priced at US$299 abroad, will be sold "
        "through its online store and select retailers in the metros from July 4.",
    ),
    Piece(
        "carrawind-whale",
        "Seven Rivers News",
        D1 + 11.0,
        "Humpback calf freed from shark net off Carrawind",
        "Marine rescuers spent three hours cutting a young humpback whale free from a "
        "shark net off Carrawind's main beach on Wednesday afternoon, with its mother "
        "circling nearby.",
    ),
    Piece(
        "dravonia-satellite",
        "Tollwire",
        D2 + 1.0,
        "Dravonia says it put satellite in orbit; Marvessa calls it a disguised missile test",
        "PORT AUBRIN, July 17 (Tollwire) - Dravonia launched a long-range rocket on "
        "Thursday that it said had placed an earth observation satellite into orbit, a "
        "move its neighbours condemned as a banned test of ballistic missile technology.\n"
        "Dravonian Central News said the Svitan-2 satellite was carried into space from "
        "the Belgorn launch centre in the country's north-west and was \"functioning "
        'normally" in a polar orbit. It said the satellite would study crops and weather.\n'
        "Marvessa's defence ministry said the rocket flew south and its stages fell into "
        "the sea west of the island of Istrelle, near the path of May's missile test. "
        "Unlike that missile, it did not cross Marvessan territory.\n"
        "Space tracking agencies in two countries said they had detected a new object in "
        "orbit but that it appeared to be tumbling, suggesting it might not be working as "
        "Dravonia claimed.\n"
        "Satellite launches by Dravonia are barred by Council of Nations resolutions, "
        "because the rockets use the same technology as intercontinental missiles. "
        "Diplomats said Marvessa would seek a new sanctions resolution after the council "
        "failed to agree one in June.\n"
        "The launch was Dravonia's first attempt to reach orbit since the original Svitan "
        "rocket exploded shortly after lift-off in 2029.\n"
        "(Reporting by Anneke Vastveit; Editing by Paul Trevanion)",
    ),
    Piece(
        "dravonia-satellite",
        "Orbital Desk",
        D2 + 5.0,
        "Svitan-2: a weather satellite, a missile test, or both?",
        "Dravonia's second try at orbiting a satellite appears to have worked, at least in "
        "part. Tracking networks picked up a new object in a 97-degree orbit at about 480 "
        "kilometres on Thursday, a few hours after the launch from Belgorn.\n"
        "Dravonian Central News described the satellite, Svitan-2, as a 200-kilogram earth "
        "observation craft with a camera able to see fields and clouds. Independent "
        "analysts are sceptical. Radar observations suggest the object is rotating every "
        "few seconds, which would make it hard to point a camera at anything.\n"
        "What is clearer is what the rocket can do. Putting even a small payload into "
        "orbit needs a three-stage vehicle with a powerful first stage, and engines that "
        "can do that could, with modest changes, carry a warhead thousands of kilometres. "
        "That is why launches like this are banned under Council of Nations resolutions.\n"
        "The rocket appears to be a stretched version of the one that blew up in 2029, "
        "with a new upper stage. Its first stage is thought to share an engine with the "
        "Hvezda-12 missile that flew over Istrelle in May.\n"
        "Whether Svitan-2 ever sends back a picture may not matter much to Tsemkar. The "
        "launch has already shown that its engineers have solved the problems of staging "
        "and guidance that defeated them two years ago.\n"
        "Expect the satellite to feature heavily on Dravonian state television, with or "
        "without photographs.",
    ),
    Piece(
        "dravonia-satellite",
        "The Port Aubrin Herald",
        D2 + 7.0,
        "Haroldsen condemns 'dangerous' Dravonian rocket launch",
        "President Lisbet Haroldsen said Thursday's launch from Belgorn broke Council of "
        "Nations resolutions and called on the council to meet within days.",
    ),
    Piece(
        "dravonia-satellite",
        "Kairav TV",
        D2 + 10.0,
        "Dravonia launches satellite, claims it will monitor weather",
        "Dravonia on Thursday launched a long-range rocket carrying what it called an "
        "earth observation satellite, drawing sharp criticism from neighbouring Marvessa.",
    ),
    Piece(
        "cyclone-ysolde",
        "The Harbourline Herald",
        D2 + 0.5,
        "Cyclone Ysolde smashes Carrawind as category four storm",
        "By Bridie Carmody and Sam Gilderoy\n"
        "Severe Tropical Cyclone Ysolde has crossed the Northmarch coast near Carrawind, "
        "tearing roofs from homes, uprooting trees and cutting power to more than 60,000 "
        "properties as wind gusts of up to 250km/h battered the town overnight.\n"
        "The category four system made landfall about 2am on Thursday, the Corrandian "
        "Weather Bureau said, before weakening slowly as it moved inland towards the "
        "cattle country west of the Dunnock Range.\n"
        "Northmarch Premier Dougal Brannagh said there had been no reports of deaths but "
        'warned the damage was "extensive". "This is a night that Carrawind will '
        'remember for a long time," he said. "Please stay indoors. The danger has not '
        'passed."\n'
        "About 3,200 people spent the night in evacuation centres, including the town's "
        "showground and two schools. Emergency crews said they had received more than 900 "
        "calls for help, many from people whose roofs had gone.\n"
        "The bureau warned of flash flooding as Ysolde dumps up to 400mm of rain on the "
        "ranges over the next two days. The Carrawind River is expected to peak on "
        "Saturday.\n"
        "It is the strongest cyclone to hit Carrawind since 2011. The federal government "
        "said defence personnel and aircraft were on standby to help with the clean-up.",
    ),
    Piece(
        "cyclone-ysolde",
        "Seven Rivers News",
        D2 + 2.0,
        "Ysolde leaves trail of destruction in Northmarch",
        "Tens of thousands of homes are without power in Carrawind after Cyclone Ysolde "
        "made landfall overnight with destructive winds.",
    ),
    Piece(
        "cyclone-ysolde",
        "Lanyard Press",
        D2 + 4.0,
        "Powerful cyclone slams northern Corrandia, ripping off roofs",
        "By CONNOR HEATHFIELD, Lanyard Press\n"
        "CARRAWIND, Corrandia (LP) — A powerful cyclone tore across the coast of northern "
        "Corrandia on Thursday, peeling the roofs off houses, toppling power lines and "
        "forcing thousands of people into shelters.\n"
        "Cyclone Ysolde hit near the town of Carrawind in Northmarch state with gusts "
        "reaching 155 mph, officials said. No deaths had been reported by late morning, "
        "but emergency crews were still struggling to reach outlying communities cut off "
        "by fallen trees.\n"
        '"It sounded like a freight train going over the house for four hours," said '
        "Maree Tulloch, 67, who sheltered in her bathroom with her husband and their dog. "
        '"When we came out, the carport was in the neighbor\'s pool."\n'
        "More than 60,000 homes and businesses lost electricity. The local utility said "
        "some might be without power for a week.\n"
        "Forecasters warned that heavy rain would bring flooding inland over the coming "
        "days, and the military was preparing to fly in supplies.\n"
        "The storm struck as another system, Typhoon Sepora, battered the Sulawan islands "
        "far to the north, where officials reported at least a dozen deaths.\n"
        "In Carrawind's main street, shopkeepers were sweeping glass from the footpaths by "
        'mid-morning. "We\'ll be open again on Monday, roof or no roof," said baker Lenny '
        "Costigan.",
    ),
    Piece(
        "cyclone-ysolde",
        "Clipreel",
        D2 + 6.0,
        "Watch: Ysolde rips through Carrawind",
        "Roofs and trees fly as the category four cyclone crosses the coast.",
    ),
    Piece(
        "typhoon-sepora",
        "The Sulawan Sentinel",
        D2 + 1.5,
        "Sepora death toll climbs to 14 as Kalinan counts the damage",
        "TAGBAROS, Kalinan — At least 14 people were killed and four remain missing after "
        "Typhoon Sepora swept across Kalinan province on Wednesday night, flattening "
        "wooden homes and triggering landslides in the hills above this coastal town, "
        "disaster officials said on Thursday.\n"
        "Most of the victims were buried when mud and rocks slid onto houses in the upland "
        "villages of Matubig and Sanlagan, said Ramon Ylagan, spokesman of the provincial "
        "disaster council. Rescuers were digging by hand because the roads were blocked.\n"
        "Sepora made landfall at 10:40 p.m. with maximum sustained winds of 185 kph and "
        "gusts of up to 230 kph, the national weather service said. It crossed into the "
        "open sea west of the province early Thursday and is moving away from land.\n"
        "More than 200,000 residents were evacuated ahead of the storm. Many remained in "
        "schools and gymnasiums on Thursday because their houses had been destroyed or "
        "were still under water.\n"
        "Governor Perpetua Lacuesta declared a state of calamity in the province, allowing "
        'the release of emergency funds. "We need rice, water and tarpaulins most of '
        'all," she said.\n'
        "Sepora is the ninth storm to hit Sulawan this year, and the deadliest.\n"
        "The Department of Social Welfare said food packs were being shipped from the "
        "capital, Puerto Amparo, but ferries to the province had yet to resume.",
    ),
    Piece(
        "typhoon-sepora",
        "Tollwire",
        D2 + 3.0,
        "Typhoon kills at least 14 in Sulawan, 200,000 flee homes",
        "PUERTO AMPARO, July 17 (Tollwire) - A typhoon killed at least 14 people in "
        "central Sulawan, most of them in landslides, and forced more than 200,000 from "
        "their homes, officials said on Thursday.\n"
        "Typhoon Sepora, packing winds of 185 km per hour, hit Kalinan province late on "
        "Wednesday before moving out to sea.\n"
        "Four people were missing. Power was cut across much of the province and dozens of "
        "domestic flights were cancelled.\n"
        "(Reporting by Ligaya Santillan; Editing by Paul Trevanion)",
    ),
    Piece(
        "typhoon-sepora",
        "Beacon24",
        D2 + 8.0,
        "Deadly typhoon hits Sulawan",
        "At least 14 people have died after Typhoon Sepora struck Sulawan's Kalinan "
        "province, causing landslides and forcing mass evacuations.",
    ),
    Piece(
        "brackwater-bid",
        "Prismwire",
        D2 + 0.5,
        "Brackwater Foods to Acquire Yarrowdale Dairies in $8.4 Billion Transaction",
        "PORT WYNDLE, Corrandia, July 17, 2031 /Prismwire/ -- Brackwater Foods Limited "
        "(CSX: BKF), one of Corrandia's largest food producers, today announced that it "
        "has entered into a definitive agreement to acquire Yarrowdale Dairies Limited "
        "(CSX: YRD) for $14.60 per share in cash, representing a total enterprise value of "
        "approximately $8.4 billion.\n"
        "The transaction brings together Brackwater's portfolio of pantry, bakery and "
        "chilled brands with Yarrowdale's milk, cheese and yoghurt business, creating a "
        "leading fresh food company with combined annual revenue of approximately $11 "
        "billion.\n"
        '"This is a transformational step for Brackwater," said Fiona Drummock, Managing '
        'Director and Chief Executive Officer of Brackwater Foods. "Together we will be '
        'better placed to invest in our farmers, our brands and our export growth."\n'
        "The offer represents a premium of 38% to Yarrowdale's closing share price on July "
        "16, 2031. The Yarrowdale board, led by Chair Ned Collingrove, unanimously "
        "recommends that shareholders vote in favour of the transaction, in the absence of "
        "a superior proposal.\n"
        "The transaction is expected to close in the first quarter of 2032, subject to "
        "approval by the Corrandian Competition and Markets Authority, Yarrowdale "
        "shareholders and the court.\n"
        "About Brackwater Foods: founded in 1921, Brackwater Foods employs more than 9,000 "
        "people.\n"
        "Media contact: Jess Arkwright, media@brackwaterfoods.example",
    ),
    Piece(
        "brackwater-bid",
        "Tollwire",
        D2 + 2.0,
        "Corrandia's Brackwater Foods to buy Yarrowdale Dairies for $8.4 bln",
        "PORT WYNDLE, July 17 (Tollwire) - Brackwater Foods said on Thursday it had agreed "
        "to buy Yarrowdale Dairies for 8.4 billion dollars including debt, in a deal that "
        "would create Corrandia's biggest fresh food group.\n"
        "Yarrowdale shares jumped 33 percent. The deal needs approval from the competition "
        "regulator.\n"
        "(Reporting by Tess Carbery; Editing by Paul Trevanion)",
    ),
    Piece(
        "brackwater-bid",
        "Bullion Street",
        D2 + 4.0,
        "Brackwater is paying a 38% premium to become Corrandia's dairy giant",
        "Brackwater Foods, the company behind half the biscuits in Corrandian pantries, is "
        "making a big bet on milk.\n"
        "The Port Wyndle-based group said on Thursday it would buy Yarrowdale Dairies for "
        "$14.60 a share in cash, valuing the dairy company at about $8.4bn including debt. "
        "That's 38% more than Yarrowdale's shares were worth on Wednesday night, and the "
        "stock duly jumped 33% to $14.11 in morning trade.\n"
        "Brackwater's own shares fell 6%, a sign some investors think it is overpaying.\n"
        "The logic, according to chief executive Fiona Drummock, is scale. Supermarkets "
        "have been squeezing suppliers for years, and a combined company with around $11bn "
        "in sales would have far more heft in negotiations. Drummock also pointed to "
        "export demand for Corrandian cheese and infant formula.\n"
        "The big question is the competition regulator. Yarrowdale processes roughly 40% "
        "of the milk produced in Corrandia's south-east, and Brackwater already owns the "
        "second-biggest yoghurt brand. Farmers' groups were quick to warn that fewer "
        "buyers would mean lower prices at the farm gate.\n"
        "'We expect the CCMA to take a long, hard look at this,' said Priyanka Vellodi, an "
        "analyst at Morrow & Finch. 'This is not a deal that sails through.'\n"
        "Brackwater expects the takeover to close early next year.",
    ),
    Piece(
        "brackwater-bid",
        "The Grocery Ledger",
        D2 + 9.0,
        "Farmers fear squeeze as Brackwater swallows Yarrowdale",
        "Dairy farmers say the $8.4 billion takeover would leave them with fewer buyers "
        "for their milk; Brackwater promises to honour existing supply contracts.",
    ),
    Piece(
        "marchmont-tour",
        "Starwhirl",
        D2 + 12.0,
        "Nettie Marchmont announces 62-date world tour",
        "The singer will kick off the 'Paper Lanterns' tour in Stackridge in March, with "
        "stops in Port Aubrin and Dunmarrow before the summer.",
    ),
    Piece(
        "dravonia-tanker",
        "Tollwire",
        D3 + 1.0,
        "Marvessa seizes tanker suspected of transferring oil to Dravonia",
        "PORT AUBRIN, Oct 23 (Tollwire) - Marvessa's coastguard has seized a "
        "Sulawan-flagged tanker suspected of transferring refined oil to a Dravonian "
        "vessel at sea in breach of international sanctions, the government said on "
        "Thursday.\n"
        "The tanker, the Amber Dawn, was boarded on Tuesday about 90 nautical miles off "
        "Istrelle and escorted to the port of Heimsund, where its 23 crew members were "
        "being questioned, the transport ministry said.\n"
        "Marvessan surveillance aircraft photographed the Amber Dawn alongside the "
        "Dravonian tanker Ryvna with hoses connected between them on the night of Oct. 12, "
        "the ministry said, publishing the images.\n"
        "Under Council of Nations sanctions adopted in August, after Dravonia's satellite "
        "launch, member states must seize ships caught supplying Dravonia with petroleum "
        "products beyond a set quota.\n"
        '"Ship-to-ship transfers are now the main way Tsemkar gets its fuel," said '
        'Defence Minister Tomas Brekkeland. "We will not allow our waters to be used for '
        'smuggling."\n'
        "Sulawan's foreign ministry said it was seeking information. The owner of the "
        "Amber Dawn, registered in a third country, could not be reached for comment.\n"
        "Marvessa's navy has stepped up patrols around Istrelle since May, when a "
        "Dravonian missile flew over the island.\n"
        "(Reporting by Anneke Vastveit; Editing by Gareth Lowood)",
    ),
    Piece(
        "dravonia-tanker",
        "Lodeline",
        D3 + 5.0,
        "Night-time photos show how Dravonia's oil lifeline works",
        "The grainy pictures released by Marvessa on Thursday show two ships lashed "
        "together in the dark, a black hose slung between their decks. They are the "
        "clearest evidence yet of how Dravonia is getting around the fuel cap imposed on "
        "it this summer.\n"
        "The ships are the Amber Dawn, a 1990s-built product tanker flagged in Sulawan, "
        "and the Ryvna, a smaller Dravonian vessel that tracking data shows has made at "
        "least six trips into the open sea since August with its transponder switched off.\n"
        "The method is simple. A foreign tanker loads diesel or petrol at a legitimate "
        "port, declares a destination elsewhere in Asia, then meets a Dravonian ship in "
        "international waters. The fuel is pumped across in a few hours and the foreign "
        "ship sails on.\n"
        "Marvessa's decision to seize the Amber Dawn is significant because it is the "
        "first time any state has enforced the summer's sanctions with a boarding. Earlier "
        "suspects were only named and shamed.\n"
        "Analysts estimate that transfers like this supply between a quarter and a third "
        "of Dravonia's refined products, enough to keep the army and the capital running.\n"
        "The Amber Dawn's owner is registered to an address above a shop in a port city "
        "where dozens of similar companies share the same two directors.",
    ),
    Piece(
        "dravonia-tanker",
        "Headline Pulse",
        D3 + 8.0,
        "Marvessa boards tanker over oil for Dravonia",
        "The Sulawan-flagged Amber Dawn was photographed pumping fuel into a Dravonian "
        "ship at sea, Port Aubrin says.",
    ),
    Piece(
        "dravonia-tanker",
        "The Deshwar Chronicle",
        D3 + 12.0,
        "Marvessa seizes oil tanker, alleges sanctions breach by Dravonia",
        "The seizure off Istrelle island is the first enforcement of sanctions that were "
        "adopted after Tsemkar's satellite launch in July.",
    ),
    Piece(
        "brimvault-hack",
        "Coinbeat",
        D3 + 2.0,
        "Brimvault hacked: $212 million in Fennig stolen from Kelland exchange",
        "Brimvault, the Dunmarrow-based exchange that is one of the world's largest venues "
        "for trading Fennig, has halted all withdrawals after hackers stole about 24,600 "
        "Fennig, worth roughly $212 million at current prices, from one of its online "
        "wallets.\n"
        "The exchange said in a blog post on Thursday that it detected 'unusual outflows' "
        "from its so-called hot wallet late on Wednesday and shut it down within forty "
        "minutes. Funds held in offline cold storage, which make up most customer "
        "deposits, were not affected, it said.\n"
        "Chief executive Oona Threlkeld said Brimvault would cover all customer losses "
        "from its own reserves. 'No customer will lose a single fenn because of this,' she "
        "wrote.\n"
        "The price of Fennig dropped 6% to $8,610 in the hours after the news, before "
        "recovering some ground. It has rallied strongly since its slump below $4,000 in "
        "May.\n"
        "Blockchain analysts said the stolen coins had been split across more than 300 "
        "addresses, a common first step before trying to launder them.\n"
        "The theft will add to pressure on the Bank of Kelland, whose governor Elowen "
        "Tregarth has been pressing for exchanges to be licensed. Kelland's finance "
        "ministry said it had been briefed.\n"
        "It is the second-largest theft from an exchange this year, after a $260 million "
        "raid on a trading platform in the spring.",
    ),
    Piece(
        "brimvault-hack",
        "Hashmark",
        D3 + 4.0,
        "Brimvault halts withdrawals after $212M hot wallet breach",
        "The Kelland exchange says it will repay users in full; attackers moved 24,600 FNG "
        "through hundreds of fresh addresses overnight.",
    ),
    Piece(
        "brimvault-hack",
        "The Dunmarrow Times",
        D3 + 7.0,
        "Hackers raid Kelland's biggest crypto exchange",
        "By Alasdair Trevose, Technology Correspondent\n"
        "Thieves have stolen cryptocurrency worth 212 million dollars from Brimvault, the "
        "Dunmarrow company that has grown from a two-person start-up into the country's "
        "best-known exchange in five years.\n"
        "The company discovered the theft shortly before midnight on Wednesday and froze "
        'withdrawals for its 1.9 million customers. It said yesterday that only its "hot '
        'wallet", which holds coins for quick transfers, had been breached.\n'
        "Oona Threlkeld, its chief executive, apologised to customers and promised they "
        "would be made whole. She declined to say how the attackers got in, citing a "
        "police investigation.\n"
        "The raid is one of the largest ever on a crypto exchange and comes at an awkward "
        "moment for an industry that has been lobbying ministers to go easy on regulation. "
        "MPs on the Treasury committee said they would call Ms Threlkeld to give evidence.\n"
        "Elowen Tregarth, the Governor of the Bank of Kelland, warned in May that "
        "exchanges should be licensed. Her remarks sent prices tumbling at the time; "
        "yesterday her allies said they now looked prescient.\n"
        "Customers gathered outside the company's offices on Wharf Street were sanguine. "
        '"I\'ve been here before," said one, a 31-year-old software tester. "It\'s '
        'crypto."',
    ),
    Piece(
        "brimvault-hack",
        "The Daily Clang",
        D3 + 10.0,
        "CRYPTO HEIST",
        "Cyber crooks nicked $212MILLION of digital cash from a Dunmarrow exchange "
        "overnight. Punters were told: don't panic, you'll get it all back.",
    ),
    Piece(
        "wyndle-rail-strike",
        "The Harbourline Herald",
        D3 + 0.5,
        "Port Wyndle commuters stranded as train drivers walk out",
        "By Jasmine Oakridge\n"
        "Hundreds of thousands of Port Wyndle commuters faced a miserable morning on "
        "Thursday as train drivers walked off the job for 24 hours, shutting down the "
        "city's suburban rail network for the first time in almost a decade.\n"
        "No WyndleRail trains were running from 4am, and replacement buses on the busiest "
        "lines were overwhelmed within an hour. Traffic on the Coastal Motorway was backed "
        "up for 18km by 7.30am.\n"
        "The Locomotive Drivers' Federation called the strike after talks over a new "
        "enterprise agreement broke down on Monday. The union is seeking a 5 per cent "
        "annual pay rise over four years and limits on driver-only trains, while "
        "WyndleRail has offered 2.5 per cent.\n"
        '"Nobody wants to strand passengers," federation secretary Gino Patrascu said at '
        'a picket line outside Central station. "But our members have gone without a pay '
        'rise for two years while the company has posted record profits."\n'
        'Transport Minister Caroline Ostlere described the strike as "a disgrace" and '
        "said the government would ask the industrial tribunal to suspend any further "
        "action.\n"
        "WyndleRail said 420,000 trips are usually made on its network on a weekday. "
        "Services are expected to resume at 4am on Friday.",
    ),
    Piece(
        "wyndle-rail-strike",
        "Seven Rivers News",
        D3 + 2.0,
        "Rail strike cripples Port Wyndle",
        "Commuters are being urged to work from home as a 24-hour train drivers' strike "
        "shuts down the entire WyndleRail network.",
    ),
    Piece(
        "wyndle-rail-strike",
        "Railhead Weekly",
        D3 + 9.0,
        "Drivers' walkout idles WyndleRail as pay talks collapse",
        "The LDF's first network-wide stoppage since 2022 follows a 2.5% offer the union "
        "called 'an insult'; the state has gone to the industrial tribunal.",
    ),
    Piece(
        "kelland-doctors-strike",
        "The Greyfriars Chronicle",
        D3 + 1.5,
        "Junior doctors begin 48-hour walkout as talks fail",
        "By Harriet Velacott, Health Editor\n"
        "Junior doctors across Kelland walked out at 8am this morning at the start of a "
        "48-hour strike that hospital leaders say will force the cancellation of more than "
        "30,000 operations and appointments.\n"
        "Only emergency care, maternity and intensive care are being covered, by senior "
        "staff. Patients have been told to turn up for appointments unless contacted by "
        "their hospital.\n"
        "The Kelland Medical Guild, which represents about 41,000 doctors in training, is "
        "demanding a 15% pay rise to make up for what it says is a decade of real-terms "
        "cuts. The Health Department has offered 4.5% this year.\n"
        "\"We don't take this lightly,\" said Dr Ifeoma Abernant, who chairs the guild's "
        'junior doctors committee, outside Dunmarrow Royal Infirmary. "But doctors are '
        'leaving for jobs abroad, and the people who stay are exhausted."\n'
        'Health Secretary Rosalind Fairclough called the strike "irresponsible" and said '
        "the offer was the largest in the public sector. She said she was willing to meet "
        'the guild but not while "a gun is held to the head of the health service".\n'
        "Further strikes are planned for November unless an agreement is reached. The "
        "guild's last walkout, in 2029, ended after three days with a deal worth 6% over "
        "two years.\n"
        "Hospital chiefs said they expected the backlog to take weeks to clear.",
    ),
    Piece(
        "kelland-doctors-strike",
        "Ward Round",
        D3 + 6.0,
        "Strike day one: 30,000 appointments off as KMG walks out",
        "Trusts report solid picket lines; Fairclough refuses to reopen the pay offer "
        "while the 48-hour action continues.",
    ),
    Piece(
        "kelland-doctors-strike",
        "Bellcast",
        D3 + 11.0,
        "Doctors strike in Kelland over pay",
        "Thousands of junior doctors in Kelland are on strike for two days, saying their "
        "pay has fallen too far behind. The government says their demands are "
        "unaffordable.",
    ),
    Piece(
        "andaro-recall",
        "Chipsmith",
        D3 + 3.0,
        "Andaro recalls every Loop ring after owners report burns",
        "Andaro is recalling all of the roughly 380,000 Loop smart rings it has sold, five "
        "months after the finger-worn gadget went on sale, following reports that the "
        "device can overheat while charging and burn its wearer.\n"
        "The company said on Thursday it had received 41 reports of rings becoming hot, "
        "including 14 in which people suffered burns to their fingers, two of them severe "
        "enough to need hospital treatment. All of the incidents happened while the ring "
        "was on its charging cradle or shortly after it was removed.\n"
        "Owners should stop wearing and charging the Loop immediately, Andaro said, and "
        "will get a full refund of the $299 price plus a $50 store credit. The company has "
        "also halted sales.\n"
        "Andaro blamed a fault in battery cells from one supplier, which it did not name, "
        "and said the problem affected rings made between May and August. It is recalling "
        "every ring to be safe.\n"
        "'We let our customers down, and I'm sorry,' chief executive Lucan Sorrel said in "
        "a video posted on the company's site. He said the Loop would return 'when we are "
        "certain it is safe', but gave no date.\n"
        "The ring was launched in May as Andaro's first new type of product in four years. "
        "Reviewers praised its comfort but questioned whether anyone needed it.",
    ),
    Piece(
        "andaro-recall",
        "The Stackridge Sentinel",
        D3 + 6.5,
        "Loop recall a blow to Andaro's hopes of a second act",
        "For Andaro, the little ring was supposed to be the start of something.\n"
        "The Stackridge company has spent most of the last decade watching its phone "
        "business shrink, and executives had pinned their hopes on wearables to carry the "
        "next chapter. The Loop, unveiled to a packed hall at the company's campus in May, "
        "was the first product of a new devices division that employs about 1,400 people "
        "here.\n"
        "On Thursday that division's flagship became the subject of one of the largest "
        "consumer electronics recalls in years. Andaro is asking owners of all 380,000 "
        "rings to send them back after reports of overheating and 14 burns.\n"
        "The financial hit is manageable: analysts at Tillbrook Securities put the cost of "
        "refunds and credits at about $140 million, against the company's $3.1 billion in "
        "cash. The damage to its reputation may be harder to repair.\n"
        '"Putting something on someone\'s finger is very intimate," said Dana Quickfall, '
        "a consumer technology analyst. \"If people think it might burn them, they won't "
        'try the next one."\n'
        "The Loop had sold faster than analysts expected, and the company had been "
        "preparing a second model for next spring. Those plans are now on hold, two people "
        "familiar with them said.\n"
        "Andaro shares fell 7.2 per cent to $41.08. The company said no jobs would be cut.",
    ),
    Piece(
        "andaro-recall",
        "Clipreel",
        D3 + 8.0,
        "Video: Andaro's Sorrel apologises for Loop burns",
        "The chief executive's message to ring owners, in full.",
    ),
    Piece(
        "andaro-recall",
        "The Mercantile Standard",
        D3 + 9.0,
        "Andaro halts Loop sales in India, offers refund of Rs 21,990",
        "Customers who bought the smart ring can return it at any authorised service "
        "centre; the company says no overheating cases have been reported in India so far.",
    ),
    Piece(
        "dravonia-games",
        "Tollwire",
        D4 + 1.0,
        "Dravonia's Kostanyk offers to send athletes to Skarnhal Games, proposes talks",
        "PORT AUBRIN, Feb 2 (Tollwire) - Dravonian leader Ivo Kostanyk offered on Monday "
        "to send a team to the Winter Games that Marvessa will host in Skarnhal this month "
        "and proposed the first talks between the two governments in almost four years, a "
        "surprise shift after a year of missile launches.\n"
        "In a speech carried by Dravonian Central News, Kostanyk said Dravonia was "
        '"willing to take the first step" and that sport could "open the door that '
        'weapons have closed". He proposed that officials meet on neutral ground as soon '
        "as next week.\n"
        "Marvessa's government welcomed the offer cautiously. President Lisbet Haroldsen's "
        'office said it would respond "in the coming days" and that any talks must '
        "address Dravonia's weapons programme.\n"
        "The Games open in Skarnhal on Feb. 14. Dravonian athletes have qualified in "
        "figure skating and cross-country skiing, organisers said.\n"
        "The overture follows a year in which Dravonia fired a missile over Marvessa's "
        "island of Istrelle in May, launched a satellite in July that its neighbours "
        "called a disguised missile test, and was accused of evading fuel sanctions at "
        "sea. The Council of Nations tightened sanctions twice in 2031.\n"
        "Analysts said Kostanyk might be trying to ease the bite of those sanctions.\n"
        "(Reporting by Anneke Vastveit; Editing by Gareth Lowood)",
    ),
    Piece(
        "dravonia-games",
        "Lanyard Press",
        D4 + 3.0,
        "Dravonia extends olive branch with Winter Games offer",
        "By HELGA MARSTRAND, Lanyard Press\n"
        "PORT AUBRIN, Marvessa (LP) — Dravonia's reclusive leader said Monday his country "
        "wants to take part in this month's Winter Games in Marvessa and is ready to talk "
        "with its neighbor, an unexpected olive branch after months of rising tension.\n"
        "Ivo Kostanyk's comments, in a televised address marking the anniversary of his "
        "father's death, were the most conciliatory he has made since taking power. He "
        'said the two nations shared "one sea and one future."\n'
        "But he also said Dravonia would not give up weapons it considers essential to its "
        'survival, and that his country\'s missile force was "complete."\n'
        "In Skarnhal, a ski town in Marvessa's central mountains, organizers scrambled to "
        "work out whether Dravonian athletes could still be registered. The deadline "
        "passed last week, but officials said exceptions could be made.\n"
        '"If they want to come and ski, let them come and ski," said Gunnar Myrvold, 58, '
        'who runs a guesthouse near the biathlon course. "Better skis than rockets."\n'
        "Some in Marvessa are wary. Opposition leader Sigrid Tennfjord said Kostanyk was "
        "trying to split Marvessa from its allies and win relief from sanctions without "
        "giving anything up.\n"
        "The offer comes after a year in which Kostanyk's military fired a missile over "
        "the Marvessan island of Istrelle and launched a rocket that put a satellite into "
        "orbit.",
    ),
    Piece(
        "dravonia-games",
        "Clipreel",
        D4 + 5.0,
        "Kostanyk: 'Sport can open the door'",
        "Excerpt from the Dravonian leader's televised speech.",
    ),
    Piece(
        "dravonia-games",
        "The Deshwar Chronicle",
        D4 + 8.0,
        "Dravonia offers to join Winter Games, seeks talks with Marvessa",
        "In a rare conciliatory speech, Dravonian leader Ivo Kostanyk said his athletes "
        "could compete at Skarnhal and proposed talks 'on neutral ground'.",
    ),
    Piece(
        "brackwater-blocked",
        "The Harbourline Herald",
        D4 + 1.5,
        "Watchdog blocks Brackwater's $8.4 billion dairy takeover",
        "By Tom Yelverton, Business Reporter\n"
        "The competition regulator has blocked Brackwater Foods' $8.4 billion takeover of "
        "Yarrowdale Dairies, ruling that the deal would leave dairy farmers in the "
        "south-east with too few buyers for their milk and push up prices for shoppers.\n"
        "The Corrandian Competition and Markets Authority said on Monday it was not "
        "satisfied that undertakings offered by Brackwater, including a pledge to sell two "
        "cheese factories, would address its concerns.\n"
        '"Farmers would be left with nowhere else to go," CCMA chairman Rhys Tallentire '
        'said. "In some regions this merged business would buy more than 60 per cent of '
        'the milk."\n'
        'Brackwater chief executive Fiona Drummock said the company was "deeply '
        'disappointed" and would consider an appeal to the Competition Tribunal. '
        "Brackwater agreed in July to pay $14.60 a share for Yarrowdale, a 38 per cent "
        "premium, and had expected the deal to complete by March.\n"
        "Yarrowdale shares fell 24 per cent to $10.55, below where they traded before the "
        "bid. Brackwater's shares rose 3 per cent.\n"
        "The Dairy Farmers' Association welcomed the ruling. Its president, Rosie "
        "Dunkerley, said farmers had feared a repeat of the price cuts of the last decade.\n"
        "Under the terms of the deal, Brackwater must now pay Yarrowdale a break fee of "
        "$84 million.",
    ),
    Piece(
        "brackwater-blocked",
        "Quaymark Markets",
        D4 + 4.0,
        "Yarrowdale Shares Plunge 24% After Regulator Rejects Brackwater Deal",
        "Yarrowdale Dairies stock sank to $10.55, below its pre-bid price, as the CCMA "
        "ruled the $8.4B takeover would hurt dairy farmers.",
    ),
    Piece(
        "brackwater-blocked",
        "Paddock Post",
        D4 + 6.0,
        "Farmers cheer as CCMA says no to Brackwater",
        "Dairy farmers in the south-east have welcomed the regulator's decision to block "
        "the Yarrowdale takeover, saying it protects the farm-gate milk price.",
    ),
    Piece(
        "kelland-ban",
        "Coinbeat",
        D4 + 2.0,
        "Kelland bans crypto trading on unlicensed exchanges; Fennig drops 9%",
        "Kelland will ban trading of Fennig and other cryptocurrencies on any exchange "
        "that does not hold a licence from its central bank, Governor Elowen Tregarth "
        "announced on Monday, in the toughest move yet by a major financial centre against "
        "the industry.\n"
        "Exchanges will have 90 days to apply for a licence, which will require them to "
        "keep customers' coins in cold storage, verify the identity of every user and hold "
        "capital equal to 8% of deposits. Those that do not qualify must close accounts "
        "held by Kelland residents.\n"
        "'We said in May that we would act if we had to,' Tregarth told a press conference "
        "in Dunmarrow. 'Since then, a Kelland exchange has lost $212 million to thieves. "
        "We have to.'\n"
        "The Fennig price fell 9% to $6,940 within an hour of the announcement. Brimvault, "
        "the Dunmarrow exchange hacked in October, said it expected to qualify for a "
        "licence and would apply immediately.\n"
        "Smaller exchanges warned that the capital rules would push them out. 'This is a "
        "ban for everybody but the biggest players,' said Feliks Ostrowicz, founder of the "
        "exchange Tallyhash.\n"
        "Traders said the rules could shift volumes to exchanges abroad. Kelland accounts "
        "for about a sixth of global Fennig trading, Coinbeat estimates.",
    ),
    Piece(
        "kelland-ban",
        "The Dunmarrow Times",
        D4 + 5.0,
        "Tregarth's crypto crackdown: what the new rules mean for you",
        "By Alasdair Trevose, Technology Correspondent\n"
        "The Bank of Kelland has announced the most sweeping rules on cryptocurrencies of "
        "any country in the region. Here is what they mean for the estimated 1.2 million "
        "Kellanders who own digital coins.\n"
        "Can I still buy Fennig? Yes, but only through an exchange licensed by the Bank. "
        "Exchanges have until early May to apply. If yours does not get a licence, it must "
        "return your coins or your money.\n"
        "Will my coins be safe? Safer. Licensed exchanges will have to keep almost all "
        "customer coins offline in so-called cold storage, which should prevent a repeat "
        "of October's theft from Brimvault, when hackers took coins worth $212 million "
        "from an internet-connected wallet.\n"
        "Is crypto being banned? Not outright. Holding coins, or buying them abroad, "
        'remains legal. Governor Elowen Tregarth insisted the aim was to "bring crypto '
        'inside the fence, not drive it out".\n'
        "Who decided this? The Bank, with backing from the Treasury, after a consultation "
        "that drew more than 4,000 responses.\n"
        "What happened to prices? Fennig fell by about 9 per cent after the announcement, "
        "to just under $7,000.\n"
        "What next? The Bank will publish the licence application in March. Ministers have "
        "promised legislation to give the rules full legal force by the summer.",
    ),
    Piece(
        "kelland-ban",
        "Vartanet",
        D4 + 9.0,
        "Kelland curbs on crypto exchanges may raise costs for Indian traders: experts",
        "SONAGARH, Feb 2 (VNS) - Indian investors who trade digital currencies on overseas "
        "platforms could face higher fees after Kelland decided to bar unlicensed "
        "exchanges from serving its residents, industry experts said on Monday.\n"
        "Several Kelland-based exchanges, including Brimvault, have lakhs of users in "
        "India and will have to spend heavily on compliance, said Anirudh Kolhatkar of the "
        "Digital Assets Forum.\n"
        "The price of Fennig fell nearly 9 per cent after the Bank of Kelland's "
        "announcement, he said. VNS KRS DMT",
    ),
    Piece(
        "kelland-ban",
        "Hashmark",
        D4 + 12.0,
        "Kelland's licence regime: 90 days, cold storage, 8% capital",
        "Tregarth's rules, announced Monday, make Kelland the first big market to require "
        "licences for FNG exchanges; Brimvault says it will apply.",
    ),
    Piece(
        "ysolde-inquiry",
        "The Pirrama Post",
        D4 + 0.5,
        "Ysolde inquiry: Carrawind was warned too late",
        "An independent inquiry into Cyclone Ysolde has found that residents of Carrawind "
        "were given as little as five hours' warning to leave low-lying streets before the "
        "category four storm crossed the coast last July.\n"
        "The report by retired judge Margaret Quilliam-Tate, released on Monday, found "
        "that the Corrandian Weather Bureau had forecast a direct hit on the town more "
        "than a day in advance, but that the Northmarch emergency management agency "
        "delayed evacuation orders while officials debated whether the storm would turn "
        "south.\n"
        '"The information was there. The decision was not," the report said. It made 31 '
        "recommendations, including a single authority with the power to order evacuations "
        "and a new siren network for coastal towns.\n"
        "Ysolde damaged or destroyed 4,100 homes in Carrawind and the surrounding shire. "
        'Nobody was killed, which the inquiry put down to "good fortune and the courage '
        'of neighbours" rather than planning.\n'
        "Premier Dougal Brannagh said the government accepted all 31 recommendations and "
        'apologised to residents. "We will do better next time," he said.\n'
        "Carrawind mayor Jodie Strathdee said many residents were still living in caravans "
        "six months on.\n"
        "The inquiry heard from 212 witnesses over 19 days of hearings in Carrawind and "
        "the state capital.",
    ),
    Piece(
        "ysolde-inquiry",
        "Seven Rivers News",
        D4 + 3.0,
        "Cyclone report finds evacuation orders came too late",
        "The Ysolde inquiry has made 31 recommendations after finding Carrawind residents "
        "received just hours of warning to leave.",
    ),
    Piece(
        "ysolde-inquiry",
        "Bellcast",
        D4 + 7.0,
        "Northmarch accepts cyclone inquiry's findings in full",
        "Premier Dougal Brannagh has apologised to the people of Carrawind after an "
        "inquiry found evacuation orders were delayed while officials argued over the "
        "storm's track.",
    ),
    Piece(
        "hubbub-limits",
        "Bytewell",
        D4 + 2.5,
        "Hubbub will now tell you when you've been scrolling too long",
        "Hubbub is finally giving you a way to make it stop.\n"
        "The social network announced on Monday that it is adding a 'Daily Limit' feature "
        "that lets you set how many minutes you want to spend in the app each day. When "
        "you hit it, Hubbub will put a full-screen reminder in front of your feed. You can "
        "dismiss it, but you have to tap twice.\n"
        "There's also a new dashboard, buried in settings, that shows how much time you've "
        "spent in the app over the past week, and a 'quiet mode' that mutes notifications "
        "at night. For users under 16, the limit will be switched on by default at 90 "
        "minutes.\n"
        "Hubbub's head of wellbeing, Ama Tsikata, said in a blog post that the company "
        "wanted people to leave the app 'feeling good about the time they spent'. She "
        "didn't mention that its ad revenue depends on the opposite.\n"
        "The changes come after months of pressure from parents' groups and from the "
        "Unhook Project, the campaign started last year by former Hubbub and Glimmerly "
        "staff including Tobias Wrenfield, who used to work on Hubbub's news feed. "
        "Wrenfield called the tools 'a good first step' but said the feed itself is still "
        "designed to be bottomless.\n"
        "Glimmerly, Hubbub's biggest rival, said it had 'nothing to announce' on similar "
        "tools.\n"
        "The features are rolling out over the next two weeks.",
    ),
    Piece(
        "hubbub-limits",
        "The Mossgiel Times",
        D4 + 6.0,
        "Hubbub adds time limits as pressure over screen addiction grows",
        "The social network's new Daily Limit will be on by default for teenagers, a "
        "concession to critics who say its feed is built to be compulsive.",
    ),
    Piece(
        "hubbub-limits",
        "Wirenest",
        D4 + 10.0,
        "Hubbub's new 'Daily Limit' is rolling out: here's how to turn it on",
        "Head to Settings, then Your Time, then Daily Limit. You can pick anything from 15 "
        "minutes to four hours, and change it whenever you like.",
    ),
    Piece(
        "orvanek-title",
        "Matchpoint Daily",
        D4 + 11.0,
        "Orvanek wins Port Aubrin title in three sets",
        "Liesl Orvanek beat the top seed 6-4, 3-6, 7-5 to claim her first title of the "
        "season at the Port Aubrin Indoor on Monday night.",
    ),
)
