"""A twenty-ninth set of multi-outlet coverage of our own (the twenty-sixth written blind),
in the form of issue #16's hidden set, with its weight on the US-style politics and tech web
copy that 2017-2018 aggregators carried: cable-news sites, political newsletters, press
offices, hearing live blogs, tech blogs, crypto sites, link posts and opinion.

Written blind: without reading the clustering code (nothing under src/briefing/stories/,
src/briefing/summarize* or src/briefing/extract/), docs/history.md, README.md, the git log
(no git log, show or blame was run) or the pieces of the other sets. What went past our
eyes: git status and the branch's name; the names of the files in tests/stories/; lines
1-116 of coverage_real28.py (its docstring, imports, day constants, the line that opens its
PIECES, its day-1 header and the comment over its first event, none of its pieces); the
whole of test_coverage_real27.py; in coverage.py its docstring, imports, T0, DAY, MONTH and
Piece (lines 1-48), a list of its def, class and constant lines with their line numbers (the
line where its PIECES begin among them, no piece), and everything from outlet_item to
check_form (lines 373-619); the names of the entries of ../shared; the first 40 lines of
../shared/DESIGN.md; the ruff and import-linter sections of pyproject.toml; and the counts
of files in the tests, the source and the shared corpus that hold each of our names and of
the capitalised words of this file (no text of them). The whole set was written before it
was first clustered, and no text or label was changed after seeing how briefing clusters it.
Every sentence is our own. The country (Ambrevia, with its capital Vessington and its state
Tullamarsh, and the foreign Skarvonia), the places (Port Casmir, Morrow Falls, Halvering,
the Kessmoor border, the Tresham and Sedley Buildings, Larch Street and Ferris Street,
Ossery County and Selwick County, Amberley Square and Gantry Square), the parties (Concord,
Frontier), the firms (Parlowe, Quillbrook Analytics, Greyhollow Marine, Haulvex, Sollumark,
Vintry, Krennex, Glimmerd, Corrowdale Steel), the products (the Hearth, the Orb, the
assistant Quaverly), the coin (Quarrix, QRX), the bodies (the Federal Trade Board, FTB; the
Communications Board, ACB), the people (Marrasco, Venholt, Talliday, Carrowmede, Ashlaw,
Quellary, Pettigrove, Selvey, Drabble, Kettleby, Olsted, Vaskell, Harcastle, Penrose,
Oddington, Quarrendon, Lisvane, Greaves, Prell, Yelland, Corrigal, Fenlowe, Aldergrove, and
the bylines Moncrief, Brisco, Sundby, Harwenna) and all 44 outlets are made up. Their main
names were checked against the tests, the source and the shared corpus; those that were
found there (Drevnia, Whitlock, Fenwright, Vasque, Quillmark, Tolliver, Brannock, Vantor,
Ostrel, Hollin, Dunmere, Rotunda, Ballotline, Coinspire, Marketbeam, Achterberg, Brackwater,
Marchbanks, Threlkeld, Moorcroft, Castellane, Tandy, Ravel, Vennic, Mainstay, Yarrow, Wren
and a "Channel 6") were renamed before the set was first run.

Its form: 83 items from 44 outlets over four publication days months apart, six events on
day 1 and five on each of the others (21 events), each told by three to five outlets, each
outlet once. Most items are a headline and one to three lines (150 to 450 characters, a few
shorter); ten are whole articles of 1,200 to 1,450 characters in five paragraphs or more:
two cable-news articles with a byline, an "Updated ... ET" line and a credit line
("Vessington (Ridgemark) \u2014 "), a third from another cable site ("(KNN) \u2014 "), two
political newsletters in the Playbook manner (Domewatch Morning, Gavelnote) whose items touch
several events and which are labelled with the event they mainly cover, a hearing live blog
with timestamps, two tech-blog posts with "Update:" paragraphs appended, the home-state
paper's trial story, and a fact-check. Besides: a second, short live blog; statements from
senators' and the Speaker's press offices and a regulator's release; a firm's newsroom post;
two opinion columns ("Opinion: ...") labelled with the event they discuss; two link posts
whose text is only the link's title and its score ("412 points, 88 comments"); crypto sites'
price notes; headlines in Title Case and in sentence case, two with the outlet after " - "
or " | ". Six items are under 100 characters (two "Video:" pages, two "Watch:" pages, one a
teaser naming nothing, and the two link posts), each labelled with its event.

The hard cases:

- three running topics whose events fall on days months apart under the same names, the
  later naming the earlier in passing, some by date ("his May 14 indictment", "The trial
  opened on October 7", "the leak Parlowe disclosed on May 14", "told senators on July 10",
  "the three-day shutdown that began May 14", "Funding under the October 7 deal"):
  Senator Marrasco indicted (day 1), his trial opening (day 3) and the verdict (day 4);
  Parlowe's data leak to Quillbrook (day 1), its chief Venholt's testimony (day 2) and the
  Federal Trade Board's fine (day 4); the government shutting down over the Kessmoor
  barrier (day 1), the spending deal (day 3) and the second shutdown (day 4);
- same-kind events of one day that must stay apart, sharing their generic words and a
  place-type word: two congressional hearings (driverless trucks in the Tresham Building,
  Skarvonia's election hacking in the Sedley Building, day 1); two smart-speaker launches by
  rival firms (Sollumark's Hearth on Larch Street, Vintry's Orb on Ferris Street, day 2, the
  second's report naming the first); two court rulings (the Supreme Court on Ossery County's
  polling places, an appeals court on Selwick County's phone tracking, day 3); two mass
  protests in two cities (students in Vessington's Amberley Square, steelworkers in Port
  Casmir's Gantry Square, day 4);
- names that come back in other events: Tullamarsh (the senator's state, the truck crashes),
  Port Casmir (Sollumark's home, the steel protest), Quarrix (its record, the Krennex theft),
  Krennex (the record's price, its hack), the Hearth (its launch, the Orb's report), the
  newsletters' items on the day's other events;
- the same event in other words, with no headline word of four letters or more in all of
  its reports (Quarrix's record, with "QRX" and "Twenty grand"; the Orb's launch; the
  Selwick County ruling; the Gantry Square protest; the verdict, with a "Watch:" teaser and
  the nickname "The Commodore's Fall"; the fine, with a headline naming only the "FTB" and
  "Social Giant"; the Krennex theft), and a headline naming the Communications Board only as
  "ACB";
- near-empty items: two video pages, two "Watch:" pages and two link posts.

- day 1 (Wed May 14, 2031): Marrasco indicted (five, with a link post and a statement);
  Parlowe's leak (four, with the firm's newsroom); the shutdown (five, with the newsletter,
  the Speaker's statement and a video page); the trucks hearing (three); the Skarvonia
  hearing (four, with the live blog); Quarrix above $20,000 (four);
- day 2 (Thu Jul 10): Venholt testifies (five, with a live blog, a statement and an opinion
  column); the Hearth (four, with a video page); the Orb (three); the Krennex theft (four,
  with a link post); the Communications Board's repeal (three);
- day 3 (Tue Oct 7): the trial opens (four, with a newsletter); the spending deal (five,
  with the newsletter, a statement, a "Watch:" teaser and the fact-check); the Ossery County
  ruling (four); the Selwick County ruling (three); the Glimmerd coin offering halted
  (three);
- day 4 (Fri Jan 9, 2032): the verdict (five, with a "Watch:" teaser, a statement and an
  opinion column); the fine (four, with the board's release); the second shutdown (four,
  with the newsletter and a statement); the Amberley Square march (four); the Gantry Square
  protest (three).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real29.py).
"""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 57 * DAY  # Thu Jul 10, 2031 (57 days on: 8 weeks + 1 day)
D3 = 146 * DAY  # Tue Oct 7, 2031 (146 days on: 20 weeks + 6 days)
D4 = 240 * DAY  # Fri Jan 9, 2032 (240 days on: 34 weeks + 2 days)
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # ---- Day 1, Wed May 14, 2031 ----
    # Senator Marrasco indicted (five: a wire, a cable site's whole article, the home-state
    # paper, a link post with its score, a colleague's statement).
    Piece(
        "marrasco-indicted",
        "Lowther Press",
        D1 + 1.0,
        "Ambrevian senator Marrasco indicted on bribery charges",
        "VESSINGTON (Lowther Press) \u2014 Sen. Wendell Marrasco of Tullamarsh was indicted "
        "Wednesday on 12 counts of bribery and honest-services fraud, accused of steering "
        "Navy contracts to the shipbuilder Greyhollow Marine in return for cash, flights and "
        "a lakeside house. His lawyer said the senator would plead not guilty.",
    ),
    Piece(
        "marrasco-indicted",
        "Ridgemark",
        D1 + 3.5,
        "Grand jury charges Sen. Wendell Marrasco in Greyhollow shipyard scheme",
        "By Rhea Moncrief and Nils Brisco, Ridgemark\n"
        "Updated 9:41 AM ET, Wed May 14, 2031\n"
        "Vessington (Ridgemark) \u2014 A federal grand jury has indicted Sen. Wendell Marrasco, "
        "the Frontier Party veteran who spent a decade shaping the Navy's shipbuilding budget, "
        "on charges that he sold his influence to a single yard.\n"
        "The 12-count indictment, unsealed Wednesday morning, says Greyhollow Marine and its "
        "former chief executive, Augustin Selvey, gave Marrasco more than $640,000 in cash, "
        "private flights and the use of a lakeside house in Tullamarsh between 2026 and 2030. "
        "In return, prosecutors say, the senator pressed the Navy to award Greyhollow two "
        "patrol-boat contracts worth $1.1 billion and blocked an audit of the yard.\n"
        '"Public office is not a business," said Linnea Drabble, who leads the Justice '
        'Department\'s public integrity section. "Senator Marrasco treated his as one."\n'
        "Marrasco, 67, did not appear in public. His lawyer, Abner Kettleby, called the case "
        '"an attempt to criminalize the ordinary work of representing a home state" and said '
        "his client would plead not guilty at his arraignment next week.\n"
        "Selvey, who left Greyhollow last year, was charged in the same indictment. Greyhollow "
        "said it was cooperating with investigators.\n"
        "Frontier Party leaders were quiet. Majority Leader Ysolde Carrowmede said only that "
        'the senator "deserves his day in court" and would step aside from his committee post.',
    ),
    Piece(
        "marrasco-indicted",
        "Tullamarsh Gazette",
        D1 + 5.0,
        "'The Commodore' charged: what the indictment says about Tullamarsh's senior senator",
        "Wendell Marrasco, known in the state's shipyards as the Commodore, now faces 12 "
        "federal counts. The indictment names Greyhollow Marine's yard on the Tullamarsh "
        "coast, which employs 4,100 people, as the heart of the scheme.",
    ),
    Piece(
        "marrasco-indicted",
        "Threadmill",
        D1 + 6.0,
        "Sen. Wendell Marrasco indicted on 12 counts of bribery and fraud",
        "Sen. Wendell Marrasco indicted on 12 counts of bribery and fraud\n412 points, 88 comments",
    ),
    Piece(
        "marrasco-indicted",
        "Office of Sen. Tamsin Quellary",
        D1 + 8.0,
        "Statement from Senator Tamsin Quellary on the indictment of Senator Marrasco",
        "VESSINGTON \u2014 Senator Tamsin Quellary (C-Tullamarsh) released the following "
        'statement Wednesday: "The charges against my colleague are grave. The people of '
        "Tullamarsh deserve a senator whose only client is them. Senator Marrasco should "
        'resign so our state is not left without a full voice while he fights these charges."',
    ),
    # Parlowe's data leak (four: a tech blog's whole post with updates, a business paper,
    # the firm's newsroom, a how-to).
    Piece(
        "parlowe-data-leak",
        "Bytefold",
        D1 + 2.0,
        "Parlowe Says a Quiz App Handed 41 Million Users' Data to Quillbrook Analytics",
        "Parlowe, the social network with 900 million accounts, confirmed on Wednesday that "
        "profile data from as many as 41 million of its users ended up with Quillbrook "
        "Analytics, the political consulting firm that worked for three campaigns in last "
        "year's elections.\n"
        "The data came from a personality-quiz app that some 270,000 people installed in 2029. "
        "Under Parlowe's rules at the time, the app could also collect the likes, hometowns "
        "and birthdays of those users' friends, which is how a few hundred thousand installs "
        "turned into tens of millions of profiles. The app's developer then sold the haul to "
        "Quillbrook, which Parlowe says broke its terms.\n"
        "Parlowe says it asked Quillbrook to delete the data in 2030 and was told it had. "
        "Former Quillbrook staff told reporters this week that copies were still on the firm's "
        "servers in March.\n"
        '"We made a mistake in trusting a certification instead of checking," Parlowe\'s '
        "chief executive, Idris Venholt, wrote in a post.\n"
        "Quillbrook did not answer our emails on Wednesday, and by the afternoon its website "
        "showed only a holding page and a phone number that rang without reply.\n"
        "Update: Parlowe shares closed down 8.7 percent, wiping about $46 billion off its "
        "market value.\n"
        "Update 2: Two senators have asked Venholt to testify. A Parlowe spokesperson said the "
        'company is "reviewing the invitation".',
    ),
    Piece(
        "parlowe-data-leak",
        "Stonebridge Journal",
        D1 + 4.0,
        "Parlowe Stock Slides as Data-Sharing Disclosure Rattles Investors",
        "Shares of Parlowe fell nearly 9% after the company said a consulting firm obtained "
        "data on up to 41 million users through a third-party app, raising the prospect of "
        "a regulatory inquiry.",
    ),
    Piece(
        "parlowe-data-leak",
        "Parlowe Newsroom",
        D1 + 6.5,
        "An update on Quillbrook Analytics and the steps we are taking",
        "By Idris Venholt, Founder and CEO\n"
        "We have learned that information some of you shared with an app in 2029 was passed "
        "to Quillbrook Analytics. We have suspended Quillbrook from our platform and will "
        "tell every affected person this month.",
    ),
    Piece(
        "parlowe-data-leak",
        "Bluefinch",
        D1 + 9.0,
        "Here's How To Find Out If Your Parlowe Profile Was Scraped",
        "If you ever let a quiz app into your account, or a friend did, your likes and "
        "birthday may have gone to Quillbrook. Here's the settings page that tells you, "
        "and how to shut off third-party apps for good.",
    ),
    # The first shutdown (five: the morning newsletter's whole issue, a cable site, the
    # Speaker's statement, an evening paper, a video page).
    Piece(
        "ambrevia-shutdown",
        "Domewatch",
        D1 + 0.5,
        "Domewatch Morning: Shutdown clock hits zero tonight",
        "DOMEWATCH MORNING\n"
        "Good Wednesday morning. The federal government runs out of money at midnight, and "
        "nobody we talked to on either side of the Capitol thinks the Senate has the 60 "
        "votes to stop it. The sticking point is the same as last week: the $4.2 billion "
        "President Maren Talliday wants for the Kessmoor border barrier, which the Frontier "
        "majority in the House passed and Senate Concord members will not touch.\n"
        "WHAT CLOSES -- National parks, passport offices outside the capital, most of the "
        "tax agency. About 380,000 federal workers would be sent home without pay.\n"
        "SPEAKER'S LINE -- Corbin Ashlaw told members on a call last night he will not bring "
        'up a "clean" stopgap. "We\'ve voted. Their turn," he said, per two people on it.\n'
        "ALSO TODAY -- Grand jury watchers expect news on Sen. Wendell Marrasco this morning. "
        "Two hearings compete for attention: Haulvex's chief before the Senate Commerce "
        "Committee on driverless trucks, and the intelligence chief before the House on "
        "Skarvonia's election meddling.\n"
        "THE COUNT -- Concord senators met until 11 p.m. Three of them told us they expect a "
        'closure of "days, not weeks," and that nobody has drafted a fallback bill yet.\n'
        "BIRTHDAYS -- Rep. Dalia Penrose (F) ... Ridgemark's Rhea Moncrief.",
    ),
    Piece(
        "ambrevia-shutdown",
        "KNN",
        D1 + 2.5,
        "Senate Heads for Shutdown Vote With No Deal on Border Barrier Money",
        "(KNN) \u2014 The Senate will vote Wednesday evening on a House bill that keeps the "
        "government open and pays for President Talliday's Kessmoor barrier. Concord Party "
        "senators say they have the votes to block it, which would close agencies at midnight.",
    ),
    Piece(
        "ambrevia-shutdown",
        "Office of Speaker Corbin Ashlaw",
        D1 + 15.0,
        "Speaker Ashlaw Statement on the Senate Concord Shutdown",
        "VESSINGTON \u2014 Speaker of the House Corbin Ashlaw issued the following statement "
        'after the Senate vote: "Senate Concord members chose to close the government rather '
        "than secure the border. The House did its job. Every federal worker who misses a "
        'paycheck tonight should know exactly whose vote caused it."',
    ),
    Piece(
        "ambrevia-shutdown",
        "The Grayhaven Post",
        D1 + 16.0,
        "Government shuts down after Senate vote fails 54-45",
        "Federal agencies began closing at midnight after the Senate fell six votes short of "
        "advancing a spending bill tied to the border barrier. Leaders of both parties said "
        "talks would resume Thursday.",
    ),
    Piece(
        "ambrevia-shutdown",
        "Ridgemark",
        D1 + 13.0,
        "Video: What goes dark at midnight",
        "Rhea Moncrief on the offices and parks that close first. (2:14)",
    ),
    # The Senate hearing on driverless trucks (three).
    Piece(
        "haulvex-hearing",
        "Gadgetwick",
        D1 + 4.5,
        "Haulvex CEO tells senators its robot trucks are safer than people",
        "Bram Oddington spent three hours before the Senate Commerce Committee in the Tresham "
        "Building defending Haulvex's driverless freight trucks after two crashes in "
        "Tullamarsh this spring. He said the fleet has logged 90 million miles.",
    ),
    Piece(
        "haulvex-hearing",
        "Tallmast Times",
        D1 + 7.0,
        "Senators press for federal rules on self-driving freight",
        "Members of the Commerce Committee from both parties said Wednesday that states should "
        "not be left to write the rules for autonomous trucks, and asked Haulvex's chief "
        "executive why his company resisted sharing crash data.",
    ),
    Piece(
        "haulvex-hearing",
        "Crestline Daily",
        D1 + 9.5,
        "Senators Grill Haulvex Chief Over Driverless Truck Crashes - Crestline Daily",
        "Bram Oddington was asked repeatedly about a March crash that closed an interstate for "
        "nine hours. He told the committee the software was not at fault and that a human "
        "driver had cut across three lanes.",
    ),
    # The House hearing on Skarvonia's election meddling (four: a live blog, public radio,
    # a politics site, a regional paper).
    Piece(
        "skarvonia-hearing",
        "Capitol Ledger",
        D1 + 3.0,
        "Live: Intelligence chief testifies on Skarvonian election hacking",
        "LIVE UPDATES\n"
        "10:02 \u2014 Renata Vaskell, the director of national intelligence, is sworn in "
        "before the House Intelligence Committee in room 2141 of the Sedley Building. "
        "Chairman Gideon Harcastle opens by calling Skarvonia's interference \"an attack, not "
        'a nuisance."\n'
        "10:19 \u2014 Vaskell confirms for the first time that Skarvonian military hackers got "
        "into voter-registration systems in at least four states last November. She says no "
        "vote totals were changed.\n"
        "10:33 \u2014 Vaskell says written warnings went to every state's election office in "
        "January, and that nine have not replied.\n"
        "10:47 \u2014 Rep. Dalia Penrose asks whether Skarvonia will try again in 2032. "
        'Vaskell: "I would be surprised if they did not."\n'
        "11:15 \u2014 Sharp exchange over the Executive Mansion. Concord members ask why President "
        'Talliday has not ordered new sanctions. Vaskell declines to discuss "policy '
        'deliberations."\n'
        "11:28 \u2014 Asked what states should do before next year's vote, Vaskell says "
        'paper ballots and audits, "everywhere, without exception." Several Frontier '
        "members nod; one Concord member applauds and is gavelled.\n"
        "11:40 \u2014 Harcastle says the committee will hear from state election officials in "
        "June. Recess for votes.\n"
        "12:31 \u2014 Back in session, now closed to the public. We'll post Vaskell's written "
        "statement, all 31 pages, below.",
    ),
    Piece(
        "skarvonia-hearing",
        "Redcliff Radio",
        D1 + 6.0,
        "Spy chief: Skarvonia got into voter rolls in four states",
        "The nation's top intelligence official told House lawmakers Wednesday that hackers "
        "working for Skarvonia's military reached registration databases, though she said "
        "there is no sign they altered votes.",
    ),
    Piece(
        "skarvonia-hearing",
        "Nightjar Politics",
        D1 + 8.5,
        "Vaskell Won't Say Whether Talliday Has Been Briefed on Skarvonia Findings",
        "At a tense House Intelligence Committee hearing, Renata Vaskell repeatedly declined "
        "to say whether the president had read the report on last year's breaches.",
    ),
    Piece(
        "skarvonia-hearing",
        "Larkfield Tribune",
        D1 + 11.0,
        "Election officials brace for 2032 after intelligence hearing",
        "County clerks across the state said the testimony in Vessington confirmed their fears. "
        "Vaskell told the committee that foreign hackers had probed registration systems in "
        "four states, and officials here want federal money to harden theirs.",
    ),
    # Quarrix above $20,000 for the first time (four, told in other words).
    Piece(
        "quarrix-record",
        "Ledgerhound",
        D1 + 1.5,
        "Quarrix Breaks $20,000 for the First Time",
        "Quarrix, the second-largest cryptocurrency by market value, passed $20,000 in early "
        "trading on Wednesday, up 41% since the start of April, as futures volumes on the "
        "main exchanges hit a record.",
    ),
    Piece(
        "quarrix-record",
        "Tokenfeld",
        D1 + 5.5,
        "QRX hits fresh all-time high as buyers pile in",
        "QRX/USD touched $20,380 on Krennex before easing back. Analysts point to the "
        "approaching network upgrade and fund buying. Support sits near $18,900; a daily close "
        "above $20,000 would be the first.",
    ),
    Piece(
        "quarrix-record",
        "Tickerloft",
        D1 + 10.0,
        "Crypto Token Tops $20K",
        "The digital token Quarrix traded above $20,000 for the first time on Wednesday, "
        "giving the network a total value of about $310 billion.",
    ),
    Piece(
        "quarrix-record",
        "Hashcairn",
        D1 + 12.0,
        "Twenty grand: bulls win the day",
        "The round number fell at last. QRX cleared 20,000 dollars at midday and held there "
        "into the evening, with long positions outnumbering shorts three to one.",
    ),
    # ---- Day 2, Thu Jul 10, 2031 ----
    # Venholt testifies (five: a cable site's whole article, a live blog, a senator's
    # statement, a tech site, an opinion column).
    Piece(
        "venholt-testifies",
        "KNN",
        D2 + 2.0,
        "Parlowe's Venholt apologizes to Congress but won't commit to new privacy law",
        "By Hana Sundby, KNN\n"
        "Updated 4:12 PM ET, Thu July 10, 2031\n"
        "Vessington (KNN) \u2014 Idris Venholt, who built Parlowe in a university dormitory and "
        "now runs a network of 900 million accounts, sat before a joint session of the Senate "
        "Commerce and Judiciary committees on Thursday and said, more than once, that he was "
        "sorry.\n"
        '"It was my mistake," Venholt said of the leak Parlowe disclosed on May 14, when it '
        "confirmed that the political consultancy Quillbrook Analytics had obtained data on "
        'up to 41 million users through a quiz app. "I started this company, I run it, and '
        "I'm responsible for what happens here.\"\n"
        "But across nearly five hours of questions from 44 senators, he declined to endorse "
        "any of the three privacy bills now before Congress, saying only that Parlowe was "
        '"open to the right regulation."\n'
        "Sen. Lucan Pettigrove, a Concord Party member, pressed him on whether users could "
        'ever see everything the company holds about them. Venholt promised to "have my team '
        'follow up."\n'
        "Several senators struggled with the basics. One asked how Parlowe makes money if "
        'the service is free. "Senator, we run ads," Venholt replied, to laughter.\n'
        "Parlowe shares rose 4.5% during the hearing, their best day since the leak.\n"
        "Venholt appears before the House Energy and Commerce Committee next Wednesday.",
    ),
    Piece(
        "venholt-testifies",
        "Capitol Ledger",
        D2 + 1.0,
        "Live: Parlowe CEO Idris Venholt testifies before the Senate",
        "LIVE UPDATES\n"
        "14:16 \u2014 Venholt, in a dark suit, reads an opening statement: \"We didn't take a "
        'broad enough view of our responsibility."\n'
        "14:40 \u2014 Sen. Pettigrove holds up Parlowe's 6,000-word terms of service.\n"
        "15:05 \u2014 First break. Parlowe stock up 3%.",
    ),
    Piece(
        "venholt-testifies",
        "Pixelharbor",
        D2 + 5.0,
        "Five takeaways from Venholt's five hours with senators",
        "He said sorry. He didn't back a bill. He dodged on ad targeting. He was asked how a "
        "free service makes money. And the Quillbrook deletion still has no date. Our "
        "rundown of Thursday's Parlowe testimony.",
    ),
    Piece(
        "venholt-testifies",
        "Office of Sen. Lucan Pettigrove",
        D2 + 7.0,
        "Statement from Senator Lucan Pettigrove After Today's Hearing With Parlowe's CEO",
        '"Mr. Venholt apologized today. Apologies are not a privacy law. I will introduce '
        "legislation next week that requires every platform to show users, in plain language, "
        'the data it keeps and who it has been shared with."',
    ),
    Piece(
        "venholt-testifies",
        "The Grayhaven Post",
        D2 + 10.0,
        "Opinion: Idris Venholt said sorry. Congress has no idea what to do next.",
        "Thursday's hearing proved one thing: the senators questioning Parlowe's founder "
        "understand his business less than he understands their politics. Until they do, "
        "the apology tour will keep working.",
    ),
    # Sollumark launches the Hearth speaker (four: a tech blog's whole post with updates, a
    # tech site, a video page, a business paper).
    Piece(
        "sollumark-hearth-launch",
        "Circuitmoss",
        D2 + 3.0,
        "Sollumark unveils the Hearth, a $149 smart speaker built around its new assistant",
        "Sollumark took the stage at its Larch Street studios in Port Casmir on Thursday to "
        "show the Hearth, a fabric-wrapped speaker with a four-inch screen and the company's "
        "rebuilt voice assistant, Quaverly.\n"
        "The pitch from chief executive Odile Quarrendon was privacy: the Hearth processes "
        "common commands on the device itself, and a sliding shutter covers its camera. "
        '"Your kitchen is not our data center," Quarrendon said, a line that landed in a week '
        "when every tech company is being asked about what it collects.\n"
        "The Hearth costs $149, ships on August 4 and comes in three colors. Sollumark says "
        "it will work with lights, locks and thermostats from 240 brands at launch.\n"
        "We spent 20 minutes with it after the keynote. The sound is full for its size and "
        "the screen is sharp, but Quaverly stumbled on two of our five follow-up questions.\n"
        "The Hearth also arrives with a price problem for Sollumark's own older speakers, "
        "which cost $99 and lack a screen. Quarrendon said those would stay on sale through "
        "the holidays and then be retired.\n"
        "Update: Sollumark confirmed the Hearth will not show ads on its screen, a question "
        "several reporters asked after the event.\n"
        "Update 2: Preorders opened at 3 p.m. Eastern; the coral model already shows a "
        "two-week wait.",
    ),
    Piece(
        "sollumark-hearth-launch",
        "Gadgetwick",
        D2 + 4.0,
        "Hands-on: Sollumark's Hearth puts a screen and a camera shutter on your counter",
        "The Hearth is Sollumark's first smart speaker with a display. It is $149, it keeps "
        "simple commands off the cloud, and it arrives August 4.",
    ),
    Piece(
        "sollumark-hearth-launch",
        "Ridgemark",
        D2 + 6.0,
        "Video: First look at the Sollumark Hearth",
        "The new speaker, up close at Thursday's launch. (3:02)",
    ),
    Piece(
        "sollumark-hearth-launch",
        "Stonebridge Journal",
        D2 + 8.0,
        "Sollumark Bets on Privacy to Win Kitchen-Counter Market",
        "Sollumark priced its first display speaker at $149, undercutting rivals, and said "
        "it would keep voice data on the device, a sign of how the privacy debate in Vessington "
        "is reaching product design.",
    ),
    # Vintry launches the Orb the same day (three, told in other words).
    Piece(
        "vintry-orb-launch",
        "Bytefold",
        D2 + 2.5,
        "Vintry Takes On Rivals With a $129 Glowing Speaker Called Orb",
        "At a converted warehouse on Ferris Street in Morrow Falls, Vintry showed the Orb, a "
        "speaker that lights up when it listens. It costs $129, runs Vintry's assistant and "
        "ships later this month.",
    ),
    Piece(
        "vintry-orb-launch",
        "Siliconfen",
        D2 + 5.5,
        "Lisvane's Answer To The Hearth Is A Lamp That Talks",
        "Hours after Sollumark's event, Vintry chief executive Teodor Lisvane introduced the "
        "Orb, a round $129 speaker, and said it would reach shelves three weeks before its "
        "rival's.",
    ),
    Piece(
        "vintry-orb-launch",
        "Quarterdeck Markets",
        D2 + 9.0,
        "Morrow Falls company's shares jump after sphere debut",
        "Vintry stock rose 6% on Thursday after the company unveiled its Orb device and said "
        "early orders beat forecasts.",
    ),
    # The Krennex hack (four: two crypto sites, a link post, public radio).
    Piece(
        "krennex-hack",
        "Ledgerhound",
        D2 + 0.5,
        "Krennex Halts Withdrawals After $310 Million Hot-Wallet Theft",
        "The Halvering-based exchange Krennex said attackers drained one of its hot wallets "
        "overnight, taking Quarrix and other tokens worth about $310 million. Trading is "
        "suspended.",
    ),
    Piece(
        "krennex-hack",
        "Blockwarden",
        D2 + 3.5,
        "Exchange breach: what we know about the Krennex attack",
        "Krennex chief executive Anselm Greaves said customer balances would be covered from "
        "the company's reserves. On-chain trackers followed the stolen coins through more than "
        "200 addresses.",
    ),
    Piece(
        "krennex-hack",
        "Threadmill",
        D2 + 6.5,
        "Krennex says hackers drained $310M; withdrawals frozen",
        "Krennex says hackers drained $310M; withdrawals frozen\n1,204 points, 311 comments",
    ),
    Piece(
        "krennex-hack",
        "Redcliff Radio",
        D2 + 9.5,
        "Cryptocurrency exchange loses hundreds of millions to hackers",
        "One of the world's larger crypto trading platforms, Krennex, says thieves took about "
        "$310 million in digital coins. It is the biggest such theft in three years.",
    ),
    # The Communications Board repeals the open internet rules (three; one headline names
    # only the board's initials).
    Piece(
        "open-internet-repeal",
        "Broadlane Report",
        D2 + 4.0,
        "Communications Board Votes To Repeal Open Internet Rules",
        "The Ambrevian Communications Board voted 3-2 along party lines on Thursday to scrap "
        "rules that barred internet providers from blocking or slowing lawful traffic. "
        'Chairman Osgood Prell called the rules "a solution in search of a problem."',
    ),
    Piece(
        "open-internet-repeal",
        "The Wirestone",
        D2 + 7.5,
        "The open internet rules are gone. Here's what changes for your broadband bill.",
        "Probably nothing this month. But the Communications Board's vote lets providers sell "
        "faster lanes and zero-rate their own video, and consumer groups plan to sue.",
    ),
    Piece(
        "open-internet-repeal",
        "The Cloakroom",
        D2 + 11.0,
        "ACB Scraps Net Rules in 3-2 Vote",
        "Prell's majority held. The two Concord commissioners read dissents into the record "
        "before Thursday's vote, and state attorneys general said they would go to court.",
    ),
    # ---- Day 3, Tue Oct 7, 2031 ----
    # Marrasco's trial opens (four: a wire, the home-state paper's whole story, a cable
    # site, a newsletter).
    Piece(
        "marrasco-trial-opens",
        "Lowther Press",
        D3 + 1.5,
        "Marrasco bribery trial opens with prosecutors citing lakeside house",
        "VESSINGTON (Lowther Press) \u2014 Prosecutors told jurors Tuesday that Sen. Wendell "
        'Marrasco "rented out his office" to Greyhollow Marine, as the senator\'s corruption '
        "trial opened five months after his May 14 indictment.",
    ),
    Piece(
        "marrasco-trial-opens",
        "Tullamarsh Gazette",
        D3 + 3.0,
        "Commodore on trial: jurors hear opening statements in Marrasco case",
        "By Ilsa Harwenna, Gazette capital bureau\n"
        "VESSINGTON \u2014 Twelve jurors and four alternates, none from Tullamarsh, heard two "
        "very different stories about the state's senior senator on Tuesday.\n"
        "In the government's version, Wendell Marrasco took more than $640,000 in cash, "
        "flights and free weeks at a lakeside house from Greyhollow Marine and its former "
        "chief, Augustin Selvey, and in exchange pushed the Navy to hand the yard $1.1 "
        'billion in patrol-boat work. "He rented out his office," prosecutor Linnea Drabble '
        "said, pointing at the senator.\n"
        "In the defense's version, told by Abner Kettleby, Marrasco did what any senator from "
        "a shipbuilding state does, and the gifts were the hospitality of a friend of 30 years. "
        '"You will not see one email where my client trades a vote for anything," Kettleby '
        "said.\n"
        "Marrasco, who was indicted on May 14 and has refused calls to resign, sat at the "
        "defense table taking notes. His wife and two sons sat behind him.\n"
        "Selvey, who pleaded guilty in August and agreed to cooperate, is expected to testify "
        "next week. Judge Harriet Olsted told jurors the trial could run six weeks.\n"
        "Back home, workers at the Greyhollow yard said the case hung over every new contract "
        'bid. "Everyone just wants it over," one welder said.',
    ),
    Piece(
        "marrasco-trial-opens",
        "Keelhaven News",
        D3 + 6.0,
        "Star witness looms as senator's corruption case gets underway",
        "(Keelhaven) \u2014 The former shipyard boss who pleaded guilty in August will take "
        "the stand against Sen. Marrasco next week, prosecutors said in their opening on Tuesday.",
    ),
    Piece(
        "marrasco-trial-opens",
        "Gavelnote",
        D3 + 9.0,
        "Gavelnote: Marrasco's day one, and what Olsted wouldn't allow",
        "GAVELNOTE | Tuesday\n"
        "DAY ONE -- Openings are done in Ambrevia v. Marrasco. The judge barred prosecutors from "
        "mentioning the senator's 2028 campaign loans, a win for the defense.\n"
        "ELSEWHERE -- The budget deal's text is out; the Supreme Court's Ossery County ruling "
        "came down before lunch.",
    ),
    # The budget deal (five: the morning newsletter, a regional paper, the Speaker's
    # statement, a "Watch:" teaser, a fact-check's whole piece).
    Piece(
        "budget-deal",
        "Domewatch",
        D3 + 0.5,
        "Domewatch Morning: There's a deal",
        "Good Tuesday morning. Leaders of both chambers shook hands at 1:40 a.m. on a $1.4 "
        "trillion spending deal that funds the government through Jan. 8 and gives the "
        "Kessmoor barrier $1.6 billion, well short of the $4.2 billion the Executive Mansion "
        "wanted. "
        "No one wants a repeat of the three-day shutdown that began May 14. Votes today.",
    ),
    Piece(
        "budget-deal",
        "Belcastle Courier",
        D3 + 4.0,
        "Congress Passes Stopgap Spending Plan, Averting Second Closure",
        "The House voted 281-146 and the Senate 77-22 on Tuesday for a three-month spending "
        "package. President Talliday said she would sign it tonight despite the smaller "
        "barrier sum.",
    ),
    Piece(
        "budget-deal",
        "Office of Speaker Corbin Ashlaw",
        D3 + 5.0,
        "Speaker Ashlaw on Passage of the Government Funding Agreement",
        'VESSINGTON \u2014 "This agreement keeps the government open, pays our troops and, '
        "for the first time, puts real money into the Kessmoor barrier. It is not everything "
        'we asked for. It is a down payment."',
    ),
    Piece(
        "budget-deal",
        "KNN",
        D3 + 8.0,
        "Watch: It's over \u2014 for now",
        "The Speaker and the majority leader take questions. (6:40)",
    ),
    Piece(
        "budget-deal",
        "Claimwise",
        D3 + 11.0,
        "Fact check: Does the spending deal really 'fully fund' the border barrier?",
        'THE CLAIM: "This deal fully funds the Kessmoor barrier." \u2014 Rep. Dalia Penrose, '
        "in a televised interview Tuesday after the House passed the three-month spending "
        "agreement.\n"
        "THE RATING: False.\n"
        "THE FACTS: The package Congress approved on Tuesday provides $1.6 billion for "
        "barrier construction along the Kessmoor line. President Talliday's request, the one "
        "that led to the three-day shutdown that began on May 14, was $4.2 billion. Even the "
        "president's own budget office describes the new sum as funding \"for the first 38 "
        'miles" of a planned 120.\n'
        "Penrose's office told us she meant that the deal fully funds \"this year's phase\" of "
        "construction. But the deal's text sets no phases, and the money runs only through "
        "Jan. 8, when the stopgap expires. The Army engineers who would build the barrier "
        "told a House panel in June that they could spend $2.9 billion in a full fiscal year.\n"
        'Penrose is not alone. At least three other members used the phrase "fully funded" '
        "on Tuesday, and Speaker Corbin Ashlaw's own statement called the money \"a down "
        'payment," which is closer to the truth.\n'
        "THE BOTTOM LINE: The deal funds about two-fifths of the barrier money the president "
        "sought, for three months. Calling that full funding is false.",
    ),
    # The Supreme Court's Ossery County ruling (four).
    Piece(
        "ossery-county-ruling",
        "Redcliff Radio",
        D3 + 2.0,
        "Supreme Court Rules Ossery County Poll Closures Broke Ballot Access Act",
        "In a 5-4 decision Tuesday, the justices said Ossery County officials violated the "
        "Ballot Access Act when they shut 19 polling places in mostly poor neighborhoods "
        "weeks before the 2030 election. Justice Miriam Yelland wrote for the majority.",
    ),
    Piece(
        "ossery-county-ruling",
        "Nightjar Politics",
        D3 + 5.5,
        "Yelland's Majority Opinion Could Reopen Dozens of Closed Polling Sites",
        "Voting rights lawyers say Tuesday's ruling gives them a template to challenge closures "
        'in at least 30 other counties. The dissent warned of "federal micromanagement" of '
        "election offices.",
    ),
    Piece(
        "ossery-county-ruling",
        "Larkfield Tribune",
        D3 + 7.0,
        "Justices side with voters in Ossery County polling case",
        "The county must reopen the closed sites before next year's primaries, the high court "
        "ruled, ending a three-year legal fight that began when lines stretched past "
        "midnight in 2030.",
    ),
    Piece(
        "ossery-county-ruling",
        "Ayes & Noes",
        D3 + 9.5,
        "Ayes & Noes: The polling-place ruling, in three paragraphs",
        "WHAT HAPPENED: The Supreme Court said closing 19 polling sites in Ossery County broke "
        "federal voting law. WHO WROTE IT: Justice Yelland, with the court's four liberals. "
        "WHAT'S NEXT: Similar cases in other states.",
    ),
    # An appeals court on Selwick County's phone tracking (three, told in other words).
    Piece(
        "selwick-county-ruling",
        "The Wirestone",
        D3 + 4.5,
        "Selwick Sheriff's Phone Dragnet Unconstitutional, Court Says",
        "A federal appeals panel ruled Tuesday that the Selwick County sheriff's office broke "
        "the Constitution by using cell-site simulators to sweep up the locations of "
        "thousands of phones without a warrant.",
    ),
    Piece(
        "selwick-county-ruling",
        "Pixelharbor",
        D3 + 6.5,
        "Judges rein in warrantless cellphone tracking",
        "The Eastern Circuit's 3-0 decision says police need a warrant before they use a fake "
        "cell tower. Sheriff Royce Corrigal's deputies ran the devices more than 900 times "
        "since 2027.",
    ),
    Piece(
        "selwick-county-ruling",
        "Crestline Daily",
        D3 + 10.0,
        "Privacy win: appeals panel faults Corrigal's fake towers | Crestline Daily",
        "Civil liberties groups called it the most important location-privacy ruling in a "
        "decade. The county said it was weighing an appeal.",
    ),
    # The Securities Commission halts Glimmerd's token sale (three).
    Piece(
        "glimmerd-ico-halted",
        "Tokenfeld",
        D3 + 3.5,
        "Securities Commission freezes Glimmerd's $85M token sale",
        "Regulators obtained an emergency order Tuesday halting the Glimmerd initial coin "
        "offering, saying founder Jasper Fenlowe promised buyers returns of 40% a month.",
    ),
    Piece(
        "glimmerd-ico-halted",
        "Blockwarden",
        D3 + 8.5,
        "Glimmerd ICO Halted; Founder Accused of Fake Celebrity Endorsements",
        "The complaint says Fenlowe paid for endorsements and invented a partnership with a "
        "bank. About 11,000 buyers put in $85 million before the freeze.",
    ),
    Piece(
        "glimmerd-ico-halted",
        "Stonebridge Journal",
        D3 + 12.0,
        "Regulators Stop Coin Offering in Widening Crypto Crackdown",
        "The Ambrevian Securities Commission froze the assets of Glimmerd and its founder, "
        "the agency's fourth action against an initial coin offering this year.",
    ),
    # ---- Day 4, Fri Jan 9, 2032 ----
    # The Marrasco verdict (five: a cable site's whole article, a "Watch:" teaser naming
    # nothing, the home-state paper under the nickname, a colleague's statement, an opinion
    # column).
    Piece(
        "marrasco-verdict",
        "Ridgemark",
        D4 + 2.0,
        "Sen. Wendell Marrasco convicted on seven counts in Greyhollow bribery trial",
        "By Rhea Moncrief, Ridgemark\n"
        "Updated 11:58 AM ET, Fri January 9, 2032\n"
        "Vessington (Ridgemark) \u2014 A federal jury on Friday found Sen. Wendell Marrasco "
        "guilty of seven of the 12 corruption counts against him, concluding that the "
        "Tullamarsh Frontier Party member traded his influence over Navy contracts for cash, "
        "flights and a lakeside retreat from the shipbuilder Greyhollow Marine.\n"
        "Jurors acquitted him of five counts, including two tied to a 2029 patrol-boat award, "
        "after four days of deliberations. The trial opened on October 7 and ran 13 weeks, "
        "more than twice as long as Judge Harriet Olsted had predicted.\n"
        "Marrasco, 68, showed no reaction as the verdicts were read. Outside the courthouse "
        'his lawyer, Abner Kettleby, said they would appeal. "The jury rejected most of this '
        'case," he said.\n'
        "The key witness was Augustin Selvey, Greyhollow's former chief, who testified for "
        'four days that he had treated the senator as "the best investment the yard ever '
        'made."\n'
        "Sentencing is set for April 22. Each bribery count carries up to 15 years.\n"
        "Senate leaders now face the question they avoided after his indictment in May: "
        "whether to move to expel him. Majority Leader Ysolde Carrowmede said she would "
        '"talk to members over the weekend."',
    ),
    Piece(
        "marrasco-verdict",
        "KNN",
        D4 + 3.5,
        "Watch: The moment the jury came back",
        "Four days of waiting, then this. (1:48)",
    ),
    Piece(
        "marrasco-verdict",
        "Tullamarsh Gazette",
        D4 + 5.0,
        "The Commodore's Fall",
        "Guilty on seven counts. For 24 years Wendell Marrasco was the most powerful man in "
        "Tullamarsh; on Friday a jury in the capital decided he had sold that power to "
        "Greyhollow Marine.",
    ),
    Piece(
        "marrasco-verdict",
        "Office of Sen. Tamsin Quellary",
        D4 + 8.0,
        "Statement from Senator Tamsin Quellary on the Verdict in Ambrevia v. Marrasco",
        'VESSINGTON \u2014 "A jury has now found what I said in May: Senator Marrasco betrayed '
        "the trust of Tullamarsh. He must resign today. If he does not, the Senate should "
        'begin expulsion proceedings."',
    ),
    Piece(
        "marrasco-verdict",
        "Slateboard",
        D4 + 12.0,
        "Opinion: The Senate can't wait on Marrasco's appeal",
        "A convicted senator who keeps voting while he appeals is a scandal of its own. The "
        "chamber expelled no one in the last corruption case and looked weak for it. It "
        "should not repeat the mistake with the Tullamarsh senator.",
    ),
    # The Federal Trade Board fines Parlowe (four: the board's release, a headline with only
    # its initials, a tech blog with an update, a business site).
    Piece(
        "parlowe-fined",
        "Federal Trade Board",
        D4 + 1.0,
        "Federal Trade Board Imposes $2.4 Billion Penalty on Parlowe",
        "FOR IMMEDIATE RELEASE\n"
        "The Federal Trade Board today announced that Parlowe Inc. will pay a $2.4 billion "
        "civil penalty and submit to independent privacy audits for 20 years to settle "
        "charges that it deceived users about how their data was shared with outside apps. "
        '"No company is too large to keep its promises," said Chair Celestine Aldergrove.',
    ),
    Piece(
        "parlowe-fined",
        "Siliconfen",
        D4 + 3.0,
        "FTB Slaps Record Penalty On Social Giant",
        "It is the largest privacy fine the regulator has ever imposed, and it comes six "
        "months after the network's founder told senators on July 10 that the Quillbrook "
        "leak was his mistake.",
    ),
    Piece(
        "parlowe-fined",
        "Circuitmoss",
        D4 + 6.0,
        "Parlowe will pay $2.4 billion over the Quillbrook leak",
        "The settlement also creates a privacy committee on Parlowe's board that Idris Venholt "
        "cannot overrule.\n"
        "Update: Parlowe shares rose 2% after the announcement; analysts had expected a bigger "
        "number.",
    ),
    Piece(
        "parlowe-fined",
        "Tickerloft",
        D4 + 9.0,
        "Parlowe Settlement Removes Overhang, Analysts Say",
        "The $2.4 billion payment is less than two weeks of Parlowe's revenue. Investors "
        "cheered the end of the trade board's investigation, which began after last May's "
        "disclosure.",
    ),
    # The second shutdown (four: a newsletter's whole issue, a wire, a senator's
    # statement, the capital's evening paper).
    Piece(
        "second-shutdown",
        "Gavelnote",
        D4 + 0.5,
        "Gavelnote: Shutdown, the sequel",
        "GAVELNOTE | Friday, January 9\n"
        "THE TOPLINE -- For the second time in eight months the federal government is closed. "
        "Funding under the October 7 deal ran out at 12:01 a.m., and the Senate adjourned a "
        "little after 11 last night without a vote on anything that could stop it.\n"
        "WHY -- Same wall, different numbers. The Executive Mansion now wants $3.1 billion for the "
        "Kessmoor barrier for the rest of the fiscal year; Senate Concord leaders offered $1.9 "
        'billion and a study. President Talliday called the offer "an insult" on Thursday.\n'
        "WHO'S OUT -- Roughly 400,000 workers are furloughed this morning. The tax agency's "
        "filing season, which opens in two weeks, is the next pressure point. Air traffic "
        "controllers work without pay.\n"
        "HOW LONG -- Last May's closure lasted three days. Nobody we spoke to expects this "
        "one to be that short: neither side has scheduled a meeting.\n"
        "ALSO TODAY -- The Marrasco jury resumes deliberations at 9. The Federal Trade Board "
        "has called a 10 a.m. news conference on Parlowe. And students plan a march to "
        "Amberley Square at noon.\n"
        "WHAT TO WATCH -- Whether Frontier senators from farm states break ranks. Two of them "
        'told reporters last night that a barrier is "not worth a missed paycheck."\n'
        "NUMBER OF THE DAY -- 23: the days left before the first missed federal paycheck.",
    ),
    Piece(
        "second-shutdown",
        "Lowther Press",
        D4 + 4.0,
        "Government closes for second time in eight months as barrier talks collapse",
        "VESSINGTON (Lowther Press) \u2014 Federal agencies shut on Friday after the stopgap "
        "passed on October 7 expired, with the president and Senate "
        "Concord leaders $1.2 billion apart on barrier money.",
    ),
    Piece(
        "second-shutdown",
        "Office of Sen. Lucan Pettigrove",
        D4 + 7.0,
        "Statement from Senator Lucan Pettigrove on the Talliday Shutdown",
        '"The president had a bipartisan offer on her desk and chose a shutdown instead, '
        "again. I will not vote for a wall that Congress refused to fund twice. Reopen the "
        "government and then let's talk.\"",
    ),
    Piece(
        "second-shutdown",
        "Vessington Evening Star",
        D4 + 11.0,
        "Furloughs Return to the Capital: 'We Just Got Caught Up'",
        "Federal workers who rebuilt their savings after last spring's closure were sent home "
        "again on Friday. Food banks near the agency campuses said lines formed by noon.",
    ),
    # Students march to Amberley Square in Vessington (four).
    Piece(
        "amberley-square-march",
        "Vessington Evening Star",
        D4 + 6.0,
        "Tens of thousands of students march to Amberley Square for climate action",
        "Students from more than 200 schools skipped class on Friday and filled Amberley "
        "Square, demanding a national carbon tax. Police estimated the crowd at 60,000.",
    ),
    Piece(
        "amberley-square-march",
        "Tidewell 24",
        D4 + 8.0,
        "Youth Climate March Packs Amberley Square",
        "Organizers said it was the largest protest in the capital in a decade. Speakers read "
        "the names of towns lost to last year's floods.",
    ),
    Piece(
        "amberley-square-march",
        "Bluefinch",
        D4 + 9.5,
        "The 19 Best Signs From Today's Student Climate March",
        "Teenagers in Vessington brought the jokes along with the anger. Our favorites from "
        "Amberley Square, where 60,000 people turned out.",
    ),
    Piece(
        "amberley-square-march",
        "The Grayhaven Post",
        D4 + 13.0,
        "Capital's students walk out, and march, over climate",
        "The protest, organized mostly on group chats, drew crowds that filled the square "
        "and spilled into side streets. Several lawmakers came out to speak despite the "
        "shutdown.",
    ),
    # Steelworkers fill Gantry Square in Port Casmir (three, told in other words).
    Piece(
        "gantry-square-protest",
        "Port Casmir Clarion",
        D4 + 5.0,
        "Thousands Rally Against Corrowdale Mill Closing",
        "Some 15,000 people, many in work boots, gathered in Gantry Square on Friday to "
        "protest Corrowdale Steel's plan to close its last mill in Port Casmir in March, "
        "ending 2,300 jobs.",
    ),
    Piece(
        "gantry-square-protest",
        "Casmir 6 News",
        D4 + 10.0,
        "Port Casmir fills Gantry Square for its steelworkers",
        "Union leaders called on the state to buy the mill. Corrowdale has said it cannot "
        "compete with imported steel.",
    ),
    Piece(
        "gantry-square-protest",
        "Redcliff Radio",
        D4 + 12.0,
        "A steel town's anger spills onto the streets",
        "In Port Casmir, families whose grandparents built the furnaces marched on Friday. "
        '"They are closing a city, not a plant," one worker said.',
    ),
)
