/**
 * Answers without passages: no evidence found, a fault while answering, the list of sources, and help.
 */
import type { ErrorAnswer, HelpAnswer, NoMatchAnswer, SourcesAnswer } from '../../retrieval/answer.js';
import { apology } from '../shared/errors.js';
import { scopeLine } from '../shared/scope.js';
import { strengthLine } from '../shared/strength.js';
import { clip } from '../shared/truncate.js';
import { ACTION } from './action-ids.js';
import {
  actions,
  type Block,
  button,
  context,
  header,
  messageSize,
  type SlackMessage,
  section,
} from './blocks.js';
import { SLACK_LIMITS as L } from './limits.js';
import { escapeMrkdwn, fitEscaped } from './mrkdwn.js';
import { fallback, noticeBlocks } from './render-answered.js';

export function renderNoMatch(answer: NoMatchAnswer): SlackMessage {
  const blocks: Block[] = [header(answer.query), ...noticeBlocks(answer.notices)];
  const ask = answer.suggestions.length > 0 ? ' You could ask about one of these instead:' : '';
  blocks.push(section(`*No evidence found* in the reviews for this question.${ask}`, 'no_match'));
  if (answer.suggestions.length > 0) {
    const buttons = answer.suggestions.map((s, i) =>
      button(`${ACTION.suggest}:${i}`, s, clip(s, L.buttonValue)),
    );
    blocks.push(actions(buttons, 'suggestions'));
    const from = answer.suggestionReviews ?? [];
    if (from.some((r) => r !== '')) {
      const lines = answer.suggestions.map((s, i) => `${s}: from ${from[i] ?? ''}`).join('\n');
      blocks.push(context([fitEscaped(lines, L.contextElementText).mrkdwn], 'suggestion_reviews'));
    }
  }
  return { text: fallback('No evidence found for: ', answer.query), blocks };
}

/** A fault inside the core: an apology with the logged reference; no passages, no buttons. */
export function renderError(answer: ErrorAnswer): SlackMessage {
  const text = apology(answer.reference);
  const blocks: Block[] = [header(answer.query), ...noticeBlocks(answer.notices)];
  blocks.push(section(escapeMrkdwn(text), 'error'));
  return { text: escapeMrkdwn(text), blocks };
}

function sourceBlocks(d: SourcesAnswer['documents'][number]): Block[] {
  const title = `*${fitEscaped(d.title, 500).mrkdwn}* (${d.year}), ${fitEscaped(d.documentType, 100).mrkdwn}`;
  const body = [title, fitEscaped(d.citation, 1_200).mrkdwn, fitEscaped(d.url, 500).mrkdwn];
  const facts = d.outsideFacts.map((f) => `Outside the source text: ${fitEscaped(f, 600).mrkdwn}`);
  return [
    section(body.join('\n')),
    context([fitEscaped(strengthLine(d.strength), L.contextElementText).mrkdwn, ...facts.slice(0, 8)]),
  ];
}

export function renderSources(answer: SourcesAnswer): SlackMessage {
  const blocks: Block[] = [header('The reviews I answer from'), ...noticeBlocks(answer.notices)];
  if (answer.scope !== undefined)
    blocks.push(context([fitEscaped(scopeLine(answer.scope), 500).mrkdwn], 'scope'));
  let shown = 0;
  for (const d of answer.documents) {
    const more = sourceBlocks(d);
    const fits = messageSize([...blocks, ...more]) <= L.messageTextBudget - 200;
    if (!fits || blocks.length + more.length > L.blocksPerMessage - 1) break;
    blocks.push(...more);
    shown++;
  }
  const left = answer.documents.length - shown;
  if (left > 0)
    blocks.push(context([`${left} more review${left === 1 ? '' : 's'} not listed here for space.`]));
  return { text: `${answer.documents.length} review(s) in the corpus`, blocks };
}

export function renderHelp(answer: HelpAnswer): SlackMessage {
  const blocks: Block[] = [header('Ask the evidence reviews')];
  if (answer.reason === 'empty_question') {
    blocks.push(
      section('Type a question after the command, for example `/evidence what helps integration?`'),
    );
  }
  const lines = answer.commands
    .map((c) => `\`/evidence ${escapeMrkdwn(c.usage)}\` ${escapeMrkdwn(c.description)}`)
    .join('\n');
  const raw = answer.commands.map((c) => `/evidence ${c.usage}: ${c.description}`).join('\n');
  blocks.push(section(lines.length <= L.sectionText ? lines : fitEscaped(raw, L.sectionText).mrkdwn));
  if (answer.examples.length > 0) {
    blocks.push(context([fitEscaped(`Try: ${answer.examples.join(' · ')}`, L.contextElementText).mrkdwn]));
  }
  blocks.push(
    context([
      'Answers quote the reviews word for word, with their citations and the review’s own strength caveats.',
    ]),
  );
  return { text: 'How to ask the evidence reviews', blocks };
}
