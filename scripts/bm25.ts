/**
 * The field's baseline for `npm run eval`: classic Okapi BM25 (k1 = 1.2, b = 0.75, IDF
 * ln(1 + (N − df + 0.5) / (df + 0.5))) over each passage's heading path and text as one field, with a plain
 * lower-case tokenizer (runs of letters and digits; no stemming, no stop words). A question none of whose
 * words occurs anywhere counts as declined; any other question is answered.
 */
export interface Bm25Doc {
  id: string;
  text: string;
}

const K1 = 1.2;
const B = 0.75;

export const bm25Tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function bm25Index(
  docs: readonly Bm25Doc[],
): (q: string, limit: number) => { id: string; score: number }[] {
  const postings = new Map<string, { doc: number; tf: number }[]>();
  const lengths: number[] = [];
  docs.forEach((d, i) => {
    const tokens = bm25Tokens(d.text);
    lengths.push(tokens.length);
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      const list = postings.get(t) ?? [];
      if (list.length === 0) postings.set(t, list);
      list.push({ doc: i, tf: n });
    }
  });
  const n = docs.length;
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  return (q, limit) => {
    const scores = new Map<number, number>();
    for (const t of new Set(bm25Tokens(q))) {
      const list = postings.get(t);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = tf + K1 * (1 - B + (B * (lengths[doc] ?? 0)) / avg);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * (tf * (K1 + 1))) / norm);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc, score]) => ({ id: (docs[doc] as Bm25Doc).id, score }));
  };
}
