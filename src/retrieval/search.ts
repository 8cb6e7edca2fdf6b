/**
 * One question → ranked passages with evidence signals. No formatting, no commands: see service.ts.
 */
import type { Analyzer } from './analyzer.js';
import { isEnglishWord, zipf } from './english.js';
import { SEARCH_DEFAULTS } from './index-options.js';
import type { SearchIndex } from './search-index.js';
import {
  type AbstentionThresholds,
  idf,
  isAnswerable,
  type Signals,
  signals,
  unseenWeight,
  type WeightedTerm,
} from './signals.js';

export interface Hit {
  id: string;
  score: number;
}

export interface SearchOutcome {
  terms: WeightedTerm[];
  hits: Hit[];
  /** Signals of the best-evidenced of the top passages (all zero when nothing matched). */
  top: Signals;
  answerable: boolean;
}

/** Passages scoring below this share of the top score are not offered, not even under "More results". */
export const RELATIVE_SCORE_FLOOR = 0.2;
/** At most this many passages are offered for one question, across all pages. */
export const MAX_HITS = 12;
/** How many of the top passages are examined for evidence that the question is answerable. */
const EVIDENCE_DEPTH = 3;
/** Typo correction applies to words of at least this many letters that are neither English nor in the corpus. */
const MIN_FUZZY_LENGTH = 5;

export function search(
  index: SearchIndex,
  analyzer: Analyzer,
  question: string,
  thresholds?: AbstentionThresholds,
): SearchOutcome {
  const none: Signals = { coverage: 0, weightedCoverage: 0, specificMatch: false };
  const fuzzyFor = new Map<string, number>();
  const terms: WeightedTerm[] = analyzer.queryTerms(question).map((q) => {
    const df = index.df.get(q.term);
    const inCorpus = df !== undefined;
    if (!inCorpus && !q.thesaurus && q.raw.length >= MIN_FUZZY_LENGTH && !isEnglishWord(q.raw)) {
      fuzzyFor.set(q.term, q.raw.length >= 9 ? 2 : 1);
    }
    // A word's general frequency is the higher of its own and its stem's ("putting" is as common as "put").
    const common = q.thesaurus ? 4 : Math.max(zipf(q.raw), zipf(q.term));
    const weight = inCorpus ? idf(df, index.size) : unseenWeight(common, index.size);
    return { term: q.term, weight, inCorpus, generic: analyzer.isGeneric(q.term) };
  });
  if (terms.length === 0) return { terms, hits: [], top: none, answerable: false };
  // Prefix matching only for the last word, and only while it is being typed (no space or punctuation after it).
  const typing = /[\p{L}\p{N}]$/u.test(question);
  const last = terms.length - 1;
  const results = index.mini.search(terms.map((t) => t.term).join(' '), {
    ...SEARCH_DEFAULTS,
    fuzzy: (term: string) => fuzzyFor.get(term) ?? false,
    prefix: (term: string, i: number) => typing && i === last && term.length >= 3,
  });
  const first = results[0];
  if (!first) return { terms, hits: [], top: none, answerable: false };
  let top = none;
  for (const r of results.slice(0, EVIDENCE_DEPTH)) {
    const s = signals(terms, new Set(r.queryTerms));
    if (s.weightedCoverage > top.weightedCoverage) top = s;
  }
  const floor = first.score * RELATIVE_SCORE_FLOOR;
  const hits: Hit[] = [];
  for (const r of results) {
    if (r.score < floor || hits.length >= MAX_HITS) break;
    hits.push({ id: String(r.id), score: r.score });
  }
  return { terms, hits, top, answerable: isAnswerable(top, thresholds) };
}
