/**
 * Reads the body's structure: ATX headings ("## Title") and the blocks of text between them, with their
 * character offsets into the body. Nothing is rewritten: offsets point into the body as it is. A block is a
 * paragraph, a list (its items found too) or a Markdown pipe table (its rows found too).
 */
export interface Span {
  start: number;
  end: number;
  /** 0-based index of the body line where the span starts. */
  line: number;
}

export interface Block extends Span {
  kind: 'paragraph' | 'list' | 'table';
  /** Headings from the top level down, for the section this block is in. */
  headingPath: string[];
  /** List items (kind "list") or table rows after the delimiter row (kind "table"); else empty. */
  items: Span[];
  /** For a table: its header row. */
  header?: Span | undefined;
}

export interface Heading {
  level: number;
  text: string;
  line: number;
}

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const COMMENT_ONLY = /^<!--[\s\S]*-->$/;
export const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+/;
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** The quoted form of body text: a backslash before "#" at the start of a line is an escape, not text. */
export function unescapeText(text: string): string {
  return text.replace(/(^|\n)([ \t]*)\\#/g, '$1$2#');
}

/** The cells of one table row: text between unescaped "|", trimmed, outer pipes dropped. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (ch === '\\' && row[i + 1] === '|') {
      cell += '\\|';
      i++;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  const trimmed = row.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) cells.pop();
  return cells.map((c) => c.trim());
}

interface Line {
  start: number;
  end: number;
  index: number;
  text: string;
}

function classify(lines: Line[]): Pick<Block, 'kind' | 'items' | 'header'> {
  const first = lines[0];
  const second = lines[1];
  if (
    first &&
    second &&
    lines.every((l) => l.text.trimStart().startsWith('|')) &&
    TABLE_DELIMITER.test(second.text.trim())
  ) {
    const span = (l: Line): Span => ({ start: l.start, end: l.end, line: l.index });
    return { kind: 'table', header: span(first), items: lines.slice(2).map(span) };
  }
  // A list, or a paragraph that a list interrupts ("… the following:" then "- item"): its lead is an item too.
  if (first && lines.some((l) => LIST_ITEM.test(l.text))) {
    const items: Span[] = [];
    for (const l of lines) {
      const last = items[items.length - 1];
      if (LIST_ITEM.test(l.text) || !last) items.push({ start: l.start, end: l.end, line: l.index });
      else last.end = l.end;
    }
    return { kind: 'list', items };
  }
  return { kind: 'paragraph', items: [] };
}

export function parseBlocks(body: string): { blocks: Block[]; headings: Heading[] } {
  const blocks: Block[] = [];
  const headings: Heading[] = [];
  const stack: { level: number; text: string }[] = [];
  let offset = 0;
  let open: Line[] = [];
  const close = () => {
    const first = open[0];
    const last = open[open.length - 1];
    if (first && last && !COMMENT_ONLY.test(body.slice(first.start, last.end).trim())) {
      blocks.push({
        start: first.start,
        end: last.end,
        line: first.index,
        headingPath: stack.map((h) => h.text),
        ...classify(open),
      });
    }
    open = [];
  };
  body.split('\n').forEach((raw, index) => {
    const lineStart = offset;
    offset += raw.length + 1;
    const heading = HEADING.exec(raw);
    if (heading?.[1] && heading[2]) {
      close();
      const level = heading[1].length;
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      stack.push({ level, text: heading[2] });
      headings.push({ level, text: heading[2], line: index });
      return;
    }
    if (raw.trim() === '') {
      close();
      return;
    }
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    open.push({ start: lineStart + lead, end: lineStart + raw.length - trail, index, text: raw });
  });
  close();
  return { blocks, headings };
}
