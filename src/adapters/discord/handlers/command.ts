/**
 * /evidence ask|cite|sources|help: ephemeral unless `public`, with Share on ephemeral answers. Answers
 * directly when there is time, else defers first (deadline.ts).
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { coreInput, type Subcommand } from '../commands.js';
import { renderAnswer } from '../render/index.js';
import { type DiscordRuntime, overLimit, renderContext } from '../runtime.js';
import { ephemeralPayload, notice, payload } from './payload.js';

const SUBCOMMANDS: readonly Subcommand[] = ['ask', 'cite', 'sources', 'help'];

export async function onCommand(rt: DiscordRuntime, i: ChatInputCommandInteraction): Promise<void> {
  const name = i.options.getSubcommand(false) ?? 'ask';
  const sub: Subcommand = SUBCOMMANDS.includes(name as Subcommand) ? (name as Subcommand) : 'help';
  const value = i.options.getString(sub === 'cite' ? 'reference' : 'question') ?? '';
  const ephemeral = sub === 'help' || !(i.options.getBoolean('public') ?? false);

  const limited = overLimit(rt, i.user.id);
  if (limited !== undefined) {
    await i.reply(notice(limited));
    return;
  }
  const deferred = rt.defer.shouldDefer(i.id);
  // Deferral (network) and the answer (queued) proceed together.
  const deferral = deferred ? i.deferReply(ephemeral ? { flags: 'Ephemeral' } : {}) : undefined;
  const [answer] = await Promise.all([
    rt.defer.run(() => rt.service.answer(coreInput(sub, value))),
    deferral,
  ]);
  const { message } = renderAnswer(answer, renderContext(rt, ephemeral));
  rt.logger.debug({ kind: answer.kind, sub, ephemeral, deferred }, 'discord command answered');
  if (deferred) await i.editReply(payload(message));
  else await i.reply(ephemeral ? ephemeralPayload(message) : payload(message));
}
