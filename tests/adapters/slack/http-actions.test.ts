import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, encodePage, encodeReason, encodeVote } from '../../../src/adapters/slack/action-ids.js';
import type { Button, SlackMessage } from '../../../src/adapters/slack/blocks.js';
import { type Harness, startHarness } from './harness.js';
import { passages, plainText } from './inspector.js';
import { actionBody, commandBody, send } from './signed.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const FORM = 'application/x-www-form-urlencoded';
let n = 0;
const next = () => `act-${++n}`;

async function click(
  action: { action_id: string; value: string },
  extra: Parameters<typeof actionBody>[2] = {},
) {
  const id = next();
  const res = await send(h.baseUrl, actionBody(action, h.slack.responseUrl(id), extra), FORM);
  expect(res.status).toBe(200);
  const call = await h.slack.waitFor((c) => c.path === `/response/${id}`);
  return { body: call.body, message: call.body as unknown as SlackMessage };
}

async function ask(text: string): Promise<SlackMessage> {
  const id = next();
  await send(h.baseUrl, commandBody(text, h.slack.responseUrl(id)), FORM);
  return (await h.slack.waitFor((c) => c.path === `/response/${id}`)).body as unknown as SlackMessage;
}

const buttons = (m: SlackMessage): Button[] =>
  m.blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements : b.type === 'section' && b.accessory ? [b.accessory] : [],
  );
const buttonOf = (m: SlackMessage, id: string | RegExp) => {
  const b = buttons(m).find((x) => (typeof id === 'string' ? x.action_id === id : id.test(x.action_id)));
  if (!b) throw new Error(`no ${String(id)} button`);
  return { action_id: b.action_id, value: b.value };
};

describe('buttons, through Bolt', () => {
  it('"More results" replaces the answer in place with the next page', async () => {
    const first = await ask('workforce');
    const { body, message } = await click(buttonOf(first, ACTION.more));
    expect(body.replace_original).toBe(true);
    const firstQuotes = passages(first).map((p) => p.quote);
    const nextQuotes = passages(message).map((p) => p.quote);
    expect(nextQuotes.length).toBeGreaterThan(0);
    for (const q of nextQuotes) expect(firstQuotes).not.toContain(q);
    expect(plainText(message)).toMatch(/Passages 4–/);
  });

  it('"Share in channel" posts the same answer in the channel, attributed to the sharer', async () => {
    const first = await ask('leadership');
    const { body, message } = await click(buttonOf(first, ACTION.share), { user: 'U2SHARER' });
    expect(body.response_type).toBe('in_channel');
    expect(body.replace_original).toBe(false);
    expect(passages(message).map((p) => p.quote)).toEqual(passages(first).map((p) => p.quote));
    expect(message.blocks).toContainEqual(expect.objectContaining({ block_id: 'shared_by' }));
    expect(JSON.stringify(message.blocks)).toContain('Shared by <@U2SHARER>');
    expect(buttons(message).map((b) => b.action_id)).not.toContain(ACTION.share);
  });

  it('👎 keeps a row in the store with the question, passages, hashed user and channel; a reason can follow', async () => {
    const first = await ask('leadership');
    const ids = passages(first).length;
    const { message } = await click(buttonOf(first, ACTION.voteDown), { user: 'U3VOTER' });
    expect(plainText(message)).toContain('👎 recorded');
    const summary = h.feedback.summary();
    expect(summary.downvoted).toEqual([expect.objectContaining({ question: 'leadership', down: 1 })]);
    expect(summary.unhelpfulPassages).toHaveLength(ids);
    const reason = buttonOf(message, /^evidence_reason:/);
    const noted = await click(reason);
    expect(noted.body.replace_original).toBe(true);
    expect(h.feedback.summary().downvoted[0]?.reasons).toHaveLength(1);
    const up = await click(buttonOf(first, ACTION.voteUp));
    expect(plainText(up.message)).toContain('👍 recorded');
    expect(h.feedback.summary()).toMatchObject({ up: 1, down: 1 });
  });

  it('a reason for a vote the store does not have says it was not found, and saves nothing', async () => {
    const before = h.feedback.summary();
    const { body, message } = await click({
      action_id: 'evidence_reason:0',
      value: encodeReason(987_654, 'Not relevant'),
    });
    expect(body.replace_original).toBe(true);
    expect(plainText(message)).toMatch(/vote was not found/);
    expect(plainText(message)).not.toMatch(/noted/);
    expect(h.feedback.summary()).toEqual(before);
  });

  it('"Show full passage" sends the whole passage with its citation and caveat', async () => {
    const answer = h.service.answer('leadership');
    if (answer.kind !== 'answered') throw new Error('expected an answer');
    const p = answer.passages[0];
    if (!p) throw new Error('expected a passage');
    const { message } = await click({ action_id: `${ACTION.full}:0`, value: p.id });
    expect(passages(message)[0]?.quote.replace(/\s+/g, ' ')).toBe(p.text.replace(/\s+/g, ' '));
    expect(passages(message)[0]?.attached).toContain(p.strength.caveat.replace(/\s+/g, ' ').slice(0, 40));
    const gone = await click({ action_id: `${ACTION.full}:0`, value: 'no-such-passage' });
    expect(plainText(gone.message)).toContain('no longer in the reviews');
  });

  it('a suggestion asks that question in place', async () => {
    const first = await ask('what role does leadership play');
    const suggestion = buttons(first).find((b) => b.action_id.startsWith('evidence_suggest:'));
    const value = suggestion?.value ?? 'leadership';
    const { body, message } = await click({ action_id: 'evidence_suggest:0', value });
    expect(body.replace_original).toBe(true);
    expect((message.blocks[0] as { text: { text: string } }).text.text).toBe(value);
  });

  it('a forged or malformed button value gets an apology with a reference, logged with that reference', async () => {
    const { message } = await click({ action_id: ACTION.more, value: '{"q":1}' });
    const ref = /ERR-[A-Z0-9]{6}/.exec(plainText(message))?.[0];
    expect(ref).toBeDefined();
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        level: 'error',
        fields: expect.objectContaining({ ref, code: 'E_ADAPTER_PAYLOAD' }),
      }),
    );
    const bad = await click({
      action_id: 'evidence_reason:0',
      value: encodeReason(1, 'not a listed reason'),
    });
    expect(plainText(bad.message)).toMatch(/ERR-/);
    expect(encodeVote('q', ['a']).length).toBeLessThan(100);
    expect(encodePage('q', 3)).toBe('{"q":"q","o":3}');
  });
});
