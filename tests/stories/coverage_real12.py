"""A twelfth set of multi-outlet coverage of our own, in the forms of 2017-2018 English feeds.

Written blind, like the fourth to eleventh sets: without reading the clustering code or the
texts of the other sets (only their module docstrings, the scoring tests and the helpers of
coverage.py), so it measures briefing on copy it has not been tuned on. The whole set was
written before it was first clustered, and no text was changed after seeing how briefing
clusters it. Every sentence is our own; the countries (Vessaria, Karvadia, Lunessa), cities,
firms, people and all 42 outlets are made up, and their names were checked against the
earlier sets', the shared corpus and the source so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over real publication
days), and it leans further than the earlier sets towards how English coverage of 2017-2018
looked in feeds: wire copy with datelines and sign-offs in the agencies' forms (a Reuters-like
"MARISPORT, Vessaria, May 14 (Tidewire) -" with "UPDATE 2-" and "SOCCER-" headline labels
and "(Reporting by ...; Editing by ...)" credit lines, an AP-like "By RHYS DORNAN, Allied
Press" over "AMBLEFORTH, Vessaria (Allied Press) -", an AFP-like "TOLVANE, Karvadia (AM) -"),
a wire brief reposted by an aggregator, newspapers' and broadcasters' web copy under bylines
("By Fiona Castlemaine, Transport Correspondent"), press releases ("/Presswire Global/ --"
with a ticker, boilerplate, forward-looking statements and a media contact), two live blogs
("Live: ..." with timestamped entries, newest first), RSS items that are only a headline and
a one-line description (100 to 250 characters), tabloid briefs under shouted headlines, a
fans' site, a numbered "five things we learned" analysis and two opinion columns. 64 items
from 42 outlets: 34 whole articles (1,200 to 1,800 characters, five or more paragraphs) whose
background names the running topic's earlier events, 26 briefs and RSS descriptions, and
four near-empty video captions (under 100 characters, each labelled with its event).

Its subjects are kinds of news no earlier set holds: an airline's IT meltdown and, the same
day, a separate air traffic control failure next door, with its chief executive's exit
after the review five months on; a pop star's lawsuit against her former manager and the
jury's verdict; a space probe's arrival at an asteroid, its lander's touchdown and the
lander falling silent; a cup final and the losing coach sacked hours later, and his new job
six months on; a supreme court nominee's hearing and her confirmation; a storytelling app's
stock market debut and its first results; a music festival called off by a storm; a
mass shooting at a shopping centre and the rifle ban passed three months later; children
and their teacher rescued from a flooded cave.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("Chaos at Marisport as computer crash
  strands 75,000 travellers"; "How one power cut brought a national airline to a
  standstill"; "'He treated my songs like his piggy bank'"; "We made it: a 900-metre space
  rock has a new moon"; "SHIELD SHAMBLES"; "He had to go. But not like this"; "Leandro
  Marchetti is now a billionaire"; "Is a storytelling app
  really worth nearly ten billion dollars?"; "'Our town will not be defined by this'";
  "Mirelle, we have a lander"; "A country that can change its mind"), question and quote
  headlines, subjects named only in the body (the RSS items, the tabloids, the live blogs,
  the columns), figures written two ways ($14 million and $14M; 40% and 40 per cent; $9.6
  bln, $9.6 billion and 9.6 billion dollars; $11.2 million and $11.2M; 121 million and
  121m; 52-47 and 52 to 47; 2.8 percent and 2.8%), people in full in one item and by
  surname, first name or title in another ("Delphine", "Vallenby's pick", "the chairman");
- one topic, separate events on one day: Corvina's outage and Karvadia's air traffic
  failure (day 1, each naming the other); the Cormorant Shield final and the sacking of
  the losers' coach (day 2, the sacking retelling the final);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: Corvina's outage (day 1)
  and its chief's exit (day 3); Merriwether's suit (day 1) and the verdict (day 4);
  Sandpiper's arrival (day 1), Pipit's landing (day 3) and its silence (day 4); the final
  and the sacking (day 2) and Eckhardt's new job with Karvadia (day 4); Delacourt's hearing
  (day 2) and confirmation (day 3); Fablr's debut (day 2) and results (day 4); the
  Ambleforth shooting (day 3) and the rifle ban (day 4); and names shared across topics
  (Karvadia of the air traffic failure and of Eckhardt's new job; Ravensholm of the club
  and of the festival's meadow; Ambleforth of the shooting and of the nominee's childhood;
  Merriwether of the lawsuit and of the festival's line-up; Vallenby everywhere);
- features, analysis and opinion: an aviation analysis of the outage and one of the
  review, a live blog of the outage and one of the hearing, a match report, a fans' view of
  the sacking, a numbered analysis of the hearing, a valuation analysis of the debut, a
  science feature on the landing, a vigil feature and a rescue feature are each mainly about
  their event and carry its label; two opinion columns by one writer about a wider debate
  carry their own labels ("op-airline-it" on airlines' old software after the day's two
  failures, day 1; "op-guns" on the rifle ban and the will to act, day 4).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): Corvina's outage (six items) and Karvadia's air traffic
  failure (three); an opinion on airline IT; Merriwether sues Vantry (three); Sandpiper
  reaches Mirelle (three);
- day 2 (Fri Jul 25): the Shield final (four) and Eckhardt sacked (three); Delacourt's
  hearing (four); Fablr's debut (four); Glimmerfield cancelled (three);
- day 3 (Thu Oct 16): Pipit lands (four); the Ambleforth shooting (four); Corvina's chief
  quits (three); the Gallowdeep rescue (three); Delacourt confirmed (two);
- day 4 (Mon Jan 19, 2032): the rifle ban (three) and an opinion on it; the verdict
  (three); Fablr's results (three); Pipit falls silent (two); Eckhardt to Karvadia (two).

Scored by tests/stories/test_coverage_real12.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day.
"""

from __future__ import annotations

from tests.stories.coverage import Piece
from tests.stories.coverage_real8 import D1, D2, D3, D4  # the eighth set's four days

DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # ===== Day 1 (Wed May 14, 2031) =====
    # --- Corvina Airways' systems fail at its Marisport hub. ---
    Piece(
        "corvina-outage",
        "Tidewire",
        D1 + 1.5,
        "UPDATE 2-Corvina Airways grounds flights worldwide after IT failure",
        "MARISPORT, Vessaria, May 14 (Tidewire) - Corvina Airways halted all departures from its "
        "Marisport hub on Wednesday after a failure in its computer systems knocked out check-in, "
        "boarding and baggage handling, stranding tens of thousands of passengers at the start of "
        "a busy holiday week.\n"
        "The carrier said the fault began shortly after 5 a.m. local time and hit its systems "
        "around the world. It ruled out a cyber attack and said engineers were working to bring "
        "back a data centre that had lost power.\n"
        "'We are deeply sorry for the disruption this is causing our customers,' the airline "
        "said, advising passengers not to travel to the airport unless their flight had been "
        "confirmed.\n"
        "Flight-tracking data showed more than 300 Corvina departures cancelled or delayed by "
        "late morning. The airline operates about 800 flights a day and carried 31 million "
        "passengers last year.\n"
        "Shares in Corvina Group fell 4.1 percent in early trading in Kellingham.\n"
        "The outage is the second to hit the airline in three years; a faulty software update in "
        "2028 delayed its flights for most of a day. Unions have long complained that the carrier "
        "cut its in-house IT staff and moved the work to outside contractors.\n"
        "(Reporting by Nell Vandersloot in Marisport; additional reporting by Declan Hollins in "
        "Kellingham; Editing by Grant Mabery)",
    ),
    Piece(
        "corvina-outage",
        "The Morning Standard",
        D1 + 3.0,
        "Chaos at Marisport as computer crash strands 75,000 travellers",
        "By Fiona Castlemaine, Transport Correspondent\n"
        "Queues stretched out of the terminal doors and across the taxi rank at Marisport airport "
        "yesterday morning as a computer crash left Corvina Airways unable to check in a single "
        "passenger.\n"
        "About 75,000 people were booked on the carrier's flights, many of them families heading "
        "off for the spring break. Staff handed out bottled water and wrote boarding details by "
        "hand, but by 10am the departure boards showed a column of red.\n"
        "'We have been here since four o'clock and nobody can tell us anything,' said Maureen "
        "Tasker, 58, who was due to fly to her daughter's wedding. 'The app says we are booked, "
        "the desk says we do not exist.'\n"
        "The airline blamed a loss of power at one of its data centres, which took down the "
        "systems that load passenger lists, weigh bags and send flight plans. It said there was "
        "no sign of hacking.\n"
        "Under Vessarian rules, passengers whose flights are cancelled at short notice can claim "
        "up to $700 in compensation as well as hotels and meals. Consumer groups warned the bill "
        "could run into tens of millions of dollars.\n"
        "It is not the first time Corvina's technology has let it down: in 2028 a botched "
        "software update grounded much of its fleet for a day, and the carrier promised then to "
        "spend $200 million on new systems.",
    ),
    Piece(
        "corvina-outage",
        "Kellingham Post",
        D1 + 4.0,
        "Live: Corvina flights grounded at Marisport - latest updates",
        "10:05 - Corvina says some check-in desks are working again in Marisport, but it is still "
        "asking passengers on short-haul routes to stay at home.\n"
        "09:40 - The transport minister, Gwendolyn Rensford, says she has spoken to Corvina's "
        "chief executive and wants 'a full account' of what went wrong.\n"
        "09:12 - Passengers at gate C14 tell us they have been sitting on a plane for two hours "
        "without being told why. Bags are not being loaded.\n"
        "08:30 - The airline has confirmed the fault is a power failure at a data centre, not a "
        "cyber attack.\n"
        "07:55 - Good morning. Corvina Airways has stopped all departures from Marisport after an "
        "IT failure. We will bring you the latest here.",
    ),
    Piece(
        "corvina-outage",
        "Presswire Global",
        D1 + 6.0,
        "Corvina Airways Statement on Today's Systems Disruption",
        "MARISPORT, Vessaria, May 14, 2031 /Presswire Global/ -- Corvina Airways confirms that "
        "its core operating systems have been restored following a power failure at one of its "
        "data centres early this morning. A reduced schedule will operate for the rest of "
        "Wednesday, and customers whose flights were cancelled can rebook free of charge or claim "
        "a full refund at corvina.example/help.\n"
        "Media contact: Corvina Airways press office, +44 20 0000 0000",
    ),
    Piece(
        "corvina-outage",
        "Flightdeck Daily",
        D1 + 10.0,
        "How one power cut brought a national airline to a standstill",
        "It took less than a minute for a failed power supply to take down the systems of "
        "Vessaria's biggest airline on Wednesday, and more than eight hours to bring them back.\n"
        "Corvina Airways runs almost everything from two data centres outside Marisport. When the "
        "primary site lost power, the backup was meant to take over within seconds. People "
        "familiar with the carrier's operations said the switch-over failed because the two sites "
        "had not been kept in step since a migration last year.\n"
        "The result was an airline with aircraft and crews but no way to know who was on board. "
        "Departure control, which prints boarding passes and balances the load on each plane, "
        "went dark, and so did the link that sends flight plans to air traffic control.\n"
        "Aviation consultant Rupert Ellingsworth said the outage showed how fragile airline IT "
        "had become. 'Carriers have layered new apps on top of systems written forty years ago. "
        "It works until one piece fails, and then nothing works.'\n"
        "The day got worse for travellers in the region in the afternoon, when a separate "
        "computer fault at Karvadia's Tolvane control centre forced cuts in the number of flights "
        "crossing its airspace.\n"
        "Corvina has not said how much the day will cost. Analysts put the bill for refunds, "
        "hotels and compensation at $60 million to $90 million, on top of the $200 million the "
        "airline pledged after its last breakdown, in 2028.",
    ),
    Piece(
        "corvina-outage",
        "VNB News",
        D1 + 2.5,
        "Video: queues snake out of Marisport terminal",
        "Passengers wait for hours as Corvina's systems crash.",
    ),
    # --- Hours later, a separate failure at Karvadia's air traffic control centre. ---
    Piece(
        "atc-failure",
        "Agence Mondiale",
        D1 + 9.0,
        "Karvadia air traffic fault delays hundreds of flights",
        "TOLVANE, Karvadia (AM) - A computer failure at Karvadia's main air traffic control "
        "centre forced controllers to cut the number of flights in the country's airspace on "
        "Wednesday, delaying hundreds of departures across the region, hours after an unrelated "
        "breakdown grounded Corvina Airways in neighbouring Vessaria.\n"
        "The flight-data system at the Tolvane centre, which passes each aircraft's route to "
        "controllers, stopped working at 1:20 pm, the air navigation service KarNav said. "
        "Controllers fell back on paper strips and cut traffic by half.\n"
        "'Safety was never at risk,' KarNav's operations director Radek Strakosch told reporters. "
        "'We reduce the flow so that every controller can handle his sector by hand.'\n"
        "About 1,200 flights were delayed, some by more than three hours, according to the "
        "regional air traffic agency. Airlines were told to expect restrictions until the "
        "evening.\n"
        "The Tolvane centre handles flights between the north of the continent and the southern "
        "coast, so the delays spread to airports far from Karvadia.\n"
        "It was the second aviation computer failure of the day. Early on Wednesday a power cut "
        "at a data centre had knocked out Corvina's check-in and boarding systems, stranding some "
        "75,000 passengers in Marisport.",
    ),
    Piece(
        "atc-failure",
        "Headlinr",
        D1 + 10.0,
        "Second aviation IT failure in a day as Tolvane controllers switch to paper",
        "KarNav halves traffic over Karvadia after a flight-data fault; 1,200 flights delayed "
        "across the region, hours after Corvina's meltdown.",
    ),
    Piece(
        "atc-failure",
        "The Points Traveller",
        D1 + 11.0,
        "Flying over Karvadia tonight? Pack your patience",
        "If your route crosses Karvadian airspace this evening, expect to sit on the tarmac. "
        "KarNav is limiting flights through its Tolvane centre after its flight-data system "
        "failed this afternoon. Check your airline's app before you leave for the airport; delays "
        "of up to three hours are being reported.",
    ),
    Piece(
        "op-airline-it",
        "The Weekday Review",
        D1 + 14.0,
        "Our airlines are flying on software older than their pilots",
        "By Hugo Tremayne\n"
        "Two failures in one day should end any illusion that air travel's computers are modern. "
        "In the morning a single power cut stopped an entire airline; in the afternoon a control "
        "centre went back to paper strips.\n"
        "Neither failure was exotic. There was no hacker, no storm, no sabotage. There was simply "
        "a web of old programs, patched and extended for decades, that nobody fully understands "
        "any more.\n"
        "Airlines have spent the past twenty years cutting costs: they sold their aircraft and "
        "leased them back, outsourced their maintenance and handed their IT to the lowest bidder. "
        "Each saving looked sensible on its own. Together they have produced a business that "
        "cannot check in a passenger if one building loses its electricity.\n"
        "The answer is not another apology or another voucher. Regulators already test whether an "
        "aircraft can fly with an engine out; they should test whether an airline can keep flying "
        "with a data centre out, and publish the results.\n"
        "Corvina's chief executive said on Wednesday evening that the airline would commission an "
        "independent review. Karvadia's air navigation service promised the same. Both reviews "
        "should be published in full, not summarised by the people they examine.\n"
        "Passengers cannot inspect a server room. They should at least be told which carriers "
        "have bothered to build a second one that works.",
    ),
    # --- A pop star sues her former manager. ---
    Piece(
        "merriwether-suit",
        "StarWatch",
        D1 + 2.0,
        "Delphine Merriwether sues ex-manager, says he pocketed $14 million",
        "Delphine Merriwether is taking the man who made her a star to court.\n"
        "The 31-year-old singer filed a lawsuit in Marisport Superior Court on Wednesday accusing "
        "her former manager, Gideon Vantry, of diverting $14 million of her royalties and tour "
        "fees into companies he controlled.\n"
        "According to the complaint, Vantry took commissions of up to 40 per cent on some "
        "concerts, three times what her contract allowed, and signed a streaming deal in her name "
        "without telling her.\n"
        "'I trusted Gideon with my whole life,' Merriwether wrote on social media. 'I found out "
        "the hard way that he was treating my songs like his piggy bank.'\n"
        "Vantry, who discovered the singer when she was performing in a hotel bar at 17, managed "
        "her through three number-one albums before the pair split last autumn. His lawyer called "
        "the claims 'a fantasy dreamed up by a new team that wants someone to blame'.\n"
        "Merriwether's Glass Houses tour, which sold out arenas across the continent last year, "
        "is at the heart of the dispute. Her lawyers say tour accounts show payments of $3.2 "
        "million to a promoter that turned out to be owned by Vantry's brother.\n"
        "Friends of the singer say the split with Vantry began when she asked to see the books "
        "for her 2029 world tour and was told it would take a year. She hired new accountants "
        "instead. Her fans, who call themselves the Glasshouse, flooded Vantry's agency's social "
        "media pages with broken-heart emojis within an hour of the filing.",
    ),
    Piece(
        "merriwether-suit",
        "Allied Press",
        D1 + 5.0,
        "Singer accuses former manager of siphoning royalties",
        "By RHYS DORNAN, Allied Press\n"
        "MARISPORT, Vessaria (Allied Press) - Pop singer Delphine Merriwether sued her former "
        "manager on Wednesday, saying he secretly took millions of dollars from her earnings over "
        "a decade.\n"
        "The lawsuit, filed in Marisport Superior Court, seeks $14 million in damages from Gideon "
        "Vantry and four companies linked to him. It alleges fraud, breach of contract and breach "
        "of his duties as her manager.\n"
        "Merriwether, whose hits include 'Paper Kite', split from Vantry last October. Her new "
        "management company said an audit of her accounts had found 'systematic overcharging' on "
        "tours and licensing deals.\n"
        "In a statement, Vantry's lawyer, Bettina Dunsford, said her client had 'built Delphine's "
        "career from nothing' and would fight the case. 'Every cent he earned was earned in the "
        "open,' she said.\n"
        "Disputes between artists and managers are common in the music business but rarely reach "
        "a jury. Most are settled out of court.\n"
        "Merriwether, 31, has sold more than 20 million records. Her 2029 tour was one of the "
        "highest-grossing in the country that year, taking in about $96 million, according to the "
        "trade publication Box Office Weekly. The complaint says Vantry booked the tour through a "
        "promotions company he did not disclose.\n"
        "A hearing on the case has been set for August.",
    ),
    Piece(
        "merriwether-suit",
        "Backstage Pass",
        D1 + 7.0,
        "'He treated my songs like his piggy bank'",
        "The chart-topping singer is suing Gideon Vantry, the manager who found her in a hotel "
        "bar, claiming he skimmed $14M from her royalties and tours.",
    ),
    # --- The Sandpiper probe reaches the asteroid Mirelle. ---
    Piece(
        "probe-orbit",
        "Perihelion Weekly",
        D1 + 0.5,
        "Sandpiper slips into orbit around asteroid Mirelle after four-year chase",
        "After four years and 4.2 billion kilometres, the Sandpiper spacecraft has arrived at its "
        "target.\n"
        "Controllers at the Pan-Atlantean Space Agency (PASA) confirmed early on Wednesday that "
        "the probe had completed a 22-minute engine burn and settled into orbit around Mirelle, a "
        "dark, rubble-strewn asteroid about 900 metres across.\n"
        "'We are now the first visitors Mirelle has ever had,' said mission manager Dr Sabine "
        "Volkova as the team applauded in the control room. 'The real work starts today.'\n"
        "Over the coming months Sandpiper will map the surface from as close as two kilometres, "
        "looking for a safe place to set down its small lander, Pipit. The lander carries a drill "
        "and a camera and is designed to work for about two months on battery and solar power.\n"
        "Scientists believe Mirelle is a leftover from the birth of the solar system and may hold "
        "water locked in its rocks. Its surface is darker than coal and it spins once every seven "
        "hours.\n"
        "Getting here was not easy. A thruster fault in 2029 forced the team to change the "
        "probe's route and added six months to the trip, and for a few weeks last year engineers "
        "feared Sandpiper would miss its target altogether. Mirelle was only spotted from Earth "
        "in 2019 and is too small to be seen by most telescopes.\n"
        "The €1.1 billion mission launched in 2027. The first close-up images are expected to be "
        "published next week.",
    ),
    Piece(
        "probe-orbit",
        "Yonder News",
        D1 + 3.0,
        "Space probe reaches asteroid after 4.2 bln km trip",
        "DARMSTEIN, May 14 (Tidewire) - The Sandpiper probe went into orbit around the asteroid "
        "Mirelle on Wednesday, the Pan-Atlantean Space Agency said, four years after its launch. "
        "It will release a lander later in the year. (Reporting by Solveig Engvik; Editing by "
        "Grant Mabery)",
    ),
    Piece(
        "probe-orbit",
        "Skywatch Science",
        D1 + 4.5,
        "We made it: a 900-metre space rock has a new moon",
        "PASA's spacecraft is now circling Mirelle, the dark asteroid it has been chasing since "
        "2027, and will scout a landing site for its Pipit lander.",
    ),
    # ===== Day 2 (Fri Jul 25) =====
    # --- The Cormorant Shield final, Thursday night. ---
    Piece(
        "shield-final",
        "Agence Mondiale",
        D2 + 0.5,
        "Sarrena rout Ravensholm to lift Cormorant Shield",
        "KELLINGHAM (AM) - Deportivo Sarrena won the Cormorant Shield for the first time on "
        "Thursday, beating Ravensholm Albion 3-0 in a one-sided final at Kingsmead Park in the "
        "Vessarian capital.\n"
        "The Lunessan side led through a header from captain Teodoro Quiroga after 11 minutes and "
        "added two more before the hour, from Ilan Bessiere and a deflected shot by substitute "
        "Joaquim Feliz.\n"
        "Ravensholm, who had knocked out the holders in the semi-final, barely threatened. Their "
        "only shot on target came in stoppage time.\n"
        "About 8,000 Sarrena supporters had made the trip north, and they sang long after the "
        "final whistle as their players lifted the trophy on a stage in front of them.\n"
        "'This is for the city and for everyone who stayed with us in the bad years,' said "
        "Sarrena coach Osvaldo Villaverde, whose team was playing in the second division four "
        "seasons ago.\n"
        "Ravensholm had not reached a continental final since 2009, when they lost on penalties. "
        "Their supporters, who had filled three sides of the stadium, were silent long before the "
        "end, and some left after Feliz's goal. Several hundred waited to jeer the players as "
        "they collected their runners-up medals.\n"
        "For Ravensholm and their coach Bertil Eckhardt, the defeat capped a poor season in which "
        "they finished ninth in the league. Eckhardt said he would 'take responsibility' but "
        "declined to say whether he expected to stay.",
    ),
    Piece(
        "shield-final",
        "Goalmouth",
        D2 + 1.5,
        "Ravensholm fall apart on the biggest night of all",
        "By Callum Fairweather at Kingsmead Park\n"
        "There are defeats that hurt and defeats that explain everything. Ravensholm's was the "
        "second kind.\n"
        "For eleven minutes they held their shape. Then Quiroga rose above two defenders at the "
        "near post, and the plan that had carried them past the holders simply dissolved.\n"
        "The second goal was worse: a throw-in lost on halfway, three passes, Bessiere alone at "
        "the far post. By the time Feliz's shot looped off a boot for the third, the Ravensholm "
        "end had started to empty.\n"
        "Sarrena were quick, brave and organised. Villaverde's side pressed in packs and never "
        "let Ravensholm's midfield turn. It is hard to remember a final in which one team had so "
        "little of the ball.\n"
        "Eckhardt stood in his technical area with his arms folded for most of the second half. "
        "His substitutions, two forwards for two midfielders at 2-0, only opened the space "
        "Sarrena wanted.\n"
        "Ravensholm's board, already unhappy with a ninth-place finish, met in the stadium after "
        "the match. The club's first continental final in 22 years ended with players staring at "
        "the grass while the Lunessans danced.\n"
        "Sarrena, for their part, will not care what anyone makes of Ravensholm. Four years ago "
        "they were playing in front of 3,000 people in the Lunessan second tier. Tonight Quiroga, "
        "who came through their youth team, held the Shield above his head while the whole of "
        "their away end sang his name.",
    ),
    Piece(
        "shield-final",
        "The Daily Wallop",
        D2 + 3.0,
        "SHIELD SHAMBLES",
        "Ravensholm's flops trudged off to boos after a 3-0 hammering by Lunessan minnows "
        "Sarrena. One fan said: 'I paid $400 to watch that. Never again.'",
    ),
    Piece(
        "shield-final",
        "Final Whistle Digest",
        D2 + 5.0,
        "Three goals, one trophy: a Lunessan city parties till dawn",
        "Thousands filled the streets of Sarrena overnight after their club beat Ravensholm in "
        "Kellingham to win its first continental title.",
    ),
    # --- Hours later the losers sack their coach. ---
    Piece(
        "coach-sacked",
        "Matchday Wire",
        D2 + 9.0,
        "Ravensholm sack Eckhardt after Shield final humiliation",
        "Ravensholm Albion dismissed coach Bertil Eckhardt on Friday, less than a day after their "
        "3-0 defeat by Deportivo Sarrena in the Cormorant Shield final. Assistant Neil Corbishley "
        "will take charge until a successor is found.",
    ),
    Piece(
        "coach-sacked",
        "Tidewire",
        D2 + 10.0,
        "SOCCER-Ravensholm fire coach Eckhardt after cup final loss",
        "RAVENSHOLM, Vessaria, July 25 (Tidewire) - Ravensholm Albion fired coach Bertil Eckhardt "
        "on Friday, hours after a 3-0 defeat by Deportivo Sarrena in the final of the Cormorant "
        "Shield, the club said.\n"
        "The 52-year-old had been in charge for two and a half seasons and led the club to its "
        "first continental final in 22 years. But a ninth-place finish in the league had already "
        "put his job in doubt.\n"
        "'The board believes a new direction is needed to return the club to the top of the "
        "table,' Ravensholm chairman Desmond Hargreave said in a statement.\n"
        "Eckhardt, a former international defender, joined Ravensholm from the Karvadian club "
        "Tolvane FC in 2029. He is the fourth coach to leave the club in five years.\n"
        "Local media reported that former Ravensholm striker Aaron Pemberly was among the "
        "candidates to replace him. The new league season starts in three weeks.\n"
        "Eckhardt's side were outplayed at Kingsmead Park in Kellingham on Thursday, with Teodoro "
        "Quiroga, Ilan Bessiere and Joaquim Feliz scoring for the Lunessan club. Ravensholm "
        "managed one shot on target. Fans booed the team off the pitch, and several called for "
        "Eckhardt's dismissal on social media before midnight.\n"
        "The club said Eckhardt would be paid the remaining year of his contract, worth about 2.1 "
        "million dollars.\n"
        "(Reporting by Wilf Ashbury; Editing by Grant Mabery)",
    ),
    Piece(
        "coach-sacked",
        "The Far Stand",
        D2 + 12.0,
        "He had to go. But not like this",
        "Nobody who stood in the away end at Kingsmead Park on Thursday night will argue that "
        "Bertil Eckhardt deserved another season. The team he built looked lost, and so did he.\n"
        "But the way Ravensholm's board did it, with a two-line statement on the website before "
        "the players had even unpacked, says more about the people upstairs than about the man "
        "they fired.\n"
        "Eckhardt took over a squad in the bottom half of the table and a club that had not seen "
        "a final in two decades. He got us to one. He did it without a single signing over $5m, "
        "because Hargreave would not spend.\n"
        "The chairman now talks about 'a new direction'. We have had four new directions in five "
        "years. Each time it has meant a cheaper coach and a shorter contract.\n"
        "If Pemberly is the answer, the board should say so today, and say how much he will have "
        "to spend. Otherwise fans will draw their own conclusion: that sacking the coach was the "
        "easiest way to stop anyone asking about the owners.\n"
        "It is worth remembering that eighteen months ago the same board gave Eckhardt a new "
        "contract and called him 'the architect of our future'. The architect was asked to build "
        "a house with no bricks.\n"
        "Thank you, Bertil. You deserved a better final night, and a better goodbye.",
    ),
    # --- Judge Miriam Delacourt's confirmation hearing. ---
    Piece(
        "delacourt-hearing",
        "Kellingham Post",
        D2 + 8.0,
        "Live: Delacourt faces senators on first day of confirmation hearing",
        "12:48 - Senator Rosamund Petheridge asks whether a president can refuse to obey a court "
        "order. Delacourt: 'No one is above the law. That includes presidents.'\n"
        "12:20 - Protesters in the public gallery are led out after shouting at the nominee. "
        "Brannigan calls a five-minute recess.\n"
        "11:35 - Delacourt declines to say how she would rule on the privacy case before the "
        "court next term, citing judicial ethics.\n"
        "10:10 - In her opening statement, Miriam Delacourt thanks President Evander Vallenby and "
        "describes growing up above her parents' shop in Ambleforth.\n"
        "09:30 - The Senate Judiciary Committee's chairman, Corwin Brannigan, opens the hearing. "
        "It is expected to last three days.",
    ),
    Piece(
        "delacourt-hearing",
        "Allied Press",
        D2 + 11.0,
        "Supreme Court nominee sidesteps questions on presidential power",
        "By SIGRUN HOLMQUIST, Allied Press\n"
        "KELLINGHAM, Vessaria (Allied Press) - Judge Miriam Delacourt, President Evander "
        "Vallenby's choice for the Supreme Court, declined on Friday to say whether a president "
        "could ignore a subpoena, as senators opened her confirmation hearing.\n"
        "Delacourt, 49, a judge on the Federal Appeals Court for eight years, told the Senate "
        "Judiciary Committee that she would approach every case 'with an open mind and a closed "
        "mouth' until it reached her.\n"
        "Senator Corwin Brannigan, the committee's chairman, praised her record as 'careful and "
        "fair'. Senator Rosamund Petheridge, the senior opposition member, said the nominee had "
        "'given us a masterclass in saying nothing'.\n"
        "The hearing was interrupted twice by protesters who oppose her rulings on workplace "
        "surveillance.\n"
        "Vallenby's party holds 52 of the Senate's 100 seats, enough to confirm Delacourt without "
        "opposition votes if it stays united. She would replace Justice Aldous Penhale, who "
        "retired in May after 27 years on the bench.\n"
        "Delacourt has written more than 300 opinions on the appeals court. Her best-known "
        "ruling, in 2029, allowed a logistics firm to track its drivers' phones outside working "
        "hours, a decision labour unions have cited in campaigning against her. She told senators "
        "the ruling applied the law as written and 'was not a statement of what I would like the "
        "law to be'.\n"
        "The committee will vote next month.",
    ),
    Piece(
        "delacourt-hearing",
        "Capitol Brief",
        D2 + 14.0,
        "Five things we learned from the nominee's first day in the hot seat",
        "1. She will not be drawn. Asked about presidential power, privacy and the court's own "
        "precedents, Judge Delacourt answered with the same line: she would not prejudge a case "
        "that might come before her.\n"
        "2. She is comfortable under fire. When protesters shouted from the gallery, she waited, "
        "smiled and picked up her sentence where she had left it.\n"
        "3. The opposition has no single line of attack. Senator Petheridge went after her "
        "rulings on surveillance at work; others focused on a speech she gave to a business group "
        "in 2026. Neither drew blood.\n"
        "4. Brannigan wants it done quickly. The chairman cut the first round of questions to ten "
        "minutes each and scheduled a committee vote before the summer recess ends.\n"
        "5. The numbers still favour her. With 52 seats, Vallenby's party can confirm her alone. "
        "Two of its senators said afterwards they had heard 'nothing disqualifying'.\n"
        "6. Her family was on show. Her husband, a retired schoolteacher, and their two daughters "
        "sat behind her throughout. Delacourt mentioned her parents' shop in Ambleforth three "
        "times, and Brannigan twice. Expect to hear more about the shop.\n"
        "The hearing continues on Monday, when outside witnesses, including two of her former "
        "clerks, will testify.",
    ),
    Piece(
        "delacourt-hearing",
        "KVTN Action News",
        D2 + 9.5,
        "Protesters interrupt hearing as judge stays tight-lipped",
        "Vallenby's pick for the high court refused to be pinned down on presidential power "
        "during a tense first day before the Judiciary Committee.",
    ),
    # --- Fablr's stock market debut. ---
    Piece(
        "fablr-ipo",
        "Presswire Global",
        D2 + 0.8,
        "Fablr Announces Pricing of Initial Public Offering",
        'KELLINGHAM, Vessaria, July 24, 2031 /Presswire Global/ -- Fablr, Inc. ("Fablr"), the '
        "social storytelling app, today announced the pricing of its initial public offering of "
        "85,000,000 shares of its Class A common stock at a public offering price of $21.00 per "
        "share.\n"
        "The shares are expected to begin trading on the Vessarian Stock Exchange on July 25, "
        '2031 under the ticker symbol "FBLR". The offering is expected to close on July 29, '
        "2031, subject to customary closing conditions.\n"
        "Fablr expects to receive gross proceeds of approximately $1.79 billion, before deducting "
        "underwriting discounts and commissions and offering expenses.\n"
        "Harwell Brothers and Castine & Co. are acting as lead book-running managers for the "
        "offering.\n"
        "A registration statement relating to these securities has been filed with the Vessarian "
        "Securities Commission and has become effective. This press release shall not constitute "
        "an offer to sell or the solicitation of an offer to buy these securities, nor shall "
        "there be any sale of these securities in any jurisdiction in which such offer would be "
        "unlawful.\n"
        "About Fablr\n"
        "Fablr is where 118 million people a month tell stories together, one chapter at a time. "
        "Founded in 2024 by Leandro Marchetti, the company is headquartered in Kellingham.\n"
        "Forward-Looking Statements\n"
        "This press release contains forward-looking statements, including statements regarding "
        "the expected closing of the offering. Actual results may differ materially.\n"
        "Media contact: press@fablr.example",
    ),
    Piece(
        "fablr-ipo",
        "Tidewire",
        D2 + 9.0,
        "UPDATE 1-Fablr shares jump 40% in market debut, valuing app at $9.6 bln",
        "KELLINGHAM, July 25 (Tidewire) - Shares of Fablr Inc soared 40% in their first day of "
        "trading on Friday, giving the storytelling app a market value of about $9.6 billion in "
        "the largest technology listing in Vessaria this year.\n"
        "The stock opened at $29.40, well above the $21 price set late on Thursday, which was "
        "itself at the top of the range the company had marketed to investors.\n"
        "Fablr sold 85 million shares, raising $1.79 billion. Demand was more than ten times the "
        "number of shares on offer, two people familiar with the deal said.\n"
        "The company, which lets users write stories together chapter by chapter, says it has 118 "
        "million monthly users, most of them under 25. It lost $146 million last year on revenue "
        "of $610 million.\n"
        "Founder and Chief Executive Leandro Marchetti, 29, keeps control through shares with ten "
        "votes each. His stake is worth about $1.3 billion at Friday's price.\n"
        "The debut follows a quiet year for listings after several technology companies that went "
        "public in 2030 fell below their offer prices.\n"
        "Marchetti rang the opening bell in Kellingham wearing a T-shirt printed with the first "
        "line of a story written by a user in the app's first week. 'Today we are a public "
        "company, but we are still a place where anyone can write chapter one,' he said.\n"
        "(Reporting by Saira Pennock; Editing by Quentin Haskett)",
    ),
    Piece(
        "fablr-ipo",
        "Valuehound",
        D2 + 13.0,
        "Is a storytelling app really worth nearly ten billion dollars?",
        "On Friday investors decided that an app where teenagers write stories together is worth "
        "more than most of the country's publishers combined.\n"
        "Fablr's shares closed 40 per cent above their offer price, valuing the company at 9.6 "
        "billion dollars. That is roughly 16 times last year's sales, for a business that has "
        "never made a profit.\n"
        "The bull case is easy to make. Fablr's users spend an average of 52 minutes a day in the "
        "app, more than on most social networks, and advertisers pay a premium to reach them. "
        "Marchetti has promised to launch paid subscriptions for writers next year.\n"
        "The bear case is just as clear. Growth in users slowed to 9 per cent in the first "
        "quarter, from 31 per cent a year earlier. Almost all of its revenue comes from "
        "advertising, and a single change to the app stores' privacy rules could cut into it.\n"
        "Then there is governance. Marchetti's super-voting shares mean outside investors will "
        "have almost no say over how the company is run.\n"
        "Comparisons with earlier listings are not encouraging. Of the seven technology firms "
        "that floated in Kellingham in 2030, five trade below their offer price, including the "
        "photo app Glintly, which debuted with a similar first-day jump and has since lost half "
        "its value.\n"
        "None of that mattered on the first day. It will matter in January, when Fablr reports "
        "results as a listed company for the first time.",
    ),
    Piece(
        "fablr-ipo",
        "Startup Signal",
        D2 + 10.0,
        "Leandro Marchetti is now a billionaire",
        "The 29-year-old's stake in the app he started in a student flat is worth $1.3bn after "
        "Friday's debut, when its shares rose 40% from the $21 offer price.",
    ),
    # --- A music festival called off on its opening day. ---
    Piece(
        "festival-cancelled",
        "Stagefront",
        D2 + 2.0,
        "Glimmerfield called off hours before gates open after storm wrecks main stage",
        "Glimmerfield, the three-day music festival that was due to open on Friday, has been "
        "cancelled after overnight winds brought down part of the main stage.\n"
        "Organisers said gusts of up to 110 km/h tore through Larkspur Meadow outside Ravensholm "
        "at about 2am, bending the steel roof of the Sunset Stage and flattening two bars and a "
        "row of toilets. Nobody was hurt; the site was closed to the public.\n"
        "'We have looked at every option, including moving acts to the smaller stages, and none "
        "of them is safe,' festival director Imogen Rathbone said in a video posted at dawn. 'We "
        "are heartbroken.'\n"
        "About 60,000 people had tickets, which cost $189 for the weekend. Campers who had "
        "arrived on Thursday were asked to leave by midday.\n"
        "The cancellation is a blow to a festival that has grown from a farm party in 2019 into "
        "one of the biggest in Vessaria. This year's line-up included Delphine Merriwether, who "
        "was due to close the festival on Sunday night.\n"
        "It is the second time Glimmerfield has lost a day to the weather. In 2027 heavy rain "
        "closed the campsites on the Saturday, and organisers later spent $2 million on drainage. "
        "They said this time there was no way to make the main arena safe in time: engineers "
        "would need at least four days to inspect the damaged steelwork.\n"
        "Refunds will be paid automatically within 14 days, Glimmerfield said. Its insurers are "
        "assessing the damage.",
    ),
    Piece(
        "festival-cancelled",
        "Ravensholm Evening Bell",
        D2 + 5.0,
        "Festival-goers turned back on ring road as site closes",
        "Police stopped cars heading for Larkspur Meadow on Friday morning after the festival was "
        "cancelled. Traffic on the ring road was queuing for two miles by 9am, and extra trains "
        "have been laid on to take campers home.",
    ),
    Piece(
        "festival-cancelled",
        "The Gig Guide",
        D2 + 4.0,
        "No party this weekend: what ticket holders need to know",
        "The $189 weekend tickets will be refunded within 14 days after storm damage forced "
        "Glimmerfield's organisers to call the festival off.",
    ),
    # ===== Day 3 (Thu Oct 16) =====
    # --- Sandpiper's lander sets down on Mirelle. ---
    Piece(
        "probe-landing",
        "The Vessarian Times",
        D3 + 1.0,
        "Tiny lander touches down on asteroid after nervous wait",
        "By Bastian Farridge, Science Editor\n"
        "A lander the size of a washing machine settled on the surface of an asteroid 380 million "
        "kilometres from Earth on Thursday, the Pan-Atlantean Space Agency said, after a descent "
        "that left engineers waiting almost an hour for confirmation.\n"
        "Pipit separated from its mothership, the Sandpiper probe, at 01:02 GMT and drifted down "
        "for nearly two hours. Because the asteroid's gravity is so weak, it bounced once, rising "
        "about 20 metres, before coming to rest in a shallow crater.\n"
        "'It hopped, it paused, and then it talked to us,' said flight director Tariq Benhalla. "
        "'That is the most beautiful hop I have ever seen.'\n"
        "The first image sent back showed a jumble of black boulders under a low sun.\n"
        "Sandpiper reached Mirelle in May after a four-year journey and has spent five months "
        "mapping the 900-metre asteroid to pick the landing site.\n"
        "The agency had delayed the landing twice, in August and again in September, after "
        "Sandpiper's cameras showed that the first sites chosen were covered in boulders larger "
        "than the lander itself. The crater chosen in the end is about 40 metres wide.\n"
        "Pipit will now try to drill about 30 centimetres into the surface and analyse what it "
        "finds. Its batteries are expected to last about eight weeks.",
    ),
    Piece(
        "probe-landing",
        "Skywatch Science",
        D3 + 4.0,
        "A bounce, a pause, then cheers in Darmstein",
        "For 52 minutes the control room was silent. Then a line of green appeared on the screens "
        "and Dr Sabine Volkova put her head in her hands.\n"
        "Pipit was down. The box of instruments, released by Sandpiper earlier in the night, had "
        "landed on Mirelle, becoming the first spacecraft to touch the asteroid.\n"
        "Landing on a body that small is less like landing and more like docking. Mirelle's "
        "gravity is about a hundred-thousandth of Earth's; drop a pen there and it would take "
        "minutes to fall. Pipit has no engines of its own, so the team had to release it at "
        "exactly the right speed, then wait.\n"
        "The lander did bounce, as the engineers feared, but it came to rest on flat ground with "
        "its solar panels facing the sun. Its first picture shows rocks as dark as soot, some of "
        "them streaked with a pale mineral that may contain water.\n"
        "'If that is what we think it is, this is a very good day for planetary science,' Volkova "
        "said.\n"
        "The pale streaks are the prize. If Pipit's drill confirms that they are clay or "
        "carbonate, it would mean that liquid water once flowed inside the parent body that "
        "Mirelle broke away from, billions of years ago.\n"
        "Sandpiper, which arrived in orbit in May, will stay above Mirelle to relay Pipit's "
        "signals before leaving for home next year.",
    ),
    Piece(
        "probe-landing",
        "Starlog Daily",
        D3 + 6.0,
        "Mirelle, we have a lander",
        "PASA confirms Pipit is on the surface after one bounce, with power and a first picture "
        "of soot-black boulders sent back via Sandpiper.",
    ),
    Piece(
        "probe-landing",
        "Cosmos TV",
        D3 + 3.0,
        "Video: mission control erupts",
        "Engineers in Darmstein celebrate as Pipit's signal arrives.",
    ),
    # --- A gunman at a shopping centre in Ambleforth. ---
    Piece(
        "ambleforth-shooting",
        "Allied Press",
        D3 + 2.0,
        "Gunman kills six at Vessarian shopping centre",
        "By RHYS DORNAN, Allied Press\n"
        "AMBLEFORTH, Vessaria (Allied Press) - A gunman opened fire in a crowded shopping centre "
        "in this northern market town on Wednesday evening, killing six people and wounding nine "
        "before he was arrested, police said.\n"
        "The attack began shortly after 6 p.m. at the Hollowgate Centre, where shoppers were "
        "queuing for a late-night opening. Witnesses described people running into shops and "
        "locking the shutters behind them.\n"
        "Chief Constable Morwenna Tennison said a 29-year-old local man had been detained within "
        "eight minutes of the first call. He was carrying a semi-automatic rifle for which he "
        "held a licence, she said. Officers were not looking for anyone else.\n"
        "'This is the darkest night our town has known,' Tennison told reporters.\n"
        "Four of the wounded were in a serious condition on Thursday. The victims have not been "
        "named.\n"
        "The suspect's home on the edge of town was searched overnight. Police said they had "
        "found no note and no sign that he had planned the attack with others. He was being "
        "questioned on Thursday and was expected to appear in court on Saturday.\n"
        "Hospitals in three nearby towns took in the wounded. Blood donors queued outside the "
        "Ambleforth clinic on Thursday morning after an appeal.\n"
        "President Evander Vallenby ordered flags on public buildings to fly at half-mast and "
        "said he would visit Ambleforth. Shootings of this scale are rare in Vessaria, which has "
        "strict licensing but allows semi-automatic rifles for hunting and sport.",
    ),
    Piece(
        "ambleforth-shooting",
        "Ambleforth Bellman",
        D3 + 8.0,
        "'Our town will not be defined by this'",
        "By Cressida Rowntree\n"
        "They came with candles and flowers and, in some cases, with nothing at all, just a need "
        "to stand next to other people.\n"
        "More than 3,000 residents gathered in Market Square on Thursday evening, less than a day "
        "after six people were shot dead at the Hollowgate Centre a few streets away.\n"
        "The Reverend Alison Thwaite read the names of the dead, released by police that "
        "afternoon: four women and two men, the youngest 17, the oldest 81. A bell rang after "
        "each one.\n"
        "'We know each other here,' said Ned Keeble, who runs the bakery opposite the centre and "
        "helped hide a dozen shoppers in his storeroom. 'Everyone in this square knew someone who "
        "was there.'\n"
        "The centre will stay closed for at least two weeks. Its owners have offered to pay for "
        "counselling for staff.\n"
        "President Evander Vallenby, who visited the wounded in hospital during the afternoon, "
        "laid a wreath at the centre's cordon and stayed to talk to families. He did not speak to "
        "reporters. Some in the crowd called for tougher gun laws; a few held handwritten signs "
        "reading 'Never again'.\n"
        "Council leader Harriet Sandhurst said the town would not let itself be defined by one "
        "man. 'Ambleforth is the people in this square tonight,' she said. A book of condolence "
        "has been opened at the town hall.",
    ),
    Piece(
        "ambleforth-shooting",
        "Radio Karvadia International",
        D3 + 5.0,
        "Karvadian president sends condolences to Vessaria",
        "Karvadia's president has sent a message of sympathy to President Vallenby after the "
        "attack in Ambleforth in which six people were killed. Flags in Tolvane will fly at "
        "half-mast on Friday.",
    ),
    Piece(
        "ambleforth-shooting",
        "Brief24",
        D3 + 3.0,
        "Six dead, suspect held after attack at Hollowgate Centre",
        "Police say a 29-year-old man with a licensed rifle was arrested eight minutes after "
        "opening fire on late-night shoppers in the market town.",
    ),
    # --- Corvina's chief executive quits after the review of May's outage. ---
    Piece(
        "corvina-ceo",
        "Tidewire",
        D3 + 3.0,
        "Corvina CEO Lindqvar quits after review of May IT meltdown",
        "MARISPORT, Oct 16 (Tidewire) - Corvina Airways Chief Executive Henrike Lindqvar resigned "
        "on Thursday after an independent review found that cost cuts and poor planning lay "
        "behind the computer failure that grounded the airline in May.\n"
        "The review, carried out by consultancy Harrowby Partners for Corvina Group's board, said "
        "the carrier's backup data centre had not been tested for more than a year and could not "
        "take over when the main site lost power on May 14.\n"
        "About 75,000 passengers were stranded in the outage, which Corvina says cost it $84 "
        "million in refunds, compensation and lost bookings.\n"
        "'I was in charge when this happened and I take responsibility,' Lindqvar said in a "
        "statement. She had led the airline since 2026.\n"
        "Chief Financial Officer Oscar Pellinger will serve as interim chief executive while the "
        "board searches for a successor. Shares in Corvina Group rose 2.8 percent.\n"
        "The Vessarian aviation authority said it would require all of the country's airlines to "
        "prove by next summer that their backup systems work.\n"
        "The May 14 failure knocked out check-in, boarding and baggage systems for more than "
        "eight hours and left departure halls in Marisport packed. On the same day a separate "
        "computer fault at Karvadia's Tolvane air traffic control centre delayed 1,200 flights "
        "across the region.\n"
        "(Reporting by Nell Vandersloot; Editing by Quentin Haskett)",
    ),
    Piece(
        "corvina-ceo",
        "Flightdeck Daily",
        D3 + 7.0,
        "Report blames a decade of savings for the day Corvina stopped flying",
        "The verdict on Corvina Airways' worst day in years is in, and it is not kind.\n"
        "A 90-page review published on Thursday found that the airline's backup data centre had "
        "been running an older copy of its systems for fourteen months. When the main site lost "
        "power in May, the backup tried to start and failed, and nobody had rehearsed what to do "
        "next.\n"
        "The authors, from Harrowby Partners, trace the problem to a series of savings: the IT "
        "department shrank from 640 staff to 210 between 2022 and 2030, and a planned $200 "
        "million upgrade, promised after the 2028 software failure, was cut to $70 million.\n"
        "Henrike Lindqvar, who approved much of that programme, stepped down within hours of the "
        "report's publication. Her interim replacement, Oscar Pellinger, was the finance chief "
        "who signed off the savings.\n"
        "Pilots' union BALPV called the appointment 'a fox guarding the henhouse'.\n"
        "The report also criticises the board, which it says was told in 2029 that the backup "
        "site was 'not fit for purpose' and did not ask for the problem to be fixed. Chairman "
        "Leopold Orrefors, who is staying on, said the board 'accepts its share of the blame'.\n"
        "The review makes 23 recommendations, including twice-yearly tests in which the airline "
        "switches off its main data centre on purpose. Corvina said it would adopt all of them.",
    ),
    Piece(
        "corvina-ceo",
        "Capital Abacus",
        D3 + 9.0,
        "Corvina Group names finance chief as interim boss",
        "Oscar Pellinger takes over at the airline after Henrike Lindqvar's exit; shares in the "
        "group closed 2.8% higher in Kellingham.",
    ),
    # --- Schoolchildren freed from a flooded cave. ---
    Piece(
        "cave-rescue",
        "Agence Mondiale",
        D3 + 0.5,
        "All nine rescued from flooded Lunessan cave",
        "SKELMOOR, Lunessa (AM) - Divers brought the last of eight schoolchildren and their "
        "teacher out of the flooded Gallowdeep cave on Thursday, ending a nine-day ordeal that "
        "had gripped the country.\n"
        "The children, aged 11 to 15, and teacher Ignacio Ibarrola had gone into the cave on a "
        "geography trip on October 7 when a sudden storm flooded the entrance passage, trapping "
        "them on a ledge about two kilometres inside.\n"
        "A team of 14 cave divers, led by Liam Caskey, guided them out one at a time over two "
        "days through passages that were fully under water for up to 300 metres.\n"
        "'They are tired and hungry but they are laughing,' Lunessa's civil protection chief "
        "Itziar Etxeberri said at the cave mouth. All nine were taken to hospital in the town of "
        "Skelmoor as a precaution.\n"
        "The group had been found alive on the fourth day by two divers who reached the ledge. "
        "Rescuers pumped millions of litres of water from the cave to lower the level before the "
        "final operation.\n"
        "Divers from Vessaria and Karvadia joined the Lunessan team on the fifth day. One "
        "volunteer, a former navy diver, was treated for exhaustion after placing air tanks along "
        "the route. The government had considered leaving the group in the cave until the end of "
        "the rainy season, which could have taken four months.\n"
        "Ibarrola, 34, was the last to leave the cave. Parents cheered as the ambulances drove "
        "away.",
    ),
    Piece(
        "cave-rescue",
        "VNB News",
        D3 + 4.0,
        "'We could hear them singing': how divers brought the Skelmoor children home",
        "By Ambrose Pettifer, VNB News\n"
        "The first thing the divers heard, when they surfaced in the air pocket, was a song.\n"
        "Eight children and their teacher had been sitting in the dark for four days when Liam "
        "Caskey's torch found them. To keep their spirits up, Ignacio Ibarrola had been teaching "
        "them the songs of his own school days.\n"
        "'I came up and there was this choir,' Caskey said on Thursday, hours after the last of "
        "them was brought out. 'I have been diving for twenty years and I have never cried under "
        "water before.'\n"
        "Getting them out took five more days. The passages of Gallowdeep are narrow and the "
        "water is cold and brown. Each child wore a full face mask and was clipped to a diver in "
        "front and a diver behind.\n"
        "The rescue drew divers from four countries, including Vessaria and Karvadia. Lunessa's "
        "government said it would honour every member of the team.\n"
        "The operation nearly stopped on the seventh day, when rain returned to the Skelmoor "
        "Hills and the water in the cave began to rise again. Engineers diverted a stream above "
        "the cave with sandbags and pipes, buying the divers two more days.\n"
        "The children are expected to stay in hospital in Skelmoor for several days. Their "
        "teacher has asked that nobody call him a hero.",
    ),
    Piece(
        "cave-rescue",
        "Lunessa 24 TV",
        D3 + 6.0,
        "Watch: cheers as the last diver surfaces",
        "Crowds at the cave mouth applaud as the rescue ends.",
    ),
    # --- The Senate confirms Judge Delacourt. ---
    Piece(
        "delacourt-confirmed",
        "Allied Press",
        D3 + 9.0,
        "Senate confirms Delacourt to Supreme Court in 52-47 vote",
        "By SIGRUN HOLMQUIST, Allied Press\n"
        "KELLINGHAM, Vessaria (Allied Press) - The Senate confirmed Judge Miriam Delacourt to the "
        "Supreme Court on Thursday, giving President Evander Vallenby his second appointment to "
        "the nine-member court.\n"
        "The vote was 52-47, along party lines. One senator was absent.\n"
        "Delacourt, 49, will be sworn in on Monday and take the seat of Justice Aldous Penhale, "
        "who retired in May.\n"
        "Her nomination was never in real doubt after her July hearing, in which she declined to "
        "say how she would rule on presidential power or privacy. The Judiciary Committee backed "
        "her by a single vote in August.\n"
        "Senator Rosamund Petheridge, who led the opposition to the nomination, said the country "
        "had 'confirmed a judge it has never heard speak'. Senator Corwin Brannigan called "
        "Delacourt 'the most qualified nominee of my time in this chamber'.\n"
        "Protesters gathered outside the Senate building during the vote, as they had at the "
        "hearing, carrying signs criticising her 2029 ruling that allowed a company to track its "
        "drivers' phones. Inside, the gallery was quiet. Delacourt watched the vote from her "
        "office at the appeals court, aides said.\n"
        "The court's new term begins in November with a case on whether employers may read "
        "workers' private messages.",
    ),
    Piece(
        "delacourt-confirmed",
        "The Division Lobby",
        D3 + 11.0,
        "Vallenby's pick squeaks through on party-line vote",
        "The president's nominee joins the high court after the Senate voted 52 to 47; she will "
        "be sworn in on Monday.",
    ),
    # ===== Day 4 (Mon Jan 19, 2032) =====
    # --- Three months after Ambleforth, a ban on semi-automatic rifles. ---
    Piece(
        "gun-law",
        "Tidewire",
        D4 + 4.0,
        "Vessaria bans semi-automatic rifles three months after Ambleforth shooting",
        "KELLINGHAM, Jan 19 (Tidewire) - Vessaria's National Assembly voted on Monday to ban most "
        "semi-automatic rifles, three months after a gunman with a licensed weapon killed six "
        "people at a shopping centre in the town of Ambleforth.\n"
        "The bill passed by 311 votes to 42 after a debate of less than a day. The Senate "
        "approved it last week, and President Evander Vallenby has said he will sign it.\n"
        "Owners will have six months to hand in their rifles under a buyback scheme that the "
        "government expects to cost about $240 million. Licences for hunting with such weapons "
        "will not be renewed.\n"
        "'We owe this to the six,' Interior Minister Hal Brockway told the chamber, which stood "
        "for a minute's silence before the vote.\n"
        "Gun owners' groups said the ban punished law-abiding hunters and sport shooters for the "
        "crime of one man. The Vessarian Shooting Federation said it would challenge the law in "
        "court.\n"
        "The man accused of the Hollowgate Centre attack is due to stand trial in April.\n"
        "The gunman used a rifle he had bought legally a month before the attack on October 15, "
        "police have said. Six people, aged 17 to 81, were killed and nine wounded before "
        "officers detained him.\n"
        "(Reporting by Declan Hollins; Editing by Grant Mabery)",
    ),
    Piece(
        "gun-law",
        "The Morning Standard",
        D4 + 6.0,
        "'For the six': MPs vote through rifle ban as families watch from gallery",
        "By Fiona Castlemaine, Political Correspondent\n"
        "Relatives of those killed at the Hollowgate Centre sat in the public gallery yesterday "
        "as MPs voted overwhelmingly to outlaw the kind of weapon used to murder them.\n"
        "Some held photographs. When the Speaker read out the result, 311 in favour and 42 "
        "against, several of them wept and a few applauded, breaking the rules of the House.\n"
        "'It will not bring back my mother,' said Kieran Holt, whose mother Brenda, 81, was the "
        "oldest victim of October's attack in Ambleforth. 'But it means nobody else buys that "
        "rifle in a shop on a Saturday morning.'\n"
        "The law bans semi-automatic rifles except for the police and the armed forces, and sets "
        "up a $240m scheme to buy back the estimated 140,000 in private hands.\n"
        "The speed of the change has surprised even its supporters. Before the shooting, attempts "
        "to tighten the rules had failed three times in ten years.\n"
        "Opposition came mainly from rural members, who argued that farmers need rifles to "
        "control pests. An amendment to exempt farmers was defeated.\n"
        "The Home Office estimates that a third of the rifles are held by members of sporting "
        "clubs. The Vessarian Shooting Federation, which represents them, has said it will go to "
        "court to block the buyback, arguing that the prices offered are too low.",
    ),
    Piece(
        "gun-law",
        "K6 News",
        D4 + 5.0,
        "Watch: applause in the gallery",
        "The moment the Assembly's vote was read out.",
    ),
    Piece(
        "op-guns",
        "The Northern Argus",
        D4 + 10.0,
        "A country that can change its mind",
        "By Hugo Tremayne\n"
        "There is a familiar script after a shooting. Leaders send thoughts, flags come down, a "
        "debate flares and fades, and nothing changes until the next time.\n"
        "This time the script was torn up. In three months, a country that had refused for a "
        "decade to touch its gun laws has written a new one. Whatever you think of the details, "
        "that is worth pausing over.\n"
        "It happened because the arguments had already been made. Every objection raised this "
        "winter, about hunters, farmers and sporting clubs, had been heard and answered in "
        "committee rooms years ago. What was missing was the will.\n"
        "Critics say laws made in grief are bad laws. Sometimes they are. But laws made in "
        "indifference are not better, and for years indifference was our policy.\n"
        "The harder test comes now. A buyback only works if people take part, and an amnesty "
        "needs officers, money and patience. Parliament has done the easy part.\n"
        "Look at the debates of the past. Each time, the arguments for delay won because no one "
        "had to say out loud what delay would cost. This winter the cost had names and ages, and "
        "MPs could not look past them.\n"
        "Democracy is often accused of being too slow to act. It is rarer to see it act, and then "
        "see whether it can follow through.",
    ),
    # --- The singer's case against her former manager ends in a verdict. ---
    Piece(
        "merriwether-verdict",
        "Allied Press",
        D4 + 6.5,
        "Jury finds manager cheated pop star Merriwether, awards $11.2 million",
        "By RHYS DORNAN, Allied Press\n"
        "MARISPORT, Vessaria (Allied Press) - A jury on Monday ordered singer Delphine "
        "Merriwether's former manager to pay her $11.2 million, finding that he had overcharged "
        "her and hidden payments to companies he secretly owned.\n"
        "The eight-member jury in Marisport Superior Court took less than a day to side with "
        "Merriwether on the claims of fraud and breach of duty, but rejected her claim over a "
        "streaming contract.\n"
        "Gideon Vantry, 56, showed no reaction as the verdict was read. His lawyer, Bettina "
        "Dunsford, said he would appeal.\n"
        "Merriwether sued Vantry last May, seeking $14 million. During the two-week trial her "
        "accountants testified that a concert promoter paid $3.2 million on her tours was owned "
        "through a chain of companies by Vantry's brother.\n"
        "Outside court, Merriwether hugged members of her band and said she hoped other young "
        "musicians would 'read every line of every contract'.\n"
        "The trial drew crowds of fans to the courthouse each day. Merriwether spent three days "
        "on the witness stand and described finding out about the promoter from a bank statement "
        "sent to her home by mistake. Vantry testified that the singer had approved every deal "
        "and 'never read the papers she signed'.\n"
        "The judge will decide later whether to add punitive damages.",
    ),
    Piece(
        "merriwether-verdict",
        "Red Carpet Daily",
        D4 + 8.0,
        "Delphine wins! Tears and hugs on the courthouse steps",
        "It's over, and Delphine won.\n"
        "The singer could barely speak as she walked out into the winter sunshine on Monday, "
        "clutching her sister's hand after jurors found that her old manager had taken millions "
        "that were hers.\n"
        "'Eleven point two million reasons to believe in justice,' one fan's banner read outside "
        "the courthouse, where dozens had waited since dawn.\n"
        "Delphine, who wore the same black suit every day of the trial, thanked her fans 'for "
        "never once doubting me' and said she was going straight back to the studio.\n"
        "The star has not released an album since she split from Gideon in 2030. She told us last "
        "month the new one would be 'the story of the last two years, with the names changed'.\n"
        "Her team says she will finally play the weekend show she lost when Glimmerfield was "
        "called off last summer.",
    ),
    Piece(
        "merriwether-verdict",
        "The Daily Wallop",
        D4 + 9.0,
        "PAY UP, GIDEON",
        "Shamed svengali Vantry was told to hand back $11.2M to the pop princess he discovered "
        "singing in a hotel bar.",
    ),
    # --- Fablr's first results as a listed company. ---
    Piece(
        "fablr-results",
        "Presswire Global",
        D4 + 13.5,
        "Fablr Reports Fourth Quarter and Full Year 2031 Financial Results",
        "KELLINGHAM, Vessaria, Jan. 19, 2032 /Presswire Global/ -- Fablr, Inc. (VSX: FBLR) today "
        "reported financial results for the fourth quarter and full year ended December 31, "
        "2031.\n"
        "Fourth quarter revenue was $214 million, an increase of 19% year-over-year.\n"
        "Net loss was $61 million, compared with a net loss of $38 million in the fourth quarter "
        "of 2030.\n"
        "Monthly active users were 121 million, an increase of 5% year-over-year.\n"
        "Full year revenue was $742 million, an increase of 22%.\n"
        "'2031 was a milestone year for Fablr, and we are investing to make 2032 the year our "
        "writers start earning,' said Leandro Marchetti, founder and Chief Executive Officer.\n"
        "Fablr will host a conference call at 5:00 p.m. Eastern Vessarian Time today. A webcast "
        "will be available at investors.fablr.example.\n"
        "Investor contact: ir@fablr.example",
    ),
    Piece(
        "fablr-results",
        "Tidewire",
        D4 + 14.5,
        "UPDATE 2-Fablr shares sink 22% as user growth stalls in first report since IPO",
        "KELLINGHAM, Jan 19 (Tidewire) - Shares of Fablr Inc fell 22% in extended trading on "
        "Monday after the storytelling app reported its slowest user growth yet in its first "
        "quarterly results since a blockbuster stock market debut in July.\n"
        "Monthly active users rose 5% to 121 million, below the 126 million analysts had "
        "expected, according to market data. The net loss widened to $61 million.\n"
        "The drop took the shares to about $18, below the $21 price at which Fablr sold stock in "
        "its initial public offering. They had soared 40% on their first day of trading.\n"
        "Chief Executive Leandro Marchetti told analysts the company would spend heavily this "
        "year on paying writers, which he said would bring back growth. He declined to give a "
        "forecast for users.\n"
        "'The story investors bought in July was about growth. This quarter there was none to "
        "speak of,' said Dorotea Castaneda, an analyst at Oxley Bright.\n"
        "Fourth-quarter revenue rose 19% to $214 million, slightly ahead of estimates. "
        "Advertising made up 93% of the total, and the company said subscriptions for writers "
        "would launch in April.\n"
        "Fablr's shares had traded as high as $34 in September, when the lock-up on insiders' "
        "stock had not yet expired. Some early investors sold shares in November.\n"
        "(Reporting by Saira Pennock; Editing by Quentin Haskett)",
    ),
    Piece(
        "fablr-results",
        "Bourse Brief",
        D4 + 15.0,
        "Storytelling app's shares fall below their IPO price",
        "Fablr lost a fifth of its value after hours as its 121m users grew just 5%; the stock "
        "now trades under July's $21 offer price.",
    ),
    # --- The lander on Mirelle falls silent. ---
    Piece(
        "probe-silent",
        "Perihelion Weekly",
        D4 + 3.0,
        "Pipit falls silent on Mirelle after 95 days",
        "The little lander that bounced onto an asteroid in October has stopped talking.\n"
        "The Pan-Atlantean Space Agency said on Monday that Pipit had missed three planned "
        "contacts with its mothership, Sandpiper, and that its batteries had most likely run flat "
        "as Mirelle moved further from the sun.\n"
        "Pipit was designed to last about eight weeks. It managed 95 days, drilled two holes and "
        "sent back more than 4,000 images and readings that appear to confirm water bound into "
        "the asteroid's minerals.\n"
        "'We are not saying goodbye yet,' said Dr Sabine Volkova, the mission manager. 'Sandpiper "
        "will keep listening. If the sun warms it up in spring, Pipit may wake.'\n"
        "The scientists are now turning their attention to the orbiter, which carries its own "
        "sample of dust collected during a low pass over the surface. Sandpiper is due to leave "
        "Mirelle in March and drop its capsule over the desert in 2035.\n"
        "Pipit's landing in October was not smooth: it bounced once and came to rest in a shallow "
        "crater where its panels only caught the sun for a few hours a day. Engineers say that "
        "shortened its life by several weeks.\n"
        "The mission, which cost €1.1 billion, has already produced the most detailed map of an "
        "asteroid ever made.",
    ),
    Piece(
        "probe-silent",
        "Agence Mondiale",
        D4 + 7.0,
        "Contact lost with asteroid lander",
        "DARMSTEIN (AM) - The agency's engineers have lost contact with the Pipit lander on the "
        "asteroid Mirelle, whose batteries appear to be exhausted after three months on the "
        "surface, the Pan-Atlantean Space Agency said on Monday.",
    ),
    # --- The sacked coach gets a national team. ---
    Piece(
        "eckhardt-karvadia",
        "The Karvadia Herald",
        D4 + 2.0,
        "Eckhardt named Karvadia coach",
        "Former Ravensholm Albion coach Bertil Eckhardt was appointed Karvadia's national team "
        "coach on Monday on a contract until the end of the 2034 qualifying campaign. He was "
        "sacked by Ravensholm in July after their Cormorant Shield final defeat.",
    ),
    Piece(
        "eckhardt-karvadia",
        "Goalmouth",
        D4 + 5.0,
        "Six months after Kingsmead Park, Eckhardt gets his second chance",
        "By Callum Fairweather\n"
        "The last time most people saw Bertil Eckhardt on a touchline, he was standing with his "
        "arms folded while Deportivo Sarrena took his team apart.\n"
        "On Monday he was back in a tracksuit, this time in the red of Karvadia, as the national "
        "federation unveiled him as its new coach in Tolvane.\n"
        "'I have had six months to think about that night,' he said, smiling. 'Most of the "
        "thinking was about what I would do differently.'\n"
        "It is an obvious fit. Eckhardt knows Karvadian football from his spell at Tolvane FC, "
        "and the federation wanted someone who would build from the back, as he did at Ravensholm "
        "before the final.\n"
        "His first job is a friendly against Lunessa in March, a match that will be billed as a "
        "rematch of July whether he likes it or not: six of Sarrena's starting eleven play for "
        "Lunessa.\n"
        "Ravensholm, meanwhile, sit eleventh under Aaron Pemberly, who replaced Eckhardt in "
        "August. The club was knocked out of the Shield in the group stage in November.\n"
        "Karvadia have not reached a major tournament since 2018. The federation's president, "
        "Ondrej Valachek, said he would judge Eckhardt on qualifying, 'not on friendlies and not "
        "on cup finals'. Eckhardt will name his first squad next month and has said he will keep "
        "the federation's youth coaches.",
    ),
)
