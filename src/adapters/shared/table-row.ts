/**
 * A findings-table row as every renderer shows it: "label: value" pairs (header cell: row cell, in the
 * source's words), with the table's caption and footnotes beside it. Plain text; the platform escapes it.
 */
import type { AnswerPassage, AnswerTableRow } from '../../retrieval/answer.js';
import { truncateAtSentence } from './truncate.js';

/** [header cell, row cell] for every non-empty cell; a cell beyond the header is labelled by its column. */
export function rowPairs(row: AnswerTableRow): [label: string, value: string][] {
  return row.cells
    .map((value, i): [string, string] => [row.header[i]?.trim() || `Column ${i + 1}`, value.trim()])
    .filter(([, value]) => value !== '');
}

/** The text quoted for a passage: its own words, or for a table row its label: value lines. */
export function quoteText(p: Pick<AnswerPassage, 'text' | 'table'>): string {
  if (!p.table) return p.text;
  const pairs = rowPairs(p.table);
  return pairs.length === 0 ? p.text : pairs.map(([label, value]) => `${label}: ${value}`).join('\n');
}

/** The table's caption and footnotes, shown with a row: ["Table: …", "Note: …"]. Empty for other passages. */
export function tableContext(p: Pick<AnswerPassage, 'table'>): string[] {
  if (!p.table) return [];
  const caption = p.table.caption.trim();
  return [
    ...(caption === '' ? [] : [`Table: ${caption}`]),
    ...p.table.footnotes.map((f) => `Table note: ${f}`),
  ];
}

/**
 * The table's caption and notes (`tableContext`) within `max` characters in all: whole while they fit; the
 * first that does not is cut at a sentence with "…" and the rest left out, and `cut` says so (the renderer
 * then offers the full passage, which shows them all).
 */
export function tableNotes(p: Pick<AnswerPassage, 'table'>, max: number): { lines: string[]; cut: boolean } {
  const lines: string[] = [];
  let left = max;
  for (const line of tableContext(p)) {
    if (line.length <= left) {
      lines.push(line);
      left -= line.length;
      continue;
    }
    if (left >= 40) lines.push(truncateAtSentence(line, left).text);
    return { lines, cut: true };
  }
  return { lines, cut: false };
}
