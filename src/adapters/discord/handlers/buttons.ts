/**
 * The buttons under an answer: More results (the next page, in place), Share (posts the answer publicly,
 * attributed), 👍/👎 (to the feedback store; 👎 then offers reasons), a suggestion (answers it), Full passage.
 */
import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { DOWNVOTE_REASONS, type Vote } from '../../../feedback/types.js';
import type { Answer } from '../../../retrieval/answer.js';
import { type ButtonAction, decodeAction } from '../custom-ids.js';
import { buttonRows } from '../message.js';
import { button } from '../render/buttons.js';
import { renderFullPassage } from '../render/full-passage.js';
import { type RenderContext, renderAnswer } from '../render/index.js';
import { type DiscordRuntime, overLimit, renderContext, resolveRef, within } from '../runtime.js';
import { ephemeralPayload, notice, payload, text } from './payload.js';

export async function onButton(rt: DiscordRuntime, i: ButtonInteraction): Promise<void> {
  const action = decodeAction(i.customId);
  if (action === undefined) {
    await i.reply(notice(text.unknownButton));
    return;
  }
  if (action.kind === 'reason') return onReason(rt, i, action.index, action.ref);
  const target = resolveRef(rt, action.ref);
  if (target === undefined) {
    rt.logger.info(
      { code: 'E_BUTTON_EXPIRED', action: action.kind },
      'discord button refers to an expired question',
    );
    await i.reply(notice(text.expired));
    return;
  }
  switch (action.kind) {
    case 'more':
      return onMore(rt, i, target, action.offset);
    case 'share':
      return onShare(rt, i, target, action.offset);
    case 'feedback':
      return onFeedback(rt, i, target, action.offset, action.rating);
    case 'ask':
      return onAsk(rt, i, target);
    case 'full':
      return onFull(rt, i, target);
    default: {
      const never: never = action;
      throw new Error(`unhandled button ${(never as ButtonAction).kind}`);
    }
  }
}

/** The page at `offset`: the core pages answers; cite answers are paged here. */
async function page(
  rt: DiscordRuntime,
  i: ButtonInteraction,
  query: string,
  offset: number,
): Promise<[Answer, Partial<RenderContext>]> {
  const answer = await rt.defer.run(() => rt.service.answer(query, { offset, ...within(rt, i) }));
  return [answer, answer.kind === 'cite' ? { offset } : {}];
}

/**
 * The next page replaces the answer in place for the person who asked (or on an ephemeral answer); anyone
 * else clicking More on a public answer gets the next page to themselves, so the shared message does not
 * change under the others.
 */
async function onMore(
  rt: DiscordRuntime,
  i: ButtonInteraction,
  query: string,
  offset: number,
): Promise<void> {
  const ephemeral = i.message.flags.has(MessageFlags.Ephemeral);
  const asker = i.message.interactionMetadata?.user.id ?? i.message.mentions.repliedUser?.id;
  const mine = ephemeral || asker === undefined || asker === i.user.id;
  return sendPage(rt, i, query, offset, mine ? 'replace' : 'private');
}

async function onShare(
  rt: DiscordRuntime,
  i: ButtonInteraction,
  query: string,
  offset: number,
): Promise<void> {
  return sendPage(rt, i, query, offset, 'public', { sharedBy: i.user.id });
}

/**
 * Answers a button with a page of the answer: in place of the clicked message ("replace"), to the clicker
 * alone ("private"), or to the channel ("public"), deferring first when the deadline could be near.
 */
async function sendPage(
  rt: DiscordRuntime,
  i: ButtonInteraction,
  query: string,
  offset: number,
  delivery: 'replace' | 'private' | 'public',
  context: Partial<RenderContext> = {},
): Promise<void> {
  const deferred = rt.defer.shouldDefer(i.id);
  const defer = () =>
    delivery === 'replace'
      ? i.deferUpdate()
      : i.deferReply(delivery === 'private' ? { flags: 'Ephemeral' } : {});
  const [[answer, extra]] = await Promise.all([page(rt, i, query, offset), deferred ? defer() : undefined]);
  const ephemeral =
    delivery === 'private' || (delivery === 'replace' && i.message.flags.has(MessageFlags.Ephemeral));
  const { message } = renderAnswer(answer, renderContext(rt, ephemeral, { ...extra, ...context }));
  if (deferred) await i.editReply(payload(message));
  else if (delivery === 'replace') await i.update(payload(message));
  else await i.reply(delivery === 'private' ? ephemeralPayload(message) : payload(message));
}

async function onFeedback(
  rt: DiscordRuntime,
  i: ButtonInteraction,
  query: string,
  offset: number,
  vote: Vote,
): Promise<void> {
  // The vote is on what this page showed: the same page is computed again (deterministic) for its passage ids.
  const deferred = rt.defer.shouldDefer(i.id);
  const [[answer, extra]] = await Promise.all([
    page(rt, i, query, offset),
    deferred ? i.deferReply({ flags: 'Ephemeral' }) : undefined,
  ]);
  const { meta } = renderAnswer(answer, renderContext(rt, true, extra));
  const id = rt.feedback.record({
    platform: 'discord',
    question: query,
    passageIds: meta.passageIds,
    userId: i.user.id,
    channel: i.channelId,
    vote,
  });
  const reasons = DOWNVOTE_REASONS.map((r, index) =>
    button(r, { kind: 'reason', index, ref: { q: String(id) } }),
  );
  const reply =
    vote === 'up' ? notice(text.thanks) : { ...notice(text.whyDown), components: buttonRows(reasons) };
  if (deferred) {
    const { flags: _ephemeralAlready, ...edit } = reply;
    await i.editReply(edit);
  } else await i.reply(reply);
}

async function onReason(
  rt: DiscordRuntime,
  i: ButtonInteraction,
  index: number,
  ref: { q: string } | { k: string },
) {
  const reason = DOWNVOTE_REASONS[index];
  const id = 'q' in ref ? Number(ref.q) : Number.NaN;
  if (reason === undefined || !Number.isInteger(id) || !rt.feedback.addReason(id, reason)) {
    await i.reply(notice(text.unknownButton));
    return;
  }
  await i.update({ content: `Thanks: noted “${reason}”.`, components: [] });
}

async function onAsk(rt: DiscordRuntime, i: ButtonInteraction, question: string): Promise<void> {
  const limited = overLimit(rt, i.user.id);
  if (limited !== undefined) {
    await i.reply(notice(limited));
    return;
  }
  const deferred = rt.defer.shouldDefer(i.id);
  const [answer] = await Promise.all([
    rt.defer.run(() => rt.service.answer(question, within(rt, i))),
    deferred ? i.deferReply({ flags: 'Ephemeral' }) : undefined,
  ]);
  const { message } = renderAnswer(answer, renderContext(rt, true));
  if (deferred) await i.editReply(payload(message));
  else await i.reply(ephemeralPayload(message));
}

async function onFull(rt: DiscordRuntime, i: ButtonInteraction, passageId: string): Promise<void> {
  const passage = rt.service.passage(passageId);
  if (passage === undefined) {
    await i.reply(notice(text.passageGone));
    return;
  }
  const [first, ...rest] = renderFullPassage(passage);
  if (first === undefined) return;
  await i.reply(ephemeralPayload(first));
  for (const m of rest) await i.followUp(ephemeralPayload(m));
}
