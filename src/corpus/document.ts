/**
 * One corpus file → a validated ReviewDocument and its passages, or the list of every problem found.
 */
import { createHash } from 'node:crypto';
import { chunkBody } from './chunk.js';
import { findCitations } from './citations.js';
import { type CorpusProblem, fieldPath } from './errors.js';
import { splitFrontMatter } from './front-matter.js';
import { parseBlocks } from './markdown.js';
import { formatReference, importBibtex } from './references.js';
import { frontMatterSchema } from './schema.js';
import { annotate } from './strength.js';
import type {
  CslItem,
  Passage,
  Reference,
  ReviewDocument,
  SectionAnnotation,
  UnresolvedCitation,
} from './types.js';

export interface ParsedFile {
  document?: ReviewDocument;
  passages: Passage[];
  problems: CorpusProblem[];
  unresolved: UnresolvedCitation[];
}

export function passageId(docId: string, text: string, seen: Set<string>): string {
  const normal = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const base = `${docId}:${createHash('sha1').update(normal).digest('hex').slice(0, 10)}`;
  let id = base;
  for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
  seen.add(id);
  return id;
}

export function parseCorpusFile(file: string, source: string): ParsedFile {
  const split = splitFrontMatter(file, source);
  const problems: CorpusProblem[] = [...split.problems];
  const out: ParsedFile = { passages: [], problems, unresolved: [] };
  if (split.data === undefined) return out;
  const parsed = frontMatterSchema.safeParse(split.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({
        file,
        line: split.lineOf(issue.path),
        field: fieldPath(issue.path),
        message: issue.message,
      });
    }
    return out;
  }
  const fm = parsed.data;
  const at = (path: PropertyKey[], message: string) =>
    problems.push({ file, line: split.lineOf(path), field: fieldPath(path), message });

  let items: CslItem[] = fm.references as CslItem[];
  if (fm.references_bibtex !== undefined) {
    try {
      items = [...items, ...importBibtex(fm.references_bibtex)];
    } catch (e) {
      at(['references_bibtex'], `BibTeX could not be read: ${(e as Error).message}`);
    }
  }
  const keys = new Set<string>();
  items.forEach((item, i) => {
    if (keys.has(item.id)) at(['references', i, 'id'], `duplicate reference key "${item.id}"`);
    keys.add(item.id);
    if (!item.author && !item.editor)
      at(['references', i, 'author'], 'a reference needs "author" or "editor"');
  });
  const references: Reference[] = items.map((csl) => ({
    key: csl.id,
    csl,
    formatted: formatReference(csl, fm.citation_style),
  }));

  const { headings } = parseBlocks(split.body);
  const headingTexts = new Set(headings.map((h) => h.text));
  const seenHeadings = new Set<string>();
  const sections: SectionAnnotation[] = fm.strength.sections.map((s, i) => {
    if (!headingTexts.has(s.heading)) {
      at(
        ['strength', 'sections', i, 'heading'],
        `no heading "${s.heading}" in the body (headings must match exactly)`,
      );
    }
    if (seenHeadings.has(s.heading))
      at(['strength', 'sections', i, 'heading'], `"${s.heading}" is annotated twice`);
    seenHeadings.add(s.heading);
    return {
      heading: s.heading,
      role: s.role,
      strength:
        s.level && s.caveat && s.basis ? { level: s.level, caveat: s.caveat, basis: s.basis } : undefined,
    };
  });

  const csl: CslItem = {
    id: fm.id,
    type: 'report',
    title: fm.title,
    author: fm.authors,
    issued: { 'date-parts': [[fm.year]] },
    publisher: fm.publisher,
    URL: fm.url,
  };
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
    citation: formatReference(csl, fm.citation_style),
    references,
    defaultStrength: fm.strength.default,
    sections,
    body: split.body,
    bodyLine: split.bodyLine,
    outsideFacts: fm.outside_facts,
  };

  const chunks = chunkBody(split.body);
  if (chunks.length === 0) {
    problems.push({ file, line: split.bodyLine, field: 'body', message: 'the body has no text to quote' });
  }
  const seen = new Set<string>();
  for (const c of chunks) {
    const text = split.body.slice(c.start, c.end);
    const { role, strength } = annotate(
      c.headingPath,
      sections,
      fm.strength.default,
      fm.strength.preamble_role,
    );
    const citations = [];
    for (const found of findCitations(text, references)) {
      const ref = references.find((r) => r.key === found.key);
      const line = split.bodyLine + split.body.slice(0, c.start + found.start).split('\n').length - 1;
      if (ref) citations.push({ text: found.text, key: ref.key, reference: ref.formatted });
      else out.unresolved.push({ file, line, text: found.text });
    }
    out.passages.push({
      id: passageId(fm.id, text, seen),
      docId: fm.id,
      text,
      headingPath: c.headingPath,
      start: c.start,
      end: c.end,
      role,
      strength,
      citations,
    });
  }
  out.document = document;
  return out;
}
