/**
 * Slack retries an event it thinks we missed (X-Slack-Retry-Num). An event id already seen is dropped,
 * for a bounded time and a bounded number of ids.
 */
export interface Dedupe {
  /** True the first time an id is seen (within `ttlMs`), false after. */
  first(id: string): boolean;
}

export function createDedupe(options: { ttlMs?: number; max?: number; now?: () => number } = {}): Dedupe {
  const { ttlMs = 15 * 60_000, max = 20_000, now = Date.now } = options;
  const seen = new Map<string, number>();
  return {
    first(id) {
      const t = now();
      for (const [k, at] of seen) {
        if (t - at < ttlMs && seen.size <= max) break;
        seen.delete(k);
      }
      if (seen.has(id)) return false;
      seen.set(id, t);
      return true;
    },
  };
}
