/**
 * A passage's inline citations → the ResolvedCitations it carries and the warnings corpus:check prints.
 * An ambiguous citation (two references fit) is carried as ambiguous, with every candidate, never as one; one
 * that fits no reference is carried as such (NOT_IN_LIST), never dropped.
 */
import { findCitations, findNumberedCitations } from './citations.js';
import type { Reference, ResolvedCitation } from './types.js';

/** What an answer shows for a citation that fits no reference of its review. */
export const NOT_IN_LIST = "not found in this review's reference list";

export interface CitationWarning {
  /** Offset of the citation in the passage text. */
  offset: number;
  text: string;
  problem: string;
  /** Several references fit (rather than none). */
  ambiguous: boolean;
}

export function passageCitations(
  text: string,
  references: readonly Reference[],
  style: 'author-year' | 'numbered',
): { citations: ResolvedCitation[]; warnings: CitationWarning[] } {
  const citations: ResolvedCitation[] = [];
  const warnings: CitationWarning[] = [];
  const refs = [...references];
  const found = style === 'numbered' ? findNumberedCitations(text, refs) : findCitations(text, refs);
  for (const f of found) {
    const ref = references.find((r) => r.key === f.key);
    if (ref) {
      citations.push({
        text: f.text,
        key: ref.key,
        get reference() {
          return ref.formatted;
        },
      });
      continue;
    }
    if (f.candidates.length > 1) {
      const fits = f.candidates
        .map((k) => references.find((r) => r.key === k))
        .filter((r) => r !== undefined);
      citations.push({
        text: f.text,
        key: '',
        candidates: [...f.candidates],
        get reference() {
          return `ambiguous: fits ${fits.length} references: ${fits.map((r) => r.formatted).join(' | ')}`;
        },
      });
      warnings.push({
        offset: f.start,
        text: f.text,
        ambiguous: true,
        problem: `is ambiguous: it fits ${f.candidates.length} references (${f.candidates.join(', ')}); name more authors or add a year letter (2011a)`,
      });
      continue;
    }
    // Carried too, so that an answer quoting the passage says the citation is not in the list rather than
    // leaving it without a word (the reader would otherwise take it for one the bot left out).
    citations.push({
      text: f.text,
      key: '',
      candidates: [],
      reference: NOT_IN_LIST,
    });
    const problem =
      f.number === undefined
        ? 'matches no reference in the front matter'
        : `cites number ${f.number}, which no reference in the front matter has`;
    warnings.push({ offset: f.start, text: f.text, problem, ambiguous: false });
  }
  return { citations, warnings };
}
