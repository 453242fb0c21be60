"""A seventh set of multi-outlet coverage of our own: whole articles from many outlets.

Written blind, like the fourth to sixth sets: without reading the clustering code or the
texts of the other sets, so it measures briefing on copy it has not been tuned on, and no
text was changed after seeing how briefing clusters it. Every sentence is our own; the
countries (Varrow, Tavenia, Corvanne, Brekka, Quellmark, Sarnovia, Meloria, Dravia), cities,
firms, people and all 54 outlets are made up.

What is new here is the form, made as close as we could to issue #16's hidden set (383
articles from 94 outlets over real publication days): 73 items from 54 outlets (wires,
national papers, tabloids, business and crypto sites, tech blogs, broadcasters, a state
radio, regional papers, magazines, a trade journal, newsletters and video pages), most of
them seen once or twice. Over two thirds are whole articles (1,200 to 2,200 characters,
five or more paragraphs) that go past their event's facts into background, reaction and
context, as real articles do: the background names the running topic's earlier events
(the sanctions article recalls the missile over the Hesper islands; the rally recalls the
crash below $6,000; the settlement recalls the report and the founder's exit), other
countries and rival firms. The rest are briefs of two or three sentences and seven
near-empty items (a video page's caption, a newsletter's one-line teaser, each under 100
characters and labelled with its event). Headlines vary as real ones do: straight wire
headlines, a tabloid's ("Corvex is getting smashed", "Ride app boss OUT after bullying
scandal"), questions ("Will an oil cap finally bite in Tavenia?"), quotes ("'A strong
message'"), an explainer ("What we know about Storm Ilsa"), a live blog with timestamped
entries ("Tavenia–Corvanne: live updates"), a state radio's ("Chairman calls for dialogue
and good neighbourliness"); bylines and datelines in several house styles; figures written
different ways ($6,000, $6K, "six thousand dollar"; $245 million, $245m, $245M; 1.84
billion and 1,840 million); people in full in one item and by surname or first name in
another; subjects named only in the lead ("Marcus Feld survived the day").

The classes of issue #16, each several times:

- paraphrase: one event in other words, headlines sharing almost no words ("Social media
  pioneers turn against their own creation", "The people who built your phone habit want
  you to break it"; "Commuter chaos as trains grind to a halt across the country"; "Judges
  say no to grocery giant"; "Chairman calls for dialogue and good neighbourliness");
- one topic, separate events on one day: two rail strikes (Brekka's national railway,
  Lodden's trams; day 1), two banks' results (Norvik up, Castellan down; day 2), two storms
  (Storm Ilsa in Sarnovia, Typhoon Rangi in Meloria; day 3), two court rulings (Dravia's
  couriers, Quellmark's supermarket merger; day 4);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: Tavenia's missile over
  Corvanne (day 1), the Concord Council's sanctions (day 2), Vasko's offer of talks (day 4);
  Corvex's fall below $6,000 (day 1), its rally past $9,000 (day 3), the theft from the
  Kettlewell exchange (day 4); Zipto's culture report (day 1), its founder's resignation
  (day 2), its drivers' pay settlement (day 4); Arvant's glasses (day 1) and its results
  that mention them (day 3); Lodden's tram strike (day 1) and its mayor's re-election that
  mentions it (day 3);
- features and opinion: a column on the Corvex fall, an analysis of the sanctions, an
  islanders' feature teaser, an explainer on Storm Ilsa and a feature on the exchange's
  theft are each mainly about their event and carry its label; two opinion pieces about a
  wider debate carry their own labels ("op-phones" on tech addiction, day 2, prompted by
  the campaign; "op-gig" on gig work, day 4, prompted by the couriers' ruling and Zipto's
  settlement without naming either firm).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): the Corvex fall (five items); Tavenia's missile over the Hesper
  islands (four); Brekka's rail strike (three) and Lodden's tram strike (two); Arvant's
  Halo glasses (three); the Zipto report (two); a sea otter's birth in Port Alder;
- day 2 (Tue Jul 22): the Concord Council's sanctions (five); Feld quits Zipto (five);
  Norvik's and Castellan's results (two each); the tech veterans' campaign (three); an
  opinion on phones;
- day 3 (Wed Oct 15): Corvex past $9,000 (four); Storm Ilsa (four) and Typhoon Rangi
  (three); Arvant's results (two); Lodden's mayor re-elected (two); a museum's coins stolen;
- day 4 (Thu Jan 22, 2032): Vasko's offer of talks (five); Zipto's settlement (three); the
  couriers' ruling (three) and the merger ruling (two); the Kettlewell theft (four); an
  opinion on gig work; an indoor mile record.
"""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece, by_day

D1 = 0.0
D2 = 69 * DAY
D3 = 154 * DAY
D4 = 253 * DAY

