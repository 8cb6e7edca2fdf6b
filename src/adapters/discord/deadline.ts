/**
 * When to defer: Discord drops an interaction not answered within 3 s of its creation. The interaction's id
 * is a snowflake carrying that creation time, so the time already gone (gateway delay, a busy event loop) is
 * known before answering; the answer's own time is estimated by the slowest of the recent answers. Answer
 * directly while both together stay well inside the deadline, otherwise defer first (which buys 15 minutes).
 * A clock ahead of Discord's only makes deferral more likely, which is safe.
 */
import { SnowflakeUtil } from 'discord.js';
import { DISCORD_DEADLINES } from './limits.js';

export function elapsedSince(snowflake: string, now: number): number {
  return Math.max(0, now - Number(SnowflakeUtil.timestampFrom(snowflake)));
}

export interface DeferPolicy {
  shouldDefer(interactionId: string): boolean;
  /** Times one answer (the core is synchronous) and remembers how long it took. */
  time<T>(fn: () => T): T;
}

export function createDeferPolicy(now: () => number = Date.now, window = 50): DeferPolicy {
  const recent: number[] = [];
  return {
    shouldDefer(id) {
      const slowest = recent.length === 0 ? 0 : Math.max(...recent);
      return elapsedSince(id, now()) + slowest >= DISCORD_DEADLINES.deferAfterMs;
    },
    time(fn) {
      const start = performance.now();
      try {
        return fn();
      } finally {
        recent.push(performance.now() - start);
        if (recent.length > window) recent.shift();
      }
    },
  };
}
