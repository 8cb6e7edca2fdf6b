/**
 * One question → ranked passages with evidence signals. No formatting, no commands: see service.ts.
 */

import type { Analyzer } from './analyzer.js';
import type { Corrector } from './correction.js';
import { isEnglishWord, zipf } from './english.js';
import { type TermSpec, topResults } from './index/score.js';
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

export type { TermSpec, TopResult } from './index/score.js';
export { topResults } from './index/score.js';

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
/** Typo correction applies to words of at least this many letters that are neither English nor in the corpus
 * (correction.ts). */
const MIN_FUZZY_LENGTH = 5;
/** At most this many words of one question are typo-corrected (each correction searches the word list). */
const MAX_CORRECTIONS = 8;
/** What a matched generic word counts for in the number of terms a passage matched (a specific word: 1). */
export const GENERIC_MATCH_WEIGHT = 0.5;

export function search(
  index: SearchIndex,
  analyzer: Analyzer,
  question: string,
  thresholds?: AbstentionThresholds,
  corrector?: Corrector,
): SearchOutcome {
  const none: Signals = { coverage: 0, weightedCoverage: 0, specificMatch: false };
  const terms: WeightedTerm[] = [];
  let corrections = 0;
  for (const q of analyzer.queryTerms(question)) {
    let term = q.term;
    let df = index.df.get(term);
    let approximate = false;
    // A word neither in the corpus nor in English is taken for a typo of the nearest corpus word.
    if (
      df === undefined &&
      corrections < MAX_CORRECTIONS &&
      !q.thesaurus &&
      q.raw.length >= MIN_FUZZY_LENGTH &&
      !isEnglishWord(q.raw)
    ) {
      corrections++;
      const fixed = corrector?.correct(q.raw);
      const corrected = fixed && analyzer.queryTerms(fixed.word)[0]?.term;
      if (corrected !== undefined && index.df.has(corrected)) {
        term = corrected;
        df = index.df.get(term);
        approximate = true;
      }
    }
    if (terms.some((t) => t.term === term)) continue;
    // A word's general frequency is the higher of its own and its stem's ("putting" is as common as "put").
    // (Looked up only for words the corpus lacks: the first lookup loads the 74,000-word table.)
    const common = () => (q.thesaurus ? 4 : Math.max(zipf(q.raw), zipf(q.term)));
    const weight = df !== undefined ? idf(df, index.size) : unseenWeight(common(), index.size);
    terms.push({
      term,
      weight,
      inCorpus: df !== undefined && !approximate,
      generic: analyzer.isGeneric(term),
    });
  }
  if (terms.length === 0) return { terms, hits: [], top: none, answerable: false };
  // Prefix matching only for the last word, and only while it is being typed (no space or punctuation after it).
  const typing = /[\p{L}\p{N}]$/u.test(question);
  const last = terms.length - 1;
  const specs: TermSpec[] = terms.map((t, i) => ({
    term: t.term,
    prefix: typing && i === last && t.term.length >= 3,
  }));
  // MiniSearch's scoring multiplies a passage's score by the number of question terms it matched, counting a
  // generic word of the field ("children", "services") like a specific one: a long heading full of them then
  // outranks the passage that answers. Generic words count GENERIC_MATCH_WEIGHT instead (re-ranking the top).
  const generic = new Set(terms.filter((t) => t.generic).map((t) => t.term));
  const results = topResults(index.compact, specs, MAX_HITS)
    .map((r) => {
      const counted = r.queryTerms.reduce((n, t) => n + (generic.has(t) ? GENERIC_MATCH_WEIGHT : 1), 0);
      return { ...r, score: (r.score / Math.max(1, r.queryTerms.length)) * counted };
    })
    .sort((a, b) => b.score - a.score);
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
