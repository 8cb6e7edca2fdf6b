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
  /** Multiplies the term's contributions (MiniSearch's term weight; 1 when absent, as MiniSearch scores). */
  weight?: number;
}

export interface TopResult {
  id: string;
  score: number;
  /** The query terms (spec.term) that matched the passage, exactly or by prefix. */
  queryTerms: string[];
  /** The passage's number in the index. */
  n: number;
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
  /** Per field and term id, the largest tf·(k + 1) / (tf + norm) of its postings (for upper bounds). */
  maxPart: Float64Array[];
  /** Candidates of the pruned path. */
  mark: Uint8Array;
}

const scratches = new WeakMap<CompactIndex, Scratch>();

function scratchFor(index: CompactIndex): Scratch {
  let s = scratches.get(index);
  if (s) return s;
  const n = index.ids.length;
  const { k, b } = BM25;
  const norms = index.fields.map((f) => {
    const norm = new Float64Array(n);
    for (let doc = 0; doc < n; doc++) norm[doc] = k * (1 - b + (b * (f.lengths[doc] as number)) / f.avg);
    return norm;
  });
  const k1 = k + 1;
  const maxPart = index.fields.map((f, fi) => {
    const norm = norms[fi] as Float64Array;
    const out = new Float64Array(index.terms.length);
    for (let t = 0; t < index.terms.length; t++) {
      let max = 0;
      for (let i = f.offsets[t] as number; i < (f.offsets[t + 1] as number); i++) {
        const tf = f.tfs[i] as number;
        const part = (tf * k1) / (tf + (norm[f.docs[i] as number] as number));
        if (part > max) max = part;
      }
      out[t] = max;
    }
    return out;
  });
  s = {
    norms,
    maxPart,
    mark: new Uint8Array(n),
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

/** One posting list a query term reads: a term id (the term or one of its prefix expansions) in one field. */
interface List {
  field: number;
  from: number;
  to: number;
  /** Term weight × field boost (MiniSearch's termWeight × termBoost × fieldBoost × docBoost). */
  w: number;
  idf: number;
  /** Largest contribution of any of its postings. */
  ub: number;
}

/**
 * Each query term's posting lists, in the order MiniSearch reads them: the term itself, then its prefix
 * expansions in radix-tree order; for each, the fields in FIELD_ORDER.
 */
function listsOf(index: CompactIndex, s: Scratch, spec: TermSpec): List[] {
  const n = index.ids.length;
  const lists: List[] = [];
  const add = (id: number, termWeight: number) => {
    for (let f = 0; f < index.fields.length; f++) {
      const field = index.fields[f] as CompactIndex['fields'][number];
      const from = field.offsets[id] as number;
      const to = field.offsets[id + 1] as number;
      const matching = to - from;
      if (matching === 0) continue;
      const w = termWeight * 1 * (FIELD_BOOSTS[FIELD_ORDER[f] as keyof typeof FIELD_BOOSTS] as number) * 1;
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      const ub = w * (idf * (BM25.d + ((s.maxPart[f] as Float64Array)[id] as number)));
      lists.push({ field: f, from, to, w, idf, ub });
    }
  };
  const exact = index.termIds.get(spec.term);
  const weight = spec.weight ?? 1;
  if (exact !== undefined) add(exact, weight);
  if (spec.prefix) {
    for (const id of prefixTermIds(index, spec.term)) {
      const term = index.terms[id] as string;
      const distance = term.length - spec.term.length;
      if (!distance) continue;
      add(id, (weight * PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
    }
  }
  return lists;
}

/** Below this many postings in all, a question is scored exhaustively (pruning would not pay). */
export const PRUNE_MIN_POSTINGS = 20_000;

/**
 * The best `k` passages for the query terms, with MiniSearch's exact scores and order. `pruneFrom`: questions
 * whose posting lists hold at least this many postings in all take the pruned path (same results).
 * `allowed`: when given, only passages whose number has a non-zero entry are ranked (a search restricted to
 * some reviews); such searches are scored exhaustively.
 */
export function topResults(
  index: CompactIndex,
  specs: readonly TermSpec[],
  k: number,
  pruneFrom = PRUNE_MIN_POSTINGS,
  allowed?: Uint8Array,
): TopResult[] {
  if (specs.length >= 65535) throw new Error('too many query terms');
  const s = scratchFor(index);
  const lists = specs.map((spec) => listsOf(index, s, spec));
  let postings = 0;
  for (const ls of lists) for (const l of ls) postings += l.to - l.from;
  if (k <= 0 || postings === 0) return [];
  return postings >= pruneFrom && !allowed
    ? pruned(index, s, specs, lists, k)
    : exhaustive(index, s, specs, lists, k, allowed);
}

function exhaustive(
  index: CompactIndex,
  s: Scratch,
  specs: readonly TermSpec[],
  lists: List[][],
  k: number,
  allowed?: Uint8Array,
): TopResult[] {
  const { total, partial, count, stamp, seen, touched, termTouched, norms } = s;
  const d = BM25.d;
  const k1 = BM25.k + 1;
  let order = 0;
  let nTouched = 0;
  let nTermTouched = 0;
  try {
    for (let i = 0; i < specs.length; i++) {
      const t = i + 1;
      for (const l of lists[i] as List[]) {
        const { docs, tfs } = index.fields[l.field] as CompactIndex['fields'][number];
        const norm = norms[l.field] as Float64Array;
        const { w, idf } = l;
        for (let p = l.from; p < l.to; p++) {
          const doc = docs[p] as number;
          const tf = tfs[p] as number;
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
      if (allowed && !allowed[doc]) continue;
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
    return best.map(({ doc }) => {
      const { id, score, queryTerms, n } = exact(index, s, specs, lists, doc);
      return { id, score, queryTerms, n };
    });
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

/** Position of `doc` in docs[from..to), or -1. */
function find(docs: Int32Array, from: number, to: number, doc: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = docs[mid] as number;
    if (x === doc) return mid;
    if (x < doc) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

interface Exact extends TopResult {
  /** Where MiniSearch first reached the passage: query term, posting list of that term. */
  term: number;
  list: number;
  doc: number;
}

/** One passage's exact score, summed in MiniSearch's order, its matched query terms, and where it was first reached. */
function exact(
  index: CompactIndex,
  s: Scratch,
  specs: readonly TermSpec[],
  lists: List[][],
  doc: number,
): Exact {
  const d = BM25.d;
  const k1 = BM25.k + 1;
  let total = 0;
  let count = 0;
  let term = -1;
  let list = -1;
  const queryTerms: string[] = [];
  for (let i = 0; i < specs.length; i++) {
    let partial = 0;
    let hit = false;
    const ls = lists[i] as List[];
    for (let li = 0; li < ls.length; li++) {
      const l = ls[li] as List;
      const { docs, tfs } = index.fields[l.field] as CompactIndex['fields'][number];
      const p = find(docs, l.from, l.to, doc);
      if (p < 0) continue;
      const tf = tfs[p] as number;
      const weighted =
        l.w * (l.idf * (d + (tf * k1) / (tf + ((s.norms[l.field] as Float64Array)[doc] as number))));
      if (hit) partial += weighted;
      else {
        partial = weighted;
        hit = true;
        if (term < 0) {
          term = i;
          list = li;
        }
      }
    }
    if (hit) {
      total += partial;
      count++;
      queryTerms.push((specs[i] as TermSpec).term);
    }
  }
  return { id: index.ids[doc] as string, score: total * count, queryTerms, n: doc, term, list, doc };
}

/**
 * Each query term's contribution to a passage's score (its BM25+ over the fields, with its weight and field
 * boosts; 0 when it does not match), for re-ranking a few candidates with the terms grouped (rerank.ts). Each
 * term's posting lists (a term's prefix expansions are a scan of the term list) are looked up once, here, not
 * once for every candidate.
 */
export function termScorer(index: CompactIndex, specs: readonly TermSpec[]): (n: number) => number[] {
  const s = scratchFor(index);
  const d = BM25.d;
  const k1 = BM25.k + 1;
  const lists = specs.map((spec) => listsOf(index, s, spec));
  return (n) =>
    lists.map((ls) => {
      let sum = 0;
      for (const l of ls) {
        const { docs, tfs } = index.fields[l.field] as CompactIndex['fields'][number];
        const p = find(docs, l.from, l.to, n);
        if (p < 0) continue;
        const tf = tfs[p] as number;
        sum += l.w * (l.idf * (d + (tf * k1) / (tf + ((s.norms[l.field] as Float64Array)[n] as number))));
      }
      return sum;
    });
}

/** The k-th largest total × count among the given passages (-Infinity when fewer). */
function kth(
  total: Float64Array,
  count: Uint16Array,
  docs: Int32Array | number[],
  n: number,
  k: number,
): number {
  if (n < k) return Number.NEGATIVE_INFINITY;
  const heap = new Float64Array(k); // min-heap of the k largest
  let size = 0;
  for (let j = 0; j < n; j++) {
    const doc = docs[j] as number;
    const v = (total[doc] as number) * (count[doc] as number);
    if (size < k) {
      let c = size++;
      heap[c] = v;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if ((heap[parent] as number) <= (heap[c] as number)) break;
        const tmp = heap[parent] as number;
        heap[parent] = heap[c] as number;
        heap[c] = tmp;
        c = parent;
      }
    } else if (v > (heap[0] as number)) {
      heap[0] = v;
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        const r = l + 1;
        let m = c;
        if (l < k && (heap[l] as number) < (heap[m] as number)) m = l;
        if (r < k && (heap[r] as number) < (heap[m] as number)) m = r;
        if (m === c) break;
        const tmp = heap[m] as number;
        heap[m] = heap[c] as number;
        heap[c] = tmp;
        c = m;
      }
    }
  }
  return heap[0] as number;
}

/** Margins for floating-point rounding: bounds are compared after summing in another order than MiniSearch's. */
const UP = 1 + 1e-9;
const DOWN = 1 - 1e-9;

/**
 * MaxScore-style pruning, exact. Query terms are read in order of their upper bound (largest first), each
 * passage's running sum being a lower bound of its final score (every contribution is positive). Once the
 * terms left cannot lift an unreached passage above the k-th best lower bound, they are only looked up for
 * the passages that can still make the top k. The finalists are then rescored exactly in MiniSearch's
 * order (`exact`), and sorted by score and by where MiniSearch first reached them (its tie order).
 */
function pruned(
  index: CompactIndex,
  s: Scratch,
  specs: readonly TermSpec[],
  lists: List[][],
  k: number,
): TopResult[] {
  const { total: acc, count: cnt, stamp, touched, mark, norms } = s;
  const d = BM25.d;
  const k1 = BM25.k + 1;
  const ub = lists.map((ls) => ls.reduce((a, l) => a + l.ub, 0));
  const order = specs
    .map((_, i) => i)
    .filter((i) => (lists[i] as List[]).length > 0)
    .sort((a, b) => (ub[b] as number) - (ub[a] as number) || a - b);
  const sumUb = (from: number) => {
    let sum = 0;
    for (let j = from; j < order.length; j++) sum += ub[order[j] as number] as number;
    return sum;
  };
  let nTouched = 0;
  let cands: number[] = [];
  // The largest total × count of any passage so far (while the terms are read in full): the k-th is no larger.
  let best = Number.NEGATIVE_INFINITY;
  const add = (l: List, p: number, doc: number, t: number) => {
    const tf = (index.fields[l.field] as CompactIndex['fields'][number]).tfs[p] as number;
    const weighted =
      l.w * (l.idf * (d + (tf * k1) / (tf + ((norms[l.field] as Float64Array)[doc] as number))));
    if (stamp[doc] !== t) {
      if (stamp[doc] === 0) touched[nTouched++] = doc;
      stamp[doc] = t;
      cnt[doc] = (cnt[doc] as number) + 1;
    }
    acc[doc] = (acc[doc] as number) + weighted;
  };
  try {
    let j = 0;
    let theta = Number.NEGATIVE_INFINITY;
    for (; j < order.length; j++) {
      const restUb = sumUb(j);
      const restN = order.length - j;
      // Skip the k-th computation (a pass over every passage reached) while it cannot stop the loop: the best
      // any passage can have so far bounds it, and so does the best passage itself. The second bound is what
      // spares a long question a pass at nearly every term; as the k-th is never above the best, the loop stops
      // at the same term as without it (same candidates, same results).
      if (
        nTouched >= k &&
        restUb * UP * restN < (sumUb(0) - restUb) * j &&
        restUb * UP * restN < best * DOWN
      ) {
        theta = kth(acc, cnt, touched, nTouched, k);
        if (restUb * UP * restN < theta * DOWN) break;
      }
      const i = order[j] as number;
      const t = i + 1;
      // `add` for every posting of the list, with the list's arrays and weights read once (the same arithmetic).
      for (const l of lists[i] as List[]) {
        const { docs, tfs } = index.fields[l.field] as CompactIndex['fields'][number];
        const norm = norms[l.field] as Float64Array;
        const { w, idf } = l;
        for (let p = l.from; p < l.to; p++) {
          const doc = docs[p] as number;
          const tf = tfs[p] as number;
          const weighted = w * (idf * (d + (tf * k1) / (tf + (norm[doc] as number))));
          if (stamp[doc] !== t) {
            if (stamp[doc] === 0) touched[nTouched++] = doc;
            stamp[doc] = t;
            cnt[doc] = (cnt[doc] as number) + 1;
          }
          const a = (acc[doc] as number) + weighted;
          acc[doc] = a;
          const v = a * (cnt[doc] as number);
          if (v > best) best = v;
        }
      }
    }
    const rest = order.slice(j);
    const restUb = sumUb(j);
    theta = kth(acc, cnt, touched, nTouched, k);
    for (let c = 0; c < nTouched; c++) {
      const doc = touched[c] as number;
      if (((acc[doc] as number) + restUb) * UP * ((cnt[doc] as number) + rest.length) >= theta * DOWN) {
        cands.push(doc);
      }
    }
    // The terms left, for the candidates only: looked up, or scanned when there are many candidates.
    for (const doc of cands) mark[doc] = 1;
    for (const i of rest) {
      for (const l of lists[i] as List[]) {
        const { docs } = index.fields[l.field] as CompactIndex['fields'][number];
        const len = l.to - l.from;
        if (cands.length * (Math.log2(len) + 1) < len) {
          for (const doc of cands) {
            const p = find(docs, l.from, l.to, doc);
            if (p >= 0) add(l, p, doc, i + 1);
          }
        } else {
          for (let p = l.from; p < l.to; p++) {
            const doc = docs[p] as number;
            if (mark[doc]) add(l, p, doc, i + 1);
          }
        }
      }
    }
    const top = kth(acc, cnt, cands, cands.length, k);
    const finalists = cands
      .filter((doc) => (acc[doc] as number) * (cnt[doc] as number) >= top * DOWN)
      .map((doc) => exact(index, s, specs, lists, doc));
    finalists.sort((a, b) => b.score - a.score || a.term - b.term || a.list - b.list || a.doc - b.doc);
    return finalists.slice(0, k).map(({ id, score, queryTerms, n }) => ({ id, score, queryTerms, n }));
  } finally {
    for (let c = 0; c < nTouched; c++) {
      const doc = touched[c] as number;
      acc[doc] = 0;
      cnt[doc] = 0;
      stamp[doc] = 0;
      mark[doc] = 0;
    }
    cands = [];
  }
}
