/**
 * Markdown pipe tables as findings tables: each table's caption (the one-line paragraph right before it, or
 * the nearest heading) and footnotes (the paragraphs right after it that read as footnotes), all verbatim.
 */
import { type Block, tableCells } from './markdown.js';

export interface TableInfo {
  block: Block;
  caption: string;
  header: string[];
  footnotes: string[];
}

const FOOTNOTE =
  /^(?:[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021\u00a7\u00b6]|[a-z][).]?\s|\^\S+\^|(?:Notes?|Sources?|Abbreviations?|Key)\b|\S+\s?=\s)/u;

/** Is there a heading between two offsets of the body? */
const headingBetween = (body: string, from: number, to: number) => /^#{1,6}[ \t]/m.test(body.slice(from, to));

export function describeTables(
  body: string,
  blocks: readonly Block[],
  footnoteCounts = new Map<number, number>(),
) {
  const tables = new Map<number, TableInfo>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'table' || !b.header) return;
    const prev = blocks[i - 1];
    const prevText = prev ? body.slice(prev.start, prev.end).trim() : '';
    const captionBefore =
      prev &&
      prev.kind === 'paragraph' &&
      !prevText.includes('\n') &&
      !headingBetween(body, prev.end, b.start);
    const caption = captionBefore ? prevText : (b.headingPath[b.headingPath.length - 1] ?? '');
    const footnotes: string[] = [];
    const count = footnoteCounts.get(b.start);
    let end = b.end;
    for (const next of blocks.slice(i + 1)) {
      if (next.kind !== 'paragraph' || headingBetween(body, end, next.start)) break;
      const text = body.slice(next.start, next.end).trim();
      if (count === undefined ? !FOOTNOTE.test(text) : footnotes.length >= count) break;
      footnotes.push(text);
      end = next.end;
    }
    tables.set(b.start, {
      block: b,
      caption,
      header: tableCells(body.slice(b.header.start, b.header.end)),
      footnotes,
    });
  });
  return tables;
}
