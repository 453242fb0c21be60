"""A ninth set of multi-outlet coverage of our own: whole articles on still other kinds of news.

Written blind, like the fourth to eighth sets: without reading the clustering code or the
texts of the other sets (only their module docstrings, the scoring tests and the helpers of
coverage.py), so it measures briefing on copy it has not been tuned on; no text was changed
after seeing how briefing clusters it. Every sentence is our own; the countries (Norvath,
Kaldora, Ibrenia, Qesra, Dravia, Westmark, Tarvos), cities, firms, people and all 44
outlets are made up.

Its form is issue #16's hidden set (383 articles from 94 outlets over real publication
days), as the seventh's and eighth's are, and its subjects are kinds of news no earlier set
holds: a hostage release and the ransom report after it, a volcanic eruption that grounds
flights and the return home months later, a telecom's data breach and its regulator's fine,
a nurses' pay dispute and its deal, a ship blocking a canal and the settlement, a museum
theft and the arrests, a referendum on a dam, air-quality emergencies, an antitrust ruling
against a search firm and its appeal, a marathon record, an earthquake drill's false
alert, a vaccination campaign, a film festival's prize. 72 items from 44 outlets (wires,
national and regional papers, tabloids, business, tech, privacy, shipping, nursing, art,
running, film, health and climate sites, broadcasters and radio, two state news agencies,
a company's press release, magazines, newsletters and video pages). Two thirds (49) are
whole articles (1,200 to 1,400 characters, five or more paragraphs) that go past their
event's facts into background, reaction and context: the background names the running
topic's earlier events (the fine recalls the breach, the ransom report the release, the
arrests the theft, the settlement the grounding, the drill the eruption, the vaccination
drive the nurses' work-to-rule), other countries and rival firms. The rest are 17 briefs of
two or three sentences and six near-empty items (video captions and newsletter teasers
under 100 characters, each labelled with its event). House styles vary: wire datelines
("HOLMVIK, May 14 (Northwire) -", "SARN CITY, Qesra, July 25 (GWS) --", "KESTRA, Jan 19
(MPA) -"), an Indian paper's colon dateline ("PALMORA:", "DUNHAL:") with lakh and crore,
bylines, a press release with its ticker and media contact, two state agencies'
statements, tabloid capitals; figures written different ways (€48 million, €48m and 48
million euros; €1.9 billion, €1.9bn and 1,900 million euros; $540 million, $540m and 540
million dollars); people in full in one item and by surname or title in another.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("FREE AT LAST!"; "IS YOUR PHONE FIRM
  LEAKING YOUR SECRETS?"; "SEVEN MINUTES TO STEAL A CROWN"; "12 MILLION REASONS TO DOUBT
  IDA"; "GOTCHA! Crown jewel gang in cuffs"; "PANIC ON THE PLATFORMS"; "Is my flight
  cancelled?"), quotes as headlines ("'We never stopped believing'", "'Our valley will
  live'", "'People were screaming, nobody knew it was a drill'"), a state agency's statement
  that never says "ransom report" the way the news does, subjects named only in the lead or
  not at all (the tabloids' briefs, the teasers);
- one topic, separate events on one day: two data breaches (Telvo's 9.4 million customers
  and the dating app Amoria's 2.1 million profiles; day 1), two air-quality emergencies in
  one country (Palmora's smog and Dunhal's tyre-fire smoke, each naming the other; day 3);
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: the engineers' release
  (day 1) and the ransom report (day 2), both naming Brede, Varga, Okafor, Falkner, Zeydi
  and the Red Ridge Front; Telvo's breach (day 1) and fine (day 2); the nurses' rejection
  of 4% (day 1) and their 9% deal (day 3), naming Hallin and Ferrante (who also launches
  day 4's vaccination drive); the Sunstone tiara's theft (day 2) and the arrests (day 3);
  the Everhold Crest's grounding (day 2) and the $540 million settlement (day 4); Findr's
  €1.9 billion fine (day 3) and its appeal (day 4); Mount Serak's eruption (day 1) and the
  villagers' return (day 4), and Kestra's false earthquake alert (day 4) that recalls it;
- features, analysis and opinion: an analysis of how Qesra freed the hostages, a guide for
  stranded passengers, a feature from the canal's bank, an analysis of the dam vote, a
  column on the nurses' deal, a feature on the Serak villagers' return and a review of the
  winning film are each mainly about their event and carry its label; two opinion pieces
  about a wider debate carry their own labels ("op-privacy" on data law after the day's two
  breaches, day 1; "op-search" on search engines' grip after Findr's appeal, day 4).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): the hostages' release (five items); Serak's eruption (four);
  Telvo's breach (four) and Amoria's (two); the nurses reject 4% (three); an opinion on
  data law;
- day 2 (Fri Jul 25): the Sarn Canal blocked (five); the museum theft (three); Telvo's
  fine (three); the ransom report (three); the marathon record (three);
- day 3 (Thu Oct 16): the museum arrests (three); the Corran dam referendum (four); the
  nurses' deal (three); Palmora's smog emergency (three) and Dunhal's smoke (two); Findr's
  fine (three);
- day 4 (Mon Jan 19, 2032): the canal settlement (three); Kestra's false drill alert
  (four); the measles campaign (three); the Golden Heron (three); Findr's appeal (two);
  an opinion on search; the return to Serak's slopes (two).

Scored by tests/stories/test_coverage_real9.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day.
"""

from __future__ import annotations

from tests.stories.coverage import Piece
from tests.stories.coverage_real8 import D1, D2, D3, D4  # the eighth set's four days

