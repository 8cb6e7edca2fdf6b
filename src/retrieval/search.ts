/**
 * One question → ranked passages with evidence signals, through the named stages of src/retrieval/pipeline:
 * analyse → expand → score → re-rank → decide. No formatting, no commands: see service.ts.
 * `scripts/explain.ts` prints what each stage produced (the `stages` of the outcome).
 */
import type { Analyzer } from './analyzer.js';
import type { Corrector } from './correction.js';
import type { TopResult } from './index/score.js';
import { type Analysed, analyse } from './pipeline/analyse.js';
import { COMPOUND_DF } from './pipeline/compounds.js';
import { decide, NO_SIGNALS } from './pipeline/decide.js';
import { type ExpandedTerm, expand } from './pipeline/expand.js';
import { type Ranked, rerank } from './pipeline/rerank.js';
import { score, specsOf } from './pipeline/score.js';
import type { SearchIndex } from './search-index.js';
import type { AbstentionThresholds, Signals } from './signals.js';

export interface Hit {
  id: string;
  score: number;
}

export type { TermSpec, TopResult } from './index/score.js';
export { topResults } from './index/score.js';
export { MAX_HITS, RELATIVE_SCORE_FLOOR } from './pipeline/decide.js';

export interface SearchOptions {
  thresholds?: AbstentionThresholds | undefined;
  corrector?: Corrector | undefined;
  /** Only passages with a non-zero entry (by passage number) are searched: e.g. some reviews only. */
  allowed?: Uint8Array | undefined;
}

export interface SearchOutcome {
  terms: ExpandedTerm[];
  hits: Hit[];
  /** Signals of the best-evidenced of the top passages (all zero when nothing matched). */
  top: Signals;
  answerable: boolean;
  /** What each stage produced, for scripts/explain.ts. */
  stages: { analysed: Analysed; candidates: TopResult[]; ranked: Ranked[] };
}

export function search(
  index: SearchIndex,
  analyzer: Analyzer,
  question: string,
  options: SearchOptions = {},
): SearchOutcome {
  const analysed = analyse(analyzer, question, (t) => (index.df.get(t) ?? 0) >= COMPOUND_DF);
  const terms = expand(analysed, index, analyzer, options.corrector);
  const candidates = terms.length === 0 ? [] : score(index, terms, analysed.typing, options.allowed);
  const ranked = rerank(candidates, terms, specsOf(terms, analysed.typing), index, analysed);
  const decision =
    ranked.length === 0
      ? { hits: [], top: NO_SIGNALS, answerable: false }
      : decide(
          ranked,
          terms,
          options.thresholds ?? index.calibration?.thresholds,
          (n) => index.passages.doc[n] as number,
          (n) => index.passages.section[n] as number,
        );
  return { terms, ...decision, stages: { analysed, candidates, ranked } };
}

/** Passage numbers of the given documents, as `SearchOptions.allowed` takes them. */
export function allowDocuments(index: SearchIndex, docIds: Iterable<string>): Uint8Array {
  const wanted = new Set(docIds);
  const mask = new Uint8Array(index.size);
  const { doc, docIds: ids } = index.passages;
  for (let i = 0; i < index.size; i++) if (wanted.has(ids[doc[i] as number] as string)) mask[i] = 1;
  return mask;
}
