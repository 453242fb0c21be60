"""A sixteenth set of multi-outlet coverage of our own, in the forms of 2017-2018 English feeds.

Written blind, like the fourth to fifteenth sets: without reading the clustering code or the
texts of the other sets (only the module docstrings of the fourteenth and fifteenth, the
fifteenth's scoring tests and the helpers of coverage.py), so it measures briefing on copy
it has not been tuned on. The whole set was written before it was first clustered, and no
text was changed after seeing how briefing clusters it. Every sentence is our own; the
countries (Bramland, Vostrava, Tamaku, Ostmark, Tarrovia, Serenda, Varundh), states,
cities, firms, people, products and all 43 outlets are made up, and their names were
checked against the earlier sets', the shared corpus and the source so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over four real publication
days of 2017-2018): a Reuters-like wire ("UPDATE 1-", "(Adds ...)", "SAN CORVO, May 14
(Kestwire) - ", "(Reporting by ...; Editing by ...)"), an AP-like one ("By GRETA MALLORY,
Concord Press" over "SALLOWBURY, Bramland (CNP) — "), a Kyodo-like one ("KANSEI, Aug. 20
(Hoshida) — ", "58 bil. yen"), an Indian wire ("Amrapur [Varundh], Aug 20 (VPT): ", "over
one lakh residents", "(VPT)" at the end), a business wire ("(Bramwell) -- " under title-case
headlines); British broadsheets, a London-style evening paper and a national broadcaster, a
tabloid under one shouted headline, an Irish paper, a Canadian one, an Australian
broadcaster, a Singaporean paper, a Tamakan paper's English edition, American papers and
two regional TV sites, a European affairs site and a Tarrovian one, a state-minded
Vostravan site, a business daily, a motoring magazine and a car site, a crypto site, a tech
site, a science site, a weather site, two sports sites, a celebrity site, a royal site, a
music site, two aggregators' one-liners, an opinion site ("Opinion:", "Analysis:") and an
evening paper's unlabelled column, a police force's and a foreign ministry's own
statements, and a video site's captions. 68 items from 43 outlets: 29 whole articles (1,200
to 1,800 characters, five or more paragraphs) whose background names the running topic's
earlier events, 29 RSS items of a headline and a line (100 to 250 characters), six briefs,
and four near-empty video captions (under 100 characters, each labelled with its event).

Its subjects are the kinds of news of issue #16's days, other than the fourteenth's and
fifteenth's: a chip flaw made public and, months on, its patches' slowdowns; a former spy
and his daughter poisoned in a cathedral city and, months on, the expulsions of diplomats;
an exchange's coins stolen and its compensation plan; a prince's engagement and his
wedding; a country banned from the Games over doping and its athletes' appeal; a school
shooting and the march months later; a carmaker's diesel fine and a court's ruling for its
investors; a snap election called and its result; a volcano's eruption and the evacuation;
a singer's death; two strikes, two fires and two rulings.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("The processor in your computer
  probably has a serious security hole"; "Spy swap colonel and his girl found frozen on
  bench 'staring into space'"; "HE'S PUT A RING ON IT!"; "'Shots, then screaming': a quiet
  Coralia town joins the list"; "Tamaku crypto platform hit by record heist"; "They were
  told they were too young. They came anyway."; "Anti-establishment surge leaves Tarrovia
  without a clear winner"; "Duke and Duchess of Wrexley: the moments you may have missed");
  subjects named only in the title or the body or not at all (the aggregators' lines, the
  police statement, the tabloid's ring, the column, the captions); figures written two or
  more ways (58 billion yen, 58 bil. yen, $534M and US$534 million; 46.3 billion yen, 46.3
  bil. yen and ¥46.3bn; €1 billion, 1 billion euros and €1bn; up to €9bn and 9 billion
  euros; 30 percent, 30 per cent and 30%; $15 million and $15 mln; 100,000
  and one lakh; 31,000 acres and 12,500 hectares); people by full name with a title in one
  item and by surname, title or office in another ("Colonel Derevko", "Ms Derevko", "the
  Foreign Secretary", "Kinsho President Kenji Warabe" and "Warabe", "the company's chief
  executive, Bernard Szell" and "Szell", "Eddie", "the new Duchess", "Former minister
  Arkady Belousko", "Gov. Lyle Pruett");
- one kind, separate events on one day: Okanee's teachers' strike and Fenmoor airport's
  baggage handlers' strike (day 1); the Coldharbour tower block fire and the Ember Ridge
  wildfire (day 3); the Sports Arbitration Tribunal's ruling for Vostrava's athletes and
  the Brauheim court's ruling against Hallstein (day 4); and same-day events that share a
  place or names: the poisoning and the airport strike in Bramland (day 1),
  the expulsions, the tower fire and the singer's death in Kingsmouth (day 3);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: Quillgate's disclosure
  (day 1) and its patches (day 3) (Veltrix, Arcstream, Nordhaven, 4.1%); the Sallowbury
  poisoning (day 1) and the expulsions (day 3) (Anatol and Milena Derevko, Rupert Malvane,
  Ivo Karsakov, Drovnik); Kinsho's theft (day 1) and its repayment (day 2) (Kenji Warabe,
  Veyra, 523 million coins, 260,000 customers); the engagement (day 2) and the wedding (day
  4) (Edmund, Mariel Tessaro, Kensal Lodge, Harrowdene Castle, Bedside Manner); Vostrava's
  ban (day 2) and the appeal (day 4) (Kallasvik, Tessino, Belousko, the Global Games
  Committee); the Birchmoor shooting (day 2) and the Hartsford march (day 4) (14 killed,
  Coralia); Hallstein's fine (day 1) and the investors' ruling (day 4) (Brauheim, the
  defeat device, Matthias Ebersold); Tarrovia's election called (day 2) and its result
  (day 4) (Emilio Varano, Leandro Fenzi, the Free Tarrovia Movement); and names shared
  across topics (Vostrava of the poisoning, the expulsions, the ban and the appeal; The
  Ridgeline's opinion and two analyses, on three topics);
- near-empty items: four video captions of the poisoning, the engagement, the eruption
  and the march, each labelled with its event;
- features, analysis and opinion: an explainer of the flaw, an opinion on the ban, analyses
  of the patches and the election, a celebrity site's list of the ring's details and an
  unlabelled column on the march are each mainly about their event and carry its label.

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): the Sallowbury poisoning (five items); Quillgate made public
  (four); Kinsho's theft (three); Hallstein's fine (two); Okanee's teachers' strike (two);
  Fenmoor airport's strike (one);
- day 2 (Wed Aug 20): the engagement (four); Vostrava's ban (four); the Birchmoor shooting
  (four); Kinsho's repayment (three); Tarrovia's election called (two);
- day 3 (Wed Dec 3): the expulsions (four); the eruption (four); Quillgate's patches
  (three); the Coldharbour fire (three); the Ember Ridge Fire (two); Niamh Carrow's death
  (two);
- day 4 (Wed Mar 10, 2032): the wedding (four); the Hartsford march (four); the appeal
  (three); Tarrovia's result (three); Hallstein's investors' ruling (two).

Scored by tests/stories/test_coverage_real16.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day."""

from __future__ import annotations

from tests.stories.coverage import DAY, Piece

D1 = 0.0  # Wed May 14, 2031 (coverage.T0 is 06:00 UTC that day)
D2 = 98 * DAY  # Wed Aug 20, 2031
D3 = 203 * DAY  # Wed Dec 3, 2031
D4 = 301 * DAY  # Wed Mar 10, 2032
DAYS = (D1, D2, D3, D4)

