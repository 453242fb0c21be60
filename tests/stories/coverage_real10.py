"""A tenth set of multi-outlet coverage of our own: whole articles on yet other kinds of news.

Written blind, like the fourth to ninth sets: without reading the clustering code or the
texts of the other sets (only their module docstrings, the scoring tests and the helpers of
coverage.py; but for a glance, by mistake, at the ninth set's first two articles, on a
subject not used here), so it measures briefing on copy it has not been tuned on. The whole
set was written before it was first clustered, and no text was changed after seeing how
briefing clusters it. Every sentence is our own; the countries (Caldris, Otrava, Lennhold,
Marisca, Sevrin, Pellan, Hoveria), cities, firms, people and all 42 outlets are made up, and
their names were checked against the earlier sets' so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over real publication
days), as the seventh to ninth sets' is, and its subjects are kinds of news no earlier set
holds: a prison breakout and the recapture abroad months later, a pension reform voted at
night and struck down by the constitutional court, a football club's sale to a foreign
fund and the league's approval, a fertiliser plant's explosion, the charges against its
owner and the evacuation order lifted eight months on, a games console's delay and its
launch, a budget airline's collapse and the sale of its slots to the rival that would not
rescue it, two floods in two countries on one day, a cathedral fire, ransomware that shuts
a city council, a record cocaine seizure, two expulsions of diplomats on one day, a
shipwreck's discovery. 69 items from 42 outlets (five wires and news agencies, national,
regional and foreign papers, two tabloids, business, legal, pensions, football, fans',
gaming, tech, aviation, travel, weather, heritage, ports, diplomacy, security and
chemical-safety sites, a broadcaster's radio and video pages, a state news agency, a city
council's notice, two companies' press releases, newsletters and magazines). Two thirds
(47) are whole articles (1,200 to 1,400 characters, five or more paragraphs) that go past
their event's facts into background, reaction and context: the background names the
running topic's earlier events (the recapture recalls the breakout, the court ruling the
night vote, the charges and the return home the explosion, the launch the delay, the
slots' sale the collapse and the failed rescue), other countries and rival firms. The rest
are 16 briefs of one to three sentences and six near-empty items (video captions and
newsletter teasers under 100 characters, each labelled with its event). House styles
vary: wire datelines ("FALLOWMERE, Caldris, May 14 (Compass) -", "VEYHOLM, 14 May (CPA)
--", "GRENN, July 25 (LNA) -", "HAVISK, July 25 (SNB) --", "PORTO SELUNA (Lanterna) -"),
a foreign paper's colon dateline ("GRENN:"), a state agency's statement ("SAROVEC, January
19. /OTA/."), bylines, labelled analysis and opinion, a Q&A guide, two press releases with
a ticker or a media contact, a council's notice signed by its chief executive, tabloid
capitals; figures written different ways (4.2 billion crowns and Cr4.2bn; 310 million
crowns and Cr310 million; 3.1 tonnes and 3,100 kilograms; 185 million euros and €185m;
two million dollars and 2 MILLION DOLLARS); people in full in one item and by surname or
title in another.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("GONE IN THE WASH!"; "NABBED IN HIS
  PYJAMAS!"; "HOLIDAY HELL!"; "'A dark night for workers'"; "'Like watching a friend
  die'"; "Brulon counts its dead"; "Update on disruption to council services"; "Why
  Veyholm picked a fight with Sarovec now"), question headlines ("How did four men walk
  out of Caldris's most secure prison?", "My flight with Skylark Air is cancelled. What
  are my rights?", "Nimbus Quasar is finally here. Was it worth the wait?"), a state
  agency's statement whose headline names the expelling country only by its capital, a
  council's notice that names its city only in its signature, subjects named only in the
  lead or not at all (the tabloids' briefs, the radio's, the teasers);
- one topic, separate events on one day: two floods (the River Ammer in Sevrin's Brulon
  and a cloudburst in Pellan's capital Rooke, each naming the other; day 2), two
  expulsions of diplomats (Caldris sends home four Otravans, Hoveria Marisca's ambassador,
  each naming the other; day 4);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: the Grellmoor breakout
  (day 1) and the recapture of Mallen and Pettigrew in Lennhold (day 2); the pension vote
  (day 1) and the court's ruling (day 3), both naming Rask, Tollefsen, Benning and 4.2
  billion crowns; Solenne's purchase of Kelvane Rovers (day 1) and the league's approval
  (day 3); Trenholm Chemie's Torvane explosion (day 1), the charges (day 3) and the
  residents' return (day 4); the Nimbus Quasar's delay (day 1) and launch (day 4); Skylark
  Air's collapse (day 2) and Volant's purchase of its slots (day 4), with Volant in both;
  the Otravan expulsions (day 4) that recall Volant's purchase of the same day;
- features, analysis and opinion: an analysis of the breakout, a pensions explainer, an
  analysis of the court ruling, the fans' view of the sale, a feature from the lake where
  the fugitives hid, an aviation analysis of the collapse and one of the sale, a weather
  explainer, a heritage feature, a console review and an analysis of the expulsions are
  each mainly about their event and carry its label; two opinion pieces about a wider
  debate carry their own labels ("op-pensions" on working longer after the vote, day 1;
  "op-airlines" on cheap flights after the slots' sale, day 4).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): the Grellmoor breakout (five items); the pension vote (five);
  an opinion on pensions; Solenne buys Kelvane Rovers (three); the Torvane explosion
  (four); the Quasar's delay (two);
- day 2 (Fri Jul 25): the recapture (four); Skylark Air's collapse (five); the Ammer's
  flood (three) and Rooke's (two); the St Aldric's fire (three);
- day 3 (Thu Oct 16): the court voids the pension law (four); the charges over Torvane
  (three); the league clears the takeover (three); the Veyholm council hack (five); the
  Tallis Bay cocaine seizure (two);
- day 4 (Mon Jan 19, 2032): Volant buys Skylark's slots (three); the Quasar's launch
  (three); Caldris expels Otravans (three) and Hoveria Marisca's ambassador (two);
  Torvane's last residents go home (two); an opinion on cheap flights; a shipwreck.

Scored by tests/stories/test_coverage_real10.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day.
"""

from __future__ import annotations

from tests.stories.coverage import Piece
from tests.stories.coverage_real8 import D1, D2, D3, D4  # the eighth set's four days

