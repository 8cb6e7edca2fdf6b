/**
 * Questions too long to travel inside a button's custom_id, kept in memory under a short random key.
 * Bounded (least recently stored dropped first) and expiring; a button whose key is gone says so.
 */
import { randomBytes } from 'node:crypto';

export interface AnswerState {
  put(query: string): string;
  get(key: string): string | undefined;
}

export function createAnswerState(
  options: { max?: number; ttlMs?: number; now?: () => number } = {},
): AnswerState {
  const { max = 5_000, ttlMs = 24 * 60 * 60_000, now = Date.now } = options;
  const entries = new Map<string, { query: string; at: number }>();
  return {
    put(query) {
      const key = randomBytes(6).toString('base64url');
      entries.set(key, { query, at: now() });
      while (entries.size > max) {
        const first = entries.keys().next().value;
        if (first === undefined) break;
        entries.delete(first);
      }
      return key;
    },
    get(key) {
      const e = entries.get(key);
      if (e === undefined) return undefined;
      if (now() - e.at > ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return e.query;
    },
  };
}
