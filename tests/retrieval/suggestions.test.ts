/**
 * Suggestions on "no evidence found" only above a minimum relevance: a question that shares no specific word
 * of its own with the corpus gets none, rather than three unrelated section titles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DIR, FIXTURE_DIR, type Loaded, load, MULTI_DIR } from './helpers.js';

const corpora: [string, string][] = [
  ['bundled', BUNDLED_DIR],
  ['fixture', FIXTURE_DIR],
  ['two reviews', MULTI_DIR],
];

describe.each(corpora)('suggestions (%s corpus)', (_name, dir) => {
  let l: Loaded;
  beforeAll(async () => {
    l = await load(dir);
  });

  it.each(['how do I merge two branches in git', 'paracetamol dose for a child', 'recommend a good film'])(
    '"%s" → no evidence, and no suggestions',
    (q) => {
      const a = l.service.answer(q);
      expect(a.kind).toBe('no_match');
      if (a.kind === 'no_match') expect(a.suggestions).toEqual([]);
    },
  );
});

it('a question that shares a specific word with the corpus still gets titles containing it', async () => {
  const l = await load(BUNDLED_DIR);
  const a = l.service.answer('what helps integration of school transport?');
  expect(a.kind).toBe('no_match');
  if (a.kind !== 'no_match') return;
  expect(a.suggestions.length).toBeGreaterThan(0);
  for (const s of a.suggestions) expect(s.toLowerCase()).toContain('integrat');
});

it('suggests for a word said many times what it suggests for the word said once', async () => {
  const l = await load(BUNDLED_DIR);
  const once = l.service.answer('what helps integration of school transport?');
  const many = l.service.answer(`what helps ${'integration '.repeat(60)}of school transport?`);
  expect(once.kind).toBe('no_match');
  expect(many.kind).toBe('no_match');
  if (once.kind !== 'no_match' || many.kind !== 'no_match') return;
  expect(many.suggestions).toEqual(once.suggestions);
  expect(many.suggestions.length).toBeGreaterThan(0);
});
