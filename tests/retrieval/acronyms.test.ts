/**
 * Acronyms found in a corpus's own text (src/retrieval/acronyms.ts), and what they do to search: a question
 * with the acronym finds the passage that spells it out, and the other way round.
 */
import { describe, expect, it } from 'vitest';
import { acronymGroups } from '../../src/retrieval/acronyms.js';
import { createAnalyzer } from '../../src/retrieval/analyzer.js';
import { search } from '../../src/retrieval/search.js';
import { buildSearchIndex } from '../../src/retrieval/search-index.js';
import { one } from '../corpus/helpers.js';
import { indexed } from './helpers.js';

const corpus = one({
  body: [
    '# Findings',
    '',
    '## Programmes',
    '',
    'States provide Independent Living Services (ILS) to young people leaving care.',
    '',
    'The programme was run by the Department of Human Services in New South Wales, with weekly visits.',
    '',
    '## Eligibility',
    '',
    'Young people in NSW could join at sixteen; ILS workers met them at home.',
    '',
    '## Searches',
    '',
    'We searched the Register of Controlled Trials for every RCT, and checked each study with the Peer Review of Electronic Search Strategies (PRESS) list.',
  ].join('\n'),
});

describe('acronymGroups', () => {
  const groups = acronymGroups(corpus);
  const of = (a: string) => groups.find((g) => g[0] === a);

  it('reads a definition in parentheses: the capitalised words before it, connectors aside', () => {
    expect(of('ils')).toEqual(['ils', 'independent living services']);
  });

  it('pairs an acronym used without definition with capitalised words elsewhere that spell it', () => {
    expect(of('nsw')).toEqual(['nsw', 'new south wales']);
  });

  it('leaves out a match only a connector makes ("Register of Controlled Trials" is not an RCT)', () => {
    expect(of('rct')).toBeUndefined();
  });

  it('leaves out an acronym that is a common English word ("PRESS")', () => {
    expect(of('press')).toBeUndefined();
  });
});

describe('search with the acronyms', () => {
  const { analyzer: withAcronyms, index, heading, first } = indexed(corpus);

  it('finds the passage that spells out an acronym the asker uses', () => {
    expect(first('weekly visits NSW')).toBe('Programmes');
    // without the corpus's acronyms the words never meet
    const plain = createAnalyzer(corpus.thesaurus);
    const plainIndex = buildSearchIndex(corpus, plain);
    const ranked = search(plainIndex, plain, 'weekly visits NSW').stages.ranked;
    expect(ranked.find((r) => heading(r.id) === 'Programmes')?.queryTerms).not.toContain('nsw');
  });

  it('finds the passage that uses the acronym when the asker spells it out', () => {
    const q = 'Could young people join at sixteen in New South Wales?';
    expect(first(q)).toBe('Eligibility');
    const ranked = search(index, withAcronyms, q).stages.ranked;
    expect(ranked.find((r) => heading(r.id) === 'Eligibility')?.queryTerms).toContain('nsw');
  });
});
