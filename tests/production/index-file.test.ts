/**
 * The serialised index (npm run build): used at start-up when its content hash matches the corpus, rebuilt
 * when the corpus, the thesaurus or the format changed, and ignored (with a warning) when unreadable.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCore, loadCorpusWithHash } from '../../src/bootstrap.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { createAnalyzer } from '../../src/retrieval/analyzer.js';
import { buildSearchIndex, serialiseIndex } from '../../src/retrieval/search-index.js';
import { corpusContentHash } from '../../src/runtime/content-hash.js';
import { indexCacheFile, writeIndexFile } from '../../src/runtime/index-file.js';
import { EXAMPLE_REVIEW, memoryLogger, tempCorpus } from './helpers.js';

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

async function builtIndexFile() {
  const corpus = tempCorpus();
  cleanup.push(corpus.remove);
  const indexFile = join(corpus.dir, 'out', 'search-index.json');
  const { corpus: c, contentHash } = await loadCorpusWithHash(corpus.dir);
  await writeIndexFile(
    indexFile,
    serialiseIndex(buildSearchIndex(c, createAnalyzer(c.thesaurus)), contentHash),
  );
  return { dir: corpus.dir, indexFile, contentHash };
}

const QUESTION = 'what helps visits work';

describe('the serialised index', () => {
  it('is used when its content hash matches, and answers exactly as a freshly built index does', async () => {
    const t = await builtIndexFile();
    const { logger } = memoryLogger();
    const prebuilt = await loadCore({ corpusDir: t.dir, logger, indexFile: t.indexFile });
    const built = await loadCore({ corpusDir: t.dir, logger });
    expect(prebuilt.index).toBe('prebuilt');
    expect(built.index).toBe('built');
    expect(prebuilt.contentHash).toBe(t.contentHash);
    for (const q of [QUESTION, 'breastfeeding', 'school readiness', 'a recipe for bread'])
      expect(prebuilt.service.answer(q)).toEqual(built.service.answer(q));
  });

  it('is what the service searches (an index of other content, labelled with this hash, changes answers)', async () => {
    const t = await builtIndexFile();
    const { logger } = memoryLogger();
    // Index the bundled corpus instead, but label it with the example corpus's hash.
    const other = await loadCorpus('corpus');
    writeFileSync(
      t.indexFile,
      serialiseIndex(buildSearchIndex(other, createAnalyzer(other.thesaurus)), t.contentHash),
    );
    const core = await loadCore({ corpusDir: t.dir, logger, indexFile: t.indexFile });
    expect(core.index).toBe('prebuilt');
    const a = core.service.answer(QUESTION);
    expect(a.kind === 'answered' ? a.passages.length : 0).toBe(0);
  });

  it('is rebuilt when a review changes, saying why', async () => {
    const t = await builtIndexFile();
    const file = join(t.dir, EXAMPLE_REVIEW);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Two small studies', 'Two small trials'));
    const { logger, lines } = memoryLogger();
    const core = await loadCore({ corpusDir: t.dir, logger, indexFile: t.indexFile });
    expect(core.index).toBe('built');
    expect(core.contentHash).not.toBe(t.contentHash);
    expect(lines.find((l) => l.msg.includes('stale'))).toMatchObject({ reason: 'stale' });
  });

  it('is rebuilt when only the thesaurus changes', async () => {
    const t = await builtIndexFile();
    writeFileSync(join(t.dir, 'thesaurus.yml'), 'groups:\n  - [visit, home visit]\n');
    const core = await loadCore({ corpusDir: t.dir, logger: memoryLogger().logger, indexFile: t.indexFile });
    expect(core.index).toBe('built');
  });

  it('is ignored with a warning (and the index built) when the file is corrupt', async () => {
    const t = await builtIndexFile();
    writeFileSync(t.indexFile, '{"version": 1, "contentHash"');
    const { logger, lines } = memoryLogger();
    const core = await loadCore({ corpusDir: t.dir, logger, indexFile: t.indexFile });
    expect(core.index).toBe('built');
    expect(core.service.answer(QUESTION).kind).toBe('answered');
    expect(lines.find((l) => l.code === 'E_INDEX_UNREADABLE')?.level).toBe(40);
  });

  it('is kept in the start-up cache when built, and read from it at the next start until the corpus changes', async () => {
    const corpus = tempCorpus();
    cleanup.push(corpus.remove);
    const cacheFile = join(corpus.dir, 'cache', 'search-index.json');
    const { logger } = memoryLogger();
    const first = await loadCore({ corpusDir: corpus.dir, logger, cacheFile });
    expect(first.index).toBe('built');
    expect(existsSync(cacheFile)).toBe(true);
    const second = await loadCore({ corpusDir: corpus.dir, logger, cacheFile });
    expect(second.index).toBe('cached');
    for (const q of [QUESTION, 'breastfeeding', 'a recipe for bread'])
      expect(second.service.answer(q)).toEqual(first.service.answer(q));
    // a changed review makes the cache stale: built again, and the cache rewritten for the new content
    const file = join(corpus.dir, EXAMPLE_REVIEW);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Two small studies', 'Two small trials'));
    const third = await loadCore({ corpusDir: corpus.dir, logger, cacheFile });
    expect(third.index).toBe('built');
    expect((await loadCore({ corpusDir: corpus.dir, logger, cacheFile })).index).toBe('cached');
  });

  it('has one cache file a corpus directory, however the directory is named', () => {
    expect(indexCacheFile('corpus')).toBe(indexCacheFile(join(process.cwd(), 'corpus')));
    expect(indexCacheFile('corpus')).not.toBe(indexCacheFile('../shared/corpora/real'));
    expect(indexCacheFile('corpus')).toContain(join('node_modules', '.cache', 'evidence-bot'));
  });

  it('is built as without a cache when the cache is corrupt or cannot be written', async () => {
    const corpus = tempCorpus();
    cleanup.push(corpus.remove);
    const { logger } = memoryLogger();
    const corrupt = join(corpus.dir, 'corrupt.json');
    writeFileSync(corrupt, '{"version": 1, "contentHash"');
    const a = await loadCore({ corpusDir: corpus.dir, logger, cacheFile: corrupt });
    expect(a.index).toBe('built');
    expect(a.service.answer(QUESTION).kind).toBe('answered');
    // a cache path under a file (not a directory) cannot be written: still answers
    const unwritable = join(corpus.dir, EXAMPLE_REVIEW, 'cache.json');
    const b = await loadCore({ corpusDir: corpus.dir, logger, cacheFile: unwritable });
    expect(b.index).toBe('built');
    expect(b.service.answer(QUESTION).kind).toBe('answered');
  });

  it('has a content hash that ignores files loadCorpus ignores, and covers names and bytes', async () => {
    const t = await builtIndexFile();
    writeFileSync(join(t.dir, 'README.md'), '# not a review');
    writeFileSync(join(t.dir, '_draft.md'), 'not yet');
    expect(await corpusContentHash(t.dir)).toBe(t.contentHash);
    writeFileSync(join(t.dir, 'renamed.md'), readFileSync(join(t.dir, EXAMPLE_REVIEW)));
    expect(await corpusContentHash(t.dir)).not.toBe(t.contentHash);
  });
});
