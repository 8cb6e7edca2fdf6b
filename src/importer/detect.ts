/**
 * Which extractor reads an input: a folder (a bookdown or Quarto book, or a main file with its .bib beside
 * it) or a file, by its extension and, for PDF and .docx, its first bytes.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ImportError } from './errors.js';

export type SourceFormat = 'pdf' | 'html' | 'docx' | 'jats' | 'markdown' | 'book' | 'latex' | 'text';

export interface Detected {
  format: SourceFormat;
  /** The main file, or for a book the folder. */
  path: string;
  /** A .bib or .ris found beside the main file. */
  bibBeside?: string;
}

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.xml': 'jats',
  '.nxml': 'jats',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.rmd': 'markdown',
  '.qmd': 'markdown',
  '.tex': 'latex',
  '.txt': 'text',
};

async function firstBytes(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** The folder's main file when it is not a book, preferring structured formats, and a rendered page (what a
 * reader sees: citations as printed) over its Markdown source. */
const FOLDER_PREFERENCE: SourceFormat[] = ['jats', 'latex', 'html', 'markdown', 'docx', 'pdf', 'text'];

async function detectFolder(dir: string, names: string[]): Promise<Detected> {
  if (names.includes('_bookdown.yml') || names.includes('_quarto.yml')) return { format: 'book', path: dir };
  const candidates = names.filter(
    (n) => BY_EXTENSION[extname(n).toLowerCase()] && !/^(readme|source|license|licence)\./i.test(n),
  );
  for (const f of FOLDER_PREFERENCE) {
    const hit = candidates.find((n) => BY_EXTENSION[extname(n).toLowerCase()] === f);
    if (hit)
      return detectFile(
        join(dir, hit),
        names.map((n) => join(dir, n)),
      );
  }
  throw new ImportError(
    'unknown-type',
    `${dir}: no file of a type the importer reads (${Object.keys(BY_EXTENSION).join(' ')})`,
  );
}

async function detectFile(path: string, siblings: string[]): Promise<Detected> {
  const ext = extname(path).toLowerCase();
  const head = await firstBytes(path, 512);
  let format = BY_EXTENSION[ext];
  if (head.length === 0) {
    throw new ImportError(format === 'pdf' ? 'pdf-empty' : 'empty-source', `${path}: the file is empty`);
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') format = 'pdf';
  if (format === 'pdf' && head.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new ImportError('pdf-unreadable', `${path}: not a PDF file (it does not start with "%PDF-")`);
  }
  if (format === 'docx' && head.subarray(0, 2).toString('latin1') !== 'PK') {
    throw new ImportError('unknown-type', `${path}: not a Word .docx file (it is not a zip package)`);
  }
  if (
    format === 'jats' &&
    !/<article[\s>]/.test(head.toString('utf8')) &&
    !/JATS|NLM/i.test(head.toString('utf8'))
  ) {
    // An .xml that is not a JATS article: the XML extractor would find nothing in it.
    throw new ImportError(
      'unknown-type',
      `${path}: an XML file that is not a JATS article (no <article> element)`,
    );
  }
  if (!format) {
    throw new ImportError(
      'unknown-type',
      `${path}: unknown file type "${ext || '(none)'}": the importer reads ${Object.keys(BY_EXTENSION).join(' ')} files and bookdown/Quarto folders`,
    );
  }
  const stem = path.slice(0, path.length - ext.length);
  const bib = siblings.find(
    (s) =>
      /\.(bib|ris)$/i.test(s) &&
      (s.startsWith(stem) || siblings.filter((x) => /\.(bib|ris)$/i.test(x)).length === 1),
  );
  return bib ? { format, path, bibBeside: bib } : { format, path };
}

export async function detect(input: string): Promise<Detected> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(input);
  } catch {
    throw new ImportError('missing-file', `${input}: no such file or folder`);
  }
  if (info.isDirectory()) return detectFolder(input, (await readdir(input)).sort());
  const dir = input.includes('/') ? input.slice(0, input.lastIndexOf('/')) : '.';
  const siblings = (await readdir(dir)).map((n) => join(dir, n));
  return detectFile(input, siblings);
}
