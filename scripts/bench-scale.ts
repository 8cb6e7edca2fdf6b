/**
 * One benchmark run of our pipeline on one corpus, in a fresh process (run by scripts/bench.ts; run it
 * alone with `node --expose-gc --import tsx scripts/bench-scale.ts --size 10000`). `--size 0` is the bundled
 * corpus. Prints one line `RESULT {json}` on stdout.
 *
 * Measures: corpus load through the real loader; index build; service set-up; heap; serialised size, save
 * and load time; answer latency over the sample, held-out and synthetic questions; quality; pathological
 * questions (latency and heap growth over a bounded loop).
 */
import { loadCorpus } from '../src/corpus/load.js';
import { analyzerFor } from '../src/retrieval/analyzer.js';
import { search } from '../src/retrieval/search.js';
import { buildSearchIndex, loadSearchIndex, serialiseIndex } from '../src/retrieval/search-index.js';
import { createEvidenceService } from '../src/retrieval/service.js';
import {
  heapMB,
  type Latency,
  latency,
  ms,
  msAsync,
  parseArgs,
  type Quality,
  type Question,
  quality,
  type Ranked,
  ROOT,
  sampleQuestions,
  timeEach,
} from './bench-lib.js';
import { rng, synthCorpus } from './synth-corpus.js';

export interface ScaleResult {
  size: number;
  passages: number;
  documents: number;
  corpusLoadMs: number;
  buildMs: number;
  serviceMs: number;
  /** Heap used with the corpus loaded, before the index (MB). */
  heapCorpusMB: number;
  /** Heap used with corpus, index and service (MB). */
  heapMB: number;
  serialisedMB: number;
  serialiseMs: number;
  loadMs: number;
  /** Answers over the sample, held-out and synthetic questions (service.answer, ms). */
  answer: Latency;
  /** search() alone over the same questions (ms). */
  searchOnly: Latency;
  sampleQuality: Quality;
  heldoutQuality: Quality;
  synthQuality?: Quality;
  pathological: Record<string, Latency>;
  /** Heap after a bounded loop of pathological questions minus before it (MB). */
  pathologicalHeapGrowthMB: number;
  pathologicalLoop: number;
}

const args = parseArgs(process.argv.slice(2));
const size = Number(args.get('size') ?? 0);
const seed = Number(args.get('seed') ?? 7);
const passes = Number(args.get('passes') ?? (size === 0 ? 200 : size <= 10_000 ? 5 : 1));
const loop = Number(args.get('loop') ?? 1500);

const synth = size > 0 ? synthCorpus({ passages: size, seed }) : undefined;
const dir = synth?.dir ?? `${ROOT}corpus`;

const heap0 = heapMB();
const [corpus, corpusLoadMs] = await msAsync(() => loadCorpus(dir));
const heapCorpusMB = heapMB() - heap0;
const analyzer = analyzerFor(corpus);
const [built, buildMs] = ms(() => buildSearchIndex(corpus, analyzer));
const [service, serviceMs] = ms(() => createEvidenceService(corpus, { index: built }));
const heapAll = heapMB() - heap0;
const [json, serialiseMs] = ms(() => serialiseIndex(built, 'bench'));
const serialisedMB = Buffer.byteLength(json) / 2 ** 20;
const [loaded, loadMs] = ms(() => loadSearchIndex(json, 'bench'));
if (!loaded) throw new Error('the serialised index did not load');

const { sample, heldout } = sampleQuestions();
const synthQs: Question[] = synth?.questions ?? [];
const all = [...sample, ...heldout, ...synthQs].map((q) => q.q);
const answer = timeEach(all, passes, (q) => service.answer(q));
const searchOnly = timeEach(all, passes, (q) => search(built, analyzer, q));

const ranked = (q: string): Ranked => {
  const a = service.answer(q, { limit: 10 });
  if (a.kind !== 'answered') return { abstained: true, passages: [] };
  return { abstained: false, passages: a.passages.map((p) => `${p.section.join('\n')}\n${p.text}`) };
};

// Pathological questions (each is cut at 500 characters by the service, as a user's would be).
const r = rng(seed + 1);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const vocabulary = [
  ...new Set(
    corpus.passages
      .slice(0, 2000)
      .flatMap((p) => p.text.toLowerCase().match(/\p{L}+/gu) ?? [])
      .filter((w) => w.length >= 3),
  ),
];
const misspellings = synth?.misspellings ?? [
  'intergrationn',
  'colocashun',
  'multiagensy',
  'outcommmes',
  'leadershipp',
  'partnershipp',
  'profesionals',
  'longitudinnal',
];
const randomWord = (n: number) =>
  Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join('');
const patho: Record<string, string[]> = {
  'hundred words': Array.from({ length: 20 }, () =>
    Array.from({ length: 100 }, () => pick(vocabulary)).join(' '),
  ),
  'one word repeated': [
    'integration',
    'children',
    'the',
    'outcomes',
    'evidence',
    'care',
    'zzzz',
    'co-location',
  ].map((w) => Array.from({ length: 100 }, () => w).join(' ')),
  'long misspelt words': Array.from({ length: 20 }, () =>
    Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(misspellings)).join(' '),
  ),
  'all misspelt, 500 chars': Array.from({ length: 10 }, () =>
    Array.from({ length: 50 }, () => `${pick(misspellings)}${randomWord(2)}`).join(' '),
  ),
  'random 12-30 letter words': Array.from({ length: 20 }, () =>
    Array.from({ length: 8 }, () => randomWord(12 + Math.floor(r() * 19))).join(' '),
  ),
};
const pathological: Record<string, Latency> = {};
const pathoPasses = size >= 100_000 ? 1 : 3;
for (const [name, qs] of Object.entries(patho))
  pathological[name] = timeEach(qs, pathoPasses, (q) => service.answer(q));
// Memory: a bounded loop of pathological questions, half of them with words never seen before (the kind
// that fill caches), then compare the heap after a full collection.
const flat = Object.values(patho).flat();
for (let i = 0; i < 200; i++) service.answer(pick(flat));
const before = heapMB();
const loopTimes: number[] = [];
for (let i = 0; i < loop; i++) {
  const q =
    i % 2 === 0 ? pick(flat) : `${randomWord(10)} ${randomWord(14)} ${pick(misspellings)} ${randomWord(9)}`;
  const t = performance.now();
  service.answer(q);
  loopTimes.push(performance.now() - t);
}
const growth = heapMB() - before;
pathological['loop (mixed, fresh words)'] = latency(loopTimes);

const result: ScaleResult = {
  size,
  passages: corpus.passages.length,
  documents: corpus.documents.length,
  corpusLoadMs,
  buildMs,
  serviceMs,
  heapCorpusMB,
  heapMB: heapAll,
  serialisedMB,
  serialiseMs,
  loadMs,
  answer,
  searchOnly,
  sampleQuality: quality(sample, ranked),
  heldoutQuality: quality(heldout, ranked),
  ...(synthQs.length > 0 ? { synthQuality: quality(synthQs, ranked) } : {}),
  pathological,
  pathologicalHeapGrowthMB: growth,
  pathologicalLoop: loop,
};
console.log(`RESULT ${JSON.stringify(result)}`);
