/**
 * The part of an index build that reads WordNet: the related terms (related.ts) and the calibration's
 * answerable drafts (calibration.ts answerableDrafts). It needs only the passages' texts and heading paths and
 * the analyzer, all of which a worker thread can be given as plain data (the analyzer as what it was made from),
 * so the build runs it in one while the compact index is built (wordnet-offload.ts, wordnet-worker.ts). The
 * same function runs in the worker and inline, so the result is the same either way.
 */
import type { Analyzer } from './analyzer.js';
import { answerableDrafts } from './calibration.js';
import { buildRelatedTerms, type RelatedTerms } from './related.js';

export interface WordNetSide {
  related: RelatedTerms;
  /** calibrate's answerable pseudo-questions before their fillers. */
  drafts: string[][];
}

/** `texts`, `headings`: each passage's text and heading path, as related.ts passageTexts gives them. */
export function wordNetSide(
  texts: readonly string[],
  headings: readonly string[],
  analyzer: Analyzer,
): WordNetSide {
  return { related: buildRelatedTerms(texts, headings, analyzer), drafts: answerableDrafts(texts) };
}
