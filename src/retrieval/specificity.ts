/**
 * How specific a question's word is: whether matching it shows that a passage is about the question, or
 * only that both use common words. It combines two views that each fail alone:
 * - general English (SUBTLEX Zipf frequency, english.ts): "come", "look", "different" are common everywhere;
 * - the corpus (document frequency): "school" says little in a corpus of school reviews, much in a corpus of
 *   care-leaver reviews.
 * The result is in (0, 1]: English rarity (1 for a word rarer than Zipf 3.5 or unknown, falling linearly
 * to SPEC_FLOOR at Zipf 6.2) times corpus rarity (IDF relative to a term seen once, mapped to 0.5–1, so a
 * topical word the whole corpus uses still counts half). No word list: the same rule holds for any corpus.
 */
import { idf } from './signals.js';

/** The least specificity any word gets (a word is never ignored outright). */
export const SPEC_FLOOR = 0.1;
/** Below this specificity a word is generic: matching only such words never makes a question answerable. */
export const GENERIC_BELOW = 0.3;

/** English rarity of a word from its Zipf frequency (0 = not in the list: a technical word or a name). */
export function englishRarity(zipf: number): number {
  if (zipf <= 0) return 1;
  return Math.min(1, Math.max(SPEC_FLOOR, (6.5 - zipf) / 3));
}

/** Corpus rarity: 0.5 for a term in every passage, 1 for a term in one (or none). */
export function corpusRarity(df: number | undefined, size: number): number {
  const top = idf(1, size);
  if (top <= 0) return 1;
  return 0.5 + 0.5 * Math.min(1, idf(df, size) / top);
}

export function specificity(zipf: number, df: number | undefined, size: number): number {
  return Math.max(SPEC_FLOOR, englishRarity(zipf) * corpusRarity(df, size));
}
