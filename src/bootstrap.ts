/**
 * Loading the core for an entry point (src/main.ts, src/cli/*): the corpus, validated, and the
 * EvidenceService over it. A broken corpus throws CorpusError (every problem, with file, line and field).
 */
import { loadCorpus } from './corpus/load.js';
import type { Corpus } from './corpus/types.js';
import type { Logger } from './logger.js';
import type { EvidenceService } from './retrieval/answer.js';
import { createEvidenceService } from './retrieval/service.js';

export interface LoadedCore {
  corpus: Corpus;
  service: EvidenceService;
}

export async function loadCore(options: { corpusDir: string; limit?: number; logger: Logger }): Promise<LoadedCore> {
  const started = performance.now();
  const corpus = await loadCorpus(options.corpusDir);
  const service = createEvidenceService(corpus, {
    logger: options.logger,
    ...(options.limit === undefined ? {} : { limit: options.limit }),
  });
  for (const u of corpus.unresolved) {
    options.logger.warn({ file: u.file, line: u.line, citation: u.text }, 'citation matches no reference');
  }
  options.logger.debug(
    { documents: corpus.documents.length, passages: corpus.passages.length, ms: Math.round(performance.now() - started) },
    'corpus loaded',
  );
  return { corpus, service };
}
