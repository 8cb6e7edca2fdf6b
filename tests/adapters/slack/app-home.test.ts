/**
 * The App Home tab, end to end through Bolt: published when a user opens it (with every review, how to ask,
 * examples from the corpus and the corpus version), and republished when a reload swaps in a new corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strengthLabel } from '../../../src/adapters/shared/strength.js';
import type { Block } from '../../../src/adapters/slack/blocks.js';
import { blockTexts } from '../../../src/adapters/slack/blocks.js';
import { unescapeMrkdwn } from '../../../src/adapters/slack/mrkdwn.js';
import { HOME_BLOCKS } from '../../../src/adapters/slack/render-home.js';
import { assembleCore, type LoadedCore } from '../../../src/bootstrap.js';
import { loadCorpus } from '../../../src/corpus/load.js';
import { silentLogger } from '../../../src/logger.js';
import {
  corpusVersionSource,
  createSwappableService,
  type SwappableService,
} from '../../../src/runtime/swappable-service.js';
import type { Call } from './fake-slack.js';
import { type Harness, startHarness } from './harness.js';
import { eventBody, send } from './signed.js';

const core = async (dir: string, hash: string): Promise<LoadedCore> =>
  assembleCore(
    await loadCorpus(dir),
    hash,
    { index: undefined, source: 'built' },
    { logger: silentLogger },
    0,
  );

let h: Harness;
let holder: SwappableService;
let next: LoadedCore;
beforeAll(async () => {
  holder = createSwappableService(await core('corpus', 'sha256:first'));
  next = await core('tests/fixtures/retrieval', 'sha256:second');
  h = await startHarness({ wrap: () => holder.service, corpus: corpusVersionSource(holder) });
});
afterAll(() => h?.close());

let n = 0;
const openHome = (user: string) =>
  send(
    h.baseUrl,
    eventBody(`Ev-home-${++n}`, {
      type: 'app_home_opened',
      user,
      channel: 'D0HOME',
      tab: 'home',
      ts: `1700000100.00000${n}`,
    }),
    'application/json',
  );

const viewOf = (c: Call): { type: string; blocks: Block[] } =>
  JSON.parse(String(c.body.view)) as { type: string; blocks: Block[] };
const textOf = (blocks: Block[]) => unescapeMrkdwn(blocks.flatMap(blockTexts).join('\n'));

describe('the App Home tab', () => {
  it('is published when a user opens it: every review, how to ask, examples and the corpus version', async () => {
    const res = await openHome('U1HOME');
    expect(res.status).toBe(200);
    const call = await h.slack.waitFor((c) => c.method === 'views.publish' && c.body.user_id === 'U1HOME');
    const view = viewOf(call);
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCKS);
    const text = textOf(view.blocks);
    const sources = holder.service.answer('sources');
    if (sources.kind !== 'sources') throw new Error('no sources answer');
    for (const d of sources.documents) {
      expect(text).toContain(`${d.title}* (${d.year})`);
      expect(text).toContain(d.publisher);
      expect(text).toContain(`${d.passageCount} passages`);
      expect(text).toContain(strengthLabel(d.strength));
      expect(text).toContain(d.strength.caveat);
    }
    expect(text).toContain('/evidence <question>');
    expect(text).toContain('@Evidence');
    expect(text).toContain('direct message');
    expect(text).toContain('Find evidence');
    const help = holder.service.answer('help');
    if (help.kind !== 'help') throw new Error('no help answer');
    for (const e of help.examples) expect(text).toContain(e);
    expect(text).toContain('sha256:first');
    expect(text).toContain(holder.current().loadedAt.toISOString());
    expect(call.auth).toMatch(/^Bearer xoxb-/);
  });

  it('is republished for those who opened it when a reload swaps in a new corpus', async () => {
    await openHome('U2HOME');
    await h.slack.waitFor((c) => c.method === 'views.publish' && c.body.user_id === 'U2HOME');
    const before = h.slack.calls.length;
    holder.swap(next);
    const republished = await Promise.all(
      ['U1HOME', 'U2HOME'].map((u) =>
        h.slack.waitFor(
          (c) => h.slack.calls.indexOf(c) >= before && c.method === 'views.publish' && c.body.user_id === u,
        ),
      ),
    );
    for (const call of republished) {
      const text = textOf(viewOf(call).blocks);
      expect(text).toContain('sha256:second');
      expect(text).toContain(next.corpus.documents[0]?.title ?? '(no title)');
      expect(text).not.toContain('sha256:first');
    }
  });
});
