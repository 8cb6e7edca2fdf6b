/** A fault inside the core, end to end through Bolt: an apology with the reference, not "no evidence". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../src/adapters/slack/blocks.js';
import { faultyService } from '../../retrieval/faulty.js';
import { corpus, type Harness, startHarness } from './harness.js';
import { limitViolations, passages, plainText } from './inspector.js';
import { commandBody, send } from './signed.js';

let h: Harness;
beforeAll(async () => {
  const c = await corpus();
  h = await startHarness({ wrap: () => faultyService(c) });
});
afterAll(() => h?.close());

describe('the error answer in Slack', () => {
  it('apologises with the error reference on /evidence, with no passages and no buttons', async () => {
    const res = await send(
      h.baseUrl,
      commandBody('leadership', h.slack.responseUrl('err-1')),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const message = (await h.slack.waitFor((c) => c.path === '/response/err-1'))
      .body as unknown as SlackMessage;
    const text = plainText(message);
    expect(text).toMatch(/Sorry, something went wrong.*ERR-[A-Z0-9]{6}/s);
    expect(text.toLowerCase()).not.toContain('no evidence');
    expect(passages(message)).toEqual([]);
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(limitViolations(message)).toEqual([]);
  });
});
