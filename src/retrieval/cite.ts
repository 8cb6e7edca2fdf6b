/**
 * `cite <author, year or key>`: the references (and reviews) that match, with the passages citing them.
 * Names match with one letter of tolerance, as inline citations do.
 */
import { editDistance, yearOf } from '../corpus/citations.js';
import { exportReferences } from '../corpus/references.js';
import type { Corpus, CslItem, CslName } from '../corpus/types.js';
import type { AnswerPassage, CitedReference } from './answer.js';
import type { AnswerPassages } from './passages.js';

const nameWords = (names: readonly CslName[] | undefined): string[] =>
  (names ?? [])
    .flatMap((n) => (n.literal ?? n.family ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter(Boolean);

function wordMatches(asked: string, known: string): boolean {
  if (asked === known) return true;
  return Math.min(asked.length, known.length) >= 4 && editDistance(asked, known, 1) <= 1;
}

const IGNORED = new Set(['and', 'et', 'al', 'the', 'of', 'for', 'by', 'in', 'on', 'a', 'an']);

/** At most this many references answer one `cite` request, and this many are listed as known. */
export const MAX_CITE_MATCHES = 10;
export const MAX_KNOWN = 25;

const exports = (item: CslItem) => ({
  bibtex: exportReferences([item], 'bibtex'),
  ris: exportReferences([item], 'ris'),
});

export interface Citer {
  /** `docs`: only references of these reviews (default: every review). */
  cite(target: string, docs?: ReadonlySet<string>): CitedReference[];
  /** Citable references (the reviews, then their reference lists), at most MAX_KNOWN. */
  known(docs?: ReadonlySet<string>): string[];
}

export function createCiter(corpus: Corpus, passages: AnswerPassages): Citer {
  // Which passages cite each reference: one pass over the passages, on the first `cite`.
  let citing: Map<string, string[]> | undefined;
  const citingOf = (docId: string, key: string): string[] => {
    if (!citing) {
      citing = new Map();
      for (const p of corpus.passages) {
        for (const c of new Set(p.citations.map((x) => x.key))) {
          const k = `${p.docId}\u0000${c}`;
          const list = citing.get(k) ?? [];
          list.push(p.id);
          citing.set(k, list);
        }
      }
    }
    return citing.get(`${docId}\u0000${key}`) ?? [];
  };

  return {
    cite(target, docs) {
      const asked = target
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== '' && !IGNORED.has(w));
      if (asked.length === 0) return [];
      const years = asked.filter((w) => /^\d{4}$/.test(w));
      const words = asked.filter((w) => !/^\d{4}$/.test(w));
      const out: CitedReference[] = [];
      for (const doc of corpus.documents) {
        if (docs !== undefined && !docs.has(doc.id)) continue;
        for (const ref of doc.references) {
          const year = yearOf(ref) ?? '';
          const known = [...nameWords(ref.csl.author), ref.key.toLowerCase()];
          const byName = words.length > 0 && words.every((w) => known.some((k) => wordMatches(w, k)));
          const byYear = years.length === 0 || years.includes(year);
          const byKey = asked.length === 1 && asked[0] === ref.key.toLowerCase();
          if (!(byKey || (byName && byYear) || (words.length === 0 && years.includes(year)))) continue;
          out.push({
            docId: doc.id,
            documentTitle: doc.title,
            key: ref.key,
            reference: ref.formatted,
            ...exports(ref.csl),
            passages: citingOf(doc.id, ref.key)
              .map((id) => passages.get(id))
              .filter((p): p is AnswerPassage => p !== undefined),
          });
          if (out.length >= MAX_CITE_MATCHES) return out;
        }
        // The review itself, by its authors, publisher or id.
        const own = [...nameWords(doc.authors), doc.publisher.toLowerCase(), doc.id];
        const byName = words.length > 0 && words.every((w) => own.some((k) => wordMatches(w, k)));
        if (byName && (years.length === 0 || years.includes(String(doc.year)))) {
          out.push({
            docId: doc.id,
            documentTitle: doc.title,
            key: doc.id,
            reference: doc.citation,
            ...exports(doc.csl),
            passages: [],
          });
          if (out.length >= MAX_CITE_MATCHES) return out;
        }
      }
      return out;
    },
    known(docs) {
      const out: string[] = [];
      for (const d of corpus.documents) {
        if (docs !== undefined && !docs.has(d.id)) continue;
        for (const text of [() => d.citation, ...d.references.map((r) => () => r.formatted)]) {
          if (out.length >= MAX_KNOWN) return out;
          out.push(text());
        }
      }
      return out;
    },
  };
}
