/**
 * PDF lines into blocks: running headers and footers (the same words, digits aside, in the page margins of
 * several pages) and page numbers removed; line numbers in the left margin removed; two columns read left then
 * right; lines in another font family than the body's, not larger, are sidebars (a box, its title the larger
 * line on top); lines larger than the body are headings (levels by size); paragraphs end at a wider gap, a
 * first-line indent, a bullet, or the end of a column or page (the split repairs join them again). A
 * paragraph's italics, bold and superscripts are written in the corpus format's marks (markedText), listed.
 */
import type { Block } from './blocks.js';
import { isCaption, looksLikeHeading } from './paragraph-kinds.js';
import { markedText, type PdfLine } from './pdf-lines.js';
import { findTables } from './pdf-tables.js';
import type { RepairLog } from './repairs.js';

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const MARGIN = 0.08;
const BULLET_START = /^[\u2022\u2023\u25AA\u25CF\u25E6\u2219\u00B7\uF0B7\uF0A7\uF0E8\u27A2-]\s/u;

function shape(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Removes running headers/footers and page numbers from every page (line numbers: lineNumberColumn). */
export function removeFurniture(pages: PdfPage[], log: RepairLog): PdfPage[] {
  const inMargin = (l: PdfLine, p: PdfPage) => l.y > p.height * (1 - MARGIN) || l.y < p.height * MARGIN;
  const seen = new Map<string, Set<number>>();
  pages.forEach((p, i) => {
    for (const l of p.lines)
      if (inMargin(l, p)) seen.set(shape(l.text), (seen.get(shape(l.text)) ?? new Set()).add(i));
  });
  const minPages = Math.max(2, Math.ceil(pages.length * 0.3));
  const running = new Set(
    [...seen.entries()].filter(([s, ps]) => ps.size >= minPages && s !== '#').map(([s]) => s),
  );
  return pages.map((p, i) => {
    const kept: PdfLine[] = [];
    for (const l of p.lines) {
      if (inMargin(l, p) && running.has(shape(l.text))) {
        log.add('running-text', 'running headers and footers removed', `"${l.text}" (page ${i + 1})`);
      } else if (inMargin(l, p) && /^(page\s*)?\d+(\s*(of|\/)\s*\d+)?$/i.test(l.text)) {
        log.add('page-number', 'page numbers removed', `page ${i + 1}`);
      } else kept.push(l);
    }
    return { ...p, lines: kept };
  });
}

/** Reading order of a page: full-width lines above the columns, the left column, the right one, the rest. */
export function readingOrder(p: PdfPage): PdfLine[] {
  const mid = p.width / 2;
  const lines = [...p.lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const right = lines.filter((l) => l.x >= mid - 2);
  const leftOnly = lines.filter((l) => l.right <= mid + 2);
  const spanning = lines.filter((l) => !right.includes(l) && !leftOnly.includes(l));
  const top = Math.max(...right.map((l) => l.y), ...leftOnly.map((l) => l.y));
  const bottom = Math.min(...right.map((l) => l.y), ...leftOnly.map((l) => l.y));
  // Two columns: lines on both sides of the middle, and no line across it between the columns' top and bottom.
  const twoColumns =
    right.length > 0 && leftOnly.length > 0 && !spanning.some((l) => l.y <= top && l.y >= bottom);
  if (!twoColumns) return lines;
  const above = spanning.filter((l) => l.y > top);
  const below = spanning.filter((l) => l.y <= top);
  return [...above, ...leftOnly, ...right, ...below];
}

/** The usual distance between two lines of body text (single or double spaced): the most common gap. */
function lineSpacing(pages: PdfPage[], size: number): number {
  const counts = new Map<number, number>();
  for (const p of pages) {
    const lines = [...p.lines].sort((a, b) => b.y - a.y);
    for (let i = 1; i < lines.length; i++) {
      const gap = Math.round((lines[i - 1] as PdfLine).y - (lines[i] as PdfLine).y);
      if (gap > size * 0.8 && gap < size * 4) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? size * 1.2;
}

interface Para {
  lines: PdfLine[];
  sidebar: boolean;
}

export function pagesToBlocks(
  pages: PdfPage[],
  body: { size: number; family: string },
  log: RepairLog,
): Block[] {
  const headingSizes = [
    ...new Set(
      pages
        .flatMap((p) => p.lines)
        .filter((l) => l.size >= body.size * 1.15)
        .map((l) => Math.round(l.size)),
    ),
  ].sort((a, b) => b - a);
  const level = (size: number) => Math.min(headingSizes.indexOf(Math.round(size)) + 1, 6) || 2;
  const blocks: Block[] = [];
  let box: Extract<Block, { kind: 'box' }> | undefined;
  const emit = (b: Block, sidebar: boolean) => {
    if (sidebar) {
      if (!box) {
        box = { kind: 'box', title: '', blocks: [] };
        blocks.push(box);
        log.add(
          'sidebar',
          'sidebars and boxes taken out of the running text (each a section of its own)',
          undefined,
        );
      }
      if (b.kind === 'heading' && !box.title && box.blocks.length === 0) box.title = b.text;
      else box.blocks.push(b);
    } else {
      box = undefined;
      blocks.push(b);
    }
  };
  const spacing = lineSpacing(pages, body.size);
  const emitLines = (p: PdfPage, lines: PdfLine[]) => {
    const ordered = readingOrder({ ...p, lines });
    const paras: Para[] = [];
    let cur: Para | undefined;
    let prev: PdfLine | undefined;
    for (const l of ordered) {
      const big = l.size >= body.size * 1.15;
      const sidebar = l.family !== body.family && !big;
      const gap = prev ? prev.y - l.y : 0;
      const newColumn = prev !== undefined && (l.y > prev.y + 1 || Math.abs(l.x - prev.x) > p.width * 0.3);
      const startsNew =
        !cur ||
        newColumn ||
        sidebar !== cur.sidebar ||
        big !== (cur.lines[0] ? cur.lines[0].size >= body.size * 1.15 : false) ||
        gap > spacing * 1.4 ||
        (prev !== undefined && l.x > prev.x + l.size * 1.2 && prev.right > l.x) ||
        BULLET_START.test(l.text);
      // A sidebar's title is larger but in the sidebar's family: it opens the box.
      const sidebarTitle = big && l.family !== body.family;
      if (startsNew) {
        cur = { lines: [l], sidebar: sidebar || sidebarTitle };
        paras.push(cur);
      } else cur?.lines.push(l);
      prev = l;
    }
    for (const para of paras) {
      const first = para.lines[0] as PdfLine;
      const text = para.lines.map((l) => l.text).join('\n');
      if (first.size >= body.size * 1.15)
        emit({ kind: 'heading', level: level(first.size), text: text.replace(/\n/g, ' ') }, para.sidebar);
      else if (para.lines.length === 1 && isCaption(text)) emit({ kind: 'caption', text }, para.sidebar);
      else if (
        para.lines.length === 1 &&
        looksLikeHeading(text) &&
        text.length < 80 &&
        !BULLET_START.test(text)
      ) {
        emit({ kind: 'heading', level: Math.min(headingSizes.length + 1, 6), text }, para.sidebar);
      } else {
        const { text: withMarks, marked } = markedText(para.lines);
        for (const m of marked)
          log.add(
            'pdf-marks',
            "italics, bold and superscripts written in the corpus format's marks (*…*, **…**, ^…^)",
            m.replace(/\s+/g, ' '),
          );
        emit({ kind: 'paragraph', text: withMarks }, para.sidebar);
      }
    }
  };
  for (const p of pages) {
    const found = findTables(p.lines, spacing);
    for (const t of found.left)
      log.add(
        'pdf-table-left',
        'table-like lines left as text (their rows and columns could not be recovered): check them',
        `page ${t.page}: "${t.first}…"`,
      );
    const tables = found.tables.sort((a, b) => b.top - a.top);
    const taken = new Set(tables.flatMap((t) => [...t.lines]));
    let rest = p.lines.filter((l) => !taken.has(l));
    for (const t of tables) {
      emitLines(
        p,
        rest.filter((l) => l.y > t.top),
      );
      rest = rest.filter((l) => l.y <= t.top);
      emit(t.block, false);
      log.add(
        'pdf-table',
        'tables recovered from the text positions (rows by baseline, columns by alignment) and written as pipe tables',
        `page ${p.lines[0]?.page ?? '?'}: ${t.block.rows.length} rows × ${t.block.header.length} columns`,
      );
    }
    emitLines(p, rest);
  }
  return captionTables(blocks);
}

/** A table's caption line ("Table 2: …") right before a recovered table is its caption, not a figure's. */
function captionTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.kind === 'table' && !b.caption && prev?.kind === 'caption' && /^table\b/i.test(prev.text)) {
      out.pop();
      out.push({ ...b, caption: prev.text });
    } else out.push(b);
  }
  return out;
}
