/**
 * How much of a reference text (a hand-converted corpus file's body) appears word for word in a draft's body:
 * the share of its sentences found verbatim, whitespace collapsed. Headings count as sentences too; Markdown
 * heading and list marks do not. A second count takes curly and straight quotes as the same (as the loader does
 * for headings and quotes): a hand-converted file made from a source that writes ' may be compared with a
 * draft of the typeset PDF, which prints ’.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function bodyOf(file: string): string {
  const m = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(file);
  return m ? file.slice(m[0].length) : file;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function sentencesOf(body: string): string[] {
  const out: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const text = collapse(
      block
        .replace(/^#{1,6}\s+/gm, '')
        .replace(/^\s*[-*+]\s+/gm, '')
        .replace(/^<!--[\s\S]*-->$/, ''),
    );
    if (!text) continue;
    for (const { segment } of segmenter.segment(text)) {
      const s = segment.trim();
      if (/[\p{L}\p{N}]/u.test(s)) out.push(s);
    }
  }
  return out;
}

export interface VerbatimShare {
  total: number;
  found: number;
  missing: string[];
  /** Found when curly and straight quotes count as the same, and the sentences still missing then. */
  foundQuotesAside: number;
  missingQuotesAside: string[];
}

const straightQuotes = (s: string) => s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"');

/** The sentences of `reference` (a corpus file or body) found verbatim in `draft` (a corpus file or body). */
export function verbatimShare(reference: string, draft: string): VerbatimShare {
  const haystack = collapse(
    bodyOf(draft)
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/^\s*[-*+]\s+/gm, ''),
  );
  const sentences = sentencesOf(bodyOf(reference));
  const missing = sentences.filter((s) => !haystack.includes(s));
  const straight = straightQuotes(haystack);
  const missingQuotesAside = missing.filter((s) => !straight.includes(straightQuotes(s)));
  return {
    total: sentences.length,
    found: sentences.length - missing.length,
    missing,
    foundQuotesAside: sentences.length - missingQuotesAside.length,
    missingQuotesAside,
  };
}
