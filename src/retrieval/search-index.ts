/**
 * The search index: a compact inverted index over analysed passages (index/compact.ts), scored by
 * index/score.ts, plus the document frequencies that the evidence signals (signals.ts) need. Built from a
 * corpus, or loaded from its serialised form.
 *
 * `buildMiniSearch` builds the MiniSearch index the compact one replaced, from the same analysed fields: the
 * reference that scripts/bench-verify.ts checks the compact scorer against (ids, scores, matched terms).
 */
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';
import {
  buildCompactIndex,
  type CompactIndex,
  loadCompact,
  type SerialisedCompact,
  serialiseCompact,
} from './index/compact.js';
import { INDEX_FORMAT_VERSION, INDEX_OPTIONS, type IndexedFields } from './index-options.js';

export interface SearchIndex {
  compact: CompactIndex;
  /** Number of passages each term occurs in (any field). */
  df: Map<string, number>;
  size: number;
}

/** Each passage's analysed fields, in the index's field order (text, section, title), one passage at a time. */
function analysedFields(corpus: Corpus, analyzer: Analyzer): (i: number) => [string[], string[], string[]] {
  const titles = new Map<string, string[]>();
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  return (i) => {
    const p = corpus.passages[i];
    if (!p) throw new Error(`no passage ${i}`);
    let title = titles.get(p.docId);
    if (!title) {
      const doc = docs.get(p.docId);
      title = doc ? analyzer.analyze(doc.title) : [];
      titles.set(p.docId, title);
    }
    return [analyzer.analyze(p.text), analyzer.analyze(p.headingPath.join(' \n ')), title];
  };
}

export function buildSearchIndex(corpus: Corpus, analyzer: Analyzer): SearchIndex {
  const df = new Map<string, number>();
  const fields = analysedFields(corpus, analyzer);
  const compact = buildCompactIndex(
    corpus.passages.map((p) => p.id),
    (i) => {
      const f = fields(i);
      // Document frequency over the passage's own words: a title shared by every passage would make its words
      // look generic.
      const own = new Set(f[0]);
      for (const t of f[1]) own.add(t);
      for (const t of own) df.set(t, (df.get(t) ?? 0) + 1);
      return f;
    },
  );
  return { compact, df, size: corpus.passages.length };
}

/** The MiniSearch index over the same analysed fields (the reference for scripts/bench-verify.ts). */
export function buildMiniSearch(corpus: Corpus, analyzer: Analyzer): MiniSearch<IndexedFields> {
  const mini = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
  const fields = analysedFields(corpus, analyzer);
  mini.addAll(
    corpus.passages.map((p, i) => {
      const [text, section, title] = fields(i);
      return { id: p.id, text: text.join(' '), section: section.join(' '), title: title.join(' ') };
    }),
  );
  return mini;
}

export interface SerialisedIndex {
  version: number;
  /** Hash of the corpus files and the thesaurus the index was built from. */
  contentHash: string;
  /** Terms joined by NUL, and their document frequencies. */
  dfTerms: string;
  dfCounts: number[];
  size: number;
  compact: SerialisedCompact;
}

export function serialiseIndex(index: SearchIndex, contentHash: string): string {
  const out: SerialisedIndex = {
    version: INDEX_FORMAT_VERSION,
    contentHash,
    dfTerms: [...index.df.keys()].join('\0'),
    dfCounts: [...index.df.values()],
    size: index.size,
    compact: serialiseCompact(index.compact),
  };
  return JSON.stringify(out);
}

/** Loads a serialised index, or returns undefined when it was built from other content or another version. */
export function loadSearchIndex(json: string, contentHash: string): SearchIndex | undefined {
  const data = JSON.parse(json) as SerialisedIndex;
  if (data.version !== INDEX_FORMAT_VERSION || data.contentHash !== contentHash) return undefined;
  const terms = data.dfTerms === '' ? [] : data.dfTerms.split('\0');
  const df = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) df.set(terms[i] as string, data.dfCounts[i] as number);
  return { compact: loadCompact(data.compact), df, size: data.size };
}
