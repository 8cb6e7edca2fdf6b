/**
 * "No evidence found": off-topic questions get a typed no_match with no passages and at most three section
 * titles as suggestions; a question sharing only a generic word is off-topic; a real English word is never
 * fuzzy-matched to a name; answerable paraphrases are still answered. On the fixture and the bundled corpus.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/retrieval/answer.js';
import { answered, BUNDLED_DIR, FIXTURE_DIR, type Loaded, load, sectionTitles } from './helpers.js';

let fx: Loaded;
let bundled: Loaded;
beforeAll(async () => {
  fx = await load(FIXTURE_DIR);
  bundled = await load(BUNDLED_DIR);
});

function expectNoMatch(a: Answer, titles: Set<string>): void {
  expect(a.kind, `"${a.query}" should find no evidence`).toBe('no_match');
  if (a.kind !== 'no_match') return;
  expect(a).not.toHaveProperty('passages');
  expect(a.suggestions.length).toBeLessThanOrEqual(3);
  for (const s of a.suggestions) expect(titles, `suggestion "${s}" is not a section title`).toContain(s);
  expect(new Set(a.suggestions).size).toBe(a.suggestions.length);
}

const OFF_TOPIC = [
  'what is the weather forecast for tomorrow',
  'how do I bake sourdough bread',
  'best football team in europe',
  'recommend a good sci-fi novel',
  'what is the capital of Peru',
  'how to fix a flat bicycle tyre',
  'the',
  'why',
];

// Each of these shares only generic words of the field (listed under `generic:` in thesaurus.yml) with the corpus.
const GENERIC_ONLY = ['children', 'evidence', 'services', 'children services evidence', 'kids', 'family'];

describe.each([
  ['fixture', () => fx],
  ['bundled', () => bundled],
])('abstention on the %s corpus', (_name, get) => {
  it.each(OFF_TOPIC)(
    'off-topic "%s" → no_match, no passages, ≤3 suggestions that are section titles',
    (q) => {
      const { corpus, service } = get();
      expectNoMatch(service.answer(q), sectionTitles(corpus));
    },
  );

  it.each(GENERIC_ONLY)('only generic words: "%s" → no_match', (q) => {
    const { corpus, service } = get();
    expectNoMatch(service.answer(q), sectionTitles(corpus));
  });

  it('a generic-only question still offers nearby section titles to ask about', () => {
    const { service } = get();
    const a = service.answer('children');
    expect(a.kind).toBe('no_match');
    if (a.kind === 'no_match') expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('suggestions never exceed three, even when many titles are near', () => {
    const { corpus, service } = get();
    // Many section words, but the question is not answerable as a whole (so suggestions are made).
    const a = service.answer('children evidence services support family');
    expectNoMatch(a, sectionTitles(corpus));
  });

  it('"weather" is not fuzzy-matched to the author named Heather; "Heather" itself finds the authors', () => {
    const { corpus, service } = get();
    expectNoMatch(service.answer('weather'), sectionTitles(corpus));
    expectNoMatch(service.answer('what will the weather be like'), sectionTitles(corpus));
    // Control: the name is in the corpus and the search can find it, so the abstention above is a decision.
    const heather = answered(service.answer('Heather'));
    expect(heather.passages[0]?.text).toMatch(/Heather/);
  });
});

describe('answerable paraphrases are answered (no false abstention)', () => {
  it.each([
    ['does joined-up working help kids', 'Multi-agency panels'],
    ['is sharing a building enough', 'Sharing one building'],
    ['buddy schemes for new starters', 'Peer mentoring for new hub staff'],
    ['how far do parents travel to the hub', 'Location and travel'],
    ['what did the young people say about the hubs', 'What children said'],
  ])('fixture: "%s" → answered, "%s" in the top 3', (q, heading) => {
    const a = answered(fx.service.answer(q));
    expect(a.passages.slice(0, 3).map((p) => p.section.at(-1))).toContain(heading);
  });

  it.each([
    ['why do relationships matter', /relationship/i],
    ['who wrote the review', /Porter/],
    ['how strong is the evidence', /strength|strong/i],
    ['is there evidence on rights', /rights/i],
    ['how long does it take to see outcomes', /outcome/i],
    ['what about joined-up working for kids', /integrat/i],
    ['what helps leaders drive change', /leader/i],
    ['what are the barriers for staff', /challenge/i],
    ['holistic practice', /holistic/i],
  ])('bundled: "%s" → answered, a top-3 passage matches %s', (q, pattern) => {
    const a = answered(bundled.service.answer(q));
    const shown = a.passages.slice(0, 3).map((p) => `${p.section.join(' / ')}\n${p.text}`);
    expect(
      shown.some((t) => pattern.test(t)),
      JSON.stringify(shown.map((t) => t.slice(0, 80))),
    ).toBe(true);
  });
});
