/**
 * Loading the core for an entry point (src/main.ts, src/cli/*): the corpus, validated, and the
 * EvidenceService over it. A broken corpus throws CorpusError (every problem, with file, line and field).
 *
 * With `indexFile`, a serialised index (npm run build) is used instead of re-indexing when it was built from
 * exactly these corpus files, thesaurus and index format (the content hash); otherwise the index is built.
 * With `cacheFile` too, an index built here is written there for the next start, and read from there when
 * `indexFile` does not fit (the console and `npm run ask` start in a fraction of the time on an unchanged corpus).
 */
import { loadCorpus } from './corpus/load.js';
import type { Corpus } from './corpus/types.js';
import type { Logger } from './logger.js';
import { analyzerFor } from './retrieval/analyzer.js';
import type { EvidenceService } from './retrieval/answer.js';
import type { SearchIndex } from './retrieval/search-index.js';
import { buildSearchIndex, serialiseIndex } from './retrieval/search-index.js';
import { createEvidenceService } from './retrieval/service.js';
import { corpusContentHash } from './runtime/content-hash.js';
import { readIndexFile, writeIndexFile } from './runtime/index-file.js';

export interface LoadedCore {
  corpus: Corpus;
  service: EvidenceService;
  /** What the corpus was loaded from (see runtime/content-hash.ts). */
  contentHash: string;
  /** Whether the search index came from the serialised file (npm run build), the start-up cache, or was built now. */
  index: 'prebuilt' | 'cached' | 'built';
  loadedAt: Date;
  ms: number;
}

export interface LoadCoreOptions {
  corpusDir: string;
  limit?: number;
  logger: Logger;
  /** A serialised index to use when its content hash matches (see runtime/index-file.ts). */
  indexFile?: string;
  /** Where an index built at start-up is kept for the next one (runtime/index-file.ts `indexCacheFile`). */
  cacheFile?: string;
}

/** A file changed while it was being read: read again, a few times, so hash and corpus agree. */
const ATTEMPTS = 3;

/** The corpus and the content hash of exactly the files it was read from. */
export async function loadCorpusWithHash(dir: string): Promise<{ corpus: Corpus; contentHash: string }> {
  for (let attempt = 1; ; attempt++) {
    const before = await corpusContentHash(dir).catch(() => undefined);
    const corpus = await loadCorpus(dir);
    const after = await corpusContentHash(dir);
    if (before === after || attempt === ATTEMPTS) return { corpus, contentHash: after };
  }
}

export async function loadCore(options: LoadCoreOptions): Promise<LoadedCore> {
  const started = performance.now();
  const { logger } = options;
  const { corpus, contentHash } = await loadCorpusWithHash(options.corpusDir);
  // Indexing is synchronous: let waiting events (a platform's acknowledgement deadline) run first.
  await new Promise((resolve) => setImmediate(resolve));
  const prebuilt =
    options.indexFile === undefined ? undefined : await readIndexFile(options.indexFile, contentHash);
  if (prebuilt !== undefined && prebuilt.kind !== 'loaded') {
    const fields = { file: options.indexFile, reason: prebuilt.kind, contentHash };
    if (prebuilt.kind === 'unreadable')
      logger.warn(
        { ...fields, code: 'E_INDEX_UNREADABLE', error: prebuilt.error },
        'serialised index ignored',
      );
    else if (prebuilt.kind === 'stale') logger.info(fields, 'serialised index is stale; building the index');
    else logger.debug(fields, 'no serialised index; building the index');
  }
  if (prebuilt?.kind === 'loaded')
    return assembleCore(corpus, contentHash, { index: prebuilt.index, source: 'prebuilt' }, options, started);
  const { cacheFile } = options;
  if (cacheFile === undefined)
    return assembleCore(corpus, contentHash, { index: undefined, source: 'built' }, options, started);
  const cached = await readIndexFile(cacheFile, contentHash);
  if (cached.kind === 'loaded')
    return assembleCore(corpus, contentHash, { index: cached.index, source: 'cached' }, options, started);
  // The cache is an optimisation: whatever is wrong with it (absent, stale, unreadable, not writable), the
  // index is built as it would be without one.
  logger.debug({ file: cacheFile, reason: cached.kind, contentHash }, 'no cached index; building the index');
  const index = buildSearchIndex(corpus, analyzerFor(corpus));
  await writeIndexFile(cacheFile, serialiseIndex(index, contentHash)).catch((e: Error) =>
    logger.debug({ file: cacheFile, error: e.message }, 'index cache not written'),
  );
  return assembleCore(corpus, contentHash, { index, source: 'built' }, options, started);
}

/** How many unresolved citations start-up names one by one (corpus:check names them all). */
export const CITATION_WARNINGS = 3;

/** The service over a loaded corpus, with its index (built here when not given); logs what it did. */
export function assembleCore(
  corpus: Corpus,
  contentHash: string,
  { index, source }: { index: SearchIndex | undefined; source: LoadedCore['index'] },
  options: Omit<LoadCoreOptions, 'corpusDir' | 'indexFile'>,
  started: number,
): LoadedCore {
  const { logger } = options;
  const service = createEvidenceService(corpus, {
    logger,
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    ...(index === undefined ? {} : { index }),
  });
  // Each citation that resolves to no single reference, with what is wrong: none fits, or several do. The first
  // few, then how many more and where to see them all, so that a corpus with dozens does not bury the answers
  // of a console run (or a server's first screen of log) under its warnings.
  for (const u of corpus.unresolved.slice(0, CITATION_WARNINGS)) {
    logger.warn(
      { file: u.file, line: u.line, citation: u.text, problem: u.problem },
      u.ambiguous ? 'citation is ambiguous' : 'citation matches no reference',
    );
  }
  const more = corpus.unresolved.length - CITATION_WARNINGS;
  if (more > 0) {
    logger.warn(
      { more, unresolved: corpus.unresolved.length, see: 'npm run corpus:check' },
      `and ${more} more citation${more === 1 ? '' : 's'} resolving to no single reference (npm run corpus:check lists them all)`,
    );
  }
  const ms = Math.round(performance.now() - started);
  const loaded: LoadedCore = {
    corpus,
    service,
    contentHash,
    index: source,
    loadedAt: new Date(),
    ms,
  };
  logger.debug(
    {
      documents: corpus.documents.length,
      passages: corpus.passages.length,
      index: loaded.index,
      contentHash,
      ms,
    },
    'corpus loaded',
  );
  return loaded;
}
