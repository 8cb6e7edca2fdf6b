/**
 * Structural repairs for layout formats (plain text, PDF, Word): a sentence split in two by a box, a figure or
 * a page break is joined again and whatever interrupted it is moved after the paragraph; a paragraph broken
 * in mid-sentence is joined. A paragraph "ends" only at sentence punctuation; the continuation is the next
 * paragraph that starts with a lower-case letter, unless another paragraph that does not end comes first.
 */
import type { Block } from './blocks.js';
import type { RepairLog } from './repairs.js';

const ENDS_SENTENCE = /[.!?:;…]["”’')\]*_]*\s*$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;
/** How many blocks a box or figure between the halves may hold. */
const MAX_BETWEEN = 12;

function tail(text: string): string {
  return `…${text.slice(-30).replace(/\s+/g, ' ').trim()}`;
}
function head(text: string): string {
  return `${text.slice(0, 30).replace(/\s+/g, ' ').trim()}…`;
}

function interrupter(between: Block[]): string | undefined {
  const first = between[0];
  if (!first) return undefined;
  if (first.kind === 'box') return `box "${first.title}"`;
  if (first.kind === 'heading') return `boxed section "${first.text}"`;
  if (first.kind === 'caption') return `caption "${first.text}"`;
  return undefined;
}

export function joinSplitSentences(blocks: Block[], log: RepairLog): Block[] {
  const out = [...blocks];
  for (let i = 0; i < out.length; i++) {
    const p = out[i];
    if (p?.kind !== 'paragraph' || ENDS_SENTENCE.test(p.text)) continue;
    for (let j = i + 1; j < out.length && j <= i + 1 + MAX_BETWEEN; j++) {
      const q = out[j];
      if (q?.kind !== 'paragraph') continue;
      if (!STARTS_LOWER.test(q.text)) {
        // A paragraph in between that does not end a sentence either is the nearer one to continue.
        if (j === i + 1 || !ENDS_SENTENCE.test(q.text)) break;
        continue;
      }
      const between = out.slice(i + 1, j);
      const what = interrupter(between);
      if (j > i + 1 && (!what || between.filter((b) => b.kind === 'heading').length > 1)) break;
      const example = `"${tail(p.text)}" / "${head(q.text)}"`;
      if (what) {
        log.add(
          'split-sentence',
          'sentences split by a box, figure or page break joined with one space, the interruption moved to the end of the section',
          `${example} (${what})`,
        );
      } else {
        log.add('split-paragraph', 'paragraphs broken in mid-sentence joined with one space', example);
      }
      out.splice(i, j - i + 1, { kind: 'paragraph', text: `${p.text}\n${q.text}` });
      // The interruption goes after the paragraph, at the end of its section: placed straight after the
      // paragraph, a boxed section's heading would take in the rest of the section.
      let end = i + 1;
      while (end < out.length && out[end]?.kind !== 'heading') end++;
      out.splice(end, 0, ...between);
      i--;
      break;
    }
  }
  return out;
}
