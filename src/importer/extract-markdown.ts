/**
 * Markdown, R Markdown and Quarto sources, read lightly line by line: the YAML header (metadata), code chunks
 * (dropped), HTML layout markup and images (removed), heading attributes ({.unnumbered}), pipe tables (kept as
 * tables), list items and paragraphs. Inline code results (`r x`, `{r} x`) stay as written and are flagged:
 * the rendered number is not in the source.
 */
import { parse as parseYaml } from 'yaml';
import type { Block, Metadata } from './blocks.js';
import type { RepairLog } from './repairs.js';

export interface MarkdownFile {
  name: string;
  text: string;
}

const FENCE = /^\s*(```+|~~~+)\s*(\{[^}]*\}|[\w-]*)?/;
const HTML_LINE = /^\s*(<\/?(div|center|span|p|section|br|hr)\b[^>]*>\s*)+$/i;
const IMAGE = /!\[[^\]]*\]\([^)]*\)(\{[^}]*\})?/g;
const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const HEADING_ATTRS = /\s*\{[.#][^}]*\}\s*$/;
const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const INLINE_CODE = /`(?:r|\{r\})\s[^`]+`/g;

/** Reads the YAML header of a file's start, if any: its data and the number of lines it takes. */
function yamlHeader(lines: string[]): { data: Record<string, unknown>; lines: number } | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return undefined;
  try {
    const data = parseYaml(lines.slice(1, end).join('\n')) as unknown;
    return {
      data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
      lines: end + 1,
    };
  } catch {
    return { data: {}, lines: end + 1 };
  }
}

function headerMetadata(data: Record<string, unknown>, file: string): Metadata {
  const meta: Metadata = {};
  const from = `the YAML header of ${file}`;
  if (typeof data.title === 'string' && data.title.trim())
    meta.title = { value: data.title.trim(), guessed: false, from };
  const author = data.author;
  const names = (Array.isArray(author) ? author : typeof author === 'string' ? [author] : [])
    .map((a) => (typeof a === 'string' ? a : typeof a === 'object' && a && 'name' in a ? String(a.name) : ''))
    .filter((a) => a.trim());
  if (names.length > 0) meta.authors = { value: names.map(personFromName), guessed: false, from };
  const date = typeof data.date === 'string' || typeof data.date === 'number' ? String(data.date) : '';
  const year = /\b(1[89]\d\d|2[01]\d\d)\b/.exec(date)?.[1];
  if (year) meta.year = { value: Number(year), guessed: false, from };
  if (typeof data.url === 'string') meta.url = { value: data.url, guessed: false, from };
  return meta;
}

/** "Sean Grant" → { family: Grant, given: Sean }; "Grant, Sean" likewise. */
export function personFromName(name: string): { family: string; given?: string } {
  const n = name.replace(/\^[^^]*\^/g, '').trim();
  if (n.includes(',')) {
    const [family = n, given] = n.split(',', 2).map((s) => s.trim());
    return given ? { family, given } : { family };
  }
  const parts = n.split(/\s+/);
  const family = parts.pop() ?? n;
  return parts.length > 0 ? { family, given: parts.join(' ') } : { family };
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Turns one Markdown-like file into blocks, logging every change. */
export function extractMarkdown(file: MarkdownFile, log: RepairLog): { blocks: Block[]; metadata: Metadata } {
  const lines = file.text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const header = yamlHeader(lines);
  const metadata = header ? headerMetadata(header.data, file.name) : {};
  if (header)
    log.add(
      'yaml-header',
      'YAML headers removed (their title, authors and date used as metadata)',
      file.name,
    );
  const blocks: Block[] = [];
  let para: string[] = [];
  let item: { text: string[]; depth: number } | undefined;
  let table: string[] = [];
  const flush = () => {
    if (para.length > 0) blocks.push({ kind: 'paragraph', text: para.join('\n') });
    if (item) blocks.push({ kind: 'list-item', text: item.text.join('\n'), depth: item.depth });
    if (table.length > 0) {
      const rows = table.filter((l) => !/^\s*\|?\s*:?-{2,}/.test(l)).map(splitRow);
      const [head = [], ...body] = rows;
      blocks.push({ kind: 'table', header: head, rows: body });
    }
    para = [];
    item = undefined;
    table = [];
  };
  let inComment = false;
  for (let i = header?.lines ?? 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      flush();
      log.add('html-comment', 'HTML comments removed', file.name);
      if (!line.includes('-->')) inComment = true;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence?.[1]) {
      flush();
      const close = fence[1];
      let j = i + 1;
      while (j < lines.length && !(lines[j] ?? '').trim().startsWith(close)) j++;
      log.add(
        'code-chunk',
        'code chunks dropped',
        `${file.name}:${i + 1} ${(fence[2] ?? '').trim() || close}`.trim(),
      );
      i = j;
      continue;
    }
    if (HTML_LINE.test(line)) {
      flush();
      log.add('html-markup', 'HTML layout lines removed (<div>, <br>, …)', line.trim().slice(0, 30));
      continue;
    }
    if (/<br\s*\/?>/i.test(line)) {
      log.add('html-br', '<br> line breaks inside a line replaced by one space', line.trim().slice(0, 40));
      line = line.replace(/\s*<br\s*\/?>\s*/gi, ' ').trimEnd();
    }
    if (IMAGE.test(line)) {
      IMAGE.lastIndex = 0;
      for (const m of line.matchAll(IMAGE)) log.add('image', 'images removed', m[0].slice(0, 40));
      line = line.replace(IMAGE, '').replace(/\s{2,}/g, ' ');
      if (!line.trim()) continue;
    }
    for (const m of line.matchAll(INLINE_CODE)) {
      log.add(
        'inline-code',
        'inline code results kept as written: the source has code, not its result (check)',
        m[0],
      );
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const h = HEADING.exec(line);
    if (h?.[1] && h[2] !== undefined && para.length === 0) {
      flush();
      let text = h[2].replace(/\s+#+$/, '');
      if (HEADING_ATTRS.test(text)) {
        log.add(
          'heading-attrs',
          'heading attributes removed ({.unnumbered}, {#id})',
          text.match(HEADING_ATTRS)?.[0]?.trim(),
        );
        text = text.replace(HEADING_ATTRS, '');
      }
      if (text) blocks.push({ kind: 'heading', level: h[1].length, text });
      continue;
    }
    if (/^\s*\|/.test(line)) {
      if (table.length === 0) flush();
      table.push(line);
      continue;
    }
    const li = LIST_ITEM.exec(line);
    if (li?.[3] !== undefined && (para.length === 0 || item)) {
      flush();
      item = { text: [li[3].trim()], depth: Math.floor((li[1] ?? '').length / 2) };
      continue;
    }
    if (!item && line !== line.trim())
      log.add('trim', 'spaces trimmed at the start or end of lines', JSON.stringify(line.slice(0, 20)));
    if (item) item.text.push(line.trim());
    else para.push(line.trim());
  }
  flush();
  return { blocks, metadata };
}
