/** Runs the extractor for a detected source. Each extractor gives the same neutral Extraction. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Extraction } from './blocks.js';
import type { Detected } from './detect.js';
import { ImportError } from './errors.js';
import { extractBook } from './extract-book.js';
import { extractDocx } from './extract-docx.js';
import { extractHtml } from './extract-html.js';
import { extractJats } from './extract-jats.js';
import { extractLatex } from './extract-latex.js';
import { extractMarkdown } from './extract-markdown.js';
import { extractPdf } from './extract-pdf.js';
import { extractText } from './extract-text.js';
import { RepairLog } from './repairs.js';

export async function extract(source: Detected): Promise<Extraction> {
  const repairs = new RepairLog();
  const base = { repairs, references: [], metadata: {} };
  switch (source.format) {
    case 'text': {
      const blocks = extractText(await readFile(source.path, 'utf8'));
      return {
        ...base,
        format: 'plain text',
        layout: true,
        blocks,
        read: { count: 1, unit: 'file' },
        files: [basename(source.path)],
      };
    }
    case 'markdown': {
      const name = basename(source.path);
      const r = extractMarkdown({ name, text: await readFile(source.path, 'utf8') }, repairs);
      return { ...base, format: 'Markdown', ...r, read: { count: 1, unit: 'file' }, files: [name] };
    }
    case 'book': {
      const r = await extractBook(source.path, repairs);
      return {
        ...base,
        format: 'bookdown/Quarto book',
        ...r,
        read: { count: r.files.length, unit: 'chapters' },
      };
    }
    case 'jats': {
      const r = extractJats(await readFile(source.path, 'utf8'), repairs);
      const sections = r.blocks.filter((b) => b.kind === 'heading').length;
      return {
        ...base,
        format: 'JATS XML',
        ...r,
        read: { count: sections, unit: 'sections' },
        files: [basename(source.path)],
      };
    }
    case 'html': {
      const r = extractHtml(await readFile(source.path, 'utf8'), repairs);
      const sections = r.blocks.filter((b) => b.kind === 'heading').length;
      return {
        ...base,
        format: 'HTML',
        ...r,
        read: { count: sections, unit: 'sections' },
        files: [basename(source.path)],
      };
    }
    case 'pdf': {
      const r = await extractPdf(new Uint8Array(await readFile(source.path)), source.path, repairs);
      return {
        ...base,
        format: 'PDF',
        layout: true,
        blocks: r.blocks,
        metadata: r.metadata,
        read: { count: r.pages, unit: 'pages' },
        files: [basename(source.path)],
      };
    }
    case 'latex': {
      const r = extractLatex(await readFile(source.path, 'utf8'), repairs);
      const sections = r.blocks.filter((b) => b.kind === 'heading').length;
      return {
        ...base,
        format: 'LaTeX',
        ...r,
        read: { count: sections, unit: 'sections' },
        files: [basename(source.path)],
      };
    }
    case 'docx': {
      const r = await extractDocx(await readFile(source.path), repairs);
      const sections = r.blocks.filter((b) => b.kind === 'heading').length;
      return {
        ...base,
        format: 'Word .docx',
        layout: true,
        ...r,
        read: { count: sections, unit: 'sections' },
        files: [basename(source.path)],
      };
    }
    default:
      throw new ImportError('unknown-type', `${source.path}: ${source.format} sources are not supported yet`);
  }
}
