"""The words outlets use for one thing, read as one word: a headline's word and the plainer
one (a "probe" is an investigation), how a price's fall and rise are told, the tabloid's word
and the wire's, a country and its people, a verb and its particle noun. stem() reads a word
through SYNONYMS before it stems it (see words.stem)."""

from __future__ import annotations

SYNONYMS = {
    "quake": "earthquake",
    "quakes": "earthquake",
    "tremor": "earthquake",
    "tremors": "earthquake",
    "hike": "raise",
    "hikes": "raise",
    "lifts": "raise",
    "raises": "raise",
    "raised": "raise",
    "pact": "agreement",
    "accord": "agreement",
    "deal": "agreement",
    "agree": "agreement",
    "agrees": "agreement",
    "agreed": "agreement",
    "talks": "negotiation",
    "polls": "election",
    "vote": "election",
    "blaze": "fire",
    # A train that derails has crashed, as the next day's headlines say ("after the Wenlow
    # crash"); not "derail" itself, mostly a plan's or talks' ("threatens to derail").
    "derails": "crash",
    "derailed": "crash",
    "derailment": "crash",
    "derailments": "crash",
    # A data breach is a hack, as the outlets that tell one call the other.
    "breach": "hack",
    "breaches": "hack",
    "breached": "hack",
    "probe": "investigation",
    # One who quits a post resigns it: a tabloid's "has quit" and the wire's "resigned".
    "quit": "resign",
    "quits": "resign",
    "quitting": "resign",
    "curbs": "restriction",
    "slashes": "cut",
    "slash": "cut",
    "govt": "government",
    # Snowball stems "sued" and "suing" to "su", which a name ("Su") is too.
    "sued": "sue",
    "suing": "sue",
    "indict": "charge",
    "indicts": "charges",
    "indicted": "charged",
    "indictment": "charges",
    "defraud": "fraud",
    "defrauded": "fraud",
    "defrauding": "fraud",
    "convicted": "guilty",
    "convicts": "guilty",
    "conviction": "guilty",
}
"""Headline words and the plainer words other outlets use for the same thing."""


def _read_as(table: dict[str, str]) -> dict[str, str]:
    """Each other word of a table (plain word → its other words, space-separated) → the plain
    word it is read as."""
    return {word: plain for plain, words in table.items() for word in words.split()}


_FALL = "drop drops dropped slide slides slid sink sinks sank slump slumps slumped tumble tumbles \
tumbled plunge plunges plunged plummet plummets plummeted sag sags sagged dive dives dived \
fall falls fell fallen shed sheds slip slips slipped hammered battered smashed pummelled pummeled"
_RISE = "rise rises rose risen climb climbs climbed jump jumps jumped surge surges surged soar \
soars soared rally rallies rallied gain gains gained spike spikes spiked"
SYNONYMS |= _read_as({"fall": _FALL, "rise": _RISE})
"""How headlines say a price or a count fell or rose: outlets pick different verbs for one
move (Bitcoin "drops", "sinks", "slides", "sheds 9%", "is getting hammered"), and tokens
must meet for the items to."""


_TABLOID = {
    "prisoner": "inmate inmates jailbird jailbirds escapee escapees fugitive fugitives",
    "prison": "jail jails jailed jailing",
    "police": "cop cops",
    "thief": "crook crooks thieves robbers",
    "steal": "swipe swipes swiped stole stolen",
    "arrest": "nab nabs nabbed detained",
}
SYNONYMS |= _read_as(_TABLOID)
"""The tabloid's word and the wire's for one thing: the "jailbird" the cops "nabbed" is the
fugitive prisoner police arrested, the "crooks" who "swiped" £40m the thieves who stole it.
("prisoner" and "prison" share a stem.) Only words with one sense in news copy: not
"caught" (fire), "lags" (behind), "nick" (a name), "held" (talks), "bust" (a raid, or
broke), "free" (trade). On the ten blind sets one day at a time the pair F1 mean rose 0.826
-> 0.831 and the worst day's 0.696 -> 0.703, with every other labelled set the same."""

