/**
 * Property: no Slack request body, built from Bolt's own types (SlashCommand, AppMentionEvent, DM message,
 * BlockAction) with fields removed or nulled and correctly signed, ends the process or stops the bot:
 * each gets a status, and a valid question is answered after it.
 */
import type { BlockAction, ButtonAction, KnownEventFromType, SlashCommand } from '@slack/bolt';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutated } from '../shared/mutate.js';
import { type Harness, startHarness } from './harness.js';
import { form, send, triggerId } from './signed.js';

const FORM = 'application/x-www-form-urlencoded';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

type AppMentionEvent = KnownEventFromType<'app_mention'>;
type DirectMessageEvent = KnownEventFromType<'message'>;

let n = 0;
const command = (): SlashCommand => ({
  token: 'legacy',
  team_id: 'T1',
  team_domain: 'policy',
  channel_id: 'C1',
  channel_name: 'evidence',
  user_id: 'U1ASKER',
  user_name: 'asker',
  command: '/evidence',
  text: 'leadership',
  api_app_id: 'A1',
  response_url: h.slack.responseUrl(`prop-${++n}`),
  trigger_id: triggerId(),
});
const envelope = (event: AppMentionEvent | DirectMessageEvent) => ({
  token: 'legacy',
  team_id: 'T1',
  api_app_id: 'A1',
  type: 'event_callback',
  event_id: `Ev${++n}`,
  event_time: Math.floor(Date.now() / 1000),
  authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
  event,
});
const mention = (): AppMentionEvent => ({
  type: 'app_mention',
  user: 'U1ASKER',
  text: '<@UBOT> leadership',
  ts: `17000${++n}.0001`,
  channel: 'C1',
  event_ts: `17000${n}.0001`,
});
const dm = (): DirectMessageEvent =>
  ({
    type: 'message',
    subtype: undefined,
    channel_type: 'im',
    user: 'U1ASKER',
    text: 'leadership',
    ts: `18000${++n}.0001`,
    channel: 'D1',
    event_ts: `18000${n}.0001`,
  }) as DirectMessageEvent;
const action = (): BlockAction<ButtonAction> =>
  ({
    type: 'block_actions',
    user: { id: 'U1ASKER', username: 'asker', name: 'asker', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy',
    container: { type: 'message', message_ts: '1.1', channel_id: 'C1', is_ephemeral: true },
    trigger_id: triggerId(),
    team: { id: 'T1', domain: 'policy' },
    channel: { id: 'C1', name: 'evidence' },
    response_url: h.slack.responseUrl(`prop-${++n}`),
    actions: [
      {
        action_id: 'evidence_vote:up:1',
        value: '1',
        block_id: 'b',
        type: 'button',
        action_ts: '1.2',
        text: { type: 'plain_text', text: 'x' },
      },
    ],
  }) as BlockAction<ButtonAction>;

const asForm = (o: unknown) =>
  new URLSearchParams(
    Object.entries((o ?? {}) as Record<string, unknown>).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();

const kinds: Array<[string, () => unknown, (p: unknown) => [string, string]]> = [
  ['slash command', command, (p) => [asForm(p), FORM]],
  ['app_mention', () => envelope(mention()), (p) => [JSON.stringify(p), 'application/json']],
  ['DM', () => envelope(dm()), (p) => [JSON.stringify(p), 'application/json']],
  ['button click', action, (p) => [form({ payload: JSON.stringify(p) }), FORM]],
];

describe('malformed Slack bodies', () => {
  for (const [name, seed, encode] of kinds) {
    it(`a ${name} with fields removed or nulled never stops the bot`, async () => {
      await fc.assert(
        fc.asyncProperty(mutated(seed()), async ({ payload }) => {
          const [body, type] = encode(payload);
          const res = await send(h.baseUrl, body, type);
          expect([200, 400, 404]).toContain(res.status);
          await h.stillAnswers();
        }),
        { numRuns: 20 },
      );
    }, 60_000);
  }
});
