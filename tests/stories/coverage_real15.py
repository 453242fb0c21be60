"""A fifteenth set of multi-outlet coverage of our own, in the forms of 2017-2018 English feeds.

Written blind, like the fourth to fourteenth sets: without reading the clustering code or the
texts of the other sets (only the module docstrings of the thirteenth and fourteenth, the
fourteenth's scoring tests and the helpers of coverage.py), so it measures briefing on copy
it has not been tuned on. The whole set was written before it was first clustered, and no
text was changed after seeing how briefing clusters it. Every sentence is our own; the
countries (Brevania, Lindrava, Qarovia, Selmarra, Lushan, Rudovia, Carrigmore), cities,
firms, people, products and all 42 outlets are made up, and their names were checked against
the earlier sets', the shared corpus and the source so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four real publication
days of 2017-2018), and it leans towards the wires the fourteenth set lacks, each in its
house form: an AFP-like agency ("HALDENBURG (ALP) - ", "-- ALP" at the end), a Xinhua-like
state wire ("HAUKVALD, Feb. 6 (Yuxin) -- ", "Enditem"), a TASS-like one ("RYONSAN, December
31. /VESTRA/. ", a deputy minister who "told Vestra"), a DPA-like one ("Streslau (lnp) - "),
a Bloomberg-like business wire ("(Stackhouse) -- ", a title-case headline, "To contact the
reporter on this story"), and a Reuters-like one ("UPDATE 1-", "(Adds ...)", "PORT CELSEY,
Feb 6 (Corwire) - ", "(Reporting by ...; Editing by ...)"); beside them British, American,
Australian, Irish, Canadian, Singaporean, Pakistani and Indian papers ("5.6 lakh users"), two
regional American TV sites, a business daily ("2.9pc"), a markets site with title-case
headlines, a finance blog, tech blogs, a self-driving trade site, a space site, a weather
site, a sports site, a celebrity site, two aggregators' one-liners, an international TV site
and a state broadcaster's, a tabloid under one shouted headline, an opinion site ("Opinion
|"), a broadsheet's "Comment:" and an evening paper's unlabelled column, a company's own
statement (the social network's) and a government's (a budget office's), and a video site's
captions. 70 items from 42 outlets: 30 whole articles (1,200 to 1,800 characters, five or
more paragraphs) whose background names the running topic's earlier events, 30 RSS items of
a headline and a line (100 to 250 characters), six briefs, and four near-empty video
captions (under 100 characters, each labelled with its event).

Its subjects are the kinds of news of issue #16's days: a social network's data harvested by
a campaign's consultancy and, eleven months on, its chief executive before the Senate; a
government shutdown that ends and, eleven months on, another that begins; a city's New
Year's Eve safety area for women, months after a court's first verdicts over another city's
New Year's Eve assaults; a reclusive state's offer of athletes for its neighbour's Winter
Games and the two marching together at the opening; a stock market's record points drop and
a volatility note's collapse, and its slide on a trade war two months on; a private
company's heavy rocket with its founder's roadster aboard and, two months on, a booster lost
at sea beside the drone ship; a ride-hailing firm's self-driving car that kills a
pedestrian; a singer who cancels her New Year's Eve show; a continental football final; two
storms and two launches.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("Composite Craters 1,241 Points; Tremor
  Index Posts Biggest Jump Ever", "Stocks are in freefall and the 'fear gauge' just had its
  wildest day ever", "Local shares shed $61 billion as global rout hits home"; "ROADSTER TO
  THE STARS!", "A rich man's car is drifting through space, and I can't stop smiling",
  "Helix's giant rocket worked. The middle booster? Not so much"; "Diva's New Year no-show
  leaves fans fuming"; "Did Harlan blink?"; "Gatherly wasn't hacked. It did exactly what it
  was built to do"; "First jail terms for the mob attacks that shamed a city"; "Tens of
  thousands in the dark as storm batters west"), quote headlines ("'It was my mistake, and
  I'm sorry'"), a numbered list ("Five takeaways from Teodor Flint's first day under oath");
  subjects named only in the title or the body or not at all (the tabloid's roadster and
  diva, the aggregator's storm, the budget office's statement, the evening paper's column,
  the captions); figures written two or more ways (1,241 points and nearly 1,250; 4.8
  percent, 4.8 per cent and 4.8%; $50 billion, $50B, 50 billion dollars and 50 bln USD; 87
  million and 87 mln; $20 billion and $20 bln; 2.9 percent, 2.9% and 2.9pc; 130km/h and
  80mph; 40 mph and 64 km/h; 18 inches and 45 cm); people by full name in one item and by
  surname, first name, title or office in another ("Flint", "Gatherly's chief executive",
  "the Gatherly boss", "Celestine", "the singer", "Tycoon Dorian Vask", "Varrel", "the
  Qarovian leader", "Quint", "the Majority Leader", "the Director");
- one topic, separate events on one day: Storm Ysmay in Carrigmore and Winter Storm Bertrand
  in Brevania (day 2); Helix's lost booster and Lushan's lunar probe, two launches (day 4);
  same-day events that share a place or names: Vellacruz's robotaxi death and its new light
  rail line (day 1), Bertrand's snow and Moray's cancelled show in Port Celsey's Meridian
  Square (day 2), the Winter Games and the Continental Cup final, both in sports pages, and
  the final in Streslau near the Lion Gate of day 2's safety area (day 3), Lushan's tariffs
  and its probe, the Senate of the testimony and of the shutdown (day 4);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: Gatherly's harvested
  profiles (day 1) and Flint's testimony (day 4) (Parallax Insight, MindMirror, Pell, 50
  million, Amy Lochridge); the shutdown's end (day 1) and the next one (day 4) (Quint,
  Harlan, Pell, the Harbour children, 690,000); the Haldenburg verdicts (day 1) and
  Streslau's safety area (day 2) (New Year's Eve, more than 400 women, the station); Varrel's
  offer (day 2) and the Games' opening (day 3) (Qarovia, Selmarra, Haukvald, Harsol,
  Dongmak, the Sky Spear-15); the Composite's plunge (day 3) and its trade-war slide (day 4)
  (the Tremor index, CalmNote, 1,241 points); Titanis Heavy's first flight (day 3) and the
  Petrel 9's lost booster (day 4) (Helix, Vask, Cape Alder, the drone ship, the centre
  core); and names shared across topics (Pell in the harvest, both shutdowns and the tariffs;
  Port Celsey in the storm, the show, the plunge, the museum and the testimony's shares;
  Lushan of the museum, the Games' vice premier, the tariffs and the probe);
- near-empty items: four video captions of the robotaxi death, the singer's cancellation,
  the heavy rocket and the lost booster, each labelled with its event;
- features, analysis and opinion: an opinion on the harvest, a trade site's analysis of the
  robotaxi death, a "Comment:" on the safety area, an unlabelled column on the rocket and a
  numbered list of the testimony's takeaways are each mainly about their event and carry
  its label.

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): Gatherly's harvested profiles (five items); the shutdown's end
  (four); the robotaxi death (four); the Haldenburg verdicts (three); Vellacruz's light rail
  (one);
- day 2 (Wed Dec 31): Streslau's safety area (four); Storm Ysmay (three); Winter Storm
  Bertrand (three); Varrel's Games offer (three); Moray's cancelled show (three);
- day 3 (Fri Feb 6, 2032): the Composite's plunge (five); Titanis Heavy's first flight
  (five); the Games' opening (four); the Continental Cup final (three); a looted bronze
  returned (one);
- day 4 (Tue Apr 13): Flint's testimony (five); the trade-war slide (four); the lost booster
  (four); the lunar probe (three); the shutdown that begins (three).

Scored by tests/stories/test_coverage_real15.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 231 * DAY  # Wed Dec 31, 2031
D3 = 268 * DAY  # Fri Feb 6, 2032
D4 = 335 * DAY  # Tue Apr 13, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # --- Day 1, Wed May 14, 2031 ---
    Piece(
        event="parallax-harvest",
        feed="Gatherly Newsroom",
        hours=D1 + 0.5,
        title="Suspending Parallax Insight and MindMirror From Gatherly",
        text=(
            "By Ansel Whitcombe, Vice President and Deputy General Counsel\n"
            "We are suspending Parallax Insight, its parent company Stanmore Political Group, "
            "and the developer of the MindMirror personality app, Dr. Oleksa Brandt, from "
            "Gatherly while we investigate claims that information about our users was kept in "
            "breach of our rules.\n"
            "In 2027 Dr. Brandt's app was downloaded by about 290,000 people, who gave it access "
            "to their profiles and to some information about their friends. He later passed that "
            "information to Parallax, which our policies forbid. When we learned of this, "
            "Parallax and Dr. Brandt certified to us that the data had been destroyed.\n"
            "Several days ago we received reports that not all of it was deleted. We are moving "
            "aggressively to find out whether that is true. If it is, it is another unacceptable "
            "violation of the trust people place in Gatherly and the commitments these parties "
            "made."
        ),
    ),
    Piece(
        event="parallax-harvest",
        feed="The Albion Standard",
        hours=D1 + 1.0,
        title="Revealed: 50 million Gatherly profiles harvested for Pell campaign's data firm",
        text=(
            "A data firm that worked on Garrow Pell's presidential campaign obtained the "
            "personal details of some 50 million Gatherly users without their knowledge, using a "
            "personality quiz that most of them never took, according to a former employee and "
            "documents seen by the Albion Standard.\n"
            "Nico Abernath, a 28-year-old data scientist who helped set up Parallax Insight, "
            "said the company built psychological profiles of Brevanian voters and used them to "
            "aim political advertising at them during the 2030 election. 'We exploited Gatherly "
            "to harvest millions of people's profiles,' he said. 'That was the foundation the "
            "whole company was built on.'\n"
            "The data was collected through MindMirror, an app built by a university "
            "psychologist, Oleksa Brandt. About 290,000 people were paid small sums to take its "
            "test and agreed to share their data for academic use, but the app also scraped "
            "information about their friends, turning a few hundred thousand downloads into tens "
            "of millions of profiles.\n"
            "Gatherly learned of the harvesting in 2028 but did little beyond asking for the "
            "data to be deleted, the documents show. It did not alert users. On Tuesday night, "
            "hours before this story was published, the company said it was suspending Parallax "
            "from its platform.\n"
            "Parallax said it had deleted all of the data once it learned that it breached "
            "Gatherly's terms, and that none of it was used in the Pell campaign. The firm is "
            "part-owned by the hedge fund billionaire Lionel Stanmore, a Pell donor.\n"
            "Lawmakers in Helmsworth and at home called for Gatherly's chief executive, Teodor "
            "Flint, to explain himself."
        ),
    ),
    Piece(
        event="parallax-harvest",
        feed="Corwire",
        hours=D1 + 2.0,
        title="UPDATE 1-Gatherly suspends Pell-linked data firm over harvested profiles",
        text=(
            "(Adds senator's comments, premarket share move)\n"
            "HELMSWORTH, May 14 (Corwire) - Gatherly Inc said it had suspended Parallax Insight, "
            "a political data firm that worked for President Garrow Pell's 2030 campaign, after "
            "reports that it kept information on 50 million of the social network's users that "
            "it had obtained improperly.\n"
            "The suspension, announced late on Tuesday, came hours before newspapers in Brevania "
            "and abroad published accounts from a former Parallax employee who said the firm "
            "used the data to build profiles of voters and target them with political messages.\n"
            "Gatherly said the data was originally collected by Oleksa Brandt, a psychology "
            "lecturer whose MindMirror app was downloaded by about 290,000 people, and passed on "
            "in breach of its rules. It said Parallax had told it in 2028 that the data had been "
            "destroyed.\n"
            "'This was not a breach. People chose to share their information with an app, and "
            "that information was then misused,' said Gatherly's deputy general counsel, Ansel "
            "Whitcombe.\n"
            "Senator Amy Lochridge, who sits on the commerce committee, said Gatherly chief "
            "executive Teodor Flint should testify before the Senate. 'They tell us they can "
            "police themselves. This says otherwise,' she wrote.\n"
            "Gatherly shares were down 5.1 percent in premarket trading in Port Celsey. Parallax "
            "did not respond to a request for comment.\n"
            "(Reporting by Hanna Okoye in Helmsworth and Gil Tremaine in Port Celsey; Editing by "
            "Rosalind Pryce and Martin Ashdown)"
        ),
    ),
    Piece(
        event="parallax-harvest",
        feed="MarketGlint",
        hours=D1 + 8.0,
        title="Gatherly Sheds $37 Billion in Value as Harvesting Scandal Spreads",
        text=(
            "Shares of the social network fell 6.8% on Wednesday, their worst day in four years, "
            "as lawmakers in Helmsworth demanded that CEO Teodor Flint testify about Parallax."
        ),
    ),
    Piece(
        event="parallax-harvest",
        feed="Commonplace Review",
        hours=D1 + 10.0,
        title="Opinion | Gatherly wasn't hacked. It did exactly what it was built to do",
        text=(
            "There is a temptation, this week, to describe what happened to 50 million Gatherly "
            "users as a theft. A rogue academic, a shady consultancy, a billionaire's money: it "
            "has the shape of a heist story, and Gatherly would very much like us to tell it "
            "that way.\n"
            "But nothing was broken into. MindMirror asked for access to people's profiles and "
            "the profiles of their friends, and Gatherly's software handed it over, because in "
            "2027 that is what Gatherly's software did for any developer who asked. The friends "
            "never clicked anything. They were simply collateral, scraped in their tens of "
            "millions because someone they knew wanted to find out which kind of introvert they "
            "were.\n"
            "Parallax Insight is an easy villain. Its executives have bragged about swinging "
            "elections, and its work for Garrow Pell's campaign will be picked over for months. "
            "Yet the firm only did with the data what Gatherly's own advertisers do every day "
            "with its blessing: sort people into boxes and sell access to the boxes.\n"
            "Teodor Flint has spent years telling us that his company exists to bring people "
            "together. The more honest description is that it exists to know people, in detail "
            "and at scale, and to rent that knowledge out. Parallax simply skipped the rental "
            "agreement.\n"
            "If lawmakers want to do something useful, they should stop asking who leaked the "
            "data and start asking why it was there to be leaked. The answer will not flatter "
            "Gatherly, and it should not."
        ),
    ),
    Piece(
        event="shutdown-ends",
        feed="The Capitol Sentinel",
        hours=D1 + 1.5,
        title="Senate deal ends three-day shutdown as Quint promises vote on Harbour children",
        text=(
            "HELMSWORTH — The Brevanian Senate voted 81 to 18 late on Tuesday to reopen the "
            "federal government, ending a three-day shutdown after Majority Leader Marla Quint "
            "promised a separate vote on protections for the so-called Harbour children, the "
            "690,000 young immigrants brought into the country as minors.\n"
            "The House of Delegates approved the same stopgap measure hours later, and President "
            "Garrow Pell signed it shortly after midnight. It funds the government until Sept. "
            "30.\n"
            "Roughly 850,000 federal workers who were sent home on Monday are expected back at "
            "their desks on Wednesday morning. National parks, passport offices and the "
            "statistics bureau closed during the standoff; the armed forces kept working without "
            "pay.\n"
            "The breakthrough came after two dozen moderate senators from both parties met over "
            "the weekend. Opposition leader Desmond Harlan said his side had accepted the deal "
            "because Quint had given her word in public. 'If that promise is broken, everyone in "
            "this chamber will know who broke it,' he said.\n"
            "Critics on the left accused Harlan of folding too soon. Activists who had camped "
            "outside the Senate since Saturday said they felt betrayed, and several vowed to "
            "keep up their protest until the vote is held.\n"
            "Pell called the outcome 'a big win for the Brevanian people' and blamed the "
            "opposition for the closure, the first since 2026."
        ),
    ),
    Piece(
        event="shutdown-ends",
        feed="Newsreel Now",
        hours=D1 + 2.5,
        title="Federal workers back Wednesday as three-day shutdown ends",
        text=(
            "The Senate and the House of Delegates passed a stopgap funding bill overnight and "
            "President Pell signed it, keeping agencies open until Sept. 30."
        ),
    ),
    Piece(
        event="shutdown-ends",
        feed="The Chamber Report",
        hours=D1 + 3.5,
        title="Did Harlan blink? Opposition splits over the deal that reopened the government",
        text=(
            "Progressive senators say their leader swapped real leverage for a promise of a "
            "vote; moderates say nobody was winning the standoff and the Harbour children are no "
            "worse off."
        ),
    ),
    Piece(
        event="shutdown-ends",
        feed="The Northern Dispatch",
        hours=D1 + 6.0,
        title=(
            "Brevania reopens after three-day shutdown, but the fight over young immigrants is "
            "far from over"
        ),
        text=(
            "Brevania's federal government was back in business on Wednesday after lawmakers in "
            "Helmsworth agreed a short-term spending deal, ending a three-day shutdown that "
            "closed national parks, slowed border crossings and sent hundreds of thousands of "
            "public servants home.\n"
            "Travellers who were stuck in long queues at land crossings over the weekend "
            "reported shorter waits on Wednesday morning, as customs officers who had been "
            "working without pay were joined by colleagues recalled from furlough.\n"
            "The deal, which funds the government to the end of September, passed the Senate 81 "
            "to 18 after Majority Leader Marla Quint promised to hold a vote on the future of "
            "the so-called Harbour children, young people brought into Brevania as children who "
            "lose their protection from deportation next year.\n"
            "President Garrow Pell, who had refused to negotiate on the programme while the "
            "government was closed, called the outcome a victory. His opponents said the same. "
            "Analysts here were less sure that anyone had won.\n"
            "'What they have bought is about four months,' said Corinne Lablanc, who studies "
            "Brevanian politics at Fort Aubry University. 'Unless the Senate vote actually "
            "happens and passes, we will see the same stand-off in the autumn, and possibly "
            "another closure.'\n"
            "Exporters watched the episode with some relief. A longer closure would have delayed "
            "the food inspections and permits that many firms here depend on."
        ),
    ),
    Piece(
        event="haldenburg-verdict",
        feed="Agence Lumen Presse",
        hours=D1 + 4.0,
        title="Three men convicted over Haldenburg New Year's Eve sex attacks",
        text=(
            "HALDENBURG (ALP) - A court in the Lindravan city of Haldenburg on Wednesday "
            "convicted three men of sexual assault and theft over the wave of attacks on women "
            "in the crowds around its main station on New Year's Eve, the first convictions for "
            "sexual offences from a night that shocked the country.\n"
            "The men, aged 22 to 31, were given sentences of between 14 months and three years "
            "and nine months. Judge Renate Alsberg said they had been part of groups that "
            "surrounded women, groped them and stole their phones and purses 'in a manner that "
            "left the victims defenceless'.\n"
            "More than 400 women filed complaints after the night of December 31, most of them "
            "describing being encircled by men in the packed Minster Square between the station "
            "and the cathedral. Police were widely criticised for having too few officers on the "
            "square and for first describing the celebrations as 'largely peaceful'.\n"
            "Haldenburg's police chief, Matthias Vörn, was removed from his post in January, and "
            "parliament has since broadened the law so that groping is a crime in its own right "
            "and members of a group that commits an assault can be held jointly responsible.\n"
            "Prosecutors have identified more than 150 suspects, but only a handful have come to "
            "trial, largely because victims could not identify their attackers in the crowd. "
            "Another 41 cases are pending, the prosecutor's office said.\n"
            "Women's groups said the verdicts came late and were too few. -- ALP"
        ),
    ),
    Piece(
        event="haldenburg-verdict",
        feed="Lindrava Today",
        hours=D1 + 6.5,
        title="Haldenburg court jails three over New Year's Eve assaults on women",
        text=(
            "Sentences range from 14 months to three years nine months; prosecutors say dozens "
            "more cases from the night on Minster Square are waiting for trial."
        ),
    ),
    Piece(
        event="haldenburg-verdict",
        feed="The Evening Quill",
        hours=D1 + 9.0,
        title="First jail terms for the mob attacks that shamed a city",
        text=(
            "Three men were jailed today over the night last New Year when hundreds of women "
            "were surrounded, groped and robbed outside Haldenburg's main station.\n"
            "Campaigners said the sentences, the longest of them under four years, showed how "
            "few of the attackers would ever be punished."
        ),
    ),
    Piece(
        event="farelane-crash",
        feed="KVLC 5 Vellacruz",
        hours=D1 + 3.0,
        title="Woman killed by self-driving Farelane car in Vellacruz, police say",
        text=(
            "VELLACRUZ — A 49-year-old woman died after she was hit by a Farelane car that was "
            "driving itself on Cortez Avenue late Tuesday night, in what is believed to be the "
            "first pedestrian death involving a fully autonomous vehicle in Brevania.\n"
            "Vellacruz police said Elena Marsh was walking her bicycle across the avenue, "
            "outside a crosswalk, just before 10 p.m. when the gray SUV struck her at about 40 "
            "mph. She was taken to Saint Anselm Medical Center, where she died of her injuries.\n"
            "A safety operator was behind the wheel but the car was in autonomous mode, Sgt. "
            "Dana Ruelas said. The operator, a 44-year-old Vellacruz resident, was not hurt and "
            "is cooperating with investigators. There was no sign the car was speeding, Ruelas "
            "said.\n"
            "Farelane said Wednesday it had halted its self-driving tests in Vellacruz, Port "
            "Celsey and two other cities. 'Our hearts go out to the victim's family,' the "
            "ride-hailing company said in a statement. 'We are fully cooperating with local "
            "authorities.'\n"
            "The company began testing driverless cars here two years ago, drawn by the state of "
            "New Tamsin's light-touch rules and the city's wide, sunny streets. Its cars have "
            "become a common sight around downtown and the university.\n"
            "The Brevanian Transport Safety Board said it was sending a team to Vellacruz."
        ),
    ),
    Piece(
        event="farelane-crash",
        feed="Autonomy Weekly",
        hours=D1 + 7.0,
        title="First pedestrian death puts robotaxi industry on the defensive",
        text=(
            "For years the pitch for self-driving cars has rested on a single statistic: human "
            "drivers kill tens of thousands of people a year, and machines that never get tired "
            "or drunk will kill far fewer. On Tuesday night in Vellacruz, one of those machines "
            "killed Elena Marsh.\n"
            "The details released so far are sparse. A Farelane test car in autonomous mode, "
            "with a safety operator on board, struck Ms Marsh as she pushed a bicycle across a "
            "four-lane road in the dark. Police say it was travelling at around 40 mph (64 km/h) "
            "and did not appear to brake.\n"
            "That last detail will matter most to engineers. Farelane's cars carry lidar, radar "
            "and a ring of cameras designed to spot exactly this kind of obstacle, at night, "
            "well before a human would. If none of them triggered the brakes, the question is "
            "whether the sensors failed to see her or the software saw her and decided she was "
            "not a threat.\n"
            "Farelane has suspended testing in every city where it operates. Rivals said their "
            "own programmes would continue, though at least one has quietly pulled its cars off "
            "public roads for the week.\n"
            "Regulators are likely to be less patient than before. New Tamsin lets companies "
            "test without a permit and does not make them report disengagements, the moments "
            "when a human has to take control. Lawmakers in Helmsworth have been debating "
            "federal rules for months.\n"
            "Whatever the investigators find, the industry's favourite statistic now has a name "
            "attached to it."
        ),
    ),
    Piece(
        event="farelane-crash",
        feed="Harbourfront Daily",
        hours=D1 + 9.0,
        title="Robotaxi kills pedestrian in Brevania; local trials to continue",
        text=(
            "Farelane, which has tested driverless cars in the city's business park since last "
            "year, said its local trial was not affected by the suspension of its Brevanian "
            "fleet."
        ),
    ),
    Piece(
        event="farelane-crash",
        feed="Vidlane",
        hours=D1 + 11.0,
        title="Video: police release footage of fatal driverless crash",
        text="Dashcam and interior footage from the car, released by Vellacruz police. 0:41",
    ),
    Piece(
        event="vellacruz-rail",
        feed="KVLC 5 Vellacruz",
        hours=D1 + 8.0,
        title="Sunward light rail extension opens in Vellacruz with a week of free rides",
        text=(
            "The 5.4-mile line adds seven stations between downtown and the airport; Mayor Tomas "
            "Echeverri said the city expects 11,000 riders a day by next year."
        ),
    ),
    # --- Day 2, Wed Dec 31, 2031 ---
    Piece(
        event="storm-ysmay",
        feed="The Ardmore Observer",
        hours=D2 + 1.0,
        title="Storm Ysmay: status red warning for western counties as gusts of 130km/h forecast",
        text=(
            "Met Carrigmore has issued a status red wind warning for counties Ballycrane, "
            "Kilvarra and Dunmoyle, with Storm Ysmay expected to bring gusts of up to 130km/h to "
            "the west coast from mid-morning today.\n"
            "The warning, the highest level, is in place from 10am until 6pm. People in the "
            "affected areas are being told to stay indoors and off the roads, and all ferry "
            "sailings to the islands have been cancelled.\n"
            "The national emergency co-ordination group met last night and said local "
            "authorities had been told to prepare for fallen trees, coastal flooding and "
            "widespread power cuts. A status orange warning covers the rest of the country.\n"
            "Power Networks Carrigmore said crews were on standby but warned that some customers "
            "could be without electricity into the new year. Almost 30,000 homes had lost supply "
            "by 7am, mainly in north Dunmoyle.\n"
            "Ballycrane City Council has cancelled its New Year's Eve countdown concert on the "
            "quays, which was expected to draw 25,000 people.\n"
            "Ysmay is the fourth named storm of the season and the strongest to hit the west "
            "since Storm Fionnuala in 2029, forecasters said. It is expected to clear to the "
            "north-east by tomorrow morning, leaving colder, showery weather behind it for New "
            "Year's Day."
        ),
    ),
    Piece(
        event="storm-ysmay",
        feed="StormTrack Weather",
        hours=D2 + 4.0,
        title="Ysmay brings hurricane-force gusts to Carrigmore's west coast; 80,000 without power",
        text=(
            "A gust of 133km/h was recorded at Kilvarra Point as the storm made landfall; the "
            "utility says repairs will run into New Year's Day."
        ),
    ),
    Piece(
        event="storm-ysmay",
        feed="Skimr",
        hours=D2 + 8.0,
        title="Tens of thousands in the dark as storm batters west; New Year's concert off",
        text=(
            "Gusts of up to 80mph tore down power lines across Dunmoyle and Ballycrane, where "
            "tonight's countdown on the quays has been cancelled."
        ),
    ),
    Piece(
        event="storm-bertrand",
        feed="Lakeport Tribune",
        hours=D2 + 2.0,
        title="Bertrand to bury the region in up to 18 inches of snow as 'bomb cyclone' forms",
        text=(
            "Forecasters are warning of a dangerous end to the year as Winter Storm Bertrand "
            "deepens rapidly off the coast, bringing heavy snow, gale-force winds and bitter "
            "cold to Lakeport and the eastern seaboard through New Year's Day.\n"
            "The National Weather Bureau has posted blizzard warnings from Port Celsey to the "
            "lakeshore counties, where 12 to 18 inches (30 to 45 cm) of snow could fall by "
            "Thursday morning. Gusts of up to 55 mph will cause whiteouts on highways, the "
            "bureau said.\n"
            "Meteorologists say the storm is undergoing bombogenesis, the rapid strengthening "
            "that occurs when a low's central pressure drops by at least 24 millibars in 24 "
            "hours. Bertrand is forecast to drop by nearly 30.\n"
            "Behind the snow comes the cold. Wind chills in Lakeport are expected to fall to "
            "minus 25 on Thursday night, cold enough to cause frostbite on exposed skin within "
            "15 minutes.\n"
            "Mayor Denise Harrowby declared a snow emergency starting at noon, banning parking "
            "on emergency routes, and said the city's warming centers would stay open around the "
            "clock. Lakeport International Airport warned travelers to expect cancellations; "
            "more than 1,200 flights had been scrapped nationwide by early Wednesday.\n"
            "City officials urged residents who plan to go out for New Year's Eve to leave the "
            "car at home."
        ),
    ),
    Piece(
        event="storm-bertrand",
        feed="WPCN Channel 4",
        hours=D2 + 7.0,
        title=(
            "Snow emergency in Port Celsey: Meridian Square countdown still on, revelers told to "
            "bundle up"
        ),
        text=(
            "The city expects 10 inches of snow by midnight and wind chills near minus 15; "
            "police say the countdown will go ahead, with warming buses parked near the square."
        ),
    ),
    Piece(
        event="storm-bertrand",
        feed="StormTrack Weather",
        hours=D2 + 10.0,
        title="Bertrand's pressure fell 31 millibars in a day. Here's why that matters",
        text=(
            "The storm off the east coast of Brevania has met the definition of a 'bomb cyclone' "
            "and then some, its central pressure falling from 1,004 to 973 millibars in 24 "
            "hours.\n"
            "A drop like that packs the isobars close together, which is why forecasters expect "
            "gusts strong enough to turn tonight's snow into a blizzard from Port Celsey to "
            "Lakeport."
        ),
    ),
    Piece(
        event="streslau-safe-zone",
        feed="lnp International",
        hours=D2 + 2.0,
        title="Streslau sets up 'safety area' for women at New Year's Eve party",
        text=(
            "Streslau (lnp) - For the first time, Streslau's New Year's Eve party at the Lion "
            "Gate will include a 'women's safety area', where women who are harassed or feel "
            "threatened can seek help, the organisers said on Wednesday.\n"
            "The area, a heated tent near the medical station, will be staffed by volunteers "
            "from the Silver Cross and trained counsellors, a spokeswoman for the organisers "
            "said. Women will be able to wait there for friends, make calls or report an assault "
            "to police officers posted nearby.\n"
            "Up to a million people are expected on the mile-long party zone between the Lion "
            "Gate and the Old Arsenal. Around 1,600 police officers will be on duty, more than "
            "twice as many as two years ago, and heavy lorries will block the access roads.\n"
            "The measures follow last year's New Year's Eve in Haldenburg, where more than 400 "
            "women reported being surrounded, groped and robbed by groups of men outside the "
            "main station. A Haldenburg court convicted the first three men in May.\n"
            "Streslau police chief Annelie Korsch said there was no specific threat. 'We want "
            "everyone to be able to celebrate, and we want women to know exactly where to go if "
            "something happens,' she said.\n"
            "Some politicians have criticised the plan, saying it suggests that public spaces "
            "are not safe for women. The police union welcomed it."
        ),
    ),
    Piece(
        event="streslau-safe-zone",
        feed="The Daily Howler",
        hours=D2 + 5.0,
        title="Women-only tent for Streslau New Year party branded 'a surrender'",
        text=(
            "Critics say the 'safety area' at the Lion Gate tells women they are not safe in "
            "their own capital, a year after the Haldenburg sex attacks."
        ),
    ),
    Piece(
        event="streslau-safe-zone",
        feed="The Albion Standard",
        hours=D2 + 7.0,
        title="Comment: A tent for frightened women is an admission, not a solution",
        text=(
            "Tonight, somewhere between the Lion Gate and the Old Arsenal, there will be a tent. "
            "It will be warm, there will be counsellors inside, and any woman who has been "
            "grabbed or cornered in the crowd will be able to go there and feel safe for a "
            "while. Streslau's organisers deserve credit for thinking about her. They also "
            "deserve some hard questions.\n"
            "The tent exists because of Haldenburg. Everyone knows it, even if few officials "
            "will say so. A year ago, hundreds of women who went out to watch fireworks in front "
            "of their own cathedral spent the night fighting off hands and thieves, while a thin "
            "line of police officers looked on and later called the evening peaceful.\n"
            "The lesson of that night was that the police were too few, too slow and too "
            "unwilling to believe what they were told. The answer to that is more officers, in "
            "the crowd rather than at its edges, and a promise that complaints will be "
            "investigated. To its credit, Streslau has doubled its police presence.\n"
            "But a designated place of safety sends a second, quieter message: that the rest of "
            "the party is not one. It asks women to adjust their evening around the risk, rather "
            "than asking the men who pose it to adjust theirs.\n"
            "There is a version of this idea that works. Help points open to anyone, well "
            "signposted and staffed by people who take reports seriously, would reassure without "
            "segregating.\n"
            "Until then, a tent is a start. It should not be mistaken for an answer."
        ),
    ),
    Piece(
        event="streslau-safe-zone",
        feed="Globe Channel",
        hours=D2 + 9.0,
        title="Lindravan capital opens women's safety zone for New Year's Eve",
        text=(
            "Police in Streslau say the tent at the Lion Gate will be staffed through the night; "
            "1,600 officers are on duty for the party."
        ),
    ),
    Piece(
        event="qarovia-offer",
        feed="Vestra",
        hours=D2 + 1.5,
        title="Qarovian leader ready to send delegation to Winter Games in Selmarra",
        text=(
            "RYONSAN, December 31. /VESTRA/. Qarovian leader Osk Varrel has said his country is "
            "ready to send a delegation to the Winter Games in the Selmarran city of Haukvald in "
            "February and to hold talks with Selmarra on the matter, according to the text of "
            "his year-end address to the ruling party's plenum, published by state media on "
            "Wednesday.\n"
            "'The Winter Games will be a good occasion to show the dignity of our nation, and we "
            "sincerely wish them success,' Varrel said. 'Our side is willing to take the "
            "necessary steps, including sending a delegation, and the authorities of the north "
            "and the south may meet urgently.'\n"
            "At the same time, the Qarovian leader said the country's nuclear forces had been "
            "'completed' this year and that the launch button was 'always on my desk', warning "
            "that Qarovia would respond to any aggression.\n"
            "The Rudovian Foreign Ministry welcomed the statement. 'We have consistently called "
            "for direct dialogue between Ryonsan and Kyeongdo, and any step that lowers tension "
            "on the peninsula deserves support,' Deputy Foreign Minister Igor Mertsalov told "
            "Vestra.\n"
            "Tension on the Tessarine peninsula rose sharply this year after Qarovia tested its "
            "Sky Spear-15 intercontinental missile in November and carried out what it called a "
            "hydrogen bomb test in September. The Council of Nations responded with three rounds "
            "of sanctions.\n"
            "Selmarra is due to host the Games from February 6 to 22."
        ),
    ),
    Piece(
        event="qarovia-offer",
        feed="The Selmarra Herald",
        hours=D2 + 4.0,
        title="Harsol welcomes Varrel's Games overture, proposes border talks next week",
        text=(
            "President Lien Harsol on Wednesday welcomed Qarovian leader Osk Varrel's offer to "
            "send athletes to the Haukvald Winter Games and said Kyeongdo was ready to meet "
            "Ryonsan's officials 'at any time and any place', proposing talks at the border "
            "village of Dongmak as early as next week.\n"
            "'We have always said Haukvald could be a Games of peace,' Harsol told a meeting of "
            "senior aides, according to his spokesman. 'Improving relations on the peninsula "
            "cannot be separated from resolving the nuclear issue, and we will work closely with "
            "our allies on both.'\n"
            "Varrel, in a year-end speech carried by Qarovian state media, said he was willing "
            "to send a delegation and that officials from both sides 'may meet urgently'. In the "
            "same speech he boasted that his nuclear forces were complete.\n"
            "The overture follows a year of missile tests that brought the peninsula close to "
            "conflict, including the launch of the Sky Spear-15 in November, which analysts said "
            "could reach any city in Brevania.\n"
            "Officials at the Unification Ministry said practical questions, including which "
            "Qarovian athletes would qualify and how sanctions would apply to their delegation, "
            "would be settled in talks. Only two Qarovian figure skaters have earned a place so "
            "far.\n"
            "Conservative opposition lawmakers warned that Ryonsan was trying to drive a wedge "
            "between Kyeongdo and Helmsworth. 'This is a peace offensive, not peace,' said one."
        ),
    ),
    Piece(
        event="qarovia-offer",
        feed="RVN International",
        hours=D2 + 9.0,
        title="Varrel signals thaw: Qarovia could join Haukvald Winter Games",
        text=(
            "The Qarovian leader's year-end speech offers a delegation and urgent talks with "
            "Selmarra; Rudovia's foreign ministry calls it a step toward lowering tension."
        ),
    ),
    Piece(
        event="moray-cancel",
        feed="StarGlow",
        hours=D2 + 2.0,
        title="Celestine Moray pulls out of New Year's Eve show hours before midnight",
        text=(
            "Her team says a vocal cord haemorrhage has put the singer on strict voice rest; "
            "rapper Dex Talloway will headline the Meridian Square countdown in her place."
        ),
    ),
    Piece(
        event="moray-cancel",
        feed="The Daily Howler",
        hours=D2 + 6.0,
        title="Diva's New Year no-show leaves fans fuming",
        text=(
            "Celestine wrote 'I'm heartbroken' on social media, but fans who paid $500 for VIP "
            "packages at the Port Celsey gig have been told there will be no refunds."
        ),
    ),
    Piece(
        event="moray-cancel",
        feed="Vidlane",
        hours=D2 + 7.0,
        title="Watch: Celestine Moray's message to fans",
        text="From her hotel room, on voice rest, with a notepad and a marker. 0:52",
    ),
    # --- Day 3, Fri Feb 6, 2032 ---
    Piece(
        event="composite-plunge",
        feed="Stackhouse",
        hours=D3 + 0.5,
        title="Asian Stocks Tumble After Port Celsey's Record Rout; Volatility Soars",
        text=(
            "(Stackhouse) -- Asian stocks sank the most in two years on Friday after the Port "
            "Celsey Composite suffered its biggest point drop on record, as a surge in "
            "volatility forced investors who had bet on calm markets to dump shares.\n"
            "The regional benchmark fell as much as 4.1 percent, led by technology and finance "
            "companies, while futures on the Composite swung between gains and losses in early "
            "Asian trading. The Tremor index, a gauge of expected price swings, more than "
            "doubled on Thursday to 37.3, the biggest one-day jump since it was created.\n"
            "The Composite fell 1,241 points, or 4.8 percent, to 23,870 on Thursday, extending a "
            "slide that began last week after strong wage data stoked bets that the Brevanian "
            "Reserve would raise rates faster under its new chair, Ruth Calloway, sworn in on "
            "Monday.\n"
            "Strategists said the drop was amplified by products that sell volatility, which had "
            "grown popular during a long stretch of unusually quiet trading. As the Tremor index "
            "spiked, funds that had to rebalance sold futures into a falling market.\n"
            "'This is a positioning unwind, not a change in the economy,' said Mei Lin Carver, "
            "chief strategist at Ardley Brothers in Port Merrion. 'The question is how much "
            "leverage is left.'\n"
            "The Composite closed at a record as recently as January 26. It is now 8.5 percent "
            "below that peak, close to what traders call a correction.\n"
            "To contact the reporter on this story: Tomasz Reiner in Port Merrion"
        ),
    ),
    Piece(
        event="composite-plunge",
        feed="Corwire",
        hours=D3 + 3.0,
        title="UPDATE 1-Harcourt Lyle to wind up CalmNote after volatility spike wipes out 90%",
        text=(
            "(Adds analyst comment, details of other products)\n"
            "PORT CELSEY, Feb 6 (Corwire) - Harcourt Lyle said on Friday it would redeem its "
            "CalmNote exchange-traded note, a popular product that bets against market swings, "
            "after its value collapsed by more than 90 percent in after-hours trading when the "
            "Tremor index more than doubled.\n"
            "The note, which had about $1.9 billion in assets at the start of the week, fell to "
            "$11.40 from $115.50 after the close on Thursday, according to an indicative value "
            "published by the bank. Harcourt Lyle said an 'acceleration event' had occurred "
            "under the note's terms, allowing it to redeem the securities on Feb. 20.\n"
            "Products that profit when markets are calm drew billions of dollars from individual "
            "investors over the past two years as the Tremor index sat near record lows. Many "
            "buyers did not understand that a sudden spike could wipe them out in a single "
            "session, analysts said.\n"
            "'It was a crowded trade that everyone knew was crowded,' said Owen Braithwaite, "
            "head of derivatives strategy at Pellham Securities. 'Thursday was the day it got "
            "uncrowded.'\n"
            "The Port Celsey Composite lost 1,241 points on Thursday, its biggest one-day point "
            "fall ever. Harcourt Lyle said its own hedges meant it did not expect a material "
            "loss.\n"
            "(Reporting by Priya Venkat and Jon Asquith in Port Celsey; Editing by Lena Haworth)"
        ),
    ),
    Piece(
        event="composite-plunge",
        feed="The Southern Cross Herald",
        hours=D3 + 1.5,
        title="Local shares shed $61 billion as global rout hits home",
        text=(
            "The Austral 200 suffered its worst day in two years on Friday, wiping about $61 "
            "billion from the value of local shares, as a record-breaking sell-off in Port "
            "Celsey rippled through markets around the region.\n"
            "The benchmark index fell 3.2 per cent to 5,833.3, with every sector in the red. The "
            "big four banks lost a combined $14 billion, while miners and technology stocks were "
            "also heavily sold.\n"
            "The slide followed a night in which the Port Celsey Composite lost 4.8 per cent, or "
            "1,241 points, its largest fall in points on record. Brokers said there were no "
            "obvious bargain hunters until late in the session.\n"
            "'We went into the open expecting something ugly, and we got it,' said Kristen "
            "Dauber, a portfolio manager at Cressfield Capital. 'Nothing has broken in the "
            "economy. Markets simply got very comfortable, very quickly, and now they are paying "
            "for it.'\n"
            "Superannuation funds, which hold about half of local shares, said members should "
            "not panic. 'Days like this are unsettling, but super is a 30 or 40-year "
            "investment,' a spokesman for one of the largest funds said.\n"
            "The local dollar fell half a cent against the Brevanian dollar, to 78.6 cents, as "
            "investors sought safety, and gold rose. Brokers expect another volatile session on "
            "Monday if Port Celsey fails to steady tonight."
        ),
    ),
    Piece(
        event="composite-plunge",
        feed="MarketGlint",
        hours=D3 + 4.0,
        title="Composite Craters 1,241 Points; Tremor Index Posts Biggest Jump Ever",
        text=(
            "The blue-chip index closed Thursday at 23,870, down 4.8%, as selling accelerated in "
            "the last hour; volatility-linked notes collapsed after the bell."
        ),
    ),
    Piece(
        event="composite-plunge",
        feed="Yield Street",
        hours=D3 + 6.0,
        title="Stocks are in freefall and the 'fear gauge' just had its wildest day ever",
        text=(
            "If you own an index fund, Thursday hurt: the Composite dropped nearly 1,250 points, "
            "and the people who bet on calm got wiped out overnight."
        ),
    ),
    Piece(
        event="titanis-launch",
        feed="SpaceBrief",
        hours=D3 + 15.5,
        title="Titanis Heavy roars off Cape Alder on first flight, sending a roadster toward Mars",
        text=(
            "Helix Orbital's Titanis Heavy, the most powerful rocket in operation, lifted off "
            "from Cape Alder at 3:45 p.m. local time on Friday on its first test flight, "
            "carrying company founder Dorian Vask's own cherry-red Voltera Roadster toward deep "
            "space.\n"
            "The rocket, in effect three Petrel 9 first stages strapped together, lit its 27 "
            "engines on the pad that launched crewed moon missions decades ago. It can lift "
            "about 64 tonnes to low orbit, twice as much as any other working rocket, at a list "
            "price of $90 million.\n"
            "Eight minutes after launch the two side boosters, both veterans of earlier Petrel 9 "
            "flights, came back to land side by side on concrete pads a few kilometres from the "
            "launch site, a sight that drew cheers from crowds along the coast. The centre core "
            "was due to land on a drone ship at sea; Helix did not immediately say what happened "
            "to it.\n"
            "The upper stage, with the car and a mannequin in a spacesuit in the driver's seat, "
            "was to coast for six hours through the radiation belts before a final burn meant to "
            "send it into an orbit around the sun that crosses the path of Mars.\n"
            "Vask had put the odds of success at no better than even. 'If it blows up, at least "
            "it'll be a memorable explosion,' he said before the flight.\n"
            "Helix hopes to sell Titanis Heavy to military and commercial customers."
        ),
    ),
    Piece(
        event="titanis-launch",
        feed="Vidlane",
        hours=D3 + 16.0,
        title="Watch: Titanis Heavy lifts off from Cape Alder",
        text="Full replay of the launch, and of both side boosters landing side by side.",
    ),
    Piece(
        event="titanis-launch",
        feed="The Daily Howler",
        hours=D3 + 16.5,
        title="ROADSTER TO THE STARS!",
        text=(
            "Tycoon Dorian Vask fired his own sports car into space tonight on the world's most "
            "powerful rocket, with a dummy in a spacesuit at the wheel."
        ),
    ),
    Piece(
        event="titanis-launch",
        feed="The Evening Quill",
        hours=D3 + 17.0,
        title="A rich man's car is drifting through space, and I can't stop smiling",
        text=(
            "I am aware of all the reasons to be grumpy about what happened at Cape Alder "
            "tonight. A billionaire has spent a fortune on a rocket and then used it to launch "
            "his own sports car, as an advert for another of his companies, with a mannequin at "
            "the wheel. It is vanity on a planetary scale.\n"
            "And yet. When the two side boosters came back down together, upright, landing "
            "within seconds of each other like a pair of synchronised swimmers, I found myself "
            "shouting at a laptop in an empty office.\n"
            "It is easy to forget that a decade ago rockets were thrown away after every flight, "
            "and that landing one was the stuff of science fiction. Dorian Vask's company did "
            "not invent the idea, but it was stubborn enough to make it routine, and tonight it "
            "did it twice at once.\n"
            "The car is a joke, of course, but a joke with a point. Test flights usually carry "
            "blocks of concrete. Vask chose something that would make millions of people, many "
            "of them children, watch a livestream and ask where the car was going. The answer, "
            "roughly, is around the sun for the next few hundred million years.\n"
            "There are better uses for private wealth than heavy rockets, and hard questions "
            "about who will control the next era in space. They can wait until the morning.\n"
            "Tonight a red roadster is heading for Mars, and it is difficult to be cross about "
            "that."
        ),
    ),
    Piece(
        event="titanis-launch",
        feed="Byteforge",
        hours=D3 + 17.5,
        title="Helix's giant rocket worked. The middle booster? Not so much",
        text=(
            "Vask says the center core ran out of ignition fluid, lit only one engine and hit "
            "the sea at about 300 mph, roughly 100 meters from the drone ship."
        ),
    ),
    Piece(
        event="games-opening",
        feed="Yuxin",
        hours=D3 + 6.0,
        title="Haukvald Winter Games open with joint march of peninsula athletes",
        text=(
            "HAUKVALD, Feb. 6 (Yuxin) -- The 25th Winter Games opened here Friday evening, with "
            "athletes from Qarovia and Selmarra marching into the stadium together behind a "
            "single peninsula flag in a show of reconciliation cheered by the 35,000 spectators.\n"
            "Ice hockey player Irsa Tolven of Qarovia and bobsledder Kael Donmar of Selmarra "
            "carried the flag, which shows a blue outline of the Tessarine peninsula on a white "
            "background. The two sides will also field a joint women's ice hockey team, their "
            "first combined team at a Games.\n"
            "Lushanese Vice Premier Liang Shouyi attended the ceremony at the invitation of the "
            "Selmarran side. Lushan has always supported the improvement of relations between "
            "the north and the south of the peninsula and hopes the two sides will seize the "
            "opportunity to promote dialogue, Liang said during a meeting with Selmarran "
            "President Lien Harsol.\n"
            "The Lushanese delegation of 82 athletes will compete in 12 disciplines, including "
            "short-track speed skating, freestyle skiing and curling.\n"
            "The thaw between Ryonsan and Kyeongdo began with a year-end address by Qarovian "
            "leader Osk Varrel on Dec. 31, in which he offered to send a delegation, followed by "
            "high-level talks at the border village of Dongmak in January.\n"
            "Some 2,900 athletes from 92 countries and regions are taking part in the Games, "
            "which run until Feb. 22. Enditem"
        ),
    ),
    Piece(
        event="games-opening",
        feed="Agence Lumen Presse",
        hours=D3 + 7.0,
        title="Rivals march as one as Haukvald Games open under the shadow of Qarovia's missiles",
        text=(
            "HAUKVALD (ALP) - Athletes from Qarovia and Selmarra, still technically at war, "
            "marched together into the Haukvald stadium on Friday under a flag of their shared "
            "peninsula as the Winter Games opened, a moment laden with symbolism but shadowed by "
            "disputes over Ryonsan's weapons.\n"
            "The crowd rose as the joint team entered near the end of the parade of nations, and "
            "Selmarran President Lien Harsol turned to shake hands with Osk Irae, the younger "
            "sister of Qarovian leader Osk Varrel, who sat one row behind him. She is the first "
            "member of the ruling family to set foot in the south since the peninsula was "
            "divided.\n"
            "A few seats away, Brevanian Vice President Colton Reade stayed seated as the joint "
            "team passed and did not acknowledge her. Helmsworth has said the Games must not be "
            "used to ease pressure on Ryonsan.\n"
            "Varrel offered in his year-end address on December 31 to send a delegation, and the "
            "two sides agreed at talks in the border village of Dongmak in January to march "
            "together and field a combined women's ice hockey team. Critics in Selmarra accused "
            "Harsol of handing the north a propaganda victory.\n"
            "Two days before the ceremony, Qarovia staged a military parade in Ryonsan to mark "
            "the army's founding, showing off its Sky Spear-15 missile.\n"
            "The Games, the first in Selmarra, run until February 22. -- ALP"
        ),
    ),
    Piece(
        event="games-opening",
        feed="The Rawalpur Express",
        hours=D3 + 9.0,
        title="Rival peninsula neighbours march as one as Winter Games open in Haukvald",
        text=(
            "Skier Arsalan Mirza carried the green flag for the national three-member squad, the "
            "country's largest Winter Games team yet."
        ),
    ),
    Piece(
        event="games-opening",
        feed="Full Time Sport",
        hours=D3 + 10.0,
        title="Standing ovation for the joint hockey team as Games open",
        text=(
            "Qarovian and Selmarran players walked in together behind one peninsula flag; their "
            "combined side plays its first match on Saturday against Alvenland."
        ),
    ),
    Piece(
        event="continental-final",
        feed="Full Time Sport",
        hours=D3 + 16.0,
        title="Ballycrane Rovers stun Velgorod Dynamo in extra time to win the Continental Cup",
        text=(
            "Ballycrane Rovers are champions of the continent. A club that was playing part-time "
            "football eight years ago beat Velgorod Dynamo 2-1 after extra time in Streslau on "
            "Friday night, with substitute Cian Tolan heading the winner in the 113th minute.\n"
            "Dynamo, chasing a third title in five years, dominated the first hour and led from "
            "the 38th minute, when Rudovian captain Artyom Selezov curled a free kick into the "
            "top corner. Rovers' goalkeeper Padraig Cullinane then made three fine saves to keep "
            "his side in the final.\n"
            "The equaliser came from nowhere. In the 81st minute, Dynamo failed to clear a long "
            "throw and striker Eoin Fahy swept in at the far post, sending 20,000 travelling "
            "Carrigmorean fans behind the goal into delirium.\n"
            "Selezov was sent off for a second yellow card early in extra time, and Rovers made "
            "the extra man count. Tolan, on for only ten minutes, met a corner at the near post "
            "and glanced it past the goalkeeper.\n"
            "'I can't describe it,' Rovers manager Declan Moorcroft said. 'These players were "
            "stacking shelves and driving vans a few years ago. Tonight they beat one of the "
            "richest clubs in the world.'\n"
            "Rovers will play in the Intercontinental Shield in July, and their chairman "
            "promised the supporters a homecoming parade through Ballycrane on Sunday afternoon."
        ),
    ),
    Piece(
        event="continental-final",
        feed="lnp International",
        hours=D3 + 16.5,
        title="Carrigmore's Ballycrane Rovers win Continental Cup in Streslau; 14 arrests",
        text=(
            "Streslau (lnp) - Ballycrane Rovers from Carrigmore won the Continental Cup on "
            "Friday, beating Velgorod Dynamo of Rudovia 2-1 after extra time in the final at the "
            "Streslau Arena.\n"
            "Police said 14 people were detained after clashes between rival fans near the Lion "
            "Gate before kick-off. Around 2,500 officers were on duty."
        ),
    ),
    Piece(
        event="continental-final",
        feed="The Ardmore Observer",
        hours=D3 + 17.5,
        title="Rovers' night of nights: Ballycrane are kings of the continent",
        text=(
            "Cian Tolan's late header sinks the Rudovian giants and sends a town of 60,000 into "
            "a party that will run all weekend."
        ),
    ),
    Piece(
        event="museum-return",
        feed="Lushan Daily",
        hours=D3 + 3.0,
        title="Looted bronze ox head comes home to Shenyao after 171 years",
        text=(
            "The Port Celsey Museum of Art returned the Jade Lake Pavilion bronze, taken by "
            "foreign troops in 1861, at a ceremony attended by culture officials."
        ),
    ),
    # --- Day 4, Tue Apr 13, 2032 ---
    Piece(
        event="tariff-slide",
        feed="Yuxin",
        hours=D4 + 1.0,
        title="Lushan to impose additional tariffs on 50 bln USD of Brevanian goods",
        text=(
            "SHENYAO, April 13 (Yuxin) -- Lushan will impose additional tariffs of 25 percent on "
            "106 items of products imported from Brevania, including soybeans, automobiles, "
            "chemicals and aircraft, the tariff commission of the State Council said Tuesday.\n"
            "The products involved are worth about 50 billion U.S. dollars a year, the "
            "commission said in a statement, adding that the date on which the measures take "
            "effect will depend on when the Brevanian side implements its own tariffs.\n"
            "The move responds to Brevania's announcement on Monday of a proposed list of "
            "Lushanese goods worth roughly the same amount that would be subject to 25-percent "
            "duties, which the commission said seriously violated the rules of the Global Trade "
            "Organization.\n"
            "'Lushan does not want a trade war, but it is not afraid of one,' a spokesperson for "
            "the Ministry of Commerce told a press conference. 'If anyone insists on one, we "
            "will fight to the end.'\n"
            "The spokesperson said Lushan had always been willing to resolve differences through "
            "dialogue and consultation on an equal footing, and called on the Brevanian side to "
            "abandon unilateral practices.\n"
            "Trade between the two countries reached a record 636 billion dollars last year, "
            "according to Lushanese customs data. Enditem"
        ),
    ),
    Piece(
        event="tariff-slide",
        feed="Stackhouse",
        hours=D4 + 8.0,
        title="Stocks Slide as Lushan Retaliation Stokes Trade-War Fears",
        text=(
            "(Stackhouse) -- Brevanian stocks fell the most in two months as Lushan struck back "
            "at Brevania's planned tariffs with levies of its own on $50 billion of goods, from "
            "soybeans to planes, escalating a dispute that investors had hoped would stay mostly "
            "rhetorical.\n"
            "The Port Celsey Composite dropped as much as 724 points, or 2.9 percent, in the "
            "first hour of trading, before paring some losses. Planemaker Aerodyne and Kessler "
            "Tractor led declines; soybean futures in Lakeport sank 5 percent, the most since "
            "2028.\n"
            "The Tremor index of volatility jumped above 25. It has stayed elevated since "
            "February, when the Composite lost 1,241 points in a single session and "
            "volatility-selling products such as Harcourt Lyle's CalmNote collapsed.\n"
            "'Markets had priced in noise, not action,' said Della Ferrante, a strategist at "
            "Varden Partners. 'The speed of Shenyao's response tells you neither side wants to "
            "be seen blinking.'\n"
            "Treasury Secretary Hollis Grange said the administration was 'not in a trade war' "
            "and expected talks. President Garrow Pell wrote on social media that the deficit "
            "with Lushan had become 'impossible'. Farm-state senators urged him to spare "
            "agriculture, noting that Lushan buys about a third of Brevania's soybean exports.\n"
            "To contact the reporter on this story: Nadia Voss in Port Celsey"
        ),
    ),
    Piece(
        event="tariff-slide",
        feed="MarketGlint",
        hours=D4 + 9.0,
        title="Stocks Sink as Lushan Hits Back With $50B in Tariffs; Soy Futures Plunge",
        text=(
            "Aerodyne and Kessler Tractor fell more than 5% each, and the Composite was off 2.9% "
            "at midday as investors priced in a tit-for-tat trade fight."
        ),
    ),
    Piece(
        event="tariff-slide",
        feed="Business Compass",
        hours=D4 + 10.0,
        title="Trade war fears knock 2.9pc off Composite; farm, aircraft stocks hit",
        text=(
            "Shenyao's retaliation targets 50 billion dollars of Brevanian exports including "
            "soybeans and aircraft; analysts warn of a hit to farm incomes this year."
        ),
    ),
    Piece(
        event="flint-testimony",
        feed="The Sonapur Herald",
        hours=D4 + 7.0,
        title=(
            "Gatherly's Flint to face senators today; data of 5.6 lakh users here may have gone "
            "to Parallax"
        ),
        text=(
            "The company has told the IT ministry that 335 people here installed the MindMirror "
            "quiz, exposing the profiles of about 5.6 lakh friends."
        ),
    ),
    Piece(
        event="flint-testimony",
        feed="Newsreel Now",
        hours=D4 + 13.0,
        title="'It was my mistake, and I'm sorry': Gatherly boss opens Senate testimony",
        text=(
            "Teodor Flint tells a joint hearing of two committees that the company did not take "
            "a broad enough view of its responsibility for the Parallax leak."
        ),
    ),
    Piece(
        event="flint-testimony",
        feed="Wirehead",
        hours=D4 + 16.0,
        title="Five takeaways from Teodor Flint's first day under oath",
        text=(
            "Teodor Flint survived his first day in front of Brevanian senators. In nearly five "
            "hours of questioning on Tuesday, Gatherly's chief executive apologised, promised to "
            "do better and repeatedly offered to 'have my team follow up'. Here is what stood "
            "out.\n"
            "1. He accepted the blame. 'It was my mistake, and I'm sorry,' Flint said in his "
            "opening statement, calling the harvesting of data by Parallax Insight a failure to "
            "take a broad enough view of the company's responsibility.\n"
            "2. The numbers keep growing. Gatherly now says the information of up to 87 million "
            "people, not the 50 million first reported last May, may have reached Parallax "
            "through the MindMirror quiz. Users began receiving notices on Monday.\n"
            "3. Regulation is coming, and Flint says he wants it. Asked whether he would support "
            "new privacy rules, he said he was open to 'the right regulation', though he avoided "
            "backing any specific bill.\n"
            "4. Senators don't always understand the product. Several questions revealed "
            "confusion over how Gatherly makes money, which gave Flint easy openings to explain "
            "advertising basics rather than defend specific practices.\n"
            "5. Investors liked it. Gatherly's stock rose 4.5 percent, its best day in almost "
            "two years. He goes before a House committee on Wednesday."
        ),
    ),
    Piece(
        event="flint-testimony",
        feed="The Capitol Sentinel",
        hours=D4 + 16.5,
        title="Flint apologizes to senators, but offers few specifics on policing Gatherly",
        text=(
            "HELMSWORTH — Teodor Flint, the chief executive of Gatherly, told senators on "
            "Tuesday that his company had failed to protect its users' data and that he "
            "personally bore the responsibility, in his first appearance before the legislature "
            "since the Parallax Insight scandal erupted last May.\n"
            "'We didn't take a broad enough view of our responsibility, and that was a big "
            "mistake,' Flint, 35, said at a joint hearing of the Senate's commerce and judiciary "
            "committees that ran for almost five hours. 'It was my mistake, and I'm sorry.'\n"
            "Senators pressed him on how a consultancy that worked for President Garrow Pell's "
            "campaign came to hold the profiles of as many as 87 million people, gathered "
            "through a personality quiz, and why Gatherly had not told users when it learned of "
            "it in 2028.\n"
            "Flint said Gatherly had been wrong to accept Parallax's word that the data was "
            "deleted and was now auditing thousands of apps. He said the company would double "
            "the number of people working on security and content review to 20,000 by the end of "
            "the year.\n"
            "Several senators were unconvinced. 'You have been apologizing for fourteen years,' "
            "said Sen. Amy Lochridge, who demanded his testimony the day the scandal broke. 'Why "
            "should this time be different?'\n"
            "Investors were more forgiving. Gatherly's shares rose 4.5 percent, adding about $20 "
            "billion to its market value."
        ),
    ),
    Piece(
        event="flint-testimony",
        feed="Corwire",
        hours=D4 + 17.5,
        title="UPDATE 1-Gatherly shares post best day in two years as Flint faces senators",
        text=(
            "(Adds closing share price, analyst comments)\n"
            "PORT CELSEY, April 13 (Corwire) - Shares of Gatherly Inc rose 4.5 percent on "
            "Tuesday, their biggest gain in nearly two years, as investors judged that chief "
            "executive Teodor Flint had come through his first day of testimony before senators "
            "without major damage.\n"
            "The stock closed at $165.04, adding about $20 bln to the company's market value, "
            "though it remains well below its level before the Parallax Insight scandal broke in "
            "May.\n"
            "Flint apologised for the misuse of data belonging to up to 87 mln users by "
            "Parallax, the political consultancy that worked for President Garrow Pell's 2030 "
            "campaign, and said he was open to some regulation of the industry.\n"
            "'The questions were tough but not new, and he didn't give them a headline,' said "
            "Kara Leung, an analyst at Drummond Vale. 'For the stock, no news was good news "
            "today.'\n"
            "Analysts had feared that a poor performance would revive calls for Flint to give up "
            "his role as chairman.\n"
            "Some senators floated privacy legislation that would require users' consent before "
            "their data is shared, but analysts said any law was unlikely to pass quickly. Flint "
            "is due before a House of Delegates committee on Wednesday.\n"
            "(Reporting by Hanna Okoye in Helmsworth and Salvatore Benn in Port Celsey; Editing "
            "by Rosalind Pryce)"
        ),
    ),
    Piece(
        event="petrel-landing",
        feed="SpaceBrief",
        hours=D4 + 6.5,
        title="Petrel 9 booster misses drone ship landing after Ardent-7 launch",
        text=(
            "Helix Orbital lost a Petrel 9 first stage at sea on Tuesday after the booster's "
            "landing attempt went wrong, though the rocket delivered its payload, the Ardent-7 "
            "communications satellite for Drumcolm Telecom, into the planned transfer orbit.\n"
            "The launch from Cape Alder at 6:14 a.m. local time went smoothly. About eight and a "
            "half minutes later, live video from the drone ship Patience Wears Thin showed the "
            "booster descending toward the deck, then tilting sharply and vanishing into the "
            "water beside the ship in a cloud of steam.\n"
            "Dorian Vask said on social media that a hydraulic pump for one of the booster's "
            "grid fins stalled during re-entry, leaving the stage unable to steer precisely. "
            "'Landing burn was fine, but it came down just off the deck,' he wrote. 'Fixable.'\n"
            "It was the first failed landing of a Petrel 9 in more than a year, ending a streak "
            "of 24 successful recoveries. In February the centre core of Helix's Titanis Heavy "
            "also missed the drone ship on the rocket's maiden flight, after running out of the "
            "fluid needed to relight its engines, while its two side boosters landed on shore.\n"
            "The lost booster was flying for the first time. Helix has said it wants to fly each "
            "booster at least ten times to bring down the cost of launches.\n"
            "Drumcolm Telecom said the satellite was healthy."
        ),
    ),
    Piece(
        event="petrel-landing",
        feed="Vidlane",
        hours=D4 + 8.0,
        title="Video: Petrel 9 booster tips into the sea",
        text="Footage from the drone ship's camera as the landing goes wrong. 0:58",
    ),
    Piece(
        event="petrel-landing",
        feed="Alder Coast Gazette",
        hours=D4 + 9.0,
        title="Helix loses booster at sea after landing attempt goes wrong",
        text=(
            "The first stage fell into the ocean next to its drone ship, though the Drumcolm "
            "Telecom satellite it launched from the Cape this morning reached orbit as planned."
        ),
    ),
    Piece(
        event="petrel-landing",
        feed="Byteforge",
        hours=D4 + 11.0,
        title="Vask blames stalled grid fin pump for rare landing miss",
        text=(
            "The booster came down just off the deck of Patience Wears Thin, ending a run of 24 "
            "straight recoveries; Vask called the problem 'fixable' and said the next flight is "
            "on schedule."
        ),
    ),
    Piece(
        event="qinglan-launch",
        feed="Yuxin",
        hours=D4 + 2.0,
        title="Lushan launches Qinglan-4 lunar probe",
        text=(
            "WENMAO, April 13 (Yuxin) -- Lushan successfully launched the Qinglan-4 lunar probe "
            "at 2:19 a.m. Tuesday (Shenyao time) from the Wenmao Satellite Launch Center in the "
            "country's southwest, according to the Lunar Exploration Administration.\n"
            "A Great Arch-3B carrier rocket sent the probe into an Earth-moon transfer orbit. "
            "Qinglan-4 is expected to make a soft landing on the far side of the moon and bring "
            "back samples. Enditem"
        ),
    ),
    Piece(
        event="qinglan-launch",
        feed="Lushan Daily",
        hours=D4 + 3.0,
        title="Qinglan-4 sets off to bring home rocks from the moon's far side",
        text=(
            "Lushan's Qinglan-4 lunar probe blasted off early on Tuesday from the Wenmao "
            "Satellite Launch Center, beginning a mission that aims to bring back the first "
            "samples ever collected from the far side of the moon.\n"
            "A Great Arch-3B rocket carrying the 8.2-tonne spacecraft lifted off at 2:19 am and "
            "placed it into an Earth-moon transfer orbit about 26 minutes later, the Lunar "
            "Exploration Administration said. Engineers in the control centre broke into "
            "applause when the solar panels opened.\n"
            "The probe is expected to reach lunar orbit in five days. Its lander will then try "
            "to touch down in the Hermine basin, a vast crater on the side of the moon that "
            "always faces away from Earth, and use a drill and a robotic arm to collect up to 2 "
            "kilograms of soil and rock.\n"
            "Because the far side cannot see Earth, the mission relies on the Swift Crossing "
            "relay satellite, launched in 2030, which sits beyond the moon and passes signals "
            "back and forth.\n"
            "'Qinglan-4 is the most complex mission we have ever attempted,' chief designer Wu "
            "Yanling said. The previous probe, Qinglan-3, landed on the near side in 2029 and "
            "returned 1.7 kilograms of samples.\n"
            "If it succeeds, Lushan will be the first country to return material from the lunar "
            "far side."
        ),
    ),
    Piece(
        event="qinglan-launch",
        feed="SpaceBrief",
        hours=D4 + 4.0,
        title="Lushan launches Qinglan-4 on a far-side sample-return mission",
        text=(
            "A Great Arch-3B lifted the probe from Wenmao overnight; a landing in the Hermine "
            "basin is planned for early May, with samples back on Earth by June."
        ),
    ),
    Piece(
        event="shutdown-begins",
        feed="The Chamber Report",
        hours=D4 + 2.0,
        title=(
            "The government shuts down again, and the Harbour children fight is back where it "
            "started"
        ),
        text=(
            "For the second time in eleven months, Brevania's federal government has run out of "
            "money. The latest stopgap expired at midnight on Monday after the Senate fell five "
            "votes short of the 60 needed to extend it, and agencies began shutting down "
            "non-essential work on Tuesday morning.\n"
            "The trigger is the same as last May: the future of the roughly 690,000 Harbour "
            "children, the young immigrants brought into the country as minors whose protection "
            "from deportation is due to lapse in the summer.\n"
            "Last May's three-day shutdown ended when Majority Leader Marla Quint promised a "
            "separate vote on the programme. That vote took place in June and failed, 52 to 48, "
            "and the issue has since been pushed from one short-term funding bill to the next. "
            "Opposition leader Desmond Harlan, criticised on his own side for settling too "
            "easily last time, says he will not accept another promise.\n"
            "'We took Marla Quint at her word once,' Harlan said on the Senate floor on Monday "
            "night. 'We are not going to do it twice.'\n"
            "President Garrow Pell blamed the opposition and said he would not negotiate 'while "
            "they hold the government hostage'. His budget office told agencies to carry out "
            "their shutdown plans.\n"
            "About 800,000 federal employees face furloughs. Essential staff, including the "
            "armed forces, air traffic controllers and border officers, will work without pay."
        ),
    ),
    Piece(
        event="shutdown-begins",
        feed="Brevanian Budget Office",
        hours=D4 + 4.5,
        title="Statement from the Director on the lapse in appropriations",
        text=(
            "As of 12:01 a.m. today, appropriations for most federal agencies have lapsed "
            "because the Senate failed to pass a continuing resolution.\n"
            "Agencies are now carrying out their plans for an orderly shutdown. Employees should "
            "report to work today for no more than four hours to secure their offices and "
            "records, unless they have been told that they are excepted.\n"
            "The President has made clear that he will sign a clean funding bill the moment one "
            "reaches his desk. The responsibility for this shutdown rests with those who blocked "
            "it. — Warren Tilbury, Director"
        ),
    ),
    Piece(
        event="shutdown-begins",
        feed="Lakeport Tribune",
        hours=D4 + 9.0,
        title="Shutdown, take two: what's closed in Lakeport and what's still open",
        text=(
            "The federal courthouse and the passport office are shut; mail, air traffic control "
            "and the lakeshore's coast guard station are running as normal."
        ),
    ),
)
