/**
 * PDF through Mozilla's pdf.js (unpdf): text items with positions and font sizes (pdf-lines.ts), laid out
 * into blocks (pdf-layout.ts); metadata from the document information. An encrypted PDF, a PDF without a
 * text layer (scanned) and an empty PDF are refused with one message each.
 */
import { getDocumentProxy } from 'unpdf';
import type { Block, Metadata } from './blocks.js';
import { ImportError } from './errors.js';
import { personFromName } from './extract-markdown.js';
import { ensureTransferToFixedLength, fontStyle } from './pdf-fonts.js';
import { type PdfPage, pagesToBlocks, removeFurniture } from './pdf-layout.js';
import { bodyFont, lineNumberColumn, linesOf, type PdfItem } from './pdf-lines.js';
import type { RepairLog } from './repairs.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

function info(raw: Record<string, unknown>): Metadata {
  const meta: Metadata = {};
  const from = "the PDF's document information";
  const title = typeof raw.Title === 'string' ? raw.Title.trim() : '';
  if (title) meta.title = { value: title, guessed: false, from };
  const author = typeof raw.Author === 'string' ? raw.Author.trim() : '';
  if (author) {
    const names = author
      .split(/\s*;\s*|\s*,\s*(?:&\s*|and\s+)?|\s+and\s+|\s*&\s*/)
      .map((n) => n.replace(/[*\d]+$/g, '').trim())
      .filter((n) => /\p{L}/u.test(n) && !/^\d/.test(n));
    if (names.length > 0)
      meta.authors = {
        value: names.map(personFromName),
        guessed: true,
        from: `${from} (Author, split into names)`,
      };
  }
  const date = typeof raw.CreationDate === 'string' ? /D:(\d{4})/.exec(raw.CreationDate)?.[1] : undefined;
  if (date) meta.year = { value: Number(date), guessed: true, from: "the PDF's creation date" };
  return meta;
}

type PdfPageProxy = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;

/** The page's fonts by pdf.js's id, from their names; a font pdf.js could not load is left out. */
async function fontsOf(
  page: PdfPageProxy,
  ids: string[],
): Promise<Map<string, ReturnType<typeof fontStyle>>> {
  const out = new Map<string, ReturnType<typeof fontStyle>>();
  // The operator list loads the page's fonts into commonObjs (the text content alone does not).
  await page.getOperatorList().catch(() => undefined);
  for (const id of ids) {
    try {
      const name = (page.commonObjs.get(id) as { name?: unknown } | undefined)?.name;
      if (typeof name === 'string' && name) out.set(id, fontStyle(name));
    } catch {
      // not loaded: the text content's generic family is used instead
    }
  }
  return out;
}

export async function extractPdf(
  bytes: Uint8Array,
  path: string,
  log: RepairLog,
): Promise<{ blocks: Block[]; metadata: Metadata; pages: number }> {
  if (bytes.length === 0) throw new ImportError('pdf-empty', `${path}: the file is empty`);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  ensureTransferToFixedLength();
  try {
    pdf = await getDocumentProxy(bytes);
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') {
      throw new ImportError(
        'pdf-encrypted',
        `${path}: the PDF is encrypted (password-protected): save an unprotected copy and import that`,
      );
    }
    throw new ImportError('pdf-unreadable', `${path}: not a readable PDF (${(e as Error).message})`);
  }
  if (pdf.numPages === 0) throw new ImportError('pdf-empty', `${path}: the PDF has no pages`);
  const pageItems: PdfItem[][] = [];
  const sizes: [number, number][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width = 595, height = 842] = page.view;
    const content = await page.getTextContent();
    const styles = content.styles as Record<string, { fontFamily?: string }>;
    const fonts = await fontsOf(page, Object.keys(styles));
    const items: PdfItem[] = (content.items as TextItem[])
      .filter((i) => typeof i.str === 'string')
      .map((i) => {
        const font = fonts.get(i.fontName);
        return {
          str: i.str,
          x: i.transform[4] ?? 0,
          y: i.transform[5] ?? 0,
          width: i.width,
          size: Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) || i.height,
          family: font?.family ?? styles[i.fontName]?.fontFamily ?? 'serif',
          ...(font ? { italic: font.italic, bold: font.bold, math: font.math } : {}),
        };
      });
    pageItems.push(items);
    sizes.push([width, height]);
  }
  const numbers = lineNumberColumn(pageItems);
  const pages: PdfPage[] = pageItems.map((items, i) => {
    const kept = items.filter(
      (it) =>
        numbers === undefined || !(Math.abs(it.x + it.width - numbers) < 1.5 && /^\d+$/.test(it.str.trim())),
    );
    if (kept.length < items.length)
      log.add(
        'line-number',
        'line numbers in the margin removed',
        `page ${i + 1}`,
        items.filter((it) => it.str.trim()).length - kept.filter((it) => it.str.trim()).length,
      );
    const [width = 595, height = 842] = sizes[i] ?? [];
    return { width, height, lines: linesOf(kept, i + 1) };
  });
  if (pages.length === 0) throw new ImportError('pdf-empty', `${path}: the PDF has no pages`);
  if (pages.every((p) => p.lines.length === 0)) {
    // No text anywhere: a scan shows images (or drawings) without text; an empty PDF shows nothing at all.
    let drawn = 0;
    for (let n = 1; n <= pdf.numPages; n++)
      drawn += (await (await pdf.getPage(n)).getOperatorList()).fnArray.length;
    if (drawn === 0)
      throw new ImportError(
        'pdf-empty',
        `${path}: the PDF is empty (no text and nothing drawn on its pages)`,
      );
    throw new ImportError(
      'pdf-no-text',
      `${path}: the PDF has no text layer (a scanned document?): run it through OCR first, then import the result`,
    );
  }
  const clean = removeFurniture(pages, log);
  const blocks = pagesToBlocks(clean, bodyFont(clean.flatMap((p) => p.lines)), log);
  const meta = await pdf.getMetadata().catch(() => ({ info: {} }));
  return { blocks, metadata: info((meta.info ?? {}) as Record<string, unknown>), pages: pdf.numPages };
}
