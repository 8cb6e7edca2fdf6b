import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../src/adapters/slack/blocks.js';
import { SLACK_LIMITS } from '../../../src/adapters/slack/limits.js';
import { type Harness, startHarness } from './harness.js';
import { limitViolations, liveMentions, passages, plainText } from './inspector.js';
import { commandBody, send } from './signed.js';

const FORM = 'application/x-www-form-urlencoded';

async function command(h: Harness, id: string, text: string, user = 'U1ASKER') {
  const res = await send(h.baseUrl, commandBody(text, h.slack.responseUrl(id), user), FORM);
  expect(res.status).toBe(200);
  return (await h.slack.waitFor((c) => c.path === `/response/${id}`)).body as unknown as SlackMessage;
}

describe('rate limit and faults', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      rateLimitPerMinute: 3,
      // Fault injection around the real service: one question makes it throw.
      wrap: (s) => ({
        ...s,
        answer: (q, o) => {
          if (q.includes('explode')) throw new Error('injected fault with xoxb-1234-5678-testtoken inside');
          return s.answer(q, o);
        },
      }),
    });
  });
  afterAll(() => h.close());

  it('over the per-user limit, says when to try again; other users are unaffected', async () => {
    for (let i = 0; i < 3; i++)
      expect(passages(await command(h, `rl-${i}`, 'leadership', 'U9')).length).toBeGreaterThan(0);
    const limited = await command(h, 'rl-3', 'leadership', 'U9');
    expect(plainText(limited)).toMatch(/3 questions in the last minute.*try again in \d+ (seconds|minute)/);
    expect(passages(await command(h, 'rl-other', 'leadership', 'U10')).length).toBeGreaterThan(0);
  });

  it('a handler error gives an apology with a reference, logged with it (no token), and the bot keeps serving', async () => {
    const sorry = await command(h, 'f-1', 'explode please', 'U20');
    const ref = /ERR-[A-Z0-9]{6}/.exec(plainText(sorry))?.[0];
    expect(ref).toBeDefined();
    const logged = h.logs.find((l) => l.level === 'error' && l.fields.ref === ref);
    expect(logged?.fields).toMatchObject({ kind: 'command', code: 'E_UNKNOWN' });
    expect(JSON.stringify(h.logs)).not.toContain('xoxb-1234-5678-testtoken');
    expect(passages(await command(h, 'f-2', 'leadership', 'U20')).length).toBeGreaterThan(0);
  });
});

describe('an oversized passage from a real corpus', () => {
  let h: Harness;
  let dir: string;
  const MARK = 'zeppelinoid';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'slack-corpus-'));
    const source = readFileSync('corpus/celcis-csrr-rapid-evidence-review.md', 'utf8');
    // One paragraph under the chunker's word limit but far over Slack's section limit (long words), with
    // hostile text inside.
    const words = Array.from({ length: 120 }, (_, i) => `interagencycollaborationframework${i}`);
    const huge = `The ${MARK} finding: <!channel> & ${words.join(' ')} end. Second ${MARK} sentence here.`;
    writeFileSync(join(dir, 'review.md'), `${source.trimEnd()}\n\n## Oversized finding\n\n${huge}\n`);
    h = await startHarness({ corpusDir: dir });
  });
  afterAll(async () => {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is cut verbatim at a boundary with an ellipsis and "Show full passage", within every limit', async () => {
    const answer = h.service.answer(MARK);
    if (answer.kind !== 'answered') throw new Error(`the fixture passage was not found (${answer.kind})`);
    const long = answer.passages.find((p) => p.text.includes(MARK));
    expect(long?.text.length).toBeGreaterThan(SLACK_LIMITS.sectionText);
    const message = await command(h, 'big-1', MARK);
    expect(limitViolations(message)).toEqual([]);
    expect(liveMentions(message)).toEqual([]);
    const quote = passages(message)[0]?.quote ?? '';
    expect(quote.endsWith('…')).toBe(true);
    expect(long?.text.startsWith(quote.slice(0, -1).trimEnd())).toBe(true);
    expect(JSON.stringify(message.blocks)).toContain('"action_id":"evidence_full:0"');
  });
});
