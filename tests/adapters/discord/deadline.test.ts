import { SnowflakeUtil } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createDeferPolicy, elapsedSince } from '../../../src/adapters/discord/deadline.js';
import { DISCORD_DEADLINES } from '../../../src/adapters/discord/limits.js';

const idAt = (t: number) => String(SnowflakeUtil.generate({ timestamp: t }));

describe('deadline policy', () => {
  it('reads the time already gone from the interaction id', () => {
    expect(elapsedSince(idAt(1_700_000_000_000), 1_700_000_002_500)).toBe(2_500);
    expect(elapsedSince(idAt(1_700_000_000_000), 1_699_999_999_000)).toBe(0); // a clock behind Discord's
  });

  it('answers directly while fresh, defers when late or when queued work would make it late', async () => {
    let now = 1_700_000_000_000;
    const policy = createDeferPolicy(() => now);
    expect(policy.shouldDefer(idAt(now))).toBe(false);
    expect(policy.shouldDefer(idAt(now - DISCORD_DEADLINES.deferAfterMs))).toBe(true);
    // 1,000 answers queued at 2 ms each (the assumed minimum) ahead of a fresh interaction: 2 s to come.
    const queued = Array.from({ length: 1_000 }, () => policy.run(() => 0));
    expect(policy.pending()).toBe(1_000);
    expect(policy.shouldDefer(idAt(now))).toBe(true);
    await Promise.all(queued);
    now += 1;
    expect(policy.shouldDefer(idAt(now))).toBe(false);
  });

  it('runs answers in order, one per turn of the event loop, so I/O interleaves; a throwing answer rejects only itself', async () => {
    const policy = createDeferPolicy();
    const order: string[] = [];
    const a = policy.run(() => order.push('a'));
    const b = policy.run(() => {
      throw new Error('boom');
    });
    const c = policy.run(() => order.push('c'));
    setImmediate(() => order.push('io'));
    await expect(b).rejects.toThrow('boom');
    await Promise.all([a, c]);
    expect(order[0]).toBe('a');
    expect(order.indexOf('io')).toBeLessThan(order.indexOf('c'));
  });
});
