/**
 * Bad input: long questions are cut to 500 characters with a notice, control characters are stripped with a
 * notice, chat markup is harmless, and a fast-check property shows that answer() returns a valid Answer for
 * any string and never throws.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { STRENGTH_LEVELS } from '../../src/corpus/types.js';
import type { Answer } from '../../src/retrieval/answer.js';
import { MAX_QUESTION_CHARS } from '../../src/retrieval/input.js';
import { answered, BUNDLED_DIR, FIXTURE_DIR, type Loaded, load } from './helpers.js';

let b: Loaded;
let fx: Loaded;
beforeAll(async () => {
  b = await load(BUNDLED_DIR);
  fx = await load(FIXTURE_DIR);
});

// A small schema of the Answer union, written from answer.ts, to check shapes the type system cannot check at
// run time (NaN, empty strings, unknown kinds, extra passages on a no_match).
const nonEmpty = z.string().refine((s) => s.trim() !== '', 'must not be blank');
const strength = z.object({ level: z.enum(STRENGTH_LEVELS), caveat: nonEmpty, basis: nonEmpty });
const notice = z.object({ code: z.enum(['truncated', 'control_characters_removed']), message: nonEmpty });
const base = { query: z.string().max(MAX_QUESTION_CHARS), notices: z.array(notice) };
const passage = z.object({
  id: nonEmpty,
  text: nonEmpty,
  section: z.array(z.string()),
  docId: nonEmpty,
  documentTitle: nonEmpty,
  citation: nonEmpty,
  references: z.array(z.object({ text: nonEmpty, key: nonEmpty, reference: nonEmpty })),
  strength,
  role: z.enum(['finding', 'about', 'assessment']),
  score: z.number().finite().nonnegative(),
});
const count = z.number().int().nonnegative();
const AnswerSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...base,
      kind: z.literal('answered'),
      passages: z.array(passage),
      page: z.object({ offset: count, limit: count.min(1), total: count.min(1) }),
    })
    .strict(),
  z.object({ ...base, kind: z.literal('no_match'), suggestions: z.array(z.string()).max(3) }).strict(),
  z
    .object({
      ...base,
      kind: z.literal('cite'),
      target: z.string(),
      matches: z.array(
        z.object({
          docId: nonEmpty,
          documentTitle: nonEmpty,
          key: nonEmpty,
          reference: nonEmpty,
          passages: z.array(passage),
        }),
      ),
      known: z.array(nonEmpty),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('sources'),
      documents: z
        .array(z.object({ id: nonEmpty, title: nonEmpty, citation: nonEmpty, strength }).passthrough())
        .min(1),
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('help'),
      reason: z.enum(['asked', 'empty_question']),
      commands: z.array(z.object({ usage: nonEmpty, description: nonEmpty })).min(1),
      examples: z.array(z.string()),
    })
    .strict(),
]);

function expectValid(a: Answer): void {
  const r = AnswerSchema.safeParse(a);
  expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
  if (a.kind === 'answered') {
    expect(a.passages.length).toBeLessThanOrEqual(a.page.limit);
    // Past the end a page is empty; otherwise it never runs past the total.
    if (a.passages.length > 0) expect(a.page.offset + a.passages.length).toBeLessThanOrEqual(a.page.total);
  }
}

describe('long questions', () => {
  it('a 10,000-character question is answered on its first 500 characters, with a "truncated" notice', () => {
    const long = 'why do relationships matter for integration '.repeat(230).slice(0, 10_000);
    expect(long).toHaveLength(10_000);
    const a = answered(b.service.answer(long));
    expectValid(a);
    expect(a.query.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(long.startsWith(a.query)).toBe(true);
    expect(a.notices.map((n) => n.code)).toEqual(['truncated']);
    expect(a.notices[0]?.message).toMatch(/10,000/);
    expect(a.notices[0]?.message).toMatch(/500/);
  });

  it('words after the first 500 characters are not used', () => {
    const filler = 'blah '.repeat(120); // 600 characters of a word the corpus lacks
    const a = b.service.answer(`${filler}holistic practice`);
    expect(a.kind).toBe('no_match');
    expect(a.notices.map((n) => n.code)).toContain('truncated');
    expect(b.service.answer(`holistic practice ${filler}`).kind).toBe('answered');
  });

  it('a question of exactly 500 characters is not cut; 501 is', () => {
    const q = `holistic practice ${'x'.repeat(MAX_QUESTION_CHARS - 18)}`;
    expect(q).toHaveLength(500);
    expect(b.service.answer(q).notices).toEqual([]);
    expect(b.service.answer(`${q}y`).notices.map((n) => n.code)).toEqual(['truncated']);
  });

  it('a cut never leaves half of a surrogate pair', () => {
    const q = '😀'.repeat(400); // 800 UTF-16 units
    const a = b.service.answer(q);
    expectValid(a);
    expect(a.query.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(/[\uD800-\uDBFF]$/.test(a.query)).toBe(false);
  });
});

describe('control characters and markup', () => {
  it.each([
    'holistic\u0000 practice\u0007',
    'holistic\u001b[31m practice',
    'holis\u200btic practice',
    '\ufeffholistic practice\u202e',
  ])('%j: stripped with a notice, and the question still answered', (q) => {
    const a = answered(b.service.answer(q));
    expect(a.notices.map((n) => n.code)).toContain('control_characters_removed');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking that none are left
    expect(a.query).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b\ufeff\u202e]/);
    expect(a.passages[0]?.section.at(-1)).toMatch(/holistic practice/);
  });

  it('a long question with control characters gets both notices, and its query has neither problem', () => {
    const a = b.service.answer(`holistic\u0000 practice ${'and relationships '.repeat(60)}`);
    expect(a.notices.map((n) => n.code).sort()).toEqual(['control_characters_removed', 'truncated']);
    expect(a.query.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(a.query).not.toContain('\u0000');
  });

  it('tabs and newlines are spaces, not control characters to report', () => {
    const a = answered(b.service.answer('holistic\tpractice\r\n'));
    expect(a.query).toBe('holistic practice');
    expect(a.notices).toEqual([]);
  });

  it.each([
    '<!channel>',
    '@everyone',
    '@here',
    '<@U123>',
    '<@U123> holistic practice',
    '<#C123|general> what about co-location',
    '<https://example.org|link>',
    '**bold** `code` ~~strike~~ > quote',
    '<script>alert(1)</script>',
    "'; DROP TABLE passages; --",
    '$'.concat('{process.exit(1)}'),
    '__proto__',
    'constructor',
    'cite __proto__',
    'cite constructor toString',
  ])('%j does not throw and returns a valid answer', (q) => {
    for (const s of [b.service, fx.service]) {
      let a: Answer | undefined;
      expect(() => {
        a = s.answer(q);
      }).not.toThrow();
      expectValid(a as Answer);
    }
  });
});

// A vocabulary that reaches every branch: corpus words, thesaurus phrases, commands, typos, markup, controls.
const WORDS = [
  'integration',
  'intergrated',
  'holistic',
  'prac',
  'co-location',
  'joined-up',
  'working',
  'children',
  'evidence',
  'weather',
  'Heather',
  'cite',
  'Fixen',
  '2019',
  'sources',
  'help',
  '?',
  '<!channel>',
  '@everyone',
  '\u0000',
  '\u200b',
  '😀',
  "'s",
  '-',
  'the',
  '',
];

const inputs = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((ws) => ws.join(' ')),
  fc
    .tuple(
      fc.constantFrom('cite ', 'help ', 'sources ', ''),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }),
    )
    .map(([c, ws]) => c + ws.join('')),
  fc.string({ minLength: 490, maxLength: 620 }),
);

describe('property: answer() never throws and always returns a valid Answer', () => {
  it('for arbitrary strings, word salads and commands, on both corpora', () => {
    fc.assert(
      fc.property(inputs, fc.boolean(), (q, useFixture) => {
        const s = useFixture ? fx.service : b.service;
        const a = s.answer(q);
        expectValid(a);
        // Answering is a pure function of the question.
        expect(s.answer(q)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('with arbitrary integer paging options', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')),
        fc.integer({ min: -5, max: 50 }),
        fc.integer({ min: -5, max: 50 }),
        (q, limit, offset) => {
          expectValid(b.service.answer(q, { limit, offset }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('suggest() never throws and stays within 25 strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.integer({ min: -3, max: 100 }), (p, n) => {
        const s = b.service.suggest(p, n);
        expect(s.length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 150 },
    );
  });
});
