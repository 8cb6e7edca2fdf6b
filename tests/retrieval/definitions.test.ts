/**
 * Definitions (src/retrieval/definitions.ts): the passage saying what a thing is, for "what is X?". Its golden
 * case is on a fixture review (tests/fixtures/retrieval-definitions) whose decoy names a breakfast club more
 * often than the definition does, so that a plain lexical search ranks it first.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { EMPTY_THESAURUS } from '../../src/corpus/thesaurus.js';
import { createAnalyzer } from '../../src/retrieval/analyzer.js';
import { definedInQuestion, definedTerms } from '../../src/retrieval/definitions.js';
import { buildSearchIndex } from '../../src/retrieval/search-index.js';
import { headingRankings } from './helpers.js';

const analyzer = createAnalyzer(EMPTY_THESAURUS);
const defined = (text: string) => definedTerms(text, analyzer).sort();

describe('definedTerms (a passage saying what something is)', () => {
  it('marks the head of the phrase a sentence defines, and the acronym after it', () => {
    expect(
      defined(
        'The four-day school week (4DSW) is an alternative school schedule in which students attend four days.',
      ),
    ).toEqual(['@def:4dsw', '@def:week']);
    expect(defined('Background. Holistic practice refers to work with the whole family.')).toEqual([
      '@def:practic',
    ]);
    expect(defined('‘Extended foster care’ (EFC) describes the extension of the age limit.')).toEqual([
      '@def:care',
      '@def:efc',
    ]);
    expect(defined('A breakfast club is a free morning session.')).toEqual(['@def:club']);
  });

  it('reads a naming ("commonly called the Synar Amendment") as a definition', () => {
    expect(
      defined('It was passed as part of the 1992 Act [11], commonly called the Synar Amendment [12].'),
    ).toEqual(['@def:amend']);
  });

  it('marks nothing where a sentence only says something about its subject', () => {
    expect(defined('The evidence is limited and the effect was small.')).toEqual([]);
    expect(defined('Attendance rose in the schools that ran a breakfast club.')).toEqual([]);
    // not at the start of a sentence: "club" is no subject here
    expect(defined('Staff said that running the club is a lot of work.')).toEqual([]);
  });
});

describe('definedInQuestion (what a definition question asks about)', () => {
  it('reads the thing asked about, up to a preposition', () => {
    expect(definedInQuestion('What is meant by a four-day school week?')).toBe('a four-day school week');
    expect(definedInQuestion('what does TAKE CHARGE mean')).toBe('TAKE CHARGE');
    expect(definedInQuestion('What is holistic practice?')).toBe('holistic practice');
    expect(definedInQuestion('what is extended foster care exactly - does it run to age 21?')).toBe(
      'extended foster care',
    );
    expect(definedInQuestion('What is a trusting relationship with a consistent professional?')).toBe(
      'a trusting relationship',
    );
    expect(definedInQuestion('define co-location')).toBe('co-location');
    expect(definedInQuestion('what do the authors mean by holistic practice?')).toBe('holistic practice');
    expect(definedInQuestion('whats a breakfast club')).toBe('a breakfast club');
  });

  it('is no definition question where it asks about an attribute, or is no "what is" question', () => {
    expect(definedInQuestion('What is the evidence on homework and exam results?')).toBeUndefined();
    expect(
      definedInQuestion('What are the effects of minimum wage increases on employment?'),
    ).toBeUndefined();
    expect(
      definedInQuestion('What is the NYNY III supportive housing programme trying to achieve?'),
    ).toBeUndefined();
    expect(definedInQuestion('Does integration improve outcomes?')).toBeUndefined();
  });
});

describe('a definition question on a review', () => {
  let ranked: (q: string) => string[];
  let plain: (q: string) => string[];
  beforeAll(async () => {
    const corpus = await loadCorpus('tests/fixtures/retrieval-definitions');
    const a = createAnalyzer(corpus.thesaurus);
    const index = buildSearchIndex(corpus, a);
    ({ ranked, plain } = headingRankings(corpus, index, a));
  });

  it.each([
    'What is meant by a breakfast club?',
    'what does breakfast club mean',
    'What is a breakfast club?',
  ])('"%s" → the passage that defines it, above the one that names it most', (q) => {
    expect(plain(q)[0]).toBe('Running the breakfast clubs');
    expect(ranked(q)[0]).toBe('Morning sessions');
  });

  it('gives the definition no place of its own for a question that asks something else', () => {
    expect(ranked('Did breakfast clubs improve attendance?')[0]).not.toBe('Morning sessions');
    expect(ranked('who ran the breakfast clubs')[0]).not.toBe('Morning sessions');
  });
});
