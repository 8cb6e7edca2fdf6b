/**
 * One question → ranked passages with evidence signals. No formatting, no commands: see service.ts.
 */

import type MiniSearch from 'minisearch';
import type { Analyzer } from './analyzer.js';
import type { Corrector } from './correction.js';
import { isEnglishWord, zipf } from './english.js';
import { FIELD_BOOSTS, type IndexedFields, SEARCH_DEFAULTS } from './index-options.js';
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
/** Typo correction applies to words of at least this many letters that are neither English nor in the corpus
 * (correction.ts). */
const MIN_FUZZY_LENGTH = 5;

export function search(
  index: SearchIndex,
  analyzer: Analyzer,
  question: string,
  thresholds?: AbstentionThresholds,
  corrector?: Corrector,
): SearchOutcome {
  const none: Signals = { coverage: 0, weightedCoverage: 0, specificMatch: false };
  const terms: WeightedTerm[] = [];
  for (const q of analyzer.queryTerms(question)) {
    let term = q.term;
    let df = index.df.get(term);
    let approximate = false;
    // A word neither in the corpus nor in English is taken for a typo of the nearest corpus word.
    if (df === undefined && !q.thesaurus && q.raw.length >= MIN_FUZZY_LENGTH && !isEnglishWord(q.raw)) {
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
    fuzzy: false,
    prefix: typing && i === last && t.term.length >= 3,
  }));
  const results =
    topResults(index.mini, specs, MAX_HITS) ??
    index.mini.search(terms.map((t) => t.term).join(' '), {
      ...SEARCH_DEFAULTS,
      fuzzy: false,
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

/** One query term with how far it may be expanded (the query spec MiniSearch builds from its options). */
export interface TermSpec {
  term: string;
  /** Maximum edit distance, or false. */
  fuzzy: number | false;
  prefix: boolean;
}

/** The part of a MiniSearch result this module reads. */
export interface TopResult {
  id: string;
  score: number;
  queryTerms: string[];
}

type Postings = Map<number, number>;
type TermData = Map<number, Postings>;
/** The MiniSearch 7 internals read by topResults (see node_modules/minisearch/dist/es/index.js). */
interface MiniInternals {
  _index: {
    get(term: string): TermData | undefined;
    atPrefix(prefix: string): Iterable<[string, TermData]>;
    fuzzyGet(term: string, distance: number): Map<string, [TermData, number]>;
  };
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _options: { searchOptions: { bm25?: { k: number; b: number; d: number } } };
}

interface Scratch {
  documentCount: number;
  /** Per field (in FIELD_ORDER), the field length of each short document id. */
  lengths: Float64Array[];
  total: Float64Array;
  partial: Float64Array;
  /** Distinct query terms matched. */
  count: Uint16Array;
  /** Query term (1-based) that last touched the document; 0 = untouched. */
  stamp: Uint32Array;
  /** Order in which documents were first touched (MiniSearch's result order, used to break ties). */
  seen: Uint32Array;
  touched: number[];
  termTouched: number[];
}

const FIELD_ORDER = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];
const scratches = new WeakMap<object, Scratch>();

function scratchFor(mini: MiniInternals): Scratch | undefined {
  let s = scratches.get(mini);
  if (s && s.documentCount === mini._documentCount) return s;
  const size = mini._nextId + 1;
  const lengths = FIELD_ORDER.map(() => new Float64Array(size));
  for (const [doc, ls] of mini._fieldLength) {
    for (const [i, f] of FIELD_ORDER.entries()) {
      const fieldId = mini._fieldIds[f];
      if (fieldId === undefined) return undefined;
      (lengths[i] as Float64Array)[doc] = ls[fieldId] ?? 0;
    }
  }
  s = {
    documentCount: mini._documentCount,
    lengths,
    total: new Float64Array(size),
    partial: new Float64Array(size),
    count: new Uint16Array(size),
    stamp: new Uint32Array(size),
    seen: new Uint32Array(size),
    touched: [],
    termTouched: [],
  };
  scratches.set(mini, s);
  return s;
}

/**
 * The best `k` results of an OR query over the index, with exactly the scores and order that
 * `mini.search(query, {...SEARCH_DEFAULTS, fuzzy, prefix})` gives (same BM25+ formula, same summation order,
 * same stable tie order), without building a result object for every matching passage or sorting them all:
 * on a large index a common word matches most passages, and that work dominated the latency.
 * Returns undefined when the index's internals are not as expected (then the caller uses mini.search).
 */
export function topResults(
  miniSearch: MiniSearch<IndexedFields>,
  specs: readonly TermSpec[],
  k: number,
): TopResult[] | undefined {
  const mini = miniSearch as unknown as MiniInternals;
  if (mini._dirtCount !== 0 || typeof mini._index?.fuzzyGet !== 'function' || specs.length >= 65535) {
    return undefined;
  }
  const s = scratchFor(mini);
  if (!s) return undefined;
  const bm25 = mini._options.searchOptions.bm25 ?? { k: 1.2, b: 0.7, d: 0.5 };
  const weights = { fuzzy: 0.35, prefix: 0.5, ...SEARCH_DEFAULTS.weights };
  const fieldIds = FIELD_ORDER.map((f) => mini._fieldIds[f] as number);
  const n = mini._documentCount;
  const { total, partial, count, stamp, seen, touched, termTouched, lengths } = s;
  let order = 0;
  /** Every term's data (exact, prefix and fuzzy expansions), kept to find the top documents' matched terms. */
  const matchedData: TermData[][] = [];

  const addTerm = (t: number, data: TermData, termWeight: number) => {
    for (let f = 0; f < fieldIds.length; f++) {
      const postings = data.get(fieldIds[f] as number);
      if (postings === undefined) continue;
      const fieldBoost = FIELD_BOOSTS[FIELD_ORDER[f] as keyof typeof FIELD_BOOSTS];
      const avg = mini._avgFieldLength[fieldIds[f] as number] as number;
      const len = lengths[f] as Float64Array;
      const matching = postings.size;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      for (const [doc, tf] of postings) {
        const raw =
          idf *
          (bm25.d +
            (tf * (bm25.k + 1)) / (tf + bm25.k * (1 - bm25.b + (bm25.b * (len[doc] as number)) / avg)));
        const weighted = termWeight * 1 * fieldBoost * 1 * raw;
        if (stamp[doc] !== t) {
          if (stamp[doc] === 0) {
            seen[doc] = order++;
            touched.push(doc);
          }
          stamp[doc] = t;
          count[doc] = (count[doc] as number) + 1;
          partial[doc] = weighted;
          termTouched.push(doc);
        } else partial[doc] = (partial[doc] as number) + weighted;
      }
    }
  };

  try {
    for (let i = 0; i < specs.length; i++) {
      const spec = specs[i] as TermSpec;
      const t = i + 1;
      const datas: TermData[] = [];
      const exact = mini._index.get(spec.term);
      if (exact) {
        datas.push(exact);
        addTerm(t, exact, 1);
      }
      const fuzzy = spec.fuzzy ? mini._index.fuzzyGet(spec.term, spec.fuzzy) : undefined;
      if (spec.prefix) {
        for (const [term, data] of mini._index.atPrefix(spec.term)) {
          const distance = term.length - spec.term.length;
          if (!distance) continue;
          fuzzy?.delete(term);
          datas.push(data);
          addTerm(t, data, (weights.prefix * term.length) / (term.length + 0.3 * distance));
        }
      }
      if (fuzzy) {
        for (const [term, [data, distance]] of fuzzy) {
          if (!distance) continue;
          datas.push(data);
          addTerm(t, data, (weights.fuzzy * term.length) / (term.length + distance));
        }
      }
      matchedData.push(datas);
      // MiniSearch sums each term's contributions first, then adds that sum to the document's total.
      for (const doc of termTouched) {
        total[doc] = (total[doc] as number) + (partial[doc] as number);
        partial[doc] = 0;
      }
      termTouched.length = 0;
    }
    // Top k by (score descending, first touched ascending): MiniSearch's stable sort of its result map.
    const best: { doc: number; score: number; seen: number }[] = [];
    for (const doc of touched) {
      const score = (total[doc] as number) * (count[doc] as number);
      const at = seen[doc] as number;
      if (best.length === k) {
        const worst = best[k - 1] as { score: number; seen: number };
        if (score < worst.score || (score === worst.score && at > worst.seen) || Number.isNaN(score))
          continue;
      }
      let j = best.length;
      while (j > 0) {
        const b = best[j - 1] as { score: number; seen: number };
        if (b.score > score || (b.score === score && b.seen < at)) break;
        j--;
      }
      best.splice(j, 0, { doc, score, seen: at });
      if (best.length > k) best.pop();
    }
    return best.map(({ doc, score }) => ({
      id: mini._documentIds.get(doc) as string,
      score,
      queryTerms: specs
        .filter((_, i) => (matchedData[i] ?? []).some((data) => [...data.values()].some((p) => p.has(doc))))
        .map((spec) => spec.term),
    }));
  } finally {
    for (const doc of touched) {
      total[doc] = 0;
      partial[doc] = 0;
      count[doc] = 0;
      stamp[doc] = 0;
    }
    touched.length = 0;
    termTouched.length = 0;
  }
}
