/**
 * Self-calibrating "no evidence found" (src/retrieval/calibration.ts): the thresholds a fixture corpus derives
 * from itself decline off-topic pseudo-questions and accept paraphrases of its own sentences, are the same on
 * every build, and travel with the serialised index.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { type Analyzer, createAnalyzer } from '../../src/retrieval/analyzer.js';
import { calibrate, describeCalibration } from '../../src/retrieval/calibration.js';
import { search } from '../../src/retrieval/search.js';
import {
  buildSearchIndex,
  loadSearchIndex,
  type SearchIndex,
  serialiseIndex,
} from '../../src/retrieval/search-index.js';
import { MULTI_DIR } from './helpers.js';

let corpus: Corpus;
let analyzer: Analyzer;
let index: SearchIndex;
beforeAll(async () => {
  corpus = await loadCorpus(MULTI_DIR);
  analyzer = createAnalyzer(corpus.thesaurus);
  index = buildSearchIndex(corpus, analyzer);
});

const answerable = (q: string) => search(index, analyzer, q).answerable;

describe('calibration on a fixture corpus', () => {
  it('is fitted when the index is built and separates its own pseudo-questions', () => {
    const c = index.calibration;
    expect(c).toBeDefined();
    if (!c) return;
    expect(c.answerable).toBeGreaterThan(5);
    expect(c.offTopic).toBeGreaterThan(50);
    // On this two-review fixture the fit accepts 96% and declines 84% (one of 120 off-topic pseudo-questions
    // is the difference between 84% and 85%): the bar is the separation, not the last pseudo-question.
    expect(c.accepted).toBeGreaterThanOrEqual(0.85);
    expect(c.declined).toBeGreaterThanOrEqual(0.8);
    expect(c.accepted + c.declined).toBeGreaterThanOrEqual(1.75);
    expect(describeCalibration(c)).toMatch(/weighted coverage ≥ [0-9.]+/);
  });

  it('declines off-topic questions in general English, including ones that share a word with the corpus', () => {
    for (const q of [
      'How do I merge two branches in git?',
      'paracetamol dose for a child',
      'What is a good recipe for banana bread?',
      'Does a new carburettor improve fuel consumption in old cars?',
      'Is there evidence that school uniforms reduce bullying?',
    ])
      expect(answerable(q), q).toBe(false);
  });

  it('accepts paraphrases of its own sentences', () => {
    for (const q of [
      'Did truancy fall when staff telephoned home?',
      'do homework clubs raise reading scores',
      'what did the students say about the breakfast room',
      'did a free breakfast mean children attended school more days',
    ])
      expect(answerable(q), q).toBe(true);
  });

  it('is deterministic: the same corpus always gets the same thresholds', () => {
    expect(calibrate(corpus, index, analyzer)).toEqual(index.calibration);
  });

  it('is stored with the serialised index and used after loading', () => {
    const loaded = loadSearchIndex(serialiseIndex(index, 'h'), 'h');
    expect(loaded?.calibration).toEqual(index.calibration);
  });
});
