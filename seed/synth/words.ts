/**
 * The synthetic text's vocabulary: real English words, roughly in order of how often they occur
 * in news copy (function words first, then general and newsroom words, then the long tail). The
 * synthesiser draws them with Zipf–Mandelbrot weights by rank, so a word's position here sets its
 * document frequency, as in real text: "the" is in nearly every claim, the tail in a handful.
 *
 * Never add the marker words of ./vocabulary.ts, nor a word containing one or sharing its stem
 * (the integration test checks).
 */
const FUNCTION_WORDS = `
the of and to a in that is was he for it with as his on be at by this had not are but from or
have an they which one you were her all she there would their we him been has when who will more
no if out so said what up its about into than them can only other new some could time these two
may then do first any my now such like our over even most made after also did many before must
through back years where much your way well down should because each just those people how too
little state good very make world still own see men work long get here between both life being
under never day same another know while last might us great old year off come since against go
came right used take three
`;

const GENERAL_WORDS = `
government country public president national minister party city police law court report week
month group number percent money company market billion million business plan war power support
system program policy health house home school family children women water security force
military office leader leaders campaign election vote voters senate congress parliament council
committee budget tax taxes economy economic prices price cost costs jobs job workers labor trade
deal talks agreement peace border region area local federal foreign international
said says told added according statement announced called asked expected according
told interview spokesman spokeswoman press conference
administration
four five six seven eight nine ten hundred thousand dozen half
since during until across without within along among around toward despite
however although though whether several nearly almost least less fewer
early later late recent recently already again yet ever often never always
high low large small major key main senior former current next previous
last first second third final total average annual monthly weekly daily
`;

const NEWS_WORDS = `
increase decrease rise fall grew growth cut cuts spending funding revenue deficit debt surplus
inflation interest rates rate bank banks central lending loans credit investors investment stock
shares bonds currency dollar euro exports imports tariffs tariff sanctions oil gas energy fuel
electricity power plants coal solar wind nuclear climate emissions carbon warming weather floods
drought wildfire storms heat temperatures rainfall harvest farmers crops wheat grain food supply
shortage shortages hospital hospitals doctors nurses patients vaccine vaccines virus pandemic
disease cases deaths died killed injured wounded victims attack attacks strike strikes missile
missiles drone drones troops soldiers army navy forces ceasefire offensive frontline front
territory capital province villages towns residents civilians refugees migrants asylum
immigration deportation visas citizens population census survey poll polls majority minority
opposition coalition ruling cabinet prime premier governor mayor senator lawmakers legislators
legislation bill bills amendment constitution constitutional judge judges ruling verdict trial
prosecutors charges charged arrested arrest investigation inquiry probe evidence allegations
alleged accused denied denial claims claim claimed false true misleading figures data statistics
estimate estimates estimated projected forecast analysts analysis experts researchers study
studies scientists university universities students teachers schools education tuition
housing rent rents homes mortgage mortgages construction buildings infrastructure roads bridges
railway rail trains airport airports flights airline transport traffic ports shipping ships
vessels cargo containers trucks cars vehicles electric batteries factory factories manufacturing
industry industrial production output steel aluminum copper mining mines minerals
technology tech internet online digital data privacy software companies platform platforms
social media posts video videos images photos users accounts network networks phone phones
crime crimes murder murders violence violent gun guns shooting shootings prison prisons
sentence sentenced jail fraud corruption bribery scandal resignation resigned fired appointed
elected reelection candidate candidates primary ballot ballots turnout results polling count
counted recount fraudulent rigged district districts county counties seat seats
pension pensions retirement benefits welfare unemployment wages wage salary salaries income
poverty poor rich wealth inequality households consumers spending shoppers retail sales
`;

const MORE_NEWS_WORDS = `
agency agencies ministry department departments regulator regulators authority authorities
commission board panel task watchdog auditor auditors inspector inspectors
spokesperson representative representatives delegation delegations envoy envoys ambassador
embassy diplomats diplomatic summit negotiations negotiators proposal proposals draft treaty
alliance allies partners partnership cooperation relations tensions dispute disputes conflict
crisis emergency disaster relief aid assistance humanitarian donors donations charity
reform reforms overhaul policies measures measure rules regulation regulations standards
ban banned restrictions restricted limits limit quota quotas permits license licenses
approve approved approval reject rejected rejection delay delayed postponed cancelled
launch launched opened closed closure shutdown reopen reopened expand expanded expansion
build built rebuild rebuilt repair repaired damage damaged destroyed collapse collapsed
protest protests protesters demonstrators rally rallies march marches union unions walkout
doubled tripled halved quadrupled surged soared plunged dropped declined slowed stalled
record highest lowest biggest largest smallest fastest slowest worst best
percent percentage points share proportion rate ratio level levels amount amounts
thousands millions billions trillion hundreds dozens tens
decade decades century centuries generation generations era period term terms
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday weekend morning evening night
north south east west northern southern eastern western central coastal rural urban
river rivers lake coast island islands mountain mountains valley desert forest forests
sea ocean bay harbor port border borders frontier corridor pipeline pipelines grid
wheat corn rice soybeans fertilizer livestock cattle fishing fisheries timber
water supplies reservoirs dams irrigation wells sewage pollution waste recycling plastic
air quality smog ozone lead asbestos chemicals pesticides toxic safety inspection inspections
`;

