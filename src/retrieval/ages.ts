/**
 * Ages a passage gives. "How old were the pupils?", "what age should the decoys be?" asks for ages, but the
 * passage that has them writes "a 17-year-old minor", "aged 18 to 21", "no younger than 16" or "the average
 * age ranged from 8.8 to 16.3", and seldom the asker's word. Every review reports its participants' ages
 * (PICO's population); no review's words are needed.
 *
 * At index build a passage whose text gives an age adds AGE_TERM to its text terms (search-index.ts), once;
 * the question side is a facet (facets.ts: "how old", "what age", "age of", "age range"), whose trigger word's
 * group reaches the term like a synonym (expand.ts).
 */

/** The term of a passage that gives an age (not a word: the analyzer never makes a term with "@"). */
export const AGE_TERM = '@age';

/** Ways of writing an age: "17-year-old", "13 year olds", "aged 13", "age 17", "ages 15-17", "younger than 16",
 * "18 to 21 years of age", "under the age of 18", "mean age", "average age". */
const AGE =
  /\b\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?[-\s]years?[-\s]olds?\b|\bage[sd]?\s+(?:of\s+|between\s+)?\d{1,2}\b(?!\s*%)|\b(?:younger|older)\s+than\s+\d{1,2}\b|\b\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s+years?\s+(?:old|of\s+age)\b|\bunder\s+the\s+age\s+of\s+\d{1,2}\b|\b(?:mean|average|median)\s+age\b/i;

/** Whether the text gives an age. */
export function givesAge(text: string): boolean {
  return AGE.test(text);
}
