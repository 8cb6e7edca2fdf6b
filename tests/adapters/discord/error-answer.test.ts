/** A fault inside the core, end to end through discord.js: an apology with the reference, not "no evidence". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.js';
import { faultyService } from '../../retrieval/faulty.js';
import { question, slash } from './events.js';
import type { Json } from './fake-discord.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ service: faultyService(await loadCorpus('corpus')) });
});
afterAll(() => h?.close());

const shown = (d: Json): string =>
  [d.content ?? '', ...(d.embeds ?? []).flatMap((e: Json) => [e.title ?? '', e.description ?? ''])].join(
    '\n',
  );

describe('the error answer in Discord', () => {
  it('apologises with the error reference, shows no sources and offers no buttons', async () => {
    const d = (await h.interact(slash('ask', [question('home visiting')]))).body.data;
    const text = shown(d);
    expect(text).toMatch(/Sorry, something went wrong.*ERR-[A-Z0-9]{6}/s);
    expect(text.toLowerCase()).not.toContain('no evidence');
    expect(text).toContain('home visiting');
    expect(d.flags).toBe(64);
    expect(d.components ?? []).toEqual([]);
  });
});