const TAIL_WORDS = `
accountability accuracy accurate acknowledged acquisition activists adequate adjusted admitted
adopted advance advisers advocacy affordable aftermath aging agreed aimed alarm alert allocated
allowed alternative ambitious amid ample analysts announcement anonymous anticipated appeal
appeals applications appointed apprentices approach appropriate arbitration archive argued
arguments armed arrival arrivals assault assessment assets assured asylum audit audits average
awarded awareness backlog balance ballot bankrupt bankruptcy barrier barriers baseline basis
behalf benchmark bilateral billionaire blame blamed blocked blockade bloc bond boost boosted
borrowing boundaries boycott breach breaches briefed briefing broadband broadcast broadcaster
brokered buffer bulletin bureau bureaucracy cabinet calculated calculation calendar capacity
caps caution cautious ceiling certified challenge challenged chamber chancellor charter checks
chief circulated cited civic civil clarified clashes clinic clinics closely coalition code
collapsed colleagues combined commissioned commitments commuters comparable compared comparison
compensation competing competition complaint complaints compliance comprehensive compromise
concern concerns concession concessions condemned conditions confirmed confirmation congestion
consensus consequences conservation considered consistent constituents consultation consumption
contained contaminated contract contractors contracts contributions controversial convicted
convoy coordinated corrected correction council counsel counterfeit courts coverage credible
criticism criticized crossings crowded curfew custody customs cyberattack damaged deadline
deadlines debate debated decline dedicated defended defense deficit delegates deliberately
deliveries demanded demographic demolished deployed deployment deposits deputy designated
detained detention deteriorating developers devastated diesel diplomat directive disclosed
disclosure discount discovered discrepancy displaced disputed disruption distributed dividend
documented documents domestic doubts downturn drafted dramatic drilling dropped duties earnings
eased ecological edition effective efficiency eligible embargo emerged enforcement engineers
enrollment ensured entitled epidemic equipment equivalent escalation established evacuated
evacuation exaggerated examined exceeded exemption exemptions expanded expenditure expired
exploration explosion exposed extended extension extraction fabricated facility fatalities
feasibility figures filed financed financing findings fiscal fleet flagged flooding
forecasts formula fossil fragile freight frozen fulfilled fundamental funds generated genuine
gradual grants guidance guidelines halted hardship hazardous headquarters hearing hearings
hiring hostages hostile hydrogen identified illegal imported imposed inaccurate incentives
incident incidents incomplete incorrect independent indicators inflated informed inherited
initiative injuries inspected installed insurance insurers intelligence intercepted interim
invalid inventory invoices issued jointly journalist journalists jurisdiction justified
landmark laundering lawsuit lawsuits layoffs leaked lenders leverage liabilities lifted
liquidity literacy lobbying lobbyists logistics mandate mandatory manipulated margin maritime
measles mediation memo memorandum merger midterm migration militants militia minimum misstated
monitoring moratorium municipal negotiated neutral nominee notified obligations obstruction
occupied offshore omitted onshore outbreak outages outlined outstanding overdue oversight
overturned ownership parliamentary participants passengers patrol payments payroll penalties
permanent petition physicians pilot pledge pledged plummeted plunge precedent preliminary
premium prescription preserved prevented procurement projections prominent prompted
prosecution provisional provisions publicly quarterly quarantine quoted ratified rationing
rebounded rebels receipts recession reconstruction recovered recruitment referendum refinery
refund regained regional registered reinstated released relocated remarks renewable repeated
replaced reserves residential resilience resolution restored retracted revenue reversed revised
riots rollout royalties rumors sanctioned satellite scrutiny seized settlement shelter shelters
shipments shortfall signed skeptical smuggling solvency sovereign sovereignty speculation
stabilized stakeholders stockpile stockpiles subsidies subsidy substantial suburbs surcharge
surveillance suspended sustained tenants testimony threshold tolls transcript transparency
tribunal tuition turnover unanimous unaudited uncertainty underfunded unemployed unfounded
unprecedented unrest unverified upheld urged utilities vacancies verified veterans veto
violations volatile volunteers vulnerable warned warning warnings withdrawal withdrew witnesses
`;

function parse(block: string): string[] {
  return block.split(/\s+/).filter(Boolean);
}

