/**
 * Reads a Slack message back in the renderer contract's neutral terms, and checks it against Slack's limits.
 * Also used by the end-to-end tests on the blocks the fake Web API receives.
 */

import type { QuoteRun } from '../../../src/adapters/shared/quote-runs.js';
import { ACTION } from '../../../src/adapters/slack/action-ids.js';
import {
  type Block,
  blockTexts,
  messageSize,
  type SlackMessage,
} from '../../../src/adapters/slack/blocks.js';
import { SLACK_LIMITS as L } from '../../../src/adapters/slack/limits.js';
import { unescapeMrkdwn } from '../../../src/adapters/slack/mrkdwn.js';
import { renderAnswer } from '../../../src/adapters/slack/render.js';
import {
  type ActionView,
  type PassageView,
  passageView,
  type RendererInspector,
} from '../../contract/renderer-contract.js';

const unquote = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/^>/, ''))
    .join('\n');

const decode = (s: string) => unescapeMrkdwn(unquote(s));

/** A block's visible texts: mrkdwn decoded; rich text and plain text are shown as written. */
function shownTexts(b: Block): string[] {
  switch (b.type) {
    case 'section':
      return [decode(b.text.text), ...(b.accessory ? [b.accessory.text.text] : [])];
    case 'context':
      return b.elements.map((e) => (e.type === 'plain_text' ? e.text : decode(e.text)));
    default:
      return blockTexts(b);
  }
}

export function plainText(m: SlackMessage): string {
  return m.blocks.flatMap(shownTexts).join('\n');
}

/** A rich text quote read back as runs: bold text strong, italic text emphasised. */
function richRuns(b: Block | undefined): QuoteRun[] {
  if (b?.type !== 'rich_text') return [];
  return b.elements.flatMap((q) =>
    q.elements.map((e): QuoteRun => {
      const style = e.style?.bold ? 'strong' : e.style?.italic ? 'em' : undefined;
      return style === undefined ? { text: e.text } : { text: e.text, style };
    }),
  );
}

export function passages(m: SlackMessage): PassageView[] {
  const byId = new Map(
    m.blocks.flatMap((b) => ('block_id' in b && b.block_id ? [[b.block_id, b] as const] : [])),
  );
  const views: PassageView[] = [];
  for (let i = 0; byId.has(`p${i}:quote`); i++) {
    const text = (id: string) => {
      const b = byId.get(id);
      return b ? shownTexts(b).join('\n') : '';
    };
    views.push(passageView(richRuns(byId.get(`p${i}:quote`)), `${text(`p${i}:src`)}\n${text(`p${i}:str`)}`));
  }
  return views;
}

export function actionViews(m: SlackMessage): ActionView[] {
  const buttons = m.blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements : b.type === 'section' && b.accessory ? [b.accessory] : [],
  );
  return buttons.map((btn): ActionView => {
    const id = btn.action_id;
    if (id === ACTION.more) return { kind: 'more' };
    if (id === ACTION.voteUp || id === ACTION.voteDown) return { kind: 'feedback' };
    if (id.startsWith(`${ACTION.full}:`)) return { kind: 'full_passage', passageId: btn.value };
    if (id.startsWith(`${ACTION.suggest}:`)) return { kind: 'suggestion', text: btn.value };
    return { kind: 'other' };
  });
}