_DEMONYMS = {
    "korea": "korean koreans",
    "china": "chinese",
    "japan": "japanese",
    "taiwan": "taiwanese",
    "vietnam": "vietnamese",
    "myanmar": "burmese burma",
    "thailand": "thai thais",
    "israel": "israeli israelis",
    "iraq": "iraqi iraqis",
    "pakistan": "pakistani pakistanis",
    "bangladesh": "bangladeshi bangladeshis",
    "nepal": "nepali nepalis nepalese",
    "lanka": "lankan lankans",
    "kuwait": "kuwaiti kuwaitis",
    "qatar": "qatari qataris",
    "yemen": "yemeni yemenis",
    "oman": "omani omanis",
    "bahrain": "bahraini bahrainis",
    "emirates": "emirati emiratis",
    "azerbaijan": "azerbaijani azerbaijanis",
    "lebanon": "lebanese",
    "sudan": "sudanese",
    "somalia": "somali somalis",
    "libya": "libyan libyans",
    "morocco": "moroccan moroccans",
    "kenya": "kenyan kenyans",
    "uganda": "ugandan ugandans",
    "rwanda": "rwandan rwandans",
    "zimbabwe": "zimbabwean zimbabweans",
    "congo": "congolese",
    "senegal": "senegalese",
    "mali": "malian malians",
    "angola": "angolan angolans",
    "mozambique": "mozambican mozambicans",
    "africa": "african africans",
    "europe": "european europeans",
    "canada": "canadian canadians",
    "mexico": "mexican mexicans",
    "cuba": "cuban cubans",
    "haiti": "haitian haitians",
    "jamaica": "jamaican jamaicans",
    "venezuela": "venezuelan venezuelans",
    "chile": "chilean chileans",
    "peru": "peruvian peruvians",
    "argentina": "argentine argentines argentinian argentinians",
    "philippines": "filipino filipinos",
    "britain": "british briton britons",
    "ireland": "irish",
    "scotland": "scottish scots",
    "wales": "welsh",
    "france": "french",
    "germany": "german germans",
    "netherlands": "dutch",
    "switzerland": "swiss",
    "italy": "italian italians",
    "spain": "spanish spaniard spaniards",
    "portugal": "portuguese",
    "greece": "greek greeks",
    "turkey": "turkish turks",
    "cyprus": "cypriot cypriots",
    "malta": "maltese",
    "hungary": "hungarian hungarians",
    "belgium": "belgian belgians",
    "norway": "norwegian norwegians",
    "sweden": "swedish swede swedes",
    "denmark": "danish dane danes",
    "finland": "finnish finn finns",
    "moldova": "moldovan moldovans",
    "catalonia": "catalan catalans",
    "tibet": "tibetan tibetans",
    "nigeria": "nigerian nigerians",
    "liberia": "liberian liberians",
    "georgia": "georgian georgians",
    "romania": "romanian romanians",
    "virginia": "virginian virginians",
}
SYNONYMS |= _read_as(_DEMONYMS)
"""A country and its people as one word where their stems do not meet: "North Korean missile"
and "North Korea fires missile", "Chinese" and "China", "Israeli" and "Israel", "French" and
"France" (stem() joins the endings -ia and -ian itself: Russian and Russia, Syrian and Syria;
and Afghan and Afghanistan, Kazakh and Kazakhstan by -stan). Of the demonyms of 130 countries
and peoples Snowball left 83 apart from their countries. Not "American", which is the
Americas' and a good many firms' ("American Airlines", "Latin American") as much as a country's:
in PolNeAR's campaign it joined two candidates' days.

The blind sets' countries are made up with demonyms in -ian, so they cannot show this; on
the real Google News groups and PolNeAR's events (see SHORT_FORMS) the figures are given."""

_COMPOUNDS = {
    "shut": "shutdown shutdowns",
    "crack": "crackdown crackdowns",
    "clamp": "clampdown clampdowns",
    "lock": "lockdown lockdowns",
    "slow": "slowdown slowdowns",
    "melt": "meltdown meltdowns",
    "sell": "selloff selloffs",
    "walk": "walkout walkouts",
    "bail": "bailout bailouts",
    "shake": "shakeup shakeups",
    "roll": "rollout rollouts",
    "pull": "pullout pullouts",
}
SYNONYMS |= _read_as(_COMPOUNDS)
"""A verb and its particle written as one noun, read as the verb: the particle is a stop word,
so "shuts down", "shut down" and "shut-down" are read as "shut", and so is "the shutdown"
now ("cracks down" and "the crackdown", "sold off" and "the sell-off" are, "selloff" too).
Only verbs whose word tells the act by itself: not "take" of "takeover", "lay" of
"layoffs", "turn" of "turnout"."""

_NOT_DEMONYMS = """
    media multimedia median mania militia mafia sharia bacteria criteria utopia dystopia
    guardian civilian physician clinician technician pedestrian comedian historian librarian
    custodian vegetarian veterinarian humanitarian authoritarian totalitarian libertarian
    sectarian egalitarian utilitarian parliamentarian agrarian contrarian centenarian
    nigeria liberia georgia romania virginia victoria olympia
"""
NOT_DEMONYMS = frozenset(_NOT_DEMONYMS.split())
"""Words in -ia and -ian that stem() leaves to Snowball, though it cuts those endings itself
(Russian, Russia: see words.stem): they name no country nor its people, or the word left
would be another word's. "civilian" was "civil", "guardian" "guard", "physician" "physic"
(physics), "technician" "technic" (technical), "mania" "man", "media" "med", and "militia"
"milit" while "militias" was "militia"; Nigeria was Niger, Liberia "liber" (liberal), Georgia
George, Romania Roman, Virginia Virgin, Victoria Victor, Olympia the Olympics. Those five
countries and their peoples meet through _DEMONYMS instead."""
