/**
 * What every Slack handler shares: the ports, the per-user limiter, event de-duplication, in-flight tracking
 * (for a graceful stop), and the guard that turns a fault into an apology with an error reference.
 */
import type { FeedbackStore } from '../../feedback/types.js';
import type { Logger } from '../../logger.js';
import type { Answer, EvidenceService } from '../../retrieval/answer.js';
import type { ScopeTable } from '../../scopes/load.js';
import { track } from '../shared/drain.js';
import { apology, errorFields, errorReference } from '../shared/errors.js';
import type { RateLimiter } from '../shared/rate-limit.js';
import type { SlackMessage } from './blocks.js';
import type { Dedupe } from './dedupe.js';
import { apologyMessage, stopping } from './render-messages.js';
import type { BotIdentity } from './startup.js';

export interface SlackRuntime {
  service: EvidenceService;
  feedback: FeedbackStore;
  logger: Logger;
  limiter: RateLimiter;
  rateLimitPerMinute: number;
  dedupe: Dedupe;
  bot: BotIdentity;
  accepting: boolean;
  inFlight: Set<Promise<unknown>>;
  /** Place → review set. */
  scopes: ScopeTable;
}

/** Answers, and for "More results" on a cite answer (which the core does not page) says how many to skip. */
export function answerPage(
  rt: SlackRuntime,
  question: string,
  channel: string | undefined,
  offset = 0,
): { answer: Answer; skip: number } {
  // The channel's review set (scopes file); a DM or an unlisted channel gets the default set.
  const scope = rt.scopes.slack(channel);
  const answer = rt.service.answer(question, {
    ...(offset > 0 ? { offset } : {}),
    ...(scope === undefined ? {} : { scope }),
  });
  return { answer, skip: answer.kind === 'cite' ? offset : 0 };
}

/**
 * Runs `work` after the acknowledgement, off the request path, tracked for stop(). A fault is logged with a
 * reference and the user gets a short apology carrying it (through `reply`); the bot keeps serving.
 */
export function runAfterAck(
  rt: SlackRuntime,
  kind: string,
  work: () => Promise<void>,
  reply: (message: SlackMessage) => Promise<unknown>,
): void {
  const started = Date.now();
  const task = new Promise<void>((resolve) => setImmediate(resolve))
    .then(work)
    .then(() => rt.logger.debug({ kind, ms: Date.now() - started }, 'slack request handled'))
    .catch(async (err: unknown) => {
      const ref = errorReference();
      rt.logger.error({ kind, ref, ...errorFields(err) }, 'slack handler failed');
      try {
        await reply(apologyMessage(apology(ref)));
      } catch (sendErr) {
        rt.logger.warn({ kind, ref, ...errorFields(sendErr) }, 'could not send the apology');
      }
    })
    .finally(() => rt.inFlight.delete(task));
  rt.inFlight.add(task);
}

/** While stopping: the "restarting" reply, tracked like any answer so that stop() waits for it to be sent. */
export function replyStopping(rt: SlackRuntime, reply: (m: SlackMessage) => Promise<unknown>): Promise<void> {
  return track(rt.inFlight, reply(stopping()), (err) =>
    rt.logger.warn(errorFields(err), 'could not send the "restarting" reply'),
  );
}
