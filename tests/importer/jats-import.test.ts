import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importReview } from '../../src/importer/import-review.js';
import { folderWith } from './helpers.js';

describe('JATS XML import', () => {
  it('writes the exact draft: front-matter metadata, abstract, nested sections, table, numbered references', async () => {
    const r = await importReview('tests/fixtures/importer/small-article.xml', { outDir: 'corpus' });
    expect(r.draft).toBe(readFileSync('tests/fixtures/importer/small-article.expected.md', 'utf8'));
    expect(r.problems).toEqual([]);
    expect(r.metadata.title).toEqual({
      value: 'Mentoring for care leavers: a systematic review',
      guessed: false,
      from: 'the JATS front matter',
    });
    // The structured citation and the unstructured one both become CSL items, numbered by their labels.
    expect(r.references).toEqual({ parsed: 2, notParsed: 0, fromBib: 0 });
    expect(r.draft).toContain('citation-number: "2"\n    id: care2020');
  });

  it('leaves out a table whose cells span columns, and lists it', async () => {
    const xml = readFileSync('tests/fixtures/importer/small-article.xml', 'utf8').replace(
      '<td>Housing</td><td>Moderate</td>',
      '<td colspan="2">Housing: moderate</td>',
    );
    const dir = folderWith({ 'spans.xml': xml });
    const r = await importReview(`${dir}/spans.xml`, { outDir: dir });
    expect(r.draft).not.toContain('| Outcome | Certainty |');
    expect(r.extraction.repairs.lines()).toContain(
      'tables left out (cells span rows or columns: no pipe table without changing its structure) (1): Table 1. Summary of findings.',
    );
  });
});
