/**
 * Stage 5, decide: answer or "no evidence found", and which passages to offer.
 * Passages scoring below RELATIVE_SCORE_FLOOR of the top score are not offered; at most MAX_HITS are. The
 * evidence signals (signals.ts) of the first EVIDENCE_DEPTH offered passages that belong to the first
 * passage's review (`reviewOf`, given several reviews) are computed, each passage read with the offered
 * passages of its own section (`sectionOf`: the words they match together); the best of them must pass the
 * thresholds (the corpus's own calibration, calibrate.ts, or the defaults). Nothing the asker is not shown
 * counts as evidence.
 */
import { type AbstentionThresholds, isAnswerable, type Signals, signals } from '../signals.js';
import type { ExpandedTerm } from './expand.js';
import type { Ranked } from './rerank.js';

/** Passages scoring below this share of the top score are not offered, not even under "More results". */
export const RELATIVE_SCORE_FLOOR = 0.2;
/** At most this many passages are offered for one question, across all pages. */
export const MAX_HITS = 12;
/** How many of the top passages are examined for evidence that the question is answerable. */
export const EVIDENCE_DEPTH = 3;

export const NO_SIGNALS: Signals = { coverage: 0, weightedCoverage: 0, specificMatch: false };

export interface Decision {
  hits: { id: string; score: number }[];
  /** Signals of the best-evidenced of the top passages. */
  top: Signals;
  answerable: boolean;
}

export function decide(
  ranked: readonly Ranked[],
  terms: readonly ExpandedTerm[],
  thresholds?: AbstentionThresholds,
  reviewOf?: (n: number) => number,
  sectionOf?: (n: number) => number,
): Decision {
  const first = ranked[0];
  if (!first) return { hits: [], top: NO_SIGNALS, answerable: false };
  const floor = first.score * RELATIVE_SCORE_FLOOR;
  const hits: Decision['hits'] = [];
  for (const r of ranked) {
    if (r.score < floor || hits.length >= MAX_HITS) break;
    hits.push({ id: r.id, score: r.score });
  }
  const offered = ranked.slice(0, hits.length);
  let top = NO_SIGNALS;
  for (const r of offered.slice(0, EVIDENCE_DEPTH)) {
    // Evidence from the first passage's review only: another review's passage that happens to share the
    // question's words is no evidence that the review answering it does.
    if (reviewOf && reviewOf(r.n) !== reviewOf(first.n)) continue;
    // A passage is read with the offered passages of its own section: a finding the chunker split (a list and
    // the sentence that introduces it, a long paragraph) is evidence as a whole. Not across sections: words
    // gathered from several sections are how a near miss sharing the field's words would look answered.
    const matched = new Set(r.queryTerms);
    if (sectionOf) {
      const section = sectionOf(r.n);
      for (const o of offered) if (sectionOf(o.n) === section) for (const t of o.queryTerms) matched.add(t);
    }
    const s = signals(terms, matched);
    if (s.weightedCoverage > top.weightedCoverage) top = s;
  }
  return { hits, top, answerable: isAnswerable(top, thresholds) };
}
