/**
 * "Find evidence" in a message's Apps menu: the passages for that message's text, answered ephemerally with
 * Share. Discord includes the target message's content in the interaction, without the MessageContent intent.
 * Mentions in the text are dropped from the question (and nothing in the answer pings: allowedMentions).
 */
import type { MessageContextMenuCommandInteraction } from 'discord.js';
import { type DiscordRuntime, overLimit } from '../runtime.js';
import { replyWithAnswer } from './answer-reply.js';
import { notice, text } from './payload.js';

/** Discord's mention, channel, role, command and custom-emoji forms, removed from a message used as a question. */
const MENTION = /<(?:@[!&]?\d+|#\d+|\/[^:>]+:\d+|a?:\w+:\d+)>|@(?:everyone|here)\b/g;

export const questionFromMessage = (content: string): string =>
  content.replace(MENTION, ' ').replace(/\s+/g, ' ').trim();

export async function onFindEvidence(
  rt: DiscordRuntime,
  i: MessageContextMenuCommandInteraction,
): Promise<void> {
  const limited = overLimit(rt, i.user.id);
  if (limited !== undefined) {
    await i.reply(notice(limited));
    return;
  }
  const question = questionFromMessage(i.targetMessage.content);
  if (question === '') {
    await i.reply(notice(text.nothingToFind));
    return;
  }
  await replyWithAnswer(rt, i, question, true);
}
