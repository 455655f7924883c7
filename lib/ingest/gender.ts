import { FEMALE_WORDS, MALE_WORDS } from "./lexicon";

/** A person's grammatical sex as the article shows it, so "she said" skips the men. */
export type Gender = "m" | "f";

/** The sex a title or noun marks ("Mrs." and "spokeswoman" → "f", "Sir" → "m"), if any. */
export function genderOfWord(lower: string): Gender | undefined {
  if (MALE_WORDS.has(lower)) return "m";
  if (FEMALE_WORDS.has(lower)) return "f";
  return undefined;
}

/**
 * The sex a role's head noun marks: "works council chairwoman" → "f", "mother of two" → "f"; not
 * a word after its preposition ("a friend of the mother" says nothing of the friend).
 */
export function genderOfPhrase(phrase: string | null): Gender | undefined {
  if (!phrase) return undefined;
  const words = phrase.toLowerCase().split(/[\s-]+/);
  const link = words.findIndex((word) => /^(of|for|at|in|to|with|from|on)$/.test(word));
  const head = words[(link < 0 ? words.length : link) - 1];
  return head === undefined ? undefined : genderOfWord(head);
}

/** The sex a third-person pronoun asks for: "he"/"his" → "m", "she"/"her" → "f"; "they" asks none. */
export function pronounGender(lower: string): Gender | undefined {
  return /^(he|him|his|himself)$/.test(lower) ? "m" : /^(she|her|hers|herself)$/.test(lower) ? "f" : undefined;
}
