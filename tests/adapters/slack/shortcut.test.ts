/**
 * "Find evidence" on a message, end to end through Bolt: the question is the message's text, the answer is
 * private (the shortcut's response_url, ephemeral), nothing in it pings, and "Share in thread" posts it under
 * that message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, decodePage } from '../../../src/adapters/slack/action-ids.js';
import type { Button, SlackMessage } from '../../../src/adapters/slack/blocks.js';
import { FIND_EVIDENCE_SHORTCUT } from '../../../src/adapters/slack/on-shortcut.js';
import { type Harness, startHarness } from './harness.js';
import { limitViolations, liveMentions, passages, plainText } from './inspector.js';
import { actionBody, send, shortcutBody } from './signed.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const FORM = 'application/x-www-form-urlencoded';
let n = 0;

async function findEvidence(message: { text: string; ts: string; thread_ts?: string }) {
  const id = `sc-${++n}`;
  const res = await send(
    h.baseUrl,
    shortcutBody(FIND_EVIDENCE_SHORTCUT, message, h.slack.responseUrl(id)),
    FORM,
  );
  expect(res.status).toBe(200);
  const call = await h.slack.waitFor((c) => c.path === `/response/${id}`);
  return { body: call.body, message: call.body as unknown as SlackMessage };
}

const shareButton = (m: SlackMessage): Button | undefined =>
  m.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((b) => b.action_id === ACTION.share);

describe('the "Find evidence" message shortcut', () => {
  it('answers privately with the passages for the message text; nothing pings', async () => {
    const text = 'In the meeting <@U0123ABCD> said co-location improves outcomes &lt;!channel&gt; <!here>';
    const { body, message } = await findEvidence({ text, ts: '1700000000.000100' });
    expect(body.response_type).toBe('ephemeral');
    expect(body.replace_original).toBe(false);
    const direct = h.service.answer('In the meeting said co-location improves outcomes <!channel>');
    if (direct.kind !== 'answered')
      throw new Error(`the corpus no longer answers the claim (${direct.kind})`);
    const shown = passages(message);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown[0]?.quote.replace(/\s+/g, ' ')).toBe(direct.passages[0]?.text.replace(/\s+/g, ' '));
    expect(liveMentions(message)).toEqual([]);
    expect(limitViolations(message)).toEqual([]);
    expect(shareButton(message)?.text.text).toBe('Share in thread');
    // Nothing was posted anywhere but the private response.
    expect(h.slack.calls.filter((c) => c.path.startsWith('/api/chat.'))).toEqual([]);
  });

  it('"Share in thread" posts the answer under the message (its thread when it is a reply)', async () => {
    const { message } = await findEvidence({
      text: 'Is co-location enough on its own?',
      ts: '1700000000.000200',
      thread_ts: '1700000000.000050',
    });
    const share = shareButton(message);
    if (!share) throw new Error('no Share button');
    expect(decodePage(share.value)?.t).toBe('1700000000.000050');
    const id = `share-${++n}`;
    await send(
      h.baseUrl,
      actionBody({ action_id: share.action_id, value: share.value }, h.slack.responseUrl(id), {
        user: 'U2SHARER',
      }),
      FORM,
    );
    const shared = (await h.slack.waitFor((c) => c.path === `/response/${id}`)).body;
    expect(shared.response_type).toBe('in_channel');
    expect(shared.thread_ts).toBe('1700000000.000050');
    expect(plainText(shared as unknown as SlackMessage)).toContain('Shared by');
    expect(passages(shared as unknown as SlackMessage).length).toBeGreaterThan(0);
  });

  it('a long message is asked by its first 500 characters, with the usual notice', async () => {
    const text = `Co-location improves outcomes for families. ${'More words about joint working here. '.repeat(30)}`;
    const { message } = await findEvidence({ text, ts: '1700000000.000300' });
    expect(text.length).toBeGreaterThan(500);
    expect(plainText(message)).toMatch(/only its first 500 were used/);
  });

  it('a message with no text gets a short note, not help', async () => {
    const { message } = await findEvidence({ text: '', ts: '1700000000.000400' });
    expect(plainText(message)).toContain('no text to find evidence for');
  });
});
