/**
 * The complete example in docs/corpus-format.md is a real file: it must be identical to the fixture and load
 * cleanly, so the documentation's example can never rot. Also checks which files a corpus directory reads.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { isReviewFile, loadCorpus } from '../../src/corpus/load.js';
import { ABOUT_STRENGTH_CAVEAT } from '../../src/corpus/strength.js';
import { STRENGTH_LEVELS } from '../../src/corpus/types.js';
import { VALID } from './helpers.js';

const DOC = 'docs/corpus-format.md';
const EXAMPLE = `${VALID}/example-review.md`;

describe('the documented example review', () => {
  it('is in docs/corpus-format.md word for word', async () => {
    const doc = await readFile(DOC, 'utf8');
    const marker = doc.indexOf('<!-- example-review.md:');
    expect(marker).toBeGreaterThan(0);
    const fence = /```text\n([\s\S]*?)```/.exec(doc.slice(marker));
    expect(fence?.[1]).toBe(await readFile(EXAMPLE, 'utf8'));
  });

  it('loads cleanly, with every citation resolved', async () => {
    const corpus = await loadCorpus(VALID);
    expect(corpus.documents.map((d) => d.id)).toEqual(['example-home-visiting-2024']);
    expect(corpus.unresolved).toEqual([]);
    const [doc] = corpus.documents;
    expect(doc?.references.map((r) => r.key)).toEqual(['olds2006', 'cochrane2021', 'smith2019']);
    expect(corpus.passages).toHaveLength(6);
    for (const p of corpus.passages) {
      expect(p.text).toBe(doc?.body.slice(p.start, p.end));
      expect(STRENGTH_LEVELS).toContain(p.strength.level);
    }
  });

  it('shows each documented feature: about sections, overrides, default, BibTeX, narrative and multi-citations', async () => {
    const { passages } = await loadCorpus(VALID);
    const summary = passages.map((p) => ({
      section: p.headingPath.at(-1) ?? '(preamble)',
      role: p.role,
      level: p.strength.level,
      cites: p.citations.map((c) => c.key),
    }));
    expect(summary).toEqual([
      { section: '(preamble)', role: 'about', level: 'not_assessed', cites: [] },
      { section: 'About this review', role: 'about', level: 'not_assessed', cites: [] },
      { section: 'How strong is the evidence', role: 'about', level: 'not_assessed', cites: [] },
      {
        section: 'Relationships matter most',
        role: 'finding',
        level: 'moderate',
        cites: ['smith2019', 'olds2006', 'cochrane2021'],
      },
      { section: 'Effects on breastfeeding', role: 'finding', level: 'insufficient', cites: [] },
      {
        section: 'Effects on older children',
        role: 'finding',
        level: 'not_assessed',
        cites: ['cochrane2021'],
      },
    ]);
    expect(passages[0]?.strength.caveat).toBe(ABOUT_STRENGTH_CAVEAT);
    expect(passages[5]?.strength.caveat).toMatch(/does not judge/);
    expect(passages[5]?.citations[0]?.text).toBe('Home Visiting Evidence Group (2021)');
  });
});

describe('isReviewFile', () => {
  it.each([
    ['celcis-review.md', true],
    ['a.md', true],
    ['README.md', false],
    ['readme.md', false],
    ['_draft.md', false],
    ['.hidden.md', false],
    ['notes.txt', false],
    ['review.md.bak', false],
    ['review.MD', false],
  ])('%s → %s', (name, expected) => {
    expect(isReviewFile(name)).toBe(expected);
  });
});
