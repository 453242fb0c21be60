"""Word lists the extractors share: speech verbs, titles, roles, bodies, names by gender."""

from __future__ import annotations

from briefing.extract.words import looks_plural, wordset

SPEECH_VERBS = wordset(
    """said says say told tells tell added adds add noted notes stressed stresses emphasized
    emphasised emphasizes emphasises hailed hails reiterated reiterates reaffirmed reaffirms
    explained explains warned warns argued argues insisted insists asked asks replied replies
    answered wrote writes announced announces declared declares stated continued recalled
    recalls acknowledged admitted admits claimed commented observed remarked
    promised pledged urged urges described describes called predicted
    suggested suggests concluded conceded complained cautioned countered confirmed confirms
    instructed ordered proposed vowed joked quipped welcomed welcomes assured underlined
    underscored affirmed believes believed thinks reported reports responded responds tweeted
    tweets implored implores shouted yelled exclaimed wondered mused recounted boasted bragged
    scoffed snapped retorted demanded pleaded testified texted emailed posted chimed interjected
    lamented protested contended maintained charged asserted opined cried chanted laughed sighed
    railed thundered proclaimed continues insists explains observes recounts acknowledges
    predicts cautions concedes counters jokes quips boasts complains declared reads
    write written exhorted exhorts quip calls mentioned mentions whispered
    according saying adding noting stressing telling expressing describing calling arguing warning
    insisting explaining emphasizing emphasising reiterating announcing declaring urging
    responding tweeting writing asking yelling shouting screaming screamed chanting exclaiming
    quipping joking replying recalling vowing pleading yells shouts agreed disagreed concurred
    echoed echoes echoing gushed fumed grumbled griped marveled marvelled raved ranted
    agrees asserts contends exclaims opines pleads proclaims retorts scoffs gushes grumbles
    rants jeered jeers jeering heckled taunted taunts taunting roared roars muttered mutters
    boomed booms sneered sneers groaned begged begs bemoaned bemoans"""
)
"""Verbs (and participles) that attribute words to someone."""

PARTICIPLES = frozenset(w for w in SPEECH_VERBS if w.endswith("ing"))
WORDS_SAID = wordset(
    """promise pledge vow slogan line remark comment quip mantra motto refrain catchphrase
    warning assurance boast question statement tweet call assumption argument message claim
    view pitch words answer response reply explanation reasoning advice prediction verdict
    retort"""
)
"""Nouns of what someone says or holds: Lee's “...” pledge, His argument was that “...”."""

HONORIFIC_ABBREVIATIONS = wordset(
    """mr mrs ms dr prof gen col lt sgt capt maj adm cmdr sen rep gov rev hon fr amb atty supt
    insp smt engr barr alh comr brig cpl pvt"""
)
"""Titles written shortened before a name (Sen., Gen., Rev.), with those of West African, Indian
and Philippine copy (Engr., Barr., Alh., Comr., Smt., Atty.): they end no sentence, and name
no one themselves (lower-cased, without the full stop)."""

TITLE_WORDS = (
    wordset(
        """president presidents prime minister ministers deputy vice governor spokeswoman spokesman
    spokesperson chairman chairwoman chair director secretary ambassador mayor general senator
    chief executive head leader official economist analyst envoy commissioner ceo founder manager
    professor dr dr. mr mr. mrs mrs. ms ms. host first state acting former press officer adviser
    advisor aide speaker king queen prince princess duchess emperor empress sultan emir sheikh sir
    dame pope patriarch archbishop judge lawyer colonel captain chancellor premier
    lieutenant commander marshal admiral sergeant foreign finance energy economy transport
    agriculture trade education health defence defense interior justice emergency ecology culture
    labour labor industry economic digital development science higher affairs association
    union council board committee bank central national chamber company corporation group
    institute university party general-director managing senior junior assistant co-founder
    anchor co-anchor co-host correspondent columnist commentator pollster strategist
    minister-counsellor deputy-head rep reps sen sens gov gen lt col sgt capt maj adm cmdr prof
    coach defender striker goalkeeper midfielder winger quarterback pitcher skipper
    rev atty supt amb messrs representative congressman congresswoman assemblyman assemblywoman
    councilman councilwoman alderman delegate sheriff attorney justice rabbi reverend pastor
    bishop cardinal republican republicans democrat democrats democratic gop libertarian
    independent presidential candidate nominee hopeful front-runner frontrunner contender
    businessman businesswoman billionaire mogul activist anchor commentator columnist
    correspondent reporter editor pollster strategist consultant operative majority minority
    whip senate campaign manager staff staffer surrogate counsel legislator
    lawmaker state's then-candidate then-senator then-president shri smt shrimati alhaji alhaja
    haji hajjah datuk dato datin tun mallam honourable honorable principal additional joint
    special associate permanent collector superintendent inspector registrar"""
    )
    | HONORIFIC_ABBREVIATIONS
)
"""Words of a title or department that may stand before a person's name (lower-cased); with
the honorifics of Indian, Malaysian and Nigerian copy (Shri, Smt., Datuk, Alhaji, Engr.)."""

