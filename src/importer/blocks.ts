/**
 * The neutral model every extractor produces: the source as a list of blocks, its metadata, its reference
 * list and a log of every change made to its words. One writer (draft-writer.ts) turns it into a draft.
 */
import type { RepairLog } from './repairs.js';

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list-item'; text: string; depth?: number }
  | { kind: 'table'; header: string[]; rows: string[][]; caption?: string }
  | { kind: 'caption'; text: string }
  /** A box or sidebar: a section of its own, placed by the writer where the extractor put it. */
  | { kind: 'box'; title: string; blocks: Block[] }
  | { kind: 'footnote'; text: string };

/** One metadata value and whether it was guessed (from the first page, the file name …) rather than read from
 * the document's own metadata. A guessed value is marked for the owner to check. */
export interface Guess<T> {
  value: T;
  guessed: boolean;
  /** Where it came from, shown in the draft's comment. */
  from: string;
}

export interface Person {
  family?: string;
  given?: string;
  literal?: string;
}

export interface Metadata {
  title?: Guess<string>;
  authors?: Guess<Person[]>;
  year?: Guess<number>;
  publisher?: Guess<string>;
  url?: Guess<string>;
  doi?: Guess<string>;
  documentType?: Guess<string>;
}

/** A reference as the source gives it: either already CSL (from a .bib, .ris or JATS) or the entry's text. */
export type SourceReference = { csl: Record<string, unknown> } | { text: string; number?: string };

export interface Extraction {
  format: string;
  blocks: Block[];
  metadata: Metadata;
  references: SourceReference[];
  repairs: RepairLog;
  /** What was read: "12 pages", "9 chapters", "1 file". */
  read: { count: number; unit: string };
  /** The files the body came from (for source.file). */
  files: string[];
  /** A layout format (plain text, PDF, Word): paragraphs may be split by boxes, figures and page breaks. */
  layout?: boolean;
  /** Pandoc/LaTeX citation keys used in the body, mapped to the written citation where we could. */
  citationKeys?: string[];
}
