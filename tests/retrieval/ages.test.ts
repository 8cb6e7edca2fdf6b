/**
 * Ages (src/retrieval/ages.ts): which passages give an age, and what a question asking for one does with them
 * (the age facet in pipeline/facets.ts).
 */
import { describe, expect, it } from 'vitest';
import { givesAge } from '../../src/retrieval/ages.js';
import { analyzerFor } from '../../src/retrieval/analyzer.js';
import { analyse } from '../../src/retrieval/pipeline/analyse.js';
import { buildSearchIndex } from '../../src/retrieval/search-index.js';
import { one } from '../corpus/helpers.js';
import { firstHeading } from './helpers.js';

describe('givesAge', () => {
  it('finds the ways reviews write an age', () => {
    for (const text of [
      'the odds of a sale to a 17-year-old minor',
      'a 4.2% buy rate for 13 year olds',
      'participants aged 18 to 21 years',
      'using minors age 17 is ideal',
      'minors no younger than 16',
      'young people from 18 to 21 years of age',
      'children under the age of 5',
      'the average age of students ranged from 8.8 to 16.3',
    ])
      expect(givesAge(text), text).toBe(true);
  });

  it('takes no other number or use of the words for one', () => {
    for (const text of [
      'Seventeen studies (49%) reported depression symptoms.',
      'the age of social media',
      'an aged care home',
      'a 5-year follow-up',
      'studies from 2015 to 2019',
      'the ages 5% rise',
    ])
      expect(givesAge(text), text).toBe(false);
  });
});

describe('the age facet', () => {
  // The ages passage shares only "mentors" with the question; the decoy repeats the question's other words.
  const corpus = one({
    body: [
      '# Findings',
      '',
      '## Mentors and mentees',
      '',
      'Mentors met their mentees weekly, and the mentees valued the mentors who stayed the whole year.',
      '',
      '## Who took part',
      '',
      'The mentees were 12 to 15 years old, and most mentors were volunteers.',
    ].join('\n'),
  });
  const analyzer = analyzerFor(corpus);
  const index = buildSearchIndex(corpus, analyzer);
  const kinds = (q: string) => analyse(analyzer, q).facets.map((f) => f.kind);

  it('is asked for by "how old", "what age", "age of", not by "their age" alone', () => {
    expect(kinds('How old were the mentees?')).toContain('age');
    expect(kinds('What age should the decoys be?')).toContain('age');
    expect(kinds('age range of the participants')).toContain('age');
    expect(kinds('Does it matter if the buyer lies about their age?')).not.toContain('age');
  });

  it('finds the passage that gives the ages', () => {
    expect(firstHeading(corpus, index, analyzer, 'How old were the mentees who met mentors?')).toBe(
      'Who took part',
    );
    // without the facet the decoy wins on the asker's words
    expect(firstHeading(corpus, index, analyzer, 'the mentees who met mentors')).toBe('Mentors and mentees');
  });
});
