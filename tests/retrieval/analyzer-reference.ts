/**
 * The analyzer as it was before its fast paths (word and part caches, the ASCII reader, the thesaurus trie),
 * kept verbatim as the reference that tests/retrieval/analyzer-fast.test.ts compares analyzer.ts against: the
 * index must not change when the analyzer gets faster. A change meant to alter the analysis (a new rule of
 * analyzer.ts) makes the same change here in the same commit, so that the two stay one analysis read two ways.
 */
import { stemmer } from 'stemmer';
import type { ThesaurusData } from '../../src/corpus/types.js';
import { classicalSingular, IRREGULAR, shortIes } from '../../src/retrieval/data/irregular.js';
import { joinNumerals } from '../../src/retrieval/data/numbers.js';
import { britishSpelling } from '../../src/retrieval/data/spelling.js';
import { STOP_WORDS } from '../../src/retrieval/data/stopwords.js';

const WORD = /[\p{L}\p{N}]+(?:['&-][\p{L}\p{N}]+)*/gu;

interface Piece {
  /** The stemmed form. */
  base: string;
  /** The raw lower-case part, for stop-word checks. */
  raw: string;
  /** Index of the word this piece came from; parts of one hyphenated word share it. */
  word: number;
}

/** A query term with the words it came from (for deciding whether a word may be a typo). */
export interface QueryTerm {
  term: string;
  /** The raw lower-case word, or the phrase a thesaurus entry matched. */
  raw: string;
  /** True when a thesaurus entry produced the term (so it is a known word, never a typo). */
  thesaurus: boolean;
  /** Position of the question word it came from: the joined form and the parts of a hyphenated word share it. */
  word: number;
  /** The term is the asker's own word (a thesaurus entry mapped the words to themselves, or none applied). */
  literal: boolean;
}

export interface Analyzer {
  /** Text → terms, in order (duplicates kept, as the index counts them). */
  analyze(text: string): string[];
  /** The distinct terms of a question, each with its source word. */
  queryTerms(text: string): QueryTerm[];
  /** True for terms that alone do not show that a question is about the corpus. */
  isGeneric(term: string): boolean;
}

/** Marks a counted term: the term of a noun the text gives a number of ("86 studies"). */
export const COUNTED = '#';
export const countedTerm = (term: string): string => `${COUNTED}${term}`;
const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million'.split(
    ' ',
  ),
);
function isNumber(raw: string): boolean {
  return /^\d+$/.test(raw) || NUMBER_WORDS.has(raw);
}

