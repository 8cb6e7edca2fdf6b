/**
 * Tables in a PDF, recovered from the text's positions: rows are the lines that share a baseline, cells the
 * stretches of a row that a wide gap (over 0.6 of the text size, twice a word space) separates, and columns the x-ranges the
 * cells of the rows overlap in. A run of at least three such rows with cells in at least three columns is
 * a table (two columns of running text, side by side, never are: they have two; three are wordy in every
 * column, where a table has a column of short cells). A row whose first cell is
 * empty goes on the row above (a header or cell wrapped over two lines). Cells keep their words and marks.
 */
import type { Block } from './blocks.js';
import { linesOf, markedText, type PdfItem, type PdfLine } from './pdf-lines.js';

/** Lines that look like a table (three or more cells a row) whose rows and columns could not be recovered. */
export interface PdfTableLeft {
  page: number;
  first: string;
}

export interface PdfTable {
  /** The baselines of its first and last rows. */
  top: number;
  bottom: number;
  lines: Set<PdfLine>;
  block: Extract<Block, { kind: 'table' }>;
}

interface Cell {
  x: number;
  right: number;
  line: PdfLine;
}

/** A line cut at its wide gaps: each stretch a cell. */
function cellsOf(line: PdfLine): Cell[] {
  const items = line.items.filter((i) => i.str.trim() !== '').sort((a, b) => a.x - b.x);
  const parts: PdfItem[][] = [];
  let end = -Infinity;
  for (const it of items) {
    const last = parts[parts.length - 1];
    if (last && it.x - end <= line.size * 0.6) last.push(it);
    else parts.push([it]);
    end = Math.max(end, it.x + it.width);
  }
  return parts.flatMap((part) => {
    const sub = linesOf(part, line.page)[0];
    return sub ? [{ x: sub.x, right: sub.right, line: sub }] : [];
  });
}

/** The rows of a page: lines on one baseline (within a third of their size), top first. */
function rowsOf(lines: PdfLine[]): { y: number; lines: PdfLine[]; cells: Cell[] }[] {
  const rows: { y: number; lines: PdfLine[]; cells: Cell[] }[] = [];
  for (const l of [...lines].sort((a, b) => b.y - a.y)) {
    const row = rows.find((r) => Math.abs(r.y - l.y) < l.size * 0.35);
    if (row) row.lines.push(l);
    else rows.push({ y: l.y, lines: [l], cells: [] });
  }
  for (const r of rows) r.cells = r.lines.flatMap(cellsOf).sort((a, b) => a.x - b.x);
  return rows;
}

/** Column x-ranges: the union of the cells' ranges where they overlap. */
function columnsOf(cells: Cell[]): [number, number][] {
  const cols: [number, number][] = [];
  for (const c of [...cells].sort((a, b) => a.x - b.x)) {
    const last = cols[cols.length - 1];
    if (last && c.x <= last[1]) last[1] = Math.max(last[1], c.right);
    else cols.push([c.x, c.right]);
  }
  return cols;
}

const cellText = (cells: Cell[]) =>
  cells
    .map((c) => markedText([c.line]).text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

const words = (t: string) => (t ? t.split(/\s+/).length : 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function tableOf(run: { lines: PdfLine[]; cells: Cell[]; y: number }[]): PdfTable | 'text' | undefined {
  const cols = columnsOf(run.flatMap((r) => r.cells));
  if (cols.length < 3) return undefined;
  const grid = run.map((r) =>
    cols.map((col) => cellText(r.cells.filter((c) => c.x >= col[0] - 0.5 && c.right <= col[1] + 0.5))),
  );
  // Columns of running text side by side (a three-column page) are wordy in every column; a table has a
  // column of short cells at least (names, years, ratings, numbers).
  if (cols.every((_, i) => median(grid.map((r) => words(r[i] ?? '')).filter((n) => n > 0)) >= 5))
    return 'text';
  // At least half the rows fill three columns: a table, not lines that happen to share a baseline.
  if (grid.filter((cells) => cells.filter((c) => c !== '').length >= 3).length < run.length / 2)
    return undefined;
  const rows: string[][] = [];
  for (const cells of grid) {
    const above = rows[rows.length - 1];
    if (above && cells[0] === '') {
      cells.forEach((c, i) => {
        if (c) above[i] = `${above[i] ?? ''} ${c}`.trim();
      });
    } else rows.push(cells);
  }
  const [header, ...body] = rows;
  if (!header || body.length < 2) return undefined;
  return {
    top: run[0]?.y ?? 0,
    bottom: run[run.length - 1]?.y ?? 0,
    lines: new Set(run.flatMap((r) => r.lines)),
    block: { kind: 'table', header, rows: body },
  };
}

/**
 * The tables on a page, each with the lines it takes from the running text, and the table-like runs (three
 * rows or more, most with three cells or more) that could not be recovered: those stay text, listed.
 */
export function findTables(
  lines: PdfLine[],
  lineSpacing: number,
): { tables: PdfTable[]; left: PdfTableLeft[] } {
  const rows = rowsOf(lines);
  const tables: PdfTable[] = [];
  const left: PdfTableLeft[] = [];
  let run: typeof rows = [];
  const close = () => {
    if (run.length >= 3) {
      const t = tableOf(run);
      if (t && t !== 'text') tables.push(t);
      else if (!t && run.filter((r) => r.cells.length >= 3).length >= run.length / 2)
        left.push({
          page: run[0]?.lines[0]?.page ?? 0,
          first: (run[0]?.lines.map((l) => l.text).join(' ') ?? '').slice(0, 40),
        });
    }
    run = [];
  };
  for (const r of rows) {
    const prev = run[run.length - 1];
    const wide = r.cells.length >= 2;
    const near = prev !== undefined && prev.y - r.y <= lineSpacing * 2.5;
    if (wide && (near || run.length === 0)) run.push(r);
    else if (
      !wide &&
      near &&
      r.cells.length === 1 &&
      run.length > 0 &&
      (r.cells[0]?.x ?? 0) > (run[0]?.cells[0]?.right ?? 0)
    )
      run.push(r); // a cell wrapped onto a line of its own, right of the first column
    else {
      close();
      if (wide) run.push(r);
    }
  }
  close();
  return { tables, left };
}
