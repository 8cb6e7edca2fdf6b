/**
 * The index options: field boosts and search defaults used by the compact index (index/compact.ts,
 * index/score.ts), and the one MiniSearch options constant for the reference MiniSearch index that
 * scripts/bench-verify.ts checks the compact scorer against.
 *
 * Fields hold text that the analyzer (analyzer.ts) has already turned into space-separated terms, so
 * MiniSearch's own tokenizer only splits on spaces and its term processing is the identity. This keeps
 * analysis to one pass per passage, and makes a serialised index independent of code that JSON cannot save.
 * Passage text is not stored in the index: it is looked up by id (smaller index, faster load).
 */
import type { Options, SearchOptions } from 'minisearch';

export interface IndexedFields {
  id: string;
  /** Analyzed terms of the passage text. */
  text: string;
  /** Analyzed terms of the heading path. */
  section: string;
  /** Analyzed terms of the document title. */
  title: string;
}

/**
 * Field boosts, with reasons. Headings name what a section is about in few words, so a match there is
 * strong evidence (1.5; at 2 a long heading full of the field's common words outranks the passage that answers). The title is shared by every passage of a document: it separates documents, not
 * passages (0.5). Text is the baseline (1).
 */
export const FIELD_BOOSTS = { text: 1, section: 1.5, title: 0.5 } as const;

/** Bump when analysis or options change: a serialised index with another version is rebuilt. */
export const INDEX_FORMAT_VERSION = 33;

const splitTerms = (s: string): string[] => (s === '' ? [] : s.split(' '));

export const SEARCH_DEFAULTS: SearchOptions = {
  combineWith: 'OR',
  boost: { ...FIELD_BOOSTS },
  tokenize: splitTerms,
  processTerm: (t: string) => t,
  /** Typos: one edit from 5 letters, two from 9; never more (unbounded fuzzy search explodes on big indexes). */
  fuzzy: (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
  maxFuzzy: 2,
  weights: { fuzzy: 0.35, prefix: 0.5 },
};

export const INDEX_OPTIONS: Options<IndexedFields> = {
  idField: 'id',
  fields: ['text', 'section', 'title'],
  storeFields: [],
  tokenize: splitTerms,
  processTerm: (t: string) => t,
  searchOptions: SEARCH_DEFAULTS,
};
