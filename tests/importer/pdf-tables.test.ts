import { describe, expect, it } from 'vitest';
import { linesOf, type PdfItem } from '../../src/importer/pdf-lines.js';
import { findTables } from '../../src/importer/pdf-tables.js';

/** Items of 10-point text: each [text, x, y], 5 points a character wide. */
const items = (cells: [string, number, number][]): PdfItem[] =>
  cells.map(([str, x, y]) => ({ str, x, y, width: str.length * 5, size: 10, family: 'Times' }));

describe('findTables', () => {
  it('finds no table in two columns of running text side by side', () => {
    const rows: [string, number, number][] = [];
    for (let y = 700; y > 600; y -= 12)
      rows.push(['left column text of the page', 50, y], ['right column text here', 320, y]);
    expect(findTables(linesOf(items(rows), 1), 12)).toEqual({ tables: [], left: [] });
  });

  it('finds no table in three columns of running text side by side, and lists none', () => {
    const rows: [string, number, number][] = [];
    for (let y = 700; y > 600; y -= 12)
      rows.push(
        ['the words of the first column', 50, y],
        ['and here the second column runs', 220, y],
        ['while a third one follows on', 390, y],
      );
    expect(findTables(linesOf(items(rows), 1), 12)).toEqual({ tables: [], left: [] });
  });

  it('leaves table-like lines whose columns run together as text, and says where', () => {
    const rows: [string, number, number][] = [
      ['Study', 50, 700],
      ['Year', 150, 700],
      ['Rating', 250, 700],
      ['Abrami', 50, 688],
      ['2020', 150, 688],
      ['Low', 250, 688],
      ['Andrade', 50, 676],
      ['2019', 150, 676],
      ['High', 250, 676],
      ['Cho', 50, 664],
      ['a note that runs across the columns', 150, 664],
    ];
    const found = findTables(linesOf(items(rows), 3), 12);
    expect(found.tables).toEqual([]);
    expect(found.left).toEqual([{ page: 3, first: 'Study Year Rating' }]);
  });
});
