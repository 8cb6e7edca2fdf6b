/**
 * Corpus passages → the AnswerPassage data every answer carries. Built on first request and kept: building
 * one formats its citations, which is too slow to do for every passage of a large corpus at start-up.
 */
import type { Corpus, Passage, ReviewDocument } from '../corpus/types.js';
import type { AnswerPassage } from './answer.js';

/** "Children's Services Reform Research (2023)": a review's title up to its subtitle, cut at 60, and year. */
export function reviewLabel(doc: Pick<ReviewDocument, 'title' | 'year'>): string {
  const main = doc.title.split(/:\s| [–—-] /)[0]?.trim() || doc.title;
  const short = main.length > 60 ? `${main.slice(0, 59).trimEnd()}…` : main;
  return `${short} (${doc.year})`;
}

export interface AnswerPassages {
  get(id: string): AnswerPassage | undefined;
}

export function answerPassages(corpus: Corpus): AnswerPassages {
  const docs = new Map<string, ReviewDocument>(corpus.documents.map((d) => [d.id, d]));
  const byId = new Map<string, Passage>(corpus.passages.map((p) => [p.id, p]));
  const built = new Map<string, AnswerPassage>();
  // Passages name their review only when there is more than one to tell apart.
  const named = corpus.documents.length > 1;
  return {
    get(id) {
      const cached = built.get(id);
      if (cached) return cached;
      const p = byId.get(id);
      const doc = p && docs.get(p.docId);
      if (!p || !doc) return undefined;
      const out: AnswerPassage = {
        id: p.id,
        text: p.text,
        section: p.headingPath,
        docId: p.docId,
        documentTitle: doc.title,
        citation: doc.citation,
        references: p.citations.map((c) =>
          c.candidates
            ? { text: c.text, key: c.key, reference: c.reference, candidates: [...c.candidates] }
            : { text: c.text, key: c.key, reference: c.reference },
        ),
        strength: { ...p.strength, from: { ...p.strength.from } },
        role: p.role,
        score: 0,
      };
      if (p.table) out.table = { ...p.table };
      if (named) out.review = reviewLabel(doc);
      built.set(id, out);
      return out;
    },
  };
}
