import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKING_REACTION } from '../../../src/adapters/slack/on-message.js';
import type { Call } from './fake-slack.js';
import { type Harness, startHarness } from './harness.js';
import { passages } from './inspector.js';
import { commandBody, eventBody, send } from './signed.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const JSON_TYPE = 'application/json';
const posts = (channel: string) =>
  h.slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

function mention(eventId: string, channel: string, ts: string, extra: Record<string, unknown> = {}) {
  return eventBody(eventId, {
    type: 'app_mention',
    user: 'U1ASKER',
    text: '<@UBOT> what about leadership?',
    ts,
    channel,
    ...extra,
  });
}

describe('mentions and DMs over HTTP, through Bolt', () => {
  it('answers a mention in the thread of the mention, with a working reaction added then removed', async () => {
    const res = await send(h.baseUrl, mention('Ev1', 'CM1', '100.000001'), JSON_TYPE);
    expect(res.status).toBe(200);
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CM1');
    expect(post.body.thread_ts).toBe('100.000001');
    expect(post.auth).toBe('Bearer xoxb-1234-5678-testtoken');
    expect(passages(post.body as never).length).toBeGreaterThan(0);
    const add = await h.slack.waitFor((c) => c.method === 'reactions.add' && c.body.channel === 'CM1');
    expect(add.body).toMatchObject({ name: WORKING_REACTION, timestamp: '100.000001' });
    const remove = await h.slack.waitFor((c) => c.method === 'reactions.remove' && c.body.channel === 'CM1');
    expect(add.at).toBeLessThanOrEqual(post.at);
    expect(remove.at).toBeGreaterThanOrEqual(post.at);
  });

  it('answers a mention inside a thread in that thread', async () => {
    await send(h.baseUrl, mention('Ev2', 'CM2', '200.000002', { thread_ts: '150.000001' }), JSON_TYPE);
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CM2');
    expect(post.body.thread_ts).toBe('150.000001');
  });

  it('answers a DM in the DM', async () => {
    const dm = eventBody('Ev3', {
      type: 'message',
      channel_type: 'im',
      user: 'U1ASKER',
      text: 'workforce',
      ts: '300.1',
      channel: 'D1',
    });
    await send(h.baseUrl, dm, JSON_TYPE);
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D1');
    expect(post.body.thread_ts).toBeUndefined();
    expect(passages(post.body as never).length).toBeGreaterThan(0);
  });

  it('answers a retried event (same event_id, X-Slack-Retry-Num) only once', async () => {
    const body = mention('Ev4', 'CM4', '400.1');
    await send(h.baseUrl, body, JSON_TYPE);
    await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CM4');
    for (const n of ['1', '2']) {
      const retry = await send(h.baseUrl, body, JSON_TYPE, {
        headers: { 'x-slack-retry-num': n, 'x-slack-retry-reason': 'http_timeout' },
      });
      expect(retry.status).toBe(200);
    }
    await settle();
    expect(posts('CM4')).toHaveLength(1);
  });

  it("ignores the bot's own messages and other bots'", async () => {
    const own = eventBody('Ev5', {
      type: 'message',
      channel_type: 'im',
      user: 'UBOT',
      bot_id: 'BBOT',
      text: 'leadership',
      ts: '500.1',
      channel: 'D5',
    });
    const other = eventBody('Ev6', {
      type: 'app_mention',
      user: 'U2',
      bot_id: 'BOTHER',
      text: '<@UBOT> leadership',
      ts: '500.2',
      channel: 'D5',
    });
    const subtype = eventBody('Ev7', {
      type: 'message',
      subtype: 'bot_message',
      channel_type: 'im',
      bot_id: 'BOTHER',
      text: 'leadership',
      ts: '500.3',
      channel: 'D5',
    });
    for (const b of [own, other, subtype]) expect((await send(h.baseUrl, b, JSON_TYPE)).status).toBe(200);
    await settle();
    expect(posts('D5')).toEqual([]);
  });

  it('rejects a bad signature and a stale timestamp with 401, and answers neither', async () => {
    const before = h.slack.calls.length;
    const bad = await send(
      h.baseUrl,
      commandBody('leadership', h.slack.responseUrl('sig1')),
      'application/x-www-form-urlencoded',
      {
        secret: 'not0the0right0secret0000',
      },
    );
    const stale = await send(h.baseUrl, mention('Ev8', 'CM8', '800.1'), JSON_TYPE, {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(bad.status).toBe(401);
    expect(stale.status).toBe(401);
    await settle();
    const after: Call[] = h.slack.calls.slice(before);
    expect(after.filter((c) => c.path === '/response/sig1' || c.body.channel === 'CM8')).toEqual([]);
  });
});
