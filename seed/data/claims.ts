import type {
  ClaimLinkType,
  EvidenceStance,
  EvidenceStrength,
  Rating,
  Verification,
  Workflow,
} from "../../lib/db/enums";
import type { SeedSourceSlug } from "./sources";
import type { SeedSpeakerSlug } from "./speakers";

export type SeedClaim = {
  slug: string;
  statement: string;
  /** The verbatim words, exactly as the article prints them (curly quotes and all). */
  quote?: string;
  /** The words to anchor in the article when they are wider than the quote; must contain it. */
  passage?: string;
  claimant: SeedSpeakerSlug;
  /** Attribution chain: the claimant relays what this speaker said or indicated. */
  relayedFrom?: SeedSpeakerSlug;
  /** Who the claim is about or who is party to what it reports, as the article says (both sides of the leaked call). */
  subjects?: SeedSpeakerSlug[];
  /** A weekday the article names ("Tuesday"), resolved against the article date. */
  saidOn?: "Tuesday";
  /** The article's own words for that day, when they say more than the weekday ("Tuesday night"). */
  saidOnWords?: string;
  saidAtNote?: string;
  venue?: string;
  context: string;
  verification: Verification;
  /** Only where the article itself gives the basis; the summary gives it, for a reader. */
  rating?: { value: Rating; summary: string };
  workflow: Workflow;
  assignToEditor?: true;
  topics: string[];
  /**
   * `by`: who takes the stance in that source, when it is not simply the source's publisher: the
   * claimant for their own words (read "stated by"), Bevz for his dispute carried by the AP.
   */
  evidence: { source: SeedSourceSlug; by?: SeedSpeakerSlug; stance: EvidenceStance; strength: EvidenceStrength; note: string }[];
  links?: { to: string; type: ClaimLinkType; note?: string }[];
};

const ARTICLE = "newslooks-trump-sends-envoys-moscow-kyiv" as const;

const TOPIC = {
  peacePlan: "Ukraine peace plan",
  leakedCall: "Leaked Witkoff–Ushakov call",
  donbas: "Donbas",
  kyivAttack: "Attacks on Kyiv",
  strikesOnRussia: "Strikes on Russia",
  europe: "European diplomacy",
  usRussia: "U.S.–Russia contacts",
};

