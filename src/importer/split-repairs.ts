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
        if (between[0]?.kind === 'heading')
          log.add(
            'split-sentence',
            'sentences split by a boxed section joined with one space, the boxed section moved to the end of the section',
            `${example} (${what})`,
          );
        else
          log.add(
            'split-sentence-box',
            'sentences split by a box or figure joined with one space, the interruption placed after the paragraph',
            `${example} (${what})`,
          );
      } else {
        log.add('split-paragraph', 'paragraphs broken in mid-sentence joined with one space', example);
      }
      out.splice(i, j - i + 1, { kind: 'paragraph', text: `${p.text}\n${q.text}` });
      // The interruption goes straight after the paragraph (placeBoxes moves a box on if it has to). A boxed
      // section of a text extraction (a heading and its paragraphs) goes to the end of the section: its end
      // is not marked, and straight after the paragraph its heading would take in the rest of the section.
      let end = i + 1;
      if (between[0]?.kind === 'heading') while (end < out.length && out[end]?.kind !== 'heading') end++;
      out.splice(end, 0, ...between);
      i--;
      break;
    }
  }
  return out;
}

/**
 * A box with a title is written as a section of its own (a heading one level down), and a section runs to the
 * next heading. So a box stays straight after the paragraph it follows (or interrupts) only when no more
 * text of its section follows; otherwise it goes to the end of the section, where its heading takes in only
 * its own text, and the move is listed. Without that, the rest of the section would read as part of the box
 * (and take its role: a box about the review would make the findings after it "about" too).
 */
export function placeBoxes(blocks: Block[], log: RepairLog): Block[] {
  const out = [...blocks];
  for (let i = out.length - 1; i >= 0; i--) {
    const box = out[i];
    if (box?.kind !== 'box' || !box.title) continue;
    let end = i + 1;
    while (end < out.length && out[end]?.kind !== 'heading' && out[end]?.kind !== 'box') end++;
    const after = out.slice(i + 1, end).filter((b) => b.kind !== 'caption');
    if (after.length === 0) continue;
    out.splice(i, 1);
    out.splice(end - 1, 0, box);
    log.add(
      'box-moved',
      "boxes placed at the end of their section, not straight after the paragraph they follow (there, the box's heading would take in the rest of the section)",
      `"${box.title}" (${after.length} block(s) of the section before it)`,
    );
  }
  return out;
}
