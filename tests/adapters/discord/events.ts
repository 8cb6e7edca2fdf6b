/** Gateway payloads (INTERACTION_CREATE, MESSAGE_CREATE) as Discord sends them, for the loopback tests. */
import { SnowflakeUtil } from 'discord.js';
import {
  APP_ID,
  BOT_ID,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  GUILD_ID,
  messageObject,
  USER_ID,
} from './fake-discord.js';

export const user = {
  id: USER_ID,
  username: 'asker',
  discriminator: '0',
  global_name: 'Asker',
  avatar: null,
  bot: false,
};
const member = {
  user,
  roles: [],
  permissions: '1071698660929',
  joined_at: new Date(0).toISOString(),
  deaf: false,
  mute: false,
  flags: 0,
};

let counter = 0;
/** An interaction id created `agoMs` before now (its snowflake carries the time). */
export function interactionId(agoMs = 0): string {
  return String(SnowflakeUtil.generate({ timestamp: Date.now() - agoMs }));
}

function base(type: number, data: unknown, opts: { agoMs?: number; dm?: boolean } = {}) {
  counter += 1;
  const where = opts.dm
    ? { channel_id: DM_CHANNEL_ID, channel: { id: DM_CHANNEL_ID, type: 1 }, user, context: 1 }
    : {
        guild_id: GUILD_ID,
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID },
        member,
        context: 0,
        guild_locale: 'en-GB',
      };
  return {
    id: interactionId(opts.agoMs),
    application_id: APP_ID,
    type,
    token: `token-${counter}`,
    version: 1,
    data,
    app_permissions: '1071698660929',
    locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    ...where,
  };
}

export type Option = { type: number; name: string; value: string | boolean; focused?: boolean };

export function slash(sub: string, options: Option[] = [], opts: { agoMs?: number; dm?: boolean } = {}) {
  return base(
    2,
    { id: '999999999999999999', name: 'evidence', type: 1, options: [{ type: 1, name: sub, options }] },
    opts,
  );
}

export const question = (value: string): Option => ({ type: 3, name: 'question', value });
export const isPublic = (value: boolean): Option => ({ type: 5, name: 'public', value });

export function autocomplete(typed: string) {
  return base(4, {
    id: '999999999999999999',
    name: 'evidence',
    type: 1,
    options: [
      { type: 1, name: 'ask', options: [{ type: 3, name: 'question', value: typed, focused: true }] },
    ],
  });
}

/** A click on a button of one of our messages (`flags` 64 when that message is ephemeral). */
export function click(customId: string, flags = 64, opts: { agoMs?: number; askedBy?: string } = {}) {
  const asked =
    opts.askedBy === undefined
      ? {}
      : {
          interaction_metadata: {
            id: '123456789012345678',
            type: 2,
            user: { ...user, id: opts.askedBy },
            authorizing_integration_owners: {},
          },
        };
  return {
    ...base(3, { custom_id: customId, component_type: 2 }, opts),
    message: { ...messageObject(CHANNEL_ID, { flags }, '888888888888888888'), ...asked },
  };
}

let messageCounter = 0;
export function message(
  content: string,
  opts: { channelId?: string; dm?: boolean; mentionsBot?: boolean; author?: typeof user } = {},
) {
  messageCounter += 1;
  const author = opts.author ?? user;
  return {
    id: String(SnowflakeUtil.generate({ timestamp: Date.now() + messageCounter })),
    channel_id: opts.dm ? DM_CHANNEL_ID : (opts.channelId ?? CHANNEL_ID),
    ...(opts.dm ? { channel_type: 1 } : { guild_id: GUILD_ID, member: { ...member, user: undefined } }),
    author,
    content,
    mentions: opts.mentionsBot
      ? [{ id: BOT_ID, username: 'evidence', discriminator: '0', bot: true, avatar: null, global_name: null }]
      : [],
    mention_roles: [],
    mention_everyone: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    type: 0,
    tts: false,
    pinned: false,
    attachments: [],
    embeds: [],
    components: [],
    flags: 0,
  };
}

/** A message context-menu command ("Find evidence" in a message's Apps menu) on a message with this text. */
export function messageCommand(name: string, content: string, opts: { agoMs?: number; dm?: boolean } = {}) {
  const target = message(content, opts.dm ? { dm: true } : {});
  return base(
    2,
    {
      id: '999999999999999998',
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
    opts,
  );
}