export const SEED_CLAIMS: SeedClaim[] = [
  {
    slug: "trump-sends-envoys-to-moscow-and-kyiv",
    statement: "Trump is sending special envoy Steve Witkoff to Moscow and Army Secretary Dan Driscoll to Kyiv to push a revised peace plan.",
    passage:
      "President Donald Trump revealed Tuesday that he is dispatching two top envoys to push forward with a revised plan aimed at ending Russia’s nearly four-year war in Ukraine.",
    claimant: "donald-trump",
    saidOn: "Tuesday",
    context: "Witkoff is to meet President Putin in Moscow; Driscoll is en route to Kyiv to speak with Ukrainian leaders.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan, TOPIC.usRussia],
    subjects: ["steve-witkoff", "dan-driscoll"],
    evidence: [{ source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports Trump's announcement." }],
  },
  {
    slug: "trump-peace-plan-fine-tuned",
    statement: "Trump says his peace plan for Ukraine has been fine-tuned.",
    quote: "fine-tuned",
    passage: "Trump says his peace plan has been “fine-tuned”",
    claimant: "donald-trump",
    context: "Said as his administration revises the original 28-point proposal.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [{ source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Summary point of the article." }],
  },
  {
    slug: "trump-plan-still-work-in-progress",
    statement: "Trump says the peace plan is still a work in progress, not final.",
    quote: "work in progress",
    passage: "Trump insisted the plan is still a “work in progress.”",
    claimant: "donald-trump",
    context: "Said in response to criticism that the 28-point proposal leaned too far in Russia's favor.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [{ source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports Trump's description of the plan." }],
    links: [{ to: "trump-plan-was-a-concept", type: "SUPPORTS" }],
  },
  {
    slug: "trump-plan-was-a-concept",
    statement: "Trump says the 28-point proposal was not a plan but a concept.",
    quote: "That was not a plan — it was a concept",
    claimant: "donald-trump",
    saidOn: "Tuesday",
    saidOnWords: "Tuesday night",
    venue: "aboard Air Force One",
    context: "Told reporters while defending the proposal against criticism that it favored Russia.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [
      { source: "trump-air-force-one-remarks", by: "donald-trump", stance: "REPORTS", strength: "PRIMARY", note: "Trump's own words to reporters." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes the remark." },
    ],
  },
  {
    slug: "trump-donbas-might-be-gotten-by-russia-anyway",
    statement: "Trump says the Donbas region might be taken by Russia anyway within the next couple of months.",
    quote:
      "The way it’s going, if you look, it’s just moving in one direction. So eventually that’s land that over the next couple of months might be gotten by Russia anyway",
    claimant: "donald-trump",
    saidAtNote: "The article does not say when; it reports the remark with his Tuesday comments.",
    context:
      "Said to justify the plan's provision asking Ukraine to cede control of the Donbas region to Russia, one of its most criticised points.",
    verification: "DISPUTED",
    rating: {
      value: "MISLEADING",
      summary:
        "The Institute for the Study of War estimates that, at its current pace, Russia could take several years to fully conquer Donbas, not a couple of months.",
    },
    workflow: "PUBLISHED",
    topics: [TOPIC.donbas, TOPIC.peacePlan],
    evidence: [
      {
        source: "isw-donbas-assessment",
        by: "institute-for-the-study-of-war",
        stance: "CONTRADICTS",
        strength: "ESTIMATE",
        note: "ISW estimates it could take Russia several years to fully conquer Donbas based on current military progress.",
      },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes Trump and sets ISW's estimate against it." },
    ],
  },
  {
    slug: "isw-russia-needs-several-years-to-conquer-donbas",
    statement: "At its current pace, Russia could take several years to fully conquer Donbas.",
    passage: "estimating it could take Russia several years to fully conquer Donbas based on current military progress",
    claimant: "institute-for-the-study-of-war",
    context: "An estimate by independent analysts, made in contrast to Trump's \"couple of months\".",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.donbas],
    evidence: [
      { source: "isw-donbas-assessment", by: "institute-for-the-study-of-war", stance: "REPORTS", strength: "ESTIMATE", note: "ISW's own assessment." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports the estimate." },
    ],
    links: [
      {
        to: "trump-donbas-might-be-gotten-by-russia-anyway",
        type: "CONTRADICTS",
        note: "Several years, not a couple of months.",
      },
    ],
  },
  {
    slug: "witkoff-coached-ushakov-on-trump-pitch",
    statement: "Steve Witkoff coached Putin's adviser Yuri Ushakov on how to approach Trump with a peace pitch.",
    passage:
      "Witkoff had coached Putin’s adviser Yuri Ushakov on how to approach Trump in a peace pitch",
    claimant: "bloomberg-news",
    context:
      "From a leaked transcript of an Oct. 14 call published by Bloomberg News. Bloomberg says it reviewed a recording; the AP has not independently verified the transcript.",
    verification: "UNVERIFIED",
    workflow: "PUBLISHED",
    assignToEditor: true,
    topics: [TOPIC.leakedCall, TOPIC.usRussia],
    subjects: ["steve-witkoff", "yuri-ushakov"],
    evidence: [
      {
        source: "bloomberg-leaked-call-report",
        stance: "REPORTS",
        strength: "SECONDARY",
        note: "Bloomberg reports it reviewed a recording of the call; it did not disclose how it was obtained.",
      },
      {
        source: "witkoff-ushakov-call-transcript",
        stance: "REPORTS",
        strength: "PRIMARY",
        note: "The leaked transcript itself, which is unverified.",
      },
      {
        source: "ap-report-leaked-transcript",
        stance: "COULD_NOT_VERIFY",
        strength: "SECONDARY",
        note: "The AP has not independently verified the transcript.",
      },
    ],
  },
  {
    slug: "witkoff-advised-ushakov-to-congratulate-trump-on-gaza",
    statement: "In the Oct. 14 call, Witkoff advised Ushakov to congratulate Trump on the Gaza ceasefire deal and present him as a man of peace.",
    quote: "man of peace",
    passage:
      "In the Oct. 14 call, Witkoff advised Ushakov to congratulate Trump on his successful Gaza ceasefire deal, painting him as a “man of peace.”",
    claimant: "bloomberg-news",
    relayedFrom: "steve-witkoff",
    context:
      "Bloomberg News relays Witkoff's words from a leaked transcript. The AP has not independently verified the transcript; Trump called the exchange \"standard negotiation\".",
    verification: "UNVERIFIED",
    workflow: "PUBLISHED",
    assignToEditor: true,
    topics: [TOPIC.leakedCall, TOPIC.usRussia],
    subjects: ["steve-witkoff", "yuri-ushakov"],
    evidence: [
      {
        source: "bloomberg-leaked-call-report",
        stance: "REPORTS",
        strength: "SECONDARY",
        note: "Bloomberg reports it reviewed a recording of the call; it did not disclose how it was obtained.",
      },
      {
        source: "witkoff-ushakov-call-transcript",
        stance: "REPORTS",
        strength: "PRIMARY",
        note: "The leaked transcript itself, which is unverified.",
      },
      {
        source: "ap-report-leaked-transcript",
        stance: "COULD_NOT_VERIFY",
        strength: "SECONDARY",
        note: "The AP has not independently verified the transcript.",
      },
    ],
    links: [{ to: "witkoff-coached-ushakov-on-trump-pitch", type: "PART_OF" }],
  },
  {
    slug: "bloomberg-reviewed-recording-of-call",
    statement: "Bloomberg News says it reviewed a recording of the Witkoff–Ushakov call, without disclosing how it was obtained.",
    passage: "Bloomberg said it had reviewed a recording of the call but did not disclose how it was obtained.",
    claimant: "bloomberg-news",
    context: "Bloomberg's account of how it checked the leaked transcript.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.leakedCall],
    subjects: ["steve-witkoff", "yuri-ushakov"],
    evidence: [
      {
        source: "bloomberg-leaked-call-report",
        by: "bloomberg-news",
        stance: "REPORTS",
        strength: "PRIMARY",
        note: "Bloomberg's own statement about its reporting.",
      },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports what Bloomberg said." },
      {
        source: "witkoff-ushakov-call-recording",
        stance: "CONTEXT",
        strength: "ANONYMOUS",
        note: "The recording has not been published and its origin is undisclosed.",
      },
    ],
    links: [{ to: "witkoff-coached-ushakov-on-trump-pitch", type: "SUPPORTS", note: "Bloomberg's basis for the report." }],
  },
  {
    slug: "ap-has-not-verified-leaked-transcript",
    statement: "The Associated Press has not independently verified the leaked call transcript.",
    passage: "The Associated Press has not independently verified the transcript.",
    claimant: "associated-press",
    context: "The AP's note on the leaked Witkoff–Ushakov transcript published by Bloomberg News.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.leakedCall],
    subjects: ["steve-witkoff", "yuri-ushakov"],
    evidence: [
      { source: "ap-report-leaked-transcript", by: "associated-press", stance: "REPORTS", strength: "PRIMARY", note: "The AP's own statement." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Carries the AP's statement." },
    ],
  },
  {
    slug: "trump-calls-coaching-standard-negotiation",
    statement: "Trump dismissed the leaked call, in which Witkoff is reported to have coached a Kremlin aide, as standard negotiation.",
    quote: "standard negotiation",
    passage: "Trump dismissed the incident as “standard negotiation",
    claimant: "donald-trump",
    context: "His response to the leaked call transcript; lawmakers including Rep. Don Bacon were not convinced.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.leakedCall],
    subjects: ["steve-witkoff"],
    evidence: [{ source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports Trump's response." }],
  },
  {
    slug: "bacon-witkoff-cannot-be-trusted",
    statement: "Rep. Don Bacon says Witkoff cannot be trusted to lead the negotiations and should be fired.",
    quote:
      "He cannot be trusted to lead these negotiations. Would a Russian paid agent do less than he? He should be fired",
    claimant: "don-bacon",
    context: "Posted on social media after the leaked call transcript was published.",
    verification: "ON_RECORD",
    rating: {
      value: "NOT_A_FACTUAL_CLAIM",
      summary: "An opinion and a demand posted on social media: there is no statement of fact in it to check.",
    },
    workflow: "PUBLISHED",
    topics: [TOPIC.leakedCall],
    subjects: ["steve-witkoff"],
    evidence: [
      { source: "bacon-social-media-post", by: "don-bacon", stance: "REPORTS", strength: "PRIMARY", note: "Bacon's own post." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes the post." },
    ],
  },
  {
    slug: "kyiv-attack-killed-at-least-seven",
    statement: "Russia's overnight missile and drone attack on Kyiv killed at least seven people and injured 20.",
    passage: "killing at least seven people and injuring 20 others, according to Mayor Vitalii Klitschko",
    claimant: "vitalii-klitschko",
    context: "Official figures from the mayor; the article gives no independent count.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.kyivAttack],
    evidence: [
      { source: "klitschko-casualty-statement", by: "vitalii-klitschko", stance: "REPORTS", strength: "PRIMARY", note: "The mayor's figures." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports the mayor's figures." },
    ],
  },
  {
    slug: "russia-fired-22-missiles-and-460-drones",
    statement: "Russia fired 22 missiles and more than 460 drones at Ukraine in the overnight attack.",
    passage: "President Volodymyr Zelenskyy confirmed that 22 missiles and over 460 drones were fired",
    claimant: "volodymyr-zelenskyy",
    context: "Ukraine's official count of the weapons used.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.kyivAttack],
    evidence: [
      { source: "zelenskyy-attack-statement", by: "volodymyr-zelenskyy", stance: "REPORTS", strength: "PRIMARY", note: "Zelenskyy's figures." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports what Zelenskyy confirmed." },
    ],
  },
  {
    slug: "attack-damaged-energy-infrastructure",
    statement: "The overnight attack damaged energy infrastructure and civilian residences.",
    passage: "damaging energy infrastructure and civilian residences",
    claimant: "volodymyr-zelenskyy",
    context: "Part of Zelenskyy's account of the attack.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.kyivAttack],
    evidence: [
      { source: "zelenskyy-attack-statement", by: "volodymyr-zelenskyy", stance: "REPORTS", strength: "PRIMARY", note: "Zelenskyy's account." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports the damage in the same sentence as Zelenskyy's figures." },
    ],
    links: [{ to: "russia-fired-22-missiles-and-460-drones", type: "PART_OF" }],
  },
  {
    slug: "nine-story-building-caught-fire-in-dniprovskyi",
    statement: "A nine-story building caught fire in Kyiv's Dniprovskyi district, displacing residents.",
    passage: "A nine-story building caught fire in Kyiv’s Dniprovskyi district",
    claimant: "newslooks",
    context: "Reported by the article without a named source; a displaced resident described the damage to the AP.",
    verification: "UNVERIFIED",
    workflow: "PUBLISHED",
    topics: [TOPIC.kyivAttack],
    evidence: [
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reported without attribution." },
      {
        source: "ap-interview-liubov-petrivna",
        by: "liubov-petrivna",
        stance: "CONTEXT",
        strength: "PRIMARY",
        note: "A displaced resident describes everything being shattered; she does not speak of the fire itself.",
      },
    ],
  },
  {
    slug: "petrivna-everything-was-shattered",
    statement: "A 90-year-old Kyiv resident says absolutely everything was shattered and glass rained down on her in the attack.",
    quote: "Absolutely everything was shattered. Glass rained down on me.",
    claimant: "liubov-petrivna",
    context: "Told the AP after a nine-story building caught fire in the Dniprovskyi district.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.kyivAttack],
    evidence: [
      { source: "ap-interview-liubov-petrivna", by: "liubov-petrivna", stance: "REPORTS", strength: "PRIMARY", note: "Her own words to the AP." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes what she told the AP." },
    ],
  },
  {
    slug: "petrivna-putin-wont-stop",
    statement: "A Kyiv resident says she does not believe in the peace plan and that Putin will not stop.",
    quote: "I don’t believe in this peace plan. Putin won’t stop until he finishes us off.",
    claimant: "liubov-petrivna",
    context: "Told the AP after her building caught fire.",
    verification: "ON_RECORD",
    rating: {
      value: "NOT_A_FACTUAL_CLAIM",
      summary: "A belief and a prediction from an eyewitness: there is no statement of fact in it to check.",
    },
    workflow: "PUBLISHED",
    topics: [TOPIC.kyivAttack, TOPIC.peacePlan],
    evidence: [
      { source: "ap-interview-liubov-petrivna", by: "liubov-petrivna", stance: "REPORTS", strength: "PRIMARY", note: "Her own words to the AP." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes what she told the AP." },
    ],
  },
  {
    slug: "ukraine-drone-strike-on-krasnodar-injured-six",
    statement: "A retaliatory Ukrainian drone strike on Russia's Krasnodar region injured six people and targeted military-industrial sites.",
    passage:
      "Ukraine launched a retaliatory drone strike on Russia’s Krasnodar region, injuring six and targeting key military-industrial sites",
    claimant: "newslooks",
    context: "The article gives no source for the injury count or for what was targeted.",
    verification: "UNVERIFIED",
    workflow: "IN_REVIEW",
    assignToEditor: true,
    topics: [TOPIC.strikesOnRussia],
    evidence: [{ source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reported without attribution." }],
  },
  {
    slug: "russia-says-it-downed-249-drones",
    statement: "Russia says it downed 249 drones in one of the war's largest aerial assaults.",
    passage: "Russia said it downed 249 drones in one of the war’s most massive aerial assaults to date.",
    claimant: "russian-authorities",
    context: "A figure from one side of the war; the article does not name the ministry or official who gave it.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.strikesOnRussia],
    evidence: [
      { source: "russia-drone-interception-statement", by: "russian-authorities", stance: "REPORTS", strength: "PRIMARY", note: "Russia's own figure." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports Russia's figure." },
    ],
  },
  {
    slug: "macron-urges-partners-to-seize-the-momentum",
    statement: "Macron said the moment was crucial and urged partners to seize the momentum in the peace talks.",
    quote: "seize the momentum",
    passage:
      "French President Emmanuel Macron said Tuesday that the moment was “crucial” and urged partners to “seize the momentum.”",
    claimant: "emmanuel-macron",
    saidOn: "Tuesday",
    context:
      "He spoke after high-level U.S.-Ukrainian talks in Geneva and a virtual summit of European allies led by France and the UK.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.europe, TOPIC.peacePlan],
    evidence: [
      { source: "macron-remarks-tuesday", by: "emmanuel-macron", stance: "REPORTS", strength: "PRIMARY", note: "Macron's remarks." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes Macron." },
    ],
  },
  {
    slug: "macron-negotiations-getting-new-impetus",
    statement: "Macron says the negotiations are getting a new impetus.",
    quote: "Negotiations are getting a new impetus",
    claimant: "emmanuel-macron",
    context: "European leaders want guarantees and not to be sidelined in talks largely driven by Washington.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.europe],
    evidence: [
      { source: "macron-remarks-tuesday", by: "emmanuel-macron", stance: "REPORTS", strength: "PRIMARY", note: "Macron's remarks." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes Macron." },
    ],
  },
  {
    slug: "starmer-zelenskyy-majority-of-text-acceptable",
    statement: "Zelenskyy has indicated that the majority of the peace plan's text can be accepted, according to Starmer.",
    quote: "the majority of the text can be accepted.",
    claimant: "keir-starmer",
    relayedFrom: "volodymyr-zelenskyy",
    context:
      "Starmer relays what he says Zelenskyy indicated; the article does not quote Zelenskyy himself.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.europe, TOPIC.peacePlan],
    evidence: [
      { source: "starmer-remarks", by: "keir-starmer", stance: "REPORTS", strength: "SECONDARY", note: "Starmer's second-hand account." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes Starmer." },
    ],
    links: [{ to: "zelenskyy-says-plan-could-be-workable", type: "SUPPORTS" }],
  },
  {
    slug: "zelenskyy-says-plan-could-be-workable",
    statement: "Zelenskyy says the peace plan could be workable.",
    quote: "workable",
    passage: "Ukraine’s Zelenskyy says plan could be “workable”",
    claimant: "volodymyr-zelenskyy",
    context: "The article gives this only among its summary points; its report does not quote Zelenskyy saying it.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [{ source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Summary point of the article." }],
  },
  {
    slug: "bevz-premature-to-say-anything-agreed",
    statement: "Ukrainian delegate Oleksandr Bevz says it is very premature to say anything in the plan is agreed.",
    quote: "It’s very premature to say that something is agreed upon",
    claimant: "oleksandr-bevz",
    venue: "interview with the AP from Kyiv",
    context: "Bevz urged caution after Macron and Starmer spoke of momentum.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [
      { source: "ap-interview-oleksandr-bevz", by: "oleksandr-bevz", stance: "REPORTS", strength: "PRIMARY", note: "Bevz's own words to the AP." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes what Bevz told the AP." },
    ],
  },
  {
    slug: "bevz-security-guarantees-are-the-linchpin",
    statement: "The U.S. understands that security guarantees are the linchpin of any enforceable peace, according to Bevz.",
    quote: "security guarantees",
    passage: "adding that the U.S. understands “security guarantees” are the linchpin of any enforceable peace",
    claimant: "oleksandr-bevz",
    venue: "interview with the AP from Kyiv",
    context: "Bevz's account of the U.S. position.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [
      { source: "ap-interview-oleksandr-bevz", by: "oleksandr-bevz", stance: "REPORTS", strength: "PRIMARY", note: "Bevz to the AP." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports what Bevz told the AP." },
    ],
  },
  {
    slug: "peace-plan-now-stands-at-19-points",
    statement: "The U.S. peace plan has been cut from 28 points to 19.",
    passage: "it now stands at 19 points",
    claimant: "unattributed-reports",
    context: "The article mentions the 19-point figure only in reporting Bevz's denial, and does not say who reported it.",
    verification: "DISPUTED",
    rating: {
      value: "UNPROVEN",
      summary:
        "Ukrainian delegate Oleksandr Bevz told the AP it is inaccurate to report that the plan now stands at 19 points, and no published text of the plan settles the count.",
    },
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [
      {
        source: "ap-interview-oleksandr-bevz",
        by: "oleksandr-bevz",
        stance: "DISPUTES",
        strength: "PRIMARY",
        note: "Bevz says it is inaccurate to report that the plan now stands at 19 points.",
      },
      { source: ARTICLE, stance: "CONTEXT", strength: "SECONDARY", note: "Mentions the figure only through Bevz's denial." },
    ],
  },
  {
    slug: "bevz-plan-trimmed-but-not-to-19-points",
    statement: "Bevz says the original 28-point plan has been trimmed, but not to 19 points.",
    passage:
      "Bevz also clarified that while the original 28-point plan has been trimmed, it’s inaccurate to report that it now stands at 19 points.",
    claimant: "oleksandr-bevz",
    context: "Said in his interview with the AP.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [
      { source: "ap-interview-oleksandr-bevz", by: "oleksandr-bevz", stance: "REPORTS", strength: "PRIMARY", note: "Bevz to the AP." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports what Bevz told the AP." },
    ],
    links: [{ to: "peace-plan-now-stands-at-19-points", type: "CONTRADICTS", note: "Trimmed, but not to 19 points." }],
  },
  {
    slug: "bevz-removed-duplicates-and-unrelated-points",
    statement: "Bevz says duplicate points and points unrelated to Ukraine were removed from the plan, and that the document is still evolving.",
    quote: "We removed duplicates and points unrelated to Ukraine",
    passage: "“We removed duplicates and points unrelated to Ukraine,” Bevz said. “This document is evolving.”",
    claimant: "oleksandr-bevz",
    context: "Bevz's explanation of how the 28-point plan was trimmed.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [
      { source: "ap-interview-oleksandr-bevz", by: "oleksandr-bevz", stance: "REPORTS", strength: "PRIMARY", note: "Bevz to the AP." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Quotes Bevz." },
      { source: "us-28-point-peace-plan", stance: "CONTEXT", strength: "SECONDARY", note: "The document being revised." },
    ],
    links: [{ to: "bevz-plan-trimmed-but-not-to-19-points", type: "SUPPORTS" }],
  },
  {
    slug: "trump-may-meet-putin-and-zelenskyy-after-progress",
    statement: "Trump says he might meet Putin and Zelenskyy, but only after significant progress in the talks.",
    passage: "Trump indicated he might personally meet with Putin and Zelenskyy, but only after significant progress is made.",
    claimant: "donald-trump",
    context: "Further talks and possible summits depend on progress in negotiations.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan, TOPIC.usRussia],
    evidence: [{ source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports what Trump indicated." }],
  },
  {
    slug: "umerov-zelenskyy-hopes-for-deal-by-end-of-november",
    statement: "Zelenskyy hopes to finalize a deal with Trump before the end of November, according to Rustem Umerov.",
    passage: "Ukrainian adviser Rustem Umerov said via social media that Zelenskyy hopes to finalize a deal with Trump before the end of November.",
    claimant: "rustem-umerov",
    relayedFrom: "volodymyr-zelenskyy",
    context: "Umerov relays Zelenskyy's hopes; the article does not quote Zelenskyy himself.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.peacePlan],
    evidence: [
      { source: "umerov-social-media-post", by: "rustem-umerov", stance: "REPORTS", strength: "PRIMARY", note: "Umerov's post." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Paraphrases Umerov's post." },
    ],
  },
  {
    slug: "lavrov-moscow-in-contact-with-washington",
    statement: "Moscow remains in contact with Washington and awaits a finalized draft of the revised plan, Lavrov says.",
    passage:
      "Russian Foreign Minister Sergey Lavrov confirmed Moscow remains in contact with Washington and awaits a finalized draft of the revised plan.",
    claimant: "sergey-lavrov",
    context: "Russia's response to the revised plan, as the article reports it.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.usRussia, TOPIC.peacePlan],
    evidence: [
      { source: "lavrov-remarks", by: "sergey-lavrov", stance: "REPORTS", strength: "PRIMARY", note: "Lavrov's remarks." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports Lavrov's remarks." },
    ],
  },
  {
    slug: "lavrov-expects-interim-version-of-plan",
    statement: "Russia expects the U.S. to provide an interim version of the plan after consulting Europe and Ukraine, Lavrov says.",
    quote:
      "We expect them to provide us with a version they consider interim, following their consultations with Europe and Ukraine",
    claimant: "sergey-lavrov",
    context: "Lavrov on what Moscow awaits from Washington.",
    verification: "ON_RECORD",
    workflow: "PUBLISHED",
    topics: [TOPIC.usRussia, TOPIC.peacePlan],
    evidence: [
      { source: "lavrov-remarks", by: "sergey-lavrov", stance: "REPORTS", strength: "PRIMARY", note: "Lavrov's remarks." },
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reports Lavrov's remarks." },
    ],
    links: [{ to: "lavrov-moscow-in-contact-with-washington", type: "SUPPORTS" }],
  },
  {
    slug: "original-28-point-plan-criticized-for-favoring-russia",
    statement: "The original 28-point U.S. peace proposal has drawn backlash for favoring Russia, particularly on territorial concessions.",
    passage: "The original 28-point proposal has faced backlash for favoring Russia.",
    claimant: "newslooks",
    context: "The article says the plan drew scrutiny from American allies and critics, without naming them.",
    verification: "UNVERIFIED",
    workflow: "IN_REVIEW",
    assignToEditor: true,
    topics: [TOPIC.peacePlan],
    evidence: [
      { source: ARTICLE, stance: "REPORTS", strength: "SECONDARY", note: "Reported without naming the critics." },
      { source: "us-28-point-peace-plan", stance: "CONTEXT", strength: "SECONDARY", note: "The proposal criticised." },
    ],
  },
  {
    slug: "witkoff-and-dmitriev-met-in-st-petersburg",
    statement: "Steve Witkoff and Putin's envoy Kirill Dmitriev attended talks in St. Petersburg on April 11, 2025.",
    passage:
      "Russian President Vladimir Putin’s envoy Kirill Dmitriev, left, and U.S. President Donald Trump’s special envoy Steve Witkoff attend talks in St. Petersburg, Russia, on April 11, 2025.",
    claimant: "newslooks",
    context: "From a file photo caption (Kremlin pool photo via AP), not from the article's reporting.",
    verification: "UNVERIFIED",
    workflow: "DRAFT",
    topics: [TOPIC.usRussia],
    subjects: ["steve-witkoff", "kirill-dmitriev"],
    evidence: [{ source: ARTICLE, stance: "CONTEXT", strength: "SECONDARY", note: "Photo caption." }],
  },
];
