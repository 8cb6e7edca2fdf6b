/**
 * Places (src/retrieval/places.ts, wordnet.ts `placeNames`): which names in a passage are places, and what a
 * "where" question does with them.
 */
import { describe, expect, it } from 'vitest';
import { analyzerFor } from '../../src/retrieval/analyzer.js';
import { analyse } from '../../src/retrieval/pipeline/analyse.js';
import { PLACE_TERM, placeTerms } from '../../src/retrieval/places.js';
import { search } from '../../src/retrieval/search.js';
import { buildSearchIndex } from '../../src/retrieval/search-index.js';
import { signals } from '../../src/retrieval/signals.js';
import { placeNames } from '../../src/retrieval/wordnet.js';
import { one } from '../corpus/helpers.js';

const count = (text: string) => placeTerms(text, placeNames()).length;

describe('placeTerms', () => {
  it('counts each distinct place a text names, in one word or several, as written', () => {
    expect(
      count('Studies took place in Australia (25 studies), the United States (22) and New South Wales.'),
    ).toBe(3);
    expect(count('Most were in the US; others in the USA, in Canada, and again in Canada.')).toBe(2);
    expect(count("Australia's schools")).toBe(1);
    expect(placeTerms('in Missouri', placeNames())).toEqual([PLACE_TERM]);
  });

  it('does not take a common word, a person or part of another name for a place', () => {
    expect(count('Reading improved. Mobile phones were used.')).toBe(0); // towns, but mostly words
    expect(count('Darwin argued so.')).toBe(0); // a person before a city
    expect(count('Reading Research Quarterly; Washington State University')).toBe(0);
    expect(count('the Centre for Epidemiologic Studies Depression Scale')).toBe(0);
    expect(count('pooled OR 1.2, IN range')).toBe(0); // a state's postal code is no place
  });
});

describe('the place facet', () => {
  it('is asked for by "where were … done" and "which countries", not "where can I find"', () => {
    const kinds = (q: string) => analyse(analyzerFor(corpus), q).facets.map((f) => f.kind);
    expect(kinds('Where were the mentoring studies done?')).toContain('place');
    expect(kinds('In which countries did the trials take place?')).toContain('place');
    expect(kinds('Which states do the studies come from?')).toContain('place');
    expect(kinds('Where can I find the full report?')).not.toContain('place');
  });

  const corpus = one({
    body: [
      '# Findings',
      '',
      '## Mentoring and attendance',
      '',
      'Mentoring studies were done in schools, and the mentoring studies done later found that attendance rose.',
      '',
      '## Settings',
      '',
      'The mentoring studies were done in Australia, Canada, the United Kingdom and the United States.',
    ].join('\n'),
  });
  const analyzer = analyzerFor(corpus);
  const index = buildSearchIndex(corpus, analyzer);
  const heading = (id: string) => corpus.passages.find((p) => p.id === id)?.headingPath.at(-1);

  it('finds the passage naming the places, above one sharing the question’s words more often', () => {
    const out = search(index, analyzer, 'Where were the mentoring studies done?');
    expect(heading(out.stages.ranked[0]?.id ?? '')).toBe('Settings');
    // without the facet the other passage wins on the asker's words
    const plain = search(index, analyzer, 'the mentoring studies done');
    expect(heading(plain.stages.ranked[0]?.id ?? '')).toBe('Mentoring and attendance');
  });

  it('ranks with the places only: they are no evidence that the question is covered', () => {
    const out = search(index, analyzer, 'Where were the mentoring studies done?');
    const place = out.terms.find((t) => t.term === PLACE_TERM);
    expect(place?.rankingOnly).toBe(true);
    expect(out.terms.filter((t) => t.group === place?.group).every((t) => t.rankingOnly)).toBe(true);
    const without = out.terms.filter((t) => !t.rankingOnly);
    const matched = new Set(out.terms.map((t) => t.term));
    expect(signals(out.terms, matched)).toEqual(signals(without, matched));
  });
});
