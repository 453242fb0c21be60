"""A thirteenth set of multi-outlet coverage of our own, in the forms of other countries' wires.

Written blind, like the fourth to twelfth sets: without reading the clustering code or the
texts of the other sets (only their module docstrings, the scoring tests and the helpers of
coverage.py), so it measures briefing on copy it has not been tuned on. The whole set was
written before it was first clustered, and no text was changed after seeing how briefing
clusters it. Every sentence is our own; the countries (Sindhara, Sorhae, Hualin, Khalidiya,
Zarechya, Lombrava, Kandara), cities, firms, people and all 43 outlets are made up, and their
names were checked against the earlier sets', the shared corpus and the source so that none
is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over real publication
days), and it leans towards the news agencies the earlier sets lack, each in its house form
translated or written in its own English: an Indian wire ("NAVAPUR, May 14 (SPT) The ...",
no dash, "Rs 75,000 crore", "11 lakh", "ex gratia", the desk's initials at the end), a state
agency of the Xinhua kind ("AL SAQRA, July 25 (Hualin) --", talks that "elevate ties",
"witnessed the signing of 14 cooperation documents"), one of the TASS kind ("STOLNIK, July
25. /ZARPRESS/." with the ministry's press service quoted), a Yonhap-like wire and a
business daily of the same country ("DAEGWANG, May 14 (Hanwire) --", "(END)"), an
ANSA-like wire translated into English with its word order ("(LPA) - SERRAVENTO, MAY 14 -",
"Returns the Zarechyan gas to Lombrava."), and a Gulf state agency ("AL SAQRA, 25th July,
2031 (KNA) -- His Highness ..., may God protect him", a ministry's statement that names a
suspect only by his initials); beside them a Reuters-like and an AP-like wire, newspapers
and business papers of those countries, crypto, tech, wearables, energy, rail, aviation,
wine, cricket and pop sites, a fan blog, an aid monitor, an international radio, two
aggregators, a tabloid, an opinion site, a TV channel's and a video site's captions. 68
items from 43 outlets: 38 whole articles (1,200 to 1,800 characters, five or more
paragraphs) whose background names the running topic's earlier events, 23 RSS items of a
headline and a line (100 to 250 characters), three briefs, and four near-empty video
captions (under 100 characters, each labelled with its event).

Its subjects are kinds of news no earlier set holds: a stablecoin that loses its dollar peg
and its founder's arrest abroad five months on; two central banks' surprise moves on one
day (Sindhara cuts, Sorhae raises; each names the other) and Sindhara's rise eight months
later; a chipmaker's smart glasses, launched and, eight months on, scrapped; a monsoon flood
and the relief package three months later; a state visit with a trade deal and the return
visit; a fire at a gas plant, the gas cut-off over a bill and the deal that ends it; a
cricket final and its winning captain's retirement; a wine fraud; a pop star's enlistment;
a maglev line's opening; a sovereign fund's stake in an airline.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("STABLE? NOT ANY MORE"; "Did Navapur
  just blink first?"; "Memory giant makes a play for your face"; "KARAN THE KING!"; "Crypto
  fugitive caught boarding private jet in the Gulf"; "Ministry of Interior: wanted foreign
  national arrested at Al Saqra International Airport"; "U-turn at Mint Road"; "THANKS FOR
  THE MEMORIES, SKIPPER"; "RIP Lumo, the nicest-looking gadget nobody bought"), quote
  headlines ("'We could not wait any longer'", "'The water came in the night'", "Please
  take care of the others while I'm away"), a question ("Three months after the Kesri broke
  its banks, help is finally on its way. Is it enough?"), subjects named only in the body
  or not at all (the tabloid's, the fan blog's, the captions); figures written two or three
  ways ($14 billion, $14bn, 14 billion dollars and $14B; 61 cents and $0.61; $24 billion,
  $24bn and US$24 billion; 1.1 billion euros and €1.1bn; 11 lakh and 1.1 million; Rs 9,800
  crore and 98 billion rupees; 287 for 9 and 287/9; 60,000 and 60K; 5.25 per cent and
  5.25%); people by full name in one item and by surname, title, first name or initials in
  another ("Seo", "the Governor", "Ha-jin", "the skipper", "I.M., 34", "His Highness");
- an item's outlet named in its own dateline (every agency's, and Hanbit Business's);
- one topic, separate events on one day that name each other: the Reserve Bank of
  Sindhara's cut and the Bank of Sorhae's rise (day 1; the stablecoin's report names the
  rise too); same-day events that share a place: the flood and the final that mourned it
  (day 2), Lombrava's gas cut and its airline's sale, Khalidiya's arrest and its fund's
  stake (day 3);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: Levro's fall (day 1)
  and Marchbanks's arrest (day 3); the Reserve Bank's cut (day 1) and rise (day 4); Lumo's
  launch (day 1) and end (day 4); Xu's visit (day 2) and Sheikh Rashid's (day 4); the
  Sundargiri flood (day 2) and its relief (day 3), which day 4's rate rise recalls; the
  Varensk fire (day 2), the gas cut (day 3) and the gas deal (day 4); the final (day 2) and
  Shekhawat's retirement (day 4); names shared across topics (Al Saqra of the visit, the
  arrest and the fund; Sheikh Saif of the stake and the return visit; the maglev of day 3
  and the return visit's ride on it);
- features, analysis and opinion: a rate analysis and a borrowers' one, a mortgage story,
  two hands-on reviews and an obituary of a gadget, a visit's business analysis, a flood
  village's story and a relief one, a match report, an energy analysis, a fan site's story,
  a rail analysis and a cricket tribute are each mainly about their event and carry its
  label; one opinion column about a wider debate carries its own ("op-stablecoins", day 1).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): Levro's peg breaks (five items); the Reserve Bank of
  Sindhara's cut (four) and the Bank of Sorhae's rise (three); Lumo's launch (three); the
  Vellano wine fraud (two); an opinion on stablecoins;
- day 2 (Fri Jul 25): Xu's state visit to Khalidiya (five); the Sundargiri flood (four);
  the Three Oceans final (four); the Varensk fire (three); Ninefold's leader enlists
  (three);
- day 3 (Thu Oct 16): Marchbanks arrested (three); the flood relief (three); Zargaz cuts
  Lombrava's gas (four); the maglev opens (three); Aerolombra's stake sold (three);
- day 4 (Mon Jan 19, 2032): Lumo scrapped (three); Sheikh Rashid in Jinhe (three); the gas
  deal (three); Shekhawat retires (three); the Reserve Bank's rise (three).

Scored by tests/stories/test_coverage_real13.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day.
"""

from __future__ import annotations

from tests.stories.coverage import Piece
from tests.stories.coverage_real8 import D1, D2, D3, D4  # the eighth set's four days

DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    Piece(
        "levro-peg",
        "Coinwatch Daily",
        D1 + 3.0,
        "Levro loses its dollar peg, sinking to 61 cents as holders rush for the exit",
        "The Levro, a so-called stablecoin that is meant to be worth exactly one US dollar at all "
        "times, traded as low as 61 cents on Wednesday after a wave of redemptions overwhelmed "
        "the mechanism that was supposed to hold it steady.\n"
        "Levro is issued by Kovalent Labs, a start-up registered in Daegwang and founded four "
        "years ago by Ilan Marchbanks. Unlike stablecoins backed by bank deposits, it relies on "
        "an algorithm that lets holders swap one Levro for a dollar's worth of a sister token, "
        "Vantis, which Kovalent then burns. When confidence fades the design can feed on itself: "
        "every Levro redeemed creates more Vantis, and Vantis fell by 83% in twenty hours.\n"
        "About $14 billion of market value has been wiped off the two tokens since Tuesday "
        "evening, according to figures compiled by Coinwatch Daily. Levro had been the "
        "third-largest stablecoin, with $18.5 billion in circulation at the start of the month.\n"
        "The selling began late on Tuesday, when several large wallets withdrew Levro from "
        "Mooringlend, the lending platform that paid savers up to 19% a year to deposit it. "
        "Traders also pointed to the surprise rate rise by the Bank of Sorhae on Wednesday "
        "morning, which made safer yields more attractive.\n"
        'Marchbanks wrote on social media that the peg would "come home" and that Kovalent was '
        "deploying its reserve of other coins to buy Levro back. By mid-afternoon in Daegwang the "
        "token had recovered only to 74 cents.",
    ),
    Piece(
        "levro-peg",
        "Arcwire",
        D1 + 5.5,
        "Stablecoin slump wipes $14bn off crypto market, tests regulators",
        "DAEGWANG, May 14 (Arcwire) - A widely used digital token designed to track the US dollar "
        "broke from its peg on Wednesday, erasing roughly 14 billion dollars of value and "
        "reviving calls in several countries for stricter oversight of so-called stablecoins.\n"
        "Levro, created by Kovalent Labs, slumped as low as $0.61 in Asian trading before paring "
        "losses. Its companion token Vantis, which absorbs the swings in Levro's value, lost most "
        "of its worth over the same period.\n"
        '"This is the scenario everyone warned about," said Farida Adekunle-Shaw, an analyst at '
        'the research firm Ledgerstone in Al Saqra. "An algorithm cannot print confidence."\n'
        "Sorhae's Financial Supervisory Commission said it was gathering information from "
        "Kovalent Labs, which is registered in Daegwang, and from exchanges that list the coin. "
        "Two of the largest exchanges suspended Levro deposits during the afternoon.\n"
        "The wider crypto market also fell. The price of Cometa, the largest token by value, "
        "dropped 11% to $27,400, its lowest level since January, as traders sold to cover losses "
        "elsewhere.\n"
        "Kovalent's founder Ilan Marchbanks, 34, said the company had spent about $1.6 billion of "
        "its reserve defending the peg and would publish a recovery plan. Kovalent gave no "
        "answer when asked how much of the reserve remained.\n"
        "(Reporting by Minji Park in Daegwang and Tomas Ruehl; Editing by Clare Whitmore)",
    ),
    Piece(
        "levro-peg",
        "The Daily Blast",
        D1 + 8.0,
        "STABLE? NOT ANY MORE",
        'Savers who parked cash in the "safe" coin Levro were staring at huge losses last night '
        "after it crashed to 61 CENTS. The boss behind it says don't panic. We'd say: too late, "
        "mate.",
    ),
    Piece(
        "levro-peg",
        "Blockfeed",
        D1 + 9.5,
        "Kovalent burns through reserve as Levro stays off its peg",
        "Levro traded near 70 cents late Wednesday despite Kovalent Labs spending $1.6bn to "
        "defend the dollar peg; Vantis down 83% in a day.",
    ),
    Piece(
        "levro-peg",
        "Stream24 Video",
        D1 + 6.0,
        "Video: the coin that was supposed to never move",
        "What went wrong with Levro, explained in ninety seconds.",
    ),
    Piece(
        "rbs-cut",
        "SPT",
        D1 + 4.0,
        "RBS cuts repo rate by 50 bps to 5.25 per cent in surprise move",
        "NAVAPUR, May 14 (SPT) The Reserve Bank of Sindhara (RBS) on Wednesday cut its key "
        "lending rate by 50 basis points to 5.25 per cent, surprising markets which had expected "
        "the central bank to keep rates on hold to protect the rupee.\n"
        "The six-member Monetary Policy Committee (MPC) voted 4-2 in favour of the reduction, "
        "Governor Prakash Venkataraman said while announcing the policy in Navapur. The reverse "
        "repo rate was also lowered to 5 per cent.\n"
        '"Growth impulses have weakened more sharply than we had anticipated and inflation '
        'remains comfortably within the target band," the Governor said, adding that the stance '
        "of the policy remains accommodative. Retail inflation stood at 3.1 per cent in April.\n"
        "The central bank also announced open market purchases of government securities worth Rs "
        "75,000 crore in the current quarter to ease liquidity conditions for banks. The "
        "benchmark ten-year bond yield fell 19 basis points to 6.42 per cent after the "
        "announcement.\n"
        "The economy grew 5.4 per cent in the January-March quarter, the slowest pace in nine "
        "quarters, with weak rural demand and a slump in two-wheeler sales weighing on activity. "
        "Industry bodies welcomed the cut and urged banks to pass it on to borrowers quickly.\n"
        "Finance Minister Nirmala Joshipura said the government was confident that the move would "
        "support investment. The Nav-30 index of the Bhimkot stock exchange closed 2.1 per cent "
        "higher. SPT PRV KSD",
    ),
    Piece(
        "rbs-cut",
        "The Economic Courier",
        D1 + 7.5,
        "Venkataraman's gamble: why the central bank chose a double cut now",
        "By Aditi Bhargava, Bhimkot\n"
        "Few economists in Bhimkot had pencilled in any change at all on Wednesday. Of 31 "
        "surveyed last week, 27 expected the Reserve Bank of Sindhara to stand pat and four a "
        "quarter-point reduction. What they got was half a percentage point, taking the repo rate "
        "from 5.75% to 5.25%.\n"
        "Governor Prakash Venkataraman has rarely surprised the market in his three years at Mint "
        "Road. His explanation this time was blunt: the slowdown in lending to small firms and "
        "farmers has gone further than the bank's own models predicted, and inflation of 3.1% "
        "gives it room to act.\n"
        "Two members of the rate panel, including deputy governor Shalini Menon, voted to wait. "
        "Their worry is the rupee, which has lost 4% against the dollar this year. A wider gap "
        "between Sindhara's rates and those abroad could push it lower still.\n"
        "That gap widened further within hours. The Bank of Sorhae raised its own rate on "
        "Wednesday afternoon, the first big Asian central bank to tighten this year. Dealers in "
        "Bhimkot said the rupee weakened to 84.6 per dollar after the Sorhae decision, from 83.9 "
        "before the RBS announcement.\n"
        "For borrowers, the question is how much reaches them. Banks passed on barely half of "
        "last year's cuts to home loan rates, and deposit costs remain high. The Rs 75,000 crore "
        "of bond purchases is meant to help there.\n"
        'Venkataraman said the bank would "watch the data closely". Markets will read that as a '
        "door left open, not a promise.",
    ),
    Piece(
        "rbs-cut",
        "Headline Hub",
        D1 + 9.0,
        "Sindhara's central bank slashes rates, catching traders off guard",
        "The Reserve Bank of Sindhara lowered its repo rate half a point to 5.25%, citing weak "
        "growth; most economists had expected no move.",
    ),
    Piece(
        "rbs-cut",
        "Rate Watch",
        D1 + 11.0,
        "Did Navapur just blink first?",
        "Half a point, with inflation at 3.1% and growth at a nine-quarter low. Governor "
        "Venkataraman says the rupee is not his target. Dissenters on his own panel clearly think "
        "it should be. Our take on Wednesday's decision, and what comes in August.",
    ),
    Piece(
        "bos-hike",
        "Hanwire",
        D1 + 6.5,
        "Central bank raises key rate to 2.75 pct, first hike in three years",
        "DAEGWANG, May 14 (Hanwire) -- The Bank of Sorhae (BOS) on Wednesday raised its benchmark "
        "interest rate by 0.25 percentage point to 2.75 percent, the first increase in three "
        "years, citing household debt and housing prices, in a move that most market watchers had "
        "not foreseen.\n"
        "The monetary policy board voted six to one for the hike at its regular meeting, BOS "
        "Governor Seo Dong-hyuk told a press conference. One member argued that the rate should "
        "be kept at 2.5 percent given slowing exports.\n"
        '"Household debt has reached a level that threatens financial stability, and we judged '
        'that the risk of waiting is larger than the risk of acting," Seo said.\n'
        "Household loans rose to 1,910 trillion ryo at the end of March, up 7.8 percent from a "
        "year earlier, while apartment prices in Daegwang climbed 11 percent over the same "
        "period, according to BOS data.\n"
        "The decision came hours after the Reserve Bank of Sindhara cut its policy rate by 50 "
        "basis points, underlining the diverging paths of Asia's central banks. Seo said each "
        "country faced its own circumstances and declined to comment on other central banks.\n"
        "The ryo strengthened 0.9 percent to 1,382.5 per dollar after the announcement, while the "
        "main stock index fell 1.3 percent. Finance Minister Oh Kyung-min said the government "
        "respected the decision. (END)",
    ),
    Piece(
        "bos-hike",
        "Daegwang Herald",
        D1 + 10.0,
        "'We could not wait any longer': Seo defends rate rise as mortgage holders brace",
        "Homeowners in Daegwang woke on Wednesday expecting another quiet rate meeting. By "
        "lunchtime, many were doing sums.\n"
        "The Bank of Sorhae's decision to lift its base rate to 2.75% from 2.5% will add roughly "
        "190,000 ryo a year to the interest bill of a typical variable-rate mortgage of 300 "
        "million ryo, according to the Herald's own calculation.\n"
        "Governor Seo Dong-hyuk, speaking after a six-to-one vote, said the board had run out of "
        "patience with a housing market that keeps climbing. Apartment prices in the capital are "
        "up 11% in a year and household debt has passed 1,910 trillion ryo, one of the highest "
        "ratios to income in the world.\n"
        'Estate agents in the Namsong district said buyers had already begun to pull back. "The '
        "phone went quiet at eleven o'clock,\" one said.\n"
        "The timing drew comment abroad. On the same day Sindhara's central bank cut its rate by "
        "half a point to support growth. Economists in Daegwang said the two moves show how "
        "differently the region's economies are faring, with Sorhae's exports of memory chips "
        "still strong.\n"
        "Opposition lawmakers accused the bank of punishing young families, while the Finance "
        "Ministry said it would extend cheaper fixed-rate loans for first-time buyers. Seo did "
        "not rule out a further rise later this year.",
    ),
    Piece(
        "bos-hike",
        "NewsDrift",
        D1 + 12.0,
        "Daegwang surprises with a rate hike as neighbours ease",
        "Sorhae's central bank lifted its base rate a quarter point to 2.75%, pointing to record "
        "household debt; the ryo rose almost 1%.",
    ),
    Piece(
        "lumo-launch",
        "Gadgetory",
        D1 + 2.0,
        "Hands-on: Taehwa's Lumo glasses put a screen where you least expect it",
        "Taehwa is best known for the memory chips inside other companies' phones. On Wednesday "
        "in Daegwang it showed off something it will sell under its own name: Lumo, a pair of "
        "smart glasses that look, from a few feet away, like ordinary black frames.\n"
        "We wore them for twenty minutes. A small projector in the right arm paints text and "
        "arrows onto the lens, and only the wearer can see it. Directions appeared as a faint "
        "green line along the street, and messages slid in from the edge and faded when we looked "
        "straight ahead.\n"
        "The frames weigh 46 grams, about ten more than a normal pair, and run on a chip Taehwa "
        "designed for the purpose, the TX-9, which the company says uses a fifth of the power of "
        "a phone processor. Battery life is quoted at eleven hours.\n"
        "There is no camera, a choice Taehwa made after rivals' camera glasses drew complaints "
        "about privacy. There is a microphone for voice commands, which worked well in a quiet "
        "room and less well near the demonstration's coffee machine.\n"
        "Lumo will go on sale in Sorhae in October for 890,000 ryo, around $640, and in other "
        "countries next year. Prescription lenses cost extra.\n"
        "It is a first attempt, and it shows. The display is dim in sunlight and there are few "
        "apps. But it is the first smart eyewear we have tried that we would not mind being seen "
        "in.",
    ),
    Piece(
        "lumo-launch",
        "Silicon Dispatch",
        D1 + 5.0,
        "Memory giant makes a play for your face",
        "Taehwa Semiconductor, the world's second-largest maker of memory chips, on Wednesday "
        "unveiled its first consumer device, a pair of lightweight smart glasses called Lumo, in "
        "a bet that eyewear will become the next big platform after the phone.\n"
        "Chief executive Kang Tae-won told an audience of developers in Daegwang that the company "
        'had spent five years and about 700 billion ryo on the project. "We have supplied the '
        'parts for every screen you own," he said. "Now we want to make the screen."\n'
        "The glasses carry Taehwa's own low-power chip, the TX-9, and a laser projector that "
        "draws on the lens. They connect to a phone, which does most of the computing.\n"
        "Analysts were divided. Memory prices have been strong, giving Taehwa cash to experiment, "
        "but consumer electronics is a tougher business with thin margins and fickle buyers. "
        "Earlier smart glasses from other firms sold poorly.\n"
        "Taehwa said it had signed up 40 app makers, including a navigation service and two "
        "messaging apps, and would open its software tools to others in the summer. The price was "
        "set at 890,000 ryo, or about 640 dollars, with sales starting in October.\n"
        "Taehwa shares closed down 0.4% in Daegwang, on a day when the market fell after the "
        "central bank's rate rise.",
    ),
    Piece(
        "lumo-launch",
        "Wearable Beat",
        D1 + 8.5,
        "Taehwa's 46-gram eyewear has no camera, and that's the point",
        "Lumo arrives in October at 890,000 ryo with an eleven-hour battery and a custom TX-9 "
        "chip. We have the full spec sheet and first impressions.",
    ),
    Piece(
        "wine-fraud",
        "LPA",
        D1 + 3.5,
        "Fake wine: 1.2 million bottles seized, 14 arrested in Serravento",
        "(LPA) - SERRAVENTO, MAY 14 - Over one million two hundred thousand bottles of wine "
        "falsely sold as Rosso di Vellano have been seized by the Agrarian Guard in an operation "
        "across the province of Serravento, investigators said Wednesday.\n"
        "Fourteen people were arrested, among them the owner of a bottling plant in the town of "
        "Castel Morrone and two officials of a certification laboratory, accused of fraud in "
        "trade, forgery of documents and association for crime.\n"
        "According to the investigators, cheap table wine bought in bulk from abroad was mixed "
        "with colourings and then bottled with labels and seals of the protected designation, to "
        "be sold in supermarkets and exported, above all to Northern Europe and to Asia. The "
        "value of the wine is estimated at around 38 million euros.\n"
        '"It is a grave damage for the honest producers and for the image of our territory," said '
        "the president of the Vellano producers' consortium, Giulia Ferracane, who announced that "
        "the consortium will be civil party in the trial.\n"
        "The inquiry, coordinated by the prosecutor's office of Serravento, started one year ago "
        "from a complaint by a wine shop in the capital which noticed differences in the taste of "
        "a vintage. Telephone intercepts, said the investigators, show that the group laughed "
        "about the buyers. (LPA).",
    ),
    Piece(
        "wine-fraud",
        "Cellar Notes",
        D1 + 9.0,
        "If your bargain Vellano tasted thin, now you know why",
        "Police in Lombrava say up to €38m of supposed Rosso di Vellano was nothing of the kind: "
        "bulk wine, dyed and dressed up with forged seals. Fourteen people are under arrest. "
        "Check the lot number on your bottle against the consortium's list, which it promises to "
        "publish on Friday.",
    ),
    Piece(
        "op-stablecoins",
        "The Contrarian",
        D1 + 13.0,
        "There is no such thing as a stable coin",
        "By Rupert Stallworthy\n"
        "Every few years finance rediscovers an old trick and gives it a new name. This week's "
        "lesson comes from a token that promised to be worth one dollar, always, and was worth "
        "sixty-one cents by breakfast.\n"
        "The appeal of a stablecoin is obvious. Crypto traders want somewhere to park money "
        "between bets without going back to a bank, and a token that never moves is a useful "
        "place. The trouble starts when the issuer tries to pay interest on it too, because "
        "interest has to come from somewhere, and in the end it comes from the next depositor.\n"
        "Defenders say the coins backed by cash and short-term bonds are different, and they are, "
        "up to a point. But a fund that promises instant redemption at par, holds assets that "
        "cannot all be sold instantly at par, and answers to no deposit insurer is a bank in all "
        "but name. We have centuries of experience of what happens to such banks in a panic.\n"
        "Regulators have spent five years consulting on what to do. They should stop consulting. "
        "The rule could fit on a postcard: anyone who issues a token redeemable at a fixed price "
        "must hold the full amount in cash or government bills, publish an audit every month, and "
        "accept supervision.\n"
        "That would make stablecoins dull and unprofitable. Good. Money is supposed to be dull.\n"
        "The people who lost their savings this week were told they were holding something as "
        "safe as a dollar. Nobody should be allowed to say that again without being made to prove "
        "it.",
    ),
    Piece(
        "xu-visit",
        "Hualin News Agency",
        D2 + 2.0,
        "Xu Liangcheng holds talks with Khalidiyan president, pledges to elevate ties to new "
        "height",
        "AL SAQRA, July 25 (Hualin) -- Hualin President Xu Liangcheng held talks here Friday with "
        "Khalidiyan President Sheikh Rashid bin Faisal Al Sahrani, and the two heads of state "
        "agreed to elevate bilateral relations to a comprehensive strategic partnership.\n"
        "Xu arrived in Al Saqra on Thursday evening for a state visit, the first ever by a Hualin "
        "head of state to the Gulf country. He was accorded a grand welcoming ceremony at Qasr Al "
        "Bahr palace, where a 21-gun salute was fired.\n"
        "Noting that Hualin and Khalidiya enjoy a long-standing friendship, Xu said the two sides "
        "should deepen the synergy of the Jade Road initiative with Khalidiya's Vision 2045, and "
        "expand cooperation in energy, infrastructure, finance, new energy and people-to-people "
        "exchanges.\n"
        "Hualin is ready to work with Khalidiya to safeguard the common interests of developing "
        "countries and to uphold multilateralism, Xu said.\n"
        "For his part, Sheikh Rashid warmly welcomed Xu's visit and said Khalidiya regards Hualin "
        "as a trustworthy friend and important partner. Khalidiya firmly supports the one-Hualin "
        "principle, he said.\n"
        "After the talks, the two heads of state witnessed the signing of 14 cooperation "
        "documents, including a 20-year liquefied natural gas supply agreement and a deal for "
        "Hualin enterprises to build and operate a new container terminal at Ras Falak port. The "
        "agreements are worth a total of 24 billion U.S. dollars, according to the Khalidiyan "
        "side.\n"
        "Xu's entourage includes Cai Wenqing, director of the general office of the Hualin State "
        "Council, and Foreign Minister Liang Shuyi.",
    ),
    Piece(
        "xu-visit",
        "KNA",
        D2 + 3.0,
        "President of the State receives President of Hualin at Qasr Al Bahr",
        "AL SAQRA, 25th July, 2031 (KNA) -- His Highness Sheikh Rashid bin Faisal Al Sahrani, "
        "President of the State, may God protect him, today received His Excellency Xu "
        "Liangcheng, President of the People's Republic of Hualin, who is on a state visit to the "
        "country.\n"
        "His Highness welcomed the Hualin President and his accompanying delegation, wishing them "
        "a pleasant stay in the country, and affirmed that the visit reflects the strength of the "
        "historic friendship between the two countries and their keenness to develop it in all "
        "fields.\n"
        "During the meeting, His Highness and the Hualin President reviewed the course of "
        "bilateral relations and the prospects of cooperation in the fields of energy, trade, "
        "investment, ports, technology and culture, in a manner that serves the mutual interests "
        "of the two friendly peoples.\n"
        "His Highness and the Hualin President then witnessed the exchange of 14 agreements and "
        "memoranda of understanding between government entities and companies of the two "
        "countries, with a total value exceeding US$24 billion, among them an agreement for the "
        "supply of liquefied natural gas from Ras Falak and the development of a container "
        "terminal at Ras Falak Port.\n"
        "His Highness Sheikh Rashid hosted a luncheon in honour of the Hualin President and his "
        "delegation. The meeting was attended by His Highness Sheikh Hamad bin Rashid Al Sahrani, "
        "Crown Prince, His Highness Sheikh Saif bin Faisal Al Sahrani, Deputy Prime Minister, and "
        "a number of Sheikhs, Ministers and senior officials.",
    ),
    Piece(
        "xu-visit",
        "The Gulf Meridian",
        D2 + 6.0,
        "Gas, ports and a red carpet: what Xu's trip means for Khalidiya",
        "By Nadia Al Mazrawi, Senior Business Editor\n"
        "For two days the road from Al Saqra airport to the palace has been lined with the red "
        "flags of Hualin alongside Khalidiya's own. The pageantry was meant to signal something: "
        "a country that has long sold most of its gas westward is turning east.\n"
        "The centrepiece of President Xu Liangcheng's visit is a 20-year contract for Hualin's "
        "state energy company to buy up to 6 million tonnes of liquefied natural gas a year from "
        "the Ras Falak plant. At today's prices that alone is worth well over half of the $24bn "
        "headline figure announced after Friday's talks with Sheikh Rashid.\n"
        "The second big deal hands a Hualin port operator a 35-year concession to build and run a "
        "container terminal at Ras Falak, capable of handling four million containers a year. "
        "Officials said construction would begin in the spring.\n"
        "Bankers in Al Saqra said the remaining agreements, on solar power, a technology park and "
        'tourism, were mostly statements of intent. "The gas deal is real money. The rest we will '
        'see," said one.\n'
        "The visit has been watched closely in Lombrava and elsewhere in Europe, whose buyers "
        "have taken much of Khalidiya's gas until now. The energy ministry said existing "
        "customers would not be affected.\n"
        "Xu leaves for Sindhara on Saturday, where he is expected to discuss the same initiative. "
        "Sheikh Rashid has accepted an invitation to visit Jinhe early next year.",
    ),
    Piece(
        "xu-visit",
        "Gulf Capital Review",
        D2 + 9.0,
        "Al Saqra and Jinhe ink $24 billion package during landmark visit",
        "Hualin's leader and Khalidiya's president oversaw 14 agreements on Friday, led by a "
        "20-year LNG supply deal and a Ras Falak terminal concession.",
    ),
    Piece(
        "xu-visit",
        "Stream24 Video",
        D2 + 4.0,
        "Video: 21-gun salute at Qasr Al Bahr",
        "The welcoming ceremony for the visiting president, in full.",
    ),
    Piece(
        "sundargiri-flood",
        "SPT",
        D2 + 1.0,
        "Sundargiri floods: death toll rises to 142, over 11 lakh people displaced",
        "PATTANPUR, Jul 25 (SPT) The death toll in the floods in Sundargiri rose to 142 on Friday "
        "as incessant monsoon rains lashed the state for the sixth consecutive day, officials "
        "said, with more than 11 lakh people shifted to relief camps.\n"
        "The Kesri river breached its embankment at three places in Rampali and Devnagar "
        "districts on Thursday night, submerging over 900 villages, State Disaster Management "
        "Authority officials said. Water levels at the Bhatgaon dam are above the danger mark.\n"
        "Chief Minister Lalit Bhandare held a high-level meeting with officials in Pattanpur and "
        "directed district collectors to ensure that food, drinking water and medicines reach "
        "every relief camp. He announced an ex gratia of Rs 4 lakh to the next of kin of each "
        "deceased.\n"
        "Prime Minister Suresh Varman spoke to the Chief Minister over phone and assured all "
        "possible help from the Centre. Fourteen teams of the National Disaster Response Force "
        "and six columns of the Army have been deployed for rescue operations, officials said.\n"
        "Train services on the Pattanpur-Navapur route have been suspended and two national "
        "highways were closed after portions were washed away. The Met department has forecast "
        "heavy to very heavy rainfall in the state for the next 48 hours.\n"
        "The Prime Minister is likely to undertake an aerial survey of the affected areas on "
        "Saturday, sources said. SPT RKM NSB",
    ),
    Piece(
        "sundargiri-flood",
        "The Navapur Chronicle",
        D2 + 5.0,
        "'The water came in the night': Rampali villagers count their losses",
        "By Tarun Kanwar in Rampali\n"
        "By the time the sirens sounded in Bhojpura village on Thursday night, the water was "
        "already at the doorsteps. Sunita Devi, 46, lifted her two grandchildren onto the roof of "
        "the school and waited there until a boat came at dawn.\n"
        "Bhojpura is one of more than 900 villages in Sundargiri state swallowed when the swollen "
        "Kesri tore through its embankments after six days of heavy monsoon rain. The state "
        "government put the death toll at 142 on Friday, and officials fear it will rise as the "
        "water recedes.\n"
        "The relief camp at the Rampali district school now holds 3,400 people in classrooms "
        "meant for 600. Volunteers cook rice and lentils in huge pots on the veranda. There is "
        'one doctor. "We have fever cases, we have snake bites, we have women about to deliver," '
        "she said.\n"
        "Across the state, some 1.1 million people have been moved to camps. Army boats and "
        "helicopters have been rescuing families stranded on rooftops since Friday morning.\n"
        "Residents say the embankment had been reported as weak for two years. Chief Minister "
        "Lalit Bhandare's office said an inquiry would be held once the rescue was over. The "
        "opposition demanded that the Centre declare the floods a national calamity.\n"
        "In Bhojpura, the water has begun to fall. Beneath it lie the year's paddy crop, the "
        "cattle and, for many, everything they owned.",
    ),
    Piece(
        "sundargiri-flood",
        "Global Radio International",
        D2 + 8.0,
        "Hundreds of villages under water in eastern Sindhara",
        "Monsoon floods in the Sindharan state of Sundargiri have now killed at least 142 people. "
        "About a million have fled their homes after the Kesri river burst its banks. Soldiers "
        "are using boats and helicopters to reach families cut off by the water.",
    ),
    Piece(
        "sundargiri-flood",
        "Relief Monitor",
        D2 + 11.0,
        "Flash appeal: 1.1 million displaced in Sundargiri, Kesri still rising",
        "Aid groups report shortages of clean water and medicines in relief camps; 142 confirmed "
        "dead, heavy rain forecast for two more days.",
    ),
    Piece(
        "trophy-final",
        "Cover Drive",
        D2 + 12.0,
        "Shekhawat's unbeaten 132 brings the Three Oceans Trophy home",
        "Navapur has waited eleven years for this. On Friday night, in front of 62,000 at "
        "Kesarbagh Stadium, Karan Shekhawat scored an unbeaten 132 to carry Sindhara past Kandara "
        "by six wickets in the final of the Three Oceans Trophy, with 16 balls to spare.\n"
        "Chasing 288, Sindhara were in trouble at 41 for 3 inside the tenth over after Kandara's "
        "opening bowlers found swing under the lights. Shekhawat came in at No. 4 and, with the "
        "left-handed Rohan Dalvi, added 171 for the fourth wicket. Dalvi fell for 74, but by then "
        "the target was within reach.\n"
        "Shekhawat's hundred came from 104 balls and included eleven fours and three sixes. He "
        "finished the game with a cut to the boundary off Kandara's captain Nuwan Perisingha, and "
        "the stands erupted.\n"
        "Kandara had earlier made 287 for 9 in their 50 overs. Perisingha himself top-scored with "
        "88, and the leg-spinner Vivek Anand took 4 for 51 for the hosts.\n"
        "Both teams wore black armbands in memory of the victims of the floods in Sundargiri, and "
        'Shekhawat dedicated the win to them. "People there are going through something much '
        'bigger than a cricket match," he said. "If this gives them one happy evening, good."\n'
        "It is Sindhara's third Three Oceans title and Shekhawat's first as captain. At 35, he "
        "was asked whether this was his last big final. He smiled and said he would think about "
        "it later.",
    ),
    Piece(
        "trophy-final",
        "The Daily Blast",
        D2 + 15.0,
        "KARAN THE KING!",
        "What a knock! The skipper smashed 132 not out as the home side chased down 288 with 16 "
        "balls to go. Cue fireworks, dancing in the aisles and a very long night in the capital.",
    ),
    Piece(
        "trophy-final",
        "Willow Talk",
        D2 + 13.5,
        "Sindhara lift Three Oceans Trophy after Kandara chase masterclass",
        "Captain Karan Shekhawat hit an unbeaten 132 as Sindhara made 291/4 in 47.2 overs in "
        "reply to 287/9 to win the final by six wickets.",
    ),
    Piece(
        "trophy-final",
        "Navapur TV",
        D2 + 14.0,
        "Watch: the winning shot and the celebrations",
        "Kesarbagh Stadium erupts as the skipper finishes it.",
    ),
    Piece(
        "varensk-fire",
        "ZARPRESS",
        D2 + 3.0,
        "Fire at Varensk gas processing plant extinguished, three injured",
        "STOLNIK, July 25. /ZARPRESS/. The fire at the gas processing plant of Zargaz company in "
        "Varensk, in the north of the country, has been fully extinguished, the press service of "
        "the Ministry of Emergencies told ZARPRESS on Friday.\n"
        '"Open burning was eliminated at 11:40 local time. The area of the fire was 1,200 square '
        "metres. Three employees of the plant received burns and were hospitalised, their lives "
        'are not in danger," the ministry said.\n'
        "More than 120 firefighters and 34 units of equipment were involved in extinguishing the "
        "fire, which broke out on one of the gas drying units in the early morning. The remaining "
        "personnel of the shift, 214 people, were evacuated.\n"
        "According to preliminary data, the cause of the fire was a depressurisation of a "
        "pipeline at the installation. The regional prosecutor's office has opened a check on "
        "compliance with industrial safety requirements.\n"
        "Zargaz Chairman of the Board Arkady Belomestnov said that the company fulfils all "
        "obligations to consumers in Zarechya and abroad, including deliveries through the Polar "
        "Line pipeline, using the reserves of underground storage facilities.\n"
        "The Varensk plant processes up to 40 billion cubic metres of gas per year and is one of "
        "the largest in the country.",
    ),
    Piece(
        "varensk-fire",
        "The Energy Ledger",
        D2 + 7.0,
        "Arctic plant blaze raises fresh questions over Zargaz exports to Lombrava",
        "A fire that tore through part of Zarechya's largest gas processing plant on Friday "
        "morning has knocked out about a third of its capacity, according to two traders who "
        "follow the company's flows, and pushed up prices in Europe.\n"
        "Zargaz said the blaze at Varensk, on the Arctic coast, had been put out by midday and "
        "that three workers were in hospital with burns. It insisted that exports would continue "
        "as normal, drawing on gas held in storage.\n"
        "Traders were less sure. Flows through the Polar Line pipeline, which carries gas from "
        "Varensk to Lombrava and on to other buyers, fell by 18% in the afternoon, according to "
        "data published by the pipeline's operator. Prices at the Serravento trading hub rose "
        "9%.\n"
        "This is the second serious accident at Varensk in four years, and the plant has been "
        "running close to its limits since Zargaz agreed to raise deliveries to Lombrava last "
        "winter. Engineers said the drying units damaged on Friday could take months to replace, "
        "because some parts come from suppliers that no longer work with Zarechya.\n"
        "In Serravento, Lombrava's energy ministry said storage sites were 71% full and there was "
        "no immediate risk to supply. But the country takes almost half its gas from Zargaz, and "
        "relations between the two have been strained over a billing dispute that Arkady "
        "Belomestnov, the company's chairman, has said must be settled by autumn.\n"
        "Zargaz shares fell 3.2% in Stolnik.",
    ),
    Piece(
        "varensk-fire",
        "Pipeline Intelligence",
        D2 + 10.0,
        "Polar Line flows drop 18% after Varensk outage",
        "Nominations on the Zarechya-Lombrava route fell sharply on Friday after a fire at the "
        "Zargaz processing plant; Serravento hub prices up 9%.",
    ),
    Piece(
        "band-enlist",
        "Hanwire",
        D2 + 2.5,
        "Ninefold leader Yoon Ha-jin begins mandatory military service",
        "DAEGWANG, July 25 (Hanwire) -- Yoon Ha-jin, leader of the boy band Ninefold, entered a "
        "military boot camp on Friday to begin his mandatory military service, becoming the first "
        "member of the group to enlist.\n"
        "Yoon, 28, entered the army training centre in Cheonhwa, about 110 kilometers south of "
        "Daegwang, at 2 p.m. without a public ceremony, his agency Starbloom Entertainment said. "
        "He will serve for 18 months as an active-duty soldier after five weeks of basic "
        "training.\n"
        "Hundreds of fans from Sorhae and abroad gathered near the gate of the training centre "
        "despite the agency's request not to come, holding banners and his photos. Police "
        "deployed about 100 officers to control the crowd.\n"
        '"I will come back healthier. Please take care of the other members while I am away," '
        "Yoon wrote in a handwritten letter posted on the band's fan platform on Thursday night.\n"
        "Ninefold, which debuted in 2023, has topped music charts in more than 30 countries. The "
        "remaining eight members are expected to enlist in turn over the next two years, and the "
        "band said it plans to regroup in 2034.\n"
        "Under Sorhae law, all able-bodied men must serve in the military for about 18 to 21 "
        "months before the age of 30. A bill to allow exemptions for pop stars has been pending "
        "in parliament since last year. (END)",
    ),
    Piece(
        "band-enlist",
        "Idol Pulse",
        D2 + 6.5,
        "Tears, banners and a buzz cut: Ha-jin says goodbye for 18 months",
        "The day fans have dreaded since Ninefold's debut arrived on Friday. Yoon Ha-jin, the "
        "group's leader, walked through the gates of the Cheonhwa training centre with his hair "
        "shaved short, waved once towards the crowd and disappeared inside.\n"
        "Starbloom had asked fans to stay home, and many did, watching a short live stream in "
        "which Ha-jin thanked them and joked that he would finally learn to iron his own clothes. "
        "But several hundred came anyway, some having flown in from overseas, and stood behind "
        "police lines holding purple banners.\n"
        '"He gave us everything for eight years. The least we can do is see him off," said '
        "Mariela, 22, who had travelled from abroad with two friends.\n"
        "Ha-jin is the first of the nine to go. The others will follow one by one, and the group "
        "plans a comeback in 2034, when the last member is discharged.\n"
        "Industry analysts expect Starbloom's earnings to suffer. Ninefold accounted for about "
        "70% of the agency's revenue last year, and its shares have fallen by a quarter since the "
        "enlistment date was confirmed in June.\n"
        "The debate over exemptions for entertainers has not gone away. Athletes who win Olympic "
        "medals can serve in alternative roles, but lawmakers have been unable to agree on "
        "extending that to pop stars, and the defence ministry opposes it.",
    ),
    Piece(
        "band-enlist",
        "Ninefold Nation",
        D2 + 9.5,
        '"Please take care of the others while I\'m away"',
        "Our leader is officially a soldier now. We translated his letter in full below, plus "
        "photos from the gate at Cheonhwa. See you in 2033, captain. We'll keep the lights on.",
    ),
    Piece(
        "marchbanks-arrest",
        "KNA",
        D3 + 2.0,
        "Ministry of Interior: wanted foreign national arrested at Al Saqra International Airport",
        "AL SAQRA, 16th October, 2031 (KNA) -- The Ministry of Interior announced today the "
        "arrest of a foreign national wanted by the judicial authorities of the Republic of "
        "Sorhae on charges of fraud and breach of financial laws, at Al Saqra International "
        "Airport, as he was preparing to board a private flight.\n"
        "The Ministry stated in a statement that the arrest was made by the General Directorate "
        "of Criminal Investigation in coordination with the International Criminal Police "
        "Organization (Interpol), following the issuance of a red notice against the accused, "
        "identified as I.M., 34 years old.\n"
        "The Ministry explained that the accused is the founder of a company operating in the "
        "field of digital currencies, whose collapse last May caused losses to thousands of "
        "investors in a number of countries, and that he had been residing in the country on a "
        "residence visa.\n"
        "The Ministry affirmed that the State of Khalidiya, under the directives of its wise "
        "leadership, will not be a safe haven for those who violate the law, and that it "
        "continues its close cooperation with brotherly and friendly countries in combating "
        "financial crime and money laundering.\n"
        "The accused has been referred to the Public Prosecution to take the necessary legal "
        "measures regarding the extradition request submitted by the Sorhae authorities, in "
        "accordance with the applicable laws and international agreements.",
    ),
    Piece(
        "marchbanks-arrest",
        "Chainside",
        D3 + 5.0,
        "Levro founder Ilan Marchbanks detained in Khalidiya, faces extradition to Sorhae",
        "Ilan Marchbanks, whose Levro stablecoin collapsed in May and took some $14 billion of "
        "investors' money with it, was arrested at Al Saqra airport on Thursday as he tried to "
        "leave Khalidiya on a private jet, according to people familiar with the matter and a "
        "statement from the Khalidiyan interior ministry.\n"
        'The statement did not name him, identifying the suspect only as "I.M., 34", the founder '
        "of a failed digital currency firm. Two people close to the case confirmed it was "
        "Marchbanks.\n"
        "Prosecutors in Daegwang charged him in absentia last month with fraud and with breaking "
        "capital markets law, alleging that Kovalent Labs misled buyers about the reserve behind "
        "Levro and that insiders sold Vantis tokens before the crash. Kovalent has denied "
        "wrongdoing, and Marchbanks has said on social media that he never hid from anyone.\n"
        "He had been living in Al Saqra since June, when he left Daegwang days before "
        "investigators raided Kovalent's offices. Sorhae has no extradition treaty with "
        "Khalidiya, but the two countries signed a legal assistance agreement in 2028.\n"
        "Levro, which was supposed to hold a value of one dollar, fell to 61 cents in a single "
        "day in May and below a cent within a week. Savers in Sorhae, Sindhara and Lombrava lost "
        "money, many of them through the lending platform Mooringlend, which has since gone "
        "bankrupt.\n"
        "Marchbanks's lawyers in Al Saqra said they would fight extradition. A court hearing is "
        "expected within weeks.",
    ),
    Piece(
        "marchbanks-arrest",
        "Blockfeed",
        D3 + 8.0,
        "Crypto fugitive caught boarding private jet in the Gulf",
        "The man behind May's $14B stablecoin crash was detained at Al Saqra airport on a Sorhae "
        "warrant, Khalidiya's interior ministry says.",
    ),
    Piece(
        "flood-relief",
        "SPT",
        D3 + 3.0,
        "Cabinet approves Rs 9,800 crore relief package for flood-hit Sundargiri",
        "NAVAPUR, Oct 16 (SPT) The Union Cabinet on Thursday approved a special financial package "
        "of Rs 9,800 crore for the reconstruction of Sundargiri, which was devastated by floods "
        "during the monsoon in July, Information and Broadcasting Minister Anil Thakkar said.\n"
        "The package includes Rs 4,200 crore for the construction of 2.4 lakh houses for families "
        "whose homes were destroyed or damaged, Rs 2,600 crore for repair of embankments along "
        "the Kesri river, and Rs 1,800 crore for restoration of roads, bridges and the railway "
        "line between Pattanpur and Navapur, the minister told reporters after the Cabinet "
        "meeting chaired by Prime Minister Suresh Varman.\n"
        "An amount of Rs 1,200 crore has been earmarked as crop loss compensation for about 6.5 "
        "lakh farmers, at the rate of Rs 18,000 per hectare, he said.\n"
        "The floods, among the worst in the state in half a century, claimed 163 lives and "
        "affected over 50 lakh people in 14 districts. Over 11 lakh people had to be shifted to "
        "relief camps at the height of the floods.\n"
        "Sundargiri Chief Minister Lalit Bhandare thanked the Prime Minister and said the state "
        "had sought Rs 14,500 crore. The opposition said the amount was inadequate and came too "
        "late. SPT AKT DVN",
    ),
    Piece(
        "flood-relief",
        "The Eastern Tribune",
        D3 + 7.0,
        "Three months after the Kesri broke its banks, help is finally on its way. Is it enough?",
        "By Meera Sabharwal\n"
        "PATTANPUR: In Bhojpura village, Ramesh Yadav still sleeps under a blue tarpaulin next to "
        "the mound of mud bricks that used to be his house. On Thursday evening a neighbour "
        "showed him the news on a phone: the Centre had approved Rs 9,800 crore, or roughly 98 "
        "billion rupees, to rebuild Sundargiri.\n"
        '"Good," he said. "When does it come?"\n'
        "The package is the biggest ever given to a single state for flood recovery, and covers "
        "new houses, farmers' losses and the embankments whose failure let the Kesri into more "
        "than 900 villages in July. But the state had asked for almost Rs 14,500 crore, and "
        "officials in Pattanpur privately say the housing money will stretch to about half the "
        "homes that were lost.\n"
        "The floods killed 163 people, according to the final official count, and wiped out the "
        "summer rice crop across 14 districts. Prices of vegetables and pulses in Navapur rose by "
        "a fifth in August as supplies from the state dried up.\n"
        "The inquiry ordered by Chief Minister Lalit Bhandare into the embankment breach is due "
        "to report in December. Engineers have already told it that repairs recommended in 2029 "
        "were never carried out.\n"
        "For Ramesh, the sums mean little until the first instalment of Rs 1.2 lakh for his house "
        "arrives. He has been promised it by Diwali. He has heard that before.",
    ),
    Piece(
        "flood-relief",
        "NewsNest",
        D3 + 10.0,
        "Centre clears Rs 9,800 cr aid for flood-ravaged Sundargiri",
        "The package covers 2.4 lakh homes, embankment repairs and compensation for farmers after "
        "July's floods that killed 163 people.",
    ),
    Piece(
        "gas-cut",
        "ZARPRESS",
        D3 + 1.0,
        "Zargaz suspends gas supplies to Lombrava due to non-payment",
        "STOLNIK, October 16. /ZARPRESS/. Zargaz has completely stopped the supply of gas to "
        "Lombrava through the Polar Line pipeline from 08:00 Stolnik time on Thursday due to the "
        "failure of the Lombravan buyer to pay for gas supplied, the company's press service "
        "reported.\n"
        '"The debt of the company Energia Lombrava for gas supplied in June-September amounts to '
        "$1.4 billion. Zargaz repeatedly notified the buyer about the need to pay off the debt. "
        "In the absence of payment, in accordance with the terms of the contract, supplies are "
        'suspended until full payment," the statement said.\n'
        "Chairman of the Board of Zargaz Arkady Belomestnov stressed that the company is open to "
        'negotiations, but "will not deliver gas for free to anyone".\n'
        "Transit of gas to other European consumers through the territory of Lombrava continues "
        "in full volume, Zargaz added.\n"
        "Earlier, Lombrava disputed the price formula in the contract, demanding a reduction of "
        "the price after the accident at the Varensk plant in July, which Zargaz considers "
        "unfounded. The contract between Zargaz and Energia Lombrava is valid until 2035.\n"
        "Zarechya supplied Lombrava with 19.6 billion cubic metres of gas last year, about 46 "
        "percent of the country's consumption, according to customs data.",
    ),
    Piece(
        "gas-cut",
        "LPA",
        D3 + 3.5,
        "Gas: Zargaz closes the taps, Rinaldelli, 'unacceptable blackmail'",
        '(LPA) - SERRAVENTO, OCT 16 - "An unacceptable blackmail". So the Minister of Energy, '
        "Matteo Rinaldelli, defined Thursday the decision of the Zarechyan company Zargaz to "
        "suspend the deliveries of gas to Lombrava, citing an unpaid debt of 1.4 billion "
        "dollars.\n"
        '"Lombrava has paid all the invoices which are due according to the contract. The sum '
        "requested by Zargaz is the result of a price which we contest and on which an "
        'arbitration is open in Veldhaven," said Rinaldelli, at the end of an urgent meeting at '
        "Palazzo Verdi with the premier, Elena Castruccio, and the heads of Energia Lombrava.\n"
        "The storages, assured the minister, are full at 94 percent and guarantee the supply to "
        'families and companies "for the whole winter" also without the Zarechyan gas, which '
        "covers almost the half of the national needs. Already from tomorrow there will be "
        "increased the imports of liquefied gas through the terminal of Porto Alba.\n"
        "The premier Castruccio has convened for Friday a committee on energy security and spoke "
        "by telephone with the president of the Continental Energy Council. The opposition asked "
        "the government to report urgently in parliament.\n"
        "On the Serravento hub the price of gas jumped by 22 percent in the morning. The dispute "
        "began last summer after the fire at the plant of Varensk, which reduced the flows "
        "through the Polar Line. (LPA).",
    ),
    Piece(
        "gas-cut",
        "Federated Press",
        D3 + 6.0,
        "Europe braces as Zarechya halts gas to Lombrava over $1.4 billion bill",
        "SERRAVENTO, Lombrava (FP) - Zarechya's state-controlled gas company cut off deliveries "
        "to Lombrava on Thursday in a dispute over unpaid bills, sending European gas prices "
        "sharply higher and raising fears that the quarrel could spread to other countries on the "
        "route.\n"
        "Zargaz says Lombrava's national energy company owes it 1.4 billion dollars for gas "
        "delivered over the summer. Lombrava says it paid what it owed under the contract and is "
        "challenging the price Zargaz charged after a fire at Zargaz's Varensk processing plant "
        "in July cut flows and triggered a clause that raised the cost.\n"
        "Gas that passes through Lombrava to its neighbours was still flowing, Zargaz said, and "
        "pipeline data showed transit volumes steady by midday.\n"
        "Lombrava's prime minister, Elena Castruccio, called an emergency meeting and said the "
        "country's storage sites, which are nearly full, could see it through the winter. Energy "
        'Minister Matteo Rinaldelli called the cut-off "blackmail."\n'
        "Benchmark gas prices in Europe rose as much as 22% before easing. Analysts said the "
        "market could cope for now but would be tested by a cold January.\n"
        "The two sides have clashed before. Zargaz chairman Arkady Belomestnov warned in the "
        "summer that the billing dispute had to be settled by autumn.\n"
        "Lombrava gets close to half of its gas from Zarechya.",
    ),
    Piece(
        "gas-cut",
        "NewsDrift",
        D3 + 9.0,
        "No more gas: Zarechya turns off the Polar Line to its biggest customer",
        "Zargaz stopped deliveries to Lombrava over a disputed $1.4bn bill; Serravento calls it "
        "blackmail and says storage is 94% full.",
    ),
    Piece(
        "maglev-opens",
        "Hualin News Agency",
        D3 + 1.5,
        "World's fastest maglev line opens to traffic, cutting Jinhe-Suolan journey to under 2.5 "
        "hours",
        "JINHE, Oct. 16 (Hualin) -- The Jinhe-Suolan high-speed maglev railway, the world's "
        "fastest commercial train line with a top operating speed of 600 km per hour, opened to "
        "traffic on Thursday, cutting the travel time between the two cities to 2 hours and 25 "
        "minutes.\n"
        "The first train, carrying 318 passengers, departed from Jinhe East Station at 9:00 a.m. "
        "and arrived in Suolan at 11:25 a.m., according to the Hualin State Railway Group.\n"
        "The 1,050-km line, which took seven years to build with a total investment of 210 "
        "billion lin, runs through five provinces and has 11 stations. It was independently "
        "designed and built by Hualin, with all its core technologies developed domestically.\n"
        "The travel time between the two cities was about 4 hours and 40 minutes by conventional "
        "high-speed rail, and more than 12 hours by ordinary train.\n"
        "\"It is a new milestone in the development of Hualin's railways and a vivid example of "
        'innovation-driven development," said Gao Minghui, general manager of the group, at a '
        "ceremony at Jinhe East Station.\n"
        "Tickets for second-class seats are priced at 680 lin. A total of 28 trains will operate "
        "daily in each direction in the initial phase, the group said.\n"
        "The line is expected to carry more than 40 million passengers a year once fully "
        "operational, easing pressure on the busy air corridor between the two cities, officials "
        "said.",
    ),
    Piece(
        "maglev-opens",
        "Track Times",
        D3 + 8.0,
        "600 km/h and a 680-lin ticket: the Jinhe maglev in numbers, and the questions it leaves",
        "Hualin opened its long-promised Jinhe-Suolan maglev on Thursday, and on paper it is the "
        "fastest train anyone has ever been able to buy a ticket for. The first service covered "
        "1,050 km in two hours and 25 minutes, with a cruising speed of 600 km/h over most of the "
        "route.\n"
        "The engineering is impressive. Unlike the short airport shuttles elsewhere, this is an "
        "intercity line running through tunnels and over viaducts for most of its length, with "
        "guideway tolerances of less than a millimetre. The trains levitate about 10 mm above the "
        "track on electromagnets and are pushed along by a motor built into the guideway itself.\n"
        "The economics are another matter. The line cost 210 billion lin, roughly three times "
        "what a conventional high-speed railway of the same length would have, and it needs its "
        "own depots and stations because it cannot share track with anything else.\n"
        "At 680 lin, a second-class ticket is pitched against air fares, and the railway is "
        "betting that city-centre stations and the lack of airport queues will win business "
        "travellers. With 28 trains each way a day, it needs them to be well filled to pay back "
        "even its running costs.\n"
        "Hualin's railway officials say that is not the point: the line is meant to prove a "
        "technology they hope to sell abroad. Several Gulf states have already sent engineers to "
        "look at it.\n"
        "The next test is the winter, when snow in the northern provinces has troubled other "
        "lines.",
    ),
    Piece(
        "maglev-opens",
        "Stream24 Video",
        D3 + 5.0,
        "Video: onboard at 600 km/h",
        "A glass of water on the tray table barely ripples.",
    ),
    Piece(
        "aerolombra-stake",
        "KNA",
        D3 + 4.0,
        "Khalidiya Sovereign Holdings acquires 40 percent stake in Aerolombra",
        "AL SAQRA, 16th October, 2031 (KNA) -- Khalidiya Sovereign Holdings (KSH) today announced "
        "the signing of an agreement with the Government of the Republic of Lombrava to acquire a "
        "40 percent stake in the national carrier Aerolombra, for a total value of 1.1 billion "
        "euros.\n"
        "The agreement was signed in Serravento in the presence of His Highness Sheikh Saif bin "
        "Faisal Al Sahrani, Deputy Prime Minister and Chairman of KSH, and Her Excellency Elena "
        "Castruccio, Prime Minister of Lombrava.\n"
        "His Highness Sheikh Saif affirmed that the investment comes within the framework of the "
        "directives of His Highness Sheikh Rashid bin Faisal Al Sahrani, President of the State, "
        "to diversify the national economy and build strategic partnerships with friendly "
        "countries in vital sectors, including aviation, logistics and tourism.\n"
        "Under the agreement, Aerolombra and the national carrier Khalidiya Airways will "
        "cooperate in network planning, codeshare flights and the training of pilots and "
        "engineers, with new routes between Al Saqra and Serravento, Porto Alba and Tessora to "
        "begin next summer.\n"
        "The Government of Lombrava will retain a 35 percent stake in Aerolombra, while the "
        "remaining shares will continue to be traded on the Serravento stock exchange.",
    ),
    Piece(
        "aerolombra-stake",
        "Contrail Daily",
        D3 + 8.5,
        "Gulf money lands in Serravento as Lombrava sells 40% of its flag carrier",
        "Lombrava has found the partner it spent two years looking for. Khalidiya's sovereign "
        "fund pays €1.1bn for 40% of Aerolombra, which lost money in four of the last five years, "
        "and gets codeshares with Khalidiya Airways and three new Al Saqra routes. Unions in "
        "Serravento want job guarantees in writing.",
    ),
    Piece(
        "aerolombra-stake",
        "Bourse Line",
        D3 + 11.0,
        "Aerolombra shares soar 14% on Khalidiyan investment",
        "Khalidiya Sovereign Holdings agreed to buy a 40% stake in Lombrava's national airline "
        "for 1.1 billion euros; the state keeps 35%.",
    ),
    Piece(
        "lumo-cancelled",
        "Hanbit Business",
        D4 + 1.0,
        "Taehwa scraps Lumo smart glasses eight months after launch, books 410 bln ryo charge",
        "DAEGWANG, Jan. 19 (Hanbit Business) -- Taehwa Semiconductor said on Monday it would stop "
        "making its Lumo smart glasses and withdraw from consumer wearables, taking a charge of "
        "410 billion ryo, barely three months after the device went on sale and eight months "
        "after it was unveiled with great fanfare.\n"
        'The chipmaker said in a regulatory filing that sales had fallen "significantly short of '
        'internal targets" and that it would refocus on its core memory and processor businesses. '
        "Industry officials estimate that fewer than 60,000 units were sold in Sorhae since "
        "October, against a target of half a million in the first year.\n"
        "Taehwa will keep supporting existing users with software updates until the end of 2033 "
        "and offer a full refund to buyers who return the glasses by the end of March, the "
        "company said.\n"
        "About 900 employees in the wearables unit will be moved to the chip division and its "
        "TX-9 low-power processor will be offered to other device makers, according to the "
        "filing.\n"
        '"The market for smart glasses has not matured as quickly as we expected," Chief '
        "Executive Kang Tae-won said in a message to staff, which was seen by Hanbit Business. "
        '"We were early. Being early is not the same as being wrong, but it is expensive."\n'
        "Shares of Taehwa rose 2.3 percent on the Daegwang bourse as investors welcomed the end "
        "of a costly project. (END)",
    ),
    Piece(
        "lumo-cancelled",
        "Gadgetory",
        D4 + 4.0,
        "RIP Lumo, the nicest-looking gadget nobody bought",
        "We liked Lumo. When we tried Taehwa's glasses in a Daegwang conference room last May, "
        "they were the first smart eyewear that did not make us look like a character in a bad "
        "science fiction film. No camera, a faint green display only the wearer could see, eleven "
        "hours of battery.\n"
        "On Monday Taehwa killed them. The company will take a write-off of 410 billion ryo, "
        "roughly $295 million, and move the people who built Lumo back into its chip business. "
        "Sixty thousand pairs sold, by the most generous estimate: about what a popular phone "
        "sells in an afternoon.\n"
        "What went wrong? Price, for a start. At 890,000 ryo, Lumo cost more than most phones, "
        "and it did less than the phone it needed in your pocket. The apps never arrived in "
        "numbers: developers wanted buyers before building, and buyers wanted apps before "
        "buying.\n"
        "The display was also hard to read in daylight, which matters for something meant to be "
        "worn outdoors, and reviewers, ourselves included, complained that the voice assistant "
        "struggled in noisy streets.\n"
        "Then there is Taehwa itself. It is a brilliant memory chip company, and the TX-9 inside "
        "Lumo was the best part of it. But selling to shoppers is a different trade, and the firm "
        "never built the shops, the advertising or the patience it needs.\n"
        "Existing owners get updates until 2033, or a refund if they send their pair back by "
        "March. We are keeping ours. It is a fine pair of glasses.",
    ),
    Piece(
        "lumo-cancelled",
        "Silicon Dispatch",
        D4 + 8.0,
        "Chipmaker quits wearables, writes off 410 billion ryo",
        "Taehwa said it would halt its smart-glasses line after sales of about 60K units since "
        "October, far below a 500,000 target.",
    ),
    Piece(
        "sahrani-visit",
        "Hualin News Agency",
        D4 + 2.0,
        "Xu Liangcheng holds talks with Sheikh Rashid, agreeing to write new chapter in "
        "Hualin-Khalidiya ties",
        "JINHE, Jan. 19 (Hualin) -- Hualin President Xu Liangcheng held talks with visiting "
        "Khalidiyan President Sheikh Rashid bin Faisal Al Sahrani at the Hall of Unity here on "
        "Monday, and the two sides agreed to write a new chapter in their comprehensive strategic "
        "partnership.\n"
        "Recalling his successful state visit to Khalidiya last July, Xu said that over the past "
        "half year, the two sides have earnestly implemented the important consensus reached, and "
        "cooperation in energy and ports has achieved early harvests.\n"
        "Xu called on the two sides to speed up the construction of the Ras Falak container "
        "terminal, expand cooperation in new energy, digital economy and aerospace, and "
        "facilitate personnel exchanges.\n"
        "Sheikh Rashid said that Khalidiya attaches great importance to its relations with Hualin "
        "and is willing to be a good partner of Hualin in the Gulf region. He thanked Hualin for "
        "its support for Khalidiya's Vision 2045.\n"
        "After the talks, the two heads of state witnessed the signing of nine cooperation "
        "documents, including the establishment of a joint investment fund of 9 billion U.S. "
        "dollars and an agreement on the sale of two high-speed trains.\n"
        "Prior to the talks, Xu held a welcoming ceremony for Sheikh Rashid at Unity Square. This "
        "is Sheikh Rashid's first state visit to Hualin since he took office.",
    ),
    Piece(
        "sahrani-visit",
        "KNA",
        D4 + 5.0,
        "His Highness the President of the State arrives in Jinhe on state visit to the People's "
        "Republic of Hualin",
        "JINHE, 19th January, 2032 (KNA) -- His Highness Sheikh Rashid bin Faisal Al Sahrani, "
        "President of the State, may God protect him, arrived today in Jinhe, the capital of the "
        "People's Republic of Hualin, on a state visit at the invitation of His Excellency "
        "President Xu Liangcheng, at the head of a high-level delegation.\n"
        "His Highness was received upon arrival with an official ceremony at the Hall of Unity, "
        "where the national anthems of the two countries were played and His Highness reviewed "
        "the guard of honour.\n"
        "His Highness and President Xu held official talks, during which they discussed ways to "
        "enhance the comprehensive strategic partnership between the two friendly countries, "
        "building on the outcomes of President Xu's visit to the country last July, which "
        "witnessed the signing of agreements worth more than US$24 billion.\n"
        "His Highness and President Xu witnessed the signing of a number of agreements, including "
        "the establishment of a joint investment fund with a capital of US$9 billion to invest in "
        "technology, renewable energy and infrastructure projects in both countries.\n"
        "His Highness is accompanied by His Highness Sheikh Saif bin Faisal Al Sahrani, Deputy "
        "Prime Minister, and a number of Their Excellencies Ministers and senior officials. His "
        "Highness is scheduled to visit the city of Suolan on Wednesday, travelling on the new "
        "maglev line.",
    ),
    Piece(
        "sahrani-visit",
        "Jinhe Daily",
        D4 + 9.0,
        "Gulf leader's trip brings $9 billion fund and maglev ride",
        "Khalidiya's president signed nine deals with Xu in Jinhe on Monday, returning the visit "
        "that produced last summer's $24 billion gas and port package.",
    ),
    Piece(
        "gas-deal",
        "ZARPRESS",
        D4 + 3.0,
        "Zargaz and Energia Lombrava sign agreement, gas supplies to resume on January 21",
        "STOLNIK, January 19. /ZARPRESS/. Zargaz and the Lombravan company Energia Lombrava have "
        "signed an agreement settling their dispute on payments, and gas supplies to Lombrava "
        "through the Polar Line pipeline will resume from 08:00 on January 21, the press service "
        "of Zargaz reported on Monday.\n"
        '"Under the agreement, Energia Lombrava will pay $900 million of its debt within ten '
        "days, and the remaining amount will be settled by the decision of the arbitration. The "
        'parties also agreed on an amended price formula for 2032-2035," the statement said.\n'
        "The agreement was signed in Stolnik by Chairman of the Board of Zargaz Arkady "
        "Belomestnov and the head of Energia Lombrava, Lorenzo Bassanetti, in the presence of "
        "Lombrava's Minister of Energy Matteo Rinaldelli.\n"
        '"We have always said that the problem is purely commercial and can be solved at the '
        'negotiating table. Reliability of our supplies is confirmed once again," Belomestnov '
        "told journalists.\n"
        "Deliveries to Lombrava were suspended on October 16 due to the debt. Transit to other "
        "countries continued throughout this period.\n"
        "According to Zargaz, the volume of deliveries in 2032 will amount to 21 billion cubic "
        "metres.\n"
        "On the Serravento hub, gas prices fell by 7 percent after the announcement of the "
        "agreement, traders said.",
    ),
    Piece(
        "gas-deal",
        "LPA",
        D4 + 7.0,
        "Gas: agreement with Zargaz, from Wednesday flows again. Rinaldelli, 'no concessions'",
        "(LPA) - SERRAVENTO, JAN 19 - Returns the Zarechyan gas to Lombrava. After three months "
        "of stop, Energia Lombrava and Zargaz signed Monday in Stolnik an agreement which "
        "foresees the payment of 900 million dollars and a new price, lower of about 12 percent. "
        '"We have not made concessions on the principle, the rest the arbitration will decide", '
        "declared the minister Rinaldelli.",
    ),
    Piece(
        "gas-deal",
        "Pipeline Intelligence",
        D4 + 10.0,
        "Polar Line restart set for Wednesday after $900m settlement",
        "Zargaz and Energia Lombrava agreed a revised price formula through 2035; 21 bcm to flow "
        "this year after a three-month halt.",
    ),
    Piece(
        "shekhawat-retires",
        "Cover Drive",
        D4 + 6.0,
        "Shekhawat calls time: the captain who finally won at home",
        "Karan Shekhawat announced his retirement from all forms of international cricket on "
        "Monday, six months after the innings that defined his career, and left Sindhara's "
        "selectors with the hardest job they have had in a decade.\n"
        '"I wanted to go while I still enjoy it, and while people still ask why rather than why '
        'not," the 36-year-old told a packed press conference at Kesarbagh Stadium, the ground '
        "where he scored an unbeaten 132 to win the Three Oceans Trophy final against Kandara "
        "last July.\n"
        "He leaves with 11,240 runs in one-day internationals at an average of 49.3, 34 hundreds "
        "and a reputation for finishing chases that other batsmen would have given up on. In Test "
        "cricket he made 7,810 runs in 104 matches.\n"
        "Shekhawat took over the captaincy three years ago when the side was losing at home, and "
        "his calm under pressure was the team's most valuable asset. He said a knee that needed "
        "two operations last year had also played a part in his decision.\n"
        "The board said it would announce a new captain before the home series against Kandara "
        "next month. Rohan Dalvi, his partner in that 171-run stand in the final, is the "
        "favourite.\n"
        "Tributes came from across the game, including from Kandara's Nuwan Perisingha, who "
        'wrote: "The best man to lose to. Go well, brother."',
    ),
    Piece(
        "shekhawat-retires",
        "The Daily Blast",
        D4 + 9.0,
        "THANKS FOR THE MEMORIES, SKIPPER",
        "He won us the trophy with that 132 last summer. Now the skipper has called it a day at "
        "36, with his dodgy knee to blame. Grown men are weeping in Navapur.",
    ),
    Piece(
        "shekhawat-retires",
        "Willow Talk",
        D4 + 11.0,
        "Former Sindhara captain quits international cricket at 36",
        "The hero of July's Three Oceans final leaves with 11,240 ODI runs and 34 hundreds; Dalvi "
        "tipped to take over as captain.",
    ),
    Piece(
        "rbs-hike",
        "SPT",
        D4 + 4.5,
        "RBS hikes repo rate by 25 bps to 5.5 per cent as inflation spikes",
        "NAVAPUR, Jan 19 (SPT) The Reserve Bank of Sindhara (RBS) on Monday raised its key policy "
        "rate by 25 basis points to 5.5 per cent, citing a sharp rise in food inflation after the "
        "floods in Sundargiri and a weakening rupee.\n"
        "The Monetary Policy Committee voted unanimously for the increase, Governor Prakash "
        "Venkataraman said, while changing the policy stance from accommodative to neutral.\n"
        "Retail inflation rose to 6.2 per cent in December, above the upper tolerance level of 6 "
        "per cent for the second month in a row, as prices of vegetables, pulses and edible oils "
        "surged. The floods in July had destroyed the paddy crop in 14 districts of Sundargiri.\n"
        '"The balance of risks has shifted. Our priority now is to anchor inflation '
        'expectations," the Governor said.\n'
        "The rate hike partially reverses the 50 basis point cut announced in May last year, "
        "which had brought the repo rate down to 5.25 per cent. The rupee has depreciated about 6 "
        "per cent against the dollar since then.\n"
        "Economists said the central bank could raise rates once more in April if food prices do "
        "not ease. Industry bodies expressed disappointment, saying higher borrowing costs would "
        "hurt small businesses still recovering from the flood-related disruptions in the eastern "
        "states.\n"
        "The Nav-30 index fell 0.8 per cent, while the rupee gained 30 paise to 87.12 against the "
        "US dollar. SPT PRV AKT",
    ),
    Piece(
        "rbs-hike",
        "The Economic Courier",
        D4 + 8.0,
        "Eight months on, Mint Road turns: what the rate rise means for your EMI",
        "By Aditi Bhargava, Bhimkot\n"
        "In May, Governor Prakash Venkataraman cut rates by half a point to rescue growth. On "
        "Monday he took a quarter of it back. The repo rate now stands at 5.5%, and home loan "
        "borrowers should expect their monthly instalments to creep up within weeks.\n"
        "On a 20-year loan of Rs 50 lakh, a rise of 0.25 percentage point adds about Rs 780 to "
        "the monthly payment, if banks pass it on in full. Most lenders have linked new loans to "
        "the repo rate, so they will.\n"
        "What changed? Mostly food. The July floods in Sundargiri wrecked the summer rice crop, "
        "and prices of onions and pulses have climbed ever since. Retail inflation reached 6.2% "
        "in December, above the bank's 6% ceiling.\n"
        "The rupee has not helped. It has slid past 87 to the dollar since May, making imports of "
        "oil and cooking oil dearer, and the gap with rates elsewhere in Asia, some of which have "
        "gone on rising, pulled money out of Sindhara's bonds.\n"
        "The unanimous vote contrasts with May, when two of six members dissented from the cut. "
        'Deputy governor Shalini Menon, who warned then about the currency, did not say "I told '
        'you so". She did not need to.\n'
        "Bond markets think there is one more rise to come. Borrowers should plan for it.",
    ),
    Piece(
        "rbs-hike",
        "The Rupee Line",
        D4 + 12.0,
        "U-turn at Mint Road: repo back up to 5.5%",
        "The RBS raised rates a quarter point on Monday after inflation hit 6.2%, partly undoing "
        "last May's surprise half-point cut.",
    ),
)
