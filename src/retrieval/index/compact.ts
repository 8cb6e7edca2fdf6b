/**
 * The compact inverted index that search() scores against: per field, the postings of every term as
 * slices of one flat Int32Array of passage numbers and one Uint16Array of term frequencies (CSR layout:
 * `offsets[t]..offsets[t + 1]`), plus each passage's field lengths as typed arrays. Built in one pass over
 * the analysed fields; serialised as base64 of those arrays.
 *
 * It holds exactly what MiniSearch 7 held for scoring, computed the same way, so scores are bit-identical
 * to MiniSearch's (scripts/bench-verify.ts checks this against MiniSearch itself):
 * - passage numbers are MiniSearch's short ids (corpus order); each posting list is in passage order;
 * - a field's length is its number of distinct tokens, and its average is MiniSearch's running average;
 * - term ids follow the iteration order of MiniSearch's radix tree built by inserting terms in their first
 *   occurrence order, so the expansions of a prefix, taken in term-id order, come in the order MiniSearch
 *   visits them (which fixes the floating-point summation order and the tie order).
 */
import SearchableMap from 'minisearch/SearchableMap';
import { FIELD_BOOSTS } from '../index-options.js';

export const FIELD_ORDER = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];

export interface FieldPostings {
  /** Term id t's postings are docs/tfs[offsets[t] .. offsets[t + 1]). Length: terms + 1. */
  offsets: Int32Array;
  docs: Int32Array;
  tfs: Uint16Array;
  /** Distinct tokens of the field, per passage. */
  lengths: Int32Array;
  /** MiniSearch's running average of `lengths`. */
  avg: number;
}

export interface CompactIndex {
  /** Passage ids by passage number. */
  ids: string[];
  /** Terms by term id (radix-tree order, see above). */
  terms: string[];
  termIds: Map<string, number>;
  /** Term ids sorted by term (UTF-16 code units): the terms with a given prefix are one run. */
  sorted: Int32Array;
  /** In FIELD_ORDER. */
  fields: FieldPostings[];
}

/**
 * The tokens MiniSearch saw for a field: the analysed terms joined by spaces, split on spaces
 * (index-options.ts). That is the terms themselves unless one contains a space or the field is one empty term.
 */
function tokensOf(terms: string[]): string[] {
  if (terms.length === 1 && terms[0] === '') return [];
  for (const t of terms) if (t.includes(' ')) return terms.join(' ').split(' ');
  return terms;
}

/** Postings per chunk of RawPostings (2^16). */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;

/**
 * One field's postings as they are read, passage by passage: the provisional term id and term frequency of
 * each, in chunks (never copied to grow, and no larger than needed by more than a chunk), and where each
 * passage's postings start (their passage number, without storing it per posting). At 100k passages the text
 * field's 8.7 million postings take 52 MB here, against ~100 MB as doubling arrays with a passage number each:
 * garbage once the index is built, that a collection must find before it is freed.
 */
class RawPostings {
  ids: Int32Array[] = [];
  tfs: Uint16Array[] = [];
  /** starts[p]: the first posting of passage p; starts[passages]: n. */
  starts: Int32Array;
  n = 0;
  constructor(passages: number) {
    this.starts = new Int32Array(passages + 1);
  }
  /** Starts passage p's postings (passages in order). */
  begin(p: number): void {
    this.starts[p] = this.n;
  }
  push(id: number, tf: number): void {
    const c = this.n >>> CHUNK_BITS;
    if (c === this.ids.length) {
      this.ids.push(new Int32Array(CHUNK));
      this.tfs.push(new Uint16Array(CHUNK));
    }
    const at = this.n & (CHUNK - 1);
    (this.ids[c] as Int32Array)[at] = id;
    if (tf > 65535) throw new Error('a term occurs over 65,535 times in one field of one passage');
    (this.tfs[c] as Uint16Array)[at] = tf;
    this.n++;
  }
  end(passages: number): void {
    this.starts[passages] = this.n;
  }
}