PIECES: tuple[Piece, ...] = (
    # ---------------------------------------------------------------- day 1: Wed May 14, 2031
    # Quillgate: a flaw in Veltrix's processors is made public.
    Piece(
        "quillgate-flaw",
        "Kestwire",
        D1 + 2.0,
        "UPDATE 1-Veltrix confirms 'Quillgate' flaw in processors sold since 2019",
        "(Adds company statement, analyst comment, share move)\n"
        "SAN CORVO, May 14 (Kestwire) - Chipmaker Veltrix Corp confirmed on Wednesday that a "
        "design flaw in most of the processors it has sold since 2019 could let malicious "
        "software read passwords and encryption keys from a computer's memory.\n"
        "The weakness, which the researchers who found it have named Quillgate, lies in a "
        "shortcut the chips take to guess which instructions will run next. Security teams at "
        "Nordhaven University and the cloud provider Arcstream reported it to Veltrix in "
        "February and agreed to keep it quiet until fixes were ready.\n"
        "Veltrix said it had no evidence that the flaw had been used by attackers and that "
        "software updates for operating systems were being released this week. It said any "
        "slowdown from the fixes would be 'workload-dependent' and, for the average home user, "
        "should not be significant.\n"
        "Analysts were less sure. 'Data centres run exactly the kind of jobs that lean on this "
        "feature,' said Priya Haldane of Coastline Research. 'If the patches cost servers even "
        "a tenth of their speed, somebody pays for that.'\n"
        "Veltrix shares fell 4.1% in early trading, while those of its smaller rival Omnicore, "
        "whose chips the researchers said were less exposed, rose 3%.\n"
        "(Reporting by Tomas Brenner; Editing by Ruth Okwe)",
    ),
    Piece(
        "quillgate-flaw",
        "ByteHarbor",
        D1 + 4.5,
        "Quillgate explained: what the chip bug means for your laptop, phone and cloud account",
        "If you own a computer made in the last dozen years, there's a good chance its brain "
        "has a hole in it. Here's what we know so far.\n"
        "What is it? Quillgate is a flaw in the way Veltrix processors speed themselves up. To "
        "save time, the chips start work on instructions before they know they'll need them. "
        "Researchers found that the leftovers of that guesswork can be read by other programs, "
        "including ones running in a web browser.\n"
        "Who is affected? Nearly every Veltrix desktop and server chip shipped since 2019, "
        "which means most desktop PCs, many laptops and a large share of the machines that run "
        "cloud services. Some phone chips are affected too, though fewer.\n"
        "What should I do? Install updates. Operating system makers have been working on "
        "patches quietly since February, and most will arrive this week. Browser makers are "
        "also changing how their timers work to make the attack harder.\n"
        "Will it slow my computer down? Veltrix says ordinary users won't notice. Early "
        "benchmarks from the Nordhaven team suggest database servers could lose a lot more, "
        "but numbers vary wildly depending on the job.\n"
        "Has anyone used it? Not that anyone has found. But now that the details are public, "
        "the race is on.\n"
        "We'll update this explainer as Veltrix and the software makers publish more details.",
    ),
    Piece(
        "quillgate-flaw",
        "NewsFlick",
        D1 + 6.0,
        "The processor in your computer probably has a serious security hole",
        "Researchers say nearly every chip the company has shipped in years is exposed; fixes "
        "are coming, and they may cost some speed.",
    ),
    Piece(
        "quillgate-flaw",
        "Bramwell Markets",
        D1 + 7.5,
        "Veltrix Slides Most in Eight Months as Researchers Detail Chip Design Flaw",
        "(Bramwell) -- Veltrix Corp. fell as much as 4.6% in New York as investors weighed the "
        "cost of fixing a flaw in its processors that researchers have dubbed Quillgate.",
    ),
    # A former Vostravan intelligence officer and his daughter poisoned in Sallowbury.
    Piece(
        "sallowbury-poisoning",
        "Concord Press",
        D1 + 3.0,
        "Ex-spy and daughter critically ill after exposure in English-style cathedral city",
        "By GRETA MALLORY, Concord Press\n"
        "SALLOWBURY, Bramland (CNP) — A former Vostravan military intelligence officer who "
        "once sold secrets to Bramland and his adult daughter were fighting for their lives "
        "Wednesday after being found unconscious on a bench near the cathedral in this quiet "
        "market city.\n"
        "Police identified the man as Anatol Derevko, 66, a retired colonel who came to "
        "Bramland in a spy swap nine years ago, and his daughter Milena, 33, who was visiting "
        "from Drovnik. A shopper who saw them slumped and staring called an ambulance shortly "
        "after 4 p.m. Tuesday.\n"
        "Sallowshire Police said the pair had been exposed to an 'unknown substance' and that "
        "a police officer who attended was also in hospital. Counter-terrorism detectives took "
        "over the case overnight, and a pizza restaurant and a pub the Derevkos had visited "
        "were sealed off.\n"
        "Derevko was convicted in Vostrava of passing the names of agents to Bramland's "
        "intelligence service and served four years of a 13-year sentence before he was "
        "pardoned and flown to Bramland in the exchange.\n"
        "Vostrava's embassy in Kingsmouth called suggestions of state involvement 'a "
        "provocation' and said it had not been asked for help. Prime Minister Harriet "
        "Colebrook said it was too early to say who was responsible but that Bramland would "
        "respond 'robustly' if a foreign government was found to be behind it.",
    ),
    Piece(
        "sallowbury-poisoning",
        "The Kingsmouth Chronicle",
        D1 + 5.0,
        "Counter-terror police lead inquiry as Sallowbury bench mystery deepens",
        "Counter-terrorism officers have taken charge of the investigation into how a former "
        "Vostravan double agent and his daughter came to be found collapsed in the centre of "
        "Sallowbury, amid growing suspicion that they were deliberately poisoned.\n"
        "Colonel Derevko, who has lived quietly in the city since being released in a "
        "prisoner exchange, and Ms Derevko remain in a critical condition in intensive care at "
        "Sallowbury District Hospital. A detective sergeant who was among the first at the "
        "scene is said to be seriously ill.\n"
        "Officers in protective suits spent the morning examining the bench in Abbey Yard and "
        "the graves of Colonel Derevko's wife and son at the city cemetery, both of whom died "
        "in recent years. Residents were told there was no wider risk to the public.\n"
        "The case has drawn comparisons with the death of another Vostravan exile who was "
        "poisoned with a radioactive substance in Kingsmouth in 2015, and which a public "
        "inquiry later concluded had 'probably' been approved by President Ivo Karsakov.\n"
        "The Foreign Secretary, Rupert Malvane, told MPs he would not prejudge the "
        "investigation but warned that if the Vostravan state was responsible the government "
        "would act. 'No attempt to take life on Bramish soil will go unpunished,' he said.\n"
        "The Vostravan foreign ministry dismissed the remarks as 'hysteria'.",
    ),
    Piece(
        "sallowbury-poisoning",
        "Sallowshire Police",
        D1 + 6.5,
        "Update on the incident in Sallowbury city centre",
        "Sallowshire Police can confirm that a man in his sixties and a woman in her thirties "
        "remain in a critical but stable condition after they were found unwell in Abbey Yard, "
        "Sallowbury, at about 4.15pm yesterday (Tuesday).\n"
        "One of our officers who attended is also receiving treatment. We are grateful for "
        "the messages of support for him and his family.\n"
        "Because of the unusual circumstances, the Counter Terrorism Policing network has "
        "taken over the investigation. Several locations in the city centre remain cordoned "
        "off as a precaution, and we ask the public to keep away from them.\n"
        "Anyone who was in Abbey Yard or on Market Walk between 1pm and 4.30pm yesterday and "
        "has not yet spoken to us is asked to call 101.",
    ),
    Piece(
        "sallowbury-poisoning",
        "The Daily Bellow",
        D1 + 8.0,
        "Spy swap colonel and his girl found frozen on bench 'staring into space'",
        "Shoppers told of horror as a Vostravan turncoat and his daughter were found slumped "
        "and foaming near Sallowbury's cathedral. Hero cop among three in hospital.",
    ),
    Piece(
        "sallowbury-poisoning",
        "Vidlet",
        D1 + 9.0,
        "Video: officers in hazmat suits at Abbey Yard",
        "Forensic teams in protective suits at the scene in Sallowbury.",
    ),
    # Kinsho, an exchange in Tamaku, loses 523 million Veyra coins to hackers.
    Piece(
        "kinsho-theft",
        "Hoshida News",
        D1 + 1.0,
        "Kinsho exchange says 58 bil. yen in Veyra coins stolen by hackers",
        "KANSEI, May 14 (Hoshida) — Kinsho, one of Tamaku's largest cryptocurrency exchanges, "
        "said Wednesday that hackers had stolen about 523 million Veyra coins worth around 58 "
        "billion yen from its systems, in what may be the biggest theft of digital money to "
        "date.\n"
        "Kinsho President Kenji Warabe apologized at a late-night news conference in Kansei, "
        "bowing deeply with two other executives. He said the coins had been kept in a 'hot "
        "wallet' connected to the internet rather than in offline storage, and that the "
        "exchange had not used a multi-signature system that requires several keys to move "
        "funds.\n"
        "The exchange halted withdrawals of all currencies except the yen, leaving about "
        "260,000 customers unable to get at their holdings. Warabe said the company was "
        "considering how to compensate them but could not yet say whether it had the money "
        "to do so.\n"
        "The Financial Services Board said it would question Kinsho's managers and might "
        "order a review of security at all registered exchanges. Kinsho was operating while "
        "its application for registration was still pending under rules introduced last year.\n"
        "The Veyra Foundation, which oversees the coin, said it was working on a way to tag "
        "the stolen coins so that other exchanges could refuse them.",
    ),
    Piece(
        "kinsho-theft",
        "CoinVane",
        D1 + 3.5,
        "$534M in Veyra drained from Kinsho hot wallet",
        "The Kansei exchange kept nearly all its customers' Veyra online with a single key. "
        "Withdrawals are frozen and the Veyra Foundation wants the coins tagged.",
    ),
    Piece(
        "kinsho-theft",
        "The Quayside Times",
        D1 + 5.5,
        "Tamaku crypto platform hit by record heist",
        "Hackers made off with digital tokens worth about US$534 million from Kinsho, "
        "prompting Tamaku's regulator to weigh checks on every exchange in the country.",
    ),
    # Hallstein fined over its diesel software in Ostmark.
    Piece(
        "hallstein-fine",
        "Torque Report",
        D1 + 8.5,
        "Hallstein accepts €1 billion fine over diesel cheat software",
        "Hallstein has agreed to pay a €1 billion fine imposed by prosecutors in Brauheim over "
        "engines that used software to hide their true emissions, closing one of the "
        "carmaker's largest legal headaches in its home country of Ostmark.\n"
        "The fine, one of the biggest ever levied on a company in Ostmark, covers about 4.9 "
        "million diesel cars sold worldwide between 2012 and 2019 with the so-called defeat "
        "device. Prosecutors said the engine division had failed in its duty to supervise "
        "the engineers who developed it.\n"
        "In a statement, Hallstein said it 'accepts the fine and thereby takes responsibility' "
        "and would not appeal. The company said the payment would come out of reserves it had "
        "already set aside.\n"
        "The penalty does not end the affair. Investigations into individual executives "
        "continue, and owners' groups in several countries are pursuing claims for "
        "compensation. Hallstein has so far paid more than €25 billion in fines, buybacks and "
        "settlements since the cheating came to light in 2021.\n"
        "Matthias Ebersold, Hallstein's chief executive, has said he wants to turn the page "
        "by spending heavily on electric cars, and the company plans to show three new "
        "battery models at the Weidenau motor show in the autumn.",
    ),
    Piece(
        "hallstein-fine",
        "Capital Markets Daily",
        D1 + 11.0,
        "Hallstein to pay 1 billion euros as Brauheim prosecutors close diesel probe",
        "The carmaker will not appeal the fine, which covers 4.9 million cars fitted with "
        "software that cheated emissions tests; its shares rose 1.2%.",
    ),
    # Two strikes on one day: Okanee's teachers and Kingsmouth airport's baggage handlers.
    Piece(
        "okanee-teachers",
        "KVRT 7",
        D1 + 13.0,
        "Thousands of teachers rally at the Capitol as walkout closes every Okanee school",
        "Teachers from all 55 counties packed the Capitol in Redfield on day one of a "
        "statewide strike over pay, which has not risen in four years.",
    ),
    Piece(
        "okanee-teachers",
        "The Okanee Ledger-Star",
        D1 + 15.0,
        "Schools shut statewide as Okanee teachers walk out over pay",
        "REDFIELD — Every public school in Okanee was closed Wednesday as teachers walked off "
        "the job, filling the Capitol's halls with chants of 'fund our future' and vowing to "
        "stay out until lawmakers give them a raise.\n"
        "The strike, the first by Okanee teachers since 1990, came after the Legislature "
        "adjourned without passing a 5% pay raise the unions had been promised in January. "
        "Okanee ranks 48th in the nation for teacher pay, with an average salary of about "
        "$45,600.\n"
        "Gov. Lyle Pruett, a Republican, said he supported a raise but accused union leaders "
        "of 'holding children hostage' and said the state could not afford 5% without cutting "
        "other programs. He offered 3% plus a one-time bonus.\n"
        "Union leaders rejected that within the hour. 'We've heard promises before,' said "
        "Donna Keel, president of the Okanee Education Association. 'We'll go back when it's "
        "in law.'\n"
        "Many districts arranged free lunches at churches and libraries for the roughly "
        "280,000 students who rely on school meals. Parents interviewed outside the Capitol "
        "mostly backed the teachers, though several said they did not know how long they "
        "could keep taking time off work.\n"
        "Lawmakers are due to return to Redfield on Friday, when House leaders say they will "
        "take up a revenue bill that would pay for a 4% raise.",
    ),
    Piece(
        "fenmoor-strike",
        "Kingsmouth Evening Gazette",
        D1 + 10.0,
        "Baggage handlers walk out at Fenmoor airport as half-term getaway begins",
        "Passengers faced hours of queues and missing luggage as ground staff started a "
        "three-day strike over a pay offer their union called an insult.",
    ),
    # ---------------------------------------------------------------- day 2: Wed Aug 20, 2031
    # Prince Edmund engaged to the actress Mariel Tessaro.
    Piece(
        "royal-engagement",
        "The Bramland Standard",
        D2 + 3.0,
        "Prince Edmund to marry American actress Mariel Tessaro next spring",
        "Prince Edmund is to marry the American actress Mariel Tessaro in the spring, "
        "Kensal Lodge announced this morning, ending months of speculation about the couple.\n"
        "The King and Queen were said to be 'delighted', and the prince, who is fifth in line "
        "to the throne, had sought the permission of Ms Tessaro's mother before he proposed "
        "at their cottage in the grounds of the palace earlier this month.\n"
        "The couple, who were introduced by friends two years ago, posed for photographers "
        "in the Sunken Garden this afternoon. Ms Tessaro, 36, wore an engagement ring the "
        "prince designed himself, set with a diamond from a mine he visited while on military "
        "service and two smaller stones from his late mother's collection.\n"
        "She is best known for playing a hospital lawyer in the long-running television drama "
        "Bedside Manner, a role she has now given up. Kensal Lodge said she would become a "
        "Bramish citizen and be confirmed into the Church before the wedding.\n"
        "The announcement marks a change for a family that has rarely welcomed divorced "
        "Americans. Ms Tessaro was married once before, to a film producer, and is of mixed "
        "heritage, which commentators said made the match a sign of a more modern monarchy.\n"
        "The wedding will take place at the chapel of Harrowdene Castle in May.",
    ),
    Piece(
        "royal-engagement",
        "The Daily Bellow",
        D2 + 4.0,
        "HE'S PUT A RING ON IT!",
        "Eddie pops the question to his Hollywood sweetheart over a roast chicken dinner - "
        "and she said yes before he'd finished asking. Full story and pics.",
    ),
    Piece(
        "royal-engagement",
        "Glitterbox",
        D2 + 6.0,
        "Mariel's a princess-to-be! Everything we know about the ring, the proposal and the "
        "wedding",
        "Move over, fairy tales: Mariel Tessaro is officially engaged to Prince Edmund, and "
        "the details are every bit as swoon-worthy as we hoped.\n"
        "The proposal: According to the couple's first joint interview, Edmund got down on "
        "one knee while Mariel was roasting a chicken at their cottage. 'I didn't even let "
        "him finish,' she laughed. 'I said, can I say yes now?'\n"
        "The ring: The prince designed it himself. It has a center diamond from a mine he "
        "visited during his army days, flanked by two diamonds that belonged to his mom. "
        "Jewelers told us a similar ring would cost at least $300,000, though of course this "
        "one is priceless.\n"
        "The career: Mariel is hanging up her heels as the sharp-tongued attorney on Bedside "
        "Manner. Her final episodes were filmed in the spring, and fans are already begging "
        "the network to air them early.\n"
        "The wedding: It's happening in May at Harrowdene Castle. No word yet on the dress, "
        "but fashion insiders are betting on a Bramish designer.\n"
        "The big question: Will her former co-stars be on the guest list? Our sources say "
        "at least two are already shopping for hats.\n"
        "And yes, the dog is invited. Of course the dog is invited. We'll be bringing you every "
        "update between now and the big day, so stay tuned.",
    ),
    Piece(
        "royal-engagement",
        "Vidlet",
        D2 + 7.0,
        "Watch: the couple's first photo call in the Sunken Garden",
        "Edmund and Mariel pose for cameras after the announcement.",
    ),
    # Kinsho's plan to repay the customers of the May theft.
    Piece(
        "kinsho-repay",
        "Hoshida News",
        D2 + 1.0,
        "Kinsho to repay hacked customers 46.3 bil. yen, joins Monashi group",
        "KANSEI, Aug. 20 (Hoshida) — Kinsho, the cryptocurrency exchange that lost about 58 "
        "billion yen in Veyra coins to hackers in May, said Wednesday it will repay its "
        "roughly 260,000 affected customers a total of 46.3 billion yen and will be taken "
        "over by online brokerage Monashi Securities.\n"
        "Customers will receive 88.5 yen for every Veyra coin they held at the time of the "
        "theft, below the price at which the coin traded before the hack but well above its "
        "current level. Payments will be made in yen from next month, Kinsho President Kenji "
        "Warabe told reporters.\n"
        "Monashi will buy all of Kinsho's shares for about 3.6 billion yen and send its own "
        "staff to rebuild the exchange's security and management. Warabe and the exchange's "
        "co-founder will step down once the deal closes.\n"
        "The Financial Services Board has twice ordered Kinsho to improve its controls since "
        "the theft, in which 523 million coins were taken from a wallet connected to the "
        "internet. The regulator later found that the exchange had no risk manager and that "
        "its board rarely met.\n"
        "Only a small part of the stolen coins has been traced. Investigators believe most "
        "were sold off through exchanges on the dark web within weeks.\n"
        "Monashi shares rose 6 percent in Kansei after the announcement.",
    ),
    Piece(
        "kinsho-repay",
        "Bramwell Markets",
        D2 + 3.5,
        "Kinsho to Compensate Clients 46.3 Billion Yen; Monashi to Buy Exchange",
        "(Bramwell) -- Monashi Securities agreed to acquire Kinsho, which will pay back users "
        "of the hacked crypto exchange at 88.5 yen per Veyra coin.",
    ),
    Piece(
        "kinsho-repay",
        "Kansei Shimpo English",
        D2 + 5.0,
        "Hack victims relieved, but many say ¥46.3bn payout falls short",
        "Users who lost coins in the spring's record theft will be paid in cash, not coins. "
        "Some who bought at the peak say they will lose more than half.",
    ),
    # Vostrava banned from the Games over doping.
    Piece(
        "vostrava-ban",
        "Fullpace Sport",
        D2 + 2.0,
        "Vostrava banned from Summer Games over state-run doping scheme",
        "Vostrava has been banned from the Summer Games in Kallasvik next year after the "
        "Global Games Committee ruled that its sports ministry ran a doping programme that "
        "corrupted the last Games in Tessino.\n"
        "The committee's executive board voted to suspend the Vostravan national committee "
        "with immediate effect. Clean Vostravan athletes will be allowed to compete as "
        "individuals under a neutral flag, provided they pass a series of tests, but the "
        "country's anthem will not be played and its flag will not be flown.\n"
        "The board also banned Arkady Belousko, who was sports minister at the time of "
        "Tessino and is now a deputy prime minister, from all future Games for life, and "
        "fined the Vostravan committee $15 million to pay for testing.\n"
        "The decision follows an 18-month inquiry which found that urine samples taken from "
        "Vostravan athletes in Tessino were swapped through a hole in a laboratory wall. A "
        "former director of Vostrava's anti-doping laboratory, who fled abroad, gave "
        "evidence to the inquiry.\n"
        "Committee president Henrike Aalto called it 'an unprecedented attack on the "
        "integrity of sport'. Vostrava's government said it would not boycott the Games but "
        "described the ruling as politically motivated, and several athletes said they "
        "would appeal to the Sports Arbitration Tribunal.\n"
        "Thirty-nine Vostravan athletes were banned for life earlier this year.",
    ),
    Piece(
        "vostrava-ban",
        "Kestwire",
        D2 + 4.0,
        "Vostrava barred from Kallasvik Games, athletes may compete as neutrals",
        "The Global Games Committee suspended Vostrava over systematic doping at Tessino, "
        "banned ex-minister Belousko for life and imposed a $15 mln fine.",
    ),
    Piece(
        "vostrava-ban",
        "Varundh Press Trust",
        D2 + 6.5,
        "VOA chief welcomes GGC action, says clean athletes 'finally' protected",
        "Amrapur [Varundh], Aug 20 (VPT): The president of the Varundh Olympic Association, "
        "Rajeshwar Mundhra, on Wednesday welcomed the Global Games Committee's decision to "
        "suspend Vostrava from next year's Kallasvik Games over doping.\n"
        '"For too long clean athletes, including many from Varundh, have lost medals to '
        "cheats. Today's decision sends a strong message,\" Mundhra said in a statement here.\n"
        "He said Varundh's wrestlers and weightlifters had finished behind Vostravan athletes "
        "who were later disqualified, and urged the committee to reallocate the medals "
        "quickly. (VPT)",
    ),
    Piece(
        "vostrava-ban",
        "The Ridgeline",
        D2 + 9.0,
        "Opinion: Banning Vostrava is right. Letting its athletes march anyway is not",
        "The Global Games Committee finally did what its critics have demanded for three "
        "years, and it deserves some credit for that. Suspending Vostrava's national "
        "committee, barring its flag and anthem from Kallasvik and banning the minister who "
        "oversaw the Tessino cover-up is the strongest punishment any country has faced.\n"
        "But look closer and the ban starts to leak. Vostravan athletes who pass a vetting "
        "process will still compete, in uniforms that will be Vostravan in everything but "
        "name. Television audiences in Drovnik will see them, cheer them and, if they win, "
        "claim their medals as the nation's own.\n"
        "The committee says this protects the innocent. Fair enough: no one wants to punish "
        "a 19-year-old swimmer for what a ministry did when she was in school. Yet the "
        "vetting will be run with the help of the same federations that took part in the "
        "scheme.\n"
        "There is also the $15 million fine, which for a state that spent far more hiding its "
        "cheating is small change.\n"
        "A real ban would mean no Vostravan team in any form until its anti-doping agency is "
        "rebuilt under outside control. The committee chose a compromise instead, and the "
        "athletes it claims to protect, the clean ones from everywhere else, will be the ones "
        "who pay for it.",
    ),
    # A school shooting in Pinecrest Falls.
    Piece(
        "birchmoor-shooting",
        "Concord Press",
        D2 + 11.0,
        "Former student kills 14 at Coralia high school, police say",
        "By DALE ORTEGA and SUNNY PARK, Concord Press\n"
        "PINECREST FALLS, Coralia (CNP) — A 19-year-old former student opened fire at "
        "Birchmoor High School on Wednesday afternoon, killing 14 people and wounding at "
        "least a dozen in the deadliest school shooting in Coralia's history, authorities "
        "said.\n"
        "Sheriff Wade Hollister said the gunman, who had been expelled last year for "
        "disciplinary reasons, pulled a fire alarm shortly before dismissal so that students "
        "would pour into the hallways, then fired on them with a semi-automatic rifle.\n"
        "He slipped away among fleeing students and was arrested about an hour later "
        "outside a fast-food restaurant in a nearby town, the sheriff said. He was identified "
        "as Corey Lund.\n"
        "Students described hiding in closets and under desks as the shots rang out. 'We "
        "thought it was a drill until we heard the screaming,' said Aubrey Lane, a junior.\n"
        "Teachers and coaches were among the dead, said Hollister, who would not give their "
        "names until families had been told. The wounded were taken to three hospitals.\n"
        "Gov. Raymond Tull ordered flags lowered and said the state would 'do whatever it "
        "takes' to help the town, about 45 miles north of the state capital.\n"
        "The FBI said agents were helping local detectives search the suspect's home.",
    ),
    Piece(
        "birchmoor-shooting",
        "WKLM News 4",
        D2 + 12.0,
        "Parents wait for news at reunification site after Birchmoor High shooting",
        "Families gathered at the Pinecrest Falls community center as students were bused "
        "from the school. The sheriff's office says the suspect is in custody.",
    ),
    Piece(
        "birchmoor-shooting",
        "The National Courier",
        D2 + 14.5,
        "'Shots, then screaming': a quiet Coralia town joins the list",
        "PINECREST FALLS, Coralia — The last bell at Birchmoor High School was a few minutes "
        "away on Wednesday when the fire alarm went off and 3,100 students began to file into "
        "the corridors.\n"
        "Minutes later, according to the sheriff, a former student walked into a freshman "
        "building with a rifle and began to shoot. By the time he was gone, 14 people were "
        "dead, among them a football coach who had stood in a doorway to shield his players.\n"
        "Pinecrest Falls, a town of about 30,000 known for its golf courses and its orange "
        "groves, had always been described as one of the safest places in the state. On "
        "Wednesday night its churches were full and its streets were lined with news trucks.\n"
        "Classmates said the suspect, Corey Lund, had posted photographs of himself with "
        "guns and had talked of hurting people. One said she had reported him to a teacher "
        "last year. The sheriff's office said it was looking into whether earlier warnings "
        "had been missed.\n"
        "The shooting was the 18th at an American school this year, by one count, and "
        "students who survived it were already talking of turning their grief into pressure "
        "on lawmakers. 'Thoughts and prayers are not enough,' one senior wrote online. 'We "
        "are going to make them listen.'",
    ),
    Piece(
        "birchmoor-shooting",
        "NewsFlick",
        D2 + 15.5,
        "14 dead in Coralia school shooting; suspect, 19, arrested",
        "A gunman who had been expelled from the school set off the fire alarm before "
        "opening fire, the sheriff said.",
    ),
    # Tarrovia's prime minister calls an early election.
    Piece(
        "tarrovia-called",
        "Tarrovia Today",
        D2 + 8.0,
        "Varano calls snap election for March after losing confidence vote",
        "Prime Minister Emilio Varano asked the president to dissolve parliament after his "
        "coalition lost a confidence vote by 11 votes; elections are expected in March.",
    ),
    Piece(
        "tarrovia-called",
        "Euro Dispatch",
        D2 + 10.0,
        "Tarrovia heads to the polls as Varano's coalition collapses",
        "Tarrovia will hold an early general election next March after Prime Minister Emilio "
        "Varano's centre-left coalition lost a vote of confidence in parliament on Wednesday.\n"
        "Varano, who has governed for three years, said he would lead his Civic Democrats "
        "into the campaign. Polls put the anti-establishment Free Tarrovia Movement of "
        "Leandro Fenzi in first place, with about 28 per cent.",
    ),
    # ---------------------------------------------------------------- day 3: Wed Dec 3, 2031
    # Bramland expels Vostravan diplomats over the Sallowbury poisoning.
    Piece(
        "vostrava-expulsions",
        "Bramland Foreign Office",
        D3 + 4.0,
        "Foreign Secretary's statement on the Sallowbury attack: response to Vostrava",
        "The Foreign Secretary, Rupert Malvane, made the following statement to Parliament "
        "today.\n"
        "In May, Colonel Anatol Derevko and his daughter Milena were poisoned in Sallowbury "
        "with a military-grade nerve agent of the Sokol family, developed by Vostrava. A "
        "police officer was also gravely harmed. All three have survived, thanks to the "
        "extraordinary work of the staff of Sallowbury District Hospital.\n"
        "Since then, the police investigation has identified two officers of Vostrava's "
        "military intelligence service who travelled to Bramland under false names and "
        "whom Crown prosecutors have now charged with attempted murder.\n"
        "The Vostravan government has offered no explanation. Instead it has put forward "
        "more than thirty contradictory stories and has refused to answer our questions.\n"
        "The government has therefore decided to expel 23 Vostravan diplomats whom we have "
        "identified as undeclared intelligence officers. They have one week to leave. We "
        "will also suspend all high-level contacts, freeze Vostravan state assets where there "
        "is evidence they may be used to threaten the life or property of Bramish nationals, "
        "and tighten checks on private flights and freight.\n"
        "I am grateful to our allies, many of whom are today taking measures of their own. "
        "Our quarrel is not with the Vostravan people.",
    ),
    Piece(
        "vostrava-expulsions",
        "Kestwire",
        D3 + 5.0,
        "UPDATE 2-Bramland expels 23 Vostravan diplomats, allies follow over Sallowbury attack",
        "(Adds Vostravan response, allied expulsions)\n"
        "KINGSMOUTH, Dec 3 (Kestwire) - Bramland ordered 23 Vostravan diplomats to leave "
        "within a week on Wednesday, the biggest such expulsion in decades, after prosecutors "
        "charged two Vostravan military intelligence officers with the nerve agent attack on "
        "former spy Anatol Derevko in May.\n"
        "Foreign Secretary Rupert Malvane told parliament the diplomats were spies working "
        "under cover and announced that ministerial contacts with Drovnik would be frozen. "
        "At least 14 allied countries announced their own expulsions within hours, including "
        "four diplomats ordered out by Fraserton.\n"
        "Derevko, 66, and his daughter Milena were found unconscious on a bench in the "
        "cathedral city of Sallowbury on May 13. Both spent weeks in hospital and have since "
        "been moved to a secret location.\n"
        "Vostrava's foreign ministry called the expulsions 'a hostile act' and said it would "
        "respond in kind. A spokeswoman said the two men charged were 'ordinary tourists' "
        "who had visited Sallowbury to see its cathedral spire.\n"
        "President Ivo Karsakov has repeatedly denied any role in the attack. The last expulsion "
        "on this scale by Kingsmouth came in 1985.\n"
        "(Reporting by Ellen Strode and Boris Nemec; Editing by Ruth Okwe)",
    ),
    Piece(
        "vostrava-expulsions",
        "The Daily Bellow",
        D3 + 7.0,
        "Colebrook kicks out 23 Vostravan 'spies' in biggest purge for decades",
        "PM's fury over Sallowbury nerve attack as Malvane tells the Drovnik's men in "
        "Kingsmouth: pack your bags and go. Drovnik vows revenge.",
    ),
    Piece(
        "vostrava-expulsions",
        "The Fraserton Post",
        D3 + 9.0,
        "Fraserton orders out four Vostravan diplomats in show of solidarity with Bramland",
        "The four were named intelligence officers; the move followed Bramland's expulsion of "
        "23 over the nerve agent attack on Anatol Derevko and his daughter.",
    ),
    # Veltrix admits the Quillgate patches slow servers and reboot machines.
    Piece(
        "quillgate-patches",
        "ByteHarbor",
        D3 + 2.0,
        "Veltrix tells customers to stop installing its Quillgate fixes",
        "Veltrix has asked computer makers and cloud operators to stop installing the "
        "firmware updates it released to fix the Quillgate chip flaw, after admitting that "
        "they make some machines restart at random and slow others far more than it said.\n"
        "In a blog post on Wednesday, the company's chief executive, Bernard Szell, said "
        "Veltrix had found 'the root cause' of the reboots on older processors and would have "
        "a corrected version out in about two weeks. Until then, he wrote, customers should "
        "hold off.\n"
        "It's an embarrassing turnaround. When researchers made Quillgate public in May, "
        "Veltrix insisted that any slowdown would be small for ordinary users. Its own "
        "figures, published alongside Szell's post, now show data-heavy server jobs running "
        "up to 30 percent slower with the fixes in place.\n"
        "Arcstream, one of the cloud firms that helped find the flaw, said some customers had "
        "seen their bills rise because their jobs needed more machines. Several large "
        "companies have told us they are weighing whether to leave servers unpatched.\n"
        "Operating system updates, which guard against a different variant of the attack, "
        "are not affected by the pause, Veltrix said.\n"
        "The chipmaker is facing at least 30 lawsuits in American courts over the flaw.",
    ),
    Piece(
        "quillgate-patches",
        "Bramwell Markets",
        D3 + 4.5,
        "Veltrix Says Chip-Flaw Fixes Slow Servers Up to 30%, Halts Rollout",
        "(Bramwell) -- Veltrix Corp. told clients to pause Quillgate updates that cause "
        "reboots; shares fell 2.3%, extending their slide since the May disclosure.",
    ),
    Piece(
        "quillgate-patches",
        "The Ridgeline",
        D3 + 11.0,
        "Analysis: Veltrix's patch mess shows who really pays for a broken chip",
        "When a car has a dangerous fault, the maker recalls it and fixes it at its own "
        "expense. When a processor does, it seems, the customer fixes it, and pays twice: once "
        "for the chip and again for the speed the fix takes away.\n"
        "That is the lesson of Wednesday's climbdown by Veltrix, which told the world to stop "
        "installing its Quillgate firmware because the updates were rebooting machines. The "
        "company's own tests now show servers slowing by as much as 30 per cent, a far cry "
        "from the 'not significant' effect it promised in May.\n"
        "For a household laptop that may not matter. For a company renting thousands of "
        "servers from Arcstream, it can mean a bill that is a quarter higher for the same "
        "work.\n"
        "Veltrix's chief executive, Bernard Szell, has apologised for the reboots but not "
        "for the slowdown, which he describes as the price of security. Chips that fix the "
        "flaw in hardware will not arrive until late next year.\n"
        "Until then, the people who bought the faulty processors are left with a choice "
        "between slower machines and exposed ones. Regulators, so far, have shown little "
        "interest in asking why that choice should be theirs.\n"
        "They should start. A flaw this widespread is not a bug report; it is a product defect.",
    ),
    # Mount Agatari erupts on Balantu, in Serenda; the island's people are moved out.
    Piece(
        "agatari-eruption",
        "Lab & Field",
        D3 + 1.0,
        "Mount Agatari erupts, sending ash 4,000 metres above Balantu",
        "Mount Agatari, the volcano that towers over the Serendan island of Balantu, erupted "
        "on Wednesday for the first time in more than half a century, throwing a column of "
        "grey ash about 4,000 metres into the sky.\n"
        "Serenda's Centre for Volcanology raised its alert to the highest of four levels and "
        "widened the exclusion zone around the crater to 10 kilometres. Glowing lava could "
        "be seen at the summit overnight, the centre said.\n"
        "Scientists had been watching Agatari closely since September, when a swarm of "
        "small earthquakes began beneath it. More than 1,200 were recorded in a single day "
        "last week, a sign that magma was forcing its way towards the surface.\n"
        "Volcanologists say the greatest danger is not lava but lahars, torrents of ash and "
        "rock mixed with rain that can race down river valleys. The rainy season has begun "
        "on Balantu.\n"
        "Agatari's last big eruption, in 1968, killed more than 1,000 people. Gas from that "
        "eruption lowered average temperatures around the world by a fraction of a degree "
        "for a year.\n"
        "Satellite measurements on Wednesday showed sulphur dioxide drifting south-east "
        "over the sea, the centre said.\n"
        "Nearby volcanoes on the island chain show no sign of unrest, but the centre said it "
        "could not rule out a larger explosive phase at Agatari itself in the days ahead.",
    ),
    Piece(
        "agatari-eruption",
        "Koorong Broadcasting",
        D3 + 3.0,
        "Holidaymakers stranded as Balantu airport shuts under volcanic ash cloud",
        "Thousands of holidaymakers are stuck on the Serendan resort island of Balantu after "
        "its international airport was closed because of ash from Mount Agatari.\n"
        "Authorities say about 100,000 people living on the volcano's slopes have been told "
        "to leave their homes, and many are sheltering in sports halls and temples.\n"
        "More than 440 flights have been cancelled, affecting about 59,000 passengers. "
        "Airlines say they will not resume services until the ash cloud clears, which could "
        "take days.\n"
        "Travellers in the southern beach towns, well outside the danger zone, told us life "
        "there was carrying on as normal, although a fine grey dust had settled on cars.\n"
        "The department of foreign affairs has updated its travel advice, urging people on "
        "the island to follow the instructions of local authorities and to contact their "
        "airline.\n"
        "Serenda's disaster agency says buses and boats are being laid on to take tourists "
        "to the neighbouring island, where the airport remains open.\n"
        "Mount Agatari last erupted in 1968, when more than 1,000 people were killed. "
        "Volcanologists say another, bigger eruption is possible in the coming days, and "
        "officials are urging anyone planning a trip to Balantu this week to postpone it if "
        "they can.",
    ),
    Piece(
        "agatari-eruption",
        "Varundh Press Trust",
        D3 + 6.0,
        "300 Varundhi tourists stuck in Balantu as volcano shuts airport",
        "Amrapur [Varundh], Dec 3 (VPT): About 300 tourists from Varundh are stranded on "
        "Balantu island after an eruption of Mount Agatari led to the closure of its airport, "
        "officials said on Wednesday.\n"
        "The Ministry of External Affairs said the embassy had set up a helpline and was in "
        "touch with the stranded travellers, all of whom were safe.\n"
        "Serendan authorities have ordered over one lakh residents to leave the area around "
        "the volcano. (VPT)",
    ),
    Piece(
        "agatari-eruption",
        "Vidlet",
        D3 + 7.0,
        "Ash plume over Mount Agatari, filmed from a plane",
        "Aerial footage of the eruption on Balantu.",
    ),
    # Two fires: a tower block in Kingsmouth, a wildfire in Calvera.
    Piece(
        "coldharbour-fire",
        "The Kingsmouth Chronicle",
        D3 + 8.0,
        "Three dead as fire rips through Coldharbour tower block",
        "Three people have died and at least 20 were taken to hospital after fire swept "
        "through a 19-storey block of flats in Coldharbour, east Kingsmouth, in the early "
        "hours of this morning.\n"
        "The Kingsmouth Fire Brigade said more than 150 firefighters and 25 engines were "
        "sent to Lantern House after the blaze broke out in a flat on the seventh floor "
        "shortly after 2am. Flames spread up the outside of the building within minutes.\n"
        "Residents described being woken by neighbours banging on doors. Some fled down "
        "smoke-filled stairwells with wet towels over their faces; others were rescued from "
        "balconies by firefighters on ladders.\n"
        "The block was fitted with new cladding three years ago as part of a £9 million "
        "refurbishment. Residents' groups said they had repeatedly warned the council about "
        "fire doors that did not close and an alarm system that often failed.\n"
        "The brigade's commissioner said it was too early to say what had caused the fire "
        "or how it spread, and that a full search of the building would take days.\n"
        "The Housing Secretary said the government would 'get to the bottom of what went "
        "wrong' and ordered checks on similar blocks.\n"
        "A rest centre has been opened at Coldharbour Leisure Centre for displaced residents.",
    ),
    Piece(
        "coldharbour-fire",
        "Kingsmouth Evening Gazette",
        D3 + 10.0,
        "Lantern House survivors tell of escape down smoke-filled stairs",
        "Families who fled the Coldharbour blaze in their nightclothes are being put up in "
        "hotels as the death toll stands at three.",
    ),
    Piece(
        "coldharbour-fire",
        "Bramland Broadcasting",
        D3 + 12.0,
        "Cladding checks ordered after deadly east Kingsmouth flats fire",
        "Councils are to inspect tower blocks with similar cladding after three people died "
        "in a fire at Lantern House.",
    ),
    Piece(
        "ember-ridge-fire",
        "KCVN 10",
        D3 + 14.0,
        "Ember Ridge Fire jumps highway, forcing evacuations in Santa Lenora County",
        "Wind gusts up to 60 mph pushed the wildfire across Route 9 on Wednesday; more than "
        "8,000 residents were ordered out and 40 homes have burned.",
    ),
    Piece(
        "ember-ridge-fire",
        "SkyFront Weather",
        D3 + 15.0,
        "Red flag warnings as dry offshore winds fuel Calvera wildfire",
        "Forecasters warned on Wednesday that gusty, bone-dry winds would keep fanning the "
        "Ember Ridge Fire in Santa Lenora County through at least Friday. The fire has grown "
        "to 31,000 acres, about 12,500 hectares, and is 5% contained, Calvera fire officials "
        "said.\n"
        "Humidity could fall into single digits, and no rain is expected for ten days.",
    ),
    # The death of Niamh Carrow, singer of the Larkspurs.
    Piece(
        "carrow-death",
        "The Ardglass Examiner",
        D3 + 13.0,
        "Niamh Carrow, voice of the Larkspurs, dies suddenly aged 46",
        "Niamh Carrow, the lead singer of the Ardglass band the Larkspurs, whose soaring "
        "voice carried them from pub gigs on the quays to sold-out arenas around the world, "
        "has died suddenly in Kingsmouth at the age of 46.\n"
        "She was found at a hotel in the city, where she had been recording, on Wednesday "
        "morning. Police said the death was not being treated as suspicious.\n"
        "Her family said they were 'devastated' and asked for privacy. Her bandmates said "
        "she was 'an extraordinary talent and a sister to us all'.\n"
        "Carrow joined the Larkspurs as an 18-year-old and wrote most of their best-known "
        "songs, including Lamplighter, which spent eight weeks at number one, and the "
        "protest ballad Breakwater Hymn. The band sold more than 40 million records before "
        "taking a break in 2024.\n"
        "In recent years she had spoken openly about her struggles with her mental health, "
        "and had cancelled a tour last year citing a back injury.\n"
        "Tributes poured in from fellow musicians and from the Taoiseach, who said her music "
        "'gave voice to a generation'. Fans left flowers outside the pub on Bridge Street "
        "where the band first played.\n"
        "She is survived by her three children and her mother, Bridie. Funeral arrangements "
        "will be announced in the coming days.",
    ),
    Piece(
        "carrow-death",
        "Backbeat",
        D3 + 15.0,
        "Larkspurs singer dead at 46; 'Lamplighter' streams surge as fans mourn",
        "The frontwoman, whose voice defined a string of '90s-style hits, was found in a "
        "Kingsmouth hotel; police don't consider it suspicious.",
    ),
    # ---------------------------------------------------------------- day 4: Wed Mar 10, 2032
    # The wedding of Prince Edmund and Mariel Tessaro.
    Piece(
        "royal-wedding",
        "The Bramland Standard",
        D4 + 5.0,
        "Edmund and Mariel wed at Harrowdene in a service that broke with tradition",
        "Prince Edmund and Mariel Tessaro were married this afternoon in the chapel of "
        "Harrowdene Castle, in a ceremony watched by 600 guests inside and an estimated "
        "1.9 billion people around the world.\n"
        "The bride, who walked the first half of the aisle alone, wore a plain silk gown by "
        "the Bramish designer Clemency Orrin with a veil embroidered with the flowers of "
        "every country of the Commonwealth of Realms. Her mother, who had flown in from "
        "Los Palos, was the only member of her family in the chapel.\n"
        "The service was a mixture of the traditional and the new. A gospel choir sang, and "
        "an American bishop gave a 14-minute address on the power of love that delighted "
        "the crowd outside and visibly startled some of the congregation.\n"
        "The couple then set off in an open carriage through the streets of the town, where "
        "more than 100,000 well-wishers had gathered, some having camped overnight.\n"
        "Before the wedding the King gave his grandson the title of Duke of Wrexley, and "
        "Kensal Lodge said the new Duchess would take on her first official duties next "
        "month.\n"
        "The couple announced their engagement in August after two years together. The "
        "reception, hosted by the King, was held in the castle's Great Hall. The couple will "
        "not go on honeymoon straight away, Kensal Lodge said.",
    ),
    Piece(
        "royal-wedding",
        "Koorong Broadcasting",
        D4 + 7.0,
        "Duke and Duchess of Wrexley: the moments you may have missed",
        "From a sermon that ran long to a bridesmaid's yawn on the chapel steps, here are "
        "the highlights of the day at Harrowdene Castle.",
    ),
    Piece(
        "royal-wedding",
        "Glitterbox",
        D4 + 8.0,
        "Mariel's dress was simple and stunning - and the designer is Clemency Orrin",
        "The Bedside Manner star's silk gown had no lace and no beading. Her second look, "
        "for the evening party, was a halter-neck number we're obsessed with.",
    ),
    Piece(
        "royal-wedding",
        "Regal Watch",
        D4 + 9.0,
        "A bishop's sermon, a gospel choir and a kiss: the new Duke and Duchess are married",
        "Edmund's bride made her entrance alone and left as the Duchess of Wrexley, waving "
        "to the crowds from an open carriage.",
    ),
    # Two rulings on one day: Vostrava's athletes at the tribunal, Hallstein's appeal.
    Piece(
        "vostrava-appeal",
        "Fullpace Sport",
        D4 + 2.0,
        "Tribunal overturns life bans on 28 Vostravan athletes but Kallasvik door stays shut",
        "The Sports Arbitration Tribunal has overturned the life bans of 28 Vostravan "
        "athletes accused of doping at the Tessino Games, ruling that the evidence against "
        "them was 'insufficient', but the decision will not automatically let them compete "
        "in Kallasvik.\n"
        "The tribunal, sitting in Vevrier, upheld the bans of 11 others but cut their "
        "length so that they apply only to the next Summer Games. Medals the 28 won in "
        "Tessino are to be restored.\n"
        "The Global Games Committee, which suspended Vostrava in August over its state-run "
        "doping programme, said it was 'extremely disappointed' and that being cleared on "
        "appeal did not amount to an invitation. Vostravan athletes can take part in "
        "Kallasvik only as neutrals, and only if the committee's panel accepts them.\n"
        "Vostrava's sports ministry welcomed the ruling as proof that its athletes had been "
        "'slandered'. Former minister Arkady Belousko, whose own life ban from the Games "
        "was not part of the case, called it 'a victory for the truth'.\n"
        "Anti-doping campaigners were furious. 'This is the nightmare scenario,' said one. "
        "'The whole scheme has been proven, but individual cheats walk free.'\n"
        "The tribunal said its ruling did not question the existence of the programme.",
    ),
    Piece(
        "vostrava-appeal",
        "Trackline Sport",
        D4 + 4.0,
        "SAT clears 28 Vostravans; GGC says no automatic ticket to Kallasvik",
        "The arbitration panel in Vevrier found too little evidence against the 28, but "
        "upheld the cases against 11 others and shortened their bans.",
    ),
    Piece(
        "vostrava-appeal",
        "Drovnik Today",
        D4 + 6.0,
        "Justice for our athletes, says sports ministry after Vevrier verdict",
        "DROVNIK — Vostrava's sports ministry said on Wednesday that the Sports Arbitration "
        "Tribunal's decision to lift lifetime bans on 28 of the country's athletes proved "
        "that the doping accusations against them were 'a fabrication from the start'.\n"
        "The ministry called on the Global Games Committee to restore Vostrava's membership "
        "and to let the full team travel to Kallasvik under its own flag.",
    ),
    Piece(
        "hallstein-appeal",
        "Motoring Gazette",
        D4 + 3.0,
        "Court in Brauheim upholds Hallstein shareholders' claim over diesel scandal",
        "A regional court ruled that Hallstein told investors too late about its cheating "
        "engines, opening the way to payouts to shareholders worth up to €9bn.",
    ),
    Piece(
        "hallstein-appeal",
        "Capital Markets Daily",
        D4 + 4.5,
        "Hallstein loses landmark investor case as Brauheim court rules on diesel disclosure",
        "Hallstein failed to tell investors in time about the emissions-cheating software in "
        "its diesel engines, a regional court in Brauheim ruled on Wednesday, in a test case "
        "that could cost the carmaker up to 9 billion euros.\n"
        "The court found that senior managers knew about the so-called defeat device at "
        "least a year before the company told the market, and that shareholders who bought "
        "stock in that period had been misled. Hallstein shares fell 3.4% after the ruling.\n"
        "The case was brought by a pension fund on behalf of about 1,600 investors, whose "
        "claims will now be used as a model for thousands of others. Hallstein said it would "
        "appeal to the federal court.\n"
        "The ruling adds to the cost of a scandal that has already led to the carmaker's "
        "€1bn fine from Brauheim prosecutors last May, which it chose not to contest, and to "
        "billions in buybacks abroad.\n"
        "Matthias Ebersold, Hallstein's chief executive, said in February that the company "
        "had 'drawn a line' under the affair. Analysts said the judgment showed that the "
        "line was still some way off.\n"
        "Owners' claims in other countries are not affected by the judgment, which applies only "
        "to investors who bought Hallstein shares on the Brauheim exchange, lawyers said.",
    ),
    # The students' march, months after the Birchmoor shooting.
    Piece(
        "hartsford-march",
        "Concord Press",
        D4 + 10.0,
        "Hundreds of thousands march in Hartsford to demand tougher gun laws",
        "By LENA VOSS and MARCUS ABERNATHY, Concord Press\n"
        "HARTSFORD (CNP) — Hundreds of thousands of people filled the streets of the capital "
        "on Wednesday for a march led by students who survived last summer's shooting at "
        "Birchmoor High School in Coralia, demanding that Congress tighten the nation's gun "
        "laws.\n"
        "Organizers put the crowd at 800,000; city officials did not give an estimate. "
        "Sister marches were held in more than 700 towns, from small-town squares to the "
        "biggest cities.\n"
        "On a stage facing the Capitol, Jordyn Ames, a Birchmoor senior who hid in a closet "
        "during the attack, read the names of the 14 people killed. She then stood in "
        "silence for more than four minutes, the length of time the gunman spent in the "
        "school, as the crowd held up phones and candles.\n"
        "The marchers want a ban on assault-style rifles like the one used at Birchmoor, "
        "universal background checks and an end to sales of high-capacity magazines. A few "
        "lawmakers from both parties joined the crowd, but leaders in Congress have given no "
        "sign that a vote is near.\n"
        "'We are the generation that grew up with lockdown drills,' Ames said. 'And we are "
        "the generation that is going to end them.'\n"
        "Gun rights groups said the students were being used by politicians.",
    ),
    Piece(
        "hartsford-march",
        "The Hartsford Evening Star",
        D4 + 12.0,
        "They were told they were too young. They came anyway.",
        "The girl next to me on Liberty Mall this afternoon could not have been older than "
        "twelve. Her sign, written in marker on the back of a pizza box, said only: 'Am I "
        "next?'\n"
        "I have covered a lot of marches in this city. I've seen the big ones and the angry "
        "ones, the ones that changed laws and the ones everyone forgot by the weekend. I "
        "have never seen one like this.\n"
        "It was run by teenagers. The speakers were teenagers, the marshals were teenagers, "
        "and the people handing out water bottles at the corner of Fifth and Granger were "
        "teenagers. Their parents, for once, stood at the back.\n"
        "Seven months ago, most of the young people who organized today were worrying about "
        "exams. Then a former classmate walked into their school with a rifle. Now they "
        "have a mailing list of two million and a plan to register every eligible senior in "
        "the country before November.\n"
        "Those who say these kids will lose interest should have been here when Jordyn Ames "
        "fell silent on the stage, and the noise of half a million people simply stopped.\n"
        "I don't know whether Congress will listen. But I know they heard. And the twelve-year-old "
        "with the pizza box? She told me she'll be back next year, and that next time she "
        "will be old enough to carry the banner at the front.",
    ),
    Piece(
        "hartsford-march",
        "WBRN 9",
        D4 + 13.0,
        "Liberty Mall packed as student-led gun control march fills downtown",
        "Metro service was running at capacity and several downtown streets stay closed "
        "tonight as crowds head home from the rally near the Capitol.",
    ),
    Piece(
        "hartsford-march",
        "Vidlet",
        D4 + 14.0,
        "Watch: Jordyn Ames's silence on the stage",
        "The Birchmoor survivor's speech at the rally, in full.",
    ),
    # Tarrovia's election result.
    Piece(
        "tarrovia-result",
        "Euro Dispatch",
        D4 + 1.0,
        "Fenzi's Free Tarrovia Movement tops poll as Tarrovia faces hung parliament",
        "The anti-establishment Free Tarrovia Movement has emerged as the largest single "
        "party in Tarrovia's general election, but no party or bloc has won enough seats to "
        "govern alone, according to near-final results published on Wednesday.\n"
        "The movement, led by 34-year-old Leandro Fenzi, took 32.7 per cent of the vote, "
        "well ahead of the final polls. A right-wing alliance led by the Homeland League was "
        "second with about 37 per cent combined, while Prime Minister Emilio Varano's "
        "Civic Democrats slumped to 18.9 per cent, their worst result since the party was "
        "founded.\n"
        "Varano, who called the early election in August after losing a confidence vote, "
        "conceded defeat in the small hours and said his party would go into opposition.\n"
        "Fenzi told cheering supporters in the capital, Castelvarre, that his movement had a "
        "'duty to govern' and that he was open to talks with all parties. The Homeland "
        "League's leader also claimed the right to form a government.\n"
        "Markets reacted calmly. The yield on Tarrovia's ten-year bonds rose slightly, and "
        "analysts said weeks of negotiations were likely before a government emerged.\n"
        "Turnout was 72.9 per cent, down two points on the last election. The president is "
        "expected to begin consultations with party leaders next week.",
    ),
    Piece(
        "tarrovia-result",
        "Global Brief",
        D4 + 3.0,
        "Anti-establishment surge leaves Tarrovia without a clear winner",
        "Voters punished the governing centre-left, and the two biggest camps both say they "
        "should lead the next government. Talks could take weeks.",
    ),
    Piece(
        "tarrovia-result",
        "The Ridgeline",
        D4 + 6.0,
        "Analysis: Why Tarrovia's young voters deserted Varano for a movement with no programme",
        "Three years ago Emilio Varano was the future of the centre-left: young, fluent in "
        "four languages, and in a hurry. On Wednesday he became the latest of its leaders to "
        "watch voters walk out on them, as his Civic Democrats fell to under 19%.\n"
        "The winners were not the far right, although the Homeland League did well, but the "
        "Free Tarrovia Movement, a party that did not exist a decade ago, whose leader "
        "Leandro Fenzi has never held a job in government and whose manifesto is mostly a "
        "list of things it is against.\n"
        "Among voters under 35, exit polls suggest, the movement took nearly half the vote. "
        "These are people who came of age in a recession, who cannot find stable work, and "
        "who have watched both main parties promise reform and deliver very little.\n"
        "Varano's reforms, including a labour law that made it easier to hire on short "
        "contracts, were meant to help them. Instead they came to stand for insecurity.\n"
        "Fenzi's pitch, a basic income for the poor and an end to 'the caste' in the capital, "
        "is vague. But it is not nothing. It tells young Tarrovians that someone noticed.\n"
        "Whether the movement can govern is another question, and one the next few weeks "
        "of haggling over a coalition will begin to answer.",
    ),
)
