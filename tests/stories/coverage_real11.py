"""An eleventh set of multi-outlet coverage of our own: whole articles on still other news.

Written blind, like the fourth to tenth sets: without reading the clustering code or the
texts of the other sets (only their module docstrings, the scoring tests and the helpers of
coverage.py), so it measures briefing on copy it has not been tuned on. The whole set was
written before it was first clustered, and no text was changed after seeing how briefing
clusters it. Every sentence is our own; the countries (Ilvary, Zandria, Vestoria, Tamsk,
Costavera, Quorlan, Kovaria, Veldenor, Marlune), cities, firms, people and all 42 outlets
are made up, and their names were checked against the earlier sets' so that none is shared.

Its form is issue #16's hidden set (383 articles from 94 outlets over real publication
days), as the seventh to tenth sets' is, and its subjects are kinds of news no earlier set
holds: a savings bank's run and seizure, its former chief's arrest and its sale for one
florin; drones that close two airports in two countries on one day; a robotaxi that hits a
cyclist and the regulator that withdraws its permit five months on; a minimum wage rise; a
night train's derailment and the safety board's report; a tanker's oil spill, the fine
for it and an oil find off the same coast between them; a ban on a foreign video app and
the court that lifts it; a king's abdication and his daughter's coronation; a city chosen
to host the Summer Games; a fiction prize; two avalanches in two countries on one day. 70
items from 42 outlets (wires and agencies, a state news agency, national, regional and
local papers, two tabloids' briefs, banking, personal finance, aviation, mobility, labour,
rail, maritime, environment, tech, energy, markets, sport, books, royal and mountain
sites, a broadcaster's radio and video pages, a ministry's notice, a safety board's
report, a company's statement, newsletters and magazines). Two thirds (48) are whole
articles (1,200 to 1,400 characters, six paragraphs) that go past their event's facts into
background, reaction and context: the background names the running topic's earlier events
(the arrest and the sale recall the run; the permit's withdrawal the crash; the report the
derailment; the fine the grounding, and the oil find the spill; the court's ruling the
ban; the coronation the abdication), other countries and rival firms. The rest are 15
briefs of one to three sentences and seven near-empty items (video captions and newsletter
teasers under 100 characters, each labelled with its event). House styles vary: wire
datelines ("CASTRELLE, May 14 (Osprey) -", "WENLOW, Tamsk, July 25 (Osprey) -",
"PALLASTRE (AV) -", "HOCHFELL, Jan 19 (ZPA) -"), a state agency's ("DRAVENHOLD, July 25.
/TAMPRESS/."), an official notice in the ministry's voice, a safety board's findings signed
by its investigator, a company's statement signed by its chief, tabloid capitals;
figures written different ways (4.8 billion florins and Fl4.8bn; 610,000 and 610K; 110,000
and 110K; 12% and 12 per cent; 2.5 million and 2.5m; six million and 6m; 4,000 tonnes and four
thousand tonnes; 210 million euros, €210m and 210m euro; 1.3 billion and 1.3bn barrels; 11
and eleven dead); people in full in one item and by surname or title in another.

The classes of issue #16, each several times:

- paraphrase: headlines that share almost no words ("RUN ON THE BANK!"; "My bank has just
  failed. Can I get my money back?"; "How a sleepy mortgage lender ran out of road"; "'We
  just want to get home'"; "Thirty hours and counting: why airports still cannot stop a
  drone"; "An update on our Quenby service"; "'The carriage turned over and everything went
  dark'"; "A black tide reaches the flamingo lagoon"; "Creators scramble as their audience
  is switched off"; "'Tonight, this city belongs to the world'"; "ROBOCABS BANNED FOR
  GOOD"; "A bargain at one florin, or a poisoned gift?"; "Relatives of the eleven:
  'Someone must answer for this'"; "Long live the queen"), questions and quotes as
  headlines, subjects named only in the lead or body (the tabloids' briefs, the teasers,
  the prize's review);
- one topic, separate events on one day: drones over Ilvary's Marrowby airport and over
  Zandria's Tellick (day 1, each naming the other), avalanches at Zandria's Hochfell and
  on Veldenor's Col de Sarrault (day 4, each naming the other); and, on day 4, Veldenor's
  coronation beside its avalanche, which names the new queen;
- running topics whose events fall on different days months apart, told with the same
  names, so that squashed into one day only words tell them apart: Thornbury's run (day
  1), Oddvar's arrest at Marrowby (day 2) and the sale to Corrow (day 3), all naming
  Thornbury, Oddvar, Brasca and Castrelle; Autolume's crash (day 1) and the lost permit
  (day 3), naming Quenby, Autolume, Ashdown and the Vestoria Road Safety Authority; the
  Northern Star's derailment at Wenlow (day 2) and the board's report (day 4); the Serene
  Dawn's spill (day 2) and Albatross's fine (day 4), with Kaskade's Emberfield find off
  Costavera (day 3) that recalls the spill; the Flikka ban (day 2) and the court's ruling
  (day 4); Casimir's abdication (day 2) and Liane's coronation (day 4); names shared
  across topics (Marrowby's drones and Oddvar's arrest; Kirkhaven's airport and its
  Games bid; Aubermont's prize, coronation and avalanche report);
- features, analysis and opinion: a savers' explainer, an analysis of the bank's fall and
  one of its sale, an analysis of drone defences, a passengers' feature, a labour site's
  explainer of the wage rise, a rail analysis, an environment feature and a shipping
  site's record of the tanker, a creators' feature, a royal analysis and one of the new
  queen, the losing city's story, a review of the winning novel, an energy analysis and a
  snow science explainer are each mainly about their event and carry its label; two
  opinion pieces about a wider debate carry their own labels ("op-wages" on wage floors
  after the rise, day 1; "op-robotaxis" on regulating driverless cars after the permit's
  withdrawal, day 3).

The days (hours after coverage.T0; each day's items within its own UTC date):

- day 1 (Wed May 14, 2031): Thornbury's seizure (five items); Marrowby's drones (four) and
  Tellick's (two); Autolume's crash (three); Vestoria's wage rise (three) and an opinion on
  it;
- day 2 (Fri Jul 25): the Wenlow derailment (five); the Serene Dawn's spill (four); the
  Flikka ban (three); Casimir's abdication (four); Oddvar's arrest (two);
- day 3 (Thu Oct 16): Autolume's permit withdrawn (three); Thornbury sold (three); Vallora
  wins the Games (five); the Ashcombe Prize (three); the Emberfield find (three); an opinion
  on robotaxis;
- day 4 (Mon Jan 19, 2032): the derailment report (three); the spill's fine (three); the
  Hochfell avalanche (three) and the Col de Sarrault's (two); Liane's coronation (three);
  the Flikka ban lifted (two).

Scored by tests/stories/test_coverage_real11.py as issue #16's real coverage is: at the
items' own times, one publication day at a time, and squashed into one heavy day.
"""

from __future__ import annotations

from tests.stories.coverage import Piece
from tests.stories.coverage_real8 import D1, D2, D3, D4  # the eighth set's four days

