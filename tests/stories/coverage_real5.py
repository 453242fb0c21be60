"""A fifth set of multi-outlet coverage of our own, over four publication days months apart.

Written blind, like the fourth (coverage_real4.py): without reading the clustering code or
the texts of the other sets, so it measures briefing on copy it has not seen. Every
sentence is our own; the country (Velmora and its neighbour Ostland), the island state,
the firms, people and outlets are made up. What is new here: about a third of the items
(28 of 83) are WHOLE ARTICLES of 1,500 to 2,600 characters and 6 to 13 paragraphs, as a
scraped article body is, since issue #16's hidden coverage holds full article texts; the
rest are the feed mix of the other sets: a wire paragraph or two with a dateline
(`KARSK, Velmora, May 14 (Harbor) -`, `mln`, `pct`), a tabloid's sentence or two under a
shouted headline, an aggregator's one-line teaser, a TV site's one-line video caption.

The classes of issue #16, each several times:

- paraphrase: one event under headlines that share almost no words ("BURIED ALIVE:
  Wives' vigil at pit gates", "Race against the clock in Karsk as rescuers dig for 29
  men"), figures written two ways (`€4.3bn`, `4.3 bln euro`, `4.3 billion euros`;
  `12 million`, `12 mln`), names only in the lead or body, and two or three whole
  articles of one event by outlets that build them differently (a wire report, a
  broadsheet feature, a business site's angle, a consumer explainer, an obituary);
- one topic, separate events: running topics whose later events share every name (a
  mine's collapse, its inquiry's report and its fine; a takeover's announcement, its
  regulator's in-depth probe and its approval; a sprinter's positive test and her ban;
  a rocket's failed first launch and its second that reaches orbit; a port's pay strike
  and its strike over automation), two events of one kind on one day (two data breaches
  at two firms on day 1; the dockers' and the teachers' strikes on day 3), and opinion
  or analysis pieces on the day's topic, each its own event (mine safety, doping, the
  budget's small print); a singleton that shares the dockers' port (its museum);
- near-empty items: video captions of a line and one-sentence teasers, labelled with
  their event.

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): the Karsk mine collapse (six items) and an opinion on mine
  safety; Halden's takeover of Pexley; the Stridely and Gatepass breaches; the Brannock
  dockers' pay strike; a lottery win;
- day 2 (Fri Jul 18): the mine inquiry's report and its chief's exit; the regulator's
  probe of the takeover; Kessen's positive test and an opinion on doping; Saint Corvin's
  election; a stroller recall; Corvex's failed launch; a tram line;
- day 3 (Mon Oct 13): the mine's fine; the takeover cleared; Kessen's ban; an engine
  failure and emergency landing; a singer's death; the dockers' second strike and the
  teachers' strike; the budget and an analysis of it; a museum's reopening;
- day 4 (Mon Jan 12, 2032): a fever outbreak in a province; a wildfire; Corvex reaching
  orbit; steel tariffs on the neighbour; the cup final; a bridge reopening.

Scored by tests/stories/test_coverage_real5.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day.
"""

from __future__ import annotations

from tests.stories.coverage import DAY, MONTH, Piece, by_day

D1 = 0.0
D2 = 2 * MONTH + 5 * DAY
D3 = 5 * MONTH + 2 * DAY
D4 = 8 * MONTH + 3 * DAY

