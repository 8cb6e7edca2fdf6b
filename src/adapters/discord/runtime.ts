/** What every Discord handler shares: the core, the stores, the limiter, and how buttons find questions. */
import type { FeedbackStore } from '../../feedback/types.js';
import type { Logger } from '../../logger.js';
import type { EvidenceService, Scope } from '../../retrieval/answer.js';
import type { ScopeTable } from '../../scopes/load.js';
import { type RateLimiter, retryAfterText } from '../shared/rate-limit.js';
import type { AnswerState } from './answer-state.js';
import { type QueryRef, queryRef } from './custom-ids.js';
import type { DeferPolicy } from './deadline.js';
import { rateLimited } from './handlers/payload.js';
import type { RenderContext } from './render/index.js';

export interface DiscordRuntime {
  service: EvidenceService;
  feedback: FeedbackStore;
  logger: Logger;
  limiter: RateLimiter;
  ratePerMinute: number;
  state: AnswerState;
  defer: DeferPolicy;
  /** Stop taking new questions (stop() was called). */
  closing: () => boolean;
  /** Server or channel → review set. */
  scopes: ScopeTable;
}

/** The review set where something was asked (a channel's own set, else its server's, else the default). */
export function within(
  rt: DiscordRuntime,
  where: { guildId: string | null; channelId: string | null },
): { scope?: Scope } {
  const scope = rt.scopes.discord(where.guildId, where.channelId);
  return scope === undefined ? {} : { scope };
}

/** Takes one question from the user's allowance; the text to show when over it. */
export function overLimit(rt: DiscordRuntime, userId: string): string | undefined {
  const d = rt.limiter.take(`discord:${userId}`);
  return d.allowed ? undefined : rateLimited(rt.ratePerMinute, retryAfterText(d.retryAfterMs));
}

export function renderContext(
  rt: DiscordRuntime,
  ephemeral: boolean,
  extra: Partial<RenderContext> = {},
): RenderContext {
  return { ephemeral, refFor: (q) => queryRef(q, () => rt.state.put(q)), ...extra };
}

/** The question (or passage id) a button refers to, or undefined when its stored key has expired. */
export function resolveRef(rt: DiscordRuntime, ref: QueryRef): string | undefined {
  return 'q' in ref ? ref.q : rt.state.get(ref.k);
}
