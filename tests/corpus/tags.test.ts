/** A review's `tags` (front matter): labels for grouping reviews, which a scopes file can name. */
import { describe, expect, it } from 'vitest';
import { CorpusError, formatProblem } from '../../src/corpus/errors.js';
import { buildCorpus } from '../../src/corpus/load.js';
import { review } from './helpers.js';

const withTags = (yaml: string) =>
  review({ body: '\n# Findings\n\nSome text that is quoted.\n' }).replace(
    'year: 2022',
    `year: 2022\n${yaml}`,
  );

describe('tags', () => {
  it('are read from the front matter, and default to none', () => {
    const tagged = buildCorpus([{ file: 't.md', source: withTags('tags: [children, social-care]') }]);
    expect(tagged.documents[0]?.tags).toEqual(['children', 'social-care']);
    const plain = buildCorpus([{ file: 'p.md', source: review({ body: '\nSome text that is quoted.\n' }) }]);
    expect(plain.documents[0]?.tags).toEqual([]);
  });

  it('must be lowercase words: a bad one is reported with file, line and field', () => {
    try {
      buildCorpus([{ file: 'bad.md', source: withTags('tags:\n  - children\n  - Social Care') }]);
      throw new Error('loaded');
    } catch (e) {
      if (!(e instanceof CorpusError)) throw e;
      expect(e.problems.map(formatProblem)).toEqual([
        'bad.md:10: tags[1]: a tag is lowercase letters, digits and hyphens (e.g. "social-care")',
      ]);
    }
  });
});
