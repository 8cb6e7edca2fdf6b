/**
 * Places a passage names, so that "where were the studies done?" or "which countries …?" finds the passage
 * that says "Studies took place in Australia (25 studies), the United States …" although it shares none of the
 * question's words. Every review reports where its studies were done (TIDieR's "where"); the places are names
 * the asker cannot guess.
 *
 * At index build each distinct place WordNet knows (wordnet.ts `placeNames`: countries, states, regions,
 * cities, continents, as written, "New South Wales", "US", and a place's adjective, "Australian", which WordNet
 * derives from it) that a finding names adds one PLACE_TERM to its
 * text terms (search-index.ts; not a passage about the review: an author's address is no study's setting),
 * and the place's own term (namedPlaceTerm: one per synset, so "US", "U.S." and "United States" are one).
 * The question side is a facet (facets.ts): a "where" or "which countries" question gets PLACE_TERM as a word
 * group of its own, for ranking only (expand.ts); and a place the question names otherwise than the corpus
 * ("Any in the US?", where the review says "the United States") is searched by its own term. Answering never
 * reads WordNet: the terms are in the index like any other, and the index keeps every WordNet name of the
 * places its corpus names (SearchIndex.places) for reading the question's.
 */
import type { PlaceName } from './wordnet.js';

/** The term indexed once per place a passage names (not a word: the analyzer never makes a term with "@"). */
export const PLACE_TERM = '@place';
/** Longest place name looked for, in words ("United States of America"). */
const MAX_NAME_WORDS = 5;

/** Runs of capitalised words, with the small words inside names ("United States of America", "Trinidad and Tobago"). */
const CAPITALISED_RUN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|and|the|for)\s+)?\p{Lu}[\p{L}.'’-]*)*/gu;
/** The same in ASCII text (most text), where the Unicode classes are A–Z and a–z and cost more to match. */
const ASCII_RUN = /\b[A-Z][A-Za-z.'-]*(?:\s+(?:(?:of|and|the|for)\s+)?[A-Z][A-Za-z.'-]*)*/g;
/** Anything but printable ASCII, tab and line breaks: such text is matched with the Unicode classes. */
const NON_ASCII = /[^\t\n\r -~]/;

/** The small words that may join the words of one name ("Centre for Epidemiologic Studies": not a place). */
const CONNECTOR = /^(?:of|and|the|for)$/;

/** Per names map, the first words of its names with the most words a name beginning so has. */
const firstWordsOf = new WeakMap<ReadonlyMap<string, PlaceName>, Map<string, number>>();
function firstWords(names: ReadonlyMap<string, PlaceName>): Map<string, number> {
  let first = firstWordsOf.get(names);
  if (!first) {
    first = new Map();
    for (const name of names.keys()) {
      const words = name.split(' ');
      // as a name's first word is looked up: bare ("U.S." as "U.S"; the name itself keeps its full stop)
      const w = bareWord(words[0] as string);
      first.set(w, Math.max(first.get(w) ?? 0, words.length));
    }
    firstWordsOf.set(names, first);
  }
  return first;
}

/** The term of one place (its synset) that a passage or a question names. */
export const namedPlaceTerm = (synset: number): string => `${PLACE_TERM}:${synset}`;

/** A place a text names: its synset and the name as written. */
export interface NamedPlace {
  synset: number;
  name: string;
}

/**
 * The distinct places `text` names, in order (so a list of settings counts more than one address repeated;
 * the index gives a finding one PLACE_TERM for each). A one-word name inside a longer run of capitalised words
 * is part of another name ("Reading Research Quarterly", "Washington State University", "Erin Smith"), not a
 * place; a name of two words or more ("New South Wales") is specific enough anywhere. Only words that begin
 * some place's name are looked at.
 */
export function namedPlaces(text: string, names: ReadonlyMap<string, PlaceName>): NamedPlace[] {
  const out: NamedPlace[] = [];
  const seen = new Set<number>();
  const first = firstWords(names);
  const re = NON_ASCII.test(text) ? CAPITALISED_RUN : ASCII_RUN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = m[0];
    // the commonest case: one word that begins no place's name ("The", "Studies")
    if (!first.has(bareWord(run)) && !/\s/.test(run)) continue;
    const words = run.split(/\s+/);
    const found: { len: number; synset: number; name: string }[] = [];
    let other = false;
    for (let i = 0; i < words.length; ) {
      const most = first.get(bareWord(words[i] as string)) ?? 0;
      const [len, place] =
        most > 0 ? longestName(words, i, Math.min(most, MAX_NAME_WORDS), names) : [0, undefined];
      if (place) found.push({ len, synset: place.synset, name: words.slice(i, i + len).join(' ') });
      else if (!CONNECTOR.test(words[i] as string)) other = true;
      i += Math.max(1, len);
    }
    for (const { len, synset, name } of found) {
      if ((len > 1 || !other) && !seen.has(synset)) {
        seen.add(synset);
        out.push({ synset, name });
      }
    }
  }
  return out;
}

/** A word without a possessive or a full stop after it ("Australia's", "Canada."), as a name's first word. */
function bareWord(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  // a word ending in a letter other than "s" has nothing to take off
  if ((last >= 97 && last <= 122 && last !== 115) || (last >= 65 && last <= 90)) return word;
  return word.replace(/['’]s$/, '').replace(/[.'’-]+$/, '');
}

/** Words of the longest place name of at most `most` words beginning at words[i] (0: none). */
function longestName(
  words: readonly string[],
  i: number,
  most: number,
  names: ReadonlyMap<string, PlaceName>,
): [number, PlaceName | undefined] {
  for (let len = Math.min(most, words.length - i); len > 0; len--) {
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
