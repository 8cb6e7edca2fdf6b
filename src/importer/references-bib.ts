/**
 * References from a .bib or .ris file (citation-js), made loadable by the corpus check: BibTeX keys kept as
 * ids, name particles ("van Breda") written into the family name, bulky fields (abstracts, keywords, files)
 * left out. Items the corpus cannot load (no title, year or author/editor) are returned apart, for the owner.
 */
import { readFile } from 'node:fs/promises';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { importBibtex } from '../corpus/references.js';
import { ImportError } from './errors.js';

const DROP = new Set([
  'abstract',
  'keyword',
  'file',
  'note',
  'annote',
  'language',
  'ISSN',
  'ISBN',
  'citation-key',
  '_graph',
  'accessed',
  'source',
]);

type Name = Record<string, unknown>;

function cleanName(n: Name): Name {
  const particle = [n['dropping-particle'], n['non-dropping-particle']]
    .filter((p) => typeof p === 'string' && p)
    .join(' ');
  const out: Name = {};
  if (typeof n.family === 'string' && n.family) out.family = particle ? `${particle} ${n.family}` : n.family;
  if (typeof n.given === 'string' && n.given) out.given = n.given;
  if (typeof n.literal === 'string' && n.literal) out.literal = n.literal;
  if (!out.family && !out.literal && out.given) {
    out.literal = out.given;
    delete out.given;
  }
  return out;
}

/** Makes one CSL item loadable; undefined (with the reason) when the corpus could not load it. */
export function loadableItem(raw: Record<string, unknown>): {
  item?: Record<string, unknown>;
  problem?: string;
} {
  const item: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (DROP.has(k) || v === undefined || v === '') continue;
    item[k] =
      k === 'author' || k === 'editor'
        ? (v as Name[]).map(cleanName).filter((n) => n.family || n.literal)
        : v;
  }
  const id = item.id === undefined ? '' : String(item.id);
  const dateParts = (item.issued as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0]?.[0];
  if (!item.title) return { problem: `${id}: no title` };
  if (dateParts === undefined) return { problem: `${id}: no year` };
  item.issued = { 'date-parts': [[Number(dateParts)]] };
  const people = [item.author, item.editor].filter((v) => Array.isArray(v) && v.length > 0);
  if (people.length === 0) return { problem: `${id}: no author or editor` };
  for (const k of ['author', 'editor'])
    if (Array.isArray(item[k]) && (item[k] as unknown[]).length === 0) delete item[k];
  return { item: { ...item, id, type: item.type ?? 'document', title: item.title } };
}

export async function readBibliography(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new ImportError('missing-file', `${path}: no such reference file`);
  });
  try {
    if (/\.ris$/i.test(path)) {
      return (new Cite(text, { forceType: '@ris/file' }).data as Record<string, unknown>[]).map(
        ({ _graph, ...i }) => i,
      );
    }
    return importBibtex(text) as unknown as Record<string, unknown>[];
  } catch (e) {
    throw new ImportError('bad-bib', `${path}: cannot read the references: ${(e as Error).message}`);
  }
}
