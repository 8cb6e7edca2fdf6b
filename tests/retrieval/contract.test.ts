/**
 * The answer contract on the bundled corpus: every answered passage is verbatim, cited, strength-annotated and
 * scored, best first; 3 passages by default; limit/offset paging returns the next passages without repeats;
 * passage(id) returns the full passage; suggest(prefix) stays within 25 strings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { STRENGTH_LEVELS } from '../../src/corpus/types.js';
import type { AnswerPassage } from '../../src/retrieval/answer.js';
import { MAX_HITS } from '../../src/retrieval/search.js';
import { answered, BUNDLED_DIR, type Loaded, load } from './helpers.js';

let b: Loaded;
beforeAll(async () => {
  b = await load(BUNDLED_DIR);
});

const QUESTIONS = [
  'why do relationships matter',
  'how strong is the evidence',
  'what about joined-up working for kids',
  'how long does it take to see outcomes',
  'who wrote the review',
  'does co-location help professionals',
  'what do leaders need to do',
  'integration',
];

function expectValidPassage(p: AnswerPassage): void {
  const source = b.corpus.passages.find((x) => x.id === p.id);
  expect(source, `passage ${p.id} is not in the corpus`).toBeDefined();
  if (!source) return;
  const doc = b.corpus.documents.find((d) => d.id === source.docId);
  expect(doc).toBeDefined();
  if (!doc) return;
  // Verbatim: the text is the document body's own slice.
  expect(p.text).toBe(doc.body.slice(source.start, source.end));
  expect(p.text.trim()).not.toBe('');
  expect(p.section).toEqual(source.headingPath);
  expect(p.docId).toBe(doc.id);
  expect(p.documentTitle).toBe(doc.title);
  expect(p.citation.trim()).not.toBe('');
  expect(p.citation).toBe(doc.citation);
  for (const r of p.references) {
    const full = doc.references.find((x) => x.key === r.key);
    expect(full, `reference key ${r.key} does not resolve`).toBeDefined();
    expect(r.reference).toBe(full?.formatted);
    expect(r.reference.trim()).not.toBe('');
    // The inline citation is quoted as written in the passage.
    expect(p.text).toContain(r.text);
  }
  expect(p.references.map((r) => r.key)).toEqual(source.citations.map((c) => c.key));
  expect(STRENGTH_LEVELS).toContain(p.strength.level);
  expect(p.strength.caveat.trim()).not.toBe('');
  expect(p.strength.basis.trim()).not.toBe('');
  expect(p.strength).toEqual(source.strength);
  expect(p.role).toBe(source.role);
  expect(typeof p.score).toBe('number');
  expect(Number.isFinite(p.score)).toBe(true);
  expect(p.score).toBeGreaterThan(0);
}

describe('answered passages (bundled corpus)', () => {
  it.each(QUESTIONS)(
    '"%s": every passage is verbatim, cited, strength-annotated and scored, best first',
    (q) => {
      const a = answered(b.service.answer(q, { limit: 10 }));
      expect(a.passages.length).toBeGreaterThan(0);
      a.passages.forEach(expectValidPassage);
      const scores = a.passages.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      expect(new Set(a.passages.map((p) => p.id)).size).toBe(a.passages.length);
      expect(a.query).toBe(q);
    },
  );

  it('a passage that cites a study carries the resolved reference (Fixen and Blase → Fixsen & Blase 2019)', () => {
    const a = answered(b.service.answer('how long does it take to see outcomes'));
    const p = a.passages.find((x) => x.references.some((r) => r.key === 'fixsen2019'));
    expect(p, 'the outcomes passage citing Fixsen and Blase').toBeDefined();
    expect(p?.references.find((r) => r.key === 'fixsen2019')?.reference).toMatch(/Fixsen.*Blase.*2019/s);
  });

  it.each(QUESTIONS)('"%s": page.total counts the offered passages and stays within the cap', (q) => {
    const a = answered(b.service.answer(q, { limit: 10 }));
    expect(a.page.total).toBeGreaterThanOrEqual(a.passages.length);
    expect(a.page.total).toBeLessThanOrEqual(MAX_HITS);
    if (a.page.total <= 10) expect(a.passages).toHaveLength(a.page.total);
  });

  it('returns 3 passages by default (page.limit 3, offset 0)', () => {
    const a = answered(b.service.answer('why do relationships matter'));
    expect(a.page.total).toBeGreaterThan(3);
    expect(a.passages).toHaveLength(3);
    expect(a.page).toMatchObject({ offset: 0, limit: 3 });
  });

  it('"More results": pages of limit/offset follow on without repeats, with a consistent total', () => {
    const q = 'why do relationships matter';
    const all = answered(b.service.answer(q, { limit: 10 }));
    const total = all.page.total;
    expect(total).toBeGreaterThan(3);
    const seen: string[] = [];
    for (let offset = 0; offset < total; offset += 2) {
      const page = answered(b.service.answer(q, { limit: 2, offset }));
      expect(page.page).toEqual({ offset, limit: 2, total });
      expect(page.passages.length).toBe(Math.min(2, total - offset));
      seen.push(...page.passages.map((p) => p.id));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // The pages, joined, are the same ranking as one long page.
    expect(seen.slice(0, all.passages.length)).toEqual(all.passages.map((p) => p.id));
    // Past the end: no passages, same total.
    const past = answered(b.service.answer(q, { offset: total }));
    expect(past.passages).toEqual([]);
    expect(past.page.total).toBe(total);
  });

  it('a service built with limit 5 shows 5 passages by default', async () => {
    const { createEvidenceService } = await import('../../src/retrieval/service.js');
    const five = createEvidenceService(b.corpus, { limit: 5 });
    const a = answered(five.answer('why do relationships matter'));
    expect(a.passages).toHaveLength(Math.min(5, a.page.total));
    expect(a.page.limit).toBe(5);
  });

  // Regression (fixed): a non-finite limit or offset (e.g. from Number(buttonValue) on a bad value) is not defaulted:
  // Math.max(1, NaN) is NaN, so answer(q, { limit: NaN }) returns page.limit NaN (null in JSON) and no passages,
  // although page.total is 1 or more. Expected: fall back to the default limit / offset 0.
  it('a NaN limit or offset falls back to the defaults', () => {
    const a = answered(b.service.answer('holistic practice', { limit: Number.NaN }));
    expect(a.page.limit).toBe(3);
    expect(a.passages.length).toBeGreaterThan(0);
    const c = answered(b.service.answer('holistic practice', { offset: Number.NaN }));
    expect(c.page.offset).toBe(0);
    expect(c.passages.length).toBeGreaterThan(0);
  });
});

describe('passage(id) and suggest(prefix)', () => {
  it('passage(id) returns the full passage an answer showed (without its score) and undefined for unknown ids', () => {
    const a = answered(b.service.answer('why do relationships matter'));
    for (const shown of a.passages) {
      const full = b.service.passage(shown.id);
      expect(full).toBeDefined();
      expect({ ...full, score: shown.score }).toEqual(shown);
      expectValidPassage({ ...(full as AnswerPassage), score: 1 });
    }
    for (const p of b.corpus.passages) expect(b.service.passage(p.id)?.text).toBe(p.text);
    expect(b.service.passage('no-such-doc:0000000000')).toBeUndefined();
    expect(b.service.passage('')).toBeUndefined();
  });

  it('passage(id) returns a copy: changing it does not change later answers', () => {
    const id = b.corpus.passages[0]?.id ?? '';
    const p = b.service.passage(id);
    if (p) p.text = 'tampered';
    expect(b.service.passage(id)?.text).toBe(b.corpus.passages[0]?.text);
  });

  it.each(['', 'h', 'holi', 'what about', 'the', 'x'.repeat(600), '\u0000\u0007', '<!channel>'])(
    'suggest(%j) returns at most 25 strings',
    (prefix) => {
      for (const limit of [undefined, 3, 25, 100, 0, -1]) {
        const s = b.service.suggest(prefix, limit);
        expect(Array.isArray(s)).toBe(true);
        expect(s.length).toBeLessThanOrEqual(25);
        if (limit !== undefined && limit >= 0) expect(s.length).toBeLessThanOrEqual(limit);
        for (const x of s) expect(typeof x).toBe('string');
      }
    },
  );

  it('suggest completes from the corpus: "holi" offers the holistic practice section', () => {
    expect(b.service.suggest('holi')).toContain(
      'The central importance of holistic practice with children, young people and families',
    );
  });
});
