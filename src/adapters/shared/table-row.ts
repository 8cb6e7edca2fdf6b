/**
 * A findings-table row as every renderer shows it: "label: value" pairs (header cell: row cell, in the
 * source's words), with the table's caption and footnotes beside it. Plain text; the platform escapes it.
 */
import type { AnswerPassage, AnswerTableRow } from '../../retrieval/answer.js';

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
