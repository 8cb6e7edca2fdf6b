/**
 * Chunking: the body's blocks → passages of whole sentences sized for a chat answer.
 *
 * Rules: never split a sentence; never merge across a heading; a paragraph longer than MAX_WORDS is cut
 * into balanced runs of sentences; a passage shorter than MIN_WORDS joins its neighbour in the same
 * section when the two fit in MAX_WORDS, otherwise it stands alone; a passage ending in a colon (it
 * introduces a list or a quotation) is never cut from what follows it in the section, whatever the size.
 * A table row is a passage of its own, and so is a block that carries its own annotation (a list with an
 * annotated item is cut into its items): neither is merged with a neighbour.
 */
import { type Block, parseBlocks } from './markdown.js';
import { type Span, sentenceSpans, wordCount } from './sentences.js';

export const MIN_WORDS = 40;
export const MAX_WORDS = 150;

export interface Chunk extends Span {
  headingPath: string[];
  /** 0-based body line where the chunk starts. */
  line: number;
  /** The table block, for a chunk that is one table row. */
  table?: Block | undefined;
}

interface Unit extends Span {
  words: number;
  line: number;
  /** Never merged with a neighbour (a table row, an annotated block). */
  alone?: boolean | undefined;
  table?: Block | undefined;
}

export interface ChunkOptions {
  /** Start offsets of annotated blocks (paragraphs, list items): each stays a passage of its own. */
  alone?: ReadonlySet<number> | undefined;
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
    const joins =
      last &&
      !last.alone &&
      !u.alone &&
      ((last.words < MIN_WORDS && last.words + u.words <= MAX_WORDS) || introduces(body, last));
    if (last && joins) {
      forward[forward.length - 1] = { ...last, end: u.end, words: last.words + u.words };
    } else forward.push({ ...u });
  }
  // Backward: a unit still short joins the one before it when the two fit.
  const out: Unit[] = [];
  for (const u of forward) {
    const last = out[out.length - 1];
    if (last && !last.alone && !u.alone && u.words < MIN_WORDS && last.words + u.words <= MAX_WORDS) {
      out[out.length - 1] = { ...last, end: u.end, words: last.words + u.words };
    } else out.push(u);
  }
  return out;
}

/** A block's units before merging: table rows alone; a list with an annotated item cut into its items. */
function blockUnits(body: string, b: Block, alone: ReadonlySet<number>): Unit[] {
  if (b.kind === 'table') {
    return b.items.map((r) => ({
      ...r,
      words: wordCount(body.slice(r.start, r.end)),
      alone: true,
      table: b,
    }));
  }
  const spans = b.kind === 'list' && b.items.some((i) => alone.has(i.start)) ? b.items : [b];
  return spans.flatMap((s) => {
    const words = wordCount(body.slice(s.start, s.end));
    const units = words > MAX_WORDS ? splitBlock(body, s.start, s.end, s.line) : [{ ...s, words }];
    return alone.has(s.start) ? units.map((u) => ({ ...u, alone: true })) : units;
  });
}

export function chunkBody(body: string, options: ChunkOptions = {}): Chunk[] {
  const alone = options.alone ?? new Set<number>();
  const { blocks } = parseBlocks(body);
  const chunks: Chunk[] = [];
  let section: { key: string; path: string[]; units: Unit[] } | undefined;
  const flush = () => {
    if (!section) return;
    for (const u of mergeShort(body, section.units)) {
      const chunk: Chunk = { start: u.start, end: u.end, headingPath: section.path, line: u.line };
      if (u.table) chunk.table = u.table;
      chunks.push(chunk);
    }
  };
  for (const b of blocks) {
    const key = b.headingPath.join('\u0000');
    if (!section || section.key !== key || sectionBroken(body, section.units, b.start)) {
      flush();
      section = { key, path: b.headingPath, units: [] };
    }
    section.units.push(...blockUnits(body, b, alone));
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
