/**
 * Worker thread of an index build: computes the WordNet side (wordnet-side.ts) from the passages' texts and
 * the analyzer's thesaurus. First the place counts and the places named, into the shared `places` and `named` as it goes, `state[1]` the
 * passages counted so far (-1: counting failed); then the related terms and drafts, posted on the port it was
 * given, and `state[0]` raised. The main thread waits on both (wordnet-offload.ts). Does nothing when imported
 * outside such a worker (e.g. by a check that imports every module).
 */
import { type MessagePort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { ThesaurusData } from '../corpus/types.js';
import { createAnalyzer } from './analyzer.js';
import { countPlaces, type WordNetSide, wordNetSide } from './wordnet-side.js';

/** The worker's workerData: small, as the Worker may hold it until it exits. */
export interface WordNetJob {
  kind: 'wordnet-side';
  /** Where the reply goes; the first message on it is the WordNetWork. */
  port: MessagePort;
  /** [0]: set to 1 (and notified) once the reply is posted; [1]: passages whose places are counted, or -1. */
  state: Int32Array;
  /** A SharedArrayBuffer of one byte per passage: the place counts. */
  places: Uint8Array;
  /** A SharedArrayBuffer of NAMED_PER_PASSAGE synsets per passage: the places named (wordnet-side.ts). */
  named: Int32Array;
}

/** What the worker works on, posted on its port before it starts. */
export interface WordNetWork {
  texts: string[];
  headings: string[];
  /** 1 for a passage about the review itself. */
  about: Uint8Array;
  thesaurus: ThesaurusData;
  cacheLimit: number;
}

export type WordNetReply = { ok: WordNetSide } | { error: string };

/** Posts the reply, then raises the flag (the bootstrap of wordnet-offload.ts does the same if this fails to load). */
function reply(job: WordNetJob, r: WordNetReply): void {
  job.port.postMessage(r);
  signal(job.state, 0, 1);
}

function signal(state: Int32Array, at: number, value: number): void {
  Atomics.store(state, at, value);
  Atomics.notify(state, at);
}

const failure = (e: unknown): WordNetReply => ({
  error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
});

function run(job: WordNetJob): WordNetReply {
  const work = receiveMessageOnPort(job.port)?.message as WordNetWork | undefined;
  if (!work) {
    signal(job.state, 1, -1);
    return { error: 'no work posted' };
  }
  try {
    countPlaces(work.texts, work.about, job.places, job.named, (i) => signal(job.state, 1, i));
  } catch (e) {
    signal(job.state, 1, -1);
    return failure(e);
  }
  try {
    const analyzer = createAnalyzer(work.thesaurus, { cacheLimit: work.cacheLimit });
    return { ok: wordNetSide(work.texts, work.headings, analyzer, job.named) };
  } catch (e) {
    return failure(e);
  }
}

const job = workerData as WordNetJob | null | undefined;
if (job?.kind === 'wordnet-side') reply(job, run(job));
