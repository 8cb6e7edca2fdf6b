import { describe, expect, it } from 'vitest';
import { importReview } from '../../src/importer/import-review.js';
import { smallDocx } from './docx-fixture.js';
import { bodyOf, folderWith } from './helpers.js';

describe('Word .docx import', () => {
  it('reads headings, a split paragraph, a list and a table through mammoth, metadata from core properties', async () => {
    const dir = folderWith({ 'meals.docx': await smallDocx() });
    const r = await importReview(`${dir}/meals.docx`, { outDir: dir });
    expect(bodyOf(r.draft)).toBe(
      [
        '# School meals: an evidence summary',
        '',
        '## What we found',
        '',
        'Free meals raised attendance in two studies and lowered hunger in class. The evidence is of low certainty.',
        '',
        '- Meals were cheap to run.',
        '',
        '| Outcome | Certainty of the evidence |',
        '| --- | --- |',
        '| Attendance | Low |',
        '',
      ].join('\n'),
    );
    expect(r.extraction.repairs.lines()).toEqual([
      'inline markup dropped, words kept (bold, italic) (1): strong',
      'tables written as pipe tables (1): Outcome | Certainty of the evidence',
      'paragraphs broken in mid-sentence joined with one space (1): "…attendance in two studies and" / "lowered hunger in class. The e…"',
    ]);
    expect(r.metadata.title).toEqual({
      value: 'School meals: an evidence summary',
      guessed: false,
      from: "the Word file's core properties",
    });
    expect(r.metadata.authors.value).toEqual([
      { family: 'Lopez', given: 'Ana' },
      { family: 'Okafor', given: 'Ben' },
    ]);
    expect(r.statements.map((s) => [s.suggests, s.grade])).toEqual([
      ['limited', 'low'],
      ['limited', 'low'],
    ]);
    expect(r.problems).toEqual([]);
  });
});