PIECES: tuple[Piece, ...] = (
    # --- day 1: Wed May 14, 2031. ---
    Piece(
        "hostage-release",
        "Northwire",
        D1 + 1.0,
        "Three Norvathi engineers freed in Kaldora after five months in captivity",
        (
            "HOLMVIK, May 14 (Northwire) - Three Norvathi engineers held by an armed group in "
            "northern Kaldora since December were released on Wednesday and handed to diplomats "
            "at the border town of Ostrel, Norvath's foreign ministry said.\n"
            "Ansel Brede, Tomas Varga and Lien Okafor, who worked for the water firm Aquaris on a "
            "pumping station near Tarsk, were seized from their convoy by fighters of the Red "
            "Ridge Front on December 9. Their driver, a Kaldoran, was freed a week later.\n"
            "Foreign Minister Ida Falkner said the three were tired but in good health and would "
            "fly home overnight. She thanked the government of Qesra, whose envoy Harun Zeydi had "
            "carried messages between the two sides since February.\n"
            "The ministry would not say whether any money or prisoners had changed hands. "
            "Norvath's stated policy is never to pay ransoms, a line Falkner repeated to "
            "parliament in March when relatives protested outside the building.\n"
            "The Red Ridge Front, which wants autonomy for Kaldora's highland provinces, has "
            "taken at least eleven foreigners since 2028. Two Dravian surveyors it held were "
            "released last year after ten months; a Westmark geologist died in its custody in "
            "2029.\n"
            "Aquaris said it had suspended its work in Kaldora and would review security for its "
            "staff in the region."
        ),
    ),
    Piece(
        "hostage-release",
        "The Holmvik Post",
        D1 + 3.0,
        "'We never stopped believing': families' joy as the Aquaris three come home",
        (
            "By Nora Lindqvist, Foreign Affairs Correspondent\n"
            "For 156 days Greta Brede kept a candle in the window of her flat in Holmvik. On "
            "Wednesday afternoon she blew it out. Her son Ansel and his colleagues Tomas Varga "
            "and Lien Okafor are free.\n"
            "The three engineers, kidnapped in Kaldora's highlands while building a pumping "
            "station for Aquaris, walked across a checkpoint at Ostrel shortly after ten in the "
            "morning, local time, escorted by a Qesrani envoy. Pictures released by the foreign "
            "ministry show them thin and bearded, holding cups of tea.\n"
            '"We never stopped believing, not for one day," Mrs Brede told the Post. "But I will '
            'only sleep when I can hold him."\n'
            "Behind the release lie months of quiet talks. Officials say Qesra's Harun Zeydi met "
            "commanders of the Red Ridge Front at least six times. Ida Falkner, the foreign "
            "minister, was criticised in the spring for saying little in public; on Wednesday she "
            "said silence had been the price of success.\n"
            "Opposition MPs want to know what else was paid. Norvath has refused ransom demands "
            "before, notably in the case of a journalist held in Kaldora in 2027, who was freed "
            "after eight months in a police raid.\n"
            "The engineers are due at Holmvik military airport early on Thursday.\n"
            "Aquaris, which employs about 300 people in Kaldora, said counsellors would meet the "
            "three on arrival and that its other staff in the highlands had been moved to the "
            "capital."
        ),
    ),
    Piece(
        "hostage-release",
        "The Daily Clarion",
        D1 + 5.0,
        "FREE AT LAST!",
        (
            "Our boys are coming home. The three brave water engineers snatched by jungle rebels "
            'are safe after 156 days of hell, with mum Greta saying: "I will only sleep when I '
            'hold him."'
        ),
    ),
    Piece(
        "hostage-release",
        "The Atlas Weekly",
        D1 + 9.0,
        "Analysis: How a small emirate got three hostages out of Kaldora's hills",
        (
            "The release of Ansel Brede, Tomas Varga and Lien Okafor on Wednesday is a success "
            "for Norvath's diplomats. It is a bigger one for Qesra.\n"
            "The emirate has spent a decade turning itself into the mediator of choice for "
            "governments that cannot be seen talking to armed groups. Its envoy Harun Zeydi, a "
            "former oil minister, helped end the siege of Marsa in 2026 and arranged the exchange "
            "of prisoners between Dravia and the Kaldoran rebels two years later.\n"
            "In this case the channel ran from Holmvik to Qesra's capital and from there to a "
            "village on the Tarsk plateau where the Red Ridge Front keeps its political office. "
            "Diplomats describe patient work: medical supplies allowed through a checkpoint, a "
            "promise to raise the highlanders' grievances at the next donors' conference, a "
            "softer line on the movement's exiled leaders.\n"
            "Whether money moved is the question Norvath will be asked for months. Ida Falkner "
            "insists it did not. Rebels rarely free foreigners for nothing, and the Front's last "
            "release, of two Dravian surveyors, followed a payment that Dravia later admitted.\n"
            "For Kaldora's government, which was not at the table, the episode is an "
            "embarrassment. Its army has promised for years to clear the plateau. Instead a "
            "foreign emirate negotiated on its soil.\n"
            "The risk, analysts say, is that kidnapping pays. Aid groups in Kaldora have already "
            "cut staff outside the capital."
        ),
    ),
    Piece(
        "hostage-release",
        "ClipStream",
        D1 + 6.0,
        "Hostages cross the checkpoint",
        ("Video: the three engineers walk free at Ostrel. 0:48"),
    ),
    Piece(
        "volcano-serak",
        "Meridian Press Agency",
        D1 + 0.5,
        "Ibrenia's Mount Serak erupts, ash grounds flights across the region",
        (
            "KESTRA, May 14 (MPA) - Mount Serak in western Ibrenia erupted before dawn on "
            "Wednesday, throwing a column of ash twelve kilometres into the sky and forcing the "
            "closure of Kestra international airport and four smaller airfields, the civil "
            "aviation authority said.\n"
            "About 4,000 people were evacuated from villages within ten kilometres of the crater. "
            "There were no reports of casualties, the interior ministry said, though ash up to "
            "five centimetres deep had fallen on the town of Varn Hollow.\n"
            "The volcano last erupted in 1987, when lava flows destroyed two villages. Scientists "
            "at the Ibrenian Geological Institute had raised its alert level to orange on Monday "
            "after a swarm of small earthquakes.\n"
            "By midday more than 600 flights had been cancelled, including all departures from "
            "Kestra, and air traffic controllers in Norvath and Dravia closed parts of their "
            "airspace as the cloud drifted east. Ibrenair said it had grounded its whole fleet "
            "until at least Friday.\n"
            '"The eruption is continuing and we cannot say how long it will last," said Lena '
            "Moro, the institute's chief volcanologist. She said the ash was fine and glassy, the "
            "kind most dangerous to jet engines.\n"
            "Shares in Ibrenair fell 7% in early trading, and the rival carrier SkyNorv fell 4%."
        ),
    ),
    Piece(
        "volcano-serak",
        "KBN News",
        D1 + 4.0,
        "Thousands leave homes as ash falls on western Ibrenia",
        (
            "Grey ash is falling like snow on the roofs of Varn Hollow, and the roads out of the "
            "valley are jammed with cars.\n"
            "Mount Serak, quiet for 44 years, began its eruption at about four o'clock this "
            "morning. By sunrise a plume could be seen from Kestra, 90 kilometres away, and the "
            "government had ordered everyone within ten kilometres to leave.\n"
            'At a sports hall in Dellin, volunteers handed out masks and blankets. "We heard a '
            'noise like a train and then the windows shook," said a farmer who had driven his '
            "family down the mountain with two goats in the back of his van.\n"
            "Air travel has been badly hit. Kestra airport is shut and more than 600 flights have "
            "been cancelled, with passengers stranded in Holmvik and Palmora. Ibrenair has "
            "grounded its planes until Friday at the earliest.\n"
            "The interior minister, Stefan Halloran, said the army had sent 800 soldiers to help "
            "with the evacuation and to clear ash from the main road.\n"
            "Volcanologists say the eruption could go on for weeks. In 1987 Serak erupted on and "
            "off for four months, and the ash from that eruption closed the airport for eleven "
            "days.\n"
            "Schools across the western province will stay closed on Thursday, and the health "
            "ministry has told people with asthma to stay indoors and keep windows shut until the "
            "ash settles."
        ),
    ),
    Piece(
        "volcano-serak",
        "TravelWise",
        D1 + 7.0,
        "Is my flight cancelled? What stranded passengers need to know",
        (
            "If you were flying into or out of Kestra this week, the short answer is almost "
            "certainly yes. The ash cloud from Mount Serak has closed the airport, and Ibrenair "
            "says its planes will stay on the ground until Friday at least.\n"
            "Airlines must offer you a refund or a new flight when they cancel, but because an "
            "eruption is outside their control you are not owed extra compensation on top. They "
            "should still pay for meals and a hotel while you wait.\n"
            "SkyNorv and the low-cost carrier Flyvo have both said they will rebook passengers "
            "free of charge on any date within the next month. Travel insurers differ: some "
            "policies treat volcanic ash as a named exclusion after the disruption of 1987, so "
            "read the small print.\n"
            "If you are abroad, do not go to the airport unless the airline has confirmed a seat. "
            "Queues at the Ibrenair desk in Palmora stretched out of the terminal on Wednesday "
            "afternoon.\n"
            "Rail operators have added carriages on the line from Kestra to Holmvik, and coach "
            "firms report heavy bookings.\n"
            "We will update this guide as the cloud moves. The aviation authority publishes an "
            "ash map every six hours.\n"
            "Travellers booked on package holidays have the strongest rights: the tour operator "
            "must bring you home or find you another trip, and cover your extra nights if you are "
            "already away."
        ),
    ),
    Piece(
        "volcano-serak",
        "NowVideo",
        D1 + 8.0,
        "Serak from the air",
        ("Watch: the ash column rises above western Ibrenia. 1:12"),
    ),
    Piece(
        "breach-telvo",
        "Telvo Newsroom",
        D1 + 2.0,
        "Telvo Communications statement on a cyber incident affecting customer data",
        (
            "HOLMVIK, 14 May 2031 - Telvo Communications (HSE: TELV) today announces that an "
            "unauthorised party gained access to a customer database in its consumer business.\n"
            "Our investigation, carried out with outside forensic specialists, has found that "
            "names, addresses, dates of birth, phone numbers and account numbers of about 9.4 "
            "million current and former customers were copied between 2 and 9 May. Passwords and "
            "payment card numbers were not affected.\n"
            "We have closed the access point, reset credentials across the affected systems and "
            "informed the Norvath Data Authority and the police.\n"
            '"I am deeply sorry that this has happened," said Marit Solberg, Chief Executive '
            'Officer of Telvo. "Our customers trust us with their information, and we have let '
            "them down. We will contact every affected customer directly and offer two years of "
            'free identity monitoring."\n'
            "Customers are advised to be alert to calls, texts or emails asking for personal "
            "details, and to remember that Telvo will never ask for a password by phone.\n"
            "Telvo is Norvath's largest mobile and broadband provider, serving 11 million "
            "customers.\n"
            "Media contact: press@telvo.example, phone 2100 4000\n"
            "A dedicated helpline is open from 8 am to 10 pm every day, and answers to common "
            "questions are published on the Telvo website. Telvo will publish a further update "
            "when its investigation is complete."
        ),
    ),
    Piece(
        "breach-telvo",
        "ByteBeat",
        D1 + 4.5,
        "Hackers walked off with data on 9.4 million Telvo customers. Here's what we know",
        (
            "Telvo, Norvath's biggest mobile operator, says an attacker copied personal details "
            "of 9.4 million people from one of its customer systems over a week in early May.\n"
            "The company's statement is short on how it happened. Two people familiar with the "
            "investigation told ByteBeat the intruders used login details stolen from a "
            "contractor who maintained a billing tool, and that the database was reachable from "
            "the internet without a second factor.\n"
            "The haul is big. Names, home addresses, birth dates and account numbers are exactly "
            "what a fraudster needs to take over a phone number, and through it the text-message "
            "codes many banks still use.\n"
            "Security researcher Jonas Aalto said a sample of records had appeared on a crime "
            "forum on Tuesday, offered for sale in bulk. Telvo says it has no evidence of that.\n"
            "This is not the first large leak in Norvathi telecoms. Rival Nordcell lost data on "
            "1.2 million subscribers in 2029 and paid a fine of €6 million, then a record.\n"
            "Telvo chief executive Marit Solberg has apologised and promised two years of "
            "identity monitoring. The Norvath Data Authority says it has opened an inquiry.\n"
            "We asked Telvo whether the contractor's account used two-factor authentication and "
            "how long the database had been exposed. A spokesperson said the company could not "
            "comment while the inquiry was under way."
        ),
    ),
    Piece(
        "breach-telvo",
        "Capital Street Journal",
        D1 + 8.0,
        "Telvo shares slide as data theft raises prospect of record fine",
        (
            "Shares in Telvo Communications fell 9.2% in Holmvik on Wednesday, their largest "
            "one-day drop in four years, after the telecoms group disclosed that records of about "
            "9.4 million customers had been stolen.\n"
            "Analysts said the bigger cost may be regulatory. Under Norvath's data law, the "
            "Norvath Data Authority can fine a company up to 4% of annual turnover, which for "
            "Telvo would be about €210 million. The authority fined Nordcell €6 million two years "
            "ago for a much smaller leak.\n"
            '"The sums in play for customer churn and remediation are manageable. The fine is the '
            'unknown," said Petra Wall, telecoms analyst at Halberd Securities, who cut her '
            "rating on the stock to hold.\n"
            "Telvo has been trying to win back investors after a costly rollout of its 6G "
            "network. Chief executive Marit Solberg told shareholders in March that margins would "
            "improve this year as spending fell.\n"
            "The company said it could not yet estimate the cost of the incident. It will offer "
            "affected customers two years of free identity monitoring, a service analysts "
            "estimated at €15 million to €25 million.\n"
            "Nordcell's shares rose 2.1% on the day.\n"
            "Bond investors were calmer. The price of Telvo's euro bonds due 2034 barely moved, a "
            "sign that credit analysts see the company's finances as strong enough to absorb even "
            "a large penalty."
        ),
    ),
    Piece(
        "breach-telvo",
        "The Morning Bugle",
        D1 + 10.0,
        "IS YOUR PHONE FIRM LEAKING YOUR SECRETS?",
        (
            "Millions of mobile users were told last night crooks had swiped their home addresses "
            "and birthdays. The phone giant's boss said sorry, but furious customers are asking "
            "why it took a week to own up."
        ),
    ),
    Piece(
        "breach-amoria",
        "Patchnote",
        D1 + 6.5,
        "Dating app Amoria confirms 2.1 million profiles exposed through open server",
        (
            "The dating app Amoria has confirmed that profile data of about 2.1 million users sat "
            "on an unprotected cloud server for at least three weeks, after a researcher found it "
            "and alerted the company on Monday.\n"
            "The exposed files held usernames, email addresses, ages, the towns users listed and, "
            "for some, the text of their profile descriptions. Amoria said no private messages or "
            "photos were in the files, and that it had found no sign anyone other than the "
            "researcher had downloaded them.\n"
            "The researcher, who posts as Kettlewatch, said the server belonged to an analytics "
            'contractor and had been left open after a migration. "It took five minutes to find '
            'with a public scanner," she wrote.\n'
            "Amoria, based in Palmora, is Dravia's second-most popular dating app after Sparkle. "
            "It said it had cut ties with the contractor and would notify users by email on "
            "Thursday.\n"
            "The leak is small next to the theft of data from Telvo disclosed on the same day, "
            "but privacy lawyers say dating profiles carry their own risk: they can reveal "
            "sexuality or an affair, and can be used for blackmail.\n"
            "Dravia's privacy commissioner said she had asked Amoria for a full report within ten "
            "days.\n"
            "It is the second embarrassment for Amoria this year: in January it withdrew a "
            "feature that showed users' exact distance from one another after complaints that it "
            "could be used to stalk people."
        ),
    ),
    Piece(
        "breach-amoria",
        "Privacy Beat",
        D1 + 11.0,
        "Amoria leak",
        (
            "An Amoria analytics server left open online exposed emails and profile details of "
            "2.1 million dating app users, the company admitted. Messages and photos were not "
            "included, it says."
        ),
    ),
    Piece(
        "nurses-offer",
        "The National Sentinel",
        D1 + 1.5,
        "Nurses' federation rejects 4% pay offer, warns of work-to-rule",
        (
            "PALMORA: The Dravian Nurses' Federation on Wednesday rejected the government's offer "
            'of a 4% pay rise, calling it "an insult to staff who held the hospitals together", '
            "and said it would ballot its 210,000 members on a work-to-rule from July.\n"
            "Federation president Greta Hallin told reporters in Palmora that nurses had lost 14% "
            'of their pay in real terms since 2026. "We asked for a fair settlement, and we have '
            'been handed a cut dressed up as a rise," she said.\n'
            "Health minister Paolo Ferrante said the offer was the best the budget could bear and "
            "that his door remained open. He warned that a work-to-rule would lengthen waiting "
            "lists, which stand at 1.9 lakh patients for planned surgery in the capital region "
            "alone.\n"
            "Hospitals in Dunhal and the southern districts have struggled to fill posts. The "
            "federation says one in six nursing jobs in Dunhal General is vacant, and that agency "
            "staff cost the state three times what it pays its own nurses.\n"
            "Junior doctors settled their own dispute in February with a rise of 6.5% over two "
            "years, a deal the nurses' leaders cite as a benchmark.\n"
            "The ballot will open on June 2, Ms Hallin said.\n"
            "Opposition leader Ravi Menon accused the government of gambling with patient safety "
            "and called on chief minister Lata Desai to intervene personally before the ballot "
            "opens."
        ),
    ),
    Piece(
        "nurses-offer",
        "Ward Times",
        D1 + 5.5,
        "'An insult': why nurses threw out the 4% deal in under an hour",
        (
            "It took the Dravian Nurses' Federation's executive less than an hour on Wednesday to "
            "reject the pay offer that ministers had spent three months preparing.\n"
            "The offer, 4% from April with a one-off payment for staff in hard-to-fill posts, was "
            "always going to be a hard sell. Inflation has run above 5% for two years and the "
            "federation's own survey found that four in ten members had taken a second job.\n"
            "Greta Hallin, the federation's president, said the executive had been unanimous. The "
            "sticking points are the size of the rise, a refusal to fund extra night-shift pay, "
            "and a plan to link part of any increase to productivity targets, which nurses see as "
            "a cap on staffing.\n"
            "Paolo Ferrante, the health minister, has said there is no more money. Officials "
            "point to the settlement with junior doctors, 6.5% over two years, as proof that the "
            "government will pay for reform; the nurses say that deal shows it can pay, full "
            "stop.\n"
            "What comes next is a ballot on a work-to-rule. Nurses would refuse unpaid overtime "
            "and stick strictly to their rostered tasks. Managers at Dunhal General say that "
            "alone would close two wards.\n"
            "Patient groups have urged both sides back to talks.\n"
            "The federation last took industrial action in 2019, when a three-week overtime ban "
            "ended with a rise of 5% and a promise, never kept, of a staffing review."
        ),
    ),
    Piece(
        "nurses-offer",
        "Radio Dravia",
        D1 + 12.0,
        "Nurses to vote on action",
        (
            "Nurses' leaders have turned down a four percent rise from the health ministry. "
            "Members will vote next month on working to rule, federation president Greta Hallin "
            "said."
        ),
    ),
    Piece(
        "op-privacy",
        "Forum Monthly",
        D1 + 13.0,
        "Opinion: Our data laws punish leaks after the fact. They should stop them happening",
        (
            "Two leaks in one day, one from the country's largest phone company and one from a "
            "dating app, and the response follows a script we all know by now. An apology, a "
            "promise of identity monitoring, an inquiry by a regulator that will report in a "
            "year.\n"
            "The trouble is that the script starts too late. Norvath's data law, like Dravia's "
            "and Ibrenia's, is built around fines imposed after harm is done. Fines of 4% of "
            "turnover sound fearsome, yet the largest ever levied here was €6 million, and firms "
            "plan for it as a cost of doing business.\n"
            "What would change behaviour is a duty to prove, in advance, that the basics are in "
            "place: two-factor logins for every contractor, no database reachable from the open "
            "internet, and deletion of records of former customers after a fixed period. Auditors "
            "check a company's accounts every year. Nobody checks its locks.\n"
            "There is also the question of what firms keep at all. Why does a mobile operator "
            "hold the birth dates of people who left it a decade ago? Why does an app store "
            "profile text on a contractor's server?\n"
            "Lawmakers will be tempted to raise the fines again. That would make headlines. A "
            "short list of mandatory safeguards, checked every year, would make fewer headlines "
            "and fewer leaks."
        ),
    ),
    # --- day 2: Fri Jul 25, 2031. ---
    Piece(
        "canal-sarn",
        "Globe Wire Service",
        D2 + 0.5,
        "Giant container ship runs aground in Sarn Canal, halting traffic",
        (
            "SARN CITY, Qesra, July 25 (GWS) -- A container ship longer than three football "
            "pitches ran aground in the Sarn Canal early on Friday and swung across the channel, "
            "blocking one of the world's busiest trade routes in both directions, the Sarn Canal "
            "Authority said.\n"
            "The Everhold Crest, a 400-metre vessel carrying about 19,000 containers from Tarvos "
            "to northern ports, lost steering in a sandstorm shortly after 5 a.m. local time and "
            "wedged its bow into the eastern bank at kilometre 41.\n"
            "Tugs and two dredgers were working to free it, the authority's chairman, Admiral "
            "Faisal Oduya, told state television. He would not say how long the work would take.\n"
            "About 12% of world seaborne trade passes through the 190-km canal, including much of "
            "the oil shipped from the Gulf to Westmark and Norvath. By midday 86 ships were "
            "waiting at either end, according to the shipping data firm Portwatch.\n"
            "The ship's operator, Halcrow Line, said none of its 25 crew had been hurt and there "
            "was no pollution. Its owner, the Tarvosian firm Meyrick Holdings, did not respond to "
            "requests for comment.\n"
            "Benchmark crude rose 2.4% on the news, and container freight rates on routes through "
            "the canal jumped.\n"
            "Shipping insurers said the cost of the blockage would depend on how long it lasted "
            "and whether the hull was damaged, and that any claims for delay would be argued for "
            "years."
        ),
    ),
    Piece(
        "canal-sarn",
        "Trade Lane",
        D2 + 4.0,
        "Everhold Crest grounding: what the blockage means for box lines and cargo owners",
        (
            "The grounding of Halcrow Line's Everhold Crest at kilometre 41 of the Sarn Canal "
            "could not have come at a worse time for shippers. Peak season for autumn retail "
            "cargo is under way, and many lines were already running short of empty boxes.\n"
            "Salvors from the Qesrani firm Maren Salvage were on site by late morning. Their "
            "first task is to dredge sand from around the bow; only then can tugs try to pull the "
            "224,000-tonne ship free at high tide. People involved said the operation could take "
            "days rather than hours if the hull is damaged.\n"
            "Every day of closure holds back cargo worth an estimated $9.6bn, according to the "
            "insurer Lorrimer Marine. Ships that cannot wait face a diversion around the Cape of "
            "Tarvos, which adds about 3,500 nautical miles and eight to ten days to a voyage "
            "between Asia and northern ports.\n"
            "Carriers are weighing that choice now. Two ships of the Arcline alliance turned "
            "south on Friday afternoon. Most others were told to hold position in the anchorage "
            "at Port Emra.\n"
            "The canal authority, which earns around $25 million a day in tolls, has widened "
            "parts of the channel since a smaller grounding in 2024, but the stretch at kilometre "
            "41 still has a single lane.\n"
            "Freight forwarders advise cargo owners to expect delays of two to three weeks on "
            "shipments already at sea."
        ),
    ),
    Piece(
        "canal-sarn",
        "Ledgerline",
        D2 + 7.0,
        "Oil jumps, freight rates soar as Sarn shut",
        (
            "Crude oil climbed 2.4% and spot container rates on Asia-to-north routes rose by a "
            "fifth on Friday as the stranded Everhold Crest kept the Sarn Canal closed. Shares of "
            "Halcrow Line fell 3%."
        ),
    ),
    Piece(
        "canal-sarn",
        "The Early Line",
        D2 + 9.0,
        "Ship stuck sideways in the Sarn: 86 vessels waiting",
        ("Plus: oil's jump. Read in two minutes."),
    ),
    Piece(
        "canal-sarn",
        "Westmark Post",
        D2 + 12.0,
        "Feature: Stuck at kilometre 41, the ship that stopped a sea lane",
        (
            "By Clara Voss\n"
            "From the sand dunes on the eastern bank of the Sarn Canal, the Everhold Crest looks "
            "less like a ship than a building that has fallen over. Its stacks of red, blue and "
            "grey containers rise higher than the minarets of the nearest village.\n"
            "Villagers in Abu Rish, who usually see giant vessels glide past at walking pace all "
            "day, spent Friday watching one that did not move. Children climbed the dunes with "
            "phones to film the two yellow excavators digging at its bow, which looked tiny "
            "beside it.\n"
            "The ship ran aground in a sandstorm before dawn, its rudder too slow to answer a "
            "gust of wind. Within hours, the Sarn Canal, through which 50 or so ships pass every "
            "day, had become a car park for vessels at both ends.\n"
            "Canal pilots, speaking privately, say the newest ships have outgrown a waterway "
            "designed for vessels half their size. The authority has spent billions widening it, "
            "and plans to add a second lane at kilometre 41 by 2034.\n"
            "For Qesra, the canal is a source of pride and of about $9 billion a year in hard "
            "currency. Admiral Faisal Oduya, the authority's chairman, appeared on television "
            'promising the channel would reopen "very soon".\n'
            'Back on the dune, a fisherman named Karim watched the tugs strain. "We have seen '
            'ships get stuck before," he said. "Never one this big."'
        ),
    ),
    Piece(
        "museum-theft",
        "The National Sentinel",
        D2 + 1.0,
        "Thieves steal Sunstone tiara, royal jewels from Palmora State Museum",
        (
            "PALMORA: Thieves broke into the Palmora State Museum before dawn on Friday and "
            "escaped with eight pieces of the former royal family's jewellery, including the "
            "19th-century Sunstone tiara, in a raid that lasted less than seven minutes, police "
            "said.\n"
            "The gang entered through a window on the first floor of the east wing after cutting "
            "power to part of the alarm system, deputy police commissioner Arun Kale said. Two "
            "guards on duty were not hurt.\n"
            'Museum director Helena Okoro called the loss "a wound to the nation\'s memory". The '
            "tiara, set with 212 diamonds around a yellow sapphire known as the Sunstone, was "
            "made for Queen Amara in 1861 and has been displayed in the museum's treasury gallery "
            "since the monarchy ended in 1958.\n"
            "Police did not put a value on the stolen items. Insurers have estimated the "
            "collection's worth at more than ₹900 crore, though experts said the pieces were "
            "nearly impossible to sell intact.\n"
            "Investigators fear the stones will be prised out and the gold melted down. Kale "
            "appealed to jewellers and dealers to report any approach, and said officers were "
            "studying footage from 40 cameras in the surrounding streets.\n"
            "The museum will remain closed until further notice. It is Dravia's most visited, "
            "with about two million visitors a year."
        ),
    ),
    Piece(
        "museum-theft",
        "The Evening Lantern",
        D2 + 6.0,
        "SEVEN MINUTES TO STEAL A CROWN",
        (
            "They came in the dark, they cut the power, and they vanished with a queen's crown.\n"
            "In a heist straight out of a film, a masked gang raided the Palmora State Museum in "
            "the early hours of Friday and made off with a tiara studded with 212 diamonds and "
            "seven other priceless royal treasures.\n"
            "CCTV pictures show at least four men climbing a ladder propped against the east wing "
            "before slipping through a first-floor window. Less than seven minutes later they "
            "were gone, speeding off on two scooters.\n"
            'Horrified museum boss Helena Okoro said: "These jewels belong to every one of us." '
            "Sources told the Lantern that the alarm in the treasury gallery had been faulty for "
            "weeks and that a repair had been put off to save money.\n"
            "The dazzling Sunstone tiara was worn by Queen Amara at her coronation in 1861 and "
            "has survived two wars and a revolution. Experts fear it could already be in pieces.\n"
            "Police chiefs have pleaded with the public for help. Anyone who saw two scooters "
            "near the museum between 4 am and 5 am should call the hotline.\n"
            "It is the biggest museum theft in Dravia since a gold Buddha was taken from the "
            "temple museum in Dunhal in 2011. That was never found.\n"
            "Tonight the empty glass case where the tiara sat for more than sixty years is all "
            "that greets the guards."
        ),
    ),
    Piece(
        "museum-theft",
        "Art Ledger",
        D2 + 10.0,
        "Palmora museum robbed of royal jewels",
        (
            "Eight pieces of Dravia's former crown jewels, among them the 1861 Sunstone tiara, "
            "were stolen overnight from the Palmora State Museum. The museum is closed while "
            "police investigate."
        ),
    ),
    Piece(
        "telvo-fine",
        "Northwire",
        D2 + 2.0,
        "Norvath regulator fines Telvo record €48 million over data theft",
        (
            "HOLMVIK, July 25 (Northwire) - Norvath's data protection regulator fined Telvo "
            "Communications a record €48 million on Friday for failing to protect the personal "
            "details of 9.4 million customers stolen in May, saying the company had ignored "
            "warnings about weak security.\n"
            "The Norvath Data Authority found that the database raided by hackers had been "
            "reachable from the internet with a contractor's password alone, and that Telvo's own "
            "auditors had flagged the risk in 2029.\n"
            '"This was not a sophisticated attack. The door was left open," the authority\'s '
            "director, Henrik Dahl, told a news conference in Holmvik.\n"
            "The fine is eight times the previous record, the €6 million imposed on rival "
            "Nordcell in 2029, but well short of the maximum of 4% of annual turnover, about €210 "
            "million in Telvo's case. Dahl said Telvo's cooperation and its offer of free "
            "identity monitoring had been taken into account.\n"
            "Telvo said it would study the decision before deciding whether to appeal. Chief "
            "executive Marit Solberg said in a statement that the company had since spent €60 "
            "million upgrading its systems.\n"
            "Telvo shares rose 1.8%, as some analysts had expected a larger penalty.\n"
            "Consumer groups said the fine did nothing for the customers whose details were "
            "stolen, and urged the government to let them claim compensation directly."
        ),
    ),
    Piece(
        "telvo-fine",
        "ByteBeat",
        D2 + 5.0,
        "Telvo's 48m-euro penalty: the regulator's report is a brutal read",
        (
            "The Norvath Data Authority's decision on Telvo runs to 64 pages, and almost every "
            "one of them is embarrassing for the phone company.\n"
            "It sets out how intruders reached a customer database holding the records of 9.4 "
            "million people using nothing more than a contractor's login, how the database kept "
            "records of customers who had left a decade earlier, and how an internal audit had "
            "warned in 2029 that the system needed two-factor authentication. The fix was "
            "scheduled three times and postponed three times.\n"
            "The authority's headline sanction, a fine of 48 million euros, is a national record. "
            "Its orders may matter more: Telvo must delete the data of former customers within "
            "six months and submit to an outside security audit every year until 2035.\n"
            "Regulators elsewhere have been tougher. Ibrenia's watchdog fined a bank a sum equal "
            "to 3% of its turnover last year; Telvo's fine is under 1%.\n"
            "Privacy groups called the sum modest. Consumer lawyers are preparing a group claim "
            "on behalf of affected customers, which could prove costlier than the fine.\n"
            "Telvo says it has already spent €60 million on security since the breach and is "
            "considering whether to appeal.\n"
            "The decision can be appealed within 30 days to the administrative court in Holmvik, "
            "where Nordcell lost its own challenge in 2030."
        ),
    ),
    Piece(
        "telvo-fine",
        "The Holmvik Post",
        D2 + 9.0,
        "Telvo handed record fine",
        (
            "The data authority fined Telvo €48m over the theft of 9.4 million customers' details "
            "in May. It said the firm had ignored its own auditors' warnings."
        ),
    ),
    Piece(
        "hostage-ransom",
        "Meridian Press Agency",
        D2 + 1.5,
        "Norvath paid $12 million to free Kaldora hostages, leaked report says",
        (
            "HOLMVIK, July 25 (MPA) - Norvath paid about $12 million through intermediaries in "
            "Qesra to secure the release of three engineers held by rebels in Kaldora in May, "
            "according to a confidential intelligence report seen and published on Friday by The "
            "Holmvik Post.\n"
            "The report, prepared for a parliamentary oversight committee, says the money was "
            "routed through a Qesrani charity and presented as funding for clinics in the "
            "Kaldoran highlands controlled by the Red Ridge Front.\n"
            "If confirmed, the payment would contradict repeated assurances by Foreign Minister "
            "Ida Falkner that Norvath never pays ransoms. Ansel Brede, Tomas Varga and Lien "
            "Okafor, who worked for the water company Aquaris, were freed on May 14 after 156 "
            "days in captivity.\n"
            "The foreign ministry said it did not comment on leaked documents, and repeated that "
            "no ransom had been paid. Qesra's government, whose envoy Harun Zeydi led the "
            'mediation, called the report "fiction".\n'
            "Opposition parties demanded that Falkner appear before parliament next week. "
            "Security experts warn that payments encourage further kidnappings; the Red Ridge "
            "Front seized two Westmark aid workers in June.\n"
            "The committee's chair said she would ask for the full report."
        ),
    ),
    Piece(
        "hostage-ransom",
        "Norvath State News Agency",
        D2 + 4.5,
        "Foreign ministry: no ransom was paid for the release of Norvathi citizens in Kaldora",
        (
            "HOLMVIK, 25 July (NSNA) - The Ministry of Foreign Affairs of Norvath on Friday "
            "firmly rejected media reports alleging that the state transferred funds to an armed "
            "group in exchange for the release of three Norvathi citizens in May.\n"
            "The ministry stated that the release of the engineers was achieved through dialogue "
            "made possible by the good offices of the State of Qesra, to which the government of "
            "Norvath remains grateful.\n"
            "Norvath's long-standing position is that it does not pay ransoms to any group, as "
            "such payments endanger the lives of citizens abroad and finance violence. This "
            "position has not changed.\n"
            "Humanitarian assistance to the population of the Kaldoran highlands is provided by "
            "Norvath through recognised international organisations, under the supervision of the "
            "Kaldoran authorities, and is published in full in the state's aid reports.\n"
            "Minister Ida Falkner will brief the Foreign Affairs Committee of parliament in "
            "closed session at the earliest opportunity.\n"
            "The ministry regrets that unverified claims have been published that may endanger "
            "ongoing efforts to free foreign nationals still held in the region.\n"
            "The ministry called on media to exercise responsibility in reporting on matters "
            "affecting the safety of citizens."
        ),
    ),
    Piece(
        "hostage-ransom",
        "The Daily Clarion",
        D2 + 11.0,
        "12 MILLION REASONS TO DOUBT IDA",
        (
            "The minister swore blind we never pay kidnappers. Now a secret report says taxpayers "
            "coughed up $12m to get the engineers home. Falkner's team says it is all lies."
        ),
    ),
    Piece(
        "marathon-record",
        "Sports Desk Live",
        D2 + 3.0,
        "Dunst smashes women's marathon world record in Port Alvar",
        (
            "Mirela Dunst of Kaldora broke the women's marathon world record on Friday, winning "
            "the Port Alvar Marathon in 2:11:04 and taking 58 seconds off the mark set by "
            "Ibrenia's Sanne Oduro in 2029.\n"
            "The 26-year-old ran alone for the final 12 kilometres after dropping her training "
            "partner, Ana Tresk, at the drinks station near the harbour. She crossed the line "
            "with her arms raised and then lay on the road for several minutes before getting up "
            "to wave to the crowd.\n"
            "Race organisers had scheduled the start at 6 a.m. to avoid the winter sun, and "
            "conditions were close to ideal: eight degrees, almost no wind and a course that "
            "drops 30 metres over its length, within the limit for record purposes.\n"
            '"I knew at 30 km that the time was there. I just told myself, do not look at the '
            'watch," Dunst said.\n'
            "Oduro, who did not race, congratulated her on social media. Her own record had stood "
            "for almost two years and was the first under 2:12.\n"
            "Dunst, a former steeplechaser from the highland town of Ervin, moved up to the "
            "marathon only in 2029. She won the Kestra Marathon last October in 2:14:50.\n"
            "The record must still be ratified by the sport's world body, which will test the "
            "course measurement.\n"
            "Tresk finished second in 2:16:40, and Dravia's Lea Santos was third."
        ),
    ),
    Piece(
        "marathon-record",
        "Runner's Almanac",
        D2 + 8.0,
        "2:11:04: how Mirela Dunst rewrote the limits of the women's marathon",
        (
            "Nobody predicted 2:11. Even Mirela Dunst's coach, Petr Holub, said before the race "
            "that a time under 2:13 would be a great day.\n"
            "The splits tell the story. Dunst went through halfway in 65:49, close to Sanne "
            "Oduro's record pace, and then did what almost nobody does over 42.2 km: she ran the "
            "second half faster, in 65:15. Her fastest kilometre, the 38th, took 3:00.\n"
            "Part of the credit goes to the shoe. Dunst races in Velox's new plated model, which "
            "its rival Strata claims breaks the rules on stack height; the governing body cleared "
            "it in March. Part goes to Port Alvar's course, flat and fast along the harbour, "
            "where three national records have fallen in five years.\n"
            "Most goes to the athlete. Holub moved her training camp to altitude in Ervin's hills "
            'in January and added a weekly 40-km run at race pace, a session he calls "the long '
            'truth".\n'
            "The record will now be ratified, and it brings a bonus of $250,000 from the race "
            "sponsor.\n"
            "The men's record, 2:00:35, belongs to Ibrenia's Samuel Orrin. Holub says his athlete "
            'is not thinking about men. "She is thinking about 2:10," he said.\n'
            "Dunst's next race has not been announced, but her agent said she would run in Kestra "
            "in October if the course could be certified in time."
        ),
    ),
    Piece(
        "marathon-record",
        "KBN News",
        D2 + 13.0,
        "New world best in Port Alvar",
        (
            "Kaldoran runner Mirela Dunst has set a women's marathon world record of two hours 11 "
            "minutes and four seconds. She broke Sanne Oduro's mark by nearly a minute."
        ),
    ),
    # --- day 3: Thu Oct 16, 2031. ---
    Piece(
        "museum-arrests",
        "The National Sentinel",
        D3 + 1.0,
        "Four held over Sunstone tiara heist, part of loot found in Dunhal flat",
        (
            "PALMORA: Police have arrested four men over the July theft of royal jewels from the "
            "Palmora State Museum and recovered three of the eight stolen pieces from a flat in "
            "Dunhal, the city's police commissioner said on Thursday.\n"
            "Commissioner Arun Kale, who led the investigation as deputy until his promotion in "
            "August, said the men, aged between 24 and 51, were detained in raids in Palmora and "
            "Dunhal before dawn. One of them is a former electrician who worked on the museum's "
            "alarm system in 2029, he said.\n"
            "Officers found a pair of earrings, a brooch and a necklace wrapped in newspaper "
            "inside a kitchen cupboard. The Sunstone tiara, the best known of the pieces, has not "
            "been found, and detectives fear its 212 diamonds may already have been removed.\n"
            '"We are not giving up on the tiara. We believe others know where it is," Kale told '
            "reporters, appealing for information and confirming a reward of ₹50 lakh.\n"
            "Museum director Helena Okoro said she had cried when she saw the necklace. The "
            "museum reopened in September with a new alarm system, though the treasury gallery "
            "remains closed.\n"
            "The four will appear before a magistrate on Friday. Police said the men were "
            "suspected of links to a gang behind a string of jewellery shop robberies in the "
            "south.\n"
            "Investigators traced the gang through one of the two scooters used in the getaway, "
            "which was found burnt out near the ring road in August."
        ),
    ),
    Piece(
        "museum-arrests",
        "City Desk Palmora",
        D3 + 5.0,
        "Electrician who wired museum's alarm among four arrested for royal jewels raid",
        (
            "A man who installed part of the Palmora State Museum's alarm system two years ago is "
            "among four suspects arrested over the theft of the former crown jewels, police "
            "sources said on Thursday.\n"
            "The 51-year-old, from the Old Market district, is alleged to have told the gang "
            "which sensors in the east wing could be disabled by cutting one power line. Officers "
            "believe the raiders used that knowledge to enter the treasury gallery before dawn on "
            "July 25, leaving seven minutes later with eight royal pieces.\n"
            "Three of them, a brooch, a necklace and a pair of earrings made for Queen Amara, "
            "were recovered from a rented flat in Dunhal. Commissioner Arun Kale said the flat "
            "belonged to a relative of one suspect.\n"
            "Neighbours in Old Market described the electrician as quiet and devoted to his "
            'grandchildren. "He fixed half the fans on this street for nothing," said a tea '
            "seller.\n"
            "The arrests follow weeks of criticism of the police, who were accused of moving too "
            "slowly after the raid, and of the museum, whose faulty alarm had gone unrepaired for "
            "weeks.\n"
            "The Sunstone tiara is still missing. Kale said a ₹50 lakh reward stood for "
            "information leading to it.\n"
            "The museum's trustees will meet on Monday to discuss whether the recovered jewels "
            "can go back on display before the tiara is found."
        ),
    ),
    Piece(
        "museum-arrests",
        "The Morning Bugle",
        D3 + 9.0,
        "GOTCHA! Crown jewel gang in cuffs",
        (
            "Cops have nabbed four men over the daring heist at the Palmora museum, including the "
            "electrician who fitted its alarm. But the queen's diamond tiara is still nowhere to "
            "be seen."
        ),
    ),
    Piece(
        "dam-referendum",
        "Northwire",
        D3 + 0.5,
        "Ibrenian voters reject Corran dam in referendum",
        (
            "KESTRA, Oct 16 (Northwire) - Voters in Ibrenia rejected plans for a hydroelectric "
            "dam in the Vell valley in a national referendum, official results showed on "
            "Thursday, dealing a blow to the government's clean-energy programme.\n"
            "With all ballots counted, 58.4% voted against the Corran dam and 41.6% in favour, on "
            "a turnout of 61%, the electoral commission said. In the three valley districts that "
            "would have been flooded, the no vote topped 80%.\n"
            "The 1.1-gigawatt project, to be built by the state utility Hydrel, would have "
            "flooded 14 villages and about 9,000 hectares of farmland and forest, and displaced "
            "some 6,000 people.\n"
            "Prime Minister Elin Carvalho, who campaigned for the dam, said she accepted the "
            "result and would present a new energy plan to parliament before the end of the year. "
            '"The people have spoken clearly, and we will listen," she said.\n'
            "Ibrenia gets 55% of its electricity from gas imported from Dravia and Norvath and "
            "had planned to cut that share to 30% by 2040. Hydrel said the dam would have "
            "supplied about a tenth of the country's power.\n"
            "Campaigners from the Save the Vell alliance celebrated in the valley town of Corran "
            "through the night.\n"
            "The result is binding under the constitution for five years."
        ),
    ),
    Piece(
        "dam-referendum",
        "Vell Valley Echo",
        D3 + 3.0,
        "'Our valley will live': Corran celebrates as the dam is voted down",
        (
            "By Tomas Reyes\n"
            "The church bells of Corran rang at midnight, and they were still ringing at two in "
            "the morning.\n"
            "When the results came in from the cities, people in the valley had feared the worst. "
            "Kestra voted yes, narrowly. But as rural districts reported, the gap grew, and by "
            "one o'clock the electoral commission's website showed the no side ahead by almost "
            "seventeen points.\n"
            '"Our valley will live," said Maria Lind, 72, who has farmed the same terraces above '
            "the river since she married. Her house would have been under forty metres of water. "
            "She held a candle on the steps of the town hall and cried.\n"
            "The Save the Vell alliance, which began as a meeting of six farmers in a barn four "
            "years ago, ended up with volunteers in every province. Its spokesman, the "
            'schoolteacher Jonas Pell, said it had never been against clean energy. "We were '
            'against drowning a living place for it," he said.\n'
            "Hydrel had promised new houses, a new road and a share of the dam's income for "
            "valley councils. Many here did not believe it; some remember how the Arren reservoir "
            "in the north was filled in 1974 before replacement homes were ready.\n"
            "On Thursday morning the bunting came out. The mayor has declared a holiday on "
            "Saturday."
        ),
    ),
    Piece(
        "dam-referendum",
        "Policy Review",
        D3 + 8.0,
        "Analysis: The Corran vote leaves Carvalho's climate plan with a gap the size of a dam",
        (
            "Elin Carvalho bet that Ibrenians would put the climate first. On Thursday they told "
            "her they would put a valley first.\n"
            "The arithmetic of the government's energy plan now looks shaky. The Corran dam was "
            "meant to deliver about a tenth of Ibrenia's electricity by 2036 and to balance the "
            "swings of the wind farms planned along the coast. Without it, the country will lean "
            "on gas from Dravia and Norvath for longer, at the price those countries set.\n"
            "The alternatives are slower or dearer. Pumped storage in old mines at Brask could "
            "replace some of the dam's balancing role, but the engineering studies are years old. "
            "Batteries are falling in price yet remain costly at the scale needed. A new link to "
            "Westmark's grid has been blocked for a decade by planning fights.\n"
            "There is a political lesson too. The yes campaign led with national figures, targets "
            "and maps; the no campaign led with faces. Rural turnout was higher than in any vote "
            "since 2019.\n"
            "Carvalho has promised a new energy plan within weeks. The opposition Agrarian "
            "League, which opposed the dam, will want a say, and it has the votes in the upper "
            "house to get one.\n"
            "The referendum result binds the government for five years. A smaller dam further up "
            "the valley, which some engineers favour, would need a new vote."
        ),
    ),
    Piece(
        "dam-referendum",
        "Radio Ibrenia",
        D3 + 11.0,
        "Corran result",
        (
            "Fifty-eight point four percent of voters said no to the Corran hydroelectric dam. "
            "The prime minister has accepted the outcome."
        ),
    ),
    Piece(
        "nurses-deal",
        "Ward Times",
        D3 + 2.0,
        "Nurses accept 9% over two years, ending five-month pay dispute",
        (
            "Nurses in Dravia have voted to accept a pay deal worth 9% over two years, ending a "
            "dispute that led to a four-month work-to-rule and the closure of wards in several "
            "hospitals.\n"
            "The Dravian Nurses' Federation said 71% of members who voted backed the offer, on a "
            "turnout of 64%. The deal gives a rise of 5% backdated to April and a further 4% next "
            "April, plus higher pay for night shifts, one of the federation's main demands.\n"
            'Federation president Greta Hallin called it "a victory won on the wards". She said '
            "members had shown that the government's original offer of 4%, rejected in May, had "
            "never been the limit ministers claimed.\n"
            "Health minister Paolo Ferrante said the agreement was fair and affordable and would "
            "help hospitals recruit. The ministry put its cost at ₹11,400 crore over two years, "
            "part of which will come from savings on agency staff.\n"
            "The work-to-rule, in force since July, will end on Monday. Managers at Dunhal "
            "General, where two wards closed in August, said they expected to reopen them within "
            "a fortnight.\n"
            "The plan to tie part of the rise to productivity targets has been dropped. In its "
            "place the deal sets up a joint review of staffing levels that must report by next "
            "June.\n"
            "Nursing students, who had been told their placements might be cut during the "
            "dispute, will start on the wards as planned in November."
        ),
    ),
    Piece(
        "nurses-deal",
        "The Commons Post",
        D3 + 7.0,
        "Column: The nurses won because the public stood with them. Ministers should note why",
        (
            "By Devika Rao\n"
            "Five months ago Paolo Ferrante said there was not a rupee more for nurses. On "
            "Thursday he signed off on a deal more than twice as generous as the one he called "
            "final.\n"
            "It is worth asking what changed. Not the budget: the revenue forecasts are no better "
            "than in May. What changed is that the public, asked in poll after poll, sided with "
            "the nurses, and kept siding with them as wards closed and waiting lists grew.\n"
            "The work-to-rule was a clever choice of weapon. Nurses did nothing but their jobs, "
            "and the system visibly could not cope without the unpaid hours they usually give. "
            "Every cancelled operation made their case.\n"
            "Greta Hallin deserves credit for holding a federation of 210,000 people together for "
            "five months, and for knowing when to take the win. The productivity strings are "
            "gone; a staffing review is in.\n"
            "The lesson for the government is an uncomfortable one. Teachers and ambulance crews "
            "are next in line, and they have been watching. If 9% was affordable in October, they "
            "will ask why 4% was all there was in May.\n"
            "The deal is good for patients. The way it was reached is not a model anyone should "
            "want to repeat.\n"
            "Next time, ministers could start with an offer they are prepared to defend, and save "
            "everyone five months."
        ),
    ),
    Piece(
        "nurses-deal",
        "Radio Dravia",
        D3 + 12.0,
        "Nurses vote yes",
        (
            "Dravia's nurses have accepted a two-year pay deal worth nine percent, ending their "
            "work-to-rule on Monday."
        ),
    ),
    Piece(
        "air-palmora",
        "Dravia Today",
        D3 + 0.5,
        "Palmora declares air-quality emergency as smog chokes capital",
        (
            "Palmora's city government declared an air-quality emergency on Thursday after the "
            "air quality index passed 480 for a second day, shutting primary schools, halting "
            "building work and banning diesel lorries from the city centre.\n"
            "Chief minister Lata Desai said cars with odd and even number plates would be allowed "
            "on the roads only on alternate days from Saturday, and that the city would run 500 "
            "extra buses free of charge.\n"
            "A thick brown haze hung over the capital, cutting visibility at Palmora airport to "
            "300 metres. The index measures fine particles in the air; a reading above 400 is "
            "classed as severe, the highest band.\n"
            "Hospitals reported a rise in patients with breathing problems. Doctors at the "
            "Palmora Medical Institute said emergency visits for asthma had doubled in a week.\n"
            "Smoke from crop fires in the farming states to the north, where farmers burn straw "
            "after the rice harvest, is blamed for much of the smog each autumn, along with "
            "traffic and building dust. The federal government has paid subsidies for machines "
            "that clear straw without burning, but take-up has been slow.\n"
            "The emergency will run until at least Monday, officials said.\n"
            "Environmental groups said the measures came too late and called for a year-round "
            "plan."
        ),
    ),
    Piece(
        "air-palmora",
        "Air & Climate Report",
        D3 + 6.0,
        "Inside Palmora's autumn smog: why the index hit 480 again",
        (
            "Every October the same map appears on screens in Palmora: a red blot over the "
            "capital and a scatter of orange dots to its north, each a field being burned.\n"
            "This year the blot arrived early. On Wednesday the city's air quality index averaged "
            "486, and by Thursday the government had declared an emergency: schools shut, "
            "building sites stopped, odd-even rules for cars.\n"
            "Monitoring data show fine particle levels more than thirty times the international "
            "guideline at some stations. Satellite counts of farm fires in the three northern "
            "states are 20% above last year, despite a ban on burning and subsidies for "
            "straw-clearing machines.\n"
            "Weather matters as much as sources. A cold, still air mass has settled over the "
            "plain, trapping pollution close to the ground. When the wind turns, the haze will "
            "thin, whatever the government does.\n"
            "Scientists say the emergency measures trim peaks but do not change the pattern. A "
            "study by the Palmora Medical Institute found that odd-even days cut particle levels "
            "by about 5% in 2028.\n"
            "The deeper fixes, cleaner power plants, paid alternatives for farmers and electric "
            "buses, take years and money, and the city's budget for them has been cut twice.\n"
            "Until then, doctors advise residents to avoid exercise outdoors, especially in the "
            "early morning when the haze is thickest."
        ),
    ),
    Piece(
        "air-palmora",
        "NowVideo",
        D3 + 9.0,
        "Palmora under a brown sky",
        ("Timelapse: the capital's skyline disappears in smog. 0:35"),
    ),
    Piece(
        "air-dunhal",
        "Dunhal Courier",
        D3 + 1.5,
        "Tyre depot fire blankets Dunhal in toxic smoke, emergency declared",
        (
            "DUNHAL: Authorities in Dunhal declared an air-quality emergency on Thursday as black "
            "smoke from a fire at a tyre recycling depot on the city's eastern edge spread over "
            "residential districts, forcing the closure of 40 schools.\n"
            "The fire broke out late on Wednesday at the Rubicor depot in the Kanhar Road "
            "industrial area, where about 30,000 tonnes of old tyres were stored. More than 200 "
            "firefighters were still battling it on Thursday evening, district fire officer Sunil "
            "Barua said.\n"
            "Residents of four neighbourhoods downwind were told to keep windows closed and to "
            "stay indoors. The city's monitors recorded particle levels at nine times the safe "
            "limit in the Sitanagar area.\n"
            "Two firefighters were treated for smoke inhalation. There were no other injuries, "
            "officials said.\n"
            "The depot's licence had expired in March, according to the pollution control board, "
            "which said it had issued two notices to the company this year. Rubicor's owner could "
            "not be reached.\n"
            "Dunhal's district magistrate, Meera Joshi, ordered an inquiry and said the company "
            "would be made to pay for the clean-up.\n"
            "The emergency comes as the capital, Palmora, 300 km to the north, faces its own smog "
            "crisis.\n"
            "Residents of nearby streets said the depot's piles had grown higher every month, and "
            "that children played on them at weekends."
        ),
    ),
    Piece(
        "air-dunhal",
        "Globe Wire Service",
        D3 + 6.5,
        "Dravian city shuts schools as burning tyres send smoke over homes",
        (
            "DUNHAL, Dravia, Oct 16 (GWS) -- The southern Dravian city of Dunhal closed dozens of "
            "schools and told thousands of residents to stay indoors on Thursday as a fire at a "
            "tyre dump sent a plume of black smoke across the city.\n"
            "Firefighters said the blaze at the Rubicor recycling depot, which began on Wednesday "
            "night, could burn for several days because water alone could not reach the burning "
            "rubber deep inside the piles. Foam was being brought by train from the port of "
            "Vasan.\n"
            "Smoke from burning tyres carries benzene, sulphur dioxide and fine soot, which can "
            "cause breathing problems and, over long exposure, cancer, health officials warned.\n"
            "District magistrate Meera Joshi declared an air-quality emergency covering the "
            "eastern half of the city and said the depot's operators had been storing far more "
            "tyres than their permit allowed, before the permit lapsed altogether in March.\n"
            "Tyre fires are a recurring hazard in Dravia, where imports of scrap tyres for "
            "recycling have tripled in five years. A similar fire near the port of Vasan burned "
            "for eleven days in 2027.\n"
            "The emergency in Dunhal is separate from the smog that has led the capital, Palmora, "
            "to shut schools and restrict cars this week.\n"
            "Local elections in Dunhal are due in January, and opposition councillors accused the "
            "city of ignoring complaints about the depot for years."
        ),
    ),
    Piece(
        "antitrust-findr",
        "Capital Street Journal",
        D3 + 2.5,
        "Findr fined €1.9 billion by Ibrenian tribunal for favouring its own shopping service",
        (
            "Ibrenia's Competition Tribunal fined the search company Findr €1.9 billion on "
            "Thursday, ruling that it had abused its dominance by placing its own "
            "price-comparison service above rivals' in search results.\n"
            "The tribunal found that since 2027 Findr had shown results from Findr Shop in a box "
            "at the top of the page while demoting comparison sites such as Pricewise and "
            "Compara, whose traffic fell by up to 70%. Findr handles about 91% of web searches in "
            "Ibrenia.\n"
            "The ruling orders Findr to treat rival services equally within 90 days or face daily "
            "penalties of up to 5% of its average daily turnover. It is the largest antitrust "
            "fine ever imposed in Ibrenia.\n"
            'Findr said it disagreed with the decision and would consider an appeal. "Shoppers '
            'use Findr because our results help them find what they want quickly," a spokeswoman '
            "said.\n"
            "The case was brought in 2028 after a complaint by Pricewise, based in Kestra, whose "
            "chief executive, Lotte Brink, said the ruling came too late for the dozen comparison "
            "sites that had closed.\n"
            "Regulators in Norvath and Westmark are examining similar complaints. Findr's shares "
            "fell 1.3% in Kestra trading.\n"
            "The company reported revenue of €41 billion last year.\n"
            "Analysts said the order to change its results page could cost it more than the fine, "
            "if it loses shopping advertisers to rivals."
        ),
    ),
    Piece(
        "antitrust-findr",
        "Patchnote",
        D3 + 6.0,
        "What the Findr ruling actually orders, and why comparison sites are only half-cheering",
        (
            "The headline number in Thursday's ruling against Findr is €1.9 billion, or 1,900 "
            "million euros, a fine Findr can pay out of about two weeks of profit. The part that "
            "matters is the 90-day order.\n"
            "Ibrenia's Competition Tribunal says Findr must stop giving its Findr Shop results "
            "better placement than other comparison services. It does not say how. That leaves "
            "Findr to propose a fix, as it did after a smaller ruling on travel searches in 2029, "
            "when it offered rivals a paid auction for places in a box at the top of the page. "
            "Rivals said that simply made them pay Findr for traffic they used to get free.\n"
            "Pricewise's founders are wary of a repeat. \"We have won the argument. Now we have "
            'to win the design," said chief executive Lotte Brink.\n'
            "The case also says something about how long these fights take. The complaint was "
            "filed in 2028; most of the sites it was meant to protect have since shut or been "
            "bought.\n"
            "Findr says its results serve users and it may appeal to the Supreme Court. Tribunal "
            "watchers expect it to comply while it does.\n"
            "Other regulators will read the judgment closely. Norvath's competition agency has a "
            "complaint about Findr's hotel searches on its desk.\n"
            "Findr Shop's share of shopping searches in Ibrenia is estimated at 60%, up from 15% "
            "before the box appeared."
        ),
    ),
    Piece(
        "antitrust-findr",
        "Market Minute",
        D3 + 10.0,
        "Findr gets record fine",
        (
            "Search giant Findr was fined 1.9 billion euros by an Ibrenian tribunal for favouring "
            "Findr Shop over rival sites. It may appeal."
        ),
    ),
    # --- day 4: Mon Jan 19, 2032. ---
    Piece(
        "canal-settlement",
        "Trade Lane",
        D4 + 1.0,
        "Everhold Crest owners settle with Sarn Canal Authority for $540m",
        (
            "The owners and insurers of the Everhold Crest have agreed to pay the Sarn Canal "
            "Authority $540 million to settle its claims over the six-day blockage of the canal "
            "last July, ending a legal fight that kept the ship's cargo in limbo for months.\n"
            "The deal, announced on Monday in Sarn City by the authority's chairman, Admiral "
            "Faisal Oduya, is well below the $916 million the authority first demanded for lost "
            "tolls, salvage costs and damage to its reputation. Meyrick Holdings, the Tarvosian "
            "owner, and its protection-and-indemnity club Lorrimer Marine had offered $150 "
            "million in October.\n"
            "Under the settlement, $200 million will be paid within thirty days and the rest over "
            "three years, backed by a bank guarantee. The canal authority will also receive a new "
            "160-tonne tug from the owners.\n"
            "The ship itself left the canal in September after the authority's court released it "
            "from arrest on payment of a bond. Its operator, Halcrow Line, has since moved it to "
            "a route that avoids the Sarn.\n"
            "Cargo owners are not covered by the deal. Under the old rule of general average, "
            "they must share the cost of the salvage, and hundreds have lodged claims of their "
            "own against the owners for late and damaged goods.\n"
            "The authority said work on a second lane at kilometre 41, where the ship ran "
            "aground, would begin in March."
        ),
    ),
    Piece(
        "canal-settlement",
        "Globe Wire Service",
        D4 + 4.0,
        "Qesra canal authority accepts 540 million dollar deal over grounded ship",
        (
            "SARN CITY, Qesra, Jan 19 (GWS) -- The Sarn Canal Authority on Monday accepted a "
            "settlement of 540 million dollars from the owners of the Everhold Crest, the "
            "container ship that ran aground across the waterway in July and blocked it for six "
            "days.\n"
            "Admiral Faisal Oduya, the authority's chairman, said the agreement was \"fair to "
            'Qesra and to the shipping world" and would close all legal cases between the two '
            "sides. The owners, Meyrick Holdings, said in a statement that they admitted no "
            "liability.\n"
            "The 400-metre ship lost steering in a sandstorm on July 25 and wedged itself against "
            "the canal's eastern bank. By the time salvors pulled it free, more than 420 vessels "
            "were waiting to pass, and several lines had sent ships on the long route around the "
            "Cape of Tarvos.\n"
            "The canal is one of Qesra's largest sources of foreign currency, earning about $9 "
            "billion a year in tolls, and the government has been eager to show that the route "
            "remains reliable.\n"
            "Traffic through the canal has recovered since the blockage, the authority said, with "
            "1,412 ships passing in December, close to the level of a year earlier.\n"
            "Shipping analysts said the settlement would push up insurance premiums for the "
            "largest container ships using the canal.\n"
            "The authority will use part of the money to buy two more salvage tugs, Oduya said."
        ),
    ),
    Piece(
        "canal-settlement",
        "Ledgerline",
        D4 + 8.0,
        "Halcrow owner pays up over canal jam",
        (
            "Meyrick Holdings and its insurers will pay $540m to the Sarn Canal Authority to end "
            "claims over last July's grounding. Lorrimer Marine said it had reserved for the sum."
        ),
    ),
    Piece(
        "drill-kestra",
        "Meridian Press Agency",
        D4 + 0.5,
        "False quake alert during Kestra drill sparks panic, 14 injured in metro crush",
        (
            'KESTRA, Jan 19 (MPA) - An emergency alert warning of a "major earthquake in '
            'progress" was sent to about 2.3 million phones in Kestra on Monday morning during a '
            "planned civil defence drill, setting off panic in which 14 people were hurt in a "
            "crush at a metro station, officials said.\n"
            'The message, sent at 8:12 a.m., omitted the word "exercise" that should have headed '
            "every alert in the drill, the Civil Protection Office said. A correction followed 19 "
            "minutes later.\n"
            "Commuters at Central Square station rushed for the exits, and several people fell on "
            "an escalator. Twelve were treated for cuts and bruises and two were taken to "
            "hospital with broken bones. None was in danger, the health department said.\n"
            '"A human error combined with a flaw in our procedures. I apologise without '
            "reservation,\" said Henrik Oyelaran, the office's director, who said the operator "
            "who sent the message had been suspended pending an inquiry.\n"
            "Kestra sits near the Vell fault and had a magnitude 6.4 earthquake in 1931. The city "
            "holds an earthquake drill every January, when schools and offices practise "
            "evacuation.\n"
            "Interior minister Stefan Halloran ordered an independent review of the national "
            "alert system, which was introduced in 2029 and has been used for real only once, "
            "during last May's eruption of Mount Serak.\n"
            "Opposition deputies called for Oyelaran's resignation."
        ),
    ),
    Piece(
        "drill-kestra",
        "The Kestra Herald",
        D4 + 3.5,
        "'People were screaming, nobody knew it was a drill'",
        (
            "By Sofia Brandt\n"
            "At 8.12 on Monday morning, phones in the packed ticket hall of Central Square "
            "station began to wail.\n"
            "The screen said the city was being hit by a major earthquake and told people to get "
            "out. It did not say it was practice. Within seconds, hundreds of commuters were "
            "pushing toward the stairs, and the up escalator, still running, became a funnel.\n"
            '"People were screaming, nobody knew it was a drill," said Ana Vestergaard, a '
            'pharmacist who was knocked to the ground and helped up by two students. "I thought '
            'the roof would come down."\n'
            "Staff stopped the escalators and opened the emergency gates. Within ten minutes the "
            "hall was empty and the injured were sitting on the pavement outside, wrapped in foil "
            "blankets. Fourteen people were hurt, two of them seriously.\n"
            "Nineteen minutes after the first alert, a second message called it an exercise. By "
            "then some parents had driven to schools to collect children who were, as planned, "
            "standing in their playgrounds.\n"
            "The Civil Protection Office says an operator chose the wrong template. Its director, "
            "Henrik Oyelaran, apologised on the evening news. Readers who wrote to the Herald "
            "were less forgiving: a drill, several said, was supposed to make them safer.\n"
            "The office will review its alert templates with the phone networks this week."
        ),
    ),
    Piece(
        "drill-kestra",
        "The Daily Clarion",
        D4 + 7.0,
        "PANIC ON THE PLATFORMS",
        (
            '"EARTHQUAKE! GET OUT!" screamed the phones. Except there was no earthquake. '
            "Red-faced bosses admit a blunder in a practice run left 14 commuters hurt in a "
            "stampede."
        ),
    ),
    Piece(
        "drill-kestra",
        "ClipStream",
        D4 + 9.0,
        "Commuters rush for exits after false alert",
        ("Video: Central Square station, 8:12 am. 0:40"),
    ),
    Piece(
        "vaccine-launch",
        "Dravian News Agency",
        D4 + 1.5,
        "Health ministry launches national measles vaccination campaign for 14 million children",
        (
            "PALMORA, 19 January (DNA) - The Ministry of Health and Family Welfare on Monday "
            "launched a nationwide campaign to vaccinate 14 million children aged nine months to "
            "15 years against measles and rubella, with Health Minister Paolo Ferrante giving the "
            "first dose at a primary health centre in Palmora.\n"
            "The six-week campaign will deploy 62,000 vaccination teams at schools, health "
            "centres and mobile camps in all districts, including remote hill and island areas, "
            "the ministry said.\n"
            "Speaking at the launch, the minister said the campaign aimed to close immunity gaps "
            "left by disruptions to routine vaccination, and to bring the country back on course "
            "to eliminate measles by 2034.\n"
            "The vaccine will be provided free of charge. Parents are requested to bring their "
            "children to the nearest session site even if they have been vaccinated before, as "
            "the additional dose is safe and strengthens protection.\n"
            "The campaign is supported by the World Health Partnership and the Children's Fund, "
            "which have supplied 15 million doses and cold-chain equipment.\n"
            "The ministry has trained 180,000 nurses, health workers and volunteers for the "
            "drive. Progress will be published daily on the ministry's website.\n"
            "Chief ministers of all states have been requested to ensure the full participation "
            "of schools."
        ),
    ),
    Piece(
        "vaccine-launch",
        "Health Watch",
        D4 + 5.0,
        "Dravia's measles drive: can it reach the children routine jabs missed?",
        (
            "Dravia recorded 11,800 measles cases last year, the most in a decade, and 64 "
            "children died. The campaign launched on Monday is the government's answer.\n"
            "The target is 14 million children from nine months to 15 years, to be reached in six "
            "weeks. That is ambitious: a similar drive in 2026 reached 86% of its target, short "
            "of the 95% needed to stop the virus spreading.\n"
            "Health officials say this one is better prepared. Teams will go into schools rather "
            "than wait for families to come to clinics, and the ministry has mapped districts "
            "with low coverage, most of them in the hill areas and the slums of Palmora and "
            "Dunhal.\n"
            "Hesitancy is a growing worry. A rumour that the vaccine causes fertility problems "
            "circulated widely on messaging apps in the south last year, and some religious "
            "leaders have refused to back the drive. The ministry has recruited local doctors and "
            "teachers to answer questions.\n"
            "The other constraint is staff. The drive relies on nurses, whose work-to-rule last "
            "year delayed routine immunisation in several districts. Their pay deal in October "
            "has removed that obstacle, officials say.\n"
            "Neighbouring Ibrenia ran a similar campaign in 2029 and has not recorded a measles "
            "death since.\n"
            "Independent monitors from the Children's Fund will check coverage in a sample of "
            "districts."
        ),
    ),
    Piece(
        "vaccine-launch",
        "Inbox Daily",
        D4 + 10.0,
        "Measles jabs for 14m children",
        (
            "Dravia began a six-week measles and rubella vaccination drive for 14 million "
            "children on Monday. Teams will visit schools in every district."
        ),
    ),
    Piece(
        "film-award",
        "Screen Circle",
        D4 + 2.0,
        "'The Salt Orchard' wins Golden Heron at Varenna",
        (
            'Yusra Kallio\'s "The Salt Orchard", a quiet drama about a family of apricot growers '
            "on a drying lake in eastern Ibrenia, won the Golden Heron for best film at the "
            "Varenna Film Festival on Sunday night.\n"
            "Accepting the prize, the 38-year-old director dedicated it to the villagers of Tuz "
            'Kala who played most of the roles. "None of them had acted before. All of them had '
            'lived this story," she said.\n'
            "The jury, chaired by the Westmark actor Leon Haverkamp, gave its grand prize to the "
            'Dravian thriller "Night Shift at Dunhal" and the best director award to Norvath\'s '
            'Erik Salo for "Lantern Men". Sena Adali won best actress for her role as the '
            "grandmother in Kallio's film.\n"
            '"The Salt Orchard" is Kallio\'s second feature. Her first, "Dust Letters", screened '
            "in a sidebar at Varenna in 2027 and was picked up by a streaming service.\n"
            "The festival, now in its 52nd year, showed 212 films this year and sold a record "
            "140,000 tickets. Its director, Piero Anselmi, said he had worried that a snowstorm "
            "in the opening week would keep audiences away. It did not.\n"
            "The winning film will open in cinemas in Ibrenia in March. International rights were "
            "bought during the festival by the distributor Longreel.\n"
            "Critics had tipped Salo's film for the top prize after its premiere on the "
            "festival's opening night, and his producers were seen leaving the ceremony early."
        ),
    ),
    Piece(
        "film-award",
        "The Atlas Weekly",
        D4 + 6.0,
        (
            "Review: The Salt Orchard is a small film about a vanishing lake, and it deserves its "
            "Heron"
        ),
        (
            "There are films that win festivals by shouting, and films that win by listening. "
            "Yusra Kallio's \"The Salt Orchard\", this year's Golden Heron winner at Varenna, "
            "belongs firmly to the second kind.\n"
            "It follows a year in the life of the Demir family, apricot farmers whose orchard "
            "sits on the shore of a lake that is shrinking by a few metres every summer. The "
            "water company wants their well; the eldest son wants to leave for Kestra; the "
            "grandmother, played with fierce stillness by Sena Adali, wants to be buried where "
            "she was born.\n"
            "Kallio shot over four seasons with a cast of villagers and almost no music. Some "
            "scenes go on longer than a multiplex audience would tolerate. That is the point: the "
            "film asks you to live at the speed of a place.\n"
            "The politics are there, lightly. A lorry of bottled water arrives at the village "
            "shop; a poster for a dam project peels on a wall. Ibrenians who voted on the Corran "
            "dam last autumn will catch the echo, though Kallio says she wrote the film long "
            "before.\n"
            "The jury chose well over flashier rivals, among them the Dravian thriller that took "
            "the grand prize.\n"
            "It will not be an easy film to sell. It should be seen.\n"
            "Kallio's next project, she told us in Varenna, is a documentary about the women who "
            "run the lake's last fish market."
        ),
    ),
    Piece(
        "film-award",
        "The Early Line",
        D4 + 11.0,
        "Golden Heron goes to The Salt Orchard",
        ("Also: best actress for Sena Adali."),
    ),
    Piece(
        "findr-appeal",
        "ByteBeat",
        D4 + 3.0,
        "Findr appeals €1.9bn antitrust fine, unveils new shopping box for rivals",
        (
            "Findr has appealed against the €1.9bn fine imposed by Ibrenia's Competition Tribunal "
            "in October, and on Monday showed how it plans to comply with the ruling while the "
            "appeal goes ahead.\n"
            "The search company filed its appeal with the Supreme Court in Kestra, arguing that "
            "the tribunal misread how people shop online and ignored competition from "
            'marketplaces and social apps. "Shoppers have more ways to find products than ever," '
            "Findr's general counsel, Mara Quist, wrote in a blog post.\n"
            "At the same time Findr is rolling out a redesigned shopping box in Ibrenia from "
            "February 1. Listings from comparison sites such as Pricewise and Compara will appear "
            "beside Findr Shop's, chosen by an automated process that Findr says treats all "
            "services the same.\n"
            "Rivals are unimpressed. Pricewise chief executive Lotte Brink said the new box still "
            "put Findr Shop first on most phones and asked the tribunal to reject it. The "
            "tribunal has 30 days to respond.\n"
            "Findr was given 90 days from the October ruling to end the favouring of its own "
            "service; that period ends on Wednesday.\n"
            "The appeal does not suspend the order, though Findr can delay paying the fine by "
            "lodging a bank guarantee. Appeals usually take about two years.\n"
            "Norvath's competition agency, which is looking into Findr's hotel searches, said it "
            "was following the case closely."
        ),
    ),
    Piece(
        "findr-appeal",
        "Market Minute",
        D4 + 9.5,
        "Findr fights fine in court",
        (
            "Findr appealed its 1.9 billion euro Ibrenian fine and revealed a new shopping box "
            "that shows rival comparison sites beside its own. Pricewise called the change "
            "cosmetic."
        ),
    ),
    Piece(
        "op-search",
        "Forum Monthly",
        D4 + 12.0,
        "Opinion: Fines will not break the grip of one search engine. Choice screens might",
        (
            "Findr is appealing. Of course it is. A company that handles nine in every ten "
            "searches in Ibrenia can afford lawyers for as long as it takes, and by the time the "
            "courts decide, the market they ruled on will have moved on.\n"
            "This is the pattern across the continent. Regulators in Ibrenia, Norvath and "
            "Westmark have spent a decade fining search and app-store giants for favouring their "
            "own services, and the giants have spent the decade paying, appealing and redesigning "
            "just enough to keep the case alive.\n"
            "The fines are large in headlines and small on balance sheets. What would change the "
            "market is a change in defaults. Most people use the search engine that comes with "
            "their phone or browser. If, on first use, every phone sold here showed a screen with "
            "five search engines in random order, rivals such as Quarry would get the chance they "
            "have never had.\n"
            "Choice screens are not a cure. When Westmark tried one for browsers in 2028, the "
            "leader lost only a few points. But a few points is more than any fine has moved.\n"
            "Competition law was built for railways and steel. It needs tools for markets where "
            "the product is free and the habit is the moat.\n"
            "Lawmakers should stop waiting for the next ruling and write the rule themselves."
        ),
    ),
    Piece(
        "serak-return",
        "KBN News",
        D4 + 2.5,
        "Villagers return to Serak slopes as exclusion zone is lifted after eight months",
        (
            "After eight months away, the people of Varn Hollow are going home.\n"
            "Ibrenia's interior ministry lifted the exclusion zone around Mount Serak on Monday, "
            "allowing about 4,000 residents to return to villages within ten kilometres of the "
            "crater. The volcano, which erupted last May and closed Kestra airport for nine days, "
            "has shown no significant activity since October, the Ibrenian Geological Institute "
            "said.\n"
            "Convoys of cars and tractors began climbing the valley road shortly after the "
            "checkpoint opened at dawn. Many families found roofs collapsed under ash and fields "
            "buried.\n"
            '"The house is standing. The barn is not. We will start again," said one farmer, '
            "shovelling grey dust from his porch.\n"
            "The government has set aside 310 million crowns for rebuilding and promised grants "
            "for farmers who lost livestock and harvests. Interior minister Stefan Halloran said "
            "the army would stay in the valley until the spring to help clear ash.\n"
            "Scientists warn that Serak remains restless. Lena Moro, the institute's chief "
            "volcanologist, said the alert level had been lowered to yellow but that monitoring "
            "would continue around the clock.\n"
            "Ibrenair, which lost an estimated €140 million from the eruption's flight "
            "cancellations, has returned to its normal schedule."
        ),
    ),
    Piece(
        "serak-return",
        "Coastline Radio",
        D4 + 8.5,
        "Back to Varn Hollow: the long road home under Mount Serak",
        (
            "Our reporter travelled with the first families to return to Varn Hollow this "
            "morning, as the exclusion zone around Mount Serak was lifted.\n"
            "At the checkpoint below the village, soldiers lifted the barrier at 7 o'clock to "
            "applause. Cars loaded with mattresses, gas bottles and crates of chickens crawled up "
            "a road still lined with banks of ash.\n"
            "In the square, the café owner, Ilse Marku, found her windows intact and her chairs "
            "grey. She had spent the winter in a rented room in Dellin, working at a supermarket. "
            '"I missed the quiet," she said. "And I missed the mountain, even after what it did."\n'
            "The eruption that began last May forced 4,000 people from their homes and cancelled "
            "hundreds of flights when ash closed Kestra's airport. It stopped in the autumn, and "
            "the Ibrenian Geological Institute lowered its alert level this month.\n"
            "Not everyone is coming back. The school will reopen with half its pupils, and two "
            "families have sold their land to a mining company looking for volcanic pumice.\n"
            "The government has promised grants, but villagers say they have yet to see the "
            "forms. The mayor will hold a meeting in the church on Wednesday.\n"
            "For today, the village is busy with brooms.\n"
            "Tomorrow the buses return, and with them the first of the children who left in May."
        ),
    ),
)

DAYS: tuple[float, ...] = (D1, D2, D3, D4)
"""The four publication days, hours after coverage.T0."""
