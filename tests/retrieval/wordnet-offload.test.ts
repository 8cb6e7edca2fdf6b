/**
 * The WordNet side of an index build in a worker thread (src/retrieval/wordnet-offload.ts): the same place
 * counts, related terms and calibration drafts as on the main thread, and the main thread's result when the worker cannot help.
 */

import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { analyzerFor, createAnalyzer } from '../../src/retrieval/analyzer.js';
import { serialiseRelated } from '../../src/retrieval/related.js';
import { type PendingWordNetSide, startWordNetSide } from '../../src/retrieval/wordnet-offload.js';
import type { WordNetSide } from '../../src/retrieval/wordnet-side.js';
import { BUNDLED_DIR } from './helpers.js';

const plain = (s: WordNetSide) => JSON.stringify([serialiseRelated(s.related), s.drafts, s.places]);
const placeCounts = (p: PendingWordNetSide, n: number) => Array.from({ length: n }, (_, i) => p.places(i));
/** Each passage's places (synsets), read after its count. */
const namedPlaces = (p: PendingWordNetSide, n: number) =>
  Array.from({ length: n }, (_, i) => {
    p.places(i);
    return [...p.named(i)];
  });

describe('the WordNet side of an index build', () => {
  it('is the same computed in a worker thread as on the main thread', async () => {
    const corpus = await loadCorpus(BUNDLED_DIR);
    const n = corpus.passages.length;
    const inWorker = startWordNetSide(corpus, analyzerFor(corpus), { worker: true });
    const workerPlaces = placeCounts(inWorker, n);
    const workerNamed = namedPlaces(inWorker, n);
    expect(inWorker.placesReady(n - 1)).toBe(true);
    const worker = inWorker.collect();
    expect(inWorker.ranIn).toBe('worker');
    const onMain = startWordNetSide(corpus, analyzerFor(corpus), { worker: false });
    expect(onMain.placesReady(0)).toBe(true);
    expect(placeCounts(onMain, n)).toEqual(workerPlaces);
    expect(workerPlaces.some((c) => c > 0)).toBe(true);
    expect(namedPlaces(onMain, n)).toEqual(workerNamed);
    expect(workerNamed.some((s) => s.length > 0)).toBe(true);
    const main = onMain.collect();
    expect(onMain.ranIn).toBe('main thread');
    expect(worker.related.size).toBeGreaterThan(100);
    expect(worker.drafts.length).toBeGreaterThan(10);
    expect(worker.places.some(([name]) => name === 'Scotland')).toBe(true);
    expect(plain(worker)).toBe(plain(main));
  }, 60_000);

  it('runs on the main thread for an analyzer that does not say what it was made from', async () => {
    const corpus = await loadCorpus(BUNDLED_DIR);
    const { source: _, ...bare } = createAnalyzer(corpus.thesaurus);
    const pending = startWordNetSide(corpus, bare, { worker: true });
    const side = pending.collect();
    expect(pending.ranIn).toBe('main thread');
    expect(plain(side)).toBe(plain(startWordNetSide(corpus, createAnalyzer(corpus.thesaurus)).collect()));
  }, 60_000);
});
