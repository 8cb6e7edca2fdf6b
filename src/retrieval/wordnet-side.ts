/**
 * The part of an index build that reads WordNet: how many places each passage names (places.ts), the related
 * terms (related.ts) and the calibration's answerable drafts (calibration.ts answerableDrafts). It needs only
 * the passages' texts, heading paths and roles and the analyzer, all of which a worker thread can be given as
 * plain data (the analyzer as what it was made from), so the build runs it in one while the passages are
 * analysed and the compact index is built (wordnet-offload.ts, wordnet-worker.ts). The same functions run in
 * the worker and inline, so the result is the same either way.
 */
import type { Analyzer } from './analyzer.js';
import { answerableDrafts } from './calibration.js';
import { placeTerms } from './places.js';
import { buildRelatedTerms, type RelatedTerms } from './related.js';
import { placeNames } from './wordnet.js';

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

/**
 * How many places each passage names (at most 255) into `counts`, passage by passage; `about[i]` 1 for a
 * passage about the review itself, which counts none (the places a study was done in, not an author's address
 * or a funder's). `counted(i)`: passages before i are counted.
 */
export function countPlaces(
  texts: readonly string[],
  about: Uint8Array,
  counts: Uint8Array,
  counted?: (i: number) => void,
): void {
  const names = placeNames();
  for (let i = 0; i < texts.length; i++) {
    if (counted && (i & 255) === 0) counted(i);
    if (!about[i]) counts[i] = Math.min(255, placeTerms(texts[i] as string, names).length);
  }
  counted?.(texts.length);
}
