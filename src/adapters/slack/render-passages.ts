/**
 * Passages as Block Kit: the quote (a rich text quote, the source's emphasis bold or italic, every other
 * character as written), "Show full passage" when it is cut, a context line with the citation, heading path and the studies
 * it cites, and a strength line with the scale and the caveat. Laid out against the message budget: quotes
 * shrink (cut at a sentence, with "Show full passage") and, when even that is not enough, fewer passages are
 * shown (the rest stay behind "More results"). Citations and caveats are never cut for space.
 */
import type { AnswerPassage } from '../../retrieval/answer.js';
import { headingPath } from '../shared/citation.js';
import { cutRuns, quoteRuns } from '../shared/quote-runs.js';
import { strengthLine } from '../shared/strength.js';
import { quoteText, tableContext } from '../shared/table-row.js';
import { ACTION } from './action-ids.js';
import { actions, type Block, button, context, messageSize, richQuote } from './blocks.js';
import { SLACK_LIMITS as L } from './limits.js';
import { escapeMrkdwn, fitEscaped } from './mrkdwn.js';

export const passageBlockId = (index: number, part: 'quote' | 'full' | 'src' | 'str') => `p${index}:${part}`;

/** Blocks a passage takes at most: quote, "Show full passage", source, strength. */
const BLOCKS_PER_PASSAGE = 4;

const element = (raw: string) => fitEscaped(raw, L.contextElementText).mrkdwn;

/** Bold label + escaped text, whole; cut only if it could not fit a context element at all. */
const labelled = (label: string, raw: string) => {
  const whole = `*${label}* ${escapeMrkdwn(raw)}`;
  return whole.length <= L.contextElementText ? whole : element(`${label} ${raw}`);
};

/** The context and strength blocks: everything shown with a passage except its quote. */
export function metaBlocks(p: AnswerPassage, index: number): Block[] {
  const elements = [labelled('Source:', p.citation)];
  const path = headingPath(p.section);
  // With several reviews loaded, the passage names its review before its heading path.
  const where = [p.review ?? '', path].filter((x) => x !== '').join(' › ');
  if (where !== '') elements.push(element(where));
  const refs = p.references.map((r) => `Cites ${r.text}: ${r.reference}`);
  const room = L.contextElements - elements.length;
  const head = refs.slice(0, room - 1);
  const tail = refs.slice(room - 1);
  for (const r of head) elements.push(element(r));
  if (tail.length > 0) elements.push(element(tail.join('\n')));
  return [
    context(elements, passageBlockId(index, 'src')),
    context(
      [
        element(strengthLine(p.strength)),
        ...tableContext(p)
          .slice(0, L.contextElements - 1)
          .map(element),
      ],
      passageBlockId(index, 'str'),
    ),
  ];
}

function passageBlocks(p: AnswerPassage, index: number, quoteMax: number, meta: Block[]): Block[] {
  const quote = cutRuns(quoteRuns(quoteText(p)), Math.min(quoteMax, L.richTextQuote));
  const full = quote.cut
    ? [actions([button(`${ACTION.full}:${index}`, 'Show full passage', p.id)], passageBlockId(index, 'full'))]
    : [];
  return [richQuote(quote.runs, passageBlockId(index, 'quote')), ...full, ...meta];
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
    const metaSize = metas.slice(0, n).reduce((s, m) => s + messageSize(m), 0) + n * 20;
    const perQuote = Math.min(L.quoteMax, Math.floor((budget - metaSize) / n));
    if (perQuote >= L.quoteMin || n === 1) {
      const quoteMax = Math.max(perQuote, 60);
      const groups = passages
        .slice(0, n)
        .map((p, i) => passageBlocks(p, firstIndex + i, quoteMax, metas[i] ?? []));
      return { blocks: groups.flat(), groups, shown: n };
    }
  }
  return { blocks: [], groups: [], shown: 0 };
}
