/**
 * The bot's own short messages: the full passage, the rate-limit notice, the apology, feedback replies.
 */

import { DOWNVOTE_REASONS } from '../../feedback/types.js';
import type { AnswerPassage } from '../../retrieval/answer.js';
import { cutRuns, quoteRuns, splitRuns } from '../shared/quote-runs.js';
import { retryAfterText } from '../shared/rate-limit.js';
import { quoteText } from '../shared/table-row.js';
import { ACTION, encodeReason } from './action-ids.js';
import {
  actions,
  type Block,
  button,
  context,
  header,
  messageSize,
  richQuote,
  type SlackMessage,
  section,
} from './blocks.js';
import { SLACK_LIMITS as L } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { metaBlocks, passageBlockId } from './render-passages.js';

const note = (text: string): SlackMessage => ({ text, blocks: [section(text)] });

/** "Show full passage": the whole passage over as many quotes as it needs, then its citation and strength. */
export function renderFullPassage(p: AnswerPassage): SlackMessage {
  const { blocks: meta, notesCut } = metaBlocks(p, 0, L.fullTableNotes);
  const top: Block[] = [header(`Full passage: ${p.section.at(-1) ?? p.documentTitle}`)];
  let room = L.messageTextBudget - messageSize([...top, ...meta]) - 200;
  const quotes: Block[] = [];
  const chunks = splitRuns(quoteRuns(quoteText(p)), Math.floor(L.richTextQuote / 5));
  let cut = false;
  for (const chunk of chunks) {
    const q = richQuote(chunk, quotes.length === 0 ? passageBlockId(0, 'quote') : undefined);
    if (messageSize([q]) > room || quotes.length >= L.blocksPerMessage - meta.length - 3) {
      cut = true;
      break;
    }
    quotes.push(q);
    room -= messageSize([q]);
  }
  if (quotes.length === 0)
    quotes.push(richQuote(cutRuns(quoteRuns(quoteText(p)), 2_000).runs, passageBlockId(0, 'quote')));
  const rest = [
    ...(cut ? [context([`The passage continues in the review: ${escapeMrkdwn(p.documentTitle)}.`])] : []),
    ...(notesCut
      ? [context([`The table's notes continue in the review: ${escapeMrkdwn(p.documentTitle)}.`])]
      : []),
  ];
  return {
    text: `Full passage from ${escapeMrkdwn(p.documentTitle)}`.slice(0, L.fallbackText),
    blocks: [...top, ...quotes, ...rest, ...meta],
  };
}

export const passageGone = (): SlackMessage =>
  note(
    'That passage is no longer in the reviews (the corpus has changed). Ask the question again for current results.',
  );

export const rateLimited = (limit: number, retryAfterMs: number): SlackMessage =>
  note(
    `You have asked ${limit} questions in the last minute, the most I answer per person. Please try again ${retryAfterText(retryAfterMs)}.`,
  );

export const nothingToFind = (): SlackMessage =>
  note('That message has no text to find evidence for. Try the shortcut on a message with words in it.');

export const apologyMessage = (text: string): SlackMessage => note(escapeMrkdwn(text));

export const stopping = (): SlackMessage =>
  note('The evidence bot is restarting. Please ask again in a minute.');

export const thanksUp = (): SlackMessage => note('Thanks for the feedback: 👍 recorded.');

export function askReason(feedbackId: number): SlackMessage {
  const buttons = DOWNVOTE_REASONS.map((r, i) =>
    button(`${ACTION.reason}:${i}`, r, encodeReason(feedbackId, r)),
  );
  return {
    text: 'Thanks: 👎 recorded. What was wrong with it? (optional)',
    blocks: [
      section('Thanks: 👎 recorded. What was wrong with it? _(optional)_'),
      actions(buttons, 'reasons'),
    ],
  };
}

export const reasonNoted = (reason: string): SlackMessage => note(`Thanks: noted “${escapeMrkdwn(reason)}”.`);

/** A reason for a vote the store does not have (a forged or stale button, or another installation's). */
export const voteNotFound = (): SlackMessage =>
  note('That vote was not found, so the reason was not saved. Please vote again on the answer.');
