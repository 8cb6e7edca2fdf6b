import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION } from '../../../src/adapters/slack/action-ids.js';
import type { Block, SlackMessage } from '../../../src/adapters/slack/blocks.js';
import { type Harness, startHarness } from './harness.js';
import { limitViolations, liveMentions, passages, plainText } from './inspector.js';
import { commandBody, send } from './signed.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const FORM = 'application/x-www-form-urlencoded';
let n = 0;
async function command(text: string) {
  const id = `cmd-${++n}`;
  const res = await send(h.baseUrl, commandBody(text, h.slack.responseUrl(id)), FORM);
  const call = await h.slack.waitFor((c) => c.path === `/response/${id}`);
  return { res, body: call.body, message: call.body as unknown as SlackMessage };
}

describe('/evidence over HTTP, through Bolt', () => {
  it('acknowledges at once and answers ephemerally on the response_url, with quotes, citations and caveats', async () => {
    const { res, body, message } = await command('leadership');
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1_000);
    expect(body.response_type).toBe('ephemeral');
    const shown = passages(message);
    expect(shown.length).toBeGreaterThan(0);
    for (const p of shown) {
      expect(p.attached).toMatch(/Porter/);
      expect(p.attached).toMatch(/Strength of evidence: [▰▱]{4} \w+/);
    }
    const answer = h.service.answer('leadership');
    if (answer.kind !== 'answered') throw new Error('the corpus no longer answers "leadership"');
    expect(shown[0]?.quote.replace(/\s+/g, ' ')).toBe(answer.passages[0]?.text.replace(/\s+/g, ' '));
    const header = message.blocks[0] as Block;
    expect(header).toEqual({ type: 'header', text: { type: 'plain_text', text: 'leadership', emoji: true } });
    const ids = message.blocks.flatMap((b) =>
      b.type === 'actions' ? b.elements.map((e) => e.action_id) : [],
    );
    expect(ids).toEqual(expect.arrayContaining([ACTION.more, ACTION.share, ACTION.voteUp, ACTION.voteDown]));
    expect(limitViolations(message)).toEqual([]);
  });

  it('answers cite, sources and help', async () => {
    const cite = await command('cite Feeley');
    expect(plainText(cite.message)).toContain('Feeley');
    expect(passages(cite.message).length).toBeGreaterThan(0);
    const sources = await command('sources');
    expect(plainText(sources.message)).toMatch(/Strength of evidence: [▰▱]{4}/);
    const help = await command('help');
    expect(plainText(help.message)).toContain('/evidence cite');
    const empty = await command('   ');
    expect(plainText(empty.message)).toContain('Type a question');
  });

  it('says plainly when there is no evidence, offering suggestions and no sources', async () => {
    const { message } = await command('quantum chromodynamics of teapots');
    expect(plainText(message)).toContain('No evidence found');
    expect(passages(message)).toEqual([]);
    expect(plainText(message)).not.toMatch(/Porter|Strength of evidence/);
  });

  it('escapes <!channel>, @here, mentions and links in the question', async () => {
    const { message, body } = await command('<!channel> leadership @here <@U999> <https://evil.example|x> &');
    expect(liveMentions(message)).toEqual([]);
    expect(JSON.stringify(body)).not.toMatch(/<!channel>|<!here>|<@U999>|<https:/);
    expect(message.text).toContain('&amp;');
  });

  it('keeps a 10,000-character question within every limit', async () => {
    const { message } = await command(`leadership ${'and workforce '.repeat(800)}`.slice(0, 10_000));
    expect(limitViolations(message)).toEqual([]);
    expect(liveMentions(message)).toEqual([]);
  });
});