PIECES: tuple[Piece, ...] = (
    # --- Day 1 (Wed May 14, 2031): the Corvex sell-off, told five ways (figures two ways). ---
    Piece(
        "coin-crash",
        "Continental Press",
        D1 + 1.5,
        "Corvex slides below $6,000 as Varrow central bank signals curbs on exchanges",
        "VARROW CITY (Continental Press) — The digital currency Corvex fell below $6,000 on "
        "Wednesday for the first time in almost three months, after a deputy governor of the "
        "Bank of Varrow said trading platforms would need a banking licence by the end of "
        "the year.\n"
        "Corvex dropped as low as $5,912 in early European trading, down 11 percent from "
        "Tuesday's close, according to prices compiled by the data firm Tallyrate. It had "
        "traded above $8,300 as recently as the first week of April.\n"
        "\"Exchanges that hold customers' money should be supervised like anyone else who "
        "holds customers' money,\" deputy governor Helene Sarto told a conference in the "
        "capital. She said the bank would publish draft rules in June.\n"
        "Smaller tokens fell further. Nimbl, the second-largest by market value, lost 15 "
        "percent, and several newer coins listed this year shed a quarter of their value.\n"
        "Varrow is home to three of the ten busiest exchanges in the region, and its "
        "regulators have until now taken a lighter approach than neighbouring Quellmark, "
        "which banned anonymous accounts last autumn.\n"
        'Analysts said the sell-off was deepened by traders who had borrowed to buy. "Once '
        'the price broke through six thousand, the forced selling did the rest," said Arun '
        "Kessler, a strategist at Marlow Digital.",
    ),
    Piece(
        "coin-crash",
        "MarketPulse",
        D1 + 3.0,
        "Corvex Slumps to 3-Month Low Below $6K",
        "By Dana Whitcombe\n"
        "Corvex tumbled to its weakest level since mid-February on Wednesday, slipping under "
        "the $6K mark as traders braced for a licensing regime in Varrow.\n"
        "The cryptocurrency was last down 10.4% at $5,980, per Tallyrate. Nimbl was off 14%.\n"
        "The move came hours after Bank of Varrow official Helene Sarto said unlicensed "
        "platforms would be shut by December. Volume on the largest exchanges, Kettlewell "
        "and BitHarbor, roughly doubled from its 30-day average during the morning.\n"
        "Corvex has now erased about $40 billion in market value since its April peak. It is "
        "still up roughly 60% from a year ago, a point that longtime holders were quick to "
        "make on social media.\n"
        'Some funds saw the drop as an opening. "Regulation is what institutional money has '
        'been waiting for," said Felix Oyelaran of Brightwater Capital. "Short term it '
        'hurts. Long term it is the price of admission."\n'
        "Others were less sure. Futures markets pointed to further declines, with the June "
        "contract trading at a discount to the spot price for the first time this year.\n"
        "The drop also hit listed companies tied to the sector. Shares in the mining firm "
        "Hashfield, which runs computer farms that produce new coins, fell 9% in early "
        "trading, and the payments company Quillpay, which lets merchants accept Corvex, "
        "lost 4%.\n"
        "Regulators elsewhere are moving in the same direction. Quellmark's financial "
        "watchdog said in March it would require exchanges to report large transfers, and "
        "officials in Selburg have floated a tax on crypto gains.",
    ),
    Piece(
        "coin-crash",
        "The Daily Blaze",
        D1 + 4.5,
        "Corvex is getting smashed",
        "If you piled into Corvex at Easter, look away now.\n"
        "The internet's favourite coin went into freefall this morning, crashing through the "
        "six thousand dollar barrier and wiping out weeks of gains in a matter of hours.\n"
        "The trigger? A central banker in a sensible suit. Helene Sarto of the Bank of "
        "Varrow told a room full of bankers that crypto exchanges will need a licence, and "
        "within minutes the sell orders were flooding in.\n"
        "One Blaze reader, 29-year-old plumber Jordan from Eastfield, told us he had put his "
        'savings of £4,000 into the coin in April. "It\'s worth about half that now," he '
        'said. "My girlfriend doesn\'t know yet."\n'
        'Online forums were a sea of red. "HODL" memes were still circulating, but so were '
        "posts from people asking how to get their money out before the weekend.\n"
        "Experts warned that anyone still buying should only put in what they could afford "
        'to lose. "This is a market that can fall 20 per cent before lunch," one trader '
        "said.\n"
        "Corvex is no stranger to wild rides. It soared past $8,000 in April, sending "
        "thousands of first-time buyers rushing to download trading apps, many of them after "
        "seeing celebrities plug the coin on social media.\n"
        "Today's crash took its value back to where it stood in February. The Bank of Varrow "
        "says it will publish its new rules in June, so there could be more pain to come.",
    ),
    Piece(
        "coin-crash",
        "The Morning Ledger",
        D1 + 9.0,
        "Opinion: A crash was the best thing that could happen to Corvex",
        "By Malcolm Terhune\n"
        "For three years the people who run the big coin exchanges have told us that they "
        "welcome rules. On Wednesday the Bank of Varrow took them at their word, and the "
        "market answered with a drop of more than 10 percent in a morning.\n"
        "That tells you most of what you need to know. A currency that cannot survive a "
        'deputy governor saying the word "licence" is not yet a currency. It is a bet, and a '
        "crowded one.\n"
        "The sell-off that pushed Corvex under $6,000 was not caused by Helene Sarto. It was "
        "caused by leverage: traders who had borrowed ten times their stake and were forced "
        "out when the price slipped. Licensing would make that harder, which is the point.\n"
        "Nor is this the first time. Nimbl lost half its value in a week last year when "
        "Quellmark banned anonymous accounts, and it recovered. The pattern of panic and "
        "recovery is now so familiar that some funds trade on it.\n"
        "If the Bank of Varrow's draft rules in June are sensible — capital requirements, "
        "segregated client money, audits — they will do more for the long-term value of "
        "Corvex than any celebrity endorsement. The exchanges should stop complaining and "
        "start filling in the forms.\n"
        "Malcolm Terhune is a former markets regulator and a columnist for the Ledger.",
    ),
    Piece(
        "coin-crash",
        "Pocket TV",
        D1 + 6.0,
        "Video: Why crypto fell off a cliff today",
        "Our money editor explains the crypto sell-off in 90 seconds.",
    ),
    # --- Tavenia's missile over Corvanne's Hesper islands (the first event of a running topic). ---
    Piece(
        "missile-hesper",
        "Meridian News Agency",
        D1 + 0.5,
        "Tavenia fires missile over Corvanne's Hesper islands",
        "PORT ALDER, Corvanne, May 14 (MNA) - Tavenia launched a ballistic missile early on "
        "Wednesday that flew over Corvanne's Hesper islands before falling into the ocean, "
        "Corvanne's defence ministry said, prompting air raid sirens and text alerts across "
        "the archipelago.\n"
        "The missile was fired from near the Tavenian coastal city of Drask at 6:02 a.m. "
        "local time and flew for about 14 minutes, covering some 2,700 km, the ministry "
        "said. It was the first Tavenian missile to cross Corvanne's territory since 2024.\n"
        'Prime Minister Anneliese Roux called the launch "an unprecedented and grave threat" '
        "and said Corvanne would ask the Concord Council to meet in emergency session.\n"
        "Residents of Port Alder, the islands' main town, described waking to sirens. \"My "
        'children were crying, and we did not know where to go," said fisherman Tobias Lind, '
        "51.\n"
        "Tavenian state television said the test of what it called a Karsa-12 "
        'intermediate-range rocket had been "a complete success" and was watched by Chairman '
        "Aurel Vasko.\n"
        "The launch follows months of rising tension. Tavenia carried out an underground "
        "nuclear test in January and has ignored calls from the Concord Council to halt its "
        "weapons programme.\n"
        "Financial markets in Corvanne fell on the news, with the main share index down 1.4 "
        "percent by midday and the currency weakening against the dollar.",
    ),
    Piece(
        "missile-hesper",
        "The National Chronicle",
        D1 + 2.5,
        "Sirens wake islanders as rocket crosses Corvanne sky",
        "By Ruth Abernethy, Foreign Correspondent\n"
        "People on the Hesper islands were jolted awake before dawn by warning sirens and a "
        'message on their phones: "Missile launch. Take shelter in a building or '
        'underground."\n'
        "The rocket, launched by neighbouring Tavenia, passed high over the archipelago and "
        "came down in the sea roughly 1,200 kilometres east of Port Alder, officials said. "
        "No damage was reported and no attempt was made to shoot it down.\n"
        "Anneliese Roux, Corvanne's prime minister, appeared on television within the hour. "
        'She said her government would "take every measure to protect our people" and would '
        "press for a stronger international response.\n"
        "Defence analysts said the flight appeared intended to show that Tavenia could "
        'strike the bases that allied navies use in the region. "This was a message, not an '
        'accident," said Carla Mendez of the Institute for Maritime Security.\n'
        "The Karsa-12, first paraded in Drask two years ago, has an estimated range of up to "
        "4,500km. Earlier tests were fired on steep trajectories that kept them away from "
        "neighbouring countries.\n"
        "Vasko's government has been under international sanctions since its first nuclear "
        "test, but trade through its northern border has kept much of its economy running.",
    ),
    Piece(
        "missile-hesper",
        "BCR World Service",
        D1 + 7.0,
        "Corvanne demands emergency Concord Council meeting after overflight",
        "Corvanne has formally asked the Concord Council to meet in emergency session after "
        "a Tavenian ballistic missile passed over its territory on Wednesday morning.\n"
        "In a letter to the council's presidency, Corvanne's foreign minister Jasper Ekholm "
        'said the launch had "endangered the lives of ninety thousand civilians" on the '
        "Hesper islands.\n"
        "Tavenia said the rocket had posed no danger and accused Corvanne of staging "
        '"hysterical" drills to justify a military build-up.\n'
        "The council is expected to meet on Friday. Diplomats say Corvanne and its allies "
        "will push for new sanctions, including a cap on oil deliveries to Tavenia, but two "
        "permanent members have in the past resisted further penalties.\n"
        "Wednesday's launch was Tavenia's ninth missile test this year.\n"
        "The launch came at a time of the year when tensions usually ease. Last May, Tavenia "
        "and Corvanne exchanged prisoners and reopened a border crossing for families "
        "divided since the 2012 war, and there had been talk of a fishing agreement.\n"
        "Corvanne's defence ministry said it had tracked the missile from launch and would "
        "have tried to intercept it if it had been heading for populated areas. Some "
        "opposition politicians questioned why no attempt was made.\n"
        "In Port Alder, schools opened two hours late. Residents said they had practised "
        "drills but never expected to hear the real sirens.",
    ),
    Piece(
        "missile-hesper",
        "Eastgate Post",
        D1 + 11.0,
        "'We did not know where to go': Hesper islanders on the morning the sirens sounded",
        "Fourteen minutes. That is how long residents of the Hesper islands had between the "
        "first siren and the moment the ocean swallowed the rocket far to the east.",
    ),
    # --- One kind of event, two places, one day: two rail strikes. ---
    Piece(
        "strike-brekka-rail",
        "Tidewater Wire",
        D1 + 1.0,
        "Brekka rail network shut down by 24-hour strike",
        "KAMMER, Brekka (Tidewater) — Almost all passenger trains in Brekka were cancelled "
        "on Wednesday as rail workers began a 24-hour national strike over pay and a plan to "
        "remove guards from regional services.\n"
        "The Brekka Rail Workers' Federation said more than 11,000 members had walked out. "
        "State operator Brekkarail said it was running only 40 of its usual 2,300 daily "
        "services, mainly airport shuttles staffed by managers.\n"
        "Commuters in the capital Kammer crowded onto buses and into taxis, and traffic on "
        "the main ring road was backed up for several kilometres during the morning rush.\n"
        "The union is demanding a 6.5 percent pay rise, while Brekkarail has offered 3.2 "
        "percent over two years. Federation leader Ilse Horvath said members would not "
        'accept "a real-terms pay cut dressed up as a deal".\n'
        'Transport minister Piet Vallander urged both sides to return to talks. "This strike '
        'punishes the people who rely on the railways most," he said.\n'
        "It is the third national rail stoppage in Brekka this year. Further walkouts are "
        "planned for early June if there is no agreement.\n"
        "Rail unions in several neighbouring countries have staged walkouts this year as "
        "inflation has eaten into wages. Drivers in Quellmark won an 8 percent rise in "
        "February after a series of weekend stoppages.",
    ),
    Piece(
        "strike-brekka-rail",
        "Kammer Daily News",
        D1 + 3.5,
        "Commuter chaos as trains grind to a halt across the country",
        "By Sanne Mulder and Jorrit Baas\n"
        "Stations across the country stood almost empty on Wednesday morning as thousands of "
        "train drivers, guards and signal staff stayed at home in the latest round of a "
        "long-running pay dispute.\n"
        'At Kammer Central, departure boards showed a single line of red "CANCELLED" '
        "notices. A handful of travellers who had not heard about the walkout were directed "
        "to replacement buses that quickly filled.\n"
        '"I have a job interview at ten and I am going to miss it," said Noor, 24, who had '
        "planned to travel to Helden.\n"
        "Union leader Ilse Horvath, addressing a picket line outside the station, said "
        'guards were being asked to accept the loss of 900 jobs. "Safety is not a cost to be '
        'cut," she told the crowd.\n'
        'Brekkarail, the state operator, said its 3.2% offer was "fair and affordable" and '
        "that driver-only operation was already used safely in neighbouring countries.\n"
        "Business groups estimated the day's stoppage would cost the economy around 80 "
        "million kroner.\n"
        "The federation is also fighting plans to move regional lines north of Helden to "
        "driver-only operation from next year. It says guards are needed to help older and "
        "disabled passengers and to deal with antisocial behaviour.\n"
        "Minister Piet Vallander has so far refused to intervene directly, saying pay is a "
        "matter for Brekkarail. Opposition parties accused him of hiding behind the company.",
    ),
    Piece(
        "strike-brekka-rail",
        "Brekka Public Radio",
        D1 + 12.0,
        "Rail services to resume Thursday after walkout",
        "Trains will run normally again from Thursday morning, Brekkarail said, after the "
        "one-day strike by the rail workers' federation ended at midnight. No new talks have "
        "been scheduled.",
    ),
    Piece(
        "strike-lodden-tram",
        "Lodden Evening Post",
        D1 + 2.0,
        "Tram drivers walk out in Lodden, buses packed",
        "LODDEN — Not a single tram left the depot in Lodden this morning after drivers "
        'started a two-day strike over shift patterns and what their union calls "dangerous" '
        "fatigue.\n"
        "Transit Union Local 9 said all 420 of the city's tram drivers were taking part. "
        "Lodden Metro Trams, which runs the network's seven lines, confirmed no services "
        "would run until Friday.\n"
        "Extra buses were put on along the busiest routes, but many were full by 7.30am. "
        "Cycle-hire docks in the city centre were empty before 8am.\n"
        "The dispute centres on a new rota that the union says has drivers working up to 11 "
        "hours with a single 30-minute break. The company says the rota is within "
        "Quellmark's legal limits and was needed to run a more frequent service.\n"
        'Mayor Hanne Voskuijl said she was "deeply frustrated" and called on both sides to '
        "meet at city hall. Shops in the old town reported fewer customers than usual.\n"
        "The last tram strike in Lodden, in 2029, lasted five days.\n"
        "Taxi firms said they had more bookings than on New Year's Eve. One operator said "
        "customers were waiting up to 45 minutes for a car in the business district.\n"
        "Transit Union Local 9 has told the company it will strike again in June, on the "
        "first three days of the city's music festival, unless the rota is withdrawn.",
    ),
    Piece(
        "strike-lodden-tram",
        "Quellmark Today",
        D1 + 8.0,
        "Lodden tram strike: union says talks offer 'too little, too late'",
        "The union behind the tram strike in Quellmark's second city rejected an invitation "
        "to talks on Wednesday evening, saying Lodden Metro Trams had not moved on the "
        "drivers' rota.\n"
        '"They want to talk about talking," said Local 9 chair Benedikt Aalto. "Our drivers '
        'are exhausted and they want a rota that lets them rest."\n'
        "The company said it had offered to review break times within three months.\n"
        "The stoppage, which began on Wednesday morning, is due to end at midnight on "
        "Thursday. It affects around 180,000 passenger journeys a day.\n"
        "Commuter groups said the strike showed the city depended too heavily on a single "
        "operator and called for the network to be brought back into public hands.\n"
        "Lodden's network carries more passengers than any other tram system in Quellmark. "
        "It was extended to the airport in 2028 at a cost of 340 million crowns, and the "
        "company has since struggled to recruit enough drivers to staff the longer line.\n"
        "A separate dispute between the city's bus drivers and their employer was settled "
        "last month with a 5 percent pay rise, and bus drivers are not taking part in the "
        "walkout.\n"
        "Mayor Hanne Voskuijl, who faces re-election in October, has come under pressure "
        "from both sides. The union says she has failed to hold the operator to account; "
        "business groups want her to seek a court order against the strike.",
    ),
    # --- A rare name shared by items whose other words differ: Arvant's glasses. ---
    Piece(
        "glasses-arvant",
        "Gizmora",
        D1 + 4.0,
        "Arvant's Halo smart glasses look like normal specs, and that's the point",
        "By Theo Sandoval\n"
        "Chipmaker Arvant wants you to forget you're wearing a computer. The company today "
        "showed off Halo, a pair of smart glasses that look almost exactly like ordinary "
        "frames and weigh 48 grams.\n"
        "Instead of a bulky display, Halo uses a low-power laser to draw a small image "
        "directly onto the wearer's retina. Text messages, directions and the time appear in "
        "the lower corner of your vision and fade when you look away.\n"
        "There is no camera, a deliberate choice after the privacy backlash that sank "
        "earlier attempts at face-worn gadgets.\n"
        "Arvant says Halo will work with both major phone platforms and get about 18 hours "
        "of use on a charge. It will open the glasses to outside developers later this year, "
        "with a consumer launch expected in 2032. The company did not give a price.\n"
        "I tried a prototype for about 20 minutes. The image is sharp, if small, and I never "
        "once felt like I was looking at a screen. Whether people will want notifications "
        "beamed into their eyeballs is another question.\n"
        "Arvant isn't the first to try this. A camera-equipped headset from a large search "
        "company flopped a decade ago, and several startups have since folded after burning "
        "through hundreds of millions of dollars. What's different now, Arvant argues, is "
        "that the chips are finally efficient enough to run all day without a battery pack.",
    ),
    Piece(
        "glasses-arvant",
        "The Circuit",
        D1 + 6.5,
        "Hands on: the eyewear that paints a screen onto your eye",
        "We've seen a lot of face computers come and go. The prototype we wore this "
        "afternoon is the first that nobody in the café noticed.\n"
        "The frames are thin, matte black and a touch heavier than my usual pair. The trick "
        "is inside the right arm: a tiny projector and a holographic lens that steer light "
        'straight onto the retina, so the "display" is only visible to the wearer.\n'
        "The chip company behind it, Arvant, is better known for the processors in routers "
        "and cars. Its CEO, Ines Marwood, told us the glasses were a way to show what its "
        'new low-power designs can do. "We\'re not trying to replace your phone," she said. '
        '"We\'re trying to make you look at it less."\n'
        "In use, a line of text hovers just below your line of sight. Turn-by-turn "
        "directions worked well on a short walk. Reading longer messages was a strain.\n"
        "There's no camera and no speaker; audio goes to your earbuds. A developer kit ships "
        "in the autumn.\n"
        "Verdict for now: the most convincing smart glasses we've tried, precisely because "
        "they do so little.\n"
        "The company didn't confirm a price, but Marwood hinted it would be \"closer to a "
        'good phone than a laptop". Arvant will show more at its developer conference in '
        "September.\n"
        "Rivals are circling. Two large phone makers are said to be working on their own "
        "glasses, and a startup in Selburg has raised money for a similar retinal display, "
        "though it has yet to show a working product.",
    ),
    Piece(
        "glasses-arvant",
        "Silicon Harbour",
        D1 + 10.0,
        "Arvant bets on wearables as car-chip orders slow",
        "Arvant, the chip designer, is moving into consumer hardware with a pair of "
        "camera-free glasses, a diversification that analysts said reflected weaker demand "
        "for its automotive processors. Its shares rose 2.1% on the news.",
    ),
    # --- A firm's scandal, first part of a running topic: the Zipto report. ---
    Piece(
        "zipto-report",
        "Business Day Varrow",
        D1 + 5.0,
        "Zipto report finds 'culture of fear' at ride-hailing firm, urges board shake-up",
        "By Priyanka Osei, Technology Editor\n"
        "A law firm hired by Zipto to investigate its workplace culture found that managers "
        "at the ride-hailing company routinely ignored complaints of harassment and "
        "bullying, and recommended that founder and chief executive Marcus Feld give up his "
        "role as chairman.\n"
        "The 84-page report by Pell & Garrow, released on Wednesday, said the company had "
        "received 215 complaints from staff over four years, and that fewer than a third led "
        'to any action. It described "a culture of fear" in which employees who complained '
        "were moved to other teams.\n"
        "Zipto's board said it accepted all 31 of the report's recommendations, including "
        "hiring an independent chair, a new head of human resources and an outside auditor "
        "for complaints.\n"
        "Feld, 41, who founded Zipto in a Varrow City flat in 2022, said in an email to "
        'staff that he was "ashamed" of what the report described. He did not say whether he '
        "would step aside as chief executive.\n"
        "Investors have grown uneasy. Two large shareholders, the Harrowgate pension fund "
        "and Novum Ventures, called last month for Feld to hand over day-to-day control.\n"
        "The report comes as Zipto prepares for a stock market listing valued at around $12 "
        "billion and faces a separate inquiry by Varrow's Fair Work Commission into how it "
        "treats its drivers.",
    ),
    Piece(
        "zipto-report",
        "Techline",
        D1 + 8.5,
        "Zipto's boss keeps his job — for now — after damning investigation",
        "Marcus Feld survived the day. Whether he survives the month is another matter.\n"
        "The long-awaited investigation into the ride-hailing company's workplace, carried "
        "out by Pell & Garrow, landed this morning, and it is as bad as staff who spoke to "
        "us last year said it would be: 215 complaints, most never acted on, and a "
        'management that "prized loyalty over conduct".\n'
        "The board has accepted every recommendation. The most pointed is that Feld stop "
        "chairing the board that is supposed to oversee him. He hasn't said yes yet.\n"
        'Current and former employees we spoke to today were unimpressed. "Thirty-one '
        'recommendations and not one of them says anyone gets fired," one engineer said.\n'
        "Zipto is also waiting on the Fair Work Commission, which is looking into driver "
        "pay, and a listing that bankers had hoped to launch before Christmas.\n"
        "Feld, asked at an all-hands meeting whether he would resign, reportedly said he "
        'would "listen and learn".\n'
        "The report's findings echo complaints that surfaced last year when former employees "
        'described a "bro culture" at the company\'s headquarters in Varrow City and told of '
        "being discouraged from reporting harassment. Feld at the time called those accounts "
        '"one-sided".\n'
        "Other tech firms have faced similar reckonings. The payments company Quillpay "
        "replaced its chief executive in 2029 after a review of its workplace, and shares of "
        "the delivery app Fetchr dropped when a lawsuit alleged discrimination in pay.",
    ),
    # --- A singleton of the day. ---
    Piece(
        "zoo-birth",
        "Hesper Islands Gazette",
        D1 + 13.0,
        "Rare sea otter pup born at Port Alder aquarium",
        "Keepers at Port Alder Marine Park are celebrating the birth of a sea otter pup, the "
        "first born in the islands in more than 20 years. Mother and pup are doing well and "
        "will go on show next month.",
    ),
    # --- Day 2 (Tue Jul 22, 2031): the Concord Council sanctions Tavenia (a second event). ---
    Piece(
        "sanctions-tavenia",
        "Continental Press",
        D2 + 1.0,
        "Concord Council votes to cap Tavenia's oil imports, ban textile exports",
        "NEW HAVEN HALL (Continental Press) — The Concord Council on Tuesday unanimously "
        "approved its toughest sanctions yet on Tavenia, capping the country's imports of "
        "refined oil and banning its exports of textiles, in response to a string of missile "
        "launches including one that flew over Corvanne in May.\n"
        "The resolution limits deliveries of petrol, diesel and other refined products to 2 "
        "million barrels a year, roughly a third of what Tavenia is estimated to import, and "
        "bars member states from buying Tavenian clothing and fabrics, which earned the "
        "country an estimated $760 million last year.\n"
        "It also ends work permits for Tavenian labourers abroad when they expire, a measure "
        "diplomats said would cut off another source of hard currency.\n"
        "Corvanne's ambassador Lise Hammarby said the vote showed that \"the world will not "
        "look away\". Tavenia's envoy walked out before the vote and later called the "
        'resolution "an act of war by other means".\n'
        "The text was weakened in last-minute talks to win the support of two permanent "
        "members that had opposed a full oil embargo and an asset freeze on Chairman Aurel "
        "Vasko.\n"
        "It is the fifth round of council sanctions on Tavenia since its first nuclear test.\n"
        "Tavenia has carried out nine missile tests and one nuclear test this year. Its May "
        "launch sent a Karsa-12 rocket over Corvanne's Hesper islands, and in June it fired "
        "two shorter-range missiles into the sea off its east coast.",
    ),
    Piece(
        "sanctions-tavenia",
        "The National Chronicle",
        D2 + 3.0,
        "World powers tighten the screws on Vasko's regime",
        "By Ruth Abernethy, Foreign Correspondent\n"
        "Tavenia will have to run its tanks, trucks and tractors on a third less fuel under "
        "measures agreed in New Haven Hall on Tuesday, the most serious attempt yet to choke "
        "off the money and materials behind its weapons programme.\n"
        "All fifteen members of the Concord Council backed the package after weeks of "
        "haggling. The headline measure is a cap on refined oil products at two million "
        "barrels annually. Clothing exports, worth roughly three-quarters of a billion "
        "dollars a year, are banned outright.\n"
        "Officials in Port Alder, where air raid sirens sounded when a Tavenian rocket "
        'crossed overhead in May, welcomed the vote. "Our islanders have not forgotten that '
        'morning," one Corvanne official said.\n'
        "Sceptics point out that previous rounds of sanctions have done little to slow the "
        "Karsa programme. Tavenia has continued to test missiles at a rate of about one a "
        "month, and smuggling across its northern border is widespread.\n"
        "The real test, diplomats say, is enforcement. Ship-to-ship transfers of fuel at "
        "sea, which are hard to detect, have grown sharply since last year.\n"
        "Aurel Vasko himself was spared a travel ban and asset freeze that Corvanne had "
        "demanded.\n"
        "In Drask, the port from which the May missile was fired, state media showed factory "
        'workers rallying against what they called the "imperialist blockade".',
    ),
    Piece(
        "sanctions-tavenia",
        "Foreign Desk Review",
        D2 + 8.0,
        "Analysis: Will an oil cap finally bite in Tavenia?",
        "By Henrik Solberg\n"
        "On paper, Tuesday's resolution is the harshest the Concord Council has ever passed "
        "against Tavenia. Refined fuel imports capped at 2m barrels a year; textile exports, "
        "the regime's second-largest earner, banned; guest workers sent home as their "
        "permits lapse.\n"
        "But the history of sanctions on Tavenia is a history of loopholes. When coal "
        "exports were banned in 2027, shipments simply moved to smaller ports and changed "
        "flags. When the council limited crude oil, trucks lined up at the northern border.\n"
        "The new fuel cap depends on suppliers reporting their sales honestly. The two "
        "council members that supply most of Tavenia's fuel are the same two that insisted "
        "on watering the resolution down.\n"
        "What might work is the textile ban. Tavenian factories sew garments for foreign "
        "brands on contract, and those contracts are visible in customs data. Cutting them "
        "would cost Tavenia around $760m a year and put tens of thousands of workers out of "
        "a job.\n"
        "Whether that changes Chairman Vasko's calculations is doubtful. His regime has "
        "shown that it is willing to accept hardship at home as the price of a weapon that "
        "can reach its enemies.\n"
        "There is also the question of what comes after. Each round of sanctions has been "
        "followed within weeks by a new Tavenian test, as if to show that the pressure has "
        "not worked. Corvanne has already moved air-defence units to the Hesper islands, "
        "where residents were sent to shelters by a rocket's flight in May, and its allies "
        "have increased naval patrols in the strait.\n"
        "Some diplomats argue that the only way out is a negotiation that offers Tavenia "
        "something it wants — sanctions relief, recognition, a peace treaty — in exchange "
        "for a freeze on testing. Vasko has shown no interest so far. But regimes under "
        "economic pressure have changed course before, often suddenly, and usually when the "
        "cost of standing still became greater than the cost of talking.\n"
        "The one thing the resolution shows is unity. For the first time since 2026, no "
        "council member voted against.",
    ),
    Piece(
        "sanctions-tavenia",
        "Channel 6 Corvanne",
        D2 + 5.0,
        "'A strong message': Roux welcomes new penalties on Tavenia",
        "Corvanne's prime minister said on Tuesday that the Concord Council's new sanctions "
        'against Tavenia sent "a strong message" after months in which Tavenian rockets had '
        "threatened the country.\n"
        "Anneliese Roux told reporters in the capital that Corvanne would send two navy "
        'patrol ships to help monitor fuel shipments at sea. "A resolution is only as strong '
        'as its enforcement," she said.\n'
        "Opposition leader Fredrik Almqvist said the government had been right to push for "
        "tougher measures, but regretted that Aurel Vasko himself was not targeted.\n"
        "Tavenia's state news agency said the country would respond with \"resolute "
        'countermeasures", without giving details.\n'
        "Analysts warned that a new missile test was likely within weeks.\n"
        "The vote comes two months after a Tavenian missile passed over the Hesper islands, "
        "forcing residents to take shelter. Roux's government has since increased defence "
        "spending by 12 percent and bought an additional missile-defence battery.\n"
        "Corvanne's fishing fleet, which works in waters close to Tavenia's maritime border, "
        "has been told to avoid a 50-km strip of sea until further notice.\n"
        "Shares in Corvanne's defence companies rose after the vote.\n"
        "The navy said the two patrol ships would sail from Port Alder next week.",
    ),
    Piece(
        "sanctions-tavenia",
        "World Now Video",
        D2 + 6.5,
        "WATCH: Concord Council vote on Tavenia",
        "The moment the council's fifteen hands went up. Video, 0:48.",
    ),
    # --- The Zipto scandal's second event: its founder steps down. ---
    Piece(
        "zipto-ceo",
        "Business Day Varrow",
        D2 + 0.5,
        "Marcus Feld quits as Zipto chief executive under investor pressure",
        "By Priyanka Osei, Technology Editor\n"
        "Marcus Feld resigned as chief executive of Zipto on Tuesday, bowing to pressure "
        "from the ride-hailing company's largest investors two months after an investigation "
        "found managers had ignored hundreds of harassment complaints.\n"
        "Feld, who founded the company nine years ago, will remain on the board but give up "
        "all executive duties immediately, Zipto said. Chief operating officer Dalia Renwick "
        "will run the business until a permanent successor is found.\n"
        "The resignation followed a weekend of calls between board members and five "
        "shareholders who together own about 40 percent of the company. People familiar with "
        "the talks said the investors had threatened to vote against the board at next "
        "month's annual meeting if Feld stayed.\n"
        '"I love this company and I have made mistakes," Feld said in a statement. "Zipto '
        'needs a fresh start, and I should not stand in the way of it."\n'
        "The Pell & Garrow report in May found that Zipto had received 215 complaints from "
        "staff in four years and recommended that Feld give up the chairmanship. He did so "
        "in June but had resisted calls to leave the top job.\n"
        "Zipto had been preparing a stock market listing that bankers valued at about $12 "
        "billion. Analysts said the change at the top could delay it into next year.\n"
        "Feld's departure caps a remarkable rise and fall. He dropped out of university in "
        "Varrow City to build the first version of the app, which let students share taxis "
        "to the airport, and persuaded his first investors with a demo on a borrowed laptop. "
        "By 2028 Zipto had overtaken the old taxi firms in most of the country's cities, and "
        "Feld was a fixture at technology conferences, known for his long speeches about "
        '"moving people, not cars".\n'
        "Former colleagues describe him as brilliant and relentless but unwilling to hear "
        "criticism. Several said in interviews for this newspaper last year that complaints "
        "about managers close to Feld were routinely ignored. The company has since replaced "
        "its head of human resources and its general counsel.\n"
        "Renwick, 47, is seen by investors as a safe pair of hands. She is one of three "
        "internal candidates for the permanent job, people familiar with the search said, "
        "alongside at least two outside executives.",
    ),
    Piece(
        "zipto-ceo",
        "Techline",
        D2 + 2.0,
        "He built Zipto from a spare bedroom. Now he's out.",
        "It's over for Marcus Feld.\n"
        "The 41-year-old who turned a ride-sharing app for students into the country's "
        "biggest transport startup stepped down as CEO this morning, after investors made "
        "clear that it was him or them.\n"
        'Inside Zipto, the reaction was a mix of relief and nerves. "People are happy, '
        'honestly," one product manager told us. "But nobody knows who is running the place '
        'next week."\n'
        "Dalia Renwick, the COO, takes over on an interim basis. She joined from a logistics "
        "group in 2027 and is well liked by drivers' representatives, two people who have "
        "worked with her said.\n"
        "Feld keeps his board seat and, crucially, his shares, which give him about 18% of "
        "the votes. Governance experts say that means his influence will not vanish "
        "overnight.\n"
        "The company still has a Fair Work Commission inquiry into driver pay to deal with. "
        "A decision is expected before the end of the year.\n"
        "Feld's departure is part of a wider pattern. Founders at three other big startups "
        "in the region have left their jobs in the past year after clashes with investors, "
        "including the head of the delivery app Fetchr, who stepped down in March.\n"
        "Renwick's first test comes next week, when drivers' groups in Kammer and Lodden "
        "plan protests over pay cuts that Zipto introduced in April.",
    ),
    Piece(
        "zipto-ceo",
        "The Daily Blaze",
        D2 + 4.0,
        "Ride app boss OUT after bullying scandal",
        "Zipto founder Marcus Feld has been forced out of the top job at the taxi app "
        "following a bombshell report into bullying and harassment at the firm.\n"
        'The millionaire tech boss, who once boasted he "never takes a day off", quit on '
        "Tuesday after investors turned on him.\n"
        "Staff had made more than 200 complaints about their treatment, but most were swept "
        "under the carpet, investigators found.\n"
        "Feld, who drives a £180,000 electric supercar, will keep his multi-million pound "
        "stake in the business.\n"
        'A source close to the company said: "He didn\'t want to go. He was pushed."\n'
        "The app is used by more than six million people.",
    ),
    Piece(
        "zipto-ceo",
        "MarketPulse",
        D2 + 6.0,
        "Zipto CEO Exit: What It Means for the IPO",
        "By Dana Whitcombe\n"
        "Founder Marcus Feld's resignation on Tuesday removes the biggest obstacle to "
        "Zipto's planned listing, but probably pushes it into 2032, bankers and analysts "
        "said.\n"
        "Zipto was valued at $11.5B in its last private funding round, and investors had "
        "pencilled in a listing this autumn. Those plans now depend on finding a permanent "
        "CEO.\n"
        '"Nobody will buy the stock until they know who runs the company," said Rafael '
        'Otieno, a technology analyst at Granby Partners. "A six-month delay is the '
        'optimistic case."\n'
        "Interim chief Dalia Renwick told staff in a memo seen by MarketPulse that the "
        'company\'s priorities were "culture, drivers and profitability, in that order".\n'
        "Zipto lost about $310M last year on revenue of $2.1B. The company has said it "
        "expects to break even in 2032.\n"
        "Shares in rival Fetchr, which is listed, rose 3.4% on the news.\n"
        "The company's governance has been under the microscope since May, when an "
        'investigation by the law firm Pell & Garrow described a "culture of fear" and '
        "recommended an independent chair. Zipto appointed former central banker Karin Oduya "
        "to that role in June.\n"
        "The Fair Work Commission's inquiry into driver pay is a further risk for investors. "
        "A ruling that drivers are employees rather than contractors could add as much as "
        "$400M a year to costs, according to Granby's estimates.",
    ),
    Piece(
        "zipto-ceo",
        "Pocket Brief",
        D2 + 9.0,
        "Zipto's founder steps down",
        "Feld out as chief; COO Renwick in for now. Our take, in five bullet points.",
    ),
    # --- One kind of event, one day: two banks' quarterly results. ---
    Piece(
        "earnings-norvik",
        "Reuben's Money Daily",
        D2 + 0.0,
        "Norvik Bank second-quarter profit jumps 24% on lending margins",
        "Norvik Bank reported a 24% rise in second-quarter net profit on Tuesday, beating "
        "forecasts as higher interest rates widened the gap between what it charges "
        "borrowers and pays savers.\n"
        "Net profit rose to 1.84 billion kroner in the three months to June from 1.48 "
        "billion a year earlier. Analysts polled by the bank had expected 1.7 billion. Net "
        "interest income grew 17%.\n"
        'Chief executive Margit Sollund said loan losses remained "very low" and that the '
        "bank would raise its dividend and buy back up to 2 billion kroner of its shares "
        "over the next year.\n"
        "Mortgage lending, which makes up two-thirds of Norvik's loan book, grew 4% despite "
        "a slowing housing market in Kammer.\n"
        "The bank's shares rose 5.2% by mid-morning, their biggest one-day gain since "
        "January.\n"
        "Sollund cautioned that margins would narrow if the central bank cut rates later in "
        "the year, as some economists now expect.\n"
        "Norvik's results are the first from the country's big lenders this reporting "
        "season. Rival Kammer Savings Bank reports on Thursday.\n"
        "The bank also said it had set aside 120 million kroner to compensate customers who "
        "were overcharged on foreign-currency transfers between 2026 and 2029, an issue "
        "first raised by the financial ombudsman last year.",
    ),
    Piece(
        "earnings-norvik",
        "Kammer Daily News",
        D2 + 3.0,
        "Record half-year for Norvik as rates lift earnings",
        "By Jorrit Baas\n"
        "Norvik, the country's second-biggest bank, is on course for its best year ever "
        "after higher interest rates pushed quarterly earnings up by almost a quarter.\n"
        "The lender made a profit of 1,840 million kroner between April and June, it said on "
        "Tuesday. Over the first six months it earned 3.5 billion, a record.\n"
        "Margit Sollund, the chief executive, said customers had coped with higher mortgage "
        "payments better than feared. Arrears were at 0.3%, unchanged from the first "
        "quarter.\n"
        "Consumer groups said the bank should pass more of its gains on to savers. Norvik "
        "pays 1.5% on its standard savings account while charging more than 5% on a typical "
        "mortgage.\n"
        "The bank plans to buy back 2 billion kroner of shares and increase its interim "
        "dividend.\n"
        "The results come at a delicate time for the banks. Ministers have said they are "
        "considering a windfall tax on lenders' profits from higher rates, an idea that "
        'Sollund warned would "reduce our ability to lend to households and businesses".\n'
        "Norvik has also been criticised for closing branches. It shut 22 in the past year, "
        "mostly in rural areas, and plans to close another 15 by the end of 2032.\n"
        "Shares in the bank closed 4.9% higher.\n"
        "Analysts at Granby Partners raised their price target for the shares.",
    ),
    Piece(
        "earnings-castellan",
        "Selburg Business Journal",
        D2 + 1.5,
        "Castellan Bank profit falls by half as bad loans mount",
        "SELBURG — Castellan Bank said on Tuesday its second-quarter profit fell 52 percent "
        "as it set aside more money for loans to commercial property developers that may not "
        "be repaid.\n"
        "Net profit dropped to 412 million euros from 858 million a year earlier. Provisions "
        "for bad loans rose to 690 million euros, more than double the first quarter's, "
        "mostly for office buildings in Selburg and other large cities where vacancies have "
        "risen.\n"
        'Chief executive Otto Brandvold said the bank was "facing reality" about a market '
        "that had not recovered since the shift to remote work. He said he expected "
        "provisions to fall in the second half.\n"
        "Castellan shares fell 8 percent, their biggest drop in three years. The bank cut "
        "its full-year profit target and said it would not buy back shares this year.\n"
        "Analysts said the bank had more exposure to commercial property than most of its "
        "peers, about 14 percent of its loan book.\n"
        "The results contrasted with those of lenders that focus on households. Norvik Bank, "
        "which reported on the same day, said its profit rose by almost a quarter as higher "
        "rates lifted its margins.\n"
        "Castellan, founded in 1871, is the largest lender to businesses in Selburg. It "
        "received state support during the 2009 financial crisis and repaid it in full in "
        "2015.\n"
        "Brandvold said the bank remained well capitalised, with a core capital ratio of "
        "13.8 percent, above the regulatory minimum.",
    ),
    Piece(
        "earnings-castellan",
        "The Prospectus",
        D2 + 7.5,
        "Castellan's office problem just got a lot more expensive",
        'Castellan told investors in April that its office loans were "well collateralised". '
        "Three months later it has set aside €690mn against them.\n"
        "The second-quarter numbers, published on Tuesday, halved the bank's profit and sent "
        "its shares down 8 per cent. The question now is whether the provisions are enough.\n"
        "Office values in Selburg have fallen by about 30 per cent from their peak, "
        "according to brokers, and vacancies in the business district are at a record 19 per "
        "cent. Castellan lent heavily to developers in the district between 2022 and 2025.\n"
        "Otto Brandvold, the chief executive, argued that the worst is now in the numbers. "
        "Investors did not believe him, and it is not hard to see why: the bank has revised "
        "its loss estimates upwards three quarters in a row.\n"
        "The contrast with retail lenders, which are enjoying fat margins from higher rates, "
        "could hardly be sharper. For banks that bet on offices, rates have been a curse, "
        "not a blessing.\n"
        "A capital raise is not yet on the table, Brandvold said. The market will be "
        "watching the third quarter closely.\n"
        "Supervisors have noticed. The central bank's financial stability report in June "
        "singled out lenders with large office exposures, and Castellan is said to be among "
        "those asked to run additional stress tests.",
    ),
    # --- Paraphrase with little shared vocabulary: the tech veterans' campaign. ---
    Piece(
        "tech-regret",
        "The Morning Ledger",
        D2 + 2.5,
        "Social media pioneers turn against their own creation",
        "A group of engineers and designers who helped build some of the most popular apps "
        "of the last decade launched a campaign on Tuesday to warn parents and schools about "
        "what they called the deliberately addictive design of those apps.\n"
        "The Time Well Spent Alliance counts among its founders Elias Brandt, who designed "
        'the "pull to refresh" feature at the photo-sharing app Lookwell, and Mira '
        "Castellanos, a former head of growth at the social network Chirpy.\n"
        '"We built machines to capture attention, and they worked better than we ever '
        'imagined," Castellanos said at the launch in Varrow City. "Now we want to help '
        'people take some of it back."\n'
        "The alliance plans a curriculum for secondary schools, a guide for parents, and "
        "lobbying for a law that would ban some design techniques, such as endless "
        "scrolling, in apps aimed at under-16s.\n"
        "It has raised 7 million dollars from foundations, and says it will take no money "
        "from technology companies.\n"
        "Chirpy and Lookwell declined to comment. Both companies have added screen-time "
        "tools in the past year.\n"
        "The campaign comes amid growing concern among governments. Quellmark's parliament "
        "is debating a bill that would require age checks on social media, and health "
        "officials in Selburg recommended last year that children under 13 should not own "
        "smartphones.\n"
        "Research on the subject remains divided. Some studies have linked heavy use of "
        "social media to anxiety and poor sleep among teenagers; others find the effect is "
        "small.",
    ),
    Piece(
        "tech-regret",
        "Bytewise",
        D2 + 5.5,
        "Ex-Chirpy and Lookwell staff form group to fight tech 'addiction'",
        "Former employees of Chirpy and Lookwell have teamed up to campaign against what "
        "they describe as compulsive smartphone use, particularly among children.\n"
        "The Time Well Spent Alliance was announced today with $7M in funding from "
        "charitable foundations. Its founders include Mira Castellanos, previously Chirpy's "
        "growth chief, and Elias Brandt, a designer who worked on Lookwell's feed.\n"
        "The group wants lawmakers to restrict autoplay, infinite scroll and streaks in apps "
        "used by teenagers, and will offer a free course for schools from September.\n"
        'Brandt said he had deleted the apps he helped build from his own phone. "I know '
        "what's on the other side of the screen,\" he said. \"It's a team of very smart people "
        'whose job is to keep you there."\n'
        "Industry groups pushed back. The Digital Platforms Association said the evidence "
        'that apps cause addiction was "mixed at best" and that parents already had the '
        "tools they need.\n"
        "Castellanos left Chirpy in 2028 after six years. She has since advised several "
        "governments on online safety. Brandt has been working on a book about design "
        "ethics, due out next year.\n"
        "Other members of the alliance include a former engineer at the video app Flickit "
        "and an early investor in Lookwell who has said he regrets backing it.\n"
        "It is not the first time technology insiders have raised such concerns. A former "
        "executive of a search company gave evidence to lawmakers in Quellmark last year "
        "about how recommendation algorithms push teenagers towards extreme content.",
    ),
    Piece(
        "tech-regret",
        "Atlas Weekly",
        D2 + 11.0,
        "The people who built your phone habit want you to break it",
        "They were the architects of the infinite feed. Now Mira Castellanos, Elias Brandt "
        "and a dozen of their former colleagues say they regret it, and they have started a "
        "group to undo some of the damage.\n"
        "The Time Well Spent Alliance, launched on Tuesday in Varrow City, is an unusual "
        "coalition. Its members made fortunes from stock in the companies they now "
        "criticise, and some still own it.\n"
        '"There is a bit of irony here, and we know it," Brandt admitted in an interview. '
        '"But who better to explain how it works?"\n'
        "The group's first target is schools. It has written lessons that explain how "
        "notifications, streaks and likes are engineered to bring users back, and will give "
        "them away to any school that asks.\n"
        "Its second is the law. The alliance wants under-16s protected from design tricks "
        'that exploit what Castellanos calls "the slot-machine part of the brain".\n'
        "Critics say the campaign risks blaming technology for problems with deeper roots. "
        "But the founders' message is simple: the people who built the hook are telling you "
        "it is a hook.\n"
        "Chirpy and Lookwell did not respond to questions. Both have introduced features in "
        "recent years that let users set daily limits, and Lookwell hides the number of "
        "likes on posts by default for teenage users.",
    ),
    # --- An opinion on the wider debate (its own label). ---
    Piece(
        "op-phones",
        "The Commons",
        D2 + 13.0,
        "Phones are not cigarettes, and we should stop pretending they are",
        "By Dr Sunniva Hald\n"
        "Every few years a new technology is declared a public health emergency. Television "
        "rotted brains, video games bred violence, and now the smartphone is said to be the "
        "cigarette of our age.\n"
        "The evidence does not support the comparison. Large studies of teenagers find that "
        "screen time explains a tiny share of the differences in their wellbeing — about as "
        "much as eating potatoes, in one memorable analysis.\n"
        "That does not mean nothing is wrong. Sleep suffers when phones come to bed; some "
        "teenagers, especially those already struggling, find social media makes things "
        "worse. But those are problems to be managed, like sugar, not banned, like tobacco.\n"
        "Campaigns led by repentant engineers make for powerful headlines. But the people "
        "who built the apps are not necessarily experts on the children who use them.\n"
        "What parents need is not fear. It is sensible advice: no phones in bedrooms at "
        "night, and conversations about what children see online.\n"
        "And governments considering bans on particular design features should be careful to "
        "base them on evidence rather than on the regrets of the people who built them. "
        "Quellmark's proposed age checks, for example, would require every adult to hand "
        "over identity documents to use a social network, a cost that deserves more debate "
        "than it has received.\n"
        "Technology companies are not blameless. They should open their data to independent "
        "researchers so that we can know, rather than guess, what their products do to young "
        "people.\n"
        "Dr Sunniva Hald is a developmental psychologist at the University of Selburg.",
    ),
    # --- Day 3 (Wed Oct 15, 2031): Corvex rallies (the crypto topic, months later). ---
    Piece(
        "coin-rally",
        "The Varrow Herald",
        D3 + 2.0,
        "Corvex tops $9,000 for first time as Varrow approves regulated trading",
        "VARROW CITY — Corvex rose above $9,000 on Wednesday for the first time, extending a "
        "rally that began when Varrow's financial regulator granted the first full licences "
        "to crypto exchanges last week.\n"
        "The digital currency climbed as high as $9,240 in Asian trading, up 7 percent on "
        "the day, according to Tallyrate. It has gained more than 50 percent since July.\n"
        "Traders said the rally was driven by pension funds and asset managers, which had "
        "stayed away from the market until it was regulated. The Harrowgate pension fund "
        "said on Monday it had invested 1 percent of its assets in Corvex, the first large "
        "fund in the region to do so.\n"
        '"The licences changed the conversation," said Arun Kessler of Marlow Digital. "A '
        "year ago the question was whether crypto would be banned. Now it is how much to "
        'own."\n'
        "The rally is a sharp reversal from May, when the currency fell below $6,000 after "
        "the Bank of Varrow announced plans for licensing. The rules as finally published "
        "were lighter than many had feared, requiring capital buffers and audits but "
        "allowing exchanges to keep offering leveraged trading.\n"
        "Nimbl, the second-biggest token, rose 9 percent to a record.\n"
        "Not all investors share the enthusiasm. The Bank of Varrow's governor warned last "
        'month that crypto assets remained "highly speculative" and that the central bank '
        "would not step in to protect anyone who lost money on them.",
    ),
    Piece(
        "coin-rally",
        "Ledgerline",
        D3 + 4.0,
        "CVX Breaks $9K: Institutions Pile In As Licensed Exchanges Go Live",
        "By Sasha Kowal\n"
        "It finally happened. Corvex (CVX) broke through $9K this morning, setting a new "
        "all-time high of $9,240 on Kettlewell, one of the four platforms licensed by "
        "Varrow's Financial Markets Authority last Thursday.\n"
        "On-chain data shows large wallets — those holding 1,000 CVX or more — added roughly "
        "38,000 coins over the past week, the biggest weekly accumulation since the network "
        "launched.\n"
        "Open interest in futures also hit a record at $4.1B, a sign that some of the buying "
        "is leveraged. Funding rates are elevated but not yet at the extremes seen before "
        "the April top.\n"
        "The narrative has flipped fast. Five months ago the market was melting down on "
        "fears that the Bank of Varrow would regulate the sector into oblivion. Instead, "
        "licensed exchanges can now offer custody to funds, and the first Corvex "
        "exchange-traded product is expected to list in Kammer next month.\n"
        "What to watch: $9,500 is the next resistance level on most traders' charts. A daily "
        "close above it would put $10K in play.\n"
        "As always, this is not financial advice.\n"
        "For context: the last time CVX traded this far above its 200-day average, in April, "
        "a 30% drawdown followed within six weeks. Funds buying now are doing so through "
        "regulated custody for the first time, which may make this cycle less fragile. Or "
        "not.",
    ),
    Piece(
        "coin-rally",
        "The Daily Blaze",
        D3 + 6.0,
        "CORVEX IS BACK: coin hits record high as big money piles in",
        "It's party time for crypto fans.\n"
        "Corvex rocketed to an all-time high of more than nine thousand dollars today, "
        "months after a crash that left thousands of small investors nursing heavy losses.\n"
        "Pension funds that look after the savings of teachers and nurses are now buying the "
        "coin, a move that would have been unthinkable just a year ago.\n"
        "Remember Jordan, the plumber who told the Blaze in May he had lost half his "
        'savings? He held on. "I\'m back in profit," he said today. "I\'m not selling this '
        "time — or maybe I'll sell a bit.\"\n"
        'Experts warned the rollercoaster is far from over. "Prices that go up this fast can '
        'come down just as fast," said one fund manager.\n'
        "Corvex has now more than doubled since the start of last year. But with no "
        "earnings, no dividends and no central bank behind it, critics say nobody really "
        "knows what it is worth.\n"
        "The Financial Markets Authority, which now licenses the biggest trading platforms, "
        "says small investors should be wary of adverts promising quick riches. Last month "
        'it ordered four websites to stop selling what it called "get-rich-quick crypto '
        'courses".\n'
        "Kettlewell, one of the big trading sites, said new sign-ups this week were the "
        "highest since April.\n"
        'Jordan says he has learned one lesson: "Never check the price before breakfast."',
    ),
    Piece(
        "coin-rally",
        "Fintrade",
        D3 + 8.5,
        "Why Crypto Is Rallying Again",
        "By Dana Whitcombe\n"
        "Regulation was supposed to kill the crypto boom. Instead it has fuelled the next "
        "leg of it.\n"
        "Corvex's climb past $9,000 on Wednesday caps a 55% rally since July, when Varrow's "
        "draft exchange rules turned out to be less strict than the market had feared. The "
        "final rules, published in September, let licensed exchanges hold client assets for "
        "funds, which opened the door to institutional money.\n"
        "The Harrowgate fund's 1% allocation is small in absolute terms — about $600M — but "
        "it has sent a signal. Two other pension funds and an insurance group are said to be "
        "considering similar moves.\n"
        'Not everyone is convinced. "We have seen this film before," said Maren Stolz, chief '
        'economist at Selburg Bank. "A regulated casino is still a casino."\n'
        "The data firm Tallyrate estimates that the combined value of all tokens has topped "
        "$900B, up from about $520B at the low point in May.\n"
        "Corvex is also being helped by a weaker dollar, which tends to push investors "
        "towards alternative assets such as gold.\n"
        "Corvex-linked stocks rallied too. Coin miner Hashfield rose 12% and Quillpay gained "
        "6%, while shares in exchange operator BitHarbor, which listed in Kammer in August, "
        "hit a record.\n"
        "Some strategists think the rally has further to run if the first exchange-traded "
        "product lists on schedule in Kammer next month, since it would let ordinary "
        "brokerage accounts buy Corvex for the first time.",
    ),
    # --- One kind of event, one day, two places: two storms. ---
    Piece(
        "storm-ilsa",
        "Tidewater Wire",
        D3 + 0.5,
        "Storm Ilsa batters Sarnovia coast, three dead",
        "GRESSBY, Sarnovia (Tidewater) — Storm Ilsa tore into Sarnovia's west coast "
        "overnight with gusts of up to 160 km/h, killing three people and leaving more than "
        "200,000 homes without power, emergency services said on Wednesday.\n"
        "Two of the dead were in a car crushed by a falling tree near Gressby, and a "
        "fisherman was swept off a pier in the port of Holm. Police said a fourth person was "
        "missing.\n"
        "The storm, the first named storm of the autumn, brought down power lines across "
        "four provinces and closed all ferry services to the offshore islands. The national "
        "rail operator cancelled trains north of Gressby after trees fell across the track.\n"
        '"This was a very dangerous storm and it came in faster than forecast," said Ingrid '
        "Falk, head of the national weather service. A red warning remained in place for the "
        "northern coast until midday.\n"
        "Prime Minister Lars Ødegaard said the army had been sent to help clear roads. "
        "Utility crews from neighbouring Brekka were expected to cross the border later on "
        "Wednesday.\n"
        "Forecasters said Ilsa would weaken as it moved inland but could still bring "
        "flooding to river valleys in the east.\n"
        "Insurers said it was too early to estimate the cost of the damage, but one industry "
        "group put early claims at several hundred million crowns.",
    ),
    Piece(
        "storm-ilsa",
        "Sarnovia Broadcasting",
        D3 + 3.0,
        "Three killed as Ilsa brings hurricane-force winds",
        "Three people have died and tens of thousands of households are without electricity "
        "after Storm Ilsa hit the west of the country.\n"
        "The storm made landfall near Gressby shortly after midnight. Wind speeds of 158 "
        "kilometres per hour were recorded at Holm lighthouse, the highest since the storm "
        "of 2019.\n"
        "Emergency services received more than 4,000 calls overnight, many about fallen "
        "trees and roofs torn off houses.\n"
        "Power company Nordlys said 210,000 customers had lost supply at the peak and about "
        "half had been reconnected by the morning. It warned that some rural areas could be "
        "without power until the weekend.\n"
        "Schools in the provinces of Gressby and Vesterholm were closed. The government has "
        "set up an emergency fund of 50 million crowns for affected households.\n"
        "The weather service said the storm was moving north-east and would reach the "
        "capital by evening, though much weakened.\n"
        "The coastal road between Gressby and Skarvik was closed after a landslide, and the "
        "ferry company Fjordlinjen said it had cancelled all crossings until Thursday at the "
        "earliest.\n"
        "Opposition politicians questioned why the red warning had been issued only on "
        "Tuesday afternoon, giving families and businesses on the coast little time to "
        "prepare.\n"
        "Ilsa is the strongest storm to hit Sarnovia since the storm of 2019, which killed "
        "seven people and caused damage estimated at 1.2 billion crowns.",
    ),
    Piece(
        "storm-ilsa",
        "The Gressby Mercury",
        D3 + 9.0,
        "What we know about Storm Ilsa",
        "Storm Ilsa, the first big storm of the season, struck the west coast overnight. "
        "Here's what we know so far.\n"
        "How strong was it? Gusts reached 158km/h at Holm, and 140km/h in Gressby itself. "
        "The weather service had issued a red warning for the coast on Tuesday afternoon.\n"
        "Who has been hurt? Three people died: two in a car near Gressby and a fisherman in "
        "Holm. A 67-year-old man is missing after going out to check on his boat. Nineteen "
        "people were treated in hospital.\n"
        "How many homes lost power? About 210,000 at the peak. Nordlys says most should be "
        "reconnected by Friday.\n"
        "What about travel? Ferries to the islands are suspended, trains north of Gressby "
        "are not running, and the coast road is closed at Skarvik because of a landslide.\n"
        "What help is available? The government has announced a 50 million crown emergency "
        "fund. Households can apply through the municipal offices from Thursday.\n"
        "Is another storm coming? Forecasters are watching a second low-pressure system in "
        "the Atlantic but say it is too early to say whether it will reach Sarnovia.\n"
        "Why was it so bad? Meteorologists say the storm deepened unusually quickly over "
        "warm water in the last twelve hours before landfall, a process known as explosive "
        "cyclogenesis. Scientists have warned that warmer seas could make such storms more "
        "frequent on this coast.\n"
        "How can I help? The Red Cross in Gressby is collecting blankets and bottled water "
        "at the sports hall on Strandgata, and several restaurants in the old town are "
        "offering free meals to families without power. Volunteers with chainsaws are asked "
        "to register with the municipality before heading out, to avoid getting in the way "
        "of rescue crews.\n"
        "Where can I get updates? The municipality's website and the emergency radio "
        "frequency are updated every hour. Nordlys has a live map of outages on its website, "
        "and the road authority posts closures on its app.",
    ),
    Piece(
        "storm-ilsa",
        "NordNews Video",
        D3 + 5.0,
        "Drone footage: Ilsa's damage from the air",
        "Flattened trees and torn roofs along the Gressby coast.",
    ),
    Piece(
        "typhoon-rangi",
        "Meridian News Agency",
        D3 + 1.0,
        "Typhoon Rangi slams into Meloria, forcing 80,000 from homes",
        "SANTA ILARIA, Meloria, Oct 15 (MNA) - Typhoon Rangi made landfall on Meloria's "
        "southern islands on Wednesday with sustained winds of 185 km per hour, forcing "
        "80,000 people into evacuation centres and cutting power to the island of Cabrel, "
        "officials said.\n"
        "There were no immediate reports of deaths, but the disaster agency said "
        "communications with several coastal villages had been lost.\n"
        "The typhoon, the 14th to hit the archipelago this year, brought storm surges of up "
        "to three metres along Cabrel's eastern shore and flooded parts of the provincial "
        "capital, Porto Velha.\n"
        "All domestic flights to the southern islands were cancelled and the coast guard "
        "barred vessels from leaving port.\n"
        "President Amalia Reyes ordered the armed forces to prepare aircraft to deliver food "
        'and water. "Our priority is to reach the cut-off communities," she said in a '
        "televised address.\n"
        "Rangi was expected to cross the Meloria Sea and weaken by Thursday, the weather "
        "bureau said.\n"
        "Meloria is hit by an average of 20 typhoons a year. Rangi's arrival comes only "
        "three weeks after Typhoon Soledad struck the northern province of Alcaraz, killing "
        "12 people and damaging more than 9,000 homes.\n"
        "Relief agencies said supplies left over from that storm were being shipped south. "
        "The national electricity company said it could take a week to restore power to all "
        "of Cabrel.",
    ),
    Piece(
        "typhoon-rangi",
        "Coral Coast Times",
        D3 + 7.0,
        "Cabrel cut off as typhoon floods Porto Velha",
        "By Miguel Atienza\n"
        "Cabrel island was without power and mobile signal on Wednesday night after Typhoon "
        "Rangi swept across it, flooding the streets of Porto Velha and flattening banana "
        "plantations in the interior.\n"
        "Residents who reached the mainland by the last ferry before the port closed "
        'described waves crashing over the seawall. "The water came up to the windows of the '
        'market," said vendor Teresa Dalisay.\n'
        "The disaster agency said 80,000 people were in evacuation centres across the "
        "southern islands, most of them in schools and churches.\n"
        "Aid groups warned that Cabrel's water supply could be contaminated. The Red "
        "Crescent of Meloria said it was sending purification tablets and tarpaulins by navy "
        "ship as soon as the sea allowed.\n"
        "Rangi is the strongest typhoon to hit the southern islands since 2027, when more "
        "than 300 people died in floods and landslides. Officials said a new early-warning "
        "system, built since then, had helped move people to safety in time.\n"
        "Farmers' groups estimated crop damage at more than 2 billion pesos.\n"
        "Schools across the southern islands will remain closed until Monday. The education "
        "department said some would be used as shelters for families whose homes were "
        "destroyed.",
    ),
    Piece(
        "typhoon-rangi",
        "Pacifica Newsline",
        D3 + 12.0,
        "Rangi brings three-metre surge to Meloria's south",
        "The typhoon made landfall with winds of 185 km/h and forced tens of thousands of "
        "islanders from their homes; no deaths have yet been confirmed.",
    ),
    # --- Arvant's results: the glasses' maker again, a different event. ---
    Piece(
        "arvant-results",
        "InvestorWatch",
        D3 + 10.0,
        "Arvant profit slides as carmakers cut chip orders; glasses launch on track",
        "Arvant reported a 22% fall in third-quarter profit on Wednesday as carmakers "
        "trimmed orders for its processors, but the chip designer said its Halo smart "
        "glasses would still reach shops in the spring.\n"
        "Net income fell to $184 million from $236 million a year earlier, on revenue down "
        "6% at $1.9 billion. Analysts had expected revenue of $1.95 billion.\n"
        "Automotive sales, which make up about 40% of the total, fell 15% as car companies "
        "worked through stockpiles built up during last year's shortages.\n"
        'Chief executive Ines Marwood said orders had "bottomed out" and forecast a return '
        "to growth in the first quarter. She said more than 3,000 developers had signed up "
        "for the Halo kit since it shipped in September.\n"
        "Arvant shares fell 6% in after-hours trading.\n"
        "The company, which employs 9,400 people, said it would freeze hiring outside its "
        "research teams until next year.\n"
        "Investors have been weighing whether the move into consumer hardware, first shown "
        "to the public in May, is a distraction from the core chip business. Marwood told "
        'analysts Halo would be "a small part of revenue for several years".\n'
        "Rival chipmakers have reported a similar slowdown in car chips this month, while "
        "demand from data centres remains strong.",
    ),
    Piece(
        "arvant-results",
        "TechTonic",
        D3 + 12.5,
        "Arvant's quarter was rough. Halo is still coming.",
        "The chipmaker behind the retina-projecting Halo glasses had a bad quarter: revenue "
        "down 6%, profit down 22%, and a hiring freeze. But CEO Ines Marwood used the "
        "earnings call to reassure fans of the glasses that nothing had changed.\n"
        '"Halo ships in the spring, at a price we\'ll announce in January," Marwood said, '
        "adding that the consumer version would be 4 grams lighter than the prototype.\n"
        "The weak numbers are mostly about cars. Carmakers over-ordered chips during the "
        "shortage of 2030 and are now working through the pile.\n"
        "The question for Arvant is whether it can afford to spend on a new product category "
        "while its main market is soft. The company spent $410 million on research in the "
        "quarter, up 11%.\n"
        "Analysts on the call pushed Marwood on Halo's sales forecasts. She declined to give "
        "one.\n"
        "Developers who have the kit say the software is still rough, but the hardware is "
        "impressive. Expect a price closer to a premium phone than a budget one.\n"
        "Arvant first showed Halo to the press in May, when it was demonstrated as a 48-gram "
        "prototype without a camera that beams text directly onto the retina. Developer kits "
        "shipped on schedule in September, and the company says it has already fixed many of "
        "the early battery complaints.\n"
        "Two phone makers are widely expected to show their own glasses next year, which "
        "means Arvant's head start could be short.",
    ),
    # --- Lodden again, a different event: the mayor's re-election. ---
    Piece(
        "lodden-mayor",
        "Lodden Evening Post",
        D3 + 1.5,
        "Voskuijl wins second term as Lodden mayor",
        "LODDEN — Hanne Voskuijl was re-elected mayor of Lodden on Tuesday, taking 54 per "
        "cent of the vote in a contest dominated by transport and housing.\n"
        "Her main challenger, businessman Dirk Tamminga, won 38 per cent, with the rest "
        "split between three other candidates. Turnout was 47 per cent, down from 52 per "
        "cent four years ago.\n"
        "In her victory speech at the town hall, Voskuijl promised to build 6,000 affordable "
        'homes and to "fix the trams once and for all", a reference to the strike in May '
        "that shut the network for two days.\n"
        "Tamminga had campaigned on cutting local taxes and handing the tram network to a "
        "new operator. He conceded shortly after midnight.\n"
        "The mayor's party also kept its majority on the city council, winning 23 of 41 "
        "seats.\n"
        "Voskuijl, a former teacher, was first elected in 2027. She is the first Lodden "
        "mayor to win a second term since the 1990s.\n"
        "Tamminga's campaign had been given a boost in the summer when tram services were "
        "cut back because of a shortage of drivers, and polls in September showed the race "
        "close. But Voskuijl's promise of a new deal with the tram drivers' union, agreed in "
        "August after the strikes, appeared to win back voters.\n"
        "The city's tram operator, Lodden Metro Trams, said it looked forward to \"continuing "
        'our work with the mayor".\n'
        "Voskuijl will be sworn in for her second term on November 3.",
    ),
    Piece(
        "lodden-mayor",
        "Lodden FM",
        D3 + 6.0,
        "Lodden keeps its mayor as turnout slips",
        "Voters in Quellmark's second city returned Hanne Voskuijl for four more years, in a "
        'result that her rival said showed people were "tired of change". Voskuijl won 54% '
        "against 38% for Dirk Tamminga.",
    ),
    # --- A singleton of the day. ---
    Piece(
        "museum-heist",
        "Selburg Courant",
        D3 + 11.0,
        "Thieves take medieval gold coins from Selburg museum in night raid",
        "Thieves broke into Selburg's city museum overnight and stole a collection of 46 "
        "medieval gold coins worth an estimated 3 million euros, police said on Wednesday.\n"
        "The burglars got in through a skylight and disabled an alarm in the coin room, "
        "police said. A night guard discovered the theft on his rounds at about 4am.\n"
        "The coins, minted in the city between 1320 and 1410, were found by farmers in 1911 "
        "and are among the museum's best-known exhibits.\n"
        'Museum director Anouk Verbeek said she was "heartbroken" and appealed to the public '
        "for help. \"These coins are part of the city's story. They cannot be sold openly "
        'anywhere," she said.\n'
        "Police said they were studying security camera footage and were looking for a dark "
        "van seen near the museum shortly after 3am.\n"
        "It is the second theft from a museum in the region this year. In March, thieves "
        "took a painting from a gallery in Kammer; it has not been recovered.\n"
        "The museum was closed on Wednesday while forensic officers examined the building. "
        "It is due to reopen on Friday, without the coin room.\n"
        "Insurers have offered a reward of 100,000 euros for information leading to the "
        "coins' recovery. Experts fear they could be melted down for their gold, which alone "
        "is worth about a tenth of the collection's value.",
    ),
    # --- Day 4 (Thu Jan 22, 2032): Vasko's offer of talks (the running topic's third event). ---
    Piece(
        "tavenia-talks",
        "Meridian News Agency",
        D4 + 0.5,
        "Tavenia's Vasko proposes talks with Corvanne, first in seven years",
        "PORT ALDER, Corvanne, Jan 22 (MNA) - Tavenia's leader Aurel Vasko on Thursday "
        "proposed direct talks with Corvanne at the border village of Kell next month, the "
        "first such offer since negotiations broke down seven years ago.\n"
        "In a speech broadcast by Tavenian state television, Vasko said the two countries "
        '"share one sea and one future" and invited Corvanne to send a delegation to discuss '
        'fishing rights, family visits and "the reduction of military tension".\n'
        'Corvanne\'s government said it was studying the offer "carefully and seriously". A '
        "spokesman for Prime Minister Anneliese Roux said any talks would have to include "
        "Tavenia's missile programme.\n"
        "The speech marked a sharp change in tone from last year, when Tavenia fired a "
        "missile over Corvanne's Hesper islands and the Concord Council responded with a cap "
        "on fuel deliveries and a ban on Tavenian textiles.\n"
        "Diplomats said the sanctions appeared to be biting. Fuel prices in Tavenia have "
        "roughly tripled since August, according to traders who deal with the country, and "
        "long queues have been reported at petrol stations in Drask.\n"
        "Vasko did not mention nuclear weapons in his 25-minute speech.\n"
        "The last round of talks between the two countries, in 2025, collapsed after a "
        "Tavenian patrol boat fired on a Corvanne fishing vessel near the maritime border.\n"
        "Corvanne's main share index rose 1.1 percent after the speech, led by fishing and "
        "shipping companies.",
    ),
    Piece(
        "tavenia-talks",
        "The National Chronicle",
        D4 + 2.0,
        "Vasko extends an olive branch — but Corvanne is wary",
        "By Ruth Abernethy, Foreign Correspondent\n"
        "For the first time in years, the man who sent a rocket screaming over the Hesper "
        "islands is talking about peace.\n"
        "Chairman Aurel Vasko used a televised address on Thursday to invite his southern "
        "neighbour to the negotiating table, naming a place, the border village of Kell, and "
        "a time, the second week of February. He spoke of divided families and fishermen who "
        "share the same grounds.\n"
        "In Corvanne's capital the reaction was cautious. Officials privately pointed out "
        "that Tavenia has made similar gestures before, usually when it needed aid or relief "
        "from sanctions, and then walked away.\n"
        '"The question is whether this is a change of policy or a change of tactics," said '
        'Carla Mendez of the Institute for Maritime Security. "The fuel cap has hurt. Vasko '
        'needs something."\n'
        "Anneliese Roux is under pressure from both sides. Her coalition partners want her "
        "to accept; the opposition says talks would reward Tavenia for months of threats.\n"
        "Aid workers who have visited Tavenia recently describe shortages of fuel and "
        "electricity in the provinces, and factories idle since the textile ban.\n"
        "The Concord Council's sanctions, agreed in July after months of missile tests, have "
        "cut fuel deliveries to Tavenia by about a third. In the autumn Tavenia held a "
        "military parade but did not carry out any further long-range tests, which some "
        "analysts now see as a sign that the talks offer had been in preparation for months.",
    ),
    Piece(
        "tavenia-talks",
        "Radio Tavenia International",
        D4 + 4.0,
        "Chairman calls for dialogue and good neighbourliness",
        "Chairman Aurel Vasko today set out a proposal for dialogue with the Republic of "
        "Corvanne, in a historic address to the nation.\n"
        "The Chairman said that the Tavenian people have always desired peace and that the "
        'door to talks was open "to those who come with sincerity".\n'
        "He proposed a meeting of delegations at Kell on February 10 to discuss fisheries, "
        "the reunion of separated families, and measures to reduce tension.\n"
        "The Chairman also condemned the unjust sanctions imposed by hostile forces, which "
        "he said had caused hardship to the people but had failed to shake their "
        "determination.\n"
        "Citizens in the capital expressed their support for the Chairman's wise initiative, "
        "the broadcaster reported.",
    ),
    Piece(
        "tavenia-talks",
        "The Corvanne Herald",
        D4 + 8.0,
        "Tavenia–Corvanne: live updates",
        "Live\n"
        "16:05 Corvanne's foreign minister Jasper Ekholm says the government will reply to "
        'Vasko\'s proposal "within days" and has spoken to allies.\n'
        "15:20 Shares in Corvanne's fishing companies are up sharply on hopes that a deal "
        "would reopen northern waters.\n"
        '14:10 The Concord Council\'s chair welcomes "any step towards dialogue" but says '
        "sanctions will stay until Tavenia halts its missile tests.\n"
        "12:45 Roux's spokesman: talks must include the missile programme. Kell is \"a "
        'possible venue".\n'
        "11:30 Recap: Aurel Vasko has offered talks with Corvanne at Kell on 10 February, in "
        "a televised speech this morning. It is the first offer since 2025.\n"
        "11:00 If you are just joining us: we are following the reaction to the Tavenian "
        "leader's speech.\n"
        '10:40 In his speech, Vasko also praised the "patience" of Tavenia\'s people under '
        "sanctions. The Concord Council capped fuel deliveries in July after a missile flew "
        "over the Hesper islands in May.\n"
        '10:15 Tavenian state television has begun broadcasting what it calls an "important '
        "speech\" by Chairman Aurel Vasko. We'll bring you the key lines as they come.\n"
        "09:50 Corvanne's navy has not changed its alert level, a defence ministry "
        "spokeswoman told us.\n"
        "09:30 Good morning. Tavenian state media has trailed a speech by the Chairman this "
        "morning; diplomats in Port Alder expect an offer of some kind.",
    ),
    Piece(
        "tavenia-talks",
        "Newsroll",
        D4 + 6.0,
        "WATCH: Vasko's offer of talks, in his own words",
        "Highlights of the speech, with subtitles. 2:10.",
    ),
    # --- The Zipto scandal's third event: the settlement with the regulator. ---
    Piece(
        "zipto-settlement",
        "Business Day Varrow",
        D4 + 1.0,
        "Zipto to pay $245 million to settle drivers' pay case",
        "By Priyanka Osei, Technology Editor\n"
        "Zipto has agreed to pay $245 million to settle claims that it underpaid its "
        "drivers, ending an 18-month investigation by Varrow's Fair Work Commission and "
        "clearing one of the last obstacles to a stock market listing.\n"
        "Under the settlement, announced on Thursday, around 60,000 current and former "
        "drivers will receive back pay averaging about $4,000 each. Zipto will also "
        "guarantee a minimum hourly rate of pay, after costs, for time spent logged in to "
        "the app.\n"
        "The company did not admit wrongdoing. The commission said its inquiry had found "
        "that many drivers earned below the minimum wage once fuel and vehicle costs were "
        "counted.\n"
        '"This is a fair outcome that recognises the contribution of the people who drive '
        'for Zipto," said chief executive Dalia Renwick, who was confirmed in the role in '
        "November after the departure of founder Marcus Feld.\n"
        "Drivers' groups welcomed the payment but said the deal did not settle whether "
        "drivers are employees. The union Drive Together said it would continue a separate "
        "case in the courts.\n"
        "Zipto's troubles began last May, when a report by the law firm Pell & Garrow "
        "described a culture of fear at the company and led to Feld's resignation in July.",
    ),
    Piece(
        "zipto-settlement",
        "The Evening Shout",
        D4 + 4.5,
        "Taxi app coughs up quarter of a billion to short-changed drivers",
        "Cab app Zipto will hand its drivers a whopping $245m after being caught paying many "
        "of them less than the minimum wage.\n"
        "Tens of thousands of drivers will pocket an average of four thousand dollars each.\n"
        'Dad-of-three Ravi, who drove for Zipto for three years, said: "I worked 60 hours a '
        "week and some weeks I had less than nothing after petrol. This money means I can "
        'finally clear my credit card."\n'
        "The firm was rocked last year by a bullying scandal that forced founder Marcus Feld "
        "to quit.\n"
        "Bosses insist they have changed. But drivers say the app still takes a 25 per cent "
        "cut of every fare.",
    ),
    Piece(
        "zipto-settlement",
        "Workforce Today",
        D4 + 7.0,
        "Zipto's $245M settlement, explained",
        "Zipto's settlement with the Fair Work Commission is the biggest pay deal in the "
        "country's gig economy. Here is what is in it and what it means.\n"
        "The money: $245M in back pay to about 60,000 drivers who worked between 2026 and "
        "2031. Payments will be made by April.\n"
        "The rules: a guaranteed minimum of 120% of the minimum wage for time spent on a "
        "trip or waiting for one, after an allowance for fuel and car costs.\n"
        "What it doesn't do: make drivers employees. They will remain contractors, without "
        "paid holidays or sick pay. That question is still in front of the courts.\n"
        "Why now: Zipto wants to list on the stock market this year. New CEO Dalia Renwick "
        "has been clearing the decks since taking over from Marcus Feld, and investors "
        "wanted the commission's case out of the way.\n"
        "Our read: a win for drivers, but a cheaper one for Zipto than a court defeat would "
        "have been. Shares of rival Fetchr, which faces similar questions, were flat.\n"
        "What's next: Renwick told staff in a memo that a listing was now possible \"in the "
        'second half of the year". Feld, who still holds a board seat and a large block of '
        "voting shares, did not comment. A separate lawsuit from drivers seeking employee "
        "status is due in court in March.\n"
        "The commission said it was also looking at the pay practices of two other "
        "ride-hailing and delivery companies, which it did not name.",
    ),
    # --- One kind of event, one day, two places: two court rulings. ---
    Piece(
        "ruling-couriers",
        "Tidewater Wire",
        D4 + 2.5,
        "Dravia's top court rules delivery riders are employees",
        "ESTRELA, Dravia (Tidewater) — Dravia's Supreme Court ruled on Thursday that "
        "couriers who deliver meals for the app Fetchr are employees rather than "
        "self-employed contractors, a decision that could reshape the country's gig economy.\n"
        "In a unanimous ruling, the court's five judges said that Fetchr controlled the "
        "couriers' work so closely, through ratings, pay rates and automatic penalties, that "
        "they were in practice employed by the company.\n"
        "The case was brought by four riders from Estrela with the backing of the couriers' "
        "union UTR. They will now be entitled to paid holidays, sick pay and pension "
        "contributions.\n"
        'Fetchr, which has around 35,000 couriers in Dravia, said it was "disappointed" and '
        "would study the ruling. It has said in the past that turning riders into employees "
        "would force it to raise prices and cut jobs.\n"
        "Labour minister Inês Carvalhal said the government would use the ruling as the "
        "basis for a new law covering all app-based work.\n"
        "Courts in several other countries have reached similar conclusions in recent years, "
        "while others have sided with the platforms.\n"
        "Fetchr's shares, which are listed in Kammer, fell 5 percent after the ruling. The "
        "company has faced similar challenges in Quellmark and Brekka, where courts have so "
        "far sided with it.",
    ),
    Piece(
        "ruling-couriers",
        "Diário de Estrela",
        D4 + 5.0,
        "'A historic day': riders celebrate outside court",
        "By Joana Ferraz\n"
        "Dozens of delivery riders in green jackets cheered and sounded their horns outside "
        "the Supreme Court in Estrela on Thursday after judges ruled that they are employees "
        "of the app that pays them.\n"
        '"For five years they told us we were our own bosses. Today the court said the '
        'truth," said Rui Matos, one of the four riders who brought the case. He has worked '
        "for Fetchr since 2027.\n"
        "The judgment means that Fetchr must offer contracts, holiday pay and social "
        "security contributions to its couriers. Lawyers for the riders said back pay claims "
        "could run into tens of millions of euros.\n"
        "Fetchr's regional manager, Paulo Sena, said the company respected the decision but "
        'warned that it could mean "fewer, better-paid jobs".\n'
        "Other delivery platforms operating in Dravia, including two smaller rivals, are "
        "expected to be affected. The union said it would write to each of them demanding "
        "contracts within 30 days.\n"
        "The ruling follows a decision last year by a lower court that went the other way, "
        "which the riders appealed.\n"
        "Fetchr said its riders could earn up to 14 euros an hour at busy times, but the "
        "union says average pay after costs is closer to five.\n"
        "The union has called a rally in the city's main square on Saturday to mark the "
        "decision.",
    ),
    Piece(
        "ruling-couriers",
        "Estrela TV",
        D4 + 9.0,
        "Dravia court: couriers are staff",
        "The ruling on Fetchr's riders, and who could be next. Two minutes.",
    ),
    Piece(
        "ruling-merger",
        "Interwire",
        D4 + 3.0,
        "Quellmark appeals court blocks Vantage-Grocera supermarket merger",
        "LODDEN (Interwire) — A Quellmark appeals court on Thursday blocked the planned "
        "merger of the supermarket chains Vantage and Grocera, upholding a competition "
        "authority ruling that the deal would push up food prices.\n"
        "The three-judge panel rejected the companies' argument that the competition "
        "authority had defined the grocery market too narrowly and ignored the growth of "
        "online delivery.\n"
        "The 4.6 billion crown deal, announced in 2030, would have created a group with "
        "about 45 percent of the country's supermarket sales and more than 1,100 stores.\n"
        '"Shoppers in many towns would have been left with a choice of one," the court said '
        "in its judgment.\n"
        "Vantage said it was disappointed and was considering an appeal to the Supreme "
        'Court. Grocera said it would "move on" and pursue its own growth plan.\n'
        "Consumer groups welcomed the ruling. Food prices in Quellmark rose by 9 percent "
        "last year, the fastest in two decades.\n"
        "Vantage and Grocera together employ about 62,000 people. Vantage had promised to "
        "keep all stores open for three years after the deal and to invest 500 million "
        "crowns in lower prices.\n"
        "The competition authority's head, Ulla Brink, said the ruling showed \"that "
        'competition law has teeth" and that the authority would look closely at other '
        "consolidation in the food sector.",
    ),
    Piece(
        "ruling-merger",
        "The Grocer's Journal",
        D4 + 10.0,
        "Judges say no to grocery giant",
        "Quellmark's two biggest supermarket groups will stay apart after appeal judges "
        "sided with the competition watchdog.\n"
        "The merger of Vantage and Grocera, worth 4.6 billion crowns, would have left almost "
        "half of all grocery spending in the hands of one company, the court in Lodden said "
        "on Thursday.\n"
        "Both companies had argued that online rivals and discounters kept prices in check. "
        'The judges said that was "not borne out by the evidence" in most regions.\n'
        "The decision is a boost for the competition authority, which has lost two big cases "
        "in court since 2028.\n"
        "Shares in Vantage fell 4 percent. Grocera shares, which had risen on hopes of a "
        "takeover premium, fell 11 percent.\n"
        "Vantage's chief executive, Mats Edelman, has staked his reputation on the deal and "
        "may face questions from shareholders at the annual meeting in April.\n"
        "Analysts said Grocera, the smaller of the two, could now become a target for a "
        "foreign buyer.\n"
        "For suppliers, the ruling is a relief. Farmers' groups and food manufacturers had "
        "warned that a combined Vantage-Grocera would have had the power to dictate terms, "
        "and several gave evidence to the competition authority against the deal.\n"
        "Grocera's chief executive, Liv Sandberg, told staff that the company would open 40 "
        "new stores over the next two years.",
    ),
    # --- A crypto exchange's theft (the running crypto topic's fourth event). ---
    Piece(
        "exchange-hack",
        "Continental Press",
        D4 + 1.5,
        "Hackers steal $55 million in Corvex from Kettlewell exchange",
        "VARROW CITY (Continental Press) — Hackers stole about 6,100 Corvex worth some $55 "
        "million from the Kettlewell exchange overnight, the company said on Thursday, in "
        "the biggest theft from a licensed crypto platform in Varrow.\n"
        "Kettlewell said the thieves had gained access to a so-called hot wallet, which is "
        "connected to the internet to process withdrawals, and had moved the coins to "
        "addresses outside its control over about 40 minutes.\n"
        "The exchange suspended all withdrawals and said it would cover customers' losses "
        'from its own reserves. "No customer will lose money as a result of this incident," '
        "chief executive Oskar Lindqvist said.\n"
        "Varrow's Financial Markets Authority, which licensed Kettlewell in October, said it "
        "had opened an investigation.\n"
        "The price of Corvex fell about 4 percent on the news, to $8,950, before recovering "
        "part of the loss.\n"
        "Kettlewell is one of the region's largest exchanges, with about 2.3 million "
        "customers. It was among the first platforms to win a full licence under rules that "
        "require audited capital reserves.\n"
        "Exchange hacks have cost crypto investors billions of dollars over the past decade. "
        "The largest, in 2027, saw thieves take tokens then worth about $480 million from a "
        "platform in Quellmark, which later collapsed.\n"
        "The theft is the first serious test of Varrow's licensing regime, under which "
        "exchanges must keep most customer coins offline. Analysts said the fact that "
        "customers would be repaid showed the rules were working as intended.",
    ),
    Piece(
        "exchange-hack",
        "Ledgerline",
        D4 + 6.5,
        "Inside the Kettlewell hack: how 6.1K CVX walked out the door",
        "By Sasha Kowal\n"
        "At 02:14 UTC, the first withdrawal left Kettlewell's hot wallet. By 02:55, roughly "
        "6.1K CVX — about $55M at the time — had been sent to 37 fresh addresses, and the "
        "exchange's monitoring systems had still not raised the alarm.\n"
        "That timeline, pieced together from public blockchain data, suggests the attackers "
        "had valid signing keys rather than exploiting a bug in the code. Kettlewell has not "
        "said how the keys were obtained.\n"
        "Security researchers tracking the funds say part of the haul has already been moved "
        "through a mixing service, which makes it harder to follow. About 1,200 CVX remains "
        "in a single wallet that exchanges have now flagged.\n"
        "The hack is awkward timing for Varrow's licensing regime, which was sold to "
        "investors as a guarantee of safety. The rules require licensed exchanges to keep at "
        "least 90% of customer coins in cold storage, offline. Kettlewell says it complied "
        "and that the stolen coins were within the 10% allowed online.\n"
        "Lindqvist's pledge to cover losses from reserves appears credible: the exchange's "
        "last audited report showed reserves of about $310M.\n"
        "Still, the episode revives an old question. If a regulated, audited exchange can "
        "lose $55M in 41 minutes, what exactly are the rules protecting?\n"
        "What we still don't know: how the keys leaked, whether any employee was involved, "
        "and whether the Financial Markets Authority will require changes to how licensed "
        "exchanges store their signing keys. Kettlewell says it has hired an outside "
        "security firm and will publish a full report within 30 days. Until then, "
        "withdrawals stay frozen, and traders on other exchanges are watching their own "
        "platforms' wallets a little more nervously.\n"
        "The episode also recalls May's sell-off, when Corvex fell below $6,000 on the mere "
        "announcement of licensing. This time the price barely flinched: a drop of about 4% "
        "that was half reversed by the afternoon. That may be the clearest sign yet of how "
        "much the market has changed.",
    ),
    Piece(
        "exchange-hack",
        "Daily Splash",
        D4 + 9.5,
        "Crypto crooks swipe £40m in middle-of-the-night raid",
        "Computer hackers pulled off a massive crypto heist while customers slept, stealing "
        "coins worth tens of millions from one of the biggest trading sites. Kettlewell says "
        "punters won't lose a penny.",
    ),
    Piece(
        "exchange-hack",
        "CoinBrief",
        D4 + 11.0,
        "Kettlewell Breach: What Users Need to Know",
        "Withdrawals are frozen and the exchange says balances are safe. Here's the short version.",
    ),
    # --- An opinion on gig work at large (its own label). ---
    Piece(
        "op-gig",
        "The Morning Ledger",
        D4 + 12.0,
        "Opinion: The gig economy's free lunch is over",
        "By Malcolm Terhune\n"
        "For a decade, the apps that bring us taxis and takeaways have run on a simple idea: "
        "the people who do the work are not their employees. That idea is now falling apart "
        "in courtrooms and regulators' offices across the region.\n"
        "This week alone, one delivery app has been told by a supreme court that its riders "
        "are staff, and one ride-hailing company has agreed to pay a fortune in back pay to "
        "drivers who earned less than the minimum wage.\n"
        "The companies warn that prices will rise and jobs will go. Some will. But a "
        "business model that only works if some workers earn less than the legal minimum was "
        "never a business model. It was a subsidy, paid by the workers themselves.\n"
        "There is a better settlement available. Workers could keep the flexibility that "
        "many of them value, choosing when to log on, while gaining a floor under their pay, "
        "sick pay and a pension. Several governments are drafting laws along those lines.\n"
        "Investors should welcome clarity. The uncertainty of endless litigation has hung "
        "over every gig company's valuation for years.\n"
        "Consumers, for their part, will have to get used to paying what a meal delivered to "
        "the door really costs. That is not a tragedy. It is the end of a free lunch.\n"
        "Malcolm Terhune is a former markets regulator and a columnist for the Ledger.",
    ),
    # --- A singleton of the day. ---
    Piece(
        "marathon",
        "SportZone",
        D4 + 13.0,
        "Gressby runner smashes national indoor mile record",
        "Gressby's Elin Haugland broke the national indoor mile record on Thursday night, "
        "running 4 minutes 24.8 seconds at the winter games in Holm. The old record had "
        "stood since 2011.",
    ),
)

DAYS: tuple[float, ...] = (D1, D2, D3, D4)
"""The first hour (after coverage.T0) of each publication day of the set."""


__all__ = ["DAYS", "PIECES", "by_day"]
