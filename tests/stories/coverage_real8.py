"""An eighth set of multi-outlet coverage of our own: whole articles on new kinds of news.

Written blind, like the fourth to seventh sets: without reading the clustering code or the
texts of the other sets (but for a glance, by mistake, at the first article of the
seventh's, on a subject not used here), so it measures briefing on copy it has not been
tuned on, and no text was changed after seeing how briefing clusters it. Every sentence
is our own; the countries (Drevnia, Kethra, Solvara, Aubria, Talmir, Rhovenia), cities,
firms, people and all 50 outlets are made up.

Its form is issue #16's hidden set (383 articles from 94 outlets over real publication
days), as the seventh's is, and its subjects are kinds of news the earlier sets do not
hold: an election and the coalition talks after it, a pharmaceutical recall and its
regulator's fine, tech layoffs and the results that follow them, a celebrity's tax trial
and verdict, a chip export ban and the rare-earth curbs that answer it, a football
transfer saga, a currency devaluation and its rescue loan, food-safety scares, a bridge
collapse and its inquiry, a space telescope's find, stock market debuts, a cold snap's
blackouts. 79 items from 50 outlets (wires, national and regional papers, tabloids,
business, tech, gaming and science sites, trade papers on drugs, food safety, chips,
metals and civil engineering, broadcasters, a state news agency, a press release,
magazines, newsletters and video pages). Over two thirds (54) are whole articles (1,200 to
2,200 characters, five or more paragraphs) that go past their event's facts into
background, reaction and context: the background names the running topic's earlier
events (the coalition deal recalls the election and the bridge; the fine recalls the
recall; the rare-earth curbs recall the chip ban), other countries and rival firms. The
rest are briefs of two or three sentences and seven near-empty items (video captions and
newsletter teasers under 100 characters, each labelled with its event). House styles vary:
wire datelines ("BRASTOW, May 14 (Northwire) -", "ISFAR, July 25 (TSNA) --"), an Indian
paper's colon dateline ("BRASTOW:"), bylines, a press release with its ticker and media
contact, a live blog with timestamps, a state agency's statement, tabloid capitals;
figures written different ways ($6.2 billion, $6.2bn, 6,200 million dollars; €14.6
million and 14,600,000 euros; €96 million and 96m euros; 120 million and 120m solvars);
people in full in one item and by surname in another.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("A mandate to lead, and nobody to
  lead with"; "HEART PILL ALERT: check your packet now"; "HANDS OFF OUR KOFI"; "IS ANYBODY
  OUT THERE?"; "Drugmaker 'changed recipe without telling anyone', watchdog finds";
  "'They knew': families' anger as Aldern report is published"; "Frozen-fish firm's float
  fails to sizzle"), questions and quotes as headlines, subjects named only in the lead or
  not at all (the tabloids' recall and cheese briefs, the newsletters' teasers);
- one topic, separate events on one day: two tech firms' job cuts (Quillon and
  Brightloom; day 1), two food scares (listeria in Aubria's Greywell cheese, salmonella in
  Rhovenia's Harrowfield eggs; day 2), two stock market debuts (Vellum Games in Amsel,
  Tarnby Foods in Brastow; day 3), two football transfers that name each other (Lartey to
  Porthaven, his successor Rivalho to Sporting Amsel; day 4);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: Drevnia's election
  (day 1), its coalition deal (day 3) and its blackouts under the new government (day 4),
  all naming Vantosh, Bresk and Halm; Marrick's Tensiline recall (day 1) and its fine
  (day 3); Quillon's layoffs (day 1) and its results (day 3); Vey's trial (day 1) and
  verdict (day 3); Kethra's chip ban (day 2) and Talmir's rare-earth curbs (day 4); the
  bid for Lartey refused (day 2) and his transfer (day 4); Solvara's devaluation (day 2)
  and its loan (day 4); the Aldern Bridge's collapse (day 2) and its inquiry (day 4);
- features, analysis and opinion: an analysis of Drevnia's vote from Aubria, an analysis
  of the chip ban ("Will Kethra's chip curbs backfire?"), a transfer column on the bid, a
  feature on shoppers after the devaluation, a column on the Vey verdict and a feature on
  the blackout's villages are each mainly about their event and carry its label; two
  opinion pieces about a wider debate carry their own labels ("op-layoffs" on the
  industry's layoff habit, day 1; "op-transfer-fees" on football's fees, day 4, prompted
  by Lartey's).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): Drevnia's election count (five items); Marrick's recall
  (four); Quillon's job cuts (four) and Brightloom's (two); Vey's trial opens (three); an
  opinion on layoffs; a lighthouse keeper retires;
- day 2 (Fri Jul 25): Kethra's chip ban (four); the bid for Lartey refused (four);
  Solvara's devaluation (three); Greywell's listeria (three) and Harrowfield's salmonella
  (two); the Aldern Bridge's collapse in Corvel (four);
- day 3 (Thu Oct 16): Drevnia's coalition deal (three); Marrick's fine (three); Vey's
  verdict (four); the Halcyon telescope's find (four); Vellum's and Tarnby's debuts (two
  each); Quillon's results (two);
- day 4 (Mon Jan 19, 2032): Talmir's rare-earth curbs (three); Lartey signs (four) and
  Rivalho signs (two); Drevnia's blackouts (three); the bridge inquiry (three); Solvara's
  loan (three); an opinion on transfer fees.

Scored by tests/stories/test_coverage_real8.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day.
"""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0
D2 = 72 * DAY
D3 = 155 * DAY
D4 = 250 * DAY

