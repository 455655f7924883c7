/**
 * The closed word lists the attribution rules read. Lower case; a set per job so each rule says
 * which words it trusts.
 */

function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Verbs that attribute words to their subject ("X said", "X dismissed it as …", "X urged … to …"). */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told add adds added state states stated declare declares declared
  write writes wrote post posts posted tweet tweets tweeted explain explains explained note notes noted
  insist insists insisted argue argues argued claim claims claimed warn warns warned announce announces
  announced confirm confirms confirmed continue continues continued remark remarks remarked reply replies
  replied respond responds responded ask asks asked urge urges urged stress stresses stressed emphasise
  emphasises emphasised emphasize emphasizes emphasized acknowledge acknowledges acknowledged admit admits
  admitted concede concedes conceded counter counters countered recall recalls recalled observe observes
  observed predict predicts predicted promise promises promised vow vows vowed pledge pledges pledged
  suggest suggests suggested maintain maintains maintained contend contends contended assert asserts
  asserted reiterate reiterates reiterated dismiss dismisses dismissed call calls called describe describes
  described quip quips quipped joke jokes joked complain complains complained lament laments lamented
  caution cautions cautioned conclude concludes concluded deny denies denied allege
  alleges alleged boast boasts boasted muse muses mused shout shouts shouted comment comments commented
  indicate indicates indicated signal signals signaled signalled report reports reported estimate
  estimates estimated clarify clarifies clarified hail hails hailed praise praises praised brand brands
  branded label labels labeled labelled accuse accuses accused criticise criticises criticised criticize
  criticizes criticized slam slams slammed blast blasts blasted decry decries decried condemn condemns
  condemned welcome welcomes welcomed demand demands demanded testify testifies testified recount recounts
  recounted echo echoes echoed retort retorts retorted exclaim exclaims exclaimed proclaim proclaims
  proclaimed reveal reveals revealed disclose discloses disclosed plead pleads pleaded begged whispered
  yelled cried sighed snapped wondered questioned predicted characterised characterized touted mocked
  derided rejected advise advises advised found finds threaten threatens threatened blame blames blamed
  defend defends defended denounce denounces denounced cite cites cited liken likens likened portray
  portrays portrayed voice voices voiced express expresses expressed laud lauds lauded
`);

/** Participles that hang a reported clause on the sentence's subject (", saying that …"). */
export const SPEECH_PARTICIPLES = words(`
  saying adding telling writing insisting warning noting arguing explaining urging calling describing
  stressing claiming declaring asserting suggesting acknowledging admitting calling dismissing posting
  stating ruling finding
`);

/** Verbs that state a fact or a figure ("Ukraine's air force said Russia launched 464 drones"). */
export const REPORTING_VERBS = words(`
  say says said tell tells told confirm confirms confirmed report reports reported announce announces
  announced estimate estimates estimated add adds added state states stated note notes noted write writes
  wrote post posts posted claim claims claimed insist insists insisted clarify clarifies clarified
  indicate indicates indicated warn warns warned reveal reveals revealed disclose discloses disclosed
  acknowledge acknowledges acknowledged admit admits admitted explain explains explained argue argues
  argued declare declares declared tweet tweets tweeted predict predicts predicted suggest suggests
  suggested maintain maintains maintained deny denies denied allege alleges alleged counted put expect
  expects expected forecast forecasts projected projects recorded registered found finds show shows
  showed
`);

/** Words that may sit between a subject and its speech verb ("Macron also said", "she has repeatedly told"). */
export const VERB_PRELUDE = words(`
  also later then earlier again further separately privately publicly recently previously once first
  has had have would will could did does do had may might must should often repeatedly already still
  subsequently now initially originally quickly reportedly allegedly angrily bluntly flatly simply
  yesterday today tonight
`);

export const WEEKDAYS = words(`
  monday tuesday wednesday thursday friday saturday sunday
`);

export const PERSONAL_PRONOUNS = words(`he she`);
export const BODY_PRONOUNS = words(`it they`);

/** Courtesy titles that are not roles: "Mr. Bevz" is Bevz. */
export const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. miss mx mx. dr dr. prof prof. sir dame lord lady
`);