TITLE_PROPER = (
    wordset(
        """president minister governor spokeswoman spokesman spokesperson chairman chairwoman chair
    director secretary ambassador mayor general senator chief executive head leader official
    economist analyst envoy commissioner ceo founder manager professor dr mr mrs ms premier
    chancellor king queen prince princess duchess emperor empress sultan emir sheikh pope sir dame
    patriarch archbishop bishop cardinal judge colonel captain lieutenant
    commander marshal admiral sergeant deputy adviser advisor aide officer speaker rep sen gov
    gen lt col sgt capt maj adm prof rev representative congressman congresswoman coach defender
    striker goalkeeper midfielder winger quarterback pitcher skipper shri"""
    )
    | HONORIFIC_ABBREVIATIONS
)
"""Title words that, just before a capitalised name, mark it as a person's (with the
honorifics of Nigerian, Ghanaian, Indian and Philippine copy: Hon., Engr., Barr., Smt.)."""

NATIONALITIES = wordset(
    """russian kazakh kazakhstani uzbek tajik kyrgyz turkmen azerbaijani azeri georgian armenian
    chinese american u.s. us british french german italian turkish iranian afghan pakistani
    indian ukrainian belarusian european japanese korean mongolian host"""
)

PERSON_HEADS = wordset(
    """official officials source sources trader traders analyst analysts diplomat diplomats
    economist economists banker bankers spokesman spokeswoman spokesperson minister leader
    president governor director chairman chairwoman executive expert experts resident residents
    witness witnesses lawmaker lawmakers officer representative envoy aide adviser advisor
    fisherman farmer farmers student students activist activists biologist hydrologist scientist
    scientists researcher researchers engineer worker workers man woman person investor investors
    importer exporter broker brokers strategist manager owner driver doctor teacher cardinal
    pope candidate candidates nominee senator congressman congresswoman supporter supporters
    voter voters protester protesters member members user users critic critics observer
    observers historian professor lawyer lawyers attorney prosecutor prosecutors judge agent
    agents aides staffer staffers pollster consultant operative insider insiders donor donors
    delegate delegates organizer organizers volunteer volunteers veteran veterans friend friends
    neighbor neighbour host anchor reporter journalist columnist writer author editor
    commentator mayor secretary ambassador soldier ceo founder employee employees attendee
    participant citizen citizens parent parents nurse pastor priest rabbi imam moderator
    caller viewer reader fan fans republican republicans democrat democrats conservative coach
    defender striker goalkeeper midfielder winger quarterback pitcher skipper captain
    conservatives liberal liberals lobbyist lobbyists developer actress actor assailant
    leaders lawmaker legislator legislators chief surrogate advisers aide"""
)
"""Nouns naming people who may be quoted without a name."""
KIN = wordset(
    """husband wife son daughter father mother brother sister widow widower spouse partner
    fiance fiancee fiancé fiancée girlfriend boyfriend grandson granddaughter grandmother
    grandfather uncle aunt niece nephew cousin"""
)
"""Kin before a name and its comma ("his wife, Ann,"): the name is a person's. (Not heads of
a speaker's description: "her husband" near a named woman would take her quotes.)"""

ROLE_HEADS = wordset(
    """diplomat minister leader president governor director chairman chairwoman spokesman
    spokeswoman spokesperson envoy premier chancellor head official coach defender striker
    goalkeeper midfielder winger quarterback pitcher skipper captain emperor sultan sheikh emir
    monarch archbishop pm cm pontiff"""
)
"""Definite roles (the Russian leader, the minister) that point back to a named person (not
the king, the pope or the bishop: King, Pope and Bishop are surnames too)."""

PERSON_TITLES = frozenset(
    w for w in TITLE_WORDS & (PERSON_HEADS | ROLE_HEADS) if not looks_plural(w)
)
"""Title words of one person: in lower case before a capitalised name ("the columnist Nadia
Ferris", "pollster Ida Marsh"), they show it is a person's."""

