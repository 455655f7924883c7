import { FEMALE_WORDS, MALE_WORDS } from "./lexicon";

/** A person's grammatical sex as the article shows it, so "she said" skips the men. */
export type Gender = "m" | "f";

/** The sex a word marks ("Mrs." and "spokeswoman" → "f", "his" → "m"), if any. */
export function genderOfWord(lower: string): Gender | undefined {
  if (MALE_WORDS.has(lower)) return "m";
  if (FEMALE_WORDS.has(lower)) return "f";
  return undefined;
}

/** The sex the words of a role mark ("works council chairwoman" → "f"), if they agree on one. */
export function genderOfPhrase(phrase: string | null): Gender | undefined {
  if (!phrase) return undefined;
  const marked = new Set(phrase.toLowerCase().split(/[\s-]+/).map(genderOfWord).filter(Boolean));
  return marked.size === 1 ? [...marked][0] : undefined;
}

/** The sex a third-person pronoun asks for: "he"/"his" → "m", "she"/"her" → "f"; "they" asks none. */
export function pronounGender(lower: string): Gender | undefined {
  return /^(he|him|his|himself)$/.test(lower) ? "m" : /^(she|her|hers|herself)$/.test(lower) ? "f" : undefined;
}
