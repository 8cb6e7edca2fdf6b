/**
 * The real service over a real corpus with a corrupt search index (every read of it throws), as a damaged
 * prebuilt index would behave: the way the tests provoke an internal fault without stubbing the service.
 */
import type { Corpus } from '../../src/corpus/types.js';
import type { Logger } from '../../src/logger.js';
import type { EvidenceService } from '../../src/retrieval/answer.js';
import type { SearchIndex } from '../../src/retrieval/search-index.js';
import { createEvidenceService } from '../../src/retrieval/service.js';

const corrupt = (): never => {
  throw new Error('corrupt search index');
};

export const CORRUPT_INDEX = new Proxy({} as SearchIndex, { get: corrupt });

export function faultyService(corpus: Corpus, logger?: Logger): EvidenceService {
  return createEvidenceService(corpus, { index: CORRUPT_INDEX, ...(logger ? { logger } : {}) });
}
