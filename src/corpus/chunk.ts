/**
 * Chunking: the body's blocks → passages of whole sentences sized for a chat answer.
 *
 * Rules: never split a sentence; never merge across a heading; a paragraph longer than MAX_WORDS is cut
 * into balanced runs of sentences; a passage shorter than MIN_WORDS joins its neighbour in the same
 * section when the two fit in MAX_WORDS, otherwise it stands alone; a passage ending in a colon (it
 * introduces a list or a quotation) is never cut from what follows it in the section, whatever the size.
 */
import { parseBlocks } from './markdown.js';
import { type Span, sentenceSpans, wordCount } from './sentences.js';

export const MIN_WORDS = 40;
export const MAX_WORDS = 150;

export interface Chunk extends Span {
  headingPath: string[];
  /** 0-based body line where the chunk starts. */
  line: number;
}

interface Unit extends Span {
  words: number;
  line: number;
}

/** Cuts one over-long block into runs of sentences of about equal length. */
function splitBlock(body: string, start: number, end: number, line: number): Unit[] {
  const sentences = sentenceSpans(body, start, end).map((s) => ({
    ...s,
    words: wordCount(body.slice(s.start, s.end)),
  }));
  const total = sentences.reduce((n, s) => n + s.words, 0);
  const pieces = Math.ceil(total / MAX_WORDS);
  const target = total / pieces;
  const units: Unit[] = [];
  let current: Unit | undefined;
  for (const s of sentences) {
    if (current && current.words + s.words > MAX_WORDS && !introduces(body, current)) {
      units.push(current);
      current = undefined;
    }
    current = current ? { ...current, end: s.end, words: current.words + s.words } : { ...s, line };
    if (current.words >= target && units.length < pieces - 1 && !introduces(body, current)) {
      units.push(current);
      current = undefined;
    }
  }
  if (current) units.push(current);
  // Lines of units after the first are approximate (the block's line plus newlines before them).
  for (const u of units) u.line = line + (body.slice(start, u.start).match(/\n/g)?.length ?? 0);
  return units;
}

/** Text ending in a colon introduces what follows ("young people need to:" and then the list). */
const introduces = (body: string, u: Span): boolean => /:\s*$/.test(body.slice(u.start, u.end));

function mergeShort(body: string, units: Unit[]): Unit[] {
  // Forward: a short unit takes in the next one when the two fit; an introduction always does.
  const forward: Unit[] = [];
  for (const u of units) {
    const last = forward[forward.length - 1];
    if (last && ((last.words < MIN_WORDS && last.words + u.words <= MAX_WORDS) || introduces(body, last))) {
      forward[forward.length - 1] = { ...last, end: u.end, words: last.words + u.words };
    } else forward.push({ ...u });
  }
  // Backward: a unit still short joins the one before it when the two fit.
  const out: Unit[] = [];
  for (const u of forward) {
    const last = out[out.length - 1];
    if (last && u.words < MIN_WORDS && last.words + u.words <= MAX_WORDS) {
      out[out.length - 1] = { ...last, end: u.end, words: last.words + u.words };
    } else out.push(u);
  }
  return out;
}

export function chunkBody(body: string): Chunk[] {
  const { blocks } = parseBlocks(body);
  const chunks: Chunk[] = [];
  let section: { key: string; path: string[]; units: Unit[] } | undefined;
  const flush = () => {
    if (!section) return;
    for (const u of mergeShort(body, section.units)) {
      chunks.push({ start: u.start, end: u.end, headingPath: section.path, line: u.line });
    }
  };
  for (const b of blocks) {
    const key = b.headingPath.join('\u0000');
    if (!section || section.key !== key || sectionBroken(body, section.units, b.start)) {
      flush();
      section = { key, path: b.headingPath, units: [] };
    }
    const words = wordCount(body.slice(b.start, b.end));
    if (words > MAX_WORDS) section.units.push(...splitBlock(body, b.start, b.end, b.line));
    else section.units.push({ start: b.start, end: b.end, words, line: b.line });
  }
  flush();
  return chunks;
}

/** Two blocks with the same heading path but a heading between them (a repeated heading) stay apart. */
function sectionBroken(body: string, units: Unit[], nextStart: number): boolean {
  const last = units[units.length - 1];
  if (!last) return false;
  return /^#{1,6}[ \t]/m.test(body.slice(last.end, nextStart));
}
