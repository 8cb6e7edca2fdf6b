/**
 * Gateway events missing the fields discord.js and our handlers read, through the real discord.js client:
 * each costs that event (a warning naming the field), never the process, and the next question is answered.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordAdapter } from '../../../src/adapters/discord/index.js';
import { createFeedbackStore } from '../../../src/feedback/index.js';
import { until } from '../../production/helpers.js';
import { click, message, question, slash } from './events.js';
import { APP_ID, DM_CHANNEL_ID, GUILD_ID, startFakeDiscord, TOKEN } from './fake-discord.js';
import { type Harness, realService, startHarness } from './harness.js';
import { capturingLogger } from './logger.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function stillAnswers() {
  const call = await h.interact(slash('ask', [question('leadership')]));
  expect([4, 5]).toContain(call.body.type);
}

const without = <T extends object>(o: T, key: keyof T) => {
  const copy: Partial<T> = { ...o };
  delete copy[key];
  return copy;
};

describe('events without the fields we read', () => {
  const cases: Array<[string, string, () => unknown]> = [
    ['an INTERACTION_CREATE without data', 'INTERACTION_CREATE', () => without(slash('ask'), 'data')],
    ['an INTERACTION_CREATE with data null', 'INTERACTION_CREATE', () => ({ ...slash('ask'), data: null })],
    [
      'a button interaction without message',
      'INTERACTION_CREATE',
      () => without(click('evidence:x'), 'message'),
    ],
    [
      'an interaction without user or member',
      'INTERACTION_CREATE',
      () => without(without(slash('ask'), 'member'), 'user'),
    ],
    [
      'a MESSAGE_CREATE without author',
      'MESSAGE_CREATE',
      () => without(message('hello', { dm: true }), 'author'),
    ],
    [
      'a MESSAGE_CREATE with author null',
      'MESSAGE_CREATE',
      () => ({ ...message('hi', { mentionsBot: true }), author: null }),
    ],
  ];
  for (const [name, t, build] of cases) {
    it(`${name}: dropped with a warning, and the bot keeps answering`, async () => {
      const before = h.log.lines.length;
      h.fake.dispatch(t, build());
      await stillAnswers();
      const warned = h.log.lines.slice(before).find((e) => e.fields.code === 'E_ADAPTER_PAYLOAD');
      expect(warned?.fields).toEqual(expect.objectContaining({ event: t }));
    });
  }
});

describe('a REST 401 after start-up', () => {
  it('is fatal to the adapter: logged once as E_ADAPTER_UNAUTHORIZED, unhealthy, and onFatal asks for an exit', async () => {
    const fake = await startFakeDiscord();
    const dataDir = mkdtempSync(join(tmpdir(), 'evidence-discord-401-'));
    const feedback = createFeedbackStore({ dataDir, salt: 'test-salt' });
    const log = capturingLogger();
    const fatal: Error[] = [];
    const adapter = await startDiscordAdapter({
      config: {
        token: TOKEN,
        appId: APP_ID,
        guildId: GUILD_ID,
        apiUrl: fake.api,
        messageContentIntent: false,
      },
      service: await realService(),
      logger: log,
      feedback,
      rateLimitPerMinute: 1_000,
      readyTimeoutMs: 5_000,
      drainMs: 500,
      onFatal: (e) => fatal.push(e),
    });
    try {
      expect(adapter.health().connected).toBe(true);
      fake.failWith.set(`/channels/${DM_CHANNEL_ID}/messages`, { status: 401, times: 1 });
      fake.dispatch('MESSAGE_CREATE', message('leadership', { dm: true }));
      await until(() => fatal.length > 0);
      expect(fatal[0]).toMatchObject({ code: 'E_ADAPTER_UNAUTHORIZED' });
      expect(adapter.health()).toMatchObject({
        connected: false,
        detail: expect.stringMatching(/DISCORD_TOKEN/),
      });
      // A second 401 is not logged again.
      fake.failWith.set(`/channels/${DM_CHANNEL_ID}/messages`, { status: 401, times: 1 });
      fake.dispatch('MESSAGE_CREATE', message('leadership again', { dm: true }));
      await new Promise((r) => setTimeout(r, 300));
      expect(log.lines.filter((l) => l.fields.code === 'E_ADAPTER_UNAUTHORIZED')).toHaveLength(1);
      expect(JSON.stringify(log.lines)).not.toContain(TOKEN);
    } finally {
      await adapter.stop();
      await fake.close();
      feedback.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
