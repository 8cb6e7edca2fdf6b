/**
 * A serialised index reloads to the same results when the content hash matches, and is refused (undefined) when
 * the hash or the format version differs, so a stale index is rebuilt rather than used.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/retrieval/analyzer.js';
import { INDEX_FORMAT_VERSION } from '../../src/retrieval/index-options.js';
import {
  buildSearchIndex,
  loadSearchIndex,
  type SearchIndex,
  serialiseIndex,
} from '../../src/retrieval/search-index.js';
import { createEvidenceService } from '../../src/retrieval/service.js';
import { BUNDLED_DIR, FIXTURE_DIR, type Loaded, load } from './helpers.js';

const QUESTIONS = [
  'why do relationships matter',
  'what about joined-up working for kids',
  'intergrated',
  'holistic prac',
  'co-location',
  'organization',
  'mentoring',
  'weather',
  'children',
  'how long does it take to see outcomes',
];

describe.each([
  ['bundled', BUNDLED_DIR],
  ['fixture', FIXTURE_DIR],
])('save and reload (%s corpus)', (_name, dir) => {
  let loaded: Loaded;
  let built: SearchIndex;
  let json: string;
  beforeAll(async () => {
    loaded = await load(dir);
    built = buildSearchIndex(loaded.corpus, createAnalyzer(loaded.corpus.thesaurus));
    json = serialiseIndex(built, 'hash-1');
  });

  it('the same content hash loads an index that answers every question identically', () => {
    const reloaded = loadSearchIndex(json, 'hash-1');
    expect(reloaded).toBeDefined();
    expect(reloaded?.size).toBe(built.size);
    expect(reloaded?.df).toEqual(built.df);
    const fresh = createEvidenceService(loaded.corpus);
    if (!reloaded) return;
    const fromDisk = createEvidenceService(loaded.corpus, { index: reloaded });
    let answeredCount = 0;
    for (const q of QUESTIONS) {
      for (const opts of [{}, { limit: 5, offset: 2 }]) {
        const a = fromDisk.answer(q, opts);
        expect(a, q).toEqual(fresh.answer(q, opts));
        if (a.kind === 'answered') answeredCount++;
      }
    }
    // The comparison covered real answers, not only abstentions.
    expect(answeredCount).toBeGreaterThan(4);
  });

  it('a reloaded index saves and reloads again to the same answers (a second cycle loses nothing)', () => {
    const once = loadSearchIndex(json, 'hash-1');
    expect(once).toBeDefined();
    if (!once) return;
    // MiniSearch may order its internal JSON differently after a load, so compare behaviour, not bytes.
    const twice = loadSearchIndex(serialiseIndex(once, 'hash-1'), 'hash-1');
    expect(twice?.df).toEqual(built.df);
    if (!twice) return;
    const a = createEvidenceService(loaded.corpus, { index: once });
    const c = createEvidenceService(loaded.corpus, { index: twice });
    for (const q of QUESTIONS) expect(c.answer(q), q).toEqual(a.answer(q));
  });

  it('a different content hash returns undefined', () => {
    expect(loadSearchIndex(json, 'hash-2')).toBeUndefined();
    expect(loadSearchIndex(json, '')).toBeUndefined();
  });

  it('a different format version returns undefined', () => {
    const data = JSON.parse(json) as { version: number };
    for (const version of [INDEX_FORMAT_VERSION + 1, INDEX_FORMAT_VERSION - 1, 0]) {
      expect(loadSearchIndex(JSON.stringify({ ...data, version }), 'hash-1')).toBeUndefined();
    }
    expect(data.version).toBe(INDEX_FORMAT_VERSION);
  });
});
