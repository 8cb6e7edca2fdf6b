/** Corpus passages → the AnswerPassage data every answer carries (built once, copied with a score per answer). */
import type { Corpus } from '../corpus/types.js';
import type { AnswerPassage } from './answer.js';

export function answerPassages(corpus: Corpus): Map<string, AnswerPassage> {
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const out = new Map<string, AnswerPassage>();
  for (const p of corpus.passages) {
    const doc = docs.get(p.docId);
    if (!doc) continue;
    out.set(p.id, {
      id: p.id,
      text: p.text,
      section: p.headingPath,
      docId: p.docId,
      documentTitle: doc.title,
      citation: doc.citation,
      references: p.citations.map((c) => ({ text: c.text, key: c.key, reference: c.reference })),
      strength: { ...p.strength },
      role: p.role,
      score: 0,
    });
  }
  return out;
}
