/**
 * Per-channel review sets in Slack, end to end through Bolt over six real reviews: in a scoped channel no
 * answer (command, mention, More results) ever carries another set's passage; elsewhere every review is seen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../../src/adapters/slack/blocks.js';
import { parseScopes } from '../../../src/scopes/load.js';
import { corpus, type Harness, startHarness } from './harness.js';
import { passages, plainText } from './inspector.js';
import { commandBody, eventBody, send } from './signed.js';

const REAL = '../shared/corpora/real';
const SCHOOL = 'hedco-four-day-school-week-2025';
const CARE = 'care-leavers-sr-supplement-2024';

let h: Harness;
let citations: Array<[string, string]>;
beforeAll(async () => {
  const c = await corpus(REAL);
  citations = c.documents.map((d) => [d.id, norm(d.citation)]);
  const scopes = parseScopes(
    'scopes.yml',
    `sets:\n  schools:\n    reviews: [${SCHOOL}]\nslack:\n  C1: schools\n`,
    c,
  );
  h = await startHarness({ corpusDir: REAL, scopes });
});
afterAll(() => h?.close());

const FORM = 'application/x-www-form-urlencoded';
let n = 0;
async function command(text: string): Promise<SlackMessage> {
  const id = `scope-${++n}`;
  await send(h.baseUrl, commandBody(text, h.slack.responseUrl(id)), FORM);
  return (await h.slack.waitFor((c) => c.path === `/response/${id}`)).body as unknown as SlackMessage;
}
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Which review each shown passage is from, by the review citation shown with it. */
const docsShown = (m: SlackMessage) =>
  passages(m).map((p) => citations.find(([, c]) => norm(p.attached).includes(c))?.[0] ?? 'unknown');

describe('review sets in Slack', () => {
  it('a question in a scoped channel (C1) is answered only from its set', async () => {
    const school = await command('Does a four-day school week change student achievement?');
    expect(docsShown(school).length).toBeGreaterThan(0);
    for (const d of docsShown(school)) expect(d).toBe(SCHOOL);
    const care = await command('Does independent living support stop care leavers from becoming homeless?');
    for (const d of docsShown(care)) expect(d).toBe(SCHOOL);
    const sources = plainText(await command('sources'));
    expect(sources).toContain('Review set here: schools');
    expect(sources).not.toMatch(/care leavers/i);
  }, 30_000);

  it('a mention in an unlisted channel sees every review', async () => {
    const ev = eventBody(`Ev-scope-${++n}`, {
      type: 'app_mention',
      user: 'U1ASKER',
      text: '<@UBOT> Does independent living support stop care leavers from becoming homeless?',
      ts: '900.000001',
      channel: 'C9OPEN',
    });
    await send(h.baseUrl, ev, 'application/json');
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C9OPEN');
    expect(docsShown(post.body as unknown as SlackMessage)).toContain(CARE);
  }, 30_000);
});