/** "the", "of", "and", …: the words the vocabulary starts with, which readers do not search for. */
export const SYNTH_FUNCTION_WORDS: readonly string[] = parse(FUNCTION_WORDS);

/** The vocabulary, most frequent first, without repeats (a word keeps its first, highest rank). */
export const SYNTH_WORDS: readonly string[] = [
  ...new Set([FUNCTION_WORDS, GENERAL_WORDS, NEWS_WORDS, MORE_NEWS_WORDS, TAIL_WORDS].flatMap(parse)),
];

export const FIRST_NAMES = parse(`
James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard
Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Sandra Mark
Betty Donald Ashley Steven Emily Andrew Kimberly Paul Margaret Joshua Donna Kenneth Michelle
Kevin Carol Brian Amanda Timothy Melissa Ronald Deborah George Stephanie Jason Rebecca Edward
Laura Jeffrey Helen Ryan Sharon Jacob Cynthia Gary Kathleen Nicholas Amy Eric Angela Jonathan
Anna Olga Ivan Dmitri Natalia Sergei Elena Oksana Andriy Yulia Taras Iryna Piotr Agnieszka
Katarzyna Tomasz Magdalena Lukas Sophie Hannah Felix Lena Jonas Marie Pierre Camille Antoine
Chloé Élodie Hélène François Renée Amélie José María Sofía Alejandro Lucía Andrés Inés Ramón
Joaquín Zoë Søren Björn Åsa Jürgen Jörg Müge Ayşe Mehmet Emre Zeynep Ahmed Fatima Omar Layla
Yusuf Amira Hassan Leila Kwame Amara Chinedu Ngozi Thabo Zanele Aisha Ravi Priya Arjun Ananya
Vikram Deepa Wei Mei Jun Hiroshi Yuki Kenji Sakura Minh Linh Seo-yeon Ji-ho Kofi Akosua Tariq
Nadia Mateo Valentina Thiago Camila Gabriel Isabela Rafael Beatriz Luca Giulia Marco Chiara
`);

export const LAST_NAMES = parse(`
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Phillips Evans
Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed
Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes
Price Sanders Myers Long Ross Foster Kowalski Nowak Wiśniewski Lewandowski Kamiński Shevchenko
Bondarenko Kovalenko Tkachenko Melnyk Petrov Ivanov Smirnov Volkov Sokolov Popescu Ionescu
Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schäfer Koch Dupont Lefèvre Moreau
Girard Bérénger Fournier Rossi Russo Ferrari Esposito Bianchi Romano Colombo Núñez Ibáñez
Peña Muñoz Álvarez Gómez Díaz Jiménez Castro Ortiz Silva Santos Oliveira Souza Pereira Costa
Almeida Carvalho Andersen Nielsen Hansen Jensen Larsen Johansson Lindqvist Öberg Çelik Yılmaz
Kaya Demir Şahin Haddad Khalil Nasser Mansour Farouk Okafor Adeyemi Mensah Boateng Nkosi Dlamini
Mwangi Otieno Patel Sharma Singh Gupta Iyer Reddy Chen Wang Zhang Liu Tanaka Suzuki Watanabe
Kim Park Choi Tran Pham Hoang Kaur O'Brien O'Connor McCarthy Fitzgerald Gallagher
`);

/** Fictional places: newspapers, institutes and venues are named after them. */
export const PLACES = parse(`
Ashford Bramley Caldwell Dunmore Eastbrook Fairhaven Glenwood Harrowgate Inverleigh Juniper
Kingsbridge Larkspur Millbrook Northam Oakridge Pemberton Queensferry Redcliffe Stonebridge
Thornbury Upton Valemont Westmere Yarrow Ashbury Beaconsfield Coldwater Drayton Elmhurst
Foxley Greystone Hollowell Ivybridge Kestrel Lindenfield Marlowe Newhaven Oldcastle Penrose
Ravensworth Silverton Tidewater Underhill Wexley Brightwater Clearfield Highmoor Larchmont
`);

export const COUNTRIES = [
  "United States", "United Kingdom", "Ukraine", "Russia", "Germany", "France", "Poland", "Italy",
  "Spain", "Canada", "Mexico", "Brazil", "Argentina", "Nigeria", "Kenya", "South Africa", "Egypt",
  "Turkey", "India", "Pakistan", "China", "Japan", "South Korea", "Indonesia", "Australia",
  "Sweden", "Norway", "Denmark", "Netherlands", "Belgium", "Romania", "Greece", "Israel",
  "Saudi Arabia", "Vietnam", "Philippines", "Colombia", "Chile", "Ghana", "Ethiopia",
] as const;

export const NEWSPAPER_NAMES = parse(`
Times Post Herald Courier Chronicle Observer Gazette Tribune Journal Standard Review Dispatch
Sentinel Monitor Record Examiner Bulletin Wire Telegraph Express Ledger Register Independent
`);