export function createReferenceAnalyzer(thesaurus: ThesaurusData): Analyzer {
  const baseCache = new Map<string, string>();
  const base = (raw: string): string => {
    let b = baseCache.get(raw);
    if (b === undefined) {
      const w = shortIes(britishSpelling(raw));
      b = /^\p{L}(?:&\p{L})+$/u.test(w)
        ? w
        : stemmer((Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined) ?? classicalSingular(w) ?? w);
      if (baseCache.size > 200_000) baseCache.clear();
      baseCache.set(raw, b);
    }
    return b;
  };

  const pieces = (text: string): Piece[] => {
    const out: Piece[] = [];
    let n = 0;
    // initials with a spaced "&" ("A & E") read as written joined
    const joined = text.replace(
      /(?<![\p{L}\p{N}'’&-])(\p{L})[ \t]*&[ \t]*(?=\p{L}(?![\p{L}\p{N}'’&-]))/gu,
      '$1&',
    );
    const normal = joined.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'");
    for (const m of normal.matchAll(WORD)) {
      const word = m[0].replace(/'s$|s'$|'$/, (x) => (x === "s'" ? 's' : ''));
      // initials joined by "&" ("a&e") are one part as they stand; otherwise "&" splits as a hyphen does
      const split = /^\p{L}(?:&\p{L})+$/u.test(word) ? [word] : word.split(/[-&]/);
      // a lone letter before a hyphen joins what follows ("e-cigarette" → ecigarette)
      if (split.length > 1 && /^\p{L}$/u.test(split[0] ?? '') && split[1] !== '') {
        split.splice(0, 2, `${split[0]}${split[1]}`);
      }
      for (const part of split) {
        // A lone letter is not a word to search for ("e.g.", "i.e.", "the U.S." initials).
        if (part !== '' && !/^\p{L}$/u.test(part)) out.push({ base: base(part), raw: part, word: n });
      }
      n++;
    }
    return out;
  };

  // Thesaurus entries as runs of bases → canonical terms (first group wins on a clash).
  const entries = new Map<string, string[]>();
  /** For each base that starts some entry, the most words of such an entry (only these can start a match). */
  const startsEntry = new Map<string, number>();
  for (const group of thesaurus.groups) {
    const canonical = pieces(group[0] ?? '')
      .filter((p) => !STOP_WORDS.has(p.raw))
      .map((p) => p.base);
    for (const term of group) {
      const key = pieces(term).map((p) => p.base);
      const k = key.join(' ');
      if (k !== '' && !entries.has(k)) {
        entries.set(k, canonical);
        const head = key[0] as string;
        startsEntry.set(head, Math.max(startsEntry.get(head) ?? 0, key.length));
      }
    }
  }
  const generic = new Set(thesaurus.generic.flatMap((g) => analyze(g)));

  function analyze(text: string, sink?: (t: QueryTerm) => void): string[] {
    const ps = pieces(text);
    const terms: string[] = [];
    let i = 0;
    while (i < ps.length) {
      let matched = false;
      // Only a run starting with the first base of some entry can match: skip the joins for all others.
      const reach = startsEntry.get((ps[i] as Piece).base) ?? 0;
      for (let len = Math.min(reach, ps.length - i); len >= 1; len--) {
        const first = ps[i];
        const last = ps[i + len - 1];
        // A run must not start or end inside a hyphenated word unless the whole word is covered.
        if (!first || !last) continue;
        if (i > 0 && ps[i - 1]?.word === first.word && len < ps.length) continue;
        if (ps[i + len]?.word === last.word) continue;
        const key = ps
          .slice(i, i + len)
          .map((p) => p.base)
          .join(' ');
        const canonical = entries.get(key);
        if (canonical) {
          terms.push(...canonical);
          if (sink) {
            const raw = ps
              .slice(i, i + len)
              .map((p) => p.raw)
              .join(' ');
            const bases = ps.slice(i, i + len).map((p) => p.base);
            const literal = canonical.every((t) => bases.includes(t));
            for (const term of canonical) sink({ term, raw, thesaurus: true, word: first.word, literal });
          }
          // The phrase's own words are terms too, in the phrase's word group: a thesaurus entry widens what a
          // phrase finds, it never hides the words the source (or the asker) actually wrote.
          for (const p of ps.slice(i, i + len)) {
            if (STOP_WORDS.has(p.raw) || canonical.includes(p.base)) continue;
            terms.push(p.base);
            sink?.({ term: p.base, raw: p.raw, thesaurus: false, word: first.word, literal: true });
          }
          i += len;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const p = ps[i] as Piece;
      const sameWord = [p];
      while (ps[i + sameWord.length]?.word === p.word) sameWord.push(ps[i + sameWord.length] as Piece);
      if (sameWord.length > 1) {
        const joined = sameWord.map((s) => s.raw).join('');
        const numeral = joinNumerals(sameWord.map((s) => s.raw));
        terms.push(base(numeral));
        sink?.({ term: base(numeral), raw: joined, thesaurus: false, word: p.word, literal: true });
        for (const s of sameWord) {
          if (s.raw.length > 2 && !STOP_WORDS.has(s.raw)) {
            terms.push(s.base);
            sink?.({ term: s.base, raw: s.raw, thesaurus: false, word: p.word, literal: true });
          }
        }
      } else if (!STOP_WORDS.has(p.raw)) {
        terms.push(p.base);
        sink?.({ term: p.base, raw: p.raw, thesaurus: false, word: p.word, literal: true });
      }
      i += sameWord.length;
    }
    // In indexed text, a counted noun is also a term of its own ("86 studies", "17,950 students" → the
    // counted terms of studi, student), so that "how many studies" finds the passage that gives the count.
    if (!sink) {
      for (let j = 1; j < ps.length; j++) {
        if (!isNumber((ps[j - 1] as Piece).raw)) continue;
        // the noun, or the noun after one modifier ("35 primary studies")
        for (const k of [j, j + 1]) {
          const p = ps[k];
          if (p && !isNumber(p.raw) && !STOP_WORDS.has(p.raw)) terms.push(countedTerm(p.base));
        }
      }
    }
    return terms;
  }

  return {
    analyze,
    queryTerms: (text) => {
      const seen = new Map<string, QueryTerm>();
      analyze(text, (t) => {
        const prior = seen.get(t.term);
        if (!prior || (t.thesaurus && !prior.thesaurus)) seen.set(t.term, t);
      });
      return [...seen.values()];
    },
    isGeneric: (term) => generic.has(term),
  };
}
