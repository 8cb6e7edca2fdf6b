/**
 * Word .docx through mammoth (the document as semantic HTML: headings from the heading styles, lists, tables),
 * then read by the HTML extractor; metadata from the file's core properties (docProps/core.xml, read with
 * jszip): title, creator, created date.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Block, Metadata } from './blocks.js';
import { extractHtml } from './extract-html.js';
import { personFromName } from './extract-markdown.js';
import type { RepairLog } from './repairs.js';
import { childrenOf, collapse, deepFind, parseXml, textOf } from './xml-nodes.js';

async function coreProperties(bytes: Buffer): Promise<Metadata> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return {};
  const nodes = parseXml(xml);
  const get = (tag: string) => collapse(textOf(childrenOf(deepFind(nodes, tag) ?? {})));
  const meta: Metadata = {};
  const from = "the Word file's core properties";
  const title = get('dc:title');
  if (title) meta.title = { value: title, guessed: false, from };
  const creator = get('dc:creator');
  if (creator) {
    const names = creator.split(/\s*;\s*|\s+and\s+/).filter(Boolean);
    meta.authors = { value: names.map(personFromName), guessed: false, from };
  }
  const year = /^(\d{4})/.exec(get('dcterms:created'))?.[1];
  if (year) meta.year = { value: Number(year), guessed: true, from: "the Word file's creation date" };
  return meta;
}

export async function extractDocx(
  bytes: Buffer,
  log: RepairLog,
): Promise<{ blocks: Block[]; metadata: Metadata }> {
  const { value: html, messages } = await mammoth.convertToHtml({ buffer: bytes });
  for (const m of messages)
    log.add(
      'docx-warning',
      'Word formatting the converter could not map (words kept)',
      m.message.slice(0, 50),
    );
  const r = extractHtml(`<html><body>${html}</body></html>`, log);
  return { blocks: r.blocks, metadata: { ...r.metadata, ...(await coreProperties(bytes)) } };
}
