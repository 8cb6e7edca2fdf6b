/**
 * Acronyms and what they stand for, found in the corpus itself, as thesaurus groups (analyzer.ts): a passage
 * that says "New South Wales" also finds "NSW", and one that says "PYI" finds "Premier's Youth Initiative".
 * Two ways a pair is found, both from the text alone:
 * - defined: "Independent Living Services (ILS)": the capitalised words before the parenthesis, connectors
 *   ("of", "and" …) aside, begin with the acronym's letters in order;
 * - used: an acronym of at least IMPLICIT_MIN letters written somewhere, and elsewhere as many capitalised
 *   words in a row whose initials are its letters ("NSW" … "New South Wales").
 * An acronym that is also a common English word ("PRESS", "GRADE", "US") is left out: as a word it would
 * find the expansion wherever an asker used the word. Nothing here is kept for any one review.
 */
import type { Corpus, ThesaurusData } from '../corpus/types.js';
import { zipf } from './english.js';

/** An acronym found only by use (not defined in parentheses) has at least this many letters. */
export const IMPLICIT_MIN = 3;
/** Acronyms whose lower-case form is at least this common in English (Zipf) are words, not acronyms here. */
export const WORD_ZIPF = 3;
/** Longest acronym considered. */
const MAX_LETTERS = 7;

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', '&']);
const ACRONYM = /^[A-Z]{2,7}$/;
const CAPITALISED = /^[A-Z][A-Za-z’'-]*$/;
/** "(ILS)": a definition's acronym. */
const DEFINED = /\(([A-Z]{2,7})\)/g;
/** An acronym in use. */
const USED = /\b[A-Z]{3,7}\b/g;
/** At least IMPLICIT_MIN capitalised words in a row (connectors break the run). */
const CAPITAL_RUN = /\b[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){2,6}\b/g;
/** How far before a definition its words are looked for. */
const DEFINITION_REACH = 160;

/** The words standing for `acronym` at the end of `words` (connectors inside, not counted), or undefined. */
function expansionBefore(words: readonly string[], acronym: string): string | undefined {
  let at = words.length - 1;
  const out: string[] = [];
  for (let l = acronym.length - 1; l >= 0; l--) {
    while (at >= 0 && out.length > 0 && CONNECTORS.has((words[at] as string).toLowerCase())) {
      out.unshift(words[at] as string);
      at--;
    }
    const w = words[at];
    if (w === undefined || !CAPITALISED.test(w) || ACRONYM.test(w) || w[0] !== acronym[l]) return undefined;
    out.unshift(w);
    at--;
  }
  return out.join(' ');
}

/** The capitalised words and connectors that end `text` (a word with punctuation after it ends the run). */
function trailingWords(text: string): string[] {
  const words = text.trimEnd().split(/\s+/);
  let from = words.length;
  while (from > 0) {
    const w = words[from - 1] as string;
    if (!CAPITALISED.test(w) && !CONNECTORS.has(w.toLowerCase())) break;
    from--;
  }
  return words.slice(from);
}

/** Acronym groups of a corpus: [acronym, expansion, …] in lower case, acronyms in order of first use. */
export function acronymGroups(corpus: Corpus): string[][] {
  const used = new Set<string>();
  const defined = new Map<string, Set<string>>();
  const add = (acronym: string, expansion: string) => {
    let s = defined.get(acronym);
    if (!s) {
      s = new Set();
      defined.set(acronym, s);
    }
    s.add(expansion.toLowerCase().replace(/[’']s?$|-+$/, ''));
  };
  // Definitions, and acronyms in use (three regular expressions over the text: no tokenising).
  for (const p of corpus.passages) {
    for (const m of p.text.matchAll(DEFINED)) {
      const acronym = m[1] as string;
      const before = p.text.slice(Math.max(0, m.index - DEFINITION_REACH), m.index);
      const e = expansionBefore(trailingWords(before), acronym);
      if (e) add(acronym, e);
    }
    for (const m of p.text.matchAll(USED)) used.add(m[0]);
  }
  // Used acronyms without a definition: capitalised words in a row anywhere whose initials spell one. At
  // each word of a run, the initials of the IMPLICIT_MIN to MAX_LETTERS words ending there.
  const wanted = new Set([...used].filter((a) => a.length <= MAX_LETTERS && !defined.has(a)));
  if (wanted.size > 0) {
    for (const p of corpus.passages) {
      for (const m of p.text.matchAll(CAPITAL_RUN)) {
        const words = m[0].split(/[ \t]+/);
        for (let j = IMPLICIT_MIN - 1; j < words.length; j++) {
          for (let k = IMPLICIT_MIN; k <= Math.min(MAX_LETTERS, j + 1); k++) {
            let initials = '';
            for (let c = j - k + 1; c <= j; c++) initials += (words[c] as string)[0];
            if (wanted.has(initials)) add(initials, words.slice(j - k + 1, j + 1).join(' '));
          }
        }
      }
    }
  }
  const groups: string[][] = [];
  for (const [acronym, expansions] of defined) {
    if (zipf(acronym.toLowerCase()) >= WORD_ZIPF) continue;
    groups.push([acronym.toLowerCase(), ...expansions]);
  }
  return groups;
}

/** The corpus's thesaurus with its acronym groups after the owner's own (an owner's entry wins a clash). */
export function withAcronyms(corpus: Corpus): ThesaurusData {
  return {
    groups: [...corpus.thesaurus.groups, ...acronymGroups(corpus)],
    generic: corpus.thesaurus.generic,
  };
}
