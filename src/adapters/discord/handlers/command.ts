/**
 * /evidence ask|cite|sources|help: ephemeral unless `public`, with Share on ephemeral answers. Answers
 * directly when there is time, else defers first (deadline.ts).
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { coreInput, type Subcommand } from '../commands.js';
import { type DiscordRuntime, overLimit } from '../runtime.js';
import { replyWithAnswer } from './answer-reply.js';
import { notice } from './payload.js';

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
  await replyWithAnswer(rt, i, coreInput(sub, value), ephemeral);
}