/** Titles and role nouns; the name follows the last of them ("French President Emmanuel Macron"). */
export const TITLE_WORDS = words(`
  president vice prime minister secretary senator sen. rep. representative gov. governor mayor
  chancellor king queen prince princess pope general gen. lt. col. maj. sgt. capt. adm. cmdr. admiral
  commander chief director spokesman spokeswoman spokesperson ceo cfo coo chairman chairwoman chair
  chairperson judge justice attorney ambassador envoy adviser advisor leader speaker deputy delegate
  commissioner coach captain officer inspector sheriff detective premier president-elect emir sheikh
  ayatollah cardinal archbishop bishop rabbi imam editor correspondent reporter analyst economist
  professor official lawmaker congressman congresswoman councillor councilman councilwoman legislator mp
  mep negotiator diplomat founder executive head manager candidate nominee strategist researcher
  scientist expert doctor nurse lawyer prosecutor resident survivor witness activist aide colonel major
  lieutenant sergeant marshal superintendent treasurer secretary-general rapporteur spokesmen
  representatives senators officials ministers presidents lawmakers residents witnesses experts
  analysts sec. atty. supt. insp. det. gen rep sen gov col lt maj sgt capt adm mayor-elect premier-elect
  director-general commissioner-general co-founder cofounder owner partner member minister-president
  physician historian author professor-emeritus pastor priest father brother sister
`);

/**
 * Occupations and descriptions that make a role in lower case ("tech billionaire Elon Musk", "the
 * actor said") but are too often surnames to split a capitalised name on ("Gary Player").
 */
export const ROLE_NOUNS = words(`
  billionaire actor actress singer novelist writer poet artist entrepreneur investor businessman
  businesswoman player striker midfielder goalkeeper defender forward star host presenter comedian
  filmmaker producer rapper musician athlete champion mother father son daughter wife husband farmer
  teacher student worker shopkeeper driver soldier pilot volunteer retiree pensioner protester organizer
  organiser campaigner blogger journalist photographer commentator pollster consultant engineer architect
  designer chef surgeon psychologist psychiatrist epidemiologist virologist mediator magistrate counsel
  solicitor barrister defendant plaintiff suspect victim relative neighbour neighbor colleague friend
  fan supporter critic opponent rival challenger incumbent undersecretary under-secretary assistant
  associate fellow lecturer dean principal rector provost founder owner chief paramedic firefighter
  medic trader banker fund-manager strategist shopowner mom dad grandmother grandfather widow
  refugee evacuee migrant citizen voter parent parents people person source sources
`);

/** Lower-case words that head a phrase naming a body ("the ministry", "Ukraine's air force"). */
export const BODY_NOUNS = words(`
  ministry department office council committee commission agency authority authorities union party
  government army force forces navy guard police court bank fund institute university company
  corporation group association federation organization organisation network service services
  foundation centre center house kremlin pentagon parliament congress senate assembly cabinet
  administration embassy mission board bureau command military ministries officials police
  prosecutors investigators regulator regulators spokesperson's statement military's operator firm
  campaign team coalition alliance movement delegation secretariat presidency observatory monitor
  watchdog newspaper agency's broadcaster league club company firm airline carrier operator business
  platform retailer lender insurer maker manufacturer producer developer startup chain outlet magazine
  website charity district prefecture confederation association giant conglomerate exchange utility
  publisher studio school hospital university institute court tribunal prosecutor's municipality
  city town region province state county
`);

/** Descriptions that stand for a body's name in later sentences ("the company", "the airline"). */
export const CORPORATE_NOUNS = words(`
  company firm airline carrier operator service business platform retailer lender insurer maker
  manufacturer producer developer startup chain group giant conglomerate bank broadcaster publisher
  studio network utility
`);