PIECES: tuple[Piece, ...] = (
    # --- Day 1 (Wed May 14, 2031): Drevnia's election count, told five ways. ---
    Piece(
        "drevnia-election",
        "Northwire",
        D1 + 1.0,
        "Vantosh's Civic Front tops Drevnia vote but falls short of majority",
        "BRASTOW, May 14 (Northwire) - Mila Vantosh's Civic Front won the most seats in "
        "Drevnia's snap general election but fell well short of a majority, final results "
        "showed on Wednesday, opening the way to weeks of coalition bargaining in the Baltic-"
        "facing republic.\n"
        "The centre-right party took 31.4 percent of the vote and 58 of the 150 seats in the "
        "National Assembly, the electoral commission said after counting postal ballots that "
        "had delayed the result since Sunday's vote. A majority requires 76 seats.\n"
        "Prime Minister Gregor Halm's National Union, which had governed for eight years, fell "
        "to 24.1 percent and 44 seats, its worst result since the party was founded. The Green "
        "Alliance led by Teodor Bresk came third with 19 seats, and the nationalist Drevnia "
        "First won 16.\n"
        '"Voters have asked us to lead, and they have asked us to listen," Vantosh told '
        "supporters at a hotel in the capital shortly after the commission's announcement. She "
        'said she would begin talks with "every party that accepts the constitution," a phrase '
        "widely read as ruling out Drevnia First.\n"
        "The election was called in February, more than a year early, after Halm's cabinet lost"
        " a confidence vote over its plan to raise the pension age to 68. Turnout was 71 "
        "percent, up from 64 percent in 2027.\n"
        "Halm conceded defeat but did not say whether he would stay on as party leader. Under "
        "the constitution, President Oskar Lind must now ask the leader of the largest party to"
        " try to form a government.",
    ),
    Piece(
        "drevnia-election",
        "The Brastow Herald",
        D1 + 3.5,
        "A mandate to lead, and nobody to lead with",
        "By Katja Renvall, political editor\n"
        "For a woman who has just won an election, Mila Vantosh looked remarkably tired on "
        "Wednesday morning.\n"
        "The final count gave her Civic Front 58 seats, eighteen short of the number needed to "
        "govern alone, and the arithmetic that follows is unforgiving. A deal with the Green "
        "Alliance would give her 77, a majority of one. A deal with the battered National Union"
        " would be larger but would hand a share of power back to the party voters have just "
        "thrown out.\n"
        "Teodor Bresk, the Greens' leader, was quick to set out his price. His party wants the "
        "last two coal plants in the north closed by 2035 and a tax on domestic flights, both "
        "of which Civic Front's business backers opposed during the campaign. \"We are not in a "
        'hurry," Bresk said on the steps of the Assembly. "Ms Vantosh is."\n'
        "The outgoing prime minister, Gregor Halm, gave a short and gracious speech but took no"
        " questions. Party officials said privately that a leadership contest was likely before"
        " the summer. His defeat completes a collapse that began in February, when his own "
        "backbenchers voted down the pension bill and brought his government down.\n"
        "The result will be watched closely in neighbouring Kethra and Aubria, whose "
        "governments have both faced protests over pension reform this year. In Aubria, where a"
        " similar plan was shelved in March, ministers have described Drevnia's vote as a "
        "warning.\n"
        "Vantosh has said she wants a government in place before the Assembly's summer recess "
        "in July. Few in Brastow think that is realistic.",
    ),
    Piece(
        "drevnia-election",
        "DBC News",
        D1 + 5.0,
        "Drevnia election result: live updates",
        "Follow our live coverage as the final results of Sunday's general election are "
        "confirmed.\n"
        "09:12 The electoral commission confirms the final count: Civic Front 58 seats, "
        "National Union 44, Green Alliance 19, Drevnia First 16, Social Democrats 9, others 4.\n"
        "09:40 Mila Vantosh arrives at party headquarters to cheers. She tells our "
        'correspondent the Civic Front will "talk to everyone who plays by the rules".\n'
        "10:05 Gregor Halm concedes. In a statement he thanks the civil service and says the "
        'National Union "will be a responsible opposition". No word on his future as leader.\n'
        "10:31 Green leader Teodor Bresk says any coalition must include a date for closing the"
        " northern coal plants. Civic Front's campaign platform did not include one.\n"
        "11:02 President Oskar Lind's office says he will meet party leaders one by one from "
        "Thursday, starting with Vantosh.\n"
        "11:20 Markets take the result calmly: Drevnia's ten-year bond yield is little changed "
        "and the Brastow stock index is up 0.3 percent.\n"
        "11:48 Drevnia First's leader Viktor Sann says his party won 16 seats \"without a single"
        ' newspaper on our side" and accuses the other parties of planning to shut it out.\n'
        "12:15 Turnout confirmed at 71 percent, the highest since 2011. That's all from the "
        "count for now; our coverage of the coalition talks continues this afternoon.",
    ),
    Piece(
        "drevnia-election",
        "Montclere Journal",
        D1 + 8.0,
        "Analysis: Drevnia's voters punish the pension plan, and Aubria takes note",
        "MONTCLERE - The defeat of Gregor Halm in Drevnia this week was, on the surface, a "
        "domestic affair: a tired government, a popular challenger, a snap election after a "
        "lost vote on pensions. But in Montclere the result is being read as a lesson.\n"
        "Halm's National Union fell to 24 percent, a drop of eleven points, after trying to "
        "raise the retirement age to 68. Mila Vantosh, whose Civic Front won 58 seats, promised"
        " during the campaign to freeze the age at 66 and fund pensions through a levy on share"
        " buybacks instead.\n"
        "Aubria's own government dropped a similar plan in March after three weeks of strikes. "
        "Finance minister Paul Ardenne said at the time that the reform had been postponed, not"
        " abandoned. On Wednesday an aide to the prime minister, speaking privately, said the "
        'Drevnian result made it "very hard to see it returning before our own election".\n'
        "Kethra, which raised its pension age in 2029 without a fight, is the exception in the "
        "region, and its economists argue that Drevnia has merely delayed an unavoidable "
        "decision.\n"
        "Vantosh now has to build a majority. The Greens' 19 seats would give her one, but "
        "their conditions on coal and aviation will test a party whose donors include the "
        "country's largest airline.\n"
        "What is clear is that the pension question, which brought Halm down, will be the first"
        " test of whoever governs next.",
    ),
    Piece(
        "drevnia-election",
        "NewsClip TV",
        D1 + 9.5,
        "Vantosh: 'They asked us to lead'",
        "Watch: Civic Front leader Mila Vantosh speaks after Drevnia's final count.",
    ),
    # --- A pill recall: a press release, a trade paper, a business site and a tabloid. ---
    Piece(
        "recall-tensiline",
        "Marrick Labs",
        D1 + 0.5,
        "Marrick Laboratories announces voluntary recall of selected Tensiline lots",
        "PORT ANNICK, Solvara, May 14, 2031 - Marrick Laboratories plc (SXE: MRKL) today "
        "announced a voluntary recall, to pharmacy and patient level, of 41 lots of Tensiline "
        "(velosartan) 80 mg and 160 mg tablets distributed in Solvara, Drevnia and Kethra "
        "between September 2030 and April 2031.\n"
        "The recall follows the detection, in routine testing, of trace amounts of an impurity,"
        " N-nitroso-diethylamine (NDEA), above the acceptable daily intake in tablets made at "
        "the company's Harwick facility. NDEA is classified as a probable human carcinogen on "
        "the basis of laboratory studies.\n"
        "To date, Marrick has received no reports of adverse events related to this recall.\n"
        "Patients taking Tensiline should not stop their medication without first speaking to "
        "their doctor or pharmacist, as stopping treatment for high blood pressure abruptly may"
        " cause harm. Pharmacists can supply replacement tablets from unaffected lots.\n"
        '"Patient safety is our first priority, and we are acting out of an abundance of '
        'caution," said Dr Evelyn Strand, Chief Executive Officer of Marrick Laboratories. "We '
        'are working closely with the Solvara Medicines Agency and other regulators."\n'
        "Marrick Laboratories is a specialty pharmaceutical company based in Port Annick with "
        "4,800 employees and products sold in 22 countries. Media contact: "
        "press@marricklabs.example",
    ),
    Piece(
        "recall-tensiline",
        "Pharma Dispatch",
        D1 + 3.0,
        "Nitrosamine found in velosartan tablets from Harwick plant; 41 lots pulled",
        "Solvara's largest drugmaker has become the latest manufacturer to find a nitrosamine "
        "impurity in a blood pressure medicine, pulling 41 lots of its velosartan product "
        "Tensiline from three markets.\n"
        "Marrick Laboratories said NDEA had been detected above the acceptable intake limit in "
        "tablets from its Harwick site, which supplies roughly 60 percent of the velosartan "
        "sold in Solvara. The company did not say how far above the limit the readings were.\n"
        "Nitrosamines have dogged the sartan class of drugs for years. Regulators in several "
        "countries ordered reviews of the manufacturing routes for valsartan-type products "
        "after earlier findings at Asian suppliers of active ingredients, and the Solvara "
        "Medicines Agency tightened its testing rules in 2029.\n"
        "Harwick makes its own active ingredient, which Marrick has long presented as an "
        "advantage over rivals such as Pellion Generics and Ostara Pharma, which buy from "
        "outside suppliers. That claim will now be examined closely. An agency spokesman said "
        'inspectors would visit the plant "within days".\n'
        "Pharmacists in Port Annick said supplies of other sartans were adequate but warned of "
        "local shortages of the 160 mg strength.\n"
        "Analysts at Greyling & Co estimated the direct cost of the recall at 30 to 45 million "
        "solvars, but said the larger risk was a prolonged halt at Harwick.",
    ),
    Piece(
        "recall-tensiline",
        "MoneyDesk",
        D1 + 6.0,
        "Marrick sinks 14% as blood-pressure pill pulled from shelves",
        "Shares of Marrick Laboratories fell 14% on Wednesday, their steepest one-day drop in "
        "six years, after the Solvaran drugmaker recalled dozens of batches of its best-selling"
        " heart medicine.\n"
        "The stock closed at 18.40 solvars in Port Annick, wiping about 1.1 billion solvars off"
        " the company's market value. Rival Pellion Generics rose 3% on expectations that it "
        "will pick up prescriptions.\n"
        "Tensiline, a velosartan tablet taken by an estimated 300,000 people in Solvara alone, "
        "brought in 19% of Marrick's revenue last year. The company found a cancer-linked "
        "impurity in tablets made at its Harwick factory and withdrew 41 lots sold in Solvara, "
        "Drevnia and Kethra.\n"
        "Chief executive Evelyn Strand, who took over in 2028 and has staked her tenure on "
        "making Marrick a larger exporter, said on a call with analysts that she did not expect"
        " the recall to affect full-year guidance. Several analysts questioned that.\n"
        '"The recall itself is manageable," said Rhea Tolland of Brightwater Securities. "What '
        "matters is whether the regulator stops production at Harwick. If it does, this is a "
        'different story."\n'
        "Marrick is due to report half-year results in August.\n"
        "The recall also revived questions about Marrick's decision in 2027 to bring production"
        " of the active ingredient in-house rather than buy it from suppliers in Talmir, a move"
        " that cut costs but left the company carrying the risk itself.",
    ),
    Piece(
        "recall-tensiline",
        "The Daily Blare",
        D1 + 7.5,
        "HEART PILL ALERT: check your packet now",
        "Thousands of patients are being urged to check their blood pressure tablets after a "
        "drugs giant found a cancer-causing chemical in some batches. Don't stop taking them, "
        "doctors say, but ask your pharmacist for a swap.",
    ),
    # --- Two tech firms' job cuts on one day (two events in the same words), an opinion. ---
    Piece(
        "layoffs-quillon",
        "Kernel Panic",
        D1 + 2.0,
        "Quillon is cutting 6,000 jobs. Here's what we know",
        "Quillon, the Amsel-based company behind the Quill messaging app and the Inkwell office"
        " suite, is laying off 6,000 people, about 11 percent of its workforce, chief executive"
        " Ravi Sandhu told staff in an email on Wednesday morning.\n"
        "The cuts hit hardest in Inkwell, where whole teams working on the desktop versions are"
        " being folded into a single group, and in Quillon's hardware unit, which made the "
        "Quill Hub smart display that launched to tepid reviews last autumn. The Hub is being "
        "discontinued.\n"
        "Sandhu's email, which was shared with us by two employees, blames \"a period in which "
        'we hired ahead of demand". Quillon added almost 14,000 people in 2029 and 2030 as '
        "usage of its apps surged.\n"
        "Affected staff in Kethra will get 16 weeks of pay plus two weeks for each year served;"
        " the company said packages elsewhere would follow local rules. Employees lost access "
        "to internal systems within an hour of the email, several told us.\n"
        "This is Quillon's first round of layoffs since it was founded in 2014. It follows cuts"
        " this spring at rivals Tessik and Brightloom, and it lands on the same day Brightloom "
        "announced a second round of its own.\n"
        "Quillon shares were up 4% in pre-market trading.\n"
        "For the people leaving, the timing is poor. Tech hiring in Amsel has slowed sharply "
        "since the start of the year, and recruiters say there are now more than three "
        "applicants for every open engineering post, up from fewer than one a year ago. Quillon"
        " said it would offer affected staff six months of access to a job placement service.",
    ),
    Piece(
        "layoffs-quillon",
        "Ticker Street",
        D1 + 4.5,
        "'We hired ahead of demand': Sandhu takes the axe to Quillon's payroll",
        "AMSEL - Investors cheered. Employees did not.\n"
        "Quillon said on Wednesday it would eliminate 6,000 positions, roughly one in nine, and"
        " close its hardware division, in the starkest sign yet that Kethra's technology boom "
        "of the past two years has turned.\n"
        "Ravi Sandhu, who co-founded the company and has run it since 2019, said the cuts would"
        " save about $900 million a year from 2032. The company will book a restructuring "
        "charge of $350m to $400m, most of it in the second quarter. Shares rose 6.2% to $71.30"
        " by midday in Amsel.\n"
        "The decision follows a first quarter in which Quillon's revenue grew 7%, its slowest "
        "pace since it listed in 2021, as corporate customers trimmed spending on software "
        "licences. Growth in paid subscriptions to the Quill app has flattened in Kethra and "
        "Drevnia, its two largest markets.\n"
        "Sandhu has been under pressure from activist investor Corran Capital, which took a 2% "
        "stake in February and has called for Quillon to return cash to shareholders. A Corran "
        'spokesperson welcomed the cuts as "a good first step".\n'
        "Labour groups were less pleased. The Kethran Federation of Technical Workers said it "
        "would seek talks on the terms offered, and noted that Quillon posted a profit of $2.1 "
        "billion last year.\n"
        "Quillon's shares remain about 30% below their peak of early 2030.",
    ),
    Piece(
        "layoffs-quillon",
        "Atlas Newswire",
        D1 + 6.5,
        "Quillon to shed 6,000 staff, shut hardware arm",
        "AMSEL, May 14 (Atlas) - Kethran software firm Quillon will lay off 6,000 employees and"
        " close its hardware unit, chief executive Ravi Sandhu said on Wednesday, citing over-"
        "hiring during the past two years.",
    ),
    Piece(
        "layoffs-quillon",
        "The Daily Fold",
        D1 + 11.0,
        "One in nine Quillon jobs gone. Plus: the week in apps",
        "Today: a messaging giant trims its ranks, and five apps worth your time.",
    ),
    Piece(
        "layoffs-brightloom",
        "Bytewise",
        D1 + 5.0,
        "Brightloom shuts Lessing factory in second round of cuts",
        "Brightloom, the smart-home company best known for its Beacon doorbell cameras, said on"
        " Wednesday it would cut another 1,100 jobs and close its only factory, in the Kethran "
        "town of Lessing, moving all production to contract manufacturers in Talmir.\n"
        "The cuts come on top of 700 announced in February, when the company scrapped its "
        "planned smart lock. Together they take Brightloom's headcount down by almost a third "
        "from a year ago, to around 3,900.\n"
        "Co-founder and chief executive Nadia Okafor said in a blog post that the company had "
        '"built a factory for a market that turned out to be smaller than we thought". The '
        "Lessing plant opened only in 2028, with a grant of 40 million kethars from the "
        "regional government, part of which may now have to be repaid.\n"
        "The news is a blow to Lessing, a former textile town of 35,000 where the plant was the"
        ' largest private employer. Mayor Jonas Falk called it "a betrayal" and said the town '
        "council had not been warned.\n"
        "Brightloom's troubles reflect a broader slowdown in consumer gadgets. Sales of "
        "connected doorbells and cameras fell 12 percent in Kethra last year, according to "
        "research firm Hallam Insights, as households cut back and rivals such as Quillon and "
        "Vistral undercut prices. Quillon, by coincidence, announced far larger cuts of its own"
        " on the same morning.\n"
        "Brightloom, which is privately held, last raised money at a valuation of $2.3 billion "
        "in 2029.",
    ),
    Piece(
        "layoffs-brightloom",
        "The Amsel Courant",
        D1 + 9.0,
        "Lessing reels as doorbell maker pulls out",
        "Brightloom will close its Lessing plant by the end of the year with the loss of 1,100 "
        "jobs, the company confirmed on Wednesday. The town's mayor called the decision a "
        "betrayal.",
    ),
    Piece(
        "op-layoffs",
        "The Prospect Weekly",
        D1 + 12.0,
        "The tech industry's layoff season is a choice, not a law of nature",
        "Every few years the technology industry discovers, all at once, that it has too many "
        "people. The announcements arrive in clusters, worded in the same soft language about "
        "headwinds and efficiency, and the share prices tick up as if on cue.\n"
        "We are in such a season now. Firms in Kethra alone have announced more than 15,000 job"
        " cuts since January, most of them at companies that remain comfortably profitable. "
        "This week's announcements will not be the last.\n"
        "It is worth asking why the industry behaves like this. Part of the answer is herd "
        "behaviour: no chief executive wants to be the one who kept staff while rivals cut and "
        "the market rewarded them. Part of it is the way engineers are hired in the first "
        "place, in great waves during good years, with little thought for what happens when "
        "growth slows to merely good.\n"
        "There is an alternative. Manufacturers in Aubria, which have strong works councils, "
        "tend to reduce hours and freeze hiring before they reach for redundancies, and keep "
        "skills they will need when demand returns. The approach is slower and less dramatic, "
        "and it does not make headlines. It also tends to cost less over a full cycle.\n"
        "Governments are not blameless either. Kethra's generous grants to attract tech "
        "employers to struggling towns have rarely come with conditions on how long the jobs "
        "must last.\n"
        "None of this means no company should ever cut staff. It means the cuts should be a "
        "last decision, not a fashionable one.",
    ),
    Piece(
        "trial-vey-opens",
        "Screenlight",
        D1 + 2.5,
        "Lorenzo Vey goes on trial in Montclere over €14.6m tax case",
        "Lorenzo Vey, the star of the Harbour Lights films and one of Aubria's best-known "
        "actors, went on trial in Montclere on Wednesday accused of hiding €14.6 million in "
        "income from the tax authorities over eight years.\n"
        "Prosecutors say Vey, 52, routed fees from film and advertising work through companies "
        "in Talmir and Solvara between 2020 and 2027 while living full time in his villa "
        "outside Montclere. He denies the charges and says his financial affairs were handled "
        "by advisers who assured him they were lawful. If convicted, he faces up to seven years"
        " in prison.\n"
        "Dressed in a grey suit and smiling briefly at photographers, Vey said nothing as he "
        "entered the courthouse. His lawyer, Claire Desmarais, told reporters her client had "
        '"paid every cent he was told he owed" and would be acquitted.\n'
        "Two of Vey's former advisers are on trial beside him. A third, the accountant Henri "
        "Castel, has agreed to testify for the prosecution in exchange for a reduced charge, "
        "according to court documents.\n"
        "The case is the most prominent in a campaign by Aubria's tax office against wealthy "
        "entertainers and athletes. A tennis player and a television presenter have settled "
        "similar cases in the past two years, paying back taxes and fines without going to "
        "trial.\n"
        "Vey's latest film, a thriller shot in Kethra, is due for release in the autumn. Its "
        "distributor said the trial would not affect its plans. The court has set aside six "
        "weeks for hearings, with a verdict expected in the autumn.",
    ),
    Piece(
        "trial-vey-opens",
        "Morning Flash",
        D1 + 6.0,
        "HARBOUR LIGHTS STAR IN THE DOCK",
        "Movie heartthrob Lorenzo Vey stood in court today accused of dodging millions in tax. "
        "The 52-year-old smiled for the cameras but kept his lips sealed.",
    ),
    Piece(
        "trial-vey-opens",
        "Montclere Journal",
        D1 + 9.0,
        "Actor's accountant to testify as Vey fraud trial begins",
        "MONTCLERE - The trial of Lorenzo Vey opened on Wednesday with a surprise: the "
        "prosecution said its key witness would be the actor's own former accountant.\n"
        "Henri Castel, who managed Vey's accounts from 2018 until 2026, will describe how "
        "income from films and advertising was paid to companies in Talmir and Solvara, chief "
        "prosecutor Marianne Loubet told the three-judge panel in her opening statement. Castel"
        " has pleaded guilty to a lesser offence.\n"
        "Loubet said Vey had avoided tax on €14.6 million, or about 14,600,000 euros, over "
        'eight years. "This was not a misunderstanding," she said. "This was a system."\n'
        "Vey's lawyer, Claire Desmarais, said in her own opening that the actor had relied in "
        "good faith on professionals and had never hidden his income from anyone. She suggested"
        " Castel had every reason to shift the blame.\n"
        "The case has drawn crowds of fans and photographers to the old courthouse on Place des"
        " Tilleuls, and the court has limited the number of members of the public allowed "
        "inside.\n"
        "The tax office has pursued several high-profile cases since a 2028 law gave it more "
        "power to look through foreign companies. Most have ended in settlements. Vey's is the "
        "first to reach trial. Hearings continue on Thursday with Castel's testimony.",
    ),
    Piece(
        "lighthouse",
        "The Harbour Echo",
        D1 + 10.0,
        "Skellan Point's last keeper hands over the keys after 41 years",
        "For 41 years, Arne Vikström climbed the 112 steps of the Skellan Point lighthouse "
        "every evening. On Wednesday he climbed them for the last time as its keeper.\n"
        "The light, on the rocky headland north of Port Annick, was automated in 2009, but "
        "Vikström stayed on as caretaker, painting, repairing and showing school groups around."
        " At 74, he says, the stairs have started to win.\n"
        '"People ask if I was lonely," he said. "I had the sea, the birds and a great many '
        'visitors who asked if I was lonely."\n'
        "The coastal authority has not decided what to do with the keeper's cottage. Local "
        "historians want it turned into a small museum about the shipwrecks of the Skellan "
        "reef, where more than 30 vessels have been lost since records began.\n"
        "Vikström is moving to his daughter's house in the town, from where, he pointed out, he"
        " can still see the light.\n"
        "His last duty on Wednesday was to write the final entry in the station's logbook, a "
        "series of volumes kept since 1871 that record every storm, every ship in distress and "
        "every visit from an inspector. He wrote the date, the wind, which was south-westerly "
        'and light, and one more line: "All well. Handed over." The logbooks will go to the '
        "regional archive in Port Annick.",
    ),
    # --- Day 2 (Fri Jul 25, 2031): Kethra's chip export ban, from both sides and in analysis. ---
    Piece(
        "chip-ban",
        "Northwire",
        D2 + 1.0,
        "Kethra bars exports of advanced chips and chipmaking tools to Talmir",
        "AMSEL, July 25 (Northwire) - Kethra on Friday banned the export of its most advanced "
        "semiconductors and the machines used to make them to Talmir, citing the risk that they"
        " would be used in Talmir's military programmes.\n"
        "The rules, published in the official gazette and effective from August 15, require a "
        "licence for any sale to Talmiri buyers of processors made on processes finer than 7 "
        "nanometres and of lithography and etching equipment, and say licences will be refused "
        '"as a rule". They also bar Kethran engineers from servicing such equipment already '
        "installed in Talmir.\n"
        'Trade minister Petra Hallin told reporters the measure was "narrow in scope and firm '
        'in purpose". Kethra exported semiconductors and chipmaking equipment worth 9.4 billion'
        " kethars to Talmir last year, about a fifth of its total sales of such goods.\n"
        "Shares in Norralith Semiconductor, Kethra's largest chipmaker, fell 5.8 percent in "
        "Amsel. Norralith said about 12 percent of its revenue came from Talmiri customers and "
        "that it was studying the rules.\n"
        'Talmir\'s commerce ministry said it "firmly opposes" the ban and reserved the right to '
        "respond. Talmir supplies most of the rare-earth metals used by Kethran manufacturers.\n"
        "The decision follows months of pressure from Kethra's allies, and a report in March by"
        " the country's intelligence service that Talmiri drone makers had bought Kethran chips"
        " through trading firms in third countries.",
    ),
    Piece(
        "chip-ban",
        "Chip Industry Report",
        D2 + 3.0,
        "Sub-7nm licence rule puts Norralith's Talmir fab contracts in limbo",
        "The export controls announced by Kethra's trade ministry on Friday go further than "
        "most in the industry had expected, and their most immediate casualty may be the "
        "service contracts that keep Talmir's newest fabs running.\n"
        "Under the rules, no Kethran company or citizen may maintain, repair or upgrade "
        "lithography or etch tools at Talmiri plants producing logic chips below 7nm. Norralith"
        " Semiconductor's equipment arm has roughly 300 field engineers in Talmir, most of them"
        " at the two fabs of Sunvale Microelectronics in the coastal city of Isfar.\n"
        "Without service, advanced tools degrade within months, one former Norralith engineer "
        'told us. "You can run them for a while. You cannot run them for long."\n'
        "The rules also cover chip sales. Norralith's Vantage 5 processor, made on its 5nm line"
        " in Kethra, is used in Talmiri data centres and telecom base stations. The company "
        "said about 12% of group revenue came from Talmir last year, and analysts estimate that"
        " half of that is now at risk.\n"
        "Aubrian toolmaker Delacroix Optics, which competes with Norralith's equipment "
        "business, is not covered by the Kethran measure, but Aubria's government has been "
        "asked by Kethra to adopt similar rules. An Aubrian official said on Friday that "
        '"discussions are continuing".\n'
        "Sunvale did not respond to requests for comment. Its shares are not listed outside "
        "Talmir.\n"
        "The rules take effect on August 15, leaving companies three weeks to wind down "
        "shipments already contracted.",
    ),
    Piece(
        "chip-ban",
        "Talmir State News Agency",
        D2 + 5.5,
        "Commerce ministry: Talmir will take resolute measures to defend its lawful rights",
        "ISFAR, July 25 (TSNA) -- A spokesman for the Ministry of Commerce said on Friday that "
        "Talmir firmly opposes the restrictions announced by the Kethran side on the export of "
        "semiconductor products and equipment, and will take resolute measures to defend the "
        "lawful rights and interests of Talmiri enterprises.\n"
        "The spokesman, Rashid Nouri, said the Kethran measures violated the rules of "
        "international trade, disrupted the stability of global supply chains and would harm "
        "the interests of Kethran enterprises themselves.\n"
        '"Politicising trade and technology issues serves no one," Nouri said. "We urge the '
        'Kethran side to correct its wrong practices immediately."\n'
        "Nouri noted that bilateral trade between the two countries reached a record 61 billion"
        " kethars last year, and that Talmiri and Kethran enterprises had benefited greatly "
        "from cooperation in the field of electronics.\n"
        "He said Talmir had the confidence and the ability to develop its own semiconductor "
        "industry, and that domestic enterprises such as Sunvale Microelectronics had made "
        "important progress in recent years.\n"
        "Asked whether Talmir would restrict exports of rare-earth materials, the spokesman "
        'said Talmir would "respond as necessary" and did not give details.',
    ),
    Piece(
        "chip-ban",
        "The National Chronicle",
        D2 + 9.0,
        "Will Kethra's chip curbs backfire?",
        "Analysis by Tomas Whitlock, economics correspondent\n"
        "When Petra Hallin announced the export rules on Friday, she described them as a fence "
        "around a small yard. The yard may prove larger than she thinks.\n"
        "On paper, Kethra is giving up a market worth about 9.4 billion kethars a year, a fifth"
        " of its chip trade, to keep its most advanced technology out of Talmiri weapons. "
        "Security officials have argued for such a step since the spring, when intelligence "
        "reports showed Kethran chips turning up in drones assembled in Talmir.\n"
        "The economic case is harder. Norralith, which employs 22,000 people in Kethra, has "
        "spent the past decade building its business around Talmiri demand. Its rivals in "
        "Aubria and further afield are not bound by the rules, and Talmiri buyers will turn to "
        "them. Unless allies follow quickly, the ban may simply transfer sales from Amsel to "
        "Montclere.\n"
        "Then there is retaliation. Talmir mines and refines most of the rare-earth metals that"
        " go into the magnets of Kethran electric motors and wind turbines. Its commerce "
        'ministry said on Friday it would take "resolute measures". Talmir has used such curbs '
        "before, against Solvara in 2027, when it halted shipments for four months during a "
        "dispute over fishing rights.\n"
        "Supporters of the ban say Talmir's own chipmakers, such as Sunvale, will now have to "
        "build domestic tools from scratch, which could take a decade. Sceptics reply that they"
        " said the same about Talmir's solar industry, which now dominates the world.\n"
        "Friday's rules are unlikely to be the last word. The real test comes if Talmir "
        "answers.",
    ),
    # --- A football transfer saga's first act: a bid turned down. ---
    Piece(
        "lartey-bid",
        "Pitchside",
        D2 + 2.0,
        "Sporting Amsel reject Porthaven's €85m offer for Kofi Lartey",
        "Sporting Amsel have rejected an offer of €85 million from Porthaven United for their "
        "striker Kofi Lartey, the Kethran club said on Friday, insisting the 23-year-old is not"
        " for sale.\n"
        "Porthaven, who finished second in Solvara's top flight last season, made the bid on "
        "Wednesday and had hoped to complete a deal before their pre-season tour. People close "
        "to Sporting say the club values Lartey at no less than €110m and would only sell for a"
        " fee that breaks the Kethran record.\n"
        "Lartey scored 31 goals in all competitions last season, including both in Sporting's "
        "cup final win over Dunmere Rovers in May, and has two years left on his contract. He "
        "has been linked with moves abroad since his debut at 18.\n"
        '"Kofi is happy here and we are building a team around him," Sporting\'s sporting '
        'director Anton Brevik said. "Nobody has asked us for permission to talk to the player,'
        ' and nobody will get it at that price."\n'
        "Porthaven's new coach, Marco Sallis, has made no secret of his wish to sign a striker "
        "after the departure of their captain to a club in Aubria. The Solvaran club are owned "
        "by shipping magnate Erik Dahlgren, who has spent more than €200m on players in two "
        "seasons.\n"
        "A second bid is expected. Porthaven open their league campaign on August 16.",
    ),
    Piece(
        "lartey-bid",
        "The Terrace",
        D2 + 6.0,
        "Eighty-five million and a polite no: what happens next in the Lartey chase",
        "Transfer sagas have a shape, and this one is following it to the letter.\n"
        "Porthaven United bid €85m for Kofi Lartey on Wednesday. Sporting Amsel took two days "
        'to say no, and said it publicly, which is how clubs say "more". Somewhere in Port '
        "Annick, Erik Dahlgren's accountants are working out how much more.\n"
        "The gap is wide. Sporting want something near €110m, which would make Lartey the most "
        "expensive player ever sold by a Kethran club, beating the €72m paid for midfielder "
        "Luis Okonjo three years ago. Porthaven have spent heavily already this summer and have"
        " to watch the league's spending rules.\n"
        "Lartey himself has said nothing, which in this business is also a message. His agent, "
        "Yannick Beauvais, was seen in Port Annick last week, and Solvaran papers report that "
        "personal terms have been discussed, which if true would be a breach of the rules that "
        "Sporting's Anton Brevik was careful to mention on Friday.\n"
        "There is also the question of a replacement. Sporting would need a striker of their "
        "own, and the obvious targets are at clubs in Drevnia and Aubria who would charge them "
        "a premium knowing their windfall.\n"
        "Our guess: a second bid around €95m, another refusal, and a long standoff that may run"
        " until the winter window. Nobody sells a 23-year-old who scored 31 goals in the first "
        "week of pre-season.",
    ),
    Piece(
        "lartey-bid",
        "Morning Flash",
        D2 + 8.5,
        "HANDS OFF OUR KOFI",
        "Amsel bosses have told big-spending Porthaven where to stick their 85 MILLION euro bid"
        " for goal machine Lartey. Fans are planning a march to show the striker how much they "
        "love him.",
    ),
    Piece(
        "lartey-bid",
        "Goal Reel",
        D2 + 11.0,
        "Sporting say no to €85m bid",
        "Video: why Sporting turned down Porthaven's offer for their star striker.",
    ),
    # --- Solvara lets its currency fall: a wire, a feature and a newsletter's line. ---
    Piece(
        "solvara-devalue",
        "Tidewater Wire",
        D2 + 0.5,
        "Solvara devalues solvar by 15% as reserves dwindle",
        "PORT ANNICK, July 25 (Tidewater) - Solvara's central bank devalued the solvar by 15 "
        "percent against its basket of currencies on Friday and widened the band in which it "
        "may trade, after spending more than a third of its foreign reserves defending the peg "
        "since January.\n"
        "The central bank said the solvar's new central rate would be 11.90 to the dollar, from"
        " 10.35, and that it would now allow the currency to move 5 percent either side of that"
        " rate, up from 2 percent. It did not change interest rates.\n"
        "Governor Ines Mardell told a news conference in the capital that the decision was "
        '"painful but necessary" after a collapse in earnings from timber and fish exports and '
        "the cost of energy imports had drained reserves to $6.8 billion, enough for about "
        "three months of imports.\n"
        "The finance ministry said it had opened talks with the Northern Stability Fund, the "
        "regional lender of last resort, on a loan to rebuild reserves. A team from the fund is"
        " expected in Port Annick in August.\n"
        "The solvar had been pegged within a narrow band since 2015. Solvara's neighbours "
        "Drevnia and Kethra, whose banks hold much of Solvaran corporate debt, said they were "
        "following events closely.\n"
        "Shops in the capital reported queues of customers buying appliances and electronics "
        "before importers raise prices.",
    ),
    Piece(
        "solvara-devalue",
        "The Solvara Observer",
        D2 + 7.0,
        "'Everything we buy comes from abroad': Port Annick counts the cost of a cheaper solvar",
        "By Maren Ekdahl\n"
        "At the electronics market on Kvarn Street, the price tags were being changed by "
        "lunchtime on Friday.\n"
        '"A television that cost 4,200 solvars this morning will cost nearer 5,000 next week," '
        "said Lars Ohlin, who has sold televisions and phones from the same stall for nineteen "
        'years. "People know it. That\'s why they are here."\n'
        "The central bank's decision to cut the value of the solvar by 15 percent was meant to "
        "help exporters, the timber mills and fish processors whose sales have slumped since "
        "last year. For many in Port Annick it means something simpler: dearer petrol, dearer "
        "coffee and dearer holidays.\n"
        "Solvara imports almost all of its fuel and much of its food. Economists at the "
        "University of Port Annick estimate that inflation, which stood at 4.1 percent in June,"
        " could reach 9 percent by the end of the year as import prices rise.\n"
        "Governor Ines Mardell acknowledged the pain on Friday but argued that defending the "
        "old rate had become impossible. Since January the bank has sold about $3.5 billion of "
        "its reserves, leaving $6.8bn. Talks with the Northern Stability Fund on a loan began "
        "this week.\n"
        "Not everyone was unhappy. At the fish market in the old harbour, exporter Britta Sund "
        "said the new rate would make her smoked salmon cheaper in Drevnia and Kethra for the "
        'first time in two years. "We have been waiting for this," she said. "It came late."\n'
        "The government has promised to raise pensions and child benefits in January to offset "
        "higher prices.",
    ),
    Piece(
        "solvara-devalue",
        "Morning Digest",
        D2 + 12.0,
        "Solvar down 15%, bonds wobble",
        "A small currency makes a big move. Three charts that explain it.",
    ),
    # --- Two food scares in two countries on one day. ---
    Piece(
        "listeria-greywell",
        "RTA Aubria",
        D2 + 4.0,
        "Two dead in listeria outbreak linked to Greywell soft cheese",
        "MONTCLERE - Two people have died and 17 have fallen ill in an outbreak of listeriosis "
        "that health authorities have traced to soft cheeses made by Greywell Creamery, "
        "Aubria's public health institute said on Friday.\n"
        "The two people who died, a man aged 81 and a woman aged 77, lived in the Lorraine "
        "valley region, where most of the cases have been reported. Three of those who fell ill"
        " are pregnant women, the institute said.\n"
        "Greywell, a family-owned dairy founded in 1962 in the village of Saint-Orme, has "
        "recalled all its brie-style and washed-rind cheeses with best-before dates until the "
        "end of September and stopped production while inspectors examine its plant. The "
        "cheeses were sold in supermarkets across Aubria and exported to Drevnia.\n"
        '"Anyone who has these cheeses at home should not eat them and should return them to '
        "the shop,\" said Dr Sophie Marchand, head of the institute's food-borne disease unit. "
        "Listeria can take up to ten weeks to cause symptoms, she said, so more cases were "
        "possible.\n"
        "The same strain of the bacterium was found in samples taken from a cheese-ripening "
        "room at the plant, the institute said.\n"
        "Greywell's managing director, Paul Greywell, grandson of the founder, said the family "
        'was "devastated" and was cooperating fully with the authorities.\n'
        "Aubria recorded 410 cases of listeriosis last year, most of them unconnected to any "
        "outbreak.",
    ),
    Piece(
        "listeria-greywell",
        "Food Safety Monitor",
        D2 + 6.5,
        "Whole-genome sequencing ties 19 listeriosis cases to Saint-Orme dairy",
        "Aubrian health authorities have linked 19 cases of listeriosis, two of them fatal, to "
        "a single strain of Listeria monocytogenes found at Greywell Creamery's plant in Saint-"
        "Orme, the public health institute reported on Friday.\n"
        "Isolates from patients in four regions, most in the Lorraine valley, clustered within "
        "five allele differences of environmental samples taken from a ripening room during an "
        "inspection on July 21, according to the institute's outbreak notice. Seventeen "
        "patients were hospitalised.\n"
        "The company has recalled its soft and washed-rind cheeses and suspended production. "
        "Products were also distributed to retailers in Drevnia, whose food agency has issued "
        "its own recall notice.\n"
        "Outbreaks linked to soft cheeses are a recurring problem because listeria tolerates "
        "refrigeration and salt. Aubria's food safety agency required more frequent "
        "environmental sampling at small dairies in 2029 after an outbreak linked to a goat's "
        "cheese producer; Greywell's last routine sample, in April, was negative.\n"
        "The investigation into how the strain entered the plant is ongoing. Inspectors are "
        "examining drains and ripening shelves, which are common harbourage sites, the "
        "institute said.\n"
        "Public health officials expect further cases because of the disease's long incubation "
        "period.",
    ),
    Piece(
        "listeria-greywell",
        "The Daily Blare",
        D2 + 10.0,
        "Killer bug in supermarket cheese",
        "Two pensioners have died after eating cheese from a top dairy. Shoppers are told to "
        "take their brie back to the store.",
    ),
    Piece(
        "salmonella-harrowfield",
        "The Dunmere Times",
        D2 + 3.0,
        "Harrowfield eggs recalled after 43 fall ill with salmonella",
        "DUNMERE - Rhovenia's food agency has ordered the recall of millions of eggs from "
        "Harrowfield Farms after 43 people fell ill with salmonella, several of them after "
        "eating at a wedding in the town of Ashby last weekend.\n"
        "The Rhovenian Food Standards Board said on Friday that the same strain of Salmonella "
        "enteritidis had been found in samples from two of Harrowfield's laying sheds near "
        "Kelby, which supply supermarkets in the capital and the south. Eggs with best-before "
        "dates up to August 20 and the code R-KB-4 printed on the shell are affected.\n"
        "Eleven people have been treated in hospital, and none has died, the board said. Most "
        "of the cases are in Dunmere and Ashby.\n"
        "Harrowfield, which produces about 1.5 million eggs a week, said it had culled the "
        "flocks in the affected sheds and would clean and test the buildings before restocking."
        ' "We are deeply sorry to everyone who has been made ill," its chairman Colin Marsh '
        "said in a statement.\n"
        "The outbreak is the largest linked to eggs in Rhovenia since 2024, when a vaccination "
        "programme for laying hens was made compulsory. The board said it was checking whether "
        "the Harrowfield flocks had been vaccinated.\n"
        "Farmers' groups said the recall was unlikely to cause a shortage, since Harrowfield's "
        "output is under a tenth of the national supply.",
    ),
    Piece(
        "salmonella-harrowfield",
        "Food Safety Monitor",
        D2 + 8.0,
        "Rhovenia: Harrowfield shell eggs recalled, 43 salmonella cases",
        "Rhovenia's Food Standards Board has recalled shell eggs marked R-KB-4 from Harrowfield"
        " Farms after 43 cases of Salmonella enteritidis, 11 hospitalised, many linked to a "
        "wedding meal in Ashby.",
    ),
    # --- A bridge falls in Corvel: a wire, the local paper, the broadcaster and a video line. ---
    Piece(
        "bridge-corvel",
        "Northwire",
        D2 + 2.5,
        "At least 11 killed as road bridge collapses in Drevnian city of Corvel",
        "CORVEL, Drevnia, July 25 (Northwire) - A section of a motorway bridge over the river "
        "Sava collapsed in the Drevnian city of Corvel during the morning rush hour on Friday, "
        "sending cars and a lorry into the water and killing at least 11 people, rescue "
        "officials said.\n"
        "About 80 metres of the four-lane Aldern Bridge, built in 1974, fell at around 8:10 "
        "a.m. local time. Divers recovered bodies from vehicles in the river throughout the "
        "day, and police said at least six people were still missing. Nine people were being "
        "treated in hospital.\n"
        "Caretaker Prime Minister Gregor Halm, who has stayed in office while parties negotiate"
        " a new government after May's election, flew to Corvel by helicopter and declared "
        'three days of national mourning. "Every question about how this happened will be '
        'answered," he said.\n'
        "Witnesses described hearing a loud crack before the deck gave way. Video shared on "
        "social media showed a gap between two of the bridge's concrete piers, with the lorry's"
        " trailer hanging from the edge.\n"
        "The bridge had been scheduled for a 40 million kethar renovation next year, the "
        "national roads agency said. Engineers had reported corrosion in its supports in 2029, "
        "local media reported, but the agency said it had been judged safe for traffic.\n"
        "Civic Front leader Mila Vantosh, who is leading coalition talks, called for an "
        "independent inquiry.",
    ),
    Piece(
        "bridge-corvel",
        "Corvel Evening Post",
        D2 + 6.0,
        "'The road just vanished': a city in shock",
        "Nobody in Corvel needs to be told where the Aldern Bridge is. For fifty-seven years it"
        " has carried the city's traffic to the motorway and the port, and on Friday morning "
        "part of it simply fell into the Sava.\n"
        '"I was two cars behind the truck," said Milan Roskovic, a delivery driver who stopped '
        'his van metres from the gap. "There was a noise like a gunshot and then the road just '
        'vanished. I got out and ran back the way I came."\n'
        "By evening the official toll stood at 11 dead, with six still unaccounted for. Among "
        "the dead were a teacher on her way to a summer school, a father and his teenage son, "
        "and two workers from the port. Names were being released as families were informed.\n"
        "Divers from Brastow joined the city's fire brigade in the search, working from boats "
        "beneath the broken span. The river was closed to shipping, and the city's traffic, "
        "diverted over the older Market Bridge, was at a standstill until late afternoon.\n"
        "Questions were asked at once. Residents said cracks in the underside of the bridge had"
        " been visible for years, and this newspaper reported in 2029 on an engineers' report "
        "that found corroded cables in two of its supports. The roads agency said at the time "
        "that the bridge was safe and that repairs were planned.\n"
        "Corvel's mayor, Dana Petrović, said the city would hold a vigil on Saturday evening on"
        " the riverbank. Books of condolence have been opened at the town hall.",
    ),
    Piece(
        "bridge-corvel",
        "DBC News",
        D2 + 9.5,
        "Corvel bridge: divers search river as toll rises to 11",
        "Rescue teams are searching the Sava river in Corvel for at least six people still "
        "missing after a section of the Aldern Bridge collapsed in the morning rush hour. "
        "Caretaker Prime Minister Gregor Halm has declared three days of mourning and promised "
        "a full investigation.",
    ),
    Piece(
        "bridge-corvel",
        "NewsClip TV",
        D2 + 12.5,
        "Moment of collapse caught on dashcam",
        "Dashcam footage shows the Aldern Bridge giving way in Corvel.",
    ),
    # --- Day 3 (Thu Oct 16, 2031): Drevnia's coalition deal, five months after the vote. ---
    Piece(
        "drevnia-coalition",
        "Meridel Wire",
        D3 + 1.5,
        "Drevnia's Vantosh seals coalition deal with Greens after five months of talks",
        "BRASTOW, Oct 16 (Meridel) - Civic Front leader Mila Vantosh and Green Alliance leader "
        "Teodor Bresk signed a coalition agreement on Thursday, ending five months of "
        "negotiations and clearing the way for Vantosh to become Drevnia's prime minister.\n"
        "The two parties together hold 77 of the 150 seats in the National Assembly, a majority"
        " of one. The Assembly is expected to vote on Vantosh's nomination on Tuesday.\n"
        "Under the 96-page agreement, the northern coal plants at Kessel Fjord and Ormby will "
        "close by 2036, a year later than the Greens demanded, and a tax on domestic flights "
        "will be introduced in 2033. The pension age will stay at 66, as Civic Front promised "
        "in the campaign.\n"
        "The Greens will hold four of the 14 ministries, including environment and transport, "
        "and Bresk will become deputy prime minister. Civic Front keeps finance, foreign "
        "affairs and defence.\n"
        '"It took longer than anyone wanted, and it is better for it," Vantosh said at the '
        "signing ceremony in the Assembly library.\n"
        "Talks broke down twice, in July and again in September, over coal and over how to pay "
        "for the rebuilding of roads and bridges after the collapse of the Aldern Bridge in "
        "Corvel, which killed 14 people in July. The agreement commits 2.5 billion kethars over"
        " four years to bridge repairs.\n"
        "Gregor Halm, who has led a caretaker government since losing May's election, will hand"
        " over once the Assembly votes. He stepped down as National Union leader in August.",
    ),
    Piece(
        "drevnia-coalition",
        "The Brastow Herald",
        D3 + 4.0,
        "Ninety-six pages, one seat to spare",
        "By Katja Renvall, political editor\n"
        'It is, as one Green negotiator put it late on Wednesday night, "a marriage of '
        'necessity with a very detailed prenup".\n'
        "The coalition agreement that Mila Vantosh and Teodor Bresk signed on Thursday runs to "
        "96 pages and contains 312 separate commitments, from the closing date of the Kessel "
        "Fjord coal plant to the number of new railway carriages for the north. It took 155 "
        "days to write, the longest government formation in Drevnia's history.\n"
        "What it does not contain is a cushion. With 77 seats, the new government can afford to"
        " lose exactly one vote. Two Civic Front backbenchers, both from farming districts, "
        "have already said they dislike the flight tax, and the Greens' youth wing voted last "
        "week against any deal that kept coal beyond 2035.\n"
        "Vantosh's allies argue that the length of the talks was a strength: every hard "
        "question, they say, has been answered in advance. Her critics note that the document "
        "defers the hardest one, how to fund pensions without raising the retirement age, to a "
        "commission that will report in 2033.\n"
        "The spectre of the summer hangs over the deal. The collapse of the Aldern Bridge in "
        "Corvel, and the revelation that engineers had warned about it, changed the talks. Both"
        " parties now promise a national inspection of every bridge built before 1990.\n"
        "Gregor Halm, whose failed pension bill set all of this in motion in February, watched "
        "the signing on television, an aide said. He will be a backbencher by Christmas.\n"
        "The vote on Tuesday will be close. It should be enough.",
    ),
    Piece(
        "drevnia-coalition",
        "The Eastern Chronicle",
        D3 + 7.0,
        "Drevnia gets a government: Civic Front, Greens sign pact",
        "BRASTOW: Drevnia's Civic Front and the Green Alliance on Thursday signed a pact to "
        "form the country's next government, nearly five months after an inconclusive general "
        "election left no party with a majority.\n"
        "Mila Vantosh, 47, a former mayor of the port city of Talby, is set to be confirmed as "
        "prime minister in a parliamentary vote next week. She will be the second woman to hold"
        " the post.\n"
        "The deal gives the two parties 77 seats in the 150-member Assembly. The Greens' leader"
        " Teodor Bresk will be deputy prime minister and minister of environment.\n"
        "Drevnia is a major trading partner of Kethra and Solvara, and its new government "
        "inherits difficult relations with both: a dispute with Kethra over fishing quotas and "
        "a large exposure of Drevnian banks to Solvara, whose currency was devalued in July.\n"
        "Business groups welcomed the end of uncertainty but criticised the planned tax on "
        "domestic flights, which they said would hurt tourism in the north.\n"
        "The coalition also promised a national inspection of road bridges after the collapse "
        "of the Aldern Bridge in Corvel in July, and a commission on pensions, the issue that "
        "brought down the previous government of Gregor Halm earlier this year.\n"
        "The Assembly vote is scheduled for Tuesday.",
    ),
    # --- The pill recall's sequel: a fine and a closed plant (trade paper, health site, paper). ---
    Piece(
        "marrick-fine",
        "Pharma Dispatch",
        D3 + 2.0,
        "Solvara regulator fines Marrick 120m solvars, suspends Harwick licence",
        "The Solvara Medicines Agency has fined Marrick Laboratories 120 million solvars and "
        "suspended the manufacturing licence of its Harwick plant, five months after the "
        "company recalled batches of its velosartan tablets over a nitrosamine impurity.\n"
        "In a decision published on Thursday, the agency said inspectors had found that Marrick"
        " changed a solvent recovery step in the synthesis of velosartan's active ingredient in"
        " 2029 without notifying the regulator or fully assessing the risk of nitrosamine "
        "formation. The change, the agency said, was the likely source of the NDEA detected in "
        "May.\n"
        "The suspension covers all production at Harwick until Marrick demonstrates that its "
        "processes comply. It is the largest penalty the agency has imposed since it was "
        "founded in 2004.\n"
        "Marrick said it accepted the findings, would not appeal, and had already replaced the "
        'solvent recovery system. Chief executive Evelyn Strand said in a statement that "we '
        'fell short of the standards patients are entitled to expect".\n'
        "The suspension leaves Solvara dependent on imports for most sartan supplies. Pellion "
        "Generics and Ostara Pharma have increased shipments since the May recall, and the "
        "agency said it did not expect shortages.\n"
        "Regulators in Drevnia and Kethra, where the recalled lots were also sold, said they "
        "were reviewing the agency's report.",
    ),
    Piece(
        "marrick-fine",
        "Healthwatch Daily",
        D3 + 5.0,
        "Drugmaker 'changed recipe without telling anyone', watchdog finds",
        "A change to a manufacturing step that nobody told the regulator about is the likely "
        "reason a cancer-linked chemical ended up in blood pressure pills taken by hundreds of "
        "thousands of people, an official investigation has found.\n"
        "The Solvara Medicines Agency on Thursday fined Marrick Laboratories a record 120 "
        "million solvars and shut its factory in Harwick, where the pills, sold as Tensiline, "
        "were made. The company pulled dozens of batches from pharmacies in the spring after "
        "routine tests found the impurity.\n"
        "For patients, the agency repeated its earlier advice: the risk from the affected "
        "tablets is considered very low, and no one should stop taking blood pressure medicine "
        "without talking to a doctor. Replacement medicines are widely available from other "
        "makers.\n"
        'Patient groups were less forgiving of the company. "People trusted that pill every '
        'single morning," said Ruth Halloran of the Solvaran Heart Patients\' Association. "They'
        ' deserved to be told the truth earlier."\n'
        "The agency's report says Marrick altered the way it recovered a solvent used in making"
        " the drug's active ingredient in 2029, and did not carry out the required risk "
        "assessment. Inspectors found no evidence that managers knew about the impurity before "
        "May.\n"
        "Marrick says it has fixed the problem and hopes to restart production next year. Its "
        "chief executive, Evelyn Strand, apologised.",
    ),
    Piece(
        "marrick-fine",
        "The Solvara Observer",
        D3 + 8.0,
        "Record fine for Marrick over tainted heart drug",
        "Marrick Laboratories must pay 120m solvars and halt production at Harwick after "
        "regulators found an unreported process change caused the impurity in its Tensiline "
        "tablets. About 900 Harwick staff will be kept on full pay during the suspension, the "
        "company said.",
    ),
    # --- A celebrity verdict: a magazine, a wire, a tabloid and a column on the verdict. ---
    Piece(
        "vey-verdict",
        "Celebrity Now",
        D3 + 3.0,
        "Lorenzo Vey found guilty: the actor's darkest day",
        "It was the verdict his fans feared. Lorenzo Vey, the dashing hero of the Harbour "
        "Lights films, was found guilty on Thursday of evading millions in tax, and sentenced "
        "to three years in prison, two of them suspended.\n"
        "The 52-year-old, wearing the same grey suit he wore when his trial opened in May, "
        "closed his eyes as the presiding judge read the decision in a packed courtroom in "
        "Montclere. His partner, the singer Ilona Marsh, wept in the public gallery.\n"
        "Vey will not go to prison immediately. His lawyer, Claire Desmarais, said he would "
        "appeal, and the sentence is suspended while the appeal is heard. The court also "
        "ordered him to repay €11.2 million in tax and interest.\n"
        "The judges found that Vey knew his fees were being paid into companies abroad and had "
        "signed documents that made that clear. They rejected his defence that he had trusted "
        "his advisers blindly, citing the testimony of his former accountant, Henri Castel, who"
        ' told the court in May that Vey had asked for "the cleverest scheme available".\n'
        'Outside the court, dozens of fans held up signs reading "We believe you, Lorenzo". Vey'
        " stopped briefly, thanked them and got into a waiting car without speaking to "
        "reporters.\n"
        "His new thriller, Night Crossing, opens in cinemas across Aubria next week. The "
        "distributor said the release would go ahead as planned.",
    ),
    Piece(
        "vey-verdict",
        "Atlas Newswire",
        D3 + 4.5,
        "Aubrian actor Vey convicted of tax fraud, gets three years with two suspended",
        "MONTCLERE, Oct 16 (Atlas) - A Montclere court on Thursday convicted actor Lorenzo Vey "
        "of tax fraud and sentenced him to three years in prison, two of them suspended, in the"
        " most prominent case yet in Aubria's drive against tax evasion by the wealthy.\n"
        "The three-judge panel found that Vey, 52, had hidden about 14.6 million euros of "
        "income from film and advertising work through companies in Talmir and Solvara between "
        "2020 and 2027. It ordered him to pay 11.2 million euros in back taxes and interest and"
        " a fine of 2 million euros.\n"
        "Two of Vey's former advisers were also convicted and received suspended sentences. The"
        " actor's former accountant, Henri Castel, who testified for the prosecution, is to be "
        "sentenced separately.\n"
        "Vey's lawyer said her client would appeal. Under Aubrian law, the prison term will not"
        " be enforced until the appeal is decided, which typically takes more than a year.\n"
        'Prosecutor Marianne Loubet said the verdict showed that "no one is too famous to pay '
        'their taxes." The tax office has recovered more than 300 million euros from '
        "entertainers and athletes since a 2028 law strengthened its powers to examine foreign "
        "companies.\n"
        "Vey, star of the Harbour Lights film series, has sold more cinema tickets in Aubria "
        "than any other actor of his generation.",
    ),
    Piece(
        "vey-verdict",
        "The Evening Lantern",
        D3 + 7.5,
        "GUILTY: Vey faces jail as judges reject 'I trusted my advisers' defence",
        "Hollywood-handsome Vey heard the word he dreaded in court today and his lawyer vowed "
        "an immediate appeal. A year behind bars awaits if he loses.",
    ),
    Piece(
        "vey-verdict",
        "Montclere Journal",
        D3 + 10.0,
        "Opinion: The Vey verdict is right, and it is not enough",
        "By Hélène Corbin\n"
        "There will be those who say the court was too harsh on Lorenzo Vey on Thursday. There "
        "will be many more who say it was too soft. Both miss the point of the verdict.\n"
        "A three-year sentence, two years of it suspended and the rest unlikely to be served "
        "for a year or more while the appeal runs, will not frighten many people with good "
        "accountants. What the court did instead was more useful: it demolished, in careful "
        "language, the defence on which every wealthy Aubrian caught in such a scheme has "
        "relied for decades.\n"
        '"I trusted my advisers" is the oldest line in the book. The judges found that Vey '
        "signed the documents, read the statements and asked his accountant for the cleverest "
        "arrangement available. A man who does that cannot later claim to be a passenger in his"
        " own affairs.\n"
        "The verdict should also embarrass the tax office a little. Most of the celebrities "
        "pursued since the 2028 law have been allowed to settle quietly, and the public has "
        "learned little about how their schemes worked. Vey's trial showed, in open court, how "
        "money moves from a film set in Montclere to a letterbox company in Talmir. That is "
        "worth more than any fine.\n"
        "If the government is serious, it will now close the routes through Talmir and Solvara "
        "that the trial exposed, rather than wait for the next famous defendant. It will also "
        "give the tax office the staff it has been asking for.\n"
        "Vey will appeal. He may even win. The lesson of Thursday's judgment will outlast the "
        "result.",
    ),
    # --- A telescope's find: a science magazine, a wire, a tabloid's question and a video. ---
    Piece(
        "telescope-toren",
        "Stellar Review",
        D3 + 1.0,
        "Halcyon telescope finds water vapour and methane on a temperate world",
        "Astronomers using the Halcyon Space Telescope have detected water vapour and methane "
        "in the atmosphere of Toren-4b, a planet about twice the size of Earth that orbits in "
        "the temperate zone of a red dwarf star 112 light years away, the Northern Space Agency"
        " said on Thursday.\n"
        "The findings, published in the Journal of Planetary Atmospheres, come from four passes"
        " of the planet in front of its star between March and June, during which Halcyon's "
        "infrared spectrograph measured how starlight filtered through the planet's "
        "atmosphere.\n"
        '"We see the signature of water with high confidence, and methane with moderate '
        'confidence," said Dr Amara Lindqvist of the University of Amsel, who led the team of '
        '41 researchers. "What we do not see is carbon dioxide, which is puzzling and which '
        'will keep us busy."\n'
        "Toren-4b receives roughly as much energy from its star as Earth does from the Sun, so "
        "liquid water on its surface is possible, though not established. The planet may "
        "instead be a water world with a deep ocean under a thick, hydrogen-rich atmosphere.\n"
        "Methane can be produced by living things but also by volcanoes and other geological "
        'processes, and the team was careful not to claim any sign of life. "This is a '
        'beautiful measurement of a strange world," Lindqvist said. "It is not a '
        'biosignature."\n'
        "Halcyon, launched in 2028, is a joint project of space agencies in Kethra, Drevnia and"
        " Aubria. The team has been granted more observing time next year.",
    ),
    Piece(
        "telescope-toren",
        "Tidewater Wire",
        D3 + 3.5,
        "Space telescope detects water in atmosphere of distant planet",
        "AMSEL, Oct 16 (Tidewater) - Scientists using the Halcyon Space Telescope said on "
        "Thursday they had found water vapour in the atmosphere of a planet outside the solar "
        "system that lies in its star's habitable zone, a first for the three-year-old "
        "observatory.\n"
        "The planet, Toren-4b, is about 112 light years from Earth and roughly twice its "
        "diameter. It circles a cool red dwarf star every 33 days.\n"
        "The team, led by Amara Lindqvist of the University of Amsel, also reported signs of "
        "methane, a gas that on Earth is largely made by living organisms, but stressed that "
        "there were other ways to produce it.\n"
        '"It would be wrong to talk about life," Lindqvist told reporters. "It is right to talk'
        ' about a place we now want to study very carefully."\n'
        "The Northern Space Agency, which runs Halcyon with partners in Kethra, Drevnia and "
        "Aubria, said the telescope would observe Toren-4b again next year in search of carbon "
        "dioxide and ozone.\n"
        "Halcyon cost about 4.1 billion euros and replaced the ageing Polar Infrared "
        "Observatory, which was shut down in 2027.\n"
        "Astronomers not involved in the work called the detection an important step. Red "
        "dwarfs are the most common stars in the galaxy, and whether their planets can keep "
        "atmospheres despite frequent stellar flares has been one of the main open questions in"
        " the search for habitable worlds.",
    ),
    Piece(
        "telescope-toren",
        "The Daily Blare",
        D3 + 6.0,
        "IS ANYBODY OUT THERE?",
        "Boffins have spotted water and a gas made by living things on a planet 112 light years"
        " away. But don't pack your bags: they say it's far too early to talk about aliens.",
    ),
    Piece(
        "telescope-toren",
        "Viewpoint Video",
        D3 + 9.0,
        "A water world 112 light years away?",
        "Watch: what the new telescope images tell us.",
    ),
    # --- Two stock market debuts on one day, in two cities. ---
    Piece(
        "ipo-vellum",
        "Gamefront",
        D3 + 2.5,
        "Vellum Games soars 38% in Amsel debut as Skyforge fans pile in",
        "Vellum Games, the Kethran studio behind the Skyforge series, jumped 38% on its first "
        "day of trading in Amsel on Thursday, valuing the company at about $4.9bn and making it"
        " the biggest games listing in the region in a decade.\n"
        "Shares priced at 62 kethars opened at 79 and closed at 85.60, after the company raised"
        " 1.3 billion kethars in an offering that was more than 20 times oversubscribed. Retail"
        " investors were allocated a quarter of the shares, an unusually large slice, after "
        "Vellum invited players to apply through its launcher.\n"
        "Founder and creative director Sanna Holm, who keeps about 31% of the company, rang the"
        ' opening bell in a Skyforge armour costume. "We make games for people who take games '
        'seriously," she said. "It seems they take us seriously too."\n'
        "Skyforge III sold 9 million copies in its first year and Vellum's revenue rose 54% to "
        "2.8 billion kethars in the year to June. The company plans to use the money to open a "
        "studio in Montclere and to finish Skyforge Tactics, a strategy spin-off due in 2033.\n"
        "The listing is a rare bright spot for Kethra's tech sector after a year of job cuts at"
        " firms including Quillon and Brightloom. Bankers said several other software companies"
        " were waiting to see how Vellum traded before filing their own plans.\n"
        "Not everyone is convinced. At 85 kethars the shares trade at more than 60 times last "
        "year's earnings, well above established rivals.",
    ),
    Piece(
        "ipo-vellum",
        "Ticker Street",
        D3 + 7.0,
        "Skyforge maker's shares pop on first day",
        "Vellum Games closed its trading debut up 38% at 85.60 kethars, valuing the Skyforge "
        "studio near $4.9 billion. The offering raised 1.3bn kethars.",
    ),
    Piece(
        "ipo-tarnby",
        "Drevnia Business Daily",
        D3 + 3.0,
        "Tarnby Foods flat on Brastow debut as investors shrug",
        "Shares in Tarnby Foods, the Drevnian maker of frozen fish and ready meals, ended their"
        " first day of trading on the Brastow exchange on Thursday unchanged at their offer "
        "price of 210 kethars, a muted start for the country's largest listing this year.\n"
        "The company, owned for 40 years by the Tarnby family, sold 35% of its shares to raise "
        "2.1 billion kethars, most of which will go to family members and to pay down debt. Its"
        " market value at the offer price was 6 billion kethars.\n"
        'Chief executive Jens Tarnby said the company was "not a story stock" and was happy '
        'with a stable first day. "We are a business that makes money every year. We will still'
        ' be making it in ten years."\n'
        "Bankers had cut the price range last week after weak demand from foreign funds, "
        "several of whom said they were wary of Drevnian consumer companies while the country's"
        " coalition talks dragged on. The talks ended with a deal on the same morning.\n"
        "Tarnby, based in the northern port of Talby, employs 5,200 people and sells its "
        "products in Drevnia, Solvara and Kethra. Its profits rose 11% last year as higher fish"
        " prices were passed on to shoppers.\n"
        "Analysts said the flat debut was better than a fall. Two other Drevnian listings were "
        "postponed this year.",
    ),
    Piece(
        "ipo-tarnby",
        "Brass Tacks Business",
        D3 + 8.5,
        "Frozen-fish firm's float fails to sizzle",
        "Tarnby Foods' shares finished their first day at 210 kethars, exactly where they were "
        "priced. The family still owns 65%.",
    ),
    # --- Quillon's first results after its job cuts, five months on. ---
    Piece(
        "quillon-results",
        "Kernel Panic",
        D3 + 5.5,
        "Quillon's profit falls as layoff charge bites, but Quill subscriptions return to growth",
        "Quillon's third-quarter profit fell 22% as the company booked the last of the costs of"
        " the 6,000 job cuts it announced in May, but chief executive Ravi Sandhu told analysts"
        ' on Thursday that the company had "turned the corner".\n'
        "Net income came to $410 million, down from $525m a year earlier, on revenue of $4.6bn,"
        " up 5%. The company booked $120m of restructuring charges in the quarter, bringing the"
        " total since May to $385m, within the range it gave at the time.\n"
        "The more encouraging number for investors was subscriptions. Paid users of the Quill "
        "app grew 3% from the previous quarter after three flat quarters, helped by a new "
        "family plan launched in August. Inkwell, the office suite that lost the most staff in "
        "the cuts, grew revenue by 2%.\n"
        "Sandhu said the savings from the cuts were running ahead of the $900m-a-year target, "
        'and that Quillon would start hiring again in 2032, though "carefully and mostly in '
        'engineering". He did not rule out further cuts in other areas.\n'
        "Activist investor Corran Capital, which had pushed for the layoffs, increased its "
        "stake to 3% during the quarter. Quillon announced a $2bn share buyback.\n"
        "Shares rose 3% in after-hours trading in Amsel. They are up about 18% since the "
        "layoffs were announced, though still below their 2030 peak.",
    ),
    Piece(
        "quillon-results",
        "Market Minute",
        D3 + 10.5,
        "Quillon beats forecasts, unveils $2bn buyback",
        "Quillon's quarterly revenue rose 5% to $4.6 billion and it announced a $2 billion "
        "share buyback; profit fell 22% on restructuring costs.",
    ),
    # --- Day 4 (Mon Jan 19, 2032): Talmir answers the chip ban with curbs on rare earths. ---
    Piece(
        "talmir-minerals",
        "Northwire",
        D4 + 1.0,
        "Talmir restricts rare-earth exports to Kethra, six months after chip ban",
        "ISFAR, Jan 19 (Northwire) - Talmir on Monday ordered licences for all exports of rare-"
        "earth metals and magnets to Kethra, a move widely seen as retaliation for Kethra's ban"
        " on sales of advanced chips and chipmaking machines to Talmir last July.\n"
        "The commerce ministry said the licensing rules, effective from February 1, were needed"
        ' "to safeguard national security and the sustainable use of strategic resources". It '
        "did not name Kethra in its statement, but a list published alongside it said licences "
        'for buyers in Kethra would be subject to "special review". Exports to other countries '
        "will need licences from April.\n"
        "Talmir produces about 70 percent of the world's mined rare earths and refines more "
        "than 85 percent. Kethran manufacturers of electric motors, wind turbines and defence "
        "equipment rely on Talmiri supplies for most of the magnets they use.\n"
        "Kethran trade minister Petra Hallin said her government regretted the decision and "
        'would "examine all options", including a complaint to the World Trade Organization. '
        "Shares of Kethran carmaker Oskar Motors fell 4.2 percent, and magnet maker Vindel "
        "Materials dropped 9 percent.\n"
        "Kethra's export ban, which took effect on August 15, bars sales to Talmir of chips "
        "finer than 7 nanometres and of the equipment used to make them. Norralith "
        "Semiconductor, Kethra's largest chipmaker, said in November that it had lost about 1.1"
        " billion kethars of orders because of the rules.\n"
        "Talmir used a similar tactic against Solvara in 2027, halting rare-earth shipments for"
        " four months during a dispute over fishing rights.",
    ),
    Piece(
        "talmir-minerals",
        "Talmir State News Agency",
        D4 + 3.0,
        "Talmir improves export control system for strategic mineral resources",
        "ISFAR, Jan 19 (TSNA) -- The Ministry of Commerce on Monday issued new regulations on "
        "the export licensing of rare-earth metals, oxides, alloys and permanent magnets, in "
        "accordance with the law and in line with international practice.\n"
        "A spokesman for the ministry said the measures were aimed at protecting national "
        "security and interests, fulfilling international obligations such as non-"
        "proliferation, and promoting the green and sustainable development of the rare-earth "
        "industry.\n"
        "The spokesman stressed that the regulations were not directed at any particular "
        "country and that compliant trade would be facilitated. Applications that meet the "
        "requirements will be approved in accordance with the law, he said.\n"
        "Talmir is the world's largest producer of rare-earth products and has always been a "
        "responsible supplier, the spokesman said, adding that Talmir is willing to work with "
        "all parties to maintain the security and stability of global supply chains.\n"
        "The spokesman noted that some countries had in recent months imposed unreasonable "
        "restrictions on the export of high-technology products to Talmir, and said dialogue on"
        " an equal footing was the right way to resolve differences.\n"
        "The regulations take effect on February 1.",
    ),
    Piece(
        "talmir-minerals",
        "Metal Markets Today",
        D4 + 6.0,
        "Neodymium prices jump 18% outside Talmir on licensing shock",
        "Prices for neodymium-praseodymium oxide traded outside Talmir rose 18% on Monday to "
        "$104 a kilogram, their highest since 2022, after Isfar announced export licences for "
        "rare earths and magnets that single out buyers in Kethra.\n"
        "Traders said Kethran magnet makers had been building stockpiles since July, when "
        "Kethra's chip export ban first raised the risk of retaliation, but that few held more "
        "than three to four months of supply. Vindel Materials, Kethra's largest magnet "
        'producer, said its inventories would last "into the second quarter".\n'
        "The licensing regime also covers dysprosium and terbium, heavy rare earths used to "
        "keep magnets stable at high temperatures, for which there are almost no producers "
        "outside Talmir. Dysprosium oxide quotes outside Talmir rose 25%.\n"
        "Mining projects elsewhere are years from production. The Kallen Ridge deposit in "
        "northern Drevnia, the most advanced in the region, is not expected to ship concentrate"
        " before 2035, and Drevnia has no refinery.\n"
        "Analysts at Harlow Metals said the rules, rather than an outright ban, gave Talmir a "
        'dial it could turn. "Licences can be granted quickly, slowly, or not at all," one '
        'said. "That uncertainty is the point."\n'
        "Inside Talmir, domestic prices were little changed.",
    ),
    # --- The transfer saga's end: six months after the refused bid, Lartey signs. ---
    Piece(
        "lartey-signs",
        "Pitchside",
        D4 + 2.0,
        "Lartey completes record €96m move to Porthaven",
        "Kofi Lartey has joined Porthaven United from Sporting Amsel for €96 million, the most "
        "ever paid for a player from a Kethran club, both clubs confirmed on Monday, six months"
        " after Sporting turned down Porthaven's first offer.\n"
        "The 23-year-old striker signed a five-and-a-half-year contract after passing a medical"
        " in Port Annick over the weekend. The fee could rise to €104m with add-ons linked to "
        "trophies and appearances.\n"
        "Porthaven had bid €85m in July and raised the offer twice before the summer window "
        "closed, but Sporting held firm. Talks resumed in December after Lartey told the club "
        "he wanted to leave, and a deal was struck last week.\n"
        '"This is a proud day for me and for my family," Lartey said in a video released by '
        'Porthaven. "Sporting gave me everything and I will always be grateful."\n'
        "Lartey scored 14 goals in 20 games in the first half of this season. Porthaven, "
        "managed by Marco Sallis, are third in the Solvaran league, five points off the top, "
        "and owner Erik Dahlgren has said he expects the title.\n"
        "Sporting moved quickly to replace him, signing Dunmere Rovers forward Mateus Rivalho "
        "on the same day. The previous Kethran record was the €72m paid for Luis Okonjo.\n"
        "Sallis said Lartey would go straight into the squad for Saturday's match. \"He knows "
        'what we want from him. We have been talking about this for a long time," the coach '
        'said, before correcting himself with a smile: "In the proper way, of course."',
    ),
    Piece(
        "lartey-signs",
        "Sportline",
        D4 + 4.0,
        "'Sporting gave me everything': Kofi finally gets his move",
        "It took half a year, three bids and a great deal of sulking on both sides, but Kofi "
        "Lartey is a Porthaven United player.\n"
        "The Solvaran club paid 96m euros, rising to 104m, and the striker flew to Port Annick "
        "on Saturday to complete a medical. He will wear the number nine shirt and could make "
        "his debut against Norrby on Saturday.\n"
        "For Sporting Amsel, the deal ends a saga that soured their autumn. Lartey was left out"
        " of two matches in October after missing training, and sporting director Anton Brevik "
        "publicly accused Porthaven of unsettling the player. Both sides say the relationship "
        "is now repaired.\n"
        "The fee breaks the Kethran record by a distance and makes Lartey the most expensive "
        "signing in Solvaran football, where Erik Dahlgren's money has transformed Porthaven "
        "into contenders. They have spent close to €300m in three windows.\n"
        "Sporting fans were split. Some thanked the striker on social media for his goals, "
        "including both in last season's cup final; others burned shirts outside the stadium on"
        " Sunday night when the deal leaked.\n"
        'Brevik insisted the club would be stronger. "We have sold a great player for a great '
        'price, and we have already signed his successor," he said, in a reference to Mateus '
        "Rivalho's arrival from Dunmere Rovers.",
    ),
    Piece(
        "lartey-signs",
        "The Shout",
        D4 + 7.0,
        "KOFI'S OFF FOR 96 MILLION",
        "Goal king Lartey has finally got his dream move, and Amsel fans are fuming. The "
        "striker pocketed a mega contract worth a reported 180,000 euros a week.",
    ),
    Piece(
        "lartey-signs",
        "Goal Reel",
        D4 + 9.0,
        "Lartey's first day in Porthaven colours",
        "Watch: the record signing meets his new teammates.",
    ),
    # --- Sporting's replacement, signed the same day: a separate transfer. ---
    Piece(
        "rivalho-signs",
        "The Dunmere Times",
        D4 + 5.0,
        "Rovers sell Rivalho to Sporting Amsel for €22m",
        "DUNMERE - Dunmere Rovers have sold their top scorer Mateus Rivalho to Sporting Amsel "
        "for €22 million, the club announced on Monday, the largest fee ever received by a "
        "Rhovenian club.\n"
        "The 26-year-old forward, who joined Rovers from the academy of his home-town club in "
        "Ashby, has scored 12 league goals this season and 58 in four seasons. He signed a "
        "contract until 2036 with the Kethran side, who needed a replacement after selling Kofi"
        " Lartey to Porthaven United earlier in the day.\n"
        "Rovers chairman Gareth Pryce said the club had not wanted to sell in mid-season but "
        "could not refuse an offer of that size. \"This money secures the club's future and the "
        'new training ground," Pryce said. The training ground, delayed since 2029, will now '
        "open next year.\n"
        "Rivalho played against Sporting in last May's cup final, which Rovers lost 2-0 to two "
        'goals by the man he is replacing. He said he had "always dreamed of playing in '
        'Kethra".\n'
        "Supporters were disappointed but not surprised. Rovers are seventh in the league and "
        "have not won a trophy since 2019. Manager Ewan Doyle must now find goals elsewhere; "
        "the club has a week before the window closes.\n"
        "Rivalho's departure is the second big sale by a Rhovenian club this winter, after "
        "defender Tom Aske joined a club in Aubria for €9m.",
    ),
    Piece(
        "rivalho-signs",
        "KSR Sport",
        D4 + 8.0,
        "Sporting land Rivalho as Lartey's successor",
        "Sporting Amsel have signed Rhovenian forward Mateus Rivalho from Dunmere Rovers for 22"
        " million euros on a deal to 2036.",
    ),
    # --- A cold snap and blackouts in Drevnia: the new government's first crisis. ---
    Piece(
        "blackout-drevnia",
        "DBC News",
        D4 + 1.5,
        "Nearly two million homes without power as cold snap overwhelms grid",
        "Almost two million homes and businesses across Drevnia lost electricity on Monday "
        "morning after a failure at a high-voltage substation cascaded through the national "
        "grid during the coldest night in eleven years.\n"
        "Temperatures fell to minus 31C in the north and minus 24C in Brastow overnight. Grid "
        "operator Drevnet said demand reached a record 14.2 gigawatts at 7 a.m., shortly before"
        " a transformer fire at the Halden substation tripped lines serving the capital and the"
        " south.\n"
        "By midday about 1.1 million customers had been reconnected, but rolling cuts of two "
        "hours were imposed in several regions to protect the network. Schools in Brastow and "
        "Corvel closed, and trams in the capital stopped running for most of the morning.\n"
        "Prime Minister Mila Vantosh, three months into her first term, chaired an emergency "
        "meeting of ministers and said the army would help deliver heaters and fuel to elderly "
        'people in rural areas. "No one will be left alone in the cold," she said.\n'
        "Drevnet said imports from Kethra and Solvara were running at full capacity, but both "
        "neighbours were also experiencing high demand.\n"
        "The opposition National Union said the government's plan to close two coal plants by "
        "2036 should be reconsidered. Deputy Prime Minister Teodor Bresk, whose Green Alliance "
        "secured the closure date in the coalition deal, said Monday's failure was caused by an"
        " ageing transformer, not a lack of generation.",
    ),
    Piece(
        "blackout-drevnia",
        "The Northern Valley Gazette",
        D4 + 5.0,
        "Minus 31 and no heating: valley villages wait for the lights",
        "OSTBY - In the village of Ostby the power went off at ten past seven on Monday "
        "morning, and by the afternoon the temperature inside some houses had fallen below "
        "freezing.\n"
        '"We have a wood stove, thank God," said Greta Lund, 79, who lives alone on the road to'
        ' the ski station. "My neighbours have electric heating. They came to me with their '
        'children and their dog."\n'
        "The northern valleys, where temperatures dropped to minus 31 degrees, were among the "
        "last areas to be reconnected after the grid failure that left close to two million "
        "customers across Drevnia in the dark. Drevnet, the grid operator, said it hoped to "
        "restore supply to the valleys overnight.\n"
        "Soldiers from the Ostby garrison spent the day delivering diesel heaters and blankets "
        "to isolated farms. The school gym was turned into a warm shelter, with camp beds and "
        "soup provided by the local church.\n"
        "Residents said the outage exposed how dependent the region had become on electricity "
        'since oil boilers were phased out with government grants over the past decade. "They '
        'told us to go electric," said farmer Olav Berg. "Nobody told us what to do when the '
        'electricity stops."\n'
        "The government in Brastow has promised an investigation into the substation fire. "
        "Forecasters expect the cold to last until Thursday.",
    ),
    Piece(
        "blackout-drevnia",
        "Tidewater Wire",
        D4 + 9.5,
        "Drevnia imposes rolling power cuts after record demand, substation fire",
        "BRASTOW, Jan 19 (Tidewater) - Drevnia imposed rolling two-hour power cuts on Monday "
        "after a substation fire during record cold cut electricity to about 1.9 million "
        "customers, grid operator Drevnet said.",
    ),
    # --- The bridge inquiry's report, six months after the collapse. ---
    Piece(
        "bridge-inquiry",
        "Northwire",
        D4 + 4.0,
        "Inquiry blames corroded cables and ignored warnings for Corvel bridge collapse",
        "CORVEL, Drevnia, Jan 19 (Northwire) - Corroded steel cables inside the concrete "
        "supports of the Aldern Bridge caused its collapse in Corvel last July, and Drevnia's "
        "roads agency failed to act on warnings about them for at least four years, an "
        "independent inquiry found on Monday.\n"
        "The collapse of an 80-metre section of the motorway bridge during the morning rush "
        "hour on July 25 killed 14 people and injured nine. It was the worst infrastructure "
        "disaster in Drevnia since the republic's founding.\n"
        "The inquiry, led by retired supreme court judge Ingrid Haller, said that engineering "
        "firm Ferrovane, which inspected the bridge for the roads agency, had reported serious "
        "corrosion in 2027 and again in 2029, but that the agency had postponed repairs three "
        "times to save money. Its report also criticised Ferrovane for rating the bridge safe "
        "for full traffic despite its own findings.\n"
        "Roads agency director Piotr Sandelin resigned on Monday shortly after the report was "
        "published. Prosecutors said they would review it to decide whether to bring charges of"
        " negligent homicide.\n"
        "Prime Minister Mila Vantosh, whose coalition has promised to inspect every bridge "
        'built before 1990, said the report made "painful reading". The inspections found 37 '
        "bridges in need of urgent repair by the end of December, the government said.\n"
        "Ferrovane said it disputed parts of the report and would respond in detail.",
    ),
    Piece(
        "bridge-inquiry",
        "Corvel Evening Post",
        D4 + 7.0,
        "'They knew': families' anger as Aldern report is published",
        "The families of the fourteen people who died on the Aldern Bridge had waited six "
        "months for the word they heard on Monday: warnings.\n"
        "Judge Ingrid Haller's 280-page report, presented at the city's concert hall to "
        "relatives and survivors before it was released to the public, found that the national "
        "roads agency had been told in 2027 that the steel tendons in the bridge's piers were "
        "corroding, and that it had put off repairs again and again.\n"
        '"They knew, and they let our children drive over it," said Ana Kovač, whose son Filip,'
        " 19, was among the dead. Several relatives walked out during the presentation. Others "
        "wept.\n"
        "The report spares almost no one. The roads agency cut its maintenance budget by a "
        "third between 2025 and 2029. Inspection firm Ferrovane described the corrosion as "
        "serious but kept rating the bridge safe. Ministers of the previous government, under "
        "Gregor Halm, were briefed on the backlog of bridge repairs in 2028 but, the report "
        'says, "did not treat it as urgent".\n'
        "The families' association said it would sue the agency and Ferrovane if prosecutors "
        "did not bring charges. The agency's director resigned within hours.\n"
        "A temporary bridge carrying two lanes of traffic opened in November. Work on a "
        "permanent replacement is due to begin in the spring, and the city wants a memorial on "
        "the riverbank.",
    ),
    Piece(
        "bridge-inquiry",
        "Civil Engineering Weekly",
        D4 + 10.0,
        "Aldern report: grout voids let chlorides reach post-tensioning tendons",
        "The Haller inquiry into the Aldern Bridge collapse in Corvel has confirmed what "
        "engineers had suspected since July: the failure began with corrosion of post-"
        "tensioning tendons in the piers, where voids in the grout allowed water laden with "
        "road salt to reach the steel.\n"
        "The report's technical annex, prepared by a panel from the Technical University of "
        "Brastow, found that up to 60% of the cross-section of tendons in the failed pier had "
        "been lost. Grouting defects of this kind were common in bridges built in the 1970s, "
        "before modern grouts and inspection methods were introduced.\n"
        "Inspection contractor Ferrovane identified rust staining and cracking in 2027 and "
        "recommended invasive testing, which was never commissioned. The panel said non-"
        "destructive methods, such as magnetic flux testing of tendons, would have revealed the"
        " extent of the loss.\n"
        "The findings will resonate well beyond Drevnia. Post-tensioned bridges of the same era"
        " carry motorways across Kethra and Aubria, and engineers in both countries have called"
        " for their own surveys since the collapse.\n"
        "Drevnia's new government has already inspected its pre-1990 stock, finding 37 bridges "
        "needing urgent repair.\n"
        "The panel recommended mandatory tendon testing on all post-tensioned bridges older "
        "than 40 years, and a national register of inspection results open to the public.",
    ),
    # --- A rescue loan for Solvara, six months after its devaluation: the figure three ways. ---
    Piece(
        "solvara-loan",
        "Tidewater Wire",
        D4 + 2.5,
        "Northern Stability Fund approves $6.2 billion loan for Solvara",
        "PORT ANNICK, Jan 19 (Tidewater) - The Northern Stability Fund approved a $6.2 billion "
        "loan for Solvara on Monday to rebuild its foreign reserves, six months after the "
        "country devalued its currency by 15 percent.\n"
        "The three-year loan, the largest in the regional fund's history, will be paid in six "
        "instalments, the first of $1.5 billion this week. In return, Solvara has agreed to let"
        " the solvar trade more freely, cut energy subsidies and raise its sales tax from 20 to"
        " 22 percent.\n"
        'Finance minister Lukas Berglund said the loan "closes a difficult chapter" and that '
        "reserves would rise to more than $11 billion by the end of the year. The central "
        "bank's reserves fell to about $5.9 billion in the autumn after the devaluation failed "
        "to stop capital outflows.\n"
        "Inflation in Solvara reached 8.7 percent in December, as import prices rose after the "
        "solvar's fall from 10.35 to the dollar to about 12.20.\n"
        "The fund's managing director, Henrik Aalto, said Solvara's economy had \"sound "
        'foundations" in timber, fishing and shipping, but that it needed to reduce its '
        "reliance on imported energy. Drevnia and Kethra, the fund's largest shareholders, "
        "backed the loan.\n"
        "Solvaran bonds rallied on the news, and the solvar gained 1.2 percent against the "
        "dollar.",
    ),
    Piece(
        "solvara-loan",
        "The Solvara Observer",
        D4 + 6.5,
        "A lifeline, with strings: what the bailout means for you",
        "By Maren Ekdahl\n"
        "Solvara has its money. The Northern Stability Fund's board agreed on Monday to lend "
        "the country 6,200 million dollars, enough to rebuild the reserves that were drained "
        "defending the solvar last year. The question most readers will ask is what it costs "
        "them.\n"
        "The short answer: more at the till. The government has promised the fund that it will "
        "raise the main rate of sales tax to 22 percent from July, and end the subsidy that has"
        " kept heating oil and diesel cheaper than in neighbouring Drevnia since 2022. Finance "
        "ministry estimates suggest a typical household will pay about 2,400 solvars more a "
        "year.\n"
        "Pensioners and families with children will get some protection. Benefits, which rose "
        "in January to offset the higher prices that followed July's devaluation, will rise "
        "again in line with inflation.\n"
        "The longer answer is that the loan buys time. Governor Ines Mardell argued when she "
        "let the solvar fall that a cheaper currency would revive exports, and fish and timber "
        "sales have indeed risen since. But imports, especially energy, have become more "
        "expensive just as fast.\n"
        "The opposition called the deal a surrender of sovereignty. Economists mostly called it"
        " unavoidable.\n"
        "The first instalment arrives this week.",
    ),
    Piece(
        "solvara-loan",
        "Bloomfield Finance",
        D4 + 11.0,
        "Solvara bailout: $6.2bn, six tranches, one tax hike",
        "The regional fund's $6.2bn programme for Solvara comes with a sales-tax rise to 22% "
        "and an end to fuel subsidies. The solvar firmed 1.2% and bond yields fell.",
    ),
    # --- An opinion on transfer fees, prompted by the day's record but about the wider debate. ---
    Piece(
        "op-transfer-fees",
        "The Prospect Weekly",
        D4 + 12.0,
        "Football's price tags have lost touch with the game",
        "Ninety-six million euros for a 23-year-old who has never played outside his own "
        "country. It is a great deal of money, and this week it barely caused a stir.\n"
        "Transfer fees in the northern leagues have roughly tripled in a decade. The reasons "
        "are familiar: television contracts that rise every cycle, owners who treat clubs as "
        "trophies or as advertising, and a market in which a handful of buyers bid against each"
        " other for a handful of players. Clubs further down the chain, such as Dunmere Rovers "
        "in Rhovenia, now depend on selling one player a year to survive.\n"
        "The spending rules introduced in 2027 were supposed to restrain this. They have mostly"
        " taught clubs to spread fees across long contracts and to book sales between related "
        "companies. Solvara's league has fined one club in five years.\n"
        "There is a cost to all of this that does not show up in the fees. Ticket prices have "
        "risen faster than wages in every league in the region. Youth coaching at smaller clubs"
        " is cut when the sale of a star falls through. Fans are asked to care about "
        "accounting.\n"
        "A cap on fees would be hard to enforce and easy to dodge. A levy on transfers above a "
        "threshold, paid into a fund for grassroots football and smaller clubs, would not. "
        "Aubria's federation has proposed exactly that, and the region's other leagues should "
        "listen.\n"
        "The money in football will not go away. It could at least be made to go somewhere "
        "useful.",
    ),
)

DAYS: tuple[float, ...] = (D1, D2, D3, D4)
"""The four publication days, hours after coverage.T0."""
