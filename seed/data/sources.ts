import type { SourceKind, Verification } from "../../lib/db/enums";
import { SEED_ARTICLE } from "../article";

export type SeedSource = {
  slug: string;
  kind: SourceKind;
  title: string;
  publisher?: string;
  /** ISO day; `inferred` when the article gives only a weekday or a day without a year. */
  published?: { on: string; inferred: boolean };
  verification: Verification;
  verificationNote: string;
  /** The seed article alone carries its text (read from seed/article.txt). */
  isSeedArticle?: true;
};

export const SEED_SOURCES = [
  {
    slug: SEED_ARTICLE.slug,
    kind: "NEWS_ARTICLE",
    title: SEED_ARTICLE.title,
    publisher: SEED_ARTICLE.publisher,
    published: { on: SEED_ARTICLE.publishedAt.toISOString().slice(0, 10), inferred: true },
    verification: "ON_RECORD",
    verificationNote: `Bylined report by ${SEED_ARTICLE.byline}, from ${SEED_ARTICLE.datelineCity}. ${SEED_ARTICLE.publishedAtNote}`,
    isSeedArticle: true,
  },
  {
    slug: "bloomberg-leaked-call-report",
    kind: "NEWS_ARTICLE",
    title: "Bloomberg News report on the leaked Witkoff–Ushakov call",
    publisher: "Bloomberg News",
    verification: "ON_RECORD",
    verificationNote:
      "Bloomberg says it reviewed a recording of the call; it did not disclose how the recording was obtained.",
  },
  {
    slug: "witkoff-ushakov-call-transcript",
    kind: "TRANSCRIPT",
    title: "Leaked transcript of the Oct. 14 call between Steve Witkoff and Yuri Ushakov",
    publisher: "Bloomberg News",
    published: { on: "2025-10-14", inferred: true },
    verification: "UNVERIFIED",
    verificationNote:
      "Leaked. The article says \"Oct. 14\" without a year; 2025 is our inference from the article's date. The Associated Press has not independently verified the transcript.",
  },
  {
    slug: "witkoff-ushakov-call-recording",
    kind: "RECORDING",
    title: "Recording of the Oct. 14 Witkoff–Ushakov call",
    published: { on: "2025-10-14", inferred: true },
    verification: "UNVERIFIED",
    verificationNote: "Reviewed by Bloomberg News, not published; how it was obtained has not been disclosed.",
  },
  {
    slug: "ap-report-leaked-transcript",
    kind: "NEWS_ARTICLE",
    title: "AP reporting on the leaked call transcript",
    publisher: "The Associated Press",
    verification: "ON_RECORD",
    verificationNote: "The AP states it has not independently verified the transcript.",
  },
  {
    slug: "ap-interview-oleksandr-bevz",
    kind: "INTERVIEW",
    title: "Oleksandr Bevz interview with the AP from Kyiv",
    publisher: "The Associated Press",
    verification: "ON_RECORD",
    verificationNote: "On-the-record interview with a named Ukrainian delegate.",
  },
  {
    slug: "ap-interview-liubov-petrivna",
    kind: "INTERVIEW",
    title: "Liubov Petrivna speaking to the AP in Kyiv",
    publisher: "The Associated Press",
    verification: "ON_RECORD",
    verificationNote: "Named eyewitness speaking to the AP.",
  },
  {
    slug: "isw-donbas-assessment",
    kind: "ANALYSIS",
    title: "Institute for the Study of War assessment of Russia's advance in Donbas",
    publisher: "Institute for the Study of War",
    verification: "ON_RECORD",
    verificationNote: "An estimate based on current military progress, not a measurement.",
  },
  {
    slug: "trump-air-force-one-remarks",
    kind: "STATEMENT",
    title: "Trump's remarks to reporters aboard Air Force One",
    published: { on: "2025-11-25", inferred: true },
    verification: "ON_RECORD",
    verificationNote: "Made to reporters on \"Tuesday night\": 25 Nov 2025, the Tuesday before the article appeared.",
  },
  {
    slug: "bacon-social-media-post",
    kind: "SOCIAL_POST",
    title: "Rep. Don Bacon's social media post on Steve Witkoff",
    verification: "ON_RECORD",
    verificationNote: "Quoted by the article; the platform is not named.",
  },
  {
    slug: "umerov-social-media-post",
    kind: "SOCIAL_POST",
    title: "Rustem Umerov's social media post on the timetable for a deal",
    verification: "ON_RECORD",
    verificationNote: "Paraphrased by the article; the platform is not named.",
  },
  {
    slug: "klitschko-casualty-statement",
    kind: "STATEMENT",
    title: "Mayor Vitalii Klitschko on casualties of the overnight attack on Kyiv",
    verification: "ON_RECORD",
    verificationNote: "Official figures from the city's mayor.",
  },
  {
    slug: "zelenskyy-attack-statement",
    kind: "STATEMENT",
    title: "President Zelenskyy on the missiles and drones fired at Ukraine",
    verification: "ON_RECORD",
    verificationNote: "Official figures from Ukraine's president.",
  },
  {
    slug: "russia-drone-interception-statement",
    kind: "STATEMENT",
    title: "Russian statement on drones downed",
    verification: "ON_RECORD",
    verificationNote: "Attributed by the article to \"Russia\"; the issuing body is not named.",
  },
  {
    slug: "macron-remarks-tuesday",
    kind: "STATEMENT",
    title: "President Macron's remarks after the Geneva talks and the European virtual summit",
    published: { on: "2025-11-25", inferred: true },
    verification: "ON_RECORD",
    verificationNote: "Made on \"Tuesday\": 25 Nov 2025, the Tuesday before the article appeared.",
  },
  {
    slug: "starmer-remarks",
    kind: "STATEMENT",
    title: "Prime Minister Starmer's remarks on the peace plan",
    verification: "ON_RECORD",
    verificationNote: "Starmer relays what he says Zelenskyy indicated.",
  },
  {
    slug: "lavrov-remarks",
    kind: "STATEMENT",
    title: "Foreign Minister Lavrov's remarks on contacts with Washington",
    verification: "ON_RECORD",
    verificationNote: "On-the-record remarks by Russia's foreign minister.",
  },
  {
    slug: "us-28-point-peace-plan",
    kind: "DOCUMENT",
    title: "The original 28-point U.S. peace proposal",
    verification: "UNVERIFIED",
    verificationNote: "A draft not officially published; Ukraine's delegate says it has since been trimmed.",
  },
] as const satisfies readonly SeedSource[];

export type SeedSourceSlug = (typeof SEED_SOURCES)[number]["slug"];
