/**
 * Exact top-k BM25+ over the compact index (compact.ts): the scores and order that MiniSearch 7's
 * `search(query, { combineWith: 'OR', boost: FIELD_BOOSTS, prefix })` gives on the same passages — same
 * formula (k 1.2, b 0.7, d 0.5; IDF per field over the passages whose field has the term), same field boosts
 * and prefix weights, same summation order, the same "× number of query terms matched" factor and the same
 * stable tie order (the order in which passages were first reached) — without building a result for every
 * matching passage or sorting them all. scripts/bench-verify.ts checks it against MiniSearch itself.
 */
import { FIELD_BOOSTS, SEARCH_DEFAULTS } from '../index-options.js';
import { type CompactIndex, FIELD_ORDER, prefixTermIds } from './compact.js';

/** One query term, and whether the terms it starts may match too (at a lower weight). */
export interface TermSpec {
  term: string;
  prefix: boolean;
}

export interface TopResult {
  id: string;
  score: number;
  /** The query terms (spec.term) that matched the passage, exactly or by prefix. */
  queryTerms: string[];
}

/** MiniSearch's defaults (SEARCH_DEFAULTS sets none). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = SEARCH_DEFAULTS.weights?.prefix ?? 0.5;

interface Scratch {
  /** Per field, k * (1 - b + b * length / average) per passage: the part of BM25's denominator fixed per passage. */
  norms: Float64Array[];
  total: Float64Array;
  partial: Float64Array;
  count: Uint16Array;
  /** Query term (1-based) that last touched the passage; 0 = untouched. */
  stamp: Uint32Array;
  /** Order in which passages were first reached: ties keep it (MiniSearch's stable sort of its result map). */
  seen: Uint32Array;
  touched: Int32Array;
  termTouched: Int32Array;
}

const scratches = new WeakMap<CompactIndex, Scratch>();

function scratchFor(index: CompactIndex): Scratch {
  let s = scratches.get(index);
  if (s) return s;
  const n = index.ids.length;
  const { k, b } = BM25;
  s = {
    norms: index.fields.map((f) => {
      const norm = new Float64Array(n);
      for (let doc = 0; doc < n; doc++) norm[doc] = k * (1 - b + (b * (f.lengths[doc] as number)) / f.avg);
      return norm;
    }),
    total: new Float64Array(n),
    partial: new Float64Array(n),
    count: new Uint16Array(n),
    stamp: new Uint32Array(n),
    seen: new Uint32Array(n),
    touched: new Int32Array(n),
    termTouched: new Int32Array(n),
  };
  scratches.set(index, s);
  return s;
}

function contains(docs: Int32Array, from: number, to: number, doc: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = docs[mid] as number;
    if (d === doc) return true;
    if (d < doc) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

export function topResults(index: CompactIndex, specs: readonly TermSpec[], k: number): TopResult[] {
  if (specs.length >= 65535) throw new Error('too many query terms');
  const s = scratchFor(index);
  const { total, partial, count, stamp, seen, touched, termTouched, norms } = s;
  const n = index.ids.length;
  const d = BM25.d;
  const k1 = BM25.k + 1;
  const boosts = FIELD_ORDER.map((f) => FIELD_BOOSTS[f]);
  let order = 0;
  let nTouched = 0;
  /** Each query term's matched term ids (exact, then prefix expansions). */
  const matched: number[][] = [];

  const addTerm = (t: number, id: number, termWeight: number) => {
    for (let f = 0; f < index.fields.length; f++) {
      const field = index.fields[f] as (typeof index.fields)[number];
      const from = field.offsets[id] as number;
      const to = field.offsets[id + 1] as number;
      const matching = to - from;
      if (matching === 0) continue;
      const { docs, tfs } = field;
      const norm = norms[f] as Float64Array;
      const w = termWeight * 1 * (boosts[f] as number) * 1;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      for (let i = from; i < to; i++) {
        const doc = docs[i] as number;
        const tf = tfs[i] as number;
        const weighted = w * (idf * (d + (tf * k1) / (tf + (norm[doc] as number))));
        if (stamp[doc] !== t) {
          if (stamp[doc] === 0) {
            seen[doc] = order++;
            touched[nTouched++] = doc;
          }
          stamp[doc] = t;
          count[doc] = (count[doc] as number) + 1;
          partial[doc] = weighted;
          termTouched[nTermTouched++] = doc;
        } else partial[doc] = (partial[doc] as number) + weighted;
      }
    }
  };
  let nTermTouched = 0;

  try {
    for (let i = 0; i < specs.length; i++) {
      const spec = specs[i] as TermSpec;
      const t = i + 1;
      const ids: number[] = [];
      const exact = index.termIds.get(spec.term);
      if (exact !== undefined) {
        ids.push(exact);
        addTerm(t, exact, 1);
      }
      if (spec.prefix) {
        for (const id of prefixTermIds(index, spec.term)) {
          const term = index.terms[id] as string;
          const distance = term.length - spec.term.length;
          if (!distance) continue;
          ids.push(id);
          addTerm(t, id, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
        }
      }
      matched.push(ids);
      // MiniSearch sums each term's contributions first, then adds that sum to the passage's total.
      for (let j = 0; j < nTermTouched; j++) {
        const doc = termTouched[j] as number;
        total[doc] = (total[doc] as number) + (partial[doc] as number);
        partial[doc] = 0;
      }
      nTermTouched = 0;
    }
    // Top k by (score descending, first reached ascending).
    const best: { doc: number; score: number; seen: number }[] = [];
    for (let j = 0; j < nTouched; j++) {
      const doc = touched[j] as number;
      const score = (total[doc] as number) * (count[doc] as number);
      const at = seen[doc] as number;
      if (best.length === k) {
        const worst = best[k - 1] as { score: number; seen: number };
        if (score < worst.score || (score === worst.score && at > worst.seen) || Number.isNaN(score))
          continue;
      }
      let p = best.length;
      while (p > 0) {
        const b = best[p - 1] as { score: number; seen: number };
        if (b.score > score || (b.score === score && b.seen < at)) break;
        p--;
      }
      best.splice(p, 0, { doc, score, seen: at });
      if (best.length > k) best.pop();
    }
    return best.map(({ doc, score }) => ({
      id: index.ids[doc] as string,
      score,
      queryTerms: specs
        .filter((_, i) =>
          (matched[i] ?? []).some((id) =>
            index.fields.some((f) =>
              contains(f.docs, f.offsets[id] as number, f.offsets[id + 1] as number, doc),
            ),
          ),
        )
        .map((spec) => spec.term),
    }));
  } finally {
    for (let j = 0; j < nTouched; j++) {
      const doc = touched[j] as number;
      total[doc] = 0;
      partial[doc] = 0;
      count[doc] = 0;
      stamp[doc] = 0;
    }
  }
}
