/**
 * Plain text (a text extraction of a report): paragraphs are separated by blank lines; a short unpunctuated
 * line on its own is a heading; "Figure 1: …" alone is a caption; "- " or a bullet glyph opens a list item.
 * Headings carry no level in plain text: all are written as "##" and the owner may adjust the levels.
 */
import type { Block } from './blocks.js';
import { isCaption, looksLikeHeading } from './paragraph-kinds.js';

export function extractText(text: string): Block[] {
  const blocks: Block[] = [];
  const paragraphs = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\s+|\s+$/g, ''))
    .filter((p) => p.length > 0);
  for (const [i, p] of paragraphs.entries()) {
    // A line followed by a paragraph that starts in lower case is the first half of a split sentence.
    const continued = /^\p{Ll}/u.test(paragraphs[i + 1] ?? '');
    const lines = p.split('\n');
    if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
      for (const l of lines) blocks.push({ kind: 'list-item', text: l.replace(/^\s*[-*]\s+/, '') });
    } else if (lines.length === 1 && isCaption(p)) {
      blocks.push({ kind: 'caption', text: p });
    } else if (lines.length === 1 && !continued && looksLikeHeading(p)) {
      blocks.push({ kind: 'heading', level: 2, text: p });
    } else {
      blocks.push({ kind: 'paragraph', text: p });
    }
  }
  return blocks;
}
