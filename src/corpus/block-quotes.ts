/**
 * The blocks a block annotation can name (paragraphs, list items, table rows) and the matching of a quote
 * of a block's opening words to exactly one of them.
 */
import { editDistance } from './citations.js';
import { normalText } from './headings.js';
import { type Block, LIST_ITEM } from './markdown.js';

export interface Target {
  start: number;
  end: number;
  /** 0-based body line. */
  line: number;
  kind: 'paragraph' | 'item' | 'row';
  /** The block's text without its list marker or leading "|", in normal form. */
  opening: string;
  block: Block;
}

export function annotationTargets(body: string, blocks: readonly Block[]): Target[] {
  const targets: Target[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      targets.push({
        ...span(b),
        kind: 'paragraph',
        opening: normalText(body.slice(b.start, b.end)),
        block: b,
      });
      continue;
    }
    for (const item of b.items) {
      const raw = body.slice(item.start, item.end);
      const text = b.kind === 'list' ? raw.replace(LIST_ITEM, '') : raw.replace(/^\s*\|/, '');
      targets.push({
        ...span(item),
        kind: b.kind === 'list' ? 'item' : 'row',
        opening: normalText(text),
        block: b,
      });
    }
  }
  return targets;
}

const span = (s: { start: number; end: number; line: number }) => ({
  start: s.start,
  end: s.end,
  line: s.line,
});

export type QuoteMatch = { target: Target } | { problem: string };

/** The one target whose opening words are the quote; or why not (with the nearest openings, or the lines). */
export function matchQuote(quote: string, targets: readonly Target[], bodyLine: number): QuoteMatch {
  const want = normalText(quote);
  const hits = targets.filter((t) => t.opening.startsWith(want));
  const [first] = hits;
  if (first && hits.length === 1) return { target: first };
  if (hits.length > 1) {
    const lines = hits.map((t) => bodyLine + t.line).join(', ');
    return { problem: `quote "${quote}" opens ${hits.length} blocks (lines ${lines}): quote more words` };
  }
  const nearest = [...targets]
    .map((t) => ({ t, d: editDistance(want, t.opening.slice(0, want.length), want.length) }))
    .sort((a, b) => a.d - b.d || a.t.start - b.t.start)
    .slice(0, 3)
    .map(({ t }) => `line ${bodyLine + t.line}: "${opening(t.opening)}"`);
  return {
    problem: `quote "${quote}" opens no paragraph, list item or table row${nearest.length > 0 ? `; nearest: ${nearest.join('; ')}` : ''}`,
  };
}

function opening(text: string): string {
  const words = text.split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : text;
}
