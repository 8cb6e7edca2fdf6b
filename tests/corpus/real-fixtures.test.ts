/**
 * A real review graded per outcome (tests/fixtures/corpus/real, a CC BY 4.0 copy of the care-leavers review
 * annotated per finding): every summary-of-findings row is its own passage graded from its certainty column,
 * with its table's caption and footnotes; a list item carries its own role.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { ASSESSMENT_STRENGTH_CAVEAT } from '../../src/corpus/strength.js';

const DIR = 'tests/fixtures/corpus/real';

describe('the care-leavers review, graded per outcome', async () => {
  const corpus = await loadCorpus(DIR);
  const rows = corpus.passages.filter((p) => p.table);
  const summary = rows.filter((p) => p.table?.caption.includes('Summary GRADE'));

  it('loads clean, with its attribution kept', () => {
    expect(corpus.documents.map((d) => d.id)).toEqual(['care-leavers-sr-supplement-2024-graded']);
    expect(corpus.documents[0]?.url).toContain('care-leaver-review');
  });

  it("grades every summary-of-findings row from its own certainty cell, in the review's words", () => {
    expect(summary.length).toBe(20);
    for (const row of summary) {
      const col = row.table?.header.indexOf('Certainty of the evidence (GRADE)') ?? -1;
      const cell = row.table?.cells[col] ?? '';
      expect(cell).toMatch(/Very low/);
      expect(row.strength).toMatchObject({
        scale: 'grade',
        scaleLevel: 'very_low',
        level: 'insufficient',
        words: 'Very low certainty (GRADE)',
        caveat: `Certainty of the evidence (GRADE): ${cell}`,
        basis: row.table?.caption,
        from: { kind: 'table' },
      });
      expect(row.table?.footnotes.length).toBeGreaterThan(0);
      expect(row.table?.footnotes[0]).toMatch(/^¹ Downgraded/);
    }
  });

  it('keeps detailed-assessment rows as passages with the section strength', () => {
    const detailed = rows.filter((p) => p.table?.caption.includes('Detailed GRADE'));
    expect(detailed.length).toBeGreaterThan(0);
    for (const row of detailed)
      expect(row.strength.from).toMatchObject({ kind: 'section', annotation: 'GRADE Assessments' });
  });

  it('gives one list item of the About list the assessment role', () => {
    const item = corpus.passages.find((p) => p.text.startsWith('- GRADE Assessments — summary'));
    expect(item?.role).toBe('assessment');
    expect(item?.strength.caveat).toBe(ASSESSMENT_STRENGTH_CAVEAT);
    const other = corpus.passages.find((p) => p.text.includes('PRISMA 2020 Checklist'));
    expect(other?.role).toBe('about');
  });
});
