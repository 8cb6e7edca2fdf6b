/**
 * One corpus file → a validated ReviewDocument and its passages, or the list of every problem found.
 */
import { createHash } from 'node:crypto';
import { resolveAnnotations } from './annotations.js';
import { chunkBody } from './chunk.js';
import { inferCitationStyle } from './citations.js';
import { type CorpusProblem, fieldPath } from './errors.js';
import {
  checkLevels,
  checkSectionHeadings,
  collectReferences,
  type Report,
  reportSchemaIssues,
} from './file-checks.js';
import { splitFrontMatter } from './front-matter.js';
import { parseBlocks, unescapeText } from './markdown.js';
import { passageCitations } from './passage-citations.js';
import { lazyFormatted } from './references.js';
import { frontMatterSchema } from './schema.js';
import { type AnnotationSet, annotate } from './strength.js';
import type { CslItem, Passage, Reference, ReviewDocument, UnresolvedCitation } from './types.js';

/** Headings of a review's own reference list, whose entries are not inline citations. */
const REFERENCE_LIST = /^(?:references?|reference list|bibliography|works cited|sources cited)$/i;

export interface ParsedFile {
  document?: ReviewDocument;
  passages: Passage[];
  problems: CorpusProblem[];
  unresolved: UnresolvedCitation[];
}

/** 0-based line of a character offset, by binary search over line starts (not a re-split per lookup). */
function lineOfOffset(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * A passage's id: the document id and a hash of its normalised text; the 2nd, 3rd… passage with the same
 * text gets -2, -3…. `seen` counts each base id, so assigning ids is linear however many passages repeat
 * (probing -2, -3… one at a time made 10k identical passages take 20 s). A suffixed id cannot equal a base
 * id: the hash is hex, with no "-".
 */
export function passageId(docId: string, text: string, seen: Map<string, number>): string {
  const normal = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const base = `${docId}:${createHash('sha1').update(normal).digest('hex').slice(0, 10)}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

export function parseCorpusFile(file: string, source: string): ParsedFile {
  const split = splitFrontMatter(file, source);
  const problems: CorpusProblem[] = [...split.problems];
  const out: ParsedFile = { passages: [], problems, unresolved: [] };
  if (split.data === undefined) {
    // The YAML could not be read: the body's own checks still report.
    if (
      split.problems.every((p) => p.message.startsWith('YAML')) &&
      parseBlocks(split.body).blocks.length === 0
    )
      problems.push({ file, line: split.bodyLine, field: 'body', message: 'the body has no text to quote' });
    return out;
  }
  const at: Report = (path, message) =>
    problems.push({ file, line: split.lineOf(path), field: fieldPath(path), message });
  const parsed = frontMatterSchema.safeParse(split.data);
  if (!parsed.success) reportSchemaIssues(parsed.error.issues, at);
  const { blocks, headings } = parseBlocks(split.body);
  checkSectionHeadings(split.data, headings, at);
  checkLevels(split.data, at);
  const items = collectReferences(split.data, at);
  if (blocks.length === 0) {
    problems.push({ file, line: split.bodyLine, field: 'body', message: 'the body has no text to quote' });
  }
  if (!parsed.success || problems.length > 0) return out;
  const fm = parsed.data;
  const annotations = resolveAnnotations(fm, {
    body: split.body,
    blocks,
    headings,
    bodyLine: split.bodyLine,
    lineOf: split.lineOf,
    report: at,
  });
  if (!annotations) return out;
  const blockAt = new Map(annotations.blocks.map((b) => [b.start, b]));
  const chunks = chunkBody(split.body, { alone: new Set(blockAt.keys()) });

  // Formatted on first use (see lazyFormatted): loading thousands of references stays fast.
  const references: Reference[] = items.map((csl) => {
    const format = lazyFormatted(csl, fm.citation_style);
    return {
      key: csl.id,
      csl,
      get formatted() {
        return format();
      },
    };
  });
  const set: AnnotationSet = {
    scale: annotations.scale,
    sections: annotations.sections,
    defaultStrength: annotations.defaultStrength,
    preambleRole: fm.strength.preamble_role,
    preambleLine: split.lineOf(['strength', 'preamble_role']),
  };

  const csl: CslItem = {
    id: fm.id,
    type: 'report',
    title: fm.title,
    author: fm.authors,
    issued: { 'date-parts': [[fm.year]] },
    publisher: fm.publisher,
    URL: fm.url,
  };
  const formatCitation = lazyFormatted(csl, fm.citation_style);
  const document: ReviewDocument = {
    id: fm.id,
    file,
    title: fm.title,
    documentType: fm.document_type,
    authors: fm.authors,
    year: fm.year,
    publisher: fm.publisher,
    url: fm.url,
    csl,
    get citation() {
      return formatCitation();
    },
    references,
    inlineCitations: 'author-year',
    defaultStrength: annotations.defaultStrength,
    sections: annotations.sections,
    blocks: annotations.blocks,
    body: split.body,
    bodyLine: split.bodyLine,
    outsideFacts: fm.outside_facts,
    tags: fm.tags,
  };

  const citationStyle = fm.inline_citations ?? inferCitationStyle(split.body, references);
  document.inlineCitations = citationStyle;
  const seen = new Map<string, number>();
  const lineIndex = lineOfOffset(split.body);
  for (const c of chunks) {
    const text = unescapeText(split.body.slice(c.start, c.end));
    const { role, strength } = annotate(c.headingPath, set, blockAt.get(c.start));
    // A reference list is not a passage that cites its entries.
    const inReferenceList = REFERENCE_LIST.test(c.headingPath[c.headingPath.length - 1] ?? '');
    const { citations, warnings } = inReferenceList
      ? { citations: [], warnings: [] }
      : passageCitations(text, references, citationStyle);
    for (const w of warnings) {
      out.unresolved.push({
        file,
        line: split.bodyLine + lineIndex(c.start + w.offset),
        text: w.text,
        problem: w.problem,
        ambiguous: w.ambiguous,
      });
    }
    const passage: Passage = {
      id: passageId(fm.id, text, seen),
      docId: fm.id,
      text,
      headingPath: c.headingPath,
      start: c.start,
      end: c.end,
      role,
      strength,
      citations,
    };
    const row = annotations.rows.get(c.start);
    if (row) passage.table = row;
    out.passages.push(passage);
  }
  out.document = document;
  return out;
}
