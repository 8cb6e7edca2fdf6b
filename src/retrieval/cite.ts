/**
 * `cite <author, year or key>`: the references (and reviews) that match, with the passages citing them.
 * Names match with one letter of tolerance, as inline citations do.
 */
import { editDistance } from '../corpus/citations.js';
import type { Corpus, CslName } from '../corpus/types.js';
import type { AnswerPassage, CitedReference } from './answer.js';

const nameWords = (names: readonly CslName[] | undefined): string[] =>
  (names ?? [])
    .flatMap((n) => (n.literal ?? n.family ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter(Boolean);

function wordMatches(asked: string, known: string): boolean {
  if (asked === known) return true;
  return Math.min(asked.length, known.length) >= 4 && editDistance(asked, known, 1) <= 1;
}

const IGNORED = new Set(['and', 'et', 'al', 'the', 'of', 'for', 'by', 'in', 'on', 'a', 'an']);

export function cite(
  corpus: Corpus,
  passages: ReadonlyMap<string, AnswerPassage>,
  target: string,
): CitedReference[] {
  const asked = target
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !IGNORED.has(w));
  if (asked.length === 0) return [];
  const years = asked.filter((w) => /^\d{4}$/.test(w));
  const words = asked.filter((w) => !/^\d{4}$/.test(w));
  const out: CitedReference[] = [];
  for (const doc of corpus.documents) {
    const docPassages = corpus.passages.filter((p) => p.docId === doc.id);
    for (const ref of doc.references) {
      const year = String(ref.csl.issued?.['date-parts']?.[0]?.[0] ?? '');
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
        passages: docPassages
          .filter((p) => p.citations.some((c) => c.key === ref.key))
          .map((p) => passages.get(p.id))
          .filter((p): p is AnswerPassage => p !== undefined),
      });
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
        passages: [],
      });
    }
  }
  return out;
}

/** Every citable reference, for a "nothing matched" answer. */
export function knownReferences(corpus: Corpus): string[] {
  return corpus.documents.flatMap((d) => [d.citation, ...d.references.map((r) => r.formatted)]);
}
