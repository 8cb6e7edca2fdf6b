/**
 * Worker thread of an index build: computes the WordNet side (wordnet-side.ts) from the passages' texts and
 * the analyzer's thesaurus, posts it on the port it was given and then raises its `done` flag, which the
 * main thread waits on (wordnet-offload.ts). Does nothing when imported outside such a worker (e.g. by a
 * check that imports every module).
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import type { ThesaurusData } from '../corpus/types.js';
import { createAnalyzer } from './analyzer.js';
import { type WordNetSide, wordNetSide } from './wordnet-side.js';

export interface WordNetJob {
  kind: 'wordnet-side';
  texts: string[];
  headings: string[];
  thesaurus: ThesaurusData;
  cacheLimit: number;
  /** Where the reply goes. */
  port: MessagePort;
  /** Set to 1 (and notified) once the reply is posted. */
  done: Int32Array;
}

export type WordNetReply = { ok: WordNetSide } | { error: string };

/** Posts the reply, then raises the flag (the bootstrap of wordnet-offload.ts does the same if this fails to load). */
function reply(job: WordNetJob, r: WordNetReply): void {
  job.port.postMessage(r);
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
}

const job = workerData as WordNetJob | null | undefined;
if (job?.kind === 'wordnet-side') {
  let r: WordNetReply;
  try {
    const analyzer = createAnalyzer(job.thesaurus, { cacheLimit: job.cacheLimit });
    r = { ok: wordNetSide(job.texts, job.headings, analyzer) };
  } catch (e) {
    r = { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  reply(job, r);
}
