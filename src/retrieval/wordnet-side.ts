/**
 * The part of an index build that reads WordNet: how many places each passage names and which (places.ts),
 * WordNet's names of those places, the related terms (related.ts) and the calibration's answerable drafts
 * (calibration.ts answerableDrafts). It needs only the passages' texts, heading paths and roles and the
 * analyzer, all of which a worker thread can be given as plain data (the analyzer as what it was made from), so
 * the build runs it in one while the passages are analysed and the compact index is built (wordnet-offload.ts,
 * wordnet-worker.ts). The same functions run in the worker and inline, so the result is the same either way.
 */
import type { Analyzer } from './analyzer.js';
import { answerableDrafts } from './calibration.js';
import { namedPlaces } from './places.js';
import { buildRelatedTerms, type RelatedTerms } from './related.js';
import { type PlaceName, placeNames } from './wordnet.js';

export interface WordNetSide {
  related: RelatedTerms;
  /** calibrate's answerable pseudo-questions before their fillers. */
  drafts: string[][];
  /** Every name WordNet gives the places the corpus names ("US", "U.S.", "United States"), for questions. */
  places: [name: string, place: PlaceName][];
}

/** Places of one passage whose synsets are kept (in `named`, NAMED_PER_PASSAGE slots a passage; 0: none). */
export const NAMED_PER_PASSAGE = 8;

/**
 * `texts`, `headings`: each passage's text and heading path, as related.ts passageTexts gives them; `named`:
 * the places the passages name (countPlaces).
 */
export function wordNetSide(
  texts: readonly string[],
  headings: readonly string[],
  analyzer: Analyzer,
  named: Int32Array,
): WordNetSide {
  const synsets = new Set(named);
  synsets.delete(0);
  const places = [...placeNames()].filter(([, p]) => synsets.has(p.synset));
  return { related: buildRelatedTerms(texts, headings, analyzer), drafts: answerableDrafts(texts), places };
}

/**
 * How many places each passage names (at most 255) into `counts`, and which (the first NAMED_PER_PASSAGE of
 * their synsets) into `named`, passage by passage; `about[i]` 1 for a passage about the review itself, which
 * counts none (the places a study was done in, not an author's address or a funder's). `counted(i)`: passages
 * before i are counted.
 */
export function countPlaces(
  texts: readonly string[],
  about: Uint8Array,
  counts: Uint8Array,
  named: Int32Array,
  counted?: (i: number) => void,
): void {
  const names = placeNames();
  for (let i = 0; i < texts.length; i++) {
    if (counted && (i & 255) === 0) counted(i);
    if (about[i]) continue;
    const places = namedPlaces(texts[i] as string, names);
    counts[i] = Math.min(255, places.length);
    places.slice(0, NAMED_PER_PASSAGE).forEach((p, k) => {
      named[i * NAMED_PER_PASSAGE + k] = p.synset;
    });
  }
  counted?.(texts.length);
}

/** The synsets of the places passage i names (as countPlaces left them in `named`). */
export function namedOf(named: Int32Array, i: number): Int32Array {
  const from = i * NAMED_PER_PASSAGE;
  let to = from;
  while (to < from + NAMED_PER_PASSAGE && named[to] !== 0) to++;
  return named.subarray(from, to);
}