/** Capitalised words that make a name a body ("Bloomberg News", "the State Department"). */
export const ORG_WORDS = words(`
  ministry department office council committee commission agency authority union party government army
  force forces navy guard police court bank fund institute university college school hospital company
  corporation corp corp. inc inc. ltd ltd. llc plc group association federation organization organisation
  nations news press times post journal network service services foundation center centre house kremlin
  pentagon parliament congress senate assembly duma cabinet administration embassy mission board bureau
  command club league alliance coalition movement front reuters afp ap cnn bbc nato un eu who imf fbi
  cia nasa opec unicef unesco unhcr iaea ngo airlines airways railways motors bloomberg telegraph
  guardian herald tribune gazette daily weekly media television tv radio agency observatory
  presidency secretariat commission's ministry's kremlin's states emirates kingdom republic
  federation church council's agencies ministries forces' brigade battalion regiment division corps
  fleet guards hamas hezbollah taliban isis houthis confederation association institute society
  capital partners securities trust district
`);

/** Heads of a document that speaks for its author ("according to a statement from the ministry"). */
export const DOCUMENT_NOUNS = words(`
  statement report reports data figures tally count estimates estimate post video release transcript
  letter filing documents document memo survey study analysis assessment update bulletin poll polls
  census review audit projections projection forecast findings research
`);

/** Adjectives before a name that belong to the role, not the name ("Ukrainian Oleksandr Bevz"). */
export const ROLE_ADJECTIVES = words(`
  american british french german russian ukrainian chinese israeli palestinian iranian turkish polish
  italian spanish japanese korean indian pakistani syrian lebanese egyptian saudi canadian mexican
  brazilian european dutch belgian swedish norwegian finnish danish hungarian czech greek iraqi afghan
  qatari emirati jordanian yemeni sudanese ethiopian kenyan nigerian australian irish scottish welsh
  venezuelan colombian argentine argentinian belarusian georgian armenian azerbaijani kazakh taiwanese
  vietnamese thai indonesian filipino portuguese swiss austrian romanian bulgarian serbian croatian
  slovak slovenian estonian latvian lithuanian icelandic tajik kyrgyz uzbek turkmen chilean peruvian
  ecuadorian bolivian cuban moroccan algerian tunisian libyan somali congolese ugandan tanzanian
  zambian zimbabwean ghanaian rwandan malaysian singaporean bangladeshi nepali philippine democratic republican conservative labour liberal former acting
  outgoing incoming veteran top senior then-president u.s. us uk u.k. eu un gop democrat republicans
  democrats kremlin white
`);

/** Lower-case parts of names ("Ursula von der Leyen", "Bashar al-Assad"). */
export const NAME_PARTICLES = words(`
  de del della der den van von da di du la le al el bin ibn bint ben abu dos das y st. ter ten
`);

/** Words before a quotation that make it a label or a title, not someone's words. */
export const LABEL_CUES = words(`
  so-called dubbed nicknamed titled entitled named headlined term word words phrase hashtag slogan
  motto song film book album show series programme program operation movie documentary novel play
  poem article column podcast brand codenamed code-named banner tagline hashtag catchphrase nickname
  moniker label
`);

/** "known as", "referred to as": the words before "as" that make a quotation a label. */
export const LABEL_BEFORE_AS = words(`known referred billed styled branded marketed touted`);

