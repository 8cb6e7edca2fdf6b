/**
 * The Answer: what the core returns for every request, as plain data (no Slack, Discord or terminal markup).
 * It is a tagged union on `kind`; every renderer handles it with an exhaustive switch.
 */
import type { SectionRole, StrengthLevel, StrengthOrigin, TableRow } from '../corpus/types.js';

export interface AnswerStrength {
  /** The level on the common order (drives the visual scale). */
  level: StrengthLevel;
  caveat: string;
  basis: string;
  /** The review's own scale ("five-level", "grade", or one it declares) and its display name. */
  scale: string;
  scaleName: string;
  /** The level's id on that scale and its own words ("Very low certainty (GRADE)"). */
  scaleLevel: string;
  words: string;
  /** Which annotation the strength came from (block, table row, section, default, or a role). */
  from: StrengthOrigin;
}

/** A findings-table row: the table's caption, header and footnotes and the row's cells, verbatim. */
export type AnswerTableRow = TableRow;

export interface AnswerReference {
  /** The inline citation as written, e.g. "(Feeley, 2021)". */
  text: string;
  key: string;
  /** The full reference in the document's citation style. */
  reference: string;
  /** Present when the citation is ambiguous (two or more references fit; `key` is then empty): their keys. */
  candidates?: string[] | undefined;
}

export interface AnswerPassage {
  id: string;
  /** Verbatim source text. */
  text: string;
  /** Heading path, top level first. */
  section: string[];
  docId: string;
  documentTitle: string;
  /** With more than one review loaded: the review's short title and year, for the passage's header. */
  review?: string;
  /** The review's own citation (Harvard by default). */
  citation: string;
  references: AnswerReference[];
  strength: AnswerStrength;
  role: SectionRole;
  score: number;
  /** Present when the passage is one row of a findings table. */
  table?: AnswerTableRow | undefined;
}

/** Something the core did to the input before answering (truncation, stripped characters). */
export interface InputNotice {
  code: 'truncated' | 'control_characters_removed';
  message: string;
}

interface AnswerBase {
  /** The question as answered (after clean-up), or the raw command text. */
  query: string;
  notices: InputNotice[];
}

export interface AnsweredAnswer extends AnswerBase {
  kind: 'answered';
  passages: AnswerPassage[];
  /** Paging: `offset` of the first passage shown, `total` passages that passed the evidence bar. */
  page: { offset: number; limit: number; total: number };
}

export interface NoMatchAnswer extends AnswerBase {
  kind: 'no_match';
  /** Up to three nearest section titles, to ask about instead. */
  suggestions: string[];
  /** With more than one review loaded: the review each suggestion comes from (short title and year), in order. */
  suggestionReviews?: string[];
}

export interface CitedReference {
  docId: string;
  documentTitle: string;
  key: string;
  reference: string;
  /** The same reference for reference managers. */
  bibtex: string;
  ris: string;
  /** Passages that cite this reference. */
  passages: AnswerPassage[];
}

export interface CiteAnswer extends AnswerBase {
  kind: 'cite';
  /** What the user asked to cite. */
  target: string;
  /** Empty when nothing matched: renderers say so and list the known references. */
  matches: CitedReference[];
  known: string[];
}

export interface SourceSummary {
  id: string;
  title: string;
  documentType: string;
  authors: string;
  year: number;
  publisher: string;
  url: string;
  citation: string;
  strength: AnswerStrength;
  passageCount: number;
  referenceCount: number;
  outsideFacts: string[];
}

export interface SourcesAnswer extends AnswerBase {
  kind: 'sources';
  documents: SourceSummary[];
  /** The review set that applies where this was asked (see Scope), when there is one. */
  scope?: string;
}

export interface HelpCommand {
  usage: string;
  description: string;
}

export interface HelpAnswer extends AnswerBase {
  kind: 'help';
  /** Why help is shown: the user asked, or the question was empty. */
  reason: 'asked' | 'empty_question';
  commands: HelpCommand[];
  examples: string[];
}

/**
 * Answering failed inside the core (a fault, not a property of the evidence): never reported as "no evidence
 * found". `reference` is the one in the error log line, for the user to quote.
 */
export interface ErrorAnswer extends AnswerBase {
  kind: 'error';
  code: 'E_ANSWER_FAILED';
  reference: string;
}

export type Answer = AnsweredAnswer | NoMatchAnswer | CiteAnswer | SourcesAnswer | HelpAnswer | ErrorAnswer;
export type AnswerKind = Answer['kind'];

/**
 * The reviews a question may be answered from: the review set of the place it was asked in (a scopes file maps
 * channels to sets). Questions, cite, sources, help examples, suggestions and completions see only these.
 */
export interface Scope {
  /** The set's name, as `sources` shows it. */
  name: string;
  /** Review (document) ids. */
  documents: readonly string[];
}

export interface AskOptions {
  /** Passages per page (default 3). */
  limit?: number;
  /** Index of the first passage to return, for "More results" (default 0). */
  offset?: number;
  /** Only these reviews (default: every review). */
  scope?: Scope;
}

/** The one port the adapters call. */
export interface EvidenceService {
  /**
   * Answers a question or a command ("cite X", "sources", "help"). Never throws for any input string: an
   * internal fault is logged and answered with kind `error` and the logged reference.
   */
  answer(input: string, options?: AskOptions): Answer;
  /** One passage by id, in full (for "Show full passage"), or undefined. */
  passage(id: string): AnswerPassage | undefined;
  /** Up to `limit` completions for a partly typed question: section titles and corpus words (of `scope`). */
  suggest(prefix: string, limit?: number, scope?: Scope): string[];
}
