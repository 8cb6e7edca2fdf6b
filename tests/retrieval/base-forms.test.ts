/**
 * A golden ranking case for base forms (wordnet.ts baseForms, expand.ts linksOf): the asker writes "biggest",
 * the review "largest". Porter leaves both as they are, so neither the stems nor the WordNet links of the word
 * itself meet; WordNet relates "big" and "large", which the question and the passage reach through their base
 * forms (a doubled consonant dropped; -est → -e). Without them the other passage, which shares the question's
 * remaining words twice, ranks first.
 */
import { describe, expect, it } from 'vitest';
import { analyzerFor } from '../../src/retrieval/analyzer.js';
import { search } from '../../src/retrieval/search.js';
import { buildSearchIndex } from '../../src/retrieval/search-index.js';
import { baseForms } from '../../src/retrieval/wordnet.js';
import { one } from '../corpus/helpers.js';

const corpus = one({
  body: [
    '# Findings',
    '',
    '## Tutoring',
    '',
    'The largest effects on reading came from small-group tutoring.',
    '',
    '## Homework',
    '',
    'Homework had some effects on reading, and effects on reading were measured in most studies.',
  ].join('\n'),
});

describe('base forms', () => {
  it('undoes a doubled consonant and -est/-er → -e, the word itself first', () => {
    expect(baseForms('biggest')).toEqual(expect.arrayContaining(['biggest', 'big']));
    expect(baseForms('largest')).toContain('large');
    expect(baseForms('stopped')).toContain('stop');
    expect(baseForms('biggest')[0]).toBe('biggest');
    // only the consonants English doubles so: "called" does not become "cal"
    expect(baseForms('called')).not.toContain('cal');
  });

  it('ranks the passage saying "largest" first for a question asking for the biggest', () => {
    const analyzer = analyzerFor(corpus);
    const index = buildSearchIndex(corpus, analyzer);
    const top = search(index, analyzer, 'What had the biggest effects on reading?').stages.ranked[0];
    const text = corpus.passages.find((p) => p.id === top?.id)?.text ?? '';
    expect(text).toMatch(/^The largest effects/);
  });
});
