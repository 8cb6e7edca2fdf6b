/**
 * The assistant panel, end to end through Bolt's Assistant: suggested prompts from the corpus's finding
 * sections when a thread starts; for a question, the thread title and the status "is searching the
 * reviews…", then the answer in the thread as a DM would get it. Where the panel's calls fail (no paid plan,
 * or a DM thread outside it) the answer still comes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../src/adapters/slack/blocks.js';
import { SEARCHING_STATUS } from '../../../src/adapters/slack/on-assistant.js';
import { exampleQuestion } from '../../../src/retrieval/commands.js';
import { type Harness, startHarness } from './harness.js';
import { liveMentions, passages } from './inspector.js';
import { eventBody, send } from './signed.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const JSON_TYPE = 'application/json';
let n = 0;

describe('the assistant panel', () => {
  it('offers suggested prompts from the finding sections when a thread starts', async () => {
    const thread = { user_id: 'U1ASKER', channel_id: 'DA1', thread_ts: '500.000001', context: {} };
    const res = await send(
      h.baseUrl,
      eventBody(`Ev-as-${++n}`, {
        type: 'assistant_thread_started',
        assistant_thread: thread,
        ts: '500.000001',
      }),
      JSON_TYPE,
    );
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor((c) => c.method === 'assistant.threads.setSuggestedPrompts');
    expect(call.body).toMatchObject({ channel_id: 'DA1', thread_ts: '500.000001' });
    const prompts = JSON.parse(String(call.body.prompts)) as { title: string; message: string }[];
    const sections = h.service.suggest('', 4);
    expect(sections.length).toBeGreaterThan(0);
    expect(prompts.map((p) => p.message)).toEqual(sections.map(exampleQuestion));
    for (const p of prompts) expect(h.service.answer(p.message).kind).toBe('answered');
  });

  it('titles the thread from the question, shows the searching status, then answers in the thread', async () => {
    const message = {
      type: 'message',
      channel_type: 'im',
      channel: 'DA2',
      user: 'U1ASKER',
      text: 'Is co-location enough on its own?',
      ts: '600.000002',
      thread_ts: '600.000001',
    };
    await send(h.baseUrl, eventBody(`Ev-as-${++n}`, message), JSON_TYPE);
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'DA2');
    const title = h.slack.calls.find(
      (c) => c.method === 'assistant.threads.setTitle' && c.body.channel_id === 'DA2',
    );
    const status = h.slack.calls.find(
      (c) => c.method === 'assistant.threads.setStatus' && c.body.channel_id === 'DA2',
    );
    expect(title?.body).toMatchObject({
      thread_ts: '600.000001',
      title: 'Is co-location enough on its own?',
    });
    expect(status?.body).toMatchObject({ thread_ts: '600.000001', status: SEARCHING_STATUS });
    expect(status?.at).toBeLessThanOrEqual(post.at);
    expect(post.body.thread_ts).toBe('600.000001');
    const answer = post.body as unknown as SlackMessage;
    const direct = h.service.answer('Is co-location enough on its own?');
    if (direct.kind !== 'answered') throw new Error('the corpus no longer answers the question');
    expect(passages(answer)[0]?.quote.replace(/\s+/g, ' ')).toBe(
      direct.passages[0]?.text.replace(/\s+/g, ' '),
    );
    expect(liveMentions(answer)).toEqual([]);
  });

  it('answers even when the panel calls fail (a workspace without the feature)', async () => {
    h.slack.reply('assistant.threads.setStatus', { ok: false, error: 'not_allowed_token_type' });
    h.slack.reply('assistant.threads.setTitle', { ok: false, error: 'not_allowed_token_type' });
    const message = {
      type: 'message',
      channel_type: 'im',
      channel: 'DA3',
      user: 'U1ASKER',
      text: 'workforce',
      ts: '700.000002',
      thread_ts: '700.000001',
    };
    await send(h.baseUrl, eventBody(`Ev-as-${++n}`, message), JSON_TYPE);
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'DA3');
    expect(passages(post.body as unknown as SlackMessage).length).toBeGreaterThan(0);
  });
});
