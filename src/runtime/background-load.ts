/**
 * Loading a new core for a reload without stalling the platforms: the corpus is read, validated and indexed
 * in a worker thread (runtime/build-worker.ts); the main thread only loads the serialised index and builds
 * the service over it, which is several times cheaper. A corpus with problems rejects with the same
 * CorpusError as loadCore. If the worker cannot run at all, the load falls back to the main thread.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { assembleCore, type LoadedCore, loadCore } from '../bootstrap.js';
import { CorpusError, type CorpusProblem } from '../corpus/errors.js';
import type { Corpus } from '../corpus/types.js';
import type { Logger } from '../logger.js';
import { loadSearchIndex } from '../retrieval/search-index.js';

export interface WorkerRequest {
  corpusDir: string;
}

export type WorkerReply =
  | { kind: 'built'; corpus: Corpus; contentHash: string; indexJson: string }
  | { kind: 'invalid'; problems: CorpusProblem[] }
  | { kind: 'failed'; error: string };

export interface BackgroundLoadOptions {
  corpusDir: string;
  limit?: number;
  logger: Logger;
}

/**
 * From the build, the worker is build-worker.js. From TypeScript sources (tsx, vitest) it is a .ts file: a
 * small bootstrap registers tsx's loader in the worker first (tsx is a development dependency, present there).
 */
function startWorker(request: WorkerRequest): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./build-worker.js', import.meta.url), { workerData: request });
  const entry = new URL('./build-worker.ts', import.meta.url).href;
  // require.resolve finds the CommonJS build of tsx's API; the worker imports its ESM twin beside it.
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  const tsx = pathToFileURL(api).href;
  const code = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData: request });
}

function runWorker(request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(request);
    let replied = false;
    worker.once('message', (reply: WorkerReply) => {
      replied = true;
      resolve(reply);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`index worker exited with code ${code} before replying`));
    });
  });
}

export async function loadCoreInBackground(options: BackgroundLoadOptions): Promise<LoadedCore> {
  const started = performance.now();
  let reply: WorkerReply;
  try {
    reply = await runWorker({ corpusDir: options.corpusDir });
  } catch (err) {
    options.logger.warn(
      { code: 'E_INDEX_WORKER', error: String(err) },
      'index worker unavailable; reloading on the main thread',
    );
    return loadCore(options);
  }
  switch (reply.kind) {
    case 'invalid':
      throw new CorpusError(reply.problems);
    case 'failed':
      throw new Error(reply.error);
    case 'built': {
      const index = loadSearchIndex(reply.indexJson, reply.contentHash);
      if (index === undefined) throw new Error('the index worker returned an index of another format');
      return assembleCore(reply.corpus, reply.contentHash, { index, source: 'built' }, options, started);
    }
  }
}
