/**
 * Meeting Discord's 3 s deadline under load. The core answers synchronously (milliseconds to a few hundred),
 * so answers run one at a time from a queue, one per turn of the event loop: gateway events, deferrals and
 * replies interleave with them instead of waiting behind a whole burst.
 *
 * When to defer: the interaction's id is a snowflake carrying its creation time, so the time already gone
 * (gateway delay, a busy loop) is known; the time still to come is estimated as the typical (median) recent
 * answer, at least 2 ms, times the answers queued ahead plus this one. While that total stays well inside the deadline the adapter
 * answers in one round trip; otherwise it defers at once (15 minutes) and edits the reply when the answer
 * comes. A clock ahead of Discord's only makes deferral more likely, which is safe.
 */
import { SnowflakeUtil } from 'discord.js';
import { DISCORD_DEADLINES } from './limits.js';

export function elapsedSince(snowflake: string, now: number): number {
  return Math.max(0, now - Number(SnowflakeUtil.timestampFrom(snowflake)));
}

/** The least an answer is assumed to take (rendering and sending included), before any is measured. */
const MIN_ANSWER_MS = 2;

export interface DeferPolicy {
  shouldDefer(interactionId: string): boolean;
  /** Queues one answer, runs it in its turn and times it. */
  run<T>(fn: () => T): Promise<T>;
  /** Answers waiting in the queue. */
  pending(): number;
}

interface Job {
  fn: () => unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export function createDeferPolicy(now: () => number = Date.now, window = 50): DeferPolicy {
  const recent: number[] = [];
  const queue: Job[] = [];
  let draining = false;

  const step = () => {
    const job = queue.shift();
    if (job === undefined) {
      draining = false;
      return;
    }
    const start = performance.now();
    try {
      job.resolve(job.fn());
    } catch (err) {
      job.reject(err);
    } finally {
      recent.push(performance.now() - start);
      if (recent.length > window) recent.shift();
    }
    setImmediate(step);
  };

  return {
    shouldDefer(id) {
      const sorted = [...recent].sort((a, b) => a - b);
      const typical = Math.max(MIN_ANSWER_MS, sorted[Math.floor(sorted.length / 2)] ?? 0);
      const ahead = queue.length + 1;
      return elapsedSince(id, now()) + typical * ahead >= DISCORD_DEADLINES.deferAfterMs;
    },
    run<T>(fn: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
        if (!draining) {
          draining = true;
          setImmediate(step);
        }
      });
    },
    pending: () => queue.length,
  };
}
