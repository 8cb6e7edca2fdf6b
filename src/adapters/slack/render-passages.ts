/**
 * Passages as Block Kit: the quote (a rich text quote, the source's emphasis bold or italic, every other
 * character as written), "Show full passage" when it is cut, a context line with the citation, heading path
 * and the studies it cites, and a strength line with the scale and the caveat (and a table row's caption and
 * notes). Laid out against the message budget: quotes
 * shrink (cut at a sentence, with "Show full passage") and, when even that is not enough, fewer passages are
 * shown (the rest stay behind "More results"). Citations and caveats are never cut for space.
 */
import type { AnswerPassage } from '../../retrieval/answer.js';
import { headingPath } from '../shared/citation.js';
import { cutRuns, quoteRuns } from '../shared/quote-runs.js';
import { strengthLine } from '../shared/strength.js';
import { quoteText, tableNotes } from '../shared/table-row.js';
import { splitAtSentences } from '../shared/truncate.js';
import { ACTION } from './action-ids.js';
import { actions, type Block, button, literalContext, messageSize, richQuote } from './blocks.js';
import { SLACK_LIMITS as L } from './limits.js';

export const passageBlockId = (index: number, part: 'quote' | 'full' | 'src' | 'str') => `p${index}:${part}`;

/** Blocks a passage takes at most: quote, "Show full passage", source, strength. */
const BLOCKS_PER_PASSAGE = 4;

/**
 * Lines as context elements: packed whole, joined by line breaks, into as few elements as fit (a line longer
 * than an element is split at sentences); at most `max` elements, the last taking whatever is left.
 */
function packed(lines: readonly string[], max: number): string[] {
  const pieces = lines.flatMap((l) => splitAtSentences(l, L.contextElementText));
  const out: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const next = current === '' ? piece : `${current}\n${piece}`;
    if (current === '' || next.length <= L.contextElementText || out.length === max - 1) current = next;
    else {
      out.push(current);
      current = piece;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

export interface PassageMeta {
  blocks: Block[];
  /** The table's notes were cut for space: the passage offers its full view. */
  notesCut: boolean;
}

/**
 * The context and strength blocks: everything shown with a passage except its quote. A table row's caption
 * and notes are shown up to `notesMax` characters (cut beyond, with "…").
 */
export function metaBlocks(p: AnswerPassage, index: number, notesMax: number = L.tableNotes): PassageMeta {
  // Corpus text is sent as plain text: shown as written, so no *, _, ~ or ` in a citation, heading, caveat or
  // table note is taken as mrkdwn formatting, and nothing in it can mention anyone or link.
  const elements = [`Source: ${p.citation}`];
  const path = headingPath(p.section);
  // With several reviews loaded, the passage names its review before its heading path.
  const where = [p.review ?? '', path].filter((x) => x !== '').join(' › ');
  if (where !== '') elements.push(where);
  const refs = p.references.map((r) => `Cites ${r.text}: ${r.reference}`);
  const room = L.contextElements - elements.length;
  const head = refs.slice(0, room - 1);
  const tail = refs.slice(room - 1);
  elements.push(...head);
  if (tail.length > 0) elements.push(tail.join('\n'));
  const notes = tableNotes(p, notesMax);
  return {
    blocks: [
      literalContext(elements, passageBlockId(index, 'src')),
      literalContext(
        [strengthLine(p.strength), ...packed(notes.lines, L.contextElements - 1)],
        passageBlockId(index, 'str'),
      ),
    ],
    notesCut: notes.cut,
  };
}

function passageBlocks(p: AnswerPassage, index: number, quoteMax: number, meta: PassageMeta): Block[] {
  const quote = cutRuns(quoteRuns(quoteText(p)), Math.min(quoteMax, L.richTextQuote));
  const full =
    quote.cut || meta.notesCut
      ? [
          actions(
            [button(`${ACTION.full}:${index}`, 'Show full passage', p.id)],
            passageBlockId(index, 'full'),
          ),
        ]
      : [];
  return [richQuote(quote.runs, passageBlockId(index, 'quote')), ...full, ...meta.blocks];
}

export interface PassageLayout {
  blocks: Block[];
  /** Each shown passage's blocks, in order (`blocks` is their concatenation). */
  groups: Block[][];
  /** How many of the passages (from the first) are shown. */
  shown: number;
}

/**
 * Lays out as many passages as fit in `budget` visible characters and `maxBlocks` blocks (at least one).
 * `firstIndex` numbers the blocks, so that several layouts can share one message.
 */
export function layoutPassages(
  passages: AnswerPassage[],
  budget: number,
  maxBlocks: number,
  firstIndex = 0,
): PassageLayout {
  const metas = passages.map((p, i) => metaBlocks(p, firstIndex + i));
  const byBlocks = Math.max(1, Math.floor(maxBlocks / BLOCKS_PER_PASSAGE));
  for (let n = Math.min(passages.length, byBlocks); n >= 1; n--) {
    const metaSize = metas.slice(0, n).reduce((s, m) => s + messageSize(m.blocks), 0) + n * 20;
    const perQuote = Math.min(L.quoteMax, Math.floor((budget - metaSize) / n));
    if (perQuote >= L.quoteMin || n === 1) {
      const quoteMax = Math.max(perQuote, 60);
      const groups = passages
        .slice(0, n)
        .map((p, i) =>
          passageBlocks(p, firstIndex + i, quoteMax, metas[i] ?? { blocks: [], notesCut: false }),
        );
      return { blocks: groups.flat(), groups, shown: n };
    }
  }
  return { blocks: [], groups: [], shown: 0 };
}
