/** Shared helpers for the retrieval tests: the fixture and bundled corpora, their services, and lookups. */
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { type Analyzer, analyzerFor } from '../../src/retrieval/analyzer.js';
import type { Answer, AnsweredAnswer, EvidenceService } from '../../src/retrieval/answer.js';
import { topResults } from '../../src/retrieval/index/score.js';
import { type SearchOptions, search } from '../../src/retrieval/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/retrieval/search-index.js';
import { createEvidenceService } from '../../src/retrieval/service.js';

/** The small invented corpus written for these tests (its own thesaurus.yml beside the review). */
export const FIXTURE_DIR = 'tests/fixtures/retrieval';
/** Two small invented reviews for the multi-review golden cases and the calibration tests. */
export const MULTI_DIR = 'tests/fixtures/retrieval-multi';
/** The bundled corpus the bot ships with. */
export const BUNDLED_DIR = 'corpus';

export interface Loaded {
  corpus: Corpus;
  service: EvidenceService;
}

const cache = new Map<string, Promise<Loaded>>();

/** Loads a corpus directory once per test file and builds the real service over it (nothing stubbed). */
export function load(dir: string): Promise<Loaded> {
  let p = cache.get(dir);
  if (!p) {
    p = loadCorpus(dir).then((corpus) => ({ corpus, service: createEvidenceService(corpus) }));
    cache.set(dir, p);
  }
  return p;
}

/** Narrows to an answered answer, failing with the actual kind otherwise. */
export function answered(a: Answer): AnsweredAnswer {
  if (a.kind !== 'answered') throw new Error(`expected kind "answered" for "${a.query}", got "${a.kind}"`);
  return a;
}

/** The last heading of each passage of an answered answer, best first. */
export const headings = (a: Answer): string[] => answered(a).passages.map((p) => p.section.at(-1) ?? '');

/** Every section title (last heading of each passage) in a corpus. */
export const sectionTitles = (corpus: Corpus): Set<string> =>
  new Set(corpus.passages.map((p) => p.headingPath.at(-1)).filter((h): h is string => h !== undefined));

/** The last heading of the passage a question ranks first (search's own ranking, before the decision). */
export function firstHeading(
  corpus: Corpus,
  index: SearchIndex,
  analyzer: Analyzer,
  question: string,
): string | undefined {
  const id = search(index, analyzer, question).stages.ranked[0]?.id;
  return headingOf(corpus, id ?? '');
}

/** The last heading of a corpus's passage, by id. */
const headingOf = (corpus: Corpus, id: string): string | undefined =>
  corpus.passages.find((p) => p.id === id)?.headingPath.at(-1);

export interface Indexed {
  analyzer: Analyzer;
  index: SearchIndex;
  /** The last heading of the passage with this id. */
  heading: (id: string) => string | undefined;
  /** The last heading of the passage a question ranks first. */
  first: (question: string) => string | undefined;
}

/** A built corpus with its own analyzer (its acronyms, names and thesaurus) and index, and heading lookups. */
export function indexed(corpus: Corpus, analyzer: Analyzer = analyzerFor(corpus)): Indexed {
  const index = buildSearchIndex(corpus, analyzer);
  return {
    analyzer,
    index,
    heading: (id) => headingOf(corpus, id),
    first: (question) => firstHeading(corpus, index, analyzer, question),
  };
}

/**
 * Two rankings of a corpus's passages by their last heading: the pipeline's re-rank stage (search's own order,
 * whether or not the question is then answered) and the plain first stage alone (BM25+ with MiniSearch's
 * "× terms matched"), which a golden case's decoy is built to win.
 */
export function headingRankings(
  corpus: Corpus,
  index: SearchIndex,
  analyzer: Analyzer,
  options: SearchOptions = {},
): { ranked: (q: string) => string[]; plain: (q: string) => string[] } {
  const heading = new Map(corpus.passages.map((p) => [p.id, p.headingPath.at(-1) ?? '(preamble)']));
  return {
    ranked: (q) => search(index, analyzer, q, options).stages.ranked.map((r) => heading.get(r.id) ?? ''),
    plain: (q) =>
      topResults(
        index.compact,
        analyzer.queryTerms(q).map((t) => ({ term: t.term, prefix: false })),
        10,
      ).map((r) => heading.get(r.id) ?? ''),
  };
}
