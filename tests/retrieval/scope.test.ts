/**
 * A scope (a place's review set) limits every request to its reviews: questions, cite, sources, help examples,
 * no-match suggestions and completions never show another review's passage or title. Six real reviews, each
 * question of the real-review sample asked in a scope of one review and in the scope of the others.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import type { EvidenceService, Scope } from '../../src/retrieval/answer.js';
import { createEvidenceService } from '../../src/retrieval/service.js';

const REAL = '../shared/corpora/real';
const questions = readFileSync('../shared/eval/real-dev.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { q: string }).q);

let corpus: Corpus;
let service: EvidenceService;
beforeAll(async () => {
  corpus = await loadCorpus(REAL);
  service = createEvidenceService(corpus);
});

const titlesOf = (docs: ReadonlySet<string>) =>
  new Set(corpus.passages.filter((p) => docs.has(p.docId)).map((p) => p.headingPath.at(-1)));

function scopes(): Array<[Scope, Set<string>]> {
  return corpus.documents.flatMap((d) => {
    const one = new Set([d.id]);
    const rest = new Set(corpus.documents.map((x) => x.id).filter((id) => id !== d.id));
    return [
      [{ name: d.id, documents: [...one] }, one],
      [{ name: `not ${d.id}`, documents: [...rest] }, rest],
    ] as Array<[Scope, Set<string>]>;
  });
}

describe('a scope', () => {
  it('questions: no passage and no suggestion from outside the scope, for every sample question', () => {
    expect(corpus.documents.length).toBeGreaterThan(1);
    let answeredSomewhere = 0;
    for (const [scope, docs] of scopes()) {
      const titles = titlesOf(docs);
      for (const q of questions) {
        const a = service.answer(q, { scope });
        if (a.kind === 'answered') {
          answeredSomewhere++;
          for (const p of a.passages) expect(docs.has(p.docId), `${q} in ${scope.name}`).toBe(true);
          const next = service.answer(q, { scope, offset: a.page.offset + a.passages.length });
          if (next.kind === 'answered') for (const p of next.passages) expect(docs.has(p.docId)).toBe(true);
        } else if (a.kind === 'no_match') {
          for (const s of a.suggestions)
            expect(titles.has(s), `suggestion "${s}" in ${scope.name}`).toBe(true);
        } else throw new Error(`unexpected ${a.kind} for ${q}`);
      }
    }
    expect(answeredSomewhere).toBeGreaterThan(questions.length);
  }, 120_000); // 1,200 questions over six reviews

  it('the same question answered unscoped can come from any review; scoped it keeps to its own', () => {
    const q = questions[0] ?? '';
    const all = service.answer(q);
    if (all.kind !== 'answered') throw new Error('the first sample question is not answered');
    const home = all.passages[0]?.docId ?? '';
    const elsewhere = corpus.documents.map((d) => d.id).filter((id) => id !== home);
    const away = service.answer(q, { scope: { name: 'others', documents: elsewhere } });
    if (away.kind === 'answered') for (const p of away.passages) expect(p.docId).not.toBe(home);
  });

  it('cite, sources, help and completions see only the scope', () => {
    for (const [scope, docs] of scopes()) {
      const sources = service.answer('sources', { scope });
      if (sources.kind !== 'sources') throw new Error('no sources answer');
      expect(sources.documents.map((d) => d.id).sort()).toEqual([...docs].sort());
      expect(sources.scope).toBe(scope.name);
      const allowedTitles = corpus.documents.filter((d) => docs.has(d.id));
      const cite = service.answer('cite 2020', { scope });
      if (cite.kind !== 'cite') throw new Error('no cite answer');
      for (const m of cite.matches) {
        expect(docs.has(m.docId)).toBe(true);
        for (const p of m.passages) expect(docs.has(p.docId)).toBe(true);
      }
      const knownOutside = corpus.documents
        .filter((d) => !docs.has(d.id))
        .map((d) => d.citation)
        .filter((c) => !allowedTitles.some((d) => d.citation === c));
      for (const k of cite.known) expect(knownOutside).not.toContain(k);
      const titles = titlesOf(docs);
      const help = service.answer('help', { scope });
      if (help.kind !== 'help') throw new Error('no help answer');
      for (const e of help.examples)
        expect([...titles].some((t) => t && e.toLowerCase().includes(t.toLowerCase()))).toBe(true);
      for (const s of service.suggest('', 25, scope)) expect(titles.has(s)).toBe(true);
      for (const prefix of ['an', 'yo', 'sc', 'the ']) {
        for (const s of service.suggest(prefix, 25, scope)) {
          const last = s.split(' ').at(-1) ?? '';
          const inScope =
            titles.has(s) ||
            corpus.passages.some((p) => docs.has(p.docId) && p.text.toLowerCase().includes(last));
          expect(inScope, `completion "${s}" in ${scope.name}`).toBe(true);
        }
      }
    }
  }, 60_000);

  it('without a scope, every review is seen', () => {
    const sources = service.answer('sources');
    if (sources.kind !== 'sources') throw new Error('no sources answer');
    expect(sources.documents).toHaveLength(corpus.documents.length);
    expect(sources.scope).toBeUndefined();
  });
});
