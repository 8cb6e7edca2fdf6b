/**
 * Answering an application command (slash or context menu): directly when there is time, else deferred first
 * (deadline.ts), with the deferral (network) and the answer (queued) proceeding together.
 */
import type { ChatInputCommandInteraction, MessageContextMenuCommandInteraction } from 'discord.js';
import type { Answer } from '../../../retrieval/answer.js';
import { renderAnswer } from '../render/index.js';
import { type DiscordRuntime, renderContext, within } from '../runtime.js';
import { ephemeralPayload, payload } from './payload.js';

export async function replyWithAnswer(
  rt: DiscordRuntime,
  i: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  input: string,
  ephemeral: boolean,
): Promise<Answer> {
  const deferred = rt.defer.shouldDefer(i.id);
  const deferral = deferred ? i.deferReply(ephemeral ? { flags: 'Ephemeral' } : {}) : undefined;
  const [answer] = await Promise.all([rt.defer.run(() => rt.service.answer(input, within(rt, i))), deferral]);
  const { message } = renderAnswer(answer, renderContext(rt, ephemeral));
  rt.logger.debug(
    { kind: answer.kind, command: i.commandName, ephemeral, deferred },
    'discord command answered',
  );
  if (deferred) await i.editReply(payload(message));
  else await i.reply(ephemeral ? ephemeralPayload(message) : payload(message));
  return answer;
}
