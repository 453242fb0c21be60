"""A twenty-third set of multi-outlet coverage of our own, weighted to the mess of real RSS feeds.

Written blind, like the fourth to twenty-second sets: without reading the clustering code
(nothing under src/briefing/stories/, src/briefing/summarize* or src/briefing/extract/) or
the texts of the other sets (only the module docstrings of the twenty-first and
twenty-second, the whole of test_coverage_real22.py, and the docstring, Piece class, T0,
DAY, the scoring and day helpers, check_days, check_form and the Days and Scores classes of
coverage.py; when printing the twenty-second's scaffolding its first two pieces and the
opening of a third, on a takeover, went past our eyes, and so did coverage.py's first piece,
on a coin's fall). The whole set was written before it was first clustered, and no text or
label was changed after seeing how briefing clusters it.
Every sentence is our own; the countries (Zembria, Estavia, Velmarra, Orvenia, Ilvania,
Brisvaal, Tollemark), regions and cities (Tarnhelm, Pellick, Ostrabad, Saltreve, Mirabeck,
Kessby, Dunvarrow, Drummelin, Lorvant, Hallmere, Vessick, Calvesse, Port Esselby, Groden,
Sarnova, Kestrow), firms, coins, people, products and all 35 outlets are made up, and their
main names were checked against the tests, the source and the shared corpus so that none is
shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four publication days
of 2017-2018, tech, crypto, politics and world news), in the form items arrive in from real
feeds: 70 items from 35 outlets, 20 events (five a day) over four days months apart, most
told by three to five outlets. The mess:

- truncated descriptions, cut mid-sentence and ended the way their feeds end them: a wire's
  "...", a WordPress excerpt's "[…]" and "(more…)", a news API's "… [+2143 chars]", "Read
  more", "Continue reading...";
- feed boilerplate inside the texts, the same lines recurring across one site's items on
  different events, often on one day: WordPress's "The post <headline> appeared first on
  <Site>." (a crypto site and a gadget site), "Follow us on Twitter", a broadcaster's "Image
  copyright Ambrel Press" and "Image caption ...", a newspaper's "Continue reading..." and
  "Photo: <name>/Ambrel Press" (the same photographers on different events), a capital
  paper's "Advertisement" and "Sign up for our daily politics newsletter", a tabloid's
  "Share this article" and "Click here to ...", a syndicator's "This article originally
  appeared on ...";
- aggregator items (two Google-News-like feeds) whose headline ends " - Outlet Name" and
  whose text is the headline again followed by the outlet, or the story's first line;
- items that are only a headline (empty text), and media pages under 100 characters
  ("Video:", "Watch:", "Photos:"), each labelled with the event it shows;
- four whole articles as full-content feeds carry them (a gadget site's hands-on, a crypto
  site's hack report, a specialist site's "Analysis:", a privacy newsletter), 1,200 to 1,500
  characters, five or more paragraphs, their boilerplate at the foot.

The hard cases:

- one site's boilerplate shared by its items on different events, most of all on one day:
  Coinwire Daily's hack and token sale on day 2, BNN World's two events on each day, the
  Marlowgate Courier's two events on days 1 and 4, Gadgetrove and Coinwire on every day;
- three running topics whose separate events fall on days months apart under the same
  names, each stage its own event: Zembria's missile test (day 1) and its leader Bazyl
  Kovanek's summit offer to Estavia's President Ilse Marvanne (day 3), the offer naming the
  test in passing; the Dravix coin's surge to a record $1,240 (day 1) and its crash to $610
  (day 3), the crash naming the May record and Quellpay; Fennomi's Grimsvale data leak (day
  2) and its founder Evander Thorvell's hearing (day 4) (38 million users);
- one country's separate disasters months apart: Ilvania's Mirabeck floods (day 1) and
  Sarnova earthquake (day 4), both with the same photographer's credit; Orvenia's prime
  minister ousted (day 1) and Hallmere's referendum (day 3), the latter naming the former;
  Tollemark's wildfires (day 3) and its Port Esselby summit (day 4), the summit's walk-out by
  the Estavian president of the Zembria events;
- crypto events side by side on one day (Bitravel's hack and Lumiq's token sale on day 2,
  both of Pellick), and on day 4 bitcoin futures beside a tech hearing.

- day 1 (Wed May 14, 2031): Zembria's missile test (five); Dravix's surge (three); Orlinth's
  Vega X (four); Mirabeck's floods (three); Stolle ousted (three);
- day 2 (Tue Jul 22): Bitravel hacked (four); Velmarra's election (three); Fennomi's leak
  (four); Lumiq's token sale (three); Cyclone Amaru (three);
- day 3 (Mon Oct 13): Kovanek's summit offer (five); Dravix's crash (three); the Slipgate
  chip flaw (four); Hallmere's referendum (three); Tollemark's wildfires (three);
- day 4 (Thu Jan 15, 2032): Thorvell's hearing (four); Pathwise's robotaxi death (three);
  the Harbour Seven summit (three); the Sarnova earthquake (four); Tavaro's bitcoin futures
  (three).

Written to be scored as issue #16's real coverage is: at the items' own times, one
publication day at a time, and squashed into one heavy day (tests/stories/
test_coverage_real23.py)."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 69 * DAY  # Tue Jul 22, 2031
D3 = 152 * DAY  # Mon Oct 13, 2031
D4 = 246 * DAY  # Thu Jan 15, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # --- Day 1: Wed May 14, 2031 ---
    Piece(
        "zembria-missile-test",
        "Ambrel Press",
        D1 + 0.5,
        "Zembria fires long-range missile that lands off Estavia's coast",
        "PELLICK, Estavia (Ambrel) — Zembria launched what appeared to be an intercontinental "
        "ballistic missile early Wednesday, sending it on a 41-minute flight that ended in the "
        "sea inside Estavia's exclusive economic zone, Estavian defense officials said. It was "
        "the isolated country's first long-range test in seven months and came days after its "
        "leader, Bazyl Kovanek, promised his generals ...",
    ),
    Piece(
        "zembria-missile-test",
        "BNN World",
        D1 + 2.0,
        "Zembria missile test: Kovanek hails 'complete success'",
        "State media say the Kalvan-3 can now reach 'every city of our enemies', after a launch "
        "from near Tarnhelm watched by leader Bazyl Kovanek.\n"
        "Image copyright Ambrel Press\n"
        "Image caption Commuters in Pellick watch a television report of the launch",
    ),
    Piece(
        "zembria-missile-test",
        "Newsfold",
        D1 + 3.0,
        "Estavia condemns Zembria's missile launch as 'reckless provocation' - The Estavia Herald",
        "Estavia condemns Zembria's missile launch as 'reckless provocation'  The Estavia Herald",
    ),
    Piece(
        "zembria-missile-test",
        "Zembria Watch",
        D1 + 4.5,
        "Kalvan-3: what we know about the missile Zembria flew for 41 minutes",
        "",
    ),
    Piece(
        "zembria-missile-test",
        "The Daily Hollerer",
        D1 + 9.0,
        "KOVANEK'S BIG BANG! Tyrant's rocket splashes down a short hop from holiday beaches",
        "THE despot of Zembria has fired his biggest rocket yet — and it crashed into the sea "
        "within sight of Estavia's packed seaside resorts.\n"
        "Share this article\n"
        "Click here to get the Hollerer on your phone",
    ),
    Piece(
        "dravix-surge",
        "Coinwire Daily",
        D1 + 1.0,
        "Dravix Price Rockets 34% to Record $1,240 as Quellpay Adds Support",
        "Dravix (DVX) has posted its biggest one-day gain of the year, climbing 34% to an "
        "all-time high of $1,240 after payments processor Quellpay said its 90,000 merchants "
        "could start accepting the coin from June. Trading volume on major exchanges tripled to "
        "$2.6 billion […]\n"
        "Follow us on Twitter @CoinwireDaily\n"
        "The post Dravix Price Rockets 34% to Record $1,240 as Quellpay Adds Support appeared "
        "first on Coinwire Daily.",
    ),
    Piece(
        "dravix-surge",
        "Hashpost",
        D1 + 3.5,
        "DVX breaks $1,200 for the first time — is the Quellpay rally for real?",
        "The fourth-largest cryptocurrency by market value added more than $30 billion to its "
        "market cap in 24 hours. Traders warn that merchant adoption headlines have sparked "
        "short-lived rallies before, and funding rates on the big derivatives platforms ...",
    ),
    Piece(
        "dravix-surge",
        "Newsfold",
        D1 + 5.0,
        "Dravix soars to all-time high after Quellpay deal - Cointicker Today",
        "Dravix hit a record on Wednesday after Quellpay said its merchants would take the coin.",
    ),
    Piece(
        "orlinth-vega-launch",
        "Gadgetrove",
        D1 + 2.5,
        "Orlinth Vega X hands-on: three cameras, a fingerprint reader under the screen and a "
        "$949 price",
        "Orlinth has finally shown off the Vega X, and after half an hour with it at the "
        "company's launch event in Saltreve, it is clear this is the phone the firm has been "
        "building towards for three years.\n\n"
        "The big trick is the fingerprint reader, which now sits beneath the 6.4-inch OLED "
        "display. Press your thumb anywhere in the lower third of the screen and the phone "
        "unlocks. It was a touch slower than a separate sensor in our testing, but only just.\n\n"
        "Around the back are three cameras: a 16-megapixel main sensor, an ultra-wide lens and a "
        "5x zoom that Orlinth says uses a periscope folded inside the body. Night shots in the "
        "dim demo room looked impressively clean.\n\n"
        "Battery capacity goes up to 4,000mAh, and Orlinth has dropped the headphone jack, which "
        "is sure to annoy some fans. There is a pair of adapters in the box, at least, and the "
        "glass back now supports wireless charging for the first time.\n\n"
        "The Vega X ships on May 30 starting at $949 for 128GB, which makes it the most "
        "expensive phone Orlinth has ever sold. Pre-orders open today.\n\n"
        "Follow Gadgetrove on Twitter and sign up for our newsletter.\n\n"
        "The post Orlinth Vega X hands-on: three cameras, a fingerprint reader under the screen "
        "and a $949 price appeared first on Gadgetrove.",
    ),
    Piece(
        "orlinth-vega-launch",
        "Techmallow",
        D1 + 4.0,
        "Orlinth's new flagship hides the fingerprint sensor under the glass",
        "Orlinth took the wraps off the Vega X at a launch event in Saltreve on Wednesday, and "
        "its headline feature is one you can't see: a fingerprint reader built into the 6.4-inch "
        "display. The phone goes on sale May 30 from $949. Read more",
    ),
    Piece(
        "orlinth-vega-launch",
        "Wirestack",
        D1 + 6.0,
        "Orlinth unveils Vega X, its priciest phone yet",
        "Orlinth's Vega X will cost $949 when it ships at the end of the month, $150 more than "
        "last year's Vega 9. The company is betting that three rear cameras, including a 5x zoom "
        "lens, will tempt buyers to… [+2143 chars]",
    ),
    Piece(
        "orlinth-vega-launch",
        "Mobile Minute",
        D1 + 7.5,
        "Watch: Orlinth Vega X unboxing",
        "Our first look at the $949 Vega X.",
    ),
    Piece(
        "mirabeck-floods",
        "BNN World",
        D1 + 5.5,
        "Ilvania floods: Twenty-three dead as Sennel bursts its banks",
        "More than 40,000 people have fled their homes in the Mirabeck region after four days "
        "of torrential rain.\n"
        "Image copyright Ambrel Press\n"
        "Image caption Rescuers used boats to reach villages cut off by the water",
    ),
    Piece(
        "mirabeck-floods",
        "Marlowgate Courier",
        D1 + 8.0,
        "'The water came in through the windows': Mirabeck counts the cost",
        "Residents of the Ilvanian town of Kessby describe a night of rising water as the death "
        "toll from the region's worst floods in half a century reached 23. Continue reading...\n"
        "Photo: Zdenka Dvorsky/Ambrel Press",
    ),
    Piece(
        "mirabeck-floods",
        "Worldwave Radio",
        D1 + 10.0,
        "Photos: Mirabeck under water",
        "Aerial pictures of the flooded Sennel valley in Ilvania.",
    ),
    Piece(
        "stolle-ousted",
        "The Capital Sentinel",
        D1 + 7.0,
        "Orvenia's prime minister ousted in no-confidence vote",
        "Ottilie Stolle became the first Orvenian leader in four decades to lose a confidence "
        "vote on Wednesday, defeated 212 to 187 after two coalition partners abandoned her over "
        "pension cuts.\n"
        "Advertisement\n"
        "President Cosmin Fensky must now ask a party leader to try to form a government within "
        "14 days.\n"
        "Sign up for our daily politics newsletter",
    ),
    Piece(
        "stolle-ousted",
        "Marlowgate Courier",
        D1 + 9.5,
        "Stolle falls: Orvenian government collapses after pensions revolt",
        "Coalition partners joined the opposition in Dunvarrow to bring down the prime minister "
        "by 25 votes, leaving Orvenia facing its third election in four years. Continue "
        "reading...\n"
        "Photo: Bertil Hulvard/Ambrel Press",
    ),
    Piece(
        "stolle-ousted",
        "The Dunvarrow Ledger",
        D1 + 11.0,
        "What happens now that the government has lost the confidence vote?",
        "Parliament voted 212-187 to remove Stolle's cabinet this afternoon. Here is how the "
        "next two weeks are likely to unfold, from coalition talks to a possible snap election "
        "in the autumn...",
    ),
    # --- Day 2: Tue Jul 22, 2031 ---
    Piece(
        "bitravel-hack",
        "Coinwire Daily",
        D2 + 1.0,
        "Bitravel Hacked: 7,300 BTC Drained From Hot Wallet, Withdrawals Frozen",
        "Estavian cryptocurrency exchange Bitravel has suspended all withdrawals after an "
        "attacker drained roughly 7,300 BTC from one of its hot wallets in the early hours of "
        "Tuesday, local time. At press time the stolen coins were worth about $68 million.\n\n"
        "In a notice posted to its website, the Pellick-based exchange said it detected "
        "'abnormal outgoing transfers' at around 03:40 and shut down its wallet servers within "
        "twenty minutes. Only the one hot wallet was affected, the company said, and funds kept "
        "in cold storage remain safe.\n\n"
        "Chief executive Emrik Brandt promised that no customer would lose money. 'We will cover "
        "every satoshi from our own reserves,' he wrote on social media. Bitravel has not said "
        "when withdrawals will resume, only that an outside security firm is going through its "
        "systems.\n\n"
        "On-chain data shows the coins were split across more than 40 addresses within an hour "
        "of the theft, a pattern analysts link to attempts to launder funds through mixers.\n\n"
        "Bitravel is the third Estavian exchange to be hit by hackers in two years. The news "
        "knocked the price of bitcoin down 4% to $9,150 on Tuesday morning.\n\n"
        "Follow us on Twitter @CoinwireDaily\n\n"
        "The post Bitravel Hacked: 7,300 BTC Drained From Hot Wallet, Withdrawals Frozen "
        "appeared first on Coinwire Daily.",
    ),
    Piece(
        "bitravel-hack",
        "Chainmast",
        D2 + 3.0,
        "Estavian exchange Bitravel loses $68 million in bitcoin heist",
        "Pellick-based Bitravel said on Tuesday that an attacker had emptied one of its hot "
        "wallets overnight, taking about 7,300 bitcoin. Chief executive Emrik Brandt said "
        "customer balances would be 'made whole'.\n"
        "Share this article",
    ),
    Piece(
        "bitravel-hack",
        "Blocktide",
        D2 + 4.5,
        "'We were breached': exchange boss confirms overnight attack",
        "Brandt told users in a live stream that cold storage was untouched and that "
        "withdrawals would stay suspended until an outside audit is finished. The stolen coins "
        "have already begun moving through mixing services, according to ...",
    ),
    Piece(
        "bitravel-hack",
        "Wirestack",
        D2 + 6.0,
        "Hackers steal $68m from crypto exchange Bitravel",
        "Bitravel, one of Estavia's three biggest cryptocurrency exchanges, froze withdrawals "
        "on Tuesday after hackers stole about 7,300 bitcoin worth some $68 million. The exchange "
        "said the attack… [+1874 chars]",
    ),
    Piece(
        "velmarra-election",
        "Ambrel Press",
        D2 + 2.0,
        "Opposition Harvest Party wins most votes in Velmarra election",
        "DRUMMELIN, Velmarra (Ambrel) — Velmarra's opposition Harvest Party, led by former farm "
        "minister Vitold Brasnik, won Monday's parliamentary election with 41 percent of the "
        "vote, official results showed Tuesday, but fell well short of a majority and ...",
    ),
    Piece(
        "velmarra-election",
        "BNN World",
        D2 + 4.0,
        "Velmarra election: Brasnik claims victory but faces coalition hunt",
        "Vitold Brasnik's Harvest Party took 41% of the vote, ending twelve years of "
        "centre-left rule, but will need partners to govern.\n"
        "Image copyright Ambrel Press\n"
        "Image caption Mr Brasnik greeted supporters in Drummelin on Monday night",
    ),
    Piece(
        "velmarra-election",
        "Polling Desk",
        D2 + 7.0,
        "Velmarra: Harvest 41%, Social Democrats 27%, turnout 63% (final)",
        "Final count from the Velmarran electoral commission. Harvest wins 88 of 200 seats; "
        "outgoing prime minister Jadwiga Paskova's Social Democrats fall to 57. Full breakdown "
        "by district...",
    ),
    Piece(
        "fennomi-data-leak",
        "Gadgetrove",
        D2 + 2.5,
        "Fennomi admits quiz app scraped 38 million profiles for political consultancy",
        "Social app Fennomi says a personality quiz built by an outside developer collected "
        "data on as many as 38 million users and their friends, and that the data ended up with "
        "Grimsvale Analytics, a firm that has worked on election campaigns in three countries. "
        "(more…)\n"
        "The post Fennomi admits quiz app scraped 38 million profiles for political "
        "consultancy appeared first on Gadgetrove.",
    ),
    Piece(
        "fennomi-data-leak",
        "Dataguard Brief",
        D2 + 5.0,
        "The consent problem nobody fixed",
        "The Grimsvale revelations are not a breach in the usual sense: nothing was hacked. "
        "Users clicked 'allow', and Fennomi's rules at the time let an app collect their "
        "friends' profiles too.\n"
        "Sign up for our newsletter",
    ),
    Piece(
        "fennomi-data-leak",
        "Marlowgate Courier",
        D2 + 8.0,
        "Fennomi shares slide as lawmakers demand answers over Grimsvale data",
        "Shares in Fennomi fell 9% on Tuesday as Estavian politicians called on its founder, "
        "Evander Thorvell, to explain how information on 38 million people reached a political "
        "consultancy. Continue reading...\n"
        "Photo: Liesel Marbach/Ambrel Press",
    ),
    Piece(
        "fennomi-data-leak",
        "The Bytebarn",
        D2 + 10.0,
        "How to check whether that quiz took your profile",
        "Fennomi has started telling users whose data was collected by the 'Which Decade Are "
        "You?' quiz. Here is where to look in your settings, and what you can do about it. Read "
        "more",
    ),
    Piece(
        "lumiq-token-sale",
        "Coinwire Daily",
        D2 + 5.5,
        "Lumiq Token Sale Raises $180 Million in 36 Hours",
        "Decentralized storage project Lumiq has closed its initial coin offering after raising "
        "$180 million in ether in just a day and a half, with more than 41,000 wallets taking "
        "part. The LMIQ tokens will be […]\n"
        "Follow us on Twitter @CoinwireDaily\n"
        "The post Lumiq Token Sale Raises $180 Million in 36 Hours appeared first on Coinwire "
        "Daily.",
    ),
    Piece(
        "lumiq-token-sale",
        "Startup Gazette",
        D2 + 7.5,
        "Storage start-up pulls in $180m from token buyers",
        "Founded in Pellick two years ago by former cloud engineer Saskia Veskeli, Lumiq wants "
        "to pay people to rent out their unused hard-drive space. Its sale sold out in 36 "
        "hours, though early backers got a 30% discount...",
    ),
    Piece(
        "lumiq-token-sale",
        "Tokenomist",
        D2 + 9.0,
        "Lumiq's $180M ICO sells out in a day and a half",
        "",
    ),
    Piece(
        "cyclone-amaru",
        "BNN World",
        D2 + 9.5,
        "Cyclone Amaru: Eleven killed as storm hits Brisvaal coast",
        "Winds of up to 200km/h tore roofs from homes and cut power to a million people in the "
        "port city of Lorvant.\n"
        "Image copyright Ambrel Press\n"
        "Image caption Fishing boats were thrown onto the seafront road",
    ),
    Piece(
        "cyclone-amaru",
        "Galewatch",
        D2 + 10.5,
        "Amaru makes landfall near Lorvant as a Category 4 cyclone",
        "Amaru crossed the Brisvaal coastline at 14:00 local time with sustained winds of 200 "
        "km/h. Heavy rain will spread inland over the next 48 hours, with flooding likely "
        "along the Ombrin river...",
    ),
    Piece(
        "cyclone-amaru",
        "Brisvaal Today",
        D2 + 13.0,
        "Video: Amaru's winds batter Lorvant",
        "Residents filmed the storm from their balconies.",
    ),
    # --- Day 3: Mon Oct 13, 2031 ---
    Piece(
        "kovanek-summit-offer",
        "Ambrel Press",
        D3 + 1.0,
        "Zembria's Kovanek offers to meet Estavian president 'without conditions'",
        "PELLICK, Estavia (Ambrel) — Zembrian leader Bazyl Kovanek said Monday he was ready to "
        "meet Estavia's President Ilse Marvanne at the border village of Ostrabad 'at any time "
        "and without conditions', a sharp turn five months after his military fired a "
        "long-range missile into waters off Estavia's coast ...",
    ),
    Piece(
        "kovanek-summit-offer",
        "BNN World",
        D3 + 2.5,
        "Zembria's Kovanek proposes first summit with Estavia",
        "In a televised speech, the Zembrian leader said the two countries' heads of state "
        "should sit down together at Ostrabad before the end of the year.\n"
        "Image copyright Ambrel Press\n"
        "Image caption Mr Kovanek has not met a foreign leader since taking power",
    ),
    Piece(
        "kovanek-summit-offer",
        "Zembria Watch",
        D3 + 4.0,
        "Analysis: Why Kovanek is suddenly talking about a summit",
        "Five months ago Bazyl Kovanek stood in a field near Tarnhelm and watched the Kalvan-3 "
        "climb into the sky. On Monday he went on state television and asked to sit down with "
        "the president of the country that missile was aimed towards.\n\n"
        "The offer, a meeting with Estavia's Ilse Marvanne at the border village of Ostrabad "
        "'without conditions', is the first time a Zembrian leader has publicly proposed talks "
        "at that level. It should not be mistaken for a change of heart.\n\n"
        "Three things have changed since May. The sanctions adopted after the launch have cut "
        "Zembria's coal exports by more than half. A poor harvest has pushed food prices to "
        "record highs. And Kovanek now believes, rightly or not, that his missiles give him "
        "something to bargain with.\n\n"
        "Pellick's response so far has been careful. Officials say any summit must be prepared "
        "by ministers first and cannot simply be a photo opportunity for Kovanek. Marvanne's "
        "own party is split, with its hawks asking why a man who fired a missile at them "
        "deserves a handshake.\n\n"
        "The likeliest outcome is months of haggling over the agenda. But even that would be "
        "more contact than the two sides have had in a decade.\n\n"
        "Zembria Watch is funded by its readers. Click here to subscribe.",
    ),
    Piece(
        "kovanek-summit-offer",
        "Topline News",
        D3 + 5.5,
        "Estavia cautiously welcomes Zembrian summit offer - The Estavia Herald",
        "Estavia cautiously welcomes Zembrian summit offer  The Estavia Herald",
    ),
    Piece(
        "kovanek-summit-offer",
        "The Daily Hollerer",
        D3 + 8.0,
        "KOVANEK: LET'S DO LUNCH! Missile madman wants face-to-face with Marvanne",
        "ZEMBRIA's trigger-happy tyrant has stunned the world by asking Estavia's leader for a "
        "sit-down in a border hut — just months after lobbing a rocket at her coastline.\n"
        "Share this article\n"
        "Click here to get the Hollerer on your phone",
    ),
    Piece(
        "dravix-crash",
        "Coinwire Daily",
        D3 + 2.0,
        "Dravix Crashes 41% to $610 After Estavian Regulator Labels It a Security",
        "Dravix (DVX) has suffered its steepest fall on record, plunging 41% in 24 hours to $610 "
        "after Estavia's Securities Board said the coin met its definition of a security and "
        "that exchanges listing it needed a licence. The token hit an all-time high of $1,240 "
        "in May […]\n"
        "Follow us on Twitter @CoinwireDaily\n"
        "The post Dravix Crashes 41% to $610 After Estavian Regulator Labels It a Security "
        "appeared first on Coinwire Daily.",
    ),
    Piece(
        "dravix-crash",
        "Wirestack",
        D3 + 4.5,
        "Crypto coin Dravix loses $24bn in a day after regulator's ruling",
        "Dravix, which soared to a record in May when payments firm Quellpay agreed to accept "
        "it, lost more than $24 billion of market value on Monday as exchanges in Estavia began "
        "delisting… [+1652 chars]",
    ),
    Piece(
        "dravix-crash",
        "Cointicker Today",
        D3 + 6.0,
        "DVX below $650 as Estavian exchanges start delisting",
        "",
    ),
    Piece(
        "slipgate-chip-flaw",
        "Gadgetrove",
        D3 + 3.0,
        "'Slipgate' flaw in Tessivar chips lets websites read your passwords",
        "Security researchers have disclosed a design flaw affecting almost every Tessivar "
        "processor made in the last seven years that could let malicious code read memory it "
        "should never see. Fixes are on the way, but they come at a cost (more…)\n"
        "The post 'Slipgate' flaw in Tessivar chips lets websites read your passwords appeared "
        "first on Gadgetrove.",
    ),
    Piece(
        "slipgate-chip-flaw",
        "Siliconia Weekly",
        D3 + 5.0,
        "Tessivar says Slipgate patches will slow some servers by up to 15%",
        "The chipmaker said on Monday that its microcode updates for the vulnerability would "
        "cut performance by between 8% and 15% on data-centre workloads, though most laptops "
        "would see little difference...",
    ),
    Piece(
        "slipgate-chip-flaw",
        "Newsfold",
        D3 + 6.5,
        "Chipmaker Tessivar scrambles to patch processor flaw - Chipwire Review",
        "Chipmaker Tessivar scrambles to patch processor flaw  Chipwire Review",
    ),
    Piece(
        "slipgate-chip-flaw",
        "Kernel Notes",
        D3 + 9.0,
        "Slipgate explained: a side channel through the branch predictor",
        "The short version of the Ostveld University paper: the attack trains the predictor, "
        "then times cache hits to leak a byte at a time. Patches for the main operating "
        "systems land this week. (more…)",
    ),
    Piece(
        "hallmere-referendum",
        "Marlowgate Courier",
        D3 + 7.0,
        "Hallmere votes for independence in referendum Dunvarrow calls illegal",
        "Regional officials say 88% backed leaving Orvenia on a turnout of 44%, after police "
        "seized ballot boxes at hundreds of polling stations. Continue reading...\n"
        "Photo: Bertil Hulvard/Ambrel Press",
    ),
    Piece(
        "hallmere-referendum",
        "The Capital Sentinel",
        D3 + 8.5,
        "Orvenia's government vows to ignore the region's 'yes' vote",
        "Interim prime minister Kasimir Prusek said Monday's result 'has no legal value' and "
        "warned regional leaders against declaring independence.\n"
        "Advertisement\n"
        "The vote came two weeks before Orvenia's snap general election, called after the fall "
        "of Ottilie Stolle's government in May.\n"
        "Sign up for our daily politics newsletter",
    ),
    Piece(
        "hallmere-referendum",
        "Hallmere Voice",
        D3 + 10.0,
        "Photos: Hallmere's long night at the ballot box",
        "Queues, riot police and celebration in Vessick's main square.",
    ),
    Piece(
        "tollemark-wildfires",
        "BNN World",
        D3 + 6.0,
        "Tollemark wildfires: Seventeen dead in wine region",
        "Fast-moving fires driven by strong winds have destroyed more than 1,500 homes in the "
        "hills around Calvesse.\n"
        "Image copyright Ambrel Press\n"
        "Image caption Firefighters are battling more than 20 separate blazes",
    ),
    Piece(
        "tollemark-wildfires",
        "Ambrel Press",
        D3 + 9.0,
        "Death toll from Tollemark fires climbs to 17 as winds pick up",
        "CALVESSE, Tollemark (Ambrel) — Firefighters in Tollemark's wine country braced for a "
        "second night of gusts up to 90 km/h on Monday as the toll from more than 20 wildfires "
        "rose to 17, with dozens of residents still unaccounted for ...",
    ),
    Piece(
        "tollemark-wildfires",
        "Vinebelt Gazette",
        D3 + 11.0,
        "Shelters full as fires jump the ridge",
        "All three emergency shelters in Calvesse were at capacity by evening, and county "
        "officials opened the fairground to families fleeing the Ridgeback and Brackenby fires. "
        "Read more",
    ),
    # --- Day 4: Thu Jan 15, 2032 ---
    Piece(
        "thorvell-hearing",
        "Techmallow",
        D4 + 2.0,
        "Fennomi founder to lawmakers: 'I should have asked harder questions'",
        "Evander Thorvell spent five hours in front of Estavia's parliamentary technology "
        "committee on Thursday, answering questions about how a quiz app harvested data on 38 "
        "million users and passed it to Grimsvale Analytics last summer. Read more",
    ),
    Piece(
        "thorvell-hearing",
        "Marlowgate Courier",
        D4 + 4.0,
        "Thorvell grilled: five things we learned from the Fennomi hearing",
        "From an admission that Fennomi's staff flagged Grimsvale in 2030 to a promise of a "
        "paid, ad-free version, the founder's testimony in Pellick gave MPs plenty to chew on. "
        "Continue reading...\n"
        "Photo: Liesel Marbach/Ambrel Press",
    ),
    Piece(
        "thorvell-hearing",
        "Dataguard Brief",
        D4 + 6.0,
        "The Thorvell hearing: what Fennomi promised, and what it dodged",
        "Evander Thorvell sat before Estavia's technology committee for five hours on "
        "Thursday, and by the end the Fennomi founder had apologised nine times. Here is our "
        "read of the testimony.\n\n"
        "What he promised: an audit of every app that had access to friends' data before 2031, "
        "a tool showing each user which outside developers have held their information, and "
        "notice to all 38 million people whose profiles reached Grimsvale Analytics.\n\n"
        "What he dodged: three separate questions on whether Fennomi will accept the "
        "committee's proposal of a 72-hour deadline for reporting leaks. Thorvell said only "
        "that the company 'supports sensible rules'.\n\n"
        "What surprised us: his admission that Fennomi's own staff first flagged the quiz app "
        "in late 2030, months before the data was handed over.\n\n"
        "What happens next: the committee's chair, Halina Valsky, said a draft privacy bill "
        "would be published in March. It is expected to give the data regulator the power to "
        "fine firms up to 4% of their yearly turnover and to order apps shut down. Fennomi's "
        "lobbyists will be busy; so will everyone else's, because the rules would apply to "
        "every app with more than a million users in Estavia.\n\n"
        "Share this article\n\n"
        "Sign up for our newsletter to get Dataguard Brief in your inbox every Thursday.",
    ),
    Piece(
        "thorvell-hearing",
        "Marketsway",
        D4 + 8.0,
        "Fennomi stock rises as founder's testimony calms investors",
        "Shares of Fennomi closed up 4.5% on Thursday, their best day since the Grimsvale "
        "scandal broke, as investors took comfort from Thorvell's assurance that tighter "
        "privacy rules would not dent revenue. This article originally appeared on Ledgerhall.",
    ),
    Piece(
        "pathwise-robotaxi-death",
        "Gadgetrove",
        D4 + 3.0,
        "Pathwise pulls its robotaxis off the road after a car kills a pedestrian",
        "A Pathwise self-driving car in autonomous mode struck and killed a woman crossing a "
        "road in Kestrow late on Wednesday, the first pedestrian death involving a fully "
        "driverless vehicle. The company has taken all 600 of its cars off public roads "
        "(more…)\n"
        "The post Pathwise pulls its robotaxis off the road after a car kills a pedestrian "
        "appeared first on Gadgetrove.",
    ),
    Piece(
        "pathwise-robotaxi-death",
        "Autonomy Report",
        D4 + 5.0,
        "What the sensors should have seen",
        "Police say the victim, 49, was pushing a bicycle across four lanes at night. Lidar "
        "should have picked her up at least 60 metres out. So why didn't the car brake? Three "
        "engineers weigh in...",
    ),
    Piece(
        "pathwise-robotaxi-death",
        "Kestrow Evening News",
        D4 + 8.0,
        "Mayor halts driverless testing after Ferris Road death",
        "Kestrow mayor Odile Fornsby ordered an immediate stop to all self-driving trials within "
        "city limits on Thursday, hours after the Pathwise collision on Ferris Road.\n"
        "Sign up for our newsletter\n"
        "Advertisement",
    ),
    Piece(
        "harbour-seven-summit",
        "BNN World",
        D4 + 4.5,
        "Harbour Seven summit ends in disarray over tariffs",
        "Leaders meeting in Port Esselby failed to agree a joint statement for the first time "
        "in the group's history after Estavia rejected wording on trade.\n"
        "Image copyright Ambrel Press\n"
        "Image caption President Marvanne left the summit a day early",
    ),
    Piece(
        "harbour-seven-summit",
        "The Capital Sentinel",
        D4 + 7.0,
        "Marvanne walks out of Port Esselby talks as trade row deepens",
        "Estavia's president flew home on Thursday morning, skipping the summit's final "
        "session after the other six members demanded she drop the steel tariffs imposed in "
        "November.\n"
        "Advertisement\n"
        "Host prime minister Joren Arkwell said the group would 'keep talking'.\n"
        "Sign up for our daily politics newsletter",
    ),
    Piece(
        "harbour-seven-summit",
        "Topline News",
        D4 + 9.5,
        "No communique as Harbour Seven leaders split on trade - Tollemark Harbour Times",
        "No communique as Harbour Seven leaders split on trade  Tollemark Harbour Times",
    ),
    Piece(
        "sarnova-earthquake",
        "Ambrel Press",
        D4 + 1.0,
        "Magnitude 7.1 quake strikes Ilvania's Sarnova province",
        "GRODEN, Ilvania (Ambrel) — A powerful earthquake struck the mountainous Sarnova "
        "province of western Ilvania before dawn Thursday, collapsing apartment blocks in the "
        "provincial capital and killing at least 64 people, officials said ...",
    ),
    Piece(
        "sarnova-earthquake",
        "BNN World",
        D4 + 3.5,
        "Ilvania earthquake: Rescuers dig through rubble in Groden",
        "At least 64 people have died and hundreds are injured after the 7.1-magnitude tremor, "
        "Ilvania's emergencies ministry says.\n"
        "Image copyright Ambrel Press\n"
        "Image caption Residents spent the night outside in freezing temperatures",
    ),
    Piece(
        "sarnova-earthquake",
        "Marlowgate Courier",
        D4 + 9.0,
        "'We heard voices under the concrete': Groden's night of searching",
        "With temperatures at minus 12C, volunteers worked by torchlight beside soldiers as the "
        "toll from Thursday's earthquake rose above 100. Continue reading...\n"
        "Photo: Zdenka Dvorsky/Ambrel Press",
    ),
    Piece(
        "sarnova-earthquake",
        "Relief Wire",
        D4 + 11.0,
        "Watch: Rescue teams reach Groden's old town",
        "Footage from the Sarnova quake zone.",
    ),
    Piece(
        "tavaro-bitcoin-futures",
        "Coinwire Daily",
        D4 + 2.5,
        "Bitcoin Futures Go Live on Tavaro Exchange, a First for a Major Bourse",
        "Bitcoin futures began trading on the Tavaro Exchange on Thursday, with the February "
        "contract opening at $14,900 and briefly triggering a trading halt after jumping 10% in "
        "the first hour. Volume reached 4,100 contracts by […]\n"
        "Follow us on Twitter @CoinwireDaily\n"
        "The post Bitcoin Futures Go Live on Tavaro Exchange, a First for a Major Bourse "
        "appeared first on Coinwire Daily.",
    ),
    Piece(
        "tavaro-bitcoin-futures",
        "Futures Desk",
        D4 + 5.0,
        "Tavaro's first bitcoin contracts trade 4,100 lots in debut session",
        "Each contract covers five bitcoin and is settled in cash against an average of prices "
        "from four spot exchanges. Margin is set at 35%, well above that for equity index "
        "futures...",
    ),
    Piece(
        "tavaro-bitcoin-futures",
        "Chainmast",
        D4 + 7.0,
        "Old-school traders get a way in as Tavaro launches bitcoin futures",
        "Tavaro Exchange Group's bitcoin futures debuted Thursday, giving pension funds and "
        "hedge funds a regulated way to bet on — or against — the cryptocurrency. Bitcoin "
        "itself rose 3% to about $14,700.\n"
        "Share this article",
    ),
)
