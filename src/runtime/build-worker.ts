/**
 * Worker thread for background reloads: reads and validates the corpus and builds its index off the main
 * thread (both are synchronous and take seconds on a large corpus), then posts the corpus (plain data) and
 * the serialised index back. See background-load.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpusWithHash } from '../bootstrap.js';
import { CorpusError } from '../corpus/errors.js';
import { analyzerFor } from '../retrieval/analyzer.js';
import { buildSearchIndex, serialiseIndex } from '../retrieval/search-index.js';
import type { WorkerReply, WorkerRequest } from './background-load.js';

async function build(corpusDir: string): Promise<WorkerReply> {
  try {
    const { corpus, contentHash } = await loadCorpusWithHash(corpusDir);
    const indexJson = serialiseIndex(buildSearchIndex(corpus, analyzerFor(corpus)), contentHash);
    return { kind: 'built', corpus, contentHash, indexJson };
  } catch (e) {
    return e instanceof CorpusError
      ? { kind: 'invalid', problems: e.problems }
      : { kind: 'failed', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

// Does nothing when imported outside a worker (e.g. by a check that imports every module).
if (parentPort !== null) parentPort.postMessage(await build((workerData as WorkerRequest).corpusDir));
