/**
 * Gateway events are checked before discord.js builds anything from them: an INTERACTION_CREATE or
 * MESSAGE_CREATE missing a field discord.js or our handlers read (data, message, author, user…) is dropped
 * with a warning (E_ADAPTER_PAYLOAD) naming the field, and a fault while discord.js handles any event costs
 * that event, never the process. (discord.js 14 builds its structures in WebSocketManager#handlePacket,
 * synchronously in the socket's message handler, where a throw would be uncaught.)
 */
import type { Client } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../../logger.js';
import { AdapterError, errorFields } from '../shared/errors.js';

const id = z.string().min(1);
const user = z.looseObject({ id, username: z.string().optional(), bot: z.boolean().optional() });
const option = z.looseObject({ name: z.string(), type: z.number() });
const options = z.array(option).optional();

const message = z.looseObject({
  id,
  channel_id: id,
  author: user,
  content: z.string().optional(),
  mentions: z.array(user).optional(),
  embeds: z.array(z.looseObject({})).optional(),
  components: z.array(z.looseObject({})).optional(),
});

const interactionBase = z.looseObject({
  id,
  application_id: id,
  token: z.string().min(1),
  version: z.number().optional(),
  channel_id: id.optional(),
  guild_id: id.optional(),
  user: user.optional(),
  member: z.looseObject({ user }).optional(),
});

const commandData = z.looseObject({ id, name: z.string(), type: z.number(), options });

/** Interaction types (discord-api-types InteractionType): what each carries that is read. */
const byType: Record<number, z.ZodType> = {
  2: z.looseObject({ data: commandData }),
  3: z.looseObject({
    data: z.looseObject({ custom_id: z.string(), component_type: z.number() }),
    message,
  }),
  4: z.looseObject({ data: commandData }),
  5: z.looseObject({ data: z.looseObject({ custom_id: z.string(), components: z.array(z.unknown()) }) }),
};

function interactionProblem(d: unknown): string | undefined {
  const base = interactionBase.extend({ type: z.number() }).safeParse(d);
  if (!base.success) return describe(base.error);
  if (base.data.user === undefined && base.data.member === undefined) return 'user: neither user nor member';
  const specific = byType[base.data.type]?.safeParse(d);
  return specific === undefined || specific.success ? undefined : describe(specific.error);
}

const CHECKS: Record<string, (d: unknown) => string | undefined> = {
  INTERACTION_CREATE: interactionProblem,
  MESSAGE_CREATE: (d) => {
    const r = message.safeParse(d);
    return r.success ? undefined : describe(r.error);
  },
};

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined ? 'invalid' : `${issue.path.join('.') || 'event'}: ${issue.message}`;
}

/** What is wrong with a dispatch's data for the events we handle, or undefined. */
export function gatewayProblem(t: string, d: unknown): string | undefined {
  return CHECKS[t]?.(d);
}

interface Packet {
  t?: unknown;
  d?: unknown;
}
type HandlePacket = (packet?: Packet, shard?: unknown) => boolean;

/** Wraps discord.js's packet handler with the checks above and a catch. Call before login. */
export function guardGateway(client: Client, log: Logger): void {
  const ws = client.ws as unknown as { handlePacket?: HandlePacket };
  const original = ws.handlePacket;
  if (typeof original !== 'function')
    throw new AdapterError(
      'E_ADAPTER_CONFIG',
      'This discord.js version has no WebSocketManager#handlePacket; the gateway guard cannot be installed.',
    );
  ws.handlePacket = function guarded(this: unknown, packet?: Packet, shard?: unknown): boolean {
    const t = typeof packet?.t === 'string' ? packet.t : undefined;
    if (packet !== undefined && t !== undefined) {
      const problem = gatewayProblem(t, packet.d);
      if (problem !== undefined) {
        log.warn({ code: 'E_ADAPTER_PAYLOAD', event: t, problem }, 'discord event dropped: malformed');
        return false;
      }
    }
    try {
      return original.call(this, packet, shard);
    } catch (err) {
      log.error({ ...errorFields(err), event: t ?? 'queued' }, 'discord event failed in discord.js');
      return false;
    }
  };
}
