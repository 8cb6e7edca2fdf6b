/**
 * Open compounds (pipeline/compounds.ts): words the asker writes apart that the corpus writes hyphenated are
 * read as the hyphenated word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { createAnalyzer } from '../../src/retrieval/analyzer.js';
import { COMPOUND_DF, joinOpenCompounds } from '../../src/retrieval/pipeline/compounds.js';
import { search } from '../../src/retrieval/search.js';
import { buildSearchIndex, type SearchIndex } from '../../src/retrieval/search-index.js';
import { MULTI_DIR } from './helpers.js';

const analyzer = createAnalyzer({ groups: [], generic: [] });
const knows =
  (...terms: string[]) =>
  (t: string) =>
    terms.includes(t);

describe('joining open compounds', () => {
  it('joins a run of words the corpus writes hyphenated, and leaves the rest of the question as written', () => {
    expect(joinOpenCompounds('Is a four day school week better?', analyzer, knows('4dai'))).toBe(
      'Is a four-day school week better?',
    );
    expect(joinOpenCompounds('out of home care', analyzer, knows('outofhom'))).toBe('out-of-home care');
  });

  it('reads a number word and its numeral alike in a compound: "4 day week" finds "four-day"', () => {
    expect(analyzer.analyze('four-day')[0]).toBe('4dai');
    expect(analyzer.analyze('4-day')[0]).toBe('4dai');
    expect(joinOpenCompounds('Is a 4 day week better?', analyzer, knows('4dai'))).toBe(
      'Is a 4-day week better?',
    );
    expect(analyzer.analyze('twenty-four-hour')[0]).toBe('24hour');
    // alone, a number word keeps its own term: "four" is not every table's "4"
    expect(analyzer.analyze('four days').slice(0, 2)).toEqual(['four', 'dai']);
  });

  it('joins nothing the corpus does not write hyphenated', () => {
    expect(
      joinOpenCompounds('Is a four day school week better?', analyzer, knows('fourweek', 'schoolbas')),
    ).toBe('Is a four day school week better?');
  });

  it('does not join across punctuation or a line break', () => {
    expect(joinOpenCompounds('four, day', analyzer, knows('4dai'))).toBe('four, day');
    expect(joinOpenCompounds('four\nday', analyzer, knows('4dai'))).toBe('four\nday');
  });

  it('prefers the longest run', () => {
    expect(joinOpenCompounds('out of home', analyzer, knows('outof', 'outofhom'))).toBe('out-of-home');
  });
});

describe('open compounds in search', () => {
  let index: SearchIndex;
  let fixtureAnalyzer: ReturnType<typeof createAnalyzer>;
  beforeAll(async () => {
    const corpus = await loadCorpus(MULTI_DIR);
    fixtureAnalyzer = createAnalyzer(corpus.thesaurus);
    index = buildSearchIndex(corpus, fixtureAnalyzer);
  });
  const words = (q: string) => search(index, fixtureAnalyzer, q).stages.analysed.words;

  it(`reads "after school" as "after-school", one word of the question, where ${COMPOUND_DF} passages write it so`, () => {
    expect(index.df.get('afterschool')).toBeGreaterThanOrEqual(COMPOUND_DF);
    const w = words('do after school clubs help');
    expect(w.map((t) => t.term)).toContain('afterschool');
    const group = w.find((t) => t.term === 'afterschool')?.word;
    expect(w.filter((t) => t.word === group).map((t) => t.term)).toEqual(['afterschool', 'school']);
  });

  it(`joins nothing that fewer than ${COMPOUND_DF} passages write hyphenated`, () => {
    expect(index.df.get('beforeandaft') ?? 0).toBeLessThan(COMPOUND_DF);
    expect(words('before and after studies').map((t) => t.term)).not.toContain('beforeandaft');
  });
});