function blockViolations(b: Block, i: number): string[] {
  const out: string[] = [];
  const over = (what: string, len: number, max: number) => {
    if (len > max) out.push(`block ${i} (${b.type}): ${what} is ${len} > ${max}`);
  };
  if ('block_id' in b && b.block_id) over('block_id', b.block_id.length, L.blockId);
  if (b.type === 'header') over('header text', b.text.text.length, L.headerText);
  if (b.type === 'section') {
    over('section text', b.text.text.length, L.sectionText);
    if (b.text.text.length === 0) out.push(`block ${i}: empty section text`);
  }
  if (b.type === 'rich_text') {
    const text = blockTexts(b).join('');
    over('rich text quote', text.length, L.richTextQuote);
    if (text.length === 0) out.push(`block ${i}: empty rich text`);
    for (const q of b.elements)
      for (const e of q.elements) if (e.text === '') out.push(`block ${i}: empty rich text element`);
  }
  if (b.type === 'context') {
    over('context elements', b.elements.length, L.contextElements);
    for (const e of b.elements) over('context element text', e.text.length, L.contextElementText);
    if (b.elements.length === 0) out.push(`block ${i}: empty context`);
  }
  const buttons =
    b.type === 'actions' ? b.elements : b.type === 'section' && b.accessory ? [b.accessory] : [];
  if (b.type === 'actions') over('actions elements', b.elements.length, L.actionsElements);
  const ids = new Set<string>();
  for (const btn of buttons) {
    over('button text', btn.text.text.length, L.buttonText);
    over('button value', btn.value.length, L.buttonValue);
    over('action_id', btn.action_id.length, L.actionId);
    if (btn.text.text.trim() === '') out.push(`block ${i}: empty button text`);
    if (ids.has(btn.action_id)) out.push(`block ${i}: duplicate action_id ${btn.action_id}`);
    ids.add(btn.action_id);
  }
  return out;
}

export function limitViolations(m: SlackMessage): string[] {
  const out = m.blocks.flatMap(blockViolations);
  if (m.blocks.length > L.blocksPerMessage) out.push(`${m.blocks.length} blocks > ${L.blocksPerMessage}`);
  const size = messageSize(m.blocks);
  if (size > L.messageTextBudget) out.push(`message text ${size} > budget ${L.messageTextBudget}`);
  if (m.text.length > L.fallbackText) out.push(`fallback text ${m.text.length} > ${L.fallbackText}`);
  const actionIds = m.blocks.flatMap((b) =>
    b.type === 'actions'
      ? b.elements.map((e) => e.action_id)
      : b.type === 'section' && b.accessory
        ? [b.accessory.action_id]
        : [],
  );
  if (new Set(actionIds).size !== actionIds.length) out.push('duplicate action_id in message');
  return out;
}

/** Raw "<" in any mrkdwn text (all text we did not write is escaped, and we write no links or mentions). */
export function liveMentions(m: SlackMessage): string[] {
  const mrkdwnTexts = [
    m.text,
    ...m.blocks.flatMap((b) =>
      b.type === 'section'
        ? [b.text.text]
        : b.type === 'context'
          ? b.elements.flatMap((e) => (e.type === 'mrkdwn' ? [e.text] : []))
          : [],
    ),
  ];
  const live = mrkdwnTexts.flatMap((t) => t.match(/<[^>]*>?/g) ?? []);
  // In rich text only a `text` element is literal: a user, channel, broadcast or link element is live.
  const richLive = m.blocks.flatMap((b) =>
    b.type === 'rich_text'
      ? b.elements.flatMap((q) =>
          [q, ...q.elements]
            .map((e): string => (e as { type: string }).type)
            .filter((t) => t !== 'text' && t !== 'rich_text_quote')
            .map((t) => `rich text ${t}`),
        )
      : [],
  );
  const unverbatim = m.blocks.some(
    (b) =>
      (b.type === 'section' && b.text.verbatim !== true) ||
      (b.type === 'context' && b.elements.some((e) => e.type === 'mrkdwn' && e.verbatim !== true)),
  );
  return unverbatim ? [...live, ...richLive, 'mrkdwn text without verbatim: true'] : [...live, ...richLive];
}

export const slackInspector: RendererInspector<SlackMessage> = {
  platform: 'slack',
  emphasis: 'shown',
  render: (answer) => renderAnswer(answer, { ephemeral: true }),
  plainText,
  passages,
  actions: actionViews,
  limitViolations,
  liveMentions,
};