PIECES: tuple[Piece, ...] = (
    Piece(
        "bank-collapse",
        "Osprey Newswire",
        D1 + 1.5,
        "Ilvary seizes Thornbury Savings Bank as savers queue at branches",
        "CASTRELLE, May 14 (Osprey) - Ilvary's government took control of Thornbury Savings "
        "Bank before dawn on Wednesday, after customers withdrew more than a fifth of its "
        "deposits in three days and the lender told regulators it could not open its doors.\n"
        "Finance minister Orsolya Brasca said every account up to 100,000 florins was "
        "guaranteed by the state and that the bank's 610,000 customers would be able to use "
        "their cards again by Friday. Thornbury held about 4.8 billion florins in deposits at "
        "the end of March.\n"
        "The National Bank of Ilvary said it had lent Thornbury 900 million florins over the "
        "weekend, but the money had run out by Tuesday evening. Governor Tobiasz Grisholm said "
        "the failure did not threaten the wider banking system.\n"
        "Brasca told parliament that the government would look for a buyer for the bank's "
        "branches and healthy loans within months, and that its managers would be investigated.\n"
        "Queues had formed outside branches in Castrelle and the northern towns since Monday, "
        "when a newspaper reported that the bank had lost heavily on loans to property "
        "developers. Chief executive Magnus Oddvar resigned on Tuesday night.\n"
        "Shares in other Ilvarian lenders fell as much as 7% in early trading. Corrow Bank, the "
        "country's largest, said it had seen no unusual withdrawals.",
    ),
    Piece(
        "bank-collapse",
        "The Daily Klaxon",
        D1 + 4.0,
        "RUN ON THE BANK!",
        "Pensioners wrapped in blankets camped outside Thornbury branches all night - only to "
        "find the doors chained shut this morning. One 78-year-old told us: \"Forty years I've "
        'saved there, and now this?"',
    ),
    Piece(
        "bank-collapse",
        "Pocket Finance",
        D1 + 5.0,
        "My bank has just failed. Can I get my money back?",
        "If you bank with Thornbury Savings Bank, you will have woken up to the news that the "
        "state has taken it over. Here is what that means for your savings, your mortgage and "
        "your card.\n"
        "Your savings are protected up to 100,000 florins per person under Ilvary's deposit "
        "guarantee scheme. Joint accounts are covered up to 200,000. If you hold more than "
        "that, you may not get the rest back, or not for years.\n"
        "The finance ministry says cards and online banking will work again by Friday. Until "
        "then, do not try to move money: payments will not go through, and fraudsters are "
        "already sending messages that claim to be from the bank.\n"
        "Mortgage holders do not need to do anything. Your loan is still owed, and your monthly "
        "payment will be taken as usual once the systems come back. Your rate will not change.\n"
        "Savers with money elsewhere should know that the guarantee applies per bank, so "
        "spreading large sums across several lenders is the safest course. Check too whether "
        "your bank shares a licence with another brand, as some do, because then the limit is "
        "shared as well.\n"
        "If you are owed more than the guarantee, write to the administrator and keep a record "
        "of your balance from the last statement. The last time an Ilvarian bank failed, in "
        "2009, larger savers waited six years to get most of their money back.",
    ),
    Piece(
        "bank-collapse",
        "The Deposit Desk",
        D1 + 8.0,
        "How a sleepy mortgage lender ran out of road",
        "For most of its 120 years, Thornbury Savings Bank was the most boring bank in Ilvary, "
        "and proudly so. It took deposits from savers in the northern towns and lent them out "
        "as home loans. Then, a decade ago, it discovered commercial property.\n"
        "Under Magnus Oddvar, who became chief executive in 2022, Thornbury's loans to "
        "developers grew from almost nothing to nearly half of its book. When Castrelle's "
        "office market turned last year, many of those loans stopped paying.\n"
        "The bank's last accounts, published in March, showed Fl4.8bn of deposits against a "
        "loan book that analysts now think was worth far less than stated. Three people who "
        "worked in its credit team told us warnings had been ignored.\n"
        "Regulators are also asking questions of themselves. The central bank's inspectors "
        "visited Thornbury twice last year and raised concerns about how it valued its property "
        "loans, but took no formal action. Grisholm has promised a review of how that decision "
        "was made.\n"
        "What turned a slow problem into a sudden one was speed. Savers could move money from "
        "an app in seconds, and on Monday they did, pulling 1.1 billion florins in a single "
        "day.\n"
        "The government's seizure on Wednesday protects ordinary customers. The question now is "
        "whether a buyer can be found: Corrow Bank has looked at the books before and walked "
        "away.",
    ),
    Piece(
        "bank-collapse",
        "IBV Video",
        D1 + 6.5,
        "Watch: savers locked out",
        "Shutters down at a Thornbury branch in Castrelle as the lender is taken over.",
    ),
    Piece(
        "drones-marrowby",
        "The Castrelle Courant",
        D1 + 2.5,
        "Drone sightings shut Marrowby airport, stranding thousands",
        "All flights in and out of Marrowby airport were suspended on Wednesday after drones "
        "were seen flying near the runway, leaving tens of thousands of passengers stranded at "
        "the height of the spring holidays.\n"
        "Police said the first drone was reported by a pilot at 9.40pm on Tuesday, and that "
        "more than 40 sightings had followed overnight. Each time the runway reopened, another "
        "drone appeared, said Superintendent Ruadh Mossgrave.\n"
        "The airport, which serves Castrelle and handles 110,000 passengers on a busy day, said "
        "it would not resume flights until police were sure the skies were clear. Airlines "
        "cancelled more than 600 flights by lunchtime.\n"
        "At the terminal, passengers queued for hours for information, hotel rooms or a seat on "
        "a bus to other airports. Airlines said they could not say when stranded travellers "
        "would be flown, and the rail operator added extra trains to the southern airport at "
        "Kirkhaven, which was running normally.\n"
        "Army units with equipment to detect and jam drones were being sent from the south, the "
        "defence ministry said. Police said they believed the flights were deliberate and were "
        "searching for the operators in the fields around the perimeter.\n"
        "Ilvary made it illegal to fly drones within 5km of an airport three years ago. Anyone "
        "convicted faces up to five years in prison.",
    ),
    Piece(
        "drones-marrowby",
        "IBV Video",
        D1 + 3.5,
        "Video: Marrowby runway empty",
        "Planes parked and departure boards full of red at Marrowby this morning.",
    ),
    Piece(
        "drones-marrowby",
        "Runway Report",
        D1 + 7.0,
        "Thirty hours and counting: why airports still cannot stop a drone",
        "Marrowby's runway has been closed since Tuesday night, and by the time it reopens the "
        "shutdown may well have passed 30 hours. How can a toy costing a few hundred florins "
        "ground one of Ilvary's busiest airports?\n"
        "The short answer is that airports are built to stop people, not small flying objects. "
        "Radar tuned for aircraft struggles to see something the size of a dinner plate, and a "
        "drone flown in bursts from the dark is hard to track.\n"
        "Systems that detect drones by their radio signals exist, and the army is bringing some "
        "to Marrowby. But jamming the signal near an airport risks interfering with aircraft, "
        "and shooting a drone down over crowds is dangerous.\n"
        "Once a pilot reports a sighting, safety rules leave an airport little choice. It must "
        "stop flights until the sky is clear, and a drone operator who wants to cause chaos "
        "only needs to appear again every few hours.\n"
        "Some airports have tried trained birds of prey and nets fired from other drones, with "
        "mixed results. The most reliable tools remain the oldest: finding the person holding "
        "the controller, which in open country at night can take days.\n"
        "The cost is large. Airlines estimate lost revenue and passenger care at Marrowby at 12 "
        "million florins a day, and the 110K travellers a day who pass through will remember "
        "it. Several airports said they would review their own plans this week.",
    ),
    Piece(
        "drones-marrowby",
        "Ilvary Evening Post",
        D1 + 10.5,
        "'We just want to get home'",
        "Families slept on the floor of Marrowby's departure hall for a second night on "
        "Wednesday as the drones that closed Ilvary's second airport kept reappearing over the "
        "runway.\n"
        '"We were supposed to be home yesterday. The children have school tomorrow," said Petra '
        "Lowe, who had been due to fly back from a holiday with her three sons. Airport staff "
        "handed out blankets and water, but the cafes had run out of food by the afternoon.\n"
        "Airlines put on extra staff, but many passengers said they had been given no "
        "information at all. Some paid hundreds of florins for taxis to other airports, while "
        "others tried to book trains that were full by mid-morning. Hotels near the airport "
        "were fully booked by lunchtime.\n"
        "Police said they had questioned two people found near the perimeter fence but released "
        "them. Superintendent Mossgrave said officers had seen one drone with lights and one "
        "without, and believed a group was involved.\n"
        "In the evening, news that Zandria's Tellick airport had also halted flights after a "
        "drone sighting raised fears of copycats. Transport minister Kaspar Holm said Ilvary "
        "would share information with its neighbour.\n"
        "The airport said it hoped to allow some departures on Thursday morning if army "
        "equipment confirmed that the airspace was clear.",
    ),
    Piece(
        "drones-tellick",
        "Agence Veritane",
        D1 + 9.0,
        "Zandria halts Tellick flights after drone seen near runway",
        "PALLASTRE (AV) - Flights at Tellick airport, the main gateway to the Zandrian capital, "
        "were halted for about two hours on Wednesday evening after an air traffic controller "
        "reported a drone close to the runway, the airport operator said.\n"
        "The sighting came as Ilvary's Marrowby airport, some 300 kilometres to the north, "
        "remained closed for a second day because of repeated drone flights that have stranded "
        "thousands of travellers there.\n"
        "Zandria's transport minister Yelena Petrakis said police had searched the area around "
        'Tellick with a helicopter but found nothing. "We are not going to take risks. If a '
        'drone is seen, we stop," she told reporters.\n'
        "Airlines at Tellick said they had sent passengers on to the capital by coach from two "
        "smaller airports, and that most would reach their destinations by midnight. The "
        "disruption was small beside the scenes in Ilvary, but it was the first time a drone "
        "had shut Tellick's runway, an airport spokesman said.\n"
        "Eleven arriving flights were sent to other airports, and around 4,000 passengers were "
        "affected, the operator said. Departures resumed shortly after 10pm local time.\n"
        "Zandrian police said there was no evidence yet of a link with the Marrowby incident, "
        "but that they were in contact with Ilvarian investigators. Security experts warned "
        "that wide coverage of a drone attack can inspire imitators.",
    ),
    Piece(
        "drones-tellick",
        "Zandrian Press Association",
        D1 + 12.0,
        "Tellick flights resume after two-hour halt",
        "Tellick airport reopened late on Wednesday after a drone sighting stopped flights, the "
        "operator said. Eleven inbound planes were diverted. Police found no operator.",
    ),
    Piece(
        "robotaxi-crash",
        "Quenby Gazette",
        D1 + 1.0,
        "Driverless car strikes cyclist on Harbour Road",
        "A cyclist was seriously injured on Harbour Road late on Tuesday when she was hit by "
        "one of the driverless taxis that have been carrying passengers around Quenby since "
        "last autumn.\n"
        "Police said the vehicle, operated by Autolume, had no passengers on board and was "
        "travelling at about 40km/h when it struck the woman at the junction with Mill Street. "
        "She was taken to St Osric's hospital with head and leg injuries.\n"
        'Witnesses said the car did not appear to slow down. "She had a green light. The car '
        'just kept going," said Dario Kettering, who was waiting at the crossing and called an '
        "ambulance.\n"
        "The trial has been popular with many residents, who can summon a car from an app at a "
        "price about a third below that of a normal taxi, but it has divided the city council. "
        "Critics say the cars block bus lanes and that residents were never asked whether they "
        "wanted them.\n"
        "Autolume has run a fleet of 300 robotaxis in Quenby under a trial permit from the "
        "Vestoria Road Safety Authority. Until now, its cars had been involved in only minor "
        "scrapes.\n"
        "The company said it was working with police and would share the car's camera and "
        "sensor data. City councillors who opposed the trial called for the fleet to be taken "
        "off the road until the investigation is complete.",
    ),
    Piece(
        "robotaxi-crash",
        "Mobility Insider",
        D1 + 6.0,
        "Autolume pulls entire robotaxi fleet after cyclist crash in Quenby",
        "Autolume suspended all 300 of its driverless taxis in Quenby on Wednesday, hours after "
        "one of its cars hit and badly injured a cyclist, in the most serious setback yet for "
        "Vestoria's autonomous vehicle trials.\n"
        'In a short statement, chief executive Linnea Ashdown said the company was "pausing '
        'operations out of caution" while engineers examined why the vehicle failed to stop. '
        "She did not say when the service would resume.\n"
        "People familiar with the investigation said early data suggested the car's software "
        "had detected the cyclist but classified her wrongly as a stationary object. Autolume "
        "declined to comment on that account.\n"
        "The halt is a blow to a company that raised 900 million marks from investors last year "
        "on the promise of expanding to three more cities in 2032. Rival services in Zandria "
        "and Ilvary are still testing with safety drivers on board.\n"
        "Industry analysts said the crash could set back plans for driverless services across "
        "the region. Vestoria has been one of the most open countries to the technology, "
        "letting companies carry paying passengers without a human in the car since 2029, a "
        "policy that critics now say went too far, too fast.\n"
        "The Vestoria Road Safety Authority, which granted Autolume's permit, said it had "
        "opened its own inquiry and could suspend or withdraw the licence.",
    ),
    Piece(
        "robotaxi-crash",
        "Autolume",
        D1 + 11.0,
        "An update on our Quenby service",
        "Last night, one of our vehicles was involved in a collision with a person riding a "
        "bicycle in Quenby. Our thoughts are with her and her family, and we are doing "
        "everything we can to support them.\n"
        "As a precaution, we have paused all rides in Quenby while we review what happened. "
        "Riders with bookings will receive a full refund, and our support team is available "
        "around the clock.\n"
        "We are cooperating fully with the Quenby police and the Vestoria Road Safety "
        "Authority. We have given investigators the complete record of the vehicle's sensors "
        "and software from the moments before the collision.\n"
        "Our team of engineers is examining every second of the vehicle's data to understand "
        "why it did not stop. We will not speculate before that work is complete, and we will "
        "tell the public what we find, including anything that went wrong with our own systems. "
        "We are also reviewing the routes our vehicles drive at night.\n"
        "Safety is the reason Autolume exists. Our vehicles have driven more than 9 million "
        "kilometres in Quenby, and we take this event with the utmost seriousness. We will "
        "share what we learn.\n"
        "We will only resume service when we are confident it is right to do so. Linnea "
        "Ashdown, Chief Executive, Autolume.",
    ),
    Piece(
        "wage-rise",
        "Osprey Newswire",
        D1 + 3.0,
        "Vestoria to raise minimum wage by 12% from January",
        "QUENBY, Vestoria, May 14 (Osprey) - Vestoria's government will raise the national "
        "minimum wage by 12% to 14.20 marks an hour from January 1, the biggest increase since "
        "the wage floor was introduced, labour minister Agnes Pellervo said on Wednesday.\n"
        "About 2.5 million workers, roughly one in six employees, will get a pay rise, most of "
        "them in retail, care homes, cleaning and restaurants, the labour ministry said.\n"
        "Pellervo said the rise would make up for two years in which prices had grown faster "
        'than wages. "Nobody who works full time should need help to pay the rent," she told '
        "parliament.\n"
        "Economists were divided. Some said the rise would lift spending in shops and "
        "restaurants, while others warned that the cost would fall hardest on small towns, "
        "where wages are lower and a larger share of workers are paid the minimum. The "
        "government said it would cut payroll taxes for the smallest firms to soften the blow, "
        "a measure worth about 400 million marks a year.\n"
        "The Vestoria Chamber of Commerce said the increase was too fast and would cost jobs in "
        "small businesses, which it said could not pass the cost on to customers. The General "
        "Workers' Federation, which had asked for 15%, called it a step in the right direction.\n"
        "The central bank estimates the change will add about 0.3 percentage points to "
        "inflation next year.",
    ),
    Piece(
        "wage-rise",
        "Workfloor Review",
        D1 + 7.5,
        "A pay rise for 2.5m: what Vestoria's new wage floor means",
        "For a care worker in Quenby on the current minimum of 12.68 marks an hour, January "
        "will bring about 260 marks more a month before tax. That is the plain arithmetic of "
        "the 12 per cent rise announced on Wednesday by labour minister Agnes Pellervo.\n"
        "It is a big step. Over the past decade the floor has risen by 3 or 4 per cent a year, "
        "roughly in line with prices. This time the government has chosen to go further, "
        "bringing the minimum close to 60 per cent of the median wage.\n"
        "Who gains? Mostly women, younger workers and part-timers: the labour ministry's "
        "figures show that 2.5m workers earn within a mark of the current minimum, many in "
        "retail, hospitality and social care.\n"
        "Who pays? Employers, in the first instance. Care homes funded by local councils say "
        "they will need more money from the state, and restaurant owners talk of cutting hours "
        "rather than staff.\n"
        "The rise also matters for those just above the floor. Supervisors and experienced "
        "staff who earn a little more than the minimum will expect their own pay to keep its "
        "distance, and employers say that will add to the bill.\n"
        "The evidence from other countries suggests rises of this size cause fewer job losses "
        "than feared, but Vestoria has rarely moved so fast. Pellervo has promised a review "
        "after a year.",
    ),
    Piece(
        "wage-rise",
        "Vestoria Herald",
        D1 + 13.0,
        "Employers warn pay floor will cost jobs",
        "Small firms will shed staff when the 12 per cent rise in the minimum wage takes "
        "effect, the Chamber of Commerce warned on Wednesday evening. It asked the government "
        "to phase the increase over two years.",
    ),
    Piece(
        "op-wages",
        "Vestoria Herald",
        D1 + 15.0,
        "A higher wage floor is not the enemy of jobs",
        "Every time a government raises the minimum wage, the same warnings arrive on cue. "
        "Shops will close, restaurants will stop hiring, young people will be priced out of "
        "work. Every time, the jobs somehow survive.\n"
        "That is not to say there is no limit. A wage floor set far above what most businesses "
        "can pay would do harm. But the question is where the limit lies, and the honest answer "
        "is that we have rarely come close to finding it.\n"
        "What low pay costs us is easier to see. Workers who cannot cover their rent turn to "
        "the state for help, so taxpayers quietly subsidise employers who pay too little. Staff "
        "who earn more tend to stay longer, which saves firms the cost of hiring and training.\n"
        "Nor is it true that firms have no choice but to cut staff. Many can raise prices a "
        "little, accept slightly lower profits or find savings elsewhere, and most do.\n"
        "There is also a question of fairness. Those on the lowest wages spent the last two "
        "years watching food and energy bills climb faster than their pay. Asking them to wait "
        "longer so that others are spared a cost is hardly a neutral choice.\n"
        "Businesses that truly cannot cope deserve targeted help, not a freeze for everyone. A "
        "decent floor under wages is part of what makes a market economy worth defending.",
    ),
    Piece(
        "derail",
        "Osprey Newswire",
        D2 + 2.0,
        "Night express derails in Tamsk, killing at least 11",
        "WENLOW, Tamsk, July 25 (Osprey) - At least 11 people were killed and 64 injured when "
        "an overnight passenger train left the tracks and overturned near the village of Wenlow "
        "in northern Tamsk early on Friday, rescue services said.\n"
        "The Northern Star express, run by Tamsk State Railways, was carrying 312 passengers "
        "from the capital Dravenhold to the port of Hessmouth when six of its nine carriages "
        "came off the rails on a curve at about 3.15am.\n"
        "Firefighters worked through the morning to free people trapped in two carriages that "
        "rolled down an embankment. Some of the injured were flown to hospitals in Dravenhold "
        "by helicopter.\n"
        "Tamsk State Railways suspended all services on the northern line and said buses would "
        "carry passengers between Dravenhold and Hessmouth until further notice. Its chief "
        "executive, Bruno Kessling, went to Wenlow and met rescuers and survivors at the "
        "village school, where a centre for relatives had been set up.\n"
        "Transport minister Oksana Tobrin, who travelled to the scene, said it was too early to "
        "say what caused the crash. The Rail Safety Board said it had sent a team of "
        "investigators and that the train's data recorder had been recovered.\n"
        "It was the deadliest rail accident in Tamsk since 1998, when 23 people died in a "
        "collision outside Dravenhold. The northern line has been due for an upgrade for more "
        "than a decade.",
    ),
    Piece(
        "derail",
        "Tamsk Broadcasting Video",
        D2 + 3.0,
        "Wenlow: the scene from above",
        "Drone footage shows overturned carriages beside the track at first light.",
    ),
    Piece(
        "derail",
        "TAMPRESS",
        D2 + 4.0,
        "Prime Minister declares day of national mourning",
        "DRAVENHOLD, July 25. /TAMPRESS/. Prime Minister Marek Ostby declared Saturday a day of "
        "national mourning for the eleven people who lost their lives when the Northern Star "
        "left the rails near Wenlow. Flags on public buildings will fly at half mast.",
    ),
    Piece(
        "derail",
        "Tamsk Morning News",
        D2 + 5.0,
        "'The carriage turned over and everything went dark'",
        'Anneli Sorsa was asleep in her bunk when the train lurched. "There was a bang, then a '
        'second bang, and the carriage turned over and everything went dark," she said from her '
        "bed in Wenlow's small clinic, her arm in a sling.\n"
        "She was one of 312 people on the night train to Hessmouth, many of them families "
        "heading to the coast for the summer. Eleven did not survive. By Friday afternoon, "
        "police had named four of them, including a ten-year-old boy.\n"
        "Villagers were first on the scene, before the fire engines. Farmer Tomas Reinholt said "
        "he heard the crash from his house and drove his tractor across the field with ropes "
        'and lamps. "We broke windows with stones to get people out," he said.\n'
        "Rescuers worked beside the villagers until late morning. Some of the injured were "
        "carried across the field on doors taken from a barn, and a local doctor treated people "
        "on the grass until ambulances could reach the track down a narrow farm road.\n"
        "Wenlow's school gym was turned into a centre for relatives, where volunteers served "
        "soup through the day. Tamsk State Railways set up a telephone line for families, but "
        "many said they could not get through.\n"
        "In the evening, a crowd gathered at the village church to light candles. The track, "
        "twisted into loops, was still blocked by the wreck.",
    ),
    Piece(
        "derail",
        "Trackside Journal",
        D2 + 9.0,
        "Questions over Tamsk's ageing northern line after Wenlow crash",
        "The curve where the Northern Star came off the rails on Friday sits on one of the "
        "oldest stretches of main line in Tamsk, and engineers have been warning about it for "
        "years.\n"
        "Tamsk State Railways' own asset report, published in 2029, rated 140km of the "
        "Dravenhold to Hessmouth route as being in poor condition, including the section "
        "through Wenlow. Speed limits on parts of it were cut from 120km/h to 80km/h two years "
        "ago.\n"
        "A promised renewal of the line, costed at 1.6 billion marks, has been postponed three "
        "times as governments moved money to the new high-speed route in the south. Unions say "
        "maintenance teams on the northern line have been cut by a third.\n"
        "Drivers on the route have complained about the curve for years. One told us that "
        'trains felt "loose" on it in hot weather, when steel rails expand, and that faults '
        "were reported but not always repaired. Tamsk State Railways said it could not comment "
        "while the investigation continues.\n"
        "The investigators of the Rail Safety Board will look at the track, the train's speed "
        "and the condition of the carriages, which were built in the 1980s. The recorder should "
        "show how fast the train was going when it entered the curve.\n"
        "Until they report, a line that carries most of the freight to Hessmouth will stay "
        "closed, and Tamsk's railways face their hardest questions in a generation.",
    ),
    Piece(
        "spill",
        "Agence Veritane",
        D2 + 1.0,
        "Tanker runs aground off Costavera, spilling oil",
        "PORTO AMETRA (AV) - A tanker carrying crude oil ran aground on rocks off the coast of "
        "Costavera early on Friday, and thick oil was leaking into the sea near the Ametra "
        "lagoon, the coastguard said.\n"
        "The Serene Dawn, owned by Albatross Tankers and carrying about 80,000 tonnes of crude, "
        "struck a reef in strong winds about three kilometres from Porto Ametra. Its 24 crew "
        "were taken off by helicopter and none was hurt.\n"
        "The coastguard estimated that at least 4,000 tonnes had escaped from two damaged tanks "
        "by the afternoon, and an oil slick about 15km long was drifting towards the shore.\n"
        "The coastguard said a salvage ship and two vessels equipped to skim oil had been sent "
        "from the capital, and the navy was preparing to help. Fishing and bathing were "
        "suspended along the coast near Porto Ametra. It was the worst spill off Costavera "
        "since a tanker broke up in the same waters in 2014.\n"
        "Environment minister Camila Torrin said floating barriers were being laid across the "
        "entrance of the lagoon, a nature reserve where tens of thousands of flamingos nest. "
        '"This is an environmental emergency," she said.\n'
        "Albatross Tankers said it was working with the authorities and salvage experts to pump "
        "out the remaining cargo. The cause of the grounding was under investigation.",
    ),
    Piece(
        "spill",
        "Seawatch Bulletin",
        D2 + 6.0,
        "A black tide reaches the flamingo lagoon",
        "By Friday evening, the first dark streaks were lapping at the sand bar that separates "
        "the Ametra lagoon from the open sea. Volunteers in white suits walked the beach with "
        "buckets and shovels, and the smell of oil carried into the town.\n"
        "The lagoon is one of the most important wetlands on Costavera's coast: a breeding "
        "ground for flamingos, a nursery for fish and the heart of a small eel fishery that "
        "goes back centuries. Oil that enters it will be very hard to remove.\n"
        "Marine biologists said the crude carried by the Serene Dawn was heavy and sticky. It "
        "would not evaporate quickly and could sink to the bottom, where it would poison "
        "shellfish and the eelgrass beds.\n"
        "Bird rescue groups set up a cleaning centre in a school gym, and the first oiled "
        "birds, mostly gulls and cormorants, were brought in on Friday afternoon.\n"
        "Much depends on the weather. If the wind turns to the south, as forecast for Sunday, "
        "the slick will be pushed onto the beaches of Porto Ametra and into the lagoon; if it "
        "holds, much could stay at sea, where ships can skim it.\n"
        'Fishermen have been told to stay in harbour. "We lived through the 2014 spill, and it '
        "took eight years for the eels to come back,\" said Rui Calado, who runs the fishermen's "
        "cooperative.",
    ),
    Piece(
        "spill",
        "The Tanker Register",
        D2 + 8.5,
        "Serene Dawn was detained twice before grounding",
        "The Serene Dawn, the 22-year-old tanker that grounded off Costavera on Friday, was "
        "detained by port inspectors twice in the past three years over faults in its steering "
        "gear and fire safety, records show.\n"
        "The ship is owned by Albatross Tankers, a company registered in Marlune that operates "
        "eleven tankers, most of them more than 18 years old. It was carrying crude from a "
        "terminal in Zandria to a refinery in the north.\n"
        "Inspectors in two ports found defects in 2029 and 2030 that had to be repaired before "
        "the vessel was allowed to sail. Its insurer, the Stellar Mutual club, confirmed that "
        "the ship was covered for pollution damage.\n"
        "Shipping analysts said older tankers like the Serene Dawn often end up with small "
        "owners that have little money for maintenance, and that charterers who hire them "
        "rarely look closely at their records when freight rates are high. Several charterers "
        "said they would now review the ships they use.\n"
        "Under international rules, the owner's liability for a spill of this size is capped at "
        "about 90 million dollars, with an international fund paying claims above that. "
        "Costavera's government said it would seek every cent.\n"
        "Albatross Tankers said the Serene Dawn had passed its most recent inspection in March "
        "and that the weather had been a factor in the grounding.",
    ),
    Piece(
        "spill",
        "Ametra Coast Herald",
        D2 + 12.0,
        "Fishing banned along 60km of coast",
        "The regional government banned fishing and bathing along 60km of coast around Porto "
        "Ametra on Friday night. Officials said four thousand tonnes of crude had leaked from "
        "the stricken tanker.",
    ),
    Piece(
        "app-ban",
        "The Quorlan Standard",
        D2 + 3.5,
        "Quorlan bans Flikka, citing risk to national security",
        "Quorlan will block the video app Flikka from Monday, the government said on Friday, "
        "after its security agency concluded that the app's owner could be forced to hand over "
        "the data of Quorlani users to a foreign government.\n"
        "Digital minister Jonas Vintner said Flikka would be removed from app stores and that "
        'internet providers would be ordered to block its servers. "We cannot allow the '
        'personal data of six million citizens to leave our control," he told a news '
        "conference.\n"
        "Flikka, owned by Sarvel Interactive of Kovaria, is the most popular app among Quorlani "
        'teenagers. Sarvel said the ban was based on "speculation, not evidence" and that it '
        "would challenge it in the courts.\n"
        "The app's users, most of them under 25, reacted with anger online, and a petition "
        "against the ban gathered more than 200,000 names in a few hours. Several well-known "
        "creators said they would stop posting in protest before Monday.\n"
        "Kovaria's foreign ministry summoned Quorlan's ambassador and warned of consequences "
        "for trade between the two countries. Quorlan buys a quarter of its electronics from "
        "Kovaria.\n"
        "Opposition parties backed the decision, but free speech groups said the government had "
        "given no public evidence and that the ban would hurt thousands of small businesses "
        "that sell through the app.",
    ),
    Piece(
        "app-ban",
        "Screenshift",
        D2 + 7.0,
        "Creators scramble as their audience is switched off",
        "For Odile Castellane, Friday's news meant the end of her job. The 24-year-old, who has "
        "1.3 million followers on Flikka, earns her living from sponsored cooking videos. From "
        "Monday, none of her Quorlani fans will be able to see them.\n"
        "Quorlan's decision to block the app, announced by digital minister Jonas Vintner, has "
        "left thousands of creators and small shops scrambling to move their followers to other "
        "platforms before the deadline.\n"
        "Many spent the afternoon posting links to their pages elsewhere. Rival apps reported a "
        "surge in downloads in Quorlan, and one said new sign-ups had risen tenfold in a few "
        "hours.\n"
        "The ban comes into force at midnight on Sunday. The government says internet providers "
        "that fail to block the app will face fines, though experts doubt that it can be fully "
        "enforced in practice. Many creators are also asking whether the money already earned "
        "on the app will be paid out.\n"
        "Tech lawyers said users could try to keep using Flikka with a virtual private network, "
        "but that the government had not said whether doing so would be illegal.\n"
        "Sarvel Interactive, Flikka's owner, urged users to sign a petition and said its "
        "lawyers would seek an urgent court order to suspend the ban. Its 6m Quorlani accounts "
        "make the country its fourth-largest market.",
    ),
    Piece(
        "app-ban",
        "Kovaria Business Daily",
        D2 + 10.0,
        "Sarvel shares slide after Quorlan ban",
        "Shares in Sarvel Interactive fell 9% on Friday after Quorlan said it would block "
        "Flikka, the group's video app. Analysts said the ban could cost it 5% of its revenue.",
    ),
    Piece(
        "abdicate",
        "Veldenor Radio",
        D2 + 1.5,
        "King Casimir announces abdication in televised address",
        "King Casimir III of Veldenor said on Friday morning that he would abdicate after 31 "
        "years on the throne, handing the crown to his daughter, Crown Princess Liane. The date "
        "will be set by parliament.",
    ),
    Piece(
        "abdicate",
        "Crown & Court",
        D2 + 2.5,
        "A king steps aside: Casimir III hands the crown to Liane",
        "In a short address broadcast from the palace in Aubermont on Friday, King Casimir III "
        "told the people of Veldenor that the time had come for a new generation. He will give "
        "up the throne to his 44-year-old daughter, Crown Princess Liane, later this year.\n"
        "The king, who is 79, said his health was good but that he no longer had the strength "
        'to carry out all of his duties. "A monarch serves his country best by knowing when to '
        'step aside," he said, seated at his desk beside a portrait of his late wife.\n'
        "Prime Minister Selma Aakre said parliament would pass the law needed for the "
        "abdication and agree a date for the coronation. Officials expect the ceremony to take "
        "place in January.\n"
        "Royal historians said the last abdication in Veldenor was in 1873, when a king gave up "
        "the throne after losing a war. Casimir's decision, they said, was the first in the "
        "country's history to be made freely and in good health.\n"
        "Casimir came to the throne in 2000 and oversaw the monarchy's shift to a more modest "
        "role, opening the palace gardens to the public and giving up some of its estates. His "
        "popularity stands at around 70%.\n"
        "Liane, a trained engineer who has served as regent during her father's illnesses, will "
        "become the first queen of Veldenor in more than 150 years.",
    ),
    Piece(
        "abdicate",
        "The World Brief",
        D2 + 6.5,
        "Why Veldenor's old king chose this moment to go",
        "Monarchs in Veldenor are supposed to reign until they die. Casimir III's grandfather "
        "did; so did his father. So Friday's announcement that the king would step down in "
        "favour of Crown Princess Liane was a break with tradition as well as a surprise.\n"
        "Palace insiders point to two things. The first is health: the 79-year-old spent three "
        "weeks in hospital last winter, and aides say he was shaken by how much of his work had "
        "to be cancelled.\n"
        "The second is politics. Support for the monarchy among Veldenor's under-30s has fallen "
        "to below half in recent polls, and a republican party won seats in parliament for the "
        "first time last year. A younger queen may be the institution's best defence.\n"
        "She is also, crucially, popular: a poll taken last month found that 74% of "
        "Veldenorians had a good opinion of the crown princess, more than for any other member "
        "of the royal family, including her father.\n"
        "Liane has spent years preparing. She has chaired a commission on rural broadband, "
        "speaks the country's three languages and is far more at ease on social media than her "
        "father.\n"
        "Whether the change revives interest in the crown or merely delays a debate about its "
        "future, the king has chosen the moment himself.",
    ),
    Piece(
        "abdicate",
        "Morning Skim",
        D2 + 11.0,
        "Veldenor's king is stepping down",
        "The 79-year-old is handing the throne to his daughter. Here is why.",
    ),
    Piece(
        "bank-arrest",
        "The Castrelle Courant",
        D2 + 4.5,
        "Former Thornbury chief arrested at Marrowby airport",
        "Magnus Oddvar, who ran Thornbury Savings Bank until its collapse in May, was arrested "
        "at Marrowby airport on Friday morning as he prepared to board a flight abroad, "
        "prosecutors said.\n"
        "The 56-year-old is suspected of fraud and false accounting. Prosecutors say "
        "Thornbury's accounts for last year hid losses of about 700 million florins on loans to "
        "property developers, some of them linked to friends of the bank's managers.\n"
        "Oddvar's lawyer said his client had been travelling on holiday, had always been "
        "available to investigators and denied any wrongdoing. A judge will decide on Saturday "
        "whether to keep him in custody.\n"
        "Investigators searched the bank's former offices in Castrelle and Oddvar's home on the "
        "same morning, taking away computers and boxes of papers, a spokesman for the "
        "prosecutors said.\n"
        "Thornbury was taken over by the state in May after savers pulled their money in a "
        "panic that left queues outside its branches. The government guaranteed deposits up to "
        "100,000 florins, and the bank has been run by an administrator since.\n"
        "Finance minister Orsolya Brasca welcomed the arrest, saying that savers had a right to "
        "know who was responsible. The sale of the bank, which has drawn interest from Corrow "
        "Bank and two foreign lenders, is expected in the autumn.",
    ),
    Piece(
        "bank-arrest",
        "Osprey Newswire",
        D2 + 7.5,
        "Ilvary prosecutors hold ex-bank boss on fraud suspicion",
        "CASTRELLE, July 25 (Osprey) - Ilvarian prosecutors detained the former chief executive "
        "of failed lender Thornbury Savings Bank on suspicion of fraud on Friday. Oddvar, 56, "
        "denies wrongdoing, his lawyer said.",
    ),
    Piece(
        "robotaxi-permit",
        "Osprey Newswire",
        D3 + 2.0,
        "Vestoria revokes Autolume's driverless taxi permit",
        "QUENBY, Vestoria, Oct 16 (Osprey) - Vestoria's road safety regulator withdrew "
        "Autolume's permit to run driverless taxis on Thursday, five months after one of the "
        "company's cars struck and badly injured a cyclist in Quenby, ending the country's "
        "largest trial of self-driving vehicles.\n"
        "The Vestoria Road Safety Authority said its inquiry had found that Autolume's software "
        "failed to recognise the cyclist as a moving person and that the company had been aware "
        "of similar errors in testing but had not reported them, as its permit required.\n"
        '"A permit to test on public roads depends on trust, and that trust has been broken," '
        "said the authority's director, Pavel Strand. Autolume may apply again after two years.\n"
        "Shares in Autolume's main investors, two venture capital funds listed in Castrelle, "
        "fell on the news. Analysts said the decision would make it harder for other companies "
        "to win permits in Vestoria and could slow the spread of driverless taxis across the "
        "region.\n"
        "The company's 300 robotaxis have not carried passengers since the May crash, when "
        "Autolume paused its service. Chief executive Linnea Ashdown said the firm disagreed "
        "with the findings and was considering an appeal.\n"
        "The cyclist, Nerida Wexcombe, spent six weeks in hospital. Her lawyers are suing "
        "Autolume for damages.",
    ),
    Piece(
        "robotaxi-permit",
        "Quenby Gazette",
        D3 + 5.0,
        "End of the road for the robotaxis?",
        "For a year and a half, the white cars with spinning sensors on their roofs were as "
        "much a part of Quenby as its trams. On Thursday the regulator told Autolume they could "
        "not come back, and the city is divided over whether to be sad or relieved.\n"
        "Nerida Wexcombe, the cyclist hit on Harbour Road in May, said she felt vindicated. "
        '"They told everyone it was a freak event. Now we know they had seen this before," she '
        "said, walking with a stick outside her lawyer's office.\n"
        "Autolume employed about 400 people in Quenby, most of them engineers and remote "
        "operators at its depot in the docks. Staff were told on Thursday morning that many "
        "jobs would go. The firm's founders have hinted it may move testing abroad.\n"
        "The regulator's report says Autolume's engineers had logged at least nine cases in "
        "testing in which the software had treated a cyclist or pedestrian as a still object "
        "for a split second, and had not told the authority about any of them.\n"
        "Councillor Ada Breck, who campaigned against the trial from the start, said the city "
        "had been used as a laboratory without being asked. Some shop owners in the centre, "
        "though, said the cars had brought customers and curiosity.\n"
        "The depot's car park, full of idle taxis, has been quiet since May. It now seems "
        "likely to stay that way.",
    ),
    Piece(
        "robotaxi-permit",
        "The Daily Klaxon",
        D3 + 8.0,
        "ROBOCABS BANNED FOR GOOD",
        "The driverless taxis that mowed down a cyclist in Quenby have been kicked off the "
        "roads - after officials found their makers KNEW the computer could not see her. Victim "
        'Nerida: "Justice."',
    ),
    Piece(
        "bank-sale",
        "Ilvary Ministry of Finance",
        D3 + 1.5,
        "Sale of Thornbury Savings Bank agreed",
        "The Ministry of Finance announces that it has agreed the sale of Thornbury Savings "
        "Bank to Corrow Bank, following a competitive process run by the bank's administrator "
        "since the bank was placed under public control on 14 May.\n"
        "Under the agreement, Corrow Bank will acquire all of Thornbury's deposits, branches "
        "and performing loans for a price of one florin. The state will keep a portfolio of "
        "loans to property developers with a face value of 2.1 billion florins, which will be "
        "managed by a separate public company.\n"
        "All of Thornbury's customers will become customers of Corrow Bank. Their accounts, "
        "cards and mortgages will move automatically, and they do not need to take any action. "
        "Deposits remain fully protected.\n"
        'The Minister of Finance, Orsolya Brasca, said: "This sale protects savers, keeps '
        "branches open in the northern towns and gives the taxpayer the best chance of "
        'recovering the money spent to stabilise the bank."\n'
        "The Ministry thanks the customers and staff of Thornbury Savings Bank for their "
        "patience since May.\n"
        "The sale requires the approval of the competition authority and is expected to be "
        "completed in the first quarter of next year. Further information for customers is "
        "available from the administrator.",
    ),
    Piece(
        "bank-sale",
        "Brassplate Markets",
        D3 + 3.0,
        "Corrow snaps up failed Thornbury for a single florin",
        "Corrow Bank, Ilvary's biggest lender, is buying the remains of Thornbury Savings Bank "
        "for one florin, adding 610,000 customers and 84 branches in a deal that leaves the "
        "state holding the failed lender's worst loans.\n"
        "Corrow shares rose 4% in Castrelle as investors welcomed a deal in which it takes on "
        "Thornbury's deposits and healthy mortgages but none of the bad property loans that "
        "sank it in May.\n"
        "Chief executive Maud Fennimore said the purchase would make Corrow the leader in the "
        "northern towns, where it has been weak. She promised no branch closures for two years "
        "but did not rule out job cuts in head office.\n"
        "Analysts at two brokers raised their forecasts for Corrow's profits, saying the bank "
        "had bought a large pool of cheap deposits at a time when interest rates make them "
        "valuable. One warned that the integration of Thornbury's old computer systems would be "
        "costly.\n"
        "Thornbury collapsed in the spring when savers pulled their money after reports of "
        "losses on property lending. Its former chief executive, Magnus Oddvar, was arrested in "
        "July and charged with fraud last month; he denies the charges.\n"
        "The finance ministry said taxpayers had put about 1.4 billion florins into Thornbury "
        "since May and hoped to recover most of it from the sale of the bad loans.",
    ),
    Piece(
        "bank-sale",
        "The Deposit Desk",
        D3 + 6.5,
        "A bargain at one florin, or a poisoned gift?",
        "On paper, Maud Fennimore has done the deal of her career. For the price of a coffee "
        "sweet, she has bought a bank with 610K customers, a loyal base in the north and a "
        "brand that was trusted for a century until this spring.\n"
        "The state has done the hard work. Thornbury's loans to developers, the ones that "
        "caused the May run, will be parked in a public company, leaving Corrow with the "
        "mortgages that savers in the northern towns have paid reliably for decades.\n"
        "But there are risks. Thornbury's customers fled once and may flee again, and Corrow's "
        "app is not loved. Many savers who moved their money in the spring have not returned, "
        "and the deposits Corrow is buying are a third smaller than they were.\n"
        "Staff at Thornbury are nervous too. About 1,900 people work for the bank, and Corrow "
        "has said only that branches will stay open for two years.\n"
        "Rivals are also unhappy. Two smaller lenders bid for the bank and say the one-florin "
        "price was possible only because the state kept every bad loan, an offer they claim was "
        "not made to them. The competition authority will have to approve the purchase.\n"
        "For the government, the deal closes a painful chapter, though not the Oddvar trial, "
        "which could keep Thornbury in the headlines well into next year.",
    ),
    Piece(
        "games-host",
        "Sportsfront",
        D3 + 4.0,
        "Vallora wins race to host 2040 Summer Games",
        "Vallora will host the 2040 Summer Games after beating Kirkhaven in a vote of the World "
        "Games Council in Pallastre on Thursday, bringing the world's biggest sporting event to "
        "Zandria for the first time.\n"
        "The Zandrian city won 58 votes to Kirkhaven's 41 in the final round, after two other "
        "candidates were knocked out earlier in the day. Council president Helga Yarrow opened "
        "the envelope on stage to cheers from the Vallora delegation.\n"
        "Vallora's bid promised a compact Games with 80% of venues already built or temporary, "
        "and a budget of $14 billion, a little more than half of what the last two hosts spent. "
        "Organisers said the athletes' village would become 3,000 affordable homes.\n"
        "Yarrow praised both cities and said the council had been impressed by Vallora's plan "
        "to reuse venues and by the support of its residents, which polls put at about 70%. The "
        "result was greeted with cheers in Vallora, where thousands had gathered in the main "
        "square to watch the vote on a giant screen. Zandria's government has promised to cover "
        "any overspend.\n"
        "Kirkhaven, in neighbouring Ilvary, had been seen as the favourite a year ago, but its "
        "plans for a new stadium were hit by rising costs and a local protest campaign.\n"
        "The Games will run from July 20 to August 5, 2040. The Paralympics will follow two "
        "weeks later in the same venues.",
    ),
    Piece(
        "games-host",
        "Vallora Evening Echo",
        D3 + 6.0,
        "'Tonight, this city belongs to the world'",
        "Thousands of people filled Fountain Square on Thursday evening as the result was shown "
        "on a giant screen, and the roar when Helga Yarrow read out the winner's name could be "
        "heard across the river.\n"
        '"Tonight, this city belongs to the world," Mayor Lise Amundt told the crowd, holding '
        "up the council's letter. Strangers hugged, fireworks went up from the old fort and the "
        "trams rang their bells until midnight.\n"
        "It was the city's third attempt to bring the Summer Games to Zandria. Older residents "
        "remembered the defeats of 2020 and 2031, when Vallora finished a distant third.\n"
        "Bars in the old town stayed open late, and the city's football club lit its stadium in "
        "the council's colours. Local businesses were already talking about the hotels, tram "
        "lines and visitors that the Games will bring over the next decade, and the jobs that "
        "may come with them.\n"
        "Not everyone celebrated. A group of residents from the riverside district, where the "
        "Olympic park will be built, held a quiet protest at the edge of the square, worried "
        "about rising rents. Amundt promised that nobody would be forced out.\n"
        "Work on the park is due to begin in 2034. The first test events will be held at the "
        "rebuilt rowing lake three years later.",
    ),
    Piece(
        "games-host",
        "NewsMinute",
        D3 + 7.0,
        "The 2040 Games have a home",
        "And it is not the favourite. Watch the moment the envelope was opened.",
    ),
    Piece(
        "games-host",
        "Zandrian Press Association",
        D3 + 9.0,
        "President congratulates Vallora on historic win",
        "Zandria's president sent his congratulations to the people of Vallora on Thursday "
        "after the city was chosen to host the 2040 Summer Games, calling it a victory for the "
        "whole nation.",
    ),
    Piece(
        "games-host",
        "The Castrelle Courant",
        D3 + 10.0,
        "Kirkhaven's dream ends in second place",
        "There were no fireworks in Kirkhaven on Thursday night. In the conference hall where "
        "the bid team had gathered to watch the vote, people stared at the screen in silence as "
        "Vallora, across the border in Zandria, was declared the winner.\n"
        "Roald Pennick, who led Kirkhaven's bid for four years, said he was proud of the "
        'campaign but that the city had lost the argument on cost. "We offered a new stadium. '
        'They offered to use what they had. In these times, that won," he said.\n'
        "The defeat, by 58 votes to 41, was wider than Kirkhaven had expected. Bid officials "
        "had counted on the support of several council members who, it now appears, changed "
        "their minds after a visit to Vallora in September.\n"
        "Some council members said privately that Ilvary's political turmoil after the spring's "
        "banking crisis had not helped, though Pennick rejected that. Kirkhaven had also hoped "
        "to host the swimming events in a new arena beside its harbour.\n"
        "Ilvary's government, which had promised to underwrite the bid with 2 billion florins, "
        "said the money would now be spent on the city's transport network. Critics of the bid, "
        "who had argued that the Games would leave Kirkhaven in debt, welcomed the result.\n"
        "Pennick said he did not expect Kirkhaven to try again soon.",
    ),
    Piece(
        "prize",
        "The Bookshelf Review",
        D3 + 11.0,
        "Teodora Vlasic wins the Ashcombe Prize for A House of Tides",
        "Teodora Vlasic has won the Ashcombe Prize for Fiction for A House of Tides, a novel "
        "about a family who refuse to leave their village as the sea rises around it. She "
        "receives 60,000 euros and a certain rise in sales.\n"
        "The judges chose the book unanimously from a shortlist of six, chair Juno Reyes said "
        'at the ceremony in Aubermont on Thursday night. "It is a novel about loss that somehow '
        'leaves you hopeful. We kept returning to it," she said.\n'
        "Vlasic, 38, grew up on the coast of Costavera and worked as a ferry clerk before "
        "publishing her first novel at 33. A House of Tides is her third book and the first to "
        "be translated into more than ten languages.\n"
        "The novel was published by a small press in Aubermont with a first printing of 3,000 "
        "copies. Its publisher said on Thursday that 50,000 more were being printed. "
        "Booksellers in Aubermont said copies had sold out within an hour of the announcement, "
        "and several stayed open late to take orders from readers who had followed the ceremony "
        "online.\n"
        "The shortlist included two debut novels and a 600-page family saga by last year's "
        "runner-up. Bookmakers had made Vlasic third favourite.\n"
        'Accepting the prize, she thanked "everyone who stayed when the water came" and said '
        "she would give part of the money to a library in her home town.",
    ),
    Piece(
        "prize",
        "Agence Veritane",
        D3 + 12.0,
        "Costaveran novelist takes Ashcombe fiction prize",
        "AUBERMONT (AV) - Costaveran writer Teodora Vlasic won the Ashcombe Prize for Fiction "
        "on Thursday for her novel A House of Tides, worth 60,000 euros. The jury's decision "
        "was unanimous.",
    ),
    Piece(
        "prize",
        "Marginalia",
        D3 + 14.0,
        "The drowned-village novel that won over the judges",
        "When A House of Tides first appeared, it was reviewed kindly and briefly, and seemed "
        "likely to be one of those quiet books that a few readers love. On Thursday night it "
        "won the Ashcombe, and Vlasic's life will not be quiet again.\n"
        "The novel follows three generations of the Penhallow family in a fishing village that "
        "the sea takes piece by piece: first the harbour wall, then the school, at last the "
        "church. It is told in short chapters that jump between decades, and it is funny more "
        "often than you would expect.\n"
        "What the judges saw, and what many of us missed at first, is how carefully it is "
        "built. Small objects, a brass compass, a blue kettle, reappear across fifty years, and "
        "the book's final pages bring them all home.\n"
        "Its title comes from the way the family's house, the last one left standing, is slowly "
        "taken over by the water, one floor at a time, until the grandmother is living in the "
        "attic and rowing to the shop. The image could be bleak; in Vlasic's hands it is almost "
        "comic.\n"
        "Vlasic writes plain sentences. She rarely describes a feeling; she shows what someone "
        "does with their hands. It is a style that can seem thin in a short extract and becomes "
        "powerful over 300 pages.\n"
        "If you have not read it, now is a good time. If you have, it is worth reading again.",
    ),
    Piece(
        "oil-find",
        "Wellhead Daily",
        D3 + 1.0,
        "Kaskade strikes large oil field off Costavera",
        "Kaskade Petroleum said on Thursday it had found a large oil field about 180km off the "
        "northern coast of Costavera, in what could be the biggest discovery in the region in "
        "two decades.\n"
        "The Emberfield well, drilled in 1,400 metres of water, found a column of high-quality "
        "oil in sandstone. Kaskade estimated the field held between 900 million and 1.3 billion "
        "barrels of recoverable oil.\n"
        "Chief executive Ottoline Verhagen said the company would drill two more wells next "
        "year to test the size of the field and could start production by 2037. Kaskade holds "
        "60% of the licence, with a state company holding the rest.\n"
        "Analysts said the find could be worth many billions of dollars if the field proves as "
        "large as hoped, but warned that deep water and the distance from shore would make it "
        "expensive to develop. Oil prices would need to stay above about 60 dollars a barrel "
        "for the project to pay off.\n"
        "The find is a boost for Kaskade, which had drilled four dry wells in a row and cut its "
        "budget earlier this year. Its shares rose sharply in early trading.\n"
        "Costavera has produced little oil of its own until now and imports most of its fuel. "
        'Energy minister Baltasar Corvo said the discovery "could change the future of our '
        'country".',
    ),
    Piece(
        "oil-find",
        "The Costavera Times",
        D3 + 5.5,
        "A windfall under the sea, and a fight over who gets it",
        "Emberfield is a long way from anywhere. The well sits 180km out to sea, in water "
        "nearly a mile and a half deep, and the oil in it will not reach a refinery for a "
        "decade. But in Costavera the argument about it has already begun.\n"
        "The government sees a chance to pay for schools and hospitals. Energy minister "
        "Baltasar Corvo spoke on Thursday of a national fund, like the ones that have made some "
        "oil states rich, to save the money for future generations.\n"
        "Environmental groups see the opposite. They point to the Serene Dawn, the tanker that "
        "spilled crude into the Ametra lagoon in July, and ask why a country still cleaning its "
        "beaches should open a new oil frontier.\n"
        "Opinion polls suggest a majority of Costaverans favour developing the field, but the "
        "margin is small in the coastal provinces. In the south, where the Serene Dawn's oil "
        "still stains the rocks, support is lowest of all.\n"
        "Fishing communities on the northern coast are divided. Some hope for jobs on supply "
        "boats and in the ports; others fear that the pipelines and tankers will bring the "
        "risks they saw in the south.\n"
        "Kaskade Petroleum, which made the find, says it will publish a full environmental "
        "study before any decision to develop the field. That decision is at least three years "
        "away.",
    ),
    Piece(
        "oil-find",
        "Brassplate Markets",
        D3 + 7.5,
        "Kaskade shares jump 18% on Emberfield find",
        "Kaskade Petroleum shares closed up 18% on Thursday after the company reported a "
        "discovery of up to 1.3bn barrels off Costavera, its first success after four dry "
        "wells.",
    ),
    Piece(
        "op-robotaxis",
        "Vestoria Herald",
        D3 + 13.0,
        "Driverless cars need a referee, not a cheerleader",
        "When the robotaxis arrived in Quenby, the city's leaders lined up to ride in them. "
        "Ministers spoke of a new industry and thousands of jobs. Few asked what would happen "
        "when something went wrong.\n"
        "Thursday's decision to withdraw Autolume's permit suggests the answer. For months, we "
        "now learn, the company knew its cars could mistake a moving person for a parked "
        "object, and it kept driving them among us.\n"
        "That is not an argument against self-driving cars. It is an argument against letting "
        "the companies that build them mark their own homework. The regulator had a handful of "
        "staff to watch a fleet of 300 vehicles and relied almost entirely on the firm's own "
        "reports.\n"
        "The regulator itself needs more money and more engineers. A body that cannot read a "
        "company's software logs cannot judge whether its cars are safe. It should also be able "
        "to stop a trial the moment it sees a pattern of errors, rather than waiting for "
        "someone to be hurt.\n"
        "Other countries have done better. Some require every near-miss to be reported within a "
        "day and let independent engineers test the software before a car carries a passenger.\n"
        "Vestoria should copy them before the next company arrives. The promise of the "
        "technology is real; so is the duty to protect the people who share the road with it.",
    ),
    Piece(
        "derail-report",
        "Tamsk Rail Safety Board",
        D4 + 2.0,
        "Report into the derailment at Wenlow on 25 July 2031",
        "The Rail Safety Board today publishes its final report into the derailment of the "
        "Northern Star overnight passenger service between Dravenhold and Hessmouth near Wenlow "
        "on 25 July 2031, in which eleven people died and 64 were injured.\n"
        "The Board found that the derailment was caused by a broken rail on the outer side of "
        "the curve south of Wenlow. The rail fractured at a weld that had been repaired in "
        "2027. The crack had grown over several months and was not found.\n"
        "The section was due to be checked by an ultrasonic test train in March 2031. The test "
        "was cancelled because the train was out of service, and it was not rescheduled. Two "
        "earlier inspections on foot had recorded concerns about the weld.\n"
        "The Board also found that the railway's system for planning inspections did not flag "
        "the cancelled test, so nobody noticed that the curve had gone without its scheduled "
        "check for more than four months.\n"
        "The train was travelling at 78km/h, within the speed limit of 80km/h. The Board found "
        "no fault with the driver or the carriages, though the carriages' age made injuries "
        "worse when they overturned.\n"
        "The Board makes 14 recommendations to Tamsk State Railways and to the Ministry of "
        "Transport, including a full survey of welds on the northern line within six months. "
        "Chief Investigator Henrik Aldersey.",
    ),
    Piece(
        "derail-report",
        "Osprey Newswire",
        D4 + 4.0,
        "Cracked weld and skipped test behind Tamsk train crash, inquiry says",
        "DRAVENHOLD, Jan 19 (Osprey) - A cracked weld that inspectors failed to find because a "
        "test was cancelled caused the derailment of a night train in northern Tamsk last July "
        "that killed 11 people, the country's Rail Safety Board said on Monday.\n"
        "The board's report said the rail broke beneath the Northern Star express on a curve "
        "near Wenlow, throwing six carriages off the track. The flaw should have been spotted "
        "by an ultrasonic test in March, but the test was cancelled and never rescheduled.\n"
        "Hours after the report was published, the chief executive of Tamsk State Railways, "
        'Bruno Kessling, resigned. "The railway failed the passengers of the Northern Star, and '
        'I am responsible for the railway," he said in a statement.\n'
        "The report also found that the railway's planning system did not flag missed "
        "inspections, and that track maintenance teams on the northern line had been cut by a "
        "third since 2024, leaving fewer staff to walk the line.\n"
        "Transport minister Oksana Tobrin said the government accepted all 14 of the board's "
        "recommendations and would bring forward the renewal of the northern line, which has "
        "been delayed for years.\n"
        "Prosecutors in Dravenhold said they would study the report before deciding whether to "
        "bring criminal charges. Relatives of the victims called for individual managers to be "
        "held to account.",
    ),
    Piece(
        "derail-report",
        "Tamsk Morning News",
        D4 + 7.0,
        "Relatives of the eleven: 'Someone must answer for this'",
        "Six months after the night train turned over at Wenlow, the families of the people who "
        "died sat together in a hotel room in Dravenhold on Monday and read, page by page, how "
        "it happened.\n"
        '"A test was cancelled and nobody put it back in the diary. That is what killed my '
        'son," said Emil Rasko, whose 19-year-old son Jakob was travelling to a summer job in '
        'Hessmouth. "Someone must answer for this."\n'
        "The Rail Safety Board's report said the broken weld had been noted as a concern by "
        "track walkers twice before the crash. Families said they would ask prosecutors to look "
        "at every manager who saw those notes.\n"
        "Some of the families have formed a group to press for changes to railway safety law, "
        "and they plan to meet the prime minister next month. Rasko said they would not stop "
        "until the line was safe. Their first demand is simple: that every cancelled inspection "
        "be made public.\n"
        "The resignation of the railway's chief executive, Bruno Kessling, was welcomed but not "
        "enough, they said. Several called for the transport minister, Oksana Tobrin, to go "
        "too.\n"
        "In Wenlow, where a memorial of eleven stones now stands beside the rebuilt track, the "
        "village priest said people had followed the news quietly. The Northern Star began "
        "running again in October, at a lower speed on the curve.",
    ),
    Piece(
        "spill-fine",
        "Agence Veritane",
        D4 + 3.0,
        "Costavera fines tanker owner 210 million euros over lagoon spill",
        "PORTO AMETRA (AV) - Costavera's environment ministry on Monday fined Albatross Tankers "
        "210 million euros over the oil spill from its tanker Serene Dawn, which ran aground "
        "near Porto Ametra in July, the largest environmental penalty in the country's history.\n"
        "Environment minister Camila Torrin said investigators had found that the ship's crew "
        "ignored a warning from the coastguard to keep further from the reefs and that the "
        "tanker sailed with a steering fault that had been reported weeks earlier.\n"
        "About 4,000 tonnes of crude leaked from the ship, fouling 60km of coast and the Ametra "
        "lagoon, a nature reserve. The clean-up is expected to last until the end of the year.\n"
        "The ministry's investigation found that the ship's master had been working for 16 "
        "hours when the tanker struck the reef, and that the company's safety officer had "
        "approved the voyage despite the fault in the steering gear.\n"
        "\"This money will go to the people of Ametra and to the lagoon, not to the state's "
        'general budget," Torrin said. Fishermen who lost their income will receive '
        "compensation from a fund to be set up next month.\n"
        "Albatross Tankers, which is registered in Marlune, said it would appeal. Its insurers "
        "have already paid about 90 million dollars towards the clean-up under international "
        "rules.",
    ),
    Piece(
        "spill-fine",
        "Seawatch Bulletin",
        D4 + 6.0,
        "Where the €210m will go: the long repair of the Ametra lagoon",
        "The fine announced on Monday is the biggest Costavera has ever imposed for pollution, "
        "and for the people of Porto Ametra it is welcome. But €210m will not buy back what the "
        "lagoon lost in July, and scientists say the repair will take most of a decade.\n"
        "Six months after the Serene Dawn grounded, most of the beaches are clean again. The "
        "lagoon is not. Oil that sank into its mud is still leaking slowly into the water, and "
        "the eelgrass beds where young fish shelter have died back across a third of its area.\n"
        "Only about half of last year's flamingos returned to nest, according to counts by "
        "volunteers, and the eel fishery has stayed closed since the spill.\n"
        "Scientists from the national marine institute will monitor the lagoon for at least "
        "five years and publish their results every spring. Their first survey, in the autumn, "
        "found oil in the mud of every sample taken from the northern half of the lagoon.\n"
        "The ministry says part of the penalty will pay for dredging the worst of the oiled mud "
        "and replanting eelgrass, and part for fishermen who have had no income. Albatross "
        "Tankers says it will fight the fine in court, which could delay the money for years.\n"
        '"We have waited six months. We can wait a little more if it is done properly," said '
        "Rui Calado of the fishermen's cooperative.",
    ),
    Piece(
        "spill-fine",
        "The Tanker Register",
        D4 + 9.0,
        "Albatross to appeal record Costavera penalty",
        "Albatross Tankers will challenge the 210m euro fine over the Serene Dawn grounding, "
        "the company said on Monday evening, calling the penalty disproportionate.",
    ),
    Piece(
        "aval-hochfell",
        "Zandrian Press Association",
        D4 + 1.0,
        "Five skiers killed by avalanche at Hochfell",
        "HOCHFELL, Jan 19 (ZPA) - Five skiers were killed and three injured when an avalanche "
        "swept down a slope above the Zandrian resort of Hochfell on Monday morning, mountain "
        "rescue services said.\n"
        "The avalanche broke away at about 10.30am below the summit of the Grauhorn and buried "
        "a group of eight skiers who had left a marked run to ski in fresh snow, rescue chief "
        "Gunnar Vollan said. Three were dug out alive.\n"
        "More than 60 rescuers with dogs and a helicopter searched the debris, which was up to "
        "four metres deep. The last body was found in the early afternoon.\n"
        "The resort closed its upper lifts for the rest of the day and said they would reopen "
        "only when snow safety teams had used explosives to bring down the loose snow on the "
        "slopes above. Police opened an investigation, as is usual after fatal avalanches, and "
        "will question the survivors. The resort's director offered condolences to the "
        "families.\n"
        "The avalanche warning for the area had been raised to four on a scale of five after "
        "two days of heavy snowfall and strong winds. Resort managers said the off-piste slopes "
        "had been marked as closed.\n"
        "The victims, from Zandria and Ilvary, were all experienced skiers, police said. It was "
        "the deadliest avalanche in the Zandrian Alps in nine years.",
    ),
    Piece(
        "aval-hochfell",
        "ZTV Video",
        D4 + 3.0,
        "Hochfell rescue",
        "Rescuers with dogs search the slope above the resort after the slide.",
    ),
    Piece(
        "aval-hochfell",
        "Snowline News",
        D4 + 5.0,
        "Why this winter's snow is so treacherous",
        "The avalanche that killed five skiers above Hochfell on Monday came as no surprise to "
        "the forecasters who had been warning for days that the snowpack in the Zandrian Alps "
        "was unusually unstable.\n"
        "The problem began in December. A long dry, cold spell left a layer of loose, sugary "
        "crystals on the surface of the old snow. When the heavy falls of the past week landed "
        "on top, they had almost nothing to hold on to.\n"
        "Such buried weak layers are among the hardest dangers to read. The slope can look "
        "perfect, and the first skiers may cross it safely, before a later group or a change in "
        "temperature sets it off.\n"
        "Forecasters say the weak layer is spread across most north-facing slopes above 2,000 "
        "metres, and that it may take weeks of settling before it is safe. In the meantime, "
        "they advise anyone heading off the marked runs to stick to slopes of less than 30 "
        "degrees, to travel one at a time across open ground and to carry a beacon, a probe and "
        "a shovel.\n"
        "The same pattern lies behind the avalanche that killed two ski tourers on the Col de "
        "Sarrault in Veldenor a few hours later, and forecasters in both countries expect the "
        "danger to stay high until at least the weekend.\n"
        'Rescue chief Gunnar Vollan urged visitors to stay on open runs. "If the warning is '
        'four, the mountain is not the place to test your luck," he said.',
    ),
    Piece(
        "aval-sarrault",
        "Veldenor Radio",
        D4 + 4.5,
        "Two ski tourers die on Col de Sarrault",
        "Two ski tourers were killed by an avalanche on the Col de Sarrault on Monday "
        "afternoon, mountain police said, hours after five skiers died at Hochfell across the "
        "border in Zandria.",
    ),
    Piece(
        "aval-sarrault",
        "The Aubermont Post",
        D4 + 7.5,
        "Second avalanche of the day claims two lives in Veldenor",
        "Two men died when an avalanche caught their party on the Col de Sarrault, a popular "
        "route for ski touring in western Veldenor, on Monday afternoon, hours after a larger "
        "slide killed five people at the Zandrian resort of Hochfell.\n"
        "The men, aged 47 and 52, were climbing towards the pass with two friends when the snow "
        "broke away above them shortly after 2pm. The friends, who were further behind, raised "
        "the alarm and dug them out, but both had died by the time a rescue helicopter arrived.\n"
        "Mountain police said the group had been carrying avalanche beacons and shovels and had "
        "checked the forecast, which rated the danger as considerable. The slope faces north "
        "and had been loaded by wind overnight.\n"
        "Local mountain guides said the conditions were among the most dangerous they had seen "
        "in recent years, with fresh snow sitting on an unstable base. They said the Col de "
        "Sarrault, usually considered a moderate route, should be avoided until the snow had "
        "settled, and that several groups had already turned back there over the weekend.\n"
        "Queen Liane, crowned in Aubermont only hours earlier, sent her condolences to the "
        "families and cancelled an evening reception at the palace as a mark of respect.\n"
        "Police urged ski tourers to avoid steep slopes until the weekend. It is the first "
        "fatal avalanche in Veldenor this winter.",
    ),
    Piece(
        "coronation",
        "Crown & Court",
        D4 + 2.5,
        "Liane crowned queen of Veldenor in Aubermont cathedral",
        "Liane was crowned queen of Veldenor on Monday in a ceremony in Aubermont's cathedral, "
        "six months after her father, King Casimir III, announced that he would step aside "
        "after three decades on the throne.\n"
        "The 44-year-old queen took the oath before both houses of parliament, promising to "
        'serve "all the people of Veldenor, in all their languages". Her father, frail but '
        "smiling, watched from the front row and was helped to his feet as the crown was placed "
        "on her head.\n"
        "Crowds of about 80,000 lined the route from the cathedral to the palace, where the new "
        "queen appeared on the balcony with her husband and their two teenage children.\n"
        "Guests included kings and queens from four countries and the presidents of Zandria and "
        "Ilvary. The new queen's coronation dress was made by a small workshop in the east of "
        "the country. Church bells rang across the country at noon, and the celebrations in the "
        "capital's squares went on into the evening, with concerts and a fireworks display over "
        "the river.\n"
        "The ceremony was shorter and cheaper than her father's in 2000, with no state banquet, "
        'in keeping with what the palace called a "modern and modest" reign. Prime Minister '
        "Selma Aakre said it was a day for the whole country.\n"
        "Liane is the first queen to reign in Veldenor since 1873. Her first official duty will "
        "be to open parliament in February.",
    ),
    Piece(
        "coronation",
        "The World Brief",
        D4 + 6.5,
        "A queen for a sceptical generation",
        "The crowd outside Aubermont's cathedral on Monday was large and warm, but it was also "
        "noticeably grey. Veldenor's younger citizens, the ones whose support the monarchy most "
        "needs, mostly watched the coronation on their phones, if at all.\n"
        "That is the challenge facing Queen Liane. When her father, Casimir III, announced his "
        "abdication in July, polls showed that fewer than half of Veldenorians under 30 wanted "
        "to keep the crown. The new queen's advisers know it.\n"
        "Her first weeks will be watched for signs of change. She has said she will publish the "
        "palace's accounts in full, give up two of its four residences and spend more time in "
        "the poorer east of the country.\n"
        "Even her father's supporters concede that the crown's hold on the country is weaker "
        "than it was when he took the oath in 2000. Her father was admired rather than loved by "
        "the young; the test for her is whether she can be either.\n"
        "Republicans, who hold nine seats in parliament, stayed away from the ceremony and used "
        "the day to call for a referendum. They are unlikely to get one soon, but their numbers "
        "are growing.\n"
        "Monarchies survive by seeming useful. Liane, the engineer who likes to talk about "
        "broadband, may have a better chance than most of persuading a young country that hers "
        "is.",
    ),
    Piece(
        "coronation",
        "Morning Skim",
        D4 + 11.0,
        "Long live the queen",
        "Aubermont had its big day. We have the best pictures from the ceremony, the balcony "
        "and the crowds.",
    ),
    Piece(
        "app-lifted",
        "The Quorlan Standard",
        D4 + 3.5,
        "High Court overturns Flikka ban",
        "Quorlan's High Court on Monday struck down the government's ban on the video app "
        "Flikka, ruling that ministers had failed to show that the app posed a real threat to "
        "national security.\n"
        "The ban, imposed in July by digital minister Jonas Vintner, had blocked the app for "
        "about six million Quorlani users. The court said the government had relied on general "
        "concerns about the laws of Kovaria, where Flikka's owner Sarvel Interactive is based, "
        "without evidence about the app itself.\n"
        '"A measure that silences millions of people requires more than suspicion," the court\'s '
        "president, Judge Hedda Lorne, said in her ruling. The government has 30 days to "
        "appeal.\n"
        "The ruling was welcomed by free speech groups and by Kovaria, whose foreign ministry "
        "said it hoped trade relations could now return to normal. Analysts said the dispute "
        "had cost Sarvel about 5% of its yearly revenue, and that advertisers had moved their "
        "spending to rival apps.\n"
        "Vintner said he was disappointed and would study the ruling. He said the government "
        "could bring a new law giving it clearer powers to block foreign apps.\n"
        "Sarvel Interactive said the app would be available again in Quorlan within days and "
        "thanked its users for their patience. Creators who lost their income during the ban "
        "said they would consider suing the state.",
    ),
    Piece(
        "app-lifted",
        "Screenshift",
        D4 + 8.5,
        "Flikka is coming back",
        "Quorlani users can download the app again from Wednesday, Sarvel said after Monday's "
        "court ruling. Creators celebrated online.",
    ),
)

DAYS: tuple[float, ...] = (D1, D2, D3, D4)
"""The four publication days, hours after coverage.T0."""
