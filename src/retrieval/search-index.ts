/**
 * The search index: MiniSearch over analyzed passages, plus the document frequencies that the evidence
 * signals (signals.ts) need. Built from a corpus, or loaded from its serialised form.
 */
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';
import { INDEX_FORMAT_VERSION, INDEX_OPTIONS, type IndexedFields } from './index-options.js';

export interface SearchIndex {
  mini: MiniSearch<IndexedFields>;
  /** Number of passages each term occurs in (any field). */
  df: Map<string, number>;
  size: number;
}

export function buildSearchIndex(corpus: Corpus, analyzer: Analyzer): SearchIndex {
  const mini = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
  const df = new Map<string, number>();
  const titles = new Map(corpus.documents.map((d) => [d.id, analyzer.analyze(d.title)]));
  const docs: IndexedFields[] = [];
  for (const p of corpus.passages) {
    const text = analyzer.analyze(p.text);
    const section = analyzer.analyze(p.headingPath.join(' \n '));
    const title = titles.get(p.docId) ?? [];
    // Document frequency over the passage's own words: a title shared by every passage would make its words
    // look generic.
    for (const t of new Set([...text, ...section])) df.set(t, (df.get(t) ?? 0) + 1);
    docs.push({ id: p.id, text: text.join(' '), section: section.join(' '), title: title.join(' ') });
  }
  mini.addAll(docs);
  return { mini, df, size: corpus.passages.length };
}

export interface SerialisedIndex {
  version: number;
  /** Hash of the corpus files and the thesaurus the index was built from. */
  contentHash: string;
  df: [string, number][];
  size: number;
  mini: unknown;
}

export function serialiseIndex(index: SearchIndex, contentHash: string): string {
  const out: SerialisedIndex = {
    version: INDEX_FORMAT_VERSION,
    contentHash,
    df: [...index.df],
    size: index.size,
    mini: index.mini.toJSON(),
  };
  return JSON.stringify(out);
}

/** Loads a serialised index, or returns undefined when it was built from other content or another version. */
export function loadSearchIndex(json: string, contentHash: string): SearchIndex | undefined {
  const data = JSON.parse(json) as SerialisedIndex;
  if (data.version !== INDEX_FORMAT_VERSION || data.contentHash !== contentHash) return undefined;
  const mini = MiniSearch.loadJS<IndexedFields>(data.mini as never, INDEX_OPTIONS);
  return { mini, df: new Map(data.df), size: data.size };
}
