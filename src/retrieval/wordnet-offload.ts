/**
 * Runs the WordNet side of an index build (wordnet-side.ts: the places named, the related terms and the
 * calibration's drafts) in a worker thread (wordnet-worker.ts) while the main thread analyses the passages and
 * builds the compact index, where that can pay: a corpus of WORKER_MIN passages or more, a second core, and an
 * analyzer that says what it was made from. The build is synchronous, so it waits with Atomics.wait: for a
 * passage's place count (shared memory the worker fills first), and in `collect` for the reply, read with
 * receiveMessageOnPort. If the worker cannot start, its module does not load, it throws or it does not answer
 * within WAIT_MS, the same functions run on the main thread instead: the result is the same.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { Corpus } from '../corpus/types.js';
import type { Analyzer } from './analyzer.js';
import { passageTexts } from './related.js';
import { releaseWordNet } from './wordnet.js';
import { countPlaces, NAMED_PER_PASSAGE, namedOf, type WordNetSide, wordNetSide } from './wordnet-side.js';
import type { WordNetJob, WordNetReply, WordNetWork } from './wordnet-worker.js';

/**
 * Smallest corpus sent to a worker: below it the WordNet side takes about as long as the worker's start (its
 * own WordNet load, and tsx's in development), and the main thread would wait for it.
 */
export const WORKER_MIN = 5000;
/** Longest wait for the worker before the main thread computes the WordNet side itself. */
const WAIT_MS = 10 * 60_000;

export interface PendingWordNetSide {
  /** Whether passage i's place count is known yet (the build analyses later passages while it is not). */
  placesReady(i: number): boolean;
  /** How many places passage i names (wordnet-side.ts countPlaces); waits for the worker's count. */
  places(i: number): number;
  /** The synsets of the places passage i names (at most NAMED_PER_PASSAGE); call after places(i). */
  named(i: number): Int32Array;
  /**
   * The related terms, drafts and places' names: the worker's, or computed now. Call once. `own`: the main thread's copy of a
   * term, where it has one (the index's): the worker's terms arrive as copies, and each is kept once (see shared).
   */
  collect(own?: (term: string) => string | undefined): WordNetSide;
  /** Stops the worker without waiting for it (the build failed); nothing once collected. */
  cancel(): void;
  /** Where the collected result was computed (tests check that the worker ran). */
  ranIn: 'worker' | 'main thread';
}

export interface OffloadOptions {
  /** Use a worker (true), never (false), or where it pays (undefined: see the header). */
  worker?: boolean;
}