BODY_HEADS = wordset(
    """ministry company bank government agency committee service office institute association
    union kremlin group fund organisation organization regulator council embassy court authority
    authorities administration corporation statement department commission parliament cabinet
    firm operator exchange centre center campaign party network website newspaper magazine
    report poll survey letter memo release study chiefs bureau league federation alliance
    coalition foundation society club forum movement front congress assembly confederation
    chamber board tribunal caucus"""
)
"""Nouns naming bodies that speak (the ministry said), last in a body's name (the Harbor
Civic League: no one's name)."""

FEMALE_NAMES = wordset(
    """aigerim aigul aizhan ainur asel saule zhanar dinara gulnara gulmira dilnoza nigora gaukhar
    kamila madina elvira zarina malika mukhabbat shahnoza nargiza aliya alina leyla aida
    jennifer karen ingrid esther ruth beatrice ursula agnes christine margaret elizabeth
    mary patricia linda barbara susan jessica sarah nancy betty sandra ashley dorothy kimberly
    emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia
    amy kathleen angela shirley anna brenda pamela emma nicole helen samantha katherine
    debra rachel carolyn janet catherine maria heather diane julie joyce victoria kelly
    christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances
    gloria ann kathryn alice jean doris judy julia grace denise marilyn beverly danielle
    theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary
    carly sheryl nikki condoleezza madeleine michele elise kellyanne ivanka melania ivana
    chelsea huma donna katrina dana kirsten tammy jeanne meghan megyn hope sally jill tulsi
    debbie loretta janet valerie susana claire jan joni kelly marsha lisa tina wendy kate
    abigail molly erin jenna liz beth betsy peggy eleanor nina sonia elena olga irina natalia
    tatiana svetlana angela theresa marine ségolène dianne debbie stephanie tara maxine
    nancy patty barbara kamala elizabeth kristen kirsten anne trish jane joanne lynn
    cecile carmen rosa ana lucia sofia gabriela adriana monica veronica teresa yolanda
    fatima aisha amina leila yasmin sara laila zainab heidi holly wanda vicki gail sue
    jo jackie kathy cathy connie peggy robin stacy tracy wendy terri sherry penny kim
    lois marcia norma phyllis rita roberta sylvia vivian ellen kristin katie maggie fatima aisha
    ayesha khadija nasreen priya sunita anita pooja neha kavita rekha sushila mamata"""
)
MALE_NAMES = wordset(
    """james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
    jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis bernie barack ted marco jeb chris
    mike mitt rand ben newt rick bill jim tim tom bob dick joe al hank herman jimmy ronald
    reince mitch harry chuck lindsey orrin rudy rudolph newt karl steve corey reince sean
    vladimir dmitry sergei sergey boris recep xi shinzo francois emmanuel nicolas
    barry lyndon dwight franklin woodrow abraham ulysses nick tony jon jonathan elliott
    bret chuck wolf anderson tucker rush glenn greg hugh jake ron sam dan ed fred ken pat
    stan don gene jorge carlos luis miguel manuel pedro antonio francisco javier ricardo
    alejandro rafael fernando eduardo roberto mario sergio diego andres raul ahmed mohammed
    muhammad omar khalid tariq ibrahim yusuf mustafa abdul jamal malik
    darrell derek travis troy shane todd brett craig neil
    clarence leonard marvin victor jay rex
    wesley calvin kurt alvin bradley cody evan
    ian joel luke max oscar owen seth spencer cliff doug hal lou phil rob
    stu vic wally dave andy matt tom josh nate zach ted bo ty kirk
    mohammad mohamed mohamad muhammed ahmad syed rafiq nasir hasan hassan hussain imran kamal
    anwar salim aminul rafiqul shafiqul mizanur habibur golam nurul shahidul farid ismail osman
    usman umar rajesh ramesh suresh rahul amit sanjay vijay arun anil sunil ashok rakesh pradeep
    manoj narendra nitin arvind"""
)
"""Common first names of men (with South Asian and Arab ones agency copy names often); with
FEMALE_NAMES they give a person's gender for he and she."""
MALE_A_NAMES = wordset("nikita ilya musa isa luka foma kuzma yahya mustafa joshua")
FIRST_NAMES = FEMALE_NAMES | MALE_NAMES | MALE_A_NAMES
FEMALE_WORDS = wordset(
    """she her hers herself spokeswoman chairwoman ms mrs madam woman congresswoman
    businesswoman councilwoman assemblywoman wife mother daughter sister"""
)
MALE_WORDS = wordset(
    """he him his himself spokesman chairman mr sir man congressman businessman councilman
    assemblyman husband father son brother"""
)

