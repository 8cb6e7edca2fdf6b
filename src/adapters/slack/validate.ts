/**
 * Socket Mode has no receiver of ours in front of Bolt (HTTP mode checks bodies in receiver.ts): this first
 * middleware applies the same check (envelope.ts), so that a malformed payload is acknowledged and dropped
 * with a warning (E_ADAPTER_PAYLOAD) before any handler reads it.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { envelopeProblem } from './envelope.js';

export function dropMalformed(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const problem = envelopeProblem(args.body);
    if (problem === undefined) return args.next();
    logger.warn({ code: 'E_ADAPTER_PAYLOAD', problem }, 'Slack event dropped: malformed');
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack) await ack().catch(() => {});
  };
}
