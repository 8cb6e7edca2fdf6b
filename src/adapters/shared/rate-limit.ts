/**
 * A per-user sliding-window rate limiter (in memory, one process). Memory is bounded: users idle for a whole
 * window are forgotten, and at most `maxUsers` are tracked (the least recently seen are dropped first).
 */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Counts one request for `key` when allowed. */
  take(key: string): RateDecision;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs?: number;
  maxUsers?: number;
  now?: () => number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs = 60_000, maxUsers = 10_000, now = Date.now } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('rate limit must be a positive integer');
  const hits = new Map<string, number[]>();

  return {
    take(key) {
      const t = now();
      const recent = (hits.get(key) ?? []).filter((at) => t - at < windowMs);
      hits.delete(key); // re-inserted below, so Map order is least recently seen first
      if (recent.length >= limit) {
        hits.set(key, recent);
        const oldest = recent[0] ?? t;
        return { allowed: false, retryAfterMs: Math.max(1, oldest + windowMs - t) };
      }
      recent.push(t);
      hits.set(key, recent);
      while (hits.size > maxUsers) {
        const first = hits.keys().next().value;
        if (first === undefined) break;
        hits.delete(first);
      }
      return { allowed: true };
    },
  };
}

/** "in 1 second", "in 42 seconds", "in 2 minutes" */
export function retryAfterText(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 60) return `in ${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  return `in ${m} minute${m === 1 ? '' : 's'}`;
}
