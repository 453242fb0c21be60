"""A seventeenth set of multi-outlet coverage of our own, in the forms of 2017-2018 English feeds.

Written blind, like the fourth to sixteenth sets: without reading the clustering code (nothing
under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/) or the texts of
the other sets (only the module docstrings of the fifteenth and sixteenth, the first sixty
lines of test_coverage_real16.py, and the docstring and helpers of coverage.py), so it
measures briefing on copy it has not been tuned on. The whole set was written before it was
first clustered, and no text was changed after seeing how briefing clusters it. Every
sentence is our own; the countries (Daeryeo, Kharsun, Caddonia, Serrazia, Valdemora,
Kalindra, Ozkaria, Serindah, Port Meranti, Vardania, Akitsuma, Tasmerra), cities, firms,
people, products and all 42 outlets are made up, and their names were checked against the
earlier sets', the shared corpus and the source so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four real publication
days of 2017-2018), and it leans towards the wires and outlets the earlier sets lack, each in
its house form: an ANSA-like Italian wire in English ("ORVENNA, May 14 - ", quotes in
''...''), an EFE-like Spanish one ("Puerto Calixto (Valdemora), May 14 (TESELA).- ", "(Writing
by ...)"), a Yonhap-like Korean one ("(LEAD)", "(2nd LD)", "SEORYANG, May 14 (Saebyeok) --
", "(END)"), an Anadolu-like Turkish one ("Ozkaria: " headlines, a byline over "YALIBASI,
Ozkaria"), an IANS-like Indian one ("Chandrapet, Sep 10 (KNS) ", "Shri", "--KNS"), a
Bernama-like Malaysian one ("BANDAR KENANGA, Sept 10 -- ", "Datuk Seri", "-- WARTA"), a
PA-like British agency ("By Ellie Parr, CPA Transport Correspondent"), an AAP-like
Australian one ("TAP" at the end), a CNA-like Singapore broadcaster ("PORT MERANTI: "), a
Reuters-like wire's "BRIEF-" of starred capitals, its "UPDATE 1-" with "(Adds ...)" and its
credit lines, a press release wire ("/ReleaseLine/ -- ") and a company newsroom's own
release, a parliament's record of a minister's statement ("Mr Speaker", "Hon. Members: Hear,
hear."), a sports wire's scoreline ("Virtus Orvenna 2 (Caporossi 33, Zanolla 80 pen) Harlowe
United 3 (Scanzi 12, 71, Pryde 58)"), business dailies ("Rs 5.3 lakh crore", "Rs 4,200
crore", "1.9 bln euro", "600 mln euros", "31 pct", "1.2 bln dlrs", "US$1.2bn", "¥48,000",
"€9.4bn"), a markets live blog's timed updates, broadsheets, a tabloid under two shouted
headlines, regional papers, trade press (pharma, ride-hailing), a tech site, a books site, a
football site, two aggregators' one-liners, labelled opinion ("Opinion:", "Comment:",
"Analysis:" twice) and an evening paper's unlabelled column, a regulator's and a ministry's
own statements, and a video site's captions. 69 items from 42 outlets: 33 whole articles
(1,200 to 1,800 characters, five or more paragraphs) whose background names the running
topic's earlier events, 23 RSS items of a headline and a line (100 to 250 characters), nine
briefs, and four near-empty video captions (under 100 characters, each labelled with its
event); two singletons (a measles outbreak, a cabinet reshuffle).

Its subjects are the kinds of news of issue #16's days, other than the earlier sets': two
leaders' first summit at a truce village and, seven months on, their second in the northern
capital; a ride-hailing app's licence refused in a capital and, eleven months on, its appeal
won on probation; a drugmaker's dementia trial halted and, seven months on, its write-off and
job cuts; a stock market's crash over a state bank's fraud and, three months on, its record
high; an earthquake and, three months on, its aftershock among the prefab homes; a sanctions
package on a tycoon and his aluminium firm and, seven months on, a second on banks and ships;
a camera maker's smart glasses unveiled and, seven months on, its former engineers'
campaign against them; a striker's world-record transfer and, four months on, his two goals
against his old club; a refinery blast, a famous novelist's death, a measles outbreak, two
earthquakes, a ferry capsized, a bank's record penalty for money laundering and a cabinet
reshuffle.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("Eleven seconds on the concrete: a
  village holds its breath"; "ZIP IT! CAB APP BOOTED OUT OF CAPITAL"; "My driver Farid, and
  the city that just told him to find another job"; "Hundreds feared trapped as apartment
  blocks fold in eastern city"; "Black Wednesday: a year of gains gone in a single session";
  "Struggling camera maker bets on ¥48,000 smart frames"; "£204M! DARIO'S ON HIS WAY"; "Is
  any striker worth a quarter of a billion? Harlowe think so"; "Ride app can stay, judge
  rules, but only on a short leash"; "The people who designed your smart glasses want you to
  take them off"; "Booed on his return, Scanzi answers with two goals and a finger to his
  lips"), quotes as headlines ("'I heard my neighbour calling for two hours': the night a
  city fell"; "'He has promised to come to Seoryang'"; "'Systemic and prolonged': judge signs
  off on bank's laundering fine"; "'We built it. Now we're asking you not to wear it.'") and
  a question ("Analysis: Wexmouth just drew a line for the gig platforms. Will other cities
  follow?");
- subjects named only in the title, only in the body or not at all: the tabloid's cab app
  and striker, the ministry's numbered press release, the evening paper's column, the
  aggregators' ride app and glasses, the regional paper's "port city", the captions;
- people by full name with a title in one item and by surname, title or office in another
  ("President Han Seo-jin", "the Daeryeoan president", "Han"; "Kharsuni leader Ri Tae-gwang",
  "Chairman Ri"; "Chief executive Dr Ludovica Ferrandi", "Dr. Ludovica Ferrandi, Chief
  Executive Officer", "Dr Ferrandi, the chief executive"; "Finance Minister Shri Harish
  Ramaswamy", "Shri Ramaswamy"; "The Secretary of State for Foreign Affairs (Mr Alistair
  Trevennick)", "the Foreign Secretary", "Foreign Secretary Alistair Trevennick"; "Mr
  Gennady Voskin", "tycoon Gennady Voskin"; "Chief Magistrate Dame Helen Strathairn";
  "Justice Fiona McArdle", "Justice McArdle"; "Interior Minister Kerem Aslanoglu", "Minister
  Aslanoglu"; "Aiko Tanabe, President and CEO", "Lumera's chief executive"; "Dario Scanzi",
  "Dario", "the world's most expensive striker");
- figures written two or more ways: 9.4 billion euros and €9.4bn; 31% and 30 PCT (the
  halt); 6.2 per cent and 6.2%, Rs 5.3 lakh crore and 5.3 trillion rupees ($74 billion) (the
  crash); over 1.5 lakh children; $1.2 billion and US$1.2bn (Rudnal's bonds, and 1.2 bln
  dlrs when the second round recalls them); ¥48,000 and roughly $440; €1.9 billion and 1.9
  bln euro; 231 million euros and £204M; $880 million, $880m and 880 million dollars;
  45,000 drivers and 3.5 million users in both of Zippa's events;
- one kind, separate events on one day: two earthquakes, Ozkaria's (Yalibasi, 7.2) and
  Serindah's (off Pulau Tenggiri, 6.1) (day 2); two court rulings, Zippa's appeal in
  Wexmouth and Coralline Bank's penalty in Tasmerra (day 4); and same-day events that share
  a place or names: the licence refusal and the novelist's death in Wexmouth (day 1);
  Farmesio's cuts and Scanzi's transfer in Orvenna (day 3); the sanctions' second round
  announced in Wexmouth beside the appeal there, and the match and the reshuffle in Orvenna
  with Franca Delvecchio of Farmesio's two events (day 4); Harlowe of the smelter, the club
  and Zippa's other licences; Port Meranti of the second quake, the ferry, Rudnal's shares
  and Lumera's launch;
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: the Songhwa-ri summit
  (day 1) and the Ryongsan summit (day 3) (Han, Ri, Cho Min-hee, Tonggang, "complete
  denuclearisation"); Zippa's refusal (day 1) and its appeal (day 4) (the WTA, Sadia Rahman,
  the Hackney Carriage Guild, 45,000 drivers, 3.5 million users); Veritas-2 halted (day 1)
  and Farmesio's cuts (day 3) (velmerstat, Dr Ferrandi, Veritas-1, Franca Delvecchio,
  Orvenna); the Suvarna-50's crash (day 2) and its record (day 3) (Mahira National Bank, Rs
  12,900 crore, 1,412 points, Black Wednesday, Ananya Bhosle); Yalibasi's quake (day 2) and
  its aftershock (day 3) (Karasu, Kerem Aslanoglu, the Disaster and Emergency Directorate);
  the first sanctions (day 2) and the second (day 4) (Trevennick, Voskin, Rudnal, the $1.2
  billion bond); Sight unveiled (day 2) and Eyes Off's campaign (day 4) (Lumera, Aiko
  Tanabe, ¥48,000, the recording light); Scanzi's transfer (day 3) and the Champions Shield
  match (day 4) (Scanzi, Virtus Orvenna, Harlowe United); Pulau Tenggiri's quake (day 2) and
  its ferry (day 3);
- near-empty items: four video captions of the first summit, Yalibasi's quake, Scanzi's
  transfer and the match, each labelled with its event;
- features, analysis and opinion: an opinion on the first summit, analyses of Zippa's
  refusal and of the second summit, a trade paper's feature on the halted trial, a comment
  on the bank's penalty, a hands-on review of the glasses, a books site's appreciation of the
  novelist and an unlabelled column on the refusal are each mainly about their event and
  carry its label.

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): Zippa's licence refused (five items); the Songhwa-ri summit
  (four); Veritas-2 halted (three); the Puerto Calixto refinery blast (two); Margery
  Pellingham's death (two); Vellapuram's measles outbreak (one);
- day 2 (Wed Sep 10): Yalibasi's earthquake (five); the Suvarna-50's crash (four); Pulau
  Tenggiri's earthquake (three); the first Vardania sanctions (three); Lumera Sight unveiled
  (three);
- day 3 (Wed Dec 10): Scanzi's record transfer (four); the Ryongsan summit (three);
  Farmesio's cuts (three); the Suvarna-50's record (three); Yalibasi's aftershock (two); the
  Sri Tenggiri ferry (two);
- day 4 (Wed Apr 7, 2032): Zippa's appeal (four); Coralline Bank's penalty (three); the
  second Vardania sanctions (three); Eyes Off's campaign (three); the Champions Shield
  quarter-final (three); Serrazia's cabinet reshuffle (one).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real17.py holds only its form until it is first clustered)."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 119 * DAY  # Wed Sep 10, 2031
D3 = 210 * DAY  # Wed Dec 10, 2031
D4 = 329 * DAY  # Wed Apr 7, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # --- Day 1 (Wed May 14, 2031). ---
    Piece(
        "songhwa-summit",
        "Saebyeok News Agency",
        D1 + 1.5,
        "(LEAD) Han, Ri vow 'era without war' as Kharsun leader steps across truce line",
        (
            "SEORYANG, May 14 (Saebyeok) -- President Han Seo-jin and Kharsuni leader Ri "
            'Tae-gwang pledged on Wednesday to end "the era of war" between their '
            "countries, signing a joint declaration at the truce village of Songhwa-ri "
            "after the first summit between the two sides in 68 years.\n"
            "Ri crossed the concrete kerb that marks the military line at 9:28 a.m., shook "
            "hands with Han and then, in an unscripted moment, invited the Daeryeoan "
            "president to step briefly onto the Kharsuni side with him.\n"
            'The Songhwa Declaration commits both governments to "complete denuclearisation '
            'of the region", to talks on turning the 1963 armistice into a peace treaty '
            "within the year, and to reopening a liaison office staffed by officials from "
            "both capitals.\n"
            '"We have walked a short distance today, but it is the distance that was '
            'hardest to walk," Han told reporters after the two men planted a pine tree '
            "with soil brought from both sides.\n"
            'Ri said he had come "to close a painful chapter" and joked that his engineers '
            'would "have to find new hobbies" if the missile tests stopped, a remark that '
            "drew laughter from officials, according to a pool report.\n"
            "Unification Minister Cho Min-hee said working-level talks would begin next "
            "month and that family reunions could resume by the autumn.\n"
            "(END)"
        ),
    ),
    Piece(
        "songhwa-summit",
        "ReelPost",
        D1 + 3.0,
        "Watch: the handshake on the line",
        "Two leaders, one step across a concrete kerb. Video, 1:12.",
    ),
    Piece(
        "songhwa-summit",
        "Daeryeo Herald",
        D1 + 6.0,
        "Eleven seconds on the concrete: a village holds its breath",
        (
            "For the handful of soldiers who guard the blue huts of Songhwa-ri, Wednesday "
            "began like any other: polished boots, mirrored sunglasses, a wind that carries "
            "dust off the hills to the north.\n"
            "By mid-morning the village had become the most photographed place on the "
            "peninsula. More than 2,800 journalists watched on screens in a press centre an "
            "hour's drive south as Kharsun's leader walked down the steps of the Songhwa "
            "Pavilion and towards the line.\n"
            "The moment itself lasted eleven seconds. Ri Tae-gwang extended a hand; Han "
            "Seo-jin took it; and then, to the visible surprise of his own security detail, "
            "the president was led a step north and back again.\n"
            "Older residents of the border county said they had waited their whole lives to "
            'see it. "My father crossed this way in the winter of 1962 with nothing but a '
            'blanket," said Park Ok-soon, 81, who watched the broadcast in a community hall '
            'in nearby Jangdan. "He always said the door would open again."\n'
            "Not everyone was moved. Opposition lawmaker Yoon Dae-sik called the day "
            '"beautiful theatre" and warned that Kharsun had made similar promises before '
            "and broken them.\n"
            "The leaders ended the day at a banquet where the first toast was drunk in a "
            "pear brandy from Ryongsan, the Kharsuni capital, poured from a single jug for "
            "both tables."
        ),
    ),
    Piece(
        "songhwa-summit",
        "The Forum Review",
        D1 + 11.0,
        "Opinion: A walk in the garden is not a peace treaty",
        (
            "Wednesday's pictures from Songhwa-ri were genuinely moving, and nobody should "
            "sneer at two leaders who decide to talk instead of trading threats. But "
            "pictures are not verification, and a declaration is not a treaty.\n"
            'Read the text closely. It speaks of "complete denuclearisation of the region", '
            "a phrase Kharsun has used for three decades to mean that Daeryeo's allies must "
            "first withdraw their own protection. It sets no dates for inspections, names "
            "no test sites and offers no inventory of warheads.\n"
            "Chairman Ri's charm offensive also arrives at a convenient moment. His economy "
            "is squeezed by sanctions that have cut coal and textile exports by more than "
            "90 percent, and a summit photograph is the cheapest way to start loosening "
            "them.\n"
            "President Han deserves credit for the gamble. His approval rating will rise, "
            "and he has earned a second meeting. But the measure of success should be "
            "concrete: inspectors at the Tonggang engine site, a freeze on fissile "
            "material, a hotline that someone actually answers.\n"
            "Until then, the handshake belongs in the photo albums, not the history books. "
            "The hard part of the Songhwa process has not started; it begins the morning "
            "after the cameras leave.\n"
            "The author is a former arms-control negotiator and fellow at the Institute for "
            "Peninsula Studies."
        ),
    ),
    Piece(
        "zippa-licence",
        "Wexmouth Transport Authority",
        D1 + 2.0,
        "Statement: decision on Zippa Operators Ltd's private hire operator licence",
        (
            "Wexmouth Transport Authority has decided that Zippa Operators Ltd no longer "
            "meets the standard required of a licensed private hire operator. Its current "
            "licence, which ends on 30 May, will not be renewed.\n"
            "Our review found repeated failures with a bearing on passenger safety: "
            "complaints of assault passed to the police late or not at all, and medical and "
            "background checks on drivers that could not be verified.\n"
            "Zippa has 21 days to appeal and may continue to operate until any appeal "
            "process has been exhausted."
        ),
    ),
    Piece(
        "zippa-licence",
        "Caddon Press Association",
        D1 + 3.0,
        "Zippa loses Wexmouth licence as regulator says it is not 'fit and proper'",
        (
            "By Ellie Parr, CPA Transport Correspondent\n"
            "Ride-hailing app Zippa is to be stripped of its licence to operate in Wexmouth "
            "after the capital's transport regulator ruled that it no longer meets \"the "
            'standard required" of an operator.\n'
            'Wexmouth Transport Authority (WTA) cited "repeated failures" in how the firm '
            "passed on complaints of assault and in its checks on drivers.\n"
            "The decision affects around 45,000 drivers and 3.5 million people who have "
            "used the app in the city in the past three months.\n"
            "Zippa, which has 21 days to lodge an appeal and can keep operating until the "
            "process is over, said it would challenge the ruling in the courts "
            '"immediately".\n'
            "Tom Brackley, Zippa's general manager in Caddonia, said: \"Tonight tens of "
            "thousands of hard-working drivers have been told their livelihoods are "
            'expendable. We will fight this for them and for our riders."\n'
            'Mayor of Wexmouth Sadia Rahman said she fully supported the decision. "Being '
            "popular does not buy you an exemption from the safety rules every cab firm in "
            'this city follows," she said.\n'
            'The Hackney Carriage Guild said the ruling was "long overdue". By the evening '
            "more than 400,000 people had added their names to an online petition asking "
            "the regulator to think again."
        ),
    ),
    Piece(
        "zippa-licence",
        "The Daily Shout",
        D1 + 5.5,
        "ZIP IT! CAB APP BOOTED OUT OF CAPITAL",
        (
            "Bosses of the bargain taxi app used by millions are fuming tonight after town "
            "hall chiefs decided they don't pass muster. Your late-night ride home could be "
            "about to get dearer."
        ),
    ),
    Piece(
        "zippa-licence",
        "Mobility Desk",
        D1 + 8.0,
        ("Analysis: Wexmouth just drew a line for the gig platforms. Will other cities follow?"),
        (
            "The Wexmouth Transport Authority's refusal to renew Zippa's licence is not the "
            "first time a city has clashed with a ride-hailing platform, but it is the "
            "largest market yet in which a regulator has tried to switch one off entirely.\n"
            "The WTA's language was carefully chosen. By finding fault with Zippa's "
            "conduct, rather than with its business model, the regulator avoided a fight "
            "over competition law and put the focus on conduct: how the firm handled "
            "reports of assaults, and how it checked drivers' medical certificates.\n"
            "That matters for the appeal. A magistrate will be asked whether the decision "
            "was reasonable on the evidence, not whether app-based cabs should exist. "
            "Zippa's lawyers are likely to argue that it has already fixed the failings the "
            "WTA lists.\n"
            "Other Caddonian councils are watching. Stenbridge and Harlowe both renew "
            "Zippa's local licences next year, and officials in two of them told Mobility "
            'Desk they would "read the WTA\'s reasoning with great care".\n'
            "For Zippa, the capital is among its five most valuable cities in the world. "
            "Analysts estimate its Wexmouth business is worth about 30 per cent of its "
            "revenue outside its home market.\n"
            "Expect a settlement before any final ruling: the firm has every reason to "
            "offer concessions, and the regulator has shown it is prepared to use its "
            "power."
        ),
    ),
    Piece(
        "zippa-licence",
        "Wexmouth Evening Lamp",
        D1 + 10.5,
        "My driver Farid, and the city that just told him to find another job",
        (
            "Farid picks me up most Thursdays from the late shift. He is 44, has two "
            "daughters at Kingsgate primary, and drives a silver hybrid that smells faintly "
            "of pine air freshener.\n"
            "Tonight he is quiet. He heard the news on the radio at lunchtime, he says, and "
            "has been doing sums in his head ever since. The lease on the car. The "
            "insurance. The school trip in June. The ten hours a week he already spends "
            "waiting at the airport rank for fares that never come.\n"
            "I understand why the transport authority acted. The failures it describes in "
            "the reporting of attacks on passengers are serious, and any company that "
            "treats them as a paperwork problem deserves a hard lesson.\n"
            "But the people who will learn that lesson first are not the executives. They "
            "are men like Farid, who signed up because the black-cab knowledge test takes "
            "three years and he had three months of savings.\n"
            "There are about 45,000 of them in the capital. Most will carry on driving "
            "while the lawyers argue, and most will quietly download a rival app by the end "
            "of the week.\n"
            "Perhaps that is the point. Perhaps Wexmouth wants a market that punishes bad "
            "firms without punishing their drivers. If so, it should say how it intends to "
            "get there, because tonight, in a silver hybrid on the ring road, nobody seems "
            "to know."
        ),
    ),
    Piece(
        "velmerstat-halt",
        "Agenzia Telvi",
        D1 + 1.0,
        "Farmesio halts late-stage trial of dementia drug velmerstat",
        (
            "ORVENNA, May 14 - Serrazian drugmaker Farmesio on Wednesday halted its main "
            "late-stage trial of velmerstat, its experimental treatment for Alzheimer's "
            "disease, after an independent review found the drug was unlikely to meet its "
            "goal.\n"
            "The Veritas-2 study had enrolled 1,950 patients with early symptoms in 14 "
            "countries and was due to report results next year.\n"
            "''An interim analysis by the independent data monitoring committee concluded "
            "that the trial was unlikely to show a benefit on its primary endpoint,'' the "
            "company said in a statement issued before the Orvenna stock exchange opened.\n"
            "Farmesio shares were suspended for excess of losses and closed down 31% in the "
            "afternoon, wiping about 9.4 billion euros off the group's value.\n"
            "Chief executive Dr Ludovica Ferrandi called the result ''a profound "
            "disappointment for patients and families''. She said the company would keep a "
            "smaller Veritas-1 study running while it analysed the data.\n"
            "The drug, which targets clumps of protein in the brain, had been the biggest "
            "bet in Farmesio's pipeline and was expected to bring in peak annual sales of "
            "more than 5 billion euros.\n"
            "Industry Minister Franca Delvecchio said the government would ''follow "
            "closely'' any consequences for the group's 11,000 workers in Serrazia."
        ),
    ),
    Piece(
        "velmerstat-halt",
        "Brennard Wire",
        D1 + 1.5,
        "BRIEF-Farmesio Says Stops Veritas-2 Study Of Velmerstat After Futility Analysis",
        (
            "May 14 (Brennard) - Farmesio SpA:\n"
            "* SAYS IDMC INTERIM ANALYSIS FOUND VERITAS-2 UNLIKELY TO MEET PRIMARY ENDPOINT\n"
            "* SAYS DISCONTINUES VERITAS-2 PHASE III STUDY OF VELMERSTAT IN EARLY "
            "ALZHEIMER'S\n"
            "* SAYS NO NEW SAFETY SIGNALS IDENTIFIED\n"
            "* SAYS TO REVIEW 2031 GUIDANCE; R&D SPEND ON PROGRAMME WAS 310 MLN EUR IN 2030\n"
            "* SHARES INDICATED DOWN 30 PCT IN PRE-MARKET TRADE\n"
            "Source text for Brennard Desk: (bit.ly/farmesio-veritas2)\n"
            "(Reporting by Chiara Benedetti; Editing by Tom Ellery)"
        ),
    ),
    Piece(
        "velmerstat-halt",
        "Pharma Pipeline Weekly",
        D1 + 7.0,
        "Another amyloid hypothesis casualty: what stopped Veritas-2",
        (
            "When a data monitoring committee calls a halt on futility, it is usually "
            "telling a sponsor something it half knew already. Farmesio's announcement on "
            "Wednesday that the Veritas-2 study of velmerstat would stop looks, in "
            "hindsight, like one of those moments.\n"
            "Velmerstat is an antibody designed to clear plaques of a sticky protein from "
            "the brain. The mechanism worked in the mid-stage study, where scans showed "
            "plaques shrinking, but the signal on memory and daily function was always "
            "thin: a difference of 0.4 points on a 18-point scale.\n"
            "Investors were told that a larger, longer trial would separate the curves. "
            "Instead the interim look found they were not moving apart at all.\n"
            "Farmesio's share price told the story. The company lost almost a third of its "
            "market value, about €9.4bn, in a single session, and its bonds weakened as "
            "analysts cut their sales forecasts to zero.\n"
            "Dr Ludovica Ferrandi, who staked her tenure on the drug, told analysts on a "
            'call that "the science of plaque clearance is not dead", pointing to two rival '
            "programmes still running. Several analysts asked whether the smaller Veritas-1 "
            "study was worth continuing.\n"
            "The broader lesson is familiar. Dozens of drugs that attack the same protein "
            "have now failed in late-stage testing, and the field's patience, and its "
            "funding, are thinning."
        ),
    ),
    Piece(
        "calixto-blast",
        "Agencia Tesela",
        D1 + 4.0,
        "Three dead, 27 injured in blast at Valdemoran refinery in Puerto Calixto",
        (
            "Puerto Calixto (Valdemora), May 14 (TESELA).- Three workers died and 27 people "
            "were injured on Wednesday in an explosion followed by a fire at the Petrovalde "
            "refinery in Puerto Calixto, on the southern coast of Valdemora, regional "
            "emergency services reported.\n"
            "The blast occurred at 07:40 local time in a distillation unit that was being "
            "restarted after maintenance, according to a company spokesman, who said the "
            "causes were being investigated.\n"
            "Eleven of the injured, among them two firefighters, were taken to the Hospital "
            "del Mar, where four remained in serious condition with burns, the regional "
            "health department said.\n"
            "The column of black smoke could be seen from more than 30 kilometres away, and "
            "the town council asked residents of the neighbourhoods of La Ribera and San "
            "Cosme to keep their windows closed as a precaution.\n"
            "The Minister of Industry, Rocío Albarrán, travelled to the city and expressed "
            "her condolences to the families, and announced that the labour inspectorate "
            "would open an inquiry.\n"
            "The unions CSV and UGO called a stoppage of ten minutes on Thursday at all "
            "Petrovalde sites in memory of the dead.\n"
            "Petrovalde said the fire was under control by midday and that the refinery, "
            "which processes 220,000 barrels a day, would remain partly shut.\n"
            "(Writing by Marta Iglesias)"
        ),
    ),
    Piece(
        "calixto-blast",
        "Calixto Bay Herald",
        D1 + 9.0,
        "'The windows shook, then the sky went black': a port city counts the cost",
        (
            "Residents of La Ribera describe the morning blast at the refinery, the "
            "ambulances and the smoke that hung over the bay until well into the afternoon."
        ),
    ),
    Piece(
        "author-death",
        "Wexmouth Chronicle",
        D1 + 4.5,
        "Margery Pellingham, author of The Lantern Keepers, dies aged 88",
        (
            "The Caddonian novelist, whose seafaring trilogy sold more than 20 million "
            "copies, died peacefully at her home in Wexmouth, her publisher said."
        ),
    ),
    Piece(
        "author-death",
        "Bookbench",
        D1 + 6.5,
        "The writer who made us love the tide: remembering Margery Pellingham",
        (
            "Margery Pellingham, who died on Wednesday at her home in Wexmouth at the age "
            "of 88, wrote her first novel on the backs of shipping invoices in her father's "
            "chandlery, and never quite lost the habit of thinking in cargoes and "
            "crossings.\n"
            "That first book, The Lantern Keepers, was turned down by eleven publishers "
            "before a small house in Stenbridge took it in 1971. It went on to sell more "
            "than 20 million copies, spawned two sequels and a television series, and was "
            "set for a generation of Caddonian schoolchildren.\n"
            "Her heroines were lighthouse keepers, pilots' widows, a girl who smuggles "
            "letters across a blockaded estuary. Critics sometimes called the books "
            "old-fashioned; readers never did.\n"
            "Pellingham was made a Dame in 2009 but rarely used the title, and she refused "
            "every invitation to appear at literary festivals after 1998, saying she "
            'preferred "the company of my desk".\n'
            "Her publisher, Harrow & Quill, said she had finished a final novel last "
            'winter, which will be published next spring. "Margery was the most punctual '
            'writer we ever had," said her editor of thirty years, Joan Thackeray. "She '
            "delivered her last manuscript a month early, with a note saying she wanted to "
            'be sure."\n'
            "She is survived by her son, Peter, and three grandchildren. Tributes were led "
            'by the Culture Secretary, who called her "the voice of our coastline".'
        ),
    ),
    Piece(
        "measles-kalindra",
        "Kalindra News Service",
        D1 + 3.5,
        "Measles outbreak: 140 children in hospital in Vellapuram district",
        (
            "Vellapuram, May 14 (KNS) Nearly 140 children have been admitted to hospitals "
            "in Vellapuram district after a measles outbreak spread through four villages, "
            "health officials said on Wednesday.\n"
            "District Collector Shri R. Anbalagan said a vaccination drive covering over "
            "1.5 lakh children would begin on Monday, and that two deaths were being "
            "investigated.\n"
            "Officials said coverage of the second vaccine dose in the affected block was "
            "below 60 per cent.\n"
            "--KNS"
        ),
    ),
    # --- Day 2 (Wed Sep 10, 2031). ---
    Piece(
        "ozkaria-quake",
        "Meridyen Agency",
        D2 + 1.0,
        "Ozkaria: 7.2 magnitude quake jolts Yalibasi province",
        (
            "By Dilan Karaduman\n"
            "YALIBASI, Ozkaria\n"
            "A magnitude 7.2 earthquake struck Ozkaria's eastern Yalibasi province early "
            "Wednesday, the country's disaster authority said, collapsing buildings and "
            "sending residents running into the streets in darkness.\n"
            "The quake hit at 04.17 local time at a depth of 9 kilometers, with its "
            "epicenter near the town of Karasu, some 25 kilometers north of the provincial "
            "capital, according to the Disaster and Emergency Directorate.\n"
            "Interior Minister Kerem Aslanoglu told reporters at the scene that at least 96 "
            "people had been killed and more than 1,100 injured. ''Our teams are working at "
            "74 collapsed buildings. We are racing against time,'' he said.\n"
            "More than 3,400 search and rescue personnel, along with sniffer dogs and "
            "thermal cameras, were sent to the region from 28 provinces, while tents and "
            "field kitchens were set up in the city's football stadium.\n"
            "President Levent Sarigul canceled a scheduled trip abroad and was expected to "
            "visit the area in the afternoon. ''The state stands with every one of our "
            "citizens in Yalibasi,'' he said on social media.\n"
            "At least 212 aftershocks were recorded in the first six hours, the strongest "
            "of them measuring 5.4.\n"
            "The region lies on the East Ozkaria Fault, which last produced a major "
            "earthquake in 1976."
        ),
    ),
    Piece(
        "ozkaria-quake",
        "Ozkarian Interior Ministry",
        D2 + 2.0,
        "Press release No. 3: search and rescue update",
        (
            "As of 06.00, search and rescue operations continue at 74 sites in the affected "
            "province. Confirmed deaths: 96. Injured: 1,126, of whom 410 have been "
            "discharged.\n"
            "Citizens are urged not to enter damaged buildings, to keep roads clear for "
            "emergency vehicles and to call 112 only for emergencies. Donations should be "
            "made only through the official accounts listed on the Ministry's website."
        ),
    ),
    Piece(
        "ozkaria-quake",
        "Global Eye News",
        D2 + 3.0,
        "Hundreds feared trapped as apartment blocks fold in eastern city",
        (
            "Rescuers dig by hand through concrete in Ozkaria after the strongest tremor in "
            "half a century; the death toll has passed 90 and is expected to rise."
        ),
    ),
    Piece(
        "ozkaria-quake",
        "ReelPost",
        D2 + 4.0,
        "Drone footage: streets of rubble at dawn",
        "Aerial pictures show whole blocks flattened. Video, 0:58.",
    ),
    Piece(
        "ozkaria-quake",
        "Daily Kozakent",
        D2 + 9.0,
        "'I heard my neighbour calling for two hours': the night a city fell",
        (
            "Nermin Tasci was asleep on the fourth floor of a building on Istasyon Avenue "
            "when the shaking began. By the time she reached the stairwell, the stairs "
            "below her had gone.\n"
            "She spent the next hours on a landing open to the sky, wrapped in a curtain, "
            'listening to voices from the floors that had folded underneath her. "I heard '
            'my neighbour calling for two hours," she said, sitting on a plastic chair '
            'outside the Yalibasi state hospital. "Then I did not hear her any more."\n'
            "Across the city, the pattern repeated itself. Older stone houses in the bazaar "
            "district were cracked but standing. Newer apartment blocks of six and seven "
            "storeys, many of them built during the boom of the early 2010s, had pancaked.\n"
            "Engineers from the Chamber of Civil Engineers said on Wednesday that at least "
            "30 percent of the buildings they had inspected showed signs that the concrete "
            "was of poor quality. Minister Aslanoglu promised that ''every contractor will "
            "answer for what he built''.\n"
            "By evening, volunteers had turned the football stadium into a village of blue "
            "tents. Teenagers carried bread and water from trucks; a barber set up a chair "
            "and offered free shaves to rescuers.\n"
            "The official toll stood at 148 dead by nightfall. Nermin's neighbour, a "
            "retired teacher named Gulsen, was brought out alive just after 6 p.m."
        ),
    ),
    Piece(
        "serindah-quake",
        "Warta Serindah",
        D2 + 2.5,
        "6.1-magnitude quake strikes off Pulau Tenggiri, no tsunami threat",
        (
            "BANDAR KENANGA, Sept 10 -- An earthquake measuring 6.1 on the Richter scale "
            "struck the waters off Pulau Tenggiri at 11.42 am today, the Serindah "
            "Meteorological Department (MetSerindah) said.\n"
            "In a statement, the department said the epicentre was located 86 kilometres "
            "south-west of Tenggiri town at a depth of 35 kilometres.\n"
            "''The earthquake does not pose a tsunami threat to Serindah,'' it said, adding "
            "that tremors were felt in several coastal districts and as far as Port "
            "Meranti.\n"
            "Tenggiri district police chief Supt Roslan Hamid said no casualties had been "
            "reported so far, but several shophouses in the old town suffered cracks and a "
            "section of the jetty wall collapsed.\n"
            "Prime Minister Datuk Seri Hakim Zulkarnain has directed the National Disaster "
            "Management Agency to send a team to assess the damage and ensure the safety of "
            "island residents.\n"
            "The Public Works Department said all 42 schools on the island would be closed "
            "tomorrow for structural inspections.\n"
            "-- WARTA"
        ),
    ),
    Piece(
        "serindah-quake",
        "MariNews Asia",
        D2 + 4.5,
        "Office towers sway in Port Meranti after undersea tremor",
        (
            "PORT MERANTI: Workers in several CBD towers felt their buildings sway on "
            "Wednesday afternoon after a 6.1 quake struck off the Serindahan island of "
            "Pulau Tenggiri."
        ),
    ),
    Piece(
        "serindah-quake",
        "Serindah Star",
        D2 + 7.0,
        "Tenggiri schools shut as inspectors check for cracks",
        (
            "Parents on the island were told classes would not resume until engineers have "
            "examined every building after the midday tremor; the jetty wall is cordoned "
            "off."
        ),
    ),
    Piece(
        "suvarna-crash",
        "Commerce Ledger",
        D2 + 5.0,
        "Suvarna crashes 1,412 points; investors poorer by Rs 5.3 lakh crore",
        (
            "The Suvarna-50 index suffered its steepest single-day fall in nine years on "
            "Wednesday, crashing 1,412 points, or 6.2 per cent, to close at 21,368 as "
            "revelations of a massive fraud at state-run Mahira National Bank triggered "
            "panic selling across banking stocks.\n"
            "Investors lost Rs 5.3 lakh crore in market capitalisation in a single session, "
            "according to exchange data. All 50 index constituents ended in the red.\n"
            "Mahira National Bank disclosed late on Tuesday that it had detected fraudulent "
            "transactions worth Rs 12,900 crore at a single branch in Chandrapet, involving "
            "forged guarantees issued in favour of a group of jewellery exporters. Its "
            "shares plunged 38 per cent.\n"
            "The bank index fell 9.1 per cent, with private lenders also hammered on fears "
            "of exposure. Foreign portfolio investors sold shares worth Rs 4,200 crore, "
            "provisional data showed.\n"
            '"The market was already priced for perfection. This fraud has raised questions '
            'about the entire system of bank supervision," said Ananya Bhosle, head of '
            "research at Tarang Securities.\n"
            "The rupee weakened 41 paise to 74.12 against the dollar, its lowest level in "
            "five months.\n"
            "Market watchers said volatility would remain high until the central bank and "
            "the finance ministry spelt out their response. The index had gained 31 per "
            "cent over the past twelve months."
        ),
    ),
    Piece(
        "suvarna-crash",
        "Ticker Live",
        D2 + 6.0,
        "Markets live: Suvarna ends 6.2% lower, banks lead the rout",
        (
            "15:31 Closing bell. The Suvarna-50 closes at 21,368, down 1,412 points. Mahira "
            "National Bank finishes at its lower circuit, down 38%. Every sector index is "
            "in the red.\n"
            '15:02 Finance ministry says it is "in touch with the regulator" and there is '
            '"no cause for alarm". The market does not seem convinced: the index is off its '
            "lows by only 90 points."
        ),
    ),
    Piece(
        "suvarna-crash",
        "Kalindra News Service",
        D2 + 6.5,
        "Govt says system safe as markets tank after Mahira Bank fraud",
        (
            "Chandrapet, Sep 10 (KNS) Finance Minister Shri Harish Ramaswamy on Wednesday "
            "sought to calm investors after the stock markets witnessed a massive sell-off, "
            'saying the banking system was "safe and well capitalised" and that "the guilty '
            'will not be spared".\n'
            "The benchmark Suvarna-50 index of the Chandrapet Stock Exchange (CSE) closed "
            "1,412 points or 6.2 per cent down, its biggest fall since 2022, while the "
            "broader market fared even worse.\n"
            "The sell-off followed the disclosure by state-run Mahira National Bank of a "
            "fraud of Rs 12,900 crore involving its Chandrapet branch and a group of "
            "diamond and jewellery firms.\n"
            "Speaking to reporters in Rajvelu, Shri Ramaswamy said the Central Bureau of "
            "Investigation had registered a case and that raids were being conducted at 17 "
            "locations across four states.\n"
            "Opposition leader Smt Kavitha Reddiar demanded a statement in Parliament and "
            'accused the government of "sleeping while the loot went on".\n'
            'The Kalindra Reserve Authority said in a statement that it was "closely '
            "monitoring the situation\" and that depositors' money was safe. Mahira's "
            "managing director was summoned to the regulator's office in Chandrapet late in "
            "the evening.\n"
            "Brokers said retail investors, who had opened over 1.5 lakh new trading "
            "accounts a month this year, had been hit hardest.\n"
            "--KNS"
        ),
    ),
    Piece(
        "suvarna-crash",
        "NewsPulse",
        D2 + 7.0,
        "Black Wednesday: a year of gains gone in a single session",
        (
            "Kalindra's benchmark lost 6.2% after a state bank's Rs 12,900-crore fraud came "
            "to light, wiping 5.3 trillion rupees ($74 billion) off share values."
        ),
    ),
    Piece(
        "vardania-sanctions",
        "Chamber Record",
        D2 + 8.0,
        "Vardania: Sanctions (statement to the House, 10 September 2031)",
        (
            "The Secretary of State for Foreign Affairs (Mr Alistair Trevennick): With "
            "permission, Mr Speaker, I will make a statement on the measures the Government "
            "are taking today against the Government of Vardania and those who act for it.\n"
            "Over the past year the House has heard evidence of Vardanian interference in "
            "our elections, of cyber attacks on our hospitals, and of the harassment of "
            "Vardanian dissidents on Caddonian soil. Today we are acting together with "
            "Tasmerra and eleven other partners.\n"
            "We are imposing asset freezes and travel bans on 17 senior officials and on "
            "seven business figures who have profited from their closeness to the Vardanian "
            "state, among them Mr Gennady Voskin. We are also designating twelve companies, "
            "including the aluminium producer Rudnal, in which Mr Voskin holds a "
            "controlling stake.\n"
            "Hon. Members: Hear, hear.\n"
            "Mr Trevennick: These are the most far-reaching measures this country has taken "
            "against a single state in a generation, and I make no apology for that.\n"
            "Ms Joanna Haverleigh (Stenbridge North) (Soc): I welcome the statement. Can "
            "the Foreign Secretary tell the House what will happen to the Rudnal smelter at "
            "Harlowe and the 900 people who work there?\n"
            "Mr Trevennick: The hon. Lady raises an important point. A licence has been "
            "issued for 30 days so that the plant can keep operating while we find a "
            "solution."
        ),
    ),
    Piece(
        "vardania-sanctions",
        "Caddon Press Association",
        D2 + 9.5,
        "Voskin and aluminium giant Rudnal among targets as Government hits Vardania",
        (
            "Asset freezes and travel bans on 24 officials and tycoons announced by the "
            "Foreign Secretary, with 12 companies designated and a 30-day licence for the "
            "Harlowe smelter."
        ),
    ),
    Piece(
        "vardania-sanctions",
        "Continental Finance Journal",
        D2 + 11.0,
        "Rudnal bonds slump as aluminium giant is cut off from dollar markets",
        (
            "Bonds issued by Rudnal, the world's third-largest aluminium producer, fell to "
            "less than half their face value on Wednesday after Caddonia and its allies "
            "placed the Vardanian company and its controlling shareholder, Gennady Voskin, "
            "under sanctions.\n"
            "Rudnal's US$1.2bn of notes due 2034 dropped to 46 cents on the dollar from 98 "
            "cents the day before, according to traders, as investors rushed to sell before "
            "settlement systems stop handling the debt.\n"
            "The company's shares, listed in Kessova and Port Meranti, lost 52 per cent "
            "before trading was suspended. Aluminium for three-month delivery jumped 8 per "
            "cent on the metals exchange, its biggest one-day gain in a decade, as buyers "
            "worried about supply.\n"
            'Rudnal said in a statement that it was "studying the measures" and that '
            "production at its eleven smelters was continuing normally.\n"
            "Analysts said the firm's ability to refinance the $1.2 billion bond and a "
            'further $3 billion of bank loans was now in doubt. "No Western bank will touch '
            'this name until the sanctions are lifted or Voskin sells down," said Hugo '
            "Lemaire, a credit strategist at Banque Aurore.\n"
            "Mr Voskin, who has not commented, is estimated to be worth about $6.8 billion. "
            "His holding company also owns stakes in a shipping line and a hydropower "
            "group.\n"
            'The Vardanian foreign ministry called the measures "economic banditry" and '
            "promised a response."
        ),
    ),
    Piece(
        "lumera-sight",
        "Lumera Newsroom",
        D2 + 1.5,
        "Lumera introduces Sight: eyewear that helps you see more",
        (
            "MINATSU, Akitsuma, September 10, 2031 - Lumera Corporation today introduced "
            "Lumera Sight, lightweight glasses that bring helpful information into view "
            "without a screen in your hand.\n"
            "Sight weighs just 46 grams and looks like a pair of ordinary frames. A tiny "
            "display in the right lens shows directions, messages and translations, while a "
            "12-megapixel camera in the hinge lets wearers capture photos and short videos "
            "hands-free.\n"
            '"For twenty years, technology has asked us to look down," said Aiko Tanabe, '
            'President and CEO of Lumera. "Sight lets you look up at the world again, and '
            'still stay connected to the people and things that matter."\n'
            "Sight features Lumera's new Lens Assistant, which can recognise landmarks, "
            "read menus in 40 languages and remind wearers of where they left their keys. A "
            "small white light on the frame glows whenever the camera is recording.\n"
            "Lumera Sight will be available in Akitsuma from October 3 at a suggested "
            "retail price of ¥48,000 (tax excluded), and in Caddonia, Tasmerra and Port "
            "Meranti later in the year. Prescription lenses are available through partner "
            "opticians.\n"
            "About Lumera Corporation: Founded in 1958, Lumera is a leading maker of "
            "cameras, optical components and consumer electronics, with 38,000 employees "
            "worldwide."
        ),
    ),
    Piece(
        "lumera-sight",
        "Circuit Daily",
        D2 + 3.5,
        "I wore Lumera's new glasses for an afternoon. The stares were the hard part",
        (
            "The first thing you notice about Lumera Sight is how little there is to "
            "notice. The frames are a shade thicker than my own glasses, the hinge a little "
            "chunky. Nobody on the train looked twice.\n"
            "Then I asked the glasses to take a photo, and a small white light blinked on "
            "the frame. The woman opposite me noticed that. She moved seats.\n"
            "That, in a sentence, is the challenge for Lumera's first serious attempt at a "
            "wearable computer. The hardware is impressive. The display floats crisp green "
            "text in the upper right of your vision, directions appear as arrows at "
            "junctions, and translating a menu in a Vardanian restaurant took about two "
            "seconds.\n"
            "But a camera on your face changes how people treat you. Lumera says the "
            "recording light cannot be disabled and that images are processed on the device "
            "unless you choose to share them. Privacy campaigners have already asked "
            "whether the Lens Assistant's face features will ever be switched on.\n"
            "Battery life was about four hours in my testing, less with heavy camera use. "
            "At ¥48,000, or roughly $440, it is cheaper than a good phone but not cheap "
            "enough to buy on a whim.\n"
            "Lumera's chief executive, Aiko Tanabe, called it \"the beginning of looking "
            'up". For now, I found myself looking around, at the people looking at me.'
        ),
    ),
    Piece(
        "lumera-sight",
        "The Akitsuma Courier",
        D2 + 5.5,
        "Struggling camera maker bets on ¥48,000 smart frames",
        (
            "Lumera hopes its glasses, on sale from October 3, can offset falling camera "
            "sales; analysts expect 300,000 units in the first year."
        ),
    ),
    # --- Day 3 (Wed Dec 10, 2031). ---
    Piece(
        "ryongsan-summit",
        "Saebyeok News Agency",
        D3 + 2.0,
        (
            "(2nd LD) Ri agrees to dismantle Tonggang engine site under outside eyes, Han "
            "says after Ryongsan talks"
        ),
        (
            "RYONGSAN, Dec. 10 (Saebyeok) -- Kharsuni leader Ri Tae-gwang agreed on "
            "Wednesday to permanently dismantle the Tonggang missile engine test site in "
            "the presence of foreign experts, President Han Seo-jin said after their second "
            "summit, held in the Kharsuni capital.\n"
            'The two leaders signed a 14-point "Ryongsan Joint Statement" at the Kumsu '
            "guesthouse after a second day of talks, seven months after they first met at "
            "the truce village of Songhwa-ri in May.\n"
            "Under the statement, Kharsun will also consider closing its main nuclear "
            'complex at Yongdae "if corresponding measures are taken" by Daeryeo\'s allies, '
            "a phrase officials declined to define.\n"
            "The two sides agreed to hold a groundbreaking ceremony for the reconnection of "
            "the east coast railway before the end of the year and to open a joint "
            "industrial zone near the border.\n"
            '"Chairman Ri has promised that he will visit Seoryang in the near future," Han '
            'told a televised briefing. "The whole nation will welcome him."\n'
            "Han became the first Daeryeoan leader to address a crowd in Ryongsan, speaking "
            "for seven minutes before some 150,000 people at the May Day stadium.\n"
            "Unification Minister Cho Min-hee said a military agreement signed separately "
            "would halt artillery drills within five kilometres of the line from January.\n"
            "(END)"
        ),
    ),
    Piece(
        "ryongsan-summit",
        "Daeryeo Herald",
        D3 + 6.0,
        (
            "'He has promised to come to Seoryang': Han returns with a railway deal and an "
            "invitation"
        ),
        (
            "The president landed at Seoryang air base to a crowd waving unification flags, "
            "after three days in the Kharsuni capital and a deal on the Tonggang test site."
        ),
    ),
    Piece(
        "ryongsan-summit",
        "Global Eye News",
        D3 + 9.0,
        "Analysis: A stadium speech and a test site. What the second summit did not settle",
        (
            "Seven months ago, at the truce village of Songhwa-ri, Han Seo-jin and Ri "
            'Tae-gwang produced a handshake and a vague promise of "complete '
            'denuclearisation". This week in Ryongsan they produced something more '
            "tangible, and that is worth acknowledging.\n"
            "For the first time, Kharsun has agreed in writing to let foreign experts watch "
            "as a named facility, the Tonggang engine test stand, is taken apart. That is a "
            "verification step, however small, and it was absent from the Songhwa "
            "Declaration.\n"
            "But the concession is cheaper than it looks. Satellite images suggest "
            "Tonggang's main stand has been little used since Kharsun's last long-range "
            "test, and its engineers have other sites. The real prize, the Yongdae nuclear "
            'complex, was offered only "if corresponding measures are taken", a condition '
            "that hands the next move to Daeryeo's allies.\n"
            "Han won pictures he could not have imagined a year ago: a Daeryeoan president "
            "applauded by 150,000 people in a Kharsuni stadium. He also got a railway "
            "ceremony and a joint industrial zone, both of which will run straight into the "
            "sanctions regime.\n"
            "Those economic promises will test his alliances more than his rival. Officials "
            "in two allied capitals said privately on Wednesday that they had not been told "
            "about the industrial zone in advance.\n"
            "The next stage, a visit by Ri to Seoryang, would be historic. Whether it "
            "brings inspectors to Yongdae is the only question that matters."
        ),
    ),
    Piece(
        "ozkaria-aftershock",
        "Meridyen Agency",
        D3 + 3.0,
        "Ozkaria: 5.9 aftershock rattles quake-hit Yalibasi, 2 dead",
        (
            "By Dilan Karaduman\n"
            "YALIBASI, Ozkaria\n"
            "A magnitude 5.9 aftershock struck Ozkaria's eastern Yalibasi province on "
            "Wednesday, killing two people and damaging buildings already weakened by "
            "September's powerful earthquake, officials said.\n"
            "The tremor struck at 14.08 local time at a depth of 7 kilometers near the town "
            "of Karasu, the Disaster and Emergency Directorate said. Two men were killed "
            "when a damaged mosque wall fell on a car, and 41 people were slightly injured "
            "while fleeing.\n"
            "Interior Minister Kerem Aslanoglu said 23 buildings that had been marked for "
            "demolition after the September 10 quake had collapsed, but that they had been "
            "empty. ''Our evacuation decisions saved lives today,'' he said.\n"
            "The 7.2 magnitude quake three months ago killed 231 people and left more than "
            "60,000 homeless in the province.\n"
            "Authorities have so far handed over 4,200 prefabricated homes to families who "
            "lost their houses, and the construction of 18,000 permanent apartments is "
            "under way on safer ground west of the city.\n"
            "Aslanoglu said families whose container homes had been damaged would be moved "
            "to heated tents until repairs were completed. ''No one will spend the winter "
            "in the open,'' he said.\n"
            "Seismologists said aftershocks of this size could continue for months."
        ),
    ),
    Piece(
        "ozkaria-aftershock",
        "Daily Kozakent",
        D3 + 5.0,
        "Back to the tents: Yalibasi's homeless flee again as ground shakes",
        (
            "Families in prefab homes ran into the snow after Wednesday's jolt; survivors "
            "of September say they are exhausted and want the new apartments finished."
        ),
    ),
    Piece(
        "farmesio-cuts",
        "ReleaseLine",
        D3 + 1.0,
        "Farmesio Announces Reorganisation to Focus on Oncology and Rare Diseases",
        (
            "ORVENNA, Serrazia, Dec. 10, 2031 /ReleaseLine/ -- Farmesio S.p.A. (BVO: FRM) "
            "today announced a reorganisation of its research and commercial operations to "
            "concentrate investment on oncology and rare diseases, following the "
            "discontinuation of its velmerstat programme in Alzheimer's disease.\n"
            "Under the plan, Farmesio will close its neuroscience research centre in "
            "Salvena and reduce its global workforce by approximately 2,300 positions over "
            "the next 18 months, including around 1,400 in Serrazia. The company expects "
            "annual cost savings of approximately €600 million by 2033.\n"
            "Farmesio will record a non-cash impairment charge of approximately €1.9 "
            "billion in the fourth quarter of 2031, relating to velmerstat and associated "
            "manufacturing assets. The Veritas-1 study will be completed and its data "
            "shared with the scientific community.\n"
            '"Today\'s decisions are painful, and we do not take them lightly," said Dr. '
            'Ludovica Ferrandi, Chief Executive Officer of Farmesio. "By focusing on the '
            "areas where our science is strongest, we will build a more resilient Farmesio "
            'for patients, employees and shareholders."\n'
            "Farmesio will engage in consultation with employee representatives in "
            "accordance with applicable laws.\n"
            "About Farmesio: Farmesio is a research-based pharmaceutical company "
            "headquartered in Orvenna, Serrazia, with approximately 19,000 employees and "
            "products sold in more than 90 countries.\n"
            "Media contact: press@farmesio.example"
        ),
    ),
    Piece(
        "farmesio-cuts",
        "Brennard Wire",
        D3 + 2.5,
        "Farmesio to cut 2,300 jobs, book 1.9 bln euro charge after Alzheimer's flop",
        (
            "ORVENNA, Dec 10 (Brennard) - Serrazian drugmaker Farmesio will cut about 2,300 "
            "jobs and close a research centre, it said on Wednesday, seven months after the "
            "failure of its flagship Alzheimer's drug velmerstat.\n"
            "The group will take a 1.9 bln euro impairment charge in the fourth quarter and "
            "aims to save 600 mln euros a year by 2033. Its shares rose 4.2 pct in early "
            "trade.\n"
            "(Reporting by Chiara Benedetti; Editing by Susan Marchetti)"
        ),
    ),
    Piece(
        "farmesio-cuts",
        "Orvenna Post",
        D3 + 4.0,
        "Unions call strike as Farmesio prepares to close Salvena lab",
        (
            "Unions at Farmesio called a four-hour strike for next week after the drugmaker "
            "said it would cut 1,400 jobs in Serrazia and close its neuroscience research "
            "centre in Salvena, a town of 30,000 where it is by far the largest employer.\n"
            "The reorganisation, announced on Wednesday morning, follows the collapse in "
            "May of the Veritas-2 trial of velmerstat, the Alzheimer's drug on which the "
            "company had staked much of its future. The shares lost almost a third of their "
            "value on the day the study was halted.\n"
            '"Workers are paying for decisions that were taken in the boardroom," said '
            "Rosanna Pelizzari of the chemical workers' federation. \"Nobody in Salvena "
            'designed that trial."\n'
            'Dr Ferrandi, the chief executive, told analysts that the company had "no '
            'choice but to refocus" and that oncology, where Farmesio has three drugs on '
            "the market, would receive most of the savings. The group will book a charge of "
            "€1.9 billion.\n"
            "Salvena's mayor, Gianni Orsatti, said he would ask the regional government for "
            'an emergency fund. "These are not jobs you replace with a call centre," he '
            'said. "These are chemists, technicians, people who came here for the science."\n'
            "Industry Minister Franca Delvecchio said she had asked to meet the company's "
            'management next week and would "use every tool" to keep the research skills in '
            "the country.\n"
            "Investors reacted calmly. Farmesio's shares closed 3.8 per cent higher in "
            "Orvenna."
        ),
    ),
    Piece(
        "suvarna-record",
        "Ticker Live",
        D3 + 5.5,
        "Markets live: Suvarna-50 at a lifetime high, closes above 23,900",
        (
            "15:30 Closing bell. The Suvarna-50 ends at 23,942, up 512 points, a record "
            "close. Banks gain 3.4%. Mahira National Bank rises 7% but remains 21% below "
            "its level of early September."
        ),
    ),
    Piece(
        "suvarna-record",
        "Commerce Ledger",
        D3 + 6.0,
        ("From Black Wednesday to a lifetime high: Suvarna hits record as foreign funds return"),
        (
            "The Suvarna-50 closed at a record 23,942 on Wednesday, gaining 512 points or "
            "2.2 per cent, as foreign investors returned in force and banking stocks "
            "extended a two-month rally.\n"
            "The index has now recovered all the ground it lost on September 10, when it "
            "crashed 1,412 points after state-run Mahira National Bank disclosed a Rs "
            "12,900 crore fraud. That session, dubbed Black Wednesday, wiped Rs 5.3 lakh "
            "crore off investors' wealth.\n"
            "Since then the index has gained about 12 per cent. Foreign portfolio investors "
            "have bought shares worth Rs 38,600 crore in the past eight weeks, exchange "
            "data show, after the government announced a Rs 2.1 lakh crore recapitalisation "
            "of state-run banks.\n"
            '"The fear premium has gone. Earnings upgrades for lenders have done the rest," '
            "said Ananya Bhosle of Tarang Securities, who had warned of prolonged "
            "volatility after the crash.\n"
            "Mahira National Bank shares rose 7 per cent on Wednesday after it reported "
            "that it had recovered Rs 3,100 crore from the jewellers involved in the fraud.\n"
            "Small-cap stocks, which fell hardest in September, have lagged the recovery "
            "and remain about 8 per cent below their peak.\n"
            "The rupee firmed to 71.80 against the dollar. Analysts cautioned that "
            "valuations were again stretched, with the index trading at about 21 times next "
            "year's earnings."
        ),
    ),
    Piece(
        "suvarna-record",
        "The Rajvelu Times",
        D3 + 8.0,
        "Three months after the crash, Chandrapet's bulls are back",
        (
            "Record close for the benchmark as FPIs pour in; retail investors who held "
            "their nerve through September's rout have recovered their losses and more."
        ),
    ),
    Piece(
        "scanzi-transfer",
        "Agenzia Telvi",
        D3 + 5.0,
        "Scanzi to join Harlowe United in world-record 231-mn-euro deal",
        (
            "ORVENNA, December 10 - Virtus Orvenna striker Dario Scanzi will join Caddonian "
            "club Harlowe United on January 1 for a world-record fee of 231 million euros, "
            "the two clubs announced on Wednesday.\n"
            "The 24-year-old, who has scored 71 goals in 112 games for the Serrazian "
            "champions, will sign a five-and-a-half-year contract after passing a medical "
            "in Harlowe on Tuesday.\n"
            "''It is the hardest decision of my life. Orvenna is my home and the fans will "
            "always be in my heart,'' Scanzi said in a video message published by Virtus.\n"
            "The fee beats the previous record of 198 million euros and includes 16 million "
            "euros in bonuses. Virtus chairman Enrico Malaspina said the money would be "
            "reinvested ''in the team and in the new stadium''.\n"
            "Virtus fans gathered outside the club's training centre in the evening, some "
            "burning scarves with the striker's name, while others applauded as his car "
            "left.\n"
            "Harlowe manager Ross Kilbride said he had followed the player ''for three "
            "years'' and called him ''the most complete forward in the game''. Kilbride's "
            "side sit second in the Caddonian league, four points behind the leaders.\n"
            "The transfer must still be approved by the league, which both clubs described "
            "as a formality."
        ),
    ),
    Piece(
        "scanzi-transfer",
        "Stand Six",
        D3 + 8.0,
        "Is any striker worth a quarter of a billion? Harlowe think so",
        (
            "The numbers behind the world-record move: 71 goals, 24 years old, and a "
            "contract that runs to 2037. Our writers are split on whether it can ever pay "
            "off."
        ),
    ),
    Piece(
        "scanzi-transfer",
        "The Daily Shout",
        D3 + 9.0,
        "£204M! DARIO'S ON HIS WAY",
        (
            "Orvenna's golden boy says ciao to his home town and joins the big spenders in "
            "the richest deal the game has ever seen. Kilbride has his man at last."
        ),
    ),
    Piece(
        "scanzi-transfer",
        "ReelPost",
        D3 + 10.0,
        "The farewell: fans outside the training ground",
        "Scarves, flares and some tears in Orvenna. Video, 1:40.",
    ),
    Piece(
        "tenggiri-ferry",
        "Warta Serindah",
        D3 + 1.5,
        "Ferry capsizes off Pulau Tenggiri, 23 missing",
        (
            "BANDAR KENANGA, Dec 10 -- Twenty-three people are feared missing after a ferry "
            "carrying 181 passengers and crew capsized in rough seas off Pulau Tenggiri "
            "early today.\n"
            "Serindah Maritime Enforcement Agency (SMEA) director-general Laksamana Maritim "
            "Datuk Azman Yusri said 158 people had been rescued by fishing boats and two "
            "agency vessels after the MV Sri Tenggiri overturned about six nautical miles "
            "from the island's main jetty at 6.15 am.\n"
            "''Waves of up to four metres and strong winds are hampering the search. We "
            "have deployed three ships, a helicopter and divers,'' he told reporters at the "
            "Tenggiri jetty.\n"
            "He said the ferry, which was travelling from the mainland port of Kuala "
            "Selasih, had a licensed capacity of 200 passengers. The passenger manifest was "
            "being checked against the list of survivors.\n"
            "Among those rescued were 14 foreign tourists, including visitors from Port "
            "Meranti and Caddonia, who were taken to Tenggiri District Hospital for "
            "treatment.\n"
            "Transport Minister Datuk Wong Kah Leong said a special committee would "
            "investigate the cause of the accident, including whether the vessel had been "
            "allowed to sail despite a weather warning.\n"
            "The island's jetty reopened last month after repairs to damage caused by the "
            "September earthquake.\n"
            "-- WARTA"
        ),
    ),
    Piece(
        "tenggiri-ferry",
        "MariNews Asia",
        D3 + 3.5,
        "Merantians among survivors after ferry overturns in heavy seas",
        (
            "PORT MERANTI: Two Merantian tourists were among 158 people plucked from the "
            "water after the MV Sri Tenggiri capsized; 23 remain missing, Serindahan "
            "officials said."
        ),
    ),
    # --- Day 4 (Wed Apr 7, 2032). ---
    Piece(
        "zippa-appeal",
        "Caddon Press Association",
        D4 + 2.0,
        "Zippa wins right to keep operating in Wexmouth on 15-month probation",
        (
            "By Ellie Parr, CPA Transport Correspondent\n"
            "Ride-hailing firm Zippa has won its appeal against the decision to strip it of "
            "its licence in Wexmouth, but will be on probation for 15 months.\n"
            "Chief Magistrate Dame Helen Strathairn said at Wexmouth Magistrates' Court "
            'that the company had made "wholesale changes" since the transport regulator '
            'refused to renew its licence last May, and was now a "fit operator" subject to '
            "conditions.\n"
            "The firm must report serious incidents involving passengers to the police "
            "within 24 hours, keep a named board member responsible for safety in Caddonia "
            "and allow the Wexmouth Transport Authority (WTA) to audit its driver checks "
            "every three months.\n"
            "Zippa, which has around 45,000 drivers in the capital and says 3.5 million "
            "people use its app there, had continued to operate throughout the appeal.\n"
            "Mara Kovitz, Zippa's chief executive, who gave evidence in person on Monday, "
            "said: \"We are grateful for the court's decision and we will keep earning the "
            'trust of this city every single day."\n'
            'Mayor of Wexmouth Sadia Rahman said the probation showed "the regulator was '
            'right to act". The WTA said it would "monitor the company\'s compliance '
            'closely".\n'
            'The Hackney Carriage Guild said the judgment sent "a confusing message" and '
            "that it was considering its options.\n"
            "The company was also ordered to pay the WTA's legal costs of £425,000."
        ),
    ),
    Piece(
        "zippa-appeal",
        "Wexmouth Chronicle",
        D4 + 4.0,
        "A second chance on a short leash: what the judge demanded of the cab app",
        (
            "Eleven months after the capital's transport regulator declared it unfit to "
            "carry passengers, Zippa walked out of Wexmouth Magistrates' Court on Wednesday "
            "with a licence, a list of conditions and a clear warning.\n"
            '"The company has matured, but it has matured under the pressure of this '
            'appeal," said Dame Helen Strathairn. "The test of its sincerity is what it '
            'does when no court is watching."\n'
            "The 15-month licence is far shorter than the five years the firm had "
            "originally sought. It requires quarterly audits, a direct line for the police "
            "to report concerns and a senior executive in Wexmouth personally answerable "
            "for safety.\n"
            "In the courtroom, the firm's new leadership struck a very different tone from "
            "the defiance of last May, when Zippa said the regulator had treated its "
            "drivers' livelihoods as expendable. Its chief executive, Mara Kovitz, told the "
            'court the company had been "wrong in how it dealt with the authority" and '
            "apologised.\n"
            "For the city's drivers the ruling ends months of uncertainty. Several waiting "
            "outside the court said they had signed up to rival apps as insurance. \"I'll "
            'keep them all on my phone," said one. "This is only fifteen months."\n'
            "Other Caddonian cities are expected to copy the conditions when Zippa's "
            "licences there come up for renewal later this year."
        ),
    ),
    Piece(
        "zippa-appeal",
        "Mobility Desk",
        D4 + 6.0,
        "Probation, not a pardon: Zippa keeps the capital with strings attached",
        (
            "A 15-month licence, quarterly audits and a 24-hour rule for reporting "
            "incidents; the platform says it will comply in full and will not appeal the "
            "conditions."
        ),
    ),
    Piece(
        "zippa-appeal",
        "Headline Stack",
        D4 + 7.0,
        "Ride app can stay, judge rules, but only on a short leash",
        (
            "Court hands the firm a probationary licence almost a year after regulators "
            "refused to renew it; drivers and riders can keep using the app."
        ),
    ),
    Piece(
        "coralline-fine",
        "Tasmerran Associated Press",
        D4 + 1.0,
        "Coralline Bank to pay record $880m penalty",
        (
            "Coralline Bank will pay a record $880 million penalty for more than 41,000 "
            "breaches of money laundering and counter-terrorism financing laws after a "
            "Federal Court judge approved a settlement with the financial intelligence "
            "agency.\n"
            'Justice Fiona McArdle on Wednesday described the breaches as "systemic and '
            "prolonged\" and said they had occurred over six years through the bank's "
            "network of cash-deposit kiosks.\n"
            "The bank failed to report 41,236 cash transactions of $10,000 or more on time "
            "and did not monitor accounts that police later linked to drug syndicates, the "
            "court heard.\n"
            "The penalty, agreed between the bank and Financial Intelligence Tasmerra "
            "(FINTAS) in February, is the largest in the nation's corporate history.\n"
            '"This is a significant penalty, and it is meant to be," Justice McArdle said. '
            '"The law is not a suggestion for institutions of this size."\n'
            "Coralline chief executive Graham Lathlean said the bank accepted the court's "
            'findings. "We have let down our customers and the community, and we are '
            'sorry," he said in a statement.\n'
            "The bank has already set aside the money in its accounts and said the penalty "
            "would not affect its interim dividend.\n"
            'FINTAS chief executive Nicole Brennan said the outcome sent "a clear message '
            'to every reporting entity in Tasmerra".\n'
            "TAP"
        ),
    ),
    Piece(
        "coralline-fine",
        "Kooralba Morning Post",
        D4 + 3.0,
        "'Systemic and prolonged': judge signs off on bank's laundering fine",
        (
            "The Federal Court approved a settlement of 880 million dollars over tens of "
            "thousands of unreported cash deposits made through the lender's kiosks."
        ),
    ),
    Piece(
        "coralline-fine",
        "The Meridian Review",
        D4 + 8.0,
        "Comment: $880 million sounds like a lot. For Coralline, it is seven weeks' profit",
        (
            "The headlines on Wednesday called it a record, and it is. No Tasmerran company "
            "has ever been ordered to pay a bigger penalty than the $880 million that "
            "Coralline Bank will hand over for ignoring the money laundering laws more than "
            "41,000 times.\n"
            "But records are relative. Coralline made a cash profit of about $6.6 billion "
            "last year. The penalty amounts to roughly seven weeks of earnings, it was "
            "provisioned months ago, and the bank's shares rose 1.2 per cent on the day it "
            "was approved.\n"
            "Justice McArdle's judgment is worth reading in full. It describes a bank that "
            "installed hundreds of cash-deposit kiosks, allowed customers to feed in up to "
            "$20,000 at a time, anonymously and around the clock, and then did not look at "
            "who was using them.\n"
            "The court heard that police had warned the bank about particular accounts. "
            "Some of those accounts kept operating for months afterwards.\n"
            "No executive has lost a bonus retrospectively. No director has been "
            "disqualified. Graham Lathlean has apologised, and that is welcome, but "
            "apologies are also cheap.\n"
            "If the regulators want this record to mean something, the next step has to be "
            "personal accountability: named executives, clawed-back pay and, where the "
            "evidence supports it, prosecutions. Until then, a fine like this is simply a "
            "cost of doing business."
        ),
    ),
    Piece(
        "vardania-sanctions-2",
        "Brennard Wire",
        D4 + 4.5,
        "UPDATE 1-Caddonia, allies add Vardania's Gostbank, shipping firm to sanctions list",
        (
            "(Adds Vardanian foreign ministry reaction, details on Rudnal)\n"
            "WEXMOUTH, April 7 (Brennard) - Caddonia and 13 partner governments on "
            "Wednesday imposed sanctions on Vardania's second-largest state lender Gostbank "
            "and the shipping group Severny Line, in a second round of measures over the "
            "jamming of civilian flights and the detention of four Caddonian sailors.\n"
            "The package also freezes the assets of nine officials. Gostbank holds about 40 "
            "bln dlrs in assets, according to its latest accounts.\n"
            "Aluminium producer Rudnal, whose 1.2 bln dlrs of bonds collapsed after it was "
            "targeted in September, was removed from the list after tycoon Gennady Voskin "
            "cut his stake below 50 pct.\n"
            "Vardania's foreign ministry said it would respond \"in a way that will be "
            'felt".\n'
            "(Writing by Piers Hadley; Editing by Ruth Adebanjo)"
        ),
    ),
    Piece(
        "vardania-sanctions-2",
        "Global Eye News",
        D4 + 6.0,
        "Round two: the West goes after Vardania's banks and ships",
        (
            "Seven months after Caddonia and its allies froze the assets of Vardanian "
            "tycoons and officials, they have moved on to the plumbing of the Vardanian "
            "economy.\n"
            "Wednesday's package targets Gostbank, the country's second-largest state-owned "
            "lender, and Severny Line, which moves much of Vardania's grain and fertiliser. "
            "Nine officials, including the deputy head of the air traffic agency, face "
            "asset freezes and travel bans.\n"
            "Foreign Secretary Alistair Trevennick said the measures were a response to "
            '"the deliberate jamming of civilian aircraft" over the Kessova Strait and the '
            "detention since January of four Caddonian merchant sailors.\n"
            "The first round, in September, hit 24 people and twelve companies. Its most "
            "visible target, the aluminium giant Rudnal, has since been removed from the "
            "list after Gennady Voskin reduced his controlling stake, a deal officials "
            "present as proof that sanctions can change behaviour.\n"
            "Banks are a different matter. Gostbank processes a large share of Vardania's "
            "foreign trade payments, and cutting it off from the dollar and euro will raise "
            "costs for importers across the country.\n"
            "The vardan fell 9 per cent against the dollar in Wexmouth trading, to a record "
            "low.\n"
            "Vardanian officials promised to retaliate, and diplomats expect Caddonian "
            "firms still operating in the country to feel it first."
        ),
    ),
    Piece(
        "vardania-sanctions-2",
        "Continental Finance Journal",
        D4 + 9.0,
        "Vardan hits record low as Gostbank joins sanctions list",
        (
            "The currency lost 9 per cent and Gostbank's euro bonds fell 30 points; Rudnal, "
            "freed from the list, rallied 14 per cent on the Port Meranti exchange."
        ),
    ),
    Piece(
        "lumera-campaign",
        "Circuit Daily",
        D4 + 3.0,
        "Former Lumera engineers launch campaign against the smart glasses they built",
        (
            "A group of former Lumera employees, including two engineers who worked on the "
            "camera in the company's Sight smart glasses, has launched a campaign urging "
            "people not to buy or wear them.\n"
            "The group, which calls itself Eyes Off, says a software update released in "
            'March turned Sight into "a face-scanning device worn in public by people who '
            'never asked the faces for permission". The update lets the Lens Assistant show '
            "the names of people a wearer has met before, using photos from their contacts.\n"
            '"We built a camera that only saw what you wanted to remember. Now it remembers '
            "everyone else,\" said Daisuke Morioka, who led Sight's imaging team until he "
            "resigned in January.\n"
            "Eyes Off has 31 members, most of whom left Lumera in the past year, and is "
            "funded by a privacy charity. It plans advertisements in train stations in "
            "Minatsu and Wexmouth and has written to regulators in five countries.\n"
            "Lumera, which says it has sold 1.1 million pairs since October, said the "
            'feature was "opt-in, processed entirely on the device and limited to people '
            'the wearer already knows".\n'
            'Chief executive Aiko Tanabe said in a post that the company "respects the '
            'views of former colleagues" but that wearers "overwhelmingly" wanted the '
            "feature.\n"
            "Sight's price of ¥48,000 has not changed since its launch."
        ),
    ),
    Piece(
        "lumera-campaign",
        "NewsPulse",
        D4 + 10.0,
        "The people who designed your smart glasses want you to take them off",
        (
            "A camera maker's former engineers say a face-recognition update crossed a "
            "line, and are buying adverts to persuade wearers to give up the device."
        ),
    ),
    Piece(
        "lumera-campaign",
        "The Fenmore Tribune",
        D4 + 12.0,
        "'We built it. Now we're asking you not to wear it.'",
        (
            "Priya Ostergaard still keeps a prototype of the glasses in her kitchen drawer. "
            "It is heavier than the version on sale, with a strip of tape over one hinge "
            "where a wire kept coming loose.\n"
            "For three years she designed the way the lens showed information to its "
            'wearer, and she was proud of it. "It was calm. It didn\'t shout at you," she '
            "said on Wednesday, hours after joining eighteen other former colleagues in "
            "public to launch the Eyes Off campaign.\n"
            "What changed her mind was a meeting last autumn, she says, when managers "
            "described how the glasses could recognise faces and whisper names. The feature "
            "reached customers in March.\n"
            '"My mother has dementia. I understand why someone would want that," she said. '
            '"But the person being recognised gets no say. They don\'t even know."\n'
            "Lumera disputes the characterisation. The company says recognition is switched "
            "off by default and works only for people already in a wearer's address book, "
            "and that the recording light on the frame still glows whenever the camera is "
            "active.\n"
            "The campaign is small and poorly funded, and its members know the odds. But "
            "they argue that people who have built a product have a particular duty to "
            'speak about it. "If we stay quiet, who else knows how it really works?" asked '
            "Ostergaard.\n"
            "She has not worn a pair since December."
        ),
    ),
    Piece(
        "shield-match",
        "Fixture Wire",
        D4 + 14.5,
        "Champions Shield: Virtus Orvenna 2 Harlowe United 3 (agg 3-5)",
        (
            "Champions Shield, quarter-final, second leg, at Stadio Belvedere, Orvenna:\n"
            "Virtus Orvenna 2 (Caporossi 33, Zanolla 80 pen) Harlowe United 3 (Scanzi 12, "
            "71, Pryde 58)\n"
            "Half-time: 1-1. Harlowe United win 5-3 on aggregate and meet Real Montalbo in "
            "the semi-finals.\n"
            "Red card: Brugnoli (Virtus Orvenna) 88. Attendance: 61,204."
        ),
    ),
    Piece(
        "shield-match",
        "Stand Six",
        D4 + 16.0,
        "Booed on his return, Scanzi answers with two goals and a finger to his lips",
        (
            "The world's most expensive striker took Harlowe into the last four at his old "
            "club's ground, then refused to celebrate in front of the fans who once sang "
            "his name."
        ),
    ),
    Piece(
        "shield-match",
        "ReelPost",
        D4 + 17.0,
        "Highlights: a homecoming nobody will forget",
        "Whistles, two goals and a silent stadium. Video, 3:05.",
    ),
    Piece(
        "serrazia-reshuffle",
        "Agenzia Telvi",
        D4 + 5.0,
        "Brancati reshuffles cabinet, Delvecchio out at industry",
        (
            "ORVENNA, April 7 - Premier Ottavio Brancati on Wednesday replaced four "
            "ministers, including Industry Minister Franca Delvecchio, in his first "
            "reshuffle since taking office."
        ),
    ),
)
