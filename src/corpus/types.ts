/**
 * Plain data produced by the corpus layer: documents as loaded, and the passages they are chunked into.
 * Nothing here knows about search, chat platforms or logging.
 */

/** The fixed strength scale. docs/corpus-format.md says what each level means. */
export const STRENGTH_LEVELS = ['strong', 'moderate', 'limited', 'insufficient', 'not_assessed'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];

/** Where a passage's strength came from: nearest wins (block or table row, then section, then default). */
export interface StrengthOrigin {
  kind: 'block' | 'table' | 'section' | 'default' | 'role';
  /** The annotation's own key: a block's quote, a table's caption quote, a heading, or "strength.default". */
  annotation: string;
  /** 1-based line in the file of the annotation (front matter), or of the heading/block for roles. */
  line: number;
}

/** A strength annotation: the review's own judgement, never ours. */
export interface Strength {
  /** The level on the common order (drives the visual scale). */
  level: StrengthLevel;
  /** The caveat in plain words, as it must be shown beside the finding. */
  caveat: string;
  /** Where in the review the judgement is made (a section heading). */
  basis: string;
  /** The review's own scale: its id ("five-level", "grade", or one the file declares) and display name. */
  scale: string;
  scaleName: string;
  /** The level's id on that scale ("very_low") and its own words ("Very low certainty (GRADE)"). */
  scaleLevel: string;
  words: string;
  from: StrengthOrigin;
}

/**
 * "finding": the review's results. "about": text about the review itself (authors, context, method, contact).
 * "assessment": the review's assessment of its own evidence (neither a finding nor unassessed).
 */
export const SECTION_ROLES = ['finding', 'about', 'assessment'] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

/** A CSL-JSON name. */
export interface CslName {
  family?: string | undefined;
  given?: string | undefined;
  literal?: string | undefined;
  'non-dropping-particle'?: string | undefined;
  'dropping-particle'?: string | undefined;
  suffix?: string | undefined;
}

/** A CSL-JSON item, as far as we use it; other CSL fields pass through untouched. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[] | undefined;
  issued?: { 'date-parts'?: (string | number)[][] | undefined; literal?: string | undefined } | undefined;
  [field: string]: unknown;
}

/** One entry of a review's reference list, formatted once at load time. */
export interface Reference {
  key: string;
  csl: CslItem;
  /** The full reference in the document's citation style (Harvard by default). */
  formatted: string;
}

/** A per-section strength override or role label, keyed by the section's heading text as the body writes it. */
export interface SectionAnnotation {
  heading: string;
  role: SectionRole;
  strength?: Strength | undefined;
  /** 1-based file line of the annotation. */
  line: number;
}

/** A block annotation resolved to one body block (paragraph, list item or table row), by its start offset. */
export interface BlockAnnotation {
  start: number;
  role?: SectionRole | undefined;
  strength?: Strength | undefined;
  /** The annotation's quote (or, for a table row, its table's caption quote) and its 1-based file line. */
  quote: string;
  line: number;
}

/** A table row passage's table: every string is a trimmed slice of the body (the verbatim rule). */
export interface TableRow {
  caption: string;
  header: string[];
  cells: string[];
  footnotes: string[];
}

export interface ReviewDocument {
  id: string;
  /** Absolute or project-relative path of the Markdown file it came from. */
  file: string;
  title: string;
  documentType: string;
  authors: CslName[];
  year: number;
  publisher: string;
  url: string;
  /** The review itself as a CSL item, used for its citation and BibTeX/RIS export. */
  csl: CslItem;
  /** The review's citation in the default style. */
  citation: string;
  references: Reference[];
  /** How the body cites them: the front matter's `inline_citations`, or what the body shows (inferCitationStyle). */
  inlineCitations: 'author-year' | 'numbered';
  defaultStrength: Strength;
  sections: SectionAnnotation[];
  blocks: BlockAnnotation[];
  /** The Markdown body after the front matter, verbatim. */
  body: string;
  /** 1-based line number in the file at which the body starts. */
  bodyLine: number;
  /** Facts from outside the source text, marked as such in the file. */
  outsideFacts: string[];
  /** Labels for grouping reviews (a scopes file can name a tag instead of each review id). */
  tags: string[];
}

/** An inline citation found in a passage, resolved to a reference of the same document. */
export interface ResolvedCitation {
  /** The citation as written in the source, e.g. "(Fixen and Blase, 2019)". */
  text: string;
  /** The reference's key; empty when the citation resolves to no single reference (see candidates). */
  key: string;
  /**
   * The full reference, formatted; for an ambiguous citation, says so and gives every candidate; for one that
   * fits no reference, says that it is not in the review's reference list.
   */
  reference: string;
  /**
   * Present when the citation resolves to no single reference: the keys of the two or more that fit equally
   * (never resolved to one of them), or none when no reference fits.
   */
  candidates?: string[] | undefined;
}

export interface Passage {
  /** Stable: derived from the document id and the passage's own text only. */
  id: string;
  docId: string;
  /** Verbatim: always equal to unescapeText(document.body.slice(start, end)) (docs/corpus-format.md). */
  text: string;
  /** Headings from the top level down to the passage's own section. */
  headingPath: string[];
  start: number;
  end: number;
  role: SectionRole;
  strength: Strength;
  citations: ResolvedCitation[];
  /** For a row of a Markdown pipe table: the table's caption, header and footnotes, and the row's cells. */
  table?: TableRow | undefined;
}

/** An author–year citation that matched no reference. Reported by corpus:check, never fatal. */
export interface UnresolvedCitation {
  file: string;
  line: number;
  /** The whole citation as written ("Cohen’s (1988)", "(Smith and Brown, 2011)"). */
  text: string;
  /** What is wrong: it matches no reference, or fits several (ambiguous). */
  problem: string;
  /** Several references fit (rather than none). */
  ambiguous: boolean;
}

/** The domain thesaurus (thesaurus.yml in the corpus directory): synonym groups and generic words. */
export interface ThesaurusData {
  /** Each group: canonical form first, then the words and phrases read as it. */
  groups: string[][];
  /** Words that alone do not show a question is about the corpus. */
  generic: string[];
}

export interface Corpus {
  documents: ReviewDocument[];
  thesaurus: ThesaurusData;
  passages: Passage[];
  unresolved: UnresolvedCitation[];
}