/**
 * Sees each passage's fields once they are numbered: per field (FIELD_ORDER), the provisional term id of each
 * of its terms by position, or undefined where the field's tokens are not its terms one for one (a term with a
 * space, an empty term). Provisional ids number the terms in first-occurrence order; the buffers are reused.
 * The index build counts document frequencies with them (search-index.ts): one map lookup per term occurrence
 * instead of two.
 */
export type FieldIdsSeen = (passage: number, termIds: readonly (Int32Array | undefined)[]) => void;

/** Builds the index from each passage's analysed fields (in FIELD_ORDER), in passage order. */
export function buildCompactIndex(
  ids: string[],
  fieldTerms: (passage: number) => string[][],
  seen?: FieldIdsSeen,
): CompactIndex {
  const firstIds = new Map<string, number>();
  const firstTerms: string[] = [];
  const raw = FIELD_ORDER.map(() => new RawPostings(ids.length));
  const lengths = FIELD_ORDER.map(() => new Int32Array(ids.length));
  const avgs = FIELD_ORDER.map(() => 0);
  /** Per provisional term id, its frequency in the current field (reset after each field). */
  let tf = new Int32Array(1024);
  let distinctIds = new Int32Array(1024);
  const tokenIds = FIELD_ORDER.map(() => new Int32Array(1024));
  const reported: (Int32Array | undefined)[] = FIELD_ORDER.map(() => undefined);
  for (let doc = 0; doc < ids.length; doc++) {
    const fields = fieldTerms(doc);
    for (let f = 0; f < FIELD_ORDER.length; f++) {
      const terms = fields[f];
      const tokens = tokensOf(terms ?? []);
      if (distinctIds.length < tokens.length) distinctIds = new Int32Array(tokens.length * 2);
      if ((tokenIds[f] as Int32Array).length < tokens.length) tokenIds[f] = new Int32Array(tokens.length * 2);
      const byPosition = tokenIds[f] as Int32Array;
      let distinct = 0;
      let hasEmpty = false;
      for (let x = 0; x < tokens.length; x++) {
        const token = tokens[x] as string;
        // MiniSearch counts an empty token in the field length, and indexes nothing for it.
        if (token === '') {
          hasEmpty = true;
          continue;
        }
        let id = firstIds.get(token);
        if (id === undefined) {
          id = firstTerms.length;
          firstIds.set(token, id);
          firstTerms.push(token);
          if (id >= tf.length) {
            const grown = new Int32Array(tf.length * 2);
            grown.set(tf);
            tf = grown;
          }
        }
        byPosition[x] = id;
        if (tf[id] === 0) distinctIds[distinct++] = id;
        tf[id] = (tf[id] as number) + 1;
      }
      reported[f] = tokens === terms && !hasEmpty ? byPosition : undefined;
      const length = distinct + (hasEmpty ? 1 : 0);
      (lengths[f] as Int32Array)[doc] = length;
      avgs[f] = ((avgs[f] as number) * doc + length) / (doc + 1);
      const out = raw[f] as RawPostings;
      out.begin(doc);
      for (let j = 0; j < distinct; j++) {
        const id = distinctIds[j] as number;
        out.push(id, tf[id] as number);
        tf[id] = 0;
      }
    }
    seen?.(doc, reported);
  }
  // Term ids in the iteration order of MiniSearch's radix tree, built as MiniSearch builds it.
  const tree = new SearchableMap<number>();
  for (let i = 0; i < firstTerms.length; i++) tree.set(firstTerms[i] as string, i);
  const remap = new Int32Array(firstTerms.length);
  const terms: string[] = [];
  for (const [term, first] of tree) {
    remap[first] = terms.length;
    terms.push(term);
  }
  const fields = FIELD_ORDER.map((_, f): FieldPostings => {
    const g = raw[f] as RawPostings;
    g.end(ids.length);
    const offsets = new Int32Array(terms.length + 1);
    for (let c = 0; c < g.ids.length; c++) {
      const chunk = g.ids[c] as Int32Array;
      const size = Math.min(CHUNK, g.n - c * CHUNK);
      for (let k = 0; k < size; k++) {
        const t = remap[chunk[k] as number] as number;
        offsets[t + 1] = (offsets[t + 1] as number) + 1;
      }
    }
    for (let t = 0; t < terms.length; t++)
      offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    const fill = offsets.slice(0, terms.length);
    const docs = new Int32Array(g.n);
    const tfs = new Uint16Array(g.n);
    for (let doc = 0; doc < ids.length; doc++) {
      const last = g.starts[doc + 1] as number;
      for (let i = g.starts[doc] as number; i < last; i++) {
        const c = i >>> CHUNK_BITS;
        const k = i & (CHUNK - 1);
        const t = remap[(g.ids[c] as Int32Array)[k] as number] as number;
        const at = fill[t] as number;
        fill[t] = at + 1;
        docs[at] = doc;
        tfs[at] = (g.tfs[c] as Uint16Array)[k] as number;
      }
    }
    return { offsets, docs, tfs, lengths: lengths[f] as Int32Array, avg: avgs[f] as number };
  });
  return withLookups(ids, terms, fields);
}

