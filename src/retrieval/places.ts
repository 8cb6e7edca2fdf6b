/**
 * Places a passage names, so that "where were the studies done?" or "which countries …?" finds the passage
 * that says "Studies took place in Australia (25 studies), the United States …" although it shares none of the
 * question's words. Every review reports where its studies were done (TIDieR's "where"); the places are names
 * the asker cannot guess.
 *
 * At index build each distinct place WordNet knows (wordnet.ts `placeNames`: countries, states, regions,
 * cities, continents, as written, "New South Wales", "US") that a finding names adds one PLACE_TERM to its
 * text terms (search-index.ts; not a passage about the review: an author's address is no study's setting).
 * The question side is a facet (facets.ts): a "where" or "which countries" question gets PLACE_TERM as a word
 * group of its own, for ranking only (expand.ts). Answering never reads WordNet: the term is in the index like
 * any other.
 */
import type { PlaceName } from './wordnet.js';

/** The term indexed once per place a passage names (not a word: the analyzer never makes a term with "@"). */
export const PLACE_TERM = '@place';
/** Longest place name looked for, in words ("United States of America"). */
const MAX_NAME_WORDS = 5;

/** Runs of capitalised words, with the small words inside names ("United States of America", "Trinidad and Tobago"). */
const CAPITALISED_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|and|the|for)\s+)?\p{Lu}[\p{L}.'’-]*)*/gu;

/** The small words that may join the words of one name ("Centre for Epidemiologic Studies": not a place). */
const CONNECTOR = /^(?:of|and|the|for)$/;

/**
 * The PLACE_TERM of each distinct place `text` names (so a list of settings counts more than one address
 * repeated). A one-word name inside a longer run of
 * capitalised words is part of another name ("Reading Research Quarterly", "Washington State University",
 * "Erin Smith"), not a place; a name of two words or more ("New South Wales") is specific enough anywhere.
 */
export function placeTerms(text: string, names: ReadonlyMap<string, PlaceName>): string[] {
  const out: string[] = [];
  const seen = new Set<number>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    const found: { len: number; synset: number }[] = [];
    let other = false;
    for (let i = 0; i < words.length; ) {
      const [len, place] = longestName(words, i, names);
      if (place) found.push({ len, synset: place.synset });
      else if (!CONNECTOR.test(words[i] as string)) other = true;
      i += Math.max(1, len);
    }
    for (const { len, synset } of found) {
      if ((len > 1 || !other) && !seen.has(synset)) {
        seen.add(synset);
        out.push(PLACE_TERM);
      }
    }
  }
  return out;
}

/** Words of the longest place name beginning at words[i] (0: none). */
function longestName(
  words: readonly string[],
  i: number,
  names: ReadonlyMap<string, PlaceName>,
): [number, PlaceName | undefined] {
  for (let len = Math.min(MAX_NAME_WORDS, words.length - i); len > 0; len--) {
    const place = lookup(words.slice(i, i + len).join(' '), names);
    // A one-word name is a place only where that is the word's usual sense: "Canada", not "Reading" (a town,
    // but mostly a word, capitalised at a sentence's start or in a title) or "Centre" ("Centre for …").
    if (place && (len > 1 || place.first)) return [len, place];
  }
  return [0, undefined];
}

/** The place a name stands for, read as written or without a possessive or a full stop after it. */
function lookup(name: string, names: ReadonlyMap<string, PlaceName>): PlaceName | undefined {
  const bare = name.replace(/['’]s$/, '');
  return names.get(bare) ?? names.get(bare.replace(/[.'’-]+$/, ''));
}
