/**
 * A bookdown or Quarto book: its chapters in their declared order (`rmd_files` in _bookdown.yml, `book:
 * chapters` in _quarto.yml) or, with none declared, bookdown's own order (index first, then by file name),
 * each read by the Markdown extractor.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Block, Metadata } from './blocks.js';
import { extractMarkdown } from './extract-markdown.js';
import type { RepairLog } from './repairs.js';

const CHAPTER = /\.(rmd|qmd|md)$/i;

function declared(config: unknown, key: 'bookdown' | 'quarto'): string[] | undefined {
  if (typeof config !== 'object' || config === null) return undefined;
  const c = config as Record<string, unknown>;
  if (key === 'bookdown') {
    const files = c.rmd_files;
    if (Array.isArray(files)) return files.map(String);
    if (files && typeof files === 'object' && Array.isArray((files as Record<string, unknown>).html)) {
      return ((files as Record<string, unknown>).html as unknown[]).map(String);
    }
    return undefined;
  }
  const book = c.book as Record<string, unknown> | undefined;
  const chapters = book?.chapters;
  if (!Array.isArray(chapters)) return undefined;
  const out: string[] = [];
  for (const ch of chapters) {
    if (typeof ch === 'string') out.push(ch);
    else if (ch && typeof ch === 'object') {
      const part = ch as { chapters?: unknown[] };
      for (const inner of part.chapters ?? []) if (typeof inner === 'string') out.push(inner);
    }
  }
  return out;
}

/** The chapter files of a book folder in reading order. */
export async function chapterOrder(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  for (const [file, key] of [
    ['_bookdown.yml', 'bookdown'],
    ['_quarto.yml', 'quarto'],
  ] as const) {
    if (!names.includes(file)) continue;
    const list = declared(parseYaml(await readFile(join(dir, file), 'utf8')), key);
    if (list && list.length > 0) return list;
  }
  // bookdown's default: every .Rmd not starting with "_", index.Rmd first (Quarto: .qmd the same way).
  const ext = names.some((n) => /\.rmd$/i.test(n))
    ? /\.rmd$/i
    : names.some((n) => /\.qmd$/i.test(n))
      ? /\.qmd$/i
      : CHAPTER;
  const chapters = names.filter((n) => ext.test(n) && !n.startsWith('_'));
  return [...chapters.filter((n) => /^index\./i.test(n)), ...chapters.filter((n) => !/^index\./i.test(n))];
}

export async function extractBook(
  dir: string,
  log: RepairLog,
): Promise<{ blocks: Block[]; metadata: Metadata; files: string[] }> {
  const files = await chapterOrder(dir);
  const blocks: Block[] = [];
  let metadata: Metadata = {};
  for (const name of files) {
    const text = await readFile(join(dir, name), 'utf8');
    const r = extractMarkdown({ name, text }, log);
    blocks.push(...r.blocks);
    metadata = { ...r.metadata, ...metadata };
  }
  log.add('book-order', "chapters read in the book's order", files.join(', '), files.length);
  return { blocks, metadata, files };
}