export function startWordNetSide(
  corpus: Corpus,
  analyzer: Analyzer,
  options: OffloadOptions = {},
): PendingWordNetSide {
  // The closures below keep only the corpus and the analyzer: the texts sent to the worker are not held
  // (a worker's closures live until its exit is handled, after the build), and remade if the worker fails.
  const n = corpus.passages.length;
  let counts: Uint8Array | undefined;
  let namedHere: Int32Array | undefined;
  /**
   * The place counts and places named, made on the main thread. For a corpus of WORKER_MIN passages or more,
   * WordNet is dropped after (so not held while the passages are analysed), and read again for the related
   * terms; a smaller corpus keeps it (its analysis needs little memory; reading WordNet again took a tenth of
   * a second of a bundled-corpus build of about 0.6 s).
   */
  const countedHere = (): [Uint8Array, Int32Array] => {
    if (!counts || !namedHere) {
      counts = new Uint8Array(n);
      namedHere = new Int32Array(n * NAMED_PER_PASSAGE);
      countPlaces(passageTexts(corpus).texts, aboutFlags(corpus), counts, namedHere);
      if (n >= WORKER_MIN) releaseWordNet();
    }
    return [counts, namedHere];
  };
  const inline = () => {
    const named = countedHere()[1];
    const { texts, headings } = passageTexts(corpus);
    return wordNetSide(texts, headings, analyzer, named);
  };
  const use = options.worker ?? (n >= WORKER_MIN && availableParallelism() >= 2);
  const none: PendingWordNetSide = {
    placesReady: () => true,
    places: (i) => countedHere()[0][i] as number,
    named: (i) => namedOf(countedHere()[1], i),
    collect: inline,
    cancel: () => {},
    ranIn: 'main thread',
  };
  if (!use || !analyzer.source) return none;
  const { port1, port2 } = new MessageChannel();
  const state = new Int32Array(new SharedArrayBuffer(8));
  const shared = new Uint8Array(new SharedArrayBuffer(Math.max(1, n)));
  const sharedNamed = new Int32Array(new SharedArrayBuffer(Math.max(1, n * NAMED_PER_PASSAGE) * 4));
  const job: WordNetJob = { kind: 'wordnet-side', port: port2, state, places: shared, named: sharedNamed };
  // Posted before the worker starts (it is on the port when the worker reads it).
  port1.postMessage(workOf(corpus, analyzer.source));
  let worker: Worker;
  try {
    worker = new Worker(bootstrap(), { eval: true, workerData: job, transferList: [port2] });
  } catch {
    port1.close();
    return none;
  }
  // Never keeps the process alive: once collected it is not needed.
  worker.unref();
  let open = true;
  const stop = () => {
    if (!open) return;
    open = false;
    port1.close();
    worker.terminate().catch(() => {});
  };
  /** Passages whose places the worker has counted, -1 if it cannot (then they are counted here). */
  const progress = () => (counts ? n : Atomics.load(state, 1));
  const pending: PendingWordNetSide = {
    placesReady: (i) => progress() > i || progress() < 0,
    places(i) {
      for (let p = progress(); !counts && p <= i; p = progress()) {
        if (p < 0 || Atomics.wait(state, 1, p, WAIT_MS) === 'timed-out') countedHere();
      }
      return (counts ?? shared)[i] as number;
    },
    named: (i) => namedOf(namedHere ?? sharedNamed, i),
    collect(own) {
      try {
        if (Atomics.wait(state, 0, 0, WAIT_MS) === 'timed-out') return inline();
        const r = receiveMessageOnPort(port1)?.message as WordNetReply | undefined;
        if (!r || !('ok' in r)) return inline();
        pending.ranIn = 'worker';
        return sharedStrings(r.ok, own);
      } finally {
        stop();
      }
    },
    cancel: stop,
    ranIn: 'main thread',
  };
  return pending;
}

const aboutFlags = (corpus: Corpus): Uint8Array =>
  Uint8Array.from(corpus.passages, (p) => (p.role === 'about' ? 1 : 0));

function workOf(corpus: Corpus, source: NonNullable<Analyzer['source']>): WordNetWork {
  const { texts, headings } = passageTexts(corpus);
  const { thesaurus, cacheLimit } = source;
  return { texts, headings, about: aboutFlags(corpus), thesaurus, cacheLimit };
}

/**
 * The worker's reply with each distinct term one string, the main thread's own where it has one: a cloned
 * message has a copy of a string per occurrence (at 100k, 16 MB more heap than the same links made inline).
 */
function sharedStrings(
  side: WordNetSide,
  own: ((term: string) => string | undefined) | undefined,
): WordNetSide {
  const seen = new Map<string, string>();
  const one = (s: string): string => {
    let t = seen.get(s);
    if (t === undefined) {
      t = own?.(s) ?? s;
      seen.set(s, t);
    }
    return t;
  };
  const related: WordNetSide['related'] = new Map();
  for (const [from, links] of side.related) {
    for (const l of links) l.term = one(l.term);
    related.set(one(from), links);
  }
  return { related, drafts: side.drafts, places: side.places };
}

/**
 * The worker's code: imports wordnet-worker (the .js file in the build; from TypeScript sources, tsx is
 * registered first, as runtime/background-load.ts does); if that fails, replies with the error itself.
 */
function bootstrap(): string {
  const ts = import.meta.url.endsWith('.ts');
  const entry = new URL(ts ? './wordnet-worker.ts' : './wordnet-worker.js', import.meta.url).href;
  let load = `import(${JSON.stringify(entry)})`;
  if (ts) {
    // require.resolve finds the CommonJS build of tsx's API; the worker imports its ESM twin beside it.
    const api = createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs');
    load = `import(${JSON.stringify(pathToFileURL(api).href)}).then((t) => { t.register(); return ${load}; })`;
  }
  return `${load}.catch((e) => import('node:worker_threads').then(({ workerData: job }) => {
    job.port.postMessage({ error: String(e) });
    for (const [at, value] of [[1, -1], [0, 1]]) {
      Atomics.store(job.state, at, value);
      Atomics.notify(job.state, at);
    }
  }));`;
}