/** Subjects topics are named after; the synthesiser adds regions to reach a few hundred. */
export const TOPIC_SUBJECTS = [
  "Economy", "Inflation", "Jobs", "Wages", "Taxes", "Public spending", "Government debt",
  "Interest rates", "Housing", "Rents", "Energy", "Oil and gas", "Electricity prices",
  "Renewable energy", "Nuclear power", "Climate change", "Emissions", "Extreme weather",
  "Agriculture", "Food prices", "Trade", "Tariffs", "Sanctions", "Manufacturing", "Technology",
  "Artificial intelligence", "Privacy", "Social media", "Elections", "Voting", "Campaign finance",
  "Parliament", "Courts", "Crime", "Policing", "Prisons", "Gun violence", "Immigration",
  "Asylum", "Borders", "Defense", "Armed forces", "War in Ukraine", "Middle East",
  "Peace talks", "Diplomacy", "Foreign aid", "Humanitarian aid", "Refugees", "Health care",
  "Hospitals", "Vaccines", "Public health", "Drug prices", "Mental health", "Education",
  "Schools", "Universities", "Student debt", "Pensions", "Welfare", "Poverty", "Inequality",
  "Transport", "Railways", "Aviation", "Roads", "Infrastructure", "Water", "Pollution",
  "Environment", "Wildlife", "Fisheries", "Mining", "Corruption", "Media", "Disinformation",
  "Human rights", "Labor unions", "Small business",
] as const;

export const REGIONS = [
  "Europe", "Asia", "Africa", "Latin America", "the Middle East", "North America", "the Pacific",
  "Eastern Europe", "Central Asia", "the Arctic", "the Caribbean", "South Asia",
] as const;

export const PERSON_TITLES = [
  "Minister of Finance", "Minister of Health", "Minister of Defense", "Foreign Minister",
  "Energy Minister", "Prime Minister", "President", "Senator", "Member of Parliament",
  "Governor", "Mayor", "Opposition leader", "Party chair", "Central bank governor",
  "Chief economist", "Trade union leader", "Police chief", "Army spokesperson",
  "Government spokesperson", "Campaign manager", "Professor of economics", "Epidemiologist",
  "Chief executive", "Columnist", "Television host", "Activist", "Ambassador", "Special envoy",
  "City council member", "State treasurer",
] as const;

export const PARTIES = [
  "Progress Party", "National Alliance", "Democratic Union", "People's Front", "Green League",
  "Liberal Movement", "Labour Coalition", "Civic Platform", "Reform Party", "Independent",
] as const;

export const ORGANIZATION_PATTERNS = [
  (place: string, field: string) => `${place} Institute for ${field} Studies`,
  (_place: string, field: string) => `Ministry of ${field}`,
  (place: string) => `${place} Chamber of Commerce`,
  (_place: string, field: string) => `${field} Workers Union`,
  (place: string, field: string) => `${place} ${field} Council`,
  (place: string) => `${place} Policy Center`,
  (place: string, field: string) => `${field} Watch ${place}`,
  (place: string) => `${place} Foundation`,
] as const;

export const ORGANIZATION_FIELDS = [
  "Economic", "Energy", "Health", "Security", "Labor", "Climate", "Trade", "Public Policy",
  "Defense", "Education", "Transport", "Housing", "Agriculture", "Digital",
] as const;

export const VENUES = [
  "at a press conference",
  "in a televised address",
  "in a radio interview",
  "during a parliamentary debate",
  "at a campaign rally",
  "in a post on social media",
  "at a news briefing",
  "in a written statement",
  "during a committee hearing",
  "at an industry conference",
  "in a podcast interview",
  "at a town hall meeting",
] as const;

export const STATUS_REASONS = [
  "Two independent sources confirm the figure.",
  "The official record shows the statement as quoted.",
  "The cited report does not support the claim.",
  "The agency's own data contradict the number given.",
  "The speaker's office confirmed the remarks.",
  "No primary source could be found for the figure.",
  "The figure is accurate but leaves out important context.",
  "The claim relies on an outdated estimate.",
  "A correction was issued by the original publisher.",
  "New data published since the first review.",
  "Reviewed by the desk editor.",
  "Ready for publication after a second read.",
  "Sent back for more sourcing.",
  "Superseded by a newer claim on the same subject.",
] as const;

export const NOTE_TEMPLATES = [
  "Called the press office; awaiting a reply.",
  "Asked the agency for the underlying data.",
  "The speaker's team sent a link to the report they relied on.",
  "Check the archived version of the page before publishing.",
  "Second source still needed for the headline figure.",
  "Transcript checked against the recording.",
  "Readers asked about this claim; see the correction request.",
  "The number was repeated in a later interview.",
  "Context added after a reader's note.",
  "Compared with the statistics office's latest release.",
] as const;
