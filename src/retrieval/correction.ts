/**
 * Typo correction against the corpus's own words, before stemming. Correcting stems does not work: the
 * stemmer cannot strip a misspelt suffix ("integraton" stays whole, four edits from "integr"). A misspelt
 * word is replaced by the single nearest word of the corpus (fewest edits, then most frequent), so one
 * typo never turns into two terms whose scores add up.
 *
 * The word list is built on first use (a pass over the passage texts), not at start-up.
 */
import SearchableMap from 'minisearch/SearchableMap';

export interface Correction {
  word: string;
  distance: number;
}

export interface Corrector {
  /** The nearest corpus word within the allowed edits, or undefined. */
  correct(word: string): Correction | undefined;
}

/** Edits allowed: one from 5 letters, two from 9; never more (the search space explodes). */
export function allowedEdits(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** Words, with inner hyphens: a hyphenated word counts joined ("co-location" → colocation) and by its parts,
 * as the analyzer indexes it, so a typo inside it ("co-locaton" → colocaton) finds the joined form. */
const WORD = /\p{L}[\p{L}']*(?:-\p{L}[\p{L}']*)*/gu;

export function createCorrector(texts: () => Iterable<string>): Corrector {
  let words: SearchableMap<number> | undefined;
  const build = () => {
    const map = new SearchableMap<number>();
    for (const text of texts()) {
      for (const m of text.toLowerCase().matchAll(WORD)) {
        const w = m[0].replace(/'s$/, '');
        const forms = w.includes('-') ? [w.replaceAll('-', ''), ...w.split('-')] : [w];
        for (const f of forms) if (f.length >= 4) map.update(f, (n = 0) => n + 1);
      }
    }
    return map;
  };
  return {
    correct(word) {
      const edits = allowedEdits(word);
      if (edits === 0) return undefined;
      words ??= build();
      let best: (Correction & { count: number }) | undefined;
      for (const [candidate, [count, distance]] of words.fuzzyGet(word, edits)) {
        if (distance === 0) return undefined; // not a typo: the corpus has it
        if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
          best = { word: candidate, distance, count };
        }
      }
      return best && { word: best.word, distance: best.distance };
    },
  };
}
