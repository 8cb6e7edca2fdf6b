/**
 * A WordNet synonym that is one of English's commonest words is no evidence (expand.ts COMMONEST_ZIPF):
 * WordNet lists "using" as a synonym of "victimization" (an act that exploits someone), and "using" is read as
 * the term of "use", in most passages of any review. A question about victimisation must not look answered by
 * a passage that merely uses things. The link still ranks; a derivation ("users" → "use") still counts.
 */
import { describe, expect, it } from 'vitest';
import { search } from '../../src/retrieval/search.js';
import { one } from '../corpus/helpers.js';
import { indexed } from './helpers.js';

const corpus = one({
  body: [
    '# Findings',
    '',
    '## Depression',
    '',
    'Programmes using cognitive behavioural techniques reduced depression symptoms among pupils.',
    '',
    '## Services',
    '',
    'Young people who use services valued staff who listened, and services that used their views changed.',
  ].join('\n'),
});

describe('a synonym that is one of the commonest English words', () => {
  const { index, analyzer } = indexed(corpus);
  const top = (q: string) => search(index, analyzer, q).top;

  it("is no evidence for the asker's word it was reached from", () => {
    const out = search(index, analyzer, 'Do the programmes reduce victimisation?');
    // "victimisation" reaches the term of "using" (ranking), but its word group stays unmatched
    expect(out.terms.some((t) => t.raw === 'victimisation' && t.via === 'wordnet' && t.credit === 0)).toBe(
      true,
    );
    expect(out.top.coverage).toBeLessThan(1);
  });

  it('leaves a derivation of the asker\'s own word as evidence ("users" → use)', () => {
    expect(top('What do service users value?').coverage).toBe(1);
  });
});
