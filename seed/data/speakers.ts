import type { SpeakerKind } from "../../lib/db/enums";

export type SeedSpeaker = {
  slug: string;
  kind: SpeakerKind;
  name: string;
  title?: string;
  affiliation?: string;
  country?: string;
  /** Only identifiers we are sure of; a wrong sameAs is worse than none. */
  sameAs?: string;
  description: string;
};

export const SEED_SPEAKERS = [
  {
    slug: "donald-trump",
    kind: "PERSON",
    name: "Donald Trump",
    title: "President of the United States",
    affiliation: "White House",
    country: "United States",
    sameAs: "https://www.wikidata.org/wiki/Q22686",
    description: "45th and 47th president of the United States.",
  },
  {
    slug: "steve-witkoff",
    kind: "PERSON",
    name: "Steve Witkoff",
    title: "U.S. Special Envoy",
    affiliation: "Trump administration",
    country: "United States",
    description: "President Trump's special envoy, sent to Moscow to meet President Putin.",
  },
  {
    slug: "dan-driscoll",
    kind: "PERSON",
    name: "Dan Driscoll",
    title: "U.S. Army Secretary",
    affiliation: "U.S. Department of the Army",
    country: "United States",
    description: "Secretary of the Army, sent to Kyiv to speak with Ukrainian leaders.",
  },
  {
    slug: "vladimir-putin",
    kind: "PERSON",
    name: "Vladimir Putin",
    title: "President of Russia",
    affiliation: "Kremlin",
    country: "Russia",
    sameAs: "https://www.wikidata.org/wiki/Q7747",
    description: "President of the Russian Federation.",
  },
  {
    slug: "yuri-ushakov",
    kind: "PERSON",
    name: "Yuri Ushakov",
    title: "Foreign policy adviser to the Russian president",
    affiliation: "Kremlin",
    country: "Russia",
    description: "Putin's adviser, the other party to the leaked Oct. 14 call with Witkoff.",
  },
  {
    slug: "kirill-dmitriev",
    kind: "PERSON",
    name: "Kirill Dmitriev",
    title: "Envoy of the Russian president",
    affiliation: "Kremlin",
    country: "Russia",
    description: "Putin's envoy, pictured at talks with Witkoff in St. Petersburg.",
  },
  {
    slug: "volodymyr-zelenskyy",
    kind: "PERSON",
    name: "Volodymyr Zelenskyy",
    title: "President of Ukraine",
    country: "Ukraine",
    sameAs: "https://www.wikidata.org/wiki/Q3881",
    description: "President of Ukraine.",
  },
  {
    slug: "don-bacon",
    kind: "PERSON",
    name: "Don Bacon",
    title: "U.S. Representative (R-NE)",
    affiliation: "Republican Party",
    country: "United States",
    description: "Republican congressman from Nebraska.",
  },
  {
    slug: "vitalii-klitschko",
    kind: "PERSON",
    name: "Vitalii Klitschko",
    title: "Mayor of Kyiv",
    country: "Ukraine",
    description: "Mayor of Ukraine's capital.",
  },
  {
    slug: "liubov-petrivna",
    kind: "PERSON",
    name: "Liubov Petrivna",
    title: "Resident of Kyiv's Dniprovskyi district",
    country: "Ukraine",
    description: "A 90-year-old resident displaced when a nine-story building caught fire; spoke to the AP.",
  },
  {
    slug: "emmanuel-macron",
    kind: "PERSON",
    name: "Emmanuel Macron",
    title: "President of France",
    country: "France",
    sameAs: "https://www.wikidata.org/wiki/Q3052772",
    description: "President of the French Republic.",
  },
  {
    slug: "keir-starmer",
    kind: "PERSON",
    name: "Keir Starmer",
    title: "Prime Minister of the United Kingdom",
    affiliation: "Labour Party",
    country: "United Kingdom",
    description: "UK prime minister.",
  },
  {
    slug: "oleksandr-bevz",
    kind: "PERSON",
    name: "Oleksandr Bevz",
    title: "Ukrainian delegate",
    country: "Ukraine",
    description: "Member of Ukraine's delegation in the peace talks; interviewed by the AP from Kyiv.",
  },
  {
    slug: "rustem-umerov",
    kind: "PERSON",
    name: "Rustem Umerov",
    title: "Ukrainian adviser",
    country: "Ukraine",
    description: "Ukrainian official in the peace talks.",
  },
  {
    slug: "sergey-lavrov",
    kind: "PERSON",
    name: "Sergey Lavrov",
    title: "Russian Foreign Minister",
    affiliation: "Russian Ministry of Foreign Affairs",
    country: "Russia",
    description: "Foreign minister of Russia.",
  },
  {
    slug: "institute-for-the-study-of-war",
    kind: "ORGANIZATION",
    name: "Institute for the Study of War",
    title: "Research institute",
    country: "United States",
    description: "Washington-based think tank that publishes daily assessments of the war in Ukraine.",
  },
  {
    slug: "bloomberg-news",
    kind: "ORGANIZATION",
    name: "Bloomberg News",
    title: "News organisation",
    country: "United States",
    description: "Published the leaked transcript of the Oct. 14 Witkoff–Ushakov call.",
  },
  {
    slug: "associated-press",
    kind: "ORGANIZATION",
    name: "The Associated Press",
    title: "News agency",
    country: "United States",
    description: "News agency; has not independently verified the leaked transcript.",
  },
  {
    slug: "newslooks",
    kind: "ORGANIZATION",
    name: "Newslooks",
    title: "News publisher",
    description: "Publisher of the article these claims come from. Where it reports something without saying who said it, the claim is its own.",
  },
  {
    slug: "russian-authorities",
    kind: "ORGANIZATION",
    name: "Russian authorities",
    country: "Russia",
    description: "Statements the article attributes to \"Russia\" without naming a ministry or official.",
  },
  {
    slug: "unattributed-reports",
    kind: "ORGANIZATION",
    name: "Unattributed reports",
    description: "Reports the article mentions without saying who made them.",
  },
] as const satisfies readonly SeedSpeaker[];

export type SeedSpeakerSlug = (typeof SEED_SPEAKERS)[number]["slug"];
