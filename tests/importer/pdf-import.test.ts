import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/importer/errors.js';
import { importReview } from '../../src/importer/import-review.js';
import { bodyOf, folderWith } from './helpers.js';
import {
  emptyPdf,
  encryptedPdf,
  marksPdf,
  numberedLinesPdf,
  scannedPdf,
  tablePdf,
  twoColumnPdf,
} from './pdf-fixtures.js';

describe('PDF import', () => {
  it('reads a two-column PDF: footer removed, sidebar out of the sentence it split, hyphens, bullet: the exact body', async () => {
    const dir = folderWith({ 'two-column.pdf': await twoColumnPdf() });
    const r = await importReview(`${dir}/two-column.pdf`, { outDir: dir });
    expect(bodyOf(r.draft)).toBe(
      [
        '# Family support: a two-column example review',
        '',
        '## What we found',
        '',
        'Families who were visited kept their appointments more often than families who were not, and their well-being improved over the first year. Visitors who stayed the same helped most because trust took time to build. Parents said so in every study.',
        '',
        '### Box 1: How we rated the evidence',
        '',
        'We rated the certainty of the evidence as low: the studies were small.',
        '',
        '## Costs',
        '',
        '- Two studies reported costs.',
        '',
        'Page 2 says that costs varied between the two services.',
        '',
        'Further research is needed on costs.',
        '',
      ].join('\n'),
    );
    expect(r.extraction.repairs.lines()).toEqual([
      'running headers and footers removed (2): "Example Evidence Centre review, 2024, page 1" (page 1), "Example Evidence Centre review, 2024, page 2" (page 2)',
      'sidebars and boxes taken out of the running text (each a section of its own) (1)',
      'sentences split by a box or figure joined with one space, the interruption placed after the paragraph (1): "…ho stayed the same helped most" / "because trust took time to bui…" (box "Box 1: How we rated the evidence")',
      'line-break hyphens rejoined (1): appoint-|ments',
      'line-break hyphens kept (a compound: the document or English writes it with the hyphen) (1): well-|being',
      'bullet glyphs replaced by list items (1): U+2022',
    ]);
    expect(r.extraction.read).toEqual({ count: 2, unit: 'pages' });
    expect(r.metadata.title).toEqual({
      value: 'Family support: a two-column example review',
      guessed: false,
      from: "the PDF's document information",
    });
    expect(r.metadata.authors.value).toEqual([
      { family: 'Lopez', given: 'Ana' },
      { family: 'Okafor', given: 'Ben' },
    ]);
    expect(r.problems).toEqual([]);
  });

  it("writes italics, bold and superscripts in the corpus format's marks, and lists them", async () => {
    const dir = folderWith({ 'marks.pdf': await marksPdf() });
    const r = await importReview(`${dir}/marks.pdf`, { outDir: dir });
    expect(bodyOf(r.draft)).toBe(
      [
        'Screen use was linked to literacy (*r* = -0.14, *p* < 0.001) in most studies^13,14^ and the effects varied (I^2^ > 50%). We call this *a small but consistent association* in the review.^7^ **Note:** the effects are correlations.',
        '',
      ].join('\n'),
    );
    expect(r.extraction.repairs.lines()).toEqual([
      "italics, bold and superscripts written in the corpus format's marks (*…*, **…**, ^…^) (7): *r*, *p*, ^13,14^",
    ]);
  });

  it('recovers a table from the text positions as a pipe table under its caption, and lists it', async () => {
    const dir = folderWith({ 'table.pdf': await tablePdf() });
    const r = await importReview(`${dir}/table.pdf`, { outDir: dir });
    expect(bodyOf(r.draft)).toBe(
      [
        'The studies were rated on two criteria.',
        '',
        'Table 2: Ratings of the included studies',
        '',
        '| First author | Year | Search | Dual Screen^1^ |',
        '| --- | --- | --- | --- |',
        '| Abrami | 2020 | U | L |',
        '| Adelantado-Renau | 2019 | L | H |',
        '| Andrade | 2019 | H | U (in part) |',
        '',
        '1 Dual screening of abstracts.',
        '',
      ].join('\n'),
    );
    expect(r.extraction.repairs.lines()).toEqual([
      'tables recovered from the text positions (rows by baseline, columns by alignment) and written as pipe tables (1): page 1: 3 rows × 4 columns',
    ]);
    expect(r.problems).toEqual([]);
  });

  it('removes line numbers in the margin and page numbers, and keeps every line of the text', async () => {
    const dir = folderWith({ 'numbered.pdf': await numberedLinesPdf() });
    const r = await importReview(`${dir}/numbered.pdf`, { outDir: dir });
    const body = bodyOf(r.draft);
    const groups = Object.fromEntries(r.extraction.repairs.list().map((g) => [g.kind, g.count]));
    expect(groups['line-number']).toBe(24);
    expect(groups['page-number']).toBe(3);
    for (let page = 1; page <= 3; page++) {
      expect(body).toContain(`Line 1 of page ${page} runs on and Line 2 of page ${page} runs on and`);
      expect(body).toContain(`Line 8 of page ${page} ends its paragraph.`);
    }
    expect(body).not.toMatch(/^\d+$/m);
  });

  it('refuses a PDF without a text layer, an encrypted one, one with nothing on its pages, and an empty file', async () => {
    const dir = folderWith({
      'scan.pdf': await scannedPdf(),
      'locked.pdf': await encryptedPdf(),
      'blank.pdf': await emptyPdf(),
      'zero.pdf': '',
    });
    const failures: [string, string][] = [];
    for (const name of ['scan.pdf', 'locked.pdf', 'blank.pdf', 'zero.pdf']) {
      const e = await importReview(`${dir}/${name}`, { outDir: dir }).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(ImportError);
      failures.push([(e as ImportError).code, (e as ImportError).message.replace(`${dir}/`, '')]);
    }
    expect(failures).toEqual([
      [
        'pdf-no-text',
        'scan.pdf: the PDF has no text layer (a scanned document?): run it through OCR first, then import the result',
      ],
      [
        'pdf-encrypted',
        'locked.pdf: the PDF is encrypted (password-protected): save an unprotected copy and import that',
      ],
      ['pdf-empty', 'blank.pdf: the PDF is empty (no text and nothing drawn on its pages)'],
      ['pdf-empty', 'zero.pdf: the file is empty'],
    ]);
  });
});
