/**
 * A passage's match score in re-ranking (rerank.ts `matchScores`): per word group the best of three ways
 * (the asker's own terms added up, the thesaurus's canonical terms added up, the single best WordNet or facet
 * term), summed, times the sum of those ways' specificities; both with the review's topic terms discounted and
 * without. Values worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import type { ExpandedTerm } from '../../src/retrieval/pipeline/expand.js';
import { matchScores } from '../../src/retrieval/pipeline/rerank.js';

const term = (term: string, group: number, via: ExpandedTerm['via'], specificity: number): ExpandedTerm => ({
  term,
  raw: term,
  group,
  via,
  specificity,
  weight: 1,
  inCorpus: true,
  generic: false,
  credit: 1,
});

const terms = [
  term('own0', 0, 'asked', 0.5),
  term('syn0', 0, 'wordnet', 0.3),
  term('joined1', 1, 'asked', 0.8),
  term('part1', 1, 'asked', 0.4),
  term('syn2a', 2, 'wordnet', 0.6),
  term('syn2b', 2, 'wordnet', 0.2),
];

describe('matchScores', () => {
  it('takes the best way per group: own terms add up, a synonym never stacks', () => {
    // group 0: own 2 against its synonym's 3 → the synonym (3, specificity 0.3); group 1: own 1 + 1 = 2
    // (specificity the larger, 0.8); group 2: the better synonym alone (4, specificity 0.2).
    const [discounted, plain] = matchScores([2, 3, 1, 1, 0.5, 4], terms, undefined, 0.4);
    expect(plain).toBeCloseTo((3 + 2 + 4) * (0.3 + 0.8 + 0.2), 12);
    expect(discounted).toBe(plain);
  });

  it('keeps the better synonym whichever comes first', () => {
    // group 2: syn2a 4 (specificity 0.6) before syn2b 0.5
    const [, plain] = matchScores([0, 0, 0, 0, 4, 0.5], terms, undefined, 0.4);
    expect(plain).toBeCloseTo(4 * 0.6, 12);
  });

  it('discounts a topic term in the first score only', () => {
    // "joined1" is a topic term: 1 × 0.4 + 1 = 1.4, specificity max(0.8 × 0.4, 0.4) = 0.4.
    const [discounted, plain] = matchScores([2, 3, 1, 1, 0.5, 4], terms, new Set(['joined1']), 0.4);
    expect(discounted).toBeCloseTo((3 + 1.4 + 4) * (0.3 + 0.4 + 0.2), 12);
    expect(plain).toBeCloseTo((3 + 2 + 4) * (0.3 + 0.8 + 0.2), 12);
  });

  it('gives a tie to the asker’s own term, and counts only matched terms', () => {
    // group 0: own 3 ties its synonym's 3 → own (specificity 0.5); groups 1 and 2 unmatched.
    const [, plain] = matchScores([3, 3, 0, 0, 0, 0], terms, undefined, 0.4);
    expect(plain).toBeCloseTo(3 * 0.5, 12);
    expect(matchScores([0, 0, 0, 0, 0, 0], terms, undefined, 0.4)).toEqual([0, 0]);
  });

  it('reads the thesaurus way beside the others, and the synonym where the topic discount makes it better', () => {
    const withCanonical = [...terms, term('canon0', 0, 'thesaurus', 0.9)];
    // group 0: own 2, synonym 3, canonical 5 → canonical (5, 0.9)
    const [, plain] = matchScores([2, 3, 0, 0, 0, 0, 5], withCanonical, undefined, 0.4);
    expect(plain).toBeCloseTo(5 * 0.9, 12);
    // discounted, the canonical term is a topic term: 5 × 0.4 = 2 < the synonym's 3 → the synonym (0.3)
    const [discounted] = matchScores([2, 3, 0, 0, 0, 0, 5], withCanonical, new Set(['canon0']), 0.4);
    expect(discounted).toBeCloseTo(3 * 0.3, 12);
  });
});