NOT_NAMES = wordset(
    """although though neither both then now even still like instead another yet so but and or
    nor either while whereas if unless because since once until whether meanwhile however rather
    moreover indeed perhaps maybe only just next this that these those there here every each all
    some many most few several such other others today yesterday tonight tomorrow asked
    does did do is was has had would can could should might must are were what who whom why
    how where which given more less much among amid upon within toward towards i'm i’m
    monday tuesday wednesday thursday friday saturday sunday january february march july august
    september october november december two three four five six seven eight nine ten eleven
    twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
    dozens several most exclusive analysis breaking explainer factbox editorial likewise
    furthermore nonetheless nevertheless otherwise besides anyway wait yes often sometimes
    usually"""
) | wordset(
    # A minister's portfolio before the name (Minister for Physical Infrastructure Devendra
    # Dahal): none of these is a name's (Power, Law, Steel and Home are surnames, left out).
    """health finance defence defense energy trade labour industry commerce tourism fisheries
    railways housing planning environment technology highways infrastructure communications
    information roads petroleum textiles telecom telecommunications welfare revenue treasury
    immigration agriculture education transport culture science aviation shipping"""
)
"""Capitalised words that open a sentence or name a day, or label a piece ("Exclusive:"), never
part of a person's name (April, May and June are also women's names; July is not)."""

THINGS = wordset(
    """storm hurricane typhoon cyclone tornado ship vessel tanker ferry freighter yacht
    rocket spacecraft satellite"""
)
"""Nouns before a name that make it a thing's (super typhoon Noru): no one to quote."""
PLACE_ENDS = wordset(
    """sea ocean gulf strait river lake bay peninsula valley desert canal island islands
    mountains mountain hills coast"""
)
"""Last words of a place's name (the South China Sea, the Red River): no one to quote."""

REGNAL = wordset("king queen prince princess pope sultan emir sheikh emperor empress patriarch")
"""Titles that go with a single name as the person's name (Pope Francis, King Harald)."""

LABELS = wordset(
    """breaking update updated watch email e-mail pic pics photo photos video note correction
    editor's editors stat week read more related source sources advertisement listen live
    warning exclusive analysis opinion editorial transcript update: q a possible suspect
    graphic chart map audio click subscribe follow background summary overview context recap
    explainer factbox timeline profile preview review interview poll quiz podcast comment column
    letters obituary sponsored disclaimer highlights"""
)
"""Words of a label before a colon that is no one's name and no place (BREAKING:, WATCH:,
Analysis:): neither a transcript's speaker nor a dateline."""

AGENCIES: dict[str, str] = {
    "reuter": "Reuters",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "the associated press": "AP",
    "associated press": "AP",
    "ap": "AP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "afp": "AFP",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "pti": "PTI",
    "yonhap": "Yonhap",
    "anadolu agency": "AA",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
    "ani": "ANI",
    "asian news international": "ANI",
    "ians": "IANS",
    "press trust of india": "PTI",
    "dpa": "dpa",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "bernama": "Bernama",
    "ansa": "ANSA",
    "efe": "EFE",
    "interfax": "Interfax",
    "kuna": "KUNA",
    "wam": "WAM",
    "spa": "SPA",
    "mena": "MENA",
    "aap": "AAP",
    "yonhap news agency": "Yonhap",
    "dow jones": "Dow Jones",
    "dow jones newswires": "Dow Jones",
    "anadolu": "AA",
    "irna": "IRNA",
    "antara": "ANTARA",
    "kazinform": "Kazinform",
    "vna": "VNA",
    "pna": "PNA",
    "bss": "BSS",
    "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik",
    "jiji": "Jiji",
    "jiji press": "Jiji",
    "canadian press": "CP",
    "europa press": "Europa Press",
    "lusa": "Lusa",
    "belga": "Belga",
    "ukrinform": "Ukrinform",
    "prensa latina": "Prensa Latina",
    "tasnim": "Tasnim",
    "azertag": "AzerTag",
    "agerpres": "Agerpres",
    "notimex": "Notimex",
    "adnkronos": "Adnkronos",
    "ritzau": "Ritzau",
    "central news agency": "CNA",
    "kcna": "KCNA",
    "unian": "UNIAN",
    "sana": "SANA",
    "belta": "BelTA",
}
"""News agencies' names as they sign, credit or head their copy (lower case) → the name the
service prints in its own datelines (`Reuters`, `AP`, `AFP`): a story gets one source whether
its outlet is read from its head or from its foot."""
