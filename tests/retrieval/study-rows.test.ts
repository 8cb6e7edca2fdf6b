/**
 * Rows of a table of included studies count as background (study-rows.ts): which tables are per study.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { isStudyLabel, studyRows } from '../../src/retrieval/study-rows.js';
import { MULTI_DIR } from './helpers.js';

const row = (docId: string, caption: string, first: string) => ({
  docId,
  table: { caption, header: ['Study', 'Country'], cells: [first, 'Chile'], footnotes: [] },
});

describe('study labels', () => {
  it.each([
    'Araya 2013',
    'Cardemil 2007a',
    'Lindqvist et al. 2020',
    "O'Neill and Hughes (2019)",
    'Ab Ghaffar 2019',
    'Smith et al. [12]',
    'Smith 2010 [12]',
  ])('"%s" is a study label', (cell) => expect(isStudyLabel(cell)).toBe(true));
  it.each([
    'Population',
    '[12]',
    'Anxiety symptoms',
    '2019',
    'States should consider using minors no younger than 16, as in the protocols adopted from 2010',
  ])('"%s" is not', (cell) => expect(isStudyLabel(cell)).toBe(false));
});

describe('tables of included studies', () => {
  it('marks every row of a table whose rows mostly begin with a study label, and no other row', () => {
    const passages = [
      row('a', 'Table 1. Included studies', 'Araya 2013'),
      row('a', 'Table 1. Included studies', 'Barry 2017'),
      row('a', 'Table 1. Included studies', 'Total'),
      row('a', 'Table 2. Summary of findings', 'Anxiety symptoms'),
      row('a', 'Table 2. Summary of findings', 'Depression (Araya 2013)'),
      row('a', 'Table 2. Summary of findings', 'Wellbeing'),
      { docId: 'a' },
    ];
    expect(studyRows(passages)).toEqual([true, true, true, false, false, false, false]);
  });

  it('reads one table per document: the same caption in another review is another table', () => {
    const passages = [
      row('a', 'Table 1', 'Araya 2013'),
      row('b', 'Table 1', 'Population'),
      row('b', 'Table 1', 'Setting'),
    ];
    expect(studyRows(passages)).toEqual([true, false, false]);
  });

  it('finds the fixture review’s table of included studies', async () => {
    const corpus = await loadCorpus(MULTI_DIR);
    const flags = studyRows(corpus.passages);
    const marked = corpus.passages.filter((_, i) => flags[i]).map((p) => p.table?.cells[0]);
    expect(marked).toEqual(['Okafor 2019', 'Lindqvist et al. 2020', 'Moreau 2021a']);
  });
});
