import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReview } from '../../src/importer/import-review.js';
import { bodyOf } from './helpers.js';

describe('HTML import', () => {
  it('writes the exact draft of a page with navigation chrome: main content only, citation_* metadata', async () => {
    const r = await importReview('tests/fixtures/importer/page-with-nav.html', { outDir: 'corpus' });
    expect(r.draft).toBe(readFileSync('tests/fixtures/importer/page-with-nav.expected.md', 'utf8'));
    expect(r.problems).toEqual([]);
    const body = bodyOf(r.draft);
    for (const chrome of ['Home', 'About us', 'Related reviews', 'Cookies policy'])
      expect(body).not.toContain(chrome);
    expect(r.metadata.authors.value).toEqual([
      { family: 'Patel', given: 'Nisha' },
      { family: 'Jones', given: 'Owen' },
    ]);
    expect([r.metadata.year.value, r.metadata.url.value]).toEqual([
      2023,
      'https://example.org/reviews/peer-support',
    ]);
    // The table's certainty column gives one checklist entry per row, in the review's own words.
    expect(r.statements.map((s) => [s.quote, s.grade])).toEqual([
      ['Loneliness', 'moderate'],
      ['School', 'very low'],
      ['The evidence is very uncertain about effects on', 'very low'],
    ]);
    expect(r.unresolved).toEqual(['line 74: "(Patel and Jones, 2023)"']);
  });
});
