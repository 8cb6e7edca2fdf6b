/** Under discord.js's ShardingManager: what the shards inherit, and that the adapter runs as the shard it is told. */
import { afterAll, describe, expect, it } from 'vitest';
import { shardEnvironment } from '../../../src/adapters/discord/sharding.js';
import { slash } from './events.js';
import { startHarness } from './harness.js';

describe('sharding', () => {
  it('shards inherit Discord and core settings but not Slack or the health port', () => {
    const env = shardEnvironment({
      DISCORD_TOKEN: 't',
      DISCORD_APP_ID: '1',
      CORPUS_DIR: 'corpus',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      HEALTH_PORT: '8080',
      PATH: '/bin',
    });
    expect(Object.keys(env).sort()).toEqual(['CORPUS_DIR', 'DISCORD_APP_ID', 'DISCORD_TOKEN', 'PATH']);
  });

  const saved = { SHARDS: process.env.SHARDS, SHARD_COUNT: process.env.SHARD_COUNT };
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('identifies as the shard given in SHARDS / SHARD_COUNT (as the ShardingManager sets them) and answers', async () => {
    process.env.SHARDS = '[1]';
    process.env.SHARD_COUNT = '2';
    const h = await startHarness();
    try {
      const identify = h.fake.gatewayFrames.find((f) => f.op === 2);
      expect(identify.d.shard).toEqual([1, 2]);
      expect(h.adapter.health().connected).toBe(true);
      expect((await h.interact(slash('help'))).body.type).toBe(4);
    } finally {
      await h.close();
    }
  });
});
