/**
 * Signed but hostile requests against the real receiver: each costs its own request (a status and a log
 * line), never the process, and the bot answers the next question. Replays and skewed clocks are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness.js';
import { commandBody, form, send } from './signed.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('signed bodies of the wrong shape', () => {
  const cases: Array<[string, string, string]> = [
    ['JSON null', 'null', JSON_TYPE],
    ['JSON array', '[1,2]', JSON_TYPE],
    ['JSON string', '"event_callback"', JSON_TYPE],
    ['form payload=null', form({ payload: 'null' }), FORM],
    ['{"event": null}', JSON.stringify({ type: 'event_callback', event: null }), JSON_TYPE],
    ['event without a type', JSON.stringify({ type: 'event_callback', event: { user: 'U1' } }), JSON_TYPE],
    ['actions: null', form({ payload: JSON.stringify({ type: 'block_actions', actions: null }) }), FORM],
    [
      'a button click that names no user',
      form({
        payload: JSON.stringify({
          type: 'block_actions',
          trigger_id: 't-no-user',
          team: { id: 'T1' },
          channel: { id: 'C1' },
          actions: [{ action_id: 'evidence_vote:up:1', value: '1', type: 'button' }],
        }),
      }),
      FORM,
    ],
    ['command without text', form({ command: '/evidence', user_id: 'U1' }), FORM],
    ['not JSON at all', '{"event": ', JSON_TYPE],
  ];
  for (const [name, body, type] of cases) {
    it(`${name}: 400 with a log line, and the bot keeps answering`, async () => {
      const before = h.logs.length;
      const res = await send(h.baseUrl, body, type);
      expect(res.status).toBe(400);
      expect(h.logs.slice(before).some((l) => l.level === 'warn' && /rejected/.test(l.message))).toBe(true);
      await h.stillAnswers();
    });
  }
});

describe('clocks and replays', () => {
  it('refuses a correctly signed request an hour in the future, and one six minutes old', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const timestamp of [now + 3600, now + 6 * 60, now - 6 * 60]) {
      const id = `skew-${timestamp}`;
      const res = await send(h.baseUrl, commandBody('leadership', h.slack.responseUrl(id)), FORM, {
        timestamp,
      });
      expect(res.status).toBe(401);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.calls.filter((c) => c.path.startsWith('/response/skew-'))).toEqual([]);
  });

  it('accepts a clock four minutes ahead (within the window)', async () => {
    const id = 'ahead-ok';
    const timestamp = Math.floor(Date.now() / 1000) + 4 * 60;
    const res = await send(h.baseUrl, commandBody('leadership', h.slack.responseUrl(id)), FORM, {
      timestamp,
    });
    expect(res.status).toBe(200);
    await h.slack.waitFor((c) => c.path === `/response/${id}`);
  });

  it('answers a signed slash command replayed three times exactly once', async () => {
    const id = 'replayed';
    const body = commandBody('leadership', h.slack.responseUrl(id), 'U1ASKER', 'replay.trigger.1');
    const timestamp = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 3; i++) expect((await send(h.baseUrl, body, FORM, { timestamp })).status).toBe(200);
    await h.slack.waitFor((c) => c.path === `/response/${id}`);
    await h.stillAnswers();
    expect(h.slack.calls.filter((c) => c.path === `/response/${id}`)).toHaveLength(1);
  });
});
