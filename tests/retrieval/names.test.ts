/**
 * A golden ranking case for names (expand.ts): a programme the asker names by common English words ("Bright
 * Start") is found by its name, which the corpus uses in few passages, not outranked by a passage that shares
 * the question's other words. Without the rule the name's words rank as the common words "bright" and "start".
 * And a name the corpus lacks ("the Open Door programme") is evidence against the corpus answering, as much as
 * a word no English list knows: without that, its words weigh as the common words "open" and "door", and a
 * question on another review's programme looks answered by any passage on programmes.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../../src/retrieval/search.js';
import { idf } from '../../src/retrieval/signals.js';
import { one } from '../corpus/helpers.js';
import { indexed } from './helpers.js';

const corpus = one({
  body: [
    '# Findings',
    '',
    '## Mentoring for care leavers',
    '',
    'Mentoring programmes offered young people leaving care weekly support, and the young people in these programmes valued it.',
    '',
    '## The Bright Start scheme',
    '',
    'Bright Start paired each person with a volunteer for a year of weekly visits.',
    '',
    '## Housing',
    '',
    'Young people leaving care often moved house in their first year, and support with housing was patchy.',
  ].join('\n'),
});

describe('names', () => {
  const { first } = indexed(corpus);

  it('finds the passage on a programme the asker names by common words', () => {
    expect(first('What did the Bright Start programme offer young people leaving care?')).toBe(
      'The Bright Start scheme',
    );
  });

  it('takes words in capitals for a name, also as the first words ("BRIGHT START programme …")', () => {
    expect(first('What did the BRIGHT START programme offer young people leaving care?')).toBe(
      'The Bright Start scheme',
    );
    expect(first('BRIGHT START programme: what did it offer young people leaving care?')).toBe(
      'The Bright Start scheme',
    );
  });

  it('ranks the same words written as plain words as plain words', () => {
    // not capitalised: "bright" and "start" are the common words they are, and the other words decide
    expect(first('what did the bright start programme offer young people leaving care?')).toBe(
      'Mentoring for care leavers',
    );
  });

  it('weighs a name the corpus lacks as evidence like a word no English list knows', () => {
    const { index, analyzer } = indexed(corpus);
    const weightOf = (question: string, term: string) =>
      search(index, analyzer, question).terms.find((t) => t.term === term)?.weight;
    const unknown = idf(undefined, index.size);
    expect(weightOf('What did the Open Door programme offer young people leaving care?', 'door')).toBeCloseTo(
      unknown,
    );
    // written as plain words, "door" is the common word it is (and weighs less)
    expect(
      weightOf('what did the open door programme offer young people leaving care?', 'door'),
    ).toBeLessThan(unknown * 0.8);
    // a name the corpus has keeps its word's weight (a known name must not make any question look answered)
    const bright = weightOf('What did the Bright Start programme offer young people leaving care?', 'bright');
    expect(bright).toBeLessThan(idf(1, index.size) * 0.8);
  });
});
