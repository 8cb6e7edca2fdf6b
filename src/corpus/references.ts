/**
 * Formatting of references with citation-js (CSL styles), BibTeX import, and BibTeX/RIS export.
 * Formatting is slow (milliseconds), so it happens once at load time, never while answering.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './types.js';

export type CitationStyle = 'harvard1' | 'apa' | 'vancouver';

/** One reference in the named CSL style, as plain text without a trailing newline. */
export function formatReference(item: CslItem, style: CitationStyle = 'harvard1'): string {
  const out = new Cite([item]).format('bibliography', { format: 'text', template: style, lang: 'en-GB' });
  let text = String(out).trim();
  // A numbered style (Vancouver) numbers its bibliography; formatted alone, every reference would read "1. …",
  // which beside the body's "^230^" names the wrong number.
  if (style === 'vancouver') text = text.replace(/^1\.\s+/, '');
  // The CSL styles print "[Preprint]" for a journal article with no volume or pages; it is not one.
  return item.type === 'article-journal' ? text.replace(/\s*\[Preprint\]/g, '') : text;
}

/**
 * A formatted reference computed on first use: formatting costs a few milliseconds a reference, which at
 * thousands of references would dominate loading, while an answer only ever shows a handful.
 */
export function lazyFormatted(item: CslItem, style: CitationStyle): () => string {
  let text: string | undefined;
  return () => {
    text ??= formatReference(item, style);
    return text;
  };
}

export type ExportFormat = 'bibtex' | 'ris';

/** The same data as BibTeX or RIS, for reference managers. */
export function exportReferences(items: CslItem[], format: ExportFormat): string {
  // citation-js makes up its own BibTeX labels unless told the key: keep ours, so export → import round-trips.
  const keyed = items.map((item) => ({ ...item, 'citation-key': item.id }));
  return String(new Cite(keyed).format(format)).trim();
}

/** Parses BibTeX entries into CSL-JSON items; each keeps its BibTeX key as id. Throws on unreadable input. */
export function importBibtex(bibtex: string): CslItem[] {
  const cite = new Cite(bibtex, { forceType: '@bibtex/text' });
  return (cite.data as CslItem[]).map(({ _graph, ...item }) => ({
    ...item,
    id: String(item['citation-key'] ?? item.id),
  }));
}