export const NUMBER_WORDS = words(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
  eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
  thousands million millions billion billions trillion trillions dozen dozens half quarter percent
  double triple twice tripled doubled halved
`);

export const MONTHS = words(`
  january february march april may june july august september october november december jan jan. feb
  feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
`);

/**
 * Countries and capitals, which stand for their governments ("Russia said", "Moscow said") and are
 * never "he" or "she".
 */
export const PLACES = words(`
  afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus
  belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia congo
  croatia cuba cyprus czechia denmark ecuador egypt england estonia ethiopia europe finland france
  georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland
  israel italy japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia lebanon libya
  lithuania luxembourg malaysia mali malta mexico moldova mongolia montenegro morocco mozambique myanmar
  nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru
  philippines poland portugal qatar romania russia rwanda scotland senegal serbia singapore slovakia
  slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia
  turkey turkiye uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe africa
  asia america washington moscow kyiv kiev beijing brussels london paris berlin tehran jerusalem gaza
  tokyo seoul delhi islamabad kabul baghdad damascus beirut cairo ankara rome madrid warsaw minsk
  budapest vienna geneva ottawa canberra pyongyang havana caracas riyadh doha ramallah tel aviv
  taipei manila jakarta hanoi bangkok nairobi abuja pretoria lagos dubai istanbul stockholm oslo
  helsinki copenhagen dublin lisbon athens prague bucharest sofia belgrade zagreb tbilisi yerevan baku
`);

/**
 * Words that tell a person's grammatical sex, the evidence wire copy gives before it writes "he" or
 * "she": courtesy titles ("Mr. Haldane", "Dame Judi") and relation and role nouns ("her husband,
 * Travis", "chairwoman Ana Ruiz"). Pronouns are read apart (gender.ts).
 */
export const MALE_WORDS = words(`
  mr mr. sir lord husband father son brother uncle nephew grandfather grandson
  boyfriend fiance king prince duke emperor chairman spokesman businessman congressman councilman
  sportsman statesman actor dad stepfather widower monk priest boy man
`);
export const FEMALE_WORDS = words(`
  mrs mrs. ms ms. miss dame lady wife mother daughter sister aunt niece
  grandmother granddaughter girlfriend fiancee queen princess duchess empress chairwoman spokeswoman
  businesswoman congresswoman councilwoman sportswoman stateswoman actress mom mum stepmother widow
  nun girl woman
`);

/** Verbs of questioning: whoever is asked answers next (`A reporter asked Keller …. "…," she said.`). */
export const ASKING_VERBS = words(`asked asks pressed questioned quizzed`);

/**
 * Last words of place names ("West 38th Street", "Grant County", "Rhone Valley"): a place is never
 * "he" or "she", nor a speaker.
 */
export const PLACE_SUFFIXES = words(`
  street st. avenue ave. road rd. square boulevard blvd. lane drive highway freeway bridge county province
  region valley river lake mountain mountains hills park island islands coast bay gulf sea ocean peninsula
  canton district borough township village
`);

/** Prepositions of place: a lone capitalised word after them ("in Valais", "near Sion") is a place. */
export const PLACE_PREPOSITIONS = words(`in at of from near outside across around across toward towards into`);

/** Verbs that put out a document: after "X posted updates", "a post" is one of X's. */
export const PUBLISHING_VERBS = words(`posted posts published publishes issued issues released releases tweeted announced`);

/** Verbs a document's words take: "the post read", "read a statement" (never a person's). */
export const DOCUMENT_VERBS = words(`read reads`);

/** Abbreviated titles and the role nouns they stand for: "Gov. Laura Hensley" is "the governor". */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["gov", "governor"], ["sen", "senator"], ["rep", "representative"], ["gen", "general"], ["col", "colonel"],
  ["lt", "lieutenant"], ["capt", "captain"], ["sgt", "sergeant"], ["det", "detective"], ["insp", "inspector"],
  ["supt", "superintendent"], ["atty", "attorney"], ["amb", "ambassador"], ["adm", "admiral"], ["cmdr", "commander"],
  ["maj", "major"], ["prof", "professor"], ["pres", "president"],
]);

/** Verbs that give something a name: `called it "Bran"` names, it does not quote. */
export const NAMING_VERBS = words(`call calls called calling name names named naming dubbed nicknamed christened`);

/** Nouns that fit any public body, so wire copy uses them for the one that just spoke ("the agency said"). */
export const GENERIC_BODY_NOUNS = words(`agency organisation organization body institution`);

/** "The affidavit quotes Pruitt telling a detective: …": the one a document quotes speaks. */
export const QUOTING_VERBS = words(`quote quotes quoted quoting`);

/** Headline abbreviations of a body's words: "Justice Dept." is the Justice Department. */
export const BODY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["dept", "department"],
  ["govt", "government"],
  ["assn", "association"],
  ["natl", "national"],
  ["intl", "international"],
]);
