/**
 * Golden ranking cases on a fixture corpus of two invented reviews (tests/fixtures/retrieval-multi), each with
 * the reason the expected passage must rank first and the decoy that a plain lexical search ranks above it.
 * Rankings are read from the pipeline's re-rank stage (search().stages.ranked), so they hold whether or not
 * the question is then answered.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Corpus } from '../../src/corpus/types.js';
import { createAnalyzer } from '../../src/retrieval/analyzer.js';
import { createCorrector } from '../../src/retrieval/correction.js';
import { buildSearchIndex, type SearchIndex } from '../../src/retrieval/search-index.js';

import { headingRankings, MULTI_DIR } from './helpers.js';

let corpus: Corpus;
let index: SearchIndex;
let ranked: (q: string) => string[];
let plain: (q: string) => string[];
beforeAll(async () => {
  corpus = await loadCorpus(MULTI_DIR);
  const analyzer = createAnalyzer(corpus.thesaurus);
  index = buildSearchIndex(corpus, analyzer);
  const corrector = createCorrector(() =>
    corpus.passages.map((p) => `${p.text}\n${p.headingPath.join('\n')}`),
  );
  // The re-rank stage's order, and the first stage's alone (what the decoys are built to win).
  ({ ranked, plain } = headingRankings(corpus, index, analyzer, { corrector }));
});

interface Golden {
  q: string;
  top: string;
  decoy: string;
  why: string;
  /** The decoy outranks the answer in the plain first stage (so the case tests the mechanism it names). */
  decoyWinsPlain: boolean;
}

const GOLDEN: Golden[] = [
  {
    q: 'Do breakfast programmes improve attendance?',
    top: 'Days in school',
    decoy: 'About this summary',
    why: 'findings before background: an effect question wants the finding, not the summary that repeats its words',
    decoyWinsPlain: true,
  },
  {
    q: 'Is there evidence that homework clubs raise reading scores?',
    top: 'Reading scores',
    decoy: 'About this review',
    why: "cross-review boilerplate: neither review's 'about' box, full of evidence and outcomes, comes before the finding",
    decoyWinsPlain: false,
  },
  {
    q: 'do different people come to look at truancy',
    top: 'Truancy',
    decoy: 'Looking again',
    why: 'specificity of matched words: "different", "people", "come", "look" are common English and cannot outweigh "truancy"',
    decoyWinsPlain: true,
  },
  {
    q: 'what did pupils say about breakfast?',
    top: 'What students said',
    decoy: 'Truancy',
    why: 'a WordNet synonym: "pupils" finds "students" (the review never says pupils there)',
    decoyWinsPlain: false,
  },
  {
    q: 'co-locaton',
    top: 'Sharing a kitchen',
    decoy: 'The school site',
    why: 'a typo inside a hyphenated word: "co-locaton" is corrected to "co-location" whole, not to "location"',
    decoyWinsPlain: false,
  },
  {
    q: 'How reliable is what they found about breakfast?',
    top: 'Certainty of the evidence',
    decoy: 'Days in school',
    why: 'a certainty question finds the review\'s judgement of its evidence ("confidence"), though it shares no word with it but the topic',
    decoyWinsPlain: false,
  },
  {
    q: 'How many schools ran the clubs?',
    top: 'Setting',
    decoy: 'What schools said',
    why: 'a count question finds the passage that gives the count ("14 schools"), not the one that repeats "schools"',
    decoyWinsPlain: true,
  },
  {
    q: 'Who ran the homework clubs?',
    top: 'Volunteers',
    decoy: 'What schools said',
    why: 'a "who delivered" question finds who delivered ("trained volunteers delivered", TIDieR\'s provider), not the passage that repeats "ran" and "clubs"',
    decoyWinsPlain: true,
  },
  {
    q: 'Does maths tutoring in homework clubs improve maths scores?',
    top: 'Tutoring',
    decoy: 'Table 2. Included studies',
    why: "findings before one study's row: a row of the table of included studies repeats the question's words but describes a study, not what the review found",
    decoyWinsPlain: true,
  },
];

describe('golden ranking on two reviews', () => {
  it.each(GOLDEN)('"$q" → "$top" first ($why)', ({ q, top, decoy, decoyWinsPlain }) => {
    const order = ranked(q);
    expect(order[0]).toBe(top);
    const d = order.indexOf(decoy);
    if (d >= 0) expect(d).toBeGreaterThan(0);
    if (decoyWinsPlain) {
      const p = plain(q);
      expect(p.indexOf(decoy)).toBeGreaterThanOrEqual(0);
      expect(p.indexOf(decoy)).toBeLessThan(p.indexOf(top) < 0 ? Number.POSITIVE_INFINITY : p.indexOf(top));
    }
  });

  it("keeps the other review's boilerplate out of the top 3", () => {
    const order = ranked('Is there evidence that homework clubs raise reading scores?').slice(0, 3);
    for (const about of ['About this summary', 'How we searched']) expect(order).not.toContain(about);
  });

  it('puts the review the question names first, though its name is its topic (discounted within it)', () => {
    // "homework clubs" are the homework review's topic, so they count little among its own passages; the
    // breakfast review's "What students said" matches "students" at full weight. The review named wins.
    const order = ranked('did students like homework clubs?');
    const doc = new Map(corpus.passages.map((p) => [p.headingPath.at(-1) ?? '', p.docId]));
    expect(doc.get(order[0] ?? '')).toBe('fixture-homework-2022');
    expect(order.indexOf('What students said')).toBeGreaterThan(0);
  });

  it('gives the review its background when the question is about the review itself', () => {
    expect(ranked('How did they search for breakfast programme studies?')[0]).toBe('How we searched');
  });
});
