// Shared by the integration test (through lib, on a real database) and the e2e test (the page in
// Chromium), so both pin the same sentences.

/**
 * Each seeded claim's public sourcing line, checked against seed/article.txt. A party is named
 * only for what it does in the article: Bevz disputes the 19-point figure (the AP only carried
 * his interview), Trump and Bacon state their own words (Newslooks reports them). Claims readers
 * cannot see (draft, in review) have no line to pin.
 */
export const SEEDED_SOURCING_LINES: Record<string, string | null> = {
  "trump-sends-envoys-to-moscow-and-kyiv": "Reported by Newslooks",
  "trump-peace-plan-fine-tuned": "Reported by Newslooks",
  "trump-plan-still-work-in-progress": "Reported by Newslooks",
  "trump-plan-was-a-concept": "Stated by Donald Trump; reported by Newslooks",
  "trump-donbas-might-be-gotten-by-russia-anyway": "Reported by Newslooks; contradicted by Institute for the Study of War",
  "isw-russia-needs-several-years-to-conquer-donbas": "Stated by Institute for the Study of War; reported by Newslooks",
  "witkoff-coached-ushakov-on-trump-pitch": "Reported by Bloomberg News; not independently verified by The Associated Press",
  "witkoff-advised-ushakov-to-congratulate-trump-on-gaza":
    "Reported by Bloomberg News; not independently verified by The Associated Press",
  "bloomberg-reviewed-recording-of-call": "Stated by Bloomberg News; reported by Newslooks",
  "ap-has-not-verified-leaked-transcript": "Stated by The Associated Press; reported by Newslooks",
  "trump-calls-coaching-standard-negotiation": "Reported by Newslooks",
  "bacon-witkoff-cannot-be-trusted": "Stated by Don Bacon; reported by Newslooks",
  "kyiv-attack-killed-at-least-seven": "Stated by Vitalii Klitschko; reported by Newslooks",
  "russia-fired-22-missiles-and-460-drones": "Stated by Volodymyr Zelenskyy; reported by Newslooks",
  "attack-damaged-energy-infrastructure": "Stated by Volodymyr Zelenskyy; reported by Newslooks",
  "nine-story-building-caught-fire-in-dniprovskyi": "Reported by Newslooks",
  "petrivna-everything-was-shattered": "Stated by Liubov Petrivna; reported by Newslooks",
  "petrivna-putin-wont-stop": "Stated by Liubov Petrivna; reported by Newslooks",
  "russia-says-it-downed-249-drones": "Stated by Russian authorities; reported by Newslooks",
  "macron-urges-partners-to-seize-the-momentum": "Stated by Emmanuel Macron; reported by Newslooks",
  "macron-negotiations-getting-new-impetus": "Stated by Emmanuel Macron; reported by Newslooks",
  "starmer-zelenskyy-majority-of-text-acceptable": "Stated by Keir Starmer; reported by Newslooks",
  "zelenskyy-says-plan-could-be-workable": "Reported by Newslooks",
  "bevz-premature-to-say-anything-agreed": "Stated by Oleksandr Bevz; reported by Newslooks",
  "bevz-security-guarantees-are-the-linchpin": "Stated by Oleksandr Bevz; reported by Newslooks",
  "peace-plan-now-stands-at-19-points": "Disputed by Oleksandr Bevz",
  "bevz-plan-trimmed-but-not-to-19-points": "Stated by Oleksandr Bevz; reported by Newslooks",
  "bevz-removed-duplicates-and-unrelated-points": "Stated by Oleksandr Bevz; reported by Newslooks",
  "trump-may-meet-putin-and-zelenskyy-after-progress": "Reported by Newslooks",
  "umerov-zelenskyy-hopes-for-deal-by-end-of-november": "Stated by Rustem Umerov; reported by Newslooks",
  "lavrov-moscow-in-contact-with-washington": "Stated by Sergey Lavrov; reported by Newslooks",
  "lavrov-expects-interim-version-of-plan": "Stated by Sergey Lavrov; reported by Newslooks",
};