PIECES: tuple[Piece, ...] = (
    # ============================ Day 1: Wed May 14 ============================
    # --- A mine collapse: wire, broadsheet feature, tabloid, business angle, caption, teaser. ---
    Piece(
        "mine-collapse",
        "Harbor Wire",
        D1 + 1.0,
        "Dozens trapped after tunnel collapse at Velmora copper mine",
        "KARSK, Velmora, May 14 (Harbor) - Twenty-nine miners were trapped underground on "
        "Wednesday after part of a tunnel caved in at the Karsk copper mine in eastern "
        "Velmora, the mine's operator and local officials said.\n"
        "The collapse happened at about 3 a.m. local time, shortly after the night shift had "
        "gone down to a level some 640 metres below the surface, Dravo Mining said in a "
        "statement.\n"
        "Rescue teams had made voice contact with at least some of the men through a "
        "ventilation borehole, said the regional governor, Aurel Stane, who travelled to the "
        "site.\n"
        '"We know they have air. We do not yet know how many are injured," Stane told '
        "reporters at the pithead. He said the rescuers were drilling a second shaft to "
        "reach the men from the side.\n"
        "Dravo Mining, which is listed in Ostrel and employs about 4,200 people at Karsk, "
        "said it had halted all other work at the mine and was cooperating with the "
        "authorities. It did not say what caused the collapse.\n"
        "The Karsk mine, opened in 1978, is one of the largest underground copper operations "
        "in the region. A fire there killed six workers in 2019.\n"
        "Velmora's labour ministry said inspectors had been sent to the mine and that a "
        "criminal investigation would be opened, as is usual after serious accidents.\n"
        "The miners' union, which represents most of the workers at Karsk, said it had "
        "raised concerns about the condition of tunnels on the lower levels with the company "
        "and with the inspectorate several times in the past two years. It called for the "
        "mine to be closed until a full inspection had been carried out.\n"
        "Velmora is the region's third-largest producer of copper, and mining accounts for "
        "about 7 pct of its economic output. Safety records at the country's older mines "
        "have been criticised by international labour groups.\n"
        "Copper prices rose slightly on the news, traders said, although Karsk's output is "
        "small relative to the world market.\n"
        "Rescuers from two neighbouring mines joined the operation in the afternoon, "
        "bringing the number of people at the site to more than 200.\n"
        "Relatives gathered outside the gates through the morning, some holding photographs "
        "of the missing men.",
    ),
    Piece(
        "mine-collapse",
        "NTV News",
        D1 + 2.5,
        "Video: Rescue crews at the pithead",
        "Footage from the pithead at Karsk as the first rescue crews went down on Wednesday "
        "morning.",
    ),
    Piece(
        "mine-collapse",
        "Sun Flash",
        D1 + 3.0,
        "BURIED ALIVE: Wives' vigil at pit gates",
        "Heartbroken families wept at the gates last night as rescuers fought to free "
        'twenty-nine men entombed deep below ground. "My husband has done this job for 22 '
        'years. He always said the roof was bad," sobbed one wife.',
    ),
    Piece(
        "mine-collapse",
        "The Daily Clarion",
        D1 + 4.0,
        "Race against the clock in Karsk as rescuers dig for 29 men",
        "The drilling rig arrived at the Karsk pithead just before noon, on the back of a "
        "lorry escorted by two police cars. By then the crowd at the gates had grown to "
        "several hundred.\n"
        "Somewhere beneath them, 640 metres down, were 29 men of the night shift. A section "
        "of roof in one of the mine's oldest tunnels had given way in the small hours of "
        "Wednesday, sealing them in.\n"
        "Rescuers say they have spoken to some of the trapped miners through a narrow "
        "borehole that normally carries fresh air. The news travelled through the crowd in "
        "minutes. Women who had been crying began to hug each other.\n"
        "Aurel Stane, the governor of the eastern region, said the plan was to bore a new "
        "shaft, wide enough for a man, from the side of the hill. Engineers estimate that "
        "could take three to four days if the rock is stable.\n"
        "The mine's owner, Dravo Mining, has said little beyond a brief statement promising "
        "to cooperate with the authorities. Its chief executive, Petra Holm, had not visited "
        "the site by Wednesday evening, an absence that was noted angrily by several "
        "relatives.\n"
        "Karsk is a town that exists because of the mine. Almost every family has someone "
        "who works underground, and the miners' union says complaints about the tunnels on "
        "the lower levels have been raised repeatedly.\n"
        '"They patch and they patch," said Ivo Brenn, a retired miner whose son was not on '
        'the shift. "Everyone knew that part was old."\n'
        "Velmora's labour ministry has sent inspectors and prosecutors have opened a "
        "criminal case.\n"
        "Inside a school gym turned into a waiting room, volunteers from the town's church "
        "poured coffee and kept lists of names. Every hour a mine official came to read out "
        "what little news there was. Most of it was about the drill: how deep, how fast, "
        "what kind of rock.\n"
        "The men underground are thought to be sheltering in a refuge chamber, a steel box "
        "stocked with water, oxygen canisters and food for several days. Such chambers "
        "became compulsory in Velmora's deep mines after the Mirov flooding of 2011, in "
        "which eleven men died.\n"
        "Rescue experts say the next two days are critical. The rock around the collapsed "
        "section is fractured, and any further fall could block the borehole that is now the "
        "only link to the trapped men. Engineers were also pumping in compressed air to keep "
        "the refuge supplied.\n"
        "For Karsk, the collapse revives an old argument about who the mine is run for. "
        "Dravo has paid generous dividends in recent years as copper prices rose, while the "
        "union says spending on the lower tunnels was cut.\n"
        "As night fell, floodlights were switched on over the rig. Nobody at the gates "
        "showed any sign of leaving.",
    ),
    Piece(
        "mine-collapse",
        "Market Ledger",
        D1 + 6.0,
        "Dravo Mining shares slump 14% after Karsk accident",
        "Shares in Dravo Mining fell 14 per cent in Ostrel on Wednesday after a tunnel "
        "collapse at its Karsk copper mine trapped 29 workers, wiping about 610 million "
        "euros off the company's market value.\n"
        "Analysts said the immediate concern was for the men underground, but that a long "
        "halt at Karsk, which supplies more than half of Dravo's output, would weigh on its "
        "earnings this year.",
    ),
    Piece(
        "mine-collapse",
        "Newsbrief Digest",
        D1 + 7.0,
        "Rescuers reach air pocket in Velmora mine",
        "Drillers at Karsk say they have confirmed an air pocket where the trapped miners "
        "are sheltering.",
    ),
    # --- An opinion piece on the day's topic: its own event. ---
    Piece(
        "mine-opinion",
        "The Daily Clarion",
        D1 + 9.0,
        "Velmora's mines are still run as if lives were cheap",
        "Every few years the country holds its breath while men are brought up, or not "
        "brought up, from under the ground. Today it is Karsk. Before that it was the fire "
        "of 2019, and before that the flooding at Mirov. Each time we promise that it will "
        "be the last.\n"
        "It is worth asking why it never is. Velmora's mining code was last rewritten in "
        "1994. The inspectorate that enforces it has fewer staff now than it did then, "
        "although the mines have dug deeper every year since.\n"
        "Fines for safety breaches are capped at a sum a large miner earns in an afternoon. "
        "Inspections are announced days in advance. Several inspectors have told this "
        "newspaper, privately, that their reports are softened before they are filed.\n"
        "The miners themselves know all this. Their union has been warning for a decade that "
        "the oldest tunnels at the big copper pits need rebuilding, not patching. It has "
        "been ignored by owners and ministers alike, because rebuilding costs money and "
        "patching does not.\n"
        "None of this is to judge what happened at Karsk before the facts are known. An "
        "inquiry must find them. But an inquiry is not a policy, and the government should "
        "not hide behind one.\n"
        "There are three things ministers could do tomorrow: double the inspectorate, make "
        "inspections unannounced, and lift the cap on fines so that a penalty actually "
        "hurts. None requires a new law.\n"
        "The families waiting at the gates deserve rescuers who work through the night, and "
        "they are getting them. They also deserve a country that stops needing rescuers so "
        "often.",
    ),
    # --- A takeover, its price written three ways. ---
    Piece(
        "merger-deal",
        "Market Ledger",
        D1 + 1.5,
        "Halden Foods to buy Pexley Dairy in €4.3bn deal",
        "Halden Foods has agreed to buy Pexley Dairy for €4.3bn including debt, creating the "
        "largest dairy group in Velmora and one of the five biggest in the region.\n"
        "The offer of €31.50 a share in cash is a premium of 36 per cent to Pexley's closing "
        "price on Tuesday, and has been recommended by Pexley's board, the companies said on "
        "Wednesday.\n"
        "Halden, which owns supermarket brands of bread, pasta and frozen meals, said the "
        "deal would bring annual savings of about €120m within three years, mostly from "
        "combining distribution and buying.\n"
        "\"Pexley's cheeses and yoghurts are household names, and we can take them to many "
        "more kitchens,\" said Halden's chief executive, Ruben Aalto.\n"
        "Pexley, founded as a farmers' cooperative in 1921 and listed since 2004, collects "
        "milk from about 2,800 farms. It has struggled with rising energy costs and a price "
        "war among supermarkets.\n"
        "The deal will need the approval of the Velmora Competition Commission, which is "
        "likely to look closely at the combined group's share of the market for hard cheese, "
        "analysts said. Halden said it expected to complete the purchase early next year.\n"
        "Shares in Pexley jumped 33 per cent to €30.80. Halden's fell 2 per cent.\n"
        "The combined company would have annual sales of about €11bn and employ around "
        "21,000 people, the largest number of them in Velmora's north, where Pexley has most "
        "of its plants.\n"
        "Halden will pay for the deal with cash on its balance sheet and a new loan of "
        "€2.5bn arranged by three banks. It said its debt would rise to about three times "
        "annual earnings but fall back within two years.\n"
        "Bankers at Nordbank and Brask & Co advised Halden; Pexley was advised by Lindell "
        "Partners.\n"
        "The deal is the latest in a series of takeovers in Velmora's food industry, as "
        "producers look for size to stand up to the supermarkets, which have been squeezing "
        "prices since the price war began two years ago.\n"
        "Farmers' groups said they would seek guarantees that the price paid for milk would "
        "not be squeezed by a larger buyer.",
    ),
    Piece(
        "merger-deal",
        "Harbor Wire",
        D1 + 2.0,
        "Halden agrees 4.3 bln euro takeover of Pexley",
        "OSTREL, May 14 (Harbor) - Velmora food group Halden said on Wednesday it would buy "
        "dairy company Pexley for 4.3 billion euros including debt, offering 31.50 euros per "
        "share in cash.\n"
        "Pexley's board recommended the offer. The deal needs approval from competition "
        "authorities.",
    ),
    Piece(
        "merger-deal",
        "The Daily Clarion",
        D1 + 8.0,
        "Dairy farmers fear squeeze as food giant swallows their old co-op",
        "Milk producers reacted warily to the news that Pexley, once their own cooperative, "
        "is to be taken over by Halden Foods. Their association said one buyer for most of "
        "the country's milk would leave farmers with nowhere else to sell.",
    ),
    Piece(
        "merger-deal",
        "Newsbrief Digest",
        D1 + 9.5,
        "Pexley sold",
        "The cheese maker Pexley is being bought by Halden in a deal worth 4.3 billion euros.",
    ),
    # --- Two data breaches at two firms on one day. ---
    Piece(
        "breach-stridely",
        "Byteline",
        D1 + 3.5,
        "Stridely leak exposed 12 million runners' routes and home addresses",
        "Stridely, the running and cycling app, has admitted that an attacker copied a "
        "database holding the profiles of about 12 million users, including the GPS traces "
        "of their workouts.\n"
        "That last part is the one that matters. Because most people start and finish a run "
        "at their front door, a route map is in effect a home address, and in many cases the "
        "leaked traces show when the user leaves the house and how long they are gone.\n"
        "According to an email Stridely sent to users on Wednesday, the intruder got in "
        "through a test server that had been left connected to the production database and "
        "was protected by a password shared among developers. The company says it found the "
        "intrusion last Thursday and closed it the same day.\n"
        "Passwords were stored hashed, Stridely says, but it is asking everyone to change "
        "theirs anyway. Payment details are held by a separate processor and were not "
        "affected.\n"
        "Privacy researchers have warned about fitness apps for years. In 2018 a heat map "
        "published by a similar service revealed the layout of military bases abroad. "
        "Stridely lets users hide the first and last few hundred metres of each activity, "
        "but the feature is off by default.\n"
        "What should you do? Change your password, turn on the privacy zone around your home "
        "in the app's settings, and consider making your activities visible to followers "
        "only.\n"
        "Stridely, which is based in Ostrel, says it has informed the data protection "
        "authority. Under Velmora's privacy law it could face a fine of up to 4% of its "
        "annual turnover.\n"
        "We have asked the company how many of the 12 million had privacy zones switched on "
        "and will update this post if it replies.",
    ),
    Piece(
        "breach-stridely",
        "Harbor Wire",
        D1 + 5.0,
        "Fitness app Stridely says hackers stole data of 12 mln users",
        "OSTREL, May 14 (Harbor) - Stridely, a fitness tracking app, said on Wednesday that "
        "hackers had stolen personal data of about 12 mln users, including names, email "
        "addresses and recorded workout routes.\n"
        "The company said passwords were encrypted and payment data was not affected, and "
        "that it had notified regulators.",
    ),
    Piece(
        "breach-stridely",
        "Sun Flash",
        D1 + 6.5,
        "Is your jogging app telling crooks where you live?",
        "Millions of joggers could have had their home addresses handed to hackers after the "
        "popular Stridely app was breached.",
    ),
    Piece(
        "breach-gatepass",
        "Harbor Wire",
        D1 + 7.5,
        "Ticket seller Gatepass says card details of 400,000 customers stolen",
        "OSTREL, May 14 (Harbor) - Online ticket seller Gatepass said on Wednesday that "
        "payment card details of about 400,000 customers may have been stolen after "
        "malicious code was planted on its checkout page.\n"
        "The company said cards used between April 2 and May 9 were affected and urged "
        "customers to contact their banks.",
    ),
    Piece(
        "breach-gatepass",
        "Byteline",
        D1 + 9.5,
        "Gatepass hack: a skimmer sat on its checkout page for five weeks",
        "It has been a bad week for data. Hours after the Stridely disclosure, the concert "
        "and theatre ticketing site Gatepass said attackers had been skimming card numbers "
        "from its customers for more than a month.\n"
        "This was not a database break-in but a classic web skimmer: a few lines of "
        "JavaScript slipped into a third-party script that Gatepass loaded on its payment "
        "page. Every time a customer typed in a card number, expiry date and security code, "
        "the script quietly sent a copy to a server controlled by the attackers.\n"
        "Gatepass says the code was live from April 2 to May 9 and that about 400,000 people "
        "bought tickets in that window. All of them should assume their card details were "
        "taken.\n"
        "The company has not said which supplier's script was compromised. Skimmers of this "
        "kind have hit airline and retail sites before, usually through chat widgets or "
        "analytics tools that site owners load without checking what changes in them.\n"
        "Gatepass is offering affected customers a year of free credit monitoring, which is "
        "of limited use when the thing stolen is a card number rather than an identity. The "
        "more useful step is to ask your bank for a new card.\n"
        "Security researchers we spoke to said the long gap between infection and discovery "
        "was the most worrying part. Tools that alert a site when the scripts on its payment "
        "page change have been available for years.\n"
        "The timing is unfortunate for the company, which sells tickets for most of the big "
        "summer festivals and had been preparing for its busiest month of the year.\n"
        "The breach has been reported to the data protection authority, Gatepass says.",
    ),
    # --- A port strike: wire, regional whole article, caption. ---
    Piece(
        "port-strike",
        "Harbor Wire",
        D1 + 0.5,
        "Brannock dockers begin 72-hour strike over pay",
        "BRANNOCK, Velmora, May 14 (Harbor) - Dock workers at the port of Brannock began a "
        "72-hour strike on Wednesday after talks on a new pay deal broke down, halting "
        "container handling at Velmora's busiest port.\n"
        "The Dockworkers' Federation is seeking a 9 pct rise; the port authority has offered "
        "4 pct.",
    ),
    Piece(
        "port-strike",
        "Velmora Herald",
        D1 + 5.5,
        "Ships queue off the coast as the docks fall silent",
        "By mid-morning on Wednesday, eleven container ships were riding at anchor off "
        "Brannock, waiting for cranes that were not moving.\n"
        "On the quayside, the only activity was at the main gate, where about 300 dockers "
        "stood around braziers with union flags. Their three-day walkout, the first full "
        "stoppage at the port in fourteen years, began at six in the morning.\n"
        "The dispute is about pay. The Dockworkers' Federation says its members have lost a "
        "fifth of their earnings to inflation since their last agreement and wants a rise of "
        "9 per cent. The port authority says it cannot go beyond 4 per cent without raising "
        "charges that would drive shipping lines to rival ports.\n"
        '"We kept this port running through the pandemic years and through the floods. Now '
        "they tell us we are too expensive,\" said Milo Arvidsen, the federation's branch "
        "secretary, to cheers from the picket line.\n"
        "Hauliers said dozens of lorries had been turned away and that supermarkets would "
        "feel the effect within days if the strike were extended. Perishable goods were "
        "being diverted to smaller harbours along the coast.\n"
        "The port authority's director, Hanne Lidell, said the door remained open to talks. "
        "No new meeting had been arranged by Wednesday evening.\n"
        "The last full stoppage at Brannock, in 2017, lasted nine days and ended with a deal "
        "brokered by the then labour minister. Neither side on Wednesday wanted to predict "
        "how long this one would last.\n"
        "Shipping lines said they were considering sending some vessels to Halmar, two "
        "hundred kilometres up the coast, although its smaller cranes cannot handle the "
        "largest container ships.\n"
        "The strike is due to end at six o'clock on Saturday morning.",
    ),
    Piece(
        "port-strike",
        "NTV News",
        D1 + 6.0,
        "Watch: Picket lines at the docks",
        "Dockers gather at the main gate as container cranes stand idle.",
    ),
    # --- Singletons of the day. ---
    Piece(
        "lottery",
        "Velmora Herald",
        D1 + 10.0,
        "Ostrel pensioner scoops 18 million jackpot",
        "A retired bus driver from Ostrel has won the 18 million euro jackpot in Saturday's "
        "national lottery draw, the lottery operator said. He plans to buy a house by the "
        "sea.",
    ),
    # ============================ Day 2: Fri Jul 18 ============================
    # --- The running mine topic, a new event: the inquiry's report and the chief's exit. ---
    Piece(
        "mine-inquiry",
        "Harbor Wire",
        D2 + 1.0,
        "Velmora inquiry blames Dravo for Karsk mine collapse; CEO resigns",
        "OSTREL, July 18 (Harbor) - A government inquiry into the collapse at the Karsk "
        "copper mine, in which five of 29 trapped miners died in May, found on Friday that "
        "operator Dravo Mining had ignored repeated warnings about the tunnel's roof.\n"
        "Dravo chief executive Petra Holm resigned hours after the report was published, the "
        "company said.\n"
        "The inquiry, led by former judge Oskar Velt, said engineers had flagged cracks in "
        "the tunnel on at least seven occasions over two years and that planned "
        "reinforcement work had been postponed to save costs.\n"
        "It recommended that prosecutors consider charges against the company and individual "
        "managers.",
    ),
    Piece(
        "mine-inquiry",
        "The Daily Clarion",
        D2 + 4.0,
        "Warnings ignored for two years before deadly Karsk collapse, report finds",
        "The roof of the tunnel that fell on 29 men at Karsk in May had been cracking for at "
        "least two years, and the people running the mine knew it.\n"
        "That is the central finding of the report published on Friday by Oskar Velt, the "
        "retired judge appointed by the government to investigate the disaster, in which "
        "five miners died and 24 were brought out alive after four days underground.\n"
        "The 212-page report describes how engineers at Dravo Mining wrote seven separate "
        "memos between 2029 and this spring, warning that the old haulage tunnel on the "
        "lower level needed steel supports. Each time, according to emails quoted by Velt, "
        "the reinforcement was pushed back to the next budget year.\n"
        '"The decision to defer was taken knowingly, at a senior level, and for reasons of '
        'cost," the report says.\n'
        "By the afternoon Petra Holm, Dravo's chief executive since 2027, had resigned. In a "
        'short statement she said she accepted responsibility "as the leader of the company" '
        "but did not accept every conclusion of the report.\n"
        "Velt also criticises the mining inspectorate, which visited Karsk twice in the "
        "period without ordering any work, and says its inspectors were too few and too "
        "willing to accept the company's assurances.\n"
        'The families of the dead welcomed the findings. "Now everyone can read what we have '
        'been saying since May," said Lena Brenn, whose brother was among the five.\n'
        "The report recommends that prosecutors examine whether criminal charges should be "
        "brought against Dravo and its managers, and that the inspectorate's budget be "
        "doubled.\n"
        "The report also reconstructs the night of the collapse. A shift supervisor reported "
        "a loud crack from the roof at 2.40 a.m. and asked for the section to be cleared; he "
        "was told to wait for an engineer. Twenty minutes later the roof came down over a "
        "length of about 60 metres.\n"
        "Four days of drilling followed before the survivors were brought up through a "
        "rescue shaft, to scenes of joy at the pithead that were broadcast live across the "
        "country. The bodies of the five who died were recovered a week later.\n"
        "The labour minister said the government would respond in full within a month.",
    ),
    Piece(
        "mine-inquiry",
        "Newsbrief Digest",
        D2 + 6.0,
        "Mine boss quits over damning report",
        "Dravo Mining's chief Petra Holm steps down after the Karsk inquiry.",
    ),
    # --- The running merger topic: the regulator's in-depth review. ---
    Piece(
        "merger-probe",
        "Market Ledger",
        D2 + 2.0,
        "Watchdog opens in-depth probe into Halden's €4.3bn Pexley deal",
        "Velmora's competition regulator has opened an in-depth investigation into Halden "
        "Foods' €4.3bn takeover of Pexley Dairy, warning that the deal could raise prices "
        "for shoppers and reduce what farmers are paid for milk.\n"
        "The Velmora Competition Commission said on Friday that its first-phase review had "
        "found the combined group would control about 58 per cent of the market for hard "
        "cheese sold in supermarkets, and more than 40 per cent of the milk bought from "
        "farms in the north of the country.\n"
        '"On the evidence so far, these overlaps raise serious concerns," said Ines '
        "Korhonen, who chairs the commission. The second phase of the review can take up to "
        "24 weeks.\n"
        "Halden had offered, in an attempt to avoid a lengthy probe, to sell one of Pexley's "
        "cheese plants. The commission said that offer was not enough.\n"
        "Ruben Aalto, Halden's chief executive, said he was disappointed but confident the "
        'deal would be cleared. "We will work constructively with the commission to show '
        'that this combination is good for consumers and for farmers."\n'
        "Pexley's shares fell 6 per cent to €28.90, widening the gap to Halden's €31.50 "
        "offer price, a sign that investors see a growing risk that the deal could be "
        "blocked or delayed.\n"
        "Analysts at Brask & Co said Halden might have to sell two or three plants, or drop "
        "some of its cheese brands, to win approval.\n"
        "The commission will now invite comments from supermarkets, farmers and rival "
        "dairies, and will hold hearings in the autumn.\n"
        "Halden agreed in May to buy Pexley, once a farmers' cooperative, in a deal that "
        "would create Velmora's largest dairy group.",
    ),
    Piece(
        "merger-probe",
        "Harbor Wire",
        D2 + 3.0,
        "Velmora regulator refers Halden-Pexley dairy deal to phase 2",
        "OSTREL, July 18 (Harbor) - Velmora's competition commission said on Friday it had "
        "referred Halden Foods' 4.3 bln euro purchase of Pexley Dairy to an in-depth second "
        "phase investigation, citing concerns over the hard cheese market.",
    ),
    Piece(
        "merger-probe",
        "Velmora Herald",
        D2 + 7.0,
        "Farmers cheer as cheese takeover faces long inquiry",
        "Dairy farmers in the north said the decision to send the Halden-Pexley merger for a "
        'full investigation was the news they had been hoping for. "At last someone is '
        "listening,\" said the head of the milk producers' association.",
    ),
    # --- A doping case: tabloid, sports site, wire, caption. ---
    Piece(
        "doping-positive",
        "Harbor Wire",
        D2 + 2.0,
        "Sprinter Kessen tests positive for banned meldrazine - VADA",
        "OSTREL, July 18 (Harbor) - Olympic 200 metres champion Amara Kessen has tested "
        "positive for the banned stimulant meldrazine and has been provisionally suspended, "
        "the Velmora Anti-Doping Agency (VADA) said on Friday.\n"
        "Kessen, 26, can ask for her B sample to be tested.",
    ),
    Piece(
        "doping-positive",
        "Sportsdesk",
        D2 + 3.0,
        "Olympic champion Amara Kessen suspended after failed test",
        "Amara Kessen, the face of Velmora athletics since her Olympic gold two years ago, "
        "has been provisionally suspended after a sample she gave in June was found to "
        "contain meldrazine, a stimulant that has been on the prohibited list since 2016.\n"
        "The Velmora Anti-Doping Agency announced the result on Friday morning. The sample "
        "was collected out of competition at Kessen's training camp in the mountains on June "
        "21, the agency said.\n"
        "Kessen, who is 26, now has ten days to ask for her B sample to be opened. If it "
        "confirms the finding, she faces a ban of up to four years, which would rule her out "
        "of the next Olympic Games.\n"
        'Her management company issued a statement saying she had "never knowingly taken a '
        'banned substance" and would fight to clear her name. It suggested that a '
        "contaminated supplement could be to blame.\n"
        "The news stunned the sport. Kessen won the 200m in a national record of 21.88 "
        "seconds and has been unbeaten over the distance this season. She was due to run at "
        "the national championships next weekend.\n"
        "Meldrazine improves alertness and is believed to shorten reaction times. It was "
        "widely used by athletes in the region until it was banned, and several positive "
        "tests in recent years have been blamed on tainted supplements.\n"
        'The national athletics federation said it was "deeply saddened" and would respect '
        "the process. Kessen's coach, Teodor Marsh, told reporters outside his home that he "
        "had no knowledge of how the substance could have got into her system.\n"
        "VADA said it would make no further comment while the case was open.",
    ),
    Piece(
        "doping-positive",
        "Sun Flash",
        D2 + 5.0,
        "DRUG SHAME OF GOLDEN GIRL",
        "Our Olympic darling has been caught in a doping storm. Amara, who won the nation's "
        "hearts two summers ago, is banned from running while officials probe her sample.",
    ),
    Piece(
        "doping-positive",
        "NTV News",
        D2 + 6.0,
        "Video: Coach speaks outside his home",
        "Teodor Marsh tells reporters he cannot explain the test result.",
    ),
    # --- An opinion piece on the topic of the day: its own event. ---
    Piece(
        "doping-opinion",
        "The Daily Clarion",
        D2 + 10.0,
        "Athletics keeps catching its cheats too late",
        "Whatever the truth about Amara Kessen's sample, one thing about Friday's "
        "announcement should trouble everyone who loves the sport: how familiar it felt.\n"
        "A champion adored at home. A substance most fans have never heard of. A statement "
        "about supplements. A coach who knows nothing. We have seen each of these scenes "
        "before, and we have seen how they usually end.\n"
        "The problem is not that testers are lazy. It is that the system is built to catch "
        "people after the fact. Samples are stored and retested years later with better "
        "methods; medals are reallocated in empty offices long after the podium photographs "
        "have been printed. Clean athletes who were beaten by cheats receive their bronze in "
        "the post.\n"
        "There are better ways. Blood profiles that follow an athlete over years, rather "
        "than single tests, have already caught more cheats in cycling than any number of "
        "urine samples. Testing agencies that are fully independent of the federations that "
        "market the sport do not have to weigh a positive result against ticket sales.\n"
        "Velmora's own agency has been starved of money for a decade, relying on a budget "
        "that has barely moved since 2020. It carries out fewer out-of-competition tests per "
        "athlete than its neighbours.\n"
        "None of this is a reason to convict any individual athlete in the court of public "
        "opinion. Due process matters, and the history of the sport includes athletes who "
        "were wrongly accused.\n"
        "If Kessen is cleared, she deserves a full apology. If she is not, she will be one "
        "more name on a long list. Either way the list is the story, and it will keep "
        "growing until the sport decides that catching cheats early matters more than "
        "protecting its stars.",
    ),
    # --- A snap election in a small island state. ---
    Piece(
        "island-election",
        "Harbor Wire",
        D2 + 0.5,
        "Saint Corvin opposition wins snap election, ending Ebrel's 12-year rule",
        "PORT AMELIE, Saint Corvin, July 18 (Harbor) - Saint Corvin's opposition Harbour "
        "Party won Thursday's snap election by a wide margin, official results showed on "
        "Friday, ending Prime Minister Lucien Ebrel's 12 years in power.\n"
        "The Harbour Party, led by Noor Vashti, took 11 of the 15 seats in the island "
        "state's parliament.",
    ),
    Piece(
        "island-election",
        "Newsbrief Digest",
        D2 + 1.0,
        "Small island state votes out its leader",
        "Voters in Saint Corvin hand the opposition a landslide.",
    ),
    Piece(
        "island-election",
        "The Daily Clarion",
        D2 + 5.0,
        "A tiny nation turns the page as Vashti sweeps to power",
        "The party started early on Port Amelie's waterfront and was still going when the "
        "sun came up on Friday. Noor Vashti, a 44-year-old former schoolteacher, had just "
        "led her Harbour Party to the biggest election victory in Saint Corvin's history.\n"
        "With every ballot counted, the Harbour Party had won eleven of the fifteen seats in "
        "parliament. The governing Island Alliance of Lucien Ebrel, prime minister since "
        "2019, kept only four, and Ebrel himself lost the seat he had held for two decades.\n"
        "Saint Corvin has fewer than 60,000 inhabitants and an economy built on tourism and "
        "the registration of foreign ships. Ebrel called the election a year early, hoping "
        "to win a fresh mandate before a planned rise in sales tax.\n"
        "Instead the campaign was dominated by anger over housing. Rents in the capital have "
        "doubled in five years as flats were turned into holiday lets, and many young people "
        "have left for the mainland.\n"
        "Vashti promised to cap short-term lets and to build 1,000 homes in her first term. "
        '"This country belongs to the people who live in it," she told supporters in her '
        "victory speech, to chants of her name.\n"
        "Ebrel conceded in a short statement, wishing his successor well and saying the "
        'voters had "spoken clearly".\n'
        "Turnout was 78 per cent, the highest since independence.\n"
        "Foreign governments were quick to congratulate her. Several of the big shipping "
        "companies whose vessels fly Saint Corvin's flag said they looked forward to working "
        "with the new government.\n"
        "Vashti is expected to be sworn in on Monday. Her first test will be the shipping "
        "register, which brings in a third of the government's revenue and which she has "
        "promised to open to more scrutiny.",
    ),
    # --- A product recall. ---
    Piece(
        "stroller-recall",
        "Market Ledger",
        D2 + 8.0,
        "Nestwell recalls 240,000 Glide 3 strollers over hinge fault",
        "Nestwell, the baby products maker, is recalling about 240,000 of its Glide 3 "
        "strollers after reports that the folding hinge can give way while the pushchair is "
        "in use.\n"
        "The company said it knew of 31 incidents, in four of which a child suffered minor "
        "injuries. Owners are asked to stop using the stroller and to contact Nestwell for a "
        "free repair kit or a refund.",
    ),
    Piece(
        "stroller-recall",
        "Sun Flash",
        D2 + 9.0,
        "Parents told: stop using popular pushchair NOW",
        "Mums and dads have been warned the Glide 3 buggy can snap shut with a baby inside. "
        "Nestwell says a quarter of a million are affected.",
    ),
    Piece(
        "stroller-recall",
        "NTV News",
        D2 + 11.0,
        "Own a Glide 3? Here is what you need to know about the recall",
        "If you have a Glide 3 stroller made by Nestwell, you should stop using it today. "
        "The company has recalled around 240,000 of them after dozens of reports that the "
        "hinge that lets the frame fold can collapse while the stroller is being pushed.\n"
        "How do I know if mine is affected? All Glide 3 strollers made between January 2029 "
        "and March 2031 are included. The model name is printed on the left side of the "
        "frame, and the production date is on a white label under the seat.\n"
        "What went wrong? According to Nestwell, a plastic part inside the folding hinge can "
        "crack after repeated use. When it does, the frame can fold partly without warning. "
        "The company says it has received 31 reports, and that four children were slightly "
        "hurt.\n"
        "What should I do? Register on the recall page of Nestwell's website or call its "
        "helpline. You can choose a free repair kit, which replaces the hinge with a metal "
        "one and takes about twenty minutes to fit, or a full refund if you return the "
        "stroller.\n"
        "What about second-hand strollers? The recall covers them too, whoever bought them "
        "first. If you sold a Glide 3, consider letting the buyer know.\n"
        "Is the Glide 2 affected? No. Nestwell says earlier models use a different hinge.\n"
        "Can I get a replacement stroller instead? Nestwell says it will not offer new "
        "strollers in exchange, only the repair kit or a refund. The refund is the full "
        "price you paid, with proof of purchase, or a fixed sum of 180 euros without it.\n"
        "Consumer groups said they would watch how quickly the repair kits reach families, "
        "after complaints about delays in previous recalls.",
    ),
    # --- A rocket's first orbital attempt fails. ---
    Piece(
        "rocket-fail",
        "Harbor Wire",
        D2 + 12.0,
        "Private rocket Kestrel-1 lost after launch from Pallas Point",
        "PALLAS POINT, Velmora, July 18 (Harbor) - A Kestrel-1 rocket built by Corvex "
        "Aerospace broke apart about two minutes after lifting off on Friday on its first "
        "attempt to reach orbit, the company said. No one was hurt.",
    ),
    Piece(
        "rocket-fail",
        "NTV News",
        D2 + 12.5,
        "Video: The moment the rocket breaks apart",
        "Onlookers filmed the launch from a beach near the site.",
    ),
    Piece(
        "rocket-fail",
        "Byteline",
        D2 + 13.0,
        "Corvex's first orbital shot ends in a fireball 128 seconds in",
        "It looked perfect for two minutes. Corvex Aerospace's Kestrel-1 cleared the tower "
        "at Pallas Point at 7:04 p.m. local time, rolled onto its heading out over the sea "
        "and climbed cleanly through the point of maximum aerodynamic stress. Then, at T+128 "
        "seconds, the live stream showed a flash near the top of the first stage, and the "
        "vehicle came apart.\n"
        "Corvex confirmed the loss a few minutes later. The rocket was carrying two small "
        "test satellites from Velmora universities, both of which were destroyed. The "
        "company says debris fell into a closed zone of the sea and no one was harmed.\n"
        "This was the first orbital attempt for Corvex, a seven-year-old startup that has "
        "raised about 340 million euros and wants to sell launches for small satellites at a "
        "fraction of the price of its bigger rivals. Kestrel-1 is 24 metres tall and burns a "
        "mix of liquid oxygen and methane.\n"
        'Founder Anika Brandt struck a calm tone in a post soon after. "First flights are '
        'hard. We got a huge amount of data, and we will be back," she wrote.\n'
        "She is not wrong that first flights are hard. Most new orbital rockets of the past "
        "decade failed at least once before they worked. What matters now is how quickly "
        "Corvex can find the cause and whether its backers keep their nerve.\n"
        "The telemetry will be the key. Early guesses in the launch community focus on the "
        "upper part of the first stage, near the fuel tanks, but Corvex has not commented on "
        "the cause.\n"
        "The company had said before the launch that it had the parts for a second rocket in "
        "its factory. We will be watching for a date.",
    ),
    # --- A singleton. ---
    Piece(
        "tram-line",
        "Velmora Herald",
        D2 + 9.0,
        "Council approves new tram line to the airport",
        "Ostrel city council voted on Friday to build a tram line to the airport, 11 "
        "kilometres long, at a cost of 690 million euros. Work should start next spring.",
    ),
    # ============================ Day 3: Mon Oct 13 ============================
    # --- The running mine topic again: the operator fined. ---
    Piece(
        "mine-fine",
        "Harbor Wire",
        D3 + 2.0,
        "Dravo Mining fined 80 mln euros over Karsk disaster",
        "OSTREL, Oct 13 (Harbor) - Velmora's mining regulator fined Dravo Mining 80 mln "
        "euros on Monday over the May collapse at its Karsk copper mine that killed five "
        "workers, the largest penalty it has ever imposed.",
    ),
    Piece(
        "mine-fine",
        "Market Ledger",
        D3 + 4.0,
        "Dravo takes €80m hit as regulator closes Karsk case",
        "Dravo Mining has been fined €80m by Velmora's mining regulator for safety failures "
        "that led to the collapse at its Karsk mine in May, the biggest penalty in the "
        "watchdog's history.\n"
        "The fine, announced on Monday, follows the summer's government inquiry, which found "
        "that managers had put off reinforcing a cracked tunnel for two years to save money. "
        "Five of the 29 miners trapped in the collapse died.\n"
        "Under a law passed in August in response to the disaster, the regulator can now "
        "fine companies up to 5 per cent of their turnover. Dravo's revenue last year was "
        "about €1.9bn.\n"
        "The company said it would not appeal and had already set aside €95m to cover the "
        "fine and compensation for families. Its interim chief executive, Jonas Ekdahl, said "
        'Dravo had "changed how decisions about safety are made" and had spent €140m on '
        "repairs at Karsk since May.\n"
        "Karsk restarted production in September at about 60 per cent of its former output. "
        "The lower levels, including the tunnel that collapsed, remain closed.\n"
        "Shares in Dravo rose 3 per cent, as investors welcomed the end of one source of "
        "uncertainty. Prosecutors are still considering criminal charges against former "
        "managers, and the families' lawyers said civil claims would follow.\n"
        "Families of the dead miners said the fine was a step but that money was not "
        'justice. "Someone decided not to fix that roof. We want to see that person in '
        'court," said Lena Brenn.\n'
        "Analysts at Brask & Co said the fine was manageable for the company but that a full "
        "return to pre-accident output at Karsk was unlikely before 2033.",
    ),
    # --- The running merger topic: cleared with conditions. ---
    Piece(
        "merger-cleared",
        "Market Ledger",
        D3 + 1.0,
        "Halden wins approval for Pexley deal after agreeing to sell three plants",
        "Halden Foods has won approval for its €4.3bn purchase of Pexley Dairy after "
        "agreeing to sell three cheese plants and two brands, bringing an end to a review "
        "that had threatened to sink the deal.\n"
        "The Velmora Competition Commission said on Monday that the remedies resolved its "
        "concerns about the hard cheese market, where the combined group would otherwise "
        "have controlled nearly six in ten packs sold in supermarkets.\n"
        "The plants at Lund, Varsa and Eske, and the Goldmark and Hollby cheese brands, "
        "together account for about €600m of annual sales. They must be sold to a buyer "
        "approved by the commission within six months.\n"
        "Halden also committed to publish a standard milk price for farmers each quarter for "
        "five years, one of the main demands of producers' groups during the review.\n"
        '"This is a good outcome for consumers, farmers and our shareholders," said Ruben '
        "Aalto, Halden's chief executive. He said the company expected to complete the "
        "acquisition before the end of November.\n"
        "Pexley shares rose 8 per cent to €31.20, close to Halden's offer price of €31.50. "
        "Halden's shares were up 2 per cent.\n"
        "Several buyers are expected to bid for the plants, including Ostland dairy groups "
        "and private equity funds, bankers said. The commission must approve the buyer, and "
        "it has said it wants one with experience of the cheese market.\n"
        "The deal was first announced in May and was almost derailed in the summer, when the "
        "commission said Halden's early offer to sell a single plant did not go far enough.\n"
        "Ines Korhonen, the commission's chair, said the conditions would \"keep real "
        'competition on the supermarket shelf". The commission opened its in-depth probe in '
        "July.",
    ),
    Piece(
        "merger-cleared",
        "Velmora Herald",
        D3 + 6.0,
        "Farmers uneasy as watchdog waves through cheese takeover",
        "Milk producers in the north said a promise of a published milk price was better "
        "than nothing but would not stop Halden from dictating terms once it owns Pexley. "
        '"They will set the price and we will take it," said one farmer near Eske.',
    ),
    # --- The running doping topic: the ban. ---
    Piece(
        "doping-ban",
        "Harbor Wire",
        D3 + 2.5,
        "Kessen banned for four years after meldrazine case",
        "OSTREL, Oct 13 (Harbor) - Olympic champion sprinter Amara Kessen was banned for "
        "four years on Monday by Velmora's anti-doping tribunal, which rejected her argument "
        "that a contaminated supplement caused her positive test for meldrazine in June.",
    ),
    Piece(
        "doping-ban",
        "Sportsdesk",
        D3 + 3.0,
        "Kessen's career in tatters after four-year ban",
        "Amara Kessen will miss the next Olympic Games after the national anti-doping "
        "tribunal banned her for four years on Monday, dismissing her claim that a tainted "
        "supplement was responsible for her positive test.\n"
        "The three-member panel said the laboratory that tested the supplement on her behalf "
        "had found no trace of meldrazine in the sealed tubs she supplied, and that her "
        'explanation was "possible but not shown on the balance of probabilities".\n'
        "The ban is backdated to July 18, the day of her provisional suspension, and runs "
        "until July 2035. Kessen, now 26, would be 30 when she is eligible to return.\n"
        "She keeps her Olympic 200 metres title, won two years before the positive sample, "
        "but her results from June onwards are wiped out, including a win at the Grand Prix "
        "in Hollenberg.\n"
        'Her lawyer, Greta Sorel, said Kessen was "devastated" and would appeal to the '
        'international Court of Arbitration for Sport. "Amara has never cheated and the '
        'science does not say she did," Sorel said.\n'
        "The Velmora Anti-Doping Agency welcomed the ruling. Its director said it showed "
        'that "no athlete is too famous to be held to the rules".\n'
        "Kessen's sponsors have already begun to distance themselves. The sportswear brand "
        "that signed her after her Olympic win said on Monday it had ended the contract.\n"
        "Kessen was not in the hearing room when the decision was read. She posted a short "
        'message to her followers in the evening, saying she was "heartbroken but not '
        'beaten".\n'
        "The case has prompted a wider debate in Velmora about the funding of anti-doping "
        "work, with the sports minister promising last month to double the agency's budget.",
    ),
    Piece(
        "doping-ban",
        "Sun Flash",
        D3 + 5.0,
        "FOUR YEARS: Amara's dream is over",
        "Disgraced sprint queen Amara Kessen has been kicked out of the sport until 2035. "
        "Her tearful lawyer vowed to fight on.",
    ),
    # --- An aviation incident: wire, passengers' story, tabloid, caption. ---
    Piece(
        "plane-landing",
        "Harbor Wire",
        D3 + 7.0,
        "NorthSky jet makes emergency landing in Ostrel after engine failure",
        "OSTREL, Oct 13 (Harbor) - A NorthSky Airlines plane with 186 people on board made "
        "an emergency landing at Ostrel airport on Monday after one of its engines failed "
        "shortly after takeoff, the airline said. No one was seriously hurt.\n"
        "Flight NS412 to Hollenberg returned to the airport about 20 minutes after "
        "departure. Passengers left the aircraft on emergency slides.",
    ),
    Piece(
        "plane-landing",
        "Sun Flash",
        D3 + 8.0,
        "'WE THOUGHT WE WERE GOING TO DIE'",
        "Terrified holidaymakers screamed as flames shot from the wing of their jet minutes "
        "after take-off. Pilots turned the plane round and landed it safely.",
    ),
    Piece(
        "plane-landing",
        "NTV News",
        D3 + 8.5,
        "Watch: Smoke trails behind jet over city",
        "A viewer's video shows the aircraft turning back toward the runway.",
    ),
    Piece(
        "plane-landing",
        "The Daily Clarion",
        D3 + 10.0,
        "'A bang, then flames': passengers describe the 20 minutes aboard flight 412",
        'Sara Lindgren had just put her headphones on when she heard the noise. "It was a '
        'bang, like a door slamming, but much louder. Then the whole plane shook," she said. '
        "Through the window on the left side, she could see orange light flickering under "
        "the wing.\n"
        "She was one of 180 passengers on NorthSky Airlines flight NS412, which left Ostrel "
        "for Hollenberg at 1:35 on Monday afternoon and was back on the ground twenty "
        "minutes later after its left engine failed during the climb.\n"
        "Passengers described a cabin that was frightened but mostly quiet. The captain "
        "spoke over the intercom within a minute or two, they said, telling them that one "
        "engine had been shut down, that the aircraft could fly safely on the other, and "
        "that they were returning to Ostrel.\n"
        '"His voice was so calm it was almost annoying," said Tomas Rieck, who was '
        'travelling with his two children. "But it worked. People stopped crying."\n'
        "Fire engines were waiting on the runway when the aircraft landed at 1:56. The crew "
        "ordered an evacuation using the slides; three passengers were treated for minor "
        "injuries sustained on the way down.\n"
        'NorthSky said the engine had suffered a failure that was "contained", meaning no '
        "parts broke through its casing, and that the fire had gone out once the fuel supply "
        "was cut. All six crew members and 180 passengers were safe.\n"
        "Velmora's air accident investigation board has sent a team to examine the engine "
        "and has taken the flight recorders.\n"
        "The airline said it would inspect the engines of the rest of its fleet of the same "
        "type as a precaution. Passengers were offered seats on a later flight; Lindgren "
        "said she would take the train.",
    ),
    # --- A celebrity death: wire, obituary, tabloid, teaser. ---
    Piece(
        "singer-death",
        "Harbor Wire",
        D3 + 9.0,
        "Singer Mara Lindqvist dies at 71",
        "OSTREL, Oct 13 (Harbor) - Mara Lindqvist, one of Velmora's best-loved singers, "
        "whose ballads sold more than 20 million records, has died at the age of 71, her "
        "family said on Monday. She had been ill with cancer.",
    ),
    Piece(
        "singer-death",
        "Sun Flash",
        D3 + 10.0,
        "FAREWELL, MARA",
        "The nation is in mourning for the queen of heartbreak ballads. Fans left flowers "
        "and candles outside her old home in the capital last night.",
    ),
    Piece(
        "singer-death",
        "Newsbrief Digest",
        D3 + 11.0,
        "Tributes pour in",
        "Musicians and politicians remember the voice behind 'Winter Harbour'.",
    ),
    Piece(
        "singer-death",
        "The Daily Clarion",
        D3 + 12.0,
        "Mara Lindqvist: the voice that taught a country how to grieve",
        "For forty years, when something went wrong in Velmora, someone played a Mara "
        "Lindqvist song. Her ballads were sung at funerals and wedding anniversaries, hummed "
        "by fishermen and quoted by prime ministers. Her death on Monday, at 71, leaves a "
        "silence that will take a long time to fill.\n"
        "She was born in 1960 in Brannock, the daughter of a crane driver at the port and a "
        "seamstress. She sang in a church choir and then in the bars along the harbour, "
        "where a record producer heard her at the age of nineteen.\n"
        "Her first album sold poorly. Her second, which included 'Winter Harbour', made her "
        "famous almost overnight. The song, about a woman waiting for a ship that never "
        "returns, has been recorded in more than thirty languages.\n"
        "Lindqvist was never a comfortable star. She refused to perform on television for "
        "most of the 1990s, saying that the cameras made her sing worse, and she fell out "
        "publicly with her record company over the price of concert tickets, which she "
        "insisted should be affordable to dockers.\n"
        "Her voice deepened with age, and many critics consider her later records, made with "
        "a small jazz band, to be her finest. She continued to tour until two years ago, "
        "when she was diagnosed with cancer.\n"
        "She was married twice. Her second husband, the pianist Eliel Varga, died in 2024. "
        "She is survived by a son and two grandchildren.\n"
        "Her concerts were famous for their length and for the silences she left between "
        "songs, sometimes for a full minute, in which thousands of people in an arena would "
        'not make a sound. "She taught us to listen," one critic wrote in 1998.\n'
        "She also wrote songs for other singers, under a pseudonym that was only revealed in "
        "her memoir, published in 2016.\n"
        "Her funeral will be held in Brannock, the family said. Details will be announced "
        "later.\n"
        "Tributes came on Monday from musicians, the royal palace and the prime minister, "
        'who called her "the sound of our country". In Brannock, dockers laid flowers at the '
        "harbour gate where she used to sing.",
    ),
    # --- Two strikes on one day: the port's dockers again, and teachers in another city. ---
    Piece(
        "port-strike-2",
        "Harbor Wire",
        D3 + 0.5,
        "Brannock dockers strike again, this time over automated cranes",
        "BRANNOCK, Velmora, Oct 13 (Harbor) - Dock workers at Brannock walked out for 48 "
        "hours on Monday in protest at the port authority's plan to introduce "
        "remote-controlled cranes, the Dockworkers' Federation said.",
    ),
    Piece(
        "port-strike-2",
        "Velmora Herald",
        D3 + 3.0,
        "Dockers down tools as robots come to the quay",
        "For the second time this year, the cranes at Brannock are still. But this time the "
        "dockers on the picket line are not talking about pay.\n"
        "Monday's 48-hour walkout is a protest against the port authority's plan to replace "
        "the drivers of its container cranes with operators working from a control room, "
        "using remote-controlled machines that the authority says will be safer and faster.\n"
        "The Dockworkers' Federation says the plan would cut at least 250 jobs over five "
        "years, and that the authority promised in May, when a pay strike was settled, to "
        "consult the union before any automation.\n"
        '"They signed a piece of paper saying they would talk to us. Then we read about the '
        "robot cranes in a newspaper,\" said Milo Arvidsen, the federation's branch "
        "secretary.\n"
        "Hanne Lidell, the port's director, said the consultation would begin this month and "
        "that no one would be made redundant. Workers whose jobs changed would be retrained, "
        "she said.\n"
        "The port authority said six ships were waiting off the coast by Monday afternoon. "
        "Hauliers said the disruption was less than in May because many shippers had "
        "diverted cargo in advance.\n"
        "Similar systems already run at several large ports abroad, where the authorities "
        "say accidents have fallen and ships are turned round faster. Unions there say the "
        "promised retraining often meant lower-paid jobs.\n"
        "Some younger dockers on the picket line were less hostile to the technology than to "
        'the way it had been introduced. "I would happily sit in a warm room instead of a '
        'cab sixty metres up in the wind," said one. "But I want it in writing that the room '
        'has a chair for me."\n'
        "The strike ends on Wednesday morning.",
    ),
    Piece(
        "teachers-strike",
        "Harbor Wire",
        D3 + 1.0,
        "Ardmere teachers strike over class sizes",
        "ARDMERE, Velmora, Oct 13 (Harbor) - Teachers in the city of Ardmere went on strike "
        "on Monday, closing most of its 90 state schools, in a dispute with the city council "
        "over class sizes and the number of support staff.",
    ),
    Piece(
        "teachers-strike",
        "Velmora Herald",
        D3 + 4.5,
        "Schools shut as Ardmere teachers walk out",
        "Parents in Ardmere scrambled to find childcare on Monday as teachers closed the "
        "city's schools in the first strike of its kind in the city for a decade. The union "
        "says classes of 34 pupils have become normal.",
    ),
    # --- A budget: wire, business article, broadsheet explainer; an analysis is its own event. ---
    Piece(
        "budget",
        "Harbor Wire",
        D3 + 6.0,
        "Velmora's Moren raises fuel duty, cuts income tax in first budget",
        "OSTREL, Oct 13 (Harbor) - Velmora finance minister Ilka Moren on Monday cut the "
        "basic rate of income tax by one point to 19 pct and raised duty on petrol and "
        "diesel by 8 cents a litre in her first budget.\n"
        "Moren forecast a deficit of 2.4 pct of GDP next year, down from 3.1 pct.",
    ),
    Piece(
        "budget",
        "Market Ledger",
        D3 + 7.0,
        "Bond investors shrug off Moren's first budget",
        "Velmora's government bonds barely moved on Monday after finance minister Ilka Moren "
        "set out a budget that trims the deficit more slowly than some investors had hoped "
        "but contains no surprises.\n"
        "The yield on the ten-year bond was unchanged at 3.6 per cent by the close in "
        "Ostrel. The spread over neighbouring Ostland's debt narrowed slightly.\n"
        "Moren plans to cut borrowing to 2.4 per cent of gross domestic product next year, "
        "from 3.1 per cent this year, helped by higher fuel duty and a freeze on public "
        "sector hiring. She cut the basic rate of income tax by one percentage point, to 19 "
        "per cent, at a cost of about €1.1bn a year.\n"
        "Economists said the figures depended on growth of 1.8 per cent next year, above "
        'most private forecasts. "The numbers are plausible, not conservative," said Katrin '
        "Oskarsson, chief economist at Nordbank.\n"
        "The minister also announced €2bn over four years for mine safety, schools and the "
        "rail network, and a review of the tax treatment of holiday lets.\n"
        "Rating agencies have kept Velmora on a stable outlook. One of them said in a note "
        'on Monday that the budget "does not change our view".\n'
        "The budget was Moren's first since she replaced her predecessor in the spring, and "
        "markets had been watching for any sign that the new minister would loosen the "
        "spending rules the government adopted two years ago. She kept them.\n"
        "The central bank, which meets next week, is not expected to change its policy in "
        "response.\n"
        "Shares in oil distributors fell after the rise in fuel duty, while housebuilders "
        "gained on a plan to lower stamp duty for first-time buyers.",
    ),
    Piece(
        "budget",
        "The Daily Clarion",
        D3 + 9.0,
        "The budget and you: what Moren's plans mean for your pocket",
        "Ilka Moren delivered her first budget in parliament on Monday afternoon, in a "
        "speech of just under an hour. Here is what it means for households.\n"
        "Income tax. The basic rate falls from 20 to 19 per cent from January. Someone "
        "earning the average wage of about €38,000 will pay roughly €290 less a year.\n"
        "Fuel. Duty on petrol and diesel rises by 8 cents a litre from midnight. For a "
        "driver filling a 50-litre tank once a week, that is about €200 a year.\n"
        "Homes. First-time buyers will pay no stamp duty on homes worth up to €300,000, up "
        "from €200,000.\n"
        "Pensions. The state pension rises by 3.5 per cent in April, in line with prices.\n"
        "Public services. €2bn over four years is promised for mine safety, schools and "
        "railways. Public sector hiring is frozen, except for teachers, nurses and mine "
        "inspectors.\n"
        "Alcohol and tobacco. Duties rise with inflation.\n"
        "Borrowing. The deficit is forecast to fall to 2.4 per cent of the economy next "
        "year.\n"
        "Business. The rate of corporation tax stays at 22 per cent, but small firms can "
        "write off the full cost of new equipment in the year they buy it, up to €500,000.\n"
        "Families. Child benefit rises by €10 a month per child from April, the first "
        "increase in three years. Free school meals are extended to all primary pupils in "
        "the poorest fifth of districts.\n"
        "Holiday lets. The minister asked officials to review how income from short-term "
        "lets is taxed, with proposals due in the spring.\n"
        "Opposition leaders said the fuel rise would hit rural families hardest and that the "
        'income tax cut favoured higher earners. Moren told MPs that the budget was "fair, '
        'prudent and honest about the choices we face".',
    ),
    Piece(
        "budget-analysis",
        "The Daily Clarion",
        D3 + 13.0,
        "The quiet tax rise hidden in the small print",
        "Ministers like to announce tax cuts in the chamber and tax rises in the tables at "
        "the back of the budget documents. Ilka Moren, for all her talk of honesty, has "
        "followed the tradition.\n"
        "The cut in the basic rate of income tax made the headlines. Less noticed was the "
        "line on page 214 that freezes the thresholds at which each rate of income tax "
        "begins, for four years. As wages rise with inflation, millions of people will be "
        "pulled into higher bands without earning a cent more in real terms.\n"
        "The Finance Ministry's own figures show what this is worth: about €1.6bn a year by "
        "the end of the period, more than the income tax cut gives away. In other words, "
        "most taxpayers will be paying more, not less, by 2035.\n"
        "Freezing thresholds is not new. Governments across Europe have used it because it "
        "raises money without anyone voting for it. That is exactly the problem. A tax rise "
        "that nobody announces is a tax rise nobody has to defend.\n"
        "There may be good reasons to raise taxes: the mine inspectors, the schools and the "
        "railways all need the money. If so, the minister should make that case openly. "
        "Voters are more grown-up than governments think.\n"
        "Nor is the threshold freeze the only quiet measure. The documents also show that "
        "the allowance for pension saving is being trimmed, and that a tax relief on work "
        "tools, used by many tradespeople, is to be phased out. None of these was mentioned "
        "in the speech.\n"
        "The budget documents run to 380 pages. The speech ran to fifty-five minutes. The "
        "difference between the two is where the real story usually lies.",
    ),
    # --- A singleton. ---
    Piece(
        "museum-opening",
        "Velmora Herald",
        D3 + 11.0,
        "Harbour museum reopens after five-year rebuild",
        "Brannock's maritime museum reopened on Monday after a rebuild costing 46 million "
        "euros, with a new wing devoted to the port's dockers and their songs.",
    ),
    # ============================ Day 4: Mon Jan 12 ============================
    # --- An outbreak in a province: wire, teaser, TV, broadsheet whole article. ---
    Piece(
        "outbreak",
        "Harbor Wire",
        D4 + 1.0,
        "Sellen fever outbreak kills 23 in Velmora's Tarrow province",
        "OSTREL, Jan 12 (Harbor) - An outbreak of Sellen fever has killed 23 people and "
        "infected at least 410 in the southern province of Tarrow since late December, "
        "Velmora's health ministry said on Monday, and schools in three districts will close "
        "for two weeks.\n"
        "The ministry said the virus spread through contact with the bodily fluids of sick "
        "people and urged residents to avoid large gatherings.",
    ),
    Piece(
        "outbreak",
        "Newsbrief Digest",
        D4 + 3.0,
        "Deadly fever spreads in the south",
        "Health officials close schools as cases climb in Tarrow.",
    ),
    Piece(
        "outbreak",
        "The Daily Clarion",
        D4 + 5.0,
        "In Tarrow's clinics, nurses fight a fever they have not seen for 30 years",
        "The clinic in Dorna has twelve beds. On Monday morning it had thirty-one patients, "
        "some lying on mattresses in the corridor, and a queue outside that stretched past "
        "the pharmacy.\n"
        '"We have not seen Sellen fever here since I was a student," said Dr Mirela Haas, '
        'who runs the clinic. "Most of my nurses had only read about it."\n'
        "The virus, carried by rodents and passed from person to person through blood and "
        "other fluids, causes high fever, vomiting and, in severe cases, bleeding. There is "
        "no vaccine. Early treatment with fluids and careful nursing saves most patients.\n"
        "Velmora's health ministry said on Monday that 410 cases had been confirmed in "
        "Tarrow province since the end of December and that 23 people had died, nine of them "
        "health workers or relatives who cared for the sick at home.\n"
        "Three districts, including Dorna, will close their schools for at least two weeks, "
        "and funerals are to be held with no more than twenty mourners. Teams are going from "
        "house to house to trace the contacts of each patient.\n"
        "Why now? Local officials point to the floods of the autumn, which drove rats into "
        "villages, and to a clinic in the provincial capital where several early cases were "
        "treated before anyone recognised the disease.\n"
        "The government has sent 60 doctors and nurses from the capital and says protective "
        "equipment is on its way. Health workers in Dorna said gloves and gowns were running "
        "short.\n"
        "The regional office of the World Health Organization said the risk of spread beyond "
        "Velmora was low but that it was sending experts to help.",
    ),
    Piece(
        "outbreak",
        "NTV News",
        D4 + 6.0,
        "Health teams go door to door in Tarrow villages",
        "Officials in protective suits are tracing everyone who has been in contact with a "
        "patient, as the number of Sellen fever deaths in the province reached 23.",
    ),
    # --- A wildfire: wire, regional whole article, caption, tabloid. ---
    Piece(
        "wildfire",
        "Harbor Wire",
        D4 + 2.0,
        "6,000 evacuated as wildfire spreads on Hessel Ridge",
        "HESSEL, Velmora, Jan 12 (Harbor) - About 6,000 people were ordered to leave their "
        "homes on Monday as a wildfire driven by strong winds spread across the Hessel Ridge "
        "hills in southern Velmora, the fire service said.",
    ),
    Piece(
        "wildfire",
        "Velmora Herald",
        D4 + 4.0,
        "Hessel Ridge burns as winds defeat firefighters",
        "The fire started on Sunday afternoon in dry scrub above the village of Lenne. By "
        "Monday it had burned through about 4,800 hectares of forest and farmland on the "
        "Hessel Ridge, and the smoke could be seen from the coast forty kilometres away.\n"
        "Six thousand residents of Lenne, Mossvik and four smaller villages were told to "
        "leave. Most went to relatives; about 700 spent the night in a sports hall in Hessel "
        "town, where volunteers handed out blankets and soup.\n"
        "Firefighters said gusts of up to 90 kilometres an hour carried burning embers "
        "hundreds of metres ahead of the front, making it impossible to hold a line. Two "
        "water-bombing aircraft were grounded for several hours on Monday morning because "
        "the wind was too strong to fly.\n"
        "At least 14 houses and a sawmill have been destroyed. One firefighter was taken to "
        "hospital with burns to his hands; no other injuries have been reported.\n"
        '"I watched the hill turn orange from my kitchen window," said Agnes Mohr, 67, who '
        'left Mossvik with her dog and a bag of photographs. "I do not know if I have a '
        'house."\n'
        "The summer in the south has been the driest in records going back to 1901. The fire "
        "service had warned in December that the scrub on the ridge was unusually dry.\n"
        "The sawmill, on the edge of Lenne, employed forty people. Its owner, Karl Vinter, "
        'stood at a roadblock on Monday watching the smoke. "Three generations built that," '
        "he said.\n"
        "Roads into the ridge remain closed, and the police asked sightseers to stay away.\n"
        "Rain is not forecast until Thursday. The interior minister said soldiers would be "
        "sent to help.",
    ),
    Piece(
        "wildfire",
        "NTV News",
        D4 + 4.5,
        "Watch: Flames light up the night sky",
        "Residents filmed the fire front approaching the village.",
    ),
    Piece(
        "wildfire",
        "Sun Flash",
        D4 + 7.0,
        "INFERNO: Families flee as hills burn",
        "Thousands grabbed what they could carry and ran as a wall of fire roared toward "
        "their homes in the south.",
    ),
    # --- The running rocket topic: the second attempt reaches orbit. ---
    Piece(
        "rocket-orbit",
        "Byteline",
        D4 + 8.0,
        "Second time lucky: Corvex puts Kestrel-1 into orbit",
        "Six months after watching their first rocket come apart over the sea, the engineers "
        "at Corvex Aerospace finally got to celebrate. Kestrel-1 lifted off from Pallas "
        "Point at 9:12 a.m. local time on Monday and, about nine minutes later, its upper "
        "stage placed three small satellites into an orbit 520 km above the Earth.\n"
        '"Orbit confirmed," flight director Mats Hollen said over the launch stream, and the '
        "control room erupted.\n"
        "The company traced July's failure to a cracked fuel line at the top of the first "
        "stage, which it says was caused by vibration the engineers had not modelled. The "
        "fix involved new brackets and a redesigned valve, and cost Corvex four months.\n"
        "This flight carried satellites for a weather start-up, a university and the Velmora "
        "space agency. All three have sent signals home, Corvex said.\n"
        "For founder Anika Brandt, the success matters beyond bragging rights. Corvex has "
        "contracts for eleven more launches, most of them conditional on a successful "
        "orbital flight, and had been looking for new money at a time when investors have "
        "cooled on space start-ups.\n"
        "Reaching orbit on the second attempt puts Corvex in good company. Several rocket "
        "makers needed three or four tries.\n"
        "The launch was delayed twice last week, once for high winds and once when a sensor "
        "on the launch pad gave a faulty reading. Monday's weather was clear and almost "
        "still.\n"
        "Rivals will be watching the cost. Corvex says a Kestrel-1 flight sells for about 7 "
        "million euros, well under half of what it costs to share a ride on the biggest "
        "rockets, but the company has never said whether it makes money at that price.\n"
        "Brandt said the company aimed to fly four times next year and to start work on a "
        'larger rocket. "Today we became a launch company," she said.',
    ),
    Piece(
        "rocket-orbit",
        "Harbor Wire",
        D4 + 8.5,
        "Corvex rocket reaches orbit on second attempt",
        "PALLAS POINT, Velmora, Jan 12 (Harbor) - Corvex Aerospace's Kestrel-1 rocket "
        "reached orbit on Monday and deployed three satellites, the company said, six months "
        "after its first launch attempt failed.",
    ),
    # --- A trade dispute: wire, business whole article, broadsheet. ---
    Piece(
        "steel-tariffs",
        "Harbor Wire",
        D4 + 3.0,
        "Velmora slaps 25 pct tariffs on Ostland steel",
        "OSTREL, Jan 12 (Harbor) - Velmora will impose tariffs of 25 pct on steel imported "
        "from neighbouring Ostland from February 1, the trade ministry said on Monday, "
        "accusing Ostland's mills of selling below cost.",
    ),
    Piece(
        "steel-tariffs",
        "Market Ledger",
        D4 + 6.0,
        "Velmora hits Ostland steel with 25% duties, risking trade war",
        "Velmora will charge a 25 per cent duty on steel from Ostland from the start of next "
        "month, after its trade ministry concluded that Ostland's state-backed mills had "
        "been dumping steel on the Velmora market at prices below what it costs to make.\n"
        "The ministry said on Monday that imports of Ostland steel had tripled in two years, "
        "to about 1.4 million tonnes, and that their average price had fallen by a third. "
        "Velmora's two steelmakers have cut 1,900 jobs over the same period.\n"
        'Ostland\'s economy ministry called the decision "unjustified and protectionist" and '
        'said it would respond "in a proportionate way", without giving details. Economists '
        "said Velmora's exports of dairy products and machinery to Ostland were the most "
        "likely targets.\n"
        "Ostland buys about 14 per cent of Velmora's exports, making it the country's "
        "second-largest trading partner.\n"
        "Shares in Velmora's steelmakers rose, with Arnhold Steel up 9 per cent. Carmakers "
        "and construction groups, which buy much of the imported steel, warned that their "
        "costs would rise.\n"
        "The duties will apply for five years and will be reviewed after two. Ostland can "
        "challenge them at the World Trade Organization.\n"
        "Velmora's steel industry has lobbied for protection for three years, arguing that "
        "Ostland's mills receive cheap energy and loans from state banks. Ostland denies "
        "that its producers are subsidised and says its steel is simply more efficient.\n"
        "The decision comes after a year of rising tension between the two neighbours, "
        "including a dispute over fishing rights in the shared bay.",
    ),
    Piece(
        "steel-tariffs",
        "The Daily Clarion",
        D4 + 9.0,
        "Fears of a trade war as Ostrel and its neighbour square up over steel",
        "The government's decision to tax Ostland's steel has delighted the steel towns and "
        "alarmed almost everyone else. Farmers who sell cheese across the border fear they "
        "will pay the price.",
    ),
    # --- A cup final: wire, sports whole article, tabloid, caption. ---
    Piece(
        "cup-final",
        "Harbor Wire",
        D4 + 13.5,
        "Redhaven win Velmora Cup with extra-time goal",
        "OSTREL, Jan 12 (Harbor) - Redhaven Rovers beat Marlow City 2-1 after extra time to "
        "win the Velmora Cup on Monday, with substitute Elias Brody scoring the winner in "
        "the 113th minute.",
    ),
    Piece(
        "cup-final",
        "Sportsdesk",
        D4 + 14.0,
        "Brody the hero as Rovers end 31-year wait",
        "Elias Brody had been on the pitch for eleven minutes when the ball dropped to him "
        "at the edge of the area in the 113th minute. He hit it first time, low and hard, "
        "past Marlow's goalkeeper, and Redhaven Rovers had won the cup for the first time "
        "since 2001.\n"
        "It was a final that Marlow will feel they should have won. They led through Jonas "
        "Farr's header after 27 minutes and had chances to put the game away before "
        "half-time, when Farr hit the post and Rovers' goalkeeper Lukas Ahl saved twice from "
        "close range.\n"
        "Rovers came out a different side after the break. Their captain, Theo Strand, "
        "equalised in the 64th minute with a shot that deflected off a defender, and from "
        "then on Marlow were pinned back.\n"
        "Extra time was tense and scrappy until Brody's goal. Marlow pushed forward in the "
        "last minutes, and Ahl made one more fine save, from Farr, in stoppage time.\n"
        "Rovers' manager, Nils Aberg, who was born in Redhaven and played in the side that "
        'lost the 2010 final, said he could not describe how he felt. "This is for the '
        'city," he said, holding the trophy.\n'
        "Marlow's coach, Viktor Salo, said his team had paid for not taking their chances. "
        '"At 1-0 we should be 3-0. Football punishes you."\n'
        "Brody, 20, only joined Rovers from their academy last season and had scored twice "
        "all year. He was brought on for the tiring Strand with seven minutes of normal time "
        'left, a decision Aberg admitted afterwards was "a hunch".\n'
        "For Marlow, it was a third final defeat in five years. Farr, their top scorer, sat "
        "on the pitch for several minutes after the whistle before being helped up by Rovers "
        "players.\n"
        "The win also puts Rovers into next season's continental competition, worth several "
        "million euros to a club that was nearly bankrupt four years ago.\n"
        "A crowd of 54,000 watched in Ostrel's national stadium, a third of them in Rovers' "
        "red. Thousands more were expected to greet the team in Redhaven on Tuesday.",
    ),
    Piece(
        "cup-final",
        "NTV News",
        D4 + 14.5,
        "Highlights: the final in two minutes",
        "All the goals and the best saves from Ostrel.",
    ),
    Piece(
        "cup-final",
        "Sun Flash",
        D4 + 15.0,
        "ROVERS ROCK!",
        "Super-sub Brody sends the red half of the country wild with a late, late winner "
        "against Marlow.",
    ),
    # --- A singleton. ---
    Piece(
        "bridge",
        "Velmora Herald",
        D4 + 10.0,
        "Old bridge reopens after two years of repairs",
        "The iron bridge over the river in Ostrel reopened to pedestrians and cyclists on "
        "Monday after repairs that took two years and cost 19 million euros.",
    ),
)

DAYS: tuple[float, ...] = (D1, D2, D3, D4)
"""The first hour (after coverage.T0) of each publication day of the set."""


__all__ = ["DAYS", "PIECES", "by_day"]
