/**
 * Findings tables: each pipe-table row is its own passage with the table's caption, header and footnotes,
 * verbatim; a certainty column gives each row its strength in the review's own words. And "\#" escapes.
 */
import { describe, expect, it } from 'vitest';
import { tableCells, unescapeText } from '../../src/corpus/markdown.js';
import { one, problems, type ReviewOptions } from './helpers.js';

const SOF = [
  '## GRADE Assessments',
  '',
  'Table 24: Summary GRADE quality assessment for housing outcomes',
  '',
  '| Outcomes | Relative effect (95% CI) | Certainty of the evidence (GRADE) |',
  '|---|:---:|---|',
  '| Experienced homelessness | -0.20 SDs [-0.46, 0.05] | ⊕  Very low¹ |',
  '| Residential moves | -0.02 SDs \\| no change | ⊕⊕◯◯ LOW² |',
  '| Stable housing | not estimable |  |',
  '',
  '¹ Downgraded two levels for risk of bias and one level for imprecision',
  '',
  '² Downgraded one level for risk of bias',
  '',
  'The review discusses these results next.',
].join('\n');

const TABLES = [
  '  scale: grade',
  '  tables:',
  '    - table: "Table 24: Summary GRADE"',
  '      certainty_column: Certainty of the evidence (GRADE)',
].join('\n');

describe('findings tables', () => {
  const o: ReviewOptions = { body: SOF, level: 'not_assessed', strength: TABLES };

  it('makes each body row its own passage, keeping caption, header and footnotes verbatim', () => {
    const { passages, documents } = one(o);
    const rows = passages.filter((p) => p.table);
    expect(rows.map((r) => r.text)).toEqual([
      '| Experienced homelessness | -0.20 SDs [-0.46, 0.05] | ⊕  Very low¹ |',
      '| Residential moves | -0.02 SDs \\| no change | ⊕⊕◯◯ LOW² |',
      '| Stable housing | not estimable |  |',
    ]);
    const [first, second] = rows;
    expect(first?.table).toEqual({
      caption: 'Table 24: Summary GRADE quality assessment for housing outcomes',
      header: ['Outcomes', 'Relative effect (95% CI)', 'Certainty of the evidence (GRADE)'],
      cells: ['Experienced homelessness', '-0.20 SDs [-0.46, 0.05]', '⊕  Very low¹'],
      footnotes: [
        '¹ Downgraded two levels for risk of bias and one level for imprecision',
        '² Downgraded one level for risk of bias',
      ],
    });
    expect(second?.table?.cells[1]).toBe('-0.02 SDs \\| no change');
    const body = documents[0]?.body ?? '';
    for (const r of rows) {
      expect(r.text).toBe(body.slice(r.start, r.end));
      for (const piece of [
        r.table?.caption,
        ...(r.table?.header ?? []),
        ...(r.table?.cells ?? []),
        ...(r.table?.footnotes ?? []),
      ])
        expect(body).toContain(piece);
    }
    // The caption, footnotes and the paragraph after them stay passages of their own.
    expect(passages.some((p) => p.text.includes('The review discusses'))).toBe(true);
  });

  it("gives each row its certainty column's level in the review's own words; an empty cell falls back", () => {
    const rows = one(o).passages.filter((p) => p.table);
    expect(rows.map((r) => [r.strength.scaleLevel, r.strength.level, r.strength.from.kind])).toEqual([
      ['very_low', 'insufficient', 'table'],
      ['low', 'limited', 'table'],
      ['not_assessed', 'not_assessed', 'default'],
    ]);
    expect(rows[0]?.strength.caveat).toBe('Certainty of the evidence (GRADE): ⊕  Very low¹');
    expect(rows[0]?.strength.words).toBe('Very low certainty (GRADE)');
    expect(rows[0]?.strength.basis).toBe('Table 24: Summary GRADE quality assessment for housing outcomes');
  });

  it('lets a block annotation on a row win over the table', () => {
    const strength = `${TABLES}\n  blocks:\n    - quote: Residential moves\n      level: moderate\n      caveat: Per the text.\n      basis: GRADE Assessments`;
    const rows = one({ ...o, strength }).passages.filter((p) => p.table);
    expect(rows[1]?.strength).toMatchObject({ scaleLevel: 'moderate', from: { kind: 'block' } });
  });

  it('reports an unknown column, an unknown table and a certainty cell that names no level', () => {
    const col = { ...o, strength: TABLES.replace('Certainty of the evidence (GRADE)', 'Certainty') };
    expect(problems(col)).toEqual([
      'test.md:18: strength.tables[0].certainty_column: no column "Certainty" in table "Table 24: Summary GRADE quality assessment for housing outcomes" (columns: Outcomes | Relative effect (95% CI) | Certainty of the evidence (GRADE))',
    ]);
    const tab = { ...o, strength: TABLES.replace('Table 24: Summary GRADE', 'Table 9') };
    expect(problems(tab)).toEqual([
      'test.md:17: strength.tables[0].table: no table captioned "Table 9…" (tables: "Table 24: Summary GRADE quality assessment for housing outcomes")',
    ]);
    const cell = { ...o, body: SOF.replace('⊕⊕◯◯ LOW²', 'unclear') };
    expect(problems({ ...cell, strength: TABLES })).toEqual([
      'test.md:18: strength.tables[0].certainty_column: row at line 27: certainty "unclear" names no level of scale "grade"',
    ]);
  });

  it('takes a table under a heading caption when no caption line precedes it', () => {
    const body =
      '## Table 1. Characteristics\n\n| Review | Studies |\n|---|---|\n| Ahlen 2015 | 30 |\n\nN = number';
    const [row] = one({ body }).passages.filter((p) => p.table);
    expect(row?.table).toEqual({
      caption: 'Table 1. Characteristics',
      header: ['Review', 'Studies'],
      cells: ['Ahlen 2015', '30'],
      footnotes: ['N = number'],
    });
  });
});

describe('cells and escapes', () => {
  it('splits cells on unescaped pipes only', () => {
    expect(tableCells('| a | b \\| c |  |')).toEqual(['a', 'b \\| c', '']);
    expect(tableCells('a | b')).toEqual(['a', 'b']);
  });

  it('keeps "\\#" at the start of a line as text and quotes it as "#"', () => {
    expect(unescapeText('\\#1 priority\nand \\# in a line')).toBe('#1 priority\nand \\# in a line');
    const { passages, documents } = one({
      body: '## Results\n\n\\#1 priority was housing.\n\\# of moves fell.',
    });
    expect(passages.map((p) => p.headingPath)).toEqual([['Results']]);
    expect(passages[0]?.text).toBe('#1 priority was housing.\n# of moves fell.');
    const p = passages[0];
    expect(p && unescapeText(documents[0]?.body.slice(p.start, p.end) ?? '')).toBe(p?.text);
  });
});