function withLookups(ids: string[], terms: string[], fields: FieldPostings[]): CompactIndex {
  const termIds = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) termIds.set(terms[i] as string, i);
  const sorted = Int32Array.from(terms.keys()).sort((a, b) => {
    const x = terms[a] as string;
    const y = terms[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { ids, terms, termIds, sorted, fields };
}

/** Term ids of the terms that start with `prefix`, in term-id order (MiniSearch's prefix order). */
export function prefixTermIds(index: CompactIndex, prefix: string): number[] {
  const { sorted, terms } = index;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[sorted[mid] as number] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const id = sorted[i] as number;
    if (!(terms[id] as string).startsWith(prefix)) break;
    out.push(id);
  }
  return out.sort((a, b) => a - b);
}

export interface SerialisedCompact {
  ids: string[];
  /** Terms joined by NUL (analysed terms never contain it). */
  terms: string;
  fields: { offsets: string; docs: string; tfs: string; lengths: string; avg: number }[];
}

const b64 = (a: Int32Array | Uint16Array): string =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromB64<T extends Int32Array | Uint16Array>(
  s: string,
  Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const buf = Buffer.from(s, 'base64');
  // Copy into an aligned buffer of its own (Buffer.from may return a slice of a shared pool).
  const copy = new ArrayBuffer(buf.byteLength);
  new Uint8Array(copy).set(buf);
  return new Type(copy, 0, buf.byteLength / Type.BYTES_PER_ELEMENT);
}

export function serialiseCompact(index: CompactIndex): SerialisedCompact {
  if (index.terms.some((t) => t.includes('\0'))) throw new Error('a term contains NUL');
  return {
    ids: index.ids,
    terms: index.terms.join('\0'),
    fields: index.fields.map((f) => ({
      offsets: b64(f.offsets),
      docs: b64(f.docs),
      tfs: b64(f.tfs),
      lengths: b64(f.lengths),
      avg: f.avg,
    })),
  };
}

export function loadCompact(data: SerialisedCompact): CompactIndex {
  const terms = data.terms === '' ? [] : data.terms.split('\0');
  const fields = data.fields.map(
    (f): FieldPostings => ({
      offsets: fromB64(f.offsets, Int32Array),
      docs: fromB64(f.docs, Int32Array),
      tfs: fromB64(f.tfs, Uint16Array),
      lengths: fromB64(f.lengths, Int32Array),
      avg: f.avg,
    }),
  );
  return withLookups(data.ids, terms, fields);
}
