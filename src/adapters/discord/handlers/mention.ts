/**
 * @mention in a server channel (or thread), or a DM: reply to that message (a message reference), in the
 * same channel or thread, with a typing signal while answering. Bots, including this one, are ignored.
 * Without the MessageContent intent Discord still delivers the text of DMs and of messages that mention us.
 */
import type { Message } from 'discord.js';
import { errorFields } from '../../shared/errors.js';
import { NO_MENTIONS } from '../client.js';
import { renderAnswer } from '../render/index.js';
import { type DiscordRuntime, overLimit, renderContext, within } from '../runtime.js';
import { stripBotMention } from '../text.js';
import { payload } from './payload.js';

/** Whether a message is for us: a DM, or a direct mention of the bot (not @everyone, @here or a role). */
export function isForUs(m: Message, botId: string): boolean {
  if (m.author.bot || m.author.id === botId || m.system) return false;
  if (!m.inGuild()) return true;
  return m.mentions.users.has(botId);
}

export async function onMention(rt: DiscordRuntime, m: Message, botId: string): Promise<void> {
  const limited = overLimit(rt, m.author.id);
  if (limited !== undefined) {
    await m.reply({ content: limited, allowedMentions: NO_MENTIONS });
    return;
  }
  if ('sendTyping' in m.channel) {
    m.channel.sendTyping().catch((err: unknown) => rt.logger.debug(errorFields(err), 'typing signal failed'));
  }
  const question = stripBotMention(m.content, botId);
  const answer = await rt.defer.run(() => rt.service.answer(question, within(rt, m)));
  const { message } = renderAnswer(answer, renderContext(rt, false));
  await m.reply(payload(message));
}
