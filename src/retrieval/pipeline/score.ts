/**
 * Stage 3, score: the expanded terms → the best CANDIDATES passages by BM25+ over the compact index
 * (index/score.ts: fields text, section, title with their boosts; OR over the terms; each term's
 * contributions multiplied by its specificity, so "come" or "different" adds little). Prefix matching only
 * for the last word while it is still being typed, and only if the corpus lacks it as it is. `allowed`
 * restricts the search to some passages (by passage number), e.g. to some reviews.
 */
import { type TermSpec, type TopResult, topResults } from '../index/score.js';
import type { SearchIndex } from '../search-index.js';
import { type ExpandedTerm, isReached } from './expand.js';

/** How many passages the first stage hands to re-ranking. */
export const CANDIDATES = 60;

/**
 * The index query for the terms: specificity weights, and prefix matching for the asker's last word while it
 * may be unfinished (no space or punctuation after it) unless the corpus has it as it is: "holistic prac"
 * finds "practice", but "four day week by states" does not also search "statement" or "stated".
 */
export function specsOf(terms: readonly ExpandedTerm[], typing: boolean): TermSpec[] {
  const last = terms.reduce((at, t, i) => (isReached(t) ? at : i), -1);
  return terms.map((t, i) => ({
    term: t.term,
    prefix: typing && i === last && t.term.length >= 3 && !t.inCorpus,
    weight: t.specificity * (t.boost ?? 1),
  }));
}

export function score(
  index: SearchIndex,
  terms: readonly ExpandedTerm[],
  typing: boolean,
  allowed?: Uint8Array,
): TopResult[] {
  return topResults(index.compact, specsOf(terms, typing), CANDIDATES, undefined, allowed);
}
