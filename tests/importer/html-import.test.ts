import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReview } from '../../src/importer/import-review.js';
import { bodyOf, folderWith } from './helpers.js';

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

  it("reads a page without <main> whose chrome is in plain <div>s through Mozilla's Readability: the exact draft", async () => {
    const r = await importReview('tests/fixtures/importer/page-with-div-chrome.html', { outDir: 'corpus' });
    expect(r.draft).toBe(readFileSync('tests/fixtures/importer/page-with-div-chrome.expected.md', 'utf8'));
    expect(r.problems).toEqual([]);
    const body = bodyOf(r.draft);
    for (const chrome of ['Toolkits', 'School', 'Privacy', 'Example Evidence Centre'])
      expect(body).not.toContain(chrome);
    // The page's own heading levels, and every left-out block counted.
    expect(body.startsWith('# Mentoring for young people leaving care\n')).toBe(true);
    expect(body).toContain('\n## What we found\n');
    expect(r.extraction.repairs.list().find((g) => g.kind === 'readability-left-out')?.count).toBe(7);
  });

  it('reads a page with no chrome as it stands, without Readability', async () => {
    const html =
      '<html><body><h1>A short review</h1><p>One paragraph of findings (Lee, 2020).</p></body></html>';
    const dir = folderWith({ 'plain.html': html });
    const r = await importReview(`${dir}/plain.html`, { outDir: dir });
    expect(bodyOf(r.draft)).toBe('# A short review\n\nOne paragraph of findings (Lee, 2020).\n');
    expect(r.extraction.repairs.list().map((g) => g.kind)).not.toContain('readability');
  });
});
