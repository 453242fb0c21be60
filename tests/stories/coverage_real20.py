"""A twentieth set of multi-outlet coverage of our own, in the forms of 2017-2018 English feeds.

Written blind, like the fourth to nineteenth sets: without reading the clustering code
(nothing under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/) or
the texts of the other sets (only the module docstrings of the fourth to nineteenth, the
nineteenth's scaffolding before its first piece, the whole of test_coverage_real19.py, and
the docstrings, Piece class, T0, DAY, check_form and helper signatures of coverage.py; and,
after the set was written and first clustered, the subject lines of main's last three
commits, seen when checking which commit it was measured on), so it measures briefing on
copy it has not been tuned on. The whole set was written before it was first clustered, and
no text or label was changed after seeing how briefing clusters it.
Every sentence is our own; the countries (Sebrinth, Talvenna, Ostreland, Brindavel, Varkosh,
Akanesa, Lorvadia, Ellandre, Vastelia, Daesol), cities (Amdira, Vossberg, Dzhurak,
Brennecke, Kessington, Gildersham, Brugenhof, Dorvik, Minamiura, Kawashiro, Essenby,
Marsenne, Clairvent, Valdecruz, San Teodoro, Ostrevin, Baekhwa), firms, people, products and
all 40 outlets are made up, and their main names were checked against the earlier sets, the
shared corpus and the source so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four real publication
days of 2017-2018), and it gives special weight to running topics with many kinds of stages:
73 items from 40 outlets, 26 events (six or seven a day), 27 whole articles (1,300 to 1,610
characters, six or more paragraphs), seven RSS items of a headline and a line (100 to 250
characters), and six media pages under 100 characters ("Video:", "Watch:", "In pictures:"),
each labelled with the event it shows. The forms: a Reuters-like wire ("VOSSBERG, Talvenna,
May 14 (Keelwire) - ", "UPDATE 1-" and "UPDATE 2-" with "(Adds ...)", a "BRIEF-" of starred
capitals, "(Reporting by ...; Editing by ...)"), an AP-like one ("BRUGENHOF (TP) — "), an
AFP-like one ("Vossberg (AV) - ", "av/jmr"), a Xinhua-like one ("SAN TEODORO, Vastelia, May
14 (Jinghai) -- "), a TASS-like state agency ("DORVIK, May 14. /VARPRESS/. "), a PTI-like one
("Essenby, Jul 23 (LPT) ", "3 lakh", "LPT RK SN"), a Kyodo-like one ("MINAMIURA, Akanesa,
July 23 Kyosei - "), a Yonhap-like one ("(LEAD)", "(ATTN: UPDATES ...)", "(END)"), a
DPA-like one ("Vossberg (vpa) - ", "vpa ks kb"), business dailies and a business channel
("18 pct", "11.4 bln dlrs", "900 mln dlr writedown"), a press release wire ("/WireBeacon/ --"
twice, with tickers, forward-looking statements and a media contact), a company newsroom's
statement, a health ministry's two statements signed by its minister, a court reporter, a
live blog of timed entries (newest first), a tabloid under three shouted headlines ("HEEL
HELL!", "HEADWIND!", "SHE'S BACK!") and its slang, local papers (Amdira, Essenby, Gildersham,
the Ombrera valley, Valdecruz, Daesol), trade press (telecoms, aviation, mining, space,
batteries, electric buses, housing, rail, epidemics), a tennis site, a broadcaster's line,
an aggregator's one-liners, labelled opinion ("Opinion:" twice) and analysis ("Analysis:"
twice), a photo agency's galleries and a video outlet's pages.

Its subjects: a ceasefire agreed and its collapse; a telecom merger announced and abandoned;
an airline's chief executive appointed and ousted; a weather satellite launched and lost; a
cholera outbreak declared and declared over; sanctions imposed and lifted; a battery plant's
fire and its reopening; a rent cap passed and struck down (and scrapped); a tennis player's
injury and her comeback; a lithium mine opened and mothballed; two wildfires on one day and
two derailments on another.

The hard cases:

- running topics, ten of them, whose two events fall on days months apart and are told with
  the same names and figures, labelled as separate events, each pair a different kind of
  stage: the Sebrinth ceasefire agreed (day 1) and collapsed (day 3) (Talvecki, Suleth,
  Ossiander, Vossberg, Dzhurak, 90 days, 120 monitors, 15 km, 9,000 dead); Halcyra and
  Telmora's merger announced (day 1) and scrapped (day 4) (Erlandsen, Dasgupta-Holm,
  $11.4 billion, 38 million customers, four to three, Kvadra, Fjellnet, Gorsedd Capital);
  Palladine Air's chief executive appointed (day 1) and ousted (day 3) (Philippa Ravenhill,
  Pilbeam, Quarley, Kessington, 212 million dollars); the Aurelian Union's sanctions on
  Varkosh imposed (day 1) and lifted (day 4) (Mirovec, 37 officials, Varkoshbank, Grauvik,
  Arbak, 212 prisoners, Lutsko); Velsberg's Achilles rupture (day 1) and comeback (day 4)
  (Stellmark, Dacosta, Brunnhuber, Vossberg); Kestrun's Ombrera mine opened (day 1) and
  mothballed (day 3) (Vidaurre, Arbuthnot, $1.4 billion, 1,100 jobs, 40,000 tonnes, the
  aquifer); Hoshigane-3 launched (day 2) and lost (day 3) (AKSDA, Tamashiro, Tsurugi-2,
  Minamiura, 48.6 billion yen, 140 degrees east, Hoshigane-2); the Essenby cholera outbreak
  declared (day 2) and declared over (day 4) (Serrouk, Harrowmere, 300,000 doses); the
  Gildersham fire (day 2) and the plant's reopening (day 4) (Varlo, 2,100 workers, Millbrook,
  Tolley, Kordel, Fenwright, 6 gigawatt-hours); Ellandre's Fair Rents Act passed (day 2) and
  struck down, then dropped (day 4) (Facquet, Brissac, 2%, 241 to 203, 1.3 million
  tenancies). Each later stage recalls the earlier one in its own words; squashed into one
  day only those words can tell them apart, in verbs and idioms of many kinds ("sign",
  "agree to silence their guns" / "declared dead", "in tatters", "torn up"; "to combine" /
  "scrap", "called off", "pulled the plug", "walks away", "terminate"; "names", "appoints" /
  "ousts", "sacked", "got the boot", "GROUNDED"; "slaps", "imposed", "freezes" / "lifts",
  "unfroze", "cancel"; "launches", "lofts" / "gives up on", "written off", "declares lost";
  "declares an outbreak" / "declares ... to be over"; "ablaze", "halts" / "restarts",
  "reopens", "back online"; "passes", "clears final vote" / "strikes down", "throws out",
  "the rent cap is dead"; "ruptured", "SNAPPED" / "wins on her return", "roared back";
  "opens", "inaugurates", "pours first lithium" / "mothballs", "shuts");
- paraphrase: one event told by two to four outlets in other words and figures written two
  or more ways ($11.4 billion, 11.4 bln dlrs and US$11.4 billion; $1.4 billion, 1.4 billion
  U.S. dollars and 1.4 bln dlrs; 48.6 billion yen and ¥48.6bn; 300,000 and 3 lakh; 2%, 2
  percent, two per cent and two percent; $340 million, 340 mln dlr and US$340 million; 5,600
  hectares and 13,800 acres; ten months and 299 days), headlines that share few words ("In
  encircled Dzhurak, news of the truce arrives before the bread does"; "HEADWIND! Air boss
  Philippa GROUNDED after just 16 weeks"; "Statement on the proposed combination with
  Telmora Mobile"; "Back on the line"), people by full name in one item and by first name,
  surname or office in another ("Lies", "Philippa", "the housing minister");
- one kind, separate events on one day: two wildfires, above Clairvent in Ellandre and in
  the Sierra Lagunilla in Vastelia (day 2); two derailments, at Ostrevin Junction in
  Lorvadia and at Baekhwa in Daesol (day 3); and same-day events that share names or places:
  the ceasefire signed in Vossberg and the tennis player to be operated on in Vossberg (day
  1); Ellandre's rent cap and its wildfire (day 2); the Ostrevin derailment datelined
  Essenby, the cholera city of days 2 and 4 (day 3); Vastelia's mine (days 1 and 3) and its
  wildfire (day 2); Brindavel's airline (days 1 and 3) and battery plant (days 2 and 4); a
  wire's editors signing stories of several topics;
- a follow-up over two local days within one publication day: the Cheongsol Express
  derailed on Tuesday evening, local time, and the toll was raised "on Wednesday morning" in
  a wire report datelined Oct. 22 (day 3);
- opinion and analysis: those mainly about one event's news that day carry its label ("Opinion:
  The Vossberg truce is flimsy", day 1; "Analysis: Palladine's 112-day chief", day 3); two
  argue a wider debate and carry labels of their own, singletons though they name a same-day
  event: "Opinion: Rent caps feel like justice" (day 2, naming Ellandre's vote and Facquet)
  and "Analysis: Four-to-three telecom mergers keep dying" (day 4, naming the collapse of
  Halcyra and Telmora's deal).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): the ceasefire agreed (four items); the merger announced
  (three); the chief executive appointed (two); the sanctions imposed (three); Velsberg's
  injury (four); the mine opened (four);
- day 2 (Wed Jul 23): the satellite launched (three); the cholera outbreak declared
  (three); the plant fire (three); the rent cap passed (three); the Clairvent wildfire
  (two); the Lagunilla wildfire (two); the opinion on rent caps (one);
- day 3 (Tue Oct 21): the ceasefire's collapse (four); the chief executive ousted (three);
  the satellite lost (three); the mine mothballed (three); the Ostrevin derailment (two);
  the Baekhwa derailment (three);
- day 4 (Tue Mar 9, 2032): the merger abandoned (three); the outbreak over (two); the
  sanctions lifted (three); the plant reopened (three); the rent cap struck down (three);
  Velsberg's comeback (three); the analysis of telecom mergers (one).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real20.py)."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 70 * DAY  # Wed Jul 23, 2031
D3 = 160 * DAY  # Tue Oct 21, 2031
D4 = 300 * DAY  # Tue Mar 9, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # --- Day 1: Wed May 14, 2031 ---
    Piece(
        "sebrinth-ceasefire-agreed",
        "Keelwire",
        D1 + 3.5,
        "Sebrinth government and Ketrani rebels sign 90-day ceasefire in Vossberg",
        "VOSSBERG, Talvenna, May 14 (Keelwire) - Sebrinth's government and the Ketrani Front "
        "rebel movement signed a 90-day ceasefire in the Talvennan capital on Wednesday, the "
        "first truce to be agreed in a four-year war in the Ketran highlands that has killed "
        "more than 9,000 people.\n"
        "The agreement, signed by Sebrinth's Defence Minister Orhan Talvecki and the Front's "
        "military commander Nadira Suleth after eleven days of talks, takes effect at midnight "
        "on Thursday, Amdira time. Both sides are to pull their heavy weapons back 15 km from "
        "the front line.\n"
        "Under the deal, 120 unarmed monitors from Talvenna will patrol the line and the two "
        "sides will exchange 340 prisoners within two weeks. A humanitarian corridor is to open "
        "to Dzhurak, a market town of about 60,000 people that rebel forces have encircled since "
        "last October.\n"
        '"Today the guns were given a holiday. Our job now is to make it a permanent one," '
        "said Talvenna's Foreign Minister Henrik Ossiander, who brokered the talks, after the "
        "signing at the lakeside government guesthouse.\n"
        'Talvecki said the government would respect the truce "to the letter" for as long as '
        "the rebels did. Suleth, speaking through an interpreter, said her fighters had been "
        'ordered to hold their fire but would "answer any provocation".\n'
        "Two earlier attempts at a truce, in 2028 and 2029, fell apart before they were signed. "
        "Diplomats said the 90 days were meant to give both sides room to negotiate a political "
        "settlement, including the highlands' demand for self-rule.\n"
        "(Reporting by Annika Sorvold; Additional reporting by Bashir Qadiri in Amdira; Editing "
        "by Tom Hallworth)",
    ),
    Piece(
        "sebrinth-ceasefire-agreed",
        "Agence Varenne",
        D1 + 5.0,
        "Sebrinth, Ketrani rebels agree truce after four years of war",
        "Vossberg (AV) - The Sebrinthian government and the rebels of the Ketrani Front agreed "
        "on Wednesday to silence their guns for three months, in a deal mediated by Talvenna "
        "that also provides for a swap of 340 prisoners.\n"
        "The ceasefire is to take effect at midnight on Thursday (2100 GMT on Wednesday) along "
        "the whole front in the Ketran highlands, where the conflict has claimed over 9,000 "
        "lives since 2027.\n"
        '"This is not peace yet, but it is the door to peace," Talvennan minister Henrik '
        "Ossiander said after the signing ceremony.\n"
        "av/jmr",
    ),
    Piece(
        "sebrinth-ceasefire-agreed",
        "Amdira Daily",
        D1 + 8.0,
        "In encircled Dzhurak, news of the truce arrives before the bread does",
        "AMDIRA — For the 60,000 people trapped in Dzhurak, the ceasefire signed in Vossberg on "
        "Wednesday morning means one thing above all: the road south could open for the first "
        "time since October.\n"
        '"We heard it on the radio at noon," said Leyla Hosvani, a schoolteacher reached by '
        'telephone in the town. "People came out into the street. Nobody shouted. We have been '
        'disappointed before."\n'
        "The 90-day truce between the government and the Ketrani Front promises a humanitarian "
        "corridor to the town within 72 hours. Relief agencies say they have 40 lorries of "
        "flour, rice and medicine waiting at Karsh, 30 km away, and could move them on the same "
        "day the road is declared safe.\n"
        "In Amdira the mood was more guarded. Opposition MP Farid Olgun said the government had "
        '"handed the rebels a breathing space" and demanded to see the full text, which '
        "Defence Minister Orhan Talvecki has promised to put before parliament next week.\n"
        "Families of soldiers held by the Front gathered outside the defence ministry in the "
        "evening, holding photographs. Under the deal 340 prisoners from both sides are to be "
        "exchanged within two weeks, with the 120 Talvennan monitors checking the lists.\n"
        "In the highlands themselves, community leaders say the real test is whether the truce "
        "leads to talks on self-rule, a demand that Amdira has refused throughout four years of "
        "war.",
    ),
    Piece(
        "sebrinth-ceasefire-agreed",
        "The Lantern Review",
        D1 + 12.0,
        "Opinion: The Vossberg truce is flimsy. It still deserves every chance",
        "Anyone who has followed the war in Sebrinth's Ketran highlands will read Wednesday's "
        "ceasefire with one eyebrow raised. Two truces have died before the ink was dry. The one "
        "signed in Vossberg by Orhan Talvecki and Nadira Suleth lasts only 90 days, leans on 120 "
        "unarmed monitors and leaves the hardest question, self-rule for the highlands, for "
        "later.\n"
        "And yet it is the best chance in four years, for three reasons.\n"
        "First, both armies are exhausted. The Front has not taken a town since it encircled "
        "Dzhurak last autumn, and the government's spring offensive stalled in the passes.\n"
        "Second, Talvenna is no bystander. Henrik Ossiander has staked his ministry's name on "
        "the monitors, and the swap of 340 prisoners gives both sides something to show at home "
        "within a fortnight.\n"
        "Third, the corridor to Dzhurak is a promise anyone with a camera can check. If the "
        "lorries roll, the truce earns trust; if they do not, everyone will know whose fault it "
        "was.\n"
        "There is a temptation, in capitals far from the highlands, to treat a ceasefire as the "
        "end of the story. It is the start of a harder one: the talks on how the Ketran "
        "highlands will be governed, and by whom, that these 90 days were bought to make "
        "possible.\n"
        "Outsiders should now do three things: pay for the monitors, fill the lorries, and keep "
        'quiet about who "won". Ceasefires fail when one side is told it has been humiliated. '
        "This one should be allowed to be dull.",
    ),
    Piece(
        "halcyra-telmora-merger",
        "WireBeacon",
        D1 + 1.0,
        (
            "Halcyra Telecom and Telmora Mobile to Combine, Creating Ostreland's Leading "
            "Connectivity Group"
        ),
        "BRENNECKE, Ostreland, May 14, 2031 /WireBeacon/ -- Halcyra Telecom (OSX: HLCY) and "
        "Telmora Mobile (OSX: TLMB) today announced that their boards have unanimously agreed to "
        "combine the two companies in an all-share merger that values the combined group at "
        "approximately US$11.4 billion.\n"
        "Under the terms of the agreement, Halcyra shareholders will own 54% of the combined "
        "company and Telmora shareholders 46%. The group will serve 38 million mobile and "
        "broadband customers across Ostreland and expects annual cost savings of US$620 million "
        "by the third year after completion.\n"
        "Magnus Erlandsen, Chief Executive Officer of Halcyra, will lead the combined company as "
        "CEO. Priya Dasgupta-Holm, Chief Executive Officer of Telmora, will become Chair of the "
        "Board.\n"
        '"Together we can build the 5G and fibre network Ostreland deserves, faster and at '
        'lower cost than either of us could alone," said Mr Erlandsen. "This is a merger of '
        'equals in ambition," said Ms Dasgupta-Holm.\n'
        "The transaction is subject to the approval of both companies' shareholders and of the "
        "Ostreland Competition Commission, and is expected to complete in the first half of "
        "2032.\n"
        "Forward-looking statements: This release contains statements about future events that "
        "involve risks and uncertainties, including the outcome of regulatory review.\n"
        "Media contact: Jonas Wetterlind, Halcyra Group Communications, press@halcyra.example",
    ),
    Piece(
        "halcyra-telmora-merger",
        "The Margin Post",
        D1 + 3.0,
        "Telmora jumps 18 pct on 11.4 bln dlr Halcyra tie-up",
        "Shares of Telmora Mobile rose 18 pct in early Brennecke trading on Wednesday after the "
        "operator agreed an all-share merger with larger rival Halcyra Telecom that values the "
        "pair at 11.4 bln dlrs. Halcyra slipped 2.4 pct.\n"
        "The deal would shrink Ostreland's mobile market from four networks to three. Analysts "
        "at Gorsedd Capital put the chance of an unconditional approval by the competition "
        'commission at "well under 50 pct" and expect it to demand the sale of spectrum.',
    ),
    Piece(
        "halcyra-telmora-merger",
        "Spectrum Weekly",
        D1 + 10.0,
        "Four into three: Halcyra-Telmora deal hands Ostreland's regulator its biggest test",
        "The proposed combination of Halcyra Telecom and Telmora Mobile, unveiled on Wednesday, "
        "would create an operator with 38 million customers and close to half of Ostreland's "
        "mobile revenue.\n"
        "The Ostreland Competition Commission has never cleared a four-to-three mobile merger. "
        "Its chair, Ragnhild Ostvik, said last year that the country's prices were \"already "
        'among the highest in the region".\n'
        "Executives told Spectrum Weekly they expect to offer network-sharing deals to the two "
        "remaining rivals, Kvadra and Fjellnet, to win the commission round.",
    ),
    Piece(
        "palladine-ceo-appointed",
        "Keelwire",
        D1 + 2.0,
        "BRIEF-Palladine Air Names Philippa Ravenhill As Chief Executive",
        "May 14 (Keelwire) - Palladine Air Plc:\n"
        "* PALLADINE AIR - APPOINTS PHILIPPA RAVENHILL AS CHIEF EXECUTIVE OFFICER, EFFECTIVE "
        "JULY 1\n"
        "* PALLADINE AIR - RAVENHILL SUCCEEDS HOWARD PILBEAM, WHO RETIRES AFTER 11 YEARS AS CEO\n"
        "* PALLADINE AIR - RAVENHILL IS CURRENTLY CHIEF OPERATING OFFICER OF NORTHGALE CARGO\n"
        "Source text for Keelwire terminal: [ID:nWB4kR2] Further company coverage: [PLD.BV]",
    ),
    Piece(
        "palladine-ceo-appointed",
        "Cabin Pressure",
        D1 + 7.0,
        "Palladine turns to cargo veteran Ravenhill to fix its finances",
        "Palladine Air has named Philippa Ravenhill, chief operating officer of Northgale Cargo, "
        "as its next chief executive, handing the Brindavel flag carrier's turnaround to an "
        "outsider for the first time in its 64-year history.\n"
        "Ravenhill, 51, takes over on July 1 from Howard Pilbeam, who retires after eleven years "
        "in the job. Pilbeam steered the airline through the fuel shock of 2028 but leaves it "
        "with a loss of 212 million dollars last year and a fleet whose average age has crept "
        "above 14 years.\n"
        "Chairman Sir Ambrose Quarley said the board had chosen Ravenhill for her record of "
        '"making complicated operations simple". At Northgale she cut turnaround times at the '
        "carrier's hub by a third and took it back into profit within two years.\n"
        "Her in-tray is heavy. Pilots at Kessington, the airline's main base, have rejected two "
        "pay offers, and an order for 18 long-haul jets is running late. Investors have been "
        "pressing for cuts to the loss-making long-haul network.\n"
        'Ravenhill told staff in an email on Wednesday that she would "listen first" and bring '
        "a plan to the board by the autumn. Palladine shares were 3.2 per cent higher by "
        "mid-afternoon.\n"
        "Analysts welcomed the choice but warned that cargo experience does not always carry "
        'over to passengers. "She knows how to run a tight ship. The question is whether she '
        'can run it with 9,000 unhappy crew," said one.',
    ),
    Piece(
        "varkosh-sanctions-imposed",
        "Tristar Press",
        D1 + 4.0,
        "Aurelian Union slaps sanctions on Varkosh president over crackdown",
        "BRUGENHOF (TP) — The Aurelian Union on Wednesday imposed sanctions on Varkosh President "
        "Stanko Mirovec and 37 of his officials, freezing their assets and banning them from "
        "travel across the bloc over a crackdown on protests after March's disputed election.\n"
        "The measures, agreed unanimously by the union's 14 foreign ministers meeting in "
        "Brugenhof, also include an arms embargo and bar the state-owned Varkoshbank from "
        "raising money on the bloc's markets.\n"
        '"These are not measures against the people of Varkosh. They are measures against those '
        "who beat them, jailed them and stole their vote,\" said Ottilie Grauvik, the union's "
        "foreign policy chief.\n"
        "Security forces in Varkosh have detained more than 2,000 people since the March 9 "
        "election, which observers said was marred by ballot-stuffing. Opposition leader Nevra "
        "Arbak, who says she won, was sentenced last month to eight years in prison for "
        '"inciting unrest."\n'
        "Grauvik said the sanctions would be reviewed every six months and could be lifted if "
        "Arbak and the other political prisoners, whom rights groups number at 212, were set "
        "free.\n"
        "Varkosh, a country of 11 million on the union's eastern border, sells most of its "
        "potash and timber to the bloc. Economists said the bank restrictions could bite harder "
        "than the travel bans, as Varkoshbank finances about a third of the country's exports.",
    ),
    Piece(
        "varkosh-sanctions-imposed",
        "VARPRESS",
        D1 + 6.5,
        "Varkosh Foreign Ministry: Aurelian Union measures are 'interference in internal affairs'",
        "DORVIK, May 14. /VARPRESS/. The Foreign Ministry of Varkosh has strongly condemned the "
        "restrictive measures adopted by the Aurelian Union on Wednesday against President "
        "Stanko Mirovec and other officials, describing them as gross interference in the "
        "country's internal affairs.\n"
        '"Varkosh will not be spoken to in the language of ultimatums," ministry spokesman '
        "Yevgen Lutsko said in a statement. He added that Dorvik reserves the right to respond "
        "with mirror measures, including restrictions on imports from the union.\n"
        "The spokesman stressed that the presidential election of March 9 had been held in full "
        "accordance with the Constitution, and that persons detained after the unrest were being "
        "dealt with by independent courts.",
    ),
    Piece(
        "varkosh-sanctions-imposed",
        "Newsdrip",
        D1 + 9.0,
        "Aurelian Union freezes assets of Varkosh's Mirovec and 37 officials",
        "The bloc also imposed an arms embargo and cut state lender Varkoshbank off from its "
        "markets after the post-election crackdown.",
    ),
    Piece(
        "velsberg-injury",
        "Deuce Court",
        D1 + 11.0,
        "Velsberg's season over after Achilles rupture in Stellmark quarter-final",
        "Liesbeth Velsberg's season is over. The world No 2 ruptured her left Achilles tendon in "
        "her Stellmark Open quarter-final on Wednesday and will be out for nine to ten months, "
        "her team confirmed after scans in the evening.\n"
        "The 26-year-old Talvennan was leading Mireille Dacosta 4-3 in the first set when she "
        "pushed off to chase a drop shot and went down at the net. She left the court in a "
        "wheelchair, a towel over her face, as the crowd rose to applaud her.\n"
        '"It felt as if someone had kicked me from behind. I turned round and there was nobody '
        'there," Velsberg said in a statement. She is due to have surgery in Vossberg on '
        "Friday.\n"
        "The injury ends a year in which she had won three titles and reached the final of the "
        "last two majors. She will miss the rest of the clay and grass seasons and is unlikely "
        "to play again before next spring.\n"
        'Dacosta, who goes through to the semi-finals, said she had heard "a sound like a '
        'branch breaking". "You never want to win a match like that. I just hope she comes '
        'back stronger," she said.\n'
        "Achilles ruptures are among the injuries players fear most. Most of those who have "
        "suffered one needed close to a year to return to the tour, and several never got back "
        "to their old ranking.\n"
        "Her absence reshapes the rest of the year. Velsberg had been the favourite for the "
        "grass-court season and led the race for a place at the season-ending finals, a lead she "
        "will now lose without hitting another ball.",
    ),
    Piece(
        "velsberg-injury",
        "The Daily Clanger",
        D1 + 13.0,
        "HEEL HELL! Tennis ace Liesbeth's season SNAPPED",
        "Tennis golden girl Liesbeth Velsberg is OUT for the rest of the year after her Achilles "
        "went PING in Stellmark.\n"
        "The world No 2 crumpled at the net mid-rally and had to be wheeled off in tears. Ouch. "
        "Her team reckon she'll be sidelined for up to TEN MONTHS. Get well soon, Lies!",
    ),
    Piece(
        "velsberg-injury",
        "Reelside",
        D1 + 14.0,
        "Watch: Velsberg goes down at the net in Stellmark",
        "The world No 2 is wheeled off with an Achilles injury.",
    ),
    Piece(
        "velsberg-injury",
        "vpa",
        D1 + 15.5,
        "Talvenna's Velsberg to have surgery on torn Achilles",
        "Vossberg (vpa) - Talvennan tennis star Liesbeth Velsberg will have surgery on her "
        "ruptured left Achilles tendon in Vossberg on Friday, the national tennis federation "
        "said on Wednesday evening. The 26-year-old was hurt in her Stellmark Open quarter-final "
        "against Mireille Dacosta while leading 4-3. Federation doctor Elias Brunnhuber said a "
        'return before the spring was "not realistic". vpa ks kb',
    ),
    Piece(
        "ombrera-mine-opens",
        "Mine & Mill",
        D1 + 12.0,
        "Ombrera pours first lithium as Kestrun's $1.4 billion mine opens",
        "Kestrun Minerals formally opened its Ombrera lithium operation in northern Vastelia on "
        "Wednesday, with President Teresa Vidaurre pressing the button that sent the first batch "
        "of lithium carbonate down the line at the plant beside the Salar de Ombrera.\n"
        "The $1.4 billion project is designed to produce 40,000 tonnes of lithium carbonate "
        "equivalent a year at full rate, which Kestrun expects to reach in late 2032. That would "
        "make Vastelia the world's fourth-largest producer of the metal.\n"
        "The mine employs 1,100 people, about 70 per cent of them from the surrounding province, "
        "and has signed offtake deals with two battery makers for most of its first five years "
        'of output. Kestrun chief executive Duncan Arbuthnot said it had been built "on time '
        'and 6 per cent under budget".\n'
        'Vidaurre called the opening "the day the salt flats start paying for our schools". '
        "Under a 2029 law the state takes a 12 per cent royalty and a 20 per cent stake, held by "
        "the state miner Minera Nacional de Vastelia.\n"
        "Not everyone is celebrating. Farmers in the Ombrera valley say the evaporation ponds "
        "will draw down the aquifer that feeds their alfalfa fields, and about 300 protesters "
        "gathered at the gate during the ceremony.\n"
        "Kestrun says it will use 40 per cent less water per tonne than older operations and has "
        "promised to publish aquifer readings every month. Lithium carbonate prices have fallen "
        "by a fifth this year but remain well above Kestrun's estimated cost of production.",
    ),
    Piece(
        "ombrera-mine-opens",
        "Jinghai",
        D1 + 13.5,
        "Vastelia inaugurates Ombrera lithium mine",
        "SAN TEODORO, Vastelia, May 14 (Jinghai) -- Vastelian President Teresa Vidaurre on "
        "Wednesday inaugurated the Ombrera lithium mine in the north of the country, a project "
        "worth 1.4 billion U.S. dollars that is expected to create 1,100 jobs.\n"
        "Speaking at the ceremony, Vidaurre said the mine would boost the country's exports and "
        "contribute to the global energy transition. The mine, operated by Kestrun Minerals, "
        "will produce 40,000 tonnes of lithium carbonate equivalent annually at full capacity, "
        "according to the company.",
    ),
    Piece(
        "ombrera-mine-opens",
        "Ombrera Valley Herald",
        D1 + 15.0,
        "Jobs for the young, worries for the wells: the valley greets its mine",
        "SAN TEODORO DE OMBRERA — Half the town turned out on Wednesday to watch the president "
        "open Kestrun's lithium plant on the salt flat, and a good part of that half came to "
        "protest.\n"
        "Inside the fence, young men and women in new orange overalls posed for photographs; "
        "most of the 1,100 jobs have gone to people from the province. Outside, some 300 farmers "
        'held up dried alfalfa stalks and a banner that read "Water is worth more than '
        'lithium".\n'
        '"My son earns three times what I do," said grower Ernesto Valbuena. "I am proud of '
        'him. I am also afraid for my well."',
    ),
    Piece(
        "ombrera-mine-opens",
        "Framewire",
        D1 + 16.0,
        "In pictures: Vastelia's Ombrera lithium mine opens",
        "Evaporation ponds, protesters and a president on the Salar de Ombrera.",
    ),
    # --- Day 2: Wed Jul 23, 2031 ---
    Piece(
        "hoshigane-launched",
        "Kyosei",
        D2 + 1.5,
        "Akanesa launches Hoshigane-3 weather satellite on Tsurugi-2 rocket",
        "MINAMIURA, Akanesa, July 23 Kyosei - Akanesa's space agency launched its Hoshigane-3 "
        "weather satellite from the Minamiura Space Centre on Wednesday morning, sending the "
        "3.6-tonne craft on its way to a geostationary orbit from which it will watch typhoons "
        "over the southern seas.\n"
        "A Tsurugi-2 rocket lifted off at 10:17 a.m. and released the satellite about 29 minutes "
        "later, the Akanesa Space Development Agency, or AKSDA, said. It was the ninth flight of "
        "the Tsurugi-2 and its eighth success.\n"
        "Hoshigane-3, built at a cost of 48.6 billion yen, is to replace Hoshigane-2, which has "
        "been in orbit since 2019 and is nearing the end of its design life. It carries an "
        "imager that can scan the whole disk of the Earth every two and a half minutes, against "
        "ten minutes for its predecessor.\n"
        '"Sharper, faster pictures of a typhoon can give towns along the coast an extra hour to '
        'evacuate," AKSDA President Noriko Tamashiro told a news conference. She said the '
        "satellite would enter regular service in about six months, after testing.\n"
        "The launch had been put off twice this month, once because of high winds and once "
        "because of a faulty sensor on the rocket's second stage.\n"
        "The national weather bureau plans to start using the new images next spring, and the "
        "government has set aside funds for a fourth satellite in the series, to follow in 2035.",
    ),
    Piece(
        "hoshigane-launched",
        "Orbital Digest",
        D2 + 4.0,
        "Tsurugi-2 lofts Hoshigane-3 on ninth flight",
        "AKSDA's Tsurugi-2 delivered the Hoshigane-3 weather satellite to a geostationary "
        "transfer orbit on Wednesday, restoring some confidence after the vehicle's upper-stage "
        "failure in 2029. The 3.6-tonne spacecraft will fire its own engine over the next ten "
        "days to climb to its slot at 140 degrees east. The ¥48.6bn price tag includes five "
        "years of ground operations.",
    ),
    Piece(
        "hoshigane-launched",
        "Reelside",
        D2 + 6.0,
        "Video: Tsurugi-2 lifts off with Hoshigane-3",
        "Akanesa's new weather satellite leaves Minamiura.",
    ),
    Piece(
        "essenby-cholera-declared",
        "Lorvadia Ministry of Health",
        D2 + 2.0,
        "Declaration of a cholera outbreak in Essenby District",
        "The Ministry of Health of the Republic of Lorvadia hereby declares an outbreak of "
        "cholera in Essenby District.\n"
        "Between 15 and 22 July, 214 cases of acute watery diarrhoea were recorded in the "
        "district, of which 61 have been confirmed as cholera by the National Public Health "
        "Laboratory. Nine deaths have been reported.\n"
        "Initial investigations point to contamination of water supplied from the Harrowmere "
        "pumping station. Residents of the Harrowmere, Saltings and Old Mill wards are advised "
        "to boil all drinking water or to use the bottled water distributed free of charge at 14 "
        "points.\n"
        "An oral vaccination campaign for 300,000 residents will begin on Monday 28 July. "
        "Treatment centres have been opened at Essenby General Hospital and St Ewold's Clinic.\n"
        "Dr Halima Serrouk\n"
        "Minister of Health",
    ),
    Piece(
        "essenby-cholera-declared",
        "LPT",
        D2 + 5.0,
        "Lorvadia declares cholera outbreak in port city of Essenby",
        "Essenby, Jul 23 (LPT) Lorvadia on Wednesday declared a cholera outbreak in the port "
        "city of Essenby after nine people died and over 200 fell ill in a week, with health "
        "officials blaming a contaminated pumping station.\n"
        "Health Minister Halima Serrouk said 61 cases had been confirmed in the laboratory and a "
        "vaccination drive for 3 lakh residents would begin on Monday.\n"
        '"The situation is under control but we cannot take any chances," she told reporters.\n'
        "LPT RK SN",
    ),
    Piece(
        "essenby-cholera-declared",
        "Essenby Evening Post",
        D2 + 10.0,
        "Cholera: boiling pans and long queues as Harrowmere counts its sick",
        "By the middle of Wednesday afternoon the queue for bottled water outside Harrowmere "
        "community hall stretched past the bus stop and round the corner into Tanner's Row.\n"
        '"My neighbour\'s boy was taken in on Sunday. They told us yesterday it was cholera," '
        "said Greta Fallowfield, 63. \"Now they tell us the water's bad. We've been drinking it "
        'all week."\n'
        "The Ministry of Health declared a cholera outbreak in Essenby District on Wednesday "
        "morning after 214 people fell ill in eight days. Nine have died, among them two "
        "children and a 91-year-old woman from Saltings. Sixty-one cases have been confirmed by "
        "the laboratory.\n"
        "Investigators believe sewage got into the supply at the Harrowmere pumping station, "
        "which was flooded in the storms of early July. Essenby Water said it had shut the "
        "station and was serving the three wards from the Northfield reservoir, and apologised "
        '"without reservation".\n'
        "At Essenby General Hospital a tent ward has gone up in the car park. Nurses said they "
        "had treated more than 40 patients overnight, most of them badly dehydrated.\n"
        "Health Minister Halima Serrouk, who visited the hospital at lunchtime, said 300,000 "
        "doses of oral vaccine had arrived from the regional stockpile and the campaign would "
        "start on Monday. Councillors asked why it had taken a week to tell residents to boil "
        "their water.",
    ),
    Piece(
        "gildersham-plant-fire",
        "Gildersham Courier",
        D2 + 3.0,
        "Night of fire: Varlo plant ablaze as families are moved from Millbrook estate",
        "Flames could be seen for miles across Gildersham overnight as fire tore through the "
        "cell assembly hall of the Varlo Batteries plant on the Fenside industrial park.\n"
        "More than 120 firefighters from across the county fought the blaze, which broke out "
        "shortly after 1 a.m. and was not under control until after 7 a.m. Four firefighters "
        "were treated in hospital for heat exhaustion. Nobody else was hurt; the 160 workers on "
        "the night shift were out within minutes.\n"
        "About 300 residents of the neighbouring Millbrook estate were moved to the leisure "
        "centre as a precaution because of the smoke. Brindavel's environment agency said air "
        "samples taken at dawn showed no toxic gases above safe levels, and families were "
        "allowed home at 9 a.m.\n"
        "The plant, Gildersham's largest employer, has 2,100 workers and makes battery cells for "
        'electric buses and delivery vans. Varlo said the assembly hall was "extensively '
        'damaged" and that production would be halted "for a period of months".\n'
        '"Everybody in this town knows someone who works at Varlo," said Councillor Maureen '
        "Tolley. \"This morning people aren't thinking about the building. They're thinking "
        'about their jobs."\n'
        "Fire investigators were due on site later on Wednesday. The cause is not yet known, "
        "though the company said a bank of cells in the formation area had been under test when "
        "the alarm sounded.",
    ),
    Piece(
        "gildersham-plant-fire",
        "Keelwire",
        D2 + 6.0,
        "UPDATE 1-Fire halts Varlo Batteries' Gildersham plant; shares slide 9 pct",
        "(Adds analyst comment, share move)\n"
        "GILDERSHAM, Brindavel, July 23 (Keelwire) - Varlo Batteries said on Wednesday a fire "
        "had badly damaged its main cell factory at Gildersham and production would stop for "
        "months, sending its shares down 9 percent.\n"
        "The plant, which employs 2,100 people, supplies around 40 percent of the battery cells "
        "used in Brindavel's electric buses. Varlo said it was insured and would try to move "
        "some output to its smaller site at Thornwell.\n"
        "\"Months of lost output at Gildersham will take a large bite out of this year's "
        'earnings," said Fiona Dallimore, an analyst at Arlesford Securities.\n'
        "(Reporting by Piet van Roon; Editing by Clara Hebden)",
    ),
    Piece(
        "gildersham-plant-fire",
        "Cell & Pack",
        D2 + 11.0,
        "Gildersham blaze takes Varlo's biggest cell line offline",
        "The overnight fire at Varlo Batteries' Gildersham plant has knocked out the company's "
        "largest cell line, with a capacity of 6 gigawatt-hours a year. Bus makers Kordel and "
        "Fenwright, which take most of their packs from Gildersham, said they were checking "
        "stock levels.",
    ),
    Piece(
        "ellandre-rent-cap-passed",
        "The Ellandre Times",
        D2 + 5.0,
        "Parliament passes rent cap: rises limited to 2% a year for five years",
        "Ellandre's parliament on Wednesday passed the Fair Rents Act, capping annual rent "
        "increases at 2% for five years in Marsenne and eleven other cities, the most sweeping "
        "intervention in the housing market in a generation.\n"
        "The bill passed its final reading by 241 votes to 203 after a 14-hour debate. It covers "
        "about 1.3 million private tenancies and takes effect on October 1.\n"
        "Housing Minister Julien Facquet said rents in the capital had risen 38% in four years "
        'while wages rose 11%. "A family that does everything right should not have to move '
        'across the city every time a lease runs out," he told MPs.\n'
        "The National Federation of Property Owners said the law was unconstitutional and would "
        'be challenged in the Constitutional Court "within days". Its president, Laurent '
        "Brissac, warned that landlords would sell up rather than let at capped prices, "
        "shrinking supply.\n"
        "Tenants' groups, who had campaigned for a freeze rather than a cap, called the law \"a "
        'good start". About 2,000 of their supporters gathered outside parliament during the '
        "vote.\n"
        'Economists are divided. The central bank warned in June that caps could "reduce new '
        'construction over time", while the Marsenne Institute for Urban Policy estimates that '
        "the law will save the average tenant in the capital about 1,400 crowns a year by 2034. "
        "The government has set aside 60 million crowns to pay for rent tribunals that will hear "
        "disputes under the new law.",
    ),
    Piece(
        "ellandre-rent-cap-passed",
        "Tenancy Today",
        D2 + 8.0,
        "Fair Rents Act clears final vote; landlords head for court",
        "The Fair Rents Act cleared its final reading in Ellandre's parliament on Wednesday, "
        "241-203, capping rent rises at two per cent a year for five years from October 1. "
        "Letting agents expect a rush of increases before the deadline. The property owners' "
        "federation says it will file a constitutional challenge.",
    ),
    Piece(
        "ellandre-rent-cap-passed",
        "Newsdrip",
        D2 + 12.0,
        "Ellandre lawmakers approve 2 percent cap on rent increases",
        "The Fair Rents Act covers 1.3 million tenancies in Marsenne and 11 other cities; "
        "landlords vow a court challenge.",
    ),
    Piece(
        "clairvent-wildfire",
        "Agence Varenne",
        D2 + 7.0,
        "Wildfire forces 2,300 from their homes in southern Ellandre",
        "Clairvent (Ellandre) (AV) - A wildfire driven by strong winds has burned more than "
        "8,200 hectares of pine forest and scrub in the hills above Clairvent in southern "
        "Ellandre, forcing 2,300 people from their homes, the authorities said on Wednesday.\n"
        "Some 900 firefighters backed by eleven water-bombing planes were battling the blaze, "
        "which broke out on Tuesday afternoon near the village of Sainte-Alvine. No casualties "
        "have been reported.\n"
        "The region has had no significant rain since May and the temperature reached 41C on "
        "Tuesday.\n"
        "av/lpd",
    ),
    Piece(
        "clairvent-wildfire",
        "Framewire",
        D2 + 10.5,
        "In pictures: Wildfire in the hills above Clairvent",
        "Water bombers and evacuees as 8,200 hectares burn in Ellandre.",
    ),
    Piece(
        "lagunilla-wildfire",
        "Tristar Press",
        D2 + 9.0,
        "2 firefighters killed as wildfire spreads near Valdecruz in Vastelia",
        "VALDECRUZ, Vastelia (TP) — Two firefighters were killed Wednesday when flames overran "
        "their truck as a wildfire spread through the Sierra Lagunilla near Valdecruz in central "
        "Vastelia, officials said.\n"
        "The fire has burned about 5,600 hectares (13,800 acres) since Monday and forced the "
        "evacuation of three villages. Regional Governor Amparo Lizarraga declared three days of "
        "mourning.\n"
        "Crews were struggling against gusts of up to 70 kph (43 mph), and the weather service "
        "forecast no rain before the weekend.",
    ),
    Piece(
        "lagunilla-wildfire",
        "Valdecruz Chronicle",
        D2 + 13.0,
        "Sierra Lagunilla fire: 'They went in to save the village and never came out'",
        "The two firefighters who died on Wednesday in the Sierra Lagunilla had driven up the "
        "forest track above Los Pinares to protect the last houses of the village when the wind "
        "turned.\n"
        "Tomás Echevarne, 42, a crew chief with 19 years' service, and Rubén Quiñonero, 29, who "
        "joined the regional brigade last year, were trapped when the fire jumped the track "
        "behind their truck, the brigade said. Their colleagues found them an hour later.\n"
        "Los Pinares, Cañaveral Alto and Aldea del Cerro have been evacuated since Tuesday "
        "night. About 1,700 people are sleeping in the sports hall and two schools in Valdecruz, "
        "where volunteers have been cooking since dawn.\n"
        "The fire, now in its third day, has burned about 5,600 hectares of pine and oak. "
        "Governor Amparo Lizarraga, who declared three days of mourning, said more than 600 "
        "firefighters and nine aircraft were on the lines, with help from two neighbouring "
        "provinces.\n"
        '"We knew them both. Tomás taught half the brigade how to read a fire," said Valdecruz '
        "mayor Consuelo Arrieta, who broke down while speaking to reporters outside the town "
        "hall.\n"
        "The cause of the fire is under investigation. Forest guards said they were examining a "
        "burned-out farm machine found near the point where it started on Monday afternoon.\n"
        "Messages of condolence arrived through the afternoon from fire brigades across "
        "Vastelia, many of them with photographs of black ribbons tied to the mirrors of their "
        "engines.",
    ),
    Piece(
        "opinion-rent-caps",
        "The Lantern Review",
        D2 + 14.0,
        "Opinion: Rent caps feel like justice. They rarely build a single home",
        "Every generation rediscovers rent control, and every generation is surprised by what "
        "follows. Politicians see tenants squeezed by rises they cannot afford and reach for the "
        "one lever that works at once: a ceiling on what landlords may charge.\n"
        "Ellandre is only the latest. Its parliament voted on Wednesday to hold rent rises to 2% "
        "a year, and its housing minister, Julien Facquet, is right that the squeeze is real. "
        "Yet the record of caps elsewhere is not kind to them.\n"
        "The pattern is familiar. Tenants who already have a flat gain, often a lot. Those still "
        "looking face a shrinking pool, because owners sell to buyers who will live in the homes "
        "themselves, or turn long lets into short ones. Repairs wait, since no rise will pay for "
        "them.\n"
        "Above all, caps do nothing to build. A city whose rents are rising fast is telling us "
        "it needs more homes near its jobs. Freezing the price hides the signal without touching "
        "its cause.\n"
        "None of this means governments should shrug. Public housing, faster planning permission "
        "and a tax on empty homes all help, more slowly and less visibly. A modest cap on rises "
        "within a tenancy, with rents reset between tenants, can shield families from sudden "
        "shocks.\n"
        "But a cap sold as the answer tends to leave the next generation of tenants queuing for "
        "the same flats, and their politicians reaching for the same lever.",
    ),
    # --- Day 3: Tue Oct 21, 2031 ---
    Piece(
        "sebrinth-ceasefire-collapses",
        "Keelwire",
        D3 + 4.0,
        "UPDATE 2-Sebrinth ceasefire collapses as army shells Ketran highlands after ambush",
        "(Adds Talvenna withdrawing monitors, Suleth comment)\n"
        "AMDIRA, Sebrinth, Oct 21 (Keelwire) - Sebrinth's army shelled rebel positions across "
        "the Ketran highlands on Tuesday and the government declared its ceasefire with the "
        "Ketrani Front dead, hours after an ambush near Dzhurak killed 11 soldiers.\n"
        "At least 27 people, among them civilians in two villages, were killed in the fighting, "
        "the Sebrinthian Red Crescent said. Defence Minister Orhan Talvecki said the Front had "
        '"torn up the Vossberg agreement with its own hands" and that the army would "restore '
        'order".\n'
        "The truce, signed in the Talvennan capital Vossberg on May 14 for 90 days and extended "
        "in August, had largely held, bringing the longest lull in a war that has killed more "
        "than 9,000 people since 2027.\n"
        "Front commander Nadira Suleth denied that her fighters had carried out the ambush and "
        "accused the army of massing tanks near the line in breach of the pledge to keep heavy "
        "weapons 15 km back.\n"
        "Talvenna said it was pulling its 120 monitors out of the highlands for their safety. "
        'Foreign Minister Henrik Ossiander said he was "heartbroken" but that his government '
        'would "keep the door of Vossberg open".\n'
        "Aid agencies said the corridor to Dzhurak, which had carried some 1,800 lorries of food "
        "since June, was shut again on Tuesday morning.\n"
        "(Reporting by Bashir Qadiri; Writing by Annika Sorvold; Editing by Tom Hallworth)",
    ),
    Piece(
        "sebrinth-ceasefire-collapses",
        "Agence Varenne",
        D3 + 6.0,
        "Sebrinth's truce in tatters as fighting flares around Dzhurak",
        "Amdira (AV) - Fighting raged on Tuesday around the town of Dzhurak in Sebrinth's Ketran "
        "highlands, ending a ceasefire that had held since May, with the government and the "
        "Ketrani Front each blaming the other.\n"
        '"The ceasefire no longer exists," government spokesman Kerem Azadi told AV. Residents '
        "said shells were landing on the edge of the town for the first time since the spring.\n"
        "av/bq",
    ),
    Piece(
        "sebrinth-ceasefire-collapses",
        "Nightline Global",
        D3 + 9.5,
        "Live: Sebrinth ceasefire collapses – latest",
        "15:02 GMT — Talvenna's Foreign Minister Henrik Ossiander has just spoken in Vossberg. "
        'He says the 120 monitors will be "out of the highlands by nightfall" and urges both '
        'sides to "stop and count the dead before they count the gains".\n'
        "14:40 GMT — Relief agencies say the corridor to Dzhurak is closed. Sixty lorries of "
        "flour were turned back at Karsh this morning.\n"
        "14:05 GMT — Nadira Suleth, the Ketrani Front's commander, has released a video denying "
        'the ambush: "We did not break the Vossberg truce. Look at where the tanks are."\n'
        "13:50 GMT — Our correspondent in Amdira says the capital is quiet, but queues have "
        "formed at petrol stations, a habit from the first years of the war. The government has "
        "called an emergency cabinet meeting for this evening.\n"
        "13:20 GMT — The Sebrinthian Red Crescent now puts the toll at 27 dead, including at "
        "least nine civilians in the villages of Orsk-Tepe and Halimli.\n"
        "12:45 GMT — Defence Minister Orhan Talvecki tells parliament in Amdira that the "
        'ceasefire is "dead and buried" after 11 soldiers were killed in an ambush near '
        "Dzhurak at dawn. Artillery has been firing on rebel positions since mid-morning.\n"
        "12:30 GMT — Welcome to our live coverage. The truce agreed in May between Sebrinth's "
        "government and the Ketrani Front, which had brought five months of relative calm to the "
        "Ketran highlands, appears to have collapsed.",
    ),
    Piece(
        "sebrinth-ceasefire-collapses",
        "Reelside",
        D3 + 11.0,
        "Watch: Shelling resumes around Dzhurak as truce ends",
        "Smoke over the Ketran highlands after five months of calm.",
    ),
    Piece(
        "palladine-ceo-ousted",
        "The Margin Post",
        D3 + 2.0,
        "Palladine Air ousts CEO Ravenhill after 112 days; shares rise 6 pct",
        "Palladine Air sacked chief executive Philippa Ravenhill on Tuesday, just 112 days after "
        "she took over, following a pilots' revolt over her plan to cut 2,600 jobs and close the "
        "Kessington long-haul base. The shares rose 6 pct.\n"
        "Chairman Sir Ambrose Quarley will run the airline until a successor is found. The stock "
        'had lost 41 pct since Ravenhill started on July 1, and her "Project Tailwind" '
        "restructuring is on hold.",
    ),
    Piece(
        "palladine-ceo-ousted",
        "The Daily Clanger",
        D3 + 7.0,
        "HEADWIND! Air boss Philippa GROUNDED after just 16 weeks",
        "Palladine Air's boss has been handed her marching orders after just 16 weeks in the "
        "cockpit. Philippa Ravenhill got the boot today after pilots went into open revolt over "
        "her plan to axe 2,600 jobs.\n"
        "One crew member told the Clanger: \"We're popping the fizz in the crew room. Tailwind "
        'was a turkey." Chairman Sir Ambrose Quarley takes the controls for now.',
    ),
    Piece(
        "palladine-ceo-ousted",
        "Longview Analysis",
        D3 + 12.0,
        "Analysis: Palladine's 112-day chief, and why Ravenhill never stood a chance",
        "When Palladine Air hired Philippa Ravenhill in May, the board said it wanted an "
        "outsider who would make hard choices quickly. On Tuesday it sacked her for doing "
        "exactly that.\n"
        'Ravenhill\'s "Project Tailwind", unveiled in September, was the plan investors had '
        "been asking for: 2,600 job cuts, the closure of the long-haul base at Kessington and a "
        "fleet cut to a single type. On paper it turned last year's 212 million dollar loss into "
        "a profit by 2033.\n"
        "In practice it united everyone against her. Pilots, who had already rejected two pay "
        "offers under Howard Pilbeam, voted for a strike. Kessington's politicians lobbied "
        "ministers, who still hold a golden share. And the shares, far from rising, fell 41 per "
        "cent as investors priced in months of disruption.\n"
        "The board's own role deserves scrutiny. Sir Ambrose Quarley and his directors approved "
        "Tailwind in a single meeting, then left its author alone when the storm broke. Quarley "
        "now takes charge himself, the third leader in five months.\n"
        "What next? The cheapest path is a version of Tailwind with a gentler timetable, sold by "
        "someone the pilots trust. The riskiest is to shelve it entirely, which would leave the "
        "airline's debts where they were.\n"
        "Either way, Palladine's next chief will start with a lesson in how quickly a board's "
        "appetite for change can vanish.",
    ),
    Piece(
        "hoshigane-lost",
        "Kyosei",
        D3 + 3.0,
        "Akanesa gives up on Hoshigane-3 weather satellite after contact lost",
        "KAWASHIRO, Akanesa, Oct. 21 Kyosei - Akanesa's space agency said Tuesday it has given "
        "up trying to recover the Hoshigane-3 weather satellite, which stopped responding on "
        "Oct. 12, less than three months after its launch.\n"
        "The Akanesa Space Development Agency said engineers had been unable to re-establish "
        "contact despite nine days of attempts, and that the 48.6 billion yen satellite should "
        "be considered lost. AKSDA President Noriko Tamashiro bowed deeply at a news conference "
        "in Kawashiro and apologized to the public.\n"
        "The agency suspects a short circuit in the satellite's power system. Hoshigane-2, which "
        "it was meant to replace, will keep operating beyond its design life while a panel "
        "investigates.",
    ),
    Piece(
        "hoshigane-lost",
        "Orbital Digest",
        D3 + 8.0,
        "What went wrong with Hoshigane-3? What we know about the lost weather satellite",
        "Akanesa has formally written off Hoshigane-3, its newest weather satellite, nine days "
        "after the spacecraft fell silent in geostationary orbit. Here is what we know.\n"
        "What happened? Hoshigane-3 was launched on a Tsurugi-2 from Minamiura on July 23 and "
        "reached its slot at 140 degrees east in early August. Testing of its imager was going "
        "well until Oct. 12, when ground stations lost its signal in the middle of a routine "
        "pass.\n"
        "What does AKSDA think caused it? The agency says telemetry in the last seconds showed a "
        "sudden drop in voltage on the main power bus, which points to a short circuit. A "
        "spinning or tumbling craft would also explain why its antennas stopped pointing at "
        "Earth.\n"
        "Can it be saved? AKSDA spent nine days sending commands on every frequency it has. It "
        'now says recovery is "extremely unlikely".\n'
        "What does it cost? The satellite cost 48.6 billion yen, about 330 million dollars, and "
        "was not insured, as is usual for Akanesa's government craft.\n"
        "What happens to the forecasts? Hoshigane-2, in orbit since 2019, will carry on, though "
        "it scans the Earth only every ten minutes. The agency says it will ask the government "
        "to bring forward a replacement, but a new satellite is at least four years away.\n"
        "Has this happened before? Akanesa lost a communications satellite to a power fault in "
        "2011, and a review panel then recommended duplicating key circuits. Whether "
        "Hoshigane-3's design followed that advice will be the first question for the "
        "investigators.",
    ),
    Piece(
        "hoshigane-lost",
        "Newsdrip",
        D3 + 13.0,
        "Akanesa declares its new Hoshigane-3 weather satellite lost",
        "The ¥48.6bn craft, launched on a Tsurugi-2 in July, stopped responding on Oct 12; the "
        "old Hoshigane-2 will fill in.",
    ),
    Piece(
        "ombrera-mine-closes",
        "Mine & Mill",
        D3 + 1.0,
        "Kestrun mothballs Ombrera five months after opening as lithium slumps",
        "Kestrun Minerals will close its Ombrera lithium mine in northern Vastelia and put it on "
        "care and maintenance from December, barely five months after President Teresa Vidaurre "
        "opened it, the company said on Tuesday.\n"
        "The decision follows a 58 per cent fall in the price of lithium carbonate since "
        "January, which has pushed it below Ombrera's cost of production. About 900 of the "
        "mine's 1,100 workers will lose their jobs; the rest will keep the evaporation ponds and "
        "the plant in working order.\n"
        "Kestrun will write down the value of the $1.4 billion project by about 900 million "
        "dollars in its annual accounts. Chief executive Duncan Arbuthnot said the board had "
        '"no responsible alternative" while prices stayed at current levels, and that Ombrera '
        'could restart "within six months" if the market recovered.\n'
        "Ombrera produced its first lithium on May 14 and had been ramping up towards its design "
        "rate of 40,000 tonnes a year. Kestrun said it would talk to its two offtake customers "
        "about deferring deliveries.\n"
        "The Vastelian government, which holds a 20 per cent stake through Minera Nacional de "
        "Vastelia, said it had not been consulted. Vidaurre is expected to meet Arbuthnot on "
        "Thursday.\n"
        "Farmers' groups in the Ombrera valley, who had protested that the ponds were draining "
        "their aquifer, said they would press for the ponds to be emptied during the shutdown.",
    ),
    Piece(
        "ombrera-mine-closes",
        "Ombrera Valley Herald",
        D3 + 14.0,
        "'They promised us twenty years': Ombrera workers told the mine will shut",
        "SAN TEODORO DE OMBRERA — The orange overalls were still new. Five months after the "
        "president cut the ribbon at Kestrun's lithium plant, its workers were called into the "
        "canteen on Tuesday morning and told that most of them would be gone by Christmas.\n"
        '"They promised us twenty years. We got twenty weeks," said Alba Cordero, 24, a pond '
        "operator who moved back to the valley from the capital for the job.\n"
        "About 900 of the 1,100 workers will be laid off. Shopkeepers on the main square, "
        "several of whom had borrowed to expand, said they feared for their businesses. The "
        'farmers who protested at the opening were quiet; one said only that "nobody here '
        'wanted it to end like this".',
    ),
    Piece(
        "ombrera-mine-closes",
        "MarketHour TV",
        D3 + 10.0,
        "Kestrun shuts Ombrera lithium mine, books 900 mln dlr writedown",
        "Kestrun Minerals fell 11 pct after saying it would mothball its 1.4 bln dlr Ombrera "
        "lithium mine in Vastelia, five months after it opened, and cut 900 jobs as lithium "
        "carbonate prices slid 58 pct this year.",
    ),
    Piece(
        "ostrevin-derailment",
        "LPT",
        D3 + 3.5,
        "Six killed as intercity train derails near Ostrevin Junction in Lorvadia",
        "Essenby, Oct 21 (LPT) Six people were killed and 48 injured when an intercity train "
        "from Essenby to Pennistow derailed near Ostrevin Junction on Tuesday morning, railway "
        "officials said.\n"
        "Five of the train's eight coaches left the track at about 7.40 am while crossing points "
        "outside the junction, said a spokesman for Lorvadia Railways. The injured have been "
        "taken to hospitals in Ostrevin and Essenby.\n"
        "Transport Minister Dariusz Kellenberg ordered an inquiry and announced compensation of "
        "10 lakh for the family of each person killed.\n"
        "LPT TS MK",
    ),
    Piece(
        "ostrevin-derailment",
        "Sleeper & Signal",
        D3 + 8.5,
        "Ostrevin derailment: points under scrutiny as Lorvadia shuts main line",
        "Lorvadia Railways has closed the Essenby-Pennistow main line between Ostrevin and "
        "Dunstead Bridge after Tuesday's derailment, in which six people died. Early attention "
        "is on a set of points renewed in August; the operator said all points of the same "
        "design on its network would be inspected this week.",
    ),
    Piece(
        "baekhwa-derailment",
        "Hanul",
        D3 + 6.5,
        "Cheongsol Express derails near Baekhwa; at least 3 dead",
        "BAEKHWA, Oct. 21 (Hanul) -- A Cheongsol Express high-speed train derailed near Baekhwa "
        "Station on Tuesday evening, killing at least three passengers and injuring dozens of "
        "others, fire officials said.\n"
        "The train, carrying 412 passengers from Dongseo to the southern port city of Haerim, "
        "left the tracks at around 8:40 p.m. as it entered a curve about 2 kilometers north of "
        "the station, they said. Four of its ten cars overturned.\n"
        "(END)",
    ),
    Piece(
        "baekhwa-derailment",
        "The Daesol Herald",
        D3 + 9.0,
        "Rescuers cut through overturned cars after Cheongsol Express derails at Baekhwa",
        "Rescue workers were cutting through the roofs of overturned carriages late on Tuesday "
        "night to reach passengers trapped after a Cheongsol Express train derailed on a curve "
        "north of Baekhwa Station.\n"
        "At least three people were confirmed dead and more than 50 injured by midnight, fire "
        "officials said. The train, bound for Haerim with 412 passengers on board, left the "
        "rails at about 8:40 p.m., shortly after passing through a tunnel at reduced speed for "
        "track work.\n"
        '"There was a bang and then the lights went out and everything was upside down," said '
        'a university student who climbed out through a broken window of the sixth car. "People '
        'were calling out names in the dark."\n'
        "More than 300 firefighters and soldiers were at the scene, working under floodlights in "
        "a steep-sided valley. The injured were taken to four hospitals in Baekhwa and the "
        "provincial capital.\n"
        "Daesol Railroad Corp., which operates the Cheongsol Express, said it had suspended all "
        "services on the line between Baekhwa and Haerim. Its president, Kwon Tae-seok, "
        "apologized to the victims and their families and promised full cooperation with "
        "investigators.\n"
        "Transport Minister Seo Jin-ah, who travelled to the site overnight, said the government "
        "would examine whether the track work had played a part. It is the deadliest accident on "
        "the country's high-speed network since it opened in 2014.",
    ),
    Piece(
        "baekhwa-derailment",
        "Hanul",
        D3 + 16.5,
        "(LEAD) Death toll in Baekhwa derailment rises to 9; track work under scrutiny",
        "(ATTN: UPDATES toll, details in paras 1-4)\n"
        "BAEKHWA, Oct. 22 (Hanul) -- The death toll from the derailment of a Cheongsol Express "
        "train near Baekhwa rose to nine on Wednesday morning, with 61 people injured, as "
        "rescuers finished searching the overturned cars overnight, officials said.\n"
        "Six bodies were recovered from the fourth and fifth cars after they were lifted by "
        "cranes at around 5 a.m., the fire department said. Eleven of the injured are in serious "
        "condition.\n"
        "Investigators are looking into whether a section of rail replaced during maintenance "
        "work on Monday was properly fixed, a transport ministry official said.\n"
        "Daesol Railroad Corp. said services between Baekhwa and Haerim would remain suspended "
        "at least until Friday.\n"
        "(END)",
    ),
    # --- Day 4: Tue Mar 9, 2032 ---
    Piece(
        "halcyra-telmora-abandoned",
        "Keelwire",
        D4 + 2.0,
        "UPDATE 1-Halcyra and Telmora scrap $11.4 billion merger after regulator demands",
        "(Adds analyst comment, details of break fee)\n"
        "BRENNECKE, Ostreland, March 9 (Keelwire) - Halcyra Telecom and Telmora Mobile called "
        "off their $11.4 billion merger on Tuesday, ten months after agreeing it, saying the "
        "remedies sought by Ostreland's competition regulator would have wiped out the deal's "
        "value.\n"
        "The Ostreland Competition Commission told the companies last month it would block the "
        "tie-up unless they sold a third of their combined spectrum and about 4 million "
        "customers to a new entrant, according to people familiar with the talks.\n"
        "Under the terms of the May 14 agreement, Halcyra will pay Telmora a break fee of $340 "
        "million. Telmora's shares fell 14 percent in early trading, while Halcyra's rose 3 "
        "percent.\n"
        '"We walk away with regret but without doubt," Halcyra Chief Executive Magnus '
        "Erlandsen told analysts. Telmora CEO Priya Dasgupta-Holm, who was to have chaired the "
        "combined group, said Telmora would stay independent and restore its dividend.\n"
        "The deal would have created an operator with 38 million customers and cut the number of "
        "mobile networks in Ostreland from four to three. Rivals Kvadra and Fjellnet had lobbied "
        "against it.\n"
        '"The commission has shown it means what it says about four-to-three deals," said '
        "Henrik Aasgaard, an analyst at Gorsedd Capital.\n"
        "(Reporting by Sigrun Tveit; Editing by Clara Hebden)",
    ),
    Piece(
        "halcyra-telmora-abandoned",
        "Halcyra Telecom Newsroom",
        D4 + 3.0,
        "Statement on the proposed combination with Telmora Mobile",
        "Halcyra Telecom announces that it has agreed with Telmora Mobile to terminate the "
        "merger agreement the two companies entered into on 14 May 2031.\n"
        "Following extended engagement with the Ostreland Competition Commission, the Board has "
        "concluded that the divestments required for clearance would remove much of the value of "
        "the combination for customers and shareholders, and that it is not in the interests of "
        "shareholders to proceed.\n"
        "In accordance with the merger agreement, Halcyra will pay Telmora a termination fee of "
        "US$340 million, which will be recognised in the company's first-quarter results.\n"
        'Magnus Erlandsen, Chief Executive Officer, said: "We thank the Telmora team for their '
        "work over the past ten months. Halcyra will now press ahead on its own with the 5G and "
        'fibre investment plan set out last year."\n'
        "Halcyra's financial guidance for 2032 is unchanged apart from the termination fee.\n"
        "Brennecke, 9 March 2032",
    ),
    Piece(
        "halcyra-telmora-abandoned",
        "The Margin Post",
        D4 + 6.0,
        "Telmora sinks 14 pct as Halcyra walks away, pays 340 mln dlr break fee",
        "Telmora Mobile shares fell 14 pct on Tuesday after Halcyra Telecom pulled the plug on "
        "their 11.4 bln dlr merger, blaming the competition commission's demand for spectrum "
        "sales. Halcyra gained 3 pct. The 340 mln dlr break fee is worth about 6 pct of "
        "Telmora's market value.",
    ),
    Piece(
        "essenby-cholera-over",
        "Lorvadia Ministry of Health",
        D4 + 2.5,
        "End of the cholera outbreak in Essenby District",
        "The Ministry of Health of the Republic of Lorvadia declares the cholera outbreak in "
        "Essenby District, declared on 23 July 2031, to be over.\n"
        "No new confirmed case of cholera has been recorded in the district for 28 consecutive "
        "days. In total, 4,870 cases and 61 deaths were recorded during the outbreak. A total of "
        "410,000 residents received oral vaccine.\n"
        "The Harrowmere pumping station, identified as the source of the contamination, has been "
        "rebuilt and returned to service with new filtration and chlorination equipment.\n"
        "The Ministry thanks the health workers, volunteers and residents of Essenby for their "
        "efforts. Surveillance of acute watery diarrhoea will continue in the district for a "
        "further three months.\n"
        "Dr Halima Serrouk\n"
        "Minister of Health",
    ),
    Piece(
        "essenby-cholera-over",
        "Epidemic Watch",
        D4 + 7.0,
        "Lorvadia declares Essenby cholera outbreak over after seven months",
        "Lorvadia's health ministry on Tuesday declared the end of the cholera outbreak in the "
        "port city of Essenby, seven and a half months after it was first announced, after four "
        "weeks without a new confirmed case.\n"
        "The outbreak infected 4,870 people and killed 61, making it the country's worst in "
        "three decades. At its peak in late August, Essenby General Hospital was admitting more "
        "than 120 patients a day, and a second treatment centre was opened in a sports hall in "
        "Saltings.\n"
        "The source was traced to the Harrowmere pumping station, where floodwater carrying "
        "sewage entered the supply in early July. Essenby Water has since rebuilt the station "
        "and installed continuous chlorine monitoring; an independent review of why warnings "
        "from its own engineers were not acted on is due in May.\n"
        "Oral vaccination reached 410,000 people, well beyond the 300,000 first planned, after "
        "cases spread to two wards outside the original area in September. Health Minister "
        "Halima Serrouk credited the campaign with bending the curve within six weeks.\n"
        "Public health specialists said the case fatality rate, about 1.3 per cent, was higher "
        "than it should have been for a city with a modern hospital, and pointed to the week "
        "that passed before residents were told to boil their water.\n"
        "The ministry said it would keep watch on cases of acute diarrhoea in Essenby for three "
        "more months.",
    ),
    Piece(
        "varkosh-sanctions-lifted",
        "Tristar Press",
        D4 + 4.5,
        "Aurelian Union lifts most sanctions on Varkosh after opposition leader freed",
        "BRUGENHOF (TP) — The Aurelian Union on Tuesday lifted the asset freezes and travel bans "
        "it had imposed on Varkosh President Stanko Mirovec and 37 officials last May, rewarding "
        "his release of opposition leader Nevra Arbak and 211 other political prisoners.\n"
        "The union's foreign ministers, meeting in Brugenhof, also ended the restrictions on "
        "state-owned Varkoshbank but kept the arms embargo in place. They said the measures "
        'could be reimposed "at any moment" if Varkosh went back on its promises.\n'
        '"Ten months ago we said the door would open when the prisons did. The prisons have '
        "opened,\" said Ottilie Grauvik, the union's foreign policy chief.\n"
        "Arbak, freed in February after nine months of an eight-year sentence, has been allowed "
        "to register for a rerun of the presidential election that Mirovec has agreed to hold in "
        "September under international observers.\n"
        'Speaking by phone from Dorvik, Arbak said the union had acted "a little too early". '
        '"Sanctions were the only language he understood. Now he has less reason to keep his '
        'word," she said.\n'
        "Rights groups were divided. Some said the release of all 212 prisoners showed the "
        "sanctions had worked; others noted that dozens of protesters detained after the March "
        "2031 election remain on trial on lesser charges.\n"
        "Varkosh's economy has suffered under the measures. Its exports of potash and timber to "
        "the bloc fell by about a quarter last year, and its currency lost a third of its value "
        "against the union's.",
    ),
    Piece(
        "varkosh-sanctions-lifted",
        "VARPRESS",
        D4 + 7.5,
        "Dorvik welcomes Aurelian Union decision to lift restrictions",
        "DORVIK, March 9. /VARPRESS/. The Foreign Ministry of Varkosh has welcomed the decision "
        "of the Aurelian Union to cancel the restrictive measures against President Stanko "
        'Mirovec, members of the government and Varkoshbank, calling it "a return to common '
        'sense".\n'
        '"Dialogue, not pressure, is the only way between neighbours," spokesman Yevgen Lutsko '
        'said. He added that the remaining arms embargo "has no justification" and expressed '
        "hope that it would be lifted in the near future.",
    ),
    Piece(
        "varkosh-sanctions-lifted",
        "Newsdrip",
        D4 + 11.0,
        "Aurelian Union lifts sanctions on Varkosh's Mirovec, keeps arms embargo",
        "The bloc unfroze the assets of the president and 37 officials after Nevra Arbak and 211 "
        "other prisoners were freed.",
    ),
    Piece(
        "gildersham-plant-reopens",
        "WireBeacon",
        D4 + 1.5,
        "Varlo Batteries Restarts Cell Production at Rebuilt Gildersham Plant",
        "GILDERSHAM, Brindavel, March 9, 2032 /WireBeacon/ -- Varlo Batteries (BVX: VRLO) today "
        "restarted cell production at its Gildersham plant, 230 days after a fire destroyed the "
        "site's cell assembly hall on 23 July 2031.\n"
        "The rebuilt hall, completed at a cost of 420 million thalers, has new fire walls "
        "dividing the cell formation area into six separate zones, each with its own suppression "
        "system. Investigators found last year that the fire began when a faulty cell overheated "
        "during testing.\n"
        "About 1,900 of the plant's 2,100 employees are already back at work, most of whom were "
        "kept on full pay during the rebuilding. The remaining staff will return by June as "
        "further lines start up.\n"
        '"Our people never stopped believing this plant would come back, and neither did our '
        'customers," said Varlo Chief Executive Henrike Stallmann. "Gildersham is now one of '
        'the safest battery factories in the region."\n'
        "Production will rise in stages to the plant's full capacity of 6 gigawatt-hours a year "
        "by the third quarter. Long-standing customers Kordel and Fenwright have confirmed "
        "orders for the rest of 2032.\n"
        "About Varlo Batteries: Varlo designs and manufactures lithium-ion battery cells and "
        "packs for buses, vans and trucks at two plants in Brindavel.\n"
        "Media contact: Otto Reisinger, Varlo Batteries, media@varlo.example",
    ),
    Piece(
        "gildersham-plant-reopens",
        "Gildersham Courier",
        D4 + 5.0,
        "Back on the line: Varlo's Gildersham plant reopens seven months after the blaze",
        "The first shift in more than seven months walked through the gates of the Varlo "
        "Batteries plant on Fenside at 6 a.m. on Tuesday, some of them applauding the security "
        "guards.\n"
        "The cell assembly hall, which burned down on a July night last year, has been rebuilt "
        "from the slab up. Of the 2,100 workers, 1,900 are back, and the company says everyone "
        "will be by the summer.\n"
        '"I\'d been doing odd jobs and waiting by the phone," said line operator Dean Moffatt, '
        '34. "Walking in this morning felt like the first day of school."\n'
        'Councillor Maureen Tolley said the town had "held its breath for seven months". '
        "Neighbours on the Millbrook estate, who were moved out on the night of the fire, have "
        "been promised a meeting on the new safety measures.",
    ),
    Piece(
        "gildersham-plant-reopens",
        "Fleet Electric",
        D4 + 9.0,
        "Gildersham back online; Varlo targets full 6 GWh by autumn",
        "Varlo's Gildersham cell plant resumed output on Tuesday after last July's fire. E-bus "
        "makers Kordel and Fenwright, which bought in cells from abroad to keep their lines "
        "running, expect to switch back to Gildersham supply by the summer.",
    ),
    Piece(
        "ellandre-rent-cap-struck-down",
        "The Bench Report",
        D4 + 3.0,
        "Constitutional Court strikes down Fair Rents Act, 7-2",
        "Ellandre's Constitutional Court on Tuesday struck down the Fair Rents Act, ruling by "
        "seven votes to two that its cap on rent increases was a disproportionate restriction on "
        "the right to property.\n"
        "Writing for the majority, Justice Margaux Perrault said the legislature was entitled to "
        'regulate rents "in pursuit of a legitimate social aim", but that a blanket limit of '
        "2% a year for five years, applied without regard to a landlord's costs or to the state "
        "of a property, went further than was necessary.\n"
        "The court declared the law void with immediate effect. It ruled, however, that tenants "
        "who had paid rents at the capped level since October 1 could not be pursued for the "
        "difference, a point the landlords had pressed hard.\n"
        "In a dissent joined by one colleague, Justice Anton Weyl wrote that the majority had "
        '"substituted its own view of housing economics for that of an elected parliament".\n'
        "The challenge was brought by the National Federation of Property Owners days after "
        "parliament passed the act by 241 votes to 203 last July. Its president, Laurent "
        'Brissac, said outside the court that the ruling was "a victory for every small saver '
        'who owns one flat".\n'
        "The act covered about 1.3 million tenancies in Marsenne and eleven other cities. "
        'Tenants\' groups called the decision "a dark day" and gathered on the court steps as '
        "the ruling was read.",
    ),
    Piece(
        "ellandre-rent-cap-struck-down",
        "The Ellandre Times",
        D4 + 6.5,
        "Facquet concedes defeat: 'The rent cap is dead, but the crisis is not'",
        "Housing Minister Julien Facquet said on Tuesday that the government would not try to "
        "revive the Fair Rents Act, hours after the Constitutional Court threw it out, "
        "effectively scrapping the centrepiece of his housing policy.\n"
        '"The rent cap is dead, but the crisis is not," he told reporters. Instead, he said, '
        "the government would bring forward a plan to build 40,000 social homes and give tenants "
        "a right to three-year leases.\n"
        "Opposition parties called for his resignation. Tenants' groups said the government had "
        '"ditched" them at the first setback.',
    ),
    Piece(
        "ellandre-rent-cap-struck-down",
        "Globecast 24",
        D4 + 10.0,
        "Ellandre's top court throws out rent cap",
        "Ellandre's Constitutional Court has struck down the two percent cap on rent rises, and "
        "the housing minister says the government will drop it.",
    ),
    Piece(
        "velsberg-comeback",
        "Deuce Court",
        D4 + 12.0,
        "Velsberg wins on her return, 299 days after Stellmark",
        "Liesbeth Velsberg played her first match in ten months on Tuesday and won it, beating "
        "Tamsin Obrecht 6-4 6-3 in the first round of the Carrowmont Cup, 299 days after "
        "rupturing her Achilles tendon at the Stellmark Open.\n"
        "The Talvennan, who was world No 2 when she went down at the net last May, has fallen to "
        "148th in the rankings and needed a wildcard to enter. She showed little rust, breaking "
        "serve five times and winning 78 per cent of the points on her first serve.\n"
        '"The first time I pushed off to chase a drop shot I thought about it. After that I '
        'forgot," Velsberg said. "I have been waiting for this feeling for 299 days. Yes, I '
        'counted."\n'
        "Her surgeon, Elias Brunnhuber, watched from the players' box. Velsberg said she had "
        "spent four months unable to walk without a boot and had learned to run again on an "
        "underwater treadmill in Vossberg.\n"
        'Obrecht, 21, said it had been "strange to play someone whose poster I had on my '
        'wall". The crowd gave Velsberg a standing ovation as she left the court.\n'
        "She meets the fifth seed, Mireille Dacosta, on Thursday: a rematch of the Stellmark "
        'quarter-final in which her season ended. "I still owe her three games," Velsberg said '
        "with a smile.\n"
        "Her coach, Pieter Lindhout, said she would play no more than two tournaments a month "
        'until the grass season and that ranking points were "not on our list of worries". The '
        "priority, he said, was that she should still be playing in a year's time.",
    ),
    Piece(
        "velsberg-comeback",
        "The Daily Clanger",
        D4 + 14.0,
        "SHE'S BACK! Liesbeth's heel is HEALED",
        "Tennis queen Liesbeth Velsberg roared back from her Achilles HORROR with a "
        "straight-sets win at the Carrowmont Cup today.\n"
        "The Talvennan stunner, who was wheeled off in tears in Stellmark last year, dropped "
        'just seven games. "Yes, I counted the days," she grinned. Welcome back, Lies!',
    ),
    Piece(
        "velsberg-comeback",
        "Reelside",
        D4 + 15.0,
        "Video: Velsberg's winning return at the Carrowmont Cup",
        "Ten months after her Achilles snapped in Stellmark, Velsberg wins again.",
    ),
    Piece(
        "analysis-telecom-mergers",
        "Longview Analysis",
        D4 + 13.0,
        "Analysis: Four-to-three telecom mergers keep dying. Maybe that is the point",
        "For a decade, telecom executives have made the same argument to regulators: let four "
        "mobile networks become three, and the survivors will invest the savings in faster "
        "networks. For a decade, regulators have grown more sceptical.\n"
        "The collapse of Halcyra and Telmora's deal in Ostreland on Tuesday is the latest in a "
        "long line. Similar tie-ups have been blocked, abandoned or loaded with so many "
        "conditions that the buyers gave up, in at least five countries since 2025.\n"
        "The evidence has not been kind to the industry. Studies of markets that went from four "
        "to three found that prices tended to rise after the merger, while the promised jump in "
        "investment was hard to see. Where a new fourth operator was created as a condition, as "
        "in two cases, it usually struggled to survive.\n"
        "Regulators have also learned that remedies are harder to police than to promise. "
        "Network-sharing deals offered to smaller rivals can be slowed, degraded or quietly "
        "renegotiated.\n"
        "The industry's best counter-argument is that building 5G and fibre is expensive and "
        "that fragmented markets cannot pay for it. There is something to that in small "
        "countries. But if the case were as strong as the executives say, one would expect "
        "shareholders to fund the networks without needing a merger first.\n"
        "Until the evidence changes, expect more deals to die in the same way: at the moment the "
        "regulator names its price.",
    ),
)
