/**
 * Answers with passages: "answered" (one page of search results) and "cite" (the passages citing a study).
 */
import type { AnsweredAnswer, CiteAnswer, InputNotice } from '../../retrieval/answer.js';
import { clip } from '../shared/truncate.js';
import { ACTION, encodePage, encodeVote } from './action-ids.js';
import {
  actions,
  type Block,
  type Button,
  button,
  context,
  header,
  messageSize,
  type SlackMessage,
  section,
} from './blocks.js';
import { SLACK_LIMITS as L } from './limits.js';
import { escapeMrkdwn, fitEscaped } from './mrkdwn.js';
import { layoutPassages } from './render-passages.js';

export interface RenderContext {
  /** Only the asker sees it (slash command): offers "Share in channel". */
  ephemeral: boolean;
  /** Slack user id of whoever shared it to the channel. */
  sharedBy?: string;
  /** Passages of a cite answer already shown on earlier pages. */
  skip?: number;
  /** With `ephemeral`: the thread (its parent's ts) that "Share in thread" posts into, instead of the channel. */
  thread?: string;
}

/** Room kept for the footer (page line and buttons). */
const FOOTER_ROOM = 300;

export function noticeBlocks(notices: InputNotice[]): Block[] {
  return notices
    .slice(0, 3)
    .map((n) => context([`:information_source: ${fitEscaped(n.message, 500).mrkdwn}`]));
}

export function sharedByBlocks(ctx: RenderContext): Block[] {
  return ctx.sharedBy !== undefined && /^[UW][A-Z0-9]{2,30}$/.test(ctx.sharedBy)
    ? [context([`Shared by <@${ctx.sharedBy}>`], 'shared_by')]
    : [];
}

export const fallback = (prefix: string, raw: string): string =>
  fitEscaped(`${prefix}${clip(raw, L.fallbackText)}`, L.fallbackText).mrkdwn;

function footer(
  query: string,
  offset: number,
  shownIds: string[],
  next: number | undefined,
  ctx: RenderContext,
): Block {
  const buttons: Button[] = [];
  if (next !== undefined)
    buttons.push(button(ACTION.more, 'More results', encodePage(query, next, ctx.thread)));
  if (ctx.ephemeral) {
    const label = ctx.thread === undefined ? 'Share in channel' : 'Share in thread';
    buttons.push(button(ACTION.share, label, encodePage(query, offset, ctx.thread), 'primary'));
  }
  buttons.push(button(ACTION.voteUp, '👍 Helpful', encodeVote(query, shownIds)));
  buttons.push(button(ACTION.voteDown, '👎 Not helpful', encodeVote(query, shownIds)));
  return actions(buttons, 'answer_actions');
}

export function renderAnswered(answer: AnsweredAnswer, ctx: RenderContext): SlackMessage {
  const top = [header(answer.query), ...sharedByBlocks(ctx), ...noticeBlocks(answer.notices)];
  const budget = L.messageTextBudget - messageSize(top) - FOOTER_ROOM;
  const layout = layoutPassages(answer.passages, budget, L.blocksPerMessage - top.length - 2);
  const { offset, total } = answer.page;
  const shown = answer.passages.slice(0, layout.shown);
  const end = offset + layout.shown;
  const page = context([
    `Passages ${offset + 1}–${end} of ${total}. Quotes are the review's own words; strength and caveats are the review's own judgement.`,
  ]);
  const next = end < total ? end : undefined;
  const blocks = [
    ...top,
    ...layout.blocks,
    page,
    footer(
      answer.query,
      offset,
      shown.map((p) => p.id),
      next,
      ctx,
    ),
  ];
  return { text: fallback('Evidence for: ', answer.query), blocks };
}

export function renderCite(answer: CiteAnswer, ctx: RenderContext): SlackMessage {
  const top: Block[] = [
    header(`Passages citing “${answer.target}”`),
    ...sharedByBlocks(ctx),
    ...noticeBlocks(answer.notices),
  ];
  if (answer.matches.length === 0) {
    const known = fitEscaped(answer.known.join('; '), L.sectionText - 200).mrkdwn;
    top.push(section(`No reference in the reviews matches *${escapeMrkdwn(clip(answer.target, 300))}*.`));
    if (answer.known.length > 0) top.push(section(`References you can cite: ${known}`));
    return { text: fallback('No reference matches: ', answer.target), blocks: top };
  }
  const all = answer.matches.flatMap((m, mi) => m.passages.map((p) => ({ p, mi })));
  const skip = Math.min(ctx.skip ?? 0, Math.max(0, all.length - 1));
  const rest = all.slice(skip);
  const refs = answer.matches.map((m) => section(`*Reference:* ${fitEscaped(m.reference, 1_500).mrkdwn}`));
  const budget = L.messageTextBudget - messageSize(top) - messageSize(refs) - FOOTER_ROOM;
  const maxBlocks = L.blocksPerMessage - top.length - refs.length - 2;
  const layout = layoutPassages(
    rest.map((x) => x.p),
    budget,
    maxBlocks,
  );
  const blocks = [...top];
  const seen = new Set<number>();
  rest.slice(0, layout.shown).forEach((x, i) => {
    if (!seen.has(x.mi)) {
      seen.add(x.mi);
      blocks.push(refs[x.mi] as Block);
    }
    blocks.push(...(layout.groups[i] ?? []));
  });
  const end = skip + layout.shown;
  blocks.push(context([`Passages ${skip + 1}–${end} of ${all.length} that cite this.`]));
  const shownIds = rest.slice(0, layout.shown).map((x) => x.p.id);
  blocks.push(footer(answer.query, skip, shownIds, end < all.length ? end : undefined, ctx));
  return { text: fallback('Passages citing: ', answer.target), blocks };
}