PIECES: tuple[Piece, ...] = (
    # --- day 1: Wed May 14, 2031. ---
    Piece(
        "escape-grellmoor",
        "Compass Wire",
        D1 + 0.5,
        "Four inmates escape Caldris high-security jail hidden in laundry van",
        (
            "FALLOWMERE, Caldris, May 14 (Compass) - Four prisoners escaped from Grellmoor, "
            "Caldris's most secure jail, before dawn on Wednesday by hiding in a contractor's "
            "laundry van, the Caldris Prison Service said, and police set up roadblocks across "
            "the north of the country.\n"
            "The men were missed at the 07:00 roll call, about eighty minutes after the van of "
            "Brightwash Services left the prison's east gate. It was found abandoned in a forest "
            "car park ten kilometres away with its driver tied up in the back but unhurt.\n"
            "Police named the four as Viktor Mallen, 41, serving life for the 2026 armoured-van "
            "robbery in Kelvane in which a guard was shot dead; Jonah Pettigrew, 35; Sami Roscoe,"
            " 29; and Lukas Tamberg, 52. They warned the public not to approach them.\n"
            'Justice Minister Helena Marsk called the breakout "unacceptable" and ordered an '
            "inquiry. Piet Lomax, director-general of the prison service, said laundry vans were "
            "meant to be searched and weighed at the gate.\n"
            "Grellmoor, which holds about 420 men, has had staff shortages for three years. A "
            "union survey in March found a third of its officer posts empty.\n"
            "Police in neighbouring Lennhold and Otrava were alerted. The last escape from "
            "Grellmoor, in 2011, ended with the prisoner caught within a day."
        ),
    ),
    Piece(
        "escape-grellmoor",
        "The Daily Thunder",
        D1 + 2.0,
        "GONE IN THE WASH!",
        (
            "Four lags including a cop-killer's accomplice vanished from a top-security nick "
            "yesterday - curled up among the dirty sheets. Bosses didn't notice for over an hour."
            " Roadblocks are up all over the north tonight."
        ),
    ),
    Piece(
        "escape-grellmoor",
        "The Veyholm Herald",
        D1 + 4.5,
        "Manhunt across the north as breakout exposes a prison system at breaking point",
        (
            "By Karin Westergaard, Home Affairs Editor\n"
            "Armed police were stopping cars on every road out of Fallowmere on Wednesday as the "
            "hunt went on for four men who slipped out of Grellmoor prison in the back of a "
            "laundry van.\n"
            "The most dangerous of them, Viktor Mallen, was convicted in 2027 of leading the gang"
            " that ambushed a cash van outside a Kelvane shopping centre, killing the guard Oren "
            "Lasko. Mallen's lawyers have lost two appeals. Officers believe he planned "
            "Wednesday's escape with help from outside.\n"
            "The three others, Jonah Pettigrew, Sami Roscoe and Lukas Tamberg, were serving "
            "sentences for drug trafficking, armed robbery and arson.\n"
            "For the prison officers' association the breakout was no surprise. Its chair, Ivo "
            "Stenberg, said Grellmoor ran most nights with half the staff it needed and that "
            'searches of delivery vehicles had been cut to save time. "We warned the ministry in '
            'writing in January," he said.\n'
            "Helena Marsk, the justice minister, who faces questions in parliament on Thursday, "
            "promised that the inquiry would report within six weeks. The opposition's Clara "
            'Benning said the minister had "lost control of the prisons".\n'
            "Caldris has among the lowest prison staffing levels in the region; Lennhold and "
            "Sevrin both employ about a third more officers per inmate."
        ),
    ),
    Piece(
        "escape-grellmoor",
        "VBC Video",
        D1 + 6.0,
        "Police roadblocks on the roads out of Fallowmere",
        ("Armed officers stop cars after the Grellmoor jailbreak."),
    ),
    Piece(
        "escape-grellmoor",
        "Justice Week",
        D1 + 9.0,
        "How did four men walk out of Caldris's most secure prison?",
        (
            "Analysis by Hanne Moberg\n"
            "Grellmoor was built in 1998 to be escape-proof. It has two perimeter walls, motion "
            "sensors, cameras on every corridor and a vehicle lock where lorries are meant to be "
            "searched, scanned and weighed. On Wednesday four prisoners beat all of it without "
            "cutting a single fence.\n"
            "The method was old-fashioned. The contractor's van that takes the jail's laundry to "
            "a plant in Fallowmere stops in the service yard each morning. Investigators think "
            "the men hid inside the laundry carts, helped by someone who knew the timetable, and "
            "that the vehicle lock's scanner was not used.\n"
            "Staff numbers tell the rest of the story. The Caldris Prison Service has lost nearly"
            " 900 officers since 2027, and the inspectorate's last report on Grellmoor warned "
            'that gate checks were "routinely shortened".\n'
            "Other countries learned this lesson the hard way. Sevrin rebuilt the gates of two "
            "prisons after an escape in a bread lorry in 2024; Lennhold now x-rays every vehicle "
            "leaving a high-security site.\n"
            "Minister Helena Marsk has promised an inquiry. Its first question will be simple: "
            "why was the van not searched? The harder one is whether the service can afford to "
            "search the next one.\n"
            "Until then, Mallen, Pettigrew, Roscoe and Tamberg are somewhere in the forests of "
            "the north, or already over a border."
        ),
    ),
    Piece(
        "pension-vote",
        "Caldris Press Agency",
        D1 + 0.2,
        "Parliament raises retirement age to 65 after night-long debate",
        (
            "VEYHOLM, 14 May (CPA) -- Caldris's parliament voted early on Wednesday to raise the "
            "state pension age from 63 to 65, passing the government's reform by 212 votes to 187"
            " after a debate of nineteen hours.\n"
            "The age will rise by three months a year from 2028 until it reaches 65 in 2036. "
            "People with 43 years of contributions will still be able to retire at 63 on a full "
            "pension.\n"
            'Prime Minister Edvin Rask said the change was "the price of keeping the promise to '
            'our children", arguing that without it the pension fund would run dry within fifteen'
            " years. Finance Minister Maren Tollefsen said the reform would save the state about "
            "4.2 billion crowns a year by 2035.\n"
            "The government used the urgent procedure, which skips the committee stage, after "
            "unions held three days of strikes in April. Opposition leader Clara Benning called "
            'the vote "a theft carried out at four in the morning".\n'
            "The Caldris Federation of Labour said it would ask the Constitutional Court to "
            "strike the law down, arguing that the Economic and Social Council had not been "
            "consulted as the constitution requires.\n"
            "The reform brings Caldris closer to its neighbours: Lennhold raised its pension age "
            "to 67 in 2029, while Sevrin's stands at 64."
        ),
    ),
    Piece(
        "pension-vote",
        "The Ledger Review",
        D1 + 3.0,
        "Pension shake-up to save Cr4.2bn a year, Treasury says, but markets shrug",
        (
            "Caldris's bond market barely moved on Wednesday after lawmakers approved Edvin "
            "Rask's pension reform, a sign investors had priced in a change that economists say "
            "is necessary but late.\n"
            "The Treasury estimates savings of Cr4.2bn a year by 2035 from moving the retirement "
            "age to 65, about 0.6% of output. The pension fund's deficit reached Cr11.8bn last "
            "year as the population aged faster than forecast.\n"
            'Yields on ten-year government bonds were unchanged at 3.4%. "The reform was expected'
            ' and it is phased in slowly," said Elin Gathright, an economist at Fjordbank. "What '
            'matters is whether it survives the court."\n'
            "The unions' promised legal challenge is the risk. Lawyers note that the government's"
            " use of the urgent procedure to cut short the committee stage has been questioned "
            "before.\n"
            "Employers welcomed the vote. The Confederation of Caldris Industry said a later "
            "retirement age would ease labour shortages in construction and care, where a fifth "
            'of workers are over 55. Its director, Mats Orrell, called it "overdue but welcome".\n'
            "Ratings agencies have said they want to see Maren Tollefsen's budget plans for next "
            "year before changing their view. Rival economies Lennhold and Sevrin carry lower "
            "debt but have already raised their own pension ages."
        ),
    ),
    Piece(
        "pension-vote",
        "Caldris Public Radio",
        D1 + 5.0,
        "'A dark night for workers'",
        (
            "Union leaders condemned the pension vote as a dark night for workers and promised "
            "more strikes. The law raises the age at which Caldrians can draw a state pension "
            "from 63 to 65."
        ),
    ),
    Piece(
        "pension-vote",
        "Pensions Today",
        D1 + 8.0,
        "Retiring at 65: what the new law means for you",
        (
            "The law passed on Wednesday changes when most people in Caldris can collect their "
            "state pension. Here is what we know so far.\n"
            "Who is affected? Anyone born after 1 January 1965. If you were born before then, "
            "nothing changes and you can still retire at 63.\n"
            "How fast does it rise? By three months for each year of birth. Someone born in 1966 "
            "will retire at 63 and six months; someone born in 1972 or later will retire at 65.\n"
            "Can I still go at 63? Yes, if you have paid contributions for 43 years. Others can "
            "retire early with a reduction of 5% a year before their new pension age. Disability "
            "pensions and survivors' pensions are not affected by the change.\n"
            "What about the amount? The pension formula is unchanged, and so is the minimum "
            "pension of 11,400 crowns a month. Contributions paid in the extra years will raise "
            "the final pension slightly.\n"
            "Is it certain? Not yet. The Caldris Federation of Labour has said it will challenge "
            "the law before the Constitutional Court, and the court can suspend a law while it "
            "decides. Readers should not change their plans before the court has spoken, advisers"
            " say, and those within two years of retirement should ask the pension office for a "
            "new statement.\n"
            "For comparison: the pension age is 67 in Lennhold and 64 in Sevrin."
        ),
    ),
    Piece(
        "pension-vote",
        "Grenn Daily",
        D1 + 7.0,
        "Caldris follows Lennhold to a later pension, by a smaller step",
        (
            "GRENN: Caldris's parliament on Wednesday voted to raise its retirement age to 65, "
            "two years less than Lennhold's 67. Ministers in Grenn welcomed the move, saying it "
            "would ease pressure on cross-border workers' pensions.\n"
            "About 38,000 Caldrians work in Lennhold, most of them in the border towns around "
            "Grenn, and many have spent years paying into two pension systems with different "
            "rules. A gap of four years between the two countries' retirement ages had become a "
            "source of complaints to both governments.\n"
            '"The gap is now smaller, and that is good news for families who live on one side and'
            " work on the other,\" said Lennhold's social affairs minister, Petter Vikane. Talks "
            "on a joint pension agreement, frozen since 2029, could now restart, he said.\n"
            "Lennhold's own reform, which raised its pension age from 65 to 67 over a decade, was"
            " passed in 2029 after two years of negotiation with unions and a failed first "
            "attempt in 2027. Officials in Grenn say the lesson was to move slowly and to protect"
            " those with long careers, which Caldris's law does.\n"
            "Not everyone in Lennhold is pleased. Employers in the border region had hoped to "
            "recruit Caldrian workers who, under the old rules, could retire early in Caldris and"
            " take a second job across the border."
        ),
    ),
    Piece(
        "op-pensions",
        "The Civic Review",
        D1 + 11.0,
        "Working longer is not a betrayal of the young. Refusing to is.",
        (
            "Opinion by Rasmus Engel\n"
            "Every country in this part of the world faces the same arithmetic. Fewer children "
            "are born, people live longer, and the money that pays today's pensioners comes from "
            "today's workers. There are only three ways out: pay more, receive less, or work "
            "longer.\n"
            "Politicians hate all three, which is why most of them choose the one that can be put"
            " off. Tax rises wait for the next election; cuts wait for a crisis. Raising the age "
            "at which people retire is the least cruel option, because it falls on those who are "
            "healthy enough to work, and it arrives slowly.\n"
            "The loudest objection is about fairness. A builder who started at sixteen is worn "
            "out at sixty in a way an office worker is not. That is true, and any decent system "
            "must let long careers end early. But it is an argument for exceptions, not for doing"
            " nothing.\n"
            "The young have most to lose from delay. They will pay the higher contributions if "
            "the age stays where it is, and they will face a harsher reform later.\n"
            "Nobody likes to be told to work two more years. But the alternative is a promise "
            "that cannot be kept, and broken promises are what turn voters against the whole idea"
            " of a shared pension.\n"
            "We should have this argument honestly, and without pretending there is a free "
            "option."
        ),
    ),
    Piece(
        "takeover-rovers",
        "Touchline Daily",
        D1 + 1.0,
        "Kelvane Rovers agree sale to Mariscan fund Solenne Capital",
        (
            "Kelvane Rovers have agreed to be sold to Solenne Capital, the Porto Seluna "
            "investment group founded by Nadim Sarrafi, in a deal valuing the club at 310 million"
            " crowns including its debts.\n"
            "Harald Ostergren, who has owned 78% of the club since 2015, will sell his entire "
            "stake. The rest is held by about 3,000 small shareholders, who will be offered the "
            "same price per share.\n"
            "The deal still needs approval from the Caldris League, whose owners' and directors' "
            "test examines the source of a buyer's money. The league said it had received the "
            'paperwork and would take "as long as it needs".\n'
            "Rovers, champions in 1988 and 2004, were relegated in 2029 and returned to the top "
            "flight last season. Their Mill Lane ground, the oldest in the country, needs costly "
            "repairs, and the club lost 14 million crowns last year.\n"
            "Sarrafi, 47, made his fortune in ports and hotels. Solenne owns a stake in the "
            "Mariscan basketball side Porto Seluna Marlins and the Costa Lumen hotel chain. He "
            "promised to invest in the squad and the stadium, and said he would keep the club's "
            "name, colours and home.\n"
            "The sale makes Rovers the fourth club in the Caldris League with a foreign owner, "
            "after Ellisford City, Tallis Bay and Veyholm Athletic."
        ),
    ),
    Piece(
        "takeover-rovers",
        "Solenne Capital",
        D1 + 0.5,
        "Solenne Capital to acquire Kelvane Rovers Football Club",
        (
            "PORTO SELUNA, Marisca - Solenne Capital today announced that it has signed an "
            "agreement to acquire a controlling interest in Kelvane Rovers Football Club, one of "
            "the oldest clubs in Caldris, from its majority owner Harald Ostergren.\n"
            "The transaction values the club at an enterprise value of Cr310 million. Completion "
            "is subject to the approval of the Caldris League and customary conditions. The "
            "parties expect to complete the transaction in the autumn of 2031.\n"
            '"Kelvane Rovers is a club with a great history and a passionate community," said '
            'Nadim Sarrafi, founder and chairman of Solenne Capital. "We intend to be long-term '
            'owners and to invest in the team, the academy and the Mill Lane stadium."\n'
            "Solenne Capital is a private investment firm with holdings in logistics, hospitality"
            " and sport across Marisca, Caldris and Hoveria. It manages assets of about 2.3 "
            "billion euros.\n"
            'Harald Ostergren said he was proud to hand the club to owners "with the means to '
            'take it further than I could". He will remain honorary president of the club.\n'
            "Media contact: Ana Pires, Solenne Capital, press@solenne.example\n"
            "About Solenne Capital: founded in 2014 and based in Porto Seluna, Solenne invests in"
            " businesses with strong local roots and long-term growth potential."
        ),
    ),
    Piece(
        "takeover-rovers",
        "The Terrace Talk",
        D1 + 10.0,
        "'Our club is not a trophy': Rovers fans fear for Mill Lane after sale",
        (
            "Supporters of Kelvane Rovers reacted with a mixture of hope and alarm on Wednesday "
            "after Harald Ostergren agreed to sell the club to Nadim Sarrafi's Solenne Capital.\n"
            "The Rovers Trust, which speaks for about 4,000 members, said it wanted written "
            "guarantees that the team would stay at Mill Lane, its home since 1891, and that "
            'ticket prices would be frozen. "Our club is not a trophy for a rich man\'s cabinet," '
            "said its chair, Beth Cullen.\n"
            'Others were more relaxed. "Ostergren has run out of money. Somebody had to buy us," '
            "said season-ticket holder Leon Pardew, 63, outside the club shop.\n"
            "Fans point to Ellisford City, bought by a Lennhold family in 2027, which moved to an"
            " out-of-town stadium two years later, and to Tallis Bay, whose owners from Hoveria "
            "sold half the squad in one summer.\n"
            "Solenne's statement promised to invest in the stadium, but it did not rule out a "
            "move, and fans noted that the fund's hotel business is built on property deals. The "
            "trust will meet the buyers next week and has asked the city council to list Mill "
            "Lane as a protected community asset, which would make any sale of the ground harder.\n"
            "The sale must first pass the Caldris League's owners' test, a process that has taken"
            " up to six months for other foreign buyers."
        ),
    ),
    Piece(
        "blast-torvane",
        "Compass Wire",
        D1 + 1.5,
        "Blast at Caldris fertiliser plant kills three, thousands evacuated",
        (
            "TORVANE, Caldris, May 14 (Compass) - An explosion at a fertiliser plant in the "
            "Caldrian port town of Torvane killed three workers and injured 27 early on "
            "Wednesday, and about 4,000 people were told to leave their homes as a cloud of smoke"
            " spread over the town.\n"
            "The blast, at 02:10 local time, destroyed a storage hall at the plant of Trenholm "
            "Chemie, one of Caldris's largest chemical makers. Five of the injured are in a "
            "serious condition, the regional health authority said.\n"
            "Fire crews from Torvane and Ellisford fought the fire until mid-morning. Police set "
            "up an exclusion zone of two kilometres around the site and the town's schools were "
            "closed.\n"
            'Trenholm Chemie\'s chief executive Oskar Lindahl said the company was "devastated" '
            "and would cooperate fully with investigators. The firm makes nitrogen fertilisers at"
            " plants in Caldris, Lennhold and Sevrin.\n"
            "The cause of the explosion was not known. The hall stored ammonium nitrate, a "
            "fertiliser that can detonate when it catches fire.\n"
            "Residents were housed in sports halls in Ellisford, 20 kilometres away. The "
            "government sent the interior minister to Torvane and promised help for those who "
            "lost their homes. Ferries from the port were suspended and the coast road was "
            "closed."
        ),
    ),
    Piece(
        "blast-torvane",
        "Ellisford Gazette",
        D1 + 5.5,
        "'The windows came in': Torvane wakes to smoke and sirens",
        (
            "By Per Ahlgren in Torvane\n"
            "Signe Varnes was asleep on the third floor of her flat on Ferry Row when the glass "
            'of her bedroom window blew across the room. "There was a flash, then the windows '
            'came in, then the noise," she said, a blanket around her shoulders in a Ellisford '
            "sports hall.\n"
            "Her street, a few hundred metres from the Trenholm Chemie site, is inside the "
            "exclusion zone the police drew around the plant after Wednesday's explosion, which "
            "killed three workers and injured 27.\n"
            "By morning roofs along the harbour had lost their tiles and a black column of smoke "
            "stood over the town. Families were bused out with what they could carry; some left "
            "on foot, pushing prams.\n"
            "Torvane has lived with the plant for sixty years. Half the town has worked there or "
            'has a relative who does. "We always knew it was dangerous. We never thought it would'
            ' be tonight," said Anton Rekdal, a retired welder.\n'
            "The mayor, Agnes Moravec, said the 4,000 people evacuated might not be home for "
            "days. Volunteers were collecting clothes and food at the Ellisford cathedral hall, "
            "and the local football club opened its stadium's lounges to families with small "
            "children.\n"
            "The Gazette will publish a list of rest centres and helplines online."
        ),
    ),
    Piece(
        "blast-torvane",
        "Safety & Hazard Weekly",
        D1 + 9.5,
        "Torvane plant had two storage warnings before fatal explosion",
        (
            "The Trenholm Chemie plant in Torvane where an explosion killed three workers on "
            "Wednesday was warned twice in three years about how it stored ammonium nitrate, "
            "according to inspection records seen by Safety & Hazard Weekly.\n"
            "In 2028 Caldris's industrial safety inspectorate found bags of the fertiliser "
            "stacked against a wall carrying electrical cables. In 2030 it noted that the storage"
            " hall held more than its permitted quantity during the spring peak. Both findings "
            "were marked as resolved within months.\n"
            "Ammonium nitrate is stable in normal conditions but can detonate when heated in "
            "large amounts, especially if contaminated. Storage rules in Caldris allow up to "
            "1,500 tonnes in a hall of this kind.\n"
            "Trenholm Chemie said it had met every requirement of the inspectorate and that it "
            "was too early to speculate on the cause. Its chief executive, Oskar Lindahl, has "
            "promised full cooperation.\n"
            "The accident is the worst at a Caldris chemical site since 2009. It will be compared"
            " to the blast at Agrosal's plant in Marisca in 2022, after which Marisca cut the "
            "amount that may be stored near homes.\n"
            "Inspectors and police investigators entered the site on Wednesday afternoon, once "
            "fire crews had declared the hall safe."
        ),
    ),
    Piece(
        "blast-torvane",
        "The Morning Five",
        D1 + 12.0,
        "Torvane plant blast",
        ("Three dead in Torvane plant blast; 4,000 told to leave homes."),
    ),
    Piece(
        "console-delay",
        "GameGrid",
        D1 + 3.5,
        "Nimbus Quasar slips to 2032 and fans are not happy",
        (
            "Bad news if you were hoping to unwrap a Nimbus Quasar this Christmas: Nimbus "
            "Interactive has pushed the console's launch from November 6 to \"the first quarter of"
            ' 2032".\n'
            "The Grenn company blames a shortage of the custom processor at the heart of the "
            "machine, made by Helion Semiconductor, which is struggling to raise output at a new "
            "factory. The price of 549 euros is unchanged, Nimbus says.\n"
            "It is a painful delay. The Quasar was meant to take on Kiro's Play 5 in its first "
            "holiday season, and pre-orders opened only three weeks ago, with stock selling out "
            "in hours at several shops.\n"
            "Investors were not impressed either. Nimbus shares fell 9.2% in Grenn on Wednesday, "
            "their worst day since the company listed in 2027.\n"
            'Chief executive Ylva Sundqvist said in a video message that the team would "rather '
            "be late than ship a console that isn't ready\". Pre-orders will be honoured and "
            "anyone who wants a refund can have one.\n"
            "The delay also pushes back Ember Vale, the fantasy game that was to launch with the "
            "console. Its studio, Lanternfish Games, says it will now release on the same day as "
            'the Quasar. Kiro, for its part, said on Wednesday that it had "plenty of Play 5 '
            'stock for everyone this winter", a jab that did not go unnoticed.'
        ),
    ),
    Piece(
        "console-delay",
        "Nimbus Interactive",
        D1 + 2.5,
        "Nimbus Interactive updates launch timing for Nimbus Quasar",
        (
            "GRENN, Lennhold - Nimbus Interactive (GSE: NMBI) today announced that Nimbus Quasar "
            "will launch in the first quarter of 2032, following constraints in the supply of its"
            " custom processor. Pre-orders placed with retailers remain valid. Media contact: "
            "Jonas Lilja, press@nimbus.example"
        ),
    ),
    # --- day 2: Fri Jul 25. ---
    Piece(
        "escape-recapture",
        "LNA",
        D2 + 0.5,
        "Lennhold police arrest two Caldrian fugitives at lakeside cabin",
        (
            "GRENN, July 25 (LNA) - Lennhold police arrested two men wanted in Caldris since a "
            "prison escape in May at a rented holiday cabin by Lake Ossen late on Thursday, "
            "ending a manhunt that lasted 72 days.\n"
            "Superintendent Maja Rydell of the national police said the men, aged 41 and 35, were"
            " detained without resistance shortly before midnight by a tactical unit acting on a "
            "tip from a neighbour. A loaded pistol and about 60,000 euros in cash were found in "
            "the cabin.\n"
            "Caldrian authorities identified them as Viktor Mallen and Jonah Pettigrew, two of "
            "four inmates who escaped from Grellmoor prison on May 14 hidden in a laundry van. "
            "The other two were caught in Caldris within three weeks.\n"
            "The pair appeared before a Grenn court on Friday, which ordered them held pending an"
            " extradition hearing. Caldris submitted its request overnight, Lennhold's justice "
            "ministry said.\n"
            "Rydell said investigators believed the men had crossed the border on foot through "
            "the forests north of Fallowmere in the first days after the escape and had lived at "
            "the cabin since June under false names.\n"
            "Lennhold police are also questioning a 58-year-old woman who rented the cabin. "
            "Mallen is serving a life sentence for a 2026 robbery in which a security guard was "
            "killed."
        ),
    ),
    Piece(
        "escape-recapture",
        "The Daily Thunder",
        D2 + 1.5,
        "NABBED IN HIS PYJAMAS!",
        (
            "The jailbird who fled in a laundry van has been caught - in his pyjamas. Cops "
            "stormed the lakeside hideout where he'd been living it up for ten weeks. His mate "
            "was found hiding under a bed."
        ),
    ),
    Piece(
        "escape-recapture",
        "The Veyholm Herald",
        D2 + 3.0,
        "Grellmoor escape leader Viktor Mallen caught in Lennhold after 72 days on the run",
        (
            "By Karin Westergaard, Home Affairs Editor\n"
            "Viktor Mallen, the convicted robber who led the breakout from Grellmoor prison in "
            "May, has been arrested in Lennhold with his fellow escapee Jonah Pettigrew, ending "
            "the longest manhunt in Caldris for two decades.\n"
            'Justice Minister Helena Marsk said she was "relieved and grateful" to the Lennhold '
            "police and expected the two men to be back in a Caldrian cell within weeks. Mallen, "
            "41, was serving life for the 2026 killing of a guard during an armoured-van robbery "
            "in Kelvane.\n"
            "The escape on May 14, when four prisoners hid in a laundry contractor's van, became "
            "a political crisis for Marsk. The inquiry she ordered found in June that the van had"
            " not been searched for eleven days in a row and that the gate was staffed by one "
            "officer instead of three.\n"
            "Sami Roscoe was recaptured at Fallowmere bus station three days after the escape, "
            "and Lukas Tamberg was arrested at a friend's flat in Kelvane in early June.\n"
            "Police now want to know who helped. Two people, including a former laundry driver, "
            "have been charged with assisting offenders. Investigators believe money for the "
            "men's flight came from the proceeds of the 2026 robbery, which were never recovered.\n"
            "The prison officers' association said the arrests should not distract from the "
            "staffing shortage that made the escape possible."
        ),
    ),
    Piece(
        "escape-recapture",
        "Grenn Daily",
        D2 + 5.0,
        "The quiet neighbours at Lake Ossen who turned out to be Caldris's most wanted",
        (
            "GRENN: For six weeks the two men in the cabin at the end of Birch Lane kept to "
            "themselves. They fished in the mornings, bought groceries in the village twice a "
            "week and paid in cash. They told the shopkeeper they were builders from Sevrin on a "
            "long holiday.\n"
            "It was the cash that caught them, neighbours say. A summer resident noticed that the"
            " taller man paid for a boat with a thick roll of notes, and later recognised his "
            "face in a Caldrian newspaper he had bought on a trip across the border. He called "
            "the police on Thursday evening.\n"
            "By midnight the lane was closed and armed officers had surrounded the cabin. Viktor "
            "Mallen and Jonah Pettigrew, who escaped from Grellmoor prison in Caldris in May, "
            "gave up without a fight.\n"
            '"I sold him worms every morning," said Eino Paakkola, who runs the bait shop by the '
            'jetty. "He was polite. He talked about the weather."\n'
            "Residents of the lake, which fills with visitors from Caldris and Otrava each "
            "summer, were shaken to learn how close the men had been. The cabin's owner, who "
            "lives in Grenn, said he had let it through an agency and never met the tenants.\n"
            "The pair face an extradition hearing in Grenn next month. Lennhold rarely refuses "
            "requests from Caldris, with which it has a fast-track treaty."
        ),
    ),
    Piece(
        "airline-collapse",
        "Compass Wire",
        D2 + 0.20000000000004547,
        "Caldris budget carrier Skylark Air collapses, stranding 140,000 passengers",
        (
            "VEYHOLM, Caldris, July 25 (Compass) - Skylark Air, Caldris's biggest low-cost "
            "airline, stopped flying on Friday after last-ditch talks with a potential buyer "
            "failed, leaving about 140,000 passengers stranded abroad at the peak of the summer "
            "season.\n"
            "The airline's 38 aircraft were grounded at 04:00 local time and all future bookings "
            "were cancelled. Its parent company has entered administration, with Whitlow Partners"
            " appointed as administrators.\n"
            "The government said it would charter planes to bring travellers home over the next "
            "two weeks in what it called Operation Homeward, at a cost of up to 60 million "
            "crowns.\n"
            'Chief executive Dominik Fairhurst said the board had "exhausted every option". '
            "Skylark, founded in 2012, had lost money for three years as fuel prices rose and a "
            "price war with larger carriers squeezed its fares.\n"
            "Talks on a rescue by Otrava's Volant Airways, which had offered to buy a majority "
            "stake, broke down on Thursday night over the airline's pension debts, two people "
            "familiar with the matter said.\n"
            "Skylark employed about 2,900 people. Its collapse is the largest of a budget carrier"
            " in the region since Sevrin's Bluecrest folded in 2025, when 90,000 travellers had "
            "to be flown home."
        ),
    ),
    Piece(
        "airline-collapse",
        "Skyline Trade",
        D2 + 5.0,
        "Fuel hedges, a failed rescue and an ageing fleet: why Skylark Air ran out of runway",
        (
            "Analysis by Mikkel Arendt\n"
            "Skylark Air did not die on Friday. It bled slowly for three years, and the end came "
            "only when the last likely buyer walked away.\n"
            "The first wound was fuel. Skylark hedged less than its rivals in 2028 and paid spot "
            "prices through the spike that followed. Its unit costs rose 14% in a year while Kiwa"
            " Air and Volant Airways held theirs.\n"
            "The second was its fleet. Twenty of its 38 jets are more than fifteen years old and "
            "burn a fifth more fuel than new models. An order for twelve new aircraft was "
            "cancelled last year to save cash.\n"
            "The third was a fares war on the routes from Veyholm to the Mariscan coast, where "
            "Skylark made most of its summer profit. Its average fare fell to 61 euros.\n"
            "Volant's offer for a majority stake was its last hope. The Otravan carrier wanted "
            "Skylark's landing slots at Veyholm and its holiday routes but balked at the pension "
            "scheme, whose deficit administrators now put at 210 million crowns.\n"
            "What comes next? Administrators from Whitlow Partners will try to sell the slots, "
            "the most valuable asset left. Volant remains the likely buyer, analysts say, at a "
            "much lower price.\n"
            "For Caldris it is a blow to national pride. For rivals, it is an opening, and "
            "several were selling extra seats to Marisca by Friday lunchtime."
        ),
    ),
    Piece(
        "airline-collapse",
        "The Daily Roar",
        D2 + 2.0,
        "HOLIDAY HELL!",
        (
            "Thousands of families were left stuck in the sun last night after their budget "
            "airline went bust. Desperate mum Kayla, 34, said: \"We've got two kids, no flight and"
            ' a hotel that wants us out tomorrow."'
        ),
    ),
    Piece(
        "airline-collapse",
        "Wayfarer Hub",
        D2 + 6.0,
        "My flight with Skylark Air is cancelled. What are my rights?",
        (
            "If you were due to fly with Skylark Air, you will have woken up to bad news. The "
            "Caldrian budget airline stopped trading early on Friday and none of its flights will"
            " operate again. Here is what to do.\n"
            "I am abroad. How do I get home? The government has set up a repatriation programme "
            "called Operation Homeward. If you hold an Skylark booking for a return flight before"
            " August 8, you will be offered a seat on a chartered plane at no cost. Check the "
            "programme's website; do not go to the airport until you have a confirmed seat.\n"
            "I have not left yet. Can I get my money back? If you paid by credit card, ask your "
            "card company for a chargeback. If you booked a package holiday, your tour operator "
            "must find you another flight or refund you.\n"
            "What about my hotel? If you booked it separately, it is not covered. Some hotels on "
            "the Mariscan coast have said they will extend stays at a discount for stranded "
            "guests.\n"
            "I booked through a website. Contact it first: many resellers hold insurance against "
            "an airline's failure.\n"
            "Will Skylark come back? Very unlikely. Its administrators will sell what they can, "
            "and any buyer would start new routes under its own name.\n"
            "Keep every receipt. Claims for extra costs can be made to the administrators, "
            "Whitlow Partners, but expect to wait months."
        ),
    ),
    Piece(
        "airline-collapse",
        "VBC Video",
        D2 + 4.0,
        "Empty desks at Veyholm airport",
        ("Skylark Air's check-in hall stands empty on Friday morning."),
    ),
    Piece(
        "flood-sevrin",
        "SNB",
        D2 + 0.7999999999999545,
        "Six dead as River Ammer floods Sevrin town of Brulon",
        (
            "HAVISK, July 25 (SNB) -- Six people died and two were missing after the River Ammer "
            "burst its banks in the Sevrin town of Brulon on Friday, following two days of "
            "torrential rain, the interior ministry said.\n"
            "The river rose by more than four metres overnight and water reached the first floors"
            " of houses in the old town. Rescuers in boats and army helicopters lifted more than "
            "300 people from roofs and balconies.\n"
            "Among the dead were an elderly couple found in their cellar and a firefighter swept "
            "away while trying to reach a car. About 1,800 residents were moved to schools on "
            "higher ground.\n"
            "The national weather service said 180 millimetres of rain fell on the upper Ammer "
            "valley in 36 hours, more than usually falls in two months of summer.\n"
            'Premier Anja Korsgaard travelled to Brulon and promised emergency funds. "We will '
            'rebuild every house," she said.\n'
            "Rail services between Havisk and the south were suspended after a bridge embankment "
            "was washed away, and the motorway was closed at two places. Flash floods were also "
            "reported on Friday in Pellan, where two people died in Rooke.\n"
            "Brulon was last flooded in 1997. A flood wall planned after that disaster was never "
            "finished because of a dispute over its cost."
        ),
    ),
    Piece(
        "flood-sevrin",
        "Weather Now",
        D2 + 6.5,
        "Why two months of rain fell on Sevrin in two days",
        (
            "A slow-moving area of low pressure parked over the upper Ammer valley on Wednesday "
            "and did not leave. For 36 hours it drew warm, moist air up from the sea and wrung it"
            " out over the hills, dropping 180 mm of rain on ground already soaked by a wet June.\n"
            "That is the simple version of why Brulon flooded on Friday. The longer one involves "
            "the jet stream, which has spent much of July in a deep loop over the region, holding"
            " weather systems in place for days instead of moving them on.\n"
            "Forecasters saw it coming, at least in outline. The Sevrin weather service issued "
            "its highest warning for the valley on Wednesday evening, a full day before the river"
            " peaked. The question of why six people still died will be for others to answer.\n"
            "Warmer air holds more water, about 7% more for each degree. Downpours of this size, "
            "which used to come once in a century, are now expected every few decades.\n"
            "The same stalled pattern sent a separate storm cell over Pellan's capital Rooke on "
            "Friday afternoon, where three hours of rain flooded the metro.\n"
            "Next week looks drier, though more thunderstorms are possible over the Ammer on "
            "Monday. Hydrologists warn that soaked ground will send any new rain straight into "
            "the river, so the valley's towns should keep their sandbags in place until the "
            "weekend at least."
        ),
    ),
    Piece(
        "flood-sevrin",
        "Havisk Evening Post",
        D2 + 9.0,
        "Brulon counts its dead",
        (
            "The water is falling in Brulon, but the mud, the smell and the grief remain. Six "
            "people are dead, two are missing, and the old town's shops are ruined."
        ),
    ),
    Piece(
        "flood-pellan",
        "Sextant Newswire",
        D2 + 9.5,
        "Flash floods swamp Rooke metro, two dead",
        (
            "ROOKE, Pellan, July 25 (Sextant) - A cloudburst dumped 95 millimetres of rain on the"
            " Pellan capital Rooke in three hours on Friday, flooding two metro lines and killing"
            " two people, city officials said.\n"
            "Water poured down the stairs of stations on lines 1 and 3 during the evening rush "
            "hour. Hundreds of passengers were led out through tunnels; a man in his sixties died"
            " after being trapped in a lift at Harbour Gate station.\n"
            "A cyclist was killed when a flooded underpass collapsed in the east of the city. "
            "Twenty-three people were treated in hospital, most for cuts and hypothermia. "
            "Firefighters answered more than 900 calls in six hours, many from basements and "
            "ground-floor flats in the old port district.\n"
            "Mayor Ines Calloway said the metro would stay closed on Saturday while pumps cleared"
            ' the tunnels. "Our drains were built for the rain of the last century," she said.\n'
            "The storm struck on the same day that floods killed six people in the town of Brulon"
            " in neighbouring Sevrin, where the River Ammer burst its banks after two days of "
            "rain.\n"
            "Rooke's city council approved a plan for underground storm tanks in 2030, but work "
            "has not yet begun because of a dispute with the national government over who should "
            "pay. Insurers estimated damage at 140 million euros."
        ),
    ),
    Piece(
        "flood-pellan",
        "Brief Me",
        D2 + 11.0,
        "Rooke metro under water",
        ("Watch: water pours into a Rooke metro station after the cloudburst."),
    ),
    Piece(
        "cathedral-fire",
        "Caldris Press Agency",
        D2 + 0.2999999999999545,
        "Fire guts roof of Ellisford's 12th-century St Aldric's Cathedral",
        (
            "DUNMERE, 25 July (CPA) -- A fire destroyed the roof of St Aldric's Cathedral in the "
            "Caldrian city of Ellisford overnight, but firefighters saved the bell tower and most"
            " of the building's medieval treasures, officials said on Friday.\n"
            "The fire broke out at about 21:40 on Thursday in the timber roof of the nave, which "
            "had been covered in scaffolding for a restoration. Flames could be seen from across "
            "the city and the lead roof collapsed into the nave before midnight.\n"
            "More than 150 firefighters fought the blaze. No one was hurt. The cause was not "
            "known, and police said there was nothing to suggest it had been started on purpose.\n"
            "The dean, the Very Rev Margaret Iles, said the Ellisford Psalter, an illuminated "
            "manuscript from about 1180, and the shrine of St Aldric had been carried out by "
            "firefighters and staff in the first hour.\n"
            "Culture Minister Joakim Wessel said the state would pay to rebuild the cathedral, "
            '"stone by stone if we have to". Donations from the public had passed two million '
            "crowns by Friday afternoon.\n"
            "St Aldric's, built between 1140 and 1220, is Caldris's oldest cathedral and one of "
            "its most visited buildings, drawing about 600,000 visitors a year. Services on "
            "Sunday will be held in the chapter house."
        ),
    ),
    Piece(
        "cathedral-fire",
        "Heritage Matters",
        D2 + 7.0,
        "What was lost at St Aldric's, and what survived",
        (
            "By Iben Harkness, architecture correspondent\n"
            "From the square on Friday morning, St Aldric's looked almost whole. The west front "
            "and its two towers stood; only the smoke rising from the nave behind them told the "
            "story. Inside, the medieval oak roof that covered the nave for eight centuries was "
            "gone, its charred beams lying across the pews.\n"
            "The loss is real. The roof, one of the few of its age left in the region, was a "
            "record of twelfth-century carpentry, its timbers cut from forests that no longer "
            "exist. The scaffolding put up in March for its restoration may have fed the fire.\n"
            "But much survived. The stone vault over the choir held, protecting the carved stalls"
            " beneath. The thirteenth-century glass of the east window was removed for cleaning "
            "last year and was in a workshop. The Psalter and the relics were saved in the first "
            "hour.\n"
            "Restorers will now have to decide whether to rebuild the roof in oak, as Sevrin did "
            "at Havisk's cathedral after its fire in 2019, or in steel and concrete, as Lennhold "
            "chose at Grenn.\n"
            "The dean, Margaret Iles, wants the building open for worship within five years. "
            "Experts think ten is more realistic, and the bill, already put at 90 million crowns,"
            " will certainly rise as the damage is surveyed."
        ),
    ),
    Piece(
        "cathedral-fire",
        "Ellisford Gazette",
        D2 + 8.0,
        "'Like watching a friend die'",
        (
            "Hundreds of people stood in silence in Cathedral Square through the night as the "
            'roof of St Aldric\'s burned. "It was like watching a friend die," said one woman who '
            "was married there in 1979."
        ),
    ),
    # --- day 3: Thu Oct 16. ---
    Piece(
        "pension-court",
        "Caldris Press Agency",
        D3 + 0.40000000000009095,
        "Constitutional Court voids pension law over rushed vote",
        (
            "VEYHOLM, 16 October (CPA) -- Caldris's Constitutional Court on Thursday struck down "
            "the law raising the state pension age to 65, ruling by seven votes to two that "
            "parliament had passed it in breach of the constitution.\n"
            "The court found that the government was wrong to use the urgent procedure in May, "
            "which cut out the committee stage, and that the Economic and Social Council should "
            "have been consulted before the vote. It did not rule on whether a higher retirement "
            "age was itself lawful.\n"
            '"The constitution protects how laws are made, not only what they say," the court\'s '
            "president, Judge Liv Haraldsen, said in reading the judgment.\n"
            "The ruling is a severe blow to Prime Minister Edvin Rask, who made the reform the "
            "centrepiece of his government. The pension age stays at 63. Rask said the cabinet "
            'would study the judgment and "bring the reform back, properly".\n'
            'The Caldris Federation of Labour, which brought the challenge, called the ruling "a '
            'victory for democracy". Its leader, Jens Holloway, urged the government to open '
            "talks with the unions.\n"
            "Finance Minister Maren Tollefsen had counted on savings of about 4.2 billion crowns "
            "a year from the reform by 2035. Opposition leader Clara Benning called on her to "
            "resign."
        ),
    ),
    Piece(
        "pension-court",
        "Law Bench",
        D3 + 6.0,
        "Why the judges sank the pension law without ruling on the age",
        (
            "Analysis by Tove Arnesen\n"
            "It would be easy to read Thursday's judgment as a ruling against a higher pension "
            "age. It is nothing of the kind. The Constitutional Court did not say a word about "
            "whether Caldrians should retire at 63, 65 or 70. It said the state broke the rules "
            "of how a law is made.\n"
            'The key passage concerns Article 71, which requires that laws "affecting the social '
            'security of workers" be put to the Economic and Social Council for an opinion. The '
            "government argued that the council had given its view on an earlier draft in 2030. "
            "Seven of nine judges disagreed: the bill passed in May was different enough to need "
            "a fresh opinion.\n"
            "The second ground was the urgent procedure. The court accepted that a government may"
            ' speed up a bill, but not, in its words, "to avoid a debate it fears". The timing, '
            "after three days of strikes, weighed against the cabinet.\n"
            "The two dissenting judges, led by Judge Erik Sandvold, argued that the court should "
            "not police the timetable of parliament.\n"
            "The practical effect is that Edvin Rask's government can try again. If it follows "
            "the procedure, a new law could pass by next summer. Lawyers for the unions concede "
            "that the age itself would be hard to challenge.\n"
            "Courts in Sevrin and Marisca have never struck down a pension law on such grounds."
        ),
    ),
    Piece(
        "pension-court",
        "The Daily Roar",
        D3 + 3.0,
        "RASK'S PENSION GRAB BLOWS UP IN HIS FACE",
        (
            "Top judges binned the PM's plan to make us all work till 65. Workers were "
            "celebrating in the streets of Veyholm last night while red-faced ministers went back"
            " to the drawing board."
        ),
    ),
    Piece(
        "pension-court",
        "The Ledger Review",
        D3 + 4.5,
        "Court ruling leaves Cr4.2bn hole in Tollefsen's budget",
        (
            "The Constitutional Court's decision to void the pension reform leaves Finance "
            "Minister Maren Tollefsen looking for about Cr4.2bn a year of savings she had written"
            " into her plans from 2028 onwards.\n"
            "Bond investors took the ruling calmly. The ten-year yield rose six basis points to "
            '3.6%, and the crown slipped 0.4% against the euro before recovering. "Markets '
            'believe the government will pass the law again," said Elin Gathright of Fjordbank.\n'
            "Ratings agencies had cited the reform as a reason for their stable outlook on "
            "Caldris. One, Meridale Ratings, said on Thursday it would review the country's "
            "rating if a new law was not passed within a year.\n"
            "The budget for 2032, due before parliament next month, already assumes the first "
            "savings. Treasury officials said they would have to find 600 million crowns "
            "elsewhere next year, possibly by delaying public investment.\n"
            "Employers' groups urged a quick new vote. The Confederation of Caldris Industry said"
            " uncertainty would weigh on hiring decisions.\n"
            "The judgment does not affect pensions already being paid. For workers, the age "
            "remains 63 until parliament decides again.\n"
            "Economists note that Lennhold and Sevrin both needed two attempts to raise their "
            "pension ages."
        ),
    ),
    Piece(
        "blast-charges",
        "Compass Wire",
        D3 + 1.0,
        "Caldris prosecutors charge Trenholm Chemie over deadly Torvane blast",
        (
            "DUNMERE, Caldris, Oct 16 (Compass) - Caldrian prosecutors on Thursday charged the "
            "chemical maker Trenholm Chemie and two of its former managers with negligent "
            "manslaughter over the explosion at its Torvane fertiliser plant in May that killed "
            "three workers.\n"
            "Regional prosecutor Dag Mellby said the company had stored almost twice the "
            "permitted amount of ammonium nitrate in the hall that exploded, and that warnings "
            "from staff about damaged wiring had been ignored for months.\n"
            "The former plant manager, Kurt Ebner, and the former head of safety, Lena Sorli, "
            "each face up to eight years in prison if convicted. The company faces a fine of up "
            "to 50 million crowns. Both managers left the firm in June.\n"
            "Trenholm Chemie said it would study the charges and that it had already changed its "
            "storage rules at all its sites in Caldris, Lennhold and Sevrin. Chief executive "
            "Oskar Lindahl was not charged.\n"
            "The explosion on May 14 injured 27 people and forced about 4,000 residents from "
            "their homes. Some 600 people from the streets nearest the plant have still not been "
            "allowed back.\n"
            "A trial is expected next year in Ellisford. Families of the dead welcomed the "
            "charges but said the company's board should also answer for the disaster."
        ),
    ),
    Piece(
        "blast-charges",
        "Safety & Hazard Weekly",
        D3 + 7.0,
        "Torvane charges: the warnings prosecutors say were ignored",
        (
            "The charge sheet against Trenholm Chemie reads like a list of warnings nobody acted "
            "on. Prosecutors say that in the six months before the explosion, workers reported "
            "burnt cables in the storage hall at least four times, and that a maintenance request"
            " to replace them was cancelled to save money.\n"
            "According to the indictment, the hall held 2,800 tonnes of ammonium nitrate on the "
            "night of the blast, against a permit for 1,500. Extra stock had been moved there "
            "because a new warehouse was late.\n"
            "The prosecution's case rests on the company's own emails, which show the plant "
            'manager, Kurt Ebner, telling staff to "live with it until June". Ebner\'s lawyer said'
            " the emails had been taken out of context.\n"
            "The safety chief, Lena Sorli, is accused of signing inspection reports that did not "
            "mention the excess stock. Her lawyer said she had raised it with her superiors.\n"
            "The inspectorate's earlier findings, in 2028 and 2030, are not part of the case, but"
            " they will be read in court.\n"
            "The three workers who died were Aron Pike, 24, Miro Dasic, 51, and Eva Thorsen, 38. "
            "Their families have formed a group to push for a public inquiry, and have asked why "
            "the company's board, which approved the cancelled repairs, faces no charges. A date "
            "for the first hearing has not been set."
        ),
    ),
    Piece(
        "blast-charges",
        "Ellisford Gazette",
        D3 + 10.0,
        "Plant bosses to face court",
        (
            "Two former managers of the Torvane fertiliser plant and the company itself will "
            "stand trial over May's explosion, prosecutors said yesterday."
        ),
    ),
    Piece(
        "takeover-approved",
        "Touchline Daily",
        D3 + 2.0,
        "League clears Solenne's takeover of Kelvane Rovers",
        (
            "The Caldris League has approved Solenne Capital's takeover of Kelvane Rovers, five "
            "months after the club's owner Harald Ostergren agreed to sell, ending a review that "
            "had left the club unable to sign players in the summer window.\n"
            "The league's board said Nadim Sarrafi and his fellow directors had passed its "
            "owners' and directors' test, after Solenne provided more information about the "
            "source of its funds, including accounts of its Mariscan ports business.\n"
            "The deal, worth 310 million crowns including debts, is expected to close within "
            "days. Sarrafi will become chairman and has named Felix Amundsen, a former Ellisford "
            "City executive, as chief executive.\n"
            "Rovers are ninth in the table after eight games. Manager Stefan Corr, whose contract"
            ' runs out in June, said the decision would let the club plan for January. "Now we '
            'know who we are working for," he said.\n'
            "Sarrafi said Solenne would spend 60 million crowns on a new stand at Mill Lane, "
            "lifting capacity to 18,000, and would not move the club. The promise was his first "
            "public answer to fans who feared a move out of town.\n"
            "The league has tightened its rules since two foreign owners, at Tallis Bay and "
            "Veyholm Athletic, ran into trouble in 2029. Solenne's review was the longest yet "
            "under the new regime."
        ),
    ),
    Piece(
        "takeover-approved",
        "Kelvane Courier",
        D3 + 5.0,
        "Rovers' new owners pledge a new stand as fans hold silent protest at Mill Lane",
        (
            "By Gemma Thorne\n"
            "Hundreds of Kelvane Rovers supporters stood in silence outside Mill Lane for ninety "
            "seconds on Thursday evening, one for each minute of a match, as news came through "
            "that the Caldris League had cleared the club's sale to Solenne Capital.\n"
            "The protest, organised by the Rovers Trust, was not against the new owners, its "
            "chair Beth Cullen insisted, but against the league's refusal to give fans a say. \"We"
            ' asked for one seat on the board. We were told to wait," she said.\n'
            "Within an hour Solenne's founder, Nadim Sarrafi, answered in an open letter. He "
            "promised a 6,000-seat stand to replace the crumbling Riverside End, a freeze on "
            "season-ticket prices for two years and a fans' advisory panel. He said the club "
            'would stay at Mill Lane "for as long as I own it".\n'
            "Not everyone is convinced. Some remember the summer Tallis Bay's owners sold their "
            "best players, and others question a fund whose money comes from ports and hotels.\n"
            "Harald Ostergren, who sold his stake, was at the ground to say goodbye to staff. He "
            "will stay on as honorary president.\n"
            "Rovers play Veyholm Athletic at home on Saturday, the first match under the new "
            "owners. The trust has asked fans to bring scarves from the club's two title-winning "
            "seasons as a reminder of what the new owners have bought."
        ),
    ),
    Piece(
        "takeover-approved",
        "The Morning Five",
        D3 + 7.5,
        "Rovers takeover cleared",
        ("League says yes to Solenne's Kelvane Rovers deal."),
    ),
    Piece(
        "hack-veyholm",
        "CyberDesk",
        D3 + 0.8000000000001819,
        "Greymantle claims ransomware attack that knocked Veyholm council offline",
        (
            "The ransomware group Greymantle has claimed responsibility for the cyberattack that "
            "has shut down most of Veyholm City Council's computer systems since Monday, posting "
            "samples of what it says are stolen files on its leak site.\n"
            "The group's post, seen by CyberDesk on Thursday, demands a payment of two million "
            "dollars within seven days and threatens to publish 400 gigabytes of data, including "
            "social-care records and staff payroll files.\n"
            "The council has not said whether it will pay. Caldris's National Cyber Centre, which"
            " is helping the council, advises public bodies never to do so.\n"
            "Greymantle, which first appeared in 2029, has hit a railway operator in Sevrin and a"
            " university in Lennhold. Researchers link it to a group that used the name Tallow "
            "until that group's servers were seized in 2028.\n"
            "The attackers appear to have got in through a remote-access system used by a parking"
            " contractor, two people familiar with the investigation said. Once inside, they "
            "encrypted file servers and backups over a weekend.\n"
            "Residents cannot renew parking permits, register births or deaths, or reach most "
            "council departments by email. Payments of housing benefit have been delayed.\n"
            "The council's chief executive, Paul Endicott, said restoring systems could take "
            "weeks."
        ),
    ),
    Piece(
        "hack-veyholm",
        "The Veyholm Herald",
        D3 + 3.5,
        "City hall tells residents to pay by cheque as hackers cripple council",
        (
            "By Nils Feeney, City Reporter\n"
            "For the first time in thirty years, Veyholm's council is asking residents to pay by "
            "cheque. Four days after a cyberattack took its computers offline, staff at city hall"
            " are writing receipts by hand and keeping lists of callers on paper.\n"
            "The attack, which began overnight on Sunday, has left the capital's 640,000 "
            "residents unable to use most council services online. Births are being registered in"
            " a paper ledger not used since 1994. Housing benefit for about 11,000 households has"
            " been delayed by at least a week.\n"
            'Mayor Tessa Grahn said on Thursday that the council would not "be blackmailed by '
            'criminals". She refused to confirm reports that a hacking group called Greymantle '
            "had demanded two million dollars.\n"
            "Opposition councillors want to know why warnings about the council's old software "
            "were not acted on. An audit in 2030 found that a third of the council's servers ran "
            "systems no longer supported by their makers.\n"
            "The National Cyber Centre says it is working with the council's staff around the "
            "clock. Schools, bin collections and libraries are running as normal.\n"
            "Residents with urgent problems are asked to visit the service centre on Market "
            "Street, which will stay open until eight each evening this week. The council has set"
            " up a telephone line for housing benefit claimants."
        ),
    ),
    Piece(
        "hack-veyholm",
        "Veyholm City Council",
        D3 + 2.5,
        "Update on disruption to council services",
        (
            "We are continuing to work with national partners to restore our systems following "
            "the criminal cyber incident that began on 13 October. Parking permits, registration "
            "and benefits are affected. Please visit Market Street or call our helpline. Thank "
            "you for your patience. Paul Endicott, Chief Executive, Veyholm City Council"
        ),
    ),
    Piece(
        "hack-veyholm",
        "The Daily Thunder",
        D3 + 8.0,
        "HACKERS HOLD CITY TO RANSOM",
        (
            "Cyber crooks have taken over the capital's town hall computers and want 2 MILLION "
            "DOLLARS to give them back. Mayor Grahn says she won't pay a penny."
        ),
    ),
    Piece(
        "hack-veyholm",
        "VBC Video",
        D3 + 9.0,
        "City hall's computers still dark",
        ("Council staff go back to pen and paper after the attack."),
    ),
    Piece(
        "cocaine-port",
        "Portside Journal",
        D3 + 1.5,
        "Customs seize 3.1 tonnes of cocaine hidden in banana cargo at Tallis Bay",
        (
            "Customs officers at Tallis Bay have seized 3.1 tonnes of cocaine hidden in a cargo "
            "of bananas, the largest drugs haul in Caldris's history, the customs service said on"
            " Thursday.\n"
            "The drugs were found in eleven refrigerated containers that arrived on Tuesday on "
            "the feeder ship Marlin Star, which had picked them up at a transhipment hub in "
            "Marisca. Dogs alerted officers to the first container during a routine check.\n"
            "Customs director Nils Ravn put the street value at about 240 million euros. Three "
            "men, two Caldrians and a Hoverian, were arrested at a warehouse in the port where "
            "the containers were to be unloaded.\n"
            "The previous record seizure in Caldris was 1.2 tonnes, also at Tallis Bay, in 2027. "
            "Ravn said traffickers were moving to smaller ports because the big hubs in Marisca "
            "and Lennhold had stepped up scanning.\n"
            "Only about 4% of containers arriving at Tallis Bay are scanned. The port authority "
            "has asked the government for two new scanners, at a cost of 18 million crowns, and "
            "for forty more officers.\n"
            "The fruit importer named on the shipping documents, Verdant Fresh, said it had been "
            "a victim of criminals and was cooperating with the investigation.\n"
            "Police in Marisca said they had opened their own inquiry."
        ),
    ),
    Piece(
        "cocaine-port",
        "Caldris Press Agency",
        D3 + 5.5,
        "Record drugs haul in Tallis Bay",
        (
            "TALLIS BAY, 16 October (CPA) -- Customs found 3,100 kilograms of cocaine among "
            "bananas in eleven containers, the biggest seizure ever made in the country. Three "
            "men were held."
        ),
    ),
    # --- day 4: Mon Jan 19, 2032. ---
    Piece(
        "airline-sale",
        "Sextant Newswire",
        D4 + 0.5,
        "Otravan carrier Volant buys Skylark Air's Veyholm slots for 185 million euros",
        (
            "SAROVEC, Otrava, Jan 19 (Sextant) - Volant Airways, Otrava's second-largest airline,"
            " agreed on Monday to buy the landing slots, fourteen aircraft and the Veyholm base "
            "of the collapsed Caldrian carrier Skylark Air for 185 million euros, the "
            "administrators said.\n"
            "The deal gives Volant 40 daily slot pairs at Veyholm airport, the most valuable "
            "assets left after Skylark stopped flying in July and stranded 140,000 passengers. "
            "Volant said it would open a base in the Caldrian capital in April and hire about 600"
            " of Skylark's former staff.\n"
            "Simon Achterberg of Whitlow Partners, the administrators, said the sale would return"
            ' "a meaningful sum" to creditors, though unsecured creditors, including many '
            "passengers, would recover only a fraction of their claims.\n"
            "Volant walked away from talks to rescue Skylark as a going concern on the eve of its"
            " collapse, unwilling to take on its pension deficit. Buying the assets out of "
            "administration leaves that liability behind.\n"
            'Chief executive Petra Oksanen said Caldris was "a market we have wanted to be in for'
            ' a long time". Volant will fly to twelve holiday destinations from Veyholm this '
            "summer.\n"
            "Caldris's competition authority must still approve the purchase. Volant's shares "
            "rose 6.1% in Sarovec."
        ),
    ),
    Piece(
        "airline-sale",
        "Skyline Trade",
        D4 + 3.0,
        "Volant's Skylark deal: fourteen jets, forty slot pairs and a foothold in Veyholm",
        (
            "Six months after Skylark Air stopped flying, its best parts have found a home, and "
            "it is the suitor that walked away in July. Volant Airways is paying 185 million "
            "euros for what it wanted all along: Skylark's slots at Veyholm, without Skylark's "
            "debts.\n"
            "The fourteen aircraft in the deal are the youngest of Skylark's old fleet, all "
            "delivered after 2024. The older jets, some more than fifteen years old, will be sold"
            " for parts or returned to lessors.\n"
            "At about 3.1 million euros a slot pair, Volant has paid less than half what rivals "
            "paid at Veyholm before the pandemic. Kiwa Air, which also bid, is said to have "
            "offered more for the slots but wanted none of the staff.\n"
            "The hiring of 600 former Skylark crew and engineers eased the way with Caldris's "
            "government, which spent 58 million crowns flying stranded holidaymakers home last "
            "summer and wants jobs to return.\n"
            "The risk for Volant is overreach. It has grown by a third in two years and carries "
            "more debt than any carrier of its size in the region. Analysts at Sarovec's Harrow "
            'Securities called the deal "cheap but not free".\n'
            "For Veyholm airport, which lost a fifth of its traffic when Skylark failed, the "
            "return of a based carrier cannot come too soon. Its owners had warned of job cuts at"
            " the terminal."
        ),
    ),
    Piece(
        "airline-sale",
        "TickerDesk",
        D4 + 2.0,
        "Volant Airways up 6% after €185m Skylark deal",
        (
            "Shares of Volant Airways closed 6.1% higher in Sarovec after it agreed to buy "
            "Skylark Air's slots, planes and base from administrators for €185m."
        ),
    ),
    Piece(
        "console-launch",
        "GameGrid",
        D4 + 1.0,
        "Nimbus Quasar is finally here. Was it worth the wait?",
        (
            "After a delay that cost it Christmas, the Nimbus Quasar went on sale on Monday, and "
            "on first impressions the extra months were not wasted.\n"
            "The console is small, quiet and fast. Games load in a few seconds thanks to the "
            "custom Helion processor whose short supply caused the delay last May, and the new "
            "controller, with its pressure-sensitive grips, is the best Nimbus has made.\n"
            "There are catches. The price is still 549 euros, a hundred more than Kiro's Play 5, "
            "and only nine games are available at launch. The best of them, Lanternfish Games' "
            "Ember Vale, is a sprawling fantasy adventure that shows what the machine can do; the"
            " rest are updated versions of older titles.\n"
            "Nimbus Interactive says 1.2 million consoles were ready for launch across Lennhold, "
            "Caldris, Otrava and Marisca, three times what it had planned for November. Even so, "
            "the first wave of stock sold out online within two hours.\n"
            "Chief executive Ylva Sundqvist told GameGrid the company had used the delay to fix "
            'software problems found in testing. "We would have launched a worse machine in '
            'November," she said.\n'
            "Should you buy one now? If you want Ember Vale, yes. Otherwise, wait for the spring "
            "games and, perhaps, a price cut. Our full review follows next week."
        ),
    ),
    Piece(
        "console-launch",
        "PixelForge",
        D4 + 4.0,
        "Queues round the block as Quasar launches four months late",
        (
            "By Daan Verhoef\n"
            "By midnight on Sunday the line outside Nimbus's flagship store in Grenn stretched "
            "round two corners. Some fans had waited since Friday with camping chairs, flasks and"
            " portable heaters, determined to be among the first to own the console that was "
            "meant to arrive before Christmas.\n"
            "Nimbus Interactive's Quasar went on sale at one minute past midnight in Lennhold and"
            " at shops across the region on Monday morning. Online stock sold out within two "
            "hours, and resale listings appeared at nearly double the 549-euro price.\n"
            "\"I pre-ordered in April, then they told me it was delayed. I wasn't going to wait "
            'again," said Mira Olander, 19, who was third in the queue.\n'
            "The launch is a relief for Nimbus, whose shares lost almost a tenth of their value "
            "on the day it announced the delay in May. They rose 4% on Monday.\n"
            "Analysts expect Nimbus to sell about three million consoles in its first year, well "
            "behind Kiro's Play 5, which has a two-year head start. Kiro cut the Play 5's price "
            "by 50 euros last week.\n"
            "Retailers in Caldris and Otrava reported similar queues. Nimbus said more stock "
            "would arrive every week until March, and warned buyers against paying resellers. "
            "Helion Semiconductor, whose chip shortage caused the delay, said its new factory was"
            " now running at full speed."
        ),
    ),
    Piece(
        "console-launch",
        "Techleaf",
        D4 + 6.0,
        "Quasar sells out in two hours",
        (
            "Nimbus's long-delayed console sold out online within two hours of going on sale on "
            "Monday. The company promised weekly restocks."
        ),
    ),
    Piece(
        "expel-otrava",
        "Caldris Press Agency",
        D4 + 0.3000000000001819,
        "Caldris expels four Otravan diplomats over naval base spying",
        (
            "VEYHOLM, 19 January (CPA) -- Caldris on Monday ordered four Otravan diplomats, "
            "including the embassy's defence attache, to leave the country within seven days, "
            "accusing them of spying on the Hollin Point naval base.\n"
            "Foreign Minister Anders Bekk said the four had been seen photographing the base and "
            "had tried to recruit a civilian contractor who worked on its new submarine pier. The"
            " contractor reported the approach to security services, who followed the four for "
            "several months before the government decided to act.\n"
            '"Caldris will not tolerate activities incompatible with diplomatic status," Bekk '
            "said after summoning Otrava's ambassador, Radomir Hask, to the ministry.\n"
            "It is the first expulsion of diplomats by Caldris since 2019, when it sent home two "
            "Hoverian officials. Relations with Otrava, its eastern neighbour and a major trading"
            " partner, have been strained since a dispute over fishing rights in 2030.\n"
            'Otrava\'s foreign ministry called the accusations "groundless" and said it would '
            "respond. Its embassy in Veyholm has about forty accredited staff; Caldris has a "
            "similar number in Sarovec, and officials expect Otrava to expel the same number of "
            "them within days. The Caldrian navy said work on the pier would continue on "
            "schedule.\n"
            "The expulsions came on the same day that Hoveria ordered Marisca's ambassador to "
            "leave over claims of interference in its coming election."
        ),
    ),
    Piece(
        "expel-otrava",
        "OTA",
        D4 + 2.5,
        "Foreign Ministry condemns 'unfriendly act' by Veyholm, promises mirror response",
        (
            "SAROVEC, January 19. /OTA/. The Foreign Ministry of Otrava has firmly condemned the "
            "decision of the Caldrian authorities to declare four members of the Otravan embassy "
            "staff persona non grata, calling it an unfriendly and provocative act based on "
            "invented accusations.\n"
            "Foreign Minister Irena Dobrava said in a statement that the Otravan side had "
            'received no evidence of the alleged activities. "Our diplomats have always acted in '
            'strict accordance with the Vienna Convention," the minister said.\n'
            "The ministry noted that the step was taken at a time when trade between the two "
            "countries is growing, and that Otravan companies have recently made important "
            "investments in Caldris.\n"
            '"The Otravan side reserves the right to take measures of response, which will be '
            'proportionate and mirror-like," the statement said.\n'
            "Dobrava instructed the ambassador in Veyholm, Radomir Hask, to demand explanations "
            "from the Caldrian Foreign Ministry.\n"
            "The ministry also expressed regret that the Caldrian side chose to make the matter "
            "public without consultations through diplomatic channels, which it said was contrary"
            " to the practice of good-neighbourly relations between the two states and to earlier"
            " agreements between them."
        ),
    ),
    Piece(
        "expel-otrava",
        "The Envoy",
        D4 + 8.0,
        "Why Veyholm picked a fight with Sarovec now",
        (
            "Analysis by Rosa Delmar\n"
            "Expelling diplomats is a ritual with fixed steps: accusation, summons, denial, "
            "retaliation. Monday's move by Caldris against four Otravan embassy staff followed "
            "the script. What stands out is the timing.\n"
            "Caldris has known about Otravan interest in the Hollin Point naval base for at least"
            " a year, officials say privately. The new submarine pier, built with help from "
            "Lennhold, is the country's biggest defence project in a generation, and Otrava has "
            "complained about it openly.\n"
            "So why now? One answer is domestic. Foreign Minister Anders Bekk's party is trailing"
            " in the polls and has been accused of being soft on Sarovec. A public expulsion "
            "shows resolve at little cost.\n"
            "Another is economic. Otravan firms have bought heavily into Caldris over the past "
            "year, from ports to the slots of the failed airline Skylark. Some in Veyholm want to"
            " signal that investment does not buy silence.\n"
            'Otrava has promised a "mirror" response, which usually means four Caldrian diplomats'
            " will be sent home within days. The fishing quotas due for talks in March are the "
            "real thing to watch.\n"
            "Coincidence or not, Hoveria expelled Marisca's ambassador on the same day, and the "
            "region's diplomats will be counting their colleagues in every capital this week."
        ),
    ),
    Piece(
        "expel-marisca",
        "Lanterna",
        D4 + 1.5,
        "Hoveria expels Mariscan ambassador over election meddling, Porto Seluna recalls envoy",
        (
            "PORTO SELUNA (Lanterna) - Hoveria on Monday ordered Marisca's ambassador to leave "
            "within 72 hours, accusing him of funding opposition groups ahead of its March "
            "election, and Marisca recalled its own envoy in protest, the foreign ministry here "
            "said.\n"
            "Ambassador Lucio Barrantes was summoned in the Hoverian capital Aldmouth and handed "
            "a note declaring him persona non grata. Hoverian President Kasimir Roth said in a "
            "televised address that the embassy had channelled money through a cultural "
            'foundation to "parties that want to hand our country to foreign interests".\n'
            'Marisca denied the accusation. Foreign Minister Beatriz Solano called it "a fantasy '
            'invented for electoral purposes" and said Porto Seluna would review its cooperation '
            "agreements with Aldmouth, including a gas supply deal signed last year.\n"
            "It is the first time since the two countries established relations in 1992 that "
            "Hoveria has expelled a Mariscan ambassador. Trade between them was worth 6 billion "
            "euros last year.\n"
            "The expulsion came on the same day that Caldris sent home four Otravan diplomats it "
            "accused of spying.\n"
            "Hoveria votes on March 8 for a new parliament and president. Opinion polls show "
            "Roth's party narrowly behind an alliance of opposition parties."
        ),
    ),
    Piece(
        "expel-marisca",
        "Sextant Newswire",
        D4 + 5.0,
        "Marisca's envoy ordered out of Hoveria",
        (
            "ALDMOUTH, Hoveria (Sextant) - Hoveria expelled Marisca's ambassador, Lucio "
            "Barrantes, on Monday over alleged funding of opposition parties. Marisca called the "
            "charge absurd."
        ),
    ),
    Piece(
        "blast-return",
        "Ellisford Gazette",
        D4 + 3.5,
        "Home at last: Torvane's Ferry Row reopens eight months after the blast",
        (
            "By Per Ahlgren in Torvane\n"
            "At ten o'clock on Monday morning a police officer lifted the last barrier on Ferry "
            "Row, and Signe Varnes walked up the street she had left in her nightdress on the "
            'night of May 14. "I have counted the days," she said. "Two hundred and fifty."\n'
            "The lifting of the evacuation order for the last streets of Torvane's exclusion zone"
            " allows about 600 people to return to homes nearest the Trenholm Chemie plant. The "
            "rest of the 4,000 residents moved out after the explosion went home within weeks, "
            "but Ferry Row and Quay Street stayed closed while damaged silos were taken down.\n"
            "Many homes have new windows and roofs, paid for by a fund set up by the government "
            "and the company. Some will need months more work. Eleven families have decided not "
            "to come back.\n"
            "The plant itself is silent. Trenholm Chemie says it will not reopen the storage hall"
            " and has not decided whether to restart production in Torvane at all. Two former "
            "managers are due to stand trial in the spring.\n"
            "Mayor Agnes Moravec said the town owed its thanks to the people of Ellisford who "
            'housed the evacuees. "Now the hard part starts: making this a place people want to '
            'live again."\n'
            "A memorial to the three workers who died will be unveiled at the harbour in May."
        ),
    ),
    Piece(
        "blast-return",
        "Caldris Public Radio",
        D4 + 7.0,
        "Residents back on Ferry Row",
        (
            "The last residents evacuated after last year's chemical plant explosion in Torvane "
            "were allowed home today, as the police lifted the exclusion zone around the site."
        ),
    ),
    Piece(
        "op-airlines",
        "Slow Travel Journal",
        D4 + 9.0,
        "Cheap flights were never cheap. We just paid later.",
        (
            "Opinion by Greta Ombrell\n"
            "For twenty years the promise was simple: anyone could go anywhere for the price of a"
            " dinner. Budget airlines delivered it, and those of us who grew up with them rarely "
            "asked how a seat could cost less than the taxi to the airport.\n"
            "We are now learning the answer. Fares were low because costs were pushed somewhere "
            "else: onto crews on short contracts, onto airports bidding against each other for "
            "routes, onto the climate, and in the end onto taxpayers who pay to fly passengers "
            "home when a carrier fails.\n"
            "The industry's defenders say competition keeps fares honest. But a market in which "
            "airlines collapse every few years, and governments must then charter planes, is not "
            "a free market. It is a subsidy we agree not to see.\n"
            "There is a better deal to be had. Airlines could be required to hold insurance that "
            "pays for repatriation, as tour operators must. Governments could stop offering "
            "airport fees below cost to attract routes that vanish at the first loss.\n"
            "Nobody wants a return to the days when flying was for the rich. But a fare that "
            "hides its real price is not a bargain.\n"
            "The next collapse is only a matter of time. Let the bill for it be paid by the "
            "ticket, not by everyone."
        ),
    ),
    Piece(
        "shipwreck",
        "Deep Blue Magazine",
        D4 + 5.5,
        "Divers find 17th-century merchant ship off Cape Orsa",
        (
            "Marine archaeologists have found the wreck of a merchant ship, thought to have sunk "
            "around 1640, in 38 metres of water off Marisca's Cape Orsa. Its cargo of glazed "
            "pottery is largely intact.\n"
            "The wreck was first seen on a sonar survey for an offshore wind farm last autumn. A "
            "team from the University of Porto Seluna dived on it for the first time in December,"
            " when calm weather allowed, and announced the find on Monday.\n"
            "The ship, about 30 metres long, lies upright on a sandy bottom, which has preserved "
            "much of its lower hull. Divers counted more than 200 stacked bowls and jugs, several"
            " bronze cannon and what appears to be the ship's bell, still in place near the bow.\n"
            "Team leader Dr Amaia Ferrer said the pottery's style pointed to workshops on the "
            "northern coast, and that the ship was probably carrying it south to the colonies' "
            'markets when it went down in a storm. "Finds like this change what we know about who'
            ' traded with whom," she said.\n'
            "The Mariscan culture ministry has declared the site protected and banned anchoring "
            "within a kilometre. The wind farm's developer has agreed to move two turbines.\n"
            "The team hopes to raise some of the pottery next summer and to find the ship's name "
            "in port records. Three ships are recorded as lost off Cape Orsa between 1630 and "
            "1650."
        ),
    ),
)

DAYS: tuple[float, ...] = (D1, D2, D3, D4)
"""The four publication days, hours after coverage.T0."""
