/**
 * The discord.js Client: only the intents the bot needs, no mention can ping anyone, and the REST base URL
 * from DISCORD_API_URL (a rate-limit proxy, or the tests' loopback fake). Shard ids and count come from the
 * environment when run under discord.js's ShardingManager (see src/discord-shard.ts).
 */
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordConfig } from '../../config.js';

/** Guilds, GuildMessages (mentions), DirectMessages; MessageContent (privileged) only when configured. */
export function intentsFor(config: Pick<DiscordConfig, 'messageContentIntent'>): GatewayIntentBits[] {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (config.messageContentIntent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/** Applied by discord.js to every outgoing message, reply, edit and follow-up. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [], repliedUser: false });

export function createDiscordClient(config: DiscordConfig): Client {
  return new Client({
    intents: intentsFor(config),
    // DM channels are not cached until used: without this partial, DMs never arrive.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.apiUrl === undefined ? {} : { rest: { api: config.apiUrl } }),
  });
}
